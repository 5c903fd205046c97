"""German verb forms from a lemma, so that cue lexicons list verbs once (`zurück|weisen`) and
match them in any inflection and word order (`weist … zurück`, `zurückgewiesen`, `zurückwies`,
`zurückzuweisen`, `wies … zurück`).

Weak verbs are conjugated by rule; strong and irregular verbs take their principal parts from
`strong_verbs.csv` (`weisen,weist,wies,gewiesen`), also inside compounds (`vorwerfen` uses
`werfen`). A separable particle is marked with `|` in the lemma; the separable and inseparable
prefixes come from german.csv (`separable_prefix`, `inseparable_prefix`).
"""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class PrincipalParts:
    """A strong verb's forms that rules cannot derive: 3rd person present, past, participle."""

    infinitive: str
    present_3sg: str
    past: str
    participle: str


@dataclass(frozen=True)
class VerbForms:
    """Forms of one verb: `finite` stand alone (V2 order, with the particle elsewhere in the
    clause when `particle` is set); `joined` carry the particle in the word (verb-final clauses,
    participles, zu-infinitives) and need no second word."""

    particle: str
    finite: frozenset[str]
    joined: frozenset[str]


def _stem(infinitive: str) -> str:
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def _needs_e(stem: str) -> bool:
    """`arbeitet`, `rechnet`, `atmet`: an e before -t after d/t or a consonant + m/n."""
    if stem.endswith(("d", "t")):
        return True
    if len(stem) < 3 or stem[-1] not in "mn" or stem[-2] in "aeiouäöülrmn":
        return False
    return stem[-2] != "h" or stem[-3] == "c"  # `rechnet`, but `lehnt`


def _weak_forms(infinitive: str) -> tuple[set[str], str]:
    """(finite and infinite forms without participle, participle without ge-) of a weak verb."""
    stem = _stem(infinitive)
    e = "e" if _needs_e(stem) else ""
    s = "" if stem.endswith(("s", "ß", "z", "x")) else "s"
    forms = {infinitive, stem + "e", stem + e + s + "t", stem + e + "t", stem + "est", stem + "en"}
    forms |= {stem + e + "te" + end for end in ("", "st", "n", "t")}  # past and Konjunktiv II
    forms |= {stem + "e" + end for end in ("", "st", "n", "t")}  # Konjunktiv I
    return forms, stem + e + "t"


def _strong_forms(parts: PrincipalParts) -> tuple[set[str], str]:
    stem = _stem(parts.infinitive)
    past = parts.past
    past_e = "e" if past.endswith(("d", "t", "s", "ß")) else ""
    plural = past + ("n" if past.endswith("e") else "en")
    forms = {parts.infinitive, stem + "e", stem + ("et" if _needs_e(stem) else "t"), stem + "est", stem + "en",
             parts.present_3sg, past, past + past_e + "st", plural, past + past_e + "t"}
    participle = parts.participle[2:] if parts.participle.startswith("ge") else parts.participle
    return forms, participle


def _inseparable_prefix(base: str, inseparable: frozenset[str]) -> str:
    """`ver` of `versprechen`; '' when the verb has no inseparable prefix (`inseparable`)."""
    for prefix in sorted(inseparable, key=lambda p: (-len(p), p)):
        if base.startswith(prefix) and len(base) - len(prefix) >= 4:
            return prefix
    return ""


def _strong_parts(base: str, strong: dict[str, PrincipalParts]) -> tuple[str, PrincipalParts] | None:
    """Principal parts of `base` or of the strong verb it ends with (`vorwerfen` → `werfen`)."""
    for i in range(len(base) - 3):
        parts = strong.get(base[i:])
        if parts is not None:
            return base[:i], parts
    return None


def conjugate(lemma: str, strong: dict[str, PrincipalParts], separable: frozenset[str],
              inseparable: frozenset[str]) -> VerbForms:
    """All forms of `lemma` (`fordern`, `zurück|weisen`, `sich aus|sprechen` without `sich`). A
    particle that is no separable prefix (`verantwortlich|machen`) is always a word of its own; a
    verb with an inseparable prefix (`bestreiten`) takes no ge- in its participle."""
    particle, _, base = lemma.rpartition("|")
    base = base.lower()
    particle = particle.lower()
    found = _strong_parts(base, strong)
    if found is not None:
        head, parts = found
        forms, participle = _strong_forms(parts)
        forms = {head + f for f in forms}
        participle = head + participle
    else:
        forms, participle = _weak_forms(base)
    no_ge = (bool(_inseparable_prefix(base, inseparable)) or base.endswith("ieren")
             or found is not None and not found[1].participle.startswith("ge"))
    participle = participle if no_ge else "ge" + participle
    if not particle:
        return VerbForms("", frozenset(forms | {participle}), frozenset())
    if particle not in separable:
        return VerbForms(particle, frozenset(forms | {participle}), frozenset())
    joined = {particle + f for f in forms} | {particle + participle, particle + "zu" + base}
    return VerbForms(particle, frozenset(forms), frozenset(joined))
