"""Each attribution pattern on real German sentences, with a negative case for each."""


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
    assert events(nlp, "Putin sieht die Ukraine als „antirussisches Projekt“ des Westens.") == []


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


def test_claim_verb_in_the_sentence_wins_over_the_source_marker(nlp):
    found = events(nlp, "Nach Kreml-Angaben zeigt sich Putin offen für Gespräche.")
    assert [e[:2] for e in found] == [("REPORTED", "Wladimir Putin")]


def test_pronoun_resolves_to_previous_person(nlp):
    text = "Auch US-Außenminister Marco Rubio reiste nach Riad. Zwar forderte er die NATO-Staaten auf, mehr auszugeben."
    assert ("INDIRECT", "Marco Rubio") in [e[:2] for e in events(nlp, text)]  # `auffordern, … zu tun`


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


def test_a_relative_clause_after_the_speaker_is_no_content(tagged_nlp):
    def contents(text):
        doc = tagged_nlp(text)
        return [doc.text[q.content_start:q.content_end] for q in doc._.quotes]
    assert contents("Die Regierung sucht nach Sündenböcken, sagte Grünen-Chef Cem Özdemir, der Berichterstatter "
                    "des Ausschusses ist.") == ["Die Regierung sucht nach Sündenböcken"]
    assert contents("Moskau sei bereit, sagte Kremlsprecher Dmitri Peskow, der Westen lüge.") == ["der Westen lüge"]
