#!/usr/bin/env python3
"""Score a de_news pipeline on held-out data and write a markdown table.

    python training/evaluate_model.py pipeline/models/de_news --out training/model_scores.md

Held-out sets (built by training/prepare.py; no component saw them in training):
  GSD test       training/corpus/gsd_test.spacy  (977 sentences, UD German-GSD v2.16)
  PUD test       training/corpus/pud_test.spacy  (1,000 sentences; XPOS is not STTS -> TAG not scored)
  GermEval test  training/corpus/ner_test.spacy  (GermEval 2014 test sentences 501-5100;
                 sentences 1-500 were the NER early-stopping set and are excluded)

Scores come from spaCy's Scorer (the same code path as `nlp.evaluate` / `spacy evaluate`);
the raw text of each gold Doc is re-tokenized by the pipeline and aligned to the gold
tokens. Mood accuracy is computed here: over gold tokens that carry a Mood feature and
align one-to-one with a predicted token, the share whose predicted Mood value is equal
(a missing predicted Mood counts as wrong). Words/s: whole pipeline, nlp.pipe, batch 256,
CPU, after one warm-up pass, as many threads as the BLAS library is allowed
(train.sh sets 1).
"""
import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

HERE = Path(__file__).resolve().parent
SETS = [
    ("GSD test", "gsd_test.spacy", "ud"),
    ("PUD test", "pud_test.spacy", "ud_noxpos"),
    ("GermEval test", "ner_test.spacy", "ner"),
]
NER_LABELS = ["PER", "LOC", "ORG", "MISC"]


def mood_scores(examples):
    total = correct = 0
    sub_gold = sub_pred = sub_both = 0
    for eg in examples:
        y2x = eg.alignment.y2x
        pred = eg.predicted
        for gtok in eg.reference:
            g = gtok.morph.get("Mood")
            idx = y2x[gtok.i].dataXd.ravel() if hasattr(y2x[gtok.i], "dataXd") else y2x[gtok.i]
            idx = list(idx)
            p = pred[idx[0]].morph.get("Mood") if len(idx) == 1 else []
            if g:
                total += 1
                correct += int(p == g)
            # Konjunktiv (Mood=Sub) precision / recall on one-to-one aligned tokens
            gs, ps = "Sub" in g, "Sub" in p
            sub_gold += gs
            sub_pred += ps
            sub_both += gs and ps
    return {
        "mood_acc": correct / total if total else None,
        "mood_n": total,
        "mood_sub_p": sub_both / sub_pred if sub_pred else None,
        "mood_sub_r": sub_both / sub_gold if sub_gold else None,
        "mood_sub_n": sub_gold,
    }


def evaluate(nlp, path):
    refs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    texts = [d.text for d in refs]
    list(nlp.pipe(texts[:50], batch_size=256))               # warm-up
    t0 = time.perf_counter()
    preds = list(nlp.pipe(texts, batch_size=256))
    dt = time.perf_counter() - t0
    n_words = sum(len(d) for d in preds)
    examples = [Example(p, r) for p, r in zip(preds, refs)]
    scores = Scorer(nlp).score(examples)
    scores.update(mood_scores(examples))
    scores["wps"] = n_words / dt
    scores["n_docs"] = len(refs)
    scores["n_gold_tokens"] = sum(len(r) for r in refs)
    return scores


def fmt(v, pct=True):
    if v is None:
        return "–"
    return f"{100 * v:.2f}" if pct else f"{v:,.0f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default="pipeline/models/de_news")
    ap.add_argument("--corpus", default=str(HERE / "corpus"))
    ap.add_argument("--out", default=str(HERE / "model_scores.md"))
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    nlp = spacy.load(args.model)
    res = {}
    for name, fname, _ in SETS:
        print(f"evaluating on {name} ...", flush=True)
        res[name] = evaluate(nlp, Path(args.corpus) / fname)

    kinds = {name: kind for name, _, kind in SETS}

    def cell(name, key, need):
        s = res[name]
        if kinds[name] not in need:
            return "n/a"
        return fmt(s.get(key))

    ud = ("ud", "ud_noxpos")
    rows = [
        ("Tokenization acc (vs. gold)", "token_acc", ("ud", "ud_noxpos", "ner")),
        ("POS (UPOS) acc", "pos_acc", ud),
        ("TAG (STTS) acc", "tag_acc", ("ud",)),
        ("MORPH acc (full FEATS string)", "morph_acc", ud),
        ("Mood acc (tokens with gold Mood)", "mood_acc", ud),
        ("Mood=Sub precision", "mood_sub_p", ud),
        ("Mood=Sub recall", "mood_sub_r", ud),
        ("LEMMA acc", "lemma_acc", ud),
        ("UAS", "dep_uas", ud),
        ("LAS", "dep_las", ud),
        ("Sentence F1", "sents_f", ud),
        ("NER P", "ents_p", ("ner",)),
        ("NER R", "ents_r", ("ner",)),
        ("NER F1", "ents_f", ("ner",)),
    ]
    names = [n for n, _, _ in SETS]
    lines = [f"# de_news held-out scores\n",
             f"Model: `{args.model}` ({nlp.meta.get('name')} {nlp.meta.get('version')}), "
             f"spaCy {spacy.__version__}. All figures in % except words/s.\n",
             "| metric | " + " | ".join(names) + " |",
             "| --- |" + " ---: |" * len(names)]
    for label, key, need in rows:
        lines.append(f"| {label} | " + " | ".join(cell(n, key, need) for n in names) + " |")
    lines.append("| Words/s (CPU, nlp.pipe, full pipeline) | "
                 + " | ".join(fmt(res[n]["wps"], pct=False) for n in names) + " |")
    lines.append("| gold tokens / docs | " + " | ".join(
        f"{res[n]['n_gold_tokens']:,} / {res[n]['n_docs']:,}" for n in names) + " |")
    lines.append("| gold tokens with Mood / with Mood=Sub | " + " | ".join(
        f"{res[n]['mood_n']:,} / {res[n]['mood_sub_n']:,}" if kinds[n] in ud else "n/a"
        for n in names) + " |")
    g = res["GermEval test"].get("ents_per_type") or {}
    lines += ["", "## NER per label (GermEval 2014 test, sentences 501-5100)", "",
              "| label | P | R | F1 |", "| --- | ---: | ---: | ---: |"]
    for lab in NER_LABELS:
        s = g.get(lab, {})
        lines.append(f"| {lab} | {fmt(s.get('p'))} | {fmt(s.get('r'))} | {fmt(s.get('f'))} |")
    s = res["GermEval test"]
    lines.append(f"| **overall** | {fmt(s.get('ents_p'))} | {fmt(s.get('ents_r'))} | {fmt(s.get('ents_f'))} |")
    lines += ["", "Notes: PUD's XPOS column is not STTS, so TAG is not scored on PUD. "
              "NER is not scored on the UD sets (no entity annotation) and the UD layers are "
              "not scored on GermEval (no such annotation). Mood accuracy: gold tokens with a "
              "Mood feature that align one-to-one with a predicted token; predicted Mood must "
              "be equal. Words/s depends on the machine and its load (measured single-threaded "
              "on a shared 2-core CPU)."]
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).write_text(text, encoding="utf8")
    if args.json:
        keep = ["token_acc", "pos_acc", "tag_acc", "morph_acc", "mood_acc", "mood_sub_p",
                "mood_sub_r", "lemma_acc", "dep_uas", "dep_las", "sents_f", "ents_p",
                "ents_r", "ents_f", "ents_per_type", "wps"]
        out = {}
        for n in names:
            d = {}
            for k in keep:
                v = res[n].get(k)
                if v is None:
                    continue
                if k == "tag_acc" and kinds[n] != "ud":
                    continue
                if k.startswith("ents") and kinds[n] != "ner":
                    continue
                if kinds[n] == "ner" and k not in ("token_acc", "wps") and not k.startswith("ents"):
                    continue
                d[k] = round(v, 4) if isinstance(v, float) else v
            out[n.lower().replace(" ", "_")] = d
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf8")


if __name__ == "__main__":
    main()
