"""Nouns of one person and their gender, by the word's ending (german.csv `person_suffix`,
`feminine_person_ending`, `age_noun`, `feminine_ending`, `non_person_ending`).

German marks a woman's noun with `-in` on the man's (`Minister` → `Ministerin`, `Chef` → `Chefin`),
but many nouns end in `-in` that name no woman (`Termin`, `Benzin`, `Disziplin`, `Berlin`, and the
masculine `Verein`). A noun in `-in` names a woman when the rest is a man's noun by its ending
(`person_suffix` without its feminine forms) or the whole word ends in a listed feminine form whose
man's form has no such ending (`feminine_person_ending`: `Ärztin`, `Kollegin`, `Politologin`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pipeline.lexicons import Lexicons

FEMININE_SUFFIX = "in"  # `Ministerin`; its plural `-innen` ends otherwise
STEM_ENDINGS = ("e", "en")  # a man's noun on the feminine's stem: `Ärzte`, `Kollegen`, `Experte`


@dataclass(frozen=True)
class PersonNouns:
    """The endings that tell a noun of one man or one woman (see the module docstring)."""

    masculine_suffixes: tuple[str, ...]  # `-er`, `-ent`, `-chef`: person_suffix without `-in`, `-innen` forms
    feminine_forms: tuple[str, ...]  # `-ärztin`, `-kollegin`: german.csv feminine_person_ending
    age_nouns: frozenset[str]  # `jährige`: `der 72-Jährige`, `die 61-Jährige`
    feminine_endings: tuple[str, ...]  # `-ung`, `-ur`: a feminine noun (`der Zeitung` is no subject)
    non_person_endings: tuple[str, ...]  # `-ment`: `Engagement` is no `-ent` person

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> PersonNouns:
        suffixes = lexicons.word_class("person_suffix")
        return cls(tuple(sorted(s for s in suffixes if not s.endswith((FEMININE_SUFFIX, FEMININE_SUFFIX + "nen")))),
                   tuple(sorted(lexicons.word_class("feminine_person_ending"))),
                   lexicons.word_class("age_noun"),
                   tuple(sorted(lexicons.word_class("feminine_ending"))),
                   tuple(sorted(lexicons.word_class("non_person_ending"))))

    def feminine_person(self, word: str, person: bool = False) -> bool:
        """The noun of one woman: `-in` on a man's noun (`Ministerin`, `Sozialversicherungs-Chefin`,
        `Präsidentin`) or a listed feminine form (`Ärztin`); not the plural `Ministerinnen`, not
        `Termin`, `Berlin`, `Benzin`, `Verein`. `person`: the caller knows the word names a person
        (it matched roles.csv, whose patterns take the masculine and the `-in` form), so `-in` suffices."""
        lower = word.lower()
        if not lower.endswith(FEMININE_SUFFIX):
            return False
        return (person or lower[:-len(FEMININE_SUFFIX)].endswith(self.masculine_suffixes)
                or lower.endswith(self.feminine_forms))

    def age_noun(self, word: str) -> bool:
        """`72-Jährige`, `Jährige`: one person of that age, whose article tells the gender (not the
        plural `-Jährigen`)."""
        return word.lower().split("-")[-1] in self.age_nouns

    def masculine_person(self, word: str) -> bool:
        """The noun of one man by its ending (`Politiker`, `Präsident`, `Gouverneur`, `SPD-Chef`) or an
        age noun (`72-Jährige`, after `der`); not `Ministerin`, `Parlament`."""
        lower = word.lower()
        return self.age_noun(lower) or lower.endswith(self.masculine_suffixes) and not lower.endswith(self.non_person_endings)

    def person_noun(self, word: str) -> bool:
        """A noun of one person or of women (`Sprecher`, `Journalist`, `Augenzeugin`, `Politikerinnen`;
        the masculine plural in `-er` too: `Kritiker`); not `Termin`, `Berlin`, `Putin`, `Engagement`."""
        lower = word.lower()
        plural = lower.endswith(FEMININE_SUFFIX + "nen") and self.feminine_person(lower[:-3])
        return plural or self.masculine_person(lower) or self.feminine_person(lower)

    def declined_person(self, word: str) -> bool:
        """A `person_noun` also with the `-n` of a dative plural or the `-en` of the weak declension
        (`Händlern`, `den Referenten`)."""
        lower = word.lower()
        return (self.person_noun(lower) or lower.endswith("n") and self.person_noun(lower[:-1])
                or lower.endswith("en") and self.person_noun(lower[:-2]))

    @functools.cached_property
    def _stem_forms(self) -> tuple[str, ...]:
        """The endings `stem_person` reads: each listed feminine form's stem with `-e` and `-en`."""
        return tuple(form[:-len(FEMININE_SUFFIX)] + ending for form in self.feminine_forms for ending in STEM_ENDINGS)

    def stem_person(self, word: str) -> bool:
        """A masculine noun of persons on the stem of a listed feminine form (german.csv feminine_person_ending)
        with `-e` or `-en`: the plural (`Ärztin` → `Ärzte`, dative `Ärzten`; `Kollegin` → `Kollegen`;
        `Politologin` → `Politologen`) or a weak singular (`Experte`); not `Arzt` alone, not `Engagement`
        (non_person_ending)."""
        lower = word.lower()
        return lower.endswith(self._stem_forms) and not lower.endswith(self.non_person_endings)

    def feminine_noun(self, word: str) -> bool:
        """A feminine noun in the singular by its ending: a woman (`Ministerin`) or a feminine ending
        that is no man's (`Zeitung`, `Kultur`; not `Gouverneur`, whose `-ur` is a person's `-eur`)."""
        lower = word.lower()
        return (self.feminine_person(lower)
                or lower.endswith(self.feminine_endings) and not lower.endswith(self.masculine_suffixes))
