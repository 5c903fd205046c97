"""The literal prefilter of the lexicons' regexes: it may let a text through that the regex then
rejects, but never rejects a text the regex matches."""

import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.bundle import load_bundle
from pipeline.literals import _alternated_words, _leading, fold, may_match, required_literals, required_substrings, sre_parse
from pipeline.topics import TopicCoder


def literals(pattern: str, flags: int = re.IGNORECASE):
    return required_literals(re.compile(pattern, flags))


def test_alternations_groups_and_small_classes_give_their_leading_words():
    assert literals(r"flüchtling|\basyl|(?:drogen|spiel)sucht") == {"flüchtling", "asyl", "drogensucht", "spielsucht"}
    assert literals(r"\bschul(?!d|ter)") == {"schul"}
    assert literals(r"[äa]rzt|unis?\b") == {"ärzt", "arzt", "uni"}
    assert literals(r"(?<!nicht )Straße") == {"strasse"}  # case-folded like the text it is tested on


def test_patterns_that_may_start_with_anything_have_no_prefilter():
    assert literals(r"\w+spital") is None
    assert literals(r"asyl|.*flucht") is None
    assert literals(r"[a-z]+krieg") is None
    assert literals(r"(?-i:EU)-Gipfel") is None  # a group that changes the flags: not looked into
    assert may_match(None, "irgendein text")


def test_turkish_dotted_and_dotless_i_fold_as_re_matches_them():
    # re.IGNORECASE takes `İ` and `ı` for `i`: the prefilter must let both through
    for text in ("İSTANBUL", "Istanbul", "ıstanbul"):
        assert re.search("istanbul", text, re.IGNORECASE)
        assert may_match(literals("istanbul"), fold(text))
    assert not may_match(literals("istanbul"), fold("Ankara"))


def test_a_pattern_needs_the_longest_words_of_one_of_its_parts():
    """Past a first part that is no literal or a short one: the issue rules' `zu … Beziehungen`, an
    appointment's `…treffen`, also in a group that changes the flags."""
    def substrings(pattern: str):
        return required_substrings(re.compile(pattern, re.IGNORECASE))

    assert substrings(r"\b(?:zu|zur|mit)\s+(?:\w+\s+){1,3}beziehungen") == {"beziehungen"}
    assert substrings(r"\w(?<!hinter)(?<!be)treffen|(?-i:\bTreffen\b)|gipfel") == {"treffen", "gipfel"}
    assert substrings(r"flüchtling|\basyl|(?:drogen|spiel)sucht") == {"flüchtling", "asyl", "drogensucht", "spielsucht"}
    assert substrings(r"\w+spital") == {"spital"}
    assert substrings(r"asyl|.*") is None and substrings(r"[a-z]+") is None


def test_a_plain_alternation_of_words_is_read_without_the_parser():
    """`(?:sagt|sagte|Gesagt)`, as verbs.csv's forms give it: its folded words, the literals the parser
    would find; a pattern with anything but words and `|` is left to the parser."""
    plain = re.compile("(?:sagt|sagte|Gesagt|Straße)", re.IGNORECASE)
    assert _alternated_words(plain) == {"sagt", "sagte", "gesagt", "strasse"}
    assert required_literals(plain) == required_substrings(plain) == _alternated_words(plain)
    for pattern in (r"(?:sagt|sagte)\b", r"(?:sagt(e)?)", "sag(?:t|te)", "(?:sagt|)", r"sagt\w+", "(?:sagt)|(?:sagte)"):
        assert _alternated_words(re.compile(pattern, re.IGNORECASE)) is None


RULES = TopicCoder().rules
LEXICONS = load_bundle().lexicons
LEXICON_RULES = RULES + LEXICONS.issues + LEXICONS.cues_of("content")
WORDS = ["Flüchtlinge", "ASYL", "Schulden", "Schule", "Ärzte", "Spitäler", "Strom", "Gasse", "Gas",
         "İnce", "Straße", "STRASSE", "Mieten", "Klimawandel", "Ölpreis", "Pflegen", "Uni", "Bauer"]


def test_the_plain_alternations_of_the_lexicons_give_what_the_parser_gives():
    patterns = [cue.regex for cue in LEXICONS.cues] + [rule.regex for rule in LEXICON_RULES]
    plain = [pattern for pattern in patterns if _alternated_words(pattern) is not None]
    assert len(plain) > len(patterns) // 2
    for pattern in plain:
        parsed = _leading_literals(pattern)
        assert parsed == _alternated_words(pattern), pattern.pattern


def _leading_literals(pattern: re.Pattern) -> frozenset[str]:
    """`required_literals` by the parser alone."""
    prefixes, _ = _leading(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    return frozenset(fold(prefix) for prefix in prefixes)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=6), min_size=1, max_size=6),
       st.sampled_from(RULES))
def test_a_text_the_rule_matches_always_passes_its_prefilter(words, rule):
    text = " ".join(words)
    if rule.regex.search(text):
        assert may_match(required_literals(rule.regex), fold(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["Beziehungen", "Treffen", "zum", "Gipfeltreffen", "Verteidigungsausgaben",
                                         "nicht", "gegen", "dafür"]) | st.text(min_size=1, max_size=6),
                min_size=1, max_size=8),
       st.sampled_from(LEXICON_RULES))
def test_a_text_a_lexicon_rule_matches_always_holds_one_of_its_substrings(words, rule):
    text = " ".join(words)
    if rule.regex.search(text):
        assert may_match(required_substrings(rule.regex), fold(text))


def test_the_prefix_index_offers_every_cue_a_word_may_fullmatch_in_order():
    from pipeline.literals import PrefixIndex
    patterns = [re.compile(p, re.IGNORECASE) for p in
                (r"sag(?:t|te|ten)", r"(?:maximal)?forderung(?:en)?", r"kritisier\w*", r"sagen", r"äußer\w+")]
    index = PrefixIndex(patterns)
    assert index.candidates("sagte") == [0, 1]  # the pattern without literals is always offered
    assert index.candidates("sagen") == [1, 3]  # `sag(?:t|te|ten)` needs `sagt`
    assert index.candidates("Äußerte") == [1, 4]
    assert index.candidates("haus") == [1]
    for word in ("sagte", "sagen", "kritisierte", "äußerten", "maximalforderungen", "Forderung", "haus"):
        offered = index.candidates(word)
        assert [i for i, p in enumerate(patterns) if p.fullmatch(word)] == [i for i in offered if patterns[i].fullmatch(word)]


def test_the_prefix_index_tests_the_patterns_without_literals_at_once():
    """Patterns without literals (`[A-Z][a-z]+minister`) are offered only to a word one of them matches at
    its start, found by their alternation in one test; the same patterns match as before."""
    from pipeline.literals import PrefixIndex, any_match
    patterns = [re.compile(p) for p in (r"^[A-ZÄÖÜ][a-zäöüß]+minister(in)?$", r"^(Vize)?[Kk]anzler(in)?$",
                                        r"^[A-ZÄÖÜ][a-zäöüß]+sprecher(in)?$", r"^Präsident(in)?$")]
    index = PrefixIndex(patterns)
    assert index.always_gate is not None
    assert index.candidates("Haus") == []  # no pattern without literals matches it: none offered
    assert index.candidates("Außenministerin") == [0, 1, 2]
    assert index.candidates("Präsidentin") == [3]
    for word in ("Haus", "Außenministerin", "Vizekanzler", "Kanzlerin", "Regierungssprecher", "Präsident", "Minister"):
        offered = index.candidates(word)
        assert [i for i, p in enumerate(patterns) if p.match(word)] == [i for i in offered if patterns[i].match(word)]
    # no union where it would not mean the same: a back reference, other flags, a global flag inside
    assert any_match([re.compile(r"(a)\1"), re.compile(r"b+")]) is None
    assert any_match([re.compile(r"a+"), re.compile(r"b+", re.IGNORECASE)]) is None
    assert any_match([re.compile(r"a+"), re.compile(r"(?i)b+")]) is None
    assert any_match([re.compile(r"a+")]) is None


def test_the_search_filter_offers_the_entries_a_text_may_match_in_their_order():
    from pipeline.literals import SearchFilter
    rules = TopicCoder().rules
    offered = SearchFilter(rules).candidates("Die Flüchtlinge erreichten das Spital.")
    assert [r for r in rules if r.regex.search("Die Flüchtlinge erreichten das Spital.")] == \
        [r for r in offered if r.regex.search("Die Flüchtlinge erreichten das Spital.")]
    assert offered == [r for r in rules if r in offered] and len(offered) < len(rules)
    assert SearchFilter(rules).candidates("Der Zug fuhr pünktlich ab.") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=6), min_size=0, max_size=6))
def test_the_search_filter_offers_exactly_the_entries_whose_literals_the_text_holds(words):
    """Filing literals under their first four letters changes nothing: the same entries as testing
    every entry's literals (`Ölpreis` offers the energy rules; `Der Zug fuhr` none)."""
    from pipeline.literals import SearchFilter
    search = SearchFilter(RULES)
    for text in (" ".join(words), "Der Ölpreis stieg.", "Der Zug fuhr pünktlich ab.", "ı", ""):
        assert search.candidates(text) == [r for r, found in zip(RULES, search.literals) if may_match(found, fold(text))]


def twin(pattern: str, flags: int = re.IGNORECASE):
    from pipeline.literals import caseless_twin
    return caseless_twin(re.compile(pattern, flags))


def test_a_lower_case_pattern_has_a_case_sensitive_twin_for_the_lower_cased_text():
    from pipeline.literals import lowered
    found = twin(r"\b(?:flüchtling|asyl)\w*|(?<!keine )grenzen? [a-zäöüß]+")
    text = "Die ASYLWERBER und Flüchtlinge kamen über die Grenze Ungarns."
    assert found is not None and not found.flags & re.IGNORECASE
    assert [m.span() for m in found.finditer(lowered(text))] == \
        [m.span() for m in re.finditer(found.pattern, text, re.IGNORECASE)]


def test_no_twin_where_case_sensitive_matching_could_differ():
    assert twin(r"EU-Gipfel") is None  # an upper-case letter
    assert twin(r"[A-Z]+krieg") is None  # a range over upper-case letters
    assert twin(r"(?-i:eu)-gipfel") is None  # a group that changes the flags
    assert twin(r"asyl", 0) is None  # case-sensitive already
    assert twin(r"ſtaat") is None  # an odd-case letter


def test_texts_whose_lower_case_moves_offsets_or_has_odd_cases_are_not_lowered():
    from pipeline.literals import lowered
    assert lowered("Die Grenze") == "die grenze"
    assert lowered("İstanbul") is None  # `İ` lowers to two characters
    assert lowered("Die Grenze bei ſtaat") is None  # `re` matches `ſ` with `s`
    assert lowered("10 µg") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=6), min_size=0, max_size=6))
def test_the_search_filter_finds_the_same_matches_with_or_without_twins(words):
    """`searches` runs a twin on the lower-cased text where it can: every match at the same offsets as
    the entry's own regex on the text (also with `İ`, `ı`, `ß`, `ẞ` and random characters)."""
    from pipeline.literals import SearchFilter
    search = SearchFilter(RULES)
    for text in (" ".join(words), "Die FLÜCHTLINGE und das Spital.", "İNCE ıSTANBUL ẞTRASSE", ""):
        runs = {id(rule): (regex, target) for rule, regex, target in search.searches(text)}
        for rule in search.candidates(text):
            regex, target = runs[id(rule)]
            assert [m.span() for m in regex.finditer(target)] == [m.span() for m in rule.regex.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["Außenministerin", "Innenministerium", "Generalkonsulat", "Botschaft", "Haus", "Landesrätin",
                        "Regierungssprecher", "Politologe", "Staatsanwalt", "Obmann", "Kanzler", "ẞTRASSE"])
       | st.text(min_size=1, max_size=12))
def test_the_prefix_index_gate_in_parts_answers_as_its_one_alternation(word):
    """`_opens` tests the patterns without literals that need a substring (`[A-ZÄÖÜ][a-zäöüß]+minister`) only
    where the word holds it, the others (`^(Botschaft|(General)?[Kk]onsulat)s?$`) at once: it answers as
    `always_gate.match` does, on the roles.csv patterns; a word that holds none of the substrings is tested
    against the others alone."""
    from pipeline.literals import PrefixIndex
    index = PrefixIndex([role.regex for role in LEXICONS.roles])
    assert index.always_gate is not None and index.literal_patterns  # (every such role pattern needs a substring)
    assert index._opens(word, fold(word)) == bool(index.always_gate.match(word))


def test_a_pattern_needs_one_of_the_strings_of_a_group_or_alternation_every_match_passes_through():
    """`\\b(leider|(viel )?zu wenig|schwierig)\\b`: no literal opens every alternative, but each holds one;
    `\\b(?:Uhr|Zeit) tickt|\\bnur wenn` parses as `\\b` before the alternation; a repeat at least once holds its
    group's strings. Not an optional group's nor a lookbehind's: a match need not hold them."""
    def substrings(pattern: str):
        return required_substrings(re.compile(pattern, re.IGNORECASE))

    assert substrings(r"(?<!kein )\b(leider|(viel )?zu wenig|schwierig(?:e[nmrs]?)?)\b") == {
        "leider", "zu wenig", "schwierig"}
    assert substrings(r"\b(?:(die )?(uhr|zeit) tickt|nur (dann|wenn))\b") == {"uhr tickt", "zeit tickt", "nur dann", "nur wenn"}
    assert substrings(r"(?:\w+ (?:krieg|streit))+") == {" krieg", " streit"}
    assert substrings(r"\b(?:(viel )?\w+|zu wenig)") is None  # an alternative that needs nothing
    assert substrings(r"(?<!nicht )(\w+ )*\w+") is None  # a lookbehind's and an optional group's words
    for text in ("Das ist leider so", "Es gibt viel zu wenig Geld", "Die Uhr tickt", "nur dann"):
        assert re.search(r"(?<!kein )\b(leider|(viel )?zu wenig|schwierig(?:e[nmrs]?)?)\b|\b(?:(die )?(uhr|zeit) "
                         r"tickt|nur (dann|wenn))\b", text, re.I)
        assert may_match(substrings(r"(?<!kein )\b(leider|(viel )?zu wenig|schwierig(?:e[nmrs]?)?)\b|\b(?:(die )?"
                                    r"(uhr|zeit) tickt|nur (dann|wenn))\b"), fold(text))


def test_a_pattern_whose_alternatives_open_with_assertions_is_searched_behind_a_lookahead_for_its_first_letters():
    """`(?<!wie )\\bnie\\b|\\bunsinn|kein grund`: `re` looks for no first letter where an alternative opens with
    `\\b` or a lookbehind; `search_twins` puts a lookahead for `k`, `n`, `u` before it (on the twin for the
    lower-cased text), which finds the same matches, groups and offsets. Not where `re` scans for the first
    letter itself (`asyl|flucht`), nor where a match may start with anything (`\\w+spital`) or nothing."""
    from pipeline.literals import lowered, search_twins
    pattern = re.compile(r"(?<!wie )\bnie\b(?! zuvor)|\b(unsinn)\b|kein grund|\b(?:wolle|will)( \w+){0,3} nicht\b", re.I)
    twin, plain = search_twins(pattern)
    assert twin is not None and twin.pattern.startswith("(?=[knuw])") and plain is pattern
    for text in ("Das ist Unsinn, sagte er.", "Wie nie zuvor; er will das nie.", "Er wolle das so nicht.",
                 "Es gibt keinen Grund, aber KEIN GRUND", "Ein Niesen"):
        assert [[m.span(g) for g in range(3)] for m in twin.finditer(lowered(text))] == \
            [[m.span(g) for g in range(3)] for m in pattern.finditer(text)]
    case_sensitive = re.compile(r"\bEU\b|(?<!Nicht-)Mitglied")  # (no twin: the text as it is)
    assert search_twins(case_sensitive)[1].pattern.startswith("(?=[EM])")
    assert search_twins(re.compile(r"asyl|flucht", re.I))[0].pattern == "asyl|flucht"
    assert search_twins(re.compile(r"\w+spital", re.I))[0].pattern == r"\w+spital"
    assert search_twins(re.compile(r"\b(?:ab)?", re.I))[0].pattern == r"\b(?:ab)?"


def test_what_the_parser_found_is_read_back_by_the_next_process_instead_of_parsing_again(tmp_path, monkeypatch):
    """A process that builds a pipeline saves what parsing the lexicons' patterns found (under the code
    that found it); the next one reads it back. A plain alternation of words needs no parser and is
    not kept."""
    from pipeline import bundle as bundle_module
    from pipeline import literals as literals_module

    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(tmp_path))
    for name in ("_FOUND", "_USED", "_NEW_FOUND"):
        monkeypatch.setattr(literals_module, name, type(getattr(literals_module, name))())
    needs_parser = re.compile(r"\b(?:zu|mit)\s+(?:\w+\s+){1,3}beziehungen", re.IGNORECASE)
    plain = re.compile(r"(?:fordert|verlangt)", re.IGNORECASE)
    first = required_substrings.__wrapped__(needs_parser), required_substrings.__wrapped__(plain)
    assert first == ({"beziehungen"}, {"fordert", "verlangt"})
    bundle_module.save_literals(literals_module.found_to_save())
    assert literals_module.found_to_save() == {}  # nothing parsed since: nothing to save again

    # the next process: empty memory, the saved results read back, the parser never called
    monkeypatch.setattr(literals_module, "_FOUND", {})
    literals_module.load_found(bundle_module.saved_literals())
    assert list(literals_module._FOUND) == [("substrings", needs_parser.pattern, needs_parser.flags)]
    monkeypatch.setattr(literals_module, "_required_strings", lambda *args: pytest.fail("parsed again"))
    assert (required_substrings.__wrapped__(needs_parser), required_substrings.__wrapped__(plain)) == first
    # negative: a pattern never saved is parsed (here: the parser refused above)
    with pytest.raises(pytest.fail.Exception):
        required_literals.__wrapped__(re.compile(r"\bschul(?!d|ter)"))
