"""Each attribution pattern on real German sentences, with a negative case for each."""

import pytest

from tests.test_entities import with_entities


def events(nlp, text):
    doc = nlp(text)
    return [(q.type, q.speaker.actor if q.speaker else None, q.rule) for q in doc._.quotes]


def test_direct_quote_with_cue_after(nlp):
    assert events(nlp, "„Die Uhr läuft“, sagte Rubio.") == [("DIRECT", "Marco Rubio", "direct:cue")]


def test_direct_quote_with_guillemets_and_cue_verb_mahnen(nlp):
    text = "»Es können keine Entscheidungen ohne die Ukraine getroffen werden«, mahnte Selenskyj."
    assert events(nlp, text)[0][:2] == ("DIRECT", "Wolodymyr Selenskyj")


def test_direct_quote_after_colon_introduction(nlp):
    text = "Beim Treffen in Brüssel wurde Rubio noch deutlicher: „Wir erwarten konkrete Fortschritte.“"
    assert events(nlp, text)[0][:2] == ("DIRECT", "Marco Rubio")


def test_direct_quote_continues_previous_speaker(nlp):
    text = "„Die Uhr läuft“, sagte Rubio. „Es geht nicht um Geld. Es geht um Stärke.“"
    assert [e[1] for e in events(nlp, text)] == ["Marco Rubio", "Marco Rubio"]


def test_scare_quotes_are_not_speech(nlp):
    """The marks around `antirussisches Projekt` set off a term, no words said: no DIRECT quote. The view
    (`X als Y sehen`, verbs.csv) is Putin's reported act, a claim in the seeds' gold."""
    assert events(nlp, "Putin sieht die Ukraine als „antirussisches Projekt“ des Westens.") == [
        ("REPORTED", "Wladimir Putin", "reported:act")]


def test_a_quoted_name_in_the_speakers_apposition_is_no_speech(tagged_nlp):
    # `Sprecherin der Initiative „Rettet den Wald“, sagte, …`: the marks set off the group's name; the comma
    # after the verb opens its reported clause, so the quote is none of its words
    doc = tagged_nlp("Anna Berg, die Sprecherin der Initiative „Rettet den Wald“, sagte, man werde klagen.")
    assert [q.type for q in doc._.quotes] == ["INDIRECT"]
    # negative: a short quote before `, sagte X` is speech
    assert [q.type for q in tagged_nlp("„Wir klagen“, sagte Anna Berg.")._.quotes] == ["DIRECT"]


def test_indirect_speech_with_konjunktiv(nlp):
    text = "Kremlsprecher Dmitri Peskow erklärte, der russische Präsident habe seine Bereitschaft betont."
    assert events(nlp, text)[0][:2] == ("INDIRECT", "Dmitri Peskow")


def test_follow_on_konjunktiv_sentences_keep_the_speaker(nlp):
    text = ("US-Verteidigungsminister Pete Hegseth äußerte sich in Brüssel. Er legte mehrere Zugeständnisse auf den "
            "Tisch:\nEine Nato-Mitgliedschaft der Ukraine sei kein realistisches Ergebnis.\n"
            "Washington werde keine eigenen Truppen entsenden.\nDer Saal leerte sich danach.")
    found = events(nlp, text)
    follow = [e for e in found if e[2] == "indirect:follow-on"]
    assert [e[1] for e in follow] == ["Pete Hegseth", "Pete Hegseth"]


def test_indicative_sentence_after_indirect_speech_is_not_attributed(nlp):
    text = "Lawrow sagte, Russland sei gesprächsbereit. Die Delegation reiste am Abend ab."
    assert [e[0] for e in events(nlp, text)] == ["INDIRECT"]


def test_reported_act_with_metonymy(nlp):
    assert events(nlp, "Moskau fordert die Anerkennung der besetzten Gebiete.")[0][:2] == ("REPORTED", "Kreml")


def test_inverted_subject_after_fronted_adverb(nlp):
    text = "Gleichzeitig zog Moskau jedoch die Legitimität Selenskyjs in Zweifel."
    assert events(nlp, text)[0][:2] == ("REPORTED", "Kreml")


def test_laut_and_zufolge(nlp):
    assert events(nlp, "Laut Lawrow sei das Gespräch sehr nützlich gewesen.")[0][:2] == ("INDIRECT", "Sergej Lawrow")
    assert events(nlp, "Dmitrijew zufolge zeigten sich die Gesprächspartner dialogbereit.")[0][1] == "Kirill Dmitrijew"


def test_compound_source_marker(nlp):
    assert events(nlp, "Nach Kreml-Angaben ist das nächste Treffen für Mai geplant.")[0][1] == "Kreml"


def test_aus_sicht_gives_the_view_of_a_placed_holder(nlp, claims_of):
    # `aus Sicht der X` names whose view the sentence is, like `nach Ansicht der X`
    text = "Die Schließung des Grenzübergangs war aus Sicht der EU-Kommission ein richtiger Schritt."
    assert events(nlp, text) == [("INDIRECT", "EU-Kommission", "indirect:source")]
    assert [c[:2] for c in claims_of(text)] == [("EU", "AGREEMENT")]
    # a view that names nobody (`aus heutiger Sicht`) is the author's, and no speaker for what follows
    assert events(nlp, "Aus heutiger Sicht ist die Schließung des Grenzübergangs ein richtiger Schritt.") == []
    # nor a country's perspective (`erläuterte die Politik aus Sicht Chinas`)
    assert events(nlp, "Die Schließung des Grenzübergangs war aus Sicht Österreichs ein richtiger Schritt.") == []
    # nor a view inside a dependent clause, which the main clause does not report
    assert events(nlp, "Während die Gespräche aus Sicht der EU-Kommission gescheitert waren, reiste Juncker ab.") == []


def test_claim_verb_in_the_sentence_wins_over_the_source_marker(nlp, claims_of):
    # the act stays Putin's claim; the source only vouches for it (an event of its own, no claim)
    found = events(nlp, "Nach Kreml-Angaben zeigt sich Putin offen für Gespräche.")
    assert found == [("INDIRECT", "Kreml", "indirect:act-source"), ("REPORTED", "Wladimir Putin", "reported:act")]
    assert len(claims_of("Nach Kreml-Angaben zeigt sich Putin offen für Gespräche.")) == 1


def test_a_source_inside_the_clause_vouches_for_the_reported_act(nlp):
    # `hat nach Angaben X … verhängt`: quotes-de marks X's quotation there, the act stays the actor's
    found = events(nlp, "Die Regierung hat nach Angaben der Opposition ein Demonstrationsverbot verhängt.")
    assert sorted(e[2] for e in found) == ["indirect:act-source", "reported:act"]
    # not when the verb reports speech of its own: the speaker's quotation alone
    found = events(nlp, "Lawrow sagte nach Angaben der Zeitung, dass die Gespräche fortgesetzt würden.")
    assert [e[2] for e in found] == ["indirect:cue"]


def test_an_insertion_between_the_speaker_and_the_dass_clause_is_no_content(tagged_nlp):
    # `sagte X, ohne … zu verweisen, dass …`: the reported clause is the `dass` clause after the insertion
    text = ("Am Donnerstag sagte der Kommandant der Truppe, ohne auf einen Vorfall einzugehen, "
            "dass ihn die Vorwürfe besorgt hätten.")
    (q,) = tagged_nlp(text)._.quotes
    assert (q.type, text[q.content_start:q.content_end]) == ("INDIRECT", "dass ihn die Vorwürfe besorgt hätten")
    # a clause with its own finite verb before the `dass` clause is the content itself
    text = "Am Donnerstag sagte der Kommandant, er könne sich vorstellen, dass die Vorwürfe stimmten."
    assert [text[q.content_start:q.content_end] for q in tagged_nlp(text)._.quotes][0].startswith("er könne")


def test_a_source_opening_the_sentence_frames_the_speech_its_verb_reports(nlp):
    # `Laut X sagte Y, dass …`: X reports that Y said it, two quotations (as quotes-de annotates)
    found = events(nlp, "Laut der Zeitung Iswestija sagte Lawrow, dass die Gespräche fortgesetzt würden.")
    assert sorted(e[2] for e in found) == ["indirect:cue", "indirect:source"]
    # a source inside the clause belongs to the verb's own event
    found = events(nlp, "Lawrow sagte nach Angaben der Zeitung, dass die Gespräche fortgesetzt würden.")
    assert [e[2] for e in found] == ["indirect:cue"]


def test_pronoun_resolves_to_previous_person(nlp):
    text = "Auch US-Außenminister Marco Rubio reiste nach Riad. Zwar forderte er die NATO-Staaten auf, mehr auszugeben."
    assert ("INDIRECT", "Marco Rubio") in [e[:2] for e in events(nlp, text)]  # `auffordern, … zu tun`


def test_er_continues_the_man_who_spoke_last_even_of_unknown_side(tagged_nlp):
    """`… sagte Igor Konaschenkow vom Verteidigungsministerium. Dabei seien …, sagte er`: `er` is the
    spokesman who spoke last, whose side nothing gives (no claim), not the president named before him."""
    text = ("Russland wolle Präsident Baschar al-Assad an der Macht lassen, sagte der Chef der Rebellen. "
            "Das Militär habe 900 Einsätze geflogen, sagte Igor Konaschenkow vom Verteidigungsministerium. "
            "Dabei seien 800 Ziele zerstört worden, sagte er dem Sender RT.")
    doc = tagged_nlp(text)
    last = [q for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"]
    assert [q.speaker.actor for q in last] == ["Igor Konaschenkow"]
    assert "Bashar al-Assad" not in [c.actor for c in doc._.claims]
    # a man of known side who spoke last still gives his claim
    # (no figures: a figure relayed is no claim)
    doc = tagged_nlp("Das Militär habe die Terrormiliz geschwächt, sagte Sergej Lawrow. Dabei müsse der Westen "
                     "endlich helfen, sagte er.")
    assert [c.actor for c in doc._.claims] == ["Sergej Lawrow", "Sergej Lawrow"]


def test_er_continues_a_speaker_whose_name_the_ner_missed(nlp):
    """`…, erklärte Aslan. Er verwies …`: one capitalised word that no lexicon lists and the NER did not tag
    spoke last; `er` goes on with him (no side, no claim), not with the minister named before him. A word
    with the ending of a noun of persons (`Schröder`, like `Kritiker`) is left to the man named last."""
    text = ("Wien – Integrationsminister Sebastian Kurz kritisierte die Kindergärten. Die Studie sei gründlich "
            "gewesen, erklärte Aslan am Montag. Er verwies darauf, dass sein Institut Anerkennung finde.")
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Sebastian Kurz", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "Er"] == ["Aslan"]
    assert not [c for c in doc._.claims if c.sentence.startswith("Er verwies")]
    doc = with_entities(nlp, text.replace("Aslan", "Schröder"), [("Wien", "LOC"), ("Sebastian Kurz", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "Er"] == [
        "Sebastian Kurz"]


def test_er_is_the_man_named_last_even_of_unknown_side(tagged_nlp):
    """`… rechnet Rainer Bunge mit steigenden Preisen. Er erklärt …`: `er` is the man named last, whose
    side nothing gives (no claim), not the person of known side named before him; a man of known side
    named last still gives his claim."""
    text = ("Der Ölpreis werde steigen, sagte Sergej Lawrow. Was den Preis von Metallen betrifft, rechnet {} "
            "ebenfalls mit einer steigenden Tendenz. Er erklärt, auch der Kupferpreis werde steigen.")
    doc = tagged_nlp(text.format("Rainer Bunge von der Hochschule für Technik Rapperswil"))
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "Er"] == ["Rainer Bunge"]
    assert "Sergej Lawrow" not in [c.actor for c in doc._.claims if "Kupfer" in c.sentence]
    doc = tagged_nlp(text.format("Heiko Maas"))
    assert [c.actor for c in doc._.claims if "Kupferpreis" in c.sentence] == ["Heiko Maas"]


def test_position_noun_with_genitive_holder(nlp):
    assert events(nlp, "Diese spiegeln Russlands Maximalforderungen wider.")[0][:2] == ("REPORTED", "Kreml")


def test_author_opinion_speculation_and_plain_events_are_not_speech(nlp):
    assert events(nlp, "Es ist nicht zu erwarten, dass ein stabiler Frieden verhandelt wird.") == []
    assert events(nlp, "Putin dürfte hoffen, seinen Zielen näher zu kommen.") == []
    assert events(nlp, "Rubio reiste nach Riad.") == []
    assert events(nlp, "Will Wladimir Putin tatsächlich Frieden?") == []


def test_position_noun_held_by_a_country_adjective(nlp):
    found = events(nlp, "Die Zustimmung zu den russischen Forderungen, die Ukraine zu entwaffnen, wäre ein Fehler.")
    assert ("REPORTED", "Kreml") in [e[:2] for e in found]


def test_sentence_opening_mention_before_a_relative_clause_is_the_subject(nlp):
    text = "Steve Witkoff, der Putin mehrfach in Moskau traf, sprach von gemeinsamen Projekten."
    assert events(nlp, text)[0][:2] == ("REPORTED", "Steve Witkoff")


def test_coordinated_clause_shares_the_subject_of_the_first(nlp):
    text = ("Mit Putin vereinbarte Trump den Start von Verhandlungen, sondern stellte auch ein "
            "Treffen in Aussicht.")
    found = [(q.cue, q.speaker.actor) for q in nlp(text)._.quotes]
    assert ("stellte … Aussicht", "Donald Trump") in found


def test_a_second_predicate_without_a_subject_shares_the_first_clauses(tagged_nlp):
    # a finite cue verb opening the clause after a comma, with no subject of its own (`…, bestreitet
    # aber, …`), shares the subject of the sentence's first clause
    def speakers(text):
        return [q.speaker.actor if q.speaker else None for q in tagged_nlp(text)._.quotes]
    assert speakers("Wien – Die Wirtschaftskammer gilt als ÖVP-nah, bestreitet aber, Gelder von der "
                    "Partei zu erhalten.") == ["Wirtschaftskammer"]
    assert speakers("Am Montag legt sich Sebastian Kurz nicht fest, stellt aber klar, dass er die Reform "
                    "noch im Mai vorlegen werde.") == ["Sebastian Kurz"]
    # a fronted subordinate clause holds its own subject; a passive predicate has none to share; nor has `hieß es`
    assert speakers("Weil die Wirtschaftskammer sich querlegt, kündigte an, dass die Reform kommt.") != [
        "Wirtschaftskammer"]
    assert tagged_nlp("Der Beamte wurde am Sonntag festgenommen und wird beschuldigt, Gelder "
                      "veruntreut zu haben.")._.claims == []
    assert speakers("Die genaue Zahl der Opfer ist noch unklar, hieß es am Abend.") in ([], [None])


def test_surname_tagged_as_organisation_is_still_the_person(tagged_nlp):
    doc = tagged_nlp("Präsident Nicolás Maduro sprach in Caracas. Maduro bezeichnete die Maßnahmen als Krieg.")
    assert [m._.actor for m in doc.spans["actors"] if m.text == "Maduro"] == ["Nicolás Maduro"]


def test_konjunktiv_two_sentences_after_the_speaker_is_still_theirs(nlp):
    text = ("US-Verteidigungsminister Pete Hegseth sagte, die Europäer müssten mehr tun. "
            "Die Konferenz dauerte bis zum Abend. "
            "Eine Nato-Mitgliedschaft der Ukraine sei kein realistisches Ergebnis.")
    found = [(q.rule, q.speaker.actor) for q in nlp(text)._.quotes]
    assert ("indirect:follow-on", "Pete Hegseth") in found


def test_konjunktiv_three_sentences_later_is_unattributed(nlp):
    text = ("US-Verteidigungsminister Pete Hegseth sagte, die Europäer müssten mehr tun. "
            "Die Konferenz dauerte bis zum Abend. Danach reisten alle ab. "
            "Eine Nato-Mitgliedschaft der Ukraine sei kein realistisches Ergebnis.")
    assert all(q.rule != "indirect:follow-on" for q in nlp(text)._.quotes)


def test_er_refers_to_the_last_person_not_to_an_organisation(nlp):
    text = ("Israels Ministerpräsident Benjamin Netanjahu lehnte ein Ende der Kämpfe ab, solange die Hamas "
            "herrsche. „Alle Geiseln müssen freikommen“, sagte er am Abend.")
    found = [(q.type, q.speaker.actor) for q in nlp(text)._.quotes if q.type == "DIRECT"]
    assert found == [("DIRECT", "Benjamin Netanjahu")]


def test_scare_quotes_stay_inside_the_clause(nlp):
    found = [(q.cue, q.speaker.actor) for q in nlp("Während Putin Selenskyj als „geschäftsunfähig“ abtut, "
                                                    "reist Rubio nach Riad.")._.quotes]
    assert ("abtut", "Wladimir Putin") in found


def test_konjunktiv_act_verb_after_a_speaker_is_reported_content(nlp):
    text = ("Kirill Dmitrijew sagte, die Gespräche seien gut verlaufen. Die Vereinigten Staaten hätten "
            "„Russlands Position gehört“ und seien „offen für Kompromisse“.")
    second = [q for q in nlp(text)._.quotes if q.sentence == 1]
    assert [(q.rule, q.speaker.actor) for q in second] == [("indirect:follow-on", "Kirill Dmitrijew")]


def test_er_continues_the_person_who_spoke_last_before_other_mentions(nlp):
    text = ("Kirill Dmitrijew sagte, Steve Witkoff sei ein guter Gesprächspartner. "
            "Gegenüber CNN kündigte er weitere Gespräche an.")
    found = [(q.cue, q.speaker.actor) for q in nlp(text)._.quotes if q.sentence == 1]
    assert found == [("kündigte … an", "Kirill Dmitrijew")]


def test_genitive_and_prepositional_lists_are_not_speakers(nlp):
    found = nlp("Diplomaten in Berlin und London berichten über Gerüchte.")._.quotes
    assert all(q.speaker is None or q.speaker.actor_country not in ("DEU", "GBR") for q in found)
    found = nlp("Laut Umfragen befürwortet eine große Mehrheit der Schweden den Beitritt.")._.quotes
    assert all(q.speaker is None or q.speaker.actor_country != "SWE" for q in found)


def test_position_noun_holder_is_the_genitive_name_alone(nlp, tagged_nlp):
    for pipeline in (nlp, tagged_nlp):
        (q,) = pipeline("Diese spiegeln im Wesentlichen Russlands Maximalforderungen wider.")._.quotes
        assert (q.speaker.text, q.speaker.actor) == ("Russlands", "Kreml")


def test_a_genitive_holder_after_the_position_noun_keeps_its_article(tagged_nlp):
    # `die Forderung der türkischen Regierung`: the holder's words with article and adjectives, as quotes-de
    # marks them; the actor is the mention's
    (q,) = tagged_nlp("Die Forderung der türkischen Regierung wurde abgelehnt.")._.quotes
    assert (q.speaker.text, q.speaker.actor_country) == ("der türkischen Regierung", "TUR")
    # a holder after `von` is named without the preposition's article
    (q,) = tagged_nlp("Kritik kam von den USA.")._.quotes
    assert q.speaker.text == "USA"


def test_konjunktiv_forms_the_tagger_reads_as_indicative_continue_the_speaker(nlp):
    # `gelte` (a t-stem, from the word list), `gebe` (any finite verb in -e) and `brächten`
    # (Konjunktiv II of a strong verb, right after the speech) continue the speaker
    text = ("Dieser Anschlag gefährdet den Frieden, erklärte der CDU-Politiker Friedrich Merz. "
            "Umso mehr gelte es, für den Rechtsstaat einzustehen. "
            "Die Zuwanderer brächten Fähigkeiten und Energien ein. "
            "Es gebe keinen Grund zur Panik.")
    follow = [(q.rule, q.speaker.actor) for q in nlp(text)._.quotes if q.rule == "indirect:follow-on"]
    assert follow == [("indirect:follow-on", "Friedrich Merz")] * 3


def test_weak_past_and_first_person_forms_in_e_are_no_konjunktiv(nlp):
    # `reiste` is a weak past, `sehe` after `ich` the indicative: no follow-on
    for second in ("Die Delegation reiste danach ab.", "Ich sehe keinen Grund zur Sorge."):
        text = f"Merz sagte, die Union sei bereit. {second}"
        assert [q.rule for q in nlp(text)._.quotes if q.rule == "indirect:follow-on"] == [], second


@pytest.mark.parametrize("second, expected", [
    ("Merz sei das bewusst, der SPD aber nicht.", []),  # someone speaks of Merz, who would say `ich`
    ("Merz habe die Reform danach nicht mehr halten können.", []),  # the author's or a third party's report
    ("Laut Merz sei das Gesetz verfassungswidrig.", ["Friedrich Merz"]),  # a source, his words
    ("Die Union sei bereit, erklärte Merz.", ["Friedrich Merz"]),  # named after the verb: his frame
    ("Merz riet der Union, hart zu bleiben, falls die SPD zögere.", ["Friedrich Merz"]),  # his own cue
    # named after another's cue verb: that subject's reason, about him
    ("Auch der Kurier ließ eine Klage prüfen, verzichtete aber darauf, weil Merz nicht das Ziel gewesen sei.", [])])
def test_a_follow_on_that_names_the_speaker_before_its_verb_is_said_of_him(tagged_nlp, second, expected):
    """`X sagte … . X sei das bewusst`: a Konjunktiv sentence that names the last speaker by name before its
    verb is someone's report about him, not his own continued speech."""
    text = f"Der CDU-Politiker Friedrich Merz sagte, die Lage sei ernst. {second}"
    doc = tagged_nlp(text)
    later = [q.speaker.actor for q in doc._.quotes if q.sentence == 1 and q.speaker is not None]
    assert later[:1] == expected, second


def test_a_norm_that_names_the_speaker_is_said_of_him(tagged_nlp):
    """`X sagte … . Zunächst aber braucht X eine Mehrheit.`: a norm right after someone spoke is his speech
    whose quotation marks were lost, unless it names him (he would say `ich`): then the author speaks of him."""
    text = "Der CDU-Politiker Friedrich Merz sagte am Montag, die Lage sei ernst. "
    doc = tagged_nlp(text + "Zunächst aber braucht Merz eine Mehrheit im Parteivorstand.")
    assert not [q for q in doc._.quotes if q.rule == "direct:unmarked"]
    # a norm that does not name him is his
    norm = tagged_nlp(text + "Zunächst aber braucht die Union eine Mehrheit im Parteivorstand.")
    assert [q.speaker.actor for q in norm._.quotes if q.rule == "direct:unmarked"] == ["Friedrich Merz"]


def test_participle_of_a_speech_verb_with_sein_is_no_cue(nlp):
    # `ist … gefragt` means "in demand": the speaker is the one who `sagte`
    text = "Es ist jetzt eine andere Politik gefragt als die mutlose Politik des Kanzlers, sagte Friedrich Merz."
    assert [(q.cue, q.speaker.actor) for q in nlp(text)._.quotes] == [("sagte", "Friedrich Merz")]
    asked = nlp("Friedrich Merz wurde gefragt, ob die Union zustimme.")._.quotes
    assert [q.cue for q in asked] == ["gefragt"]


def test_pronominal_adverb_stands_for_the_required_preposition(nlp):
    # `sich dafür aussprechen, … zu …` is `sich für … aussprechen`; without `für`/`dafür` no cue
    claims = nlp("Bundeskanzler Werner Faymann hat sich am Sonntag erneut dafür ausgesprochen, "
                 "die Asylstandards innerhalb der EU zu vereinheitlichen.")._.claims
    assert [(c.actor, c.claim_type) for c in claims] == [("Werner Faymann", "PROPOSAL")]
    assert not nlp("Werner Faymann hat das Urteil am Sonntag ausgesprochen.")._.claims


def test_participle_of_sprechen_von_is_the_cue(nlp):
    # `hat von X gesprochen` is `sprach von X` in the perfect: the `von` stands before the participle; the
    # impersonal passive (`Von X wird gesprochen, wenn …`) and `über X gesprochen` have no speaker of a label
    claims = nlp("SPÖ-Chef Andreas Babler hat am Sonntag von einem Angriff auf den Sozialstaat gesprochen.")._.claims
    assert [(c.actor, c.cue) for c in claims] == [("Andreas Babler", "von … gesprochen")]
    assert not nlp("Von einem Rekordjahr wird gesprochen, wenn mehr als eine Million Gäste kommen.")._.claims
    assert not nlp("Über die Zukunft der Koalition wurde am Montag nicht gesprochen.")._.claims


def test_subject_with_apposition_before_the_verb_speaks_not_the_object(tagged_nlp):
    # `Die Vorsitzende …, Ulrike Rabmer-Koller, fordert …`: the subject precedes the comma;
    # `…, betonte der UN-Chef` keeps the subject after the verb
    text = "Die Vorsitzende im Hauptverband, Ulrike Rabmer-Koller, fordert zusätzliche Finanzmittel für die Ärzte."
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Ulrike Rabmer-Koller"]
    after = tagged_nlp("Die Lage in Gaza ist ernst, betonte der UN-Generalsekretär António Guterres.")._.quotes
    assert [q.speaker.actor for q in after] == ["António Guterres"]


def test_a_persons_apposition_is_no_second_speaker(tagged_nlp):
    # `Präsident` names Zwanziger again: one speaker, the name with its title
    text = "Theo Zwanziger, Präsident des Deutschen Fußball-Bundes (DFB) nannte die Bewerbung „sehr respektabel“."
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Theo Zwanziger"]
    # a list of different persons keeps every one of them
    listed = tagged_nlp("Olaf Scholz, Emmanuel Macron und Giorgia Meloni forderten eine neue Ordnung.")._.quotes
    assert [q.speaker.actor for q in listed] == ["Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni"]


def test_a_name_after_a_title_and_its_genitive_is_the_speaker(tagged_nlp):
    for text, speaker, actor in (
            ("Der Premierminister des Kosovos Hashim Thaçi geht davon aus, dass die Lage ruhig bleibt.",
             "Der Premierminister des Kosovos Hashim Thaçi", "Hashim Thaçi"),
            ("Der Vorsitzende der Gewerkschaft Verdi Frank Bsirske forderte höhere Löhne.",
             "Der Vorsitzende der Gewerkschaft Verdi Frank Bsirske", "Frank Bsirske")):
        assert [(q.speaker.text, q.speaker.actor) for q in tagged_nlp(text)._.quotes] == [(speaker, actor)]
    # the name of a genitive person is not the speaker: `des Präsidenten Wladimir Putin`
    text = "Der Sprecher des Präsidenten Wladimir Putin, Dmitri Peskow, sagte, die Lage sei ruhig."
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Dmitri Peskow"]
    # a name followed by a noun is an object: the party speaks
    assert [q.speaker.actor for q in tagged_nlp("Am Montag warf die SPD Merkel Versagen vor.")._.quotes] == ["SPD"]


def test_a_genitive_attribute_is_no_subject_and_von_after_the_verb_names_the_source(tagged_nlp):
    # `nach Aussage des Angestellten`: a phrase opened by `des` is an attribute, no speaker
    text = "Laut dem Protokoll hatte nach Aussage des Angestellten niemand widersprochen, der Plan sei abgesprochen."
    assert tagged_nlp(text)._.quotes
    assert all(not (q.speaker and q.speaker.text.startswith("des")) for q in tagged_nlp(text)._.quotes)
    # a verb of saying with no subject: `von`/`seitens` right after it (or opening the clause) names the source
    doc = tagged_nlp("„Alle Anzeichen deuten auf einen Anschlag hin“, hieß es vom Abgeordneten des Föderationsrates.")
    assert [q.speaker.text for q in doc._.quotes] == ["Abgeordneten des Föderationsrates"]
    # german.csv impersonal_source_preposition: `hieß es bei` and a name of several words names the source whole
    doc = tagged_nlp("Die Zahl der Festnahmen sei gestiegen, hieß es bei Radio Free Europe.")
    assert [q.speaker.text for q in doc._.quotes] == ["Radio Free Europe"]
    doc = tagged_nlp("Die Journalisten seien abgedrängt worden, hieß es bei Ukraine Aktuell.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ukraine Aktuell"]
    # negative: an article after `bei` leaves the noun phrase as it was
    doc = tagged_nlp("Die Zahl der Festnahmen sei gestiegen, hieß es bei der Polizei.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Polizei"]
    # not a `von` phrase elsewhere in the clause
    doc = tagged_nlp("Man habe von Beginn an betont, offen für weitere Partner zu sein.")
    assert all(q.speaker is None or "Beginn" not in q.speaker.text for q in doc._.quotes)


def test_konjunktiv_one_by_its_form_on_the_tagged_pipeline(tagged_nlp):
    # `verschleppe` is in no word list: a finite verb in -e continues the speaker; the weak past `verschleppte` does not
    for verb, expected in (("verschleppe", ["Friedrich Merz"]), ("verschleppte", [])):
        text = f"Die Lage ist ernst, sagte Friedrich Merz. Die Regierung {verb} die Reform seit Monaten."
        follow = [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"]
        assert follow == expected, verb


def test_trailing_verb_of_saying_outranks_cues_inside_what_was_said(tagged_nlp):
    # `Wir werden darauf drängen, …, sagte Kurz`: `drängen` is what Kurz said, not an event without speaker
    text = ("Wir werden nicht locker lassen und darauf drängen, dass dieses Urteil nicht vollstreckt wird, "
            "sagte Außenminister Sebastian Kurz.")
    assert [(q.cue, q.speaker.actor) for q in tagged_nlp(text)._.quotes] == [("sagte", "Sebastian Kurz")]
    # `…, mahnte aber … an` is a second verb of the same subject, not a trailing report
    both = tagged_nlp("Nato-Generalsekretär Mark Rutte lobte die deutschen Anstrengungen, mahnte aber weitere Erhöhungen an.")
    assert [(q.cue, q.speaker.actor) for q in both._.quotes][0] == ("lobte", "Mark Rutte")


def test_glued_subheading_gives_way_to_the_name_before_the_verb(tagged_nlp):
    # scraped news glue a subheading onto the next sentence: `Sechs Jahre in der Komfortzone Strugl warnte …`
    text = ("Der ÖVP-Verhandler Michael Strugl sprach am Montag in Linz. Sechs Jahre in der Komfortzone "
            "Strugl warnte davor, das Flüchtlingsthema allein für die Verluste verantwortlich zu machen.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.cue == "warnte"] == ["Michael Strugl"]
    # a placed first subject keeps the verb
    listed = tagged_nlp("Die SPÖ und der ÖVP-Verhandler Michael Strugl kritisierten die Pläne.")
    assert [q.speaker.actor for q in listed._.quotes][0] == "SPÖ"
    # a name after the finite auxiliary is the object: the unplaced name before it is the subject
    asked = tagged_nlp("Der neue Weihbischof Klaus Luger hat Papst Benedikt XVI. gebeten, die Ernennung "
                       "zurückzunehmen.")
    assert [q.speaker.actor for q in asked._.quotes] == ["Klaus Luger"]
    assert [c.actor for c in asked._.claims] == []


def test_verbless_headline_gives_quoted_words_to_the_name_before_them(tagged_nlp):
    text = ('Landeshauptmann Josef Pühringer über Sympathiebekundung "wenig erfreut", '
            'Manfred Haimbuchner nach Sondierungsgespräch "positiv gestimmt". Die Gespräche gehen weiter.')
    found = [(q.rule, q.speaker.actor) for q in tagged_nlp(text)._.quotes]
    assert found == [("direct:headline", "Josef Pühringer"), ("direct:headline", "Manfred Haimbuchner")]
    # a scare quote in a sentence with a verb, or with nobody before it, is nobody's speech
    for other in ("Der „Wumms“ von Olaf Scholz verpufft.", "Ein „Wumms“ für die Wirtschaft von Olaf Scholz."):
        assert tagged_nlp(other)._.quotes == [], other


def test_pronoun_never_refers_back_to_the_news_agency_that_relayed(nlp):
    text = ("Das Urteil hat mich schockiert, sagte Außenministerin Annalena Baerbock der Nachrichtenagentur AFP. "
            "Sie sagte, die Regierung werde handeln.")
    speakers = [q.speaker.actor for q in nlp(text)._.quotes if q.speaker]
    assert "AFP" not in speakers and speakers[-1] == "Annalena Baerbock"


def test_relative_clause_with_subject_pronoun_speaks_for_its_antecedent(tagged_nlp):
    doc = tagged_nlp("Die Regierung lobte Olaf Scholz, der zuvor die Reform gefordert hatte.")
    assert ("gefordert", "Olaf Scholz") in [(q.cue, q.speaker.actor) for q in doc._.quotes]
    # `der` as a dative relative pronoun: the clause has its own subject, who speaks
    other = tagged_nlp("Die Regierung lobte die Ärztekammer, der Kanzlerin Angela Merkel eine Blockadehaltung vorwirft.")
    assert ("vorwirft", "Angela Merkel") in [(q.cue, q.speaker and q.speaker.actor) for q in other._.quotes]


def test_a_relative_clause_after_the_speaker_is_no_content(tagged_nlp):
    def contents(text):
        doc = tagged_nlp(text)
        return [doc.text[q.content_start:q.content_end] for q in doc._.quotes]
    assert contents("Die Regierung sucht nach Sündenböcken, sagte Grünen-Chef Cem Özdemir, der Berichterstatter "
                    "des Ausschusses ist.") == ["Die Regierung sucht nach Sündenböcken"]
    assert contents("Moskau sei bereit, sagte Kremlsprecher Dmitri Peskow, der Westen lüge.") == ["der Westen lüge"]


def test_verdict_right_after_speech_is_the_speakers(tagged_nlp):
    # scraped texts lose quotation marks: a present-tense verdict after someone spoke is theirs
    text = ("Justizminister Heiko Maas schrieb auf Twitter, Gauland wolle Menschen spalten. "
            "Die Aussagen sind schlicht rassistisch und menschenverachtend.")
    assert [(q.rule, q.speaker.actor) for q in tagged_nlp(text)._.quotes][-1] == ("direct:unmarked", "Heiko Maas")
    # a past-tense report with a judgement word is the author's narrative
    report = ("Justizminister Heiko Maas schrieb auf Twitter, Gauland wolle Menschen spalten. "
              "Der Grenzschutz registrierte danach 26.000 illegale Grenzübertritte.")
    assert all(q.rule != "direct:unmarked" for q in tagged_nlp(report)._.quotes)


def test_reported_act_that_opens_speech_with_a_colon_goes_on_speaking(nlp):
    spoke = nlp("Kanzler Olaf Scholz störte sich an den Reaktionen: Da werden Medien vorgeschoben. "
                "Ich halte das für falsch.")
    assert [(q.rule, q.speaker.actor) for q in spoke._.quotes][-1] == ("direct:unmarked", "Olaf Scholz")
    # a wish is no speech: a first-person sentence after it is not the wisher's (`acted_only`)
    wished = nlp("Kanzler Olaf Scholz wünscht sich eine Reform. Ich halte das für falsch.")
    assert all(q.rule != "direct:unmarked" for q in wished._.quotes)


def test_definite_description_must_name_a_person(tagged_nlp):
    # `der Verhandler`, `die Präsidentin` describe the last person named; `die Zeitung` names no person
    from pipeline.quotes.records import Speaker
    references = tagged_nlp.get_pipe("speaker_resolver").rules.references
    doc = tagged_nlp("Olaf Scholz schwieg am Montag. Die Zeitung verwies darauf, dass der Verhandler nichts sagte.")
    for mention in doc.spans["actors"]:
        mention._.gender = ""  # a person whose gender nobody knows
    def resolved(words: str) -> str:
        start = doc.text.index(words)
        return references.description_antecedent(doc, Speaker(words, start, start + len(words), words, "", "phrase")).actor
    assert resolved("der Verhandler") == "Olaf Scholz"
    assert resolved("Die Zeitung") == "Die Zeitung"


def test_reported_speech_of_a_resolved_pronoun_goes_on_speaking(tagged_nlp):
    text = ("Bundeskanzler Werner Faymann sprach am Sonntag im ORF. Zu Kontrollen sage er Ja, aber: Ich habe "
            "niemandem versprochen, einen Zaun zu bauen. Das ist ein Unsinn.")
    quotes = tagged_nlp(text)._.quotes
    assert [(q.rule, q.speaker.actor) for q in quotes if q.sentence == 2] == [("direct:unmarked", "Werner Faymann")]


def test_quotation_inside_indirect_speech_is_both_direct_and_indirect(nlp):
    # quotes-de annotates the reported clause around quoted words as a quotation of its own
    text = "Der Innenminister sagte, die Lage sei „ernst, aber durchaus noch beherrschbar“."
    assert [(q.type, q.cue, q.speaker.text, text[q.content_start:q.content_end]) for q in nlp(text)._.quotes] == [
        ("DIRECT", "sagte", "Der Innenminister", "„ernst, aber durchaus noch beherrschbar“"),
        ("INDIRECT", "sagte", "Der Innenminister", "die Lage sei „ernst, aber durchaus noch beherrschbar“")]
    # a quotation that is the whole clause is direct speech only
    for whole in ("„Wir bleiben bei unserer Linie“, sagte der Innenminister.",
                  "Der Innenminister sagte: „Wir bleiben bei unserer Linie, das ist klar.“"):
        assert [q.type for q in nlp(whole)._.quotes] == ["DIRECT"]


def test_the_main_verb_after_a_relative_clause_is_the_event(tagged_nlp):
    text = "Die Sprecherin, die den Bericht bestätigt hatte, erklärte, der Minister werde zurücktreten."
    assert [(q.type, q.cue, q.speaker.text) for q in tagged_nlp(text)._.quotes] == [
        ("INDIRECT", "erklärte", "Die Sprecherin")]
    # after a `wie` clause the finite verb opens the reported content
    told = "Wie die Polizei mitteilte, wurden bei dem Unfall drei Menschen verletzt."
    assert [(q.type, q.speaker.text) for q in tagged_nlp(told)._.quotes] == [("INDIRECT", "die Polizei")]


def test_a_cue_verb_after_a_wie_clause_has_a_subject_of_its_own(tagged_nlp):
    # `Wie die Zeitung berichtet, lehnt X … ab`: the medium is the source of the report, X rejects
    doc = tagged_nlp("Wie die Süddeutsche Zeitung berichtet, lehnt Außenminister Heiko Maas den Vorschlag ab.")
    assert [(c.actor, c.actor_country, c.claim_type) for c in doc._.claims] == [("Heiko Maas", "DEU", "REJECTION")]
    # a verb after a subject's second comma still shares that subject
    doc = tagged_nlp("Die Gewerkschaften kritisierten die Reform, lehnen jede Verlängerung ab und drohten mit Streiks.")
    assert {q.speaker.text for q in doc._.quotes} == {"Die Gewerkschaften"}


def test_a_role_joined_by_hyphens_stays_with_the_name_after_so(nlp):
    text = "„Die Zahlen sind ermutigend“, so Bahn-Sprecherin Anna Keller."
    assert [(q.rule, q.speaker.text) for q in nlp(text)._.quotes] == [("direct:so", "Bahn-Sprecherin Anna Keller")]


def test_the_frame_of_a_quotation_is_no_indirect_speech_around_it(nlp):
    # `so` and the speaker frame the quotation; no words of a reported clause of their own
    text = "„Die Zahlen sind ermutigend“, so die Sprecherin der Bahn."
    assert [(q.type, q.rule) for q in nlp(text)._.quotes] == [("DIRECT", "direct:so")]


def test_sie_never_refers_back_to_a_neuter_country_name(tagged_nlp):
    # `Kanada` (no article) is neuter: the `Sie` after it is the woman, whose side is unknown
    doc = tagged_nlp("Das Urteil sei unwiderruflich, sagte die nach Kanada geflüchtete Ehefrau des Bloggers. "
                     "Sie befürchtet nun, dass ihr Mann schon bald weitere Hiebe erdulden muss.")
    assert [c.actor_country for c in doc._.claims if c.sentence.startswith("Sie")] == []
    # a country named with the feminine article is what `sie` stands for
    turkey = tagged_nlp("Die Türkei lehnte den Plan ab. Sie fordert stattdessen neue Verhandlungen.")
    assert {c.actor_country for c in turkey._.claims if c.sentence.startswith("Sie")} == {"TUR"}


def test_sie_never_takes_up_a_body_of_a_masculine_or_neuter_noun(tagged_nlp):
    # `den Sicherheitsrat` is masculine: `Sie` is the country named with the feminine article, not the council
    doc = tagged_nlp("Am Montag rief die Türkei den UN-Sicherheitsrat an. Sie will dort Beweise vorlegen.")
    assert {c.actor_country for c in doc._.claims if c.sentence.startswith("Sie")} == {"TUR"}
    # a feminine body (`die EU-Kommission`) is what `sie` takes up
    doc = tagged_nlp("Am Montag rief Ungarn die EU-Kommission an. Sie will dort Beweise vorlegen.")
    assert {c.actor_country for c in doc._.claims if c.sentence.startswith("Sie")} == {"EU"}


def test_singular_sie_is_the_woman_named_last_even_of_unknown_side(tagged_nlp):
    # `Sie rief`: singular by its verb; the woman is the claimant, not `die USA` named before her
    doc = tagged_nlp("Die USA verhängten neue Sanktionen gegen Venezuela. Die Oppositionsführerin María Corina "
                     "Machado begrüßte die Sanktionen. Sie rief die Armee auf, sich auf die Seite der Verfassung "
                     "zu stellen.")
    speakers = [q.speaker.actor for q in doc._.quotes if doc.text[q.cue_start:].startswith("rief")]
    assert speakers == ["María Corina Machado"]
    assert [c.actor_country for c in doc._.claims if c.sentence.startswith("Sie")] == []
    # plural `sie` (`Sie riefen`) still names the group or country
    plural = tagged_nlp("Die USA verhängten neue Sanktionen gegen Venezuela. Sie riefen die Armee auf, "
                        "sich auf die Seite der Verfassung zu stellen.")
    assert {c.actor_country for c in plural._.claims if c.sentence.startswith("Sie")} == {"USA"}


def test_singular_sie_never_takes_up_a_plural_group_of_people(tagged_nlp):
    # `lehnte sie … ab`: singular by its verb, so `sie` is one woman (or a body), not `die Deutschen`
    text = ("Die Deutschen lasen ihre Bücher gern. Trotz der Tantiemen {} sie es ab, die Wohnung renovieren "
            "zu lassen.")
    assert [c.actor_country for c in tagged_nlp(text.format("lehnte"))._.claims] == []
    # plural `lehnten sie` still takes up the group
    assert [c.actor_country for c in tagged_nlp(text.format("lehnten"))._.claims] == ["DEU"]


def test_sie_after_its_finite_verb_is_singular_by_that_verb(tagged_nlp):
    # `Ansonsten ist sie skeptisch`: the finite verb before the pronoun is singular, so `sie` is the woman
    # named last, not `die EU`; `sind sie` is plural and names the group or country
    text = ("Innenministerin Johanna Mikl-Leitner war in Brüssel bei der EU. Ansonsten {} auch skeptisch, dass "
            "die Türkei die Migrationsströme einhalten werde.")
    assert [c.actor for c in tagged_nlp(text.format("ist sie"))._.claims] == ["Johanna Mikl-Leitner"]
    plural = tagged_nlp("Die Gewerkschaften und die Türkei protestierten. " + text.split(". ")[1].format("sind sie"))
    assert "Johanna Mikl-Leitner" not in [c.actor for c in plural._.claims]


def test_sie_after_a_verb_in_t_the_tagger_misses_is_singular(tagged_nlp):
    # `schließt sie … aus`: the small tagger reads `schließt` as no verb; its `-t` makes `sie` the woman named
    # last, not the chamber; `schließen sie` is plural and names the groups
    text = "{} Eine Rückkehr an den Verhandlungstisch {} sie vorerst aus."
    doc = tagged_nlp(text.format("Gesundheitsministerin Sabine Oberhauser kritisiert die Ärztekammer scharf.", "schließt"))
    assert [c.actor for c in doc._.claims if c.sentence.startswith("Eine")] == ["Sabine Oberhauser"]
    doc = tagged_nlp(text.format("Die Ärztekammer und die Gewerkschaft kritisieren Ministerin Sabine Oberhauser "
                                 "scharf.", "schließen"))
    assert "Sabine Oberhauser" not in [c.actor for c in doc._.claims if c.sentence.startswith("Eine")]


def test_singular_sie_continues_who_spoke_last_when_nothing_gives_their_gender(tagged_nlp):
    # `…, sagte Kim Park. Als Beispiel nannte sie …`: the person who spoke last, of unknown gender, not the
    # woman named before her; after a man spoke, `sie` is still the woman
    text = ("Handelskommissarin Cecilia Malmström stellte die Reform vor. Damit könnten Unternehmen Gesetze "
            "aushebeln, sagte {}. Als Beispiel nannte sie eine Klage.")
    doc = tagged_nlp(text.format("Kim Park"))
    assert [q.speaker.actor for q in doc._.quotes if q.speaker and q.speaker.text == "sie"] == ["Park"]
    assert [c.actor for c in doc._.claims if c.sentence.startswith("Als")] == []
    doc = tagged_nlp(text.format("Heiko Maas"))
    assert [c.actor for c in doc._.claims if c.sentence.startswith("Als")] == ["Cecilia Malmström"]


def test_sie_takes_up_a_subject_of_people_no_lexicon_knows_before_the_actor_named_earlier(tagged_nlp):
    # `Die Anrainer sehen das anders. …, erklärten sie`: the residents, whom no lexicon places, speak, not the
    # party named before them; a subject that names no people (`Die Kosten`) leaves `sie` to the party
    text = "Wien – Die Grünen wollen eine neue Straßenbahn. {} Der Plan sei {}, erklärten sie am Montag."
    doc = tagged_nlp(text.format("Die Anrainer sehen das anders.", "falsch"))
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "erklärten"] == [""]
    assert not [c for c in doc._.claims if c.sentence.startswith("Der Plan")]
    doc = tagged_nlp(text.format("Die Kosten seien gering.", "richtig"))
    assert [c.actor for c in doc._.claims if c.sentence.startswith("Der Plan")] == ["Die Grünen (Österreich)"]


def test_no_subject_inside_a_fronted_prepositional_phrase(tagged_nlp):
    # the prepositional phrase fills the only place before the finite verb: the subject follows it
    doc = tagged_nlp("In einem Interview mit der New York Times erklärte der Direktor der Atombehörde, "
                     "Mohammed el-Baradei, Nordkorea besitze vier bis sechs Atomwaffen.")
    assert "New York Times" not in {q.speaker.actor for q in doc._.quotes if q.speaker}
    # after the finite verb, inside the clause, the subject may stand before the participle
    after = tagged_nlp("In Budapest haben tausende Ungarn gegen die Bildungspolitik der Regierung protestiert.")
    assert [q.speaker.text for q in after._.quotes if q.speaker] == ["tausende Ungarn"]
    # an attribute of the subject is no fronted phrase: the newspaper's editorial speaks
    editorial = tagged_nlp("Ein Leitartikel in der Washington Post forderte Obama zu einer härteren Gangart auf.")
    assert [c.actor for c in editorial._.claims] == ["Washington Post"]


def test_a_word_in_e_read_as_a_plural_verb_is_no_konjunktiv(tagged_nlp):
    # the tagger reads `nahe` as a finite plural verb: no third-person Konjunktiv I, so no follow-on
    doc = tagged_nlp("Kurdenpräsident Massud Barsani forderte den Rückzug der PKK-Kämpfer aus der Region. Das Attentat "
                     "vom Sonntag galt einem Stützpunkt von Armee und Polizei nahe der Stadt Dogubayazit an der "
                     "iranischen Grenze.")
    assert [q.rule for q in doc._.quotes if doc.text[q.content_start:].startswith("Das Attentat")] == []
    # a real Konjunktiv I in `-e` still continues the speaker
    speech = tagged_nlp("Der Kurdenpräsident Massud Barsani forderte den Rückzug der Kämpfer. Die Region gebe "
                        "keinen Schutz für Angriffe auf die Türkei.")
    assert [q.rule for q in speech._.quotes if speech.text[q.content_start:].startswith("Die Region")] == ["indirect:follow-on"]


def test_an_embedded_tweet_is_the_verbatim_speech_of_who_was_named_before_it(nlp):
    text = ("Justizminister Heiko Maas meldete sich am Abend zu Wort. Wer so über Nachbarn redet, hat nichts "
            "verstanden. #AfD schadet dem Land! #Boateng pic.twitter.com/abc123XYZ Die AfD wies die Kritik zurück.")
    doc = nlp(text)
    tweets = [(doc.text[q.content_start:q.content_end], q.speaker.actor) for q in doc._.quotes if q.rule == "direct:tweet"]
    assert tweets == [("Wer so über Nachbarn redet, hat nichts verstanden.", "Heiko Maas"),
                      ("#AfD schadet dem Land!", "Heiko Maas")]
    # the same words without a tweet's link are the report's own
    plain = nlp(text.replace(" #Boateng pic.twitter.com/abc123XYZ", ""))
    assert not [q for q in plain._.quotes if q.rule == "direct:tweet"]


def test_a_linked_headline_that_reports_an_act_is_no_tweet_of_the_speaker_before(nlp):
    # `Grüne fordern …` reports someone else's act: a linked news item, not Scholz's words
    doc = nlp("Bundeskanzler Olaf Scholz verurteilte die Aktion. Grüne fordern Rücktritt des Ministers. "
              "https://t.co/xY12abCD Die Debatte geht weiter.")
    assert not [q for q in doc._.quotes if q.rule == "direct:tweet"]
    # a tweet longer than a tweet can be is the report again
    long = nlp("Bundeskanzler Olaf Scholz verurteilte die Aktion. " + "Das war so nicht geplant und auch nicht "
               "abgesprochen. " * 8 + "pic.twitter.com/abc123XYZ Die Debatte geht weiter.")
    assert not [q for q in long._.quotes if q.rule == "direct:tweet"]


def test_a_mention_after_a_preposition_and_its_article_speaks_only_when_no_other_does(tagged_nlp):
    # `in der ARD` is where Maas spoke, not who spoke
    doc = tagged_nlp("Die Lage sei ernst, sagte am Abend in der ARD Außenminister Heiko Maas.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Heiko Maas"]
    # with no other candidate, the newspaper an editorial appeared in is the speaker
    editorial = tagged_nlp("Ein Leitartikel in der Washington Post forderte eine härtere Gangart gegenüber China.")
    assert [c.actor for c in editorial._.claims] == ["Washington Post"]


def test_a_place_after_a_noun_and_its_preposition_is_no_speaker(tagged_nlp):
    # `Beobachter in der Ukraine`: where the observers are, not the Ukrainian state speaking
    for text in ("Die Wahl sei manipuliert worden, sagten unabhängige Beobachter in der Ukraine.",
                 "Die Sanktionen seien wirkungslos, kritisieren Ökonomen in der Schweiz."):
        assert [c.actor_country for c in tagged_nlp(text)._.claims] == []
    # a text in a medium is still the medium's
    editorial = tagged_nlp("Ein Kommentar in der Washington Post forderte eine härtere Gangart gegenüber China.")
    assert [c.actor for c in editorial._.claims] == ["Washington Post"]


def test_a_name_after_a_preposition_and_a_title_noun_is_no_speaker(tagged_nlp):
    # `gegen Gastgeber Frankreich`: the opponent the preposition governs, not who spoke
    doc = tagged_nlp("Das Team sei in guter Form, sagte der Trainer vor dem Spiel gegen Gastgeber Frankreich.")
    assert [c.actor_country for c in doc._.claims] == []
    # an adverbial's noun is no title: the name after it still speaks
    doc = tagged_nlp("Der Plan sei gescheitert, sagte auf Nachfrage Frank-Walter Steinmeier.")
    assert [c.actor for c in doc._.claims] == ["Frank-Walter Steinmeier"]


def test_a_place_inside_an_extended_attribute_is_no_speaker(tagged_nlp):
    # `der in der Schweiz lebende Mann`: where the man lives, not the Swiss state denying
    doc = tagged_nlp("Der in der Schweiz lebende Mann habe die Vorwürfe bestritten.")
    assert [c.actor_country for c in doc._.claims] == []
    # `die von der Türkei unterstützten Rebellen`: a participle in an attribute reports no act, also
    # when the preposition has its own article or adjectives follow the participle
    for text in ("Die Kurden kämpften gegen die von der Türkei unterstützten islamistischen Rebellen.",
                 "Die Kurden rangen am Montag mit von der Türkei aus der Luft unterstützten Rebellen um die Ortschaft."):
        assert [c.actor_country for c in tagged_nlp(text)._.claims] == []
    # the verb itself still reports the act, and a person named in the phrase still speaks
    assert [c.actor_country for c in tagged_nlp("Die Türkei unterstützt die Rebellen.")._.claims] == ["TUR"]
    doc = tagged_nlp("Die in Wien lebende Politikerin Eva Glawischnig kritisierte die Regierung.")
    assert [c.actor for c in doc._.claims] == ["Eva Glawischnig"]
    # the agent of a text's participle is its author, who speaks through it
    doc = tagged_nlp("Der von der EU vorgelegte Entwurf forderte eine sofortige Waffenruhe.")
    assert [c.actor_country for c in doc._.claims] == ["EU"]


def test_hiess_es_aus_takes_its_source_from_its_own_clause(tagged_nlp):
    # `aus der Türkei` in the words reported after the comma is no source of `hieß es`
    for text in ("Dennoch hieß es in einem Entwurf für die Gipfelerklärung, die Migrationsströme aus der Türkei "
                 "nach Griechenland seien weiterhin viel zu hoch.",
                 "Am Montag kamen 3.000 Menschen mit Bussen aus Kroatien an, hieß es vonseiten der Polizei."):
        assert [c.actor_country for c in tagged_nlp(text)._.claims] == [], text
    # before or after the verb in its clause, a bracket between, the source speaks
    for text in ("Russland werde die Sanktionen nicht hinnehmen, hieß es am Montag aus dem Kreml.",
                 "Aus dem Kreml (Moskau) hieß es, Russland werde die Sanktionen nicht hinnehmen."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == ["Kreml"], text


def test_a_list_a_preposition_governs_speaks_not_after_its_comma(tagged_nlp):
    # the clause after the list's comma continues `aus dem Irak`: the refugees' countries of origin
    doc = tagged_nlp("Nach der Grenzöffnung müssen die Flüchtlinge aus dem Irak, Syrien und Afghanistan erklären, "
                     "dass sie nach Deutschland weiterreisen wollen.")
    assert [c.actor_country for c in doc._.claims] == []
    doc = tagged_nlp("Menschen in Polen, Tschechien oder Ungarn lehnen die Quote ab.")
    assert [c.actor_country for c in doc._.claims] == []
    # a list that opens the clause speaks, every member
    doc = tagged_nlp("Frankreich, Großbritannien und Deutschland drohten mit Sanktionen.")
    assert [c.actor_country for c in doc._.claims] == ["FRA", "GBR", "DEU"]


def test_herrn_marks_an_object_not_a_speaker(tagged_nlp):
    doc = tagged_nlp("Jérôme Boateng spielte am Sonntag. Gegen die Überschrift wolle er vorgehen, denn ich habe "
                     "Herrn Boateng überhaupt nicht bewertet oder abgewertet.")
    # (`er` may be the Boateng named before: `Herrn Boateng` itself names no speaker)
    assert not [q for q in doc._.quotes if q.speaker and q.sentence == 1 and "Boateng" in q.speaker.text]


def test_a_verb_in_brackets_frames_nothing_outside_them(tagged_nlp):
    # the headline in brackets is quoted, its verb `beleidigt` reports nothing around it
    doc = tagged_nlp("Am Abend räumte Alexander Gauland ein, der Name möge gefallen sein. Gegen die Überschrift des "
                     "Artikels (Gauland beleidigt Boateng) wolle er dennoch juristisch vorgehen, denn ich habe Herrn "
                     "Boateng überhaupt nicht bewertet oder abgewertet.")
    second = [q for q in doc._.quotes if q.sentence == 1]
    assert [q.rule for q in second] == ["indirect:follow-on"] and second[0].speaker.actor == "Alexander Gauland"
    # a bracket without a verb (a party label) changes nothing
    label = tagged_nlp("Verteidigungsminister Gerald Klug (SPÖ) forderte mehr Geld für das Bundesheer.")
    assert [c.actor for c in label._.claims] == ["Gerald Klug"]


def test_hyphenated_description_after_the_cue_is_the_speaker(tagged_nlp):
    # `fordert die Hauptverbands-Chefin die Berücksichtigung …`: the compound is the subject, not the object after it
    text = ("Wien – Die Vorsitzende im Hauptverband, Ulrike Rabmer-Koller, sprach am Montag. Wenn die Ärzte "
            "zusätzliche Leistungen anbieten sollen, dann werde das nicht ohne zusätzliche Mittel gehen, fordert "
            "die Hauptverbands-Chefin die Berücksichtigung des Prinzips Geld folgt Leistung.")
    quotes = [q for q in tagged_nlp(text)._.quotes if q.cue == "fordert"]
    assert [(q.speaker.text, q.speaker.actor) for q in quotes] == [("die Hauptverbands-Chefin", "Ulrike Rabmer-Koller")]
    # with no woman named before, the description names nobody: no claim
    assert tagged_nlp(text.split(". ", 1)[1])._.claims == []


def test_a_dateline_is_not_part_of_the_parsed_subject_phrase(tagged_nlp):
    # `Berlin –` says where the report comes from: the states have no side, Berlin is no speaker
    doc = tagged_nlp("Berlin – Mehrere Staaten kritisierten den Plan der Regierung scharf.")
    assert [q.speaker.text for q in doc._.quotes] == ["Mehrere Staaten"] and doc._.claims == []
    # without a dateline the capital as subject still speaks for its government
    capital = tagged_nlp("Berlin kritisierte den Plan der Regierung in Warschau scharf.")
    assert [c.actor_country for c in capital._.claims] == ["DEU"]


def test_adjectives_before_a_noun_without_article_belong_to_the_speaker(tagged_nlp):
    # `Französische Zeitungen`, `britische Medien`: an unnamed group's adjectives are part of its phrase
    doc = tagged_nlp("Französische Zeitungen berichteten, dass der Minister seinen Rücktritt erwäge.")
    assert [q.speaker.text for q in doc._.quotes] == ["Französische Zeitungen"]
    late = tagged_nlp("Am Morgen meldeten britische Medien, dass die Regierung neue Wahlen plane.")
    assert [q.speaker.text for q in late._.quotes] == ["britische Medien"]
    # an adverb is no adjective, and adjectives after a preposition belong to its phrase
    adverb = tagged_nlp("Unterdessen meldeten außerdem Zeitungen, dass die Regierung neue Wahlen plane.")
    assert [q.speaker.text for q in adverb._.quotes] == ["Zeitungen"]
    governed = tagged_nlp("Im weiteren Verlauf des Berichts wird deutlich, dass die Reform scheitern könnte.")
    assert not any(q.speaker and q.speaker.text.startswith("weiteren") for q in governed._.quotes)


def test_a_hyphenated_compound_noun_is_a_speaker_whatever_its_tag(tagged_nlp):
    # the tagger reads `UNHCR-Mitarbeiter` as an adjective; its capitalised last part makes it a noun
    doc = tagged_nlp("Die Versorgung der Flüchtlinge sei völlig unzureichend, sagte ein UNHCR-Mitarbeiter.")
    assert [q.speaker.text for q in doc._.quotes] == ["ein UNHCR-Mitarbeiter"]
    # a compound adjective (`SPD-nahe`) stays an adjective of the noun after it
    near = tagged_nlp("Die Lage in den Lagern sei dramatisch, erklärten gestern SPD-nahe Gewerkschafter.")
    assert [q.speaker.text for q in near._.quotes] == ["SPD-nahe Gewerkschafter"]


def test_a_cue_word_ends_a_speaker_phrase_that_ran_over_it(tagged_nlp):
    # `spricht … von`: what follows `von` is what was said, not part of `die Regierung`
    doc = tagged_nlp("Inzwischen spricht die Regierung von einem Erfolg der Verhandlungen, die Einigung sei nahe.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["die Regierung"]
    # a `von` that is no cue word stays in the speaker's name
    member = tagged_nlp("Ein Sprecher von Amnesty International erklärte, die Haftbedingungen seien unmenschlich.")
    assert [q.speaker.text for q in member._.quotes] == ["Ein Sprecher von Amnesty International"]


def test_a_second_coordinated_person_with_a_possessive_title_also_speaks(tagged_nlp):
    # `Macron und sein deutscher Amtskollege Olaf Scholz`: the title after `und sein` belongs to the second subject
    doc = tagged_nlp("Am Dienstag forderten Emmanuel Macron und sein deutscher Amtskollege Olaf Scholz eine "
                     "gemeinsame europäische Antwort auf die Zölle.")
    assert {q.speaker.actor for q in doc._.quotes} == {"Emmanuel Macron", "Olaf Scholz"}
    # a possessive that is no title of a following person joins nobody: `Macron und seine Regierung`
    alone = tagged_nlp("Am Dienstag forderte Emmanuel Macron in seiner Rede an Olaf Scholz eine gemeinsame "
                       "europäische Antwort auf die Zölle.")
    assert {q.speaker.actor for q in alone._.quotes} == {"Emmanuel Macron"}


def test_a_bare_infinitive_clause_takes_the_main_clause_subject(tagged_nlp):
    # `war bemüht, jeden Eindruck zu vermeiden, dass …`: the infinitive has no subject of its own, Scholz speaks
    doc = tagged_nlp("Bundeskanzler Olaf Scholz war am Montag sichtlich bemüht, jeden Eindruck zu vermeiden, "
                     "dass die Koalition zerstritten sei.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "vermeiden"] == ["Olaf Scholz"]
    # an infinitive after a noun is the noun's (`ein Versuch, … zu vermeiden`), not the subject's
    noun = tagged_nlp("Selenskyjs Brief an die Union wirkt wie ein Versuch, Kompromissbereitschaft zu signalisieren.")
    assert "Wolodymyr Selenskyj" not in [q.speaker.actor for q in noun._.quotes if q.speaker]


def test_ich_beside_a_cue_after_someone_spoke_is_that_speaker(tagged_nlp):
    # the quotation marks of the second sentence are lost: `ich verspreche` is Scholz's own voice
    doc = tagged_nlp("Bundeskanzler Olaf Scholz sagte am Montag, die Lage sei ernst. Doch ich verspreche, "
                     "dass wir die Renten sichern werden.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "verspreche"] == ["Olaf Scholz"]
    # with nobody speaking before, `ich` names nobody
    alone = tagged_nlp("Doch ich verspreche, dass wir die Renten sichern werden.")
    assert not [q.speaker.actor for q in alone._.quotes if q.speaker and q.speaker.actor]


def test_a_particle_written_apart_right_before_its_verb_in_a_verb_final_clause(tagged_nlp):
    # `wie … bekannt gab`, `hat … bekannt gegeben`: the separable particle stands before the verb, apart
    doc = tagged_nlp("Wie das isländische Fischereiministerium heute bekannt gab, wird Island den kommerziellen "
                     "Walfang wieder aufnehmen.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "das isländische Fischereiministerium")]
    perfect = tagged_nlp("Der niederländische Ministerpräsident Jan Peter Balkenende hat am Abend überraschend "
                         "seinen Rücktritt bekannt gegeben.")
    assert [q.speaker.actor for q in perfect._.quotes] == ["Jan Peter Balkenende"]
    # `zu` right before an infinitive is its infinitive marker, not the particle of `zugeben`
    infinitive = tagged_nlp("Der Minister weigerte sich am Montag, darüber Auskunft zu geben.")
    assert not [q for q in infinitive._.quotes if "geben" in q.cue]


def test_nach_before_its_noun_is_a_preposition_not_the_particle_of_nachgeben(tagged_nlp):
    # `gab es … nach einer Demonstration`: `nach` opens a phrase, nobody gave in
    doc = tagged_nlp("Ende April gab es dann nach einer Demonstration die ersten Verletzten.")
    assert not doc._.quotes
    # closing its clause, `nach` is the particle: `Die Regierung gab schließlich nach.`
    gave_in = tagged_nlp("Die Regierung in Kiew gab am Ende der Verhandlungen schließlich nach.")
    assert [q.speaker.text for q in gave_in._.quotes if "nach" in q.cue] == ["Die Regierung in Kiew"]


def test_a_cue_word_the_tagger_reads_as_a_determiner_is_no_verb(tagged_nlp):
    # `mit einigen anderen Künstlern`: the determiner `einigen`, not `sich einigen`
    doc = tagged_nlp("Das Nationaltheater Mannheim war mit einigen anderen Künstlern ebenfalls zugegen.")
    assert not doc._.quotes
    agreed = tagged_nlp("Die Parteien einigen sich am Ende auf einen Kompromiss.")
    assert [q.speaker.text for q in agreed._.quotes if q.cue == "einigen"] == ["Die Parteien"]


def test_a_disaster_that_claims_lives_demands_nothing(tagged_nlp):
    # `forderte zwölf Todesopfer`: `fordern` of lives lost is no demand, and the victims are no speaker
    doc = tagged_nlp("Zwölf Todesopfer forderte ein Taifun, der am Sonntag den Norden der Philippinen heimsuchte.")
    assert not doc._.quotes
    lives = tagged_nlp("Das Erdbeben im Süden des Landes forderte mindestens 9.000 Menschenleben.")
    assert not lives._.quotes
    # a demand for the victims is still one
    demand = tagged_nlp("Die Opposition forderte am Montag eine Entschädigung für die Opfer.")
    assert [q.speaker.text for q in demand._.quotes if q.cue == "forderte"] == ["Die Opposition"]


def test_defending_a_title_or_a_lead_in_sport_is_no_position(tagged_nlp):
    # `verteidigte das Gelbe Trikot`, `verteidigt ihren zweiten Platz`: a race, not an endorsement
    doc = tagged_nlp("Der US-amerikanische Tour-Favorit Lance Armstrong verteidigte das Gelbe Trikot mit Erfolg.")
    assert not doc._.quotes
    place = tagged_nlp("Magdalena Schnurr verteidigt ihren zweiten Platz in der Gesamtwertung.")
    assert not place._.quotes
    # defending a decision is one
    policy = tagged_nlp("Bundeskanzlerin Angela Merkel verteidigte am Sonntag den Gesetzentwurf der Regierung.")
    assert [q.speaker.actor for q in policy._.quotes if q.cue == "verteidigte"] == ["Angela Merkel"]


def test_seeing_something_in_it_is_a_view(tagged_nlp):
    # `sieht darin Parallelen`: a judgement of the speaker, and the Konjunktiv I after it goes on with it
    doc = tagged_nlp("Greenpeace-Atomexperte Mathias Edler sieht darin Parallelen zu dem Trafobrand im Jahr 2007. "
                     "Die Ursache für den Trafobrand sei nie gefunden worden.")
    assert [(q.rule, q.speaker.actor) for q in doc._.quotes] == [
        ("reported:act", "Mathias Edler"), ("indirect:follow-on", "Mathias Edler")]
    # seeing a thing is no view
    seen = tagged_nlp("Der Minister sah am Montag die Ausstellung im Museum der Stadt.")
    assert not seen._.quotes


def test_a_text_that_kept_its_quotation_marks_has_no_unmarked_speech(tagged_nlp):
    # speech in quotation marks in two sentences: the unmarked sentence after it is the author's
    doc = tagged_nlp("„Wir werden die Gebühren nicht erhöhen“, sagte der Sprecher der Hamburger Stadtreinigung "
                     "am Montag. „Die Lage ist schwierig“, fügte er hinzu. Seit 2005 muss unbehandelter Abfall "
                     "verbrannt werden.")
    assert not [q for q in doc._.quotes if q.rule == "direct:unmarked"]
    # a scraped text lost its marks: the norm right after someone spoke is that speaker's
    scraped = tagged_nlp("Der Sprecher der Hamburger Stadtreinigung sagte am Montag, die Lage sei schwierig. "
                         "Unbehandelter Abfall muss verbrannt werden.")  # (with a date: a rule in force)
    assert [q.rule for q in scraped._.quotes][-1] == "direct:unmarked"


def test_a_quoted_name_does_not_continue_the_speaker_before(tagged_nlp):
    text = ("„Wir wollen ein Zeichen setzen“, sagte der tschechische Künstler Martin Zet. "
            "Die Aktion ist Teil der „Biennale für zeitgenössische Kunst“ in Berlin.")
    # a title in quotation marks (capitalised, no verb) says nothing: no speaker
    doc = tagged_nlp(text)
    assert not [q for q in doc._.quotes if "Biennale" in doc.text[q.content_start:q.content_end] and q.speaker]
    # a fragment of speech in lower case still continues him
    fragment = tagged_nlp(text.replace("Die Aktion ist Teil der „Biennale für zeitgenössische Kunst“ in Berlin.",
                                       "Die Aktion sei „nicht provokant oder so gemeint“."))
    assert [q.speaker.actor for q in fragment._.quotes if q.type == "DIRECT" and q.speaker
            and "provokant" in fragment.text[q.content_start:q.content_end]] == ["Martin Zet"]


def test_a_long_quoted_name_is_no_speech_quotation(tagged_nlp):
    # four capitalised words without a verb: the name of an organisation, not what someone said
    doc = tagged_nlp("Arni Finnsson, ein Vertreter der Umweltschutzorganisation „Iceland Nature Conservation "
                     "Association“, kommentierte die Entscheidung am Montag.")
    assert not [q for q in doc._.quotes if q.type == "DIRECT"]
    # a fragment of speech of as many words is one
    speech = tagged_nlp("Der Minister nannte das Vorhaben am Montag „eine Gefahr für die Demokratie“.")
    assert [q.type for q in speech._.quotes if q.type == "DIRECT"] == ["DIRECT"]


def test_konjunktiv_only_in_a_dependent_clause_is_the_authors_sentence(tagged_nlp):
    # the main clause in the indicative, the Konjunktiv only in a `dass`/`ob` clause: the author's report
    text = "Der Experte Florian Bieber sagte am Montag, der Gipfel sei ein Erfolg. "
    for second in ("Bedeutend ist auch die Deklaration, dass man sich künftig nicht blockieren werde.",
                   "Offen blieb am Abend, ob die Regierung dem Plan zustimmen werde."):
        doc = tagged_nlp(text + second)
        assert not [q for q in doc._.quotes if q.sentence == 1 and q.speaker and q.speaker.actor_country], second
    # the main clause in Konjunktiv I goes on with his speech
    for second in ("Bedeutend sei auch die Deklaration, dass man sich künftig nicht blockieren werde.",
                   "Offen sei noch, ob die Regierung dem Plan zustimmen werde."):
        doc = tagged_nlp(text + second)
        assert [q.speaker.actor for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Florian Bieber"], second


def test_a_reportative_sollen_ending_a_relative_clause_is_the_authors_sentence(tagged_nlp):
    # `…, das … helfen soll,`: the relative clause says what the thing is for, the main clause in the
    # indicative is the author's (even where the parse takes the relative pronoun for an article)
    text = "Die Arbeiterkammer Wien sieht Handlungsbedarf bei den Mieten. "
    doc = tagged_nlp(text + "Für mehr Klarheit haben die Mieterschützer nun ein Online-Werkzeug gestartet, das "
                            "Mietern mit befristeten Verträgen helfen soll, sich einen Überblick zu verschaffen.")
    assert not [q for q in doc._.quotes if q.sentence == 1 and q.rule == "indirect:follow-on"]
    # `soll` in the main clause goes on with what the chamber wants
    speech = tagged_nlp(text + "Mieter mit befristeten Verträgen sollen sich künftig einen Überblick verschaffen können.")
    assert [q.speaker.actor for q in speech._.quotes if q.rule == "indirect:follow-on"] == ["Arbeiterkammer"]


def test_a_konjunktiv_after_a_narrated_past_main_clause_is_the_authors(tagged_nlp):
    # the main clause in the past indicative (`wurde … erhofft`, `waren … zu sehen`): the author narrates,
    # the Konjunktiv in a parenthesis or a slogan does not go on with the governor's speech
    text = "Landeshauptmann Günther Platter sagte am Montag, der Bund müsse endlich handeln. "
    for second in ("In Oberösterreich wurde Hilfe aus Wien, und sei es nur beim Erkennen der Realität, erhofft.",
                   "Vor dem Landhaus waren am Abend zahlreiche Plakate zu sehen, darunter Tirol sei unser Land."):
        doc = tagged_nlp(text + second)
        assert not [q for q in doc._.quotes if q.sentence == 1], second
    # the main clause in Konjunktiv I, or the Konjunktiv after a colon, goes on with his speech
    for second in ("In Oberösterreich sei Hilfe aus Wien erhofft worden.",
                   "Seine weiteren Aussagen betrafen die Grenze: Er wolle dort mehr Polizisten sehen."):
        doc = tagged_nlp(text + second)
        assert [q.speaker.actor for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Günther Platter"], second


def test_es_gibt_is_the_authors_main_clause_no_cue(tagged_nlp):
    # `gibt es` (no `an`, no `bekannt`) says nobody speaks: the relative clause's `sollen` is the author's
    text = "Bundeskanzlerin Angela Merkel sagte am Montag, die Lage sei ernst. "
    doc = tagged_nlp(text + "Davor gibt es am Abend ein Treffen der Regierungschefs, die für eine bessere "
                            "Verteilung der Flüchtlinge sorgen sollen.")
    assert not [q for q in doc._.quotes if q.sentence == 1 and q.speaker and q.speaker.actor_country]
    # the existential `es gibt` in Konjunktiv I goes on with her speech
    speech = tagged_nlp(text + "Davor gebe es am Abend ein Treffen der Regierungschefs, die für eine bessere "
                               "Verteilung der Flüchtlinge sorgen sollen.")
    assert [q.speaker.actor for q in speech._.quotes if q.rule == "indirect:follow-on"] == ["Angela Merkel"]


def test_the_authors_aside_does_not_end_the_speech(tagged_nlp):
    # an aside with a Konjunktiv only in its `wie` clause is nobody's speech, but the speech goes on after it
    text = ("EU-Kommissar Dimitris Avramopoulos sagte am Dienstag, die Grenzen müssten besser geschützt werden. "
            "Das Papier enthält einen Vorschlag, wie man die Kontrolle verstärken solle. Es umfasst zwanzig Seiten. "
            "Das bisherige System habe sich als völlig unzureichend erwiesen.")
    follow = [(q.sentence, q.speaker.actor) for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"]
    assert follow == [(3, "Dimitris Avramopoulos")]
    # two sentences of the author's own without any Konjunktiv end it
    text = text.replace("wie man die Kontrolle verstärken solle", "der die Kontrolle verstärkt")
    assert not [q for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"]


def test_a_capitalised_noun_is_no_konjunktiv_form(tagged_nlp):
    # `die Berichte`, `im Laufe`: nouns that look like `berichte`, `laufe`; the sentence is the author's
    text = "Bundeskanzlerin Angela Merkel sagte am Montag, die Lage sei ernst. "
    doc = tagged_nlp(text + "Im Laufe der Woche hatten die Berichte der Presse an Brisanz gewonnen.")
    assert not [q for q in doc._.quotes if q.rule == "indirect:follow-on"]
    # the verb form in lower case goes on with her speech
    verb = tagged_nlp(text + "Die Regierung berichte dem Parlament jede Woche über die Lage.")
    assert [q.speaker.actor for q in verb._.quotes if q.rule == "indirect:follow-on"] == ["Angela Merkel"]


def test_bemaengeln_is_criticism(tagged_nlp):
    doc = tagged_nlp("Tsvangirai bemängelt die bisher fehlende Unterstützung der Großmächte für die demokratischen "
                     "Kräfte in seinem Land.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("REPORTED", "Tsvangirai")]
    # a verb of no lexicon reports nothing
    other = tagged_nlp("Tsvangirai besichtigt die bisher fehlende Unterstützung der Großmächte in seinem Land.")
    assert not other._.quotes


def test_a_name_or_a_building_says_nothing(tagged_nlp):
    # `Der wissenschaftliche Name lautet …`: a thing that cannot speak (german.csv non_speaker_noun)
    doc = tagged_nlp("Der wissenschaftliche Name lautet „Tiktaalik roseae“ und soll das fehlende Bindeglied sein.")
    assert not doc._.quotes
    person = tagged_nlp("Der Leiter der Forschergruppe erklärte am Montag den Fund für bedeutend.")
    assert [q.speaker.text for q in person._.quotes] == ["Der Leiter der Forschergruppe"]


def test_an_aircraft_or_vehicle_reports_nothing(tagged_nlp):
    # `Die Maschine meldete …`: an aircraft or vehicle is a thing that cannot speak (german.csv non_speaker_noun)
    for text in ("Die Maschine meldete einen Druckabfall in der Kabine.",
                 "Das Flugzeug meldete kurz vor der Landung einen Defekt an einem Triebwerk."):
        assert not tagged_nlp(text)._.quotes
    person = tagged_nlp("Der Pilot meldete einen Druckabfall in der Kabine.")
    assert [q.speaker.text for q in person._.quotes] == ["Der Pilot"]


def test_a_title_after_wie_opening_the_clause_stays_with_the_name(tagged_nlp):
    # `Wie` (tagged as a preposition) opens the clause: `Vizeregierungssprecher` is the title of the name after it
    doc = tagged_nlp("Die Ministerin will an der Reform festhalten. Wie Vizeregierungssprecher Thomas Steg "
                     "mitteilte, ist die Kernenergie für die Kanzlerin unverzichtbar.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "mitteilte"] == ["Vizeregierungssprecher Thomas Steg"]
    # a noun after a real preposition belongs to that phrase, not to the speaker
    after = tagged_nlp("Die Lage sei ernst, sagte nach Verhandlungen Wolfgang Schäuble.")
    assert [q.speaker.text for q in after._.quotes] == ["Wolfgang Schäuble"]


def test_a_title_the_recogniser_took_for_a_name_joins_the_name_after_it(tagged_nlp):
    # `Provinzgouverneur` is tagged as a person of its own: it is the title of the full name after it
    doc = tagged_nlp("Am schlimmsten hat es den Distrikt Phunphin in der Provinz Surat Thani getroffen, "
                     "sagte Provinzgouverneur Thirayuth Iamtrakul.")
    assert [q.speaker.text for q in doc._.quotes] == ["Provinzgouverneur Thirayuth Iamtrakul"]
    # two known persons side by side stay two: Putin speaks, Trump is the object
    two = tagged_nlp("Bei dem Treffen sicherte Putin Trump zu, die Angriffe würden eingestellt.")
    assert [q.speaker.text for q in two._.quotes] == ["Putin"]


def test_a_noun_phrase_coordinated_with_the_speaker_before_the_verb_speaks_with_it(tagged_nlp):
    # `Bundesregierung` is no mention here, but `und Bundesregierung` fills the subject up to the verb
    doc = tagged_nlp("EU-Kommission und Bundesregierung äußerten indessen Zweifel, ob bei der Vergabe alles "
                     "mit rechten Dingen zugegangen sei.")
    assert [q.speaker.text for q in doc._.quotes] == ["EU-Kommission und Bundesregierung"]
    # coordinated names after the verb are its objects, not speakers
    objects = tagged_nlp("Die EU-Kommission forderte Ungarn und Polen auf, die Urteile umzusetzen.")
    assert [q.speaker.text for q in objects._.quotes] == ["Die EU-Kommission"]


def test_an_apposition_before_the_comma_that_opens_the_speakers_clause_is_part_of_the_speaker(tagged_nlp):
    # the title before the comma and the name after it are one speaker (the closing comma is missing)
    doc = tagged_nlp("Die Chefjuristin der Regierung, Anabella Morfin verwies darauf, dass man besonders "
                     "auffällige Jugendliche aus der Einrichtung verlegen wollte.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Chefjuristin der Regierung, Anabella Morfin"]
    # a relative clause after the comma is no apposition: its subject does not take the noun before it
    relative = tagged_nlp("Ein hochrangiger Regierungsbeamter, den die New York Times zitiert, kommentierte, "
                          "die Erklärungen der Außenministerin sollten dem Kongress ein Argument liefern.")
    assert "Ein hochrangiger Regierungsbeamter, den die New York Times" not in [
        q.speaker.text for q in relative._.quotes if q.speaker]


def test_a_common_noun_after_the_sources_noun_opens_the_next_phrase(tagged_nlp):
    # `Schäden` is the object of `verursacht`, not part of the source
    first = tagged_nlp("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.")
    assert [q.speaker.text for q in first._.quotes] == ["ersten Meldungen"]
    police = tagged_nlp("Das Beben soll nach Angaben der Polizei Schäden an mehreren Gebäuden verursacht haben.")
    assert [q.speaker.text for q in police._.quotes] == ["Angaben der Polizei"]
    # a name after its noun stays in the source
    agency = tagged_nlp("Das Beben soll nach Angaben der Nachrichtenagentur Reuters große Schäden verursacht haben.")
    assert [q.speaker.text for q in agency._.quotes] == ["Angaben der Nachrichtenagentur Reuters"]


def test_a_participle_attribute_inside_the_source_keeps_the_source(tagged_nlp):
    # `laut einer am Dienstag veröffentlichten Mitteilung`: the participle's phrase is part of the source
    def sources(text):
        return [q.speaker.text for q in tagged_nlp(text)._.quotes if q.rule == "indirect:source"]
    assert sources("Laut einer am Dienstag veröffentlichten Mitteilung des Hilfswerks wurden zunächst "
                   "3.000 Menschen versorgt.") == ["einer am Dienstag veröffentlichten Mitteilung des Hilfswerks"]
    assert sources("Die Sperre sei überzogen, so die in sozialen Medien offen geäußerte Kritik.") == [
        "die in sozialen Medien offen geäußerte Kritik"]
    # an attribute after the source's noun stays its attribute; a place in the participle's phrase is no source
    assert sources("Laut einer am Montag veröffentlichten Studie der neuen Stiftung seien die Mieten "
                   "gestiegen.") == ["einer am Montag veröffentlichten Studie der neuen Stiftung"]
    assert sources("Laut einer am Montag in Berlin vorgestellten Studie seien die Mieten gestiegen.") == []


def test_a_name_in_quotation_marks_after_the_speakers_noun_stays_in_the_speaker(tagged_nlp):
    # the quoted name of the weekly ends the speaker phrase; the quotation marks do not cut it off
    doc = tagged_nlp("Der Umweltminister der Französischen Republik, Jean-Louis Borloo, hat Berichte der "
                     "satirischen Wochenzeitung „Le Canard enchaîné“ zurückgewiesen, er sei vom Präsidenten "
                     "„bereits zu 99%“ für den Posten vorgesehen.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "zurückgewiesen"] == [
        "Berichte der satirischen Wochenzeitung „Le Canard enchaîné“"]
    # quoted words after the noun are no name: they stay outside the speaker
    words = tagged_nlp("Ein Reporter der Wochenzeitung „schlicht empört“ berichtete, die Verhandlungen seien gescheitert.")
    assert [q.speaker.text for q in words._.quotes] == ["Ein Reporter der Wochenzeitung"]


def test_a_pronoun_after_a_cue_right_after_und_is_its_object(tagged_nlp):
    # `und nannte sie …`: the second verb shares the subject before it; `sie` is the statement it judges
    doc = tagged_nlp("Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "nannte"] == ["Die CCE"]
    # after a comma the verb opens a report of its own: `…, sagte sie` names the speaker
    own = tagged_nlp("Die Lage an der Grenze sei ernst, sagte sie am Montag.")
    assert [q.speaker.text for q in own._.quotes] == ["sie"]


def test_a_pronoun_after_a_second_predicate_or_in_an_infinitive_clause_is_an_object(tagged_nlp):
    # `… begrüßen Flüchtlinge und unterstützen sie`: what follows the second verb is its object, not the
    # first verb's subject
    doc = tagged_nlp("Die Bürgermeisterin kam nach Graz. Bürger in Linz und Salzburg begrüßen Flüchtlinge "
                     "und unterstützen sie.")
    assert not [q for q in doc._.quotes if q.speaker is not None and q.speaker.text == "sie"]
    # `…, sie als Kandidatin zu unterstützen`: an infinitive clause has no subject of its own
    doc = tagged_nlp("Irmgard Griss will Bundespräsidentin werden. Zwei Parteien haben erwogen, sie als "
                     "unabhängige Kandidatin zu unterstützen.")
    assert not [q for q in doc._.quotes if q.speaker is not None and q.speaker.actor == "Irmgard Griss"]
    # a subject of its own after the coordinated verb's clause, and `er` (only a nominative), stay
    doc = tagged_nlp("Die Neos begrüßen die Kandidatur und unterstützen sie. Der Arzt kam ins Zimmer, er "
                     "begann einen Bericht zu schreiben.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "begrüßen"] == ["Die Neos"]
    assert [q.speaker.text for q in doc._.quotes if q.cue == "schreiben"] == ["er"]


def test_a_name_in_an_infinitive_clause_is_its_object(tagged_nlp):
    # `…, Bürgermeister Ludwig zu unterstützen`: the clause has no subject of its own, so the name in it is
    # whom the act concerns, never who acts; the subject of the main clause acts
    doc = tagged_nlp("Die SPÖ hat bisher gezögert, Bürgermeister Ludwig zu unterstützen.")
    assert not [q for q in doc._.quotes if q.speaker is not None and "Ludwig" in q.speaker.text]
    assert [q.speaker.text for q in doc._.quotes if q.cue == "unterstützen"] == ["Die SPÖ"]
    # the same name as the subject of a main clause still acts
    own = tagged_nlp("Bürgermeister Ludwig will die Reform unterstützen.")
    assert [q.speaker.text for q in own._.quotes if q.cue == "unterstützen"] == ["Bürgermeister Ludwig"]


def test_a_parsed_subject_does_not_reach_out_of_a_wie_clause(tagged_nlp):
    # the parser hangs the main clause on `mitteilte`: its subject is inside the `wie` clause, never the main clause
    doc = tagged_nlp("Gallois ist stellvertretender Vorstandschef von EADS und wird diese Funktion auch "
                     "weiterhin ausüben, wie EADS gestern mitteilte.")
    assert not [q.speaker.text for q in doc._.quotes if q.speaker and q.speaker.text.startswith("Gallois")]
    # the subject inside the `wie` clause still speaks
    inner = tagged_nlp("Die Lage an der Grenze sei ernst, wie der Sprecher der Regierung mitteilte.")
    assert [q.speaker.text for q in inner._.quotes] == ["der Sprecher der Regierung"]


def test_a_truncated_compound_takes_its_noun_after_und(tagged_nlp):
    # `Kongress-` is `Kongresskreise`: the source is the whole coordination
    doc = tagged_nlp("Einigen von ihnen wurde in den Kopf geschossen, so Kongress- und Verteidigungskreise.")
    assert [q.speaker.text for q in doc._.quotes] == ["Kongress- und Verteidigungskreise"]
    # a whole word before `und` does not take the next noun that way
    whole = tagged_nlp("Einigen von ihnen wurde in den Kopf geschossen, so Kongresskreise und Zeugen.")
    assert [q.speaker.text for q in whole._.quotes] == ["Kongresskreise"]


def test_a_verb_of_saying_without_subject_has_its_source_after_aus(tagged_nlp):
    # `verlautete` has no subject: the circles after `aus` are the source
    doc = tagged_nlp("Wie aus Unternehmenskreisen verlautete, will die Volkswagen AG ihr Werk in Emden umrüsten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Unternehmenskreisen"]
    # with a subject, `aus` gives a reason, not a source
    reason = tagged_nlp("Aus Sorge vor Streiks erklärte der Minister, die Reform werde verschoben.")
    assert [q.speaker.text for q in reason._.quotes] == ["der Minister"]


def test_hearsay_zu_hoeren_has_its_source_after_aus(tagged_nlp):
    # `war aus X zu hören / zu vernehmen / zu erfahren` has no subject: the phrase after `aus` is the source
    doc = tagged_nlp("Aus der SPÖ war zu vernehmen, dass man dem Budget nicht zustimmen werde.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [("der SPÖ", "SPÖ")]
    ahead = tagged_nlp("Wie aus Koalitionskreisen zu hören ist, soll die Maut im Frühjahr kommen.")
    assert [q.speaker.text for q in ahead._.quotes] == ["Koalitionskreisen"]
    trailing = tagged_nlp("Die Maut solle im Frühjahr kommen, war aus Koalitionskreisen zu hören.")
    assert [(q.speaker.text, q.cue) for q in trailing._.quotes] == [("Koalitionskreisen", "hören")]
    # a noise or music heard from somewhere is no speech, nor is a place a source
    for text in ("Aus dem Radio war leise Musik zu hören.", "Aus der Ferne war ein lauter Knall zu hören.",
                 "Aus dem Keller war zu hören, wie jemand die Tür zuschlug."):
        assert not tagged_nlp(text)._.quotes
    # a subject who learns something from a source is no hearsay
    learned = tagged_nlp("Der Trainer hofft, aus dem Verein bald mehr zu erfahren.")
    assert not [q for q in learned._.quotes if q.cue == "erfahren"]


def test_government_circles_speak_for_the_government_of_the_report(tagged_nlp):
    # roles.csv `Regierungskreise`: the government of the dateline's country, as `die Regierung` would
    doc = tagged_nlp("Wien – Die Koalition streitet weiter. Die Maut solle im Frühjahr kommen, war aus "
                     "Regierungskreisen zu hören.")
    assert [(q.speaker.text, q.speaker.actor_country, q.speaker.actor_type) for q in doc._.quotes
            if q.cue == "hören"] == [("Regierungskreisen", "AUT", "government")]
    # other circles stay unplaced
    other = tagged_nlp("Wien – Die Koalition streitet weiter. Die Maut solle im Frühjahr kommen, war aus "
                       "Wirtschaftskreisen zu hören.")
    assert [(q.speaker.text, q.speaker.actor_country) for q in other._.quotes if q.cue == "hören"] == [
        ("Wirtschaftskreisen", "")]


def test_circles_of_a_state_body_speak_for_its_side(tagged_nlp):
    # roles.csv: security, military and presidential circles speak for the government of the dateline's country,
    # UN circles for the United Nations
    doc = tagged_nlp("Kairo – Die Lage bleibt angespannt. In Sicherheitskreisen hieß es, die Fahrzeuge der "
                     "Reisenden hätten denen der Schmuggler geähnelt.")
    assert [(q.speaker.text, q.speaker.actor_country, q.speaker.actor_type) for q in doc._.quotes
            if q.cue.startswith("hieß")] == [("Sicherheitskreisen", "EGY", "government")]
    un = tagged_nlp("Aus UN-Kreisen verlautete, dass die Mission verlängert werde.")
    assert [(q.speaker.actor, q.speaker.actor_country, q.speaker.actor_type) for q in un._.quotes] == [
        ("Vereinte Nationen", "UN", "io")]
    # circles no roles.csv row names stay unplaced
    other = tagged_nlp("Kairo – Die Lage bleibt angespannt. In Künstlerkreisen hieß es, die Ausstellung werde "
                       "verschoben.")
    assert [q.speaker.actor_country for q in other._.quotes if q.cue.startswith("hieß")] == [""]


def test_a_source_noun_takes_the_circles_after_aus(tagged_nlp):
    # `nach Angaben aus Regierungskreisen`: the circles are whose account it is
    doc = tagged_nlp("Wien – Der Ausbau soll nach Angaben aus Regierungskreisen vom Montag im Herbst beginnen.")
    assert [(q.speaker.text, q.speaker.actor_country) for q in doc._.quotes] == [
        ("Angaben aus Regierungskreisen vom Montag", "AUT")]
    # a region's `Kreise` (german.csv region_circles) are no circles of people
    region = tagged_nlp("Wien – Die Arbeitslosigkeit ist nach Angaben aus den Landkreisen gestiegen.")
    assert [q.speaker.text for q in region._.quotes] == ["Angaben"]
    assert not tagged_nlp("Aus den Wahlkreisen war zu hören, dass die Stimmung gut sei.")._.quotes


def test_hieß_es_aus_ihrem_buero_speaks_for_the_person_named_before(tagged_nlp):
    # `aus ihrem Büro` after `hieß es`, also before a colon: the office of the person the possessive refers to
    doc = tagged_nlp("Wien – Die ÖVP-Ministerin Anna Huber schwieg. Allerdings hieß es aus ihrem Büro: Die Reform "
                     "kommt im Herbst.")
    assert [(q.speaker.text, q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes
            if q.cue.startswith("hieß")] == [("ihrem Büro", "Büro (Anna Huber)", "AUT")]
    # a body the possessive may refer to is no person whose office speaks
    body = tagged_nlp("Wien – Die Landesregierung tagte lange. Allerdings hieß es aus ihrem Büro: Die Reform kommt "
                      "im Herbst.")
    assert [q.speaker.actor_country for q in body._.quotes if q.cue.startswith("hieß")] == [""]
    # nor is a place after the possessive an office
    place = tagged_nlp("Wien – Die ÖVP-Ministerin Anna Huber schwieg. Aus ihrem Dorf hieß es, die Reform komme.")
    assert not [q for q in place._.quotes if q.speaker is not None and q.speaker.actor_country]


def test_the_issuer_named_in_a_relative_clause_on_the_text_speaks(tagged_nlp):
    # `In einer Pressemitteilung, die sein Büro verbreitete, hieß es: …`: who issued the text (german.csv
    # issuing_verb) speaks, the office of the person the possessive refers to, also before a colon
    doc = tagged_nlp("Wien – Die ÖVP-Ministerin Anna Huber schwieg. In einer Pressemitteilung, die ihr Büro am Abend "
                     "verbreitete, hieß es: Die Ministerin tritt nicht zurück.")
    assert [(q.speaker.text, q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes
            if q.cue.startswith("hieß")] == [("ihr Büro", "Büro (Anna Huber)", "AUT")]
    # a body named as the clause's subject speaks for its side
    body = tagged_nlp("Wien – In einer Aussendung, die das Innenministerium am Montag veröffentlichte, hieß es, die "
                      "Reform sei zu teuer.")
    assert [(q.speaker.text, q.speaker.actor_country) for q in body._.quotes if q.cue.startswith("hieß")] == [
        ("das Innenministerium", "AUT")]
    # negative: a subject who did something else with the text (`kritisierte`) did not issue it
    critic = tagged_nlp("Wien – In einer Aussendung, die das Innenministerium am Montag kritisierte, hieß es, die "
                        "Reform sei zu teuer.")
    assert not [q for q in critic._.quotes if q.speaker is not None and q.speaker.actor_country]


def test_a_persons_name_ends_an_apposition_without_its_closing_comma(tagged_nlp):
    # the comma after `General George Casey` is missing: the name still ends the apposition
    doc = tagged_nlp("„Die Terrororganisation bleibt eine Bedrohung“, sagte der Oberkommandierende General der "
                     "US-Streitkräfte im Irak, General George Casey heute anlässlich einer Pressekonferenz.")
    assert [q.speaker.text for q in doc._.quotes] == [
        "der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey"]
    # a relative clause after the comma is no apposition
    relative = tagged_nlp("„Das war ein Unfall“, sagte die Französin Angélique Papon, die die Thailänderin "
                          "Thangsri Thamakord gestern angefahren hatte.")
    assert [q.speaker.text for q in relative._.quotes] == ["die Französin Angélique Papon"]


def test_a_number_with_a_full_stop_before_a_capital_ends_a_missed_sentence(tagged_nlp):
    # `5.000.` ends the sentence before: the parser's subject phrase starts after it
    doc = tagged_nlp("Beim letzten Hochwasser seien 20.000 Soldaten im Einsatz gewesen, in diesem Jahr bisher nur "
                     "5.000. Mexikos Innenminister Francisco Ramirez gestand ein, dass die Regierung vom Ausmaß "
                     "der Katastrophe überwältigt wurde.")
    assert [q.speaker.text for q in doc._.quotes if q.cue.startswith("gestand")] == [
        "Mexikos Innenminister Francisco Ramirez"]
    # a day of the month is a date inside the sentence, not its end
    day = tagged_nlp("In einem am 9. Juni 2005 auf ''news.bbc.co.uk'' veröffentlichten Artikel wird Hilda Morales "
                     "Trujillo, eine Aktivistin eines guatemalischen Netzwerks zum Schutz von Frauen, zitiert.")
    assert not [q.speaker.text for q in day._.quotes if q.speaker and q.speaker.text.startswith("Juni")]


def test_a_lower_case_brand_name_after_von_stays_in_the_source(tagged_nlp):
    # `n24` is a broadcaster's name although it opens in lower case
    doc = tagged_nlp("Nach Angaben von n24 sind die Gruppen sehr mobil.")
    assert [q.speaker.text for q in doc._.quotes] == ["Angaben von n24"]
    # a lower-case word after `von` that is no name stays outside
    plain = tagged_nlp("Nach Angaben von gestern sind die Gruppen sehr mobil.")
    assert "Angaben von gestern" not in [q.speaker.text for q in plain._.quotes if q.speaker]


def test_a_feminine_or_plural_demonstrative_before_the_cue_is_its_speaker(tagged_nlp):
    # `Diese bestätigte`: the demonstrative pronoun is the subject (left unresolved), not nobody
    doc = tagged_nlp("Die Polizei wurde informiert. Diese bestätigte, dass gegen den 39-Jährigen ein Haftbefehl besteht.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "bestätigte"] == ["Diese"]
    # `Diese` before a noun is its determiner: the noun phrase speaks
    noun = tagged_nlp("Diese Regierung bestätigte, dass ein Haftbefehl besteht.")
    assert [q.speaker.text for q in noun._.quotes] == ["Diese Regierung"]


def test_an_organisations_seat_the_recogniser_missed_stays_in_the_speaker(tagged_nlp):
    # `Denver` has no entity label: a proper name after `in` right after an organisation is its seat
    doc = tagged_nlp("Das Beben erreichte eine Magnitude von 7,4, teilte der USGS in Denver mit.")
    assert [q.speaker.text for q in doc._.quotes] == ["der USGS in Denver"]
    # after a person it says where the person spoke, not who
    person = tagged_nlp("Das Beben sei sehr stark gewesen, sagte Wolfgang Schäuble in Denver.")
    assert [q.speaker.text for q in person._.quotes] == ["Wolfgang Schäuble"]


def test_reported_speech_after_typewriter_quotes_without_a_parse(nlp):
    """`''Werk''` (two apostrophes, a tokenizer special case) shifts the later tokens; without a
    parser their tree edges point past the document, and asking a verb for its children crashed the
    process (the rules on `spacy.blank`, or a user's model without a parser)."""
    text = " ".join("Das ''Werk'' läuft." for _ in range(10)) + " Der Minister sagte, die Regierung gebe nicht nach."
    assert events(nlp, text) == [("INDIRECT", "Der Minister", "indirect:cue")]
    assert events(nlp, "Der Minister sagte, die Regierung gebe nicht nach.") == events(nlp, text)


def test_the_subject_of_a_passive_across_a_list_is_no_speaker(tagged_nlp):
    """`X ist wegen A, B und C angeklagt`: the commas of the list split the clause, so the
    auxiliary is found by the parse (`aux:pass`); Karadžić is accused, he accuses no one."""
    doc = tagged_nlp("Karadžić ist vor dem UN-Kriegsverbrechertribunal für Ex-Jugoslawien wegen Völkermords, "
                     "Kriegsverbrechen und Verbrechen gegen die Menschlichkeit im Bosnienkrieg angeklagt, "
                     "insbesondere wegen des Massakers von Srebrenica.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == []
    # the active voice keeps its claimant; a dash the parser takes for an auxiliary makes no passive
    active = tagged_nlp("Straßburg – In der LuxLeaks-Affäre um Steuervergünstigungen für Konzerne hat sich "
                        "EU-Kommissionschef Jean-Claude Juncker gegen Vorwürfe verteidigt.")
    assert [c.actor for c in active._.claims] == ["Jean-Claude Juncker"]


def test_a_focus_particle_before_the_subject_is_not_the_speaker(tagged_nlp):
    # the parser hangs `Auch`, `Sogar` on the subject; they are not part of who speaks
    doc = tagged_nlp("Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein Verbotsverfahren möglich sei.")
    assert [q.speaker.text for q in doc._.quotes] == ["Winfried Hassemer, Papiers Stellvertreter"]
    doc = tagged_nlp("Auch der ehemalige Schiedsrichter Urs Meier kritisierte die Entscheidung scharf.")
    assert [q.speaker.text for q in doc._.quotes] == ["der ehemalige Schiedsrichter Urs Meier"]
    # `so genannte` is no particle before a name: the phrase stays whole
    doc = tagged_nlp("So genannte Experten kritisierten die Entscheidung scharf.")
    assert all(not q.speaker or q.speaker.text.startswith("So") for q in doc._.quotes)


def test_reported_content_after_a_comma_in_main_clause_order(tagged_nlp):
    # `das sei falsch`: the verb second, a main clause, not a relative clause
    doc = tagged_nlp("Merkel sagte am Montag, das sei falsch.")
    assert [(q.type, doc.text[q.content_start:q.content_end]) for q in doc._.quotes] == [("INDIRECT", "das sei falsch")]
    # a relative clause ends in its verb: `…, das gegen die Verfassung verstoße` is no content of `kritisierte`
    doc = tagged_nlp("Er kritisierte das Gesetz, das gegen die Verfassung verstoße.")
    assert [q.type for q in doc._.quotes] == ["REPORTED"]
    # also after a preposition: `…, auf die wir alle draufdrücken`
    doc = tagged_nlp("Und jetzt verspreche ich keine Stopp-Taste, auf die wir dann gemeinsam alle draufdrücken.")
    assert not [q for q in doc._.quotes if doc.text[q.content_start:].startswith("auf die")]


def test_a_sentence_opened_by_a_coordinator_has_reported_content(tagged_nlp):
    # `Aber`, `Doch` open a main clause; `Während` a subordinate one, whose comma opens the main clause
    doc = tagged_nlp("Aber Zeitungen berichteten, es sei gegen den Arzt ermittelt worden.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "Zeitungen")]
    doc = tagged_nlp("Während Moskau von Frieden spricht, wirft Kiew Russland Angriffe vor.")
    assert [q.type for q in doc._.quotes] == ["REPORTED", "REPORTED"]


def test_sources_named_by_a_statement_or_written_in_lower_case(tagged_nlp):
    doc = tagged_nlp("Nach einer Stellungnahme der US-Armee befand sich der Helikopter auf dem Flug zwischen zwei Basen.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes] == [("indirect:source", "einer Stellungnahme der US-Armee")]
    doc = tagged_nlp("Laut bildblog.de habe das Ministerium gelogen.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes] == [("indirect:source", "bildblog.de")]
    doc = tagged_nlp("Bei Gewaltverbrechen gegen Frauen gibt es laut ai-Bericht eine hohe Dunkelziffer.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes] == [("indirect:source", "ai-Bericht")]
    # `laut` the adverb, and a declaration that is an event, name no source
    assert tagged_nlp("Er sprach laut und deutlich.")._.quotes == []
    doc = tagged_nlp("Nach der Unabhängigkeitserklärung sollen die Soldaten beim Aufbau staatlicher Strukturen helfen.")
    assert [q for q in doc._.quotes if q.rule == "indirect:source"] == []


def test_a_stated_hope_is_reported_but_a_hope_the_author_supposes_is_not(tagged_nlp):
    doc = tagged_nlp("Die Umweltschutzorganisation hofft, dass es noch gelingt, den Bären lebendig einzufangen.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "Die Umweltschutzorganisation")]
    doc = tagged_nlp("Fest steht aber, dass Putin momentan hoffen kann, ohne größere Anstrengungen und mithilfe der "
                     "USA seinen wichtigsten Zielen ein großes Stück näher zu kommen.")
    assert doc._.quotes == []


def test_an_impersonal_judgement_with_a_dass_clause_has_no_speaker(tagged_nlp):
    # `Fest steht, dass …`, `Klar ist, dass …`: the clause is the subject; the author judges
    for text in ("Fest steht, dass die Regierung zurücktritt.", "Klar ist, dass die Regierung zurücktritt."):
        assert tagged_nlp(text)._.quotes == []
    # a holder of the view makes it one (`Für die SPÖ steht fest, dass …`)
    doc = tagged_nlp("Für die SPÖ steht fest, dass die Regierung zurücktreten muss.")
    assert [(q.speaker.text, q.rule) for q in doc._.quotes] == [("SPÖ", "indirect:view-source")]


def test_a_participle_as_an_attribute_is_no_cue(tagged_nlp):
    # `der kritisierte Minister`: the minister was criticised; he criticises no one
    assert tagged_nlp("Der kritisierte Minister trat am Montag zurück.")._.quotes == []
    doc = tagged_nlp("Bezüglich der kritisierten Bevorzugung von Privatpatienten verweist Rabmer-Koller auf Gespräche.")
    assert [q.cue for q in doc._.quotes if q.cue.startswith("kritis")] == []
    # the verb before its subject stays a verb, even where the tagger calls it an adjective
    doc = tagged_nlp("Den Vorschlag des Ministeriums lehnte Landeshauptmann Günther Platter kategorisch ab.")
    assert [q.speaker.text for q in doc._.quotes] == ["Landeshauptmann Günther Platter"]


@pytest.mark.parametrize("text", [
    "Die Lage verschlechterte sich nach den international scharf kritisierten Luftangriffen.",
    "Die international anerkannte Regierung in Tobruk hat die Nachbarstaaten aufgefordert, Truppen zu schicken.",
    "Durch das erwartete Bevölkerungswachstum sollen sich bis 2050 auch Nigeria und Äthiopien in dieser Gruppe "
    "wiederfinden.",
])
def test_a_participle_the_tagger_calls_a_verb_is_still_an_attribute(tagged_nlp, text):
    # after an article and adverbs (`die international anerkannte`) or a preposition and its article
    # (`durch das erwartete`), the participle describes its noun: nobody recognises, criticises, expects
    cues = [q.cue for q in tagged_nlp(text)._.quotes]
    assert not [cue for cue in cues if cue.startswith(("kritis", "anerkannt", "erwart"))]


def test_a_verb_after_a_pronoun_subject_stays_a_verb(tagged_nlp):
    # `Das forderte X`: a bare article before the verb is its subject, not the article of an attribute
    for text in ("Das forderte Bundeskanzler Werner Faymann am Montag.",
                 "Das kritisierte der Vorsitzende der Gewerkschaft am Montag scharf."):
        assert [q.cue for q in tagged_nlp(text)._.quotes] == [text.split()[1]]


def test_the_noun_phrase_before_the_verb_is_the_subject_not_the_name_after_it(tagged_nlp):
    # `Die Regierung kritisierte Merkel`: Merkel is criticised; she is no claimant
    for text, speaker in (("Die Regierung kritisierte Merkel scharf.", "Die Regierung"),
                          ("Der Bericht kritisierte Merkel scharf.", "Der Bericht")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]
    # an object before the verb, a subject after it (`der Papst`), or a relay verb keep the name after it
    assert [q.speaker.text for q in tagged_nlp("Den Vorschlag lehnte Merkel ab.")._.quotes] == ["Merkel"]
    doc = tagged_nlp("Die katholische Kirche Kubas lobte der Papst für ihre Anstrengungen.")
    assert [q.speaker.text.split()[:2] for q in doc._.quotes] == [["der", "Papst"]]
    doc = tagged_nlp("Die russische Nachrichtenagentur RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: "
                     "„Diese Banken haben ihre Zweckbestimmung verloren.“")
    # (the medium's own quotation of the words comes after the person's: `direct:citing`, no claim)
    assert [q.speaker.text for q in doc._.quotes if q.rule != "direct:citing"] == ["Néstor Kirchner"]


def test_repairs_found_on_the_whole_gnad_corpus(tagged_nlp):
    # an auxiliary of another clause is no passive (`Das wird …, hatte er gesagt`)
    doc = tagged_nlp("Gatlin hatte sich voller Selbstvertrauen gezeigt. Das wird wie der Rumble in the Jungle, hatte er gesagt.")
    assert [(q.cue, q.speaker.text) for q in doc._.quotes] == [("gesagt", "er")]
    # an adverb opening the sentence before the verb makes it no attribute (`Zugleich pochte Schäuble`)
    doc = tagged_nlp("Zugleich pochte Wolfgang Schäuble darauf, dass die Euro-Staaten die Regeln strikt einhalten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Wolfgang Schäuble"]
    # `ich` after a label and a colon is the label's actor, also in a later main clause
    doc = tagged_nlp("Harald Mahrer: Ich habe das verfolgt, und ich finde es gut, dass er nochmals durchstartet.")
    assert [q.speaker.text for q in doc._.quotes] == ["Harald Mahrer"]


def test_a_subject_relative_pronoun_before_the_cue_stands_for_an_unnamed_group(tagged_nlp):
    doc = tagged_nlp("Es gibt Kritiker, die sagen, das Gesetz sei verfassungswidrig.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "Kritiker")]
    # a thing that cannot speak is no antecedent
    doc = tagged_nlp("Das ist ein Plan, der vorsieht, die Steuern zu senken.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == []


def test_a_phrase_filling_the_field_before_an_opening_cue_verb_reports_an_act(tagged_nlp):
    # the small parser reads `Aber die Opposition forderte …` as a noun with an attribute: no subject
    for text, speaker in (("Aber die Opposition forderte Neuwahlen.", "die Opposition"),
                          ("Die Demonstranten forderten Merkels Rücktritt.", "Die Demonstranten")):
        assert [(q.type, q.speaker.text) for q in tagged_nlp(text)._.quotes] == [("REPORTED", speaker)]
    # a proposal or a treaty before the verb is its object or a thing, no claimant
    doc = tagged_nlp("Die Forderung lehnte die Regierung Italiens ab.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Regierung Italiens"]
    assert tagged_nlp("Der aktuelle Vertrag schließt Aufträge von Parteien aus.")._.quotes == []


def test_a_strong_verbs_konjunktiv_ii_right_after_speech_continues_it(tagged_nlp):
    # `säßen` stands in for the Konjunktiv I (`sitzen` would read as the indicative plural)
    doc = tagged_nlp("Außenminister Sameh Shukri wies am Sonntag Vorwürfe der Missachtung der Pressefreiheit zurück. "
                     "In Ägypten säßen keine Journalisten wegen ihrer Meinungen im Gefängnis.")
    assert [q.rule for q in doc._.quotes] == ["reported:act", "indirect:follow-on"]
    # the past indicative (`saßen`) is the report's narrative
    doc = tagged_nlp("Außenminister Sameh Shukri wies am Sonntag Vorwürfe der Missachtung der Pressefreiheit zurück. "
                     "In Ägypten saßen damals keine Journalisten im Gefängnis.")
    assert [q.rule for q in doc._.quotes] == ["reported:act"]


def test_a_conjunction_opening_a_sentence_is_no_person_the_ner_found(tagged_nlp):
    # the statistical NER takes a capitalised `Wobei`, `Woraufhin` for a name
    doc = tagged_nlp("Caritas-Präsident Franz Küberl sprach am Montag in Wien. "
                     "Wobei er einräumt: Fälle von Spekulanten, die etwas abgeben, halten sich in Grenzen.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "einräumt"] == ["Franz Küberl"]
    assert not any(span.text in ("Wobei", "Woraufhin") for span in doc.spans["actors"])


def test_a_name_after_a_preposition_is_no_claimant(tagged_nlp):
    # `ohne`, `hinter`, `angesichts` govern the name like `mit` or `von` do
    doc = tagged_nlp("Der zweite ist Trumps Bereitschaft, die Beziehungen zu Russland zu normalisieren, "
                     "ohne Putin aufzufordern, die Ursachen zu beseitigen.")
    assert not any(c.actor_country == "RUS" for c in doc._.claims)
    doc = tagged_nlp("Zuvor hatte sich der Vorstand der SPÖ geschlossen hinter Werner Faymann gestellt.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Vorstand der SPÖ"]


def test_an_office_naming_nobody_before_speaks_for_the_country_of_the_dateline(tagged_nlp):
    text = "Bei einem Anschlag sind vier Soldaten getötet worden. Der Provinzgouverneur machte die PKK für den Anschlag verantwortlich."
    assert [(c.actor, c.actor_country) for c in tagged_nlp("Ankara – " + text)._.claims] == [("Gouverneur (TUR)", "TUR")]
    # no dateline, or an office of a company, places nobody
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == []
    doc = tagged_nlp("Stockholm – Der Konzern hat Verluste gemacht. Der Volvo-Chef kritisierte die Zölle.")
    assert [c.actor_country for c in doc._.claims] == []


def test_an_office_only_a_state_has_speaks_for_the_datelines_country_also_after_an_indefinite_article(tagged_nlp):
    # roles.csv type `government`: `eine Ministeriumssprecherin`, `das Stadtoberhaupt`; not `ein Sprecher` (anyone's)
    text = "Die Gemeinden haben Schulden. Die Steuern müssten sinken, forderte {}."
    assert [c.actor_country for c in tagged_nlp("Graz – " + text.format("eine Ministeriumssprecherin"))._.claims] == ["AUT"]
    assert [c.actor_country for c in tagged_nlp("Mailand – " + text.format("das Stadtoberhaupt"))._.claims] == ["ITA"]
    assert [c.actor_country for c in tagged_nlp("Graz – " + text.format("ein Sprecher"))._.claims] == []
    assert [c.actor_country for c in tagged_nlp(text.format("eine Ministeriumssprecherin"))._.claims] == []
    # the procedural judge of a parliament's inquiry is an office of the parliament (no court), named or not
    text = "Graz – Der Ausschuss tagte. Die Akten müssten vollständig geliefert werden, forderte der Verfahrensrichter{}."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text.format(""))._.claims] == [("AUT", "parliament")]
    assert [c.actor_country for c in tagged_nlp(text.format(" Anton Berger"))._.claims] == ["AUT"]


def test_a_person_named_with_an_office_only_a_state_has_speaks_for_the_datelines_country(tagged_nlp):
    # `Innenministeriumssprecher Anton Berger` whom nothing else places; not a company's spokesman
    text = "Graz – Die Lage ist ruhig. Hier bestehe offensichtlich eine Komplizenschaft, sagte {} Anton Berger."
    assert [c.actor_country for c in tagged_nlp(text.format("Innenministeriumssprecher"))._.claims] == ["AUT"]
    assert [c.actor_country for c in tagged_nlp(text.format("Unternehmenssprecher"))._.claims] == []


def test_a_person_after_an_apposition_with_a_domestic_office_speaks_for_the_datelines_country(tagged_nlp):
    # `der Verfahrensrichter im U-Ausschuss, X`: `im` fuses an article, no town follows (german.csv `fused_preposition`)
    text = "Graz – Eine Änderung der Verfahrensordnung wünscht sich der {} im Untersuchungsausschuss, Anton Berger."
    assert [c.actor_country for c in tagged_nlp(text.format("Verfahrensrichter"))._.claims] == ["AUT"]
    assert [c.actor_country for c in tagged_nlp(text.format("Anwalt"))._.claims] == []


def test_a_name_with_an_apposition_opening_the_sentence_speaks_when_the_verb_has_only_objects(tagged_nlp):
    # `…, warf der Türkei vor`: the dative after the verb is the accused, the fronted name the accuser
    doc = tagged_nlp("Der griechische Verteidigungsminister Panos Kammenos war am Freitag auf Kos. Kammenos, zugleich "
                     "Chef der Partei der Unabhängigen Griechen, warf der Türkei vor, das Abkommen nicht einzuhalten.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "warf … vor"] == ["Panos Kammenos"]
    # a subject after the verb of a fronted clause keeps its place
    doc = tagged_nlp("Als die Polizei kam, warf der Minister den Demonstranten Gewalt vor.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Minister"]


def test_konjunktiv_i_right_after_a_sentence_naming_a_person_is_that_persons_speech(tagged_nlp):
    doc = tagged_nlp("Etwas näher als nur am Bug lokalisierte Landeshauptmannstellvertreter Thomas Stelzer das "
                     "Problem der ÖVP. Das Khol-Ergebnis sei kein Warnschuss, sondern ein Treffer.")
    assert [(q.rule, q.speaker.actor) for q in doc._.quotes] == [("indirect:follow-on", "Thomas Stelzer")]
    # not what is alleged against someone, said to someone, or a subjunctive inside an indicative clause
    for text in ("Der Polizist Thomas Müller wurde am Montag verhaftet. Er habe Geld genommen.",
                 "HDP-Chef Selahattin Demirtaş war in Ankara. Sollte es zu einem Prozess kommen, drohen Demirtaş "
                 "bis zu 24 Jahre Haft. Hintergrund seien die Demonstrationen in Kobane.",
                 "Landeshauptmann Thomas Stelzer war am Montag in Linz. Die Abgeordnete möchte wissen, wie "
                 "die Journalistin an den Namen gekommen sei."):
        assert [q.rule for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"] == [], text
    # `ich habe` is the indicative: someone's verbatim words, not the named person's reported speech
    doc = tagged_nlp("Die erste Begegnung mit seinem Vorbild Heinz-Christian Strache am Rochusmarkt hat ihn "
                     "überzeugt. Ich habe ihn nur vom Fernsehen gekannt.")
    assert [q.rule for q in doc._.quotes if q.rule == "indirect:follow-on"] == []


def test_hiess_es_in_a_statement_is_the_statements_author(tagged_nlp):
    # the text names its author, or the actor who spoke just before issued it
    doc = tagged_nlp("Die Ärztekammer kritisierte die Pläne der Regierung scharf. Man werde sich gegen ein eigenes "
                     "Gesetz zur Wehr setzen, hieß es in einer Aussendung am Montag.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "hieß … es"] == ["Ärztekammer"]
    doc = tagged_nlp("Das sei inakzeptabel, hieß es in einer Erklärung des britischen Finanzministers George Osborne.")
    assert [q.speaker.actor for q in doc._.quotes] == ["George Osborne"]
    # a ruling or someone else's report is not the last speaker's; a place in the phrase is no author
    doc = tagged_nlp("Die Ärztekammer kritisierte die Pläne der Regierung scharf. Die Klage sei unbegründet, "
                     "hieß es in dem Urteil.")
    assert [q.speaker.actor_country for q in doc._.quotes if q.cue == "hieß … es"] == [""]


@pytest.mark.parametrize("text, speaker, content", [
    ("Die Partei werde eine Einigung mit Athen nicht blockieren, hatte Außenminister Timo Soini erklärt.",
     "Außenminister Timo Soini", "Die Partei werde eine Einigung mit Athen nicht blockieren"),
    ("Die Lage ist ernst, hat die Kanzlerin am Montag betont.", "die Kanzlerin", "Die Lage ist ernst"),
])
def test_the_clause_before_an_auxiliary_and_its_participle_is_reported(tagged_nlp, text, speaker, content):
    """`…, hatte X gesagt`: the auxiliary after the comma opens the speaker's clause like `…, sagte X`."""
    doc = tagged_nlp(text)
    assert [(q.type, q.speaker.text, doc.text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("INDIRECT", speaker, content)]


@pytest.mark.parametrize("text", [
    "Über die Frage, wer das sein könnte, will Kalina nicht spekulieren.",  # a modal: no report
    "Die Partei Wahre Finnen, Koalitionspartner der Regierung, hatte ihre Zustimmung zuvor angedeutet.",  # no subject after
    "Eine Missachtung stelle eine Benachteiligung dar, wird im Unternehmen erläutert.",  # a passive, nobody named
])
def test_no_reported_clause_before_a_modal_an_object_or_a_passive(tagged_nlp, text):
    assert not [q for q in tagged_nlp(text)._.quotes if q.rule == "indirect:cue"]


def test_a_finite_verb_after_und_is_no_participle_of_the_first_predicates_auxiliary(tagged_nlp):
    # `ist informiert und betont`: `betont` is the second predicate, in the present, not a passive with `ist`
    doc = tagged_nlp("Apple ist von dem Problem informiert und betont, dass man solche Angriffe erschwert habe.")
    assert [(q.type, q.speaker.text if q.speaker else None) for q in doc._.quotes] == [("INDIRECT", "Apple")]
    # a participle after `und` shares the passive: the plan criticises nothing
    doc = tagged_nlp("Der Plan wurde von der Regierung begrüßt und von der Opposition kritisiert.")
    assert not [q for q in doc._.quotes if q.speaker is not None and q.speaker.text == "Der Plan"]


@pytest.mark.parametrize("text, speaker", [
    ("ToyTalk, das die Puppe für Mattel entwickelt hat, bestätigte gegenüber NBC, dass die Puppe gehackt werden könnte.",
     "ToyTalk"),
    ("Der Augenzeuge Abdel Asis Nakur, der am Freitag in der Moschee arbeitete, sagte, das Unglück hätte noch viel "
     "schlimmer ausgehen können.", "Der Augenzeuge Abdel Asis Nakur"),
])
def test_an_unknown_phrase_with_a_relative_clause_opening_the_sentence_is_the_subject(tagged_nlp, text, speaker):
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a dateline before the phrase is no part of the verb's clause
    ("Linz – Huber, der seit Jahren im Gemeinderat sitzt, wies die Vorwürfe am Montag zurück.", "Huber"),
    # a person's noun before a genitive attribute heads the phrase, not the attribute's noun
    ("Der Chef der Gewerkschaft, der seit Jahren im Amt ist, wies die Vorwürfe zurück.", "Der Chef der Gewerkschaft"),
    ("Die Sprecherin des Vereins, die erst seit Mai im Amt ist, wies die Vorwürfe zurück.",
     "Die Sprecherin des Vereins"),
    # a bracket in the phrase takes no room of the words before the comma
    ("Die Chefin der Partei Neue Mitte (NM), die seit Jahren im Amt ist, wies die Kritik am Montag zurück.",
     "Die Chefin der Partei Neue Mitte (NM)"),
    # a name's party in brackets before the comma
    ("Max Huber (ÖVP), der seit Jahren Bürgermeister ist, wies die Vorwürfe zurück.", "Max Huber (ÖVP)"),
    ("Max Huber (ÖVP), Bürgermeister der Stadt, wies die Vorwürfe zurück.", "Max Huber (ÖVP), Bürgermeister der Stadt"),
])
def test_a_person_with_a_relative_clause_opening_the_sentence_is_the_subject(tagged_nlp, text, speaker):
    """`Der Vorsitzende der Partei X (PiS), der …, wies … zurück`: the fronted phrase before the relative
    clause, not the object after the verb (`die Vorwürfe`)."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text", [
    # a thing heads the phrase: its genitive person does not make it a speaker
    "Der Entwurf des Ministers, der im Mai vorgelegt wurde, kritisierte die Gewerkschaft scharf.",
    "Linz – Die Stadt, die seit Jahren wächst, plant einen neuen Bahnhof.",
])
def test_a_thing_with_a_genitive_person_and_a_relative_clause_is_no_speaker(tagged_nlp, text):
    assert not [q for q in tagged_nlp(text)._.quotes if q.speaker and q.speaker.text.startswith(("Der", "Die"))]


def test_a_man_described_before_a_relative_clause_is_a_nominative(tagged_nlp):
    # `Der 51-Jährige, der …, erklärte`: `der` before a man's noun is no dative or genitive, whatever the tagger says
    doc = tagged_nlp("Der 51-Jährige, der die Elf im Herbst noch vor dem Absturz gerettet hatte, erklärte am Freitag "
                     "seinen Abschied.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes if q.speaker] == [("REPORTED", "Der 51-Jährige")]


@pytest.mark.parametrize("text, speaker", [
    ("Angela Merkel, die seit Wochen im Wahlkampf ist, warf Martin Schulz vor, die Wähler zu täuschen.",
     "Angela Merkel"),
    ("Emmanuel Macron, der am Montag in Berlin war, nannte Marine Le Pen eine Gefahr für Europa.", "Emmanuel Macron"),
    # the name after the verb is the subject where the phrase before the comma is the reported clause
    ("Die Reform sei gescheitert, sagte Martin Schulz, der seit Wochen im Wahlkampf ist.", "Martin Schulz"),
])
def test_a_name_with_a_relative_clause_filling_the_prefield_is_the_subject_not_the_name_after_the_verb(
        tagged_nlp, text, speaker):
    """`X, der …, warf Y vor`: the phrase and its relative clause fill the field before the verb, so X is its
    subject and Y, in no nominative the form shows, its object."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


def test_the_subject_after_the_verb_of_a_fronted_object_with_a_relative_clause(tagged_nlp):
    # `Die Reform, die …, kritisierte der Minister`: `der Minister` can only be the subject
    doc = tagged_nlp("Die Reform, die im Frühjahr beschlossen wurde, kritisierte der Minister scharf.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["der Minister"]
    # a person opening the sentence stays the subject
    doc = tagged_nlp("Der Minister, der seit Mai im Amt ist, kritisierte die Reform scharf.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["Der Minister"]


@pytest.mark.parametrize("text", [
    # a conjunction or preposition before the phrase: it is no subject of the verb
    "Dass jene rund 300 Flüchtlinge, die in den Sammelstellen versorgt würden, nicht angerechnet werden, kritisierte der "
    "Landeshauptmann.",
    "An eine Popularbeschwerde, die gegen den ORF eingebracht werden könnte, sei nicht gedacht, heißt es.",
    # a thing with a relative clause speaks not; `äußerst` is an adverb, no form of `äußern`
    "Fossilien, die diese Hypothese belegen würden, sind aber äußerst rar.",
])
def test_no_fronted_phrase_after_a_conjunction_or_preposition_nor_a_thing(tagged_nlp, text):
    speakers = [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker]
    assert not [s for s in speakers if s.split()[-1] in ("Flüchtlinge", "Popularbeschwerde", "Fossilien")]


def test_demonstrative_object_of_a_verb_of_saying_reports_the_sentence_before(tagged_nlp):
    text = ("Die Abgeordnete hat Widerspruch gegen die Aberkennung ihres Titels eingelegt. "
            "Dies teilte ein Sprecher der FDP mit.")
    doc = tagged_nlp(text)
    quote = doc._.quotes[0]
    assert (quote.type, quote.rule) == ("INDIRECT", "indirect:anaphor")
    assert text[quote.content_start:quote.content_end] == text[:text.index("Dies") + 4]
    denied = tagged_nlp("Die Steuern steigen im nächsten Jahr deutlich. Das sagte Scholz nicht.")
    assert [q.rule for q in denied._.quotes] == []  # a denied report: nothing said (_denied_speech)
    asked = tagged_nlp("Steigen die Steuern im nächsten Jahr? Das fragte Scholz am Montag.")
    assert all(q.rule != "indirect:anaphor" for q in asked._.quotes)


def test_trailing_wie_clause_of_a_verb_of_saying_reports_the_clause_before(tagged_nlp):
    text = "Die Schule bleibt am Montag geschlossen, wie die Stadtverwaltung am Freitag mitteilte."
    quote = tagged_nlp(text)._.quotes[0]
    assert (quote.type, quote.rule, quote.speaker.text) == ("INDIRECT", "indirect:cue", "die Stadtverwaltung")
    assert text[quote.content_start:quote.content_end] == "Die Schule bleibt am Montag geschlossen"
    assert tagged_nlp("Grund für den Bereich ist nicht die Kameraoptik, wie viele Nutzer vermutet haben.")._.quotes == []
    assert tagged_nlp("Real spielt einen Fußball, wie er in Spanien von allen erwartet wird.")._.quotes == []


def test_a_trailing_wie_clause_reaches_past_the_speakers_apposition(tagged_nlp):
    # `…, wie Alan Stern, Direktor des Missionsrats, betonte`: the apposition's commas do not end the clause
    text = "Die Landung wird äußerste Präzision erfordern, wie Alan Stern, Direktor des Missionsrats der NASA, betonte."
    quote = tagged_nlp(text)._.quotes[0]
    assert (quote.type, text[quote.content_start:quote.content_end]) == (
        "INDIRECT", "Die Landung wird äußerste Präzision erfordern")
    # a finite verb between `wie` and the cue: the `wie` clause is another one
    text = "Die Landung wird schwierig, wie alle wissen, betonte Alan Stern."
    assert [text[q.content_start:q.content_end] for q in tagged_nlp(text)._.quotes] == [
        "Die Landung wird schwierig, wie alle wissen"]


def test_konjunktiv_one_main_clause_without_a_speaker_is_unattributed_speech(tagged_nlp):
    doc = tagged_nlp("Der Verkauf der Lebensmittel wurde gestoppt. Eine Gefahr für die Bevölkerung sei nicht gegeben.")
    assert [(q.type, q.rule, q.speaker) for q in doc._.quotes] == [("INDIRECT", "indirect:unattributed", None)]
    for text in ("Das wäre für die Bevölkerung schade.", "Ich habe das nicht gewusst.",
                 "Wer das Angebot annehme, müsse zahlen?"):
        assert tagged_nlp(text)._.quotes == []


def test_the_authors_own_sei_with_a_participle_of_saying_is_no_speech(tagged_nlp):
    # `Es sei darauf hingewiesen, dass …`: a wish of the author's (let it be said), nobody's words
    for text in ("Es sei darauf hingewiesen, dass die Zahlen vorläufig sind.",
                 "Ganz allgemein sei noch einmal betont, dass die Tests nur Richtwerte liefern."):
        assert tagged_nlp(text)._.quotes == []
    # a subject or a passive with `worden` reports what someone said
    for text in ("Der Verkauf wurde gestoppt. Der Zusammenhang sei inzwischen bestätigt.",
                 "Der Verkauf wurde gestoppt. Es sei mehrfach betont worden, dass keine Gefahr bestehe."):
        assert [q.rule for q in tagged_nlp(text)._.quotes] == ["indirect:unattributed"]


def test_demonstrative_after_a_sentence_naming_the_speaker_repeats_no_new_content(tagged_nlp):
    text = ("Außenminister Sergej Lawrow lehnt eine Stationierung von Truppen ab. "
            "Das sagte er am Dienstag in Riad.")
    assert all(q.rule != "indirect:anaphor" for q in tagged_nlp(text)._.quotes)


def test_a_persons_name_heading_the_speakers_phrase_is_its_actor(tagged_nlp):
    doc = tagged_nlp("Manfred Berg, der Dekan der Fakultät, sagte, das Gutachten sei falsch.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [
        ("Manfred Berg, der Dekan der Fakultät", "Manfred Berg")]
    # a phrase with no name keeps itself as the actor
    doc = tagged_nlp("Der Dekan der Fakultät sagte, das Gutachten sei falsch.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Der Dekan der Fakultät"]


def test_a_persons_name_in_the_apposition_of_the_speakers_title_is_its_actor(tagged_nlp):
    doc = tagged_nlp("Ein Sprecher der Polizei, Lars Beringer, sagte, der Täter sei gefasst.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Lars Beringer"]
    # an apposition with no name leaves the phrase as the actor
    doc = tagged_nlp("Der Sprecher des Vereins, ein früherer Richter, sagte, der Täter sei gefasst.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Der Sprecher des Vereins, ein früherer Richter"]


@pytest.mark.parametrize("text, actor", [
    ("Die Hamas rief zum Kampf auf. Am Samstag hätten die Lager geöffnet, schrieb die Organisation.", "Hamas"),
    ("Die Caritas sammelt Spenden. Die Lage sei dramatisch, sagte die Hilfsorganisation.", "Caritas"),
    # a country is no organisation, a Land's government no business: they stay unresolved
    ("Russland kritisierte die Wahl. Die Abstimmung sei gefälscht, erklärte die Organisation.", "die Organisation"),
    ("Die Steiermark fördert Windkraft. Der Markt sei schwierig, bestätigte der Konzern.", "der Konzern"),
    # a country's prefix: an organisation of that country only
    ("Die Gewerkschaft Verdi rief zu Streiks auf. Die Löhne seien gut, sagte das US-Unternehmen.",
     "das US-Unternehmen"),
])
def test_a_definite_noun_of_an_organisation_names_the_organisation_before(nlp, text, actor):
    """`erklärte die Organisation`, `sagte die Hilfsorganisation` (german.csv organisation_noun): the
    organisation of a fitting type named last before it speaks, not a country or a government."""
    speakers = [q.speaker.actor for q in nlp(text)._.quotes if q.sentence == 1]
    assert speakers == [actor]


def test_a_feminine_organisation_noun_after_der_is_no_subject(tagged_nlp):
    """`Viele werfen der Partei vor, …`: `der Partei` is a dative, not the party speaking."""
    doc = tagged_nlp("Podemos verlor die Wahl. Viele werfen der Partei vor, die Basis vernachlässigt zu haben.")
    assert "Podemos" not in {q.speaker.actor for q in doc._.quotes if q.speaker}
    doc = tagged_nlp("Podemos verlor die Wahl. Die Basis sei vernachlässigt worden, räumte die Partei ein.")
    assert "Podemos" in {q.speaker.actor for q in doc._.quotes if q.sentence == 1 and q.speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Syrische Aktivisten machen Russland für den Luftangriff verantwortlich.", "Syrische Aktivisten"),
    ("Kritiker werfen Erdoğan immer wieder vor, die Pressefreiheit zu beschneiden.", "Kritiker"),
    # a singular verb: the name after it is the subject
    ("Gestern forderte Macron eine Waffenruhe.", "Macron"),
])
def test_a_bare_plural_before_a_plural_verb_is_its_subject(tagged_nlp, text, speaker):
    """`Syrische Aktivisten machen Russland … verantwortlich`: a plural without an article before a verb in
    the plural fills the field before the verb, so the name after the verb is its object."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]


def test_a_place_after_a_preposition_and_its_adjectives_is_no_speaker(tagged_nlp):
    # `im norwegischen Oslo`: the seat of the subject before it, not a subject of its own
    doc = tagged_nlp("Der Preis geht an Obama. Das Nobelkomitee im norwegischen Oslo würdigte damit seinen Einsatz.")
    assert [q.speaker.text for q in doc._.quotes] == ["Das Nobelkomitee im norwegischen Oslo"]
    # a fronted object with the subject after the verb keeps that subject
    doc = tagged_nlp("Die Entscheidung für die Abhaltung eines Referendums hält sie für richtig, aber riskant.")
    assert [q.speaker.text for q in doc._.quotes] == ["sie"]


def test_a_name_in_quotation_marks_before_the_cue_is_the_speaker(tagged_nlp):
    # a medium's name in quotation marks, after nothing but `wie` and an article, speaks
    for text, speaker in (("Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 Stellen sollen wegfallen.",
                           "Die „Süddeutsche Zeitung“"),
                          ("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.", "„heise online“")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]
    # quoted words before the verb with a subject after it are a fronted object
    doc = tagged_nlp("Die „Reform“ kritisierte er scharf.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["er"]


def test_a_quotation_of_several_sentences_takes_the_cue_after_it(tagged_nlp):
    # `„A. B“, sagte X`: the verb after the quotation's last sentence attributes all of it, once
    doc = tagged_nlp("Die Karte ging an Chahed. „Das war kein gutes Spiel. Da werden wir bestraft“, sagte Thomas Tuchel.")
    assert [(q.type, q.rule, q.speaker.actor if q.speaker else None) for q in doc._.quotes] == [
        ("DIRECT", "direct:cue", "Thomas Tuchel")]
    doc = tagged_nlp("Die Karte ging an Chahed. „Das war kein gutes Spiel. Da werden wir bestraft“, so Tuchel.")
    assert [(q.type, q.rule) for q in doc._.quotes] == [("DIRECT", "direct:so")]
    # a verb that is no verb of saying after the comma attributes nothing
    doc = tagged_nlp("Die Karte ging an Chahed. „Das war kein gutes Spiel. Da werden wir bestraft“, stand auf dem Plakat.")
    assert all(q.rule != "direct:cue" for q in doc._.quotes)


def test_the_prefield_before_an_auxiliary_is_the_subject_not_the_object_in_the_middle_field(tagged_nlp):
    # `hat die Mitgliedsstaaten … aufgefordert`: the states are asked; the phrase before `hat` asks
    def speakers(text):
        return [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker]
    assert speakers("Das Europäische Parlament hat die Mitgliedsstaaten der Europäischen Union dazu aufgefordert, "
                    "die Sanktionen zu verschärfen.") == ["Das Europäische Parlament"]
    assert speakers("Der Internationale Strafgerichtshof hatte Südafrika zuvor aufgerufen, den Staatschef "
                    "zu verhaften.") == ["Der Internationale Strafgerichtshof"]
    # a pronoun in the middle field is the subject; a finite cue after a second clause has its own subject
    assert speakers("Die Reform hat sie am Montag im Landtag verteidigt.") == ["sie"]
    assert speakers("Der Konflikt hat die Spannungen verschärft und Polen fordert einen stärkeren Schutz "
                    "durch die NATO.") == ["Polen"]


def test_er_right_after_the_verb_is_its_subject_not_the_prefield(tagged_nlp):
    # `er` is nominative only: the noun phrase before the verb is its object
    doc = tagged_nlp("Der Täter wurde gefasst. Die Tat bezeichnete er als sinnlos.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["er"]
    # a name after the verb stays the object of a subject filling the prefield
    doc = tagged_nlp("Die Regierung kritisierte Merkel scharf.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["Die Regierung"]


def test_a_source_before_zufolge_keeps_its_von_in_and_genitive_attributes(tagged_nlp):
    for text, source in (("Einer Meldung von Xinhua zufolge seien zwölf Menschen gestorben.", "Einer Meldung von Xinhua"),
                         ("Den Polizeibehörden in Mombasa zufolge wurden Chemikalien gefunden.",
                          "Den Polizeibehörden in Mombasa"),
                         ("Berichten verschiedener Medien zufolge sei der Plan gescheitert.",
                          "Berichten verschiedener Medien")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [source]
    # the phrase does not reach back past the clause's subject
    doc = tagged_nlp("Das Gespräch sei ersten Angaben zufolge gut verlaufen.")
    assert [q.speaker.text for q in doc._.quotes] == ["ersten Angaben"]


def test_a_text_opening_a_passive_clause_of_saying_is_its_source(tagged_nlp):
    # `In X wird gefordert, dass …`: nobody but the text is named for the demand
    doc = tagged_nlp("In einer Pressemitteilung der Organisation wird gefordert, dass die Regierung ermittelt.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["einer Pressemitteilung der Organisation"]
    # a time after `im` says when, not who
    doc = tagged_nlp("Im Oktober wurde in einer Studie behauptet, dass man mit wenig Schlaf auskomme.")
    assert [q.speaker for q in doc._.quotes] == [None]


def test_a_text_after_a_particle_and_the_passive_auxiliary_is_its_source(tagged_nlp):
    # `So wird in X gefordert`: the text after the auxiliary; `wurde vermutet`, a participle tagged finite
    doc = tagged_nlp("So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung ermittelt.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["einer Pressemitteilung der Organisation"]
    doc = tagged_nlp("In einem Bericht der Salzburger Nachrichten wurde vermutet, dass keine der Personen überlebt hat.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["einem Bericht der Salzburger Nachrichten"]
    # a place after `in` says where, not who
    doc = tagged_nlp("So wird in Wien gefordert, dass die Regierung ermittelt.")
    assert [q.speaker for q in doc._.quotes] == [None]


def test_a_title_and_the_name_in_commas_before_a_verb_of_saying_are_its_subject(tagged_nlp):
    # the quoted company name costs the parser the subject; the field before the verb holds it whole
    doc = tagged_nlp("Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, das Investment sei "
                     "mit der Firmenstrategie vereinbar.")
    assert [q.speaker.text for q in doc._.quotes] == ["Der Geschäftsführer von „Ener1“, Charles Gassenheimer"]
    # a reported clause before the comma is no title: the subject follows the verb
    doc = tagged_nlp("Die Lage sei ernst, sagte der Sprecher der Polizei, Hans Müller.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Sprecher der Polizei, Hans Müller"]


def test_a_name_after_its_noun_in_the_verbs_prepositional_object_is_no_speaker(tagged_nlp):
    # `gegenüber der Nachrichtenagentur AFP`: the preposition governs the name behind its noun too
    doc = tagged_nlp("Tegaye Mununhe, der Polizeichef der betroffenen Region, sagte gegenüber der "
                     "Nachrichtenagentur AFP, dass nun weitere Boote im Einsatz seien.")
    assert [q.speaker.text for q in doc._.quotes] == ["Tegaye Mununhe, der Polizeichef der betroffenen Region"]
    # a participle attribute before a title opens no prepositional phrase around the name
    doc = tagged_nlp("Der ebenfalls bei dem Pressegespräch anwesende Landesparteivorsitzender Ingo Mayr meinte, "
                     "dies sei eine Entscheidung der Stadtpartei.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Ingo Mayr"]


def test_a_trailing_wie_clause_finds_the_speaker_before_the_apposition(tagged_nlp):
    # `…, wie X, Chef der Y, mitteilte`: the apposition's commas do not hide the name from the cue
    doc = tagged_nlp("Die Lage ist ernst, wie Olaf Scholz, Chef der SPD, mitteilte.")
    assert [q.speaker.text for q in doc._.quotes] == ["Olaf Scholz, Chef der SPD"]
    # a clause with words of its own before the cue keeps its own subject
    doc = tagged_nlp("Die Lage ist ernst, wie Olaf Scholz, so heißt es, der Presse mitteilte.")
    assert all(q.speaker is None or q.speaker.text != "Olaf Scholz, Chef der SPD" for q in doc._.quotes)


def test_a_sentence_opening_wie_clause_gives_the_speaker_with_its_apposition(tagged_nlp):
    # `Wie der Richter, Ottmar B., ausführte, …`: the apposition's commas split the `wie` clause; the
    # words between `Wie` and the last comma speak, as the data set marks them, with or without a place after
    doc = tagged_nlp("Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, hätte es ein Blutbad gegeben.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Vorsitzende Richter, Ottmar Breidling"]
    doc = tagged_nlp("Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, hat die Regierung "
                     "lediglich sechs Hubschrauber im Einsatz.")
    assert [q.speaker.text for q in doc._.quotes] == ["Steve Marshall, Sprecher der UN-Büros in Birma"]
    # a relative clause between the commas has a verb: its subject speaks, not the words around it
    doc = tagged_nlp("Wie die Polizei, die den Fall untersucht, mitteilte, wurden zwei Personen verletzt.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Polizei"]


@pytest.mark.parametrize("text, actors", [
    ("Als Landesrat sagen ihm die politischen Mitbewerber nichts Unfreundliches nach.", []),
    ("Als Außenminister forderte Sebastian Kurz eine Schließung der Balkanroute.", ["Sebastian Kurz"]),
    ("Der Landesrat forderte eine Schließung der Balkanroute.", ["Landesrat (AUT)"]),  # the subject itself
])
def test_a_role_after_als_is_a_predicate_not_the_speaker(nlp, text, actors):
    """`Als Landesrat sagen ihm …`: a role noun after `als` says in which capacity, it is no subject."""
    assert [c.actor for c in nlp(text)._.claims] == actors


@pytest.mark.parametrize("text, speaker", [
    ("Berlin/Wien – Die Regierungen forderten eine gemeinsame Lösung.", "Die Regierungen"),
    ("Moskau/Kiew – Die Separatisten forderten eine Waffenruhe.", "Die Separatisten"),
    ("Wien – Die Grünen forderten eine gemeinsame Lösung.", "Die Grünen"),
])
def test_the_places_of_a_dateline_joined_by_a_slash_are_no_speaker(tagged_nlp, text, speaker):
    """`Berlin/Wien –` says where the report comes from: neither place speaks."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_a_description_with_a_name_in_apposition_is_that_person(tagged_nlp):
    """`sagte der Chefunterhändler der Regierung, Humberto de la Calle`: the name after the comma says
    who speaks, not the last man named before (the description alone still refers back)."""
    first = "Der kolumbianische Verhandler Humberto de la Calle traf John Kerry. "
    doc = tagged_nlp(first + "Der Frieden sei nahe, sagte der Chefunterhändler der Regierung, Humberto de la Calle.")
    assert [c.actor for c in doc._.claims if c.sentence_id == 1] == ["Humberto de la Calle"]
    doc = tagged_nlp("John Kerry traf die Rebellen. Der Frieden sei nahe, sagte der Chefunterhändler der Regierung.")
    assert [c.actor for c in doc._.claims if c.sentence_id == 1] == ["John Kerry"]


def test_an_office_of_another_body_with_a_name_in_apposition_is_not_the_holder_named_before(tagged_nlp):
    """`Die Präsidentin der Hilfsorganisation X, Name, warnte`, `sagte der Leiter des Instituts, Name`: the
    name after the comma is the speaker, not the president or the man named before with a like office
    (`Frankreichs Präsident François Hollande`, `Parlamentspräsident Martin Schulz`); Brot für die Welt, a
    German NGO the knowledge base knows, gives her its side (DEU), the Ifo-Institut an observer's (OTHER)."""
    first = "Zuvor hatte Frankreichs Präsident François Hollande für den Vertrag geworben. "
    doc = tagged_nlp(first + "Die Präsidentin der Hilfsorganisation Brot für die Welt, Cornelia Füllkrug-Weitzel, "
                             "warnte vor Schlupflöchern in der Vereinbarung.")
    assert [q.speaker.actor for q in doc._.quotes if "warnte" in q.cue] == ["Cornelia Füllkrug-Weitzel"]
    assert [(c.actor, c.actor_country) for c in doc._.claims if c.sentence_id == 1] == [("Cornelia Füllkrug-Weitzel", "DEU")]
    doc = tagged_nlp("Parlamentspräsident Martin Schulz warnte vor einem Austritt. Ein Austritt wäre teuer, "
                     "sagte der Chef des Ifo-Instituts, Hans-Werner Sinn.")
    assert [(c.actor, c.actor_country) for c in doc._.claims if c.sentence_id == 1] == [("Hans-Werner Sinn", "OTHER")]
    # the office's body in the phrase gives the apposed person its side (`des UNHCR` → UN)
    doc = tagged_nlp("Außenminister Sebastian Kurz lobte die Hilfe. Die Lager seien überfüllt, sagte die Vize-Chefin "
                     "des UNHCR in Jordanien, Andrea Berger.")
    assert [(c.actor, c.actor_country) for c in doc._.claims if c.sentence_id == 1] == [("Andrea Berger", "UN")]
    # a phrase that names the holder himself keeps him
    doc = tagged_nlp("Der SPÖ-Chef, Werner Faymann, forderte eine Obergrenze.")
    assert [c.actor for c in doc._.claims] == ["Werner Faymann"]


def test_a_person_in_apposition_to_an_office_of_a_body_speaks_as_the_body(tagged_nlp):
    """`der Leiter der Abteilung … im Amt der Landesregierung, Franz Gruber`: a person of no office the knowledge
    base knows speaks in the capacity of the body whose office the phrase names (government), in `sagte
    Gruber` later too; not as the place's (`in Graz`: no body), and a known minister keeps his own type."""
    doc = tagged_nlp("Bregenz – Das Verfahren sei korrekt gelaufen, sagt der Leiter der Abteilung Wasserwirtschaft im Amt der "
                     "Landesregierung, Franz Gruber. Man werde alle Proben prüfen, sagte Gruber am Montag.")
    assert [(c.actor, c.actor_country, c.actor_type) for c in doc._.claims] == [
        ("Franz Gruber", "AUT", "government")] * 2
    doc = tagged_nlp("Die Preise seien zu hoch, sagt der bekannteste Wirt in Graz, Franz Gruber.")
    assert [c.actor_type for c in doc._.claims if c.actor == "Franz Gruber"] in ([], ["person"])
    doc = tagged_nlp("Die Obergrenze komme, sagte der Vorsitzende der SPÖ, Werner Faymann.")
    assert [(c.actor, c.actor_type) for c in doc._.claims] == [("Werner Faymann", "government")]


def test_a_zu_infinitive_with_a_clause_of_its_own_is_reported_content(tagged_nlp):
    # `schlug vor, zu prüfen, ob …`: the infinitive up to its comma is what was proposed, with its `ob` clause
    doc = tagged_nlp("Die EU-Kommission schlug am Montag vor, zu prüfen, ob ein neues Abkommen geschlossen werden kann.")
    assert [(q.type, q.cue, doc.text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("INDIRECT", "schlug … vor", "zu prüfen, ob ein neues Abkommen geschlossen werden kann")]
    # the speaker's own act in a relative clause after the infinitive is an event of its own
    doc = tagged_nlp("Er forderte das Parlament am Mittwoch auf, die Immunität von Abgeordneten aufzuheben, "
                     "denen er Verbindungen zur PKK unterstellt.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("INDIRECT", "forderte … auf"), ("REPORTED", "unterstellt")]
    # an infinitive after a thing the verb names is that thing's (a possibility, a demand), not reported content
    doc = tagged_nlp("Die Richterin wies die von der Verteidigung genannte Möglichkeit zurück, die Kaution "
                     "nachträglich zuzulassen, wenn eine Einigung gelänge.")
    assert [q.type for q in doc._.quotes if q.cue == "wies … zurück"] == ["REPORTED"]
    doc = tagged_nlp("Zugleich kritisierte er die Entscheidung der Kanzlerin, die Flüchtlinge aus Ungarn "
                     "einreisen zu lassen, als Fehler.")
    assert [q.type for q in doc._.quotes if q.cue == "kritisierte"] == ["REPORTED"]


def test_a_main_clause_after_a_zu_infinitive_is_the_authors(tagged_nlp):
    """`ist bereit, … einzuräumen, allerdings wird …`: a clause with its verb first or second after the
    infinitive goes on with the article's own words; what was offered ends before its comma."""
    doc = tagged_nlp("Gazprom ist bereit, der Ukraine einen kleinen Rabatt einzuräumen, allerdings wird der "
                     "Endpreis dabei nicht unter den europäischen Spotpreisen liegen.")
    assert [(q.cue, doc.text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("ist … bereit", "der Ukraine einen kleinen Rabatt einzuräumen")]
    assert [(c.claim_type, c.polarity) for c in doc._.claims] == [("PROPOSAL", 1)]
    # a clause that depends on the infinitive (relative, `ob`, `wenn`) is part of what was said
    doc = tagged_nlp("Gazprom ist bereit, der Ukraine einen Rabatt einzuräumen, wenn die Schulden bezahlt werden.")
    assert [doc.text[q.content_start:q.content_end] for q in doc._.quotes] == [
        "der Ukraine einen Rabatt einzuräumen, wenn die Schulden bezahlt werden"]
    # the cue's own negation still turns it around
    doc = tagged_nlp("Gazprom ist nicht bereit, der Ukraine einen Rabatt einzuräumen.")
    assert [(c.claim_type, c.polarity) for c in doc._.claims] == [("REJECTION", -1)]


def test_a_verb_of_saying_after_a_colon_introduced_quotation_is_its_cue(tagged_nlp):
    """`Besorgt äußerte sich X: „…“, sagte er`: one speech event, its cue the verb after the closing
    mark, its speaker the pronoun, which names the person of the sentence (even one of unknown side);
    the introducing verb is no second event, and nothing before the colon is reported content."""
    text = ("Der Dalai Lama sprach mit Qiangba Puncog. Besorgt äußerte sich auch der Vorsitzende des Vereins, "
            "Wolfgang Grader, zu den Vorgängen in Tibet: „Wir befürchten das Schlimmste“, sagte er im Radio.")
    quotes = [q for q in tagged_nlp(text)._.quotes if q.sentence == 1]
    assert [(q.type, q.cue, q.speaker.text, q.speaker.actor) for q in quotes] == [
        ("DIRECT", "sagte", "er", "Wolfgang Grader")]
    # without a verb after the quotation, the introducing verb is the cue
    doc = tagged_nlp("Wolfgang Grader äußerte sich besorgt: „Wir befürchten das Schlimmste.“")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("DIRECT", "äußerte")]
    # a name governed by a preposition is no antecedent of `er`
    doc = tagged_nlp("Karl Nehammer kam. Er sitzt vor Richterin Astrid Raufer, mehr will er aber nicht sagen.")
    assert "Astrid Raufer" not in [q.speaker.actor for q in doc._.quotes if q.speaker]


def test_a_web_address_names_the_medium_that_reports(tagged_nlp):
    # `Wie t-online.de berichtet`: the address is the subject, whatever the tagger calls it
    doc = tagged_nlp("Wie tagesschau.de berichtet, ist der Minister am Morgen zurückgetreten.")
    assert [q.speaker.text for q in doc._.quotes] == ["tagesschau.de"]
    # after a preposition it is where the words appeared, not who spoke
    doc = tagged_nlp("Das teilte die ARD am Montagabend auf tagesschau.de mit.")
    assert [q.speaker.text for q in doc._.quotes] == ["die ARD"]


def test_the_agent_of_a_passive_of_saying_speaks_though_no_lexicon_knows_it(tagged_nlp):
    # `von` + a phrase headed by a noun of an organisation or of people, or holding a known name
    doc = tagged_nlp("Es wird von der Nachrichtenagentur Reuters berichtet, dass der Minister zurückgetreten sei.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [("der Nachrichtenagentur Reuters", "Reuters")]
    doc = tagged_nlp("Es wurde von der Staatsanwaltschaft mitgeteilt, dass das Verfahren eingestellt werde.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Staatsanwaltschaft"]
    # `von Anfang an` is a time, no agent
    doc = tagged_nlp("Es wurde von Anfang an gefordert, dass die Bewohner die Stadt verlassen.")
    assert [q.speaker for q in doc._.quotes] == [None]
    # an act in a relative clause describes whom the author means: its `von` phrase reports nothing
    doc = tagged_nlp("Er will jene nicht im Parlament sehen, die von der Terrororganisation unterstützt werden.")
    assert not [q for q in doc._.quotes if q.speaker is not None and "Terrororganisation" in q.speaker.text]


@pytest.mark.parametrize("text", [
    "Am Abend sagte der türkische Premier Ahmet Davutoğlu die Reise nach Brüssel ab.",
    "Befürworter eines Austritts Großbritanniens aus der EU sahen sich durch den Bericht bestätigt.",
    "Bei dem Festgenommenen bestätigte sich der Verdacht einer Verbindung zu den Attentätern.",
])
def test_absagen_and_a_reflexive_bestaetigen_are_no_speech(tagged_nlp, text):
    """`sagte … ab` cancels, `sah sich bestätigt` feels vindicated, `bestätigte sich` came true:
    nobody says anything (verbs.csv: `excludes`)."""
    assert tagged_nlp(text)._.quotes == []


def test_sagen_and_bestaetigen_still_report_speech(tagged_nlp):
    doc = tagged_nlp("Der türkische Premier Ahmet Davutoğlu sagte, die Reise sei abgesagt. "
                     "Sein Sprecher bestätigte, dass er sich zurückziehe. "
                     "Ahmet Davutoğlu sagte der Regierung in Kiew Hilfe zu.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [
        ("INDIRECT", "sagte"), ("INDIRECT", "bestätigte"), ("REPORTED", "sagte … zu")]


@pytest.mark.parametrize("text", [
    "Der Titelverteidiger behauptete sich am Sonntag mit 3:1 gegen die Gäste aus Linz.",
    "Der Innenminister äußerte sich nicht zu den Plänen seiner Partei.",
    "Zu den Vorwürfen wollte sich der Sprecher des Konzerns am Abend nicht äußern.",
    "Namen wollte der Landeshauptmann am Dienstag nicht nennen.",
    "Details über die geplanten Kontrollen wollte der Verteidigungsminister nicht nennen.",
])
def test_prevailing_and_refusing_to_comment_are_no_speech(tagged_nlp, text):
    """`behauptete sich` prevails; `äußerte sich nicht`, `wollte Namen nicht nennen` refuse to
    comment: nobody takes a position (verbs.csv: `excludes`)."""
    assert tagged_nlp(text)._.quotes == []


def test_behaupten_aeussern_and_nennen_still_report_speech(tagged_nlp):
    doc = tagged_nlp("Der Innenminister behauptete, die Grenze sei sicher. "
                     "Der Kanzler äußerte sich kritisch zu den Plänen. "
                     "Die Opposition nannte den Vorschlag unverantwortlich.")
    assert [q.cue for q in doc._.quotes] == ["behauptete", "äußerte … kritisch", "nannte"]


def test_a_source_after_von_or_aus_speaks_as_the_actor_it_names(tagged_nlp):
    doc = tagged_nlp("Von der griechischen Regierung hieß es am Abend, sie könne die Berichte weder bestätigen "
                     "noch dementieren.")
    assert {c.actor_country for c in doc._.claims} == {"GRC"}
    doc = tagged_nlp("Man prüfe den Vorschlag genau, hieß es aus dem Büro des griechischen Ministerpräsidenten "
                     "Alexis Tsipras.")
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Alexis Tsipras", "GRC")}
    # circles no lexicon places name no side
    doc = tagged_nlp("Aus Sicherheitskreisen hieß es, der Anschlag sei seit Wochen geplant gewesen.")
    assert [c.actor_country for c in doc._.claims] == []


def test_the_holder_of_a_fronted_position_noun_is_no_subject_of_the_verb_after_it(tagged_nlp):
    doc = tagged_nlp("Innsbruck – Landeshauptmann Günther Platter kritisiert die Pläne. Den Vorschlag des "
                     "Ministeriums, nur im Winter Hubschrauber nach Tirol zu schicken, lehnte Platter kategorisch ab.")
    claims = {(c.actor, c.claim_type) for c in doc._.claims if "Vorschlag" in c.sentence}
    assert ("Günther Platter", "REJECTION") in claims
    # the ministry's proposal stays its own
    assert ("Österreichische Regierung", "PROPOSAL") in claims


def test_a_relative_clause_on_a_sentence_opening_source_is_no_part_of_its_statement(tagged_nlp):
    # `Laut X, der …, leben …`: the relative clause says who the source is, the statement follows it
    text = ("Laut einem Bericht der Zeitung, der sich auf Daten der Weltbank beruft, "
            "leben acht Millionen Menschen unter der Armutsgrenze.")
    (q,) = tagged_nlp(text)._.quotes
    assert text[q.content_start:q.content_end] == "leben acht Millionen Menschen unter der Armutsgrenze"
    text = "Laut einer Sprecherin des Ministeriums, die anonym bleiben wollte, wird das Gesetz verschoben."
    assert [text[q.content_start:q.content_end] for q in tagged_nlp(text)._.quotes] == ["wird das Gesetz verschoben"]
    # `die` as an article after the comma opens the statement itself
    text = "Nach Angaben der Polizei, die neuen Vorwürfe seien haltlos, gab es keine Festnahmen."
    assert text[tagged_nlp(text)._.quotes[0].content_start:].startswith("Nach Angaben")


def test_a_dass_clause_right_after_a_copula_is_its_predicate_not_speech(tagged_nlp):
    # `Das Problem ist, dass …`: the clause says what the problem is; nobody speaks
    assert not tagged_nlp("Das eigentliche Problem der Gemeinde ist, dass die Kassen seit Jahren leer sind.")._.quotes
    # `ist der Meinung, dass …`: an opinion its holder states
    doc = tagged_nlp("Der Bürgermeister ist der Meinung, dass die Gemeinde mehr Geld vom Land braucht.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes] == [("indirect:clause", "Der Bürgermeister")]


def test_an_act_in_a_dass_clause_or_zu_infinitive_of_a_noun_is_content_not_an_act(tagged_nlp):
    # `den Vorwurf, dass …`, `Zweifel daran, dass …`: the act verb in the clause is what the charge or
    # the doubt holds, no act of the clause's subject
    doc = tagged_nlp("Der Sprecher weist den Vorwurf, dass das Ministerium den Plan ablehne, zurück.")
    assert [q.cue for q in doc._.quotes] == ["weist … zurück"]
    doc = tagged_nlp("Keinen Zweifel hatte er aber daran, dass die SPÖ den Plan ablehnt.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "er")]
    assert not doc._.claims or all(c.actor != "SPÖ" for c in doc._.claims)
    # `hat die Pflicht, … abzulehnen`: a duty, not the act itself
    assert not tagged_nlp("Die Opposition hat die Pflicht, den Haushalt der Regierung abzulehnen.")._.quotes
    assert not tagged_nlp("Die Zensurbehörde hat die Anweisung, weitere Einträge zu blockieren.")._.quotes


def test_an_act_after_a_dass_clause_or_an_infinitive_of_the_verb_stays_an_act(tagged_nlp):
    # the main clause after a `dass` clause of another kind holds the act
    doc = tagged_nlp("Nachdem klar war, dass die Mittel fehlen, lehnte die Regierung den Plan ab.")
    assert [(q.type, q.cue, q.speaker.text) for q in doc._.quotes] == [("REPORTED", "lehnte … ab", "die Regierung")]
    # a time before the comma governs no infinitive: `bemühte sich am Samstag, … zu blockieren`
    doc = tagged_nlp("Die Zensurbehörde bemühte sich am Samstag, weitere Einträge zu blockieren.")
    assert [(q.cue, q.speaker.text) for q in doc._.quotes] == [("blockieren", "Die Zensurbehörde")]


def test_a_dass_clause_of_result_after_so_or_derart_is_nobodys_speech(tagged_nlp):
    # `so stark geworden, dass …`: the clause tells the result of a degree, nobody speaks
    assert not tagged_nlp("Der Druck auf die Regierung ist zuletzt so stark geworden, dass sie den Plan aufgab.")._.quotes
    assert not tagged_nlp("Die Partei liegt in den Umfragen so weit vorne, dass ihr Sieg als sicher gilt.")._.quotes
    doc = tagged_nlp("Die Zeugen erzählen dermaßen unterschiedliche Versionen, dass der Richter die Verhandlung vertagt.")
    assert not [q for q in doc._.quotes if q.type == "INDIRECT"]
    # `so` on the verb's particle (`stellte es so dar`) or before `wie` leaves the clause what was said
    doc = tagged_nlp("Der Kanzler stellte es am Donnerstag so dar, dass die Affäre nur die Partei betreffe.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "Der Kanzler")]
    doc = tagged_nlp("Die Ministerin betonte so deutlich wie nie, dass die Reform kommen müsse.")
    assert [(q.type, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "Die Ministerin")]


def test_a_genitive_adjective_the_tagger_reads_as_a_preposition_stays_in_the_source(tagged_nlp):
    # `Angaben informierter Kreise`: the tagger takes `informierter` for a preposition
    doc = tagged_nlp("Nach Angaben informierter Kreise betrug die Summe drei Millionen Euro.")
    assert [q.speaker.text for q in doc._.quotes] == ["Angaben informierter Kreise"]
    # a real preposition after the source noun opens no attribute of it
    doc = tagged_nlp("Die Polizei nahm nach Angaben unter Berufung auf Zeugen drei Männer fest.")
    assert [q.speaker.text for q in doc._.quotes if q.rule == "indirect:source"] == ["Angaben"]


@pytest.mark.parametrize("second, continued", [
    ("Das Management fahre den Konzern vor die Wand.", True),  # `fahre`: the tagger's adverb, a Konjunktiv I
    ("Man treibe die Beschäftigten in die Teilzeit.", True),
    ("An seine Stelle rückt der bisherige Sprecher.", False),  # `Stelle`: the noun, no `stelle`
    ("Der Glaube an die Führung sei aber verloren gegangen.", True)])  # `sei` continues, `Glaube` no verb
def test_a_konjunktiv_i_form_the_tagger_misses_continues_the_speech(tagged_nlp, second, continued):
    """Common Konjunktiv I forms (`fahre`, `treibe`, `bringe`, `hoffe`) continue the last speaker's words
    even where the tagger reads them as adverbs; a capitalised noun inside the sentence (`an seine
    Stelle`, `der Glaube`) is no such form."""
    doc = tagged_nlp(f"Verdi-Chef Frank Bsirske kritisierte am Montag die Deutsche Post scharf. {second}")
    follow = [q for q in doc._.quotes if q.sentence == 1]
    assert bool(follow and follow[0].speaker and follow[0].speaker.actor == "Frank Bsirske") == continued


def test_er_is_not_the_woman_who_spoke_last(tagged_nlp):
    """`… wirft Lugar der Ministerin Heinisch-Hosek vor. …, sagte Heinisch-Hosek. Das gestand er ihr zu`:
    `er` continues the person who spoke last only when she is no woman; else the man named last."""
    text = ("Wien – Der Klubobmann Robert Lugar kritisierte die Reform. "
            "Die Reform sei ausgewogen, entgegnete Gabriele Heinisch-Hosek. "
            "Die Ministerin habe es nicht leicht, räumte er ein.")
    doc = tagged_nlp(text)
    last = [q for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"]
    assert [q.speaker.actor for q in last] == ["Robert Lugar"]
    # a woman who spoke last is still `sie`
    doc = tagged_nlp("Wien – Der Klubobmann Robert Lugar kritisierte die Reform. "
                     "Die Reform sei ausgewogen, entgegnete Gabriele Heinisch-Hosek. "
                     "Die Länder hätten zu viel Macht, räumte sie ein.")
    last = [q for q in doc._.quotes if q.speaker is not None and q.speaker.text == "sie"]
    assert [q.speaker.actor for q in last] == ["Gabriele Heinisch-Hosek"]


def test_a_preposition_opening_a_main_clause_leaves_the_cue_its_reported_clause(tagged_nlp):
    # `Während der Sitzung erklärte …`, `Um 11 Uhr berichtet …`: a prepositional phrase before the cue in
    # second place, not the conjunction of a subordinate clause
    for text in ("Während der Sitzung erklärte der Minister, dass er zurücktrete.",
                 "Um 11 Uhr berichtet die Zeitung, dass der Minister einen Antrag gestellt habe."):
        quotes = tagged_nlp(text)._.quotes
        assert [(q.type, text[q.content_start:q.content_end]) for q in quotes][0][0] == "INDIRECT"
        assert text[quotes[0].content_start:].startswith("dass")
    # a subordinate clause ends in its verb: what follows the comma is the main clause, nobody's words
    text = "Nachdem sich der Parteichef abfällig über den Spieler geäußert hatte, gingen die Wogen hoch."
    assert not [q for q in tagged_nlp(text)._.quotes if q.type == "INDIRECT"]


@pytest.mark.parametrize("text, actor", [
    ("Wir haben verdient gewonnen, sagte Mexikos Trainer Miguel Herrera.", "Miguel Herrera"),
    ("Wir haben verdient gewonnen, sagte Argentiniens Coach Gerardo Martino nach dem Spiel.",
     "Gerardo Martino"),
    ("Es ist eine Tortur, sagte Argentiniens Defensiv-Routinier Javier Mascherano.",
     "Javier Mascherano"),
    # (the person's name alone, as the codebook's actor: the title no longer joins the name)
    # an office keeps its holder's country, one word after the genitive the country
    ("Die Lage sei ernst, sagte Kenias Außenministerin Amina Mohamed.", "Amina Mohamed"),
    ("Die Lage sei ernst, sagte Chinas Staats- und Parteichef Xi Jinping.", "Xi Jinping"),
])
def test_a_country_genitive_before_a_title_and_an_unknown_name_is_no_speaker(tagged_nlp, text, actor):
    """`Mexikos Trainer Miguel Herrera`: a person of Mexico speaks, not the Mexican state."""
    (q,) = tagged_nlp(text)._.quotes
    assert q.speaker.actor == actor


@pytest.mark.parametrize("text, actor, country, actor_type", [
    ("Wir werden um jeden Ball kämpfen, betonte Kroatiens Teamkicker nach dem Training.",
     "Teamkicker (HRV)", "HRV", "person"),
    ("Die Preise für Milch seien viel zu niedrig, sagten Österreichs Bauern am Montag.", "Bauern (AUT)", "AUT", "public"),
    ("Die Exporte würden kaum leiden, sagte Österreichs Handelsdelegierter in Paris, Michael Berger.",
     "Michael Berger", "AUT", "person"),
    # Europe's genitive before a company names no side
    ("Die Streiks seien rechtswidrig, erklärte Europas größte Fluglinie am Montag.",
     "Europas größte Fluglinie", "", ""),
    # an office, and a body that is no person, stay the government's
    ("Die Berichte seien falsch, erklärten Chinas Behörden am Montag.", "Chinesische Regierung", "CHN", "state"),
    ("Die Lage sei ernst, sagte Kenias Außenministerin Amina Mohamed.", "Amina Mohamed", "KEN", "government"),
])
def test_a_country_genitive_before_a_noun_of_no_office_is_no_government(tagged_nlp, text, actor, country, actor_type):
    """`Brasiliens Teamkicker`, `Österreichs Bauern`: a person or the public of the country speaks,
    not its government; only an office (`Kenias Außenministerin`) or an authority makes the government."""
    (q,) = tagged_nlp(text)._.quotes
    assert (q.speaker.actor, q.speaker.actor_country, q.speaker.actor_type) == (actor, country, actor_type)


def test_sie_takes_up_no_country_named_paragraphs_before(tagged_nlp):
    # the woman who speaks is known to no lexicon; `die Türkei`, named five sentences before, is no
    # longer what `sie` takes up
    text = ("Die Türkei hat die Visapflicht verschärft. {}"
            "Für Migranten ist es sinnvoller, sich in etablierten Parteien zu engagieren, sagt sie.")
    paragraph = ("Wie schwierig es für Zuwanderer in Wien ist, weiß auch eine Unternehmerin aus Favoriten. "
                 "Sie hatte nach ihrem Ausscheiden aus dem Gemeinderat überlegt, bei der Wahl eine eigene Liste "
                 "anzuführen, sich letztlich aber dagegen entschieden. Ihre Firma beschäftigt heute zwanzig "
                 "Mitarbeiter, die meisten davon aus der Nachbarschaft, und sie bildet jedes Jahr Lehrlinge aus. "
                 "Am Wochenende steht sie oft selbst im Geschäft, erzählen die Nachbarn, und am Abend besucht sie "
                 "Vereine und Treffen in ihrem Bezirk, um mit den Leuten über ihre Sorgen zu reden. "
                 "Viele kennen sie seit Jahren aus der Pfarre, aus dem Sportverein und vom Markt am Viktor-Adler-Platz. ")
    assert [c.actor_country for c in tagged_nlp(text.format(paragraph))._.claims if "sagt sie" in c.sentence] == []
    # named in the sentence before, the country is still what `sie` takes up
    near = tagged_nlp("Die Türkei hat die Visapflicht verschärft. Sie fordert von der EU mehr Geld.")
    assert {c.actor_country for c in near._.claims if c.sentence.startswith("Sie")} == {"TUR"}


def test_singular_sie_is_the_woman_named_in_an_earlier_clause(tagged_nlp):
    # `Skeptisch äußerte sich die Kanzlerin: …, sagte sie`: the woman of the sentence's first clause, not
    # the woman named in the sentence before
    text = ("Die griechische Regierungssprecherin Olga Gerovasili kündigte ein Referendum an. Skeptisch äußerte "
            "sich hingegen {}: Deutschland werde vor dem Referendum nicht über den Antrag beraten, sagte sie.")
    doc = tagged_nlp(text.format("die deutsche Kanzlerin Angela Merkel"))
    assert [c.actor for c in doc._.claims if "sagte sie" in c.sentence] == ["Angela Merkel"]
    # a man in the earlier clause is no antecedent of `sie`
    man = tagged_nlp(text.format("der deutsche Finanzminister Wolfgang Schäuble"))
    assert "Wolfgang Schäuble" not in [c.actor for c in man._.claims if "sagte sie" in c.sentence]


def test_a_capitalised_sie_inside_a_sentence_addresses_someone(tagged_nlp):
    # `Wagen Sie es nicht`: the polite `Sie` is the one addressed, not the party named before
    doc = tagged_nlp("Die FPÖ hatte im Netz gegen Flüchtlinge gehetzt. Wagen Sie es ja nicht, für uns zu "
                     "sprechen, schrieb eine Studentin.")
    assert [c.actor for c in doc._.claims if c.sentence.startswith("Wagen")] == []
    # `sie` and a `Sie` that opens the sentence still take up the party
    for text in ("Die FPÖ kritisierte den Plan. Sie fordert ein Ende der Verhandlungen.",
                 "Die FPÖ kritisierte den Plan. Dann fordert sie ein Ende der Verhandlungen."):
        assert {c.actor_country for c in tagged_nlp(text)._.claims if "fordert" in c.sentence} == {"AUT"}


@pytest.mark.parametrize("text, speaker, cue", [
    ("Der Stadtrat hat am Dienstag beschlossen, die Gebühren für die Müllabfuhr im Frühjahr zu erhöhen.",
     "Der Stadtrat", "beschlossen"),
    ("Das Verwaltungsgericht hat entschieden, dass die Versammlung am Samstag stattfinden darf.",
     "Das Verwaltungsgericht", "entschieden"),
    ("Der Sicherheitsrat beschloss am Abend, über dem Land eine Flugverbotszone einzurichten.",
     "Der Sicherheitsrat", "beschloss"),
])
def test_a_decision_with_a_dass_clause_or_a_zu_infinitive_is_reported_speech(tagged_nlp, text, speaker, cue):
    # quotes-de annotates `beschließen` and `entscheiden` with their clause as Indirect speech
    doc = tagged_nlp(text)
    assert [(q.type, q.speaker.text, q.cue) for q in doc._.quotes] == [("INDIRECT", speaker, cue)]


@pytest.mark.parametrize("text", [
    "Nun muss der Ermittlungsrichter entscheiden, ob der Verdächtige in Untersuchungshaft bleibt.",
    "Die Minister würden entscheiden, welche Länder auf die Liste kommen.",
    "Am Sonntag entscheidet der letzte Spieltag die Meisterschaft.",
    "Der Landtag beschloss am Donnerstag das umstrittene Gesetz.",
    "Sollte das Gesetz so beschlossen werden, könne dies zu Problemen führen.",
    "Irgendwer habe entschieden, dass es dort keinen Krieg gebe.",
])
def test_a_decision_verb_without_a_dass_or_zu_clause_reports_no_decision(tagged_nlp, text):
    # an open question, an object, a conditional or someone's reported words: nobody decided anything here
    assert not [q for q in tagged_nlp(text)._.quotes if q.cue in ("entscheiden", "entscheidet", "beschloss",
                                                                  "beschlossen", "entschieden")]


@pytest.mark.parametrize("text", [
    "In zehn bis fünfzehn Jahren, so schätzen die Forscher, soll die neue Sorte auf dem Markt sein.",
    "Der Meeresspiegel werde bis zum Ende des Jahrhunderts um einen Meter steigen, so schätzen die Forscher.",
])
def test_a_verb_of_saying_after_so_is_the_sources_cue_not_an_event_of_its_own(tagged_nlp, text):
    # `…, so schätzen die Forscher, …`: one event, cue `so schätzen`, the words on both sides its content
    doc = tagged_nlp(text)
    assert [(q.rule, q.cue, q.speaker.text) for q in doc._.quotes] == [
        ("indirect:source", "so schätzen", "die Forscher")]


def test_a_name_after_so_and_a_verb_of_naming_is_no_source(tagged_nlp):
    # `„Wikiasari“, so heißt ein geplantes Projekt`: the project is named, it says nothing
    doc = tagged_nlp("„Wikiasari“, so heißt ein geplantes Projekt, mit dem der Gründer die Suche verändern will.")
    assert not [q for q in doc._.quotes if q.rule == "indirect:source"]


def test_als_before_a_bare_noun_opens_a_main_clause_whose_participle_reports_the_clause_after(tagged_nlp):
    # `Als Begründung wurde angegeben, …`: `als` is a predicate's, the auxiliary comes before the participle
    doc = tagged_nlp("Als Begründung wurde angegeben, die Bürger nutzten immer mehr kleinere Tonnen.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("INDIRECT", "angegeben")]
    assert doc._.quotes[0].content_span(doc).text == "die Bürger nutzten immer mehr kleinere Tonnen"
    # `Als die Begründung angegeben wurde, …`: the conjunction's clause, its auxiliary after the participle
    assert not tagged_nlp("Als die Begründung angegeben wurde, lachten die Zuhörer im Saal.")._.quotes


def test_an_act_in_a_clause_a_conjunction_opens_is_background_no_speech_that_goes_on(tagged_nlp):
    """`…, nachdem ihm die US-Regierung die kalte Schulter gezeigt hatte`: the author's background; the
    Konjunktiv sentence after it is nobody's follow-on (an act in the main clause is continued)."""
    doc = tagged_nlp("Zuletzt hatte sich der Präsident nur noch auf die Armee gestützt, nachdem ihm die "
                     "US-Regierung die kalte Schulter gezeigt hatte. "
                     "Nun könne die Justiz unbehindert ihre Arbeit machen.")
    assert [q.rule for q in doc._.quotes] == ["reported:act"]
    doc = tagged_nlp("Die US-Regierung zeigte dem Präsidenten die kalte Schulter. "
                     "Nun könne die Justiz unbehindert ihre Arbeit machen.")
    assert [q.rule for q in doc._.quotes] == ["reported:act", "indirect:follow-on"]


def test_unmarked_speech_stops_where_another_named_person_is_the_subject(tagged_nlp):
    # the last speaker's unmarked speech goes on in a first-person sentence …
    spoke = tagged_nlp("Gewerkschaftschef Erich Foglar sagte, die Schulen bräuchten mehr Geld. "
                       "Wir können uns gerne gegenseitig Fristen auferlegen.")
    assert [(q.rule, q.speaker.actor) for q in spoke._.quotes][-1] == ("direct:unmarked", "Erich Foglar")
    # … but not where another person named in the sentence is its subject: the words are that person's
    answered = tagged_nlp("Gewerkschaftschef Erich Foglar sagte, die Schulen bräuchten mehr Geld. "
                          "Wir können uns gerne gegenseitig Fristen auferlegen, dann aber auch im Bildungsbereich, "
                          "spielte Wirtschaftskammer-Präsident Christoph Leitl den Ball zurück.")
    assert all(q.rule != "direct:unmarked" or q.speaker.actor != "Erich Foglar" for q in answered._.quotes)
    # a person named as an object does not stop it
    told = tagged_nlp("Gewerkschaftschef Erich Foglar sagte, die Schulen bräuchten mehr Geld. "
                      "Wir müssen mit Präsident Barack Obama reden.")
    assert [(q.rule, q.speaker.actor) for q in told._.quotes][-1] == ("direct:unmarked", "Erich Foglar")


def test_a_modal_opening_a_condition_sets_no_norm(tagged_nlp):
    # `Sollte er gewinnen, …` opens a condition: the author's outlook, not the last speaker's norm
    outlook = tagged_nlp("Der Kandidat Jimmy Morales sagte, er werde die Korruption bekämpfen. Sollte er am Sonntag "
                         "tatsächlich als Sieger aus der Stichwahl hervorgehen, kann er erstmals regieren.")
    assert all(q.rule != "direct:unmarked" for q in outlook._.quotes)
    # a norm in the main clause after the condition is still the speaker's
    norm = tagged_nlp("Der Kandidat Jimmy Morales sagte, er werde die Korruption bekämpfen. Sollte er gewinnen, "
                      "müssen die Parteien endlich zusammenarbeiten.")
    assert [(q.rule, q.speaker.actor) for q in norm._.quotes][-1] == ("direct:unmarked", "Jimmy Morales")


def test_must_with_a_date_states_a_deadline_not_the_speakers_norm(tagged_nlp):
    # `muss` with a date (`Ende Juni`, a year) is the timetable the author reports
    deadline = tagged_nlp("Eurogruppenchef Jeroen Dijsselbloem sagte, das Programm laufe aus. "
                          "Ende Juni muss Athen Kredite zurückzahlen.")
    assert all(q.rule != "direct:unmarked" for q in deadline._.quotes)
    # without a date it is the speaker's norm, and `sollten` with a date the speaker's goal
    norm = tagged_nlp("Eurogruppenchef Jeroen Dijsselbloem sagte, das Programm laufe aus. "
                      "Athen muss jetzt Reformen umsetzen.")
    assert [(q.rule, q.speaker.actor) for q in norm._.quotes][-1] == ("direct:unmarked", "Jeroen Dijsselbloem")
    goal = tagged_nlp("Eurogruppenchef Jeroen Dijsselbloem sagte, das Programm laufe aus. "
                      "Bis 2020 sollten die Schulden halbiert sein.")
    assert [(q.rule, q.speaker.actor) for q in goal._.quotes][-1] == ("direct:unmarked", "Jeroen Dijsselbloem")
    # `bald`, `nächste Woche` say how urgent the norm is, they give no date of a timetable
    soon = tagged_nlp("Eurogruppenchef Jeroen Dijsselbloem sagte, das Programm laufe aus. "
                      "Athen muss bald Reformen umsetzen.")
    assert [(q.rule, q.speaker.actor) for q in soon._.quotes][-1] == ("direct:unmarked", "Jeroen Dijsselbloem")


def test_an_agent_noun_with_a_genitive_office_holder_speaks_for_the_holder(nlp):
    """`das Büro des Ministerpräsidenten`: an agent noun (german.csv agent_noun) whose genitive names
    an office the document has placed speaks for its holder; an unplaced genitive gives no side."""
    doc = nlp("Jerusalem – Israels Ministerpräsident Benjamin Netanjahu traf den Minister. Noch während der "
              "Minister redete, widersprach ihm das Büro des Ministerpräsidenten: Die Offiziere dürfen nur in "
              "angemessenen Foren reden.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Benjamin Netanjahu", "ISR")]
    doc = nlp("Noch während der Minister redete, widersprach ihm das Büro des Angeklagten: Die Offiziere "
              "dürfen nur in angemessenen Foren reden.")
    assert doc._.claims == []


def test_a_genitive_name_after_the_source_opens_the_next_phrase(tagged_nlp):
    """`laut deutschen Medien Dobrindts freihändige Vergabe`: the name in the genitive before an adjective
    and a noun belongs to the phrase after the source; the media speak, not Dobrindt. After a noun of
    saying the genitive is the source's holder (`laut Angaben Dobrindts`)."""
    doc = tagged_nlp("Berlin – Verkehrsminister Alexander Dobrindt plant eine Maut. Grund des Streits ist laut "
                     "deutschen Medien Dobrindts freihändige Vergabe an das Konsortium. Das Urteil solle am "
                     "Donnerstag fallen.")
    sources = [q.speaker for q in doc._.quotes if q.cue == "laut"]
    assert [(s.text, s.actor_country) for s in sources] == [("deutschen Medien", "")]
    assert [c.actor for c in doc._.claims if "Urteil" in c.sentence] == []
    doc = tagged_nlp("Berlin – Verkehrsminister Alexander Dobrindt plant eine Maut. Die Vergabe sei laut Angaben "
                     "Dobrindts rechtens.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "laut"] == ["Alexander Dobrindt"]


def test_a_person_whose_verb_closes_first_person_words_speaks_them(tagged_nlp):
    # `Wir …, spielte X den Ball zurück`: the clause after the comma frames the words before it as X's
    doc = tagged_nlp("Gewerkschaftschef Erich Foglar sagte, die Schulen bräuchten mehr Geld. "
                     "Wir können uns gerne gegenseitig Fristen auferlegen, dann aber auch im Bildungsbereich, "
                     "spielte Wirtschaftskammer-Präsident Christoph Leitl den Ball zurück.")
    unmarked = [q for q in doc._.quotes if q.rule == "direct:unmarked"]
    assert [q.speaker.actor for q in unmarked] == ["Christoph Leitl"]
    assert doc.text[unmarked[0].content_start:unmarked[0].content_end].endswith("im Bildungsbereich")
    # a person named as an object frames nothing: the last speaker goes on
    doc = tagged_nlp("Gewerkschaftschef Erich Foglar sagte, die Schulen bräuchten mehr Geld. "
                     "Wir müssen mit Präsident Barack Obama reden.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "direct:unmarked"] == ["Erich Foglar"]


def test_medium_in_the_dative_after_the_verb_is_no_speaker(tagged_nlp):
    """`Eine Sprecherin sagte der Welt am Sonntag, …`: `der` before a word the tagger reads as dative or
    genitive opens the addressee, so the phrase before the verb speaks; `der` before a nominative
    (`Die Kirche Kubas lobte der Papst`) still opens the subject after the verb."""
    doc = tagged_nlp("Eine Sprecherin sagte der Welt am Sonntag, die Verhandlungen seien gescheitert.")
    assert [q.speaker.text for q in doc._.quotes] == ["Eine Sprecherin"]
    assert [m._.actor_type for m in doc.spans["actors"] if m._.actor == "Welt am Sonntag"] == ["media"]
    doc = tagged_nlp("Die Kirche Kubas lobte der Papst als mutig.")
    assert [c.actor for c in doc._.claims] == ["Papst (VAT)"]


def test_major_media_are_known_media(tagged_nlp):
    doc = tagged_nlp("Wie die Deutsche Welle am Montag meldete, stieg die Zahl der Flüchtlinge.")
    assert [(m.text, m._.actor_type) for m in doc.spans["actors"]] == [("Deutsche Welle", "media")]


def test_may_without_a_negator_states_a_permission_not_the_speakers_norm(tagged_nlp):
    # `dürfen` without `nicht` or the first person tells what a rule allows: the author's fact
    allowed = tagged_nlp("Die Ministerin Karin Berger sagte, die Kontrollen würden verschärft. "
                         "Die Behörde darf seit einem Jahr selbst Proben nehmen.")
    assert all(q.rule != "direct:unmarked" for q in allowed._.quotes)
    # `darf nicht` is the speaker's norm
    norm = tagged_nlp("Die Ministerin Karin Berger sagte, die Kontrollen würden verschärft. "
                      "Das darf nicht noch einmal passieren.")
    assert [(q.rule, q.speaker.actor) for q in norm._.quotes][-1][0] == "direct:unmarked"


def test_a_dateline_opens_the_body_which_continues_no_speech_of_the_lead(tagged_nlp):
    # `Graz – …` after the lead begins the report: its Konjunktiv-like sentence is no follow-on
    body = tagged_nlp("Die Bürgermeisterin Elke Kahr sagte, die Stadt werde sparen.\n\n"
                      "Graz – Ausnahmen von dieser Regel gebe es in der Steiermark einige.")
    assert all(q.rule != "indirect:follow-on" for q in body._.quotes)
    # a name before a dash of a parenthesis is no dateline: the speech goes on
    aside = tagged_nlp("Die Bürgermeisterin Elke Kahr sagte, die Stadt werde sparen. "
                       "Sie – seit 2021 im Amt – habe dafür keine andere Wahl.")
    assert [q.rule for q in aside._.quotes][-1] == "indirect:follow-on"


def test_a_verdict_in_the_passive_is_the_authors_report(tagged_nlp):
    # `wird … nicht mehr ausgeschlossen` after someone spoke reports an unnamed side's stance
    passive = tagged_nlp("Der Innenminister Gerhard Karner sagte, die Grenze bleibe offen. "
                         "In Slowenien wird die Schließung der Grenze nicht mehr ausgeschlossen.")
    assert all(q.rule != "direct:unmarked" for q in passive._.quotes)
    # the same verdict in the active is the speaker's
    active = tagged_nlp("Der Innenminister Gerhard Karner sagte, die Grenze bleibe offen. "
                        "Das ist völlig inakzeptabel.")
    assert [q.rule for q in active._.quotes][-1] == "direct:unmarked"
    # `ist … zuzustimmen` (sein with a zu-infinitive) is no passive with `werden`: the speaker's verdict
    agreed = tagged_nlp("Der Innenminister Gerhard Karner sagte, die Grenze bleibe offen. "
                        "Da ist ihm vollinhaltlich zuzustimmen, statt sich mit Zäunen zu beruhigen.")
    assert [q.rule for q in agreed._.quotes][-1] == "direct:unmarked"


def test_a_verb_final_cue_after_a_relative_clause_keeps_its_subject(tagged_nlp):
    # the comma closing `die … kritisiert wurde` is no border of the cue's clause: its subject comes before
    doc = tagged_nlp("Innenminister Karl Berger hat die Reform, die von der Opposition scharf kritisiert wurde, "
                     "verteidigt.")
    assert [(q.cue, q.speaker.actor) for q in doc._.quotes] == [("verteidigt", "Karl Berger")]
    # the idiom's `sich` stands before the relative clause: `sich … vorstellen können`
    doc = tagged_nlp("Finanzministerin Maria Huber kann sich eine Umschichtung von jenen Mitteln, die bisher für "
                     "den Straßenbau vorgesehen waren, vorstellen.")
    assert [(q.cue, q.speaker.actor) for q in doc._.quotes] == [("vorstellen", "Maria Huber")]
    # a purpose clause after the relative clause is a clause of its own: not Berger's words
    doc = tagged_nlp("Innenminister Karl Berger will einen Gipfel, der nach Möglichkeiten suchen soll, um zu "
                     "verhindern, dass Banden Waffen schmuggeln.")
    assert [q.cue for q in doc._.quotes if q.speaker and q.speaker.actor == "Karl Berger"
            and "verhindern" in q.cue] == []


def test_a_verb_final_cue_reaches_back_over_relative_clauses_in_a_row(tagged_nlp):
    # a plural present closing the relative clause (`liegen`, read as an infinitive) still closes it
    doc = tagged_nlp("Landesrätin Maria Huber kann sich eine Umschichtung von jenen Betrieben, die über der "
                     "Grenze liegen, auf kleinere Höfe vorstellen.")
    assert [(q.cue, q.speaker.actor) for q in doc._.quotes] == [("vorstellen", "Maria Huber")]
    # two relative clauses in a row: `sich` stands before the first of them
    doc = tagged_nlp("Landesrätin Maria Huber kann sich eine Verlagerung von jenen Geldern, die derzeit in den "
                     "Straßenbau fließen, auf jene Schulen, die dringend saniert werden müssen, vorstellen.")
    assert [(q.cue, q.speaker.actor) for q in doc._.quotes] == [("vorstellen", "Maria Huber")]
    # without `sich` before them, `vorstellen` presents something: no idiom
    doc = tagged_nlp("Landesrätin Maria Huber will eine Verlagerung von jenen Geldern, die derzeit in den "
                     "Straßenbau fließen, auf jene Schulen, die dringend saniert werden müssen, vorstellen.")
    assert [q.cue for q in doc._.quotes if "vorstellen" in q.cue] == []


def test_a_bare_surname_keeps_the_side_an_office_in_the_introducing_speech_gave(tagged_nlp):
    # only the speaker's apposition places her (an office of the UN refugee agency); the surname alone does not
    doc = tagged_nlp("Kampala – Die Lage in den Lagern sei schwierig, sagte die Vize-Chefin des UNHCR in Uganda, "
                     "Maria Kowalski, am Montag. Die Regierung müsse mehr tun, sagte Kowalski.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [
        ("Maria Kowalski", "UN"), ("Maria Kowalski", "UN")]
    # a company's head speaks for no side: the company's place does not carry to the surname
    doc = tagged_nlp("Wien – Das Programm liege gut im Plan, sagte der Vorsitzende der Geschäftsführung von "
                     "Wien Energie, Thomas Gruber. Die Preise würden sinken, sagte Gruber.")
    assert [q.speaker.actor_country for q in doc._.quotes if q.speaker.text == "Gruber"] == [""]


def test_testimony_with_aussagen_frames_the_clause_after_it(tagged_nlp):
    text = "Mehrere Zeugen hatten vor Gericht ausgesagt, der Angeklagte sei mit einem Auto geflohen."
    doc = tagged_nlp(text)
    assert [(q.type, q.cue, q.speaker.text) for q in doc._.quotes] == [("INDIRECT", "ausgesagt", "Mehrere Zeugen")]
    assert text[doc._.quotes[0].content_start:doc._.quotes[0].content_end] == "der Angeklagte sei mit einem Auto geflohen"
    # a study that says little has no clause to report
    assert [q.type for q in tagged_nlp("Die Studie sagt wenig über die Ursachen aus.")._.quotes] != ["INDIRECT"]


def test_so_before_a_trailing_verb_of_saying_points_back_to_the_clause_before(tagged_nlp):
    text = "Finanzminister Karl Berger sprach in Wien. Die Regierung werde die Steuern nicht erhöhen, so sagte er."
    doc = tagged_nlp(text)
    (q,) = [q for q in doc._.quotes if q.cue == "sagte"]
    assert (q.type, text[q.content_start:q.content_end]) == ("INDIRECT", "Die Regierung werde die Steuern nicht erhöhen")
    # no verb of saying after `so`: nothing is reported
    assert tagged_nlp("Die Straße war gesperrt, so blieb er zu Hause.")._.quotes == []


def test_a_capitalised_adjective_after_laut_belongs_to_the_source_noun(tagged_nlp):
    doc = tagged_nlp("Laut Ersten Angaben wurden bei dem Unfall drei Menschen verletzt.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ersten Angaben"]
    # a name after `laut` stays a name
    doc = tagged_nlp("Laut Amnesty International wurden Hunderte Menschen festgenommen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Amnesty International"]


@pytest.mark.parametrize("act, speaker", [
    ("Lawrow habe ihn um ein weiteres Treffen gebeten", "Marco Rubio"),  # told in Rubio's words
    ("Lawrow und sein Stellvertreter hätten ihn um ein weiteres Treffen gebeten", "Marco Rubio"),
    ("Lawrow bat ihn um ein weiteres Treffen", "Sergej Lawrow"),  # the author tells the act: Lawrow speaks on
])
def test_an_act_told_in_the_konjunktiv_keeps_the_speaker_before_it(tagged_nlp, act, speaker):
    text = ("US-Außenminister Marco Rubio sagte nach dem Treffen in Riad, die Gespräche seien konstruktiv "
            f"gewesen. {act}. Eine Einigung sei noch vor dem Sommer möglich.")
    third = [q for q in tagged_nlp(text)._.quotes if q.sentence == 2]
    assert [(q.rule, q.speaker.actor) for q in third] == [("indirect:follow-on", speaker)]


@pytest.mark.parametrize("between, follows", [
    ("Thema des Treffens war auch der Verkehr", False),  # the author narrates in the past: the speech has ended
    ("Die Regierung hat am Abend einen Plan veröffentlicht", False),  # a perfect, too
    ("Das Papier enthält einen Vorschlag für neue Strecken", True),  # a present may go on with the speech
])
def test_a_plan_with_soll_after_the_authors_narration_is_no_follow_on(tagged_nlp, between, follows):
    # an indicative `soll` states a plan as much as reported speech: after the author's past narration
    # it goes on with the author's report, no longer with the speaker
    text = ("Der serbische Regierungschef Aleksandar Vučić sagte am Donnerstag, die Region brauche mehr "
            f"Investitionen. {between}. So soll künftig eine Autobahn Belgrad mit Tirana verbinden.")
    third = [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.sentence == 2 and q.rule == "indirect:follow-on"]
    assert bool(third) == follows, third
    # a Konjunktiv I after the narration still goes on with the speaker
    konjunktiv = text.replace("So soll künftig eine Autobahn", "Künftig verbinde eine Autobahn")
    assert [q.rule for q in tagged_nlp(konjunktiv)._.quotes if q.sentence == 2] == ["indirect:follow-on"]


@pytest.mark.parametrize("sentence, cue", [
    ("Die Sozialpartnerschaft müsse sich komplett ändern, deponierte ÖVP-Chef Reinhold Mitterlehner im Kurier.",
     "deponierte"),  # Austrian: put on record
    ("Die Regelung sei unzulässig, beschied der Europäische Gerichtshof.", "beschied"),
    ("Das stelle eine unzulässige Diskriminierung dar, attestiert der Verwaltungsrechtler Andreas Hauer.",
     "attestiert"),
])
def test_austrian_verbs_of_record_are_cues(tagged_nlp, sentence, cue):
    assert [q.cue for q in tagged_nlp(sentence)._.quotes] == [cue]


def test_deponieren_of_money_or_waste_is_no_cue(tagged_nlp):
    for sentence in ("Der Unternehmer deponierte das Geld bei einer Bank in Zürich.",
                     "Die Gemeinde deponierte den Müll jahrelang auf einer Wiese."):
        assert [q.cue for q in tagged_nlp(sentence)._.quotes if q.cue == "deponierte"] == [], sentence


@pytest.mark.parametrize("between, speaker", [
    # another person the text places is the subject of the sentence between: the Konjunktiv is that person's
    ("Papst Franziskus erwähnte den Vulkan Chimborazo als den Punkt, der der Sonne am nächsten liegt",
     "Papst Franziskus"),
    # that person only as the object: the speech goes on with the earlier speaker
    ("Er empfing danach Papst Franziskus am Flughafen", "Rafael Correa"),
])
def test_a_follow_on_two_sentences_on_goes_to_the_person_named_between(tagged_nlp, between, speaker):
    text = (f"Die Armut sei eine Schande, sagte Präsident Rafael Correa. {between}. "
            "Die Kirche werde mit dem Mond gleichgesetzt.")
    third = [(q.rule, q.speaker.actor) for q in tagged_nlp(text)._.quotes if q.sentence == 2]
    assert third == [("indirect:follow-on", speaker)]


def test_a_pronoun_takes_the_side_its_person_spoke_for_before(tagged_nlp):
    """The apposition places the diplomat on the Union's side in his first speech; `er` in the next
    sentence is read from his name (Danish), but speaks for the same side."""
    text = ("Der Vertreter der EU im Rat, der dänische Diplomat Jens Lindholm, bedauerte, dass Israel den "
            "Berichterstatter nicht einreisen ließ. Zugleich kritisierte er, dass das Mandat begrenzt wurde.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in tagged_nlp(text)._.quotes] == [
        ("Jens Lindholm", "EU"), ("Jens Lindholm", "EU")]
    # without the apposition he is the Danish diplomat in both sentences
    plain = text.replace("Der Vertreter der EU im Rat, der dänische Diplomat Jens Lindholm,",
                         "Der dänische Diplomat Jens Lindholm")
    assert [q.speaker.actor_country for q in tagged_nlp(plain)._.quotes] == ["DNK", "DNK"]


def test_a_pronoun_takes_up_the_name_in_apposition_to_the_role_that_spoke(tagged_nlp):
    """`der Sprecher von Präsident Putin, Dmitri Peskow` is read as the role before resolving names the
    person in apposition; `Er` in the next sentence takes up the person, not the bare role."""
    text = ("Moskau werde keinen Vertrag schließen, sagte der Sprecher von Präsident Wladimir Putin, Iwan "
            "Sorokin, am Freitag. Er verwies auf eine Umfrage unter den Bewohnern.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Iwan Sorokin", "Iwan Sorokin"]
    # a spokesman named by the role alone stays the role
    plain = text.replace("der Sprecher von Präsident Wladimir Putin, Iwan Sorokin,", "ein Sprecher des Kreml")
    assert "Iwan Sorokin" not in [q.speaker.actor for q in tagged_nlp(plain)._.quotes]


def test_a_definite_body_noun_takes_up_the_organisation_it_introduced(tagged_nlp):
    """`die Dienstleistungsgewerkschaft Verdi … Die Gewerkschaft fordert …`: the union named before, which the noun
    introduced; without one, or after an organisation of another kind, the country's unions."""
    text = "Berlin – Seit Wochen ruft {} zu Streiks auf. Die Gewerkschaft fordert einen neuen Tarifvertrag."
    doc = tagged_nlp(text.format("die Dienstleistungsgewerkschaft Verdi"))
    assert [q.speaker.actor for q in doc._.quotes if q.speaker.text == "Die Gewerkschaft"] == ["Verdi"]
    doc = tagged_nlp(text.format("der Versandhändler Amazon"))
    assert [q.speaker.actor for q in doc._.quotes if q.speaker.text == "Die Gewerkschaft"] == ["Gewerkschaften (DEU)"]


@pytest.mark.parametrize("noun, actor", [
    ("Ehefrau", "Faymanns Ehefrau"),  # a relative speaks for nobody's side (german.csv kin_noun)
    ("Sprecher", "Werner Faymann"),  # his spokesman speaks for him
])
def test_a_relative_named_by_a_genitive_does_not_speak_for_the_person(tagged_nlp, noun, actor):
    text = f"Bundeskanzler Werner Faymann ist in Brüssel. Die Entscheidung sei endgültig, sagte Faymanns {noun} am Sonntag."
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == [actor]


@pytest.mark.parametrize("between, follows", [
    # another actor the text places is the subject between: the author tells that actor's plan
    ("Die SPÖ will im Herbst ihre Gremien neu ordnen", False),
    # the speaker himself: his plan may go on in his words
    ("Im Herbst will Entholzer die Gremien neu ordnen", True),
])
def test_a_plan_with_soll_after_another_actors_sentence_is_no_follow_on(tagged_nlp, between, follows):
    text = ("Wir geben nicht auf, sagte der oberösterreichische SPÖ-Chef Reinhold Entholzer. "
            f"{between}. Das Präsidium soll dazu eine Arbeitsgruppe einrichten.")
    third = [q.rule for q in tagged_nlp(text)._.quotes if q.sentence == 2]
    assert (third == ["indirect:follow-on"]) == follows, third


def test_zu_infinitive_reads_zu_before_the_verb_or_inside_it():
    """`sie zu unterstützen`, `den Plan abzulehnen`: zu-infinitives, told by the words alone; a bare
    infinitive (`ablehnen`) or one with the prefix `zu` (`zustimmen`) is none, nor is a verb whose `zu`
    stands before its clause opens."""
    import spacy

    from pipeline.quotes.clauses import zu_infinitive

    doc = spacy.blank("de")("Die Partei erwägt, sie zu unterstützen und den Plan abzulehnen.")
    assert [t.text for t in doc][6:11:4] == ["unterstützen", "abzulehnen"]
    assert zu_infinitive(doc, 6, 4) and zu_infinitive(doc, 10, 4)
    assert not zu_infinitive(doc, 6, 6)  # `zu` before the clause's first word
    doc = spacy.blank("de")("Sie will ablehnen oder zustimmen.")
    assert not zu_infinitive(doc, 2, 0) and not zu_infinitive(doc, 4, 0)


@pytest.mark.parametrize("text, speaker", [
    ("Graz – Die Grünen lehnten den Antrag ab. Begründung des ÖVP-Abgeordneten Karl Weber: Es ist keine gute "
     "Idee, die Schulen zu schließen.", "Karl Weber"),
    ("Graz – Die Grünen lehnten den Antrag ab. Die Antwort des ÖVP-Abgeordneten Karl Weber: Die Schulen bleiben "
     "offen.", "Karl Weber"),
    # in quotation marks too (`DirectSpeech`), once
    ("Graz – Die Grünen lehnten den Antrag ab. Die Antwort des ÖVP-Abgeordneten Karl Weber: „Die Schulen bleiben "
     "offen.“", "Karl Weber"),
    # roles.csv `Landtagsabgeordneter`: a member of a Land's parliament, of the dateline's country
    ("Graz – Die Grünen lehnten den Antrag ab. Begründung des Landtagsabgeordneten Karl Weber: Es ist keine gute "
     "Idee, die Schulen zu schließen.", "Karl Weber"),
    # negatives: a noun of no speech before the genitive, and a genitive that names no actor
    ("Graz – Die Grünen lehnten den Antrag ab. Die Frau des ÖVP-Abgeordneten Karl Weber: Die Schulen bleiben offen.",
     None),
    ("Graz – Die Grünen lehnten den Antrag ab. Fazit der langen Sitzung: Die Schulen bleiben offen.", None),
])
def test_colon_speech_after_a_noun_of_speech_is_its_genitive_attributes(tagged_nlp, text, speaker):
    """`Begründung des Abgeordneten X: …`: a noun of speech (german.csv `colon_speech_noun`) opening the
    sentence names the speaker of the words after the colon in its genitive attribute, even after a
    role noun, whose name is otherwise only the attribute's."""
    found = [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.sentence == 1]
    assert found == ([speaker] if speaker else [])


def test_konjunktiv_sentence_around_a_quoted_fragment_goes_on_with_the_speaker(nlp):
    """A sentence that only quotes a fragment after someone spoke, its own clause in the Konjunktiv,
    is that speaker's reported speech as a whole (INDIRECT follow-on) besides the quoted words
    (DIRECT continuation); in the indicative the author narrates around the fragment."""
    said = "Rubio sagte am Montag in Brüssel, die Lage sei ernst. "
    found = events(nlp, said + "Es drohe „eine schwere Krise in vielen Ländern“.")
    assert ("INDIRECT", "Marco Rubio", "indirect:follow-on") in found
    assert ("DIRECT", "Marco Rubio", "direct:continuation") in found
    found = events(nlp, said + "Später droht „eine schwere Krise in vielen Ländern“.")
    assert all(rule != "indirect:follow-on" for *_, rule in found)


def test_konjunktiv_verb_framing_a_quoted_fragment_is_no_speaker_of_its_own(tagged_nlp):
    """`Jeder Lehrer wähle „…“` right after Rubio spoke reports Rubio's words: the Konjunktiv verb that no
    lexicon lists does not make its subject the speaker; the indicative `wählt` does (`direct:verb`)."""
    said = "Rubio sagte am Montag in Brüssel, die Lage sei ernst. "
    found = events(tagged_nlp, said + "Jeder Lehrer wähle „den eigenen Weg im Unterricht“.")
    assert ("DIRECT", "Marco Rubio", "direct:continuation") in found
    found = events(tagged_nlp, said + "Jeder Lehrer wählt „den eigenen Weg im Unterricht“.")
    assert ("DIRECT", "Marco Rubio", "direct:continuation") not in found


def test_konjunktiv_clause_after_a_colon_around_a_quoted_fragment_is_reported_speech(tagged_nlp):
    """`X bezweifelte …: Er habe „…“`: the Konjunktiv clause after the colon around the quoted words is X's
    INDIRECT speech (no cue of its own) besides the DIRECT quote; a whole quotation after the colon
    (`„Ich habe …“`) has no clause of its own."""
    said = "Rubio bezweifelte am Montag offen die Eignung der Kandidatin: "
    found = events(tagged_nlp, said + "Er habe „keinen Eindruck von ihrer Arbeit in Brüssel“.")
    assert ("INDIRECT", "Marco Rubio", "indirect:follow-on") in found
    assert ("DIRECT", "Marco Rubio", "direct:cue") in found
    found = events(tagged_nlp, said + "„Ich habe keinen Eindruck von ihrer Arbeit in Brüssel.“")
    assert all(rule != "indirect:follow-on" for *_, rule in found)


@pytest.mark.parametrize("second, expected", [
    # the Konjunktiv II of a past that did not happen: the author's judgement, reported speech says `sei … gewesen`
    ("Ein Erfolg wäre für die Regierung ein großer Gewinn gewesen.", []),
    ("Mit den Stimmen der Opposition hätte es für eine Mehrheit reichen sollen.", []),
    ("Die Firma wäre einer der Betreiber des Kraftwerks geworden.", []),
    # a present Konjunktiv II right after the speech stands in for Konjunktiv I; Konjunktiv I goes on anyway
    ("Ein Erfolg wäre für die Regierung ein großer Gewinn.", ["Friedrich Merz"]),
    ("Ein Erfolg sei für die Regierung ein großer Gewinn gewesen.", ["Friedrich Merz"]),
])
def test_a_past_counterfactual_after_speech_is_no_follow_on(nlp, second, expected):
    text = f"Das Gesetz ist gescheitert, sagte der CDU-Politiker Friedrich Merz. {second}"
    follow = [q.speaker.actor for q in nlp(text)._.quotes if q.rule == "indirect:follow-on"]
    assert follow == expected, second


@pytest.mark.parametrize("second, expected", [
    ("Es wäre der erste Besuch seit Jahren.", []),  # Konjunktiv II of `sein` in `-e`: the author's
    ("Es sei ein gutes Gespräch gewesen.", ["Friedrich Merz"]),  # Konjunktiv I: his words
])
def test_konjunktiv_ii_in_e_after_a_named_person_is_no_speech(tagged_nlp, second, expected):
    text = f"Friedrich Merz besuchte am Montag die Ukraine. {second}"
    follow = [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"]
    assert follow == expected, second


def test_wuerde_after_a_named_person_still_reports_his_words(tagged_nlp):
    # `würde … funktionieren` stands in for a Konjunktiv I the indicative shares; only `wäre` is the author's
    text = "Friedrich Merz besuchte am Montag die Ukraine. Die Zusammenarbeit würde gut funktionieren."
    follow = [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"]
    assert follow == ["Friedrich Merz"]


def _description_actor(nlp, doc, words: str) -> str:
    """The actor the speaker resolver of `nlp` gives the phrase `words` of `doc` as a speaker's description."""
    from pipeline.quotes.records import Speaker
    start = doc.text.index(words)
    resolver = nlp.get_pipe("speaker_resolver").rules.references
    return resolver.description_antecedent(doc, Speaker(words, start, start + len(words), words, "", "phrase")).actor


def test_party_member_and_office_nouns_name_the_man_named_before(tagged_nlp):
    # german.csv person_word: `der Sozialdemokrat`, `der Kommissar` name one person no ending tells
    doc = tagged_nlp("Bundeskanzler Werner Faymann traf am Montag die Landeshauptleute. "
                     "Die Reform sei dringend nötig, so der Sozialdemokrat. Das sah auch der Kommissar so.")
    assert _description_actor(tagged_nlp, doc, "der Sozialdemokrat") == "Werner Faymann"
    assert _description_actor(tagged_nlp, doc, "der Kommissar") == "Werner Faymann"
    # not a woman's noun after a man, nor the party's members in the plural
    doc = tagged_nlp("Bundeskanzler Werner Faymann traf am Montag die Landeshauptleute. "
                     "Die Reform sei nötig, so die Sozialdemokratin. Das sahen die Sozialdemokraten anders.")
    assert _description_actor(tagged_nlp, doc, "die Sozialdemokratin") == "die Sozialdemokratin"
    assert _description_actor(tagged_nlp, doc, "die Sozialdemokraten") == "die Sozialdemokraten"


def test_age_noun_names_the_one_person_of_unknown_gender(tagged_nlp):
    # `sagte der 66-Jährige` with the only person named before him, whose gender the text does not give
    doc = tagged_nlp("Olaf Scholz schwieg am Montag. Die Zeitung verwies darauf, dass der 66-Jährige nichts sagte.")
    for mention in doc.spans["actors"]:
        mention._.gender = ""
    assert _description_actor(tagged_nlp, doc, "der 66-Jährige") == "Olaf Scholz"
    # two people named, neither's gender known: the age says nothing of which
    doc = tagged_nlp("Olaf Scholz traf Emmanuel Macron am Montag. Die Zeitung verwies darauf, dass der 66-Jährige "
                     "nichts sagte.")
    for mention in doc.spans["actors"]:
        mention._.gender = ""
    assert _description_actor(tagged_nlp, doc, "der 66-Jährige") == "der 66-Jährige"


def test_an_age_adjective_is_part_of_the_speakers_phrase(tagged_nlp):
    # `sagte der 42-jährige Moderator`: the number-adjective (tagged as a noun) opens the phrase with its article
    text = "Klaus Berger hat die Sendung verlassen. Ich brauche eine Pause, sagte der 42-jährige Moderator."
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == ["der 42-jährige Moderator"]
    text = "Klaus Berger hat die Sendung verlassen. Ich brauche eine Pause, so der 42-jährige Moderator."
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == ["der 42-jährige Moderator"]
    # a number and a capitalised word are no adjective: `der 3-D-Film` is no attribute of a speaker
    from pipeline.phrases import numeric_adjective
    doc = tagged_nlp("der 42-jährige Moderator und der 3-D-Film")
    assert [numeric_adjective(t) for t in doc] == [False, True, False, False, False, False]


def test_an_age_adjective_before_a_description_names_the_person_before(tagged_nlp):
    # `so der 42-jährige Sozialdemokrat`: the age is an attribute; the noun names the man named before
    doc = tagged_nlp("Der SPD-Abgeordnete Klaus Berger kritisierte die Regierung. "
                     "Die Steuern müssten sinken, so der 42-jährige Sozialdemokrat.")
    assert _description_actor(tagged_nlp, doc, "der 42-jährige Sozialdemokrat") == "Klaus Berger"
    # the plural names several people, no one person
    doc = tagged_nlp("Der SPD-Abgeordnete Klaus Berger kritisierte die Regierung. "
                     "Die Steuern müssten sinken, so die 42-jährigen Sozialdemokraten.")
    assert _description_actor(tagged_nlp, doc, "die 42-jährigen Sozialdemokraten") == "die 42-jährigen Sozialdemokraten"


def test_a_stance_after_the_comma_reports_the_clause_before(tagged_nlp):
    # `…, zeigte sich X zuversichtlich`, `…, ist er zuversichtlich`: a verb-first stance clause with its
    # subject after the verb is an inquit; the main clause before the comma is what the speaker holds
    intro = "Innenminister Peter Krause sprach am Montag. "
    for stance in ("zeigte sich Krause zuversichtlich", "ist er zuversichtlich", "zeigte sich Krause enttäuscht"):
        doc = tagged_nlp(intro + f"Die Reform kommt noch in diesem Jahr, {stance}.")
        found = [(q.type, q.speaker.actor, doc.text[q.content_start:q.content_end])
                 for q in doc._.quotes if q.sentence == 1]
        assert found == [("INDIRECT", "Peter Krause", "Die Reform kommt noch in diesem Jahr")], stance
    # a second predicate of the subject named before the comma is no inquit: its stance reports no clause
    doc = tagged_nlp(intro + "Krause lobte die Reform der Regierung, zeigte sich aber skeptisch.")
    assert "INDIRECT" not in [q.type for q in doc._.quotes if q.sentence == 1]


def test_a_title_and_name_after_fuer_are_the_views_holder(tagged_nlp):
    # `Für Bundeskanzler Olaf Scholz ist klar: …`: the title and the name after it are one holder's words
    doc = tagged_nlp("Für Bundeskanzler Olaf Scholz ist klar: Die Steuern müssen sinken.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [("Bundeskanzler Olaf Scholz", "Olaf Scholz")]
    # a name alone stays as it is
    doc = tagged_nlp("Für Olaf Scholz ist klar: Die Steuern müssen sinken.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [("Olaf Scholz", "Olaf Scholz")]


def test_party_member_noun_before_a_name_is_that_person(tagged_nlp):
    # `Der Linke Max Berger formulierte …`: the member's noun that reads as the party opens the person's name
    doc = tagged_nlp("Der Linke Max Berger formulierte eine ähnliche Kritik an der Regierung.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [("Max Berger", "DEU")]
    # a name further on is no apposition of the noun
    doc = tagged_nlp("Der Linke sagte, Max Berger habe die Regierung scharf kritisiert.")
    assert doc._.quotes and all(q.speaker.actor != "Max Berger" for q in doc._.quotes)


def test_a_feminine_dative_after_the_verb_is_the_target_not_the_speaker(tagged_nlp):
    # `warf der Türkei vor`: `der` before a feminine noun (german.csv feminine_ending, here `-ei`) is a dative,
    # so the phrase before the verb accuses
    doc = tagged_nlp("Die Regierung warf der Türkei Wortbruch vor.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Regierung"]
    # negative: `der` before a masculine noun after the verb is the subject of a fronted object
    doc = tagged_nlp("Die Kirche lobte der Papst Franziskus.")
    assert [q.speaker.text for q in doc._.quotes] == ["der Papst Franziskus"]


def test_plural_source_nouns_after_nach_open_a_source(tagged_nlp):
    # german.csv source_noun: `Darstellungen`, `Schilderung`, `Auskunft` like `Angaben`
    for noun in ("Darstellungen", "Schilderung", "Auskunft"):
        doc = tagged_nlp(f"Nach {noun} der Stadtverwaltung bleibt die Brücke bis Montag gesperrt.")
        assert [(q.rule, q.cue) for q in doc._.quotes] == [("indirect:source", "Nach")]
    # negative: the noun outside `nach …` names a picture, not a source
    assert tagged_nlp("Die Darstellungen der Künstlerin zeigen Schiffe im Hafen.")._.quotes == []


def test_a_fronted_object_belongs_to_the_reported_content(tagged_nlp):
    # `Die Reform bezeichnete der Minister als Fehler`: the object before the verb is what he called a mistake
    doc = tagged_nlp("Eine Verschiebung der Wahl bezeichnete der Präsident als fatal.")
    assert [(q.speaker.text, q.content_span(doc).text) for q in doc._.quotes] == [
        ("der Präsident", "Eine Verschiebung der Wahl bezeichnete der Präsident als fatal")]
    # negative: the subject before the verb stays outside the content
    doc = tagged_nlp("Der Präsident bezeichnete eine Verschiebung der Wahl als fatal.")
    assert [q.content_span(doc).text for q in doc._.quotes] == ["eine Verschiebung der Wahl als fatal"]


@pytest.mark.parametrize("text, speaker", [
    # a person's own words after the colon: a speaker no lexicon places yet still says them
    ("Danach zeigte sich Torhüter Lukas Berger sehr selbstkritisch: Ich habe den Ball unterschätzt.",
     "Torhüter Lukas Berger"),
    # negative: a reviewer's general `wir` inside a clause of his own after the colon is nobody's speech
    ("Mit seinem Roman hebelt Autor Lukas Berger einen Irrtum aus: jenen nämlich, dass wir alle gleich sind.", None),
])
def test_first_person_after_a_colon_is_an_unplaced_persons_speech(tagged_nlp, text, speaker):
    """`X zeigte sich selbstkritisch: Ich habe …`: colon speech needs no country for a named person when the
    words after the colon are his own first person (the resolver may place him later)."""
    found = [q.speaker.text for q in tagged_nlp(text)._.quotes if q.rule == "direct:colon"]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, expected", [
    ("Zu dem Buch hat mich der Verlag überredet, grinst Alexander Van der Bellen.",
     ("Alexander Van der Bellen", "Zu dem Buch hat mich der Verlag überredet")),
    ("Wir müssen die Steuern senken, grinste Finanzminister Hans Jörg Schelling.",
     ("Finanzminister Hans Jörg Schelling", "Wir müssen die Steuern senken")),
    ("Ich bin total glücklich, freute sich die Weltcupsiegerin.", ("die Weltcupsiegerin", "Ich bin total glücklich")),
    # negatives: the first person in a dependent clause, a subject before the verb, no subject after it
    ("Als ich ankam, war der Saal schon leer.", None),
    ("Die Leute, die mich kannten, grüßten den Minister.", None),
    ("Ich bin überzeugt, wir werden gewinnen.", None),
])
def test_first_person_clause_before_an_inverted_verb_is_its_subjects_speech(tagged_nlp, text, expected):
    """`Ich bin glücklich, freute sich X`: speech that lost its quotation marks fills the prefield, the verb
    after the comma (any verb; german.csv `inquit_verb` where the tagger misreads it) has its subject right
    after it: that subject said the clause (DIRECT, rule `direct:verb`)."""
    doc = tagged_nlp(text)
    found = [(q.speaker.text, q.content_span(doc).text) for q in doc._.quotes if q.rule == "direct:verb"]
    assert found == ([expected] if expected else [])


def _er_actors(doc) -> list[str]:
    return [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "Er"]


def test_er_takes_up_the_subject_not_the_predicate_noun_of_its_copula(tagged_nlp):
    # `war … Präsident Polens` is what the subject was: `Er` is the man, not the office (`Präsident (POL)`)
    doc = tagged_nlp("Der Gewerkschafter Janusz Kowalczyk war damals Präsident Polens. "
                     "Er forderte höhere Löhne für alle Arbeiter.")
    assert _er_actors(doc) == ["Janusz Kowalczyk"]
    # also a predicate coordinated with another (`war Anführer … und später Präsident Polens`)
    doc = tagged_nlp("Der Gewerkschafter Janusz Kowalczyk war damals Anführer der Streikbewegung und später "
                     "Präsident Polens. Er forderte höhere Löhne für alle Arbeiter.")
    assert _er_actors(doc) == ["Janusz Kowalczyk"]
    # and one the parser takes for a subject, after the copula with no comma or other verb between
    doc = tagged_nlp("Der Gewerkschafter Janusz Kowalczyk wurde am Montag geehrt. Kowalczyk war in den "
                     "Achtzigerjahren Anführer der Streikbewegung und von 1991 bis 1996 erster frei gewählter "
                     "Präsident Polens. Er bestritt alle Vorwürfe gegen die Bewegung.")
    assert _er_actors(doc) == ["Janusz Kowalczyk"]
    # a man named after the copula's clause and its comma, with his own verb, is the one `Er` continues
    doc = tagged_nlp("Der Gewerkschafter Janusz Kowalczyk ist zufrieden, und Präsident Emmanuel Macron lobte "
                     "die Einigung. Er forderte mehr Geld für die Ukraine.")
    assert _er_actors(doc) == ["Emmanuel Macron"]
    doc = tagged_nlp("Der Gewerkschafter Janusz Kowalczyk war damals Präsident Polens. "
                     "Er forderte höhere Löhne für alle Arbeiter.")
    # the man nothing else places speaks as what the predicate names him (Poland's side)
    assert [q.speaker.actor_country for q in doc._.quotes
            if q.speaker is not None and q.speaker.text == "Er"] == ["POL"]


def test_er_takes_up_the_subject_not_the_object_of_a_preposition(tagged_nlp):
    # `mit Präsident Emmanuel Macron`: the object of `mit` is no subject that `Er` continues
    doc = tagged_nlp("Bundeskanzler Olaf Scholz traf sich mit Präsident Emmanuel Macron. "
                     "Er forderte mehr Geld für die Ukraine.")
    assert _er_actors(doc) == ["Olaf Scholz"]
    # a sentence that names no person as its subject leaves `Er` to the man after the preposition
    doc = tagged_nlp("Die Partei stimmte am Montag für Präsident Emmanuel Macron. "
                     "Er forderte mehr Geld für die Ukraine.")
    assert _er_actors(doc) == ["Emmanuel Macron"]


def test_a_relatives_noun_gives_the_name_after_it_its_gender(tagged_nlp):
    # `Seine Mutter Chen Hong` is a woman: `Er` is the son named before her
    doc = tagged_nlp("Der Bürgerrechtler Li Wei sitzt in Haft. Seine Mutter Chen Hong kämpft für ihn. "
                     "Er fordert die Freilassung aller Häftlinge.")
    assert _er_actors(doc) == ["Li Wei"]
    genders = {s.text: s._.gender for s in doc.spans["actors"]}
    assert genders.get("Chen Hong") == "f"
    # `Vater` gives a man; a noun of no relative (`Nachbar`) gives no gender
    doc = tagged_nlp("Sein Vater Chen Hong kämpft für ihn. Auch sein Nachbar Wang Bo hilft.")
    genders = {s.text: s._.gender for s in doc.spans["actors"]}
    assert genders.get("Chen Hong") == "m" and genders.get("Wang Bo", "") == ""


def test_the_agent_after_a_genitive_relative_speaks_for_the_organisation_named_before(tagged_nlp):
    # `deren Sprecher`: the prosecutors' spokesman (Austria's), not the country the report names most
    text = ("Berlin – Die deutsche Bundesregierung prüft den Fall. Die Wirtschafts- und "
            "Korruptionsstaatsanwaltschaft will keine Angaben machen, wie deren Sprecher Max Huber erklärte.")
    doc = tagged_nlp(text)
    assert [q.speaker.actor_country for q in doc._.quotes if q.speaker is not None
            and "Sprecher" in q.speaker.text] == ["AUT"]
    # with no organisation before it in its sentence, `deren` gives no side
    doc = tagged_nlp("Berlin – Die deutsche Bundesregierung prüft den Fall. "
                     "Der Fall ist heikel, wie deren Sprecher Max Huber erklärte.")
    assert "AUT" not in [q.speaker.actor_country for q in doc._.quotes if q.speaker is not None]


@pytest.mark.parametrize("subject, subjunctive", [("ich", False), ("er", True)])
def test_ich_as_the_parsed_subject_away_from_its_verb_makes_it_indicative(tagged_nlp, subject, subjunctive):
    """`weil ich sie für notwendig halte`: `ich` is the verb's subject (UD `nsubj`, TIGER `sb`) though
    not next to it, so `halte` is the indicative; after `er` it is Konjunktiv I."""
    from pipeline.lexicons import load_lexicons
    from pipeline.quotes.cues import CueMatcher
    doc = tagged_nlp(f"Der Forscher unterstützt die Versuche, weil {subject} sie für notwendig halte.")
    verb = next(t for t in doc if t.text == "halte")
    assert CueMatcher(load_lexicons()).is_subjunctive(verb) is subjunctive


@pytest.mark.parametrize("labels, subject", [
    (("sb", "app", "ROOT", "oa"), True),  # TIGER (de_core_news_md): `Präsident Leitl` is the subject
    (("nsubj", "appos", "ROOT", "obj"), True),  # UD (the bundled model)
    (("oa", "app", "ROOT", "sb"), False),  # the name stands beside the object, not the subject
])
def test_a_name_in_apposition_to_the_subject_is_the_subject_under_either_label_set(labels, subject):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from pipeline.quotes.follow_on import UnmarkedSpeech
    doc = Doc(Vocab(), words=["Präsident", "Leitl", "lobt", "es"], heads=[2, 0, 2, 2], deps=list(labels))
    assert UnmarkedSpeech._subject(doc[1]) is subject


def test_er_takes_up_no_plural_mention(tagged_nlp):
    """`In Wien wurden 24 Genehmigungen erteilt. …, sagte er`: a mention that a number or a plural article
    marks as several (here a noun the NER took for a name) is no antecedent of `er`; the man named before
    is. A surname after a singular article stays one man (`der Ökonom Hofer`)."""
    text = ("Wien – Max Huber ist seit drei Jahren Innenminister. In Wien wurden zuletzt 24 Genehmigungen "
            "erteilt. Die Reform sei notwendig, sagte er am Montag.")
    doc = with_entities(tagged_nlp, text, [("Wien", "LOC"), ("Max Huber", "PER"), ("Wien", "LOC"),
                                           ("Genehmigungen", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"] == [
        "Max Huber"]
    text = ("Wien – Max Huber ist seit drei Jahren Innenminister. In Wien widersprach zuletzt der Ökonom Karl "
            "Hofer. Die Reform sei zu teuer, sagte er am Montag.")
    doc = with_entities(tagged_nlp, text, [("Wien", "LOC"), ("Max Huber", "PER"), ("Wien", "LOC"),
                                           ("Karl Hofer", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"] == [
        "Karl Hofer"]


def test_er_takes_up_no_relative_set_after_a_kin_noun(tagged_nlp):
    """`Schon sein Vater, ein Journalist, sei verfolgt worden, sagt er`: the mention after `sein Vater,` is
    the relative, not the man `er` is (here one of unknown side: no claim); a person named without a noun
    of kin before him in the clause before still is."""
    text = ("Kampala – John Berger lebt seit 2009 in Kampala. Schon sein Vater, ein Journalist, sei von Milizen "
            "verfolgt worden, sagt er.")
    doc = with_entities(tagged_nlp, text, [("Kampala", "LOC"), ("John Berger", "PER"), ("Kampala", "LOC")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"] == [
        "John Berger"]
    text = ("Kampala – John Berger lebt seit 2009 in Kampala. Schon der Journalist Max Huber sei von Milizen "
            "verfolgt worden, sagt er.")
    doc = with_entities(tagged_nlp, text, [("Kampala", "LOC"), ("John Berger", "PER"), ("Kampala", "LOC"),
                                           ("Max Huber", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"] == [
        "Max Huber"]


def test_sie_continues_a_speaker_whose_name_the_ner_missed(tagged_nlp):
    """`…, erklärte Aslan. Als Beispiel nannte sie …`: as `er` does, singular `sie` goes on with a speaker
    whose one capitalised word no lexicon lists (no side, no claim), not with the minister named before;
    after a speaker that is a noun of persons (`ein Kritiker`) it is the woman named last."""
    text = ("Wien – Innenministerin Anna Huber verteidigte die Reform. Die Reform sei ungerecht, erklärte {} am "
            "Montag. Als Beispiel nannte sie die Pensionen.")
    doc = with_entities(tagged_nlp, text.format("Aslan"), [("Wien", "LOC"), ("Anna Huber", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "sie"] == ["Aslan"]
    doc = with_entities(tagged_nlp, text.format("ein Kritiker"), [("Wien", "LOC"), ("Anna Huber", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "sie"] == [
        "Anna Huber"]


def test_frau_herr_and_a_kin_nouns_genitive_give_an_unknown_name_its_gender(tagged_nlp):
    """`Frau Kim Park`, `des Sohnes Kim Park`: the form of address and the genitive of a noun of kin
    (german.csv female_kin_noun, male_kin_noun) give a name no lexicon knows its gender, so `er` and
    `sie` pass over a person of the other gender; `Herr Kim Park` is a man `er` takes up."""
    text = ("Wien – Innenminister Max Huber verteidigte die Reform. Am Abend meldete sich {} Kim Park zu Wort. "
            "Die Reform sei notwendig, sagte er.")
    doc = with_entities(tagged_nlp, text.format("Frau"), [("Wien", "LOC"), ("Max Huber", "PER"), ("Kim Park", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"] == ["Max Huber"]
    doc = with_entities(tagged_nlp, text.format("Herr"), [("Wien", "LOC"), ("Max Huber", "PER"), ("Kim Park", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "er"] == ["Kim Park"]
    text = ("Wien – Innenministerin Anna Huber verteidigte die Reform. Am Abend meldete sich der Anwalt des Sohnes "
            "Kim Park zu Wort. Die Reform sei unnötig, sagte sie.")
    doc = with_entities(tagged_nlp, text, [("Wien", "LOC"), ("Anna Huber", "PER"), ("Kim Park", "PER")])
    assert [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == "sie"] == [
        "Anna Huber"]


@pytest.mark.parametrize("text, speaker", [
    # a common noun after a role noun is the verb's object, no part of the speaker's words
    ("Kiew – In Odessa verlangten die Demonstranten Neuwahlen.", "die Demonstranten"),
    # a genitive goes on, and so does a name
    ("Die Führung Hongkongs begrüßte die Entscheidung.", "Die Führung Hongkongs"),
    ("Die Lage sei ernst, sagte Bundeskanzler Olaf Scholz.", "Bundeskanzler Olaf Scholz"),
])
def test_a_role_nouns_phrase_ends_before_the_verbs_object(tagged_nlp, text, speaker):
    """`forderten die Demonstranten Neuwahlen`: the speaker's phrase does not run on over a common noun
    after a role noun (`NounPhrases._continues_name`)."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage sei ernst, sagte der  SPD-Politiker Jan Berger.", "der  SPD-Politiker Jan Berger"),
    ("Die Lage sei ernst, sagte der SPD-Politiker Jan Berger.", "der SPD-Politiker Jan Berger"),
])
def test_a_double_space_keeps_the_article_in_the_speakers_words(tagged_nlp, text, speaker):
    """`der  SPD-Politiker` as scraped: a space token between the article and the noun is no word and
    does not end the phrase (`NounPhrases.around`); a line break still does."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_an_article_after_a_comma_opens_a_main_clause_when_its_verb_comes_second(tagged_nlp):
    """`…, die Grünen demonstrieren seit Tagen und fordern …`: `die` before a noun and a finite verb with
    more words after it is an article of a main clause's subject, no relative pronoun standing for the
    mention before the comma (`den Bürgermeister`); a relative clause puts its verb last."""
    doc = tagged_nlp("Rom – Bürgermeister Carlo Bianchi will bleiben. Die Ermittlungen betreffen nicht den "
                     "Bürgermeister, die Oppositionsparteien protestieren aber seit Tagen und fordern Neuwahlen.")
    assert "Carlo Bianchi" not in [q.speaker.actor for q in doc._.quotes if q.cue.startswith("fordern")]
    doc = tagged_nlp("Rom – Die Polizei traf Bürgermeister Carlo Bianchi, der seit Tagen Neuwahlen fordert.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Carlo Bianchi"]


def test_a_clause_opener_the_parser_hangs_on_the_subject_is_no_part_of_the_speaker(tagged_nlp):
    """`Wie n-tv berichtete, …`: the parser may read `Wie` as a name on the lower-case subject; the
    opener (german.csv source_clause_opener) is no word of the speaker."""
    doc = tagged_nlp("Wie n-tv berichtete, will die Regierung sparen.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "berichtete"] == ["n-tv"]
    other = tagged_nlp("Wie die Zeitung berichtete, will die Regierung sparen.")
    assert [q.speaker.text for q in other._.quotes if q.cue == "berichtete"] == ["die Zeitung"]


@pytest.mark.parametrize("text, speaker", [
    # after a person's name, an abstract noun, an issue keyword or a weekday's compound is the verb's
    # object or an adverb of time, no part of the speaker's words
    ("Berlin – Am Montag forderte Olaf Scholz Steuersenkungen.", "Olaf Scholz"),
    ("Berlin – Am Montag forderte Olaf Scholz Sanktionen.", "Olaf Scholz"),
    ("Wien – Das kündigte Vizekanzler Reinhold Mitterlehner Dienstagabend an.", "Vizekanzler Reinhold Mitterlehner"),
    # a name the recogniser cut short still goes on
    ("Die Lage sei ernst, sagte Minister Sathit Wongnongtoey.", "Minister Sathit Wongnongtoey"),
    # an organisation's name may end in an abstract noun
    ("Die Lage sei ernst, schreibt der AK Vorratsdatenspeicherung.", "der AK Vorratsdatenspeicherung"),
])
def test_a_names_phrase_ends_before_a_common_noun_by_the_lexicons(tagged_nlp, text, speaker):
    """`Am Montag forderte Olaf Scholz Steuersenkungen`: the speaker's phrase after a name does not run on
    over a word the lexicons make a common noun (`NounPhrases._common_noun_by_form`)."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_a_two_word_persons_common_noun_is_the_verbs_object(tagged_nlp):
    """`forderte Bürgermeister Trucha Neuwahlen`: the recogniser's person ends before an issue keyword
    (`ActorLinker._common_noun_after_surname`); a surname that is a common word stays (`Peter Wahl`)."""
    doc = tagged_nlp("Berlin – Am Montag forderte Bürgermeister Trucha Neuwahlen.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [("Bürgermeister Trucha", "Trucha")]
    doc = tagged_nlp("Die Lage sei ernst, sagte Bürgermeister Peter Wahl.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Peter Wahl"]


def test_a_place_after_in_and_its_article_is_where_not_who(tagged_nlp):
    # `in der ukrainischen Hauptstadt Kiew`: a place after a locative preposition, an article and a noun with
    # its adjectives says where something happened; the subject a lexicon does not know speaks for no side
    doc = tagged_nlp("Hunderte Bergarbeiter haben in der ukrainischen Hauptstadt Kiew gegen die Reform protestiert.")
    assert [c.actor_country for c in doc._.claims] == []
    # a body named after `in der` still speaks (`heißt es in der ÖVP`)
    doc = tagged_nlp("In der ÖVP hieß es am Montag, man lehne Neuwahlen ab.")
    assert [c.actor for c in doc._.claims] == ["ÖVP"]


def test_a_wie_clause_set_into_the_main_clause_reports_the_clause_around_it(tagged_nlp):
    # `Die Regierung sehe, wie X erklärte, keinen Spielraum`: the main clause around the inserted `wie`
    # clause, its rest after the comma too, is X's; the Konjunktiv I sentence after it goes on with X
    doc = tagged_nlp("Die Regierung sehe, wie Kanzler Werner Faymann am Montag erklärte, keinen Spielraum für "
                     "weitere Flüchtlinge. Österreich habe bereits genug getan.")
    assert [(q.rule, q.speaker.actor if q.speaker else None) for q in doc._.quotes] == [
        ("indirect:cue", "Werner Faymann"), ("indirect:follow-on", "Werner Faymann")]
    assert doc._.quotes[0].content_end == doc.text.index(". Österreich")
    # no speaker inside the `wie` clause (`wie viele glauben`), or a clause of its own after it: not that rule
    doc = tagged_nlp("Das ist, wie viele glauben, kein Fehler der Regierung.")
    assert all(q.rule != "indirect:cue" for q in doc._.quotes)
    doc = tagged_nlp("Die Lage ist ernst, wie Faymann sagte, und die Regierung werde handeln.")
    assert all(q.content_start > 0 for q in doc._.quotes if q.cue == "sagte")


def test_a_zu_infinitive_or_relative_clause_after_a_trailing_wie_clause_is_the_speakers(tagged_nlp):
    # `…, wie die Stadt mitteilte, die den Fall prüft`, `…, ohne Zahlen zu nennen`: words of the speaker after
    # the `wie` clause; the reported content is the main clause before it
    for text in ("Die Schule bleibt geschlossen, wie die Stadt mitteilte, die den Fall prüft.",
                 "Die Schule bleibt geschlossen, wie die Stadt mitteilte, ohne weitere Gründe zu nennen."):
        doc = tagged_nlp(text)
        assert [(q.rule, q.content_start, q.content_end) for q in doc._.quotes] == [
            ("indirect:cue", 0, text.index(", wie"))], text
    # negative: a rest of the main clause after it (no verb of its own) belongs to the content
    text = "Am Sonntag gab es zehn Festnahmen, wie die Polizei mitteilte, die meisten davon in Brüssel."
    assert [q.content_end for q in tagged_nlp(text)._.quotes] == [len(text) - 1]


def _pronoun_actors(doc, pronoun):
    return [q.speaker.actor for q in doc._.quotes if q.speaker is not None and q.speaker.text == pronoun]


def test_er_takes_up_no_man_named_in_a_content_clause_before_it(tagged_nlp):
    """`Dafür, dass Gerhard Schröder …, zollte er …`: a name in a clause a complementizer opens
    (`ReferenceResolver.in_content_clause`) is what the clause is about, not the subject `er` takes up."""
    doc = tagged_nlp("Berlin – Der Bürgermeister Max Huber lobte den Plan. Dafür, dass Gerhard Schröder die Reform "
                     "durchgesetzt hatte, zollte er dem Kanzler Respekt.")
    assert _pronoun_actors(doc, "er") == ["Max Huber"]
    doc = tagged_nlp("Berlin – Der Bürgermeister Max Huber lobte den Plan. Nachdem Gerhard Schröder die Reform "
                     "durchgesetzt hatte, zollte er dem Kanzler Respekt.")
    assert _pronoun_actors(doc, "er") == ["Gerhard Schröder"]


def test_er_takes_up_a_man_a_subject_with_an_indefinite_article_brings_in(tagged_nlp):
    """`Ein Polizist widersprach. Er forderte …`: a noun of people after `ein` as the last main clause's subject
    is someone new, whom `er` takes up (no side, no claim), not the man named before him; `der Polizist` may
    be that man."""
    text = "Wien – Außenminister Sebastian Kurz reiste nach Ankara. {} Polizist widersprach am Montag. Er forderte mehr Personal."
    doc = tagged_nlp(text.format("Ein"))
    assert not [c for c in doc._.claims if c.sentence.startswith("Er forderte")]
    doc = tagged_nlp(text.format("Der"))
    assert [c.actor for c in doc._.claims if c.sentence.startswith("Er forderte")] == ["Sebastian Kurz"]


def test_singular_sie_takes_up_a_feminine_thing_as_the_last_subject(tagged_nlp):
    """`Die Verfassung gilt als …. Sie hielt fest …`: the last main clause's subject, a feminine noun of no
    person or body, is what singular `sie` takes up, not the woman named before; a subject in reported speech
    (`Die Lage sei ernst`) is hers."""
    doc = tagged_nlp("Wien – Außenministerin Karin Kneissl reiste nach Ankara. Die neue Verfassung gilt als Fundament "
                     "des Staates. Sie hielt fest, dass alle Bürger gleiche Rechte haben.")
    assert "Karin Kneissl" not in _pronoun_actors(doc, "Sie")
    doc = tagged_nlp("Wien – Außenministerin Karin Kneissl reiste nach Ankara. Die Lage sei ernst. Sie forderte mehr Hilfe.")
    assert _pronoun_actors(doc, "Sie") == ["Karin Kneissl"]
    # a subject in a content clause is no main clause's; a body a name after the noun gives is no thing
    doc = tagged_nlp("Wien – Außenministerin Karin Kneissl reiste nach Ankara. Dass die Reise gelingt, davon geht auch "
                     "Kneissl aus. Sie forderte mehr Hilfe.")
    assert _pronoun_actors(doc, "Sie") == ["Karin Kneissl"]
    doc = tagged_nlp("Wien – Die Regierung sieht keinen Handlungsbedarf. Zu einer anderen Einschätzung kam die "
                     "Online-Plattform Amnesty International. Sie meldete, die Lage sei ernst.")
    assert _pronoun_actors(doc, "Sie") == ["Amnesty International"]


def test_plural_sie_takes_up_two_persons_named_together(tagged_nlp):
    """`Amira und Leyla schweigen. Sie fragen …`: plural `sie` takes up the two named together as the last
    subject (each of them a claimant where both are actors), not a group or person named before them."""
    text = ("Die türkische Regierung schloss die Grenze. {} schweigen lange. Dann forderten sie mehr Geld für die "
            "Flüchtlinge.")
    doc = tagged_nlp(text.format("Amira und Leyla"))
    assert not [c for c in doc._.claims if c.sentence.startswith("Dann forderten")]
    doc = tagged_nlp(text.format("Angela Merkel und Horst Seehofer"))
    assert sorted(c.actor for c in doc._.claims if c.sentence.startswith("Dann forderten")) == \
        ["Angela Merkel", "Horst Seehofer"]


def test_a_noun_of_one_person_before_an_unknown_name_gives_its_gender(tagged_nlp):
    """`Datenforscher Jan Kowalczyk …, sagte sie`: the ending of the person's noun right before a name
    no lexicon knows tells the gender (`-er` a man, `-in` a woman); singular `sie` takes up no man so given."""
    text = "{} Jan Kowalczyk hat die Software der Kamera geknackt. Nun sei es nur eine Frage der Zeit, sagte {}."
    doc = tagged_nlp(text.format("Datenforscher", "sie"))
    assert "Jan Kowalczyk" not in _pronoun_actors(doc, "sie")
    doc = tagged_nlp(text.format("Datenforscher", "er"))
    assert _pronoun_actors(doc, "er") == ["Jan Kowalczyk"]


@pytest.mark.parametrize("text, speaker", [
    # a medium's or person's name that opens in an article in lower case (german.csv surname_article)
    ("Der libanesische Sender al-Manar hatte berichtet, die Regierung sei gestürzt.",
     "Der libanesische Sender al-Manar"),
    ("Die Lage sei ernst, sagte der Sprecher der Liga, Chaled el-Masri.", "der Sprecher der Liga, Chaled el-Masri"),
    # not a word in lower case after the noun
    ("Der Sender hatte berichtet, die Regierung sei gestürzt.", "Der Sender"),
])
def test_a_name_with_a_lower_case_article_ends_the_speaker(tagged_nlp, text, speaker):
    """`der Sender al-Manar`, `Chaled el-Masri`: a name joined to its article by a hyphen is part of the
    speaker's words (`complete_name`, `NounPhrases._apposition_words`)."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Zur Begründung verwies die 50 Mann starke Delegation auf die Lage im Land.", "die 50 Mann starke Delegation"),
    ("Zur Begründung der Klage, die im Mai eingereicht wurde, verweist der 90 Seiten lange Schriftsatz auf "
     "Aussagen von Ministern, in denen von Betrug die Rede ist.", "der 90 Seiten lange Schriftsatz"),
    # a count's noun with no adjective after it is the head
    ("Das teilten die 20 Abgeordneten mit.", "die 20 Abgeordneten"),
])
def test_a_measured_adjective_runs_on_to_its_noun(tagged_nlp, text, speaker):
    """`der 90 Seiten lange Schriftsatz`: a count and its noun measure the adjective after them; the
    speaker is the noun that follows (`complete_name`, `SpeakerFinder._measured_head`)."""
    doc = tagged_nlp(text)
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [(speaker, speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("Die in Hamburg lebende Autorin Anna Berg sagte, das Buch sei fertig.", "Die in Hamburg lebende Autorin Anna Berg"),
    ("Das teilte die zur kalifornischen Stanford University gehörende Hoover Institution mit.",
     "die zur kalifornischen Stanford University gehörende Hoover Institution"),
    ("Die das Unglück überlebende Maria Gonzalez sagte: „Wir hatten großes Glück.“",
     "Die das Unglück überlebende Maria Gonzalez"),
    # a relative clause's pronoun opens no attribute
    ("Den Vorwurf wies der Verband, der den früheren Konzernchef Klaus Esser vertritt, zurück.", "der Verband"),
])
def test_an_extended_attribute_opens_the_speaker_at_its_article(tagged_nlp, text, speaker):
    """`die in Hamburg lebende Autorin`: the words between the article and the participle (a preposition's
    phrase, an adverb, an object) belong to the speaker's phrase (`phrases._attribute_opening`)."""
    assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker]


def test_a_postpositions_phrase_opens_no_attribute(tagged_nlp):
    """`dem Urteil nach eigenen Worten`: a noun right after the article is no attribute's first word."""
    from pipeline.phrases import _attribute_opening
    doc = tagged_nlp("Er habe sich dem Urteil nach eigenen Worten gebeugt.")
    start = [t.i for t in doc if t.text == "eigenen"][0]
    assert _attribute_opening(doc, start, start + 2, 0) == start
    doc = tagged_nlp("Er habe sich die in Berlin lebende Autorin geholt.")
    start = [t.i for t in doc if t.text == "lebende"][0]
    assert _attribute_opening(doc, start, start + 2, 0) == start - 3
    doc = tagged_nlp("Er habe den nach eigenen Angaben größten Auftrag geholt.")
    start = [t.i for t in doc if t.text == "eigenen"][0]
    assert _attribute_opening(doc, start, start + 2, 0) == start


def test_a_wie_clause_speaker_is_not_the_main_clause_subject(tagged_nlp):
    # `Die Regierung werde, wie der Minister sagte, …`: the wie clause holds its own subject, not the main clause's
    doc = tagged_nlp("Die Regierung werde, wie der Minister sagte, keine neuen Schulden machen.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagte"] == ["der Minister"]
    # a main clause that goes on after a coordinator keeps the subject before it
    doc = tagged_nlp("Der Minister lobte die Reform und sagte, sie sei gelungen.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagte"] == ["Der Minister"]


def test_first_person_sentences_before_an_inquit_are_its_speakers(tagged_nlp):
    # `Wir können das schaffen. Die Lage ist ernst, sagte X.`: the first person before the inquit is X's
    doc = tagged_nlp("Wien – Die Regierung stellte am Montag ihr Budget vor. Wir können das schaffen. "
                     "Die Lage ist ernst, aber nicht hoffnungslos, sagte Finanzminister Hans Jörg Schelling.")
    assert [(q.rule, q.speaker.actor) for q in doc._.quotes] == [
        ("direct:unmarked", "Hans Jörg Schelling"), ("indirect:cue", "Hans Jörg Schelling")]
    # a question, a third-person sentence, or an inquit that opens its sentence: not his
    for text in ("Wien – Die Regierung stellte ihr Budget vor. Können wir das schaffen? Die Lage ist ernst, "
                 "sagte Finanzminister Hans Jörg Schelling.",
                 "Wien – Die Regierung stellte ihr Budget vor. Die Opposition war dagegen. Die Lage ist ernst, "
                 "sagte Finanzminister Hans Jörg Schelling.",
                 "Wien – Die Regierung stellte ihr Budget vor. Wir können das schaffen. Finanzminister Hans Jörg "
                 "Schelling sagte, die Lage sei ernst.",
                 "Wien – Die Regierung stellte ihr Budget vor. Wir können das schaffen. Zur Frage nach dem Defizit "
                 "sagte Finanzminister Hans Jörg Schelling: Das wird sich zeigen."):
        doc = tagged_nlp(text)
        assert all(q.rule != "direct:unmarked" for q in doc._.quotes)


def test_a_hedge_beside_a_konjunktiv_i_goes_on_with_the_speech(tagged_nlp):
    # `So könne die Stadt …, und Firmen könnten …`: the hedge stands beside the speaker's Konjunktiv I
    doc = tagged_nlp("Wien – Das Geld komme aus vielen Quellen, sagt Minister Harald Mahrer. So könne die Stadt "
                     "das Grundstück stellen, und Firmen könnten den Bau bezahlen.")
    assert [(q.rule, q.speaker.actor) for q in doc._.quotes] == [
        ("indirect:cue", "Harald Mahrer"), ("indirect:follow-on", "Harald Mahrer")]
    # the author's hedge with a Konjunktiv I only in a clause after it, or a question: no follow-on
    for text in ("Wien – Das Geld komme aus vielen Quellen, sagt Minister Harald Mahrer. Die Stadt dürfte das "
                 "Grundstück stellen, weil sie Geld habe.",
                 "Wien – Das Geld komme aus vielen Quellen, sagt Minister Harald Mahrer. Könne die Stadt das "
                 "Grundstück stellen, und könnten Firmen bauen?",
                 "Wien – Das Geld komme aus vielen Quellen, sagt Minister Harald Mahrer. Das Projekt könne "
                 "möglicherweise ein Jahr dauern, wird vermutet."):
        doc = tagged_nlp(text)
        assert all(q.rule != "indirect:follow-on" for q in doc._.quotes)


def test_an_acts_passive_in_a_relative_clause_describes_its_noun(tagged_nlp):
    # `das Heim, das von der Caritas unterstützt wird`, `wo sie von X begrüßt wurden`: the author says who
    # backs or greets whom, no act of the agent's in the report
    for text in ("Die meisten Kinder im Heim, das von der Caritas unterstützt wird, sind krank.",
                 "Am Mittwoch kamen die Jets in Wien an, wo sie von Innenministerin Johanna Mikl-Leitner "
                 "begrüßt wurden."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == []
    # the passive in a main clause, also one a demonstrative opens, and a relative clause in Konjunktiv I
    # (someone's reported words) still report the agent's act
    for text in ("Der Antrag wurde von der Caritas unterstützt.",
                 "Wien – Das seit Jahren diskutierte Vorhaben wird von der Caritas infrage gestellt.",
                 "Er erinnerte an den Erlass, der von der Caritas begrüßt werde."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == ["Caritas"], text


def test_a_weak_past_in_te_goes_on_with_no_speech(tagged_nlp):
    # `baute er auf Freiwillige` two sentences after the speech: a weak past in `-te` is the indicative
    # (or Konjunktiv II), never Konjunktiv I, whatever mood the tagger reads
    doc = tagged_nlp("London – Wir haben keine Zeit für Geschwätz, sagte Jeremy Corbyn. Er ist bekannt dafür, "
                     "kein Freund der Medien zu sein. In seiner Kampagne zur Übernahme des Parteivorsitzes in der "
                     "Labour Party baute er vor allem auf Freiwillige und soziale Netzwerke.")
    assert [q.rule for q in doc._.quotes] == ["indirect:cue"]
    # a t-stem's Konjunktiv I (`koste`, german.csv ki) goes on with the speech
    doc = tagged_nlp("London – Wir haben keine Zeit für Geschwätz, sagte Jeremy Corbyn. Er ist bekannt dafür, "
                     "kein Freund der Medien zu sein. Die Reform koste die Bürger viel Geld.")
    assert [q.rule for q in doc._.quotes] == ["indirect:cue", "indirect:follow-on"]


def test_a_perfect_after_und_is_no_passive_of_the_first_predicates_auxiliary(tagged_nlp):
    # `ist … zurückgekehrt und hat angekündigt`: `hat` opens the second predicate, whose subject is the first one's
    doc = tagged_nlp("Linz – Landesrat Max Ebner ist am Montag aus Brüssel zurückgekehrt und hat angekündigt, "
                     "dass er die Förderung kürzen will.")
    assert [(q.cue, q.speaker.actor if q.speaker else None) for q in doc._.quotes] == [("angekündigt", "Max Ebner")]
    # the passive of the second predicate (`und wird … kritisiert`) stays a passive: the reform criticises nothing
    doc = tagged_nlp("Linz – Die Reform ist am Montag gescheitert und wird von der SPÖ scharf kritisiert.")
    assert not [q for q in doc._.quotes if q.speaker is not None and q.speaker.text == "Die Reform"]


def test_an_inquit_in_commas_inside_the_reported_clause_names_the_speaker_after_its_verb(tagged_nlp):
    # `X, sagte Y, sei …`: X opens the reported clause, Y (after the cue) says it
    doc = tagged_nlp("Die Novelle, sagte ein Sprecher der Gewerkschaft, sei viel zu teuer.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagte"] == ["ein Sprecher der Gewerkschaft"]
    doc = tagged_nlp("Wien – Bundeskanzler Werner Faymann stellte die Novelle vor. Faymann, kritisierte ein "
                     "Sprecher der Opposition, sei dabei schlecht beraten worden.")
    assert "Werner Faymann" not in [c.actor for c in doc._.claims if c.cue == "kritisierte"]
    assert [q.speaker.text for q in doc._.quotes if q.cue == "kritisierte"] == ["ein Sprecher der Opposition"]
    # an apposition before the verb, or a reported clause before the comma: the inquit's own clause
    doc = tagged_nlp("Wien – Max Huber, Chef der Behörde, kritisierte die Novelle.")
    assert all(q.speaker.text != "Chef der Behörde" for q in doc._.quotes)
    doc = tagged_nlp("Die Novelle sei viel zu teuer, sagte ein Sprecher der Gewerkschaft.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagte"] == ["ein Sprecher der Gewerkschaft"]


def test_er_goes_on_with_one_man_named_by_his_kind_who_spoke_last(tagged_nlp):
    # `…, meint ein hochrangiger Experte. Er …`: the expert, not the minister named as the content's subject
    doc = tagged_nlp("Wien – Kulturminister Josef Ostermayer stellte das Projekt vor. Ostermayer, meint ein "
                     "hochrangiger Experte, sei schlecht beraten worden. Er glaubt nicht, dass das Haus 2018 öffnet.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "glaubt"] == ["Experte (OTHER)"]
    # an organisation named with `der` is no man whom `er` takes up
    doc = tagged_nlp("Wien – Kulturminister Josef Ostermayer stellte das Projekt vor. Das Haus sei zu klein, "
                     "kritisierte der Rechnungshof. Er glaubt nicht, dass das Haus 2018 öffnet.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "glaubt"] != ["Rechnungshof"]


def test_sowohl_als_auch_before_the_verb_is_the_whole_subject(tagged_nlp):
    # `Sowohl X als auch Y kritisierten`: the tagger reads `Sowohl` as a noun; the list (german.csv
    # list_opener, list_conjunction `als auch`) before a verb in the plural is the subject, phrases no
    # lexicon knows included
    doc = tagged_nlp("Sowohl die Gewerkschaft als auch der Arbeitgeberverband kritisierten, die Novelle sei zu teuer.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Gewerkschaft als auch der Arbeitgeberverband"]
    doc = tagged_nlp("Sowohl die Bauern als auch die Händler lehnen die neue Steuer ab.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Bauern als auch die Händler"]
    # negatives: a list of places opens the clause, the subject follows the verb; a verb in the singular
    # after the list: the list is its object
    doc = tagged_nlp("Sowohl in Wien als auch in Graz kritisierten die Grünen den Plan.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Grünen"]
    doc = tagged_nlp("Sowohl die Reform als auch das Budget kritisierte der Minister scharf.")
    assert all(q.speaker is None or "Reform" not in q.speaker.text for q in doc._.quotes)


def test_a_speech_verb_in_a_relative_clause_reports_nothing_of_the_main_clause(tagged_nlp):
    # `…, den die Kommission stets betone, verbieten …`: the verb's object is the relative pronoun's
    # noun; the main clause after the relative clause is the author's (or the interviewee's), not the Commission's
    doc = tagged_nlp("Neben dem Grundsatz der Gleichheit, den die Kommission stets betone, verbieten eigene "
                     "Gesetze der Union jede Benachteiligung von Minderheiten.")
    assert [q for q in doc._.quotes if q.cue == "betone"] == []
    assert "EU-Kommission" not in [c.actor for c in doc._.claims]
    # negative: the same verb in a main clause reports the rest of its sentence
    doc = tagged_nlp("Die Kommission betonte stets die Gleichheit aller Bürger vor dem Gesetz.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "betonte"] == ["Die Kommission"]


def test_nobody_as_the_subject_of_a_cue_makes_no_event(tagged_nlp):
    # `niemand habe … beanstandet`: a negative pronoun (german.csv nobody_pronoun) as the verb's subject
    # names nobody who spoke or acted; not the subject of the clause before the `und`, nor `das niemand`
    for text in ("Auch seine Vorgänger hätten gleich gehandelt und niemand habe die Vorgehensweise beanstandet.",
                 "Die Gemeinde hat den Plan 2019 beschlossen und niemand hat ihn kritisiert.",
                 "Bisher hat das niemand bestätigt."):
        assert [q for q in tagged_nlp(text)._.quotes if q.cue in ("beanstandet", "kritisiert", "bestätigt")] == []
    # negatives: `niemand` as the object, `keiner` as an article of a noun, `keiner` inside the content
    doc = tagged_nlp("Der Minister hat niemand kritisiert.")
    assert [q.speaker.text for q in doc._.quotes] == ["Der Minister"]
    doc = tagged_nlp("Die Ministerin hat die Reform an keiner Stelle kritisiert.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Ministerin"]
    doc = tagged_nlp("Die Gewerkschaft kritisierte, dass keiner der Minister zugehört habe.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Gewerkschaft"]
    doc = tagged_nlp("Er ist aber niemand, der gern verliert, er arbeitet hart, sagte Teamchef Peter Huber.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagte"] == ["Teamchef Peter Huber"]


def test_the_text_named_before_with_its_owner_speaks_not_the_one_who_spoke_of_it(tagged_nlp):
    # `ein Brief von X … Y bezeichnet den Brief als … . …, heißt es im Brief`: the letter is X's (the owner
    # named at an earlier mention of the same text noun), not Y's, who spoke last
    doc = tagged_nlp("Wien – Ärger bei Bundesschulsprecher Maximilian Gnesda löst ein Brief von "
                     "Präsidentschaftskandidatin Irmgard Griss an zahlreiche Schulsprecher aus. Gnesda bezeichnet "
                     "den Brief als problematisch. Ich möchte dich über unsere Kampagne informieren, heißt es im Brief.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue.startswith("heißt")] == ["Irmgard Griss"]
    # negative: `in einem Brief` is a new text, no earlier one's
    doc = tagged_nlp("Wien – Ärger bei Bundesschulsprecher Maximilian Gnesda löst ein Brief von "
                     "Präsidentschaftskandidatin Irmgard Griss an zahlreiche Schulsprecher aus. Gnesda bezeichnet "
                     "den Brief als problematisch. Man werde sich wehren, heißt es in einem Brief.")
    assert [q.speaker.actor for q in doc._.quotes if q.cue.startswith("heißt")] != ["Irmgard Griss"]


def test_a_sentence_ending_in_a_tweet_link_is_read_from_its_last_word():
    # the last word that is no whitespace decides, read by index from the words' texts
    import spacy
    from pipeline.quotes.tweets import _link_end
    nlp = spacy.blank("de")
    doc = nlp("Lieber Boateng als Nachbarn. https://t.co/abc123  \n")
    assert _link_end(doc[:])
    # negative: a sentence whose last word is no link to a tweet
    doc = nlp("Lieber Boateng als Nachbarn, sagte sie.  \n")
    assert not _link_end(doc[:])


def test_a_name_in_quotation_marks_right_after_the_verb_is_the_speaker(tagged_nlp):
    # `„…“, schreibt die „Rundschau“`, `erklärte der neue „Rat der Ältesten“, …`: with no subject before the
    # finite verb, a quoted name right after it (an article and adjectives before it) speaks
    for text, speaker in (("„Der Umbau ist überfällig“, schreibt die „Bergische Rundschau“.", "die „Bergische Rundschau“"),
                          ("Am Montag erklärte der neue „Rat der Ältesten“, die Lage sei ruhig.",
                           "der neue „Rat der Ältesten“"),
                          ("Die Brücke sei gesperrt, meldet „Radio Nordwest“ am Abend.", "„Radio Nordwest“")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes if q.speaker] == [speaker]
    # negatives: a subject before the verb keeps the quoted medium its dative
    doc = tagged_nlp("Der neue Bürgermeister sagte der „Bergischen Zeitung“, der Umbau sei überfällig.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["Der neue Bürgermeister"]


def test_a_quoted_name_before_adverbs_and_the_verb_is_the_speaker(tagged_nlp):
    # `Wie die „Aktion Freunde helfen“ heute mitteilte`: adverbs may stand between the name and the verb
    doc = tagged_nlp("Wie die „Aktion Freunde helfen“ heute mitteilte, sei die Hilfe angekommen.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["die „Aktion Freunde helfen“"]
    # negative: quoted words before the verb with a subject after it are a fronted object
    doc = tagged_nlp("Die „Reform“ kritisierte er gestern scharf.")
    assert [q.speaker.text for q in doc._.quotes if q.speaker] == ["er"]


def test_so_x_after_quoted_words_outranks_the_verb_that_frames_them(tagged_nlp):
    # `Die Stadt müsse „…“ handeln, so die Bürgermeisterin`: `, so X` after the quotation names whose words
    # the sentence reports; the subject of the unlisted verb around the quoted words is no speaker
    doc = tagged_nlp("Die Stadt müsse „endlich und ohne Ausreden“ handeln, so die Bürgermeisterin.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.type == "DIRECT"] == [
        ("direct:so", "die Bürgermeisterin")]
    # negative: `so` that names no source (`so laut er konnte`) leaves the verb its speaker
    doc = tagged_nlp("„Lasst mich raus!“, rief der Mann, so laut er konnte.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.type == "DIRECT"] == [("direct:verb", "der Mann")]
    # negative: a verb right after `so` is the cue (`„…“, so charakterisierte ihn X`)
    doc = tagged_nlp("„Er ist die eiserne Hand“, so charakterisierte ihn der Funktionär Bernd Huber.")
    assert [(q.cue, q.speaker.actor) for q in doc._.quotes if q.type == "DIRECT"] == [("charakterisierte", "Bernd Huber")]


def test_a_list_of_phrases_no_lexicon_knows_speaks_as_one_phrase(tagged_nlp):
    # `Die Winzer und die Imker sagten`: each phrase of the list speaks, the speaker's words cover them all
    for text, speaker in (("Graz – Die Winzer und die Imker sagten, die Förderung komme zu spät.",
                           "Die Winzer und die Imker"),
                          ("Die Förderung komme zu spät, sagten Winzer, Imker und Gärtner am Dienstag.",
                           "Winzer, Imker und Gärtner")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker], text
    # negatives: a comma before a relative clause, `und` before a second verb, a comma no conjunction ends
    doc = tagged_nlp("Die Förderung komme zu spät, sagten die Winzer und verwiesen auf die Ernte.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagten"] == ["die Winzer"]
    doc = tagged_nlp("Die Förderung komme zu spät, sagten die Winzer, die seit Jahren warten.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagten"] == ["die Winzer"]


def test_observers_as_the_subject_end_the_last_speakers_unmarked_speech(tagged_nlp):
    # `Experten führen … zurück`, `Kritikern geht das zu weit: …`: a noun of observers (german.csv observer_noun)
    # as the subject is the author reporting what others think, not the last speaker's words going on
    doc = tagged_nlp("Laut der Weltgesundheitsorganisation (WHO) sterben jährlich viele Menschen im Verkehr. "
                     "Experten führen die hohe Zahl auf unverantwortliches Verhalten der Lenker zurück.")
    assert [q.rule for q in doc._.quotes if q.rule == "direct:unmarked"] == []
    doc = tagged_nlp("Die Regierung verspricht sich von der Reform mehr Tempo. Kritikern geht das alles viel zu "
                     "weit: Die Reform verleihe dem Kanzler zu viel Macht.")
    assert [q.rule for q in doc._.quotes if q.speaker is not None and q.rule != "reported:speech"] == []
    # negatives: a verdict without observers, and a colon whose clause before it has no other subject
    doc = tagged_nlp("Laut der Weltgesundheitsorganisation (WHO) sterben jährlich viele Menschen im Verkehr. "
                     "Das ist unverantwortliches Verhalten der Lenker.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "direct:unmarked"] == ["WHO"]
    doc = tagged_nlp("Der Minister Peter Huber (ÖVP) verspricht sich von der Reform mehr Tempo. Das Ziel ist klar: "
                     "Die Reform verleihe dem Land neuen Schwung.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Peter Huber"]


def test_a_speaker_named_in_a_verb_first_condition_is_spoken_of(tagged_nlp):
    # `Hätte Huber mehr Geld, stünden …`: the speaker named in the condition before the main clause's Konjunktiv is
    # spoken of, by the author, not speaking (he would say `ich`); the verb opening the condition is not the
    # Konjunktiv the name must stand before
    doc = tagged_nlp("Berlin – Verkehrsminister Peter Huber (CSU) plant, die Maut auf alle Bundesstraßen auszuweiten. "
                     "Hätte Huber mehr Geld, stünden 2018 deutlich mehr Milliarden Euro für Straßen bereit.")
    assert [q for q in doc._.quotes if q.rule == "indirect:follow-on"] == []
    # negative: a condition that does not name him goes on with the speaker
    doc = tagged_nlp("Berlin – Verkehrsminister Peter Huber (CSU) plant, die Maut auf alle Bundesstraßen auszuweiten. "
                     "Würde das Geld fehlen, stünden 2018 nur zwölf Milliarden Euro für Straßen bereit.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Peter Huber"]


def test_a_participle_of_an_act_between_commas_is_no_act(tagged_nlp):
    # `Die Betriebsräte, von der Gewerkschaft unterstützt, …`: the participle with its agent describes the noun
    # before it, no act the union takes in the report
    doc = tagged_nlp("Die Betriebsräte, von der Gewerkschaft unterstützt, bereiten sich auf einen Streik vor.")
    assert [q for q in doc._.quotes if q.cue == "unterstützt"] == []
    # negatives: the finite verb, and a passive with its auxiliary
    doc = tagged_nlp("Die Gewerkschaft unterstützt die Betriebsräte, die sich auf einen Streik vorbereiten.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "unterstützt"] == ["Die Gewerkschaft"]


def test_a_subject_with_a_negative_article_makes_no_event(tagged_nlp):
    # `Kein einziger Abgeordneter habe …`, `Keine Partei habe …`: a subject whose article is negative (german.csv
    # nobody_pronoun) names nobody who acted, so the speaker's follow-on goes on
    for subject in ("Kein einziger Abgeordneter", "Keine Partei"):
        doc = tagged_nlp(f"Minister Peter Huber (ÖVP) sagte, die Reform sei nötig. {subject} habe den Plan kritisiert.")
        assert [(q.speaker.actor, q.rule) for q in doc._.quotes if q.sentence == 1] == [("Peter Huber", "indirect:follow-on")]
    # negative: a subject with a definite article acts
    doc = tagged_nlp("Minister Peter Huber (ÖVP) sagte, die Reform sei nötig. Die Partei habe den Plan kritisiert.")
    assert [q.rule for q in doc._.quotes if q.sentence == 1] == ["reported:speech"]


def test_a_person_before_the_colon_owns_the_konjunktiv_after_it(tagged_nlp):
    # `X, Chef der Gewerkschaft, geht sogar weiter: Es brauche …`: another person the text places, the subject
    # before the colon, speaks the Konjunktiv after it, not the speaker of the sentence before
    doc = tagged_nlp("Wien – Die Ärztekammer und die Gewerkschaft beharren auf einem Nein zum Stellenabbau. Peter "
                     "Huber, Chef der Gewerkschaft Younion, geht sogar weiter: Es brauche zusätzliche Ärzte statt bloß "
                     "Umschichtungen.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Peter Huber"]
    # negative: no subject before the colon, the speaker goes on
    doc = tagged_nlp("Wien – Die Ärztekammer beharrt auf einem Nein zum Stellenabbau. Der Grund ist einfach: Es "
                     "brauche zusätzliche Ärzte statt bloß Umschichtungen.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Ärztekammer"]


def test_a_negative_article_before_an_inverted_speaker_is_no_nobody(tagged_nlp):
    # `… kein Gewinn sagte Minister X`: a text that lost its comma; the parse may take the content's `kein Gewinn`
    # for the subject of `sagte`, but the actor right after the verb speaks
    doc = tagged_nlp("Das ist für uns kein Gewinn sondern eine Kompensation unserer Kosten sagte Minister Peter "
                     "Huber (ÖVP).")
    assert [q.speaker.actor for q in doc._.quotes if q.cue == "sagte"] == ["Peter Huber"]


def test_a_lay_persons_noun_takes_up_only_a_person_named_with_it(tagged_nlp):
    # `der Richter`, `die Studentin` (german.csv lay_person_noun): a person of no political office, not the
    # politician named last before it
    doc = tagged_nlp("Damaskus – Präsident Baschar al-Assad verteidigte die Angriffe. "
                     "Der Richter forderte die Todesstrafe für die Angeklagten.")
    assert "Bashar al-Assad" not in [q.speaker.actor for q in doc._.quotes][1:]
    # negative: one the text names as a judge is the judge
    doc = tagged_nlp("Wien – Der österreichische Richter Max Hubinger eröffnete den Prozess. "
                     "Der Richter forderte eine harte Strafe für die Angeklagten.")
    assert [q.speaker.actor for q in doc._.quotes][-1] == "Max Hubinger"


def test_a_list_of_persons_runs_over_plurals_of_listed_feminine_stems(tagged_nlp):
    # `sagten die Winzer und die Ärzte`: `Ärzte`, `Experten`, `Kollegen` are plurals of persons
    # (german.csv feminine_person_ending's stems: `Ärztin`, `Expertin`, `Kollegin`)
    for text, speaker in (("Die Förderung komme zu spät, sagten die Winzer und die Ärzte am Dienstag.",
                           "die Winzer und die Ärzte"),
                          ("Die Förderung komme zu spät, sagten Winzer, Experten und Kollegen am Dienstag.",
                           "Winzer, Experten und Kollegen"),
                          ("Graz – Die Tierärzte und die Winzer sagten, die Förderung komme zu spät.",
                           "Die Tierärzte und die Winzer")):
        assert [q.speaker.text for q in tagged_nlp(text)._.quotes] == [speaker], text
    # negatives: a thing's plural is no person (`die Winzer und die Wiesen`), nor a second verb's object
    doc = tagged_nlp("Die Förderung komme zu spät, sagten die Winzer und die Wiesen am Dienstag.")
    assert [q.speaker.text for q in doc._.quotes] == ["die Winzer"]
    doc = tagged_nlp("Die Förderung komme zu spät, sagten die Winzer und verwiesen auf die Ärzte.")
    assert [q.speaker.text for q in doc._.quotes if q.cue == "sagten"] == ["die Winzer"]


def test_unnamed_many_as_the_subject_end_the_last_speakers_follow_on(tagged_nlp):
    # `Nicht wenige bezeichnen …, die … habe`, `Viele halten …`: a quantifier alone as the subject (german.csv
    # plural_quantifier) with an indicative verb is the author reporting others; the Konjunktiv in its dependent
    # clause is no follow-on of the last speaker
    for opener in ("Nicht wenige bezeichnen", "Viele nennen"):
        doc = tagged_nlp("Die Regierung verspricht sich von der Reform mehr Tempo. Das Ziel sei ein schnelleres "
                         f"Regieren. {opener} die Vorlage ein Gesetz, das der Regierung zu viel Macht gebe.")
        assert [q.sentence for q in doc._.quotes if q.rule == "indirect:follow-on"] == [1], opener
    # negative: the quantifier as the subject of a Konjunktiv goes on with the speaker's words about them
    doc = tagged_nlp("Die Regierung verspricht sich von der Reform mehr Tempo. Das Ziel sei ein schnelleres "
                     "Regieren. Viele seien von dem Gesetz enttäuscht, das der Regierung zu viel Macht gebe.")
    assert [q.sentence for q in doc._.quotes if q.rule == "indirect:follow-on"] == [1, 2]


def test_a_mixed_verbs_past_is_no_konjunktiv_of_the_follow_on(tagged_nlp):
    # `bekannte`, `brachte`, `nannte`: the past of a mixed verb (german.csv past_indicative; its Konjunktiv II is
    # `bekennte`, `brächte`) is the author's narration, not a Konjunktiv II standing in for the speaker's I
    doc = tagged_nlp("Die Armee hatte zuvor mitgeteilt, dass eine Rakete im Süden eingeschlagen sei. "
                     "Ein Sprecher der Rebellen bekannte sich zu dem Raketenangriff.")
    assert [q for q in doc._.quotes if q.rule == "indirect:follow-on"] == []
    # negative: a Konjunktiv I right after the speech goes on with it
    doc = tagged_nlp("Die Armee hatte zuvor mitgeteilt, dass eine Rakete im Süden eingeschlagen sei. "
                     "Die Rakete sei von den Rebellen abgefeuert worden.")
    assert [q.speaker.text for q in doc._.quotes if q.rule == "indirect:follow-on"] == ["Die Armee"]


def test_a_verdict_held_for_another_person_is_no_unmarked_speech(tagged_nlp):
    # `Die Lösung ist für den Referenten ein Meilenstein`: `für` (german.csv view_preposition), an article and a
    # noun of a person give that person's view, not the last speaker's words going on
    doc = tagged_nlp("Landeshauptmann Peter Huber (SPÖ) sagte, das Problem sei gelöst. Die Lösung ist für den "
                     "Volksgruppenreferenten ein historischer Meilenstein für das Land.")
    assert [q for q in doc._.quotes if q.rule == "direct:unmarked"] == []
    # negative: a verdict for a place is the speaker's
    doc = tagged_nlp("Landeshauptmann Peter Huber (SPÖ) sagte, das Problem sei gelöst. Die Lösung ist für das "
                     "Land ein historischer Meilenstein.")
    assert [q.speaker.actor for q in doc._.quotes if q.rule == "direct:unmarked"] == ["Peter Huber"]


def test_the_text_after_an_extended_attribute_speaks_with_hiess_es(tagged_nlp):
    # `hieß es in einer am Montag in Brüssel verbreiteten Erklärung der X`: the preposition's phrase inside the
    # attribute (`in Brüssel`) is where, the noun after its participle the text, whose holder speaks
    for text, actor in (("Die Reform sei unverzichtbar, hieß es in einer am Montag in Brüssel verbreiteten "
                         "Erklärung der EU-Kommission.", "EU-Kommission"),
                        ("In einer am Montag in Wien veröffentlichten Aussendung der Ärztekammer hieß es, die Reform "
                         "sei gescheitert.", "Ärztekammer")):
        assert [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.speaker] == [actor], text
    # negative: a place alone after `in` names no speaker
    doc = tagged_nlp("Die Reform sei unverzichtbar, hieß es in Brüssel.")
    assert [q.speaker.actor for q in doc._.quotes if q.speaker] == []


def test_a_description_names_the_person_the_text_named_with_its_noun(tagged_nlp):
    # `Der Kommunikationsberater Max Gruber … Der Berater kritisiert`: the description takes up the person the
    # text named with its noun, even one no lexicon places, not a known politician named after him
    text = ("Wien – Der Grazer Kommunikationsberater Max Gruber berichtet, dass ihn ein Mitarbeiter von "
            "Sozialminister Rudolf Hundstorfer angerufen habe. Der Berater kritisiert, dass die SPÖ so spät "
            "reagiert habe.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Max Gruber", "Max Gruber"]
    # negative: a noun the text gives nobody names the last fitting person
    text = ("Wien – Der Grazer Unternehmer Max Gruber berichtet, dass ihn ein Mitarbeiter von "
            "Sozialminister Rudolf Hundstorfer angerufen habe. Der Minister kritisiert, dass die SPÖ so spät "
            "reagiert habe.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Max Gruber", "Rudolf Hundstorfer"]


def test_a_description_names_the_person_the_text_named_with_its_noun_paragraphs_before(tagged_nlp):
    # `Jagdleiter X` in the lead, other speakers named in between, `sagte der Jagdleiter` at the end: the person
    # the text introduced with the noun, however far back, not the last person named
    middle = ("Auf einem Feld wurden 37 tote Vögel gefunden. Die Vögel stehen europaweit unter Schutz, es handelt "
              "sich um eine gefährdete Art. Im Institut für Wildtierkunde der Universität in Wien wurden die toten "
              "Vögel am Montag und am Dienstag obduziert. Der Landesjagdverband hat 2.000 Euro Prämie für Hinweise "
              "ausgesetzt, die zur Ergreifung der Täter führen. Die Polizei ermittelt seit einer Woche in allen "
              "umliegenden Gemeinden und hat bereits mehrere Personen befragt. ") * 2
    text = ("In Stronsdorf gehts drunter und drüber, sagt Jagdleiter Gottfried Kollerer. " + middle
            + "Das Verfahren sei öffentlichkeitswirksam, greife aber nicht, kritisiert Hans Freyer, Leiter der "
            "Vogelstation in Haringsee. Das sei eine Vertuschung, sagte der Jagdleiter am Dienstag.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.speaker][-1] == "Gottfried Kollerer"
    # negative: a noun the text gives nobody does not reach back past the last person named
    text = text.replace("sagte der Jagdleiter", "sagte der Tierarzt")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.speaker][-1] != "Gottfried Kollerer"


def test_a_plural_verb_after_a_singular_prefield_takes_the_phrase_behind_it(tagged_nlp):
    # `Eine Kürzung der Mittel befürchten die Landwirte`: the singular prefield cannot be the subject of a
    # plural verb; the phrase of persons or a known actor right after the verb is
    doc = tagged_nlp("Graz – Eine Kürzung der Förderungen befürchten die steirischen Landwirte.")
    assert [q.speaker.text for q in doc._.quotes] == ["die steirischen Landwirte"]
    # negative: a singular verb keeps the prefield's phrase
    doc = tagged_nlp("Graz – Ein Sprecher der Landwirte befürchtet eine Kürzung der Förderungen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ein Sprecher der Landwirte"]


def test_a_party_politicians_noun_takes_up_a_member_of_that_party_or_one_of_no_party(tagged_nlp):
    # `der SPD-Politiker`: a person named before whom the knowledge base knows as a member of the party keeps
    # the side the text gave him (the European Parliament's president: EU)
    doc = tagged_nlp("Der Präsident des EU-Parlaments, Martin Schulz, hat neue Kredite ins Spiel gebracht. "
                     "Die Gelder seien rasch abrufbar, sagte der SPD-Politiker am Sonntag.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes][-1] == ("Martin Schulz", "EU")
    # a person no lexicon places takes the party's side
    doc = tagged_nlp("Karl Hubinger hat neue Kredite ins Spiel gebracht. "
                     "Die Gelder seien rasch abrufbar, sagte der SPD-Politiker am Sonntag.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes][-1] == ("Karl Hubinger", "DEU")
    # negative: a person of another side is someone else than the party's politician
    doc = tagged_nlp("US-Präsident Barack Obama hat neue Kredite ins Spiel gebracht. "
                     "Die Gelder seien rasch abrufbar, sagte der SPD-Politiker am Sonntag.")
    assert [q.speaker.actor for q in doc._.quotes][-1] != "Barack Obama"


def test_a_double_space_keeps_the_article_of_a_phrase_no_lexicon_knows(tagged_nlp):
    # `sagte der  SPD-Politiker am Sonntag` as scraped: the space token right after the article of a phrase no
    # mention covers is no word, so the phrase keeps its article (and reads as a definite description)
    doc = tagged_nlp("Die Lage sei ernst, sagte der  SPD-Politiker am Sonntag.")
    assert [q.speaker.text for q in doc._.quotes] == ["der  SPD-Politiker"]
    # negative: spaces after an adjective still end the look back (`die prioritäre  Planung`: no subject's article)
    doc = tagged_nlp("Die Lage sei ernst, sagte der neue  SPD-Politiker am Sonntag.")
    assert [q.speaker.text for q in doc._.quotes] == ["SPD-Politiker"]


def test_a_negated_verb_of_saying_without_content_reports_nothing(tagged_nlp):
    # `hat nie berichtet`, `hat sich nicht geäußert`: a negating adverb (german.csv verb_negator) in the clause of
    # a verb of saying with no reported clause: nothing was said
    doc = tagged_nlp("Die Zeitung hat über den Streit nie berichtet.")
    assert [q for q in doc._.quotes if q.rule == "reported:speech"] == []
    # negative: the same report without the negation, and `nicht nur`, still report
    doc = tagged_nlp("Die Zeitung hat über den Streit ausführlich berichtet.")
    assert [q.speaker.text for q in doc._.quotes if q.rule == "reported:speech"] == ["Die Zeitung"]
    doc = tagged_nlp("Die Ministerin kritisierte den Plan nicht nur im Parlament.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Ministerin"]
    doc = tagged_nlp("Ein nicht genannter Vertreter der Firma bezeichnet die Beteiligung als „strategisch“.")
    assert [q.speaker.text for q in doc._.quotes] == ["Ein nicht genannter Vertreter der Firma"]


def test_a_bare_passive_zitiert_reports_nothing(tagged_nlp):
    # `In dem Bericht wird X zitiert.`: the passive whose subject speaks ends the sentence; the words follow later
    doc = tagged_nlp("In einem am 3. Mai veröffentlichten Bericht wird Anna Berger, eine Sprecherin des "
                     "Netzwerks, zitiert.")
    assert doc._.quotes == []
    # negative: with the words it reports them
    doc = tagged_nlp("In einem am 3. Mai veröffentlichten Bericht wird Anna Berger mit den Worten zitiert, "
                     "die Lage sei ernst.")
    assert [q.speaker.text for q in doc._.quotes] == ["Anna Berger"]


def test_the_abbreviation_after_a_quoted_name_belongs_to_the_speaker(tagged_nlp):
    # `Das „… Center“ (NSRC) teilte mit`: the bracketed abbreviation is part of the name, not the speaker alone
    doc = tagged_nlp("Das „Nordic Space Research Center“ (NSRC) teilte mit, die Kamera sei ausgefallen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Das „Nordic Space Research Center“ (NSRC)"]
    doc = tagged_nlp("Die Kamera ist ausgefallen, das teilte das „Nordic Space Research Center“ (NSRC) mit.")
    assert [q.speaker.text for q in doc._.quotes] == ["das „Nordic Space Research Center“ (NSRC)"]
    # negative: without the bracket the name in its marks is the speaker
    doc = tagged_nlp("Das „Nordic Space Research Center“ teilte mit, die Kamera sei ausgefallen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Das „Nordic Space Research Center“"]


def test_the_subject_behind_a_fronted_prepositional_phrase_speaks(tagged_nlp):
    # `Nach Gerüchten über X teilte dessen Stellvertreter mit`: the prefield is an adverbial, the speaker follows the verb
    doc = tagged_nlp("Nach Berichten über eine mögliche Festnahme teilte dessen Stellvertreter mit: „Er ruft uns an.“")
    assert [q.speaker.text for q in doc._.quotes if q.type == "DIRECT"] == ["dessen Stellvertreter"]
    # negative: an article's phrase after the verb stays whole
    doc = tagged_nlp("Nach dem Treffen mit dem Kanzler teilte der Stellvertreter des Generals mit: „Er ruft uns an.“")
    assert [q.speaker.text for q in doc._.quotes if q.type == "DIRECT"] == ["der Stellvertreter des Generals"]


def test_a_deputy_title_is_no_title_of_the_bare_noun(tagged_nlp):
    # `Assistenztrainer X`, `Co-Trainer Y`, `der stellvertretende Schulleiter Z` (german.csv deputy_prefix,
    # deputy_adjective): `der Trainer`, `der Schulleiter` is not the deputy
    for deputy in ("Der Assistenztrainer", "Co-Trainer"):
        text = (f"Graz – Trainer Peter Huber hat die Mannschaft am Montag umgestellt. {deputy} Max Gruber "
                "berichtet, dass die Spieler müde gewesen seien. Der Trainer kritisiert, dass der Verein zu spät "
                "reagiert habe.")
        assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Max Gruber", "Peter Huber"]
    text = ("Graz – Schulleiter Peter Huber hat die Sitzung am Montag eröffnet. Der stellvertretende Schulleiter "
            "Max Gruber berichtet, dass die Schule sparen müsse. Der Schulleiter kritisiert, dass das Land zu spät "
            "reagiert habe.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Max Gruber", "Peter Huber"]
    # negative: the same noun without the deputy's prefix titles the last person
    text = ("Graz – Trainer Peter Huber hat die Mannschaft am Montag umgestellt. Der Konditionstrainer Max Gruber "
            "berichtet, dass die Spieler müde gewesen seien. Der Trainer kritisiert, dass der Verein zu spät "
            "reagiert habe.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes] == ["Max Gruber", "Max Gruber"]


def test_a_double_space_inside_a_list_of_speakers_keeps_the_list(tagged_nlp):
    # scraped texts have double spaces (whitespace tokens): each known actor of the list still speaks
    doc = tagged_nlp("Die Caritas  und  die Volkshilfe verlangten mehr Geld für die Betreuung.")
    assert [c.actor for c in doc._.claims] == ["Caritas", "Volkshilfe"]
    doc = tagged_nlp("Caritas, Volkshilfe  und Diakonie verlangten mehr Geld für die Betreuung.")
    assert "Volkshilfe" in [c.actor for c in doc._.claims]
    # negative: a single member keeps its claim alone
    doc = tagged_nlp("Die Caritas  verlangte mehr Geld für die Betreuung.")
    assert [c.actor for c in doc._.claims] == ["Caritas"]


def test_a_noun_with_an_unknown_name_before_the_list_word_opens_the_list_of_the_prefield(tagged_nlp):
    # `Das Magazin Student und die Stiftung X stellen fest`: the prefield holds one phrase, so the noun
    # with its name (no lexicon knows it; a person's noun by its ending) is the list's first member
    doc = tagged_nlp("Das Magazin Student und die Stiftung Warentest stellen fest, dass viele "
                     "Geräte ungenau messen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Das Magazin Student und die Stiftung Warentest"]
    # negative: a verb between them leaves the speaker alone
    doc = tagged_nlp("Das Magazin meldet und die Stiftung Warentest stellt fest, dass viele Geräte ungenau messen.")
    assert "Das Magazin meldet und die Stiftung Warentest" not in [q.speaker.text for q in doc._.quotes]


def test_a_verb_only_idioms_list_frames_no_speech_where_none_of_them_matches(tagged_nlp):
    # `setzt`, `wertet`: verbs.csv lists them only in idioms with required words (`setzt sich … für … ein`,
    # `wertet … als`): where none matches, the indicative main clause is the author's, and the Konjunktiv in its
    # relative clause goes on with nobody's speech
    for text in ("Die Partei kritisierte, die Reform komme zu spät. Der Plan setzt die Regierung unter Druck, "
                 "die bald handeln müsse.",
                 "Die Partei kritisierte, die Reform komme zu spät. Zumindest der Plan wertet die Lage auf, "
                 "die sich ändern müsse."):
        assert [q.sentence for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"] == [], text
    # negative: a sentence in Konjunktiv I of its own goes on with the speech
    doc = tagged_nlp("Die Partei kritisierte, die Reform komme zu spät. Der Plan setze die Regierung unter Druck.")
    assert [q.sentence for q in doc._.quotes if q.rule == "indirect:follow-on"] == [1]


def test_a_negated_position_verb_still_states_a_position(tagged_nlp):
    # `fordert nicht die Freigabe`: only a verb of communicating negated (german.csv communication_verb) says nothing;
    # a verb of a position negated states the opposite position
    doc = tagged_nlp("Der Elternverband fordert nicht die sofortige Schließung der Schulen.")
    assert [q.speaker.text for q in doc._.quotes if q.rule == "reported:speech"] == ["Der Elternverband"]
    # negative: a verb of communicating negated still reports nothing (`hat nicht kommentiert`)
    doc = tagged_nlp("Der Elternverband hat die Schließung der Schulen bisher nicht kommentiert.")
    assert [q for q in doc._.quotes if q.rule == "reported:speech"] == []


def test_a_dative_noun_with_a_name_opens_no_list_of_the_prefield(tagged_nlp):
    # `Dem Minister Huber und die Caritas forderten`: a prefield opened by an object's article holds an
    # object, no member of the subject's list
    doc = tagged_nlp("Dem Minister Huber und die Caritas forderten mehr Hilfe für Familien.")
    assert [c.actor for c in doc._.claims] == ["Caritas"]
    assert "Dem Minister Huber und die Caritas" not in [q.speaker.text for q in doc._.quotes]
    # the nominative keeps its list
    doc = tagged_nlp("Das Magazin Student und die Stiftung Warentest stellen fest, dass viele Geräte ungenau messen.")
    assert [q.speaker.text for q in doc._.quotes] == ["Das Magazin Student und die Stiftung Warentest"]


def test_a_norm_whose_subject_is_a_third_person_singular_pronoun_is_the_authors(tagged_nlp):
    # `Deshalb muss er …` right after someone's speech: the author tells what that person must do (he would
    # say `ich` of himself), no verbatim speech whose quotation marks the text lost
    told = tagged_nlp("Bürgermeister Paul Weber rechnete am Sonntag vor, dass im Gemeinderat zehn Stimmen fehlen. "
                      "Deshalb muss er zu einem Notparagrafen der Stadtverfassung greifen.")
    assert all(q.rule != "direct:unmarked" for q in told._.quotes)
    she = tagged_nlp("Die Ministerin Anna Huber sagte, die Reform komme zu spät. Nun muss sie die Schulen selbst sanieren.")
    assert all(q.rule != "direct:unmarked" for q in she._.quotes)
    # negative: a norm with another subject, or advice to others in the plural, is still the speaker's
    norm = tagged_nlp("Die Ministerin Anna Huber sagte, die Reform komme zu spät. "
                      "Nun muss die Regierung die Schulen selbst sanieren.")
    assert [(q.rule, q.speaker.actor) for q in norm._.quotes][-1] == ("direct:unmarked", "Anna Huber")
    advice = tagged_nlp("Die Ministerin Anna Huber sagte, die Reform komme zu spät. "
                        "Nun müssen sie die Schulen selbst sanieren.")
    assert [(q.rule, q.speaker.actor) for q in advice._.quotes][-1] == ("direct:unmarked", "Anna Huber")
    # after a colon that names the speaker, `er` is another person: the speaker's own demand
    colon = tagged_nlp("Auch Bundeskanzler Werner Faymann hat sich vom Direktor abgewandt: Wenn er die Schule nicht "
                       "führen kann, soll er gehen.")
    assert [(q.rule, q.speaker.actor) for q in colon._.quotes] == [("direct:colon", "Werner Faymann")]


def test_a_step_still_pending_after_speech_is_no_norm_of_the_speaker(tagged_nlp):
    # `Details müssen erst festgeschrieben werden`: `muss` with `noch`, `erst` in a passive tells where a
    # procedure stands, the author's report, no verbatim speech whose quotation marks the text lost
    pending = tagged_nlp("Der Minister Paul Weber sagte, die Reform komme. Details müssen erst festgeschrieben werden.")
    assert all(q.rule != "direct:unmarked" for q in pending._.quotes)
    # negative: a degree (`noch stärker`) or a plain passive norm is still the speaker's
    for text in ("Der Minister Paul Weber sagte, die Reform komme. Die Schulen müssen noch stärker gefördert werden.",
                 "Der Minister Paul Weber sagte, die Reform komme. Die Schulen müssen gefördert werden."):
        assert [(q.rule, q.speaker.actor) for q in tagged_nlp(text)._.quotes][-1] == ("direct:unmarked", "Paul Weber")


_WEBER = "Graz – Der ÖVP-Klubobmann Karl Weber kritisierte den Plan der Regierung. "


@pytest.mark.parametrize("text, speaker", [
    # the owner after `von`, as after a genitive article
    ("Graz – Die Grünen lehnten den Antrag ab. Die Antwort von ÖVP-Klubobmann Karl Weber: Das ist reine "
     "Symbolpolitik.", "Karl Weber"),
    # a genitive name before the noun of speech, and where it was said after it
    (_WEBER + "Webers Fazit im Gespräch mit der APA: Das ist reine Symbolpolitik.", "Karl Weber"),
    # an actor with `dazu` or with the interview or statement he said it in, and no verb
    (_WEBER + "Weber dazu: Das ist reine Symbolpolitik.", "Karl Weber"),
    (_WEBER + "Weber in einem Interview: Das ist reine Symbolpolitik.", "Karl Weber"),
    (_WEBER + "Weber im Gespräch mit der APA: Das ist reine Symbolpolitik.", "Karl Weber"),
    # negatives: a phrase of no interview, a noun of no speech
    (_WEBER + "Weber im Streit mit der APA: Das ist reine Symbolpolitik.", None),
    (_WEBER + "Webers Auto: Das ist reine Symbolpolitik.", None),
])
def test_colon_speech_after_a_noun_of_speech_or_an_interview_names_its_owner(tagged_nlp, text, speaker):
    """Speech a colon introduces without a verb: `Die Antwort von X: …`, `Webers Fazit im Gespräch mit der
    APA: …`, `X dazu: …`, `X in einem Interview: …` (german.csv `colon_speech_noun`,
    `interview_noun`, `statement_noun`): the words after the colon are X's, even without a first person
    or a norm."""
    found = [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.sentence == 1]
    assert found == ([speaker] if speaker else [])


def test_a_definite_description_before_a_colon_is_the_person_it_takes_up(tagged_nlp):
    # `EU-Kommissar X … Dazu der Kommissar: …`: a description of one person that fills the clause before the colon
    # (after at most an adverb) names the person it takes up, whose words the clause after the colon is
    doc = tagged_nlp("Brüssel – EU-Kommissar Max Ortlieb legte am Montag einen Plan vor. "
                     "Dazu der Kommissar: Das Risiko ist äußerst gering.")
    assert [(q.rule, q.speaker.text, q.speaker.actor) for q in doc._.quotes][-1] == (
        "direct:colon", "der Kommissar", "Max Ortlieb")
    # negative: a description that takes up nobody (no commissioner named), nor the last person named (another
    # office: `Präsident Jan Kowalski`, where the text named nobody with the noun), or no person (`Die Lage`), or an
    # indefinite one (`Ein Kommissar`: anyone) gives no speech
    for text in ("Brüssel – Die Bahn legte am Montag einen Plan vor. Dazu der Kommissar: Das Risiko ist gering.",
                 "Brüssel – Max Ortlieb ist heute Kommissar. Präsident Jan Kowalski warnte. Dazu der Kommissar: Das "
                 "Risiko ist gering.",
                 "Brüssel – EU-Kommissar Max Ortlieb legte einen Plan vor. Die Lage: Das Risiko ist gering.",
                 "Brüssel – EU-Kommissar Max Ortlieb legte einen Plan vor. Ein Kommissar: Das Risiko ist gering."):
        assert all(q.rule != "direct:colon" for q in tagged_nlp(text)._.quotes)


@pytest.mark.parametrize("text", [
    "Der Verband hat entscheidend dazu beigetragen, dass sich die Reform rasch durchsetzen konnte.",
    "Die Krise hat dazu geführt, dass viele Betriebe schließen mussten.",
    "Der Bürgermeister sorgte dafür, dass die Straße rasch repariert wurde.",
    "Die Gewerkschaft hat dafür gesorgt, dass die Löhne steigen.",
    "Die Partei profitierte davon, dass die Wähler unzufrieden waren.",
])
def test_a_dass_clause_a_verb_of_causing_or_gaining_governs_is_no_speech(tagged_nlp, text):
    """`hat dazu beigetragen, dass …`, `sorgte dafür, dass …`, `profitierte davon, dass …`: a verb of
    causing or gaining (german.csv `result_verb`) with a pronominal adverb as the clause's correlate
    tells what happened; no unlisted verb of saying."""
    assert not tagged_nlp(text)._.quotes


def test_an_unlisted_verb_with_a_correlate_or_the_noun_sorgen_still_reports(tagged_nlp):
    # negatives: `sich Sorgen machen` (the noun, not `sorgen`) and a verb of no list with its clause speak
    for text in ("Die Ministerin machte sich darüber Sorgen, dass die Schulen zu wenig Geld erhalten.",
                 "Der Bürgermeister ist der Meinung, dass die Gemeinde mehr Geld vom Land braucht."):
        assert [q.rule for q in tagged_nlp(text)._.quotes] == ["indirect:clause"]
    # a verb of causing without a correlate before its clause stays as it was: `sorgte sich, dass …`
    doc = tagged_nlp("Der Bürgermeister sorgte sich, dass die Gemeinde zu wenig Geld vom Land erhalte.")
    assert [q.speaker.text for q in doc._.quotes] == ["Der Bürgermeister"]


@pytest.mark.parametrize("text", [
    "Der Sender leidet seit Monaten darunter, dass sein Geldgeber die Ausgaben kürzt.",
    "Der Verlust der Firma liegt vor allem daran, dass die Preise für Rohstoffe gestiegen sind.",
    "Die Bauern litten lange darunter, dass der Handel die Preise drückte.",
])
def test_a_dass_clause_of_suffering_or_of_a_cause_is_no_speech(tagged_nlp, text):
    """`leidet darunter, dass …`, `liegt daran, dass …`: a verb of suffering or of lying in a cause
    (german.csv `result_verb`) with its pronominal adverb (`darunter`, `daran`) tells a cause, not what
    anyone said."""
    assert not tagged_nlp(text)._.quotes


def test_an_unlisted_verb_with_darunter_still_reports(tagged_nlp):
    # negative: `versteht darunter, dass …` gives what the minister means, his words
    doc = tagged_nlp("Der Minister versteht darunter, dass alle Schulen mehr Geld vom Bund erhalten.")
    assert [q.rule for q in doc._.quotes] == ["indirect:clause"]


def test_a_colon_before_a_quotation_closes_the_indirect_speech(tagged_nlp):
    """`sagte, die Reform sei nötig: „…“`: the quotation after the colon is a DIRECT quote of the same
    speaker; the indirect content ends at the colon instead of running over it."""
    text = "Die Ministerin betonte, dass die Reform notwendig sei: „Wir dürfen nicht länger warten.“"
    doc = tagged_nlp(text)
    spans = [(q.type, doc.text[q.content_start:q.content_end]) for q in doc._.quotes]
    assert spans == [("DIRECT", "„Wir dürfen nicht länger warten.“"), ("INDIRECT", "dass die Reform notwendig sei")]
    # negative: a quotation inside the clause, no colon before it, stays in the indirect content
    doc = tagged_nlp("Die Ministerin betonte, dass die Reform „dringend notwendig“ sei.")
    assert [doc.text[q.content_start:q.content_end] for q in doc._.quotes] == ["dass die Reform „dringend notwendig“ sei"]


def test_erzaehlen_frames_the_speech_before_it(tagged_nlp):
    # verbs.csv `erzählen`: `…, erzählt X` is an inquit like `…, sagt X`
    doc = tagged_nlp("Platz für alle Familien habe man genug, erzählt Bürgermeister Franz Obermoser (ÖVP).")
    assert [(q.type, q.speaker.actor) for q in doc._.quotes] == [("INDIRECT", "Franz Obermoser")]
    # negative: a story, a book or a memory told (`erzählt die Geschichte`, `erzählt von`) is nobody's position
    for text in ("Der Roman erzählt die Geschichte einer Bäuerin im Mühlviertel.",
                 "Die Ministerin Anna Berger erzählt gern von ihrer Kindheit in Graz."):
        assert not tagged_nlp(text)._.quotes, text


@pytest.mark.parametrize("text", [
    "Hier ist es aber wichtig, dass die Lehrer mehr Zeit für die Kinder haben.",
    "Entscheidend ist, die Klassen kleiner zu machen.",
])
def test_a_necessity_in_the_present_after_speech_is_the_speakers(tagged_nlp, text):
    """`Hier ist es aber wichtig, dass …` right after someone spoke: a present copula with a german.csv
    `necessity_adjective` and the clause it governs is a norm, the speaker's unmarked speech like `muss`."""
    doc = tagged_nlp("Wien – Wir brauchen bessere Bedingungen an den Schulen, sagte Anna Berg (SPÖ). " + text)
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.sentence == 1] == [
        ("direct:unmarked", "Anna Berg (SPÖ)")]
    assert [(c.actor_country, c.claim_type) for c in doc._.claims if c.sentence_id == 1] == [("AUT", "DEMAND")]


@pytest.mark.parametrize("text", [
    "Damals war es wichtig, dass die Lehrer mehr Zeit für die Kinder hatten.",
    "Es ist nicht wichtig, dass die Lehrer mehr Zeit haben.",
])
def test_a_past_or_negated_necessity_after_speech_is_the_authors(tagged_nlp, text):
    # negative: in the past the author narrates; `nicht wichtig` sets no norm
    doc = tagged_nlp("Wien – Wir brauchen bessere Bedingungen an den Schulen, sagte Anna Berg (SPÖ). " + text)
    assert not [q for q in doc._.quotes if q.sentence == 1]


def test_a_t_stem_konjunktiv_after_an_inseparable_prefix_goes_on_with_the_speech(tagged_nlp):
    # `verwerte` is `ver` + the listed Konjunktiv I `werte` (german.csv ki, inseparable_prefix): no weak past
    speech = "Die Opposition kritisierte am Montag, die Regierung habe versagt. "
    doc = tagged_nlp(speech + "Das Ministerium verwerte die Daten der Bürger ohne deren Zustimmung.")
    assert [q.rule for q in doc._.quotes] == ["indirect:cue", "indirect:follow-on"]
    # negative: the weak past `verwertete` is the author's narration
    doc = tagged_nlp(speech + "Das Ministerium verwertete die Daten der Bürger ohne deren Zustimmung.")
    assert [q.rule for q in doc._.quotes] == ["indirect:cue"]


def test_befinde_is_a_listed_konjunktiv_i(nlp):
    # german.csv ki `befinde`, which a tagger may read as an adjective: the speech goes on
    text = "Merz sagte, die Union sei bereit. Die Partei befinde sich in einer guten Lage."
    assert [q.rule for q in nlp(text)._.quotes if q.rule == "indirect:follow-on"] == ["indirect:follow-on"]
    # negative: the indicative `befindet` goes on with no speech
    text = "Merz sagte, die Union sei bereit. Die Partei befindet sich in einer guten Lage."
    assert [q.rule for q in nlp(text)._.quotes if q.rule == "indirect:follow-on"] == []


@pytest.mark.parametrize("text", [
    "Wien – Durch einen Anwalt findet Ministerin Anna Huber heraus, dass die Familie gegen den Willen ihres Vaters handelt.",
    "Der Minister erfuhr erst im Sommer, dass die Behörde die Akten vernichtet hatte.",
    "Die Ermittler haben herausgefunden, dass die Firma Gelder ins Ausland verschoben hat.",
])
def test_a_dass_clause_of_learning_or_finding_out_is_no_position(tagged_nlp, text):
    """`erfuhr, dass …`, `findet … heraus, dass …`: what someone learned or found out (german.csv
    `learning_verb`; a `finding_verb` with its `finding_particle`) is reported (quotes-de marks it), but
    no claim, and the sentence after it is no speech of theirs."""
    doc = tagged_nlp(text + " Die Familie habe deshalb gegen das Gesetz verstoßen und müsse bestraft werden.")
    assert not doc._.claims
    assert not [q for q in doc._.quotes if q.speaker is not None and doc.text[q.content_start:].startswith("Die Familie")]


def test_finden_without_heraus_still_reports_an_opinion(tagged_nlp):
    # negative: `findet, dass …` is a view, the subject's words
    doc = tagged_nlp("Die Bäuerin findet, dass die Familie gegen den Willen ihres Vaters handelt.")
    assert [q.rule for q in doc._.quotes] == ["indirect:clause"]


def test_a_tweet_whose_author_no_sentence_names_carries_on_no_speech(nlp):
    # a run of users' tweets after Scholz's words: the last tweet's sentence is no follow-on of Scholz
    text = ("Bundeskanzler Olaf Scholz sagte, der Gipfel sei ein großer Erfolg gewesen. "
            "What a great summit in the Alps, the best we ever had, just look at this #G7 #Scholz pic.twitter.com/aaa111 "
            "Nobody expected these pictures from the summit, they are all over the web now #G7 #Summit "
            "pic.twitter.com/bbb222 Best meme of the week, we cannot stop laughing about it #G7 #Memes "
            "pic.twitter.com/ccc333 Das sei der schönste Gipfel gewesen #G7 pic.twitter.com/abc123XYZ")
    doc = nlp(text)
    assert not [q for q in doc._.quotes if doc.text[q.content_start:].startswith("Das sei")]
    # negative: the same sentence without the link goes on with Scholz's words
    plain = nlp("Bundeskanzler Olaf Scholz sagte, der Gipfel sei ein großer Erfolg gewesen. "
                "Das sei der schönste Gipfel gewesen.")
    assert [q.rule for q in plain._.quotes if plain.text[q.content_start:].startswith("Das sei")] \
        == ["indirect:follow-on"]


def test_the_authors_narrative_after_reported_content_in_the_konjunktiv_is_no_content(tagged_nlp):
    # an indicative verb-first clause, `und` with an indicative verb, or `worauf`/`wobei` with an indicative
    # verb after reported content in the Konjunktiv: the author tells what the speaker did next
    def contents(text):
        return [text[q.content_start:q.content_end] for q in tagged_nlp(text)._.quotes if q.type == "INDIRECT"]
    assert contents("Der Angeklagte beteuerte, er sei unschuldig, verließ dann aber wortlos den Saal.") \
        == ["er sei unschuldig"]
    assert contents("Der Pilot erklärte, dass er nie fliegen würde, und verließ daraufhin die Kaserne.") \
        == ["dass er nie fliegen würde"]
    assert contents("Die Ministerin sagte, sie habe den Botschafter angerufen, worauf dieser die Reise absagte.") \
        == ["sie habe den Botschafter angerufen"]
    # the Konjunktiv goes on: the speaker's words (a `wobei` clause in the Konjunktiv, a condition before the
    # reported main clause)
    text = "Die Ministerin sagte, die Preise seien gestiegen, wobei die Mieten am stärksten gestiegen seien."
    assert contents(text) == ["die Preise seien gestiegen, wobei die Mieten am stärksten gestiegen seien"]
    text = "Die Ministerin sagte, der Plan sei gut, sei aber zu teuer."
    assert contents(text) == ["der Plan sei gut, sei aber zu teuer"]
    text = "Im Ministerium gab es Streit. Der Plan sei viel zu teuer, heißt es."  # a trailing report of its own
    assert contents(text) == ["Der Plan sei viel zu teuer"]
    # before a trailing cue the words are the speaker's (gnad has lost its quotation marks): no narrative there
    text = "Ich hätte besser spielen sollen und muss nun daran arbeiten, sagte die Spielerin."
    assert contents(text) == ["Ich hätte besser spielen sollen und muss nun daran arbeiten"]
    # the second predicate, a cue, shares the speaker and reports no clause before it
    text = "Der Angeklagte beteuerte, er sei unschuldig, verweigerte aber jede weitere Aussage."
    assert [(q.type, text[q.content_start:q.content_end]) for q in tagged_nlp(text)._.quotes] == [
        ("INDIRECT", "er sei unschuldig"), ("REPORTED", "aber jede weitere Aussage")]


def test_heisst_es_darin_takes_up_the_author_named_before(tagged_nlp):
    # `darin`, `dort` (german.csv text_adverb) by the impersonal verb of saying: the text or office the sentence
    # before named last speaks; not a place (`nach Moskau … . Dort hieß es`: where, nobody named)
    text = "Am Samstag veröffentlichte die Hamas ein neues Lied. Der Kampf gehe weiter, heißt es darin."
    assert [(q.speaker.actor, q.speaker.actor_country) for q in tagged_nlp(text)._.quotes if q.speaker] \
        == [("Hamas", "PSE")]
    text = "Die Delegation reiste am Montag nach Moskau. Dort hieß es, die Gespräche seien gut verlaufen."
    assert not [q for q in tagged_nlp(text)._.quotes if q.speaker and q.speaker.actor_country]


def test_dort_heisst_es_takes_the_type_of_the_office_named_before(tagged_nlp):
    # `… verweist an das Verkehrsministerium. Dort heißt es`: the ministry speaks, a government, though the
    # actor it names (the national government) was first named as the state (`Österreich`); a country the
    # sentence before named last speaks as the state
    text = ("Wien – Österreich will die Regeln für Kennzeichen ändern. Die Gemeinde verweist an das "
            "Verkehrsministerium. Dort heißt es aber, die Länder seien zuständig.")
    assert [(q.speaker.actor_country, q.speaker.actor_type) for q in tagged_nlp(text)._.quotes
            if q.speaker and q.speaker.text == "Dort"] == [("AUT", "government")]


def test_a_resuming_demonstrative_before_a_trailing_cue_reports_the_clause_before_it(tagged_nlp):
    # `…, das teilte X mit`, `… – das meint X`: `das` takes up the clause before the comma or dash
    def quotes(text):
        return [(q.type, q.speaker.text if q.speaker else None, text[q.content_start:q.content_end])
                for q in tagged_nlp(text)._.quotes]
    assert quotes("Die Kameras sind ausgefallen, das teilte das Institut am Freitag mit.") == [
        ("INDIRECT", "das Institut", "Die Kameras sind ausgefallen")]
    assert quotes("Die Steuern müssen sinken – das meint der Verband der Industrie.") == [
        ("INDIRECT", "der Verband der Industrie", "Die Steuern müssen sinken")]
    # negative: `das nennt sich X` says what something is called, nobody's speech
    assert quotes("Das Militär ist der erste Pfeiler der Regierung, das nennt sich das Militär-Zuerst-Prinzip.") == []
    # negative: the demonstrative as the subject (`das droht uns`) takes up nobody's words
    assert quotes("Die Venezianer haben die Pest besiegt, das droht uns im ersten Bezirk auch.") == []
    # negative: a clause after a dash without the demonstrative reports nothing before it
    assert [q.type for q in tagged_nlp("Die Steuern müssen sinken – meint der Verband der Industrie.")._.quotes] \
        != ["INDIRECT"]


def test_the_es_of_a_trailing_hiess_es_is_the_one_in_its_own_clause(tagged_nlp):
    # `Es gebe …, hieß es`: the reported clause's `es` is no particle of the trailing cue after it
    text = ("Die Feuerwehr teilte am Abend mit, das Dach sei eingestürzt. "
            "Es gebe noch Hohlräume, zu denen niemand vordringen könne, hieß es.")
    quotes = [(q.rule, q.cue, text[q.content_start:q.content_end]) for q in tagged_nlp(text)._.quotes]
    assert quotes[-1] == ("indirect:cue", "hieß … es", "Es gebe noch Hohlräume, zu denen niemand vordringen könne")
    # negative: an `es` opening the cue's own clause is its particle
    text = "Es heißt, das Dach sei eingestürzt."
    assert [(q.cue, text[q.content_start:q.content_end]) for q in tagged_nlp(text)._.quotes] == [
        ("Es … heißt", "das Dach sei eingestürzt")]


def test_a_tweet_after_another_tweet_is_no_tweet_of_the_speaker_named_before_both(nlp):
    # the speaker's tweet and then users' tweets: each tweet once, only the first the speaker's
    text = ("Justizminister Heiko Maas meldete sich am Abend zu Wort. Wer so über Nachbarn redet, hat nichts "
            "verstanden. #Boateng pic.twitter.com/abc123XYZ Ein Nachbar wie er wäre uns allen willkommen #Berlin "
            "pic.twitter.com/def456UVW Die AfD wies die Kritik zurück.")
    doc = nlp(text)
    tweets = [doc.text[q.content_start:q.content_end] for q in doc._.quotes if q.rule == "direct:tweet"]
    assert tweets == ["Wer so über Nachbarn redet, hat nichts verstanden."]


def test_the_source_after_laut_is_no_subject_beside_the_clauses_own(tagged_nlp):
    """`laut X`, `X zufolge` (german.csv hearsay_marker): X vouches for the clause, it is not its subject."""
    # `Laut ORF fordert die ÖVP …`: the party named in the nominative acts, the medium only relays it
    doc = tagged_nlp("Laut ORF fordert die ÖVP eine Senkung der Steuern.")
    assert [q.speaker.actor for q in doc._.quotes if q.type == "REPORTED"] == ["ÖVP"]
    # negative: a person as the source is read as before (a spokesman speaks for the subject's side)
    doc = tagged_nlp("Laut Bundeskanzler Olaf Scholz fordert die SPÖ eine Senkung der Steuern.")
    assert [q.speaker.actor for q in doc._.quotes if q.type == "REPORTED"] == ["Olaf Scholz"]
    # a thing as the subject: no act of the source's, the source states what the thing does
    doc = tagged_nlp("Der Vertrag schließt laut Innenminister Peter Huber eine Verlängerung aus.")
    assert [(q.type, q.rule) for q in doc._.quotes] == [("INDIRECT", "indirect:source")]
    # negative: with no other subject named, the act stays as it was read
    doc = tagged_nlp("Die Regierung schließt laut Innenminister Peter Huber eine Verlängerung aus.")
    assert [q.speaker.text for q in doc._.quotes if q.type == "REPORTED"] == ["Die Regierung"]


def test_content_after_a_coordinated_second_cue_is_that_cues_alone(tagged_nlp):
    # `erkannte das Urteil nicht an und weigerte sich, … zu zahlen`: the infinitive is the refusal's content;
    # the separable verb before `und` is an act on its object
    doc = tagged_nlp("Der Angeklagte Peter Huber erkannte das Urteil nicht an und weigerte sich, die Strafe zu zahlen.")
    assert [(q.type, q.cue, doc.text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("REPORTED", "erkannte … an", "das Urteil nicht an"), ("INDIRECT", "weigerte", "die Strafe zu zahlen")]
    # negative: a single cue keeps its infinitive
    doc = tagged_nlp("Der Angeklagte Peter Huber weigerte sich, die Strafe zu zahlen.")
    assert [doc.text[q.content_start:q.content_end] for q in doc._.quotes] == ["die Strafe zu zahlen"]


def test_an_adjective_before_a_description_names_the_person_before(tagged_nlp):
    # `der langjährige Hinterbänkler`: a weak adjective after the article is an attribute of the noun, as an
    # age is; the noun names the man named before
    doc = tagged_nlp("Der SPD-Abgeordnete Klaus Berger kritisierte die Regierung. "
                     "Die Steuern müssten sinken, so der langjährige Hinterbänkler.")
    assert _description_actor(tagged_nlp, doc, "der langjährige Hinterbänkler") == "Klaus Berger"
    # a nationality narrows it like a country prefix: no German for `der französische Sozialdemokrat`
    doc = tagged_nlp("Der SPD-Abgeordnete Klaus Berger kritisierte die Regierung. "
                     "Die Steuern müssten sinken, so der französische Sozialdemokrat.")
    assert _description_actor(tagged_nlp, doc, "der französische Sozialdemokrat") == "der französische Sozialdemokrat"
    # a deputy is not the office holder named before
    doc = tagged_nlp("Bürgermeister Klaus Berger (SPD) kritisierte die Regierung. "
                     "Die Steuern müssten sinken, so der stellvertretende Bürgermeister.")
    assert _description_actor(tagged_nlp, doc, "der stellvertretende Bürgermeister") != "Klaus Berger"


def test_no_follow_on_across_a_dateline(tagged_nlp):
    # a headline's speaker does not go on speaking in the report's body after its dateline (`Wien –`), even
    # when the dateline's own sentence, the author's narration, stands between
    text = ("Gewerkschaft fordert höhere Löhne\n\nWien – Die Verhandlungen beginnen am Montag. "
            "Die Arbeitgeber seien zu Zugeständnissen bereit.")
    assert not [q for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"]
    # without a dateline the speech goes on
    text = ("Die Gewerkschaft forderte höhere Löhne. Die Verhandlungen beginnen am Montag. "
            "Die Arbeitgeber seien zu Zugeständnissen bereit.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"] == ["Die Gewerkschaft"]
    # the sentence after the dateline names the speaker again before a colon: the speech goes on
    text = ("Laut Innenministerium kamen 2000 Menschen ins Land. Wien – Im Mai reisten 2000 Menschen ein. "
            "Die Zahl kommt aus dem Innenministerium: Seit Mai zähle die Polizei die Menschen an der Grenze.")
    assert [q.speaker.actor_country for q in tagged_nlp(text)._.quotes if q.rule == "indirect:follow-on"] == ["AUT"]


@pytest.mark.parametrize("text", [
    "Es hänge stark von den Nachbarländern ab, ob die Route offen bleibt.",
    "Die Regierung rechne mit weiteren Ankünften im Frühjahr.",
    "Das gehöre zu den Aufgaben der Europäischen Union.",
])
def test_konjunktiv_i_forms_the_tagger_misreads_go_on_with_the_speech(tagged_nlp, text):
    # german.csv ki `hänge`, `rechne`, `gehöre`, which the tagger reads as an adverb or a noun: reported speech
    speech = "Wien – Die Lage an den Grenzen sei ernst, sagte Innenminister Karl Berger am Montag. "
    doc = tagged_nlp(speech + text)
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.sentence == 1] == [
        ("indirect:follow-on", "Innenminister Karl Berger")]
    # negative: the indicative (`hängt`, `rechnet`, `gehört`) is the author's own sentence
    indicative = text.replace("hänge", "hängt").replace("rechne", "rechnet").replace("gehöre", "gehört")
    assert not [q for q in tagged_nlp(speech + indicative)._.quotes if q.sentence == 1]


def test_a_t_stem_konjunktiv_after_a_separable_prefix_is_no_weak_past(tagged_nlp):
    """`…, dass sie an dem Plan festhalte`: a listed t-stem Konjunktiv I (`halte`) after a separable prefix
    (german.csv separable_prefix), joined at the end of a dependent clause, is Konjunktiv I."""
    from pipeline.lexicons import load_lexicons
    from pipeline.quotes.cues import CueMatcher
    cues = CueMatcher(load_lexicons())
    doc = tagged_nlp("Der Minister betonte, die Regierung wisse, dass die Partei an dem Plan festhalte.")
    assert cues.konjunktiv_i_form(next(t for t in doc if t.text == "festhalte"))
    # negative: the weak past of a separable verb (`abschaltete`) is no Konjunktiv I
    doc = tagged_nlp("Der Minister betonte, die Regierung wisse, dass die Partei das Werk abschaltete.")
    assert not cues.konjunktiv_i_form(next(t for t in doc if t.text == "abschaltete"))


def test_a_konjunktiv_i_after_a_vouched_act_goes_on_with_the_source(tagged_nlp):
    """`Die Regierung hat laut der Polizei … verhängt. Seit Tagen habe es …`: the source that vouches for the
    act (`indirect:act-source`) goes on reporting in the next sentence's Konjunktiv I."""
    act = "Die Stadtregierung hat laut der Polizei ein Demonstrationsverbot verhängt. "
    doc = tagged_nlp(act + "Seit Tagen habe es keine Gespräche mit den Veranstaltern gegeben.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.sentence == 1] == [
        ("indirect:follow-on", "der Polizei")]
    # negative: the indicative is the author's own sentence, and a document vouches for nobody's speech
    doc = tagged_nlp(act + "Seit Tagen hat es keine Gespräche mit den Veranstaltern gegeben.")
    assert not [q for q in doc._.quotes if q.sentence == 1]
    doc = tagged_nlp(act.replace("der Polizei", "einem Bericht") + "Seit Tagen habe es keine Gespräche gegeben.")
    assert not [q for q in doc._.quotes if q.sentence == 1 and q.speaker is not None]


def test_a_companys_head_for_a_countrys_market_is_no_office_of_that_state(nlp):
    # german.csv market_head: `der Österreich-Chef` (a country's name before `Chef`, `Manager`) heads a
    # business for that market; as a source (`so der Österreich-Chef`) he speaks for no government
    doc = nlp("Die Preise würden steigen, so der Österreich-Chef des Autobauers.")
    assert "AUT" not in {q.speaker.actor_country for q in doc._.quotes}
    # negative: a country's prefix form before an office of the state names that state's office
    doc = nlp("Die Preise würden steigen, so der US-Präsident.")
    assert [q.speaker.actor_country for q in doc._.quotes] == ["USA"]


def test_another_person_opening_a_narrated_sentence_ends_the_follow_on(tagged_nlp):
    """`X sagte … . Banks hatte mit einem Aufsatz … für Aufsehen gesorgt.`: a sentence that opens with another
    person the text places right before a finite verb of the past (no Konjunktiv, no norm) narrates what that
    person did (`unserer` in it is no speaker's first person), whatever the parser makes of the name."""
    speech = ("Kairo – Der britische Archäologe John Banks hält eine zweite Kammer für möglich. "
              "Die Messungen seien vielversprechend, sagte Minister Ahmed Salem danach. ")
    doc = tagged_nlp(speech + "Banks hatte mit einem im Mai präsentierten Aufsatz in unserer Zeitschrift für Aufsehen gesorgt.")
    assert not [q for q in doc._.quotes if q.sentence == 2]
    # negative: the Konjunktiv of that person is the speaker's words about him
    doc = tagged_nlp(speech + "Banks habe mit einem im Mai präsentierten Aufsatz für Aufsehen gesorgt.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.sentence == 2] == [
        ("indirect:follow-on", "Minister Ahmed Salem")]


def test_a_so_clause_naming_a_source_ends_the_follow_on(tagged_nlp):
    """`…, so haben es die Gläubiger vorgeschrieben.`: a clause after a comma that opens with `so` and an
    indicative verb and names a noun gives the sentence's own source; the speech has ended."""
    speech = "Wien – Die Reform komme im Herbst, sagte Bundeskanzler Werner Faymann am Montag. "
    doc = tagged_nlp(speech + "Das Werk sollte eigentlich verkauft werden, so haben es die Gläubiger vorgeschrieben.")
    assert not [q for q in doc._.quotes if q.sentence == 1]
    # negative: without the source the norm is the speaker's unmarked speech
    doc = tagged_nlp(speech + "Das Werk sollte eigentlich verkauft werden.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes if q.sentence == 1] == [
        ("direct:unmarked", "Bundeskanzler Werner Faymann")]


def test_a_town_adjective_before_a_body_of_the_state_places_the_speaker(tagged_nlp):
    """german.csv state_body_noun, police_noun after a town's adjective as a speaker (`…, so die Salzburger
    Polizei`, `hieß es von der Kölner Polizei`) is that body of the town's country, the government's."""
    doc = tagged_nlp("Salzburg – Die Frau sei geständig, so die Salzburger Polizei am Samstag.")
    assert [(q.speaker.actor, q.speaker.actor_country, q.speaker.actor_type) for q in doc._.quotes] == [
        ("Salzburger Polizei", "AUT", "government")]
    doc = tagged_nlp("Es gebe Hinweise auf einen Täter, hieß es von der Kölner Polizei.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [("Kölner Polizei", "DEU")]
    # negatives: the police's case facts are no claim, and a court's ruling names no such body
    assert doc._.claims == []
    doc = tagged_nlp("Wien – Das Wiener Handelsgericht verwirft in einem Urteil den Einwand der Versicherung.")
    assert [q.speaker.actor_country for q in doc._.quotes] == [""] and doc._.claims == []


def test_a_quoted_medium_after_the_auxiliary_is_the_subject_of_the_participle(tagged_nlp):
    """`Am Montag hatte „Sport Heute“ berichtet, …`: a name in quotation marks right after the finite
    auxiliary of a cue participle (its marks the only punctuation before the cue) is the subject."""
    doc = tagged_nlp("Am Montag hatte „Sport Heute“ berichtet, der Trainer werde den Verein verlassen.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes] == [("indirect:cue", "„Sport Heute“")]
    doc = tagged_nlp("Gestern hat die „Bergpost“ berichtet, der Bürgermeister werde zurücktreten.")
    assert [(q.rule, q.speaker.text) for q in doc._.quotes] == [("indirect:cue", "die „Bergpost“")]
    # negative: a subject before the auxiliary keeps the quoted noun an object
    doc = tagged_nlp("Am Montag hatte die Regierung die „Reform“ verteidigt und gesagt, sie sei nötig.")
    assert {q.speaker.text for q in doc._.quotes} == {"die Regierung"}


def test_an_extended_attribute_before_a_quoted_medium_belongs_to_the_speaker(tagged_nlp):
    """`die in Tirol erscheinende „Bergpost“`: an article, a prepositional phrase and a participle
    before a quoted name are one subject, before or after the cue."""
    doc = tagged_nlp("Wie die in Tirol erscheinende „Bergpost“ berichtete, sei der Bürgermeister zurückgetreten.")
    assert [q.speaker.text for q in doc._.quotes] == ["die in Tirol erscheinende „Bergpost“"]
    doc = tagged_nlp("So berichtete die in Tirol erscheinende „Bergpost“ gestern, der Bürgermeister sei zurückgetreten.")
    assert [q.speaker.text for q in doc._.quotes] == ["die in Tirol erscheinende „Bergpost“"]
    # negative: lower-case adjectives alone stay as before
    doc = tagged_nlp("Die linksliberale „Volksstimme“ hatte berichtet, der Minister sei zurückgetreten.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die linksliberale „Volksstimme“"]


def test_klagen_with_a_reported_clause_is_a_complaint_but_not_suing(tagged_nlp):
    # cues.csv `klagen` with german.csv clause_speech_verb: `klagte, dass …` and `…, klagte X` report a complaint
    doc = tagged_nlp("Wien – Die Pensionisten klagten, dass die Regierung zu wenig gegen die Teuerung tue.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("INDIRECT", "klagten")]
    doc = tagged_nlp("Wien – Die Regierung tue zu wenig gegen die Teuerung, klagte Gewerkschaftschef Max Huber.")
    assert [(q.type, q.cue, q.speaker.text) for q in doc._.quotes] == [
        ("INDIRECT", "klagte", "Gewerkschaftschef Max Huber")]
    # negatives: `jemanden klagen`, `auf … klagen`, `gegen … klagen` is to sue, a legal act, no speech
    for text in ("Wien – Der Gewerkschaftschef Max Huber klagt die Behörde.",
                 "Wien – Der Gewerkschaftschef Max Huber klagt auf Schadenersatz.",
                 "Wien – Der Gewerkschaftschef Max Huber klagte gegen den Bescheid, weil die Frist abgelaufen war."):
        assert tagged_nlp(text)._.quotes == [], text
    # negative: `klagen über` stays the reported complaint of verbs.csv
    doc = tagged_nlp("Wien – Viele Lehrer klagen über die Überlastung an den Schulen.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("REPORTED", "klagen")]


def test_a_second_speakers_report_after_doch_has_its_own_content(tagged_nlp):
    """`sagte, X sei …, doch der Sprecher Y erklärte, …`: the first speaker's content ends before the
    contrasting clause (german.csv rival_report_opener), whose indicative verb of saying is an event
    with its own subject and content."""
    text = ("Der Bürgermeister sagte, die Brücke werde im Mai fertig, doch der Sprecher der Baufirma "
            "erklärte, es gebe noch Verzögerungen.")
    doc = tagged_nlp(text)
    assert [(q.cue, q.speaker.text, text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("sagte", "Der Bürgermeister", "die Brücke werde im Mai fertig"),
        ("erklärte", "der Sprecher der Baufirma", "es gebe noch Verzögerungen")]
    # negative: a Konjunktiv after `doch` goes on with the first speaker's words
    text = "Der Bürgermeister sagte, die Brücke werde im Mai fertig, doch die Baufirma habe noch Sorgen."
    doc = tagged_nlp(text)
    assert [(q.cue, text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("sagte", "die Brücke werde im Mai fertig, doch die Baufirma habe noch Sorgen")]


def test_a_named_actor_s_claim_inside_another_speakers_report_is_its_own(tagged_nlp):
    """`Ein Diplomat sagte, Wladimir Putin fordere …`: a claim verb inside what someone reports, whose subject
    there is an actor named by name of another side than the reporter's, is that actor's claim (rule
    `…:nested`); the reporter is its source, and the next sentence does not go on with the nested actor."""
    doc = tagged_nlp("Ein Diplomat sagte, Wladimir Putin fordere den Abzug der ukrainischen Truppen.")
    assert [(c.actor_country, c.claim_type, c.rule) for c in doc._.claims] == [
        ("RUS", "DEMAND", "reported:speech:nested")]
    doc = tagged_nlp("Ein Diplomat sagte, der russische Präsident Wladimir Putin fordere den Abzug der Truppen.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Wladimir Putin", "RUS")]
    doc = tagged_nlp("Emmanuel Macron und ich haben uns auf neue Sanktionen geeinigt, sagte Olaf Scholz.")
    assert sorted((c.actor_country, c.claim_type) for c in doc._.claims) == [("DEU", "STATEMENT"), ("FRA", "AGREEMENT")]
    # negative: the reporter's own side (`ein russischer Diplomat`) stays the only claimant
    doc = tagged_nlp("Ein russischer Diplomat sagte, Wladimir Putin fordere den Abzug der ukrainischen Truppen.")
    assert [(c.actor_country, c.rule) for c in doc._.claims] == [("RUS", "indirect:cue")]
    # negative: a state or body told acting in someone's report is no claimant (`Russland`, `das Militär`)
    assert tagged_nlp("Ein Diplomat sagte, Russland fordere den Abzug der ukrainischen Truppen.")._.claims == []
    doc = tagged_nlp("Das türkische Militär habe Stellungen der Miliz angegriffen, meldete der Sender.")
    assert [c.rule for c in doc._.claims if c.rule.endswith(":nested")] == []


def test_a_second_subject_after_the_verb_joined_with_its_article_speaks_too(tagged_nlp):
    # `Das wollen Polen und die Slowakei nicht akzeptieren`: a list word and the second member's article
    # (or adjectives) join the second known actor to the first; one claim per actor (codebook)
    doc = tagged_nlp("Warschau – Das wollen Polen und die Slowakei nicht akzeptieren.")
    assert sorted(c.actor_country for c in doc._.claims) == ["POL", "SVK"]
    # negative: a preposition between them joins nothing (`mit der Slowakei` is no subject)
    doc = tagged_nlp("Warschau – Das will Polen mit der Slowakei nicht akzeptieren.")
    assert [c.actor_country for c in doc._.claims] == ["POL"]


def test_a_plural_verb_after_a_singular_prefield_takes_each_listed_actor_behind_it(tagged_nlp):
    # `Eine Senkung der Steuern fordern die ÖVP und die NEOS`: both parties after the plural verb demand
    doc = tagged_nlp("Wien – Eine Senkung der Lohnnebenkosten fordern die ÖVP und die NEOS.")
    assert sorted(c.actor for c in doc._.claims) == ["NEOS", "ÖVP"]
    # negative: a single actor after the verb stays the only claimant
    doc = tagged_nlp("Wien – Eine Senkung der Lohnnebenkosten fordert die ÖVP.")
    assert [c.actor for c in doc._.claims] == ["ÖVP"]


def test_an_actor_behind_a_fronted_thing_is_the_subject(tagged_nlp):
    # `Eine Verlängerung der Frist verlangt die Türkei`: an abstract noun cannot demand; the known actor
    # right after the verb does, whatever the parser says
    doc = tagged_nlp("Wien – Eine Anhebung der Mindestpension verlangt die FPÖ.")
    assert [(c.actor, c.claim_type) for c in doc._.claims] == [("FPÖ", "DEMAND")]
    # negative: a statement that may speak itself keeps its words (`Die Erklärung fordert die Regierung auf`)
    doc = tagged_nlp("Wien – Die Erklärung fordert die FPÖ zum Rücktritt auf.")
    assert [c.actor for c in doc._.claims] != ["FPÖ"]


def test_herausstreichen_is_a_verb_of_saying(tagged_nlp):
    # `…“, strich der Kandidat heraus`: the separable verb (verbs.csv heraus|streichen, strong forms of
    # streichen) introduces the quotation and names its speaker
    doc = tagged_nlp("„Ich trete als Konservativer an“, strich der Kandidat in Boston heraus.")
    assert [(q.type, q.speaker.text if q.speaker else None) for q in doc._.quotes] == [("DIRECT", "der Kandidat in Boston")]
    # negative: `streichen` alone (funding cut) is no speech
    doc = tagged_nlp("Die Regierung strich die Förderung für das Projekt.")
    assert doc._.quotes == [] or all(q.speaker is None or q.speaker.text != "Die Regierung" for q in doc._.quotes)


def test_bemerken_and_lauten_without_a_reported_clause_say_nothing(tagged_nlp):
    # german.csv clause_speech_verb `bemerken`, `lauten`: with a reported clause they report speech
    doc = tagged_nlp("Die Lage sei ernst, bemerkte der Bürgermeister Hans Berger.")
    assert [(q.type, q.cue, q.speaker.text) for q in doc._.quotes] == [
        ("INDIRECT", "bemerkte", "der Bürgermeister Hans Berger")]
    doc = tagged_nlp("Die Antwort des Ministers lautete, man werde die Reform nicht stoppen.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("INDIRECT", "lautete")]
    # negatives: `bemerkte den Rauch` is to notice, `lautet auf Betrug` names a charge: no reported speech
    for text in ("Ein Nachbar bemerkte den Rauch und rief die Polizei.",
                 "Die Piloten hatten den Defekt am Fahrwerk bemerkt.",
                 "Die Anklage lautet auf schweren Betrug.",
                 "Die Diagnose lautete Krebs."):
        assert tagged_nlp(text)._.quotes == [], text
    # a question put after the comma (german.csv interrogative) is what `lauten` reports
    doc = tagged_nlp("Am Montag lautete die Frage, wie die Stadt die Kosten tragen soll.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("REPORTED", "lautete")]
    # negative: a reported act stays as before
    doc = tagged_nlp("Der Minister kritisierte die Pläne der Regierung.")
    assert [(q.type, q.cue) for q in doc._.quotes] == [("REPORTED", "kritisierte")]


def test_a_name_given_by_the_participle_genannt_is_no_report(tagged_nlp):
    # german.csv naming_participle `genannt` as the only verb of its clause: an apposition giving a name
    for text in ("Die Krankheit, auch Bergfieber genannt, ist in den Alpen kaum bekannt.",
                 "Der Asteroid, genannt 2011 KX4, hat die Größe eines Hauses.",
                 "Das Verfahren, kurz „Turbo“ genannt, soll im Herbst eingeführt werden."):
        assert tagged_nlp(text)._.quotes == [], text
    # negatives: `genannt` with its auxiliary reports what someone gave as a reason
    text = "Der Minister hatte als Grund genannt, dass die Kosten zu hoch seien."
    doc = tagged_nlp(text)
    assert [(q.type, q.cue, q.speaker.text, text[q.content_start:q.content_end]) for q in doc._.quotes] == [
        ("INDIRECT", "genannt", "Der Minister", "dass die Kosten zu hoch seien")]
    text = "Als Grund für den Rücktritt wurde genannt, dass der Minister krank sei."
    assert [(q.type, q.cue) for q in tagged_nlp(text)._.quotes] == [("INDIRECT", "genannt")]


def test_an_office_the_dateline_places_is_the_one_holder_of_it_the_document_names(tagged_nlp):
    # `Wien – … Die Innenministerin kritisierte … Innenministerin X`: the text names her who held the office
    text = ("Graz – Die Lage ist ruhig. Die {} kritisierte die Zölle. "
            "Im Jänner hatte Innenministerin Johanna Mikl-Leitner eine Reform angekündigt.")
    claims = tagged_nlp(text.format("Innenministerin"))._.claims
    assert [(c.actor, c.actor_country) for c in claims if c.sentence.startswith("Die")] == [("Johanna Mikl-Leitner", "AUT")]
    # negative: another office stays the office of the dateline's country
    claims = tagged_nlp(text.format("Finanzministerin"))._.claims
    assert [(c.actor, c.actor_country) for c in claims if c.sentence.startswith("Die")] == [("Minister (AUT)", "AUT")]


def test_a_plural_past_between_two_speeches_of_one_speaker_is_theirs(tagged_nlp):
    # `zeigten`, `gehörten`: a plural past in `-ten` is also the Konjunktiv II, which stands in for the plural
    # Konjunktiv I that looks like the indicative; between two speeches of the same speaker it is theirs
    text = ("Die Ministerin Anna Berger sagte am Montag, die Reform sei ein Erfolg. {} "
            "Man müsse aber noch mehr tun, sagte Berger.")
    for middle in ("Die Maßnahmen zeigten bereits Wirkung.", "Die Gemeinden gehörten an den Verhandlungstisch."):
        follow = [(q.sentence, q.speaker.actor) for q in tagged_nlp(text.format(middle))._.quotes
                  if q.rule == "indirect:follow-on"]
        assert follow == [(1, "Anna Berger")]
    # a t-stem's present (`gelten`), a past that is only the indicative (`zogen`), a past the story's time places
    # (`danach`, `heute`, `am Mittag`: the author narrates), a modal's past (`sollten`, `wollten`: a plan told),
    # or another speaker after it
    for middle in ("Die alten Regeln gelten weiter.", "Die Demonstranten zogen vor das Parlament.",
                   "Die Abgeordneten stimmten danach über das Gesetz ab.",
                   "Die Gespräche weiteten sich heute auf weitere Bereiche aus.",
                   "Die Händler öffneten am Mittag ihre Geschäfte.",
                   "Nach der Kundgebung sollten die Teilnehmer den Platz verlassen.",
                   "Die Gewerkschaften wollten den Streik fortsetzen."):
        assert not [q for q in tagged_nlp(text.format(middle))._.quotes
                    if q.sentence == 1 and q.rule == "indirect:follow-on"], middle
    # nor a sentence that opens a paragraph: the author takes up the story again
    split = text.format("Die Maßnahmen zeigten bereits Wirkung.").replace(" Die Maßnahmen", "\n\nDie Maßnahmen")
    assert not [q for q in tagged_nlp(split)._.quotes if q.sentence == 1 and q.rule == "indirect:follow-on"]
    other = text.format("Die Maßnahmen zeigten bereits Wirkung.").replace(
        "Man müsse aber noch mehr tun, sagte Berger.", "Der Abgeordnete Karl Huber sagte dagegen, die Reform sei gescheitert.")
    assert not [q for q in tagged_nlp(other)._.quotes if q.sentence == 1]


@pytest.mark.parametrize("text, rest", [
    ("Wir haben lange und hart verhandelt, sagte die Ministerin am Montag in Graz, "
     "aber jetzt werden auch die Gemeinden ihren Beitrag leisten.", True),
    ("Die Reform sei noch nicht fertig, meinte der Landesrat, doch erste Schritte sollen im Frühjahr folgen.", True),
    # the author's sequel in the past, and a clause about the speaker in the indicative: no words of hers
    ("Wir haben lange und hart verhandelt, sagte die Ministerin am Montag in Graz, "
     "doch die Gemeinden lehnten den Vorschlag ab.", False),
    ("Die Reform sei noch nicht fertig, meinte die Landesrätin, aber sie lächelt dabei.", False),
])
def test_a_contrasting_clause_after_the_inquit_goes_on_with_the_speech(tagged_nlp, text, rest):
    # `…, sagte X, aber jetzt werden …`: the clause after the inquit is the speaker's claim too
    quote = next(q for q in tagged_nlp(text)._.quotes if q.type == "INDIRECT")
    assert text[quote.content_start:quote.content_end] == (text[:-1] if rest else text[:text.index(",")])
