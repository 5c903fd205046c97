"""Command line: `python -m pipeline extract seeds --out data/processed` and one command per stage."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline import __version__
from pipeline.ingest import DEFAULT_MAX_CHARS, iter_input_files
from pipeline.lexicons import LexiconError
from pipeline.lock import OutputError, output_lock, unwritable
from pipeline.runner import RunOptions, RunSummary, extract as run_extract, refresh_hashes
from pipeline.tables import CsvFormat

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract claims (who demands, concedes, rejects or threatens what) from German news.")

OutOption = typer.Option(Path("data/processed"), "--out", "-o", help="Folder for the tables.")
ModelOption = typer.Option(None, "--model", "-m", envvar="CLAIMS_MODEL",
                           help="spaCy model name or path; 'blank' for rules only. Default: installed "
                                "de_core_news_lg/md, else the bundled model, else blank.")
LexiconOption = typer.Option(None, "--lexicons", help="Folder of lexicon CSVs (default: data/lexicons).")
SepOption = typer.Option(",", "--csv-sep", help="CSV separator: ',', ';' (German Excel) or a tab ($'\\t').")
BomOption = typer.Option(True, "--bom/--no-bom", help="Write a UTF-8 BOM so Excel shows umlauts.")
RawOption = typer.Option(False, "--raw-csv", help="Write text cells as they are; by default a cell starting with "
                                                  "= + - @ (a spreadsheet formula) gets a leading ' (CSV injection).")
PeriodOption = typer.Option("month", "--period", help="Time unit of claims_by_period.csv and the trend charts: "
                                                    "'week' (ISO weeks) or 'month'.")
DateOption = typer.Option("", "--date", help="Date of documents that give none (2015-06-01, 19.03.2025, "
                          "'März 2025'): a role noun without a name (der US-Außenminister) is the person "
                          "who held that office then. Without a date it stays the office.")
CorrectionsOption = typer.Option(None, "--corrections", help="The analyst's corrections file (default: "
                                                              "OUT_DIR/corrections.csv when it exists).")


def default_jobs() -> int:
    """The cores this process may run on (the CPU affinity where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _csv_format(csv_sep: str, bom: bool, raw_csv: bool) -> CsvFormat:
    if csv_sep not in (",", ";", "\t"):
        raise typer.BadParameter("--csv-sep must be ',', ';' or a tab")
    return CsvFormat(csv_sep, bom, neutralise=not raw_csv)


def _options(out: Path, model, lexicons, csv_sep: str = ",", bom: bool = True, raw_csv: bool = False,
             **extra) -> RunOptions:
    return RunOptions(out_dir=out, model=model, lexicon_dir=lexicons, csv_format=_csv_format(csv_sep, bom, raw_csv),
                      **extra)


def _checked_date(value: str, lexicons: Optional[Path] = None) -> str:
    """The `--date` value as written, after checking that it is a date (month names from months.csv of
    `--lexicons` where given)."""
    from pipeline.dates import read_date
    from pipeline.lexicons import load_months
    if not value:
        return value
    try:
        # (a folder that is not there: the run names it)
        months = load_months(Path(lexicons) / "months.csv")[1] if lexicons and Path(lexicons).is_dir() else None
    except LexiconError as error:
        _fail(f"lexicon error: {error}")
    if read_date(value, months) is None:
        raise typer.BadParameter(f"{value!r} is not a date (write 2015-06-01, 19.03.2025 or 'März 2025')",
                                 param_hint="--date")
    return value


def _fail(message: str, code: int = 2) -> None:
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def print_summary(summary: RunSummary, out: Path) -> None:
    """The one-screen summary after a run."""
    if summary.nothing_to_do:
        typer.echo(f"Nothing to do: {summary.reused} documents unchanged since the last run "
                   f"(tables in {out}). Use --force to recompute.")
    typer.echo(f"documents: {summary.documents} read, {summary.processed} processed, "
               f"{summary.reused} unchanged, {summary.failed} failed")
    for name in ("sentences", "entities", "quotes", "claims"):
        typer.echo(f"{name:>10}: {summary.counts.get(name, 0)}")
    for claim_type, n in summary.claim_types.most_common():
        typer.echo(f"{'':>12}{claim_type:<11} {n}")
    if summary.tables_kept:
        typer.echo(f"tables in {out}/ left as the last run wrote them ({summary.seconds:.1f} s)")
    else:
        typer.echo(f"tables in {out}/ ({summary.seconds:.1f} s)")
    if summary.failed:
        where = "named above" if summary.tables_kept else f"see {out}/errors.csv"
        typer.secho(f"{summary.failed} document(s) failed: {where}", fg=typer.colors.RED, err=True)


JobsOption = typer.Option(None, "--jobs", "-j", min=1, show_default="the machine's cores",
                         help="Worker processes: a fork pool of pipeline workers, each running the whole "
                              "pipeline on batches of documents and sending back table rows (faster here than spaCy's "
                              "n_process, which sends back whole Docs: see bench --compare-n-process), or Dask workers. "
                              "Default: the cores this process may use.")


@app.command()
def extract(
    input_path: Path = typer.Argument(..., help="A text, HTML, PDF or DOCX file, a folder of them, or a CSV/JSONL corpus."),
    out: Path = OutOption, model: Optional[str] = ModelOption, lexicons: Optional[Path] = LexiconOption,
    csv_sep: str = SepOption, bom: bool = BomOption, raw_csv: bool = RawOption,
    encoding: Optional[str] = typer.Option(None, help="Force an input encoding (default: UTF-8, cp1252 fallback)."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Reject documents longer than this (default: "
                                  "spaCy's nlp.max_length; a higher value raises that too, at about 1 GB of "
                                  "memory per 100,000 characters)."),
    text_column: str = typer.Option("text", help="Text column of a CSV/JSONL corpus."),
    id_column: Optional[str] = typer.Option(None, help="Document id column of a CSV/JSONL corpus."),
    batch_size: int = typer.Option(16, min=1, help="Documents per nlp.pipe batch."),
    jobs: Optional[int] = JobsOption,
    engine: str = typer.Option("local", help="'local' or 'dask' (needs the dask extra)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address (tcp://HOST:PORT); "
                                                       "default: a LocalCluster."),
    strict: bool = typer.Option(False, help="Stop at the first failed document."),
    force: bool = typer.Option(False, help="Recompute every document even if unchanged."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    report: bool = typer.Option(True, "--report/--no-report", help="Also write the analyst outputs (workbook, "
                                "Parquet, networks, DNA, trends, claim groups, report.html) when they are "
                                "missing or older than the tables."),
    corrections: Optional[Path] = CorrectionsOption, period: str = PeriodOption,
    date: str = DateOption,
) -> None:
    """Run every stage (ingest → segment → entities → claims → aggregate), apply the analyst's corrections
    and write all tables and the analyst outputs."""
    from pipeline.readers import skipped_inputs
    if engine not in ("local", "dask"):
        raise typer.BadParameter("--engine must be 'local' or 'dask'")
    if period not in ("week", "month"):
        raise typer.BadParameter("--period must be 'week' or 'month'")
    try:
        total = len(iter_input_files(input_path))
        skipped = skipped_inputs(input_path)
    except FileNotFoundError as error:
        _fail(str(error))
    for path, reason in skipped:
        typer.secho(f"skipped: {path}: {reason}", fg=typer.colors.YELLOW, err=True)
    options = _options(out, model, lexicons, csv_sep, bom, raw_csv, encoding=encoding, max_chars=max_chars,
                       text_column=text_column, id_column=id_column, batch_size=batch_size,
                       n_process=jobs or default_jobs(), strict=strict, force=force, engine=engine,
                       scheduler=scheduler, default_date=_checked_date(date, lexicons))
    try:
        with output_lock(out):  # the tables, the corrections and the analyst outputs: one run at a time
            if progress and total > 1 and sys.stderr.isatty():
                with typer.progressbar(length=total, label="documents", file=sys.stderr) as bar:
                    summary = run_extract(input_path, options, progress=bar.update)
            else:
                summary = run_extract(input_path, options)
            _after_extract(summary, input_path, out, skipped, report, period, corrections, options.csv_format)
    except LexiconError as error:
        _fail(f"lexicon error: {error}")
    except OutputError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail(f"interrupted: the tables in {out}/ are still those of the last complete run; the documents "
              "done so far are cached, so the same command resumes from there", 130)
    if summary.failed:
        raise typer.Exit(1)


def _after_extract(summary: RunSummary, input_path: Path, out: Path, skipped: list, report: bool, period: str,
                   corrections: Optional[Path], fmt: CsvFormat) -> None:
    """The summary, the analyst's corrections and the analyst outputs after the tables are written."""
    from pipeline.corrections import CorrectionsError, apply_to_folder
    print_summary(summary, out)
    if skipped:
        typer.echo(f"{len(skipped)} file(s) skipped (not a text, HTML, PDF, DOCX or corpus table; named above)")
    if summary.documents - summary.failed <= 0:
        kept = f"; the tables in {out}/ are still those of the last run" if summary.tables_kept else ""
        _fail(f"no document could be read from {input_path}: nothing was processed{kept}", 1)
    try:
        applied = apply_to_folder(out, corrections, fmt)
    except CorrectionsError as error:
        _fail(f"corrections: {error}")
    if applied.changed_files:
        refresh_hashes(out, [*applied.changed_files, "claims_by_actor.csv", "claims_by_source.csv"])
    if applied.corrections_path is not None:
        typer.echo(f"corrections: {applied.applied} applied from {applied.corrections_path}"
                   + (f"; {len(applied.stale)} no longer apply (see {out / 'corrections_log.csv'})"
                      if applied.stale else ""))
    for row in applied.stale:
        typer.secho(f"warning: {applied.corrections_path}:{row['line']}: {row['action']} no longer applies: "
                    f"{row['detail']}", fg=typer.colors.YELLOW, err=True)
    _analyst_outputs(out, report, period, corrections, fmt)


def _analyst_outputs(out: Path, build: bool, period: str, corrections: Optional[Path], fmt: CsvFormat) -> None:
    """Rebuild the analyst outputs when asked and out of date; otherwise say how, or that they are stale."""
    from pipeline.report import report_up_to_date, stale_report
    if not build:
        stale = stale_report(out)
        if stale:
            typer.secho(f"warning: {', '.join(stale)} in {out} were built from older tables; rebuild them with: "
                        f"python -m pipeline report {out}", fg=typer.colors.YELLOW, err=True)
        else:
            typer.echo(f"analyst outputs (workbook, report.html …): python -m pipeline report {out}")
        return
    if report_up_to_date(out, period):
        typer.echo(f"analyst outputs in {out}/ are up to date (report.html, claims.xlsx …)")
        return
    try:
        from pipeline.report import ReportOptions, write_report
        paths = write_report(out, ReportOptions(csv_format=fmt, period=period, corrections=corrections))
    except ImportError as error:
        typer.secho(f"analyst outputs not written: {error}", fg=typer.colors.YELLOW, err=True)
        return
    typer.echo(f"analyst outputs: {len(paths)} files in {out}/ (report.html, claims.xlsx, claims_by_period.csv, "
               f"claim_groups.csv …)")


@app.command()
def ingest(input_path: Path = typer.Argument(..., help="Input file or folder."), out: Path = OutOption,
           lexicons: Optional[Path] = LexiconOption, csv_sep: str = SepOption, bom: bool = BomOption,
           raw_csv: bool = RawOption,
           encoding: Optional[str] = typer.Option(None, help="Force an input encoding (default: UTF-8, cp1252 fallback)."),
           max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Reject documents longer than this."),
           text_column: str = typer.Option("text", help="Text column of a CSV/JSONL corpus."),
           id_column: Optional[str] = typer.Option(None, help="Document id column of a CSV/JSONL corpus."),
           date: str = DateOption) -> None:
    """Stage 1: read and decode inputs, mark boilerplate → documents.csv, paragraphs.csv, texts.jsonl."""
    from pipeline.stages import run_ingest
    had_tables = (out / "documents.csv").exists()  # run_ingest leaves them when it reads no document
    try:
        with output_lock(out):
            n, errors = run_ingest(input_path, _options(out, None, lexicons, csv_sep, bom, raw_csv, encoding=encoding,
                                                        max_chars=max_chars, text_column=text_column,
                                                        id_column=id_column,
                                                        default_date=_checked_date(date, lexicons)))
    except (LexiconError, FileNotFoundError, OutputError) as error:
        _fail(str(error))
    for error in errors:
        typer.secho(f"error: {error['path']}: {error['error']}", fg=typer.colors.RED, err=True)
    if not n:
        _fail(f"no document could be read from {input_path}: nothing was processed"
              + (f"; the tables in {out}/ are still those of the last run" if had_tables else ""), 1)
    typer.echo(f"{n} documents ingested into {out}/documents.csv; {len(errors)} failed")
    if errors:
        raise typer.Exit(1)


def _stage(function, out, model, lexicons, csv_sep, bom, raw_csv=False):
    try:
        with output_lock(out):
            return function(_options(out, model, lexicons, csv_sep, bom, raw_csv))
    except (LexiconError, FileNotFoundError, OutputError) as error:
        _fail(str(error))


@app.command()
def segment(out: Path = OutOption, model: Optional[str] = ModelOption, lexicons: Optional[Path] = LexiconOption,
            csv_sep: str = SepOption, bom: bool = BomOption, raw_csv: bool = RawOption) -> None:
    """Stage 2: split article text into sentences → sentences.csv."""
    from pipeline.stages import run_segment
    typer.echo(f"{_stage(run_segment, out, model, lexicons, csv_sep, bom, raw_csv)} sentences → {out}/sentences.csv")


@app.command()
def entities(out: Path = OutOption, model: Optional[str] = ModelOption, lexicons: Optional[Path] = LexiconOption,
             csv_sep: str = SepOption, bom: bool = BomOption, raw_csv: bool = RawOption) -> None:
    """Stage 3: named entities and role nouns linked to actors → entities.csv."""
    from pipeline.stages import run_entities
    typer.echo(f"{_stage(run_entities, out, model, lexicons, csv_sep, bom, raw_csv)} entities → {out}/entities.csv")


@app.command()
def claims(out: Path = OutOption, model: Optional[str] = ModelOption, lexicons: Optional[Path] = LexiconOption,
           csv_sep: str = SepOption, bom: bool = BomOption, raw_csv: bool = RawOption) -> None:
    """Stage 4: reported speech and claims → quotes.csv, claims.csv."""
    from pipeline.stages import run_claims
    n_quotes, n_claims = _stage(run_claims, out, model, lexicons, csv_sep, bom, raw_csv)
    typer.echo(f"{n_quotes} quotes → {out}/quotes.csv; {n_claims} claims → {out}/claims.csv")


@app.command()
def aggregate(out: Path = OutOption, csv_sep: str = SepOption, bom: bool = BomOption,
              raw_csv: bool = RawOption) -> None:
    """Stage 5: claims by actor and by source → claims_by_actor.csv, claims_by_source.csv."""
    from pipeline.stages import run_aggregate
    n = _stage(run_aggregate, out, None, None, csv_sep, bom, raw_csv)
    typer.echo(f"{n} actors → {out}/claims_by_actor.csv; {out}/claims_by_source.csv")


@app.command()
def info(model: Optional[str] = ModelOption) -> None:
    """Which spaCy model and components are in use, and the version."""
    from pipeline.nlp import build_nlp, choose_model
    choice = choose_model(model)
    nlp = build_nlp(model)
    typer.echo(f"claims pipeline {__version__}")
    typer.echo(f"base model: {choice.name} ({choice.source}{', ' + choice.path if choice.path else ''})")
    typer.echo(f"components: {', '.join(nlp.pipe_names)}")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Claim extraction for German political news."""


@app.command()
def evaluate(
    shared: Path = typer.Option(Path("../shared"), help="Folder holding gold/gnad-dev, corpora/gnad and "
                                                        "corpora/quotes-de/dev.jsonl."),
    gold: Path = typer.Option(Path("data/gold"), help="The project's own gold claims (claims.csv and texts/)."),
    seeds: Path = typer.Option(Path("seeds"), help="Seed articles annotated in the gold claims."),
    out: Path = typer.Option(Path("data/evaluation"), "--out", "-o", help="Where reports and error lists go."),
    model: Optional[str] = ModelOption,
    limit: Optional[int] = typer.Option(None, help="Evaluate quotes on the first N articles only."),
    quotes: Optional[Path] = typer.Option(
        None, "--quotes", metavar="JSONL",
        help="Score quotations on this quotes-de file instead of corpora/quotes-de/dev.jsonl in --shared "
             "(e.g. a slice of train.jsonl: `sed -n 251,700p …/train.jsonl > t.jsonl`)."),
    reviewed: Optional[list[Path]] = typer.Option(
        None, "--reviewed", metavar="OUT_DIR",
        help="An output folder whose reviewed claims are one more gold set, 'reviewed (OUT_DIR)'; repeatable. "
             "Its documents with at least one line in OUT_DIR/corrections.csv, their texts from OUT_DIR/texts.jsonl; "
             "gold = their claims after the corrections (confirmed, changed, added, and claims no line mentions, "
             "taken as confirmed); rejected claims are not gold, so finding one again counts as spurious."),
    audits: Optional[list[Path]] = typer.Option(
        None, "--audit", metavar="CSV",
        help="An audit of unseen gnad articles (data/audits/): a precision audit (claims of an earlier run judged "
             "by hand, with a verdict column) or a recall audit (every claim of whole articles coded by hand, "
             "scored like gnad-dev); repeatable; default every data/audits/*.csv. Its documents are read from "
             "corpora/gnad in --shared."),
) -> None:
    """Precision, recall and F1 of claims on real news (gnad-dev in --shared), the seeds and the project's
    own texts, and on the reviewed claims of output folders (--reviewed), side by side; the precision
    and recall audits of unseen gnad articles (data/audits/, --audit); and of quotations (quotes-de dev,
    or the file given with --quotes)."""
    from pipeline.evaluate import (Prediction, audit_kind, evaluate_audit, evaluate_gold_set, evaluate_quotes,
                                   load_audit, load_recall_audit, project_gold_sets, quote_lines, reviewed_gold_set,
                                   shared_gold_set)
    from pipeline.tables import write_csv_atomic, write_text_atomic
    from pipeline.nlp import choose_model
    import pandas as pd

    if quotes is not None and not quotes.is_file():
        _fail(f"{quotes}: no such quotes-de file (--quotes)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _fail(str(unwritable(out, error)))
    lines = [f"model: {choose_model(model).name}"]
    real_news = shared / "gold" / "gnad-dev"
    gnad = shared / "corpora" / "gnad"
    audit_files = list(dict.fromkeys(audits)) if audits else sorted(Path("data/audits").glob("*.csv"))
    audit_lines: list[str] = []
    try:
        gold_sets = project_gold_sets(gold, seeds)
        news = None
        if (real_news / "claims.csv").exists():
            news = shared_gold_set(real_news, gnad, "real news (gnad-dev)")
            gold_sets.insert(0, news)
        else:
            lines += ["", f"real news: {real_news / 'claims.csv'} not found; skipped (pass --shared DIR)"]
        gold_sets += [reviewed_gold_set(folder) for folder in dict.fromkeys(reviewed or [])]
        precision_files = [path for path in audit_files if audit_kind(path) == "precision"]
        recall_files = [path for path in audit_files if path not in precision_files]
        loaded = [load_audit(path, gnad) for path in precision_files] if gnad.is_dir() else []
        recall_sets = [load_recall_audit(path, gnad) for path in recall_files] if gnad.is_dir() else []
        for kind, files in (("precision", precision_files), ("recall", recall_files)):
            if files and not gnad.is_dir():
                audit_lines += ["", f"{kind} audits: {gnad} not found; skipped (pass --shared DIR)"]
        at = 1 if news else 0
        gold_sets[at:at] = recall_sets  # after gnad-dev, before the seeds
        # one run for gnad-dev and the audited documents: each gnad article is extracted once
        on_news = ([news] if news else []) + recall_sets
        news_run = Prediction.of([p for s in on_news for p in s.paths] + [p for a in loaded for p in a.paths], model) \
            if loaded or recall_sets else None
        reports = [(gold_set, evaluate_gold_set(gold_set, model,
                                                news_run if any(gold_set is s for s in on_news) else None))
                   for gold_set in gold_sets]
        for audit, path in zip(loaded, precision_files):
            run = news_run.subset(audit.claims["doc_id"])
            audit_lines += ["", f"== precision audit: {audit.name} ({len(audit.claims)} claims judged by hand in "
                                f"{audit.claims['doc_id'].nunique()} unseen gnad documents, {path}) =="] \
                + evaluate_audit(audit.claims, run.claims).lines()
    except (LexiconError, FileNotFoundError, ValueError) as error:
        _fail(str(error))
    for gold_set, report in reports:
        lines += ["", f"== claims: {gold_set.name} ({gold_set.n_documents} documents, "
                      f"{len(gold_set.claims)} gold claims) =="] + ([gold_set.note] if gold_set.note else []) \
            + report.lines()
    lines += audit_lines
    errors = pd.DataFrame([e for _, report in reports for e in report.errors],
                          columns=["set", "doc_id", "kind", "sentence", "gold", "predicted", "rule"])
    errors_path = out / "claims_errors.csv"
    write_csv_atomic(errors, errors_path, CsvFormat())
    quotes_path = quotes or shared / "corpora" / "quotes-de" / "dev.jsonl"
    quote_errors = ""
    if quotes_path.exists():
        quote_report = evaluate_quotes(quotes_path, model, limit)
        lines += ["", f"== quotations vs {quotes_path} =="] + quote_lines(quote_report.scores)
        quote_errors_path = out / "quotes_errors.csv"
        write_csv_atomic(pd.DataFrame(quote_report.errors), quote_errors_path, CsvFormat())
        quote_errors = f"; missed/spurious/mismatched quotations: {quote_errors_path}"
    else:
        lines += ["", f"quotations: {quotes_path} not found; skipped (pass --shared DIR)"]
    text = "\n".join(lines)
    typer.echo(text)
    write_text_atomic(out / "report.txt", text + "\n")  # another run's reader sees a whole report
    typer.echo(f"\nreport: {out / 'report.txt'}; missed/spurious/mislabelled claims: {errors_path}{quote_errors}")


@app.command()
def bench(
    corpus: Path = typer.Option(Path("../shared/corpora/gnad"), help="Folder of .txt/.html files to measure on."),
    limit: Optional[int] = typer.Option(None, help="Only the first N documents (quick runs)."),
    jobs: Optional[int] = JobsOption,
    engine: str = typer.Option("local", help="'local' or 'dask'."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address (tcp://HOST:PORT)."),
    model: Optional[str] = ModelOption,
    out: Path = typer.Option(Path("data/bench/bench.csv"), "--out", "-o", help="CSV that gets one row per run."),
    scale: int = typer.Option(4, help="Peak memory is also measured on the corpus repeated this often (0: skip)."),
    batch_size: int = typer.Option(16, help="Documents per nlp.pipe batch."),
    profile: bool = typer.Option(False, "--profile", help="Instead: cProfile extract on --profile-docs documents "
                                                         "and print the top 15 functions."),
    profile_docs: int = typer.Option(200, help="Documents for --profile."),
    compare_n_process: bool = typer.Option(False, "--compare-n-process",
                                           help="Also time spaCy's nlp.pipe(n_process=--jobs) on the same documents."),
) -> None:
    """Speed and memory of extract on a real corpus: words/s, peak RSS, time per stage, the ratio to a bare
    spaCy pass, the incremental rerun; one row appended to --out."""
    from pipeline.bench import BenchError, run_bench, run_profile
    try:
        if profile:
            run_profile(corpus, n_docs=min(profile_docs, limit or profile_docs), model=model,
                        out_file=out.parent / "profile.txt")
        else:
            run_bench(corpus, limit=limit, jobs=jobs or default_jobs(), engine=engine, model=model, scheduler=scheduler,
                      out_csv=out, scale=scale, batch_size=batch_size, compare_n_process=compare_n_process)
    except BenchError as error:
        _fail(str(error))


@app.command()
def report(
    out_dir: Path = typer.Argument(Path("data/processed"), help="Folder holding the tables written by extract."),
    actor_country: Optional[list[str]] = typer.Option(
        None, "--actor-country", help="Only claims of these actor_country codes (repeat, or RUS,USA)."),
    claim_type: Optional[list[str]] = typer.Option(
        None, "--claim-type", help="Only these claim types (repeat, or DEMAND,THREAT)."),
    min_confidence: Optional[float] = typer.Option(None, min=0.0, max=1.0, help="Only claims with confidence ≥ this."),
    since: Optional[str] = typer.Option(None, help="Only documents dated on/after this (documents.csv date); "
                                                   "undated documents are then left out."),
    until: Optional[str] = typer.Option(None, help="Only documents dated on/before this; undated ones are left out."),
    to: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for the outputs. Default: OUT_DIR itself "
                                      "without filters, OUT_DIR/report-<filters> with filters (a filtered report "
                                      "never replaces the full one)."),
    period: str = PeriodOption, corrections: Optional[Path] = CorrectionsOption,
    group_similarity: float = typer.Option(0.8, min=0.01, max=1.0, help="How alike two sentences must be "
                                           "(0–1, RapidFuzz ratio) to count as the same claim across outlets."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="Folder of lexicon CSVs the tables were "
                                            "extracted with (default: data/lexicons): month names, codes."),
    csv_sep: str = SepOption, bom: bool = BomOption, raw_csv: bool = RawOption,
) -> None:
    """Outputs for analysts from the tables in OUT_DIR, after applying corrections.csv: claims.xlsx,
    <table>.parquet, networks (GraphML), dna_statements.csv, claims_by_period.csv, claim_groups.csv, report.html."""
    from pipeline.corrections import CorrectionsError
    from pipeline.report import ReportError, ReportOptions, write_report

    def split(values: Optional[list[str]]) -> tuple[str, ...]:
        return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())

    try:
        options = ReportOptions(actor_country=split(actor_country), claim_type=split(claim_type),
                                min_confidence=min_confidence, since=since, until=until,
                                csv_format=_csv_format(csv_sep, bom, raw_csv), period=period,
                                group_similarity=group_similarity, corrections=corrections,
                                lexicon_dir=lexicons)
    except ValueError as error:
        raise typer.BadParameter(str(error))
    warn = lambda message: typer.secho(message, fg=typer.colors.YELLOW, err=True)  # noqa: E731
    try:
        with output_lock(out_dir) if out_dir.is_dir() else contextlib.nullcontext():
            paths = write_report(out_dir, options, log=typer.echo, out=to, warn=warn)
    except (FileNotFoundError, ImportError, CorrectionsError, ReportError, OutputError) as error:
        _fail(str(error))
    except LexiconError as error:
        _fail(f"lexicon error: {error}")
    folder = paths[0].parent if paths else out_dir
    typer.echo(f"{len(paths)} files in {folder}/: " + ", ".join(p.name for p in paths))
