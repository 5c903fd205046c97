#!/usr/bin/env python3
"""Training data for a cheaper NER (issue 14): the teacher pipeline's entities on the GSD v2.3 train
sentences (LINSPECTOR file, the same 13.8k sentences as `silver.py`, minus those in GSD dev/test or
PUD test), as silver NER documents of ten sentences, next to the gold GermEval 2014 dev documents.

A student NER with a smaller CNN of its own learns from both (`configs/de_news_ner.cfg`): the gold
keeps it a recogniser of names, the silver teaches it the teacher's decisions on more text, so the
claim rules, written against the teacher, see nearly the same entities at a fraction of the cost.

    python training/distil_ner.py --teacher pipeline/models/de_news --out training/corpus/ner_distil
"""
import argparse
import shutil
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import CORPUS, RAW, read_conllu_sents, sent_words  # noqa: E402
from silver import linspector, spaces  # noqa: E402

SENTENCES_PER_DOC = 10
GOLD_COPIES = 2  # GermEval dev, as in the joint recipe
HELD_OUT = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu")


def sentences(path: Path) -> list[list[str]]:
    """Surface forms of the LINSPECTOR sentences that no held-out set contains."""
    held_out = {sent_words(s) for name in HELD_OUT for s in read_conllu_sents(RAW / name)}
    return [forms for forms, _, words, _ in linspector(path) if words not in held_out]


def silver_docs(teacher: spacy.Language, groups: list[list[list[str]]]):
    """One document per group of sentences, with the teacher's entities (every other token O)."""
    plain = []
    for group in groups:
        words, space, starts = [], [], []
        for forms in group:
            words += forms
            space += spaces(forms)[:-1] + [True]
            starts += [i == 0 for i in range(len(forms))]
        plain.append(Doc(teacher.vocab, words=words, spaces=space, sent_starts=starts))
    yield from map(_entities_only, teacher.pipe(plain, batch_size=64))


def relabel(teacher: spacy.Language, docs):
    """The documents' words with the teacher's entities instead of theirs."""
    plain = (Doc(teacher.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs)
    yield from map(_entities_only, teacher.pipe(plain, batch_size=64))


def _entities_only(doc: Doc) -> Doc:
    """The document's words, spaces, sentence starts (where set) and entities: nothing else of what
    the teacher predicted goes into the training data."""
    starts = [bool(t.is_sent_start) for t in doc] if doc.has_annotation("SENT_START") else None
    copy = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], sent_starts=starts)
    copy.ents = list(doc.ents)
    return copy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher", default="pipeline/models/de_news", help="pipeline whose NER is distilled")
    ap.add_argument("--out", default=str(CORPUS / "ner_distil"), help="folder of the student's training docs")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only (smoke test)")
    ap.add_argument("--germeval", choices=("gold", "teacher"), default="gold",
                    help="GermEval dev with its gold entities, or with the teacher's (pure distillation)")
    args = ap.parse_args()
    teacher = spacy.load(args.teacher)
    teacher.select_pipes(enable=[name for name in teacher.pipe_names if "ner" in name])  # the NER and its tok2vec
    found = sentences(RAW / "de_gsd-ud-train.conllu.pos")
    if args.limit:
        found = found[:args.limit]
    groups = [found[i:i + SENTENCES_PER_DOC] for i in range(0, len(found), SENTENCES_PER_DOC)]
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    silver = DocBin(store_user_data=False)
    entities = 0
    for doc in silver_docs(teacher, groups):
        silver.add(doc)
        entities += len(doc.ents)
    silver.to_disk(out / "ner_silver.spacy")
    if args.germeval == "gold":
        for copy in range(GOLD_COPIES):
            shutil.copy(CORPUS / "ner_train.spacy", out / f"ner_gold_{copy}.spacy")
    else:
        relabelled = DocBin(store_user_data=False)
        for doc in relabel(teacher, DocBin().from_disk(CORPUS / "ner_train.spacy").get_docs(teacher.vocab)):
            relabelled.add(doc)
        relabelled.to_disk(out / "ner_germeval_teacher.spacy")
    germeval = f"gold x{GOLD_COPIES}" if args.germeval == "gold" else "the teacher's entities"
    print(f"distil_ner: {len(found)} sentences, {len(silver)} docs, {entities} teacher entities "
          f"({args.teacher}); GermEval dev with {germeval} -> {out}")


if __name__ == "__main__":
    main()
