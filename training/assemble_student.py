#!/usr/bin/env python3
"""Package the pipeline `train_ner.sh` trained (the base model's frozen components plus the new NER)
as de_news 0.1.1: meta.json from the base model's, with the new version, description, sources and
held-out scores; training paths cleared from the config. Loads with plain `spacy.load(path)`.

    python training/assemble_ner.py training/output/ner/model-best --output pipeline/models/de_news
"""
import argparse
import json
from pathlib import Path

import spacy

VERSION = "0.1.1"
DESCRIPTION = (
    "Small German CPU pipeline for political news (claim extraction project): tok2vec, tagger (STTS), "
    "morphologizer (UPOS + UD FEATS, incl. Mood=Sub for Konjunktiv I), parser (UD relations, also "
    "sentence boundaries), trainable lemmatizer (as in 0.1.0), and an NER (PER, LOC, ORG, MISC) with a "
    "smaller CNN of its own (width {width}, depth {depth}; 0.1.0 ran a second 96 x 4 CNN for it), trained on "
    "GermEval 2014 dev and distilled from 0.1.0's NER on the GSD v2.3 train sentences. Efficiency "
    "architecture, no static vectors; accuracy well below spaCy's de_core_news_* models. "
    "See training/README_training.md and training/model_scores.md."
)
NER_NOTE = " NER (0.1.1)"
DISTILLED = {
    "name": "GSD v2.3 train sentences via LINSPECTOR (text only), labelled with de_news 0.1.0's entities "
            "(silver NER for the student NER)",
    "url": "https://github.com/UKPLab/linspector",
    "license": "CC BY-SA 4.0 (UD German-GSD; NC restriction lifted 2019)",
    "author": "Şahin, Vania, Kuznetsov, Gurevych; UD German-GSD contributors",
    "citation": "Şahin, G. G., Vania, C., Kuznetsov, I., Gurevych, I. (2019). LINSPECTOR: Multilingual "
                "Probing Tasks for Word Representations. arXiv:1903.09442.",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trained", help="spaCy training output (model-best) of configs/de_news_ner.cfg")
    ap.add_argument("--output", default="training/output/de_news_ner_candidate")
    ap.add_argument("--base-meta", default="pipeline/models/de_news/meta.json",
                    help="meta.json whose name, licence, author and sources the model keeps")
    ap.add_argument("--scores", default=None, help="optional JSON with held-out scores for meta.performance")
    args = ap.parse_args()
    nlp = spacy.load(args.trained)
    base = json.loads(Path(args.base_meta).read_text(encoding="utf8"))
    meta = dict(nlp.meta)
    for key in ("name", "lang", "author", "email", "url", "license"):
        meta[key] = base.get(key, meta.get(key))
    sources = [s for s in base.get("sources", []) if s["name"] != DISTILLED["name"]]
    notes = base.get("notes", "").split(NER_NOTE)[0]  # assembled again from an 0.1.1 base: one note
    cnn = nlp.config.interpolate()["components"]["ner"]["model"]["tok2vec"]
    meta.update(version=VERSION, description=DESCRIPTION.format(width=cnn["width"], depth=cnn["depth"]),
                sources=sources + [DISTILLED],
                notes=notes + NER_NOTE + ": own CNN, GermEval dev gold x2 plus silver entities of 0.1.0 on "
                                         "13.8k GSD v2.3 train sentences (training/distil_ner.py).")
    meta.pop("performance", None)
    if args.scores and Path(args.scores).exists():
        meta["performance"] = json.loads(Path(args.scores).read_text(encoding="utf8"))
    nlp.meta.clear()
    nlp.meta.update(meta)
    for key in ("train", "dev", "base"):  # training-time paths: not part of the model
        nlp._config["paths"][key] = None
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print("assembled", out, spacy.load(out).pipe_names)


if __name__ == "__main__":
    main()
