from pipeline.segment import content_sentences


def sentences(nlp, text):
    return [s.text for s in content_sentences(nlp(text))]


def test_abbreviations_do_not_end_sentences(nlp):
    text = "Dr. Müller und Nr. 5 der Liste kamen z. B. nach Riad. Dort sprachen sie."
    assert sentences(nlp, text) == ["Dr. Müller und Nr. 5 der Liste kamen z. B. nach Riad.", "Dort sprachen sie."]


def test_dates_with_ordinals_stay_in_one_sentence(nlp):
    text = "Am 18. Februar trafen sich Vertreter in Riad. Am 18.02.2025 begann das Treffen."
    assert sentences(nlp, text) == ["Am 18. Februar trafen sich Vertreter in Riad.", "Am 18.02.2025 begann das Treffen."]


def test_number_at_sentence_end_before_article_splits(nlp):
    text = "Die Zahl der Todesopfer stieg auf 19. Die Polizei sperrte die Straße."
    assert len(sentences(nlp, text)) == 2


def test_quote_spanning_two_sentences_splits_after_each_full_stop(nlp):
    text = "Rubio sagte: „Wir erwarten Fortschritte. Irgendwann wird klar sein, ob Russland Frieden will.“ Dann ging er."
    assert sentences(nlp, text) == ["Rubio sagte: „Wir erwarten Fortschritte.",
                                    "Irgendwann wird klar sein, ob Russland Frieden will.“", "Dann ging er."]


def test_closing_quote_followed_by_lowercase_cue_stays(nlp):
    text = "„Die Uhr läuft.“ sagte Rubio am Montag."
    assert len(sentences(nlp, text)) == 1


def test_line_breaks_end_headlines(nlp):
    text = "Kreml will verhandeln - und stellt Bedingungen\nNach Kreml-Angaben zeigt sich Putin offen."
    assert sentences(nlp, text) == ["Kreml will verhandeln - und stellt Bedingungen",
                                    "Nach Kreml-Angaben zeigt sich Putin offen."]


def test_sentence_offsets_are_exact(nlp):
    text = "Erster Satz.\r\n\r\nZweiter Satz mit „Zitat“. Dritter."
    doc = nlp(text)
    for sent in content_sentences(doc):
        assert text[sent.start_char:sent.end_char] == sent.text


def test_embedded_tweets_end_their_sentences(nlp):
    # scraped news keep embedded tweets: a hashtag can open a sentence and the tweet's link closes one
    doc = nlp("Boateng ist aber Deutscher. #AfD ist deutschfeindlich! pic.twitter.com/b8UnP8azAM "
              "Innenminister Thomas de Maizière sagte der Bild, die AfD schade dem Land.")
    assert [s.text.split()[0] for s in doc.sents] == ["Boateng", "#AfD", "Innenminister"]
    # a link inside a sentence followed by a lower-case word does not end it
    assert len(list(nlp("Er verwies auf www.example.org und auf den Bericht.").sents)) == 1


def test_sentence_starts_are_set_for_every_token_and_never_on_a_parsed_doc(tagged_nlp):
    """`mark_sentence_starts` writes one array: each token gets True or False, none stays unknown;
    a parsed document keeps its parser's boundaries (spaCy refuses to overwrite them)."""
    import pytest
    from pipeline.segment import mark_sentence_starts
    doc = tagged_nlp.make_doc("Kurz sagte, er sei dagegen. Dann ging er.")
    mark_sentence_starts(doc, [token.text in ("Kurz", "Dann") for token in doc])
    assert [token.is_sent_start for token in doc] == [True] + [False] * 6 + [True, False, False, False]
    assert [s.text for s in doc.sents] == ["Kurz sagte, er sei dagegen.", "Dann ging er."]
    parsed = tagged_nlp("Kurz sagte, er sei dagegen.")
    with pytest.raises(ValueError, match="before the parser"):
        mark_sentence_starts(parsed, [True] * len(parsed))


def test_a_sentence_without_stops_is_cut_at_a_clause_break_near_the_limit(nlp):
    """A results table or a text without full stops is no sentence of thousands of words: the
    attribution rules look across a sentence for each cue, so such a "sentence" took minutes."""
    from pipeline.segment import MAX_SENTENCE_TOKENS
    clauses = [f"die Partei {n} fordere mehr Geld für die Gemeinden" for n in range(120)]
    text = "Der Minister sagte, " + ", ".join(clauses) + "."
    doc = nlp(text)
    sents = list(doc.sents)
    assert len(sents) > len(doc) // MAX_SENTENCE_TOKENS
    assert all(len(s) <= MAX_SENTENCE_TOKENS for s in sents)
    assert all(s[-1].text in (",", ".") for s in sents)  # cut after a comma, not inside a clause
    assert "".join(s.text_with_ws for s in sents) == text
    # each cut piece still reports what was said: the rules run on every piece
    quotes = doc._.quotes
    assert len(quotes) > 100


def test_long_real_sentences_stay_whole(nlp):
    # the longest prose sentences in real news have about 150 tokens; a long one is not cut
    text = ("Die Regierung kündigte an, dass sie " + ", ".join(
        f"im Bundesland {n} die Förderung der Gemeinden erhöhen" for n in range(12)) + " werde.")
    doc = nlp(text)
    assert 100 < len(doc) < 200
    assert len(list(doc.sents)) == 1


def test_typewriter_quotes_after_a_stop_open_the_next_sentence(nlp):
    # `''` (two apostrophes: wiki italics or a typewriter quote) and `'` open a sentence after a stop
    text = "Der Minister sagte, die Regierung gebe nicht nach. ''Ich sehe das anders'', sagte sie. 'Nein', rief er."
    assert sentences(nlp, text) == ["Der Minister sagte, die Regierung gebe nicht nach.",
                                    "''Ich sehe das anders'', sagte sie.", "'Nein', rief er."]
    # attached to the stop they close it: no sentence starts inside `(sic!)''.`
    text = "Im Schreiben stand: „Behandelt wird die Sicherstellung der Kindern''(sic!)''.“ Die Mutter klagte."
    assert sentences(nlp, text) == ["Im Schreiben stand: „Behandelt wird die Sicherstellung der Kindern''(sic!)''.“",
                                    "Die Mutter klagte."]


def test_a_bare_domain_is_a_name_inside_its_sentence(nlp):
    """`ndr.de` names a medium: a link without a path ends no sentence (a tweet's link has one)."""
    doc = nlp("„Wir bleiben“, zitiert ndr.de Feuerwehrsprecher Jan Holm. Danach ging er.")
    assert [s.text.split()[0] for s in doc.sents] == ["„Wir", "Danach"]


def test_sentence_ranges_are_those_of_doc_sents(nlp):
    """sentence_ranges reads the SENT_START array; it must give doc.sents' token ranges, also for a
    Doc whose first token is not marked and for a Doc without sentence starts (spaCy's error)."""
    import pytest
    import spacy
    from pipeline.segment import sentence_ranges

    doc = nlp("Die Ministerin sagte am Montag, das Gesetz komme.\n\nDann ging sie. Er blieb.")
    assert sentence_ranges(doc) == [(s.start, s.end) for s in doc.sents]
    assert len(sentence_ranges(doc)) >= 3
    blank = spacy.blank("de")
    marked = blank("Eins zwei drei vier")
    marked[2].is_sent_start = True
    assert sentence_ranges(marked) == [(s.start, s.end) for s in marked.sents] == [(0, 2), (2, 4)]
    with pytest.raises(ValueError):
        sentence_ranges(blank("Ohne Satzgrenzen"))


def test_a_subheading_glued_to_the_next_sentence_is_split_off(nlp):
    # scraped news lose the line break after a subheading: a capitalised clause opener (german.csv
    # heading_follower) right after a few words that open the sentence starts the body sentence
    text = "Der Kanzler reiste nach Paris. Leise Kritik Bei der Sitzung drehte sich alles um das Budget."
    assert sentences(nlp, text) == ["Der Kanzler reiste nach Paris.", "Leise Kritik",
                                    "Bei der Sitzung drehte sich alles um das Budget."]
    text = "Er ging. Die Partei weist Vorwürfe zurück Es sei kein Geld geflossen, sagte der Sprecher."
    assert sentences(nlp, text)[1:] == ["Die Partei weist Vorwürfe zurück",
                                        "Es sei kein Geld geflossen, sagte der Sprecher."]
    # negatives: a title after a preposition, a title noun or a Konjunktiv, the polite `Sie`, a dateline
    for text in ("Er ging. Unter dem Titel Der Zauberer und das Übel führt der Autor ein.",
                 "Er ging. Bekannt wurde sie durch den Roman Die Stunde der Wahrheit.",
                 "Er ging. Der Film Das Erwachen der Macht lief gestern an.",
                 "Er ging. Sie habe Er ist unschuldig! gerufen.",
                 "Er ging. Vergessen Sie nicht: Ich habe Malerei studiert.",
                 "Er ging. Linz- Der Landtag tagte am Montag.",
                 "Er ging. Das sagte ein Sprecher der Stadt Den Haag am Montag.",
                 "Er ging. Laut Informationen des Magazins DER SPIEGEL hat der Fonds gezahlt."):
        assert len(sentences(nlp, text)) == 2, text


def test_a_regnal_numeral_before_a_sentence_starter_ends_the_sentence(nlp):
    # `II.` (one token with its stop) after a monarch's name ends the sentence where a capitalised
    # sentence_starter follows, as an ordinal does (`stieg auf 19. Die …`)
    text = "Der Minister traf auch Königin Margarethe II. Bei dem Treffen ging es um Handel."
    assert sentences(nlp, text) == ["Der Minister traf auch Königin Margarethe II.",
                                    "Bei dem Treffen ging es um Handel."]
    # negatives: a lower-case word or a name after the numeral goes on with the sentence
    for text in ("Der Minister traf Königin Margarethe II. und ihren Sohn in Kopenhagen.",
                 "Der Minister traf Königin Margarethe II. Anfang Mai in Kopenhagen."):
        assert len(sentences(nlp, text)) == 1, text
