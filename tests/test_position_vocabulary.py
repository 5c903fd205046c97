"""Position words without a verb of saying (verbs.csv, cues.csv): support-verb idioms written in
several words (`in Zweifel stellen`, `auf die Bremse treten`), verbs of a position (`sich
solidarisieren`, `liebäugeln`, `favorisieren`), position nouns with their holder (`das Nein der
Ärztekammer`, `die Schelte der EU`) and content words (`das geht zu weit`, `nicht
nachvollziehbar`). Each with a negative: the same words in another sense. All sentences invented."""

import re

import pytest

from pipeline.lexicons import Cue
from pipeline.quotes.cues import CueMatcher


def claims(nlp, text):
    return [(c.actor, c.claim_type, c.polarity) for c in nlp(text)._.claims]


@pytest.mark.parametrize("text, actor, claim_type", [
    # support-verb idioms whose noun comes with its preposition (verbs.csv `requires` with a space)
    ("Die SPÖ stellt die Zahlen der Regierung in Zweifel.", "SPÖ", "ACCUSATION"),
    ("Die SPÖ hat die Zahlen der Regierung in Zweifel gestellt.", "SPÖ", "ACCUSATION"),
    ("Außenminister Sebastian Kurz stellte jeden Zusammenhang in Abrede.", "Sebastian Kurz", "REJECTION"),
    # idioms of resisting, giving way, pressing
    ("Die ÖVP tritt bei der Steuerreform auf die Bremse.", "ÖVP", "REJECTION"),
    ("Der ÖGB ging gegen die Pensionsreform auf die Straße.", "ÖGB", "REJECTION"),
    ("Die SPÖ macht bei der Reform Abstriche.", "SPÖ", "CONCESSION"),
    ("Die SPÖ gibt im Streit um das Budget klein bei.", "SPÖ", "CONCESSION"),
    ("Die SPÖ beugt sich dem Druck der ÖVP.", "SPÖ", "CONCESSION"),
    # verbs of a position
    ("Die SPÖ torpediert die Reform.", "SPÖ", "REJECTION"),
    ("Die FPÖ ficht die Wahl an.", "FPÖ", "REJECTION"),
    ("Die ÖVP kann die Kritik nicht nachvollziehen.", "ÖVP", "REJECTION"),
    ("Die FPÖ positioniert sich gegen die Reform.", "FPÖ", "REJECTION"),
    ("Die FPÖ positioniert sich für eine Volksabstimmung.", "FPÖ", "PROPOSAL"),
    ("Die ÖVP favorisiert einen Tunnel unter der Innenstadt.", "ÖVP", "PROPOSAL"),
    ("Die SPÖ präferiert eine andere Lösung.", "SPÖ", "PROPOSAL"),
    ("Die SPÖ liebäugelt mit einer Koalition.", "SPÖ", "PROPOSAL"),
    ("Die SPÖ insistiert auf einer Reform des Wahlrechts.", "SPÖ", "DEMAND"),
    ("Der Klubobmann Heinz-Christian Strache solidarisierte sich mit den Ärzten.", "Heinz-Christian Strache",
     "AGREEMENT"),
    ("Die SPÖ schließt sich der Forderung der Grünen an.", "SPÖ", "AGREEMENT"),
    ("Die SPÖ bekrittelte die Reform.", "SPÖ", "ACCUSATION"),
    # position nouns with their holder
    ("Die Absage der SPÖ an eine Koalition mit der FPÖ gilt.", "SPÖ", "REJECTION"),
    ("Das Nein der Ärztekammer zur Reform ist endgültig.", "Ärztekammer", "REJECTION"),
    ("Die Schelte der EU an Griechenland war scharf.", "EU", "ACCUSATION"),
    ("Die Rücktrittsforderung der FPÖ an den Kanzler blieb ungehört.", "FPÖ", "DEMAND"),
    ("Ein Plädoyer der SPÖ für mehr Gerechtigkeit.", "SPÖ", "PROPOSAL"),
    # content words of a quotation
    ("Das geht entschieden zu weit, sagte Reinhold Mitterlehner.", "Reinhold Mitterlehner", "REJECTION"),
    ("Das ist nicht nachvollziehbar, sagte Reinhold Mitterlehner.", "Reinhold Mitterlehner", "ACCUSATION"),
])
def test_a_position_word_without_a_verb_of_saying_is_a_claim(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Der Minister stellte in der Sitzung seine Zweifel dar.",  # doubts set out, not `in Zweifel stellen`
    "Der Lenker trat vor der Kreuzung auf die Bremse.",  # a driver braking
    "Das Plädoyer der Verteidigerin dauerte zwei Stunden.",  # a plea in court
    "Die ÖVP beugte sich über die Akten.",  # bending over, no pressure given way to
    "Die Miliz schloss sich der Rebellengruppe an.",  # joining a group, no position
    "Die Reform lässt sich nicht nachvollziehen.",  # nobody who cannot follow it
])
def test_the_position_words_in_another_sense_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text", [
    "Nein, das war nicht der Fall, sagte Reinhold Mitterlehner.",  # an answer, no Nein of a holder
    "Das Ziel ist nicht zu weit weg, sagte Reinhold Mitterlehner.",  # a distance, nothing going too far
])
def test_an_answer_or_a_distance_is_no_refusal(tagged_nlp, text):
    assert "REJECTION" not in [c[1] for c in claims(tagged_nlp, text)]


def test_a_required_word_with_a_space_is_words_in_a_row():
    """`in Frage` needs `in` right before `Frage` (not `die Frage … in der Sitzung`); a single word
    of the same alternation (`infrage`) is still one word."""
    cue = Cue("act", re.compile("stell\\w*"), None, "ACCUSATION", -1, "", "", "",
              requires=(re.compile("(?:in Frage|infrage)", re.IGNORECASE),))
    assert CueMatcher._has_required(cue, ["stellt", "die", "Reform", "in", "Frage"])
    assert CueMatcher._has_required(cue, ["stellt", "die", "Reform", "infrage"])
    assert not CueMatcher._has_required(cue, ["stellt", "in", "der", "Sitzung", "die", "Frage"])


@pytest.mark.parametrize("text, actor, claim_type", [
    # a position noun after `mit` in the clause of a german.csv `instrument_verb`: its subject holds it
    ("Die NEOS sorgten mit der Forderung nach einer Schuldenbremse für Aufsehen.", "NEOS", "DEMAND"),
    ("Mit ihrem Vorschlag einer Citymaut hat die ÖVP für Aufregung gesorgt.", "ÖVP", "PROPOSAL"),
    ("Die SPÖ eröffnete den Parteitag mit einem Aufruf zur Geschlossenheit.", "SPÖ", "DEMAND"),
    # a relative clause on the predicate noun of a copula speaks for the copula's subject
    ("Die FPÖ ist die einzige Fraktion, die eine Volksabstimmung verlangt.", "FPÖ", "DEMAND"),
    ("Damit ist die ÖVP nun die erste Partei, die ein Bettelverbot fordert.", "ÖVP", "DEMAND"),
])
def test_a_position_held_through_a_verb_or_a_copula(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Die NEOS befassten sich im Ausschuss mit der Forderung nach einer Schuldenbremse.",
    "Die SPÖ ist eine Partei, die viele junge Mitglieder hat.",
])
def test_a_noun_after_mit_or_a_copula_needs_the_construction(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, claim_type, polarity", [
    # blame words in reported words (cues.csv content): an ACCUSATION; after a negator a REJECTION
    ("Wien – Die Regierung wolle die Länder erpressen, sagte der FPÖ-Chef Heinz-Christian Strache.", "ACCUSATION", -1),
    ("Wien – Das Ministerium habe den Skandal jahrelang vertuscht, sagte der FPÖ-Chef Heinz-Christian Strache.",
     "ACCUSATION", -1),
    ("Wien – Die Regierung habe alle Warnungen der Ärzte ignoriert, sagte der FPÖ-Chef Heinz-Christian Strache.",
     "ACCUSATION", -1),
    ("Wien – Wir lassen uns von der ÖVP nicht erpressen, sagte der FPÖ-Chef Heinz-Christian Strache.", "REJECTION", -1),
    # a report or charge denied: a REJECTION
    ("Wien – Seine Worte seien aus dem Zusammenhang gerissen worden, sagte der FPÖ-Chef Heinz-Christian Strache.",
     "REJECTION", -1),
    ("Wien – Das sei eine bösartige Unterstellung, sagte der FPÖ-Chef Heinz-Christian Strache.", "REJECTION", -1),
    # a condition the other side must meet: `ohne X wird es kein Y geben`
    ("Wien – Ohne eine Steuerreform werde es keine Koalition geben, sagte der FPÖ-Chef Heinz-Christian Strache.",
     "DEMAND", 1),
])
def test_blame_denial_and_condition_words_in_reported_words(tagged_nlp, text, claim_type, polarity):
    assert [c[1:] for c in claims(tagged_nlp, text)] == [(claim_type, polarity)]


@pytest.mark.parametrize("text", [
    # `enttäuscht` is no deceit, `nicht ignorieren` blames nobody, `ohne` without a refusal after it sets no condition
    "Wien – Der FPÖ-Chef Heinz-Christian Strache zeigte sich von der Wahl enttäuscht.",
    "Wien – Man könne diese Zahlen nicht ignorieren, sagte der FPÖ-Chef Heinz-Christian Strache.",
    "Wien – Ohne Zweifel werde es eine lange Debatte geben, sagte der FPÖ-Chef Heinz-Christian Strache.",
])
def test_blame_and_condition_words_need_their_sense(tagged_nlp, text):
    assert all(c[1] not in ("ACCUSATION", "REJECTION", "DEMAND") for c in claims(tagged_nlp, text))


@pytest.mark.parametrize("text, claim_type", [
    # nouns of deceit and of sowing discord, leaving someone in the lurch: an ACCUSATION; denied: a REJECTION
    ("Wien – Die Reform sei eine reine Mogelpackung, sagte der FPÖ-Chef Heinz-Christian Strache.", "ACCUSATION"),
    ("Wien – Das Paket sei nur eine Nebelgranate der Regierung, sagte der FPÖ-Chef Heinz-Christian Strache.",
     "ACCUSATION"),
    ("Wien – Die Kammer wolle nur Zwietracht säen, sagte der FPÖ-Chef Heinz-Christian Strache.", "ACCUSATION"),
    ("Wien – Die Regierung lasse die Bauern im Stich, sagte der FPÖ-Chef Heinz-Christian Strache.", "ACCUSATION"),
    ("Wien – Die Reform sei keine Mogelpackung, sagte der Finanzminister.", "REJECTION"),
])
def test_deceit_and_desertion_words_blame(tagged_nlp, text, claim_type):
    assert [c[1:] for c in claims(tagged_nlp, text)] == [(claim_type, -1)]


def test_a_promise_not_to_desert_blames_nobody(tagged_nlp):
    # `nicht im Stich lassen` promises help
    text = "Wien – Wir werden die Bauern nicht im Stich lassen, sagte der Landwirtschaftsminister."
    assert all(c[1] != "ACCUSATION" for c in claims(tagged_nlp, text))


@pytest.mark.parametrize("text, claim_type, polarity", [
    # support-verb idioms in the perfect: verbs.csv gives every form, the participle too
    ("Berlin – Der SPD-Chef Karl Wendel hat Notkredite für die Gemeinden ins Spiel gebracht.", "PROPOSAL", 1),
    ("Wien – Der FPÖ-Chef Karl Wendel hat die Zahlen des Ministeriums in Zweifel gezogen.", "ACCUSATION", -1),
    # `sich bereit erklären` is an offer, not a mere statement; refused, a rejection
    ("Wien – Der FPÖ-Chef Karl Wendel erklärte sich bereit, mit der ÖVP zu verhandeln.", "PROPOSAL", 1),
    ("Wien – Der FPÖ-Chef Karl Wendel erklärte sich nicht bereit, mit der ÖVP zu verhandeln.", "REJECTION", -1),
    # `verstehen lassen`, `durchblicken lassen`: words that give a position to understand
    ("Wien – In der Praxis sei das anders, wie der FPÖ-Chef Karl Wendel verstehen ließ.", "STATEMENT", 1),
    ("Wien – Der FPÖ-Chef Karl Wendel ließ durchblicken, dass die Partei eine Koalition anstrebe.", "STATEMENT", 1),
])
def test_idioms_in_the_perfect_and_offers_of_readiness(tagged_nlp, text, claim_type, polarity):
    assert [c[1:] for c in claims(tagged_nlp, text)] == [(claim_type, polarity)]


@pytest.mark.parametrize("text", [
    # the same verbs in another sense: a ball in play, a rope pulled, a door left, a statement of fact
    "Wien – Der Spieler hat den Ball wieder ins Feld gebracht.",
    "Wien – Der Bauer hat den Karren aus dem Graben gezogen.",
    "Wien – Der Hausmeister ließ die Tür offen.",
])
def test_the_idioms_verbs_in_another_sense_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []



@pytest.mark.parametrize("text, claim_type, polarity", [
    # `möchte` with a plan of policy, like `will` (cues.csv): an offer; `möchte … nicht`: a refusal
    ("Wien – Die Innenministerin Klara Wendel möchte das Polizeigesetz verschärfen.", "PROPOSAL", 1),
    ("Wien – Die Innenministerin Klara Wendel möchte das Polizeigesetz nicht verschärfen.", "REJECTION", -1),
])
def test_moechte_with_a_plan_of_policy_is_a_claim(tagged_nlp, text, claim_type, polarity):
    assert [c[1:] for c in claims(tagged_nlp, text)] == [(claim_type, polarity)]
    # a wish that is no plan of policy is none
    assert claims(tagged_nlp, "Wien – Die Innenministerin Klara Wendel möchte am Abend nach Hause fahren.") == []



@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # `will` / `wollen` as a full verb with a noun it wants (cues.csv): a plan of policy; `will keine`: a refusal
    ("Wien – Die SPÖ will mehr Busse für das Land.", "SPÖ", "PROPOSAL", 1),
    ("Wien – Vizekanzler Reinhold Mitterlehner will eine Deregulierung der Gewerbeordnung.",
     "Reinhold Mitterlehner", "PROPOSAL", 1),
    ("Wien – Die ÖVP will keine neuen Steuern.", "ÖVP", "REJECTION", -1),
])
def test_wollen_with_a_noun_it_wants_is_a_claim(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    "Wien – Das ist genau das, was die SPÖ will.",  # no noun wanted
    "Wien – Die SPÖ will am Abend nach Hause fahren.",  # an infinitive that is no plan of policy
    "Wien – Mitmischen will die SPÖ bei der Wahl.",  # the infinitive before the modal
    "Wien – Wer eine Reform will, braucht Geduld.",  # a want in a subordinate clause, nobody's position
    # a subheading in the text's body (a line that ends in a word): the author's summary
    "Wien – Der Wahlkampf hat begonnen.\nDie Sozialdemokraten wollen eine neue Ordnung\nDer Winter war kalt.",
])
def test_wollen_without_a_noun_it_wants_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # `will keine X, sondern Y`, `akzeptiert keine X, sondern Y`: the negation sets off what the act is for
    ("Wien – Die ÖVP will keine Steuererhöhung, sondern eine Senkung der Ausgaben.", "ÖVP", "PROPOSAL", 1),
    ("Wien – Die SPÖ akzeptiert keine Obergrenze, sondern nur einen Richtwert.", "SPÖ", "CONCESSION", 1),
])
def test_a_negation_set_off_by_sondern_turns_no_act_around(tagged_nlp, text, actor, claim_type, polarity):
    assert claims(tagged_nlp, text) == [(actor, claim_type, polarity)]


@pytest.mark.parametrize("text", [
    "Wien – Die ÖVP will keine Steuererhöhung.",  # no `sondern`: a refusal
    "Wien – Die ÖVP will keine Steuererhöhung, sondern lehnt jede Änderung ab.",  # `sondern` opens a clause
    "Wien – Die SPÖ stimmte nicht zu, sondern enthielt sich.",  # the negator before the cue's particle
])
def test_a_negation_not_set_off_by_a_sondern_phrase_stays_a_refusal(tagged_nlp, text):
    assert [c[1:] for c in claims(tagged_nlp, text)][:1] == [("REJECTION", -1)]


def test_a_want_is_no_speech_that_goes_on(tagged_nlp):
    """`will einen Gipfel` is what the holder wants, no speech: a plan told on after it with `sollen` is
    the author's, no words of the holder."""
    doc = tagged_nlp("Washington – US-Präsident Barack Obama will einen Gipfel zur Abrüstung. "
                     "Dabei sollen auch Maßnahmen gegen den Schmuggel erörtert werden.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("REPORTED", "will")]


def test_gehoeren_with_a_participle_is_a_demand(tagged_nlp):
    # `Das gehört verboten`, `Dem gehört ein Riegel vorgeschoben` (cues.csv): gehören + participle sets a norm
    for text in ("Diese Praxis gehört endlich verboten, sagte Landeshauptmann Hans Niessl.",
                 "Den Spekulanten gehört ein Riegel vorgeschoben, sagte Landeshauptmann Hans Niessl.",
                 "Die Zuständigkeiten gehören entflochten, sagte Landeshauptmann Hans Niessl."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["DEMAND"], text
    # negatives: belonging (`gehört zu`, `gehört dem Land`) sets no norm
    for text in ("Die Wiese gehört zu den schönsten im Burgenland, sagte Landeshauptmann Hans Niessl.",
                 "Die Wiese gehört dem Land und wird verpachtet, sagte Landeshauptmann Hans Niessl."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text


def test_judgement_words_indiskutabel_widerwaertig_gefaehrliche_drohung(tagged_nlp):
    # `indiskutabel` as `inakzeptabel` (a refusal), `widerwärtig` as `widerlich` (a reproach), a plan called
    # `eine gefährliche Drohung` (Austrian: a plan refused)
    for text, expected in (("Solche Übergriffe seien indiskutabel, sagte Landeshauptmann Hans Niessl.", ("REJECTION", -1)),
                           ("Diese Kampagne ist widerwärtig, sagte Landeshauptmann Hans Niessl.", ("ACCUSATION", -1)),
                           ("Die Schulreform ist eine gefährliche Drohung, sagte Landeshauptmann Hans Niessl.",
                            ("REJECTION", -1))):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [expected], text
    # negative: a plain description stays a statement
    text = "Die Schulreform ist eine große Aufgabe, sagte Landeshauptmann Hans Niessl."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("STATEMENT", 1)], text


def test_a_denial_negated_is_a_concession(tagged_nlp):
    # `bestreitet nicht`, `wollte nicht dementieren` (verbs.csv negated_type): what is not denied is conceded
    for text in ("Landeshauptmann Hans Niessl bestreitet die Fehler bei der Schulreform nicht.",
                 "Landeshauptmann Hans Niessl wollte die Pläne für eine Schulreform nicht dementieren."):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("CONCESSION", 1)], text
    # negative: the denial itself is a rejection
    text = "Landeshauptmann Hans Niessl bestreitet die Fehler bei der Schulreform."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("REJECTION", -1)], text


def test_plans_denied_are_a_rejection(tagged_nlp):
    # `Es gibt keine Pläne, …`, `Solche Pläne gibt es nicht` (cues.csv): a report denied, as `dementieren`
    for text in ("Es gibt keine Pläne, die Schule in Eisenstadt zu schließen, sagte Landeshauptmann Hans Niessl.",
                 "Es gibt keinen Plan, die Schule in Eisenstadt zu schließen, sagte Landeshauptmann Hans Niessl.",
                 "Solche Pläne gibt es nicht, sagte Landeshauptmann Hans Niessl."):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("REJECTION", -1)], text
    # negative: no plan for a problem is a reproach or a plain statement, no denial
    text = "Es gibt keinen Plan für die Schulen, sagte Landeshauptmann Hans Niessl."
    assert "REJECTION" not in [c.claim_type for c in tagged_nlp(text)._.claims], text


def test_taking_no_part_in_own_words_rejects_the_blame(tagged_nlp):
    # `Wir haben uns daran nicht beteiligt` (cues.csv, as `wir haben nichts verheimlicht`)
    text = "Wir haben uns an diesem Streit nicht beteiligt, sagte Landeshauptmann Hans Niessl."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("REJECTION", -1)], text
    # negative: taking part is no rejection
    text = "Wir haben uns an diesem Streit beteiligt, sagte Landeshauptmann Hans Niessl."
    assert "REJECTION" not in [c.claim_type for c in tagged_nlp(text)._.claims], text


def test_no_interest_in_own_words_is_a_rejection_and_not_leaving_in_the_lurch_a_pledge(tagged_nlp):
    # `Wir haben kein Interesse daran, …` (cues.csv): the speaker refuses the option
    text = "Wir haben kein Interesse daran, die Schule in Eisenstadt zu schließen, sagte Landeshauptmann Hans Niessl."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("REJECTION", -1)], text
    # `Wir werden die Gemeinden nicht im Stich lassen`: support pledged, for (+1), not a negated statement
    text = "Wir werden die Gemeinden nicht im Stich lassen, sagte Landeshauptmann Hans Niessl."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("AGREEMENT", 1)], text
    # negative: others' lack of interest is no refusal of the speaker's
    text = "Viele Bürger hätten kein Interesse an der Schulreform, sagte Landeshauptmann Hans Niessl."
    assert "REJECTION" not in [c.claim_type for c in tagged_nlp(text)._.claims], text


def test_no_approval_signalled_is_a_refusal(tagged_nlp):
    # `signalisierte keine Zustimmung`, `äußerte keinerlei Unterstützung` (cues.csv): the negator that keeps the
    # AGREEMENT row out makes a REJECTION, not the PROPOSAL of a bare `signalisieren`
    for text in ("Landeshauptmann Hans Niessl signalisierte keine Zustimmung zur Schulreform.",
                 "Landeshauptmann Hans Niessl äußerte keinerlei Unterstützung für die Schulreform."):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("REJECTION", -1)], text
    # negative: approval signalled stays an agreement, readiness a proposal
    text = "Landeshauptmann Hans Niessl signalisierte Zustimmung zur Schulreform."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("AGREEMENT", 1)], text
    text = "Landeshauptmann Hans Niessl signalisierte Gesprächsbereitschaft."
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("PROPOSAL", 1)], text


def test_with_us_there_will_be_no_x_is_a_refusal(tagged_nlp):
    # `Mit uns wird es keine neuen Steuern geben` (cues.csv): the speaker's side refuses the option
    for text in ("Mit uns wird es keine neuen Steuern geben, sagte Landeshauptmann Hans Niessl.",
                 "Landeshauptmann Hans Niessl sagte, mit ihm werde es keine Schulreform geben."):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("REJECTION", -1)], text
    # negative: no problems with us refuses nothing
    text = "Mit uns gibt es keine Probleme, sagte Landeshauptmann Hans Niessl."
    assert "REJECTION" not in [c.claim_type for c in tagged_nlp(text)._.claims], text


def test_required_words_are_read_once_without_the_whitespace_tokens():
    """`_without_spaces` gives a clause's words without a scraped text's whitespace tokens and their fold, read
    once for all the cues of a verb; `_has_required` with that fold finds `in  Frage` (a run of spaces) as
    `in Frage`, as it does when it reads the words itself; no required word is found in no words."""
    from pipeline.quotes.cues import _without_spaces
    cue = Cue("act", re.compile("stell\\w*"), None, "REJECTION", -1, "", "", "",
              requires=(re.compile("(?:in Frage|infrage)", re.IGNORECASE),))
    words, folded = _without_spaces(["stellte", "die", "Reform", "in", " ", "Frage"])
    assert list(words) == ["stellte", "die", "Reform", "in", "Frage"] and folded == "stellte die reform in frage"
    assert CueMatcher._has_required(cue, words, folded)
    assert CueMatcher._has_required(cue, ["stellte", "die", "Reform", "in", " ", "Frage"])
    # negative: the words apart, or none at all
    assert not CueMatcher._has_required(cue, *_without_spaces(["stellte", "in", " ", "der", "Sitzung", "die", "Frage"]))
    assert not CueMatcher._has_required(cue, *_without_spaces([]))


def test_only_past_indicative_is_remembered_per_word():
    """`only_past_indicative` answers alike for a word however often asked (remembered: the follow-on asks it
    of every word in `-e` of a sentence), also after an inseparable prefix; a weak past is none."""
    from pipeline.bundle import load_bundle
    from pipeline.lexicons import only_past_indicative
    only_past = only_past_indicative(load_bundle().lexicons)
    assert [only_past(word) for word in ("war", "war", "bekamen", "Kam")] == [True, True, True, True]
    assert not only_past("verdienten") and not only_past("verdienten")
    assert only_past.cache_info().hits >= 2


@pytest.mark.parametrize("text, actor, claim_type", [
    ("Die FPÖ will mit allen Mitteln gegen die Schulreform ankämpfen.", "FPÖ", "REJECTION"),
    ("Die EU-Kommission präsentiert am Mittwoch neue Vorschläge für das Asylrecht.", "EU-Kommission", "PROPOSAL"),
    ("Die SPÖ stellte am Montag ihr Konzept für eine Vermögenssteuer vor.", "SPÖ", "PROPOSAL"),
    ("Die FPÖ hat beim Verfassungsgerichtshof Klage gegen die Regierung eingereicht.", "FPÖ", "ACCUSATION"),
    ("Der Presserat hat die Gratiszeitung wegen des Fotos abgemahnt.", "Presserat", "ACCUSATION"),
    ("Bundeskanzler Werner Faymann rühmte die Einigung als historischen Schritt.", "Werner Faymann", "AGREEMENT"),
])
def test_a_position_verb_with_its_noun_is_a_claim(tagged_nlp, text, actor, claim_type):
    """verbs.csv: ankämpfen gegen, einen Vorschlag präsentieren / vorstellen, Klage einreichen."""
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Die Feuerwehr musste stundenlang gegen die Flammen ankämpfen.",  # no position, a fire fought
    "Der Konzern präsentiert sein neues Smartphone.",  # a product, no proposal
    "Die SPÖ stellte am Montag ihre neue Kandidatin vor.",  # a person, no proposal
    "Die Partei hat die Unterschriften fristgerecht eingereicht.",  # documents, no legal challenge
    "Der Konzern rühmt sich seiner neuen Fabrik.",  # boasting, no praise of another
])
def test_the_position_verbs_without_their_noun_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_a_court_named_after_its_seat_gives_no_claim_of_that_city(tagged_nlp):
    """`beim Landgericht Berlin Klage eingereicht`: Berlin is the court's seat, not the claimant."""
    assert "DEU" not in [c.actor_country for c in
                         tagged_nlp("Die Sängerin hat beim Landgericht Berlin Klage eingereicht.")._.claims]
