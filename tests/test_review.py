"""The analyst's loop: corrections that survive reruns (and stale ones reported), stance over time,
the same claim across outlets."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.corrections import CorrectionsError, read_corrections, write_corrections
from pipeline.report import claim_groups, claims_by_period, read_date
from pipeline.report.data import read_texts
from pipeline.tables import read_table

runner = CliRunner()

ARTICLES = {
    "a": ("date 2025-02-18\nLawrow lehnt Friedenstruppen ab | tagesschau.de\n\n"
          "Russlands Außenminister Sergej Lawrow lehnt eine Stationierung europäischer Friedenstruppen in der "
          "Ukraine ab. Das sagte er am Dienstag in Riad nach dem Treffen mit US-Außenminister Marco Rubio.\n\n"
          "Die Ukraine fordert dagegen Sicherheitsgarantien des Westens.\n"),
    "b": ("date 2025-02-19\nRiad: Moskau gegen europäische Soldaten | DER SPIEGEL\n\n"
          "Nach dem Treffen in Riad lehnt Russlands Außenminister Sergej Lawrow eine Stationierung europäischer "
          "Friedenstruppen in der Ukraine ab. Beobachter werten das als Absage an die Pläne aus Paris und London.\n"),
    "c": ("date 2025-03-04\nSelenskyj in London | ZEIT ONLINE\n\n"
          "Der ukrainische Präsident Wolodymyr Selenskyj fordert Sicherheitsgarantien für sein Land. "
          "Ohne sie werde es keinen dauerhaften Frieden geben, sagte er in London.\n\n"
          "Großbritannien liefert der Ukraine weitere Luftabwehrsysteme.\n"),
}


def _extract(folder, out, *extra):
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--model", "blank", "--no-progress",
                                 *extra])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "artikel"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    _extract(folder, out, "--no-report")
    return folder, out


def _claim(claims, doc_id, actor, claim_type, issue):
    rows = claims[(claims["doc_id"] == doc_id) & (claims["actor"] == actor) & (claims["claim_type"] == claim_type)
                  & (claims["issue"] == issue)]
    assert len(rows) == 1, (doc_id, actor, claim_type, issue, claims[["doc_id", "actor", "claim_type", "issue"]])
    return rows.iloc[0]


def test_corrections_apply_survive_reruns_and_stale_ones_are_reported(corpus):
    folder, out = corpus
    machine = read_table(out, "claims")
    documents = read_table(out, "documents").set_index("doc_id")
    lawrow = _claim(machine, "a", "Sergej Lawrow", "REJECTION", "TROOPS")
    ukraine = _claim(machine, "a", "Ukrainische Regierung", "DEMAND", "SECURITY_GUARANTEES")
    said = _claim(machine, "a", "Sergej Lawrow", "STATEMENT", "NEGOTIATIONS")
    uk = "Großbritannien liefert der Ukraine weitere Luftabwehrsysteme."
    assert uk not in set(machine["sentence"])  # the rules miss it: the analyst adds it
    key = lambda doc_id, row: {"doc_id": doc_id, "doc_sha256": documents.at[doc_id, "sha256"],  # noqa: E731
                               "sentence": row["sentence"], "match_actor": row["actor"],
                               "match_claim_type": row["claim_type"], "match_issue": row["issue"]}
    write_corrections([
        dict(key("a", lawrow), action="confirm", note="klar"),
        dict(key("a", ukraine), action="reject", note="nicht Gegenstand der Studie"),
        dict(key("a", said), action="change", claim_type="STATEMENT", issue="TROOPS", polarity="-1"),
        {"action": "add", "doc_id": "c", "doc_sha256": documents.at["c", "sha256"], "sentence": uk,
         "actor": "Britische Regierung", "actor_country": "GBR", "claim_type": "PROPOSAL", "issue": "MILITARY_AID",
         "polarity": "1"},
        {"action": "confirm", "doc_id": "b", "sentence": "Diesen Satz gibt es nicht.", "match_actor": "Kreml"},
    ], out / "corrections.csv")

    def check(result):
        claims = read_table(out, "claims")
        assert _claim(claims, "a", "Sergej Lawrow", "REJECTION", "TROOPS")["review"] == "confirmed"
        assert claims[(claims["doc_id"] == "a") & (claims["issue"] == "SECURITY_GUARANTEES")].empty  # rejected
        changed = _claim(claims, "a", "Sergej Lawrow", "STATEMENT", "TROOPS")
        assert (changed["review"], changed["polarity"]) == ("changed", -1)
        assert changed["machine_claim"] == "Sergej Lawrow · RUS · STATEMENT · NEGOTIATIONS · 1"
        added = _claim(claims, "c", "Britische Regierung", "PROPOSAL", "MILITARY_AID")
        assert (added["review"], added["rule"], added["sentence"]) == ("added", "review:added", uk)
        text = read_texts(out)["c"]
        assert text[added["start"]:added["end"]] == uk  # offsets from sentences.csv
        assert len(claims) == len(machine) - 1 + 1
        assert len(read_table(out, "claims_machine")) == len(machine)  # the machine's claims are kept
        assert read_table(out, "claims_by_actor").set_index("actor").at["Britische Regierung", "n_claims"] == "1"
        log = read_table(out, "corrections_log")
        assert list(log["status"]) == ["applied"] * 4 + ["stale"]
        assert "no claim in this sentence of b" in log["detail"].iloc[4]
        assert "corrections.csv:6: confirm no longer applies" in result.output
        assert "4 applied" in result.output

    check(runner.invoke(app, ["report", str(out)]))  # report applies it …
    check(_extract(folder, out, "--no-report"))  # … a rerun with nothing to do keeps it …
    check(_extract(folder, out, "--no-report", "--force"))  # … and so does a full recomputation
    # the text of a document changes elsewhere: its corrections still apply by doc_id and sentence
    (folder / "a.txt").write_text(ARTICLES["a"] + "\nMoskau schweigt dazu.\n", encoding="utf-8")
    result = _extract(folder, out, "--no-report")
    log = read_table(out, "corrections_log")
    assert list(log["status"][:3]) == ["applied"] * 3 and "document text changed" in log["detail"].iloc[0]
    # the rules change so that a claim is gone: that correction turns stale, loudly
    (folder / "a.txt").write_text(ARTICLES["a"].replace("lehnt eine Stationierung", "erwähnt eine Stationierung")
                                  .replace("in der Ukraine ab.", "in der Ukraine."), encoding="utf-8")
    result = _extract(folder, out, "--no-report")
    log = read_table(out, "corrections_log")
    assert log["status"].iloc[0] == "stale" and "corrections.csv:2: confirm no longer applies" in result.output
    # without the file, claims.csv is the machine's again
    (out / "corrections.csv").unlink()
    _extract(folder, out, "--no-report")
    assert "review" not in read_table(out, "claims").columns and not (out / "corrections_log.csv").exists()


def test_a_broken_corrections_file_is_an_error_naming_file_and_line(tmp_path, corpus):
    _, out = corpus
    path = out / "corrections.csv"
    path.write_text("action,doc_id,sentence\nconfirm,a,Ein Satz.\nbestätigen,a,Ein Satz.\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"corrections.csv:3: unknown action 'bestätigen'"):
        read_corrections(path)
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code != 0 and "corrections.csv:3" in result.output
    path.write_text("action,doc_id,sentence,polarity\nchange,a,Ein Satz.,2\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r":2: polarity '2'"):
        read_corrections(path)
    path.write_text("aktion,satz\nconfirm,x\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r":1: header lacks column\(s\) action, sentence"):
        read_corrections(path)


def test_the_same_claim_across_outlets_is_one_group_first_carrier_earliest(corpus):
    _, out = corpus
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    groups = read_table(out, "claim_groups")
    troops = groups[groups["issue"] == "TROOPS"]
    assert list(troops["source"]) == ["tagesschau.de", "DER SPIEGEL"]
    assert list(troops["role"]) == ["first", "repeat"]
    assert set(troops["first_source"]) == {"tagesschau.de"} and set(troops["first_date"]) == {"2025-02-18"}
    assert 0.8 <= float(troops["similarity"].iloc[1]) < 1.0
    # Selenskyj's demand is in one document only, and differs from Ukraine's in a: no group
    assert "c" not in set(groups["doc_id"])
    claims = pd.read_parquet(out / "claims.parquet")
    assert set(claims.loc[claims["claim_group"] != "", "doc_id"]) == {"a", "b"}
    import networkx as nx
    diffusion = nx.read_graphml(out / "claim_diffusion.graphml")
    assert diffusion.edges["tagesschau.de", "DER SPIEGEL"]["weight"] == troops["claim_group"].nunique() + \
        groups[groups["issue"] != "TROOPS"]["claim_group"].nunique()


def test_claim_groups_need_the_same_actor_type_issue_and_near_identical_text():
    documents = pd.DataFrame({"doc_id": ["x", "y", "z"], "source": ["taz", "FAZ", "Bild"], "title": ["", "", ""],
                              "date": ["2025-03-02", "2025-03-01", ""]})
    base = {"actor": "Kreml", "actor_country": "RUS", "claim_type": "DEMAND", "issue": "SANCTIONS", "polarity": "1"}
    sentence = "Der Kreml fordert die Aufhebung aller westlichen Sanktionen gegen russische Banken."
    claims = pd.DataFrame([
        dict(base, claim_id="x-0", doc_id="x", sentence=sentence),
        dict(base, claim_id="y-0", doc_id="y", sentence="Der Kreml fordert die Aufhebung aller Sanktionen gegen "
                                                        "russische Banken."),
        dict(base, claim_id="z-0", doc_id="z", sentence=sentence),
        dict(base, claim_id="z-1", doc_id="z", claim_type="THREAT", sentence=sentence),  # other type
        dict(base, claim_id="y-1", doc_id="y", sentence="Der Kreml fordert Gespräche über die Zukunft der Krim."),
    ])
    groups = claim_groups(claims, documents, 0.8)
    assert list(groups["claim_id"]) == ["y-0", "x-0", "z-0"]  # by date; the undated one last
    assert groups["first_source"].iloc[0] == "FAZ" and groups["n_outlets"].iloc[0] == 3
    assert claim_groups(claims, documents, 0.99)["claim_id"].tolist() == ["x-0", "z-0"]


def test_claims_by_period_counts_per_actor_issue_and_topic(corpus):
    _, out = corpus
    claims, documents = read_table(out, "claims"), read_table(out, "documents")
    month = claims_by_period(claims, documents, "month")
    lawrow = month[(month["actor"] == "Sergej Lawrow") & (month["issue"] == "TROOPS")]
    assert lawrow[["period", "n_claims", "n_documents", "n_against", "type_REJECTION"]].values.tolist() == [
        ["2025-02", 2, 2, 2, 2]]
    assert lawrow["mean_polarity"].iloc[0] == -1.0
    week = claims_by_period(claims, documents, "week")
    assert sorted(set(week.loc[week["actor"] == "Sergej Lawrow", "period"])) == ["2025-W08"]
    assert set(week.loc[week["actor"] == "Wolodymyr Selenskyj", "period"]) == {"2025-W10"}
    topics = claims_by_period(claims.assign(topic=["Sicherheit"] * len(claims)), documents, "month")
    assert "topic" in topics.columns and set(topics["topic"]) == {"Sicherheit"}
    result = runner.invoke(app, ["report", str(out), "--period", "week"])
    assert result.exit_code == 0, result.output
    assert "2025-W08" in set(read_table(out, "claims_by_period")["period"])
    assert runner.invoke(app, ["report", str(out), "--period", "year"]).exit_code != 0


def test_a_month_only_date_has_no_week_and_keeps_its_precision():
    assert read_date("2025-02").iso == "2025-02" and read_date("2025-02").precision == "month"
    assert read_date("19. März 2025").iso == "2025-03-19"
    documents = pd.DataFrame({"doc_id": ["m"], "date": ["2025-02"]})
    claims = pd.DataFrame([{"claim_id": "m-0", "doc_id": "m", "actor": "Kreml", "actor_country": "RUS",
                            "issue": "TROOPS", "claim_type": "DEMAND", "polarity": "1"}])
    assert claims_by_period(claims, documents, "week").empty
    assert claims_by_period(claims, documents, "month")["period"].tolist() == ["2025-02"]


def test_extract_writes_the_analyst_outputs_and_flags_stale_ones(corpus):
    folder, out = corpus
    result = _extract(folder, out, "--no-report")
    assert f"python -m pipeline report {out}" in result.output and not (out / "report.html").exists()
    result = _extract(folder, out)
    assert (out / "report.html").exists() and (out / "claim_groups.csv").exists()
    assert "up to date" in _extract(folder, out).output
    (folder / "b.txt").write_text(ARTICLES["b"] + "\nDer Kreml fordert Garantien.\n", encoding="utf-8")
    result = _extract(folder, out, "--no-report")
    assert "were built from older tables" in result.output and "report.html" in result.output
    _extract(folder, out)
    assert "Der Kreml fordert Garantien." in (out / "report.html").read_text(encoding="utf-8")


def test_an_error_names_the_line_where_its_row_starts_after_cells_with_line_breaks(tmp_path, corpus):
    # Excel writes a cell's line break inside quotes, and a user leaves a blank line: the row of the
    # wrong action starts on line 6, not on the third data row's naive line 4
    _, out = corpus
    path = out / "corrections.csv"
    path.write_text('action,doc_id,sentence\nconfirm,a,"Ein Satz\nüber zwei Zeilen."\n\n'
                    'reject,a,Noch ein Satz.\nbestätigen,a,Ein Satz.\n', encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"corrections.csv:6: unknown action 'bestätigen'"):
        read_corrections(path)
    path.write_text('action,doc_id,sentence\nconfirm,a,"Ein Satz\nüber zwei Zeilen."\nreject,a,Noch ein Satz.\n',
                    encoding="utf-8")
    assert list(read_corrections(path)["line"]) == [2, 4]


def test_a_corrections_line_with_more_cells_than_the_header_is_an_error_naming_it(tmp_path):
    """A separator inside a cell without quotes gives a line more cells than the header: an error
    naming that line, also when it is the first data line (which pandas would read as an index)."""
    path = tmp_path / "corrections.csv"
    for lines, bad in ((["reject,a,Die Grünen fordern, dass Wien handelt.", "confirm,b,Ein Satz."], 2),
                       (["confirm,b,Ein Satz.", "reject,a,Die Grünen fordern, dass Wien handelt."], 3)):
        path.write_text("\n".join(["action,doc_id,sentence"] + lines) + "\n", encoding="utf-8")
        with pytest.raises(CorrectionsError, match=rf"corrections.csv:{bad}: 4 cells but the header has 3"):
            read_corrections(path)
    # negative: the same comma inside quotes is one cell, and a cell spanning lines keeps the line numbers
    path.write_text('action,doc_id,sentence\nreject,a,"Die Grünen fordern,\ndass Wien handelt."\n'
                    'bestätigen,b,Ein Satz.\n', encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"corrections.csv:4: unknown action 'bestätigen'"):
        read_corrections(path)
    path.write_text('action,doc_id,sentence\nreject,a,"Die Grünen fordern, dass Wien handelt."\n', encoding="utf-8")
    assert list(read_corrections(path)["line"]) == [2]
