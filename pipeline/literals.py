"""Literal prefilters for the lexicons' regexes.

Python's `re` tries every alternative of a long alternation at every position of a text, so a
topic rule with fifty keywords costs milliseconds per sentence even where none occurs. Most rules
are alternations of words (`flüchtling|\\basyl|(?:drogen|spiel)sucht`): every match begins with
one of a few literal strings. `required_literals` finds them (case-folded), and a plain substring test (`in`,
in C) rules the regex out before it runs. The regex still decides every match, so the prefilter
never changes a result; a pattern without such literals has no prefilter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Generic, Sequence, TypeVar

try:
    from re import _parser as sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

_C = sre_parse  # opcodes (LITERAL, BRANCH, …) live in the parser's namespace
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
MAX_CLASS = 4  # a character class of up to this many letters (`[äa]rzt`) still gives literals
T = TypeVar("T")
PAIR_INDEX_MIN = 200  # literals: with fewer, testing each costs less than reading a text's letter pairs


@lru_cache(maxsize=16_384)  # the same cue patterns fill several indexes
def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Case-folded strings one of which every match of `pattern` starts with (after zero-width
    assertions); None when some alternative can start with anything (a class, a repeat, `.`)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled once already
        return None
    prefixes, _ = _leading(list(parsed))
    if not prefixes or "" in prefixes:
        return None
    return frozenset(fold(p) for p in prefixes)


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


class SearchFilter(Generic[T]):
    """Which of many lexicon entries (anything with a `regex`: topic rules, cues, issue rules) may
    match somewhere in a text (`search`, `finditer`): those whose text holds one of their
    pattern's literals, and those without literals, in their original order."""

    def __init__(self, entries: Sequence[T]):
        self.entries = list(entries)
        self.literals = [required_literals(entry.regex) for entry in self.entries]
        self.always = [i for i, literals in enumerate(self.literals) if literals is None]
        self.count = sum(len(literals or ()) for literals in self.literals)
        # each literal filed under its first two letters: a text is tested only for the literals that
        # start with a pair of letters it has (a thousand topic keywords, a handful of them tested)
        self.by_pair: dict[str, list[tuple[str, int]]] = {}
        self.single: list[tuple[str, int]] = []  # one-letter literals, tested on every text
        for i, literals in enumerate(self.literals):
            for literal in sorted(literals or ()):
                (self.by_pair.setdefault(literal[:2], []) if len(literal) > 1 else self.single).append((literal, i))

    def candidates(self, text: str) -> list[T]:
        folded = fold(text)
        if self.count < PAIR_INDEX_MIN:
            return [entry for entry, literals in zip(self.entries, self.literals) if may_match(literals, folded)]
        found = set(self.always)
        found.update(i for literal, i in self.single if literal in folded)
        for pair in set(map(str.__add__, folded, folded[1:])).intersection(self.by_pair):
            found.update(i for literal, i in self.by_pair[pair] if i not in found and literal in folded)
        return [self.entries[i] for i in sorted(found)]


class PrefixIndex:
    """Which of many patterns may match at the start of a word (`fullmatch`, `match`): each pattern
    is filed under the first two letters of its literals, so a word is tested against the few
    patterns that can start like it (and those without literals), in their original order."""

    KEY = 2

    def __init__(self, patterns: list[re.Pattern]):
        literals = [required_literals(pattern) for pattern in patterns]
        self.always = [i for i, found in enumerate(literals) if found is None]
        self.by_start: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for i, found in enumerate(literals):
            for start in sorted({literal[:self.KEY] for literal in found or ()}):
                self.by_start.setdefault(start, []).append((i, tuple(found)))

    def candidates(self, word: str) -> list[int]:
        """Indices of the patterns that may match at the start of `word`, in order."""
        folded = fold(word)
        found = [i for start in {folded[:1], folded[:self.KEY]} for i, literals in self.by_start.get(start, ())
                 if folded.startswith(literals)]
        return sorted(set(found).union(self.always)) if self.always or len(found) > 1 else found
