"""The command line as users expect: every make target listed, every option explained, invalid
values refused, --jobs defaulting to the machine's cores."""

import os
import re
import subprocess

import typer
from typer.testing import CliRunner

from pipeline.cli import app, default_jobs

from conftest import ROOT, SEEDS

runner = CliRunner()


def test_make_help_lists_every_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, re.M))
    listed = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    shown = set(re.findall(r"^make ([\w-]+)", listed, re.M))
    assert targets == shown, (targets - shown, shown - targets)
    assert {"extract", "report", "test", "evaluate", "bench", "clean"} <= shown


def test_every_option_of_every_command_has_help():
    command = typer.main.get_command(app)
    missing = [f"{name} {param.opts[0]}" for name, sub in command.commands.items() for param in sub.params
               if not getattr(param, "help", None)]
    assert not missing, missing


def test_jobs_defaults_to_the_cores_and_zero_is_refused(tmp_path):
    assert default_jobs() == len(os.sched_getaffinity(0))
    result = runner.invoke(app, ["extract", str(SEEDS), "--out", str(tmp_path), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output and not (tmp_path / "claims.csv").exists()
    for option, value in (("--batch-size", "0"), ("--max-chars", "-5"), ("--engine", "spark"),
                          ("--period", "year"), ("--csv-sep", "|")):
        result = runner.invoke(app, ["extract", str(SEEDS), "--out", str(tmp_path), option, value])
        assert result.exit_code == 2, (option, result.output)
    help_text = re.sub(r"[\s│]+", " ", runner.invoke(app, ["extract", "--help"]).output)
    assert "Default: the cores this process may use." in help_text


def test_report_refuses_invalid_values(tmp_path):
    for args in (["--min-confidence", "1.5"], ["--since", "gestern"], ["--group-similarity", "0"]):
        result = runner.invoke(app, ["report", str(tmp_path), *args])
        assert result.exit_code == 2, (args, result.output)
