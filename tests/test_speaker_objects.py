"""Speakers against the verb's objects: a nominative after the verb beats a fronted object or a dative
before it, and a medium the speaker addresses in the dative is no part of the speaker."""


def speakers(nlp, text: str) -> list[str]:
    """The speaker's words of every quotation the pipeline finds in the text."""
    return [q.speaker.text if q.speaker else "" for q in nlp(text)._.quotes]


def test_a_nominative_after_the_verb_is_the_subject_of_a_fronted_object(tagged_nlp):
    # `der Minister` after the verb in the singular is a nominative: the phrase before the verb is the object
    assert speakers(tagged_nlp, "Die Schulreform bezeichnete der Minister als Fehler.") == ["der Minister"]
    # an age noun in `-e` after `der` is one too
    assert speakers(tagged_nlp, "Das Urteil bezeichnete der 61-Jährige als Skandal.") == ["der 61-Jährige"]
    # negative: a feminine noun after `der` is a dative, the phrase before the verb stays the subject
    assert speakers(tagged_nlp, "Die Gewerkschaft warf der Ministerin Untätigkeit vor.") == ["Die Gewerkschaft"]


def test_a_dative_right_after_the_verb_gives_way_to_the_nominative_behind_it(tagged_nlp):
    # `sagte der Ministerin ein Berater`: the woman is addressed, the adviser speaks
    assert speakers(tagged_nlp, "Am Montag sagte der Ministerin ein Berater, die Reform komme zu spät.") == ["ein Berater"]
    assert speakers(tagged_nlp, "Dazu sagte dem Minister ein Berater, die Reform komme zu spät.") == ["ein Berater"]
    # negative: with no nominative behind it, the phrase after the verb is left as it was found
    assert speakers(tagged_nlp, "Die Reform komme zu spät, sagte ein Berater.") == ["ein Berater"]


def test_a_medium_after_a_body_is_the_addressee(tagged_nlp):
    # `ein Sprecher der Behörde der Zeitung`: a body's genitive is no newspaper; the paper was spoken to
    assert speakers(tagged_nlp, "Die Reform komme zu spät, sagte ein Sprecher der Regierung der Zeitung Nepszava.") \
        == ["ein Sprecher der Regierung"]
    assert speakers(tagged_nlp, "Das bestätigte die Polizei der Zeitung Aftonposten.") == ["die Polizei"]
    # negative: a report's genitive names the paper that wrote it
    assert speakers(tagged_nlp, "Das bestätigte ein Bericht der Zeitung Aftonposten.") \
        == ["ein Bericht der Zeitung Aftonposten"]


def test_a_medium_in_a_verb_final_clause_is_the_addressee(tagged_nlp):
    # `wie eine Sprecherin der APA bestätigte`: in the middle field the dative follows the subject
    assert speakers(tagged_nlp, "Gegen den Mann wird seit Monaten ermittelt, wie eine Polizeisprecherin der APA bestätigte.") \
        == ["eine Polizeisprecherin"]
    # negative: a main clause's prefield is one phrase, the medium's genitive stays with it
    assert speakers(tagged_nlp, "Ein Sprecher der Zeitung sagte, das Blatt werde eingestellt.") \
        == ["Ein Sprecher der Zeitung"]


def test_a_pronoun_before_a_nominative_is_the_object(tagged_nlp):
    # `hatte sie der Minister gewarnt`: `sie` stands first in the middle field as any pronoun does, the
    # nominative after it speaks
    assert speakers(tagged_nlp, "Zuvor hatte sie der Minister gewarnt, die Lage sei ernst.") == ["der Minister"]
    # negative: with a phrase that may be an object after it, the pronoun stays the subject
    assert speakers(tagged_nlp, "Davor hatte sie die Opposition gewarnt: Die Lage sei ernst.") == ["sie"]
    # negative: a body's noun in `-er` after `der` is a dative (`der Wirtschaftskammer`), no nominative
    assert speakers(tagged_nlp, "Bei der Reform wirft sie der Wirtschaftskammer eine Blockadehaltung vor.") == ["sie"]


def test_the_name_of_a_subject_after_an_appositive_title_keeps_the_title(tagged_nlp):
    # the parser's whole phrase after the verb is the subject already: its title stays in the speaker's words
    assert speakers(tagged_nlp, "Dies teilte der Geschäftsführer der Fraktion, Karl Lehner, mit.") \
        == ["der Geschäftsführer der Fraktion, Karl Lehner"]


def test_a_genitive_attribute_does_not_make_the_prefield_an_object(tagged_nlp):
    # `Ein Sprecher des Vereins sagte SPIEGEL ONLINE`: the genitive `des Vereins` is the attribute's case,
    # the phrase before the verb is the subject and the medium after it is addressed
    assert speakers(tagged_nlp, "Ein Sprecher des Vereins sagte SPIEGEL ONLINE, man prüfe den Fall.") \
        == ["Ein Sprecher des Vereins"]
    # negative: a head noun in the accusative still makes the prefield the object
    assert speakers(tagged_nlp, "Den Chef des Vereins kritisierte Anna Berg scharf.") == ["Anna Berg"]


def test_a_quantified_prefield_before_a_plural_auxiliary_is_the_subject(tagged_nlp):
    # `Einige der Abgeordneten … haben Ministerin Anna Berg … geschrieben`: the name in the middle field is addressed
    assert speakers(tagged_nlp, "Einige der Abgeordneten im Landtag haben Ministerin Anna Berg in einem Brief "
                                "geschrieben, dass die Reform scheitern werde.") == ["Einige der Abgeordneten im Landtag"]
    # negative: a pronoun in the middle field is the subject
    assert speakers(tagged_nlp, "Viele davon haben sie gewarnt, die Reform werde scheitern.") == ["sie"]


def test_a_title_and_name_in_commas_before_the_verb_are_its_subject(tagged_nlp):
    # the prefield is the title with its name (a party in brackets after it): the phrase after the verb is addressed
    assert speakers(tagged_nlp, "Der ehemalige Bürgermeister, Klaus Berger (SPD), warnte die CDU vor einem harten Wahlkampf.") \
        == ["Der ehemalige Bürgermeister, Klaus Berger (SPD)"]
    # also where an auxiliary is the finite verb and the cue its participle
    assert speakers(tagged_nlp, "Der Chef des Verbandes, Peter Schmidt, hatte Meier gestern aufgefordert, sein Amt niederzulegen.") \
        == ["Der Chef des Verbandes, Peter Schmidt"]
    # negative: a reported clause before the comma has no such prefield; the nominative after the verb speaks
    assert speakers(tagged_nlp, "Die Reform sei gescheitert, sagte der ehemalige Bürgermeister, Klaus Berger (SPD).") \
        == ["der ehemalige Bürgermeister, Klaus Berger (SPD)"]
    # negative: a fronted object with a relative clause leaves the phrase after the verb the subject
    assert speakers(tagged_nlp, "Die Reform, die Klaus Berger (SPD) vorgelegt hatte, kritisierte die CDU scharf.") == ["die CDU"]
    # negative: an object that names a report holds the content of the clause after it; the reports speak
    assert speakers(tagged_nlp, "Der Umweltminister des Landes, Hans Berger, hat Berichte der satirischen Wochenzeitung "
                                "„Le Petit Matin“ zurückgewiesen, er sei für den Posten vorgesehen.") \
        == ["Berichte der satirischen Wochenzeitung „Le Petit Matin“"]


def test_a_bare_name_after_a_dative_verb_is_addressed_where_a_subject_fills_the_prefield(tagged_nlp):
    # `X, zugleich Chefin der Y, warf Z Verrat vor`: a name right after a verb that governs a person in the
    # dative (german.csv dative_verb) is the one it targets; the fronted name in commas is the subject
    assert speakers(tagged_nlp, "Berlin – Angela Merkel, zugleich Chefin der CDU, warf Tsipras Verrat vor.") \
        == ["Angela Merkel, zugleich Chefin der CDU"]
    # negative: with a dative article behind it the name is the subject (the dative follows it)
    assert speakers(tagged_nlp, "Die Reform sei falsch, warf Tsipras der Regierung vor.")[0].startswith("Tsipras")


def test_a_title_after_a_possessive_with_a_titled_name_in_commas_is_the_prefield(tagged_nlp):
    # `Sein Stellvertreter, Kanzleramtsminister Max Huber, gibt Meier die Schuld`: a possessive opens the title
    # phrase, a role word stands before the name; the name after the verb is addressed
    assert speakers(tagged_nlp, "Wien – Sein Vertreter, Kanzleramtsminister Josef Ostermayer, gibt Reinhold Mitterlehner "
                                "ganz offen die Schuld am Scheitern des Gipfels.") \
        == ["Sein Vertreter, Kanzleramtsminister Josef Ostermayer"]
    # negative: a reported clause before the comma is no prefield; the name after the verb speaks
    assert speakers(tagged_nlp, "Die Reform sei gescheitert, sagte Kanzleramtsminister Josef Ostermayer.") \
        == ["Kanzleramtsminister Josef Ostermayer"]


def test_a_body_after_vor_is_the_place_of_a_protest_not_its_speaker(tagged_nlp):
    # `haben vor der Zentralbank protestiert`: `vor` (german.csv non_speaker_preposition) says where (or what
    # is warned of), the body after it is no speaker even when no other candidate stands in the clause
    text = ("Lissabon – Hunderte portugiesische Kleinsparer, die ihr Geld verloren haben, haben am Sonntag vor der "
            "Nationalbank in Lissabon gegen die Regierung protestiert.")
    assert "der Nationalbank in Lissabon" not in speakers(tagged_nlp, text), text
    # negative: after `in` the body may still speak (`heißt es in der ÖVP`)
    assert speakers(tagged_nlp, "Wien – Eine Koalition mit der SPÖ lehne man ab, hieß es am Montag in der ÖVP.") == ["der ÖVP"]


def test_a_finite_verb_the_tagger_reads_as_an_adjective_ends_the_subject(tagged_nlp):
    # `Die Gewerkschaften kritisierten Meier … und forderten`: a lower-case cue verb form with a finite
    # ending between two capitalised words ends the parsed subject, even tagged as an adjective
    assert speakers(tagged_nlp, "Die Gewerkschaften kritisierten Meier für die Pläne der Regierung und forderten "
                                "höhere Löhne.") == ["Die Gewerkschaften", "Die Gewerkschaften"]
    # negative: real adjectives before their noun stay in the phrase
    assert speakers(tagged_nlp, "Die neuen Abgeordneten forderten höhere Löhne.") == ["Die neuen Abgeordneten"]
    assert speakers(tagged_nlp, "Der gewählte Präsident Meier kritisierte die Regierung.") \
        == ["Der gewählte Präsident Meier"]


def test_a_dative_verb_before_a_coordinated_cue_ends_the_subject_and_takes_an_object(tagged_nlp):
    # `Die Rebellen dankten Kerry … und baten`: a lower-case verb form of german.csv dative_verb is no
    # adjective of the phrase, and the bare name right after it is its object, not the subject of the cue
    assert speakers(tagged_nlp, "Bogotá – Die Rebellen dankten Kerry für seine Vermittlung und baten um Geduld.") \
        == ["Die Rebellen"]
    assert speakers(tagged_nlp, "Die Bauern dankten Minister Meier für die Hilfe der Regierung und forderten "
                                "höhere Preise.") == ["Die Bauern"]
    # negative: a name that fronts the clause before the dative verb still speaks
    assert speakers(tagged_nlp, "Meier dankte den Bauern und forderte Neuwahlen.") == ["Meier"]


def test_a_mention_after_an_object_article_opening_the_sentence_is_no_fronted_subject(tagged_nlp):
    # `Den Internationalen Währungsfonds (IWF), dessen …, forderte er auf, …, bis …`: `Den` is no subject's
    # article, so the mention that opens the sentence before a comma speaks for no clause of it
    text = ("Den Internationalen Währungsfonds (IWF), dessen Gremien diese Woche tagen, forderte er auf, die "
            "Kredite an Ruritanien auszusetzen, bis der Präsident das Ergebnis anerkannt habe.")
    assert "Den Internationalen Währungsfonds (IWF)" not in speakers(tagged_nlp, text)
    # negative: a mention after a subject's article still fronts the sentence
    text = ("Der Internationale Währungsfonds (IWF), dessen Gremien diese Woche tagen, forderte die Regierung auf, "
            "die Kredite auszusetzen, bis der Präsident das Ergebnis anerkannt habe.")
    assert speakers(tagged_nlp, text)[0] == "Der Internationale Währungsfonds (IWF)"


def test_a_bare_name_after_a_plural_subject_of_a_dative_verb_is_its_object(tagged_nlp):
    # `werfen die Abgeordneten Meier vor`: after a german.csv dative_verb a bare name right after a plural
    # noun is the one accused (the dative), no apposition of the subject
    assert speakers(tagged_nlp, "In der Begründung werfen die Abgeordneten Meier vor, ihre Vorgangsweise habe "
                                "zur Ablehnung geführt.") == ["die Abgeordneten"]
    # negative: names listed after a plural title are its apposition
    assert speakers(tagged_nlp, "In der Begründung werfen die Abgeordneten Meier und Huber der Ministerin vor, "
                                "ihre Vorgangsweise habe zur Ablehnung geführt.")[0].startswith("die Abgeordneten Meier")


def test_the_clause_after_a_hearsay_source_keeps_its_own_subject(tagged_nlp):
    # `Laut X lehnt er … ab`: the pronoun after the finite verb acts, X vouches for it
    said = "Kanzler Werner Faymann traf am Montag die Sozialpartner. Laut Innenministerin Johanna Mikl-Leitner lehnt er die Reform ab."
    assert [(q.rule, q.speaker.actor) for q in tagged_nlp(said)._.quotes if q.type == "REPORTED"] \
        == [("reported:act", "Werner Faymann")]
    # a company no lexicon knows: its plan is nobody's claim, not the source's
    assert [q.rule for q in tagged_nlp("Laut Innenministerin Johanna Mikl-Leitner will die Wiener Tochter des Konzerns "
                                       "zwei Stellen finanzieren.")._.quotes] == ["indirect:source"]
    # negatives: a noun no actor is found for, and a bare name after the verb, leave the act the source's
    assert speakers(tagged_nlp, "Laut Innenministerin Johanna Mikl-Leitner will die Regierung die Grenze schließen.") \
        == ["Innenministerin Johanna Mikl-Leitner", "Innenministerin Johanna Mikl-Leitner"]
    assert speakers(tagged_nlp, "Laut Außenamtssprecher Bahram Ghasemi ist Teheran zu Gesprächen bereit.") \
        == ["Außenamtssprecher Bahram Ghasemi", "Außenamtssprecher Bahram Ghasemi"]


def test_a_name_in_the_genitive_of_a_prepositional_object_is_no_subject(tagged_nlp):
    # `wehren sich Tierschützer gegen eine Aktion des Künstlers X`: X is an attribute of what they oppose; the
    # campaigners are the subject (roles.csv: a group of the country their adjective names)
    assert [c.actor for c in tagged_nlp("Mit einer Petition wehren sich italienische Tierschützer gegen eine "
                                        "Kunstaktion des österreichischen Künstlers Hermann Nitsch in Palermo.")._.claims] \
        == ["Tierschützer (ITA)"]
    # negatives: a name in the subject's own genitive, and a subject after an adverbial of time, still act
    assert [c.actor for c in tagged_nlp("Am Montag wehrte sich der Sprecher des Kanzlers Werner Faymann gegen die Pläne.")._.claims] \
        == ["Werner Faymann"]
    assert [c.actor for c in tagged_nlp("Am Montag wehrte sich Werner Faymann gegen die Pläne der Ministerin "
                                        "Johanna Mikl-Leitner.")._.claims] == ["Werner Faymann"]


def test_a_phrase_after_a_preposition_that_names_no_source_is_no_speaker(tagged_nlp):
    # `…, warnt vor einer Spaltung der Union`: the phrase after `vor` (with its genitive) is the object of
    # the preposition; the second predicate shares the first clause's subject
    assert speakers(tagged_nlp, "Mehrmals bekennt er sich zur Zusammenarbeit, warnt vor einer Spaltung der Union "
                                "durch nationales Denken.") == ["er"]
    # negative: a preposition that may name a source keeps its phrase (`heißt es in einer Erklärung`)
    assert speakers(tagged_nlp, "Die Reform komme zu spät, heißt es in einer Erklärung der Gewerkschaft.") \
        == ["einer Erklärung der Gewerkschaft"]
    # negative: a subject after the verb is found as before, also behind such a phrase
    assert speakers(tagged_nlp, "Die Reform komme zu spät, sagte der Minister.") == ["der Minister"]
    assert speakers(tagged_nlp, "Die Reform komme zu spät, sagte vor der Presse der Minister.") == ["der Minister"]
