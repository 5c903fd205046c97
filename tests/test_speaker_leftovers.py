"""Speakers German syntax rules out: a dative before the verb, a hearsay idiom, an adverb, an interview label."""


def actors(nlp, text: str) -> list[str]:
    """The actor of every quotation the pipeline finds in the text."""
    return [q.speaker.actor if q.speaker else "" for q in nlp(text)._.quotes]


def test_a_feminine_noun_after_der_before_the_verb_is_the_dative_target(tagged_nlp):
    # `der` before a feminine noun is no nominative: the accused stands first, the accuser after the verb
    assert actors(tagged_nlp, "Der Umweltministerin Anna Berger (SPD) warf Karl Lehner Untätigkeit vor.") == ["Karl Lehner"]
    # negative: `die` before the same noun and `der` before a masculine one are nominatives
    assert actors(tagged_nlp, "Die Umweltministerin Anna Berger (SPD) warf Karl Lehner Untätigkeit vor.") == ["Anna Berger"]
    assert actors(tagged_nlp, "Der Umweltminister Karl Lehner warf der Kanzlerin Untätigkeit vor.") == ["Karl Lehner"]


def test_dem_vernehmen_nach_names_no_source(tagged_nlp):
    # `Dem Vernehmen nach` is hearsay, no speaker called `Vernehmen`
    assert actors(tagged_nlp, "Dem Vernehmen nach steigen die Preise.") == []
    # negative: a noun of saying with its holder after `nach` stays a source
    assert len(actors(tagged_nlp, "Nach Angaben der Polizei steigen die Zahlen.")) == 1


def test_a_pronoun_right_after_the_verb_is_the_subject_after_a_lone_adverb(tagged_nlp):
    # `Generell attestieren sie …`: the capitalised adverb is no speaker, the pronoun after the verb is
    quotes = tagged_nlp("Generell attestieren sie dem Gesetz, ein gutes Werkzeug zu sein.")._.quotes
    assert [q.speaker.text for q in quotes] == ["sie"]
    # negative: a fronted phrase stays the subject when the pronoun after the verb is the object
    quotes = tagged_nlp("Die Regierung attestiert ihm, ein gutes Werkzeug zu sein.")._.quotes
    assert [q.speaker.text for q in quotes] == ["Die Regierung"]


def test_an_interview_label_before_a_colon_is_no_part_of_the_speaker(tagged_nlp):
    # `Frage: Der neue Bahnchef sagte …`: the interviewer's label names nobody; the phrase after it speaks
    quotes = tagged_nlp("Frage: Der neue Bahnchef sagte kürzlich, die Preise würden steigen.")._.quotes
    assert [q.speaker.text for q in quotes] == ["Der neue Bahnchef"]
    # negative: the same sentence without a label keeps its subject
    quotes = tagged_nlp("Der neue Bahnchef sagte kürzlich, die Preise würden steigen.")._.quotes
    assert [q.speaker.text for q in quotes] == ["Der neue Bahnchef"]


def test_a_prepositional_attribute_in_the_prefield_is_part_of_the_speaker(tagged_nlp):
    # the prefield before the finite verb is one phrase: the place after the subject belongs to its words
    quotes = tagged_nlp("Das Exilparlament im indischen Dharamshala erklärte, die Lage sei ernst.")._.quotes
    assert [q.speaker.text for q in quotes] == ["Das Exilparlament im indischen Dharamshala"]
    quotes = tagged_nlp("Der Senator aus Ohio hat gefordert, die Steuern zu senken.")._.quotes
    assert [q.speaker.text for q in quotes] == ["Der Senator aus Ohio"]
    # negative: a subject after the verb keeps its words, a place in the middle field is where it spoke
    quotes = tagged_nlp("Die Kommission hat am Montag in Brüssel erklärt, die Lage sei ernst.")._.quotes
    assert [q.speaker.text for q in quotes] == ["Die Kommission"]


def _speakers(doc):
    return [(q.speaker.text, q.speaker.actor) if q.speaker else None for q in doc._.quotes]


def test_a_quoted_body_with_a_masculine_noun_after_der_is_the_subject(tagged_nlp):
    # `der „Arbeitskreis …“`: a masculine noun, so `der` is the nominative and `der Regierung` the dative object
    doc = tagged_nlp("Am Montag warf der „Arbeitskreis Bürgerrechte“ der Regierung vor, die Grundrechte zu missachten.")
    assert _speakers(doc)[0][0] == "der „Arbeitskreis Bürgerrechte“"
    doc = tagged_nlp("Am Montag forderte der „Bund der Steuerzahler“ die Regierung auf, zu sparen.")
    assert _speakers(doc)[0][0] == "der „Bund der Steuerzahler“"
    # the tagger reads `wirft` as an adjective: in second place before the article it is the verb
    doc = tagged_nlp("Darüber hinaus wirft der „Arbeitskreis Bürgerrechte“ der Polizei vor, sich nicht an Absprachen "
                     "gehalten zu haben.")
    assert _speakers(doc)[0][0] == "der „Arbeitskreis Bürgerrechte“"
    # negative: a feminine medium after `der` is addressed, the subject follows it
    doc = tagged_nlp("Dazu sagte der „Berliner Morgenpost“ der Sprecher, dass es gehe.")
    assert _speakers(doc)[0][0] == "der Sprecher"


def test_a_quoted_name_glued_to_its_compound_noun_is_the_subject(tagged_nlp):
    # `„Bild“-Zeitung` is one token: the name in quotation marks and the noun of the compound
    doc = tagged_nlp("Wie die „Morgen“-Zeitung berichtet, werde der Minister zurücktreten.")
    assert _speakers(doc)[0][0] == "die „Morgen“-Zeitung"
    # negative: such a compound fronted as the object leaves the subject after the verb
    doc = tagged_nlp("Die „Reform“-Pläne kritisierte er scharf.")
    assert _speakers(doc)[0][0] == "er"


def test_a_time_before_the_verb_leaves_the_quoted_body_after_it_the_subject(tagged_nlp):
    # `Ende Mai 2019` is a time, no subject; `Schach-Bund`: a hyphenated compound ending in a masculine body noun
    doc = tagged_nlp("Ende Mai 2019 verkündete der „Deutsche Schach-Bund“ dann offiziell, dass er sich bewerben werde.")
    assert _speakers(doc)[0][0] == "der „Deutsche Schach-Bund“"
    # negative: a subject before the verb keeps the quoted medium after it the addressee
    doc = tagged_nlp("Der Minister sagte der „Zeitung“, dass es gehe.")
    assert _speakers(doc)[0][0] == "Der Minister"


def test_a_demonstrative_right_before_a_verb_the_tagger_reads_as_adjective_is_the_subject(tagged_nlp):
    # `Dieser behaupte, …`: the tagger reads the subjunctive verb as an adjective, yet the pronoun before
    # the verb is no article of a noun phrase but the subject
    doc = tagged_nlp("Die Polizei stützt sich auf einen Zeugen. Dieser behaupte, den Täter gesehen zu haben.")
    assert [s[0] for s in _speakers(doc)] == ["Dieser"]
    # negative: a demonstrative before an adjective and its noun opens that phrase
    doc = tagged_nlp("Diese neue Regelung kritisierte der Verband scharf.")
    assert "Diese" not in [s[0] for s in _speakers(doc) if s]
