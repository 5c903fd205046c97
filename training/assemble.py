#!/usr/bin/env python3
"""Assemble the two trained sub-pipelines into pipeline/models/de_news/ (configs/de_news.cfg).

Equivalent to `spacy assemble configs/de_news.cfg OUT`, plus the package meta.json.
Run from the repository root. The output loads with plain `spacy.load(path)`.
"""
import argparse
import json
from pathlib import Path

import spacy
from spacy import util

META = {
    "name": "de_news",
    "version": "0.2.0",
    "lang": "de",
    "description": (
        "Small German CPU pipeline for political news (claim extraction project): "
        "tok2vec, tagger (STTS), morphologizer (UPOS + UD FEATS, incl. Mood=Sub for "
        "Konjunktiv I), parser (UD relations, also sentence boundaries), trainable "
        "lemmatizer, NER (PER, LOC, ORG, MISC), all on one shared tok2vec. Efficiency "
        "architecture (hash-embedding CNN, width 96), no static vectors. Trained on UD "
        "German-GSD dev (minus a held-out slice), the GSD v2.3 train sentences with their "
        "UPOS (LINSPECTOR) and silver tags, lemmas and features, and GermEval 2014 dev (the "
        "full train splits were not available), so accuracy is well below spaCy's "
        "de_core_news_* models. "
        "See training/README_training.md and training/model_scores.md."
    ),
    "author": "claim-extraction pipeline project",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "Universal Dependencies German-GSD (v2.16, dev split)",
            "url": "https://github.com/UniversalDependencies/UD_German-GSD",
            "license": "CC BY-SA 4.0",
            "author": "McDonald et al. (2013); Universal Dependencies contributors",
            "citation": (
                "McDonald, R., Nivre, J., Quirmbach-Brundage, Y., Goldberg, Y., Das, D., "
                "Ganchev, K., Hall, K., Petrov, S., Zhang, H., Täckström, O., Bedini, C., "
                "Bertomeu Castelló, N., Lee, J. (2013). Universal Dependency Annotation "
                "for Multilingual Parsing. ACL 2013. Plus: Zeman, D. et al., Universal "
                "Dependencies 2.16, LINDAT/CLARIAH-CZ."
            ),
        },
        {
            "name": "GermEval 2014 NER (NoSta-D), dev split, outer level",
            "url": "https://sites.google.com/site/germeval2014ner/",
            "license": "CC BY 4.0",
            "author": "Benikova, Biemann, Reznicek, Kisselew, Padó",
            "citation": (
                "Benikova, D., Biemann, C., Reznicek, M. (2014). NoSta-D Named Entity "
                "Annotation for German: Guidelines and Dataset. LREC 2014. "
                "Benikova, D., Biemann, C., Kisselew, M., Padó, S. (2014). GermEval 2014 "
                "Named Entity Recognition Shared Task: Companion Paper. KONVENS 2014."
            ),
        },
        {
            "name": ("GSD v2.3 train sentences via LINSPECTOR (UPOS; silver STTS tags and lemmas from "
                     "HanTa, silver features from a teacher trained on GSD dev)"),
            "url": "https://github.com/UKPLab/linspector",
            "license": "CC BY-SA 4.0 (UD German-GSD; NC restriction lifted 2019)",
            "author": "Şahin, Vania, Kuznetsov, Gurevych; UD German-GSD contributors",
            "citation": (
                "Şahin, G. G., Vania, C., Kuznetsov, I., Gurevych, I. (2019). LINSPECTOR: "
                "Multilingual Probing Tasks for Word Representations. arXiv:1903.09442."
            ),
        },
    ],
    "notes": (
        "NER labels: GermEval PER/LOC/ORG kept, OTH mapped to MISC, *deriv and *part "
        "labels treated as O. Silver annotation made at training time with HanTa 1.2.1 "
        "(Wartena 2019, LGPL-3.0-or-later; not needed at run time). Tokenization: spaCy's German tokenizer; contractions "
        "(im, zum, ...) are single tokens with lemmas such as 'in der'."
    ),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="configs/de_news.cfg")
    ap.add_argument("--output", default="pipeline/models/de_news")
    ap.add_argument("--scores", default=None, help="optional JSON with held-out scores for meta.performance")
    args = ap.parse_args()

    config = util.load_config(args.config, interpolate=False)
    nlp = util.load_model_from_config(config, auto_fill=True)
    nlp._link_components()
    # the source paths are only needed while assembling; keep the saved config self-contained
    for key in ("trained", "ud_model", "ner_model"):
        nlp._config["paths"].pop(key, None)
    # every component is sourced (already trained); initialize only the tokenizer
    with nlp.select_pipes(disable=nlp.pipe_names):
        nlp.initialize()
    meta = dict(nlp.meta)
    meta.update(META)
    meta["spacy_version"] = f">={spacy.__version__},<3.9.0"
    for k in ("performance", "speed"):
        meta.pop(k, None)
    if args.scores and Path(args.scores).exists():
        meta["performance"] = json.loads(Path(args.scores).read_text())
    nlp.meta.clear()
    nlp.meta.update(meta)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    # sanity: reload with plain spaCy
    nlp2 = spacy.load(out)
    print("assembled", out, nlp2.pipe_names)


if __name__ == "__main__":
    main()
