"""German word sets are lexicon data (issue #12, point 6): each test edits a class in a copy of
`data/lexicons/` and shows that a rule on a real German example follows the edit."""

import shutil

import pytest

from pipeline.lexicons import default_lexicon_dir, load_lexicons


@pytest.fixture
def lexicon_copy(tmp_path):
    target = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), target)
    return target


def drop_words(directory, word_class: str, *words: str) -> None:
    """Remove rows `word,word_class` from german.csv."""
    path = directory / "german.csv"
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line not in {f"{word},{word_class}" for word in words}]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def add_words(directory, word_class: str, *words: str) -> None:
    with open(directory / "german.csv", "a", encoding="utf-8") as handle:
        handle.write("".join(f"{word},{word_class}\n" for word in words))


def matches(lexicons, form: str) -> bool:
    return any(cue.regex.fullmatch(form) for cue in lexicons.cues if cue.kind in ("speech", "act"))


def test_inseparable_prefixes_come_from_german_csv(lexicon_copy):
    """`hat … verlangt` (no ge-) because `ver` is an inseparable prefix of german.csv."""
    shipped = load_lexicons()
    assert "ver" in shipped.word_class("inseparable_prefix")
    assert matches(shipped, "verlangt") and not matches(shipped, "geverlangt")
    drop_words(lexicon_copy, "inseparable_prefix", "ver")
    edited = load_lexicons(lexicon_copy)
    assert matches(edited, "geverlangt")
    assert not matches(edited, "gebeantragt")  # the other prefixes are still read


def sentence(words: list[str], pos: list[str], deps: list[str], heads: list[int]):
    """A parsed Doc built by hand: the rule sees the parse a model would give."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("de").vocab, words=words, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize("dep, shipped_end", [("da", None), ("nmod", 5)])
def test_dative_articles_come_from_german_csv(lexicon_copy, dep, shipped_end):
    """`sagte der Sprecher der Zeitung`: with `der` a dative article, `der Zeitung` parsed as an
    object (da) is no genitive attribute of the speaker; as nmod it is one, whatever the class."""
    from pipeline.phrases import NounPhrases

    doc = sentence(["sagte", "der", "Sprecher", "der", "Zeitung"], ["VERB", "DET", "NOUN", "DET", "NOUN"],
                   ["ROOT", "nk", "sb", "nk", dep], [0, 2, 0, 4, 0 if dep == "da" else 2])
    never = lambda token: False  # noqa: E731
    shipped = NounPhrases(load_lexicons(), never, never)
    assert "der" in shipped.dative_articles
    assert shipped.attribute_end(doc, 3, len(doc)) == shipped_end
    drop_words(lexicon_copy, "dative_article", "der")
    assert NounPhrases(load_lexicons(lexicon_copy), never, never).attribute_end(doc, 3, len(doc)) == 5


def test_party_compound_forms_come_from_organisations_csv(lexicon_copy):
    """`VP-Chef`, `SP-Chef`: the short forms of organisations.csv (`compound_forms`) give the
    party; `SP` is the Swiss SP's name, but as a compound form it stands for the SPÖ."""
    from pipeline.nlp import build_nlp

    text = "Der VP-Chef forderte am Montag eine Steuerreform. Der SP-Chef forderte am Dienstag eine Steuerreform."

    def sides(lexicon_dir=None):
        return [(c.actor_country, c.sentence.split("-")[0]) for c in build_nlp("blank", lexicon_dir=lexicon_dir)(
            text)._.claims]

    assert sides() == [("AUT", "Der VP"), ("AUT", "Der SP")]
    path = lexicon_copy / "knowledge" / "organisations.csv"
    csv_text = path.read_text(encoding="utf-8")
    assert ",AUT,party,VP," in csv_text and ",AUT,party,SP," in csv_text
    path.write_text(csv_text.replace(",AUT,party,VP,", ",AUT,party,,").replace(",AUT,party,SP,", ",AUT,party,,"),
                    encoding="utf-8")
    assert sides(lexicon_copy) == [("CHE", "Der SP")]  # VP names no party now, SP the Swiss one


@pytest.mark.parametrize("name, shipped, word_class, word, edited", [
    ("Ursula von der Leyen", "von der Leyen", "surname_particle", "von", "der Leyen"),
    ("Karl-Theodor zu Guttenberg", "zu Guttenberg|Guttenberg", "bare_surname_particle", "zu", "zu Guttenberg"),
    ("Bashar al-Assad", "al-Assad|Assad", "surname_article", "al", "al-Assad"),
    ("Martin Luther King Jr.", "King", "name_suffix", "jr.", "Jr."),
    ("Olaf Scholz", "Scholz", "surname_particle", "von", "Scholz"),  # a name without particles
])
def test_name_words_of_the_knowledge_build_come_from_german_csv(lexicon_copy, name, shipped, word_class, word,
                                                               edited):
    from pipeline.knowledge_build import NameWords, derive_surname

    assert derive_surname(name, NameWords.from_lexicons(load_lexicons())) == shipped
    drop_words(lexicon_copy, word_class, word)
    assert derive_surname(name, NameWords.from_lexicons(load_lexicons(lexicon_copy))) == edited


def claim_types(text: str, lexicon_dir=None) -> list[tuple[str, str]]:
    from pipeline.nlp import build_nlp

    return [(c.actor_country, c.claim_type) for c in build_nlp("blank", lexicon_dir=lexicon_dir)(text)._.claims]


def test_verb_negators_come_from_german_csv(lexicon_copy):
    """`einigten sich … nicht`: no agreement, and no claim, because `nicht` is a verb negator."""
    negated = "Auf einen Termin einigten sich Lawrow und Rubio in Riad aber zunächst nicht."
    agreed = "Auf einen Termin einigten sich Lawrow und Rubio in Riad."
    assert claim_types(negated) == []
    assert ("RUS", "AGREEMENT") in claim_types(agreed)
    drop_words(lexicon_copy, "verb_negator", "nicht")
    assert ("RUS", "AGREEMENT") in claim_types(negated, lexicon_copy)
    assert claim_types(negated.replace("nicht", "keineswegs"), lexicon_copy) == []  # the other words still count


def test_negation_cancellers_come_from_german_csv(lexicon_copy):
    """`nicht nur` and `nicht ohne` negate neither an agreement nor a position."""
    agreement = "Mit Putin vereinbarte Trump nicht nur den Start von Friedensverhandlungen."
    position = "Nach Kreml-Angaben zeigt sich Putin nicht ohne Bedingungen offen für Gespräche mit der Ukraine."
    assert ("USA", "AGREEMENT") in claim_types(agreement)
    assert ("RUS", "REJECTION") not in claim_types(position)
    drop_words(lexicon_copy, "negation_canceller", "nur", "ohne")
    assert ("USA", "AGREEMENT") not in claim_types(agreement, lexicon_copy)
    assert ("RUS", "REJECTION") in claim_types(position, lexicon_copy)


def test_publication_markers_come_from_german_csv(lexicon_copy):
    """`zuerst veröffentlicht am 3. März 2025` dates an undated text; `gedruckt` marks no date line."""
    from pipeline.ingest import SourceDocument, extract_metadata, split_paragraphs

    def date_of(text: str, lexicons) -> str:
        doc = SourceDocument(doc_id="t", path="t.txt", text=text)
        doc.paragraphs = split_paragraphs(text)
        extract_metadata(doc, lexicons)
        return doc.date

    text = "Die Regierung plant neue Steuern.\nDieser Artikel wurde zuerst veröffentlicht am 3. März 2025."
    assert date_of(text, load_lexicons()) == "3. März 2025"
    assert date_of(text.replace("zuerst veröffentlicht", "gedruckt"), load_lexicons()) == ""
    drop_words(lexicon_copy, "publication_marker", "zuerst", "veröffentlicht")
    assert date_of(text, load_lexicons(lexicon_copy)) == ""
    add_words(lexicon_copy, "publication_marker", "gedruckt")
    assert date_of(text.replace("zuerst veröffentlicht", "gedruckt"), load_lexicons(lexicon_copy)) == "3. März 2025"
