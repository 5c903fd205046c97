"""Embedded tweets: scraped news keeps a tweet's text and its link (`… pic.twitter.com/xyz`) in
the running text, right after the sentence that names who tweeted (`Julia Klöckner bezeichnete
Gaulands Verhalten als typisches AfD-Muster. Lieber Boateng als Gauland als Nachbarn. …
https://t.co/…`). Every sentence of the tweet is that person's verbatim speech, whatever
speech its own words seem to report (`Viele nennen #Boateng-Äußerung von #Gauland …`)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from pipeline.phrases import doc_text, token_words
from pipeline.quotes.records import Quote, quotes_by_sentence

TWEET_LINK = re.compile(r"(^|[/.])(t\.co|twitter\.com|x\.com)/\w", re.I)
TWEET_WORD = re.compile(r"(^|\s)[#@]\w")  # a hashtag or handle: `#Gauland`, `@BMJV_Bund`
TRAILING_TAGS = re.compile(r"(\s*[#@][\w-]+)+\s*$")  # `… #Wedding #Gauland`, also glued: `Gründen#Boateng`
WORD = re.compile(r"\S*[^\W\d_]\S*")  # between spaces, with a letter
TWEET_LENGTH = 280  # characters a tweet holds at most: a longer run is the report again
MIN_WORDS = 3  # words a tweet sentence needs to state a position (`Zu recht!` states none)
# speech carried on from a speaker before without a cue of its own: a tweet after another tweet, whose
# author no sentence before names, is not the last speaker's (`Love it! #G7 … pic.twitter.com/…` in a run
# of users' tweets after Merkel was named)
CARRIED_RULES = ("indirect:follow-on", "direct:unmarked", "direct:continuation")
PLACED_KINDS = ("name", "role", "description", "group", "place")  # a speaker named in the embedding sentence


def _link_end(sent: Span) -> bool:
    """The sentence ends with a link to a tweet (the sentencizer ends a sentence after such a link)."""
    texts = token_words(sent.doc)[0]  # (the words by index: no Token made of each; `is_space` is `str.isspace`)
    last = next((texts[i] for i in range(sent.end - 1, sent.start - 1, -1) if not texts[i].isspace()), None)
    return last is not None and bool(TWEET_LINK.search(last))


def _tweet_words(sent: Span) -> bool:
    """Hashtags and handles (`#Gauland`, `@BMJV_Bund`) are written in tweets, not in reports."""
    return bool(TWEET_WORD.search(sent.text))


def _tweeted(sent: Span) -> bool:
    """The sentence holds a tweet's link or its hashtags and handles: a tweet of its own."""
    return _tweet_words(sent) or any(TWEET_LINK.search(text) for text in token_words(sent.doc)[0][sent.start:sent.end])


class EmbeddedTweets:
    """Attribute the sentences of an embedded tweet to the speaker of the sentence before it."""

    def apply(self, sentences: list[Span], quotes: list[Quote]) -> list[Quote]:
        """`quotes` (each placed in its sentence) with the quotes inside tweets replaced by one
        DIRECT quote per tweet sentence (rule `direct:tweet`); a tweet's last sentence right after another
        tweet, whose tweeter no sentence before names, carries on no speaker's speech (CARRIED_RULES dropped)."""
        by_sentence = quotes_by_sentence(quotes)
        inside: set[int] = set()
        unowned: set[int] = set()
        tweets: list[Quote] = []
        for end, sent in enumerate(sentences):
            if not _link_end(sent):
                continue
            found = self._run(sentences, end, by_sentence)
            tweeter = self._speaker_before(by_sentence.get(found[0], [])) if found else None
            if tweeter is None:
                if end > 0 and _tweeted(sentences[end - 1]):
                    unowned.add(end)  # one of a run of tweets by users no sentence names
                continue
            inside.update(found[1])
            for index in found[1]:
                content = self._content(sentences[index])
                if content is not None:
                    tweets.append(Quote("DIRECT", "", -1, -1, content[0], content[1], index, replace(tweeter),
                                        None, "direct:tweet"))
        quotes = [q for q in quotes if not (q.sentence in unowned and q.cue_start < 0 and q.rule in CARRIED_RULES)]
        if not inside:
            return quotes
        kept = [q for q in quotes if q.sentence not in inside]
        return sorted(kept + tweets, key=lambda q: q.sentence)  # stable: the order within a sentence stays

    @staticmethod
    def _run(sentences: list[Span], end: int, by_sentence: dict[int, list[Quote]]) -> tuple[int, list[int]] | None:
        """(the embedding sentence, the tweet's sentences): back from the sentence its link ends, to
        the first sentence with a placed speaker that is not written like a tweet (hashtags); None
        when the run gets longer than a tweet first, reaches another tweet's link (a tweet after a
        tweet), or when the link's own sentence has a speaker."""
        run, length = [], 0
        for index in range(end, -1, -1):
            sent = sentences[index]
            if index != end and _link_end(sent):
                return None  # another tweet's link: this tweet follows it, and no sentence names its author
            own_speaker = any(q.speaker is not None and q.speaker.actor_country and q.speaker.kind in PLACED_KINDS
                              for q in by_sentence.get(index, []))
            if not run and own_speaker and any(q.cue_start >= 0 for q in by_sentence.get(index, [])):
                return None  # `FPÖ begrüßt geflüchtete Kinder. pic.twitter.com/…`: a headline reporting
                # someone's act is a linked report, not the speaker's words
            if run and own_speaker and not _tweet_words(sent):
                return index, run
            length += len(sent.text)
            if length > TWEET_LENGTH + 40:  # the link itself is not counted against the tweet
                return None
            run.insert(0, index)
        return None

    @staticmethod
    def _speaker_before(quotes: list[Quote]):
        """The placed speaker of the embedding sentence's last speech (not a pronoun nobody placed)."""
        for quote in reversed(quotes):
            speaker = quote.speaker
            if speaker is not None and speaker.actor_country and speaker.kind in PLACED_KINDS:
                return speaker
        return None

    @staticmethod
    def _content(sent: Span) -> tuple[int, int] | None:
        """The sentence's characters without the tweet link and the hashtags trailing it
        (`Zu recht! #Wedding #Gauland pic.twitter.com/…`); None for fewer than three words."""
        words = [t for t in sent if not t.is_space and not TWEET_LINK.search(t.text)]
        if not words:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        text = TRAILING_TAGS.sub("", doc_text(sent.doc)[start:end])
        if len(WORD.findall(text)) < MIN_WORDS:
            return None
        return start, start + len(text)
