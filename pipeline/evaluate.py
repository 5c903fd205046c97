"""Accuracy against gold data: claims (`data/gold/`) and quotations (quotes-de dev split).

Claims are matched as the codebook says: same document, overlapping sentence span, same
actor_country, one-to-one. Quotations are aligned one-to-one by the overlap of their quoted
content, then cue, quote and speaker spans are scored by characters, so an over-long span
costs precision and a short one recall; a lenient any-overlap figure is printed beside it.
`predicted_quotes` puts the pipeline's quotes into the data set's terms first (cue words, content
without its frame, REPORTED as a whole clause without cue); `QuoteReport.errors` lists every
quotation that differs, for `quotes_errors.csv`.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pandas as pd

from pipeline.annotate import annotate, rows_for_doc
from pipeline.ingest import SourceDocument, prepare_document, read_file_document
from pipeline.knowledge import fold
from pipeline.nlp import build_nlp, choose_model, run_lexicons
from pipeline.phrases import doc_text
from pipeline.quotes.quotations import quotation_offsets
from pipeline.segment import content_sentences
from pipeline.tables import COLUMNS

QUOTE_TYPES = {"Direct": "DIRECT", "Indirect": "INDIRECT", "FreeIndirect": "INDIRECT",
               "IndirectFreeIndirect": "INDIRECT", "Reported": "REPORTED"}
ROLES = ("cue", "quote", "speaker")


@dataclass
class PRF:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"{name:<28} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  " \
               f"(tp {self.tp:g}, fp {self.fp:g}, fn {self.fn:g})"


# ---------------------------------------------------------------------------- claims

def _without_qualifier(actor: str) -> str:
    """The label without the side or country in brackets: `Opposition (BDI)`, `Die Grünen (Österreich)`."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", actor).strip()


def _surname(actor: str) -> str:
    """The last word, folded: `Demirtaş` and `Demirtas`, `Erdoğan` and `Erdogan` are one person."""
    words = _without_qualifier(actor).split()
    return fold(words[-1]) if words else ""


def _looks_like_person(actor: str) -> bool:
    """Two to four capitalised words, not an institution's name nor one opening with an adjective of origin
    (`Burundische Opposition`, `Chinesische Behörden`)."""
    return bool(re.fullmatch(r"(?:[A-ZÄÖÜÉ][\w'.-]+\s+){1,3}[A-ZÄÖÜÉ][\w'-]+", actor.strip())) \
        and not re.search(r"Regierung|Union|Nationen|Kommission|Staaten|Haus|Ministerium", actor) \
        and not re.match(r"[A-ZÄÖÜ]\w+isch(?:e|er|es|en)\s", actor.strip())


def same_actor(gold: str, predicted: str, country_match: bool) -> bool:
    """Same surname or institution; two institutions of the same side count as the same actor."""
    if _surname(gold) == _surname(predicted):
        return True
    return country_match and not _looks_like_person(gold) and not _looks_like_person(predicted)


def predict_documents(paths: list[Path], model: str | None, documents: list[SourceDocument] = ()
                      ) -> tuple[dict[str, str], pd.DataFrame, pd.DataFrame]:
    """Run the whole pipeline on files and on texts already read (an output folder's texts.jsonl);
    (texts by doc_id, claims table, quotes table)."""
    nlp = build_nlp(model)
    lexicons = run_lexicons(choose_model(model)).lexicons
    sources = (prepare_document(source, lexicons) for source in chain((read_file_document(path) for path in paths),
                                                                       documents))
    texts, claims, quotes = {}, [], []
    for source, doc in annotate(nlp, sources):
        texts[source.doc_id] = source.text
        rows = rows_for_doc(doc, source)
        claims.extend(rows["claims"])
        quotes.extend(rows["quotes"])
    return texts, pd.DataFrame(claims, columns=COLUMNS["claims"]), pd.DataFrame(quotes, columns=COLUMNS["quotes"])


def _gold_spans(gold: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Character spans of the gold sentences: the recorded `start` where the text has the sentence
    there (claims of an output folder), else its first occurrence in the document."""
    recorded = gold["start"] if "start" in gold.columns else pd.Series([""] * len(gold), index=gold.index)
    starts = []
    for d, s, start in zip(gold["doc_id"], gold["sentence"], recorded):
        start = int(start) if str(start).strip().lstrip("-").isdigit() else -1
        starts.append(start if start >= 0 and texts[d][start:start + len(s)] == s else texts[d].find(s))
    missing = [s for s, start in zip(gold["sentence"], starts) if start < 0]
    if missing:
        raise ValueError(f"{len(missing)} gold sentences not found in their documents, e.g. {missing[0][:80]!r}")
    return gold.assign(start=starts, end=[s + len(t) for s, t in zip(starts, gold["sentence"])])


def match_claims(gold: pd.DataFrame, predicted: pd.DataFrame) -> list[tuple[int | None, int | None]]:
    """One-to-one pairs (gold index, predicted index); None on the other side when unmatched."""
    pairs, used = [], set()
    for g in gold.itertuples():
        candidates = predicted[(predicted["doc_id"] == g.doc_id) & (predicted["actor_country"] == g.actor_country)
                               & (predicted["start"] < g.end) & (predicted["end"] > g.start)]
        best = None
        for p in candidates.itertuples():
            if p.Index in used:
                continue
            score = (p.claim_type == g.claim_type) * 2 + (p.issue == g.issue)
            if best is None or score > best[0]:
                best = (score, p.Index)
        if best is None:
            pairs.append((g.Index, None))
        else:
            used.add(best[1])
            pairs.append((g.Index, best[1]))
    pairs.extend((None, i) for i in predicted.index if i not in used)
    return pairs


AGREEMENT_FIELDS = ("claim_type", "issue", "topic", "polarity", "actor_type", "actor", "addressee_country")
# fields whose empty gold value is a value too (no addressee), compared on every match
EMPTY_IS_VALUE = frozenset({"addressee_country"})


@dataclass
class ClaimReport:
    overall: PRF = field(default_factory=PRF)
    agreement: Counter = field(default_factory=Counter)
    compared: Counter = field(default_factory=Counter)
    matched: int = 0
    speech_found_actor_wrong: int = 0
    speech_and_actor_found: int = 0  # of those, the gold's actor has another claim in the sentence
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [self.overall.line("claims (sentence+country)")]
        for name in AGREEMENT_FIELDS:
            if self.compared[name]:
                share = self.agreement[name] / self.compared[name]
                out.append(f"{name + ' accuracy on matches':<28} {share:.3f}  "
                           f"({self.agreement[name]}/{self.compared[name]})")
        out.append(f"{'missed, speech found':<28} {self.speech_found_actor_wrong}  "
                   "(gold claims whose sentence has a predicted quote or claim, but no claim of that country)")
        out.append(f"{'  of which actor found':<28} {self.speech_and_actor_found}  "
                   "(the gold's actor has a claim in the sentence; a further claim of it is missing)")
        out.append(f"{'  of which actor wrong':<28} {self.speech_found_actor_wrong - self.speech_and_actor_found}  "
                   "(the actor is missing or wrong)")
        types = sorted({t for pair in self.confusion for t in pair})
        out.append("confusion of claim types (rows gold, columns predicted):")
        out.append(" " * 12 + "".join(f"{t[:6]:>7}" for t in types))
        for g in types:
            out.append(f"{g:<12}" + "".join(f"{self.confusion[(g, p)]:>7}" for p in types))
        return out


@dataclass
class GoldSet:
    """Gold claims with the files of their documents (the gold's doc_id is the file stem), or with
    the documents' texts themselves (`documents`, as an output folder stores them)."""
    name: str
    claims: pd.DataFrame
    paths: list[Path] = field(default_factory=list)
    documents: list[SourceDocument] = field(default_factory=list)
    note: str = ""  # a line under the set's heading in the report

    @property
    def n_documents(self) -> int:
        return len(self.paths) + len(self.documents)


def project_gold_sets(gold_dir: Path, seeds_dir: Path) -> list[GoldSet]:
    """The project's own gold, split into the seeds and the texts written for the project."""
    gold = pd.read_csv(gold_dir / "claims.csv", dtype=str, keep_default_na=False)
    seeds = sorted(seeds_dir.glob("*.txt"))
    own = sorted((gold_dir / "texts").glob("*.txt"))
    return [GoldSet("seeds", gold[gold["doc_id"].isin({p.stem for p in seeds})], seeds),
            GoldSet("own texts", gold[gold["doc_id"].isin({p.stem for p in own})], own)]


def shared_gold_set(gold_dir: Path, corpus_dir: Path, name: str) -> GoldSet:
    """A gold set kept in ../shared: claims.csv there, texts in a corpus folder (never copied)."""
    gold = pd.read_csv(gold_dir / "claims.csv", dtype=str, keep_default_na=False)
    readme = gold_dir / "README.md"
    listed = set(re.findall(r"\b(gnad_\d+_\w+)\b", readme.read_text(encoding="utf-8"))) if readme.exists() else set()
    # documents without any claim are listed only in the README: every sentence there is a negative
    paths = [corpus_dir / f"{doc_id}.txt" for doc_id in sorted(set(gold["doc_id"]) | listed)]
    absent = [p for p in paths if not p.exists()]
    if absent:
        raise FileNotFoundError(f"{absent[0]}: text of a {name} gold document not found")
    return GoldSet(name, gold, paths)


def reviewed_gold_set(out_dir: Path) -> GoldSet:
    """An output folder's reviewed claims as gold, named "reviewed (OUT_DIR)": the documents with at
    least one line in its corrections.csv, their texts from its texts.jsonl, and as gold claims
    their claims after the corrections: confirmed, changed and added ones, and the claims no line
    mentions (taken as confirmed: the analyst saw the document and left them); rejected claims are
    not gold, so predicting one again counts as spurious."""
    from pipeline.corrections import reviewed_claims
    from pipeline.runner import TEXTS
    out_dir = Path(out_dir)
    reviewed = reviewed_claims(out_dir)
    texts_path = out_dir / TEXTS
    if not texts_path.exists():
        raise FileNotFoundError(f"{out_dir}: no {TEXTS} (the stored texts of its documents); rerun "
                                f"`extract … --out {out_dir}` to write it")
    wanted = set(reviewed.doc_ids)
    with open(texts_path, encoding="utf-8") as handle:
        texts = {row["doc_id"]: row["text"] for row in map(json.loads, filter(str.strip, handle))
                 if row["doc_id"] in wanted}
    absent = [d for d in reviewed.doc_ids if d not in texts]
    if absent:
        raise FileNotFoundError(f"{texts_path}: no text for reviewed document(s) {', '.join(absent[:5])}")
    documents = [SourceDocument(d, str(texts_path), texts[d]) for d in reviewed.doc_ids]
    counts = reviewed.claims["review"].replace("", "not reviewed, taken as confirmed").value_counts()
    order = ("confirmed", "changed", "added", "not reviewed, taken as confirmed")
    note = "gold from " + str(reviewed.path) + ": " + ", ".join(
        f"{counts.get(k, 0)} {k}" for k in order) + f"; {reviewed.rejected} rejected (not gold)"
    if reviewed.stale:
        note += f"; not used, as they no longer apply: line(s) {', '.join(str(r['line']) for r in reviewed.stale)}" \
                f" ({reviewed.stale[0]['detail']}{', …' if len(reviewed.stale) > 1 else ''})"
    return GoldSet(f"reviewed ({out_dir})", reviewed.claims, documents=documents, note=note)


def _sentence_has_speech(g, predicted: pd.DataFrame, quotes: pd.DataFrame) -> bool:
    in_doc = predicted[(predicted["doc_id"] == g["doc_id"]) & (predicted["start"] < g["end"])
                       & (predicted["end"] > g["start"])]
    if len(in_doc):
        return True
    q = quotes[quotes["doc_id"] == g["doc_id"]]
    cue_in = (q["cue_start"] >= g["start"]) & (q["cue_start"] < g["end"])
    content_in = (q["quote_start"] < g["end"]) & (q["quote_end"] > g["start"])
    return bool((cue_in | content_in).any())


@dataclass
class Prediction:
    """The pipeline's output on some documents: texts by doc_id, claims and quotes tables; one run that
    several gold sets and audits share (`subset`), so no document is extracted twice."""
    texts: dict[str, str]
    claims: pd.DataFrame
    quotes: pd.DataFrame

    @classmethod
    def of(cls, paths: list[Path], model: str | None) -> "Prediction":
        """Run the pipeline once on the files, each file once."""
        return cls(*predict_documents(list(dict.fromkeys(paths)), model))

    def subset(self, doc_ids) -> "Prediction":
        """The part on these documents (copies: a gold set may change its columns)."""
        wanted = set(doc_ids)
        return Prediction({d: t for d, t in self.texts.items() if d in wanted},
                          self.claims[self.claims["doc_id"].isin(wanted)].reset_index(drop=True),
                          self.quotes[self.quotes["doc_id"].isin(wanted)].reset_index(drop=True))


def evaluate_gold_set(gold_set: GoldSet, model: str | None, prediction: Prediction | None = None) -> ClaimReport:
    """P/R/F1 of claims on one gold set, agreement on the matched pairs, and the error listing; on
    `prediction` (a run that holds the set's documents) if given, else on a run of its own."""
    if prediction is None:
        texts, predicted, quotes = predict_documents(gold_set.paths, model, gold_set.documents)
    else:
        stems = [p.stem for p in gold_set.paths] + [d.doc_id for d in gold_set.documents]
        absent = [d for d in stems if d not in prediction.texts]
        if absent:
            raise ValueError(f"{gold_set.name}: document {absent[0]} is not in the run given")
        run = prediction.subset(stems)
        texts, predicted, quotes = run.texts, run.claims, run.quotes
    gold = _gold_spans(gold_set.claims[gold_set.claims["doc_id"].isin(texts)].reset_index(drop=True), texts)
    predicted["polarity"] = predicted["polarity"].astype(str)
    report = ClaimReport()
    for g_index, p_index in match_claims(gold, predicted):
        g = gold.loc[g_index] if g_index is not None else None
        p = predicted.loc[p_index] if p_index is not None else None
        doc_id = g["doc_id"] if g is not None else p["doc_id"]
        base = {"set": gold_set.name, "doc_id": doc_id}
        if g is not None and p is not None:
            report.overall.tp += 1
            report.matched += 1
            for name in AGREEMENT_FIELDS:
                if name in gold.columns and name in predicted.columns and (str(g[name]) or name in EMPTY_IS_VALUE):
                    report.compared[name] += 1
                    agrees = same_actor(g[name], p[name], True) if name == "actor" else str(g[name]) == str(p[name])
                    report.agreement[name] += agrees
            report.confusion[(g["claim_type"], p["claim_type"])] += 1
            if g["claim_type"] != p["claim_type"] or g["issue"] != p["issue"]:
                report.errors.append({**base, "kind": "mislabelled", "sentence": g["sentence"],
                                      "gold": f"{g['actor']}/{g['claim_type']}/{g['issue']}/{g['polarity']}",
                                      "predicted": f"{p['actor']}/{p['claim_type']}/{p['issue']}/{p['polarity']}",
                                      "rule": p["rule"]})
        elif g is not None:
            report.overall.fn += 1
            speech = _sentence_has_speech(g, predicted, quotes)
            others = predicted[(predicted["doc_id"] == doc_id) & (predicted["start"] < g["end"])
                               & (predicted["end"] > g["start"])]
            actor_found = any(country == g["actor_country"] and same_actor(g["actor"], actor, True)
                              for actor, country in zip(others["actor"], others["actor_country"]))
            report.speech_found_actor_wrong += speech
            report.speech_and_actor_found += speech and actor_found
            kind = ("missed, speech and actor found" if actor_found else "missed, speech found") if speech else "missed"
            report.errors.append({**base, "kind": kind,
                                  "sentence": g["sentence"],
                                  "gold": f"{g['actor']}/{g['actor_country']}/{g['claim_type']}/{g['issue']}",
                                  "predicted": "; ".join(f"{a}/{c}" for a, c in
                                                         zip(others["actor"], others["actor_country"])),
                                  "rule": ""})
        else:
            report.overall.fp += 1
            report.errors.append({**base, "kind": "spurious", "sentence": p["sentence"], "gold": "",
                                  "predicted": f"{p['actor']}/{p['actor_country']}/{p['claim_type']}/{p['issue']}",
                                  "rule": p["rule"]})
    return report


# ---------------------------------------------------------------------------- precision audits

AUDIT_COLUMNS = ("doc_id", "start", "end", "actor_country", "claim_type", "verdict", "right_type")
VERDICTS = ("true", "borderline", "false")


@dataclass
class Audit:
    """Claims of an earlier run judged by hand (`data/audits/*.csv`): each one a document, its
    sentence's character offsets, the side, the type, a verdict (`true`, `borderline`, `false`) and
    the right type of a true or borderline one; the texts are in a corpus folder, never copied."""
    name: str
    claims: pd.DataFrame
    paths: list[Path]


def _audit_rows(path: Path, columns: tuple[str, ...], corpus_dir: Path, kind: str) -> tuple[pd.DataFrame, list[Path]]:
    """An audit file's rows (every column `columns` names required) and the corpus files of its
    documents (`doc_id`.txt in `corpus_dir`, each once); `kind` names the audit in errors."""
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in columns if c not in rows.columns]
    if missing:
        raise ValueError(f"{path}: no column {missing[0]} ({kind} needs {', '.join(columns)})")
    paths = [corpus_dir / f"{doc_id}.txt" for doc_id in dict.fromkeys(rows["doc_id"])]
    absent = [p for p in paths if not p.exists()]
    if absent:
        raise FileNotFoundError(f"{absent[0]}: text of a document of {kind} {path} not found")
    return rows, paths


def load_audit(path: Path, corpus_dir: Path) -> Audit:
    """An audit file and the corpus files of its documents (`doc_id`.txt in `corpus_dir`)."""
    claims, paths = _audit_rows(path, AUDIT_COLUMNS, corpus_dir, "an audit")
    odd = claims[~claims["verdict"].isin(VERDICTS)]
    if len(odd):
        raise ValueError(f"{path}: verdict {odd['verdict'].iloc[0]!r} is none of {', '.join(VERDICTS)}")
    claims = claims.assign(start=claims["start"].astype(int), end=claims["end"].astype(int))
    return Audit(Path(path).stem, claims, paths)


@dataclass
class AuditReport:
    """The audited claims that the current run still produces (same document, same sentence
    offsets, same side), the verdicts among them, and what changed."""
    audited: Counter = field(default_factory=Counter)  # verdict -> audited claims
    kept: Counter = field(default_factory=Counter)  # verdict -> still produced
    type_right: int = 0  # kept true and borderline claims whose current type is the right one
    type_judged: int = 0
    side_right: int = 0  # kept true and borderline claims whose side the judge found right
    unjudged_on_sentences: int = 0  # current claims on audited sentences that match no audited one
    elsewhere: int = 0  # current claims in the audited documents on sentences not sampled
    documents: int = 0

    def precision(self, borderline_true: bool) -> float:
        kept = sum(self.kept.values())
        good = self.kept["true"] + (self.kept["borderline"] if borderline_true else 0)
        return good / kept if kept else 0.0

    def lines(self) -> list[str]:
        kept, audited = sum(self.kept.values()), sum(self.audited.values())
        judged_true = self.kept["true"] + self.kept["borderline"]
        dropped = {v: self.audited[v] - self.kept[v] for v in VERDICTS}
        as_judged = (self.audited["true"] / audited, (self.audited["true"] + self.audited["borderline"]) / audited) \
            if audited else (0.0, 0.0)
        return [
            f"{'as judged (the run audited)':<28} P {as_judged[0]:.3f} (borderline as true {as_judged[1]:.3f})  "
            f"({self.audited['true']} true, {self.audited['borderline']} borderline, {self.audited['false']} false)",
            f"{'still produced':<28} {kept} of {audited}  ({self.kept['true']} true, {self.kept['borderline']} "
            f"borderline, {self.kept['false']} false)",
            f"{'precision of those':<28} P {self.precision(False):.3f} (borderline as true {self.precision(True):.3f})",
            f"{'type accuracy of those':<28} {self.type_right / self.type_judged if self.type_judged else 0:.3f}  "
            f"({self.type_right}/{self.type_judged} true and borderline claims with the type the judge gave)",
            f"{'side right (as judged)':<28} {self.side_right / judged_true if judged_true else 0:.3f}  "
            f"({self.side_right}/{judged_true})",
            f"{'no longer produced':<28} {sum(dropped.values())}  ({dropped['false']} false: good; "
            f"{dropped['borderline']} borderline; {dropped['true']} true: lost)",
            f"{'unjudged on those sentences':<28} {self.unjudged_on_sentences}  (claims on audited sentences that "
            "match no audited claim: another side, or new)",
            f"{'elsewhere in the documents':<28} {self.elsewhere}  (claims on sentences not sampled, "
            f"in the {self.documents} audited documents)",
        ]


def evaluate_audit(audit: pd.DataFrame, predicted: pd.DataFrame) -> AuditReport:
    """Match the current run's claims (`predicted`, with doc_id, start, end, actor_country,
    claim_type) to the audited ones: same document, same sentence offsets, same side, one to one
    (a claim of the audited type first); count verdicts, types and what is new."""
    report = AuditReport(documents=audit["doc_id"].nunique())
    by_key = defaultdict(list)
    for p in predicted.itertuples():
        by_key[(p.doc_id, int(p.start), int(p.end), p.actor_country)].append(p)
    used = set()
    for a in audit.itertuples():
        report.audited[a.verdict] += 1
        candidates = [p for p in by_key[(a.doc_id, int(a.start), int(a.end), a.actor_country)] if p.Index not in used]
        if not candidates:
            continue
        p = next((p for p in candidates if p.claim_type == a.claim_type), candidates[0])
        used.add(p.Index)
        report.kept[a.verdict] += 1
        if a.verdict != "false":
            report.type_judged += 1
            report.type_right += p.claim_type == a.right_type
            report.side_right += getattr(a, "country_ok", "yes") != "no"
    sentences = set(zip(audit["doc_id"], audit["start"].astype(int), audit["end"].astype(int)))
    documents = set(audit["doc_id"])
    for p in predicted.itertuples():
        if p.Index in used or p.doc_id not in documents:
            continue
        if (p.doc_id, int(p.start), int(p.end)) in sentences:
            report.unjudged_on_sentences += 1
        else:
            report.elsewhere += 1
    return report


# ---------------------------------------------------------------------------- recall audits

RECALL_AUDIT_COLUMNS = ("doc_id", "start", "end", "actor", "actor_country", "claim_type")


def audit_kind(path: Path) -> str:
    """`precision` for an audit of a run's claims (it has a `verdict` column), `recall` for claims
    coded by hand in whole articles (`data/audits/gnad_recall_*.csv`)."""
    columns = pd.read_csv(path, dtype=str, keep_default_na=False, nrows=0).columns
    return "precision" if "verdict" in columns else "recall"


def load_recall_audit(path: Path, corpus_dir: Path) -> GoldSet:
    """Claims coded by hand in whole unseen articles, as a gold set like gnad-dev: each row a
    document, its sentence's character offsets (`start`, `end`), actor, side and type (issue,
    polarity and note optional); a row with an empty `actor_country` marks an article coded without
    any claim, whose sentences are all negatives. The texts are read from `corpus_dir` (never
    copied); the gold's `sentence` is the text at the offsets, so a text that changed is an error."""
    coded, paths = _audit_rows(path, RECALL_AUDIT_COLUMNS, corpus_dir, "a recall audit")
    for name in ("issue", "polarity", "note"):
        if name not in coded.columns:
            coded[name] = ""
    texts = {p.stem: read_file_document(p).text for p in paths}
    claims = coded[coded["actor_country"] != ""].reset_index(drop=True)
    sentences = []
    for row in claims.itertuples():
        start, end, text = int(row.start), int(row.end), texts[row.doc_id]
        if not 0 <= start < end <= len(text):
            raise ValueError(f"{path}: offsets {start}–{end} outside {row.doc_id} ({len(text)} characters)")
        sentences.append(text[start:end])
    claims = claims.assign(start=claims["start"].astype(int), end=claims["end"].astype(int), sentence=sentences)
    note = f"coded by hand in whole articles, blind to the pipeline's output ({path}); " \
           f"{len(paths) - claims['doc_id'].nunique()} of the {len(paths)} articles without any claim"
    return GoldSet(f"recall audit: {Path(path).stem}", claims, paths, note=note)


# ---------------------------------------------------------------------------- quotations

def _chars(spans) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _score_pair(gold: set[int], predicted: set[int], strict: PRF, lenient: PRF) -> None:
    overlap = len(gold & predicted)
    strict.tp += overlap
    strict.fp += len(predicted) - overlap
    strict.fn += len(gold) - overlap
    if gold:
        lenient.tp += bool(overlap)
        lenient.fn += not overlap
    if predicted and not overlap:
        lenient.fp += 1


FOLLOW_ON_RULES = ("indirect:follow-on", "indirect:allegation")


def predicted_quotes(doc) -> list[dict]:
    """The pipeline's quotes in the data set's terms: cue words, speaker words, and the content
    without its frame (cue and speaker cut out). One event per quote: a quote with two
    coordinated speakers is one quotation there. A position taken by an act (cues.csv kind `act`:
    `lehnte den Plan ab`, `verhängte Sanktionen`, `hat den Bericht vorgelegt`) is no quotation there,
    only its quoted words a verb names something as (`wies die Vorwürfe als „haltlos“ zurück`): in
    train, 82 of 328 such events overlap an annotated quotation, 191 of 404 reported speech events do. Nor is
    a participle's agent (`reported:participle`: `die von X geforderte Reform`), an attribute inside another
    clause (train 1-700: 0 of 1 overlaps an annotated quotation)."""
    out, seen = [], {}
    sentences = list(content_sentences(doc))
    quotes = doc._.quotes or []
    # `Nach Angaben X hat Y … verhängt`: the data set annotates the source's quotation, not Y's act
    vouched = [(q.content_start, q.content_end) for q in quotes if q.rule == "indirect:act-source"]
    cited = {(q.content_start, q.content_end, q.cue_start) for q in quotes if q.rule.endswith(":citing")}
    for q in quotes:
        if q.type == "REPORTED" and any(a <= q.cue_start < b for a, b in vouched):
            continue
        key = (q.content_start, q.content_end, q.cue_start, q.rule.endswith(":citing"))
        speaker = [(q.speaker.start, q.speaker.end)] if q.speaker and q.speaker.start >= 0 else []
        if key in seen:  # `Rubio und Lawrow sagten`: one speaker phrase there
            first = seen[key]
            if first["speaker"] and speaker:
                spans = first["speaker"] + speaker
                first["speaker"] = [(min(a for a, _ in spans), max(b for _, b in spans))]
            continue
        if q.type == "REPORTED":  # the data set marks no cue there: the whole clause is the quotation
            sentence = sentences[q.sentence]
            cue, quote = [], [(sentence.start_char, sentence.end_char)]
        else:
            cue, quote = q.cue_char_spans(), q.content_char_spans(doc_text(doc))
        if q.rule == "direct:continuation":
            cue = _continued_cue(out, speaker, q.sentence)
        elif key[:3] in cited and not key[3]:
            cue = []  # `„…“, zitiert ndr.de Polizeisprecher X`: the data set marks the cue on the medium's quotation
        previous = out[-1] if out else None
        if (q.rule in FOLLOW_ON_RULES and previous and previous["rule"] in FOLLOW_ON_RULES
                and previous["speaker"] == speaker and previous["sentence"] == q.sentence - 1):
            previous["quote"] = _joined(doc.text, previous["quote"] + quote)  # one quotation, as annotated there
            previous["sentence"] = q.sentence
            continue
        out.append({"type": q.type, "cue": cue, "quote": quote, "speaker": speaker, "rule": q.rule,
                    "sentence": q.sentence, "verb": q.cue_char_spans()})
        seen[key] = out[-1]
    return [p for p in out + verbatim_parts(doc, out) if p["rule"] not in ("reported:act", "reported:participle")]


def _continued_cue(out: list[dict], speaker: list[tuple[int, int]], sentence: int) -> list[tuple[int, int]]:
    """The cue of the quotation that a continued one goes on with (`„…“, sagte Beck. „Die Menschen …“`):
    quotes-de marks the verb of the speech event it continues, when that quotation, the same speaker's
    direct one with a cue of its own, is in the sentence before (8 of 9 such quotations in dev and train;
    after indirect speech it marks the verb less often, 12 of 15, and the speaker is more often wrong)."""
    previous = next((p for p in reversed(out) if p["speaker"] == speaker and p["type"] == "DIRECT"), None)
    if previous is None or not previous["cue"] or previous["sentence"] != sentence - 1:
        return []
    return previous["cue"]


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with only white space between them made one: consecutive sentences of one speaker's
    speech are one passage in quotes-de, the space between them included."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and not text[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


PREDICATIVE_ALS = re.compile(r"\b(als)\s+(?:(?:ein|eine|einen|einem|einer|eines)\s+)?$")


def _with_als(text: str, cue: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """The cue of quoted words that a verb of judging predicates with `als` (`bezeichnete den
    Plan als „maßvoll“`, `wies die Vorwürfe als „haltlos“ zurück`): the data set counts `als` in."""
    match = PREDICATIVE_ALS.search(text, max(0, start - 20), start)
    if not cue or match is None:
        return cue
    return sorted(cue + [match.span(1)])


def _judged_words(text: str, cue: list[tuple[int, int]], start: int) -> bool:
    """Quoted words that a reported verb names something as: after `als`/`von` (`bezeichnete
    ihn als „Akt …“`, `sprach von „Resonanz“`) or right after the verb (`nannte sie „reine …“`)."""
    before = text[max(0, start - 20):start]
    return bool(PREDICATIVE_ALS.search(before) or re.search(r"\bvon\s+(?:\w+\s+)?$", before)
                or any(0 <= start - b <= 12 for _, b in cue))


def verbatim_parts(doc, predicted: list[dict]) -> list[dict]:
    """The data set annotates the verbatim words inside indirect speech (`sagte, sie sei „sehr
    enttäuscht“`) and the quoted words a reported verb names something as (`bezeichnete den Plan
    als „maßvoll“`, cue `bezeichnete | als`) as a Direct quotation of their own, with the same
    speaker and cue: one for each
    quoted passage with a lower-case word (a quoted name or title, `„Tondar“`, is none: in train
    192 of 217 such passages inside Indirect quotations are also Direct ones, 10 of 69 names) inside
    the content of an INDIRECT quote that no DIRECT quote covers."""
    text = doc_text(doc)
    direct = _chars(span for p in predicted if p["type"] == "DIRECT" for span in p["quote"])
    parts = []
    for start, end in quotation_offsets(doc):
        words = text[start + 1:end - 1].split()
        if not any(w[:1].islower() for w in words) or direct & set(range(start, end)):
            continue
        host = next((p for p in predicted if (p["type"] == "INDIRECT" or (p["type"] == "REPORTED"
                                              and _judged_words(text, p["verb"], start)))
                     and any(a <= start and end <= b for a, b in p["quote"])), None)
        if host is not None:
            parts.append({**host, "type": "DIRECT", "cue": _with_als(text, host["verb"], start),
                          "quote": [(start, end)], "rule": "direct:verbatim"})
    return parts


def align(gold: list[dict], predicted: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Greedy one-to-one alignment by characters of overlapping quoted content; among pairs that overlap
    as much (a medium's quotation and the person's it quotes, a quoted phrase and the sentence around
    it), by characters of overlapping cue, then of overlapping speaker, not by the order of the lists."""
    scored = []
    for i, g in enumerate(gold):
        g_chars = _chars(g["quote"])
        for j, p in enumerate(predicted):
            overlap = len(g_chars & _chars(p["quote"]))
            if overlap:
                cue, speaker = (len(_chars(g.get(role, [])) & _chars(p.get(role, []))) for role in ("cue", "speaker"))
                scored.append((overlap, cue, speaker, i, j))
    pairs, used_g, used_p = [], set(), set()
    for *_, i, j in sorted(scored, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], predicted[j]))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_g]
    pairs += [(None, p) for j, p in enumerate(predicted) if j not in used_p]
    return pairs


@dataclass
class QuoteReport:
    scores: dict[str, dict[str, PRF]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(PRF)))
    errors: list[dict] = field(default_factory=list)


def _words(text: str, spans) -> str:
    return " | ".join(text[start:end] for start, end in spans)


def _quote_error(doc_id: str, text: str, gold: dict | None, predicted: dict | None) -> dict | None:
    """One row of the error listing: a missed or spurious quotation, or one whose spans differ."""
    same = gold and predicted and all(_chars(gold[r]) == _chars(predicted[r]) for r in ROLES)
    if same:
        return None
    kind = "missed" if predicted is None else "spurious" if gold is None else "span mismatch"
    row = {"doc_id": doc_id, "kind": kind, "gold_type": gold["type"] if gold else "",
           "predicted_type": predicted["type"] if predicted else "", "rule": predicted["rule"] if predicted else ""}
    for role in ROLES:
        row[f"gold_{role}"] = _words(text, gold[role])[:300] if gold else ""
        row[f"predicted_{role}"] = _words(text, predicted[role])[:300] if predicted else ""
    return row


def evaluate_quotes(path: Path, model: str | None, limit: int | None = None) -> QuoteReport:
    """strict/lenient P/R/F1 per role, overall and per type, on a quotes-de split, and the
    quotations that differ (for the error listing)."""
    nlp = build_nlp(model)
    lexicons = run_lexicons(choose_model(model)).lexicons
    report = QuoteReport()
    with open(path, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()][:limit]
    sources = (prepare_document(SourceDocument(article["doc_id"], str(path), article["text"]), lexicons)
               for article in articles)
    for article, (source, doc) in zip(articles, annotate(nlp, sources)):
        gold = [{"type": QUOTE_TYPES.get(q["type"], "INDIRECT"), **{r: [tuple(s) for s in q[r]] for r in ROLES}}
                for q in article["quotes"]]
        predicted = predicted_quotes(doc)
        for subset in ("ALL", "DIRECT", "INDIRECT", "REPORTED"):
            g_sub = [g for g in gold if subset in ("ALL", g["type"])]
            p_sub = [p for p in predicted if subset in ("ALL", p["type"])]
            for g, p in align(g_sub, p_sub):
                for role in ROLES:
                    _score_pair(_chars(g[role]) if g else set(), _chars(p[role]) if p else set(),
                                report.scores[subset][role], report.scores[subset][role + " (lenient)"])
                error = _quote_error(article["doc_id"], source.text, g, p) if subset == "ALL" else None
                if error is not None:
                    report.errors.append(error)
    return report


def quote_lines(scores: dict[str, dict[str, PRF]]) -> list[str]:
    lines = []
    for subset, roles in scores.items():
        for role in ROLES:
            lines.append(roles[role].line(f"{subset} {role} (chars)"))
            lines.append(roles[role + " (lenient)"].line(f"{subset} {role} (any overlap)"))
    return lines
