"""General topic of a claim: the major topics of the Comparative Agendas Project (CAP).

`data/lexicons/topics.csv` (`topic,pattern,note`) holds German keyword regexes, matched
case-insensitively anywhere in a sentence. A sentence's topic is the one with most keyword hits
(every match of every row of that topic counts); ties go to the topic the context (the document's
title and lead, the headline's hits counted twice) names most, then to the one the headline names most,
then to the topic whose first row comes first in the file, so specific topics are listed before broad
ones. A sentence without any hit takes the topic of its context (the title and lead, the headline
counted twice and breaking ties), else `OTHER`.
`data/lexicons/issue_topics.csv` (`issue,topic`) maps the fine issues of `issues.csv` to topics.
`data/lexicons/domains.csv` (`domain,pattern,note`) holds keywords of news domains that are no policy
field (sport, the arts): they give no topic, but tell a text about them (`off_policy`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.lexicons import LexiconError, _compile, _rows, default_lexicon_dir
from pipeline.literals import SearchFilter

TOPICS = ("MACROECONOMICS", "CIVIL_RIGHTS", "HEALTH", "AGRICULTURE", "LABOUR", "EDUCATION",
          "ENVIRONMENT", "ENERGY", "IMMIGRATION", "TRANSPORT", "LAW_CRIME", "SOCIAL_WELFARE",
          "HOUSING", "COMMERCE", "DEFENCE", "TECHNOLOGY", "FOREIGN_TRADE",
          "INTERNATIONAL_AFFAIRS", "GOVERNMENT_OPERATIONS", "PUBLIC_LANDS", "CULTURE", "OTHER")
OTHER = "OTHER"


@dataclass(frozen=True)
class TopicRule:
    topic: str
    regex: re.Pattern
    note: str = ""


def _check_topic(path: Path, line: int, topic: str, allow_other: bool) -> str:
    if topic not in TOPICS or (topic == OTHER and not allow_other):
        known = ", ".join(t for t in TOPICS if allow_other or t != OTHER)
        raise LexiconError(path, line, f"unknown topic {topic!r} (known: {known})")
    return topic


def load_topic_rules(path: Path) -> list[TopicRule]:
    """Rules of `topics.csv` in file order; a bad line raises `LexiconError` (file:line)."""
    rules = []
    for line, row in _rows(path, ("topic", "pattern")):
        topic = _check_topic(path, line, row["topic"], allow_other=False)
        rules.append(TopicRule(topic, _compile(path, line, row["pattern"], re.IGNORECASE),
                               row.get("note", "")))
    return rules


def load_domain_rules(path: Path) -> list[TopicRule]:
    """Rules of `domains.csv` (a domain of no policy and its keywords); a missing file means none."""
    if not path.exists():
        return []
    rules = []
    for line, row in _rows(path, ("domain", "pattern")):
        domain = row["domain"]
        if not re.fullmatch(r"[A-Z][A-Z_]*", domain):
            raise LexiconError(path, line, f"domain {domain!r} must be an UPPER_CASE code")
        rules.append(TopicRule(domain, _compile(path, line, row["pattern"], re.IGNORECASE), row.get("note", "")))
    return rules


def load_issue_topics(path: Path) -> dict[str, str]:
    """`issue_topics.csv`: issue code → topic; a missing file means no mapping."""
    if not path.exists():
        return {}
    mapping: dict[str, str] = {}
    for line, row in _rows(path, ("issue", "topic")):
        issue = row["issue"]
        if not re.fullmatch(r"[A-Z][A-Z_]*", issue):
            raise LexiconError(path, line, f"issue {issue!r} must be an UPPER_CASE code")
        if issue in mapping:
            raise LexiconError(path, line, f"issue {issue} is mapped twice")
        mapping[issue] = _check_topic(path, line, row["topic"], allow_other=True)
    return mapping


class TopicCoder:
    """Codes the CAP topic of a sentence; `topic_of_issue` maps an issue code to its topic."""

    def __init__(self, directory: Path | None = None):
        directory = Path(directory) if directory else default_lexicon_dir()
        self.rules = load_topic_rules(directory / "topics.csv")
        self.issue_topics = load_issue_topics(directory / "issue_topics.csv")
        self.domains = load_domain_rules(directory / "domains.csv")
        self._domain_filter = SearchFilter(self.domains)
        self._rank: dict[str, int] = {}
        for rule in self.rules:
            self._rank.setdefault(rule.topic, len(self._rank))
        # most sentences name no topic: a substring test rules most rules out before their regex runs
        self._filter = SearchFilter(self.rules)
        # per coder, not per class: a class-level cache would keep every coder alive and share
        # entries between coders of different lexicon folders
        self._scores = lru_cache(maxsize=4096)(self._count_hits)  # each claim's sentence, a speaker's words
        self._best = lru_cache(maxsize=4096)(self._best_topic)  # a sentence with several claims, a lead
        self._domain_hits = lru_cache(maxsize=1024)(self._count_domain_hits)  # a document's lead, asked per claim
        self._lead_best = lru_cache(maxsize=1024)(self._lead_topic)  # a document's title and lead, asked per claim

    def scores(self, text: str) -> dict[str, int]:
        """Keyword hits per topic (topics without a hit are left out)."""
        return dict(self._scores(text or ""))

    def _count_hits(self, text: str) -> dict[str, int]:
        hits: dict[str, int] = {}
        for rule, regex, target in self._filter.searches(text):
            count = len(regex.findall(target))  # one item per match, whatever its groups
            if count:
                hits[rule.topic] = hits.get(rule.topic, 0) + count
        return hits

    def _best_topic(self, text: str) -> str | None:
        return self._top(self._scores(text or ""))

    def _top(self, hits: dict[str, int], context: str = "", title: str = "") -> str | None:
        """The topic with the most hits; on a tie the one `context` (the lead) and `title` (the headline,
        counted twice) name most, then the one the title names most, then the first in topics.csv
        (`Bei der Finanzierung des Wahlkampfs, bis hin zur Bahnfahrt`, one hit each of elections and
        transport, in an article whose lead is about the presidential race: elections); None without hits."""
        if not hits:
            return None
        most = max(hits.values())
        tied = [topic for topic in hits if hits[topic] == most]
        if len(tied) == 1:
            return tied[0]
        around = self._lead_scores(context, title)
        head = self._scores(title) if title else {}  # read only: the cached dicts themselves
        return min(tied, key=lambda topic: (-around.get(topic, 0), -head.get(topic, 0), self._rank[topic]))

    def _lead_scores(self, context: str, title: str = "") -> dict[str, int]:
        """Hits of `context` (the title and lead), those of its `title` (the headline) counted twice: the
        headline names what the article is about, a later line of the lead often the occasion
        (`Regierungsumbildung unter neuem Premier` before `vom UN-Gipfel zurückgekommen`: the cabinet)."""
        hits = self._scores(context) if context else {}
        if not title:
            return hits
        merged = Counter(hits)  # (a copy: `hits` is the cached dict itself)
        merged.update(self._scores(title))
        return merged

    def _best_in(self, text: str, context: str, title: str = "") -> str | None:
        """`_best_topic` of `text`, a tie broken by what `context` and `title` name (`_top`)."""
        return self._top(self._scores(text or ""), context, title)

    def _best_lead(self, context: str, title: str = "") -> str | None:
        """The topic of the title and lead (`_lead_scores`), a tie broken by the title, then file order."""
        if not title:
            return self._best(context)
        return self._lead_best(context, title)

    def _lead_topic(self, context: str, title: str) -> str | None:
        return self._top(self._lead_scores(context, title), "", title)

    def topic(self, text: str, context: str = "", issue_topic: str | None = None, occasion: bool = False,
              title: str = "", question: str = "") -> str:
        """Topic of `text`; if it names none, `issue_topic`, else that of `context` (title, lead; its
        `title`, the headline, counts twice: `_lead_scores`), else OTHER. `issue_topic` (the topic of the
        claim's issue) also wins when `text` names it among others; a text that names only other topics
        keeps its own (`Gespräche über die Schulreform`: EDUCATION, though talks are an issue of
        INTERNATIONAL_AFFAIRS). An issue of any field (`occasion`: talks, a `generic` issue of
        `issues.csv`) takes the topic of `text`, else of `context`, and `issue_topic` only when neither
        names one (`Die Grünen sind verhandlungsbereit` in an article on the school reform: EDUCATION).
        An interview's answer (`question`: the interviewer's question before it) that names no topic takes
        the question's before the lead's: the question sets what the answer is about (`Was heißt es,
        armutsgefährdet zu sein?` before `Das führt zu Einsamkeit.`: SOCIAL_WELFARE, in an interview whose
        lead is on refugees); a tie of the question's topics goes to the lead."""
        if occasion:
            return self._best_in(text, context, title) or self._best_in(question, context, title) \
                or self._best_lead(context, title) or issue_topic or OTHER
        if issue_topic:
            hits = self._scores(text or "")  # read only: the cached dict itself
            return issue_topic if not hits or issue_topic in hits else self._top(hits, context, title)
        return self._best_in(text, context, title) or self._best_in(question, context, title) \
            or self._best_lead(context, title) or OTHER

    def domain_hits(self, text: str) -> int:
        """Keyword hits of the domains of no policy (`domains.csv`: sport, the arts) in `text`."""
        return self._domain_hits(text or "")

    def _count_domain_hits(self, text: str) -> int:
        return sum(len(regex.findall(target)) for _, regex, target in self._domain_filter.searches(text))

    def off_policy(self, text: str) -> bool:
        """`text` (a title and lead) is about a domain of no policy: it has hits of `domains.csv`, and they
        and CULTURE's (`Fußball`, `Museum`) outnumber those of all policy topics together (`Der Trainer
        lobte das Team nach dem Derby`; not `Die Regierung kürzt die Förderung des Sports`)."""
        domain = self.domain_hits(text)
        if not domain:
            return False
        hits = self.scores(text)
        culture = hits.pop("CULTURE", 0)
        return domain + culture > sum(hits.values())

    def topic_of_issue(self, issue: str) -> str | None:
        """Topic of an `issues.csv` code (CEASEFIRE → INTERNATIONAL_AFFAIRS); None if unmapped."""
        return self.issue_topics.get(issue)
