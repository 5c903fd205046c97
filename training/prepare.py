#!/usr/bin/env python3
"""Copy the shared training data into training/corpus/ and convert it to .spacy DocBins.

Splits (kept honest: nothing that any component trains on is used for final scoring):

  UD (tagger, morphologizer, parser, lemmatizer)
    ud_train.spacy    GSD dev minus every 10th sentence, minus the 6 sentences that
                      also occur in GSD test
    ud_dev.spacy      every 10th sentence of GSD dev (early stopping / model selection)
    gsd_test.spacy    GSD test  (final scoring only)
    pud_test.spacy    PUD test  (final scoring only; its XPOS column is not STTS, ignore TAG)
  NER
    ner_train.spacy   GermEval 2014 dev (all 2,200 sentences)
    ner_dev.spacy     GermEval 2014 test, first 500 sentences (early stopping only)
    ner_test.spacy    GermEval 2014 test, remaining 4,600 sentences (final scoring only)

CoNLL-U is converted with `spacy convert -c conllu -T -n 10` (contractions such as "im"
stay one token, as spaCy's German tokenizer produces them; 10 sentences per Doc so the
parser learns sentence boundaries). GermEval: outer level (column 3) only,
PER/LOC/ORG kept, OTH -> MISC, *deriv / *part -> O. One sentence per Doc.

  Pretraining text (unlabelled, for `spacy pretrain`)
    raw_text.jsonl    GSD v2.3 train sentences (LINSPECTOR file, text only) minus those
                      also in GSD test / PUD test, plus the GSD-dev training portion and
                      GermEval dev. No text of any evaluation set.
"""
import json
import shutil
import subprocess
import sys
import os
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span

# The shared training data: $CLAIMS_SHARED/training, default ../shared/training next to the repository.
SHARED = Path(os.environ.get("CLAIMS_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "training"
HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
RAW = CORPUS / "raw"

UD_DEV_EVERY = 10        # every 10th GSD-dev sentence -> held-out early-stopping set
GOLD_COPIES = 5          # gold UD docs repeated in train/ (next to 13.8k silver sentences)
NER_COPIES = 2           # GermEval dev repeated likewise
NER_DEV_SENTS = 500      # first 500 GermEval-test sentences -> early-stopping set
NER_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


def read_conllu_sents(path):
    sents, cur = [], []
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip() == "":
            if cur:
                sents.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def sent_words(sent):
    """Syntactic word forms of a CoNLL-U sentence (for duplicate detection)."""
    words = []
    for line in sent:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0].isdigit():
            words.append(cols[1])
    return tuple(words)


def write_conllu(sents, path):
    path.write_text("".join("\n".join(s) + "\n\n" for s in sents), encoding="utf8")


def spacy_convert(src, outdir):
    cmd = [sys.executable, "-m", "spacy", "convert", str(src), str(outdir),
           "-c", "conllu", "-T", "-n", "10"]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def prepare_ud():
    gsd_dev = read_conllu_sents(RAW / "de_gsd-ud-dev.conllu")
    gsd_test = read_conllu_sents(RAW / "de_gsd-ud-test.conllu")
    test_keys = {sent_words(s) for s in gsd_test}
    train, dev, dropped = [], [], 0
    for i, s in enumerate(gsd_dev):
        if i % UD_DEV_EVERY == UD_DEV_EVERY - 1:
            dev.append(s)
        elif sent_words(s) in test_keys:
            dropped += 1          # also in GSD test: keep test unseen
        else:
            train.append(s)
    print(f"GSD dev: {len(gsd_dev)} sents -> train {len(train)}, heldout {len(dev)}, "
          f"dropped {dropped} that also occur in GSD test")
    tmp = CORPUS / "tmp"
    tmp.mkdir(exist_ok=True)
    for name, sents in [("ud_train", train), ("ud_dev", dev)]:
        write_conllu(sents, tmp / f"{name}.conllu")
    shutil.copy(RAW / "de_gsd-ud-test.conllu", tmp / "gsd_test.conllu")
    shutil.copy(RAW / "de_pud-ud-test.conllu", tmp / "pud_test.conllu")
    for name in ["ud_train", "ud_dev", "gsd_test", "pud_test"]:
        spacy_convert(tmp / f"{name}.conllu", CORPUS)


def read_germeval(path):
    """Yield (words, tags) with the outer-level (column 3) BIO tags."""
    words, tags = [], []
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words, tags
                words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])
    if words:
        yield words, tags


def bio_to_spans(tags):
    """Mapped (start, end, label) spans; deriv/part labels become O."""
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        mapped = NER_MAP.get(typ) if prefix in ("B", "I") else None
        if start is not None and (prefix != "I" or mapped != label):
            spans.append((start, i, label))
            start, label = None, None
        if mapped is not None and start is None:   # B-X, or I-X without a preceding B-X
            start, label = i, mapped
    return spans


def germeval_docbin(sents, nlp):
    db = DocBin(store_user_data=False)
    n_ents = {}
    for words, tags in sents:
        doc = spacy.tokens.Doc(nlp.vocab, words=words)
        ents = [Span(doc, s, e, label=l) for s, e, l in bio_to_spans(tags)]
        doc.set_ents(ents, default="outside")
        for e in ents:
            n_ents[e.label_] = n_ents.get(e.label_, 0) + 1
        db.add(doc)
    return db, n_ents


def prepare_ner():
    nlp = spacy.blank("de")
    dev = list(read_germeval(RAW / "NER-de-dev.tsv"))
    test = list(read_germeval(RAW / "NER-de-test.tsv"))
    parts = {"ner_train": dev, "ner_dev": test[:NER_DEV_SENTS], "ner_test": test[NER_DEV_SENTS:]}
    for name, sents in parts.items():
        db, n_ents = germeval_docbin(sents, nlp)
        db.to_disk(CORPUS / f"{name}.spacy")
        print(f"{name}: {len(sents)} sents, entities {dict(sorted(n_ents.items()))}")


def linspector_sents(path):
    """(surface tokens, syntactic words) per line of the LINSPECTOR GSD-train .pos file."""
    for line in path.read_text(encoding="utf8").splitlines():
        items = [t.rsplit("##", 1) for t in line.split(" ") if t]
        surface, words, skip = [], [], 0
        for form, tag in items:
            if tag == "_":              # contraction surface form, its 2 words follow
                surface.append(form)
                skip = 2
                continue
            words.append(form)
            if skip:
                skip -= 1
            else:
                surface.append(form)
        if surface:
            yield surface, tuple(words)


def prepare_raw_text():
    """Unlabelled text for `spacy pretrain` (tok2vec warm start), as JSONL.

    Text only (no annotation is used): the GSD v2.3 train sentences from the LINSPECTOR
    file minus every sentence that also occurs in GSD test, plus the training portions of
    GSD dev and GermEval dev. No text from GSD test, PUD or GermEval test.
    """
    gsd_test = {sent_words(s) for s in read_conllu_sents(RAW / "de_gsd-ud-test.conllu")}
    pud_test = {sent_words(s) for s in read_conllu_sents(RAW / "de_pud-ud-test.conllu")}
    held_out = gsd_test | pud_test
    texts, dropped = [], 0
    for surface, words in linspector_sents(RAW / "de_gsd-ud-train.conllu.pos"):
        if words in held_out:
            dropped += 1
            continue
        texts.append(" ".join(surface))
    for i, s in enumerate(read_conllu_sents(RAW / "de_gsd-ud-dev.conllu")):
        if i % UD_DEV_EVERY != UD_DEV_EVERY - 1 and sent_words(s) not in held_out:
            texts.append(next(l[len("# text = "):] for l in s if l.startswith("# text = ")))
    for words, _ in read_germeval(RAW / "NER-de-dev.tsv"):
        texts.append(" ".join(words))
    with open(CORPUS / "raw_text.jsonl", "w", encoding="utf8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    print(f"raw_text.jsonl: {len(texts)} texts ({dropped} LINSPECTOR sentences dropped: in GSD/PUD test)")


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    RAW.mkdir(parents=True)
    for rel in ["ud-gsd/de_gsd-ud-dev.conllu", "ud-gsd/de_gsd-ud-test.conllu",
                "ud-pud/de_pud-ud-test.conllu", "germeval2014/NER-de-dev.tsv",
                "germeval2014/NER-de-test.tsv", "linspector-pos/de_gsd-ud-train.conllu.pos"]:
        shutil.copy(SHARED / rel, RAW / Path(rel).name)
    prepare_ud()
    prepare_ner()
    prepare_raw_text()
    shutil.rmtree(CORPUS / "tmp")
    # the joint training run (configs/de_news_train.cfg) reads whole folders; training/silver.py
    # adds train/silver.spacy. Gold UD is repeated so that it outweighs the silver sentences.
    (CORPUS / "train").mkdir()
    (CORPUS / "dev").mkdir()
    for i in range(GOLD_COPIES):
        shutil.copy(CORPUS / "ud_train.spacy", CORPUS / "train" / f"ud_train_{i}.spacy")
    for i in range(NER_COPIES):
        shutil.copy(CORPUS / "ner_train.spacy", CORPUS / "train" / f"ner_train_{i}.spacy")
    for name in ("ud_dev", "ner_dev"):
        shutil.copy(CORPUS / f"{name}.spacy", CORPUS / "dev" / f"{name}.spacy")


if __name__ == "__main__":
    main()
