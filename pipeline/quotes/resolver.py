"""The registered component `speaker_resolver`: finishes the speakers of the quotes `quote_finder`
wrote (`doc._.quotes`): the speaker's words without the commas or brackets a phrase picked up and
with the name parts it left out (`des Fernsehsenders n-tv`), a group named by a genitive (`Putins
Sprecher`) or someone after a possessive (`seine Anwältin`) placed on the holder's side, a party member's noun
before a name (`Der Linke Max Berger`) that person, a definite description
(`der SPD-Politiker`) resolved to the last fitting person (`references.py`), a press officer of a body named before (`eine Kommissionssprecherin` after the
`EU-Kommission`) that body, an office that names
nobody before placed in the dateline's country (`Ankara – … Der Provinzgouverneur`), and the actor's type
and knowledge-base id from the mentions in `doc.spans["actors"]`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.bundle import LexiconRules
from pipeline.entities import actor_profiles, mention_type
from pipeline.knowledge_links import KnowledgeLinks
from pipeline.lexicons import Lexicons
from pipeline.phrases import complete_name, doc_text, first_mention, indexed_mentions, indexed_words, mention_field
from pipeline.quotes.records import Quote, Speaker, tidy_speaker, with_profile
from pipeline.quotes.references import ReferenceResolver


class SpeakerResolver:
    """Tidy, resolve and profile the speaker of every quote on the Doc."""

    def __init__(self, lexicons: Lexicons, party_country: Callable[[str], str] = lambda word: "",
                 links: KnowledgeLinks | None = None):
        self.references = ReferenceResolver(lexicons, party_country, links)
        self.surname_articles = frozenset(lexicons.word_class("surname_article"))  # `al-Dschasira`

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes
        if not quotes:
            return doc
        with indexed_mentions(doc), indexed_words(doc):
            self._resolve(doc, quotes)
        doc._.quotes = quotes
        return doc

    def _resolve(self, doc: Doc, quotes: list[Quote]) -> None:
        """Resolve and profile each quote's speaker in place."""
        profiles, text = actor_profiles(doc), doc_text(doc)
        sides: dict[str, tuple[str, str]] = {}  # actor → the side and type its last named speech was resolved to
        placed: dict[str, str] = {}  # person → the side an office named in a speech's phrase gave them
        renamed: Renamed | None = None  # the last named speaker whom resolving named anew
        for q in quotes:
            if q.speaker is not None and q.speaker.start >= 0:
                first = q.speaker
                speaker = tidy_speaker(took_up(first, renamed, q.sentence), text)
                speaker = self.references.genitive_holder(doc, completed(doc, speaker, self.surname_articles))
                speaker = self.references.compound_principal(doc, self.references.office_principal(doc, speaker))
                held = self.references.possessive_holder(doc, speaker)
                if held is not speaker and held.kind == "name":  # `sein Anwalt X`: `sagte X` later too
                    placed.setdefault(held.actor, held.actor_country)
                speaker = self.references.apposition_person(doc, held)
                if speaker.actor_type != held.actor_type and profiles.get(speaker.actor, ("", ""))[0] in ("", "person"):
                    # `der Leiter der Abteilung …, Harald Dreher`: the body's type, in `sagte Dreher` later too
                    profiles[speaker.actor] = (speaker.actor_type, profiles.get(speaker.actor, ("", ""))[1])
                speaker = self.references.description_antecedent(doc, self.references.member_before_name(doc, speaker))
                speaker = self.references.body_spokesperson(doc, self.references.organisation_antecedent(doc, speaker))
                # a source's phrase (also `view-source`, `act-source`): `nach Angaben der Spanier`, the people
                if not q.rule.endswith((":source", "-source", ":noun")):
                    speaker = self.references.one_national(doc, speaker)
                speaker = self.references.sector_lobby(doc, self.references.dateline_office(doc, speaker))
                speaker = self.references.town_body(speaker)
                q.speaker = placed_side(doc, same_side(speaker, sides), placed)
                renamed = next_renamed(first, q.speaker, q.sentence, renamed)
            if q.speaker is not None:
                q.speaker = own_body(doc, with_profile(q.speaker, profiles))
        quotes[:] = nested_claimants(quotes)


def nested_claimants(quotes: list[Quote]) -> list[Quote]:
    """A claim verb's subject inside what another speaker reports (rule `…:nested`: `Ein US-Vertreter sagte, Xi
    wolle … verkünden`) claims for a side of its own: one of no side (or an observer's, OTHER) or of the side
    of a speaker who reports it (`Der Sprecher sagte, die Regierung fordere …`) is the report's content only."""
    kept = []
    for q in quotes:
        if q.rule.endswith(":nested"):
            side = q.speaker.actor_country if q.speaker is not None else ""
            reporters = {f.speaker.actor_country for f in quotes if f.speaker is not None and f.sentence == q.sentence
                         and not f.rule.endswith(":nested") and f.content_start <= q.cue_start < f.content_end}
            if not side or side == "OTHER" or side in reporters:
                continue
        kept.append(q)
    return kept


class Renamed(NamedTuple):
    """A named speaker whom resolving named anew: its actor as first read (`Sprecher (RUS)`), as
    resolved (`Dmitri Peskow`), that actor's side, and the sentence it was last taken up in."""
    first_actor: str
    actor: str
    actor_country: str
    sentence: int


RENAMED_REACH = 2  # sentences after the named speaker in which a pronoun still takes them up


def took_up(speaker: Speaker, renamed: Renamed | None, sentence: int) -> Speaker:
    """`…, sagte der Sprecher von Präsident Putin, Dmitri Peskow. Er verwies …`: the pronoun was read
    as the speaker before it was first read (the role, `Sprecher (RUS)`); it takes up the person that
    resolving named (the apposition's name)."""
    if (renamed is None or speaker.kind != "pronoun" or speaker.actor != renamed.first_actor
            or sentence - renamed.sentence > RENAMED_REACH):
        return speaker
    return replace(speaker, actor=renamed.actor, actor_country=renamed.actor_country)


def next_renamed(first: Speaker, resolved: Speaker, sentence: int, renamed: Renamed | None) -> Renamed | None:
    """The renaming a later pronoun may take up: a named speaker's, where resolving changed its actor;
    a pronoun that took it up carries it on (`Er verwies … . Er sagte …`)."""
    if first.kind == "pronoun":
        return renamed._replace(sentence=sentence) if renamed is not None and resolved.actor == renamed.actor \
            else renamed
    if first.actor and resolved.actor and resolved.actor != first.actor and resolved.kind != "pronoun":
        return Renamed(first.actor, resolved.actor, resolved.actor_country, sentence)
    return None


def own_body(doc: Doc, speaker: Speaker) -> Speaker:
    """`Athen – … Die griechische Regierung lehnt … ab`: the document first names the actor as a
    place (a state), the speaker's own words name its government or a ministry (codebook:
    government); a place or pronoun as the speaker keeps the actor's type."""
    if speaker.actor_type != "state" or speaker.start < 0:
        return speaker
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    own = first_mention(span, lambda m: mention_field(m, "actor") == speaker.actor) if span is not None else None
    if own is not None and mention_type(own) == "government":
        return replace(speaker, actor_type="government")
    return speaker


def same_side(speaker: Speaker, sides: dict[str, tuple[str, str]]) -> Speaker:
    """`Der Vertreter der EU, der dänische Diplomat Peter Sörensen, bedauerte … . Zugleich kritisierte
    er …`: a pronoun takes up the person as the speech before resolved them (the EU's side, from the
    apposition, and the type it gave: `io`, not the `government` of the Danish diplomat the document's
    profile holds), not the side of the name it was read from (Danish); a named speaker records its side."""
    if speaker.kind != "pronoun":
        if speaker.actor and speaker.actor_country:
            sides[speaker.actor] = (speaker.actor_country, speaker.actor_type)
        return speaker
    side, actor_type = sides.get(speaker.actor, ("", ""))
    if side and speaker.actor_country and side != speaker.actor_country:
        return replace(speaker, actor_country=side, actor_type=actor_type or speaker.actor_type)
    if side and side == speaker.actor_country and actor_type and not speaker.actor_type:
        return replace(speaker, actor_type=actor_type)  # (its side already the speech's: its type too)
    return speaker


PLACING_OFFICES = frozenset({"government", "io", "parliament", "party"})  # mention types whose side a person takes


def placed_side(doc: Doc, speaker: Speaker, placed: dict[str, str]) -> Speaker:
    """`…, sagte die Vize-Chefin des UNHCR in Uganda, Maria Kowalski. … sagte Kowalski`: a person whom
    only the phrase of a speech placed, by an office of a state, party or international organisation it
    names (a mention of that type and side) or as a possessor's agent (`sein Anwalt X`), keeps that side
    where a later speech names them bare or by a description (`der Anwalt`) and nothing places the name; a company's or association's staff (`der Chef von X`) are placed by no office."""
    if speaker.kind == "pronoun" or not speaker.actor:
        return speaker
    if not speaker.actor_country:
        side = placed.get(speaker.actor, "") if speaker.kind in ("name", "description") else ""
        return replace(speaker, actor_country=side) if side else speaker
    if speaker.actor not in placed and speaker.start >= 0:
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        office = first_mention(span, lambda m: mention_type(m) in PLACING_OFFICES
                               and mention_field(m, "mention") != "name"
                               and mention_field(m, "actor_country") == speaker.actor_country) \
            if span is not None else None
        if office is not None:
            placed[speaker.actor] = speaker.actor_country
    return speaker


def completed(doc: Doc, speaker: Speaker, surname_articles: frozenset[str] = frozenset()) -> Speaker:
    """The speaker's words with the name parts at their edges (`des Fernsehsenders n-tv`, `al-Dschasira`)."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    whole = complete_name(span, surname_articles) if span is not None else None
    if whole is None or whole is span:
        return speaker
    actor = whole.text if speaker.kind == "phrase" and speaker.actor == speaker.text else speaker.actor
    return replace(speaker, text=whole.text, start=whole.start_char, end=whole.end_char, actor=actor)


@Language.factory("speaker_resolver", requires=["doc._.quotes", "doc.spans", "span._.actor"],
                  assigns=["doc._.quotes", "doc._.quote_records"])
def create_speaker_resolver(nlp: Language, name: str) -> LexiconRules:
    """The speaker resolver; its lexicons (word classes, roles, actors, countries, the knowledge
    base's parties) come with `initialize(lexicons=…)` and are saved with the pipeline."""
    return LexiconRules(name, lambda bundle: SpeakerResolver(bundle.lexicons, bundle.links.organisation_country,
                                                                        bundle.links))
