"""The report's review, trend and claim-group views in headless Chromium: a reviewer confirms,
rejects, changes and adds claims, the exported corrections.csv is applied by the next run; the
screenshots in docs/ are taken here (DOCS_SCREENSHOTS=1 writes them there)."""

import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.tables import read_table

from browser import CHROMIUM, Browser
from conftest import ROOT
from test_review import ARTICLES

runner = CliRunner()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The three articles plus two seeds, extracted with their analyst outputs."""
    folder = tmp_path_factory.mktemp("browser") / "artikel"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    for seed in ("001_59b4a59a8a957c04", "003_fce71a759e3ddc0c"):
        shutil.copy(ROOT / "seeds" / f"{seed}.txt", folder)
    out = folder.parent / "out"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 0, result.output
    return folder, out


def _shots(tmp_path):
    target = ROOT / "docs" if os.environ.get("DOCS_SCREENSHOTS") else tmp_path
    target.mkdir(exist_ok=True)
    return target


def test_review_in_the_browser_exports_corrections_that_the_next_run_applies(report, tmp_path):
    folder, out = report
    claims = read_table(out, "claims")
    with Browser(tmp_path / "profile") as browser:
        browser.open((out / "report.html").as_uri() + "#review")
        assert browser.js("document.getElementById('tab-review').classList.contains('active')")
        assert browser.js("document.querySelectorAll('#review-table tbody tr').length") == len(claims)
        index = {browser.js(f"JSON.parse(document.getElementById('claim-data').textContent)['{i}'].claim_id"): i
                 for i in range(len(claims))}
        troops = claims[(claims["doc_id"] == "a") & (claims["issue"] == "TROOPS")].iloc[0]
        ukraine = claims[(claims["doc_id"] == "a") & (claims["issue"] == "SECURITY_GUARANTEES")].iloc[0]
        said = claims[(claims["doc_id"] == "a") & (claims["claim_type"] == "STATEMENT")].iloc[0]

        def row(claim):
            return f"document.querySelector('#review-table tr[data-i=\"{index[claim['claim_id']]}\"]')"
        browser.js(f"{row(troops)}.querySelector('button.confirm').click()")
        browser.js(f"{row(ukraine)}.querySelector('button.reject').click()")
        browser.js(f"{row(said)}.querySelector('button.change').click()")
        browser.js("(function () { var f = document.querySelector('tr.editor');"
                   "f.querySelector('[name=issue]').value = 'TROOPS';"
                   "f.querySelector('[name=polarity]').value = '-1';"
                   "f.querySelector('button.save-change').click(); })()")
        # add a claim the rules missed, from words selected in the document
        browser.js("document.getElementById('a-doc').value = 'c'; document.getElementById('a-doc')"
                   ".dispatchEvent(new Event('change'));"
                   "var find = document.getElementById('a-find'); find.value = 'Riad';"
                   "find.dispatchEvent(new Event('input'));")
        assert browser.js("document.getElementById('a-sentence').options.length") == 0  # Riad is in articles a and b, not in c
        browser.js("find = document.getElementById('a-find'); find.value = 'sagte er in London';"
                   "find.dispatchEvent(new Event('input'));")
        assert browser.js("document.getElementById('a-sentence').value") == \
            "Ohne sie werde es keinen dauerhaften Frieden geben, sagte er in London."
        browser.js("var f = document.getElementById('add-form');"
                   "f.querySelector('[name=actor]').value = 'Wolodymyr Selenskyj';"
                   "f.querySelector('[name=actor_country]').value = 'UKR';"
                   "f.querySelector('[name=claim_type]').value = 'THREAT';"
                   "f.querySelector('[name=issue]').value = 'SECURITY_GUARANTEES';"
                   "f.querySelector('button[type=submit]').click();")
        progress = browser.js("document.getElementById('review-progress').textContent")
        assert progress.startswith(f"3 of {len(claims)} claims reviewed") and "1 added" in progress
        assert browser.js("document.querySelector('#review-table tr.st-rejected td.status').textContent") == "rejected"
        browser.js("var s = document.getElementById('r-show'); s.value = 'done'; s.dispatchEvent(new Event('change'));")
        assert browser.js("document.querySelectorAll('#review-table tbody tr').length") == 3
        browser.screenshot(_shots(tmp_path) / "review.png")
        exported = browser.js("window.claimsReview.csv()")
    lines = exported.strip().split("\n")
    assert lines[0].startswith("action,doc_id,doc_sha256,sentence,match_actor")
    assert [line.split(",")[0] for line in lines[1:]] == ["confirm", "reject", "change", "add"]
    (out / "corrections.csv").write_text(exported, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "corrections: 4 applied" in result.output
    after = read_table(out, "claims")
    assert len(after) == len(claims)  # one rejected, one added
    assert set(after["review"]) == {"", "confirmed", "changed", "added"}
    added = after[after["review"] == "added"].iloc[0]
    assert (added["actor"], added["claim_type"], added["doc_id"]) == ("Wolodymyr Selenskyj", "THREAT", "c")
    changed = after[after["review"] == "changed"].iloc[0]
    assert (changed["issue"], changed["polarity"]) == ("TROOPS", -1)
    # the next page shows the file's decisions and exports them again unchanged
    with Browser(tmp_path / "profile2") as browser:
        browser.open((out / "report.html").as_uri() + "#review")
        assert browser.js("window.claimsReview.csv()") == exported.replace("\r\n", "\n")
        assert "1 rejected" not in browser.js("document.getElementById('review-progress').textContent")
        assert not browser.js("document.getElementById('rejected-box').hidden")


def test_trend_and_claim_group_views_render(report, tmp_path):
    _, out = report
    with Browser(tmp_path / "profile", height=900) as browser:
        browser.open((out / "report.html").as_uri() + "#trends")
        panels = browser.js("Array.from(document.querySelectorAll('.trend-panel')).map(p => p.dataset.actor + '|' "
                            "+ p.dataset.issue + '|' + p.querySelectorAll('circle.dot').length)")
        assert "Sergej Lawrow|TROOPS|1" in panels
        assert browser.js("document.querySelector('#tab-trends').offsetHeight") > 200
        browser.js("var s = document.getElementById('t-actor'); s.value = 'Sergej Lawrow';"
                   "s.dispatchEvent(new Event('change'));")
        shown = browser.js("Array.from(document.querySelectorAll('.trend-panel')).filter(p => !p.hidden)"
                           ".map(p => p.dataset.actor)")
        assert shown and set(shown) == {"Sergej Lawrow"}
        browser.js("var s = document.getElementById('t-actor'); s.value = ''; s.dispatchEvent(new Event('change'));")
        browser.screenshot(_shots(tmp_path) / "trends.png")
        browser.js("document.querySelector('a[data-tab=groups]').click()")
        groups = browser.js("Array.from(document.querySelectorAll('#tab-groups article.group')).map(g => "
                            "Array.from(g.querySelectorAll('li')).map(li => li.className + ':' + "
                            "li.querySelector('b').textContent).join(' > '))")
        assert "first:tagesschau.de > repeat:DER SPIEGEL" in groups
        browser.screenshot(_shots(tmp_path) / "claim_groups.png")
        browser.js("document.querySelector('#tab-groups a.jump').click()")
        assert browser.js("document.getElementById('tab-documents').classList.contains('active')")
        assert browser.js("document.getElementById('panel').classList.contains('pinned')")
        errors = browser.js("document.getElementById('report-errors') ? "
                            "document.getElementById('report-errors').textContent : ''")
        assert errors == ""
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["period"] == "month"
