#!/usr/bin/env python3
"""Training data for a cheaper parser (issue 14): the teacher pipeline's dependency parses of the GSD
v2.3 train sentences (LINSPECTOR file, the same 13.8k sentences as `silver.py` and `distil_ner.py`,
minus those in GSD dev/test or PUD test), as silver documents of ten sentences, next to the gold UD
training documents (five copies, as in the joint recipe).

A student parser with a smaller hidden layer, listening to the teacher's own frozen tok2vec
(`configs/de_news_parser.cfg`), learns from both: the gold keeps it a parser of UD German, the silver
teaches it the teacher's decisions on twenty times more text, so the attribution rules, written
against the teacher's subjects and objects, see nearly the same trees at a fraction of the cost.

    python training/distil_parser.py --teacher pipeline/models/de_news --out training/corpus/parser_distil
"""
import argparse
import shutil
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from distil_ner import SENTENCES_PER_DOC, sentences  # noqa: E402
from prepare import CORPUS, RAW  # noqa: E402
from silver import spaces  # noqa: E402

GOLD_COPIES = 5  # the gold UD training part, as in the joint recipe


def parsed_sentences(teacher: spacy.Language, found: list[list[str]]):
    """Each sentence parsed on its own, so that no arc crosses a sentence the file gives."""
    plain = (Doc(teacher.vocab, words=forms, spaces=spaces(forms)[:-1] + [True]) for forms in found)
    yield from teacher.pipe(plain, batch_size=256)


def _tree_only(parsed: list[Doc]) -> Doc:
    """One document of the sentences' words, spaces, heads and labels: nothing else of what the
    teacher predicted (tags, morphology, entities) goes into the training data."""
    words, space, heads, deps = [], [], [], []
    for doc in parsed:
        offset = len(words)
        words += [t.text for t in doc]
        space += [bool(t.whitespace_) for t in doc]
        heads += [t.head.i + offset for t in doc]
        deps += [t.dep_ for t in doc]
    return Doc(parsed[0].vocab, words=words, spaces=space, heads=heads, deps=deps)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher", default="pipeline/models/de_news", help="pipeline whose parser is distilled")
    ap.add_argument("--out", default=str(CORPUS / "parser_distil"), help="folder of the student's training docs")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only (smoke test)")
    ap.add_argument("--gold-copies", type=int, default=GOLD_COPIES, help="copies of the gold UD training part")
    ap.add_argument("--germeval", action="store_true",
                    help="also the teacher's parses of the GermEval 2014 dev sentences (news and Wikipedia text)")
    args = ap.parse_args()
    teacher = spacy.load(args.teacher)
    teacher.select_pipes(enable=["tok2vec", "parser"])
    found = sentences(RAW / "de_gsd-ud-train.conllu.pos")
    if args.germeval:
        found += [[t.text for t in doc] for doc in DocBin().from_disk(CORPUS / "ner_train.spacy").get_docs(teacher.vocab)]
    if args.limit:
        found = found[:args.limit]
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    silver, group, arcs = DocBin(store_user_data=False), [], 0
    for doc in parsed_sentences(teacher, found):
        group.append(doc)
        arcs += len(doc)
        if len(group) == SENTENCES_PER_DOC:
            silver.add(_tree_only(group))
            group = []
    if group:
        silver.add(_tree_only(group))
    silver.to_disk(out / "parser_silver.spacy")
    for copy in range(args.gold_copies):
        shutil.copy(CORPUS / "ud_train.spacy", out / f"ud_gold_{copy}.spacy")
    print(f"distil_parser: {len(found)} sentences, {len(silver)} docs, {arcs} teacher arcs "
          f"({args.teacher}); gold UD training part x{args.gold_copies} -> {out}")


if __name__ == "__main__":
    main()
