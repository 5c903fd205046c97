#!/usr/bin/env python3
"""Silver UD annotation of the 13.8k GSD v2.3 train sentences (LINSPECTOR file) -> silver_train.spacy.

Training-time only (needs the `train` extra: HanTa). Per token:

  POS    the file's own UPOS (gold, GSD v2.3), mapped to current (v2.16) conventions where the
         change is systematic: attributive pronouns (STTS PPOSAT/PIAT/PDAT/PWAT/PRELAT) PRON -> DET,
         adverbial adjectives (ADJD) ADV -> ADJ, ordinals (ADJA) NUM -> ADJ, modals and copula
         `sein` VERB -> AUX. Contractions
         (im, zum, ...) are one token, ADP, as spaCy's tokenizer and `spacy convert -T` make them.
  TAG    STTS from HanTa (Wartena 2019; its German model ships in the PyPI package, works
         offline), renamed to GSD's tag names ($( for $, PAV for PROAV, APPR_ART, NN for NNA/NNI).
  LEMMA  HanTa's lemma, corrected to GSD conventions: contractions `in der`, personal and
         reflexive pronouns to the nominative (mich -> ich), acronyms keep their case (SPD),
         and for closed-class words the lemma GSD dev (training part) gives a (form, tag) pair.
  MORPH  from a teacher morphologizer trained on the gold UD training part (train.sh step
         `teacher`), decoded under constraints: only labels whose POS is the token's gold POS,
         whose VerbForm agrees with the STTS tag, and Mood=Sub for finite verbs that are
         Konjunktiv forms (sei, habe/gebe/könne with lemma = form + n and no `ich` nearby,
         hätte, wäre, würde, könnte ...).
  DEP    none (the parser trains on gold only; sentence starts are set, 10 sentences per Doc).

Sentences that also occur in GSD dev, GSD test or PUD test are dropped.
"""
import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy
import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import CORPUS, RAW, read_conllu_sents, sent_words  # noqa: E402

HANTA_TAGS = {"$": "$(", "APPRART": "APPR_ART", "PROAV": "PAV", "NNA": "NN", "NNI": "NN"}
ATTRIBUTIVE = {"PPOSAT", "PIAT", "PDAT", "PWAT", "PRELAT"}
PRONOUN_LEMMAS = {"mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "uns": "wir", "euch": "ihr",
                  "ihn": "er", "ihm": "er", "ihnen": "sie"}
VERBFORM = {"FIN": "Fin", "INF": "Inf", "IZU": "Inf", "PP": "Part"}
KONJ2 = re.compile(r"^(hätte|wäre|würde|könnte|dürfte|müsste|müßte|möchte|bräuchte|käme|gäbe|ginge|"
                   r"bliebe|wüsste|stünde|täte)(n|st|t)?$")
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "“", "'", "%"}
NO_SPACE_AFTER = {"(", "[", "{", "„", "‚"}


def linspector(path):
    """(surface forms, UPOS per surface token, syntactic words, contraction words) per sentence."""
    for line in path.read_text(encoding="utf8").splitlines():
        items = [t.rsplit("##", 1) for t in line.split(" ") if t]
        forms, upos, words, contr, skip = [], [], [], [], 0
        for form, tag in items:
            if tag == "_":
                forms.append(form)
                upos.append("ADP")
                contr.append(len(forms) - 1)
                skip = 2
                continue
            words.append(form)
            if skip:
                skip -= 1
                if skip == 1:               # first word of a contraction: the preposition
                    contr[-1] = (contr[-1], form)
            else:
                forms.append(form)
                upos.append(tag)
        if forms:
            yield forms, upos, tuple(words), dict(c for c in contr if isinstance(c, tuple))


def spaces(forms):
    out = []
    for i, f in enumerate(forms):
        nxt = forms[i + 1] if i + 1 < len(forms) else None
        out.append(nxt is not None and nxt not in NO_SPACE_BEFORE and f not in NO_SPACE_AFTER)
    return out


def gold_lemma_table(nlp):
    """(lower form, tag) -> lemma from the gold UD training part, for unambiguous frequent pairs."""
    counts = defaultdict(Counter)
    for doc in DocBin().from_disk(CORPUS / "ud_train.spacy").get_docs(nlp.vocab):
        for t in doc:
            counts[(t.text.lower(), t.tag_)][t.lemma_] += 1
    table = {}
    for key, c in counts.items():
        lemma, n = c.most_common(1)[0]
        if n >= 2 and n / sum(c.values()) >= 0.9:
            table[key] = lemma
    return table


CLOSED = {"ART", "PDAT", "PDS", "PIAT", "PIS", "PPER", "PPOSAT", "PRELS", "PRELAT", "PRF", "PWS", "PWAT",
          "PWAV", "PAV", "KON", "KOUS", "KOUI", "KOKOM", "APPR", "APPO", "APZR", "PTKVZ", "PTKA", "PTKZU",
          "PTKNEG", "VAFIN", "VMFIN", "ADV"}


def fix_lemma(form, tag, lemma, table):
    low = form.lower()
    if tag == "APPR_ART":
        return None                 # set from the contraction's preposition
    if tag in CLOSED and (low, tag) in table:
        return table[(low, tag)]
    if tag in ("PPER", "PRF") and low in PRONOUN_LEMMAS and form != "Ihnen":
        return PRONOUN_LEMMAS[low]
    if len(form) > 1 and form.isupper() and lemma.lower() == low:
        return form
    return lemma


def fix_pos(upos, tag, lemma):
    if upos == "VERB" and (tag.startswith("VM") or tag.startswith("VA") and lemma == "sein"):
        return "AUX"            # modals and copula `sein`: AUX since GSD v2.4
    if upos == "PRON" and tag in ATTRIBUTIVE:
        return "DET"
    if upos == "ADV" and tag == "ADJD":
        return "ADJ"
    if upos == "NUM" and tag == "ADJA":
        return "ADJ"
    return upos


def is_konjunktiv(forms, i, tag, lemma):
    low = forms[i].lower()
    if not tag.endswith("FIN"):
        return False
    if KONJ2.match(low) or low in ("sei", "seien", "seiest", "seiet"):
        return True
    near = {f.lower() for f in forms[max(0, i - 3):i + 3]}
    return low.endswith("e") and lemma == low + "n" and "ich" not in near


class Teacher:
    def __init__(self, path):
        self.nlp = spacy.load(path)
        self.morph = self.nlp.get_pipe("morphologizer")
        self.labels = list(self.morph.labels)
        self.info = []
        for lab in self.labels:
            feats = dict(f.split("=", 1) for f in lab.split("|") if "=" in f)
            pos = feats.pop("POS", "")
            self.info.append((pos, feats, "|".join(f"{k}={v}" for k, v in sorted(feats.items()))))
        self.by_pos = defaultdict(list)
        for j, (pos, _, _) in enumerate(self.info):
            self.by_pos[pos].append(j)

    def annotate(self, docs, tags, konj):
        docs = list(self.nlp.get_pipe("tok2vec").pipe(docs))
        scores = self.morph.model.predict(docs)
        for doc, sc, dtags, dkonj in zip(docs, scores, tags, konj):
            sc = self.morph.model.ops.to_numpy(sc)
            for t, row, tag, k in zip(doc, sc, dtags, dkonj):
                cand = self.by_pos.get(t.pos_, [])
                vf = VERBFORM.get(tag[2:]) if tag[:1] == "V" else None
                if vf:
                    cand = [j for j in cand if self.info[j][1].get("VerbForm") == vf] or cand
                if k:
                    cand = [j for j in cand if self.info[j][1].get("Mood") == "Sub"] or cand
                if cand:
                    best = cand[int(numpy.argmax(row[cand]))]
                    t.set_morph(self.info[best][2] or "_")
                else:
                    t.set_morph("_")
        return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher", required=True, help="pipeline with tok2vec + morphologizer (gold-trained)")
    ap.add_argument("--out", default=str(CORPUS / "train" / "silver.spacy"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    from HanTa import HanoverTagger as ht
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    held_out = set()
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        held_out |= {sent_words(s) for s in read_conllu_sents(RAW / name)}
    teacher = Teacher(args.teacher)
    vocab = teacher.nlp.vocab
    table = gold_lemma_table(spacy.blank("de"))
    sents, dropped = [], 0
    for forms, upos, words, contr in linspector(RAW / "de_gsd-ud-train.conllu.pos"):
        if words in held_out:
            dropped += 1
            continue
        sents.append((forms, upos, contr))
        if args.limit and len(sents) >= args.limit:
            break
    db = DocBin(store_user_data=False)
    stats = Counter()
    batch = []
    for start in range(0, len(sents), 10):
        group = sents[start:start + 10]
        all_forms, all_pos, all_tags, all_lemmas, starts, konj = [], [], [], [], [], []
        for forms, upos, contr in group:
            analysed = tagger.tag_sent(forms, taglevel=1)
            for i, (form, (_, lemma, tag)) in enumerate(zip(forms, analysed)):
                tag = tag.replace("(", "").replace(")", "")
                tag = HANTA_TAGS.get(tag, tag)
                if i in contr:
                    tag, lemma = "APPR_ART", contr[i].lower() + " der"
                elif tag == "APPR_ART":     # HanTa saw a contraction the file did not split
                    lemma = lemma.lower() + " der"
                else:
                    lemma = fix_lemma(form, tag, lemma, table)
                pos = fix_pos(upos[i], tag, lemma)
                stats["pos_changed"] += pos != upos[i]
                all_forms.append(form)
                all_pos.append(pos)
                all_tags.append(tag)
                all_lemmas.append(lemma)
                starts.append(i == 0)
                k = is_konjunktiv(forms, i, tag, lemma)
                stats["konj"] += k
                konj.append(k)
        sp = []
        for forms, _, _ in group:
            sp.extend(spaces(forms)[:-1] + [True])
        batch.append((Doc(vocab, words=all_forms, spaces=sp, pos=all_pos, tags=all_tags, lemmas=all_lemmas,
                          sent_starts=starts), all_tags, konj))
        if len(batch) == 32 or start + 10 >= len(sents):
            for doc in teacher.annotate(*zip(*batch)):
                stats["tokens"] += len(doc)
                db.add(doc)
            batch = []
    db.to_disk(args.out)
    print(f"silver: {len(sents)} sentences ({dropped} dropped: in GSD dev/test or PUD test), "
          f"{stats['tokens']} tokens, {len(db)} docs; POS mapped to v2.16 conventions: "
          f"{stats['pos_changed']}, Konjunktiv-constrained verbs: {stats['konj']} -> {args.out}")


if __name__ == "__main__":
    main()
