"""An analyst's corrections of the machine's claims, applied on every run.

`corrections.csv` (in the output folder, or `--corrections FILE`) has one line per decision:
`confirm`, `reject` or `change` a claim, or `add` a claim the rules missed. A line is keyed by the
document's content hash (`doc_sha256`, with `doc_id` as a fallback when the text changed) and the
sentence's text, and names the claim by the values the machine gave it (`match_actor`,
`match_claim_type`, `match_issue`); row numbers and claim ids never matter, so corrections survive
reruns and changes of the rules. A line that no longer finds its sentence or claim is reported as
stale in `corrections_log.csv` and on stderr, never dropped silently.

The machine's claims stay in `claims_machine.csv`; `claims.csv` holds the corrected claims with
`review` (confirmed, changed, added), `review_note`, `review_line` and `machine_claim` appended.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.tables import CsvFormat, read_csv_file, read_table, record_lines, sniff_separator, write_csv_atomic

CORRECTIONS = "corrections.csv"
MACHINE_CLAIMS = "claims_machine.csv"
LOG = "corrections_log.csv"
ACTIONS = ("confirm", "reject", "change", "add")
CORRECTION_COLUMNS = ["action", "doc_id", "doc_sha256", "sentence", "match_actor", "match_claim_type",
                      "match_issue", "claimant", "actor", "actor_country", "claim_type", "issue", "polarity", "note"]
VALUE_COLUMNS = ["claimant", "actor", "actor_country", "claim_type", "issue", "polarity"]
REVIEW_COLUMNS = ["review", "review_note", "review_line", "machine_claim"]
LOG_COLUMNS = ["line", "action", "doc_id", "sentence", "match", "status", "detail", "claim_ids"]
AGGREGATES = ("claims_by_actor", "claims_by_source")


class CorrectionsError(ValueError):
    """A corrections file that cannot be used; the message names the file and line."""


def norm(sentence: object) -> str:
    """A sentence as compared: whitespace collapsed, typographic quotes as written."""
    return re.sub(r"\s+", " ", str(sentence or "")).strip()


def read_corrections(path: Path) -> pd.DataFrame:
    """The corrections file with a `line` column (its line number); raises CorrectionsError naming
    file and line for an unknown action, a missing key or a polarity other than -1, 0, 1."""
    path = Path(path)
    try:
        records = record_lines(path)
        for line, cells in records[1:]:
            if cells > records[0][1]:
                raise CorrectionsError(f"{path}:{line}: {cells} cells but the header has {records[0][1]} "
                                       f"(a separator inside a cell that is not in quotes?)")
        df = read_csv_file(path)
    except (pd.errors.ParserError, UnicodeDecodeError, csv.Error) as error:
        raise CorrectionsError(f"{path}: not a readable CSV file ({error})") from None
    except pd.errors.EmptyDataError:
        return pd.DataFrame(columns=CORRECTION_COLUMNS + ["line"])
    df.columns = [str(c).strip() for c in df.columns]
    missing = [c for c in ("action", "sentence") if c not in df.columns]
    if missing or not {"doc_id", "doc_sha256"} & set(df.columns):
        need = missing + ([] if {"doc_id", "doc_sha256"} & set(df.columns) else ["doc_id or doc_sha256"])
        raise CorrectionsError(f"{path}:1: header lacks column(s) {', '.join(need)} "
                               f"(expected {','.join(CORRECTION_COLUMNS)})")
    df = df.reindex(columns=CORRECTION_COLUMNS + [c for c in df.columns if c not in CORRECTION_COLUMNS])
    df = df.astype(object).fillna("").astype(str).apply(lambda column: column.str.strip())
    if len(records) - 1 != len(df):
        raise CorrectionsError(f"{path}: {len(df)} rows read but {len(records) - 1} records found "
                               f"(check the quotes around cells)")
    df.insert(0, "line", [line for line, _ in records[1:]])
    for row in df.itertuples(index=False):
        where = f"{path}:{row.line}"
        action = row.action.lower()
        if action not in ACTIONS:
            raise CorrectionsError(f"{where}: unknown action {row.action!r} (use {', '.join(ACTIONS)})")
        if not row.sentence:
            raise CorrectionsError(f"{where}: empty sentence (the sentence's text is the key)")
        if not (row.doc_id or row.doc_sha256):
            raise CorrectionsError(f"{where}: neither doc_id nor doc_sha256 given")
        if row.polarity not in ("", "-1", "0", "1", "+1"):
            raise CorrectionsError(f"{where}: polarity {row.polarity!r} is not -1, 0 or 1")
        if action == "add" and not (row.actor and row.claim_type and row.issue):
            raise CorrectionsError(f"{where}: 'add' needs actor, claim_type and issue")
        if action == "change" and not any(getattr(row, c) for c in VALUE_COLUMNS):
            raise CorrectionsError(f"{where}: 'change' gives no new value (fill one of {', '.join(VALUE_COLUMNS)})")
    df["action"] = df["action"].str.lower()
    df["polarity"] = df["polarity"].replace("+1", "1")
    return df


@dataclass
class Applied:
    """The corrected claims and one log row per correction line."""

    claims: pd.DataFrame
    log: list[dict] = field(default_factory=list)

    @property
    def stale(self) -> list[dict]:
        return [row for row in self.log if row["status"] == "stale"]


def _machine(row: pd.Series) -> str:
    return " · ".join(str(row[c]) for c in ("actor", "actor_country", "claim_type", "issue", "polarity"))


def _added_claim(line: pd.Series, doc_id: str, sentence: dict) -> dict:
    key = "|".join([doc_id, norm(line["sentence"]), line["actor"], line["claim_type"], line["issue"]])
    return {"claim_id": f"{doc_id}-r{hashlib.sha1(key.encode()).hexdigest()[:8]}", "doc_id": doc_id,
            "sentence_id": sentence["sentence_id"], "sentence": sentence["text"], "claimant": line["claimant"],
            "actor": line["actor"], "actor_country": line["actor_country"], "claim_type": line["claim_type"],
            "issue": line["issue"], "polarity": line["polarity"] or "0", "addressee_country": "",
            "speech_mode": "", "cue": "", "confidence": "1.0", "start": sentence["start"], "end": sentence["end"],
            "rule": "review:added"}


def document_of(line: dict, by_sha: dict[str, str], doc_sha: dict[str, str]) -> tuple[str | None, bool]:
    """The doc_id a correction line names in this output (by content hash, else by doc_id) and
    whether it was found by doc_id only although the line gives a hash (the text changed)."""
    doc_id = by_sha.get(line["doc_sha256"]) if line["doc_sha256"] else None
    if doc_id is None and line["doc_id"] in doc_sha:
        return line["doc_id"], bool(line["doc_sha256"])
    return doc_id, False


def apply_corrections(claims: pd.DataFrame, documents: pd.DataFrame, sentences: pd.DataFrame,
                      corrections: pd.DataFrame) -> Applied:
    """Apply every correction line to the machine's claims (all columns text). Later lines win
    over earlier ones for the same claim; the earlier are logged as 'overridden'."""
    claims = claims.astype(str).copy()
    for column in REVIEW_COLUMNS:
        claims[column] = ""
    by_sha = dict(zip(documents["sha256"], documents["doc_id"])) if "sha256" in documents else {}
    doc_sha = dict(zip(documents["doc_id"], documents["sha256"])) if "sha256" in documents else {}
    sentence_key = claims["doc_id"] + "\x00" + claims["sentence"].map(norm)
    sentence_rows = {}
    for row in sentences.astype(str).to_dict("records"):
        sentence_rows.setdefault((row["doc_id"], norm(row["text"])), row)
    for row in claims.to_dict("records"):  # a claim's own sentence, where sentences.csv is missing
        sentence_rows.setdefault((row["doc_id"], norm(row["sentence"])), {
            "sentence_id": row["sentence_id"], "text": row["sentence"], "start": row["start"], "end": row["end"]})
    log, owner, rejected, added = [], {}, set(), []
    for line in corrections.to_dict("records"):
        entry = {"line": line["line"], "action": line["action"], "doc_id": line["doc_id"],
                 "sentence": line["sentence"], "match": " · ".join(
                     v for v in (line["match_actor"], line["match_claim_type"], line["match_issue"]) if v),
                 "status": "applied", "detail": "", "claim_ids": ""}
        log.append(entry)
        doc_id, changed = document_of(line, by_sha, doc_sha)
        if changed:
            entry["detail"] = "document text changed since the review; the sentence is still there. "
        if doc_id is None:
            entry.update(status="stale", detail=f"document {line['doc_id'] or line['doc_sha256'][:12]} not in this output")
            continue
        text = norm(line["sentence"])
        if line["action"] == "add":
            sentence = sentence_rows.get((doc_id, text))
            if sentence is None:
                entry.update(status="stale", detail=entry["detail"] + f"sentence not found in {doc_id}")
                continue
            same = claims.index[(sentence_key == f"{doc_id}\x00{text}") & (claims["actor"] == line["actor"])
                                & (claims["claim_type"] == line["claim_type"]) & (claims["issue"] == line["issue"])]
            if len(same):
                entry["detail"] += "the pipeline now finds this claim itself; marked confirmed"
                _own(owner, log, same, entry, ("confirmed", line), claims)
            else:
                added.append((line, doc_id, sentence, entry))
            continue
        hits = claims.index[sentence_key == f"{doc_id}\x00{text}"]
        if not len(hits):
            entry.update(status="stale", detail=entry["detail"] + f"no claim in this sentence of {doc_id} any more")
            continue
        for column, wanted in (("actor", line["match_actor"]), ("claim_type", line["match_claim_type"]),
                               ("issue", line["match_issue"])):
            if wanted:
                hits = hits[claims.loc[hits, column] == wanted]
        if not len(hits):
            there = "; ".join(sorted({_machine(claims.loc[i]) for i in claims.index[sentence_key == f"{doc_id}\x00{text}"]}))
            entry.update(status="stale", detail=entry["detail"] + f"no claim {entry['match']} in this sentence "
                                                                  f"any more (claims there now: {there})")
            continue
        review = {"confirm": "confirmed", "reject": "rejected", "change": "changed"}[line["action"]]
        _own(owner, log, hits, entry, (review, line), claims)
    for index, (review, line) in owner.items():
        if review == "rejected":
            rejected.add(index)
            continue
        claims.at[index, "review"], claims.at[index, "review_note"] = review, line["note"]
        claims.at[index, "review_line"] = str(line["line"])
        if review == "changed":
            claims.at[index, "machine_claim"] = _machine(claims.loc[index])
            for column in VALUE_COLUMNS:
                if line[column]:
                    claims.at[index, column] = line[column]
    rows = [_added_claim(line, doc_id, sentence) for line, doc_id, sentence, _ in added]
    for (line, _, _, entry), row in zip(added, rows):
        row.update(review="added", review_note=line["note"], review_line=str(line["line"]), machine_claim="")
        entry["claim_ids"] = row["claim_id"]
    result = pd.concat([claims.drop(index=sorted(rejected)), pd.DataFrame(rows, columns=claims.columns)],
                       ignore_index=True)
    order = {doc_id: k for k, doc_id in enumerate(dict.fromkeys(claims["doc_id"]))}
    result["_doc"] = result["doc_id"].map(lambda d: order.get(d, len(order)))
    result["_sid"] = pd.to_numeric(result["sentence_id"], errors="coerce")
    result = result.sort_values(["_doc", "_sid"], kind="stable").drop(columns=["_doc", "_sid"])
    return Applied(result.reset_index(drop=True), log)


def _own(owner: dict, log: list[dict], hits, entry: dict, decision: tuple, claims: pd.DataFrame) -> None:
    """Give the claims in `hits` to this line; an earlier line deciding the same claim is 'overridden'."""
    entry["claim_ids"] = " ".join(claims.loc[hits, "claim_id"])
    for index in hits:
        previous = owner.get(index)
        if previous is not None:
            for old in log:
                if old["line"] == previous[1]["line"] and old["status"] == "applied":
                    old.update(status="overridden", detail=f"line {entry['line']} decides the same claim")
        owner[index] = decision


# ---------------------------------------------------------------------------- on an output folder

@dataclass
class FolderResult:
    applied: int = 0
    stale: list[dict] = field(default_factory=list)
    changed_files: list[str] = field(default_factory=list)
    corrections_path: Path | None = None


def corrections_path(out_dir: Path, given: Path | None = None) -> Path | None:
    """The corrections file in use: `given`, else OUT/corrections.csv when it exists."""
    if given is not None:
        if not Path(given).exists():
            raise CorrectionsError(f"{given}: corrections file not found")
        return Path(given)
    default = Path(out_dir) / CORRECTIONS
    return default if default.exists() else None


def apply_to_folder(out_dir: Path, given: Path | None = None, fmt: CsvFormat | None = None) -> FolderResult:
    """Bring claims.csv (and the aggregates) in line with the corrections file: the machine's claims
    are kept in claims_machine.csv; with no corrections file, claims.csv is the machine's again.
    Files are rewritten only when their content changes."""
    from pipeline.aggregate import claims_by_actor, claims_by_source
    out_dir = Path(out_dir)
    claims_path = out_dir / "claims.csv"
    if not claims_path.exists():
        return FolderResult()
    fmt = fmt or CsvFormat(sniff_separator(claims_path), claims_path.read_bytes().startswith(b"\xef\xbb\xbf"))
    path = corrections_path(out_dir, given)
    current = _read_csv(claims_path)
    machine_path = out_dir / MACHINE_CLAIMS
    machine = _read_csv(machine_path) if "review" in current.columns and machine_path.exists() else current
    result = FolderResult(corrections_path=path)
    if path is None:
        if "review" not in current.columns:
            return result
        corrected, log = machine, None
    else:
        documents = _read_csv(out_dir / "documents.csv")
        sentences = _read_csv(out_dir / "sentences.csv") if (out_dir / "sentences.csv").exists() else \
            pd.DataFrame(columns=["doc_id", "sentence_id", "start", "end", "text"])
        applied = apply_corrections(machine, documents, sentences, read_corrections(path))
        corrected, log = applied.claims, applied.log
        result.applied = sum(1 for row in log if row["status"] == "applied")
        result.stale = [row for row in log if row["status"] == "stale"]
    if _write_if_changed(machine, machine_path, fmt) and path is not None:
        result.changed_files.append(MACHINE_CLAIMS)
    if _write_if_changed(corrected, claims_path, fmt):
        result.changed_files.append("claims.csv")
        documents = read_table(out_dir, "documents")
        write_csv_atomic(claims_by_actor(corrected), out_dir / "claims_by_actor.csv", fmt)
        write_csv_atomic(claims_by_source(corrected, documents), out_dir / "claims_by_source.csv", fmt)
    if log is None:
        (out_dir / LOG).unlink(missing_ok=True)
        machine_path.unlink(missing_ok=True)
    else:
        _write_if_changed(pd.DataFrame(log, columns=LOG_COLUMNS), out_dir / LOG, fmt)
    return result


def _read_csv(path: Path) -> pd.DataFrame:
    """A table as text, in the dialect the folder's manifest records (formula guards undone)."""
    return read_csv_file(path)


def _write_if_changed(df: pd.DataFrame, path: Path, fmt: CsvFormat) -> bool:
    """Write `df` atomically unless the file already holds exactly that; True when written."""
    if path.exists():
        try:
            if _read_csv(path).astype(str).equals(df.astype(str).reset_index(drop=True)):
                return False
        except (pd.errors.ParserError, pd.errors.EmptyDataError):
            pass
    write_csv_atomic(df, path, fmt)
    return True


def correction_rows(path: Path | None) -> list[dict]:
    """The corrections file's lines as dicts (for the report page to export again); [] without one."""
    if path is None or not Path(path).exists():
        return []
    return read_corrections(path).astype(str).to_dict("records")


def write_corrections(rows: list[dict], path: Path) -> Path:
    """A corrections file in the columns above (used by tests and by `review-gold`)."""
    df = pd.DataFrame(rows).reindex(columns=CORRECTION_COLUMNS).astype(object).fillna("")
    return write_csv_atomic(df, path, CsvFormat())



# ---------------------------------------------------------------------------- reviewed claims as gold

@dataclass
class Reviewed:
    """The corrected claims of the documents an analyst reviewed (`evaluate --reviewed`)."""

    claims: pd.DataFrame  # corrected claims of those documents; review '' = not reviewed, kept as confirmed
    doc_ids: list[str]  # documents named by at least one correction line, in the folder's order
    rejected: int  # machine claims of those documents the analyst rejected
    stale: list[dict]  # log rows of lines that no longer apply
    path: Path


def reviewed_claims(out_dir: Path, given: Path | None = None) -> Reviewed:
    """The claims of an output folder after its corrections, limited to the documents that have at
    least one correction line. Computed from `claims_machine.csv` (or `claims.csv`) and the current
    corrections file, so a file edited since the last run counts as it is now; nothing is written.
    Raises CorrectionsError naming the folder when it has no corrections or no claims."""
    out_dir = Path(out_dir)
    path = Path(given) if given is not None else out_dir / CORRECTIONS
    if not out_dir.is_dir():
        raise CorrectionsError(f"{out_dir}: no such output folder")
    if not path.exists():
        raise CorrectionsError(f"{out_dir}: no {CORRECTIONS} there, so nothing in it was reviewed (export it "
                               f"from report.html's Review view into that folder)")
    for name in ("claims.csv", "documents.csv"):
        if not (out_dir / name).exists():
            raise CorrectionsError(f"{out_dir}: no {name}; run `extract … --out {out_dir}` first")
    corrections = read_corrections(path)
    if corrections.empty:
        raise CorrectionsError(f"{path}: no correction lines, so nothing in {out_dir} was reviewed")
    documents = _read_csv(out_dir / "documents.csv")
    current = _read_csv(out_dir / "claims.csv")
    machine_path = out_dir / MACHINE_CLAIMS
    machine = _read_csv(machine_path) if "review" in current.columns and machine_path.exists() else current
    machine = machine.drop(columns=[c for c in REVIEW_COLUMNS if c in machine.columns])
    sentences = _read_csv(out_dir / "sentences.csv") if (out_dir / "sentences.csv").exists() else \
        pd.DataFrame(columns=["doc_id", "sentence_id", "start", "end", "text"])
    applied = apply_corrections(machine, documents, sentences, corrections)
    by_sha = dict(zip(documents["sha256"], documents["doc_id"]))
    doc_sha = dict(zip(documents["doc_id"], documents["sha256"]))
    named = {document_of(line, by_sha, doc_sha)[0] for line in corrections.to_dict("records")} - {None}
    if not named:
        raise CorrectionsError(f"{path}: no line names a document of {out_dir} (by doc_sha256 or doc_id)")
    doc_ids = [d for d in documents["doc_id"] if d in named]
    claims = applied.claims[applied.claims["doc_id"].isin(named)].fillna("").reset_index(drop=True)
    lines = corrections.set_index(corrections["line"].astype(str))
    for index in claims.index[claims["review"] == "changed"]:
        line = lines.loc[claims.at[index, "review_line"]]
        if line["actor"] or line["actor_country"]:  # the machine's type and id were of the old actor
            claims.loc[index, [c for c in ("actor_type", "actor_id") if c in claims.columns]] = ""
        if line["issue"] and "topic" in claims.columns:  # the topic followed the old issue
            claims.at[index, "topic"] = ""
    kept = int((claims["review"] != "added").sum())
    rejected = int(machine["doc_id"].isin(named).sum()) - kept
    return Reviewed(claims, doc_ids, rejected, applied.stale, path)
