#!/usr/bin/env python3
"""Package a pipeline that `train_ner.sh` or `train_parser.sh` trained (the base model's frozen
components plus one new, distilled component) as the next de_news version: meta.json from the base
model's, with the version after the base's (0.1.0 + NER = 0.1.1, 0.1.1 + parser = 0.1.2), a
description written from the components' real sizes, the distillation's silver data among the
sources, one note per distilled component, and the held-out scores; training paths cleared from the
config. Loads with plain `spacy.load(path)`.

    python training/assemble_student.py training/output/ner/model-best --component ner
    python training/assemble_student.py training/output/parser/model-best --component parser
"""
import argparse
import json
import re
from pathlib import Path

import spacy

DESCRIPTION = (
    "Small German CPU pipeline for political news (claim extraction project): tok2vec, tagger (STTS), "
    "morphologizer (UPOS + UD FEATS, incl. Mood=Sub for Konjunktiv I), {parser}, trainable lemmatizer "
    "(as in 0.1.0), and {ner}. Efficiency architecture, no static vectors; accuracy well below spaCy's "
    "de_core_news_* models. See training/README_training.md and training/model_scores.md."
)
TEACHER_SIZES = {"parser": (128, 3)}  # 0.1.0's parser: hidden width x maxout pieces
LINSPECTOR = {
    "url": "https://github.com/UKPLab/linspector",
    "license": "CC BY-SA 4.0 (UD German-GSD; NC restriction lifted 2019)",
    "author": "Şahin, Vania, Kuznetsov, Gurevych; UD German-GSD contributors",
    "citation": "Şahin, G. G., Vania, C., Kuznetsov, I., Gurevych, I. (2019). LINSPECTOR: Multilingual "
                "Probing Tasks for Word Representations. arXiv:1903.09442.",
}
SILVER = {  # the source entry each distilled component adds to meta.json
    "ner": {"name": "GSD v2.3 train sentences via LINSPECTOR (text only), labelled with de_news 0.1.0's entities "
                    "(silver NER for the student NER)", **LINSPECTOR},
    "parser": {"name": "GSD v2.3 train sentences via LINSPECTOR (text only), parsed by de_news 0.1.0's parser "
                       "(silver dependencies for the student parser)", **LINSPECTOR},
}
NOTES = {  # the note each distilled component adds, after " <COMPONENT> (<version>): "
    "ner": "own CNN, GermEval dev gold x2 plus silver entities of 0.1.0 on 13.8k GSD v2.3 train sentences "
           "(training/distil_ner.py).",
    "parser": "hidden layer {hidden} x {pieces} (0.1.0: 128 x 3) listening to the unchanged tok2vec, gold UD "
              "training part plus silver parses of 0.1.0 on 13.8k GSD v2.3 train sentences (training/distil_parser.py).",
}


def next_version(version: str) -> str:
    """The patch release after `version` (0.1.1 -> 0.1.2)."""
    major, minor, patch = version.split(".")
    return f"{major}.{minor}.{int(patch) + 1}"


def describe(config: dict) -> str:
    """The description, with the NER's CNN and the parser's hidden layer as they are in `config`."""
    ner_cnn = config["components"]["ner"]["model"]["tok2vec"]
    parser = config["components"]["parser"]["model"]
    size = (parser["hidden_width"], parser["maxout_pieces"])
    parser_text = "parser (UD relations, also sentence boundaries)"
    if size != TEACHER_SIZES["parser"]:
        parser_text += (f" with a smaller hidden layer ({size[0]} x {size[1]}; 0.1.0: 128 x 3), distilled from "
                        "0.1.0's parser on the GSD v2.3 train sentences")
    ner_text = "an NER (PER, LOC, ORG, MISC)"
    if ner_cnn.get("@architectures") == "spacy.HashEmbedCNN.v2":
        ner_text += (f" with a smaller CNN of its own (width {ner_cnn['width']}, depth {ner_cnn['depth']}; 0.1.0 ran "
                     "a second 96 x 4 CNN for it), trained on GermEval 2014 dev and distilled from 0.1.0's NER on "
                     "the GSD v2.3 train sentences")
    return DESCRIPTION.format(parser=parser_text, ner=ner_text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trained", help="spaCy training output (model-best) of configs/de_news_ner.cfg or _parser.cfg")
    ap.add_argument("--component", choices=sorted(SILVER), required=True, help="the component that was distilled")
    ap.add_argument("--output", default=None, help="default: training/output/de_news_<component>_candidate")
    ap.add_argument("--base-meta", default="pipeline/models/de_news/meta.json",
                    help="meta.json (of the base model) whose name, licence, author, sources and notes are kept")
    ap.add_argument("--version", default=None, help="default: the patch release after the base's version")
    ap.add_argument("--scores", default=None, help="optional JSON with held-out scores for meta.performance")
    args = ap.parse_args()
    nlp = spacy.load(args.trained)
    base = json.loads(Path(args.base_meta).read_text(encoding="utf8"))
    config = nlp.config.interpolate()
    meta = dict(nlp.meta)
    for key in ("name", "lang", "author", "email", "url", "license"):
        meta[key] = base.get(key, meta.get(key))
    version = args.version or next_version(base["version"])
    silver = SILVER[args.component]
    sources = [s for s in base.get("sources", []) if s["name"] != silver["name"]] + [silver]
    marker = f" {args.component.upper() if args.component == 'ner' else args.component.capitalize()} ("
    # assembled again from a base that has this component's note: one note (each ends with its script)
    notes = re.sub(rf"{re.escape(marker)}[0-9.]+\): .*?\(training/distil_\w+\.py\)\.", "", base.get("notes", ""))
    parser = config["components"]["parser"]["model"]
    note = NOTES[args.component].format(hidden=parser["hidden_width"], pieces=parser["maxout_pieces"])
    meta.update(version=version, description=describe(config), sources=sources,
                notes=f"{notes}{marker}{version}): {note}")
    meta.pop("performance", None)
    if args.scores and Path(args.scores).exists():
        meta["performance"] = json.loads(Path(args.scores).read_text(encoding="utf8"))
    nlp.meta.clear()
    nlp.meta.update(meta)
    for key in ("train", "dev", "base"):  # training-time paths: not part of the model
        nlp._config["paths"][key] = None
    out = Path(args.output or f"training/output/de_news_{args.component}_candidate")
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print("assembled", out, meta["version"], spacy.load(out).pipe_names)


if __name__ == "__main__":
    main()
