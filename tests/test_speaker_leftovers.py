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
