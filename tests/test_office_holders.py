"""A role noun without a name is the person who held that office on the document's date
(`doc._.date`, from the document's metadata or `--date`); without a date it stays the office."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.entities import actor_profiles

runner = CliRunner()


def _actors(nlp, text: str, date: str = "") -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.date = date
    doc = nlp(doc)
    return [(span.text, span._.actor, span._.actor_country) for span in doc.spans["actors"]]


@pytest.mark.parametrize("date, holder", [("2015-06-01", "John Kerry"), ("2025-06-01", "Marco Rubio"),
                                          ("März 2019", "Mike Pompeo")])
def test_the_us_foreign_minister_is_who_held_the_office_that_day(nlp, date, holder):
    text = "Der US-Außenminister sagte, die Sanktionen würden verschärft."
    assert ("US-Außenminister", holder, "USA") in _actors(nlp, text, date)


def test_a_country_adjective_and_a_role_noun_name_the_holder_of_that_country(nlp):
    text = "Der französische Präsident forderte eine Waffenruhe."
    assert _actors(nlp, text, "2015-06-01")[0][1:] == ("François Hollande", "FRA")
    assert _actors(nlp, text, "2020-06-01")[0][1:] == ("Emmanuel Macron", "FRA")


def test_an_international_office_speaks_for_the_organisation(nlp):
    text = "Der NATO-Generalsekretär warnte vor einer Eskalation im Osten."
    assert _actors(nlp, text, "2016-03-01")[0][1:] == ("Jens Stoltenberg", "NATO")


def test_without_a_date_the_role_noun_stays_the_office(nlp):
    text = "Der US-Außenminister sagte, die Sanktionen würden verschärft."
    assert _actors(nlp, text) == [("US-Außenminister", "Außenminister (USA)", "USA")]


def test_a_feminine_role_noun_is_not_a_male_holder(nlp):
    """`die Bundeskanzlerin` in 2025 cannot be Friedrich Merz; in 2015 it is Angela Merkel."""
    text = "Die deutsche Bundeskanzlerin sagte, Deutschland werde helfen."
    assert _actors(nlp, text, "2015-06-01")[0][1] == "Angela Merkel"
    assert _actors(nlp, text, "2025-06-01")[0][1] != "Friedrich Merz"


def test_a_named_person_is_not_replaced_by_the_office_holder(nlp):
    """An apposition names the person; the date must not override it."""
    text = "US-Außenminister Antony Blinken sagte, die Sanktionen würden verschärft."
    assert {actor for _, actor, _ in _actors(nlp, text, "2015-06-01")} == {"Antony Blinken"}


def test_a_date_that_no_office_term_covers_stays_the_office(nlp):
    text = "Der US-Außenminister sagte, die Sanktionen würden verschärft."
    assert _actors(nlp, text, "1700-01-01")[0][1] == "Außenminister (USA)"


def _extract(tmp_path, text: str, *options: str):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "artikel.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--model", "blank", "--no-progress",
                                 "--no-report", "--jobs", "1", *options])
    return result, out


ARTICLE = ("Sanktionen gegen Russland\n"
           "Der US-Außenminister forderte am Montag schärfere Sanktionen gegen Russland.\n")


def test_extract_date_option_dates_undated_documents_and_their_offices(tmp_path):
    result, out = _extract(tmp_path, ARTICLE, "--date", "2015-06-01")
    assert result.exit_code == 0, result.output
    claims = pd.read_csv(out / "claims.csv", encoding="utf-8-sig")
    assert "John Kerry" in set(claims["actor"])
    assert set(pd.read_csv(out / "documents.csv", encoding="utf-8-sig")["date"]) == {"2015-06-01"}
    # a rerun with another date is not served from the cache of the first
    result, out = _extract(tmp_path, ARTICLE, "--date", "2025-06-01")
    assert "Marco Rubio" in set(pd.read_csv(out / "claims.csv", encoding="utf-8-sig")["actor"])


def test_a_date_in_the_document_wins_over_the_date_option(tmp_path):
    result, out = _extract(tmp_path, "date 2015-06-01\n" + ARTICLE, "--date", "2025-06-01")
    assert result.exit_code == 0, result.output
    assert "John Kerry" in set(pd.read_csv(out / "claims.csv", encoding="utf-8-sig")["actor"])


def test_a_date_option_that_is_no_date_is_refused(tmp_path):
    result, out = _extract(tmp_path, ARTICLE, "--date", "gestern")
    assert result.exit_code != 0
    assert "--date" in result.output and "gestern" in result.output
    assert not (out / "claims.csv").exists()


def test_the_stage_commands_carry_the_date_to_the_entities(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["ingest", str(folder), "--out", str(out), "--date", "2015-06-01"]).exit_code == 0
    assert runner.invoke(app, ["segment", "--out", str(out), "--model", "blank"]).exit_code == 0
    result = runner.invoke(app, ["entities", "--out", str(out), "--model", "blank"])
    assert result.exit_code == 0, result.output
    entities = pd.read_csv(out / "entities.csv", encoding="utf-8-sig")
    assert "John Kerry" in set(entities["actor"])


def test_an_undated_role_noun_is_the_one_holder_the_document_names(nlp):
    text = ("Bundeskanzler Werner Faymann traf Angela Merkel in Wien. "
            "Der Kanzler sagte, Österreich werde keine Obergrenze einführen.")
    found = _actors(nlp, text)
    assert ("Kanzler", "Werner Faymann", "AUT") in found


def test_two_named_holders_of_the_office_leave_the_role_noun_the_office(nlp):
    text = ("Werner Faymann und Christian Kern kamen nach Wien. "
            "Der Kanzler sagte, Österreich werde keine Obergrenze einführen.")
    found = _actors(nlp, text)
    assert ("Kanzler", "Kanzler (AUT)", "AUT") in found


def test_only_the_eu_nato_and_the_un_are_sides_of_their_own(nlp):
    """The codebook codes the EU, NATO and the UN; the AU, the OSCE and the like are OTHER, by name."""
    doc = nlp("Die Afrikanische Union forderte eine Waffenruhe. Der OSZE-Generalsekretär warnte vor einer "
              "Eskalation. Die NATO lehnte das ab.")
    found = {(c.actor, c.actor_country) for c in doc._.claims}
    assert {("Afrikanische Union", "OTHER"), ("Generalsekretär (OSZE)", "OTHER")} <= found
    assert any(country == "NATO" for _, country in found)


def test_experts_and_journalists_quoted_as_observers_are_other(nlp):
    """Codebook: experts and journalists quoted as observers speak for no side."""
    doc = nlp("Die Fassade bröckelt, sagt der Soziologe Bernardo Arévalo. Der Politologe warnte vor Neuwahlen.")
    assert {(c.actor, c.actor_country, c.actor_type) for c in doc._.claims} == {
        ("Bernardo Arévalo", "OTHER", "expert"), ("Experte", "OTHER", "expert")}


@pytest.mark.parametrize("text, country", [
    ("Das Gesetz sei verfassungswidrig, sagt der Verfassungsrechtler Heinz Mayer.", "OTHER"),  # a compound
    ("Die FPÖ liege vorne, sagte der Politikwissenschafter Max Holzer.", "OTHER"),  # Austrian spelling
    ("Die Reformen zeigten Wirkung, sagte der Pensionsexperte der Arbeiterkammer, Wolfgang Panhölzl.", "AUT"),
    ("Die Experten warnten vor den Risiken der Reform.", None),  # experts in general: nobody's claim
])
def test_an_observer_is_named_by_any_compound_and_speaks_for_his_employer(nlp, text, country):
    """`Verfassungsrechtler`, `Politikwissenschafter` are observers (OTHER); one of an organisation
    (`der Pensionsexperte der Arbeiterkammer`) speaks for its side."""
    assert [c.actor_country for c in nlp(text)._.claims] == ([country] if country else [])


def test_a_politician_is_no_observer(nlp):
    doc = nlp("Die Fassade bröckelt, sagt Vizekanzler Reinhold Mitterlehner.")
    assert {c.actor_country for c in doc._.claims} == {"AUT"}


def test_an_observer_with_a_nationality_is_still_an_observer(tagged_nlp):
    """`der norwegische Soziologe X`: the nationality word names where he comes from, not a side he
    speaks for; a diplomat with the same words speaks for his country, an organisation's expert for it."""
    text = "Der {} Marko Valenta hat die Diaspora untersucht. Die Integration sei gelungen, sagt er."
    observer = tagged_nlp(text.format("norwegische Soziologe"))
    assert [(c.actor, c.actor_country) for c in observer._.claims] == [("Marko Valenta", "OTHER")]
    diplomat = tagged_nlp(text.format("norwegische Diplomat"))
    assert [(c.actor, c.actor_country) for c in diplomat._.claims] == [("Marko Valenta", "NOR")]
    # an organisation's expert speaks for the organisation (the VCÖ, an Austrian NGO)
    doc = tagged_nlp("Die VCÖ-Expertin Ulla Rasmussen hat den Verkehr untersucht. Die Maut sei zu niedrig, sagt sie.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Ulla Rasmussen", "AUT")]


@pytest.mark.parametrize("text, country", [
    ("Allein für die Türkei erwartet Karl Obermayr einen Einbruch der Exporte.", ""),
    ("In China behielt Konzernchef Karl Obermayr die Preise bei.", ""),
    ("Im Spiel gegen Paraguay hatte Karl Obermayr getroffen.", ""),
    ("Frankreichs Meister gegen Karl Obermayr verlor das Finale.", ""),
    ("Die türkische Botschafterin Ayla Demir erwartet einen Einbruch der Exporte.", "TUR"),
    ("Der in Australien geborene Produzent Karl Obermayr ist gestorben.", "AUS"),
    ("Aus Österreich ist Ex-Parteichef Karl Obermayr angereist.", "AUT"),
])
def test_a_country_in_a_phrase_of_its_own_is_no_attribute_of_the_name(tagged_nlp, text, country):
    """`für die Türkei erwartet X`, `in China behielt Konzernchef X`: a country named after a preposition
    heads a phrase of its own and says nothing of the name after it, nor does one before a name
    governed by a preposition; a nationality word, an attributive phrase or an origin does."""
    names = [ent for ent in tagged_nlp(text).ents if ent.label_ == "PER"]
    assert [ent._.actor_country for ent in names] == [country]


def test_a_labour_minister_is_of_the_country_the_report_names(nlp):
    """`Arbeitsministerin` is an office of many countries: the government named just before decides,
    not Germany by default; a German one with a German name stays German."""
    doc = nlp("Stockholm – Der Auftrag kam von der schwedischen Regierung. Arbeitsministerin Ylva Johansson "
              "sagte, das Land müsse neue Systeme entwickeln.")
    assert {c.actor_country for c in doc._.claims} == {"SWE"}
    doc = nlp("Berlin – Arbeitsministerin Andrea Nahles forderte einen höheren Mindestlohn.")
    assert {c.actor_country for c in doc._.claims} == {"DEU"}


def test_a_dateline_places_the_domestic_groups_of_the_report(nlp):
    text = ("Proteste in Ungarn. Budapest – Tausende protestierten am Samstag. "
            "Die Gewerkschaften kritisierten, die Maßnahmen seien kosmetisch. Die Opposition forderte Neuwahlen.")
    found = {(c.actor, c.actor_country) for c in nlp(text)._.claims}
    assert {("Gewerkschaften (HUN)", "HUN"), ("Opposition (HUN)", "HUN")} <= found


@pytest.mark.parametrize("text", [
    "Treffen der Kanzler. Wien/Berlin – Die Opposition forderte Neuwahlen.",  # places of two countries
    "Die Opposition forderte Neuwahlen.",  # no dateline
])
def test_without_a_dateline_of_one_country_a_group_stays_unplaced(nlp, text):
    assert nlp(text)._.claims == []


def test_the_dateline_is_no_claimant(nlp):
    doc = nlp("Washington – Die Vereinten Nationen forderten eine Waffenruhe.")
    assert {c.actor_country for c in doc._.claims} == {"UN"}


def test_every_role_noun_of_the_knowledge_base_names_a_speaker(nlp):
    # `Papst`, `Landeshauptmann`, `Bundespräsident` are in role_nouns.csv only, not in roles.csv
    doc = nlp("Papst Franziskus hat in Ecuador seine Reise begonnen. Wir müssen den Dialog fördern, sagte der Papst.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Papst Franziskus", "VAT")]
    land = nlp("Wir brauchen mehr Polizisten, sagte der Landeshauptmann.")
    assert [c.actor_country for c in land._.claims] == ["AUT"]
    # a role noun several countries use, with no country in the text, gives no side
    mayor = nlp("Wir brauchen mehr Polizisten, sagte der Bürgermeister.")
    assert mayor._.claims == []


@pytest.mark.parametrize("text, national", [
    ("Bayerns Innenminister sagte, die Grenzkontrollen würden verschärft.", False),  # a Land's minister
    ("Russlands Außenminister sagte, die Sanktionen würden verschärft.", True),  # the country's
])
def test_an_office_of_a_region_in_the_genitive_is_no_national_office_holder(nlp, text, national):
    """`Bayerns Innenminister` is Bavaria's, not the federal minister of that day; `Russlands
    Außenminister` is the country's."""
    (words, actor, country), = _actors(nlp, text, "2015-10-01")
    assert (words.split()[0], country) == (text.split()[0], "DEU" if not national else "RUS")
    assert (actor in ("Thomas de Maizière", "Sergej Lawrow")) is national


@pytest.mark.parametrize("text, actor, country", [
    ("Die Balkanroute bleibe geschlossen, betonte Kroatiens Präsidentin Kolinda Grabar Kitarović.",
     "Kolinda Grabar-Kitarović", "HRV"),
    ("Das sei eine Lüge, sagt Vytenis Andriukaitis.", "Vytenis Andriukaitis", "EU"),
    ("Die Verschwörungstheorien seien beunruhigend, sagte Lubomír Zaorálek.", "Lubomír Zaorálek", "CZE"),
])
def test_european_office_holders_of_2015_are_known(nlp, text, actor, country):
    assert (actor, country) in [found[1:] for found in _actors(nlp, text, "2015-10-01")]


def test_a_later_commissioner_speaks_for_his_country_before_his_term(nlp):
    text = "Die Regierung in Brüssel müsse handeln, sagte Didier Reynders."
    assert ("Didier Reynders", "BEL") in [found[1:] for found in _actors(nlp, text, "2015-10-01")]


@pytest.mark.parametrize("text, actor", [
    ("Brüssel – EU-Ratspräsident Donald Tusk rief die Staaten zur Einigkeit auf. "
     "Europa dürfe sich nicht spalten lassen, sagte Tusk.", "Donald Tusk"),
    ("Der Präsident des EU-Parlaments, Martin Schulz, kritisierte die Regierung in Warschau. "
     "Schulz forderte eine Rückkehr zum Rechtsstaat.", "Martin Schulz"),
])
def test_a_person_named_with_an_office_of_the_eu_speaks_for_it_in_every_mention(nlp, text, actor):
    found = [(name, side) for _, name, side in _actors(nlp, text) if name == actor]
    assert len(found) >= 2 and {side for _, side in found} == {"EU"}


def test_a_person_named_without_his_eu_office_keeps_his_country(nlp):
    text = "Warschau – Der polnische Oppositionsführer Donald Tusk kritisierte die Regierung. Tusk forderte Neuwahlen."
    assert {side for _, name, side in _actors(nlp, text) if name == "Donald Tusk"} == {"POL"}


def test_an_eu_office_the_person_did_not_hold_that_day_is_no_side(nlp):
    text = "EU-Ratspräsident Donald Tusk rief zur Einigkeit auf."
    assert ("Donald Tusk", "POL") in [found[1:] for found in _actors(nlp, text, "2024-03-01")]


@pytest.mark.parametrize("text, role, actor", [
    ("Moskau – Die Wahl müsse vorbereitet werden, sagte Außenminister Sergej Lawrow am Montag. "
     "Der russische Außenminister machte sich für eine erweiterte Gesprächsrunde stark.",
     "russische Außenminister", "Sergej Lawrow"),
    ("Graz – Das Budget halte, sagte Landeshauptmann Karl Hofbauer. "
     "Die Koalition arbeite gut, so der Landeshauptmann.", "Landeshauptmann", "Karl Hofbauer"),
])
def test_a_definite_office_of_a_country_is_the_person_named_before_with_it(nlp, text, role, actor):
    assert (role, actor) in [(found, name) for found, name, _ in _actors(nlp, text)]


def test_an_office_of_another_country_is_not_the_person_named_before(nlp):
    text = ("Washington – Die Wahl müsse vorbereitet werden, sagte Außenminister Sergej Lawrow. "
            "Der US-Außenminister machte sich für eine erweiterte Gesprächsrunde stark.")
    assert ("US-Außenminister", "Außenminister (USA)", "USA") in _actors(nlp, text)


@pytest.mark.parametrize("date, expected", [("", ("Gerald Klug", "AUT")), ("2015-11-13", ("Gerald Klug", "AUT")),
                                            ("2019-11-13", ("Klug", ""))])
def test_a_lone_surname_after_a_role_noun_is_the_known_holder_of_that_office(nlp, date, expected):
    """`Verteidigungsminister Klug`: the one known person of that surname who held the office (on the
    document's date, at any time without one) is named, with the side of the office."""
    text = "Verteidigungsminister Klug sprach von einem Leitsystem an der Grenze."
    assert ("Verteidigungsminister Klug", *expected) in _actors(nlp, text, date)


def test_a_lone_surname_of_no_known_holder_stays_unplaced(nlp):
    text = "Verteidigungsminister Klugmann sprach von einem Leitsystem an der Grenze."
    assert ("Verteidigungsminister Klugmann", "Klugmann", "") in _actors(nlp, text)


@pytest.mark.parametrize("text, actor, country", [
    ("Verkehrsminister Dobrindt lehnt eine Maut für Kleinlaster ab.", "Alexander Dobrindt", "DEU"),
    ("Die österreichische Bildungsministerin fordert mehr Geld für die Schulen.", "Gabriele Heinisch-Hosek", "AUT"),
    ("Umweltminister Rupprechter kündigte ein Verbot an.", "Andrä Rupprechter", "AUT"),
    ("Der deutsche Entwicklungsminister fordert mehr Hilfe für Afrika.", "Gerd Müller", "DEU"),
])
def test_ministers_of_other_portfolios_of_2015_are_known(nlp, text, actor, country):
    """Transport, education, environment, agriculture, family, development ministers of Germany and
    Austria in 2015 (data/knowledge/offices.csv): the role noun names the holder."""
    assert (actor, country) in [(found, side) for _, found, side in _actors(nlp, text, "2015-06-01")]


def test_a_portfolio_minister_outside_his_term_stays_unplaced(nlp):
    text = "Verkehrsminister Dobrindt lehnt eine Maut für Kleinlaster ab."
    assert ("Verkehrsminister Dobrindt", "Dobrindt", "") in _actors(nlp, text, "2010-06-01")


@pytest.mark.parametrize("text, expected", [
    ("Innenminister de Maizière fordert schärfere Kontrollen an den Grenzen.",
     ("Innenminister de Maizière", "Thomas de Maizière", "DEU")),
    ("Deutschlands Innenminister de Maizière fordert schärfere Kontrollen an den Grenzen.",
     ("Deutschlands Innenminister de Maizière", "Thomas de Maizière", "DEU")),
    ("Der deutsche Verteidigungsminister Klug sprach von einem Leitsystem an der Grenze.",
     ("deutsche Verteidigungsminister Klug", "Klug", "DEU")),  # Austria's Klug is no German holder
])
def test_a_surname_with_particles_after_a_role_noun_is_the_known_holder(nlp, text, expected):
    """`Innenminister de Maizière`: a surname that opens with lower-case particles (german.csv
    surname_particle) after a role noun names the known holder, also after a country's genitive or
    adjective when the holder is of that country."""
    assert expected in _actors(nlp, text)


def test_a_particle_before_a_place_is_no_surname(nlp):
    text = "Der Minister von Bayern fordert schärfere Kontrollen an den Grenzen."
    assert not any(found.startswith("Minister von") for found, _, _ in _actors(nlp, text))


def test_central_bank_governors_of_2016_are_known(nlp):
    assert ("OeNB-Gouverneur", "Ewald Nowotny", "AUT") in _actors(
        nlp, "Der OeNB-Gouverneur warnt vor einer Verzerrung des Wettbewerbs.", "2016-01-01")


def _types(nlp, text: str, date: str = "") -> dict[str, str]:
    doc = nlp.make_doc(text)
    doc._.date = date
    doc = nlp(doc)
    return {actor: profile[0] for actor, profile in actor_profiles(doc).items()}


def test_an_office_held_years_later_gives_no_government_type_in_a_text_the_offices_it_names_date(nlp):
    """`Bundeskanzler Werner Faymann` dates the text to 2008–16: Strache, vice-chancellor from 2017,
    speaks for his party there; in a text of 2018 (`Bundeskanzler Sebastian Kurz`) for the government."""
    text = ("Bundeskanzler Werner Faymann traf am Montag Heinz-Christian Strache. "
            "Strache forderte danach strengere Regeln.")
    assert _types(nlp, text)["Heinz-Christian Strache"] == "party"
    later = ("Bundeskanzler Sebastian Kurz traf am Montag Heinz-Christian Strache. "
             "Strache forderte danach strengere Regeln.")
    assert _types(nlp, later)["Heinz-Christian Strache"] == "government"


def test_a_text_no_named_office_dates_keeps_the_knowledge_base_type(nlp):
    text = "Heinz-Christian Strache forderte am Montag strengere Regeln."
    assert _types(nlp, text)["Heinz-Christian Strache"] == "government"


def test_a_past_office_named_before_a_name_dates_no_text(nlp):
    """`der frühere Bundeskanzler Wolfgang Schüssel` is no sign that the text is of 2000–07."""
    text = ("Der frühere Bundeskanzler Wolfgang Schüssel traf am Montag Bundeskanzler Werner Faymann. "
            "Faymann forderte danach strengere Regeln.")
    assert _types(nlp, text)["Werner Faymann"] == "government"


@pytest.mark.parametrize("text, date, holder, country", [
    # terms of 2014–17 the Wikidata extract lacks or dates only to a later office (data/knowledge/offices.csv)
    ("Der slowakische Premier warnte vor neuen Quoten.", "2016-03-01", "Robert Fico", "SVK"),
    ("Der serbische Ministerpräsident kündigte einen Zaun an.", "2015-09-01", "Alexander Vučić", "SRB"),
    ("Der serbische Außenminister kündigte einen Zaun an.", "2015-09-01", "Ivica Dačić", "SRB"),
    ("Der italienische Außenminister forderte eine Lösung für Libyen.", "2015-06-01", "Paolo Gentiloni", "ITA"),
    ("Der spanische Ministerpräsident lehnte ein Referendum ab.", "2016-03-01", "Mariano Rajoy", "ESP"),
    ("Der bulgarische Außenminister forderte mehr Hilfe.", "2016-03-01", "Daniel Mitrow", "BGR"),
    ("Der finnische Außenminister lehnte das Hilfspaket ab.", "2016-03-01", "Timo Soini", "FIN"),
])
def test_foreign_office_holders_of_2015_and_2016_are_known(nlp, text, date, holder, country):
    assert _actors(nlp, text, date)[0][1:] == (holder, country)


def test_a_term_of_2015_is_not_the_holder_of_another_year(nlp):
    """Gentiloni was foreign minister from late 2014 to December 2016: the office's holder in 2017 is
    Angelino Alfano, and in 2013 neither of them."""
    text = "Der italienische Außenminister forderte eine Lösung für Libyen."
    assert _actors(nlp, text, "2017-06-01")[0][1] == "Angelino Alfano"
    assert _actors(nlp, text, "2013-06-01")[0][1] not in ("Paolo Gentiloni", "Angelino Alfano")


def test_a_deputy_of_an_office_is_not_its_holder(nlp):
    """`der stellvertretende Finanzminister` (german.csv deputy_adjective) is not the minister in office."""
    text = "Der stellvertretende griechische Finanzminister sagte, die Pläne seien nie besprochen worden."
    assert _actors(nlp, text, "2015-03-01")[0][1] != "Yanis Varoufakis"
    plain = "Der griechische Finanzminister sagte, die Pläne seien nie besprochen worden."
    assert _actors(nlp, plain, "2015-03-01")[0][1:] == ("Yanis Varoufakis", "GRC")


def test_a_role_noun_in_apposition_to_an_unknown_name_is_not_the_known_holder_the_text_names(tagged_nlp):
    """`der stellvertretende griechische Finanzminister Nikos Beispiloudis` (the model tags the name apart
    from the role noun) is the man named after it, not the finance minister the text names elsewhere;
    `Der Finanzminister` alone still is the latter."""
    text = ("Finanzminister Yanis Varoufakis reiste nach Brüssel. Der stellvertretende griechische "
            "Finanzminister Nikos Beispiloudis sagte am Montag im Rundfunk, die Pläne seien nie besprochen worden.")
    found = [(actor, country) for span, actor, country in _actors(tagged_nlp, text) if "Finanzminister" in span
             and span != "Finanzminister"]
    assert found and ("Yanis Varoufakis", "GRC") not in found
    plain = "Finanzminister Yanis Varoufakis reiste nach Brüssel. Der Finanzminister sagte, es gebe keinen Plan B."
    assert ("Finanzminister", "Yanis Varoufakis", "GRC") in _actors(tagged_nlp, plain)


def test_a_state_secretary_of_2015_speaks_for_the_government_in_a_text_of_that_year(nlp):
    """Sonja Steßl, state secretary 2013–16, in a text `Bundeskanzler Werner Faymann` dates: the government;
    in one of 2018 (`Bundeskanzler Sebastian Kurz`) her party."""
    text = ("Bundeskanzler Werner Faymann traf am Montag Sonja Steßl. "
            "Steßl forderte danach strengere Regeln.")
    assert _types(nlp, text)["Sonja Steßl"] == "government"
    later = ("Bundeskanzler Sebastian Kurz traf am Montag Sonja Steßl. "
             "Steßl forderte danach strengere Regeln.")
    assert _types(nlp, later)["Sonja Steßl"] == "party"


def test_a_party_leader_of_2015_in_opposition_speaks_for_his_party(nlp):
    """Jeremy Corbyn led Labour in opposition: his party's, not a government's; Rajoy, prime minister
    2011–18, the government's."""
    assert _types(nlp, "Jeremy Corbyn lehnte den Haushalt der Regierung ab.")["Jeremy Corbyn"] == "party"
    assert _types(nlp, "Mariano Rajoy lehnte ein Referendum in Katalonien ab.")["Mariano Rajoy"] == "government"


def test_an_undated_text_types_a_government_member_by_the_organisations_office_before_the_name(nlp):
    """`ÖGB-Präsident Rudolf Hundstorfer` in a text nothing dates: no member of a government heads a
    union, so the office the text writes before the name (organisation) is the one he speaks in, not the
    ministry the knowledge base knows from other years; a party's office (`SPÖ-Chef`) may be held with a
    government office and leaves the knowledge base's type, as no title does."""
    text = "ÖGB-Präsident Rudolf Hundstorfer forderte am Montag strengere Regeln."
    assert _types(nlp, text)["Rudolf Hundstorfer"] == "organisation"
    assert _types(nlp, text.replace("ÖGB-Präsident ", ""))["Rudolf Hundstorfer"] == "government"
    assert _types(nlp, text.replace("ÖGB-Präsident", "SPÖ-Chef"))["Rudolf Hundstorfer"] == "government"


def test_a_group_chair_office_before_a_party_politicians_name_types_him_by_the_parliament(nlp):
    """`Klubobmann Andreas Schieder`: the chair of a parliamentary group speaks for the parliament's
    group (roles.csv parliament), not as the party politician the knowledge base knows."""
    text = "Klubobmann Andreas Schieder forderte am Montag strengere Regeln."
    assert _types(nlp, text)["Andreas Schieder"] == "parliament"
    assert _types(nlp, text.replace("Klubobmann ", ""))["Andreas Schieder"] == "party"


def test_a_second_name_listed_after_a_plural_office_holds_the_office_too(nlp):
    """`die Klubobleute X (ÖVP) und Y (SPÖ)`: both chair parliamentary groups; `die Nachbarn X und Y`
    name no office."""
    text = ("St. Pölten – Die Klubobleute Klaus Schneeberger (ÖVP) und Alfredo Rosenmaier (SPÖ) "
            "forderten am Montag strengere Regeln.")
    assert _types(nlp, text)["Alfredo Rosenmaier"] == "parliament"
    assert _types(nlp, text.replace("Klubobleute", "Nachbarn"))["Alfredo Rosenmaier"] != "parliament"


@pytest.mark.parametrize("title", ["Ex-Premier", "Expremier", "der frühere Premier", "Altpremier"])
def test_a_past_office_before_a_known_name_gives_him_no_government_type(nlp, title):
    """`Ex-Premier Jean-Pierre Raffarin`, `der frühere Premier X` (german.csv former_prefix, former_adjective):
    the text gives the office the knowledge base types him by as past, and names no current one, so he
    speaks as the party's politician or, of no party known, as a person; `Premier X` holds the office."""
    text = f"Paris – Die Regierung müsse die Steuern senken, forderte {title} Jean-Pierre Raffarin."
    assert _types(nlp, text)["Jean-Pierre Raffarin"] == "person"
    assert _types(nlp, text.replace(title, "Premier"))["Jean-Pierre Raffarin"] == "government"


def test_a_past_office_in_a_text_another_office_dates_gives_no_government_type(nlp):
    """`Expräsident X` in a text of 2011–16 (`Präsidentin Dilma Rousseff`) is no president then, though the
    knowledge base knows no party of his to speak for: he speaks as a person; `Präsident X` is the president."""
    text = ("Brasília – Präsidentin Dilma Rousseff kämpft um ihr Amt. Brasiliens Expräsident Luiz Inácio Lula da "
            "Silva sagte, die Regierung müsse die Korruption bekämpfen.")
    assert _types(nlp, text)["Luiz Inácio Lula da Silva"] == "person"
    assert _types(nlp, text.replace("Expräsident", "Präsident"))["Luiz Inácio Lula da Silva"] == "government"


def test_a_past_office_in_a_text_dated_within_its_term_gives_no_government_type(nlp):
    """`die frühere US-Außenministerin X` in a text the other offices date to 2009–17 (`Bundeskanzlerin Merkel`,
    `US-Präsident Obama`), a window her own term 2009–13 touches: the text says she holds the office no
    more, and the knowledge base knows no other of hers, so she speaks for her party; without `frühere`
    the office she is named with is hers."""
    text = ("Berlin – Bundeskanzlerin Angela Merkel empfing US-Präsident Barack Obama. Die frühere "
            "US-Außenministerin Hillary Clinton forderte am Dienstag mehr Hilfe für die Flüchtlinge.")
    assert _types(nlp, text)["Hillary Clinton"] == "party"
    assert _types(nlp, text.replace("Die frühere US-Außenministerin", "US-Außenministerin"))["Hillary Clinton"] \
        == "government"


@pytest.mark.parametrize("text", [
    "Wien – Der grüne Präsidentschaftskandidat Alexander Van der Bellen forderte am Montag strengere Regeln.",
    "Wien – Alexander Van der Bellen, Kandidat für die Bundespräsidentschaftswahl, forderte strengere Regeln.",
])
def test_a_candidate_for_an_office_speaks_for_his_party_in_an_undated_text(nlp, text):
    """`Präsidentschaftskandidat X`, `X, Kandidat für die Wahl` (german.csv candidate_noun): he seeks the office
    the knowledge base knows him in and holds none the text names, so he speaks for his party; named
    alone, he keeps the knowledge base's office."""
    assert _types(nlp, text)["Alexander Van der Bellen"] == "party"
    plain = "Wien – Alexander Van der Bellen forderte am Montag strengere Regeln."
    assert _types(nlp, plain)["Alexander Van der Bellen"] == "government"


def test_an_office_held_then_is_no_past_office(nlp):
    """`Der damalige Landeshauptmann X nannte …` (german.csv then_adjective): he held the office when he spoke,
    so the act told is the office holder's; `Der frühere Landeshauptmann X` speaks now, for his party."""
    text = "Klagenfurt – Der damalige Landeshauptmann Jörg Haider nannte das Urteil eine Schande."
    assert _types(nlp, text)["Jörg Haider"] == "government"
    assert _types(nlp, text.replace("damalige", "frühere"))["Jörg Haider"] == "party"


def test_a_deputys_office_in_the_apposition_after_a_name_types_the_person(nlp):
    """`X, stellvertretender Klubchef der Neos` (german.csv deputy_adjective before the office noun): a
    deputy chair of a parliamentary group speaks for parliament like the chair; `ehemaliger` names no office."""
    text = "Wien – Karl Hubermann, stellvertretender Klubchef der Neos, forderte strengere Regeln."
    assert _types(nlp, text)["Karl Hubermann"] == "parliament"
    assert _types(nlp, text.replace("stellvertretender", "ehemaliger"))["Karl Hubermann"] == "person"


def test_a_companys_office_before_a_government_members_name_types_him_in_a_text_another_title_dates(nlp):
    """`ÖBB-Chef X` (a company of companies.csv opening a compound of a role noun): no member of a government
    heads a company, so the man speaks for the company even where another title (`Bürgermeister Y`) dates the
    text to years that include his later term in government; without the title he keeps the government's."""
    text = "Wien – ÖBB-Chef Christian Kern lobte am Montag Bürgermeister Michael Häupl für den neuen Bahnhof."
    assert _types(nlp, text)["Christian Kern"] == "organisation"
    assert _types(nlp, text.replace("ÖBB-Chef ", ""))["Christian Kern"] == "government"


def test_a_partys_spokesperson_for_a_field_speaks_for_the_party(nlp):
    """`Agrarsprecher X`, `Sozialsprecher X` (roles.csv Bereichssprecher): a parliamentary group's spokesperson
    for a policy field speaks for the party, an office no member of a government holds (german.csv
    backbench_office, like `Klubobmann`): also a man the knowledge base knows as a minister of later years, in
    an undated text."""
    assert _types(nlp, "Der grüne Agrarsprecher Wolfgang Pirklhuber forderte ein Verbot des Mittels.")[
        "Wolfgang Pirklhuber"] == "party"
    text = "Sozialsprecher Herbert Kickl forderte am Montag strengere Regeln."
    assert _types(nlp, text)["Herbert Kickl"] == "party"
    assert _types(nlp, text.replace("Sozialsprecher ", ""))["Herbert Kickl"] == "government"
    # a parliamentary group's chair (`Klubobmann`) is none either
    assert _types(nlp, "Klubobmann Heinz-Christian Strache forderte am Montag strengere Regeln.")[
        "Heinz-Christian Strache"] == "parliament"


def test_an_ombudsmans_office_before_a_known_name_types_the_person_by_the_state(nlp):
    """`Volksanwalt X` (roles.csv Volksanwalt, AUT): a member of the Austrian ombudsman board holds an office of
    the state, like the board itself (`Volksanwaltschaft`); named alone he stays the knowledge base's person."""
    text = "Volksanwalt Günther Kräuter kritisierte die langen Wartezeiten in den Pflegeheimen."
    assert _types(nlp, text)["Günther Kräuter"] == "government"
    assert _types(nlp, text.replace("Volksanwalt ", ""))["Günther Kräuter"] == "person"


def test_an_observer_title_before_a_known_name_gives_no_side_of_a_namesake(nlp):
    """`Chefökonom X` (roles.csv: an expert of no side) before the name of a person whom the knowledge base
    knows in no office, on a side (a British MP): the text names an observer, who speaks for no side
    (codebook: experts quoted as observers are OTHER); the bare name keeps the knowledge base's side."""
    text = "Die Konjunktur in der Eurozone ziehe deutlich an, sagte Chefökonom Chris Williamson am Dienstag."
    assert ("Chris Williamson", "Chris Williamson", "OTHER") in _actors(nlp, text)
    assert ("Chris Williamson", "Chris Williamson", "GBR") in _actors(nlp, text.replace("Chefökonom ", ""))


def test_a_district_or_town_councillor_speaks_for_a_council_and_a_city_councillor_for_the_town_government(nlp):
    """`Bezirksrat X`, `Gemeinderätin X`: a member of an elected council (roles.csv parliament), like a
    member of a Landtag, not of a government; `Stadträtin X` (a member of the town's executive, the
    Stadtsenat) is the town's government."""
    text = "Wien – Die Anrainer hätten Angst, sagte Bezirksrat Alfredo Rosenmaier (FPÖ) am Montag."
    assert _types(nlp, text)["Alfredo Rosenmaier"] == "parliament"
    assert _types(nlp, text.replace("Bezirksrat", "Gemeinderat"))["Alfredo Rosenmaier"] == "parliament"
    assert _types(nlp, text.replace("Bezirksrat", "Stadtrat"))["Alfredo Rosenmaier"] == "government"


def test_a_headline_role_noun_before_a_verb_in_the_singular_is_one_person(tagged_nlp):
    """`Kanzler fordert …`: a headline drops the article, and the tagger may read a role noun whose plural
    looks like its singular as a plural; the verb in the singular makes it one person, the holder the
    report names. `Minister fordern …` (a verb in the plural) stays a group, no person."""
    doc = tagged_nlp("Kanzler fordert strengere Regeln für Banken. Wien – Bundeskanzler Werner Faymann hat sich "
                     "am Montag für strengere Regeln ausgesprochen.")
    assert [c.actor for c in doc._.claims if c.sentence_id == 0] == ["Werner Faymann"]
    doc = tagged_nlp("Minister fordern strengere Regeln für Banken. Wien – Bundeskanzler Werner Faymann hat sich "
                     "am Montag für strengere Regeln ausgesprochen.")
    assert "Werner Faymann" not in {c.actor for c in doc._.claims if c.sentence_id == 0}


def test_a_headline_role_noun_is_the_one_person_the_report_names_with_it(tagged_nlp):
    """`SPÖ-Gesundheitssprecherin warnt …` in a headline, `SPÖ-Gesundheitssprecherin Anna Moser` in the
    report: the one person named later with the same word, whom no knowledge base knows; two persons
    named with it leave the headline's noun the office."""
    doc = tagged_nlp("SPÖ-Gesundheitssprecherin warnt vor höheren Selbstbehalten. Wien – Die Patienten dürften "
                     "nicht mehr zahlen, sagte SPÖ-Gesundheitssprecherin Anna Moser am Dienstag.")
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Anna Moser", "AUT")}
    doc = tagged_nlp("SPÖ-Gesundheitssprecherin warnt vor höheren Selbstbehalten. Wien – Die Patienten dürften "
                     "nicht mehr zahlen, sagte SPÖ-Gesundheitssprecherin Anna Moser am Dienstag. Die frühere "
                     "SPÖ-Gesundheitssprecherin Eva Gruber sagte, die Selbstbehalte seien zu hoch.")
    assert "Anna Moser" not in {c.actor for c in doc._.claims if c.sentence_id == 0}


def test_an_undated_role_noun_is_the_one_holder_of_the_days_the_titled_offices_give(nlp):
    """An undated text that names `Bundeskanzler Werner Faymann` (2008–2016) was written in his term: `der
    Bundespräsident`, whom nothing else names, is the one holder of that office on all those days."""
    text = ("Wien – Bundeskanzler Werner Faymann traf am Montag die Landeshauptleute. "
            "Der Bundespräsident sagte, die Reform sei dringend nötig.")
    assert ("Bundespräsident", "Heinz Fischer", "AUT") in _actors(nlp, text)
    # the UN Secretary-General of those days speaks for the United Nations
    text = "Bundeskanzler Werner Faymann traf am Montag den UN-Generalsekretär in New York."
    assert ("UN-Generalsekretär", "Ban Ki-moon", "UN") in _actors(nlp, text)


def test_an_undated_role_noun_stays_the_office_where_two_holders_share_the_days(nlp):
    # two interior ministers served under Faymann; a foreign minister of 2013–2017 met two US presidents
    text = ("Wien – Bundeskanzler Werner Faymann traf am Montag die Landeshauptleute. "
            "Die Innenministerin sagte, die Reform sei dringend nötig.")
    assert ("Innenministerin", "Minister (AUT)", "AUT") in _actors(nlp, text)
    text = "Außenminister Sebastian Kurz traf am Montag den US-Präsidenten in Washington."
    assert ("US-Präsidenten", "Präsident (USA)", "USA") in _actors(nlp, text)
    # nothing titled dates the text: the office
    text = "Wien – Der Bundespräsident sagte, die Reform sei dringend nötig."
    assert ("Bundespräsident", "Bundespräsident (AUT)", "AUT") in _actors(nlp, text)


def _typed(nlp, text: str, date: str = "") -> dict[str, tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.date = date
    doc = nlp(doc)
    return {span._.actor: (span._.actor_type, span._.actor_id) for span in doc.spans["actors"]}


def test_a_person_of_the_actor_lexicon_has_the_knowledge_base_id(nlp):
    """actors.csv names `Erdoğan`; the knowledge base's id of that person comes with the name, dated or not."""
    text = "Erdoğan forderte von der Opposition eine rasche Einigung über den Haushalt."
    assert _typed(nlp, text)["Recep Tayyip Erdoğan"] == ("government", "Q39259")
    assert _typed(nlp, text, "2016-05-01")["Recep Tayyip Erdoğan"][1] == "Q39259"


def test_a_lexicon_person_without_a_type_is_typed_by_the_office_held_on_the_date(nlp):
    """`Trump` (actors.csv gives no type): president in 2018, a party's candidate in 2015; undated, no office."""
    text = "Trump verlangte von den Nachbarstaaten höhere Beiträge für die gemeinsame Verteidigung."
    assert _typed(nlp, text, "2018-03-01")["Donald Trump"] == ("government", "Q22686")
    assert _typed(nlp, text, "2015-09-01")["Donald Trump"][0] != "government"
    assert _typed(nlp, text)["Donald Trump"][0] != "government"


def test_a_name_the_knowledge_base_lacks_keeps_no_id(nlp):
    """A lexicon group (`Kreml`) is not a person of the knowledge base: no id is invented for it."""
    text = "Der Kreml wies die Vorwürfe der Nachbarstaaten zurück."
    assert _typed(nlp, text, "2016-05-01")["Kreml"][1] == ""


SPACED_TEXTS = [
    # a title and a name (`_role_with_person`): the role noun later is the one holder the document names
    "Bundeskanzler  Werner Faymann traf Angela Merkel in Wien. Der Kanzler sagte, Österreich werde keine Obergrenze einführen.",
    # a title and a name after a run of spaces in an apposition (`apposition_pairs`)
    "Wien – Die Reform sei überfällig, sagte der Sprecher  der Regierung  , Jaroslav Brenninger, am Dienstag.",
    # a spokesperson of an office in the genitive (`agents_of_office_holders`, `genitive_holders`)
    "Wien – Ein Sprecher  des  Bundeskanzlers Werner Faymann sagte, die Reform sei überfällig.",
]


@pytest.mark.parametrize("text", SPACED_TEXTS)
def test_a_run_of_spaces_between_a_role_and_the_words_it_reads_changes_no_actor(nlp, text):
    # scraped text writes two spaces where one belongs (`Innenministerin  X`): the rules that read the word
    # next to a role noun or a name read past them (`phrases.word_after`/`word_before`), as with one space
    def fields(found):
        return [(" ".join(words.split()), actor, country) for words, actor, country in found]
    single = " ".join(part for part in text.split(" ") if part)
    assert single != text
    assert fields(_actors(nlp, text)) == fields(_actors(nlp, single))


def test_a_title_before_a_run_of_spaces_names_the_holder_for_the_later_role_noun(nlp):
    text = ("Bundeskanzler  Werner Faymann traf Angela Merkel in Wien. "
            "Der Kanzler sagte, Österreich werde keine Obergrenze einführen.")
    found = _actors(nlp, text)
    assert ("Bundeskanzler", "Werner Faymann", "AUT") in found
    assert ("Kanzler", "Werner Faymann", "AUT") in found
    # negative: two holders named, each without a title, leave the role noun the office, spaces or not
    text = ("Werner Faymann  und  Christian Kern kamen nach Wien. "
            "Der Kanzler sagte, Österreich werde keine Obergrenze einführen.")
    assert ("Kanzler", "Kanzler (AUT)", "AUT") in _actors(nlp, text)
