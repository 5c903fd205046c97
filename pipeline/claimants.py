"""The claimants of a coordinated speaker phrase (codebook: one row per claimant).

quotes.csv keeps coordinated speakers as one phrase (`Bundeskanzlerin Angela Merkel und Frankreichs
Präsident François Hollande`, as quotes-de marks it) and the phrase's first known actor; each
further noun phrase joined to it by a list conjunction (german.csv `list_conjunction`, commas before
one) whose head is a known actor is a claimant of its own (`Hollande (FRA)`). A coordinator inside
one mention (`Bosnien und Herzegowina`), inside brackets (`Lopatka (ÖVP und Grüne)`) or after a word's
first part (`des Friedens- und Sicherheitsrats`) joins nothing;
a bare place, or one after a genitive article, after an attribute (`der Präsident Frankreichs und Deutschlands`,
`Kritiker aus Deutschland und Frankreich`) goes on with that attribute, as each further one does (`Die Bauern
Ungarns, Polens und der Slowakei`), except after an office in the plural whose
country a place in the genitive gives (`Die Außenminister Athens und Ankaras`, `die Präsidenten Russlands
und der Ukraine`): there each place in the genitive names the office of its own country (`Außenminister
(TUR)`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.phrases import mention_field, mentions_in, tokens_of
from pipeline.quotes import Speaker
from pipeline.quotes.records import with_profile


def conjuncts(words: Span, list_words: frozenset[str], inside: set[int]) -> list[tuple[int, int]]:
    """The token ranges of `words` that a list conjunction outside brackets and mentions (`inside`: the
    token indices within a mention or brackets) joins; a comma joins only in a list a conjunction ends."""
    cuts = [(token, width) for token in words if token.i not in inside
            and ((width := _width(words, token, list_words)) or token.text == ",")
            and not (token.i > words.start and token.nbor(-1).text.endswith("-"))]  # `Friedens- und Sicherheitsrat`
    while cuts and cuts[-1][0].text == ",":
        cuts.pop()  # `Max Muster, Sprecher des Vereins,`: an apposition, no list
    if not cuts:
        return [(words.start, words.end)]
    bounds, start = [], words.start
    for cut, width in cuts:
        if cut.i < start:
            continue
        bounds.append((start, cut.i))
        start = cut.i + max(width, 1)
    bounds.append((start, words.end))
    return [(a, b) for a, b in bounds if b > a]


def _width(words: Span, token, list_words: frozenset[str]) -> int:
    """How many words the list conjunction at `token` spans (`und`: 1, `als auch` of `sowohl … als
    auch`: 2, and the whitespace tokens of a scraped text's double space between them: `als  auch`); 0
    where none opens there."""
    if token.lower_ in list_words:
        return 1
    after = token.i + 1
    while after < words.end and words.doc[after].is_space:
        after += 1
    if after < words.end and f"{token.lower_} {words.doc[after].lower_}" in list_words:
        return after - token.i + 1
    return 0


def _bracketed(doc: Doc, start: int, end: int) -> set[int]:
    """The token indices of doc[start:end] inside brackets."""
    depth, inner = 0, set()
    for token in tokens_of(doc, start, end):
        if token.text in "([":
            depth += 1
        elif token.text in ")]":
            depth = max(depth - 1, 0)
        elif depth:
            inner.add(token.i)
    return inner


def _head(doc: Doc, start: int, end: int, mentions: list[Span], bracketed: set[int]) -> tuple[Span | None, int]:
    """The mention that heads the noun phrase doc[start:end] (its first capitalised word is in it:
    `die Kanzlerin`, `die syrische Opposition`; not `Regierungen von Serbien`) and where the head ends,
    the mentions right after it included (`Bundeskanzlerin Angela Merkel`; not a place, its attribute);
    (None, start) when none."""
    first = next((t for t in tokens_of(doc, start, end) if not t.is_lower and not t.is_punct and not t.is_space
                  and t.pos_ != "DET" and t.i not in bracketed), None)  # (not `Die` opening the sentence: `Die ÖVP, die SPÖ …`)
    if first is None:
        return None, start
    head = next((m for m in mentions if m.start <= first.i < m.end), None)
    if head is None:
        return None, start
    stop = head.end
    for mention in mentions:
        if mention.start == stop and mention_field(mention, "mention") != "place":  # (`Präsident Frankreichs`: an attribute)
            stop = mention.end
    return head, stop


def _plural_office(doc: Doc, start: int, head: Span, mentions: list[Span], plural_words: frozenset[str],
                   holder_prepositions: frozenset[str]) -> bool:
    """The head is an unnamed office in the plural whose country a place in the genitive right after
    it gives (`Die Außenminister Athens`, `die beiden Präsidenten Russlands`), or a place after a holder
    preposition (`Die Regierungschefs von Ungarn`; not `Die Außenministerin
    Athens`, `Der Präsident Frankreichs`, `Die Außenminister der EU`): a masculine office word after a
    plural article or quantifier."""
    role, country = mention_field(head, "role"), mention_field(head, "actor_country")
    if not role or mention_field(head, "actor") != f"{role} ({country})" or mention_field(head, "gender") != "m" \
            and mention_field(head, "mention") != "group":  # (`Die Regierungschefs von …`: a group of offices)
        return False
    after = head.end + (head.end < len(doc) and doc[head.end].lower_ in holder_prepositions)
    if not any(m.start == after and mention_field(m, "actor_country") == country for m in mentions):
        return False
    return any(t.lower_ in plural_words for t in tokens_of(doc, start, head.start))


def _genitive_place(doc: Doc, start: int, end: int, head: Span, genitive_articles: frozenset[str]) -> bool:
    """The part is a place in the genitive: the place alone (`Ankaras`) or after a genitive article
    (`der Ukraine`); or, after `von`, a country's name alone that also names its people (`von Polen und
    Ungarn`)."""
    if not mention_field(head, "actor_country"):
        return False
    if mention_field(head, "mention") == "group":
        return len(head) == 1 and head.start == start and head.end == end and mention_field(head, "actor") == head.text
    return mention_field(head, "mention") == "place" and (
        head.start == start or head.start == start + 1 and doc[start].lower_ in genitive_articles)


def coordinated_claimants(doc: Doc, speaker: Speaker, list_words: frozenset[str],
                          profiles: dict[str, tuple[str, str]], plural_words: frozenset[str] = frozenset(),
                          genitive_articles: frozenset[str] = frozenset(),
                          holder_prepositions: frozenset[str] = frozenset()) -> list[Speaker]:
    """The claimants the speaker's phrase joins to its own actor, each once and with its own actor,
    side and type (the phrase's words kept); [] when the phrase names no other. `plural_words` make an
    office after them plural (german.csv plural_article, plural_quantifier), `genitive_articles` a place
    after them a genitive, `holder_prepositions` a place after them an office's country (`von`)."""
    spaced = ' '.join(speaker.text.split())  # (`als  auch`: a scraped text's double space)
    if speaker.start < 0 or not any(f" {word} " in spaced for word in list_words if word != ","):
        return []
    words = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if words is None:
        return []
    mentions = [m for m in mentions_in(words) if m.end <= words.end]
    bracketed = _bracketed(doc, words.start, words.end)
    inside = {i for m in mentions for i in range(m.start + 1, m.end - 1)}
    parts = conjuncts(words, list_words, inside | bracketed)
    if len(parts) < 2:
        return []
    mentions = [m for m in mentions if m.start not in bracketed]
    claimants, known = [], {(speaker.actor, speaker.actor_country)}
    own = -1  # the part of the speaker's own actor (the first where no part names it); none without a side
    if speaker.actor_country:
        own = next((k for k, (start, end) in enumerate(parts) if any(
            start <= m.start < end and mention_field(m, "actor") == speaker.actor for m in mentions)), 0)
    attribute = False  # whether the phrase before ends in words after its head (`Präsident Frankreichs`)
    office: Span | None = None  # the office in the plural each place in the genitive after it names (`Die Außenminister Athens`)
    for index, (start, end) in enumerate(parts):
        own_part = [m for m in mentions if start <= m.start < end]
        head, head_end = _head(doc, start, end, own_part, bracketed)
        continues = attribute and head is not None and mention_field(head, "mention") == "place" \
            and (doc[start].is_title or head.start == start + 1 and doc[start].lower_ in genitive_articles)
        attribute = continues or any(i not in bracketed and not doc[i].is_punct for i in range(head_end, end)) \
            if head is not None else True  # (`Die Bauern Ungarns, Polens und der Slowakei`: each place the attribute's)
        if head is not None and office is not None and _genitive_place(doc, start, end, head, genitive_articles):
            continues = False  # `… und der Ukraine`: the office of that country
            actor, country = f"{mention_field(office, 'role')} ({mention_field(head, 'actor_country')})", \
                mention_field(head, "actor_country")
            kind, actor_type = "role", profiles.get(mention_field(office, "actor"), ("", ""))[0]
        else:
            office = head if head is not None and _plural_office(doc, start, head, own_part, plural_words,
                                                                               holder_prepositions) else None
            actor, country = (mention_field(head, "actor"), mention_field(head, "actor_country")) \
                if head is not None else ("", "")
            kind, actor_type = (mention_field(head, "mention") or "name") if head is not None else "", ""
        if index == own or head is None or continues:
            continue
        if not actor or not country or (actor, country) in known:
            continue
        known.add((actor, country))
        claimant = Speaker(speaker.text, speaker.start, speaker.end, actor, country, kind, actor_type)
        claimants.append(with_profile(claimant, profiles))
    return claimants
