"""Which words are the cue, the speaker and the reported content: the spans that the quotation
evaluation scores (quotes-de annotates them the same way), on real German news sentences."""

import pytest

from pipeline.evaluate import _joined, predicted_quotes


def quotes(nlp, text):
    doc = nlp(text)
    return doc, doc._.quotes


def words(text, spans):
    return [text[start:end] for start, end in spans]


def test_nach_angaben_source_is_cue_nach_and_speaker_angaben_phrase(nlp):
    text = "Dabei kam es nach Angaben der Polizei zu kleineren Rangeleien."
    doc, found = quotes(nlp, text)
    (q,) = found
    assert (q.type, q.rule, q.cue, q.speaker.text) == ("INDIRECT", "indirect:source", "nach", "Angaben der Polizei")
    assert words(text, q.content_char_spans(text)) == ["Dabei kam es", "zu kleineren Rangeleien"]


def test_compound_source_noun_names_the_actor(nlp):
    (q,) = quotes(nlp, "Nach Kreml-Angaben ist das nächste Treffen für Mai geplant.")[1]
    assert (q.speaker.text, q.speaker.actor) == ("Kreml-Angaben", "Kreml")


def test_postposed_source_noun_resolves_the_possessive(nlp):
    text = ("Sergej Lawrow reiste am Montag nach Riad. Seiner Meinung nach sind die Gespräche "
            "ein guter Anfang.")
    found = [q for q in quotes(nlp, text)[1] if q.rule == "indirect:source"]
    assert [(q.cue, q.speaker.text, q.speaker.actor) for q in found] == [("nach", "Seiner Meinung", "Sergej Lawrow")]


def test_zufolge_phrase_stops_at_the_previous_noun_phrase(nlp):
    (q,) = quotes(nlp, "Es handele sich ersten Angaben zufolge um vier Angreifer.")[1]
    assert (q.cue, q.speaker.text) == ("zufolge", "ersten Angaben")


def test_zufolge_phrase_may_end_in_a_quoted_or_lower_case_name(tagged_nlp):
    # a name in quotation marks, or one written in lower case, ends the source's phrase
    for text, speaker in (
            ("Einem Bericht der Wochenzeitung „Falter“ zufolge will die Regierung die Steuern senken.",
             "Einem Bericht der Wochenzeitung „Falter“"),
            ("Die Stimmung im Lager sei dem „Standard“ zufolge angespannt.", "dem „Standard“"),
            ("Dem Sender al-Arabija zufolge wird das Schiff in den Hafen von Aschdod gebracht.",
             "Dem Sender al-Arabija"),
            ("Der Website fussballdaten.de zufolge ist der Schiedsrichter für viele Karten bekannt.",
             "Der Website fussballdaten.de")):
        found = [q for q in quotes(tagged_nlp, text)[1] if q.cue == "zufolge"]
        assert [q.speaker.text for q in found] == [speaker]
    # quoted words before `zufolge` name no source
    found = quotes(tagged_nlp, "Der Plan sei „völlig unrealistisch“ zufolge.")[1]
    assert all(q.cue != "zufolge" for q in found)


def test_a_report_with_wonach_speaks_also_inside_another_events_words(tagged_nlp):
    # `dementierte Berichte, wonach …`: the reports say the clause after `wonach`, beside the verb's event
    for text, speaker in (
            ("Das Ministerium dementierte am Montag Medienberichte, wonach die Grenze geschlossen werde.",
             "Medienberichte"),
            ("Der Ökonom hält die Studie des Instituts, wonach sich die Reform rechne, für fragwürdig.",
             "die Studie des Instituts"),
            ("Der Experte Karl Berger zitierte Schätzungen von Marktforschern, wonach die Zahl der Drucker steigt.",
             "Schätzungen von Marktforschern")):
        found = [q for q in quotes(tagged_nlp, text)[1] if q.cue == "wonach"]
        assert [q.speaker.text for q in found] == [speaker]
    # the one whose words hold the report goes on speaking; a rule says nothing
    text = ("Der Experte Karl Berger zitierte Schätzungen von Marktforschern, wonach die Zahl der Drucker steigt. "
            "Wegen der niedrigen Preise nehme die private Nutzung deutlich zu.")
    assert quotes(tagged_nlp, text)[1][-1].speaker.text == "Der Experte Karl Berger"
    found = quotes(tagged_nlp, "Die Regierung hat eine Regel beschlossen, wonach Kontoinhaber zahlen müssen.")[1]
    assert all(q.cue != "wonach" for q in found)


def test_nach_without_a_noun_of_saying_is_no_source(nlp):
    assert quotes(nlp, "Nach dem Treffen reiste Rubio nach Riad.")[1] == []
    assert all(q.rule != "indirect:source" for q in quotes(nlp, "Nach der Flughafenaufsicht wurde gesucht.")[1])


def test_separable_cue_is_two_words_not_the_words_between(nlp):
    text = "Der Konzern teilte am Montag in Berlin mit, dass das Werk geschlossen werde."
    doc, found = quotes(nlp, text)
    (q,) = found
    assert words(text, q.cue_char_spans()) == ["teilte", "mit"]
    assert words(text, q.content_char_spans(text)) == ["dass das Werk geschlossen werde"]


def test_capitalised_noun_is_never_a_verb_cue(nlp):
    assert quotes(nlp, "Putins Antworten werden niemanden überraschen.")[1] == []


def test_a_separated_particle_marks_a_main_clause_after_als_and_a_noun(tagged_nlp):
    # `Als Grund gab X an, …`: the verb second, its particle after it: a main clause whose verb reports
    for text, cue, speaker in (
            ("Als Grund für die Kündigung gab die Schule an, der Verein habe die Miete nicht bezahlt.",
             "gab … an", "die Schule"),
            ("Als Begründung teilte das Ministerium mit, die Zahl der Anträge sei gesunken.",
             "teilte … mit", "das Ministerium")):
        found = quotes(tagged_nlp, text)[1]
        assert [(q.type, q.cue, q.speaker.text) for q in found] == [("INDIRECT", cue, speaker)]
    # a clause that `als` opens, its verb last, reports nothing after its comma; nor is `es` a particle
    found = quotes(tagged_nlp, "Als das Ministerium den Plan mitteilte, reagierte die Opposition empört.")[1]
    assert all(q.type != "INDIRECT" for q in found)
    found = quotes(tagged_nlp, "Als Begründung dafür heißt es, die Gesetze seien völlig ausreichend.")[1]
    assert all(q.speaker is None or q.speaker.text != "Begründung" for q in found)


def test_a_predicate_after_als_leaves_the_subject_to_the_phrase_after_the_verb(tagged_nlp):
    # `Als Ursache gab X an, …`: the noun after `als` is a predicate, the subject follows the verb
    for text, speaker in (
            ("Als Ursache gab der Betreiber an, eine defekte Pumpe sei ausgefallen.", "der Betreiber"),
            ("Als Grund gab die Polizei an, der Fahrer sei viel zu schnell gefahren.", "die Polizei")):
        (q,) = quotes(tagged_nlp, text)[1]
        assert (q.type, q.speaker.text) == ("INDIRECT", speaker)
    # a verb that says nothing finds no subject there: `die Abwehr` is no speaker of the quotation
    found = quotes(tagged_nlp, "Als weiterer Grund gilt die Abwehr von Angriffen auf „die Grundlagen des Staates“.")[1]
    assert all(q.speaker is None for q in found)


def test_auxiliary_belongs_to_the_cue(tagged_nlp):
    text = "Glos hatte gesagt, die Koalitionsfraktionen müssten in alle Entscheidungen einbezogen werden."
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.type == "INDIRECT"
    assert words(text, q.cue_char_spans()) == ["hatte gesagt"]


def test_the_auxiliary_before_the_speakers_apposition_belongs_to_the_cue(tagged_nlp):
    # `hatte der Investor, Max Muster, zugesagt`: the apposition's commas split the clause from its auxiliary
    text = "Zuvor hatte der Investor, Max Muster, zugesagt, die Arbeitsplätze zu erhalten."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hatte", "zugesagt"]
    # negative: a clause with a full verb of its own before the apposition lends no auxiliary
    text = "Zuvor warnte der Investor, sein Anwalt, Max Muster, habe zugesagt, die Arbeitsplätze zu erhalten."
    assert all("warnte" not in words(text, q.cue_char_spans()) or q.cue == "warnte"
               for q in quotes(tagged_nlp, text)[1])


def test_indicative_clause_after_a_verb_of_saying_is_indirect_speech(tagged_nlp):
    (q,) = quotes(tagged_nlp, "Stoiber sagte, die Union braucht einen Partner für die Regierung.")[1]
    assert (q.type, q.speaker.text) == ("INDIRECT", "Stoiber")


@pytest.mark.parametrize("text, speaker", [
    ("Ein Sprecher der Polizei, Lars Beringer, sagte, der Mann sei am Abend gefasst worden.",
     "Ein Sprecher der Polizei, Lars Beringer"),
    ("„Für uns besteht kein Zweifel“, sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren.",
     "Hugo Salcedo, Kopf einer Gruppe von Inspektoren"),  # chained attributes
])
def test_speaker_phrase_takes_attributes_and_apposition(tagged_nlp, text, speaker):
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.speaker.text == speaker


def test_subordinate_cue_clause_does_not_report_the_main_clause(tagged_nlp):
    text = "Während Moskau von einem Schlag gegen Ausbilder spricht, wirft Kiew Russland Terror vor."
    found = quotes(tagged_nlp, text)[1]
    assert all(q.cue != "von … spricht" or q.type == "REPORTED" for q in found)
    assert ("Ukrainische Regierung", "REPORTED") in [(q.speaker.actor, q.type) for q in found]


def test_relative_clause_after_the_object_is_not_reported_content(tagged_nlp):
    text = "Die Sprecherin Mao Ning bezeichnete Lai als Separatisten, der den Frieden gefährde."
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.type == "REPORTED"


def test_unlisted_verb_frames_a_direct_quote(tagged_nlp):
    (q,) = quotes(tagged_nlp, "„Wir geben nicht auf!“, rief Selenskyj.")[1]
    assert (q.type, q.cue, q.speaker.actor, q.rule) == ("DIRECT", "rief", "Wolodymyr Selenskyj", "direct:verb")


def test_quotes_de_projection_reported_has_no_cue_and_follow_on_sentences_join(tagged_nlp):
    text = ("Moskau fordert die Anerkennung der besetzten Gebiete. Peskow sagte, die Gespräche seien gut "
            "verlaufen. Man habe Fortschritte erzielt. Ein Treffen sei im Mai möglich.")
    doc = tagged_nlp(text)
    projected = predicted_quotes(doc)
    reported = [p for p in projected if p["type"] == "REPORTED"]
    assert reported and all(p["cue"] == [] for p in reported)
    assert words(text, reported[0]["quote"]) == ["Moskau fordert die Anerkennung der besetzten Gebiete."]
    follow = [p for p in projected if p["rule"] == "indirect:follow-on"]
    # one passage, the space between the sentences included
    assert len(follow) == 1 and words(text, follow[0]["quote"]) == [
        "Man habe Fortschritte erzielt. Ein Treffen sei im Mai möglich."]
    # parts with words between them (a cut-out frame) stay apart
    framed = "Man habe Fortschritte erzielt, so Peskow. Ein Treffen sei möglich."
    second = (framed.index("Ein"), len(framed))
    assert _joined(framed, [(0, framed.index(",")), second]) == [(0, framed.index(",")), second]
    assert _joined(framed, [(0, framed.index(" Ein")), second]) == [(0, len(framed))]


def test_laut_takes_an_unknown_source_phrase(nlp):
    (q,) = quotes(nlp, "Laut einem Bericht der Zeitung Kommersant sei ein Treffen im Mai geplant.")[1]
    assert (q.cue, q.speaker.text) == ("Laut", "einem Bericht der Zeitung Kommersant")


def test_nach_with_a_genitive_name_before_the_source_noun(nlp):
    (q,) = quotes(nlp, "Nach Grupps Meinung werden im Größenwahn Entscheidungen getroffen.")[1]
    assert (q.cue, q.speaker.text) == ("Nach", "Grupps Meinung")


def test_dative_phrase_is_not_the_speaker(tagged_nlp):
    text = "Nach dem Urteil sagte dem Sender ein Sprecher des Gerichts, die Frist sei abgelaufen."
    found = quotes(tagged_nlp, text)[1]
    assert [q.speaker.text for q in found if q.cue == "sagte"] == ["ein Sprecher des Gerichts"]


@pytest.mark.parametrize("text, speaker", [
    ("Die Gespräche seien gescheitert, sagte Finanzminister Yanis Varoufakis der spanischen Zeitung El Mundo.",
     "Finanzminister Yanis Varoufakis"),
    ("Die Lage an der Grenze sei ernst, sagte ein Heeressprecher der APA.", "ein Heeressprecher"),
    ("Man habe keine Wahl gehabt, sagte Weinzierl der Passauer Neuen Presse.", "Weinzierl"),
    ("Das Angebot sei zu niedrig, sagte Musiker Heino (77) der Bild-Zeitung.", "Musiker Heino (77)"),
])
def test_a_medium_in_the_dative_after_the_speaker_is_not_part_of_it(tagged_nlp, text, speaker):
    """`sagte X der Zeitung`: the medium after a person is the verb's dative object, no genitive."""
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.speaker.text == speaker
    assert q.speaker.actor != "El Mundo"


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage sei ernst, sagte eine Reporterin der Nachrichtenagentur AFP.", "eine Reporterin der Nachrichtenagentur AFP"),
    ("Die Lage sei ernst, sagte der Chefredakteur der Zeitung Cumhuriyet.", "der Chefredakteur der Zeitung Cumhuriyet"),
    ("Der Sprecher der Zeitung sagte, man prüfe rechtliche Schritte.", "Der Sprecher der Zeitung"),
    ("Die Lage sei ernst, hieß es in einem Artikel der Zeitung.", "einem Artikel der Zeitung"),
])
def test_a_medium_the_speaker_works_for_stays_part_of_it(tagged_nlp, text, speaker):
    """Its reporter, its editor, its spokesman before the verb, a text of it: genitives of the medium."""
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Zwölf Kämpfer seien festgenommen worden, sagte ein malischer Offizier am Dienstag der Nachrichtenagentur AFP.",
     "ein malischer Offizier"),
    ("Seine Frau bestätigte der Nachrichtenagentur AFP, der Politiker sei aus dem Gefängnis entlassen worden.",
     "Seine Frau"),
    ("Die Lage sei ernst, sagte ein Offizier dem Fernsehsender CNN.", "ein Offizier"),
    ("Zwei Menschen seien verletzt worden, sagte ein Sprecher der Rettungsdienste in Gaza der Agentur AFP.",
     "ein Sprecher der Rettungsdienste in Gaza"),  # a known medium's noun that no list names
    ("Eine Sprecherin des Unternehmens sagte der Deutschen Presse-Agentur am Freitagabend, die Preise würden steigen.",
     "Eine Sprecherin des Unternehmens"),
    # a bare medium's name right after the verb, with the subject in the field before it: told, not speaking
    ("Die Sprecherin des Ministeriums, Anna Berger, sagte Reuters, das Gebiet sei gesperrt gewesen.",
     "Die Sprecherin des Ministeriums, Anna Berger"),
    # the medium in the nominative speaks
    ("Das Gebiet sei gesperrt gewesen, sagte Reuters am Montag.", "Reuters"),
    ("Die Verhandlungen seien gescheitert, berichtete der Guardian am Montag.", "der Guardian"),
    ("Die Kirche sei geschlossen worden, wie der Sender Radio Free Asia am Samstag berichtete.",
     "der Sender Radio Free Asia"),
    ("Die Verhandlungen seien gescheitert, meldete die Nachrichtenagentur AFP.", "die Nachrichtenagentur AFP"),
    ("Die Verhandlungen seien gescheitert, meldete die Agentur AFP.", "die Agentur AFP"),
])
def test_a_medium_in_the_dative_is_not_the_speaker(tagged_nlp, text, speaker):
    """`sagte ein Offizier der Nachrichtenagentur AFP`: the medium is told, the officer speaks."""
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Die Reform sei gescheitert, sagte Berlins früherer Regierender Bürgermeister Eberhard Diepgen (CDU).",
     "Berlins früherer Regierender Bürgermeister Eberhard Diepgen (CDU)"),
    ("Wir müssen sie ab der ersten Minute unter Druck setzen, betonte Brasiliens Teamkicker.", "Brasiliens Teamkicker"),
    # a name's own `s`, and a name with nothing after it, stay as they were
    ("Die Reform sei gescheitert, sagte Kammerpräsident Hermann Schultes.", "Kammerpräsident Hermann Schultes"),
    ("Die Reform sei gescheitert, sagte Merkel am Montag.", "Merkel"),
])
def test_a_genitive_name_opens_the_phrase_of_the_one_who_speaks(tagged_nlp, text, speaker):
    """`Brasiliens Teamkicker`: the player speaks; the country's genitive opens his phrase."""
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.speaker.text == speaker


def test_a_persons_genitive_before_a_noun_and_a_full_name_is_that_names_attribute(tagged_nlp):
    """`Faymanns Vorgänger Alfred Gusenbauer`: the predecessor speaks, not the one in the genitive; with
    no name after the noun (`Faymanns Sprecher`) the genitive's person stays the actor."""
    text = ("Bundeskanzler Werner Faymann (SPÖ) lehnt neue Steuern ab. Faymanns Vorgänger Alfred Gusenbauer "
            "hatte hingegen eine Vermögenssteuer gefordert. Faymanns Sprecher wies die Kritik am Montag zurück.")
    speakers = {q.sentence: q.speaker for q in quotes(tagged_nlp, text)[1]}
    assert (speakers[1].text, speakers[1].actor) == ("Faymanns Vorgänger Alfred Gusenbauer", "Alfred Gusenbauer")
    assert speakers[2].actor == "Werner Faymann"


def test_infinitive_zu_is_not_a_separable_particle(nlp):
    text = "Der Konzern gab an, den Mitarbeiter nicht mehr einsetzen zu wollen."
    (q,) = quotes(nlp, text)[1]
    assert (q.type, words(text, q.cue_char_spans())) == ("INDIRECT", ["gab an"])


def test_cue_words_take_pronominal_adverbs_and_reflexives(nlp):
    text = "Die Gewerkschaft warnte davor, die Löhne zu kürzen."
    (q,) = quotes(nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["warnte davor"]
    text = "„Wir sind bereit“, äußerte sich Rubio am Abend."
    (q,) = quotes(nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["äußerte sich"]


def test_demnach_opening_a_sentence_is_its_own_source(nlp):
    text = "Demnach hat sich die regierende Koalition durchgesetzt."
    (q,) = quotes(nlp, text)[1]
    assert (q.type, q.cue, q.speaker.text) == ("INDIRECT", "Demnach", "Demnach")
    assert quotes(nlp, "Danach reisten alle ab.")[1] == []


def test_demnach_after_speech_names_the_source_of_the_sentence_before(tagged_nlp):
    # the source before is the actor; the adverb standing in for it is the speaker's words (quotes-de
    # marks `Demnach` as cue and speaker), and the Konjunktiv sentence after it goes on with the source's words
    doc = tagged_nlp("Vier Flüchtlinge werden noch vermisst, berichtete das griechische Staatsfernsehen am Sonntag. "
                     "Demnach konnten 13 weitere Menschen gerettet werden. Die Suche werde fortgesetzt.")
    source = doc._.quotes[0].speaker
    assert [(q.cue, q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [
        ("berichtete", "das griechische Staatsfernsehen", source.actor), ("Demnach", "Demnach", source.actor),
        ("", "das griechische Staatsfernsehen", source.actor)]
    # two sentences later, or after no speech, the word stays its own source
    doc = tagged_nlp("Vier Flüchtlinge werden noch vermisst, berichtete das griechische Staatsfernsehen am Sonntag. "
                     "Die Suche wurde am Abend eingestellt. Demnach konnten 13 weitere Menschen gerettet werden.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "Demnach"] == ["Demnach"]


@pytest.mark.parametrize("text, speaker", [
    ("Während Moskau von einem Schlag spricht, wirft Kiew Russland gezielten Terror vor.", "Kiew"),
    ("Im Streit um Handel verhängte Washington Strafzölle gegen China.", "Washington"),
    ("Dass Russland verhandeln will, bestätigte der Kreml.", "der Kreml"),
])
def test_speaker_phrase_stops_before_an_object(tagged_nlp, text, speaker):
    assert speaker in [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.speaker]
    assert not any(q.speaker and q.speaker.text.startswith(("Dass", "Kiew Russland", "Washington Strafzölle"))
                   for q in quotes(tagged_nlp, text)[1])


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage sei ruhig, berichtete ein Reporter des Fernsehsenders n-tv am Abend.",
     "ein Reporter des Fernsehsenders n-tv"),
    ("Das sei ein Fehler, sagte der italienische Außenminister Massimo D'Alema.",
     "der italienische Außenminister Massimo D'Alema"),
    ("Konzernchef Michael O’Leary sagte, die Preise würden steigen.", "Konzernchef Michael O’Leary"),
    ("Von der Leyen sagte, die Truppe werde verstärkt.", "Von der Leyen"),
])
def test_speaker_words_keep_the_whole_name(tagged_nlp, text, speaker):
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_speaker_words_stop_before_what_follows_the_name(tagged_nlp):
    """Negatives: a date after the noun, a lower-case word, the next clause are not name parts."""
    found = tagged_nlp("Die Lage sei ruhig, sagte der Sprecher am Montag in Berlin.")._.quotes
    assert [q.speaker.text for q in found] == ["der Sprecher"]


@pytest.mark.parametrize("text, speaker", [
    ("Zudem verlangen die Mönche, dass sich die Regierung entschuldigt.", "die Mönche"),
    ("Erst vergangene Woche kündigte der Konzern an, sämtliche Schalter zu schließen.", "der Konzern"),
    ("Bereits vor zwei Wochen hatte die Gewerkschaft erklärt, dass die Lotsen ihre Arbeitszeit erreicht hätten.",
     "die Gewerkschaft"),
])
def test_an_adverb_or_a_time_is_no_speaker(tagged_nlp, text, speaker):
    """`Zudem`, `Woche`, `Wochen` open the clause but are no subject; the noun phrase after the verb is."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Wie Vizeregierungssprecher Thomas Steg mitteilte, ist die Kernenergie unverzichtbar.",
     "Vizeregierungssprecher Thomas Steg"),
    ("Der Vorsitzende Richter Klaus Tolksdorf sagte: „Die Band war gut organisiert.“",
     "Der Vorsitzende Richter Klaus Tolksdorf"),
])
def test_a_capitalised_title_before_the_name_is_part_of_the_speaker(tagged_nlp, text, speaker):
    """A capital word inside the sentence is a noun even where the tagger reads an adjective
    (`Der Vorsitzende`); the sentence's first word (`Wie`) is not taken for one."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


def test_apposition_keeps_a_genitive_with_a_capitalised_adjective(tagged_nlp):
    """`der Demokratischen Partei` is a genitive attribute of the apposition although the parser
    hangs the article on the adjective; a relative clause stays outside."""
    found = tagged_nlp("Emily Lau, die Vorsitzende der Demokratischen Partei, sagte, das Prinzip gebe es "
                       "auch in Nordkorea.")._.quotes
    assert [q.speaker.text for q in found] == ["Emily Lau, die Vorsitzende der Demokratischen Partei"]
    found = tagged_nlp("Frank Sichau, der als Sprecher der Fraktion fungiert, sagte, die Lage sei ernst.")._.quotes
    assert [q.speaker.text for q in found] == ["Frank Sichau"]


def test_a_speaker_phrase_ends_before_a_clause_the_parser_hung_on_it(tagged_nlp):
    """`…, dass …` after the subject is what was said, `…, in der es heißt` a relative clause:
    neither belongs to the speaker's words; an apposition after the comma still does."""
    found = tagged_nlp("Auf seiner Website schreibt das Presseteam des Konzerns, dass man an einer Lösung "
                       "arbeite.")._.quotes
    assert [q.speaker.text for q in found if q.speaker] == ["das Presseteam des Konzerns"]
    found = tagged_nlp("Ursula Castrup, die Leiterin der Fachstelle, sagte, die Lage sei ernst.")._.quotes
    assert [q.speaker.text for q in found] == ["Ursula Castrup, die Leiterin der Fachstelle"]


def test_a_name_after_als_is_a_predicate_and_the_pronoun_speaks(tagged_nlp):
    """`Als Bundespräsidentin wolle sie …`: the noun after `als` is a predicate, even where the
    recogniser takes it for a name; the pronoun is the subject (a pronoun token among the
    candidates has no span offsets, which once raised an AttributeError)."""
    found = tagged_nlp("Als Bundespräsidentin wolle sie sich für eine Politik der offenen Grenzen einsetzen.")._.quotes
    assert [(q.cue, q.speaker.text) for q in found] == [("einsetzen", "sie")]
    found = tagged_nlp("Als Sprecherin der Partei kritisierte Eva Glawischnig den Vorschlag.")._.quotes
    assert [q.speaker.text for q in found] == ["Eva Glawischnig"]


def test_the_cue_verb_is_no_modifier_of_the_speaker(tagged_nlp):
    """`teilte` before the speaker is the verb (the tagger may read an adjective), not part of the name."""
    found = tagged_nlp("Das teilte Feuerwehrsprecher Axel Stüken mit.")._.quotes
    assert [q.speaker.text for q in found] == ["Feuerwehrsprecher Axel Stüken"]


@pytest.mark.parametrize("text, speaker", [
    ("Das sei ein Erfolg, sagte ein Vertreter der Vereinten Nationen.", "ein Vertreter der Vereinten Nationen"),
    ("Nach Aussage einer Sprecherin der Stadt Den Haag wurde niemand verletzt.",
     "Aussage einer Sprecherin der Stadt Den Haag"),
    ("Einer Hochrechnung des US-Nachrichtensenders Fox News Channel zufolge siegte Obama.",
     "Einer Hochrechnung des US-Nachrichtensenders Fox News Channel"),
])
def test_a_name_in_an_attribute_is_kept_whole(tagged_nlp, text, speaker):
    """A known name is one piece whatever its words are tagged (`Nationen` after the place
    `Vereinten`, the article `Den`, `Fox` read as a preposition)."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


def test_an_object_after_a_place_still_ends_the_speaker(tagged_nlp):
    """Negative: `Washington Strafzölle` are two phrases, not one name."""
    found = tagged_nlp("Im Streit um Handel verhängte Washington Strafzölle gegen China.")._.quotes
    assert [q.speaker.text for q in found if q.speaker] == ["Washington"]


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage sei ernst, sagte ein Reporter des Senders Sky News aus Leicestershire.",
     "ein Reporter des Senders Sky News aus Leicestershire"),
    ("Die Lage sei ernst, teilte die Weltgesundheitsorganisation in Genf mit.", "die Weltgesundheitsorganisation in Genf"),
    ("Das Verfahren sei beendet, gab Bundesverkehrsminister Manfred Stolpe in Berlin bekannt.",
     "Bundesverkehrsminister Manfred Stolpe"),
    ("Die Lage sei ruhig, sagte der Sprecher am Montag in Berlin.", "der Sprecher"),
])
def test_the_seat_of_an_organisation_belongs_to_the_speaker(tagged_nlp, text, speaker):
    """`in Genf`, `aus Leicestershire` after an organisation or office name its seat; after a
    person's name (`Stolpe in Berlin`) or after a time, the place is where the words were said."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Laut einer gemeinsamen Presseerklärung der Dortmunder Staatsanwaltschaft und der Polizei sollen Waffen "
     "eingesetzt worden sein.", "einer gemeinsamen Presseerklärung der Dortmunder Staatsanwaltschaft und der Polizei"),
    ("In Grasse sind nach Angaben von AFP und Reuters vier Menschen verletzt worden.", "Angaben von AFP und Reuters"),
    ("Die Erschütterungen waren Berichten der Fernsehsender Sky News und BBC zufolge bis London zu spüren.",
     "Berichten der Fernsehsender Sky News und BBC"),
    ("Das Treffen sei abgesagt und Lawrow zufolge auch nicht geplant.", "Lawrow"),
])
def test_coordinated_attributes_belong_to_the_source(tagged_nlp, text, speaker):
    """`und der Polizei`, `und Reuters` after an attribute continue it; `und` before a bare name
    that opens the phrase (`und Lawrow zufolge`) and a number after it (`vier Menschen`) do not."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


def test_an_unknown_name_keeps_its_institute(tagged_nlp):
    """`Sascha Kempf vom Max-Planck-Institut`: a name with its institution; `Kempf von Betrug` is no such pair."""
    found = tagged_nlp("Sascha Kempf vom Max-Planck-Institut erläutert die Hypothese so: „Da gibt es zwei "
                       "Partikelarten.“")._.quotes
    assert [q.speaker.text for q in found if q.speaker] == ["Sascha Kempf vom Max-Planck-Institut"]
    found = tagged_nlp("Die Lage sei ernst, sprach Sascha Kempf von Betrug.")._.quotes
    assert not any("Betrug" in q.speaker.text for q in found if q.speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Der israelische Fernsehsender „Channel 10“ berichtete, die Armee sei bereit.",
     "Der israelische Fernsehsender „Channel 10“"),
    ("Das sei ein Skandal, schreibt die satirische Wochenzeitung „Le Canard enchaîné“.",
     "die satirische Wochenzeitung „Le Canard enchaîné“"),
])
def test_a_name_in_quotation_marks_ends_a_speaker_no_lexicon_knows(tagged_nlp, text, speaker):
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


def test_a_quoted_word_that_is_no_name_stays_out_of_the_speaker(tagged_nlp):
    """Negative: a lower-case word in quotation marks after the noun is a quotation, not a name."""
    found = tagged_nlp("Experten „warnen“ vor dem Anstieg, sagte sie.")._.quotes
    assert not any("„" in q.speaker.text for q in found if q.speaker)


def reported_speakers(nlp, text):
    return [q.speaker.text for q in nlp(text)._.quotes if q.type == "REPORTED" and q.speaker]


@pytest.mark.parametrize("text", [
    "Die Börse reagierte positiv auf den Führungswechsel bei dem Flugzeugbauer.",
    "Die Überschwemmungen im Süden des Landes haben bisher mindestens 35 Todesopfer gefordert.",
    "Ab einem Wert von unter 50 signalisiert dieser Index einen Rückgang der Wirtschaft.",
    "Die Wirksamkeit der Sanktionen bestätigte sich im vergangenen Jahr nicht.",
])
def test_a_thing_that_cannot_speak_reports_nothing(tagged_nlp, text):
    assert reported_speakers(tagged_nlp, text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Die Opposition reagierte empört auf den Führungswechsel bei dem Flugzeugbauer.", "Die Opposition"),
    # (the prefield's place is part of the phrase that speaks: `test_a_prepositional_attribute_in_the_prefield_…`)
    ("Die Demonstranten im Süden des Landes haben den Rücktritt des Gouverneurs gefordert.",
     "Die Demonstranten im Süden des Landes"),
    ("Die Polizei bestätigte die Festnahme von zwei Verdächtigen.", "Die Polizei"),
])
def test_a_group_of_people_no_lexicon_knows_still_reports(tagged_nlp, text, speaker):
    """Negative: group nouns of people keep their reported act."""
    assert reported_speakers(tagged_nlp, text) == [speaker]


def test_a_fronted_object_is_no_speaker(tagged_nlp):
    """`Den Vorschlag …` is the object in first position (accusative article), not the subject."""
    text = "Den Vorschlag für eine gemeinsame Entwicklungsbank unterstützen bereits mehrere Staatschefs."
    assert not any(s.startswith("Den") for s in reported_speakers(tagged_nlp, text))
    assert reported_speakers(tagged_nlp, "Die Opposition wertete den Vorschlag als Angriff auf die Pressefreiheit.") \
        == ["Die Opposition"]


def test_quotes_de_projection_gives_quoted_words_in_indirect_speech_a_direct_quotation(nlp):
    # quotes-de: verbatim words inside indirect speech are a Direct quotation with the same speaker and cue
    text = "Die Gewerkschaft erklärte, die Beschäftigten seien „zutiefst verunsichert“."
    projected = predicted_quotes(nlp(text))
    assert [(p["type"], words(text, p["quote"]), words(text, p["speaker"]), words(text, p["cue"]))
            for p in projected] == [
        ("INDIRECT", ["die Beschäftigten seien „zutiefst verunsichert“"], ["Die Gewerkschaft"], ["erklärte"]),
        ("DIRECT", ["„zutiefst verunsichert“"], ["Die Gewerkschaft"], ["erklärte"])]
    # a quoted name is no verbatim speech
    named = "Die Polizei teilte mit, die Operation „Adler“ sei beendet."
    assert [p["type"] for p in predicted_quotes(nlp(named))] == ["INDIRECT"]


def test_quotes_de_projection_gives_a_continued_quotation_the_cue_it_continues(tagged_nlp):
    # quotes-de: a quotation that goes on with the speaker's quotation in the sentence before has its cue
    text = "„Wir bleiben hart“, sagte der Minister am Montag. „Die Frist läuft am Freitag ab.“"
    projected = predicted_quotes(tagged_nlp(text))
    assert [words(text, p["cue"]) for p in projected] == [["sagte"], ["sagte"]]
    # not after indirect speech, nor past a sentence of someone else's
    for text in ("Der Minister sagte am Montag, man bleibe hart. „Die Frist läuft am Freitag ab.“",
                 "„Wir bleiben hart“, sagte der Minister am Montag. Die Opposition reagierte empört. "
                 "„Die Frist läuft am Freitag ab.“"):
        projected = predicted_quotes(tagged_nlp(text))
        assert [words(text, p["cue"]) for p in projected if p["rule"] == "direct:continuation"] == [[]]


def test_quotes_de_projection_gives_quoted_judgements_in_reported_speech_a_direct_quotation(nlp):
    # quotes-de: `bezeichnete X als „…“` is reported speech whose quoted words are a Direct quotation
    text = "Der Innenminister bezeichnete die Vorwürfe der Opposition als „völlig haltlos“."
    direct = [p for p in predicted_quotes(nlp(text)) if p["type"] == "DIRECT"]
    assert [(words(text, p["quote"]), words(text, p["speaker"]), words(text, p["cue"])) for p in direct] == [
        (["„völlig haltlos“"], ["Der Innenminister"], ["bezeichnete", "als"])]
    # quoted words that the verb does not name anything as (a project's name further on) are none
    named = "Der Verband wertete die Zahlen des Amtes für das Projekt „sichere Schulwege“ als Erfolg."
    assert [p["type"] for p in predicted_quotes(nlp(named))] == ["REPORTED"]


@pytest.mark.parametrize("text, speaker", [
    ("Der Bürgermeister, der seit zwölf Jahren im Amt ist, erklärte, die Stadt werde die Kosten übernehmen.",
     "Der Bürgermeister"),
    ("Der Verband, dem mehr als 300 Betriebe angehören, teilte mit, die Preise würden steigen.", "Der Verband"),
    # an apposition is part of the speaker's words, a relative clause is not
    ("Anna Berger, die Leiterin der Kölner Drogenberatung, erklärte, die Zahl der Fälle sei gestiegen.",
     "Anna Berger, die Leiterin der Kölner Drogenberatung"),
])
def test_a_relative_clause_is_no_part_of_the_speaker(tagged_nlp, text, speaker):
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == [speaker]


def test_a_source_marker_names_the_speaker_of_a_quotation_in_its_sentence(tagged_nlp):
    text = ("„Ich bin überrascht“, sagte die Autorin. Das Buch ist laut einem Mitglied der Jury eine „kluge und "
            "komische Geschichte über das Scheitern“.")
    direct = [(q.rule, q.cue, q.speaker.text) for q in quotes(tagged_nlp, text)[1] if q.type == "DIRECT"]
    assert direct == [("direct:cue", "sagte", "die Autorin"), ("direct:source", "laut", "einem Mitglied der Jury")]
    # a verb of saying with its subject comes first
    said = "Laut der Zeitung sagte der Minister: „Wir werden die Steuern nicht erhöhen.“"
    assert [(q.rule, q.speaker.text) for q in quotes(tagged_nlp, said)[1] if q.type == "DIRECT"] == [
        ("direct:cue", "der Minister")]


def test_quoted_words_in_lower_case_are_no_name_of_the_source(nlp):
    (q,) = quotes(nlp, "Die Lage ist nach Angaben der Polizei „weiterhin sehr angespannt“.")[1]
    assert q.speaker.text == "Angaben der Polizei"


@pytest.mark.parametrize("text, speaker", [
    ("In einem Positionspapier des Ministeriums heißt es, die Regelungen hätten sich bewährt.",
     "einem Positionspapier des Ministeriums"),
    ("So heißt es in dem Schreiben wörtlich: „Die Frist ist abgelaufen.“", "dem Schreiben"),
    ("Die Reform komme viel zu spät, heißt es in der SPD.", "der SPD"),
    # `es` as an object: the subject speaks, not the place after `in`
    ("Die Behörde in Genf hält es für unwahrscheinlich, dass die Zahl der Fälle steigt.", "Die Behörde in Genf"),
])
def test_the_text_that_es_heisst_is_written_in_speaks(tagged_nlp, text, speaker):
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a relative clause on the text between it and `heißt es` or a passive of saying
    ("In dem Gutachten, das am Montag vorgestellt wurde, heißt es, die Brücke sei marode.", "dem Gutachten"),
    ("In einer Mitteilung der Stadtwerke, die am Freitag verschickt wurde, wurde angekündigt, dass die Preise steigen.",
     "einer Mitteilung der Stadtwerke"),
    # the text before `, in der es heißt`
    ("Der Sender zeigte einen Brief des Vereins, in dem es heißt, man fühle sich betrogen.", "einen Brief des Vereins"),
])
def test_the_text_before_a_relative_clause_speaks(tagged_nlp, text, speaker):
    found = [q for q in quotes(tagged_nlp, text)[1] if q.type == "INDIRECT"]
    assert [q.speaker.text if q.speaker else None for q in found] == [speaker]


def test_a_time_or_a_place_before_a_relative_clause_is_no_text_that_speaks(tagged_nlp):
    # `Im Oktober, der …`: when, not where it is written; `in Wien, in der …`: a place
    for text in ("Im Oktober, der sehr kalt war, hieß es, die Ernte sei schlecht.",
                 "Er lebt in Wien, in der es heißt, die Mieten seien hoch."):
        found = [q for q in quotes(tagged_nlp, text)[1] if q.type == "INDIRECT"]
        assert [q.speaker for q in found] == [None]


def test_a_name_with_a_lower_case_particle_stays_whole_in_the_speaker_words(tagged_nlp):
    doc = tagged_nlp("Die Lage sei unter Kontrolle, sagte Innenminister Thomas de Maizière am Montag.")
    assert [q.speaker.text for q in doc._.quotes] == ["Innenminister Thomas de Maizière"]
    # a lower-case word after the name is not part of it
    other = tagged_nlp("Die Lage sei unter Kontrolle, sagte Innenminister Thomas de Maizière heute.")
    assert [q.speaker.text for q in other._.quotes] == ["Innenminister Thomas de Maizière"]


def test_so_names_a_source_only_before_a_name_an_article_or_a_verb_of_saying(tagged_nlp):
    for text, speaker in (("Wir möchten Fernsehen und Streaming verbinden, so van Hout.", "van Hout"),
                          ("Die Lage sei ernst, so der Sprecher des Ministeriums.", "der Sprecher des Ministeriums")):
        assert [(q.cue, q.speaker.text) for q in tagged_nlp(text)._.quotes] == [("so", speaker)]
    # a comparison or a consequence names nobody (France would get a claim)
    for text in ("Aber zehntausende Jugendliche hätten, so wie in Frankreich, keine Aussicht auf eine Stelle.",
                 "Was die Forschung betrifft, so weise Österreich die zweithöchste Quote auf."):
        assert [q.cue for q in tagged_nlp(text)._.quotes] == []


def test_a_verb_of_saying_after_so_belongs_to_the_cue_not_to_the_source(tagged_nlp):
    # `…, so schätzen die Forscher`: the verb is part of the cue, the source's phrase follows it
    for text, cue, speaker in (
            ("Der Meeresspiegel könnte bis 2100 um einen Meter steigen, so schätzen die Forscher.",
             "so schätzen", "die Forscher"),
            ("Die Reform komme viel zu spät, so urteilte Ministerin Anna Keller.", "so urteilte", "Ministerin Anna Keller")):
        found = [q for q in tagged_nlp(text)._.quotes if q.type == "INDIRECT"]  # (the verb's act aside)
        assert [(q.cue, q.speaker.text) for q in found] == [(cue, speaker)]
    # without a verb the cue stays `so` and the phrase after it is the source
    found = tagged_nlp("Die Reform komme viel zu spät, so die Ministerin.")._.quotes
    assert [(q.cue, q.speaker.text) for q in found] == [("so", "die Ministerin")]


def test_a_parsed_subject_loses_its_clause_opener_and_a_trailing_time(tagged_nlp):
    for text, speaker in (("Wie Eurostat am Mittwoch mitteilte, betrug die Rate im April 11,1 Prozent.", "Eurostat"),
                          ("Das gab die Polizei am Freitag bekannt.", "die Polizei"),
                          ("Denn Servus TV kritisierte die Entscheidung der Medienbehörde scharf.", "Servus TV")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a time inside an attribute stays part of the phrase
    doc = tagged_nlp("Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois, "
                     "hat angekündigt, die Sanierung werde Arbeitsplätze kosten.")
    assert [q.speaker.text for q in doc._.quotes] == [
        "Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois"]


def test_a_speaker_phrase_takes_no_relative_pronoun_idiom_or_noun_before_a_non_genitive_article(tagged_nlp):
    for text, speaker in (
            ("Die Kritik gilt der Weltbank, denen unter anderem Rafael Correa vorwirft, Urheber der Krise zu sein.",
             "Rafael Correa"),
            ("Damit wird die Marke unterschritten, die Gerhard Schröder zum Erfolgskriterium erklärt hatte: "
             "„Ich rechne damit, dass es uns gelingt.“", "Gerhard Schröder"),
            ("Einschlägig ist der Glykolwein-Skandal, in dessen Folge das Bundesverwaltungsgericht festgestellt hatte, "
             "die Bundesregierung sei berechtigt gewesen.", "das Bundesverwaltungsgericht")):
        assert speaker in [q.speaker.text for q in tagged_nlp(text)._.quotes]
    # an article before a title, a noun before a genitive article stay
    doc = tagged_nlp("Das sei ein Fehler, sagte der mexikanische Präsident Vicente Fox am Montag.")
    assert [q.speaker.text for q in doc._.quotes] == ["der mexikanische Präsident Vicente Fox"]
    doc = tagged_nlp("Ein Sprecher der Regierung sagte, die Lage sei ernst.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ein Sprecher der Regierung"]


def test_fuer_with_a_determiner_or_number_is_no_attribute_of_the_speaker(tagged_nlp):
    doc = tagged_nlp("Die Geschäftsführung soll nach einem achtseitigen Bericht des Angestellten für diese Transporte "
                     "jedoch trotzdem kassiert haben.")
    assert [q.speaker.text for q in doc._.quotes] == ["einem achtseitigen Bericht des Angestellten"]
    # nor is the noun after `für ihre` the subject once the object ends before `für`
    doc = tagged_nlp("Einer der Putschisten, Harouna Djibrilla Adamou, dankte den Menschen für ihre Unterstützung "
                     "und ergänzte, der Staatsstreich sei im besten Interesse des Landes.")
    assert "Unterstützung" not in [q.speaker.text for q in doc._.quotes if q.speaker]
    # an office's or institution's `für` stays, also with the definite article or an adjective
    for text, speaker in (
            ("„Die Lage ist ernst“, sagte der Beauftragte der Bundesregierung für die neuen Bundesländer.",
             "der Beauftragte der Bundesregierung für die neuen Bundesländer"),
            ("„Die Lage ist ernst“, sagte ein Sprecher der Bundeszentrale für politische Bildung.",
             "ein Sprecher der Bundeszentrale für politische Bildung")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_the_parsed_subject_ends_before_a_preposition_of_the_verb(tagged_nlp):
    for text, speaker in (
            ("Das erklärte General Winai Phattiyakul vom CDRM am Montag gegenüber ausländischen Diplomaten.",
             "General Winai Phattiyakul vom CDRM"),
            ("In der Urteilsbegründung weisen die Richter auf die fehlende Rechtsgrundlage für die deutsche "
             "Unterstützung alliierter Truppen während des Irakkrieges 2003 hin.", "die Richter")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a preposition inside a name, or one after a comma (an apposition's), stays
    doc = tagged_nlp("Das erklärte die Organisation Ärzte ohne Grenzen am Montag.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Organisation Ärzte ohne Grenzen"]


def test_a_country_after_an_actor_of_another_country_is_its_object_not_its_genitive(tagged_nlp):
    doc = tagged_nlp("Zugleich warf der Kreml der Ukraine vor, die Verhandlungen zu blockieren.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Kreml"]
    # the country of the actor itself stays its attribute
    doc = tagged_nlp("Am Montag warf die Regierung der Ukraine Moskau vor, die Verhandlungen zu blockieren.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Regierung der Ukraine"]


def test_an_apposition_closed_by_a_comma_or_the_sentence_keeps_its_attributes_and_seat(tagged_nlp):
    for text, speaker in (
            ("Tony Auden, ein Sprecher des Zyklonwarnzentrums in Brisbane, wies darauf hin, dass sich „Larry“ "
             "vor dem Landfall abgeschwächt habe.", "Tony Auden, ein Sprecher des Zyklonwarnzentrums in Brisbane"),
            ("Das Gros der Nutzer handhabe den Cannabisgebrauch jedoch „maßvoll“, so Ursula Castrup, "
             "die Leiterin der Bielefelder Fachstelle für Suchtvorbeugung.",
             "Ursula Castrup, die Leiterin der Bielefelder Fachstelle für Suchtvorbeugung")):
        assert speaker in [q.speaker.text for q in tagged_nlp(text)._.quotes]
    # words that no comma, verb or time closes are no apposition
    doc = tagged_nlp("„Wir sind zufrieden“, sagte Tony Auden, ein Sprecher des Zentrums in Brisbane vor Journalisten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Tony Auden"]


def test_an_apposition_takes_its_bracket_a_second_title_and_an_employer(tagged_nlp):
    for text, speaker in (
            ("Theo Zwanziger, Präsident des Deutschen Fußball-Bundes (DFB) nannte die Bewerbung „sehr respektabel“.",
             "Theo Zwanziger, Präsident des Deutschen Fußball-Bundes (DFB)"),
            ("Die Frist ende im Mai, sagte Manfred Berg, Dekan der Fakultät und Vorsitzender des Ausschusses.",
             "Manfred Berg, Dekan der Fakultät und Vorsitzender des Ausschusses"),
    ):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # `fürchten` is a cue (verbs.csv) as `befürchten` is: the voters' fear is an event of its own, which
    # the source after `so` reports
    assert [q.speaker.text for q in tagged_nlp(
        "Viele Wähler fürchten den Abstieg, so Frank Karl, Leiter der Abteilung Information bei der Stiftung.")._.quotes] \
        == ["Viele Wähler", "Frank Karl, Leiter der Abteilung Information bei der Stiftung"]
    # a bracket closes the apposition: the dative after it is the verb's object
    doc = tagged_nlp("Wie Philip Aguer, ein Sprecher der Befreiungsarmee (SPLA) der Presse mitteilte, "
                     "seien neun Dörfer bombardiert worden.")
    assert [q.speaker.text.startswith("Philip Aguer") and "Presse" not in q.speaker.text for q in doc._.quotes] == [True]
    # `bei` after a name with no apposition is where someone spoke
    doc = tagged_nlp("Die Lage sei ernst, sagte Frank Karl bei der Stiftung.")
    assert [q.speaker.text for q in doc._.quotes] == ["Frank Karl"]


def test_a_bracketed_party_or_abbreviation_after_a_noun_is_no_speaker_of_its_own(tagged_nlp):
    # the bracket names the noun's party or abbreviation: the phrase before it speaks, bracket included,
    # and the bracket's actor stays the actor
    for text, speaker, actor in (
            ("Der Landrat (SPD) kritisierte, dass die Klinik schließen solle.", "Der Landrat (SPD)", "SPD"),
            ("Die Präsidentin des Sozialverbands (VdK) forderte, die Renten zu erhöhen.",
             "Die Präsidentin des Sozialverbands (VdK)", "VdK")):
        assert [(q.speaker.text, q.speaker.actor) for q in tagged_nlp(text)._.quotes] == [(speaker, actor)]
    # a name before the bracket, or a bracket that the actor's mention takes in, stays as it was
    for text, speaker in (
            ("Max Muster (SPD) kritisierte, dass die Klinik schließen solle.", "Max Muster (SPD)"),
            ("Der Deutsche Gewerkschaftsbund (DGB) forderte, die Löhne zu erhöhen.",
             "Der Deutsche Gewerkschaftsbund (DGB)")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_a_quoted_name_keeps_a_present_participles_attribute_with_its_object(tagged_nlp):
    # `nahestehende` with its dative object is the name's attribute, though the tagger may read the
    # participle as a finite verb: the newspaper speaks, not `der Partei`
    for text, speaker in (
            ("Die der Partei nahestehende „Rundschau“ berichtete, der Minister trete zurück.",
             "Die der Partei nahestehende „Rundschau“"),
            ("Die dem Kanzler nahestehende „Rundschau“ meldete, der Minister trete zurück.",
             "Die dem Kanzler nahestehende „Rundschau“")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # an attribute that punctuation interrupts is none: the list's last member stays the speaker
    doc = tagged_nlp("Die Ministerin, der Partei nahestehende „Freunde“ und der Verband meldeten, der Minister trete zurück.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Verband"]


def test_a_speakers_phrase_takes_a_possessive_before_and_a_countrys_genitive_after(tagged_nlp):
    for text, speaker in (
            ("Wie sein Anwalt Hartmut Lierow mitteilte, sei der Mann unschuldig.", "sein Anwalt Hartmut Lierow"),
            ("Ihr Vorsitzender Eberhard Brandt erklärte, die Lage sei ernst.", "Ihr Vorsitzender Eberhard Brandt"),
            ("Der Vertreter Libyens rief die Staaten auf, die Sanktionen aufzuheben.", "Der Vertreter Libyens")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a possessive in another case belongs to an object; `Paris` is no genitive; `Russlands` before a noun is its genitive
    doc = tagged_nlp("Der Minister lobte seinen Sprecher Hans Müller.")
    assert [q.speaker.text for q in doc._.quotes] == ["Der Minister"]
    doc = tagged_nlp("Der Minister warf Paris vor, die Reform zu verzögern.")
    assert [q.speaker.text for q in doc._.quotes] == ["Der Minister"]
    doc = tagged_nlp("Heute kritisierte der Minister Russlands Vorgehen scharf.")
    assert all("Russlands" not in q.speaker.text for q in doc._.quotes)


def test_a_title_before_a_long_genitive_chain_opens_the_speakers_phrase(tagged_nlp):
    for text, speaker in (
            ("Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamassoure erklärte, der Haushalt "
             "sei zu knapp.", "Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamassoure"),
            ("Die Lage sei ernst, sagte der Präsident des Europäischen Parlaments Martin Schulz.",
             "der Präsident des Europäischen Parlaments Martin Schulz")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # only a definite article opens the title before a chain cut at its limit (not `eine Parade des …`)
    doc = tagged_nlp("Die Lage sei ernst, sagte eine Sprecherin des Europäischen Parlaments Martin Schulz.")
    assert all(not q.speaker.text.startswith("eine") for q in doc._.quotes if q.speaker is not None)


def test_a_time_after_a_persons_apposition_ends_it(tagged_nlp):
    doc = tagged_nlp("Alle Gebiete seien unter Kontrolle, sagte Charles Bouchard, Kommandeur des Einsatzes am Montag.")
    assert [q.speaker.text for q in doc._.quotes] == ["Charles Bouchard, Kommandeur des Einsatzes"]
    # an object after the comma is no apposition, whatever follows it
    doc = tagged_nlp("Die Preise steigen, erwartet Phillip Urban, einen Anstieg des Preises in den nächsten Monaten.")
    assert all("Anstieg" not in q.speaker.text for q in doc._.quotes if q.speaker is not None)


def test_the_subject_of_the_reported_clause_is_not_the_speaker_after_it(tagged_nlp):
    # the parser hangs `Die Lage` of `Die Lage sei ernst` on `sagte`: the speaker follows the verb
    for text, speaker in (("Die Lage sei ernst, sagte der Sprecher.", "der Sprecher"),
                          ("Die Lage sei ernst, sagte ein Sprecher des Bundesamts für Migration.",
                           "ein Sprecher des Bundesamts für Migration")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a subject with a relative clause or an apposition before the verb stays the speaker
    doc = tagged_nlp("Brian Baptie von der britischen Erdbebenwarte, die die Stärke zunächst mit 5,1 angegeben "
                     "hatte, sagte, dass mit Beben dieser Größenordnung zu rechnen sei.")
    assert [q.speaker.text for q in doc._.quotes] == ["Brian Baptie von der britischen Erdbebenwarte"]
    doc = tagged_nlp("Die Vorsitzende der Grünen, Eva Glawischnig, forderte Neuwahlen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Vorsitzende der Grünen, Eva Glawischnig"]


def test_adjacent_cue_words_are_one_span_as_quotes_de_marks_them(tagged_nlp):
    text = "Die Einigung sei nahe, heißt es in Berlin."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["heißt es"]
    text = "Der Minister hatte am Montag gesagt, die Lage sei ernst."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hatte", "gesagt"]


def test_a_separable_particle_the_parse_gives_the_verb_belongs_to_the_cue(tagged_nlp):
    text = "Das Kabinett legte am Mittwoch fest, dass die Steuer steigen soll."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["legte", "fest"]
    text = "Die Polizei ging am Abend davon aus, dass der Täter geflohen sei."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["ging", "davon aus"]
    # an adverb is no particle, nor the particle of the reported clause's verb
    text = "Der Ausschuss betont weiterhin, dass das Wahlrecht der Verfassung entspreche."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["betont"]
    text = "Der Minister sagte, er lege die Zahlen morgen vor."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["sagte"]


def test_the_parsed_auxiliary_and_reflexive_of_the_cue_verb_belong_to_the_cue(tagged_nlp):
    text = "Stoiber hatte betont: „Die Entscheidungen fallen im Kreise der Parteivorsitzenden.“"
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hatte betont"]
    text = "Es wird vermutet, dass keine der Personen überlebt hat."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["Es wird vermutet"]
    text = "Der Arzt hat sich am Montag geäußert, dass der Spieler in drei Wochen mitspielen könne."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hat sich", "geäußert"]
    # the reflexive and auxiliary of the reported clause's verb stay out
    text = "Der Minister betonte, die Lage habe sich verbessert."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["betonte"]


def test_the_noun_of_a_view_and_mit_den_worten_belong_to_the_cue(tagged_nlp):
    text = "Die Kommission vertritt die Ansicht, dass das Gericht nicht zuständig sei."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["vertritt die Ansicht"]
    text = "Der Minister ist der Meinung, dass die Preise steigen."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["ist der Meinung"]
    text = "Sie wird mit den Worten zitiert: „Ich will nicht im Wege stehen.“"
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["wird mit den Worten zitiert"]
    # a view or words in the reported clause are its content
    text = "Der Minister sagte, nach seiner Ansicht seien die Preise zu hoch."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["sagte"]
    text = "Der Minister sagte, er könne mit den Worten des Kanzlers nichts anfangen."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["sagte"]


def test_lassen_before_an_infinitive_of_saying_belongs_to_the_cue(tagged_nlp):
    text = "Der Minister ließ am Montag verlauten, dass er zurücktreten werde."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["ließ", "verlauten"]
    # not the `lassen` of another predicate
    text = "Der Minister ließ den Bericht prüfen und sagte, er sei falsch."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["sagte"]


def test_the_correlate_closing_the_cue_clause_and_the_prefix_after_davon_belong_to_the_cue(tagged_nlp):
    text = "Kritiker warnen denn auch davor, das Gebot der Trennung aufzuweichen."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["warnen", "davor"]
    text = "Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der Haftbefehl vollstreckt würde."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["ging", "davon aus"]
    # the pronominal adverb of a noun is no correlate of the verb
    text = "Das Gericht begründete dies mit dem Hinweis darauf, dass die Beweislage gesichert sei."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["begründete"]


def test_es_and_the_adjective_of_halten_fuer_belong_to_the_cue(tagged_nlp):
    text = "Er hält es jedoch für möglich, dass der Vorstand nicht informiert worden war."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hält es", "für möglich"]
    text = "Die WHO hält es auch für unwahrscheinlich, dass man sich über das Essen ansteckt."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hält es", "für unwahrscheinlich"]
    # the subject `es` of the reported clause stays out
    text = "Der Minister sagte, es sei möglich, dass der Vorstand nicht informiert worden war."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["sagte"]


def test_the_adjective_of_a_reflexive_cue_belongs_to_the_cue_but_not_a_manner(tagged_nlp):
    text = "Frankreich hat sich bereit erklärt, weitere Soldaten zu entsenden."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hat sich bereit erklärt"]
    text = "Der Arzt hat sich optimistisch geäußert, dass der Spieler mitspielen könne."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hat sich", "geäußert"]


def test_the_expletive_es_of_a_passive_cue_belongs_to_it_but_not_weiter_after_sagte(tagged_nlp):
    text = "Es wird vermutet, dass keine der Personen überlebt hat."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["Es wird vermutet"]
    text = "Der Minister sagte weiter, die Lage sei ernst."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["sagte"]


def test_a_pronominal_adverb_opening_the_sentence_before_a_finite_cue_is_no_part_of_it(tagged_nlp):
    text = "Dazu erklärte der Minister, die Lage sei ernst."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["erklärte"]
    # before a participle it is the verb's correlate
    text = "Die Gewerkschaften hatten dazu aufgerufen, die Arbeit niederzulegen."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.cue_char_spans()) == ["hatten dazu aufgerufen"]


def test_a_verb_right_after_the_subjects_head_ends_the_speaker(tagged_nlp):
    text = ("Internationale Wahlbeobachter dokumentierten Unregelmäßigkeiten, kamen aber zum Ergebnis, "
            "dass die Wahl freier war als die Parlamentswahl des Jahres 2000.")
    speakers = [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.speaker]
    assert speakers and all(s == "Internationale Wahlbeobachter" for s in speakers)
    text = "Der Sprecher der am Montag gewählten Regierung kündigte an, dass die Steuern sinken."
    speakers = [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.speaker]
    assert speakers == ["Der Sprecher der am Montag gewählten Regierung"]


def test_der_before_a_masculine_singular_noun_opens_no_genitive_attribute_of_the_source(tagged_nlp):
    text = "Die Frau fuhr eiligst nach Hause, wo jedoch bereits der Mörder – nach Zeugenaussagen der Ehemann – wartete."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == ["Zeugenaussagen"]
    text = ("Nach dem Tod des Staatschefs müsste laut Verfassung der Parlamentspräsident übergangsweise "
            "das Präsidentenamt übernehmen.")
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == ["Verfassung"]
    text = "Nach Angaben der Sprecherin des Ministeriums ist die Lage ernst."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Angaben der Sprecherin des Ministeriums"]


def test_a_lone_adverb_opening_the_sentence_is_no_speaker_when_a_subject_follows_the_verb(tagged_nlp):
    for text, speaker in [
            ("Offiziell sagt die chinesische Regierung, dass die Lage in der Provinz stabil sei.", "die chinesische Regierung"),
            ("Darüberhinaus will sich die SPD dafür einsetzen, dass die Steuern sinken.", "die SPD"),
            ("Umgekehrt warnte der Minister, die Lage sei ernst.", "der Minister")]:
        assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == [speaker]
    # a name the text introduces stays the subject before its object
    text = "Hans Gerlach ist Chef der Gewerkschaft. Gerlach kritisierte die Regierung, die Löhne seien zu niedrig."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Gerlach"]
    text = "Die beiden Parteien haben nun eine Mehrheit im Parlament. Beide fordern eine stärkere Autonomie Korsikas."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.speaker] == ["Beide"]


def test_a_surname_the_text_introduced_is_the_subject_whatever_its_tag(tagged_nlp):
    # the tagger reads the surname alone as an adverb; the text wrote it as a name after a title before
    intro = ("Die Affäre um Schmiergelder weitet sich aus. Auch Professor Brinkhorst vom Verein Transparency "
             "International äußerte sich in einem Interview mit dem Deutschlandfunk. ")
    claim = "Brinkhorst wies darauf hin, dass der Konzern bei der Organisation Mitglied sei."
    assert [q.speaker.text if q.speaker else None for q in quotes(tagged_nlp, intro + claim)[1]][-1] == "Brinkhorst"
    # a word the text never wrote as a name stays no speaker
    assert [q.speaker for q in quotes(tagged_nlp, "Die Affäre weitet sich aus. " + claim)[1]] == [None]


def test_a_name_in_quotation_marks_after_a_genitive_article_belongs_to_the_source(tagged_nlp):
    text = "Laut einem Bericht der „Frankfurter Allgemeine Zeitung“ will die Regierung die Steuern senken."
    # (the report vouches for the government's plan, `will … senken`: an act-source)
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]
            if q.rule in ("indirect:source", "indirect:act-source")] == [
        "einem Bericht der „Frankfurter Allgemeine Zeitung“"]
    # quoted words after the article, not a name: the charge the court found
    text = ("Er sitzt seit einem Dreivierteljahr in Peking im Gefängnis, weil er sich nach Auffassung eines "
            "chinesischen Gerichtes des „Aufrufs zu Subversion“ schuldig gemacht hat.")
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == [
        "Auffassung eines chinesischen Gerichtes"]


def test_a_quoted_name_after_the_article_of_a_speakers_attribute_stays_in_the_speaker(tagged_nlp):
    # the organisation's name in quotation marks ends the speaker's phrase, not its article: `der „…“`
    text = "Der Sprecher der „Aktion Deutschland hilft“ sagte, die Hilfe komme nicht an."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Der Sprecher der „Aktion Deutschland hilft“"]
    text = "Ein nicht genannter Vertreter der „con energy ag“ bezeichnete ihre Beteiligung als „strategisch“."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Ein nicht genannter Vertreter der „con energy ag“"]
    # quoted words after the verb are no part of the speaker
    text = "Der Sprecher der Polizei bezeichnete die Lage als „sehr ernst“."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Der Sprecher der Polizei"]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name_after_it(tagged_nlp):
    text = ("Bundesfinanzminister Peer Steinbrück legte am Mittwoch den Haushaltsentwurf vor. Obwohl Steinbrück "
            "aufgrund der anziehenden Konjunktur mit Steuermehreinnahmen des Bundes von bis zu 3,5 Milliarden Euro "
            "rechnet, sei man von einer „Entschuldung weit entfernt“.")
    doc = tagged_nlp(text)
    assert not [e.text for e in doc.ents if e.text.startswith("Obwohl")]
    # the name itself stays whole, and it speaks
    assert "Peer Steinbrück" in [e.text for e in doc.ents]
    assert "Steinbrück" in [q.speaker.text for q in doc._.quotes if q.speaker]


def test_the_subjects_closing_bracket_and_no_count_after_von_belong_to_the_speaker(tagged_nlp):
    text = "Als Grund gab die französische Aufsichtsbehörde für Zivilluftfahrt (DGAC) die mangelnde Sicherheit der Maschinen an."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["die französische Aufsichtsbehörde für Zivilluftfahrt (DGAC)"]
    text = ("Während die Polizei 30.000 Demonstranten zählte, sprach die Nachrichtenagentur Reuters von 50.000 "
            "Menschen, die an den Protestmärschen teilnahmen.")
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.cue.startswith("sprach")] == ["die Nachrichtenagentur Reuters"]
    # an attribute with `von` and a name stays
    text = "Ein Sprecher von Greenpeace sagte, die Lage sei ernst."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Ein Sprecher von Greenpeace"]


def test_source_markers_with_an_article_an_unresolved_possessive_or_a_new_source_noun(tagged_nlp):
    cases = [("Bei einem Busunfall sind laut den Angaben zwei Touristen ums Leben gekommen.", "den Angaben"),
             ("Seiner Darstellung zufolge ereignete sich der Vorfall am Morgen.", "Seiner Darstellung"),
             ("Der Bruder des Papstes war nach eigenem Bekunden seit langem eingeweiht.", "eigenem Bekunden"),
             ("Die Sonde wird nach Auskunft der Raumfahrtbehörde beim Eintritt verglühen.", "Auskunft der Raumfahrtbehörde")]
    for text, speaker in cases:
        assert [(q.rule, q.speaker.text) for q in tagged_nlp(text)._.quotes] == [("indirect:source", speaker)]
    assert tagged_nlp("Nach der Veröffentlichung des Videos trat der Minister zurück.")._.quotes == []


def test_source_marker_in_a_dependent_clause_vouches_for_that_clause(tagged_nlp):
    text = "Er ist einer von fünf Häftlingen, die nach kubanischen Aussagen zu Unrecht eine Strafe verbüßen."
    (q,) = quotes(tagged_nlp, text)[1]
    assert text[q.content_start:q.content_end] == "die nach kubanischen Aussagen zu Unrecht eine Strafe verbüßen"
    text = "Bei den Protesten sind nach Angaben der Polizei drei Menschen verletzt worden, die Lage blieb ruhig."
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.content_start == 0


def test_a_surname_opened_by_a_foreign_particle_stays_in_the_speaker_words(tagged_nlp):
    for text, speaker in (("Abdalla al Badri sagte, er werde am Montag kommen.", "Abdalla al Badri"),
                          ("Der Bürgermeister Jan van der Berg sagte, die Brücke sei sicher.",
                           "Der Bürgermeister Jan van der Berg")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a German preposition after the name opens no surname (`zu Guttenberg` aside)
    doc = tagged_nlp("Die Brücke sei sicher, sagte Bürgermeister Jan Berg zu Journalisten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Bürgermeister Jan Berg"]


def test_a_second_persons_name_after_the_comma_is_a_listed_speaker_not_an_apposition(tagged_nlp):
    doc = tagged_nlp("Olaf Scholz, Emmanuel Macron und Giorgia Meloni sagten, die Ukraine brauche Hilfe.")
    assert [q.speaker.text for q in doc._.quotes] == ["Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni"]
    # a name after a title and its comma is the title's apposition
    doc = tagged_nlp("Ein Sprecher der Polizei, Lars Beringer, sagte, der Täter sei gefasst.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ein Sprecher der Polizei, Lars Beringer"]


def test_a_title_no_lexicon_knows_before_a_known_name_gives_the_person(tagged_nlp):
    # `Landwirtschaftskammerpräsident Hermann Schultes`: the name ends in `s` of its own, no genitive
    for text in ("Die Positionen liegen weit auseinander, erläutert Landwirtschaftskammerpräsident Hermann Schultes.",
                 "Kammerpräsident Christoph Leitl sagte am Montag, die Reform sei überfällig."):
        (q,) = tagged_nlp(text)._.quotes
        assert (q.speaker.actor_country, q.speaker.kind) == ("AUT", "name")
    # a genitive name after a noun is an attribute, not the speaker: `die Fans Kerns`
    doc = tagged_nlp("Nicht alle Facebook-Fans Faymanns sind über den Eintrag erfreut.")
    assert all(q.speaker.actor_country == "" for q in doc._.quotes)


def test_an_adverbial_prefield_leaves_the_subject_after_the_verb(tagged_nlp):
    for text, speaker in (
            ("Am gestrigen Dienstagabend stellte eine Polizeistreife fest, dass die Tür offen stand.",
             "eine Polizeistreife"),
            ("Zum finanziellen Hintergrund der Reform führt der Bericht aus, die Kosten seien zu hoch.", "der Bericht"),
            ("Ende März verkündete der Österreichische Fußball-Bund, dass der Teamchef bleibe.",
             "der Österreichische Fußball-Bund")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a noun phrase filling the prefield stays the subject
    doc = tagged_nlp("Der Bericht des Rechnungshofs stellte fest, dass die Kosten zu hoch seien.")
    assert [q.speaker.text for q in doc._.quotes] == ["Der Bericht des Rechnungshofs"]
    # `von` opening the prefield names the source
    doc = tagged_nlp("Von Barack Obama stammt der schöne Satz, dass er anders aussehe als die anderen.")
    assert all("Satz" not in q.speaker.text for q in doc._.quotes)


def test_a_time_or_a_lone_adverb_in_the_prefield_leaves_the_subject_after_the_verb(tagged_nlp):
    for text, speaker in (
            ("Ende April hatte das Duo angekündigt, die Show nicht fortsetzen zu wollen.", "das Duo"),
            ("Anfang 2016 hatte die Regierung angekündigt, die Steuern zu senken.", "die Regierung"),
            ("Ende Januar 2006 verkündete der Deutsche Fußball-Bund, dass man sich bewerben werde.",
             "der Deutsche Fußball-Bund"),
            ("Unmissverständlich sagt das Gericht in der Begründung, dass es nicht überzeugt sei.", "das Gericht"),
            ("Offiziell sagt die Regierung, die Lage sei unter Kontrolle.", "die Regierung")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # `Mitte Februar` is a time, not the party Die Mitte; the party itself still speaks
    doc = tagged_nlp("Die Telekom hatte bereits Mitte Februar eine neue Flatrate angekündigt.")
    assert all(q.speaker.text == "Die Telekom" for q in doc._.quotes)
    # a bare plural or a noun of persons before the verb is its subject; so is a name before a dative medium
    doc = tagged_nlp("Menschenrechtsorganisationen haben die Zustände im Gefängnis mehrmals kritisiert.")
    assert [q.speaker.text for q in doc._.quotes] == ["Menschenrechtsorganisationen"]
    doc = tagged_nlp("Scholz sagt der Zeitung, die Lage sei unter Kontrolle.")
    assert [q.speaker.text for q in doc._.quotes] == ["Scholz"]
    # `Jan` is a name, no month: the title before it keeps its place
    doc = tagged_nlp("Berlin – Der Prozess beginnt. Das Verfahren wird lang, sagte Staatsanwalt Jan Holzner der Zeitung.")
    assert [q.speaker.actor_country for q in doc._.quotes] == ["DEU"]


def test_a_sentence_adverb_opening_the_clause_leaves_the_subject_after_the_verb(tagged_nlp):
    """`Generell sagt die Regierung, …`: a sentence adverb german.csv lists (sentence_adverb) is no
    mention, yet like one the NER took for a name it leaves the subject to the phrase after the verb,
    which ends before the reported clause; an opener it does not list keeps the speaker found before."""
    doc = tagged_nlp("Generell sagt die Regierung, die Lage sei unter Kontrolle.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Regierung"]
    doc = tagged_nlp("Ähnlich sieht das sein Salzburger Kollege und Parteifreund Anton Gruber.")
    assert [q.speaker.text for q in doc._.quotes] == ["Parteifreund Anton Gruber"]

def test_a_verb_of_quoting_gives_the_words_to_the_person_after_the_medium(tagged_nlp):
    for text, speaker in (
            ("Der Islam habe keinen Platz im Land, zitierte die Nachrichtenagentur TASR Fico am Mittwochabend.",
             "Fico"),
            ("Es sei die größte Umstellung seit Jahrzehnten, zitiert die Süddeutsche Zeitung den zuständigen "
             "Vorstand Jens Bischof.", "den zuständigen Vorstand Jens Bischof")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a verb that only relays keeps the medium; so does a medium with no object after it
    doc = tagged_nlp("Das Haus sei leer gewesen, berichtet die Nachrichtenagentur TASR.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Nachrichtenagentur TASR"]
    doc = tagged_nlp("Wir haben den Vertrag, zitierte die Zeitung am Montag eine interne Quelle.")
    assert all(q.speaker.text != "eine interne Quelle" for q in doc._.quotes)


def test_a_medium_that_quotes_someone_gives_the_words_to_the_person_it_names(tagged_nlp):
    # the medium before the verb (past `dazu`, `am Montag`), or after it without an article, or the
    # person's phrase with an attribute before its noun: the person quoted speaks
    for text, speaker in (
            ("Die Nachrichtenagentur AFP zitierte am Montag den Sprecher des Kremls mit den Worten: "
             "„Wir verhandeln nicht über die Krim.“", "den Sprecher des Kremls"),
            ("Der Spiegel zitiert dazu Finanzminister Hans Eichel mit folgenden Worten: "
             "„Die Steuern werden nicht erhöht.“", "Finanzminister Hans Eichel"),
            ("Die Zahl der Flüge werde halbiert, zitierte Sport Bild einen Vertrauten des Vorstands.",
             "einen Vertrauten des Vorstands"),
            ("Die Preise würden steigen, zitiert die Zeitung den für den Vertrieb zuständigen Vorstand Jens Bischof.",
             "den für den Vertrieb zuständigen Vorstand Jens Bischof")):
        # (the medium's own quotation of quoted words comes after it: `direct:citing`, no claim)
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.rule != "direct:citing"] == [speaker]
    # no person after the verb (`aus einem Bericht`, `eine Stelle`), a subject that is no medium, or a
    # nationality (`den Schweden`: one Swede, not Sweden): the subject keeps the words
    for text, speaker in (
            ("Die Zeitung zitiert aus einem Bericht des Ministeriums: „Die Lage ist ernst.“", "Die Zeitung"),
            ("Die Nachrichtenagentur Reuters zitierte eine Stelle aus dem Bericht: „Die Wahl war nicht frei.“",
             "Die Nachrichtenagentur Reuters"),
            ("Kanzlerin Merkel zitierte Konrad Adenauer mit den Worten: „Die Lage war noch nie so ernst.“",
             "Kanzlerin Merkel"),
            ("Die Lage sei ruhig, zitiert die Zeitung den Schweden.", "die Zeitung")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_an_apposition_takes_the_body_its_office_sits_in(tagged_nlp):
    for text, speaker in (
            ("Karl Huber, Obmann der ÖVP im Ausschuss, warf der FPÖ mangelnde Abgrenzung vor.",
             "Karl Huber, Obmann der ÖVP im Ausschuss"),
            ("Nach Ansicht von Senator Dodd, Vorsitzender des Bankenausschusses im Senat, hat die Notenbank versagt.",
             "Ansicht von Senator Dodd, Vorsitzender des Bankenausschusses im Senat")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # a time is no body, and an apposition no comma or verb closes stays out
    doc = tagged_nlp("Karl Huber, Obmann der ÖVP im Juni, warf der FPÖ mangelnde Abgrenzung vor.")
    assert [q.speaker.text for q in doc._.quotes] == ["Karl Huber, Obmann der ÖVP"]
    doc = tagged_nlp("„Wir sind zufrieden“, sagte Karl Huber, Obmann der ÖVP im Ausschuss vor Journalisten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Karl Huber"]


def test_the_object_of_a_verb_preposition_is_not_the_speaker(tagged_nlp):
    doc = tagged_nlp("Ein Sprecher der Polizei sagte im Gespräch mit der Kronen Zeitung, der Mann sei gefasst worden.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ein Sprecher der Polizei"]
    # `in` may name the medium that speaks, `durch` the agent of a passive
    doc = tagged_nlp("Ein Leitartikel in der Washington Post forderte den Rücktritt des Ministers.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Washington Post"]


def test_a_postposed_source_starts_at_its_possessive_not_at_the_article_before_it(tagged_nlp):
    (q,) = quotes(tagged_nlp, "Ziel ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht regiert.")[1]
    assert (q.cue, q.speaker.text) == ("nach", "ihrer Meinung")
    # an article with its noun stays the phrase's start
    (q,) = quotes(tagged_nlp, "Die Lage sei dem Bericht der Zeitung zufolge ernst.")[1]
    assert (q.cue, q.speaker.text) == ("zufolge", "dem Bericht der Zeitung")


def test_wonach_after_a_report_noun_is_the_reports_speech(nlp):
    """`ein Bericht der Zeitung, wonach …`: the report before the comma speaks, the clause after
    `wonach` is its content; `wonach` after a rule (`eine Regel, wonach …`) reports nobody."""
    text = ("Ein Bericht der Zeitung „Kurier“, wonach die Regierung die Steuern erhöhen wolle, "
            "wurde am Montag dementiert.")
    found = [q for q in quotes(nlp, text)[1] if q.cue == "wonach"]
    assert [(q.type, q.speaker.text) for q in found] == [("INDIRECT", "Ein Bericht der Zeitung „Kurier“")]
    assert words(text, found[0].content_char_spans(text)) == ["die Regierung die Steuern erhöhen wolle"]
    negative = "Seit Jahren gilt eine Regel, wonach die Schulen um acht Uhr öffnen."
    assert [q for q in quotes(nlp, negative)[1] if q.cue == "wonach"] == []


def test_wonach_after_a_report_nobody_is_named_for_goes_on_with_the_speaker_before(nlp):
    """`Er habe Informationen, wonach …`: the bare noun places no one; the sentence continues the
    speech of the person named before."""
    text = ("Verteidigungsminister Panos Kammenos warf der Türkei am Montag Versagen vor. "
            "Er habe sogar Informationen, wonach die Behörden den Schmuggel förderten.")
    found = [q for q in quotes(nlp, text)[1] if q.sentence == 1]
    assert [(q.rule, q.speaker.text) for q in found] == [("indirect:follow-on", "Verteidigungsminister Panos Kammenos")]


@pytest.mark.parametrize("text, speaker", [
    ("Der Anwalt der Familie hatte schon vor einem Monat eine Klage gegen die Republik Österreich angekündigt.",
     "Der Anwalt der Familie"),
    ("In der ÖVP heißt es, die Reform sei längst beschlossen.", "der ÖVP"),  # `in` may name who speaks
])
def test_a_mention_after_fuer_or_gegen_is_no_speaker(tagged_nlp, text, speaker):
    """`eine Klage gegen die Republik Österreich`: whom something is for or against never speaks
    (german.csv non_speaker_preposition), while a mention after `in der` may when nothing else does."""
    (q,) = quotes(tagged_nlp, text)[1]
    assert q.speaker.text == speaker


def test_a_particle_after_so_and_its_verb_is_no_part_of_the_source(tagged_nlp):
    # `…, so betont auch die Polizei`: the particle stands between the verb and the source's phrase
    for text, speaker in (
            ("Die Lage an der Grenze sei ruhig, so betont auch die Polizei.", "die Polizei"),
            ("Die Reform komme zu spät, so erklärte nun der Sprecher des Ministeriums.",
             "der Sprecher des Ministeriums")):
        found = [q for q in tagged_nlp(text)._.quotes if q.type == "INDIRECT"]
        assert [(q.rule, q.speaker.text) for q in found] == [("indirect:source", speaker)]
    # a particle before no phrase that can speak names nobody
    found = tagged_nlp("„Wikiasari“, so heißt auch ein Projekt der Firma.")._.quotes
    assert all(q.rule != "indirect:source" for q in found)


def test_a_particle_after_a_coordinated_verb_is_that_verbs_not_the_first(tagged_nlp):
    # `führte an und führte aus`: `aus` closes the second verb's clause; the first does not take it too
    text = "Der Minister führte an und führte aus, dass die Steuern gesenkt werden müssten."
    found = quotes(tagged_nlp, text)[1]
    assert [words(text, q.cue_char_spans()) for q in found] == [["führte aus"]]
    # `griff die Pläne auf und kündigte an`: no `angreifen`, only the announcement
    text = "Die Ministerin griff die Pläne auf und kündigte an, dass die Steuern gesenkt werden."
    found = quotes(tagged_nlp, text)[1]
    assert [words(text, q.cue_char_spans()) for q in found] == [["kündigte an"]]
    # a particle in the verb's own clause, before the coordinator, stays the verb's
    text = "Die Ministerin kündigte an und betonte, dass die Steuern gesenkt werden."
    found = quotes(tagged_nlp, text)[1]
    assert [words(text, q.cue_char_spans()) for q in found] == [["kündigte an"], ["betonte"]]


def test_a_source_without_article_ends_before_the_clauses_inverted_subject(tagged_nlp):
    # `laut Airbus Bestellungen für …`: the noun after the source is the subject of the clause
    text = "Bisher liegen laut Airbus Bestellungen für 184 Flugzeuge vor."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Airbus"]
    # a noun after an article and a noun is the subject before `zufolge`, not part of the source
    text = "Mit dem Drogenhandel nimmt die Organisation Schätzungen zufolge jährlich 30 Milliarden Euro ein."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Schätzungen"]
    # an attribute, a name in several words, a name closing the clause stay whole
    for text, speaker in (("Laut ersten Angaben der Polizei wurden drei Männer festgenommen.", "ersten Angaben der Polizei"),
                          ("Drei Männer seien festgenommen worden, laut BBC News.", "BBC News"),
                          ("Die Kosten dürften sich laut Prieths Anwalt Max Huber auf 6.000 Euro belaufen.",
                           "Prieths Anwalt Max Huber"),
                          ("Offiziellen Angaben zufolge sind drei Männer festgenommen worden.", "Offiziellen Angaben")):
        assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == [speaker]


def test_the_person_apposed_to_a_genitive_holders_noun_speaks(tagged_nlp):
    """`Mitterlehners früherer Chef, Wirtschaftskammerpräsident Christoph Leitl, deponierte …`: the genitive
    name is an attribute of the noun; the person the apposition names speaks, not the genitive's holder."""
    text = ("Wien – Wirtschaftsminister Reinhold Mitterlehner forderte Reformen. Wir haben Vorschläge gemacht, "
            "sagte Mitterlehners früherer Chef, Wirtschaftskammerpräsident Christoph Leitl, am Sonntag.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes][-1:] == ["Christoph Leitl"]
    # the genitive's holder himself with an apposition of his own still speaks
    text = ("Wien – Wir haben Vorschläge gemacht, sagte Reinhold Mitterlehner, der Wirtschaftsminister, "
            "am Sonntag.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Reinhold Mitterlehner"]


def test_a_date_before_the_verb_is_no_speaker(tagged_nlp):
    for text in ("Am 17. Mai 2013 hat auch ein früherer Manager des Flughafens unter Eid ausgesagt, "
                 "dass der Kläger benachteiligt worden sei.",
                 "Ebenfalls am 17. Mai 2013 hat laut Anklage auch ein früherer Manager unter Eid ausgesagt, "
                 "dass der Kläger wegen seiner Herkunft benachteiligt worden sei."):
        found = [q for q in tagged_nlp(text)._.quotes if q.rule == "indirect:cue"]
        assert [q.speaker.text for q in found] == [text[text.index("ein früherer"):text.index(" unter Eid")]]


def test_a_month_before_a_name_is_a_first_name(tagged_nlp):
    (q,) = tagged_nlp("August Wöginger sagte, die Reform komme zu spät.")._.quotes
    assert q.speaker.text == "August Wöginger"


def test_zufolge_source_begins_after_the_finite_verb_in_second_place(nlp, tagged_nlp):
    for pipeline in (nlp, tagged_nlp):
        (q,) = pipeline("Die Grünen gewinnen Medienberichten zufolge deutlich an Zustimmung.")._.quotes
        assert (q.cue, q.speaker.text) == ("zufolge", "Medienberichten")
    (q,) = tagged_nlp("Dabei seien ersten Angaben zufolge vier Menschen verletzt worden.")._.quotes
    assert q.speaker.text == "ersten Angaben"  # the verb comes before: the adjective is the source's


def test_a_cue_inserted_between_commas_leaves_the_reported_clause_going_on(tagged_nlp):
    text = "Die Reform werde, sagte der Minister, im kommenden Herbst in Kraft treten."
    (q,) = tagged_nlp(text)._.quotes
    assert words(text, q.content_char_spans(text)) == ["Die Reform werde", "im kommenden Herbst in Kraft treten"]
    text = "Das müsse man konsequent durchziehen, sagte der Minister, ohne auf die Kritik einzugehen."
    (q,) = tagged_nlp(text)._.quotes  # a clause of the speaker's, no part of what was said
    assert words(text, q.content_char_spans(text)) == ["Das müsse man konsequent durchziehen"]


def test_a_source_opening_the_sentence_takes_its_attributes_up_to_the_finite_verb(tagged_nlp):
    # the source's phrase fills the prefield: its attributes before the verb are the source's too
    for text, speaker in (
            ("Laut einem Gutachten des Instituts im Sommer 2019 steigen die Mieten weiter.",
             "einem Gutachten des Instituts im Sommer 2019"),
            ("Nach Ansicht der Opposition im Stadtrat ist der Haushalt nicht zu halten.",
             "Ansicht der Opposition im Stadtrat")):
        found = [q for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"]
        assert [q.speaker.text for q in found] == [speaker]
    # not past a relative clause, nor past a word the tagger takes for no verb
    text = "Laut einem Bericht, der am Montag erschien, steigen die Mieten weiter."
    found = [q for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"]
    assert [q.speaker.text for q in found] == ["einem Bericht"]


def test_an_article_and_adverb_after_the_comma_may_open_the_reported_main_clause(tagged_nlp):
    # `die noch zu gründende Stiftung werde …`: the Konjunktiv right after the noun, more words after it
    text = "Der Vorstand erklärte, die noch zu gründende Stiftung werde die Aufgaben übernehmen."
    (q,) = quotes(tagged_nlp, text)[1]
    assert (q.type, q.cue) == ("INDIRECT", "erklärte")
    assert words(text, q.content_char_spans(text)) == ["die noch zu gründende Stiftung werde die Aufgaben übernehmen"]
    # a relative clause ends in its verb, also one coordinated with another
    for text in ("Der Vorstand lobte die Stiftung, die noch zu gründen ist.",
                 "Auf der Webseite des Preises heißt es, der seit 1991 vergeben wird und gut dotiert ist."):
        assert all(q.type == "REPORTED" or q.rule != "indirect:cue" for q in quotes(tagged_nlp, text)[1])


def test_a_subordinator_right_before_a_konjunktiv_is_an_adverb_of_the_reported_clause(tagged_nlp):
    # `damit solle …`, `da sei …`: the verb second, a main clause
    text = "Der Minister erklärte hingegen, damit solle ein Streit vermieden werden."
    (q,) = quotes(tagged_nlp, text)[1]
    assert (q.type, q.cue) == ("INDIRECT", "erklärte")
    assert words(text, q.content_char_spans(text)) == ["damit solle ein Streit vermieden werden"]
    # a preposition opening the reported main clause (`bis Ende Mai werde …`), not a dependent clause
    text = "Der Minister sagte, bis Ende Mai werde ein Gesetz vorgelegt."
    (q,) = quotes(tagged_nlp, text)[1]
    assert words(text, q.content_char_spans(text)) == ["bis Ende Mai werde ein Gesetz vorgelegt"]
    (q,) = quotes(tagged_nlp, "Der Minister kritisierte die Regierung, weil sie versagt habe.")[1]
    assert q.type == "REPORTED"
    # `denn` takes the verb second: the author's reason (german.csv main_clause_conjunction)
    found = quotes(tagged_nlp, "Sie nennen es Eisfluid, denn die neue Materie ist nicht nur flüssig.")[1]
    assert all(q.type != "INDIRECT" for q in found)
    # `als sei …` compares, it reports nothing
    assert all(q.type != "INDIRECT" for q in quotes(tagged_nlp, "Er lobte den Plan, als sei nichts geschehen.")[1])


def test_es_handele_sich_is_konjunktiv_whatever_the_tagger_reads(tagged_nlp):
    text = "Der Bischof sagte in Rom, sehr wahrscheinlich handele es sich um einen Racheakt."
    (q,) = quotes(tagged_nlp, text)[1]
    assert (q.type, q.cue) == ("INDIRECT", "sagte")
    assert words(text, q.content_char_spans(text)) == ["sehr wahrscheinlich handele es sich um einen Racheakt"]


def test_a_prefield_source_stops_before_an_object_or_ends_a_quoted_name(tagged_nlp):
    # a quoted name after the source's noun is the source's, whatever its words are tagged as
    text = "Laut einem Test des Magazins „auto, motor und sport“ gibt es im Moment 113 Modelle."
    found = [q for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"]
    assert [q.speaker.text for q in found] == ["einem Test des Magazins „auto, motor und sport“"]
    # an article no genitive has, after a noun, opens an object: the verb before it was missed
    text = "Laut Berichten dürfte Apple einen Fokus auf exklusive Inhalte legen."
    found = [q for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"]
    assert all("Fokus" not in q.speaker.text for q in found)


def test_an_object_after_the_inverted_subject_is_no_part_of_the_speaker(tagged_nlp):
    # `dem`, `den`, `einem` after the subject's noun open the verb's object
    text = "Am Montag warf die Opposition dem Minister vor, das Parlament getäuscht zu haben."
    (q,) = quotes(tagged_nlp, text)[1]
    assert (q.type, q.speaker.text) == ("INDIRECT", "die Opposition")
    # a capitalised `Den` is a name's (`Den Haag`), and `von den` an attribute
    found = quotes(tagged_nlp, "Das sagte ein Sprecher der Stadt Den Haag am Montag.")[1]
    assert [q.speaker.text for q in found] == ["ein Sprecher der Stadt Den Haag"]


def test_a_town_before_a_noun_after_an_article_names_a_paper(tagged_nlp):
    """A town takes no article of its own: `die Hanoi Post` is a paper's name, the noun belongs to it;
    a town after a preposition is a seat, and the words after it stay out."""
    doc = tagged_nlp("Das Land stehe vor Neuwahlen, berichtete die Hanoi Post.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Hanoi Post"]
    doc = tagged_nlp("Das Land stehe vor Neuwahlen, sagte der Botschafter in Hanoi Journalisten.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Botschafter in Hanoi"]


def test_a_medium_quoting_a_person_is_a_second_speaker(nlp):
    """`X zitierte Y mit den Worten …`: Y's words keep the claim; the medium's quotation of them comes
    after it (`direct:citing`), and quotes-de marks the cue on the medium's alone."""
    doc = nlp("Ein Radiosender zitierte Karl Brenner mit den Worten: „Wir geben nicht auf.“")
    assert [(q.speaker.text, q.rule) for q in doc._.quotes] == [
        ("Karl Brenner", "direct:cue"), ("Ein Radiosender", "direct:citing")]
    projected = predicted_quotes(doc)
    assert [(doc.text[p["speaker"][0][0]:p["speaker"][0][1]], bool(p["cue"])) for p in projected] == [
        ("Karl Brenner", False), ("Ein Radiosender", True)]
    doc = nlp("„Wir geben nicht auf“, zitiert ndr.de Feuerwehrsprecher Jan Holm.")
    assert [(q.speaker.text, q.rule) for q in doc._.quotes] == [
        ("Feuerwehrsprecher Jan Holm", "direct:cue"), ("ndr.de", "direct:citing")]
    # quoting from a text names no person: one speaker
    doc = nlp("Er zitierte aus einem Bericht: „Die Lage ist ernst.“")
    assert [q.rule for q in doc._.quotes] == ["direct:cue"]


def test_a_web_address_is_a_whole_name(nlp):
    """`laut golem.de Abmahnungen`: the noun after a web address is no part of its name."""
    doc = nlp("Der Konzern schickte laut golem.de Abmahnungen an die Nutzer.")
    assert [q.speaker.text for q in doc._.quotes] == ["golem.de"]


def test_an_opening_subject_keeps_its_act_past_a_genitive_attribute(tagged_nlp):
    """`Der Vorsitzende der Partei wies … zurück`: the phrase's head, not the genitive's noun (which the
    small tagger reads as a dative), gives its case; a thing's phrase still reports nothing."""
    for text, speaker in (("Der Vorsitzende der Partei wies die Vorwürfe zurück.", "Der Vorsitzende der Partei"),
                          ("Die Chefin des Verbands wies die Kritik zurück.", "Die Chefin des Verbands")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    assert tagged_nlp("Der Kurs der Aktie reagierte auf die Vorwürfe.")._.quotes == []


def test_the_phrase_before_a_relative_clause_or_apposition_is_the_subject_of_the_verb_after_it(tagged_nlp):
    """`Müller, der …, wies die Vorwürfe zurück`: the verb right after the closing comma has the
    sentence's opening phrase as its subject, not the object after it; not where a nominative follows
    the verb (`kritisierte er`), nor after a preposition, nor a reported clause in the commas."""
    for text, speaker in (
            ("Müller, der seit Jahren im Amt ist, wies die Vorwürfe zurück.", "Müller"),
            ("Kai Brettschneider, der als Nachfolger gehandelt wurde, wies die Spekulationen zurück.",
             "Kai Brettschneider"),
            ("Olaf Scholz, Chef der SPD, wies die Vorwürfe zurück.", "Olaf Scholz, Chef der SPD"),
            ("Franco Dabur, der Trainer der Gastgeber, die seit Wochen verlieren, warnte vor dem Gegner.",
             "Franco Dabur, der Trainer der Gastgeber"),
            ("Der Bürgermeister, der seit Jahren im Amt ist, wies die Vorwürfe zurück.", "Der Bürgermeister"),
            ("Müller, der seit Jahren im Amt ist, kritisierte er scharf.", "er"),
            ("In Berlin, wo die Koalition tagte, wies die Opposition die Reform zurück.", "die Opposition")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    assert tagged_nlp("Das Gesetz, das seit Jahren gilt, wies Lücken auf.")._.quotes == []


@pytest.mark.parametrize("text, speaker, country", [
    ("Der Journalist habe nach iranischen Angaben im Auftrag der US-Regierung spioniert.",
     "iranischen Angaben", "IRN"),
    ("Den russischen Angaben zufolge sei die Delegation ohne Genehmigung eingereist.",
     "russischen Angaben", "RUS"),
    ("Laut syrischen Regierungsangaben hätten die Rebellen das Abkommen gebrochen.",
     "syrischen Regierungsangaben", "SYR"),
])
def test_country_adjective_before_an_official_account_names_its_government(nlp, text, speaker, country):
    (q,) = [q for q in quotes(nlp, text)[1] if q.rule == "indirect:source"]
    assert (q.speaker.text, q.speaker.actor_country) == (speaker, country)


@pytest.mark.parametrize("text", [
    "Laut italienischen Medienberichten sei der Minister zurückgetreten.",  # a medium relays, no government
    "Der Angeklagte sei nach eigenen Angaben unschuldig.",  # no country named
])
def test_medium_or_unplaced_account_names_no_government(nlp, text):
    found = [q for q in quotes(nlp, text)[1] if q.rule == "indirect:source"]
    assert all(q.speaker.actor_country in ("", "OTHER") or q.speaker.actor_type == "media" for q in found)
    assert not any(q.speaker.actor.endswith("Regierung") for q in found)


def test_source_phrase_stops_before_a_time_or_motive_the_recogniser_took_for_a_place(tagged_nlp):
    """`in Zukunft`, `aus Kostengründen` after the source's phrase are the clause's adverbials, not a
    seat (german.csv time_noun, causal_noun); a real place after `aus` stays the speaker's seat."""
    found = tagged_nlp("Die Steuern würden nach Meinung der beiden Abgeordneten in Zukunft steigen.")._.quotes
    assert [q.speaker.text for q in found if q.rule == "indirect:source"] == ["Meinung der beiden Abgeordneten"]
    found = tagged_nlp("Der Abriss soll laut Schnappauf aus Sicherheitsgründen erfolgen.")._.quotes
    assert [q.speaker.text for q in found if q.rule == "indirect:source"] == ["Schnappauf"]
    (q,) = tagged_nlp("Das sagte ein Reporter aus Leicestershire.")._.quotes
    assert q.speaker.text == "ein Reporter aus Leicestershire"


def test_source_phrase_after_laut_ends_at_the_clause_verb(tagged_nlp):
    """`Laut faz.net appellierte der Minister …`: the finite verb after the source closes it; the name
    behind the verb is the verb's subject, no part of the source (`laut dem Sprecher Max Muster` is one)."""
    found = tagged_nlp("Laut faz.net appellierte Außenminister Max Muster an die Teilnehmer, "
                       "sich stärker für den Klimaschutz zu engagieren.")._.quotes
    assert [q.speaker.text for q in found if q.rule == "indirect:source"] == ["faz.net"]
    found = tagged_nlp("Laut dem Sprecher Max Muster sei alles in Ordnung.")._.quotes
    assert [q.speaker.text for q in found if q.rule == "indirect:source"] == ["dem Sprecher Max Muster"]


def test_plural_prefield_before_a_singular_verb_is_the_object(tagged_nlp):
    """`Die streikenden Arbeiter beschrieb die Zeitung als …`: a plural cannot be the subject of a verb
    in the singular, so the singular phrase behind the verb speaks; with a plural verb the prefield does."""
    (q,) = tagged_nlp("Die streikenden Arbeiter beschrieb die Zeitung als „aggressiv“ und „laut“.")._.quotes
    assert q.speaker.text == "die Zeitung"
    (q,) = tagged_nlp("Die Arbeiter beschrieben die Lage als „ernst“.")._.quotes
    assert q.speaker.text == "Die Arbeiter"
    (q,) = tagged_nlp("Die neue Landesregierung räumt der Bildung hohe Priorität ein.")._.quotes
    assert q.speaker.text == "Die neue Landesregierung"  # a feminine singular; `der` after the verb a dative


def test_als_prefield_of_a_main_clause_keeps_the_cue_and_its_subject(tagged_nlp):
    """`Als wichtigste Aufgabe sieht es der Minister an, …`: `als` opens the prefield of a main clause
    (words follow the verb), so it is the word `etwas als X ansehen` requires, and the phrase after it
    is the label, not the speaker; a subordinate `als` clause (verb last) is no such idiom."""
    (q,) = tagged_nlp("Als wichtigste Aufgabe sieht es der Minister an, die Renten zu sichern.")._.quotes
    assert (q.type, q.speaker.text) == ("INDIRECT", "der Minister")
    assert tagged_nlp("Als die Polizei den Mann sah, rief sie Verstärkung.")._.quotes == []


def test_phrase_inside_an_attribute_is_not_the_speaker(tagged_nlp):
    """`Die für die EU zuständige Kommissarin erklärte, …`: `die EU` is the object of `für` inside the
    attribute of `Kommissarin`; the whole phrase speaks. `In einer gemeinsamen Erklärung hieß es` keeps
    its prepositional phrase as the source."""
    (q,) = tagged_nlp("Die für die EU zuständige Kommissarin erklärte, man werde bald handeln.")._.quotes
    assert q.speaker.text == "Die für die EU zuständige Kommissarin"
    (q,) = tagged_nlp("In einer gemeinsamen Erklärung hieß es, man werde bald handeln.")._.quotes
    assert q.speaker.text == "einer gemeinsamen Erklärung"


def test_wie_before_the_speakers_apposition_is_part_of_the_cue(tagged_nlp):
    # the apposition's commas split the `wie` clause; `wie` still opens it
    for text, cue in (("Wie Max Muster, ein Sprecher der Feuerwehr, mitteilte, brannte die Halle ab.",
                       ["Wie", "mitteilte"]),
                      ("Die Halle brannte ab, wie Max Muster, Sprecher der Feuerwehr, berichtete.",
                       ["wie", "berichtete"])):
        (q,) = quotes(tagged_nlp, text)[1]
        assert words(text, q.cue_char_spans()) == cue


def test_wie_in_a_list_before_a_verb_with_its_object_is_no_cue_word(tagged_nlp):
    text = "Länder, wie Frankreich, Italien und Spanien, lehnten den Plan ab."
    assert all("wie" not in words(text, q.cue_char_spans()) for q in quotes(tagged_nlp, text)[1])


def test_der_before_an_adjective_in_e_opens_a_subject_not_a_second_genitive_of_the_source(tagged_nlp):
    text = "Im neuen Haushalt soll nach Auskunft der Behörde der größte Teil der Kosten auf das Land entfallen."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == [
        "Auskunft der Behörde"]
    text = "Im Sommer wurde laut Angaben der Stadtwerke der neue Tarif für alle Kunden eingeführt."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == [
        "Angaben der Stadtwerke"]
    text = "Nach Angaben der Sprecherin der großen Koalition ist die Lage ernst."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1]] == ["Angaben der Sprecherin der großen Koalition"]


def test_a_focus_word_before_the_subject_leaves_the_verb_out_of_the_source_before_zufolge(tagged_nlp):
    text = "Auch die Rebellen gewinnen Medienberichten zufolge an Einfluss im Norden."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == ["Medienberichten"]
    text = "Auch den Angaben der Polizei zufolge ist der Wert zu hoch."
    assert [q.speaker.text for q in quotes(tagged_nlp, text)[1] if q.rule == "indirect:source"] == [
        "den Angaben der Polizei"]


def test_quotes_de_projection_leaves_out_positions_taken_by_acts(nlp):
    # quotes-de: an act (cues.csv kind `act`) is no speech event, so no quotation of the data set
    text = "Die Landesregierung verhängte am Montag ein Fahrverbot für schwere Lastwagen."
    doc = nlp(text)
    assert [q.rule for q in doc._.quotes] == ["reported:act"]
    assert predicted_quotes(doc) == []
    # negative: a verb of saying without content stays a reported quotation
    said = "Der Bürgermeister kritisierte am Montag das Fahrverbot für schwere Lastwagen."
    assert [p["type"] for p in predicted_quotes(nlp(said))] == ["REPORTED"]
    # the quoted words that an act names something as are still a Direct quotation
    judged = "Die Ministerin wies die Vorwürfe der Opposition als „völlig haltlos“ zurück."
    assert [(p["type"], words(judged, p["cue"])) for p in predicted_quotes(nlp(judged))] == [
        ("DIRECT", ["wies", "als", "zurück"])]


def test_a_speaker_joined_by_sowie_auch_or_als_auch_is_part_of_the_speakers_words(tagged_nlp):
    # quotes-de: coordinated speakers are one speaker phrase, the additive word or correlative included
    for text, speaker in (
            ("Die Caritas sowie auch die Diakonie kritisieren, dass die Mittel für die Pflege fehlen.",
             "Die Caritas sowie auch die Diakonie"),
            ("Sowohl die SPD als auch die Grünen erklärten, die Gespräche seien gescheitert.",
             "die SPD als auch die Grünen")):
        assert [words(text, p["speaker"]) for p in predicted_quotes(tagged_nlp(text))] == [[speaker]], text
    # negative: an object after `und auch` in the clause after the verb is no speaker
    text = "Die Caritas kritisiert die Kürzungen und auch die Regierung, sagte ein Sprecher."
    assert all("Regierung" not in " ".join(words(text, p["speaker"])) for p in predicted_quotes(tagged_nlp(text)))


def test_the_person_named_after_a_lands_genitive_and_a_noun_speaks(tagged_nlp):
    """`Kärntens Umweltanwalt Peter Gruber`: a Land's (a place's, a body's) genitive before a noun and a full
    name is an attribute of that person, who speaks on the Land's side, not the Land's government."""
    for text in ("Die Regeln seien zu streng, sagt Kärntens Umweltanwalt Peter Gruber.",
                 "Salzburgs Landesumweltanwalt Peter Gruber fordert ein Verbot der Anlage."):
        assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [("Peter Gruber", "AUT")], text
    # negative: without a name the Land's office speaks
    doc = tagged_nlp("Die Regeln seien zu streng, sagt Tirols Landesregierung.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Landesregierung (AUT)", "AUT")]


def test_a_persons_age_between_commas_belongs_to_the_speakers_words(tagged_nlp):
    # quotes-de: `Anna Kramer, 34,` is one speaker phrase, the age included
    doc = tagged_nlp("Die Lage sei ernst, sagte Anna Kramer, 34, im Krankenhaus.")
    assert [q.speaker.text for q in doc._.quotes] == ["Anna Kramer, 34"]
    # negative: a number after a common noun's comma is no age
    doc = tagged_nlp("Die Lage sei ernst, sagte der Sprecher, 34, im Krankenhaus.")
    assert all("34" not in q.speaker.text for q in doc._.quotes if q.speaker is not None)


def test_an_apposition_takes_a_prepositional_attribute_that_a_comma_closes(tagged_nlp):
    doc = tagged_nlp("Jonas Keller, der Unternehmer hinter der Firma, kündigte ein neues Modell an.")
    assert [q.speaker.text for q in doc._.quotes] == ["Jonas Keller, der Unternehmer hinter der Firma"]
    # negative: without the closing comma the phrase after the title is where or when someone spoke
    doc = tagged_nlp("„Wir sind zufrieden“, sagte Tony Auden, ein Sprecher des Zentrums vor Journalisten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Tony Auden"]


def test_a_bracket_closes_a_persons_apposition_before_the_verbs_object(tagged_nlp):
    doc = tagged_nlp("Wie Peter Jonas Brand, ein Sprecher der Freien Volksarmee (FVA) der Presse mitteilte, "
                     "seien neun Dörfer zerstört worden.")
    assert [q.speaker.text for q in doc._.quotes] == ["Peter Jonas Brand, ein Sprecher der Freien Volksarmee (FVA)"]
    # negative: after the bracket a finite verb opens the reported clause, the phrase was no apposition
    doc = tagged_nlp("Die Lage sei ernst, sagte Peter Brand, die Partei (FVA) habe versagt.")
    assert all("Partei" not in q.speaker.text for q in doc._.quotes if q.speaker is not None)


def test_an_adverb_before_an_adjective_stays_inside_the_speakers_attribute(tagged_nlp):
    doc = tagged_nlp("Die Lage sei ernst, sagte Peter Brand, der Sprecher der so genannten „Bürgerhilfe“.")
    assert [q.speaker.text for q in doc._.quotes] == ["Peter Brand, der Sprecher der so genannten „Bürgerhilfe“"]
    # negative: an adverb before the verb's object is no part of the speaker
    doc = tagged_nlp("Der Sprecher der Bürgerhilfe lobte gestern ausdrücklich die neuen Regeln.")
    assert all("gestern" not in q.speaker.text for q in doc._.quotes if q.speaker is not None)
    # negative: without an article before it the adverb opens no noun phrase: the object after a parenthesis
    doc = tagged_nlp("Wähler hätten zudem, schreibt Politik Heute, eine Schwäche für etwas abseitige Kandidaten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Politik Heute"]


def test_extra_spaces_inside_a_speakers_phrase_are_white_space(tagged_nlp):
    # scraped texts: the attribute after the whitespace token of a run of spaces stays the speaker's
    doc = tagged_nlp("Die Lage sei ernst, sagte Josef Schuster vom  Zentralrat der Juden.")
    assert [q.speaker.text for q in doc._.quotes] == ["Josef Schuster vom  Zentralrat der Juden"]
    doc = tagged_nlp("Die Lage sei ernst, sagte der Sprecher  des Vereins.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Sprecher  des Vereins"]
    # negative: a line break ends the phrase
    doc = tagged_nlp("Die Lage sei ernst, sagte der Sprecher\n\ndes Vereins.")
    assert all("Vereins" not in q.speaker.text for q in doc._.quotes if q.speaker is not None)


def test_the_head_of_a_speakers_phrase_with_an_apposition_is_before_its_comma(tagged_nlp):
    # the case of `Jonas Keller, der Unternehmer hinter der Firma` is its name's, not the case of `Firma`
    speakers = tagged_nlp.get_pipe("quote_finder").rules.speakers
    doc = tagged_nlp("Jonas Keller, der Unternehmer hinter der Firma, kündigte einen Roller an.")
    assert speakers._before_genitive_attribute(doc[0:8]).text == "Jonas Keller"
    # negative: without a comma the phrase is cut at its genitive attribute as before, or kept whole
    assert speakers._before_genitive_attribute(doc[3:8]).text == "der Unternehmer hinter der Firma"
    doc = tagged_nlp("Der Vorsitzende der Partei kündigte einen Roller an.")
    assert speakers._before_genitive_attribute(doc[0:4]).text == "Der Vorsitzende"


def test_a_source_noun_with_a_possessive_takes_no_genitive_attribute(tagged_nlp):
    # `seinen Worten` names its owner: `eines der ersten Dinge` after it is the clause's subject
    text = "Im Jahr 2000 war nach seinen Worten eines der ersten Dinge, die Druckmaschinen loszuwerden."
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.cue == "nach"] == ["seinen Worten"]
    # also across a scraped run of spaces
    text = "Im Jahr 2000 war nach seinen Worten  eines der ersten Dinge, die Druckmaschinen loszuwerden."
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.cue == "nach"] == ["seinen Worten"]
    # negative: a noun without a possessive keeps its genitive attribute
    doc = tagged_nlp("Nach Angaben eines der Beteiligten war die Lage ernst.")
    assert [q.speaker.text for q in doc._.quotes] == ["Angaben eines der Beteiligten"]


def test_quotes_de_projection_leaves_out_a_participles_agent(nlp):
    # quotes-de marks quotations: a position a participle's agent holds in an attribute (`reported:participle`)
    # is a claim, but no quotation there, as a position taken by an act is none
    text = "Die von der ÖVP geforderte Steuerreform wird nicht vor dem Sommer kommen."
    doc = nlp(text)
    assert [q.rule for q in doc._.quotes] == ["reported:participle"]
    assert predicted_quotes(doc) == []
    # negative: a position noun's holder stays a REPORTED quotation
    assert [p["type"] for p in predicted_quotes(nlp("Die Forderung der ÖVP nach einer Steuerreform blieb."))] \
        == ["REPORTED"]


def test_a_long_apposition_closed_by_a_comma_stays_with_the_name(tagged_nlp):
    # an apposition of up to 16 words (an office with its attributes) belongs to the speaker's words
    text = ("Karl Weber, der Kandidat der Liberalen Partei für das Amt des Bürgermeisters der Stadt bei der "
            "nächsten Wahl, kündigte an, auf staatliche Gelder zu verzichten.")
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [
        "Karl Weber, der Kandidat der Liberalen Partei für das Amt des Bürgermeisters der Stadt bei der nächsten Wahl"]
    # negative: words after a name that no comma or verb closes are still no apposition
    doc = tagged_nlp("„Wir sind zufrieden“, sagte Karl Weber, der Kandidat der Liberalen Partei vor Journalisten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Karl Weber"]


def test_a_country_genitive_after_an_organisations_name_belongs_to_the_speaker(tagged_nlp):
    # `die Demokratische Partei Thailands`: the country in the genitive is the organisation's attribute
    doc = tagged_nlp("Die Demokratische Partei Thailands erklärte, sie werde die Wahl boykottieren.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Demokratische Partei Thailands"]
    # negative: a country's genitive before the noun it belongs to is the object's, not the speaker's
    doc = tagged_nlp("Am Montag warf die Hamas Israels Armee vor, Zivilisten zu töten.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Hamas"]


def test_a_compound_of_the_media_speaks_for_the_media_not_for_its_country(nlp):
    # `laut US-Medien`: a compound naming the media (german.csv media_noun, medium_noun) is no government's account
    (q,) = quotes(nlp, "Laut US-Medien wird der Vertrag im Herbst unterzeichnet.")[1]
    assert (q.speaker.text, q.speaker.actor, q.speaker.actor_country) == ("US-Medien", "US-Medien", "")
    (q,) = quotes(nlp, "Laut US-Zeitungsberichten wird der Vertrag im Herbst unterzeichnet.")[1]
    assert q.speaker.actor_country == ""
    # negative: an official account in a compound keeps its country (`US-Angaben`)
    (q,) = quotes(nlp, "Laut US-Angaben wird der Vertrag im Herbst unterzeichnet.")[1]
    assert (q.speaker.actor, q.speaker.actor_country) == ("US-Regierung", "USA")


def test_an_english_name_with_of_stays_whole_in_the_speaker(tagged_nlp):
    # `University of Exeter`, `Secretary of State`: the lower-case links of an English name (german.csv
    # foreign_name_link) join its capitalised words, to the right and to the left of the mention
    doc = tagged_nlp("Die Proben seien älter als gedacht, sagte Lena Brandt von der University of Exeter.")
    assert [q.speaker.text for q in doc._.quotes] == ["Lena Brandt von der University of Exeter"]
    doc = tagged_nlp("Die Zinsen würden im Herbst steigen, teilte die Bank of England mit.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Bank of England"]
    doc = tagged_nlp("Die Verhandlungen seien schwierig, sagte Secretary of State Tom Baker.")
    assert [q.speaker.text for q in doc._.quotes] == ["Secretary of State Tom Baker"]
    # negative: a lower-case word that links no English name stays out (`am Montag` before the title)
    doc = tagged_nlp("Die Verhandlungen seien schwierig, sagte am Montag Minister Tom Baker.")
    assert [q.speaker.text for q in doc._.quotes] == ["Minister Tom Baker"]
    doc = tagged_nlp("Die Zinsen würden im Herbst steigen, teilte die Bank mit.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Bank"]


def test_the_title_after_von_of_hiess_es_stays_with_an_unknown_persons_name(tagged_nlp):
    # `hieß es vom Sprecher Jonas Keller`: the source after `von` of an impersonal verb of saying keeps its
    # title when the name is a person's the lexicons give no side (before: only `Jonas Keller`)
    doc = tagged_nlp("Die Gespräche seien gescheitert, hieß es vom Sprecher Jonas Keller.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [("Sprecher Jonas Keller", "Jonas Keller")]
    doc = tagged_nlp("Die Gespräche seien gescheitert, hieß es von Sprecherin Lena Brandt.")
    assert [q.speaker.text for q in doc._.quotes] == ["Sprecherin Lena Brandt"]
    # negative: without a person's name the phrase after `von` stays a phrase of no actor's name
    doc = tagged_nlp("Die Gespräche seien gescheitert, hieß es vom Sprecher.")
    assert [(q.speaker.text, q.speaker.kind) for q in doc._.quotes] != [("Sprecher", "name")]
    # negative: `von X` before a verb with no impersonal `es` (`ließ sich das nicht sagen`) names no source
    assert not tagged_nlp("Er hat sich gut gezeigt, von Jonas Keller ließ sich das nicht sagen.")._.quotes


def test_the_edition_a_medium_reports_in_belongs_to_the_speaker(tagged_nlp):
    # `die Tageszeitung in ihrer Onlineausgabe`: `in`, the medium's possessive and an edition noun (german.csv
    # edition_noun) after the medium go with it
    doc = tagged_nlp("Die Zahl der Anträge sei gestiegen, berichtete die Tageszeitung in ihrer Onlineausgabe.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Tageszeitung in ihrer Onlineausgabe"]
    # negative: another noun after the possessive is no edition (`in ihrer Analyse` stays out)
    doc = tagged_nlp("Die Zahl der Anträge sei gestiegen, berichtete die Tageszeitung in ihrer Analyse.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Tageszeitung"]
    # negative: an edition in the middle field, before more words, is the subject's (`Dieser verbreitet laut …`)
    doc = tagged_nlp("Dieser verbreitet laut Angaben der Tageszeitung in seiner Onlineausgabe besonders radikale Propaganda.")
    assert [q.speaker.text for q in doc._.quotes] == ["Angaben der Tageszeitung"]


def test_an_apposition_takes_a_quoted_name_after_its_noun_or_a_participle(tagged_nlp):
    # `Chef des Vereins „Hilfe für Kinder“`: a name in quotation marks after a noun of the apposition, and
    # `der so genannten „Nord-Ambulanz“`: a participle the tagger left a verb before the noun it qualifies
    for text, speaker in (
            ("Die Lage sei ernst, sagte Jonas Keller, Chef des Vereins „Hilfe für Kinder“.",
             "Jonas Keller, Chef des Vereins „Hilfe für Kinder“"),
            ("Die Verletzten seien außer Gefahr, sagte Jonas Keller, der Sprecher der so genannten „Nord-Ambulanz“.",
             "Jonas Keller, der Sprecher der so genannten „Nord-Ambulanz“")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # negative: quoted words after the apposition's noun and before more words close no apposition
    doc = tagged_nlp("Die Lage sei ernst, sagte Jonas Keller, Chef des Vereins „sehr bedauerlich“ nannte er das.")
    assert all(q.speaker is None or "bedauerlich" not in q.speaker.text for q in doc._.quotes)


def test_a_quoted_newspaper_after_a_persons_name_is_the_addressee_not_a_genitive(tagged_nlp):
    # `sagte Keller der „Süddeutschen Zeitung“ (Freitag)`: after a person's name `der`/`dem` and a quoted
    # name are the dative of the one spoken to (quotes-de: addressee), with the edition's day in brackets
    doc = tagged_nlp("Die Lage sei ernst, sagte Bundeskanzler Jonas Keller der „Abendpost“ (Freitag).")
    assert [q.speaker.text for q in doc._.quotes] == ["Bundeskanzler Jonas Keller"]
    # negative: after a noun of a person the quoted name stays the genitive attribute
    doc = tagged_nlp("Die Lage sei ernst, sagte der Sprecher der „Aktion Kinderhilfe“.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Sprecher der „Aktion Kinderhilfe“"]


def _source_speakers(nlp, text):
    return [(q.speaker.text, q.speaker.actor) for q in nlp(text)._.quotes if q.rule == "indirect:source"]


def test_a_feminine_possessive_source_takes_up_a_woman_or_several_never_one_man(tagged_nlp):
    # `nach ihren Worten`, `ihrer Meinung nach`: `ihr` agrees with a woman (a feminine role noun, a given name only
    # women have among the known persons) or with several, not with the man named last or the body named after her
    text = ("Lissabon – Portugal muss im Herbst der EU-Kommission einen neuen Haushaltsplan vorlegen. Die Verhandlungen "
            "verliefen gut, sagte eine Sprecherin des Wirtschaftsministers. Nach ihren Worten soll ein Abkommen bis "
            "Oktober stehen.")
    assert _source_speakers(tagged_nlp, text) == [("ihren Worten", "Wirtschaftsminister (PRT)")]
    text = ("Graz – Die Pflegereform komme zu spät, kritisierte Martina Gruber am Montag. Ihrer Meinung nach muss das "
            "Land mehr Pflegekräfte einstellen.")
    assert _source_speakers(tagged_nlp, text) == [("Ihrer Meinung", "Martina Gruber")]
    # negative: one man who spoke last is no owner of `ihrer Ansicht` (the phrase stays unplaced, no claim of his)
    text = ("Linz – Die Pflegereform komme zu spät, kritisierte Sozialminister Anton Berger am Montag. Ihrer Ansicht "
            "nach fehlen im Land tausende Pflegekräfte.")
    assert _source_speakers(tagged_nlp, text) == [("Ihrer Ansicht", "Ihrer Ansicht")]
    # negative: a party in the plural keeps its view
    text = "Wien – Die Grünen kritisierten am Montag die Pflegereform. Nach ihrer Ansicht fehlen im Land tausende Pflegekräfte."
    assert _source_speakers(tagged_nlp, text) == [("ihrer Ansicht", "Die Grünen (Österreich)")]


def test_a_masculine_possessive_source_takes_up_the_subject_before_an_object(tagged_nlp):
    # `nach seinen Angaben` after a sentence with a man as subject and another as accusative object: the subject
    text = ("Wien – Sozialminister Anton Berger empfing am Montag den Botschafter Karl Huber in Wien. Nach seinen "
            "Angaben ist die geplante Reform der Pflege ein Fehler.")
    assert _source_speakers(tagged_nlp, text) == [("seinen Angaben", "Anton Berger")]
    # negative: with no person as subject (a body), the man named as object is the one `sein` takes up
    text = "Wien – Die Polizei nahm am Montag den Verdächtigen Karl Huber fest. Nach seinen Angaben war die Tat ein Unfall."
    assert _source_speakers(tagged_nlp, text) == [("seinen Angaben", "Karl Huber")]


def test_a_dative_pronoun_before_zufolge_is_the_source(tagged_nlp):
    # `Ihr zufolge`, `Ihm zufolge`: the pronoun is the source, resolved by agreement (a woman for `ihr`, a man for `ihm`)
    text = ("Graz – Die Pflegereform komme zu spät, kritisierte Martina Gruber am Montag. Ihr zufolge muss das Land "
            "mehr Pflegekräfte einstellen.")
    assert _source_speakers(tagged_nlp, text) == [("Ihr", "Martina Gruber")]
    text = ("Wien – Die Pflegereform komme zu spät, kritisierte Sozialminister Anton Berger am Montag. Ihm zufolge muss "
            "das Land mehr Pflegekräfte einstellen.")
    assert _source_speakers(tagged_nlp, text) == [("Ihm", "Anton Berger")]
    # negative: `Ihr zufolge` after one man names no one, so he is given no demand he did not make
    text = ("Wien – Die Pflegereform komme zu spät, kritisierte Sozialminister Anton Berger am Montag. Ihr zufolge muss "
            "das Land mehr Pflegekräfte einstellen.")
    doc = tagged_nlp(text)
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes if q.rule == "indirect:source"] == [("Ihr", "Ihr")]
    assert [(c.actor, c.claim_type) for c in doc._.claims] == [("Anton Berger", "ACCUSATION")]
