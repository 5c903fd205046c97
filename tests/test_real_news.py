"""Rules for ordinary news (issue 15/16): verb lemmas in any form, continued speech without
quotation marks, position nouns with their holder, stance constructions, actors from the knowledge
base and the evidence around unknown persons. Each rule with a negative."""

import pytest

from pipeline.lexicons import load_lexicons
from pipeline.verbforms import conjugate


def claims(nlp, text):
    return [(c.actor, c.actor_country, c.claim_type, c.speech_mode) for c in nlp(text)._.claims]


def countries(nlp, text):
    return {c.actor_country for c in nlp(text)._.claims}


# -- verbs from lemmas
@pytest.mark.parametrize("lemma, forms, joined", [
    ("zurück|weisen", {"weist", "wies", "wiesen"}, {"zurückgewiesen", "zurückzuweisen", "zurückwies"}),
    ("vor|werfen", {"wirft", "warf"}, {"vorgeworfen", "vorwirft"}),
    ("bestreiten", {"bestreitet", "bestritt", "bestritten"}, set()),
    ("rechnen", {"rechnet", "gerechnet"}, set()),
    ("kritisieren", {"kritisiert", "kritisierte"}, set()),
])
def test_verb_forms_are_generated_from_the_lemma(lemma, forms, joined):
    lexicons = load_lexicons()
    strong = {}
    from pipeline.lexicons import _load_strong_verbs
    strong = _load_strong_verbs(lexicons.directory / "strong_verbs.csv")
    generated = conjugate(lemma, strong, lexicons.word_class("separable_prefix"))
    assert forms <= generated.finite
    assert joined <= generated.joined
    assert "gekritisiert" not in generated.finite and "gebestritten" not in generated.finite


def test_lemma_cue_matches_inflection_and_verb_second_order(nlp):
    assert ("Wladimir Putin", "RUS", "REJECTION", "REPORTED") in claims(
        nlp, "Putin wies die Vorschläge aus Washington erneut zurück.")
    assert ("Wladimir Putin", "RUS", "REJECTION", "REPORTED") in claims(
        nlp, "Putin hat die Vorschläge aus Washington zurückgewiesen.")
    assert any(c[2] == "REJECTION" for c in claims(nlp, "Der Kreml bestritt jede Beteiligung an dem Anschlag."))


def test_passive_participle_is_no_act_of_its_subject(nlp):
    assert claims(nlp, "Die Vorschläge Putins wurden in Washington zurückgewiesen.") == []
    assert claims(nlp, "Selenskyj wurde in Moskau scharf kritisiert.") == []


def test_reflexive_verb_with_preposition_decides_the_type(nlp):
    assert ("Emmanuel Macron", "FRA", "PROPOSAL", "REPORTED") in claims(
        nlp, "Macron sprach sich für eine europäische Friedenstruppe aus.")
    assert ("Emmanuel Macron", "FRA", "REJECTION", "REPORTED") in claims(
        nlp, "Macron sprach sich gegen neue Zölle aus.")


# -- speech that lost its quotation marks
def test_first_person_sentence_after_a_speaker_continues_the_speech(nlp):
    found = claims(nlp, "Das sei ein guter Tag für Europa, sagte Selenskyj. Wir werden weiterkämpfen.")
    assert ("Wolodymyr Selenskyj", "UKR", "STATEMENT", "QUOTE") in found


def test_first_person_sentence_without_a_speaker_before_is_nobodys(nlp):
    assert claims(nlp, "Der Zug kam spät in Kiew an. Wir werden weiterkämpfen.") == []


def test_norm_in_the_indicative_after_a_speaker_is_a_demand(nlp):
    found = claims(nlp, "Die Lage sei ernst, sagte Selenskyj. Die Waffen müssen schneller kommen.")
    assert ("Wolodymyr Selenskyj", "UKR", "DEMAND", "QUOTE") in found


def test_the_authors_norm_with_man_is_nobodys(nlp):
    text = "Die Lage sei ernst, sagte Selenskyj. So muss man damit rechnen, dass der Winter hart wird."
    assert [c for c in claims(nlp, text) if c[3] == "QUOTE"] == []


def test_actor_before_a_colon_speaks_when_the_clause_is_verbatim(nlp):
    found = claims(nlp, "Selenskyj: Wir brauchen mehr Flugabwehr, und zwar sofort.")
    assert ("Wolodymyr Selenskyj", "UKR", "DEMAND", "QUOTE") in found


def test_the_authors_explanatory_colon_is_no_speech(nlp):
    assert claims(nlp, "Die Ukraine steht dazwischen: militärisch geschwächt, wirtschaftlich unter Druck.") == []


# -- position nouns and stance constructions
def test_position_noun_with_holders_after_von(nlp):
    found = countries(nlp, "Kritik kam von den Vereinten Nationen, den USA und Frankreich.")
    assert {"UN", "USA", "FRA"} <= found


def test_kritik_an_names_the_target_not_the_holder(nlp):
    assert claims(nlp, "Die Kritik an Frankreich wächst.") == []


def test_sich_zeigen_with_a_stance(nlp):
    assert ("EU", "EU", "STATEMENT", "REPORTED") in [
        (c[0], c[1], c[2], c[3]) for c in claims(nlp, "Die EU zeigte sich besorgt über die Festnahmen.")]


def test_halten_nichts_von_is_a_rejection(nlp):
    assert any(c[1:3] == ("DEU", "REJECTION")
               for c in claims(nlp, "Von neuen Schulden hält Merz nichts."))


# -- actors
def test_knowledge_base_person_and_surname_before_the_full_name(tagged_nlp):
    doc = tagged_nlp("Mitterlehner kritisiert die Regierung. Vizekanzler Reinhold Mitterlehner forderte "
                     "am Montag Reformen.")
    named = [(s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"] if "Mitterlehner" in s.text]
    assert ("Mitterlehner", "Reinhold Mitterlehner", "AUT") in named


def test_io_office_holder_speaks_for_the_organisation(nlp):
    assert countries(nlp, "Jens Stoltenberg forderte höhere Verteidigungsausgaben.") == {"NATO"}


def test_party_in_brackets_places_an_unknown_person(tagged_nlp):
    found = countries(tagged_nlp, "Der Abgeordnete Hubert Wimmersberger (SPÖ) forderte eine Reform der Pensionen.")
    assert "AUT" in found


def test_party_compound_before_an_unknown_name_places_the_person(tagged_nlp):
    found = countries(tagged_nlp, "CSU-Landesgruppenchef Korbinian Huberwieser lehnte die Pläne ab.")
    assert "DEU" in found


def test_definite_description_refers_back_to_the_last_fitting_person(tagged_nlp):
    text = ("Bundesjustizminister Heiko Maas hat den Anschlag verurteilt. Die Gewalt sei erschreckend, "
            "erklärte der SPD-Politiker am Freitag.")
    assert ("Heiko Maas", "DEU") in {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims}


def test_claims_carry_actor_type_id_and_topic(nlp):
    doc = nlp("Jens Stoltenberg forderte höhere Verteidigungsausgaben der Nato-Staaten.")
    claim = doc._.claims[0]
    assert claim.actor_type == "io" and claim.actor_id
    assert claim.topic == "DEFENCE"


def test_country_word_before_a_ministry_means_another_countrys_ministry(nlp):
    found = countries(nlp, "Das belarussische Außenministerium erklärte, Polen provoziere an der Grenze.")
    assert "BLR" in found and "AUT" not in found


def test_bundeskanzler_is_the_chancellor_of_the_country_the_document_is_about(tagged_nlp):
    austrian = ("Vizekanzler Reinhold Mitterlehner und Sebastian Kurz trafen sich in Wien. "
                "Der Bundeskanzler forderte mehr Solidarität in der EU.")
    assert "AUT" in {c.actor_country for c in tagged_nlp(austrian)._.claims}
    german = ("Angela Merkel und Wolfgang Schäuble trafen sich in Berlin. "
              "Der Bundeskanzler forderte mehr Solidarität in der EU.")
    assert "AUT" not in {c.actor_country for c in tagged_nlp(german)._.claims}


def test_alleged_past_acts_do_not_continue_the_last_speaker(nlp):
    text = ("Die Lage sei unübersichtlich, sagte Angela Merkel. Einer der Täter soll sich zuletzt in Syrien "
            "aufgehalten haben.")
    assert [c.sentence_id for c in nlp(text)._.claims] == [0]
