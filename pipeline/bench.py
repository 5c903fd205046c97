"""Speed and memory benchmark of `extract` over a real corpus (`make bench`, `pipeline bench`).

What one benchmark does, on a copy of the corpus in a temporary folder (the corpus itself is
never written to):
1. the whole `extract` (local or Dask engine, as asked), in a fresh process, timed, with its
   peak RSS; when it runs locally in one process its stages are timed in the same run
   (timing components added around each spaCy component give each one's own time);
2. the incremental rerun after appending one sentence to one file of the copy;
3. a bare spaCy pass (the same base model, `nlp.pipe` and nothing else) in a fresh process;
4. the whole `extract` on the corpus repeated 4× (copies under other names), in a fresh process,
   for its peak RSS: memory that stays flat does not grow with the corpus.
Every figure is printed and one row is appended to a CSV. `profile` runs cProfile over
`extract` on a few hundred documents and prints where the time goes.

Peak RSS is `ru_maxrss` of the process that ran `extract` (the driver); worker processes
(`--jobs` > 1, Dask) are reported separately as the largest worker's peak.
"""

from __future__ import annotations

import cProfile
import csv
import io
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from spacy.language import Language

DEFAULT_CSV = Path("data/bench/bench.csv")
RESULT_MARK = "BENCH-RESULT "
TOUCH_SENTENCE = "\nMoskau fordert neue Verhandlungen über einen Waffenstillstand.\n"

# Targets on a 2-core CPU (issue 7).
TARGET_WORDS_PER_S = 5000
TARGET_RATIO = 1.30
TARGET_RSS_MB = 1536
TARGET_RSS_GROWTH_PCT = 10
TARGET_INCREMENTAL_PCT = 5

STAGES = ("load", "ingest_prepare", "tokenizer", "spacy_model", "news_sentencizer", "space_runs", "actor_ruler",
          "actor_linker", "quotation_marker", "quote_finder", "speaker_resolver", "interview_finder", "claim_coder",
          "rows", "write", "other")
STAGE_LABELS = {
    "load": "load model + lexicons",
    "ingest_prepare": "ingest + prepare (read, decode, mask)",
    "tokenizer": "spaCy tokenizer",
    "spacy_model": "spaCy model components",
    "news_sentencizer": "news_sentencizer",
    "space_runs": "space_runs",
    "actor_ruler": "actor_ruler",
    "actor_linker": "actor_linker",
    "quotation_marker": "quotation_marker",
    "quote_finder": "quote_finder",
    "speaker_resolver": "speaker_resolver",
    "interview_finder": "interview_finder",
    "claim_coder": "claim_coder",
    "rows": "table rows (sentences … claims)",
    "write": "cache + tables + aggregates",
    "other": "other (unaccounted)",
}
COLUMNS = (["date", "machine", "cores", "model", "engine", "jobs", "corpus", "n_docs", "n_words",
            "seconds", "words_per_s", "docs_per_s", "peak_rss_mb", "peak_rss_workers_mb", "rss_4x_mb",
            "rss_4x_growth_pct", "scale", "bare_spacy_seconds", "ratio", "incremental_seconds", "incremental_pct",
            "spacy_n_process_seconds"]
           + [f"stage_{name}_s" for name in STAGES] + ["spacy_components", "stages_from", "version"])


class BenchError(Exception):
    """A benchmark that cannot run (missing corpus, failed run); the message says what to do."""


# ---------------------------------------------------------------------------- machine, corpus

def machine() -> tuple[str, int]:
    """CPU model (from /proc/cpuinfo) and the number of cores this process may use."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return cpu, cores


def corpus_files(corpus: Path, limit: int | None = None) -> list[Path]:
    """The corpus's text/HTML files in input order (the first `limit` of them)."""
    from pipeline.ingest import iter_input_files

    corpus = Path(corpus)
    if not corpus.is_dir():
        raise BenchError(
            f"benchmark corpus not found: {corpus} (expected a folder of .txt files, by default the 1,028 "
            f"GNAD articles in SHARED/corpora/gnad). Point to it with `make bench SHARED=/path/to/shared` "
            f"or `python -m pipeline bench --corpus FOLDER`.")
    files = [path for path in iter_input_files(corpus) if path.suffix.lower() in (".txt", ".html", ".htm")]
    if not files:
        raise BenchError(f"benchmark corpus {corpus} holds no .txt or .html files")
    return files[:limit] if limit else files


def count_words(paths: list[Path]) -> int:
    """Whitespace-separated words: the unit of words/s."""
    return sum(len(path.read_bytes().decode("utf-8", "replace").split()) for path in paths)


def copy_corpus(paths: list[Path], folder: Path, copies: int = 1) -> Path:
    """Copy files into `folder`; with copies > 1 each file appears under `r<k>_<name>` k times."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for path in paths:
            shutil.copyfile(path, folder / (path.name if copies == 1 else f"r{k}_{path.name}"))
    return folder


# ---------------------------------------------------------------------------- timing stages

class StageClock:
    """Seconds per stage: `extract` reports its steps through `span`/`iterator` (RunOptions.clock),
    and `instrument` adds timing components to the pipeline it builds."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.mark = 0.0  # when the last timer ran (nlp(text): one Doc through all components)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] += seconds

    @contextmanager
    def span(self, stage: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - started)

    def function(self, stage: str, function: Callable) -> Callable:
        def timed(*args, **kwargs):
            with self.span(stage):
                return function(*args, **kwargs)
        return timed

    def iterator(self, stage: str, items: Iterable) -> Iterator:
        """Time only the work done inside the iterator, not the consumer's work between items."""
        items = iter(items)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self.add(stage, time.perf_counter() - started)
                return
            self.add(stage, time.perf_counter() - started)
            yield item

    def instrument(self, nlp) -> None:
        time_components(nlp, self)


class StageTimer:
    """A pipeline component that leaves the Doc alone and times the component before it: bench puts
    one in front of the first component and one after each. With `nlp.pipe`, a timer measures how
    long the components up to it took to hand over each Doc; a component's own time is that of its
    timer less that of the timer before it. With `nlp(text)`, each timer adds the time since the
    previous timer ran."""

    def __init__(self, clock: StageClock | None = None, stage: str = "", previous: "StageTimer | None" = None):
        self.clock, self.stage, self.previous = clock, stage, previous
        self.upstream = 0.0

    def __call__(self, doc):
        now = time.perf_counter()
        if self.previous is not None:
            self.clock.add(self.stage, now - self.clock.mark)
        self.clock.mark = time.perf_counter()
        return doc

    def pipe(self, docs, **kwargs):
        items = iter(docs)
        while True:
            before = self.previous.upstream if self.previous is not None else 0.0
            started = time.perf_counter()
            try:
                doc = next(items)
            except StopIteration:
                self._pulled(time.perf_counter() - started, before)
                return
            self._pulled(time.perf_counter() - started, before)
            yield doc

    def _pulled(self, seconds: float, before: float) -> None:
        self.upstream += seconds
        if self.previous is not None:
            self.clock.add(self.stage, seconds - (self.previous.upstream - before))


@Language.factory("stage_timer", default_config={"stage": ""})
def create_stage_timer(nlp: Language, name: str, stage: str) -> StageTimer:
    return StageTimer(stage=stage)


def time_components(nlp, clock: StageClock) -> None:
    """Time the tokenizer and every component of `nlp` into `clock`: project components under their
    own name, the base model's under `spacy:<name>`. Timing components (`stage_timer`) are added to
    the pipeline around the others; the tokenizer is wrapped."""
    from pipeline.nlp import PROJECT_COMPONENTS

    nlp.tokenizer = clock.function("tokenizer", nlp.tokenizer)
    names = list(nlp.pipe_names)
    if not names:
        return
    previous = nlp.add_pipe("stage_timer", name="timer:start", before=names[0])
    previous.clock = clock
    for name in names:
        stage = name if name in PROJECT_COMPONENTS else f"spacy:{name}"
        timer = nlp.add_pipe("stage_timer", name=f"timer:{name}", after=name, config={"stage": stage})
        timer.clock, timer.previous = clock, previous
        previous = timer


def stage_table(seconds: dict[str, float], total: float) -> tuple[dict[str, float], dict[str, float]]:
    """Fixed stages (base model components summed into `spacy_model`) and the base components alone."""
    stages = {name: 0.0 for name in STAGES}
    components = {}
    for name, value in seconds.items():
        if name.startswith("spacy:"):
            components[name[6:]] = value
            stages["spacy_model"] += value
        else:
            stages[name] = stages.get(name, 0.0) + value
    stages["other"] = max(0.0, total - sum(v for k, v in stages.items() if k != "other"))
    return stages, components


# ---------------------------------------------------------------------------- runs in fresh processes

def _peak_rss_mb(who: int) -> float:
    kilobytes = resource.getrusage(who).ru_maxrss
    return kilobytes / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB on Linux


def _child_extract(spec: dict) -> dict:
    from pipeline.runner import RunOptions, extract

    clock = StageClock()
    options = RunOptions(out_dir=Path(spec["out"]), model=spec.get("model"), batch_size=spec["batch_size"],
                         n_process=spec["jobs"], engine=spec["engine"], scheduler=spec.get("scheduler"))
    if spec.get("instrument"):
        options.clock = clock
    started = time.perf_counter()
    summary = extract(Path(spec["input"]), options, report=lambda message: print(message, file=sys.stderr))
    seconds = time.perf_counter() - started
    result = {"seconds": seconds, "documents": summary.documents, "processed": summary.processed,
              "reused": summary.reused, "failed": summary.failed, "claims": summary.counts.get("claims", 0)}
    if spec.get("instrument"):
        result["stages"], result["components"] = stage_table(clock.seconds, seconds)
    return result


def _child_bare(spec: dict) -> dict:
    from pipeline.nlp import UNUSED_COMPONENTS, choose_model, load_base

    started = time.perf_counter()
    nlp = load_base(choose_model(spec.get("model")), UNUSED_COMPONENTS)  # the same components as extract
    texts = (path.read_bytes().decode("utf-8", "replace") for path in sorted(Path(spec["input"]).iterdir())
             if path.is_file())
    n = sum(1 for _ in nlp.pipe(texts, batch_size=spec["batch_size"], n_process=spec["jobs"]))
    return {"seconds": time.perf_counter() - started, "documents": n, "components": list(nlp.pipe_names)}


def _child_spacy_pipe(spec: dict) -> dict:
    """The documents `extract` would process, through spaCy's `nlp.pipe(n_process=jobs)` (Docs sent
    back to this process, rows built here): the alternative to the `--jobs` pool, for comparison."""
    from pipeline.annotate import annotate, rows_for_doc
    from pipeline.ingest import DocumentError, SourceDocument, iter_documents, prepare_document
    from pipeline.nlp import build_nlp, choose_model, run_lexicons

    started = time.perf_counter()
    nlp = build_nlp(spec.get("model"))
    lexicons = run_lexicons(choose_model(spec.get("model"))).lexicons

    def sources() -> Iterator[SourceDocument]:  # those extract processes: failed ones are left out
        for item in iter_documents(Path(spec["input"])):
            if isinstance(item, SourceDocument):
                try:
                    yield prepare_document(item, lexicons)
                except DocumentError:
                    continue

    claims = sum(len(rows_for_doc(doc, source)["claims"])
                 for source, doc in annotate(nlp, sources(), batch_size=spec["batch_size"], n_process=spec["jobs"]))
    return {"seconds": time.perf_counter() - started, "claims": claims}


def child_main(argv: list[str]) -> int:
    """`python -m pipeline.bench SPEC_JSON`: one measured run; prints its figures as one JSON line."""
    spec = json.loads(argv[0])
    result = {"extract": _child_extract, "bare": _child_bare, "spacy_pipe": _child_spacy_pipe}[spec["task"]](spec)
    result["rss_mb"] = _peak_rss_mb(resource.RUSAGE_SELF)
    result["rss_workers_mb"] = _peak_rss_mb(resource.RUSAGE_CHILDREN)
    sys.stdout.flush()
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


def run_child(spec: dict) -> dict:
    """Run one measurement in a fresh Python process, so that its peak RSS is its own."""
    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    process = subprocess.run([sys.executable, "-m", "pipeline.bench", json.dumps(spec)], capture_output=True,
                             text=True, env=env)
    for line in reversed(process.stdout.splitlines()):
        if line.startswith(RESULT_MARK) and process.returncode == 0:
            return json.loads(line[len(RESULT_MARK):])
    tail = "\n".join((process.stderr or process.stdout).strip().splitlines()[-15:])
    raise BenchError(f"benchmark run {spec['task']} on {spec['input']} failed (exit {process.returncode}):\n{tail}")


# ---------------------------------------------------------------------------- the benchmark

def run_bench(corpus: Path, *, limit: int | None = None, jobs: int = 1, engine: str = "local",
              model: str | None = None, scheduler: str | None = None, out_csv: Path | None = DEFAULT_CSV,
              scale: int = 4, batch_size: int = 16, workdir: Path | None = None, compare_n_process: bool = False,
              report: Callable[[str], None] = print) -> dict:
    """Measure everything, print it, append one row to `out_csv`; return the row (plus details)."""
    from pipeline import __version__
    from pipeline.nlp import choose_model

    if engine not in ("local", "dask"):
        raise BenchError("--engine must be 'local' or 'dask'")
    files = corpus_files(corpus, limit)
    choice = choose_model(model)
    if choice.source == "blank" and choice.name == "blank:de":
        report("warning: no German spaCy model found; measuring spacy.blank('de') with the rules only")
    cpu, cores = machine()
    n_words = count_words(files)
    report(f"benchmark: {len(files)} documents, {n_words:,} words from {corpus}; model {choice.name}; "
           f"engine {engine}, jobs {jobs}; {cpu}, {cores} cores")
    base = {"model": model, "batch_size": batch_size, "jobs": jobs, "engine": engine, "scheduler": scheduler}
    instrument_main = engine == "local" and jobs == 1

    with tempfile.TemporaryDirectory(prefix="claims-bench-", dir=workdir) as temp:
        temp = Path(temp)
        copy = copy_corpus(files, temp / "corpus")
        report("1/4 whole extract …")
        full = run_child(dict(base, task="extract", input=str(copy), out=str(temp / "out"),
                              instrument=instrument_main))
        if full["failed"]:
            report(f"warning: {full['failed']} document(s) failed in the full run (see errors.csv)")
        pipe = None
        if compare_n_process:
            report(f"   spaCy's nlp.pipe(n_process={jobs}) on the same documents, for comparison …")
            pipe = run_child(dict(base, task="spacy_pipe", input=str(copy)))
            if pipe["claims"] != full["claims"]:
                report(f"warning: nlp.pipe(n_process) gave {pipe['claims']} claims, extract {full['claims']}")
        report("2/4 incremental rerun after touching one file …")
        touched = sorted(copy.iterdir())[0]
        with touched.open("a", encoding="utf-8") as handle:
            handle.write(TOUCH_SENTENCE)
        incremental = run_child(dict(base, task="extract", input=str(copy), out=str(temp / "out")))
        if incremental["processed"] != 1:
            report(f"warning: the incremental rerun processed {incremental['processed']} documents, not 1")
        if instrument_main:
            staged, stages_from = full, "the full run"
        else:
            report("   stage timing: one more run, local engine, one process …")
            staged = run_child(dict(base, task="extract", input=str(copy), out=str(temp / "out-stages"),
                                    jobs=1, engine="local", scheduler=None, instrument=True))
            stages_from = "a separate local 1-process run"
        report("3/4 bare spaCy pass …")
        bare = run_child(dict(base, task="bare", input=str(copy)))
        rss_4x = None
        if scale and scale > 1:
            report(f"4/4 whole extract on the corpus ×{scale} (peak memory) …")
            scaled = copy_corpus(files, temp / f"corpus-x{scale}", copies=scale)
            rss_4x = run_child(dict(base, task="extract", input=str(scaled), out=str(temp / "out-scaled")))
        else:
            report("4/4 memory on a larger corpus: skipped (--scale 0)")

    seconds = full["seconds"]
    row = {
        "date": datetime.now().isoformat(timespec="seconds"), "machine": cpu, "cores": cores,
        "model": choice.name, "engine": engine, "jobs": jobs, "corpus": str(corpus), "n_docs": len(files),
        "n_words": n_words, "seconds": round(seconds, 3), "words_per_s": round(n_words / seconds, 1),
        "docs_per_s": round(len(files) / seconds, 2), "peak_rss_mb": round(full["rss_mb"], 1),
        "peak_rss_workers_mb": round(full["rss_workers_mb"], 1),
        "rss_4x_mb": round(rss_4x["rss_mb"], 1) if rss_4x else "",
        "rss_4x_growth_pct": round(100 * (rss_4x["rss_mb"] / full["rss_mb"] - 1), 1) if rss_4x else "",
        "scale": scale if rss_4x else "",
        "bare_spacy_seconds": round(bare["seconds"], 3), "ratio": round(seconds / bare["seconds"], 3),
        "incremental_seconds": round(incremental["seconds"], 3),
        "incremental_pct": round(100 * incremental["seconds"] / seconds, 2),
        "spacy_n_process_seconds": round(pipe["seconds"], 3) if pipe else "",
        "spacy_components": ";".join(f"{k}={v:.2f}" for k, v in staged["components"].items()),
        "stages_from": stages_from, "version": __version__,
    }
    row.update({f"stage_{name}_s": round(staged["stages"][name], 3) for name in STAGES})
    for line in format_report(row, staged["stages"], staged["seconds"], stages_from, scale):
        report(line)
    if out_csv:
        append_row(Path(out_csv), row)
        report(f"row appended to {out_csv}")
    return row


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def format_report(row: dict, stages: dict, staged_seconds: float, stages_from: str, scale: int) -> list[str]:
    lines = ["", f"{'figure':<30} {'measured':>22}   target (2-core CPU)",
             f"{'whole extract':<30} {row['seconds']:>20.1f} s",
             f"{'words/s':<30} {row['words_per_s']:>22,.0f}   ≥ {TARGET_WORDS_PER_S:,}: "
             f"{_verdict(row['words_per_s'] >= TARGET_WORDS_PER_S)}",
             f"{'docs/s':<30} {row['docs_per_s']:>22.2f}",
             f"{'bare spaCy pass':<30} {row['bare_spacy_seconds']:>20.1f} s",
             f"{'whole / bare spaCy':<30} {row['ratio']:>22.2f}   ≤ {TARGET_RATIO:.2f}: "
             f"{_verdict(row['ratio'] <= TARGET_RATIO)}",
             f"{'peak RSS (driver)':<30} {row['peak_rss_mb']:>19,.0f} MB   ≤ {TARGET_RSS_MB:,} MB: "
             f"{_verdict(row['peak_rss_mb'] <= TARGET_RSS_MB)}"]
    if row["peak_rss_workers_mb"]:
        lines.append(f"{'peak RSS (largest worker)':<30} {row['peak_rss_workers_mb']:>19,.0f} MB")
    if row["spacy_n_process_seconds"] != "":
        pipe_seconds = row["spacy_n_process_seconds"]
        lines.append(f"{'spaCy nlp.pipe(n_process)':<30} {pipe_seconds:>20.1f} s   "
                     f"({row['n_words'] / pipe_seconds:,.0f} words/s; the --jobs pool: {row['words_per_s']:,.0f})")
    if row["rss_4x_mb"] != "":
        lines.append(f"{f'peak RSS, corpus ×{scale}':<30} {row['rss_4x_mb']:>19,.0f} MB   "
                     f"(+{row['rss_4x_growth_pct']:.1f} %) ≤ +{TARGET_RSS_GROWTH_PCT} %: "
                     f"{_verdict(row['rss_4x_growth_pct'] <= TARGET_RSS_GROWTH_PCT)}")
    lines += [f"{'incremental rerun (1 touched)':<30} {row['incremental_seconds']:>20.1f} s   "
              f"= {row['incremental_pct']:.1f} % of the full run; ≤ {TARGET_INCREMENTAL_PCT} %: "
              f"{_verdict(row['incremental_pct'] <= TARGET_INCREMENTAL_PCT)}",
              "", f"time per stage (from {stages_from}, {staged_seconds:.1f} s):"]
    for name in STAGES:
        value = stages[name]
        lines.append(f"  {STAGE_LABELS[name]:<40} {value:>8.2f} s {100 * value / staged_seconds:>6.1f} %")
        if name == "spacy_model" and row["spacy_components"]:
            lines.append(f"    ({row['spacy_components'].replace(';', ', ')})")
    return lines


def append_row(path: Path, row: dict) -> None:
    """Append one row; a file with an older header is rewritten with the union of the columns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = list(COLUMNS)
    rows: list[dict] = []
    if path.exists() and path.stat().st_size:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            if header != columns:
                rows = list(reader)
                columns += [name for name in header if name not in columns]
            else:
                with path.open("a", encoding="utf-8", newline="") as out:
                    csv.DictWriter(out, fieldnames=columns, lineterminator="\n").writerow(row)
                return
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", restval="")
        writer.writeheader()
        writer.writerows(rows + [row])


# ---------------------------------------------------------------------------- profile

def run_profile(corpus: Path, *, n_docs: int = 200, model: str | None = None, top: int = 15,
                out_file: Path | None = None, workdir: Path | None = None,
                report: Callable[[str], None] = print) -> str:
    """cProfile over `extract` (local, one process) on the first `n_docs` documents; print the top
    functions by cumulative and by own time."""
    from pipeline.runner import RunOptions, extract

    files = corpus_files(corpus, n_docs)
    with tempfile.TemporaryDirectory(prefix="claims-profile-", dir=workdir) as temp:
        copy = copy_corpus(files, Path(temp) / "corpus")
        options = RunOptions(out_dir=Path(temp) / "out", model=model)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.runcall(extract, copy, options, report=lambda message: None)
        seconds = time.perf_counter() - started
    texts = [f"profile of extract on {len(files)} documents of {corpus} ({seconds:.1f} s under cProfile)"]
    for order in ("cumulative", "tottime"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(order).print_stats(top)
        body = buffer.getvalue()
        body = body[body.find("   ncalls"):] if "   ncalls" in body else body
        texts.append(f"\n== top {top} by {order} time ==\n{body.rstrip()}")
    text = "\n".join(texts)
    report(text)
    if out_file:
        Path(out_file).parent.mkdir(parents=True, exist_ok=True)
        Path(out_file).write_text(text + "\n", encoding="utf-8")
        report(f"\nprofile written to {out_file}")
    return text


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
