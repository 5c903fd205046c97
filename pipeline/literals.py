"""Literal prefilters for the lexicons' regexes.

Python's `re` tries every alternative of a long alternation at every position of a text, so a
topic rule with fifty keywords costs milliseconds per sentence even where none occurs. Most rules
are alternations of words (`flüchtling|\\basyl|(?:drogen|spiel)sucht`): every match begins with
one of a few literal strings. `required_literals` finds them (case-folded), and a plain substring test (`in`,
in C) rules the regex out before it runs. `required_substrings` also looks past a first word that
is no literal (`\\b(?:zu|mit)\\s+(?:\\w+\\s+){1,3}beziehungen` needs `beziehungen`). The regex still
decides every match, so the prefilter never changes a result; a pattern without such literals has
no prefilter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Generic, Iterator, Sequence, TypeVar

try:
    from re import _parser as sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

try:
    from re._casefix import _EXTRA_CASES  # Python >= 3.11: letters `re.IGNORECASE` takes for one another
except ImportError:  # pragma: no cover - no twins then (`caseless_twin` gives None)
    _EXTRA_CASES = None

_C = sre_parse  # opcodes (LITERAL, BRANCH, …) live in the parser's namespace
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
MAX_CLASS = 4  # a character class of up to this many letters (`[äa]rzt`) still gives literals
T = TypeVar("T")
START = 4  # letters of its start a literal is filed under in a SearchFilter


# a pattern of nothing but words between `|`, alone or in one group (`(?:sagt|sagte|gesagt)`, as
# verbs.csv's forms give it): two thirds of the lexicons' patterns, read without the parser
_WORD_ALTERNATION = re.compile(r"\(\?:([^\W\d_]+(?:\|[^\W\d_]+)*)\)|([^\W\d_]+(?:\|[^\W\d_]+)*)")


def _alternated_words(pattern: re.Pattern) -> frozenset[str] | None:
    """The case-folded words of a pattern that is only an alternation of words, else None: every
    match is one of them, so they are its `required_literals` and its `required_substrings`."""
    plain = _WORD_ALTERNATION.fullmatch(pattern.pattern)
    if plain is None:
        return None
    return frozenset(fold(word) for word in (plain.group(1) or plain.group(2)).split("|"))


def _parsed(pattern: re.Pattern) -> list | None:
    """The pattern's parser ops (sre_parse), or None where the parser fails."""
    try:
        return list(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled once already
        return None


# What `required_literals` and `required_substrings` found with the parser, by (which, pattern text,
# flags): a process that builds a pipeline reads what the last one saved (`load_found`,
# `found_to_save`; nlp.build_nlp), as parsing the lexicons' patterns took a fifth of its loading time.
_FOUND: dict[tuple[str, str, int], frozenset[str] | None] = {}
_USED: set[tuple[str, str, int]] = set()  # looked up in this process: what is saved
_NEW_FOUND: set[tuple[str, str, int]] = set()  # parsed in this process since the last save


def load_found(found: dict) -> None:
    """Take results saved by a process running the same code (`found_to_save`)."""
    _FOUND.update(found)


def found_to_save() -> dict[tuple[str, str, int], frozenset[str] | None]:
    """The results this process used, if it parsed some pattern since the last call (else empty)."""
    if not _NEW_FOUND:
        return {}
    _NEW_FOUND.clear()
    return {key: _FOUND[key] for key in _USED}


def _found(which: str, pattern: re.Pattern, strings_of: Callable[[list], set[str] | None]) -> frozenset[str] | None:
    """`_required_strings`, read from `_FOUND` where the parser was needed before."""
    words = _alternated_words(pattern)  # no parser needed: not kept (verb forms come in any order)
    if words is not None:
        return words
    key = (which, pattern.pattern, pattern.flags)
    _USED.add(key)
    try:
        return _FOUND[key]
    except KeyError:
        pass
    found = _FOUND[key] = _required_strings(pattern, strings_of)
    _NEW_FOUND.add(key)
    return found


@lru_cache(maxsize=16_384)  # the same cue patterns fill several indexes
def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Case-folded strings one of which every match of `pattern` starts with (after zero-width
    assertions); None when some alternative can start with anything (a class, a repeat, `.`)."""
    return _found("literals", pattern, _leading_strings)


def _leading_strings(ops: list) -> set[str]:
    return _leading(ops)[0]


@lru_cache(maxsize=16_384)
def required_substrings(pattern: re.Pattern) -> frozenset[str] | None:
    """Case-folded strings one of which every match of `pattern` contains: of each alternative, the
    literal prefixes of the part from one of its elements on (`_leading`) whose shortest string is
    longest (`\\w(?<!hinter)treffen` needs `treffen`; `(?:zu|mit)\\s+beziehungen` needs `beziehungen`,
    not `zu` or `mit`); None when some alternative needs none."""
    return _found("substrings", pattern, _contained)


def _required_strings(pattern: re.Pattern, strings_of: Callable[[list], set[str] | None]) -> frozenset[str] | None:
    """The case-folded strings `strings_of` finds in the pattern's parser ops (one of which every match
    needs), or the words of a plain alternation; None when it finds none or the empty string."""
    words = _alternated_words(pattern)
    if words is not None:
        return words
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = strings_of(parsed)
    if not found or "" in found:
        return None
    return frozenset(fold(p) for p in found)


def _contained(ops: list) -> set[str] | None:
    """Strings one of which every match of a sequence of parser ops contains, else None: the literal prefixes
    from one of its elements on, or the strings of a group, alternation or repeat that every match passes
    through (`_inner_contained`), whichever is `_rarer`; a group is looked into whatever its flags (its words
    are in the match either way)."""
    if len(ops) == 1 and ops[0][0] in (_C.BRANCH, _C.SUBPATTERN):
        return _inner_contained(*ops[0])
    best = None
    for k in range(len(ops)):
        prefixes, _ = _leading(ops[k:])
        if prefixes and "" not in prefixes and (best is None or _rarer(prefixes, best)):
            best = prefixes
        inner = _inner_contained(*ops[k])  # `\b(leider|(viel )?zu wenig|…)\b`: one of the group's strings
        if inner and "" not in inner and (best is None or _rarer(inner, best)):
            best = inner
    return best


def _inner_contained(op: int, arg: Any) -> set[str] | None:
    """`_contained` of what a group, an alternation (`\\b(?:a|b)` parses as `\\b` before `a|b`) or a repeat at
    least once, that every match passes through, holds."""
    if op is _C.BRANCH:
        parts = [_contained(list(alternative)) for alternative in arg[1]]
        return None if any(part is None for part in parts) else set().union(*parts)
    if op is _C.SUBPATTERN:
        return _contained(list(arg[3]))
    if op in _REPEATS and arg[0] >= 1:
        return _contained(list(arg[2]))
    return None


def _rarer(strings: set[str], other: set[str]) -> bool:
    """`strings` is the better prefilter: its shortest string is longer (or as long, and it has fewer)."""
    return (min(map(len, strings)), -len(strings)) > (min(map(len, other)), -len(other))


def fold(text: str) -> str:
    """Case-fold `text` so that whatever `re.IGNORECASE` takes for the same letter folds alike
    (also Turkish `İ` and `ı`, which `re` matches with `i`)."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")


def _leading(ops: list) -> tuple[set[str], bool]:
    """The literal prefixes of a sequence of parser ops, and whether they are the whole sequence
    (only then may what follows the sequence extend them)."""
    prefixes = {""}
    started = False
    for op, arg in ops:
        if op in _ZERO_WIDTH and not started:
            continue
        if op is _C.LITERAL:
            prefixes = {p + chr(arg) for p in prefixes}
        elif op is _C.IN and _letters(arg) is not None:
            prefixes = {p + c for p in prefixes for c in _letters(arg)}
        elif op is _C.BRANCH:
            parts = [_leading(list(alternative)) for alternative in arg[1]]
            prefixes = {p + q for p in prefixes for part, _ in parts for q in part}
            if not all(complete for _, complete in parts):
                return prefixes, False
        elif op is _C.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flag changes
            inner, complete = _leading(list(arg[3]))
            prefixes = {p + q for p in prefixes for q in inner}
            if not complete:
                return prefixes, False
        else:
            return prefixes, False
        started = True
    return prefixes, True


def _letters(items: list) -> list[str] | None:
    """The characters of a small class of plain characters (`[äa]`), else None."""
    if len(items) > MAX_CLASS or any(op is not _C.LITERAL for op, _ in items):
        return None
    return [chr(arg) for _, arg in items]


def may_match(literals: frozenset[str] | None, folded_text: str) -> bool:
    """False only when the pattern of `literals` cannot match a text (`folded_text`: its `fold`)."""
    return literals is None or any(map(folded_text.__contains__, literals))  # no generator: called per entry


# Non-ASCII letters that `re.IGNORECASE` matches with a letter of another lower case (`ſ` with `s`, `ı`
# with `i`, `µ` with `μ`): a text with one is matched by the patterns themselves.
_ODD_CASES = frozenset(chr(c) for k, others in (_EXTRA_CASES or {}).items() for c in (k, *others) if c > 127)
_ODD_CASE_RE = re.compile("[" + "".join(map(re.escape, sorted(_ODD_CASES))) + "]") if _ODD_CASES else None
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_PLAIN_OPS = {_C.AT, _C.ANY, _C.CATEGORY, _C.GROUPREF}
MAX_RANGE = 1000  # characters of a class range checked one by one (`[a-zäöüß]`); a wider one: no twin


@lru_cache(maxsize=16_384)
def caseless_twin(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` (case-insensitive) compiled case-sensitively, for `lowered(text)`: it finds the same
    matches there, at the same offsets, as `pattern` in the text, two or three times faster (`re` looks
    for a first letter only without IGNORECASE). None unless that holds for every text: the pattern
    names no upper-case or odd-case letter, no class range over them, and turns no case flag on or off."""
    if not _twinned(pattern, _parsed(pattern)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _twinned(pattern: re.Pattern, parsed: list | None) -> bool:
    """`pattern` has a `caseless_twin` (`parsed`: its parser ops)."""
    return (_ODD_CASE_RE is not None and bool(pattern.flags & re.IGNORECASE) and not pattern.flags & re.ASCII
            and parsed is not None and _caseless(parsed))


@lru_cache(maxsize=16_384)
def search_twins(pattern: re.Pattern) -> tuple[re.Pattern | None, re.Pattern]:
    """What a `SearchFilter` runs of `pattern`: its `caseless_twin` (for the `lowered` text) or None, and what
    it runs on the text as it is (the pattern itself where there is a twin). Each stands behind a lookahead
    for the letters a match starts with (`_first_letters`), where `re` looks for no first letter itself: an
    alternative opens with `\\b` or a lookbehind (`\\bunsinn|(?<!wie )\\bnie\\b`), and `re` tries every
    alternative at every position of the text; the lookahead asks one class there. The same matches, at the
    same offsets (and groups), about twice as fast (measured on the content cues and issue and topic rules)."""
    parsed = _parsed(pattern)
    lead = _first_letters(pattern, parsed)
    source = f"{lead}(?:{pattern.pattern})" if lead else pattern.pattern
    try:
        if _twinned(pattern, parsed):
            return re.compile(source, pattern.flags & ~re.IGNORECASE), pattern
        return None, re.compile(source, pattern.flags) if lead else pattern
    except re.error:  # pragma: no cover - a `(?i)` at its start, which must stay first
        return caseless_twin(pattern), pattern


def _first_letters(pattern: re.Pattern, parsed: list | None) -> str:
    """A lookahead for the first letters of every match of `pattern` (`_leading`, past its zero-width
    assertions: `(?=[bnu])` of `\\bunsinn|(?<!wie )\\bnie\\b|\\bbrauch`), "" where they are unknown, or where `re`
    looks for them itself (`_scanned`)."""
    if parsed is None or pattern.flags & re.VERBOSE or _scanned(parsed):
        return ""
    prefixes = _leading(parsed)[0]
    if "" in prefixes:
        return ""
    return f"(?=[{re.escape(''.join(sorted({prefix[0] for prefix in prefixes})))}])"


def _scanned(ops: list) -> bool:
    """`re` looks for the first letter of a match itself (as its compiler reads the pattern): the pattern
    opens with a letter or a class, or with an alternation whose every alternative opens with a letter."""
    while ops and ops[0][0] is _C.SUBPATTERN and not ops[0][1][1] and not ops[0][1][2]:
        ops = list(ops[0][1][3])
    if not ops:
        return False
    op, arg = ops[0]
    if op is _C.BRANCH:
        return all(alternative and alternative[0][0] is _C.LITERAL for alternative in arg[1])
    return op in (_C.LITERAL, _C.IN)


def lowered(text: str) -> str | None:
    """`text` in lower case for the `caseless_twin` patterns: None where its offsets would move (`İ`
    lowers to two characters) or it has an odd-case letter."""
    low = text.lower()
    if len(low) != len(text) or _ODD_CASE_RE is None or _ODD_CASE_RE.search(low):
        return None
    return low


def _lower_letter(code: int) -> bool:
    char = chr(code)
    return char.lower() == char and char not in _ODD_CASES


def _caseless(ops: list) -> bool:
    """Every letter in the parsed pattern `ops` is in lower case, and no group changes the flags."""
    for op, arg in ops:
        if op in (_C.LITERAL, _C.NOT_LITERAL):
            if not _lower_letter(arg):
                return False
        elif op is _C.IN:
            for item, value in arg:
                if item is _C.LITERAL and not _lower_letter(value):
                    return False
                if item is _C.RANGE and (value[1] - value[0] > MAX_RANGE
                                         or not all(map(_lower_letter, range(value[0], value[1] + 1)))):
                    return False
                if item not in (_C.LITERAL, _C.RANGE, _C.CATEGORY, _C.NEGATE):
                    return False
        elif op is _C.BRANCH:
            if not all(_caseless(list(alternative)) for alternative in arg[1]):
                return False
        elif op is _C.SUBPATTERN:
            if arg[1] or arg[2] or not _caseless(list(arg[3])):
                return False
        elif op in _REPEATS:
            if not _caseless(list(arg[2])):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not _caseless(list(arg[1])):
                return False
        elif op not in _PLAIN_OPS:
            return False
    return True


class SearchFilter(Generic[T]):
    """Which of many lexicon entries (anything with a `regex`: topic rules, cues, issue rules) may
    match somewhere in a text (`search`, `finditer`): those whose text holds one of their
    pattern's literals (`required_substrings`), and those without literals, in their original order."""

    def __init__(self, entries: Sequence[T]):
        self.entries = list(entries)
        self.literals = [required_substrings(entry.regex) for entry in self.entries]
        self.always = [i for i, literals in enumerate(self.literals) if literals is None]
        # id(regex) -> its `search_twins`, made when the entry is first a candidate: most entries never
        # are in a short run (an incremental rerun with one document to do)
        self.twins: dict[int, tuple[re.Pattern | None, re.Pattern]] = {}
        # each literal filed under its first four letters: a text is tested only for the literals that
        # start with four letters it has (a thousand topic keywords, a handful of them tested)
        self.by_start: dict[str, list[tuple[str, int]]] = {}
        self.short: list[tuple[str, int]] = []  # literals of fewer letters, tested on every text
        for i, literals in enumerate(self.literals):
            for literal in sorted(literals or ()):
                (self.by_start.setdefault(literal[:START], []) if len(literal) >= START else self.short).append(
                    (literal, i))
        self.starts = frozenset(self.by_start)

    def searches(self, text: str) -> Iterator[tuple[T, re.Pattern, str]]:
        """Each candidate entry with the pattern to run and the text to run it on: the entry's
        `caseless_twin` on the lower-cased text where there is one, else its regex on `text`. Either
        way the matches and their offsets are the same; a match's words are read from `text`."""
        low = lowered(text)
        for entry in self.candidates(text):
            twin, regex = self._twins(entry.regex)
            yield (entry, twin, low) if twin is not None and low is not None else (entry, regex, text)

    def _twins(self, regex: re.Pattern) -> tuple[re.Pattern | None, re.Pattern]:
        key = id(regex)
        if key not in self.twins:
            self.twins[key] = search_twins(regex)
        return self.twins[key]

    def candidates(self, text: str) -> list[T]:
        folded, starts = _folded_starts(text)
        found = set(self.always)
        for literal, i in self.short:  # (plain loops: no generator per start)
            if literal in folded:
                found.add(i)
        by_start = self.by_start
        for start in self.starts.intersection(starts):
            for literal, i in by_start[start]:
                if i not in found and literal in folded:
                    found.add(i)
        return [self.entries[i] for i in sorted(found)]


@lru_cache(maxsize=256)
def _folded_starts(text: str) -> tuple[str, frozenset[str]]:
    """A text's `fold` and every string of START letters in it: remembered for the last texts, as
    the topic, issue and content cue filters are asked of the same sentences (a third of the texts)."""
    folded = fold(text)
    return folded, frozenset({folded[k:k + START] for k in range(len(folded) - START + 1)})


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # `\1`, `(?P=name)`, `(?(1)…)`: numbers move in a union


def any_match(patterns: Sequence[re.Pattern]) -> re.Pattern | None:
    """One pattern that matches (`match`) where any of `patterns` does: their alternation; None for fewer
    than two, for patterns of different flags or verbose ones, and where the union would not mean the
    same (a back reference, a global flag inside, a group name used twice)."""
    flags = {pattern.flags for pattern in patterns}
    if len(patterns) < 2 or len(flags) != 1 or next(iter(flags)) & re.VERBOSE \
            or any(_BACK_REFERENCE.search(pattern.pattern) for pattern in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), patterns[0].flags)
    except re.error:
        return None


class PrefixIndex:
    """Which of many patterns may match at the start of a word (`fullmatch`, `match`): each literal
    is filed with its pattern under its first four letters (a shorter one under itself), so a word
    is tested against the few patterns that can start like it (and those without literals), in
    their original order."""

    KEY = 4

    def __init__(self, patterns: list[re.Pattern]):
        literals = [required_literals(pattern) for pattern in patterns]
        self.always = frozenset(i for i, found in enumerate(literals) if found is None)
        by_pattern: dict[str, dict[int, list[str]]] = {}  # start -> pattern -> its literals with that start
        for i, found in enumerate(literals):
            for literal in sorted(found or ()):
                by_pattern.setdefault(literal[:self.KEY], {}).setdefault(i, []).append(literal)
        self.by_start: dict[str, list[tuple[int, tuple[str, ...]]]] = {
            start: [(i, tuple(found)) for i, found in patterns_of.items()] for start, patterns_of in by_pattern.items()}
        # the patterns without literals in one alternation: a word none of them matches at its start (most
        # words: a score of role patterns, tested on every new capitalised word and compound part) skips
        # them all in one test; what no pattern `match`es, none `fullmatch`es either
        self.always_gate = any_match([patterns[i] for i in sorted(self.always)])
        # the gate asked in parts (`_opens`): those of its patterns that a word can match only where it holds one
        # of their `required_substrings` (`[A-ZÄÖÜ][a-zäöüß]+minister`), each tested only then, and the others
        # in one alternation
        always = [patterns[i] for i in sorted(self.always)]
        substrings = [required_substrings(pattern) for pattern in always]
        self.open_patterns = tuple(pattern for pattern, found in zip(always, substrings) if found is None)
        self.open_gate = any_match(self.open_patterns)
        self.literal_patterns = tuple((tuple(sorted(found)), pattern) for pattern, found in zip(always, substrings)
                                      if found is not None)
        self.gate_substrings = tuple(sorted({s for found, _ in self.literal_patterns for s in found}))

    def candidates(self, word: str) -> list[int]:
        """Indices of the patterns that may match at the start of `word`, in order."""
        folded = fold(word)
        by_start, found = self.by_start, set()
        for n in range(1, min(len(folded), self.KEY) + 1):  # (a plain loop: most starts file no literal)
            entries = by_start.get(folded[:n])
            if entries:
                for i, literals in entries:
                    if folded.startswith(literals):
                        found.add(i)
        always = self.always if self.always_gate is None or self._opens(word, folded) else ()
        if found:
            return sorted(found.union(always))
        return sorted(always) if always else []

    def _opens(self, word: str, folded: str) -> bool:
        """`always_gate.match(word)`: one of the patterns without literals matches at the start of `word`
        (`folded`: its `fold`). A pattern with `required_substrings` is tested only where the word holds one
        of them (every match holds one; a word's `fold` holds its start's), the others in one alternation."""
        if self.open_gate is not None:
            if self.open_gate.match(word):
                return True
        elif any(pattern.match(word) for pattern in self.open_patterns):
            return True
        if not any(map(folded.__contains__, self.gate_substrings)):  # (most words: one test in C)
            return False
        return any(pattern.match(word) for substrings, pattern in self.literal_patterns
                   if any(map(folded.__contains__, substrings)))
