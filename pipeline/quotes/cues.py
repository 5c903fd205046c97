"""Cue words from `cues.csv`/`verbs.csv`: which token is a verb of saying, a claim verb, a
source marker or a position noun, with its separable particle and its auxiliaries."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import compress
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from pipeline.lexicons import Cue, Lexicons, konjunktiv_i_reader
from pipeline.literals import PrefixIndex, SearchFilter, fold, required_substrings
from pipeline.phrases import morph_indices, morph_values, morph_values_at, sentence_bounds, token_words, tokens_of
from pipeline.quotes.clauses import (CLAUSE_BREAKS, Blocked, clause_after_insertion, clause_range, finite_verb,
                                     host_before_embedded)
from pipeline.quotes.records import JUDGEMENT_TYPES


MEMO_SIZE = 100_000  # words remembered per matcher
INSERTION_DASHES = ("–", "—", "-")  # the dashes around an inserted phrase (`– trotz Kritik –`)
MAX_DASH_INSERTION = 12  # the most words such a phrase holds
PARTICLE_LABELS = ("compound:prt", "svp")  # a separable verb particle in UD and TIGER parses
AUXILIARY_LABELS = ("aux", "aux:pass", "oc")
SUBJECT_LABELS = ("nsubj", "sb")
APPOSITION_LABELS = ("appos", "flat", "app", "pnc")  # a name's apposition or further part in UD and TIGER
OBJECT_LABELS = ("obj", "iobj", "expl", "expl:pv", "oa", "da")
ATTRIBUTE_LABELS = ("det", "det:poss", "amod", "nk")  # an article or adjective of a noun


class CueMatcher:
    """Match tokens against the lexicon's cue lists (speech, act, source, noun)."""

    def __init__(self, lexicons: Lexicons):
        self.speech = lexicons.cues_of("speech")
        self.acts = lexicons.cues_of("act")
        self.sources = lexicons.cues_of("source")
        self.nouns = lexicons.cues_of("noun")
        # `die von der Kammer geforderte Reform`: a participle whose agent after `von` holds the position
        self.participles = lexicons.cues_of("participle")
        self.relatives = lexicons.word_class("relative_pronoun")  # `die`, `denen`: an embedded clause's opener
        self.verbs = self.speech + self.acts
        # content cues of an accusation, rejection or agreement: a verdict (`schlicht rassistisch`)
        self.verdicts = SearchFilter([cue for cue in lexicons.cues_of("content")
                                      if cue.claim_type in JUDGEMENT_TYPES])
        self._ids = {id(cue): i for i, cue in enumerate(lexicons.cues)}
        self._indexes: dict[int, PrefixIndex] = {}
        self._matching: dict[int, dict[str, tuple[Cue, ...]]] = {}  # per cue list (`id`): word → cues
        self._any_cues = self.verbs + self.sources + self.nouns + self.participles  # one list for `may_cue`, asked of every word
        self._may_cue: dict[str, bool] = {}
        self._particle_words: dict[re.Pattern, dict[str, bool]] = {}  # per particle: word → whether it is one
        # per particle and sentence (start, end) of the last Doc's words: the indices of its forms there (the
        # words tuple kept, no Doc: a new Doc's words start a new memo)
        self._particle_places: tuple[tuple[str, ...] | None, dict[tuple[re.Pattern, int, int], list[int]]] = (None, {})
        # per sentence (start, end) of the last Doc's words: the `fold` of its words (`_possible_cues`)
        self._sentence_folds: tuple[tuple[str, ...] | None, dict[tuple[int, int], str]] = (None, {})
        # each Doc's lower-case words (`token_words`) and the indices of those that `may_cue_word`
        self._cue_positions: WeakKeyDictionary[Doc, tuple[tuple[str, ...], list[int]]] = WeakKeyDictionary()
        # the lists' indexes made now, not at a first document: a fork pool's workers (`--jobs`) inherit them
        for cues in (self.speech, self.verbs, self.sources, self.nouns, self.participles, self._any_cues):
            self._index(cues)
        self.ki = lexicons.word_class("ki")
        self.ki2 = lexicons.word_class("ki2")
        self._konjunktiv_words = self.ki | self.ki2  # (`subjunctive_candidates`)
        self.past_in_e = lexicons.word_class("past_in_e")
        self.konjunktiv_i = konjunktiv_i_reader(lexicons)  # `sei`, `verwerte`: the `ki` list, also prefixed
        self.hedges = lexicons.word_class("hedge")
        self.auxiliaries = lexicons.word_class("auxiliary")
        # `ist`, `hat`: a cue that lists them with required words (`ist sich sicher`) makes no verb of them
        self.function_verbs = self.auxiliaries | lexicons.word_class("copula") | lexicons.word_class("perfect_auxiliary")
        self.passive_auxiliaries = lexicons.word_class("passive_auxiliary")
        self.passive_speech = lexicons.word_class("passive_speech")
        self.pronominal_adverbs = lexicons.word_class("pronominal_adverb")
        self.ambiguous_prefixes = lexicons.word_class("ambiguous_prefix")
        self.separable_prefixes = lexicons.word_class("separable_prefix")
        self.adverb_prefixes = lexicons.word_class("adverb_prefix")
        self.cue_object_nouns = lexicons.word_class("cue_object_noun")
        self.causatives = lexicons.word_class("causative")
        self.reflexive_predicates = lexicons.word_class("reflexive_predicate")
        self.cue_manner_nouns = lexicons.word_class("cue_manner_noun")
        self.clause_openers = lexicons.word_class("clause_opener")
        self.copulas = lexicons.word_class("copula")
        self.manner_participles = lexicons.word_class("manner_participle")  # `lehnt es entschieden ab`
        self.tense_auxiliaries = lexicons.word_class("tense_auxiliary") | lexicons.word_class("perfect_auxiliary") \
            | lexicons.word_class("passive_auxiliary")
        self.coordinators = lexicons.word_class("coordinator")
        self.verb_negators = lexicons.word_class("verb_negator")
        self.correlatives = lexicons.word_class("negation_correlative")  # `nicht (nur) …, sondern (auch) …`
        self.comparison_particles = lexicons.word_class("comparison_particle")  # `wie erwartet`, `als erwartet`
        self.impersonal = lexicons.word_class("impersonal_pronoun")  # `es` of `hieß es`: the verb's own subject
        # `alles andere als überzeugt`: a negator ending in a comparison particle (german.csv `weak_negator`)
        self.particle_negators = tuple(w.split() for w in lexicons.word_class("weak_negator") if " " in w)
        self.articles = lexicons.word_class("article")
        # what a DET tag may be: an article, a quantifier, a word that is never a verb (`meinen Plan`)
        self.determiners = self.articles | lexicons.word_class("plural_quantifier") | lexicons.word_class("not_verb_form")
        self.prepositions = lexicons.word_class("preposition")
        self.attribute_endings = ("e", "en", "er", "es", "em")  # `geforderte`, `kritisierten`; not `drängt`
        self.intent_modals = lexicons.word_class("intent_modal")  # `will … senken`: a plan of the subject
        self.greeting_verbs = lexicons.word_class("greeting_verb")  # `begrüßte den Besucher`: no position
        self.greeted_nouns = lexicons.word_class("greeted_noun")
        # `Der Bahn droht ein neuer Streik`: what looms (german.csv looming_verb, looming_article, threat_preposition)
        self.looming_verbs = lexicons.word_class("looming_verb")
        self.looming_articles = lexicons.word_class("looming_article")
        # `Der Regierung droht die Spaltung`, `Der SPÖ drohen neue Streiks`: the subject after the verb (german.csv
        # looming_definite: no dative article) or a dative before it (dative_article; `der` before looming_plural)
        self.looming_definites = lexicons.word_class("looming_definite")
        self.looming_plurals = lexicons.word_class("looming_plural")
        # `appelliert an konservative Wähler`: campaign wooing of voters, no call on a side (german.csv wooing_verb,
        # voter_noun)
        self.wooing_verbs = lexicons.word_class("wooing_verb")
        self.voter_nouns = lexicons.word_class("voter_noun")
        self.dative_articles = lexicons.word_class("dative_article")
        self.threat_prepositions = lexicons.word_class("threat_preposition")
        # `Der Kanzler lädt zu einem Treffen`: an event announced, no offer to a side (german.csv inviting_verb,
        # meeting_noun)
        self.inviting_verbs = lexicons.word_class("inviting_verb")
        self.meeting_nouns = tuple(lexicons.word_class("meeting_noun"))
        self.genitive_articles = lexicons.word_class("genitive_article")

    def cue_id(self, cue: Cue | None) -> int | None:
        """The cue's index in `Lexicons.cues` (what a `Quote` stores), None for no cue."""
        return None if cue is None else self._ids[id(cue)]

    def verdict(self, text: str) -> bool:
        """`text` (lower case) gives a verdict: a content cue of an accusation, rejection or agreement."""
        return any(regex.search(target) for _, regex, target in self.verdicts.searches(text))

    def match(self, cues: list[Cue], token: Token) -> Cue | None:
        """The first cue of the list whose word forms include the token."""
        found = self.matching(cues, token.text.lower())
        return found[0] if found else None

    def matching(self, cues: list[Cue], word: str) -> tuple[Cue, ...]:
        """The cues of the list whose word forms include `word` (lower case), in list order.
        Memoised per list and word (a text repeats its words); a new word is tested only against
        the cues whose literal letters it starts with (measured: testing words against the cue
        patterns was a quarter of the run time)."""
        memo = self._matching.get(id(cues))  # (one memo per list: no key tuple built per call)
        if memo is None:
            memo = self._matching[id(cues)] = {}
        found = memo.get(word)
        if found is None:
            found = tuple(cues[i] for i in self._index(cues).candidates(word) if cues[i].regex.fullmatch(word))
            if len(memo) >= MEMO_SIZE:
                memo.clear()  # bounded memory on a corpus of any size
            memo[word] = found
        return found

    def _index(self, cues: list[Cue]) -> PrefixIndex:
        """The `PrefixIndex` of a cue list, made at its first use."""
        index = self._indexes.get(id(cues))
        if index is None:
            index = self._indexes[id(cues)] = PrefixIndex([cue.regex for cue in cues])
        return index

    def may_cue(self, token: Token) -> bool:
        """Whether any source, verb or noun cue lists the token's word: no other word starts an event."""
        return self.may_cue_word(token.text.lower())

    def may_cue_word(self, word: str) -> bool:
        """`may_cue` of a word (lower case), remembered per word: asked of every word of a text."""
        found = self._may_cue.get(word)
        if found is None:
            if len(self._may_cue) >= MEMO_SIZE:
                self._may_cue.clear()
            found = self._may_cue[word] = bool(self.matching(self._any_cues, word))
        return found

    def cue_word_indices(self, doc: Doc, start: int, end: int) -> list[int]:
        """The indices of the words from `start` to `end` that `may_cue_word`: the Doc's are found once
        (each distinct word asked once), then sliced for each sentence (anew when its tokens changed)."""
        lowers = token_words(doc)[1]
        known = self._cue_positions.get(doc)
        if known is None or known[0] is not lowers:
            words = list(set(lowers))
            flags = list(map(self._may_cue.get, words))  # (the memo read in C: most words were asked before)
            if None in flags:
                for k, word in enumerate(words):
                    if flags[k] is None:
                        flags[k] = self.may_cue_word(word)
            cue_words = set(compress(words, flags))
            known = self._cue_positions[doc] = lowers, [i for i, word in enumerate(lowers) if word in cue_words]
        positions = known[1]
        return positions[bisect_left(positions, start):bisect_left(positions, end)]

    def is_verb(self, token: Token) -> bool:
        """A speech or act cue lists the word; an auxiliary or copula (`ist` of `ist sich sicher`, `hat` of
        `hat keinen Zweifel`) only where a cue lists it on its own, with no required words: no verb of saying
        of every `ist`, `hat`."""
        return self._listed(self.verbs, token.text.lower())

    def _listed(self, cues: list[Cue], word: str, alone: bool = False) -> bool:
        """A cue of the list has the word; an auxiliary or copula (`function_verbs`), or any word with `alone`,
        counts only by a cue that needs no other word (a full verb stays listed by its idioms: `sah` of `sah es
        ähnlich`, a verb's form wherever it stands)."""
        found = self.matching(cues, word)
        if alone or word in self.function_verbs:
            return any(not cue.requires for cue in found)
        return bool(found)

    def in_force(self, token: Token, sent: Span, blocked: Blocked = ()) -> bool:
        """A cue word with rules of its own here: listed by a cue that needs no other word, or a cue whose
        required words its clause has (`hatte` of `hatte keinen Zweifel`, `stößt` of `stößt ins gleiche Horn`;
        not `…, hatte X in der Nacht getwittert`, `Das stößt auf wenig Gegenliebe`, whose verbs only idioms list)."""
        return self._in_force_among(self._any_cues, token, sent, blocked)

    def verb_in_force(self, token: Token, sent: Span, blocked: Blocked = ()) -> bool:
        """`in_force` of the speech and act cues (`is_verb` in the sentence): a verb that only idioms list counts
        where one of them matches (`stößt ins gleiche Horn`, not `stößt auf Kritik`)."""
        return self._in_force_among(self.verbs, token, sent, blocked)

    def _in_force_among(self, cues: list[Cue], token: Token, sent: Span, blocked: Blocked) -> bool:
        """A cue of the list that needs no other word has the token's word, or a cue whose required words
        the token's clause has (`match_verb`)."""
        return self._listed(cues, token.text.lower(), alone=True) or self.match_verb(token, sent, blocked) is not None

    def is_speech_verb(self, token: Token) -> bool:
        return self.match(self.speech, token) is not None

    def particle(self, cue: Cue, token: Token, sent: Span, blocked: Blocked = ()) -> Token | None:
        """The separable particle (`lehnt … ab`, `sich … ausgesprochen für`) in the sentence, if the
        cue needs one; the verb itself when it does not."""
        if cue.particle is None:
            return token
        doc = token.doc
        for k in self._particle_places_in(cue.particle, doc, sent):  # (a Token only for a particle's form)
            if k != token.i:
                other = doc[k]
                if not any(a <= other.idx < b for a, b in blocked) and self._clause_final(other, sent, token) \
                        and not self._coordinated_verb_between(doc, token.i, k) \
                        and not self._in_other_clause(other, token, sent, blocked) \
                        and not self._subject_elsewhere(other, token, sent, blocked):
                    return other  # (not inside the quotation)
        return None

    def _particle_places_in(self, particle: re.Pattern, doc: Doc, sent: Span) -> list[int]:
        """The indices of the sentence's words that are forms of the particle: found once per sentence and
        particle, for all its verbs."""
        texts = token_words(doc)[0]
        if self._particle_places[0] is not texts:
            self._particle_places = (texts, {})
        places = self._particle_places[1].get((particle, sent.start, sent.end))
        if places is None:
            memo = self._particle_words.get(particle)  # (each word tested once per particle, not per sentence)
            if memo is None or len(memo) >= MEMO_SIZE:
                memo = self._particle_words[particle] = {}
            words = texts[sent.start:sent.end]
            flags = list(map(memo.get, words))  # (the memo read in C: most words are known, few are particles)
            if None in flags:
                fullmatch = particle.fullmatch
                for j, text in enumerate(words):
                    if flags[j] is None:
                        flags[j] = memo[text] = fullmatch(text) is not None
            places = self._particle_places[1][(particle, sent.start, sent.end)] = list(
                compress(range(sent.start, sent.end), flags))
        return places

    def _subject_elsewhere(self, particle: Token, verb: Token, sent: Span, blocked: Blocked) -> bool:
        """The particle is an impersonal subject (german.csv impersonal_pronoun: `es` of `hieß es`) outside
        the verb's clause: `Es gebe …, hieß es` has its `es` after the verb, not the reported clause's."""
        if particle.lower_ not in self.impersonal:
            return False
        lo, hi = clause_range(verb.doc, sent, verb.i, blocked)
        return not lo <= particle.i < hi

    @staticmethod
    def _in_other_clause(particle: Token, verb: Token, sent: Span, blocked: Blocked) -> bool:
        """The particle stands after the verb, outside its clause, in a clause with a finite verb of its own,
        or is that clause's auxiliary (`zeigt sich erstaunt, dass … sich Zeit gelassen hat`, `lächelt zufrieden,
        das Produkt ist lanciert`): a word of that later clause, not the verb's particle after an insertion
        (`lehnte den Plan, den X vorgelegt hatte, ab`, whose `ab` closes a clause without a verb; `zeigte sich X
        (…) überzeugt`, a predicative the tagger may read as a finite verb)."""
        if particle.i < verb.i:
            return False
        lo, hi = clause_range(verb.doc, sent, particle.i, blocked)
        return not lo <= verb.i < hi and any(finite_verb(t) and (t.i != particle.i or t.pos_ == "AUX")
                                             for t in verb.doc[lo:hi])

    def _coordinated_verb_between(self, doc: Doc, verb: int, particle: int) -> bool:
        """A coordinator and a verb after it stand between the verb and a particle after it (`griff
        die Pläne auf und führte an`, `führte an und führte aus`): the particle is the second verb's."""
        return any(doc[j].lower_ in self.coordinators and doc[j + 1].is_lower
                   and (finite_verb(doc[j + 1]) or self.match(self.verbs, doc[j + 1]) is not None)
                   for j in range(verb + 1, particle - 1))

    def _clause_final(self, particle: Token, sent: Span, verb: Token) -> bool:
        """A separable prefix closes its clause (`gab … an,`) or stands right before its verb at the
        end of a verb-final clause, written apart (`wie das Ministerium bekannt gab`, `hat seinen
        Rücktritt bekannt gegeben`); `zu wollen` is no particle."""
        lower = particle.text.lower()
        if lower not in self.ambiguous_prefixes:
            return True
        if particle.i == verb.i - 1 and lower != "zu":
            return True
        following = particle.nbor(1) if particle.i + 1 < sent.end else None
        return following is None or following.is_punct or following.text.lower() in self.clause_openers

    def match_verb(self, token: Token, sent: Span, blocked: Blocked = ()) -> tuple[Cue, Token] | None:
        """The first speech or act cue that fits `token` and whose particle the sentence has."""
        cues = self._possible_cues(self.matching(self.verbs, token.text.lower()), token, sent)
        if not cues or self._noun_by_case(token):
            return None
        if token.i > sent.start and token.nbor(-1).text.lower() in self.comparison_particles \
                and not self._after_particle_negator(token, sent):
            return None  # `wie erwartet`, `stärker als erwartet`: a set phrase, nobody speaks
        if self._not_a_verb(token) or self._greets_people(token, sent, blocked) or self._manner_adverb(token, sent, blocked) \
                or self._looms(token, sent, blocked) or self._hosts_event(token, sent, blocked) \
                or self._woos_voters(token, sent):
            return None
        # `found`: the plain verb, or a particle outside the verb's clause; `best`: a particle in it (each with
        # its `_required_rank`)
        found: tuple[tuple[bool, int], Cue, Token] | None = None
        best: tuple[tuple[bool, int], Cue, Token] | None = None
        lo = hi = -1  # the verb's clause, found once for all cues
        stative: bool | None = None
        words: Sequence[str] | None = None  # the clause's words, read once for all cues that require some
        clause: Sequence[str] = ()
        folded = ""
        wider: list[tuple[Sequence[str], str]] | None = None  # `_wider_words`, with their `fold`
        excludable: list[str] | None = None  # the words a cue's `excludes` is sought in
        for cue in cues:
            if lo < 0:
                lo, hi = clause_range(token.doc, sent, token.i, blocked)
            if cue.kind == "speech":
                if stative is None:
                    stative = self._stative_participle(token, lo, hi)
                if stative:
                    continue
            if cue.requires or cue.excludes is not None:
                texts = token_words(token.doc)[0]
                if words is None:
                    lowers = token_words(token.doc)[1]
                    clause = texts[lo:hi]  # the clause's words (no Token made of each)
                    # the conjunction opening the clause is no word of the idiom (`Als die Polizei … sah`)
                    # (but `Als Fehler sah es Müller an`: words after the verb, so a main clause with `als` in its prefield)
                    words, folded = _without_spaces(clause[1:] if clause and lowers[lo] in self.clause_openers
                                                    and not self._verb_second(token, hi) else clause)
                if not self._has_required(cue, words, folded):
                    if wider is None:  # (read once for all cues, each with its `fold`)
                        wider = [_without_spaces(other) for other in self._wider_words(
                            token, sent, blocked, lo, hi, words) if other]
                    if not any(self._has_required(cue, other, other_folded) for other, other_folded in wider):
                        continue  # `besteht … auf` (not `Angriffe auf` elsewhere in the sentence)
                if cue.excludes is not None and excludable is None:  # (read once for all cues)
                    excludable = [*clause, *(t.text for t in self._particle_children(token))]
                if self.excluded(cue, excludable or ()):
                    continue  # `befanden sich` is no judgement; `sieht … (…) vor` is `vorsehen`
            particle = self.particle(cue, token, sent, blocked)
            if particle is None:
                continue
            if particle is token and token.lower_ in self.intent_modals and not self._wants_a_thing(token, sent, lo, hi):
                continue  # `will` without an infinitive of its own only with a noun it wants (`will eine Reform`)
            if particle is not token and token.lower_ in self.intent_modals \
                    and not (token.i < particle.i < hi and particle.is_lower):
                continue  # `will … senken`: the modal's own infinitive, after it in its clause (not `… senken will`)
            if particle is not token and lo <= particle.i < hi:
                # `sagte Ägypten Hilfe zu` (not `Sie nehme zu, sagte er`); `hält er wenig, nachdem
                # … für …` is `halten wenig von`, not `halten für`
                if not cue.requires and best is None:
                    return cue, particle
                best = self._nearer(best, cue, particle, token, lo, hi)
                continue  # another row of the verb may require a word nearer to it
            if best is None:  # `sagte`, unless a later cue's particle is in its clause
                found = self._nearer(found, cue, particle, token, lo, hi)
        chosen = best or found
        return (chosen[1], chosen[2]) if chosen is not None else None

    def _possible_cues(self, cues: Sequence[Cue], token: Token, sent: Span) -> Sequence[Cue]:
        """The cues of the token's word that its sentence may complete, in order: a cue's separable particle
        (`ist … überzeugt`, `gab … bekannt`) as a word of the sentence other than the token itself (`particle`
        seeks it nowhere else), and each word it requires (verbs.csv `requires`: `ist` of `ist sich sicher`,
        `hat` of `hat keinen Zweifel`). `match_verb` seeks a required word in the verb's clause or in a wider
        part of its sentence (`_wider_words`), never outside it; so a required word none of whose literals
        (`required_substrings`) the sentence's words hold rules its cue out here at once. (A literal with a
        space may span two parts that `_wider_words` joins: it rules nothing out.) Most forms of `sein`,
        `haben`, `geben` that cues list fail here, before the verb's clause is read. The particle's literals
        are tested the same way first: its places in the sentence (a word's test each) are sought only where
        the sentence may hold it."""
        if all(cue.particle is None and not cue.requires for cue in cues):
            return cues
        folded = self._sentence_fold(token.doc, sent)
        return [cue for cue in cues if all(_may_hold(word, folded) for word in cue.requires)
                and (cue.particle is None or _may_hold(cue.particle, folded)
                     and any(k != token.i for k in self._particle_places_in(cue.particle, token.doc, sent)))]

    def _sentence_fold(self, doc: Doc, sent: Span) -> str:
        """The `fold` of the sentence's words joined by spaces (`_without_spaces`), read once per sentence."""
        texts = token_words(doc)[0]
        if self._sentence_folds[0] is not texts:
            self._sentence_folds = (texts, {})
        folded = self._sentence_folds[1].get((sent.start, sent.end))
        if folded is None:
            folded = self._sentence_folds[1][(sent.start, sent.end)] = _without_spaces(texts[sent.start:sent.end])[1]
        return folded

    def _wants_a_thing(self, token: Token, sent: Span, lo: int, hi: int) -> bool:
        """A modal of intent as a full verb: in a main clause (not `Wer eine Reduktion will, …`, `was er
        will`), whose other words are no verb (`will eine Reform`, `will keine neuen Steuern`, not `will …
        senken`, `Mitmischen wollen die Grünen`), with a noun as its object. Not in a subheading of the
        text's body, a line that ends in a word (`Die Parteien wollen eine neue Ordnung` over a section): the
        author's summary of what follows, no position reported. A Doc without a parse (`dep` 0) has no
        object to read."""
        doc = token.doc
        if not token.dep or not self._verb_second(token, hi) \
                or sent.start > 0 and not doc[sent.end - 1].is_punct:
            return False
        if any(t.pos_ in ("VERB", "AUX") and t.i != token.i for t in tokens_of(doc, lo, hi)):
            return False  # (an infinitive the tagger reads as finite, `will … das Feld nicht räumen`, too)
        # (the parser may read the object as a second subject: `Die Regierung will eine Reform`)
        nominals = [child for child in token.children if child.dep_ in ("obj", "nsubj")
                    and child.pos_ in ("NOUN", "PROPN", "PRON")]
        return any(child.pos_ == "NOUN" and (child.dep_ == "obj" or k > 0) for k, child in enumerate(nominals))

    def _nearer(self, chosen: tuple[tuple[bool, int], Cue, Token] | None, cue: Cue, particle: Token, verb: Token,
                lo: int, hi: int) -> tuple[tuple[bool, int], Cue, Token] | None:
        """The row chosen so far, or the cue where both require words and the cue's stand nearer to the verb
        (`_required_rank`): the first row that fits wins otherwise."""
        if chosen is None:
            return (self._required_rank(cue, verb, lo, hi) if cue.requires else (False, -1)), cue, particle
        if not cue.requires or not chosen[1].requires:
            return chosen
        rank = self._required_rank(cue, verb, lo, hi)
        return (rank, cue, particle) if rank < chosen[0] else chosen

    def _required_rank(self, cue: Cue, verb: Token, lo: int, hi: int) -> tuple[bool, int]:
        """How near the words a cue requires stand to its verb, to choose among rows of one verb that
        require different words (`sprach sich gegen eine Steuer für Reiche aus`: `gegen`, not `für`):
        whether each required word is attached to the verb (a dependent of it, or the preposition of
        one), then where in the clause the last of them first stands; smaller is nearer."""
        doc = verb.doc
        texts = token_words(doc)[0]
        # `Token.children` only on a parsed token (see _first_person_subject: without a parse spaCy reads
        # memory outside the document)
        heads = {verb.i, *(t.i for t in verb.children if t.dep_ in ("compound:prt", "svp"))} if verb.dep else {verb.i}
        attached, last = True, -1
        for word in cue.requires:
            hits = [k for size in range(1, word.pattern.count(" ") + 2)
                    for k in range(lo, hi - size + 1) if word.fullmatch(" ".join(texts[k:k + size]))]
            if not hits:
                return True, hi  # found across an insertion or a bracket: after the clause's own words
            last = max(last, min(hits))
            attached = attached and any(doc[k].head.i in heads or doc[k].head.head.i in heads
                                        and doc[k].dep_ in ("case", "det") for k in hits)
        return not attached, last

    def _after_particle_negator(self, token: Token, sent: Span) -> bool:
        """The words before the token are a weak negator that ends in a comparison particle (`alles
        andere als überzeugt`): a negated stance, no comparison."""
        return any(token.i - len(words) >= sent.start
                   and [t.lower_ for t in token.doc[token.i - len(words):token.i]] == words
                   for words in self.particle_negators)

    @staticmethod
    def _verb_second(token: Token, hi: int) -> bool:
        """The verb has a word after it in its clause that is no verb (`Als Fehler sah es Müller an,
        …`): a main clause, whose opening word is part of it, not a subordinate clause's conjunction,
        whose verbs close it (`Als die Polizei den Mann sah`, `…, als er ihn gesehen hatte`)."""
        return any(t.pos_ not in ("VERB", "AUX") and not t.is_punct for t in token.doc[token.i + 1:hi])

    def _wider_words(self, token: Token, sent: Span, blocked: Blocked, lo: int, hi: int,
                     words: Sequence[str]) -> Iterator[Sequence[str]]:
        """Where the clause's `words` lack what a cue requires, the wider word lists tried in turn: with
        the part before an embedded clause (`kann sich eine Umschichtung von Mitteln, die …, vorstellen`),
        across a short bracket, after an inserted comparison clause, across `, sondern`, across an inserted
        phrase between dashes (empty: none)."""
        host = host_before_embedded(token.doc, sent, lo, token.i, blocked, self.relatives)
        yield () if host is None else [*token_words(token.doc)[0][host[0]:host[1]], *words]
        yield self._words_across_brackets(token, sent, blocked, lo, hi)
        yield self._words_after_insertion(token, sent, blocked, lo, hi)
        yield self._words_across_correlative(token, sent, blocked, lo, hi)
        yield self._words_across_dashes(token, sent, blocked, lo, hi)

    @staticmethod
    def _words_across_dashes(token: Token, sent: Span, blocked: Blocked, lo: int, hi: int) -> Sequence[str]:
        """The words of the verb's clause with its rest after a phrase inserted between two dashes right
        after the verb's words (`stimmte der Nationalrat – trotz Kritik der Opposition – gegen die Reform`):
        the inserted words are left out, they belong to no idiom of the verb. None where no dash follows the
        verb in its clause, where no second dash closes the insertion within its clause, or where the
        insertion holds a finite verb (`– das sei klar –`: a clause of its own, whose dashes may end a thought)."""
        if hi >= sent.end or hi <= token.i or token.doc[hi].text not in INSERTION_DASHES:
            return ()
        texts = token_words(token.doc)[0]
        close = next((k for k in range(hi + 2, min(sent.end, hi + 2 + MAX_DASH_INSERTION))
                      if texts[k] in CLAUSE_BREAKS), None)
        if close is None or texts[close] != texts[hi] or close + 1 >= sent.end:
            return ()
        if any(a <= token.doc[k].idx < b for a, b in blocked for k in (hi, close)) \
                or any(finite_verb(t) for t in tokens_of(token.doc, hi + 1, close)):
            return ()
        end = clause_range(token.doc, sent, close + 1, blocked)[1]
        return [*texts[lo:hi], *texts[close + 1:end]] if end > close + 1 else ()

    def _words_after_insertion(self, token: Token, sent: Span, blocked: Blocked, lo: int, hi: int) -> Sequence[str]:
        """The words of the verb's clause with its rest after an inserted comparison clause (`ließ, wie
        schon im Vorjahr, keinen Zweifel`), none where no such insertion follows the verb."""
        rest = clause_after_insertion(token.doc, sent, token.i, hi, blocked, self.comparison_particles)
        return () if rest is None else [*token_words(token.doc)[0][lo:hi], *token_words(token.doc)[0][rest[0]:rest[1]]]

    def _words_across_correlative(self, token: Token, sent: Span, blocked: Blocked, lo: int, hi: int) -> Sequence[str]:
        """The words of the verb's clause with the phrase after `, sondern` (class negation_correlative)
        where the clause holds a negator (`erteilte nicht nur X, sondern auch Y eine Absage`): the comma
        joins two phrases of one clause; none where no such comma closes the clause or a finite verb
        makes the rest a clause of its own."""
        if hi + 1 >= sent.end or token.doc[hi].text != ",":
            return ()
        texts, lowers = token_words(token.doc)
        if lowers[hi + 1] not in self.correlatives or not any(lowers[k] in self.verb_negators for k in range(lo, hi)):
            return ()
        end = clause_range(token.doc, sent, hi + 1, blocked)[1]
        if any(finite_verb(t) for t in token.doc[hi + 1:end]):
            return ()  # `…, sondern sie gab … bekannt`: a clause of its own
        return [*texts[lo:hi], *texts[hi + 1:end]]

    @staticmethod
    def _words_across_brackets(token: Token, sent: Span, blocked: Blocked, lo: int, hi: int) -> Sequence[str]:
        """The words of the verb's clause with the part after a short bracket of a name (`bringt
        Barbara Hendricks (SPD) eine Abgabe ins Gespräch`), none where no such bracket cuts it."""
        if hi >= sent.end or token.doc[hi].text != "(":
            return ()
        end = clause_range(token.doc, sent, token.i, blocked, across_brackets=True)[1]
        return token_words(token.doc)[0][lo:end] if end > hi else ()

    def ruled_out(self, token: Token, sent: Span, blocked: Blocked = ()) -> bool:
        """Every row that lists the verb excludes a word of its clause or a particle of it (`schreibt … fest`:
        `festschreiben`, a rule or text sets it down): the verb in another sense, no verb of saying, also where
        a `dass` clause follows it (`Das Gesetz schreibt fest, dass …`)."""
        found = self.matching(self.verbs, token.text.lower())
        if not found or any(cue.excludes is None for cue in found):
            return False
        lo, hi = clause_range(token.doc, sent, token.i, blocked)
        words = [*token_words(token.doc)[0][lo:hi], *(t.text for t in self._particle_children(token))]
        return all(self.excluded(cue, words) for cue in found)

    @staticmethod
    def excluded(cue: Cue, words: Sequence[str]) -> bool:
        """A word the cue excludes (verbs.csv / cues.csv `excludes`) is one of the words: it gives the
        cue word another sense (`befanden sich`; `Unterstützung` with `Millionen`); one written with
        spaces is up to that many words in a row (`alles andere als` in `ist alles andere als überzeugt`)."""
        if cue.excludes is None:
            return False
        return any(cue.excludes.fullmatch(text) for size in range(1, cue.excludes.pattern.count(" ") + 2)
                   for text in _runs(words, size))

    @staticmethod
    def _has_required(cue: Cue, words: Sequence[str], folded: str | None = None) -> bool:
        """Each word the cue requires (verbs.csv `requires`) is one of the words; a required word
        written with spaces (`in Frage|infrage` in `in Frage stellen`) is up to that many words in a row.
        A word none of whose literals (`required_substrings`) the words hold is ruled out without its regex;
        `folded`: the words' `fold`, joined by spaces, where the caller has it (`_without_spaces`). A scraped
        text's run of spaces (a whitespace token: `stellte X in  Abrede`) is no word."""
        if folded is None:
            words, folded = _without_spaces(words)
        for word in cue.requires:
            literals = required_substrings(word)
            if literals is not None and not any(literal in folded for literal in literals):
                return False
            if not any(word.fullmatch(text) for size in range(1, word.pattern.count(" ") + 2)
                       for text in _runs(words, size)):
                return False
        return True

    def _greets_people(self, token: Token, sent: Span, blocked: Blocked) -> bool:
        """`begrüßte den millionsten Besucher`, `begrüßen geflüchtete Kinder am Bahnhof`: people as the
        object after `begrüßen` are greeted, no position is taken; so are people as the subject of its
        passive (`Die Soldaten wurden am Flughafen von der Präsidentin begrüßt`); people after a genitive
        article or a preposition belong to another noun (`begrüßte die Integration der Neuankömmlinge`)."""
        if token.lower_ not in self.greeting_verbs:
            return False
        doc = token.doc
        lo, hi = clause_range(doc, sent, token.i, blocked)
        passive = any(doc[k].lower_ in self.passive_auxiliaries for k in range(lo, hi))
        for k in range(lo if passive else token.i + 1, hi):
            if k == token.i or doc[k].lower_ not in self.greeted_nouns:
                continue
            j, first = k - 1, token.i if k > token.i else lo  # (an object's words after the verb)
            while j > first and doc[j].is_lower and doc[j].lower_ not in self.articles \
                    and doc[j].lower_ not in self.prepositions:
                j -= 1  # the noun's adjectives (`den millionsten`, `geflüchtete`)
            if j < lo or (doc[j].lower_ not in self.genitive_articles and doc[j].lower_ not in self.prepositions):
                return True
        return False

    def _looms(self, token: Token, sent: Span, blocked: Blocked) -> bool:
        """`Der Bahn droht ein neuer Streik`, `Dem Kanzler droht kein Misstrauensantrag`: `drohen` whose
        clause has a noun phrase opened by a nominative indefinite article and neither `mit` nor `damit`
        nor a `zu` infinitive names something that looms over someone (the phrase is the verb's subject),
        no threat; `droht der Regierung mit einem Streik` and `droht, einen Streik auszurufen` are threats."""
        if token.lower_ not in self.looming_verbs:
            return False
        doc = token.doc
        lo, hi = clause_range(doc, sent, token.i, blocked)
        words = doc[lo:hi]
        if any(t.lower_ in self.threat_prepositions or t.tag_ in ("PTKZU", "VVIZU") for t in words) \
                or self._particle_children(token) or doc[hi - 1].lower_ in self.separable_prefixes:
            return False  # (`droht eine Offensive an`: `androhen`)
        if any(t.lower_ in self.looming_articles and t.i + 1 < hi and not doc[t.i + 1].is_punct
               and t.i != token.i for t in words):
            return True
        # `Der Regierung droht die Spaltung`: `die` or `das` after the verb, outside a prepositional phrase, is
        # no dative, so it opens the subject (threatening takes a dative and `mit`, never such an object)
        if any(t.lower_ in self.looming_definites and t.i + 1 < hi and not doc[t.i + 1].is_punct
               and doc[t.i - 1].lower_ not in self.prepositions and doc[t.i - 1].lower_ != "zu"
               for t in doc[token.i + 1:hi]) and not any(t.lower_ == "zu" for t in doc[token.i + 1:hi]):
            return True
        # `Dem Kanzler droht …`, `Der SPÖ drohen neue Streiks`: the phrase before the verb opens with a dative
        # article (`der` only before a plural verb form, where it cannot open a singular subject)
        first = doc[lo]
        return 0 < token.i - lo <= 4 and first.lower_ in self.dative_articles \
            and (first.lower_ != "der" or token.lower_ in self.looming_plurals) \
            and not any(t.lower_ in self.prepositions or t.is_punct for t in doc[lo + 1:token.i])

    def _woos_voters(self, token: Token, sent: Span) -> bool:
        """`appelliert damit an konservative, patriotischere Wähler`, `appelliert er an Liberale, indem …`: an
        appeal (german.csv wooing_verb) whose `an` phrase names voters (voter_noun) and that asks nothing of
        them (no `zu` infinitive, `dass` clause or colon after it) courts their votes, no claim;
        `appellierte an die Wähler, nicht die FPÖ zu wählen` and `appellierte an die Regierung` are demands."""
        if token.lower_ not in self.wooing_verbs:
            return False
        doc = token.doc
        after = list(tokens_of(doc, token.i + 1, sent.end))
        end = next((k for k, t in enumerate(after) if t.is_punct), len(after))
        opener = next((k for k, t in enumerate(after[:min(end, 8)]) if t.lower_ == "an"), None)
        if opener is None:
            return False
        voter = next((k for k, t in enumerate(after[opener + 1:opener + 6], opener + 1)
                      if t.lower_ in self.voter_nouns), None)
        if voter is None:
            return False
        return not any(t.lower_ in ("zu", "dass", ":") for t in after[voter + 1:])

    def _hosts_event(self, token: Token, sent: Span, blocked: Blocked) -> bool:
        """`Der Bürgermeister lädt am Montag zu einem Treffen der Helfer`, `lud zum Krisengipfel ein`: an
        inviting verb (german.csv inviting_verb) with a meeting (a noun ending in a meeting_noun) and nobody
        invited (no object in the parse) announces an event, no offer to another side; `lud die Opposition
        zu einem Treffen ein`, `wurde zu einem Gipfel eingeladen` and `lädt zu Gesprächen` are offers."""
        if token.lower_ not in self.inviting_verbs or token.dep == 0:
            return False  # (no parse: see `_particle_children`)
        doc = token.doc
        lo, hi = clause_range(doc, sent, token.i, blocked)
        if any(w in self.passive_auxiliaries for w in token_words(doc)[1][lo:hi]) \
                or any(child.dep_ in ("obj", "iobj") for child in token.children):
            return False
        return any(t.text[:1].isupper() and t.lower_.endswith(self.meeting_nouns) for t in tokens_of(doc, lo, hi) if t.i != token.i)

    @staticmethod
    def _noun_by_case(token: Token) -> bool:
        """A capitalised word inside a sentence is a noun (`Putins Antworten`, `die Berichte`, `im
        Laufe`), not the verb form it spells (`antworten`, `berichte`, `laufe`)."""
        return token.text[:1].isupper() and not token.is_sent_start

    def _not_a_verb(self, token: Token) -> bool:
        """The tagger reads the word as a determiner (`mit einigen anderen Künstlern`), not as the
        verb it can be (`Die Parteien einigen sich`), where the word is one (an article, a quantifier or
        a possessive, german.csv; the tagger also calls a verb after a coordinated subject a
        determiner: `Die USA und die Opposition fordern Assads Rücktritt`), or as an attribute
        (`der kritisierte Minister`, `bezüglich der kritisierten Bevorzugung`): tagged as an adjective, with an adjective's ending,
        between an article or preposition and its noun. (The tagger also calls verbs before their
        subject adjectives: `lehnte Platter ab`, `drängt Iran`, `Zugleich pochte Schäuble`.)"""
        if token.pos_ == "DET":  # a determiner as listed or inflected (`einige-n`), not `… fordern Assads Rücktritt`
            return token.lower_ in self.determiners or token.lower_[:-1] in self.determiners
        doc = token.doc
        if self._extended_attribute(token):
            return True
        if not 0 < token.i < len(doc) - 1 or not token.lower_.endswith(self.attribute_endings):
            return False
        k = token.i - 1  # `der international anerkannten`, `mit international scharf kritisierten`
        while k >= token.i - 3 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "ADV"):
            if doc[k].is_sent_start:
                return False  # `Auch lehnte Merkel … ab`: an adverb opening the sentence, then the verb
            k -= 1
        before, after, opener = doc[token.i - 1], doc[token.i + 1], doc[k]
        if token.pos_ != "ADJ" and not self._tagged_verb_attribute(opener, k < token.i - 1):
            return False
        if after.pos_ not in ("NOUN", "PROPN") or not (opener.lower_ in self.articles or opener.pos_ in ("DET", "ADP")):
            return False
        genders = morph_values(before, "Gender"), morph_values(after, "Gender")
        return not (all(genders) and genders[0] != genders[1])  # `Das sagte Bundespräsident X`: no article of his

    def _manner_adverb(self, token: Token, sent: Span, blocked: Blocked) -> bool:
        """A participle that is also an adverb of manner (german.csv `manner_participle`: `entschieden`,
        `betont`, `bestimmt`) after a finite verb of its clause, with no auxiliary of a tense in it, modifies
        that verb: `lehnt es entschieden ab`, `trat betont sachlich auf`; nobody speaks with it (not
        `hat entschieden`, `wie sie betont`, `Merkel betont entschieden`: the first one speaks)."""
        if token.lower_ not in self.manner_participles:
            return False
        lo, hi = clause_range(token.doc, sent, token.i, blocked)
        lowers = token_words(token.doc)[1]
        if not self.tense_auxiliaries.isdisjoint(lowers[lo:hi]):
            return False
        for k in range(token.i - 1, lo - 1, -1):
            if lowers[k] in self.coordinators:
                return False  # `… und betont, dass`: a predicate of its own
            if finite_verb(token.doc[k]):
                return True
        return False

    def _tagged_verb_attribute(self, opener: Token, modified: bool) -> bool:
        """A participle the tagger calls a verb is still an attribute after an article and an adverb
        (`die international anerkannte Regierung`) or after a preposition and its article (`durch das
        erwartete Wachstum`); a bare article before it is a pronoun subject (`Das forderte Merkel`)."""
        if opener.lower_ not in self.articles:
            return False
        return modified or (opener.i > sentence_bounds(opener.doc, opener.i)[0] and opener.nbor(-1).lower_ in self.prepositions)

    def _extended_attribute(self, token: Token) -> bool:
        """A participle inside an extended attribute, whatever its tag: an article followed at once by a
        preposition opens it, the participle with an adjective's ending closes it before its noun or the
        noun's adjectives (`das am Sonntag in Kairo erwartete Urteil`, `die von Brüssel geforderten Reformen`,
        `der von der Türkei unterstützten islamistischen Rebellen`; a preposition after a preposition opens
        it too: `mit von der Türkei unterstützten Rebellen`); no finite verb or punctuation between (a
        relative clause ends in its verb: `…, die in Kairo forderten, …`)."""
        if not token.lower_.endswith(self.attribute_endings):
            return False  # (asked first: most verbs have no adjective's ending, and the walk below makes Tokens)
        doc = token.doc
        k = token.i + 1
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and doc[k].lower_.endswith(self.attribute_endings):
            k += 1  # `der von der Türkei unterstützten islamistischen Rebellen`
        if (k >= len(doc)
                or doc[k].pos_ not in ("NOUN", "PROPN") or not doc[k].text[:1].isupper()):
            return False
        for j in range(token.i - 1, max(sentence_bounds(doc, token.i)[0], token.i - 12) - 1, -1):
            word = doc[j]
            if word.is_punct or finite_verb(word):
                return False
            opens = j + 1 < token.i and doc[j + 1].lower_ in self.prepositions
            if word.lower_ in self.prepositions and opens:
                return True  # `mit von der Türkei unterstützten Rebellen`: no article
            if word.lower_ in self.articles:
                if not opens and j > 0 and doc[j - 1].lower_ in self.prepositions:
                    continue  # `von der Türkei`: the article of a preposition inside the attribute
                return opens
        return False

    def _stative_participle(self, token: Token, lo: int, hi: int) -> bool:
        """`Jetzt ist eine andere Politik gefragt`: a participle of a verb of saying with `sein` and
        no `haben` or `werden` in its clause (tokens lo to hi) is an adjective (`in demand`), not
        speech (their perfect takes `haben`)."""
        if "Part" not in morph_values(token, "VerbForm") and not token.text.lower().startswith("ge"):
            return False
        words = set(token_words(token.doc)[1][lo:hi])
        return bool(words & self.copulas) and not words & (self.auxiliaries - self.copulas)

    def passive_event(self, token: Token, sent: Span, cue: Cue) -> bool:
        """A cue verb in the passive (`wurde kritisiert`, `wird vorgeworfen`); not `ist … überzeugt`
        (the cue itself) nor `wird … zitiert` (whose subject speaks)."""
        return (self.passive(token, sent) and not (cue.particle is not None and cue.particle.fullmatch("ist"))
                and token.text.lower() not in self.passive_speech)

    def passive(self, verb: Token, sent: Span) -> bool:
        """`Die Regierung wurde kritisiert`, `… sei abgelehnt worden`: the subject of a participle
        with `werden` undergoes the act; it is not the claimant."""
        if verb.dep != 0 and any(child.dep_ == "aux:pass" and child.text.lower() in self.passive_auxiliaries
                                 and not self._auxiliary_between(child, verb) for child in verb.children):
            return True  # the parse links the auxiliary across a list (`ist … wegen X, Y und Z angeklagt`)
        doc, lowers = verb.doc, token_words(verb.doc)[1]  # (the words by index: a Token only of the next one)
        if not (lowers[verb.i].startswith("ge") or "Part" in morph_values(verb, "VerbForm")
                or verb.i + 1 >= sent.end or doc[verb.i + 1].is_punct
                or lowers[verb.i + 1] in self.passive_auxiliaries):
            return False  # no participle, nor a verb that ends its clause (before punctuation or `werden`)
        lo, hi = clause_range(doc, sent, verb.i, [])
        if verb.i > lo and doc[verb.i - 1].lower_ in self.coordinators and "Fin" in morph_values(verb, "VerbForm"):
            lo = verb.i  # `Apple ist informiert und betont, …`: a finite second predicate, `ist` is the first one's
        else:
            lo = self.second_predicate_start(doc, lo, verb)
        return not self.passive_auxiliaries.isdisjoint(lowers[lo:min(hi, verb.i + 3)])

    def second_predicate_start(self, doc: Doc, lo: int, verb: Token) -> int:
        """Where the participle's own predicate starts when a coordinator and a finite auxiliary open it
        (`Der Minister ist … zurückgekehrt und hat angekündigt`: `ist` is the first predicate's; not `… und
        faule Kredite genannt`, an adjective the tagger reads as a verb), else lo."""
        for k in range(verb.i - 2, lo, -1):
            if doc[k].lower_ in self.coordinators and doc[k + 1].lower_ in self.auxiliaries and finite_verb(doc[k + 1]):
                return k + 1
        return lo

    def _auxiliary_between(self, a: Token, b: Token) -> bool:
        """Another auxiliary between the two: they are in different clauses (`Das wird wie …, hatte er
        gesagt`, though the parser hangs `wird` on `gesagt`)."""
        lo, hi = sorted((a.i, b.i))
        return any(t.lower_ in self.auxiliaries for t in a.doc[lo + 1:hi])

    def is_subjunctive(self, token: Token, allow_ki2: bool = False) -> bool:
        """Konjunktiv I (by the word list, the tagger's mood or the form); Konjunktiv II only if
        allowed. `ich sehe`, `ich gebe` are the indicative, whatever the list or the tagger say."""
        lower = token.text.lower()
        if self._noun_by_case(token):
            return False
        if lower in self.ki2:
            return allow_ki2
        if lower.endswith("e") and self._first_person_subject(token):
            return False
        if lower in self.ki or self._ki_form(token):
            return True
        return "Sub" in morph_values(token, "Mood") and (allow_ki2 or not self._weak_past_form(token))

    def subjunctive_candidates(self, span: Span) -> Iterator[Token]:
        """The tokens of the span that `is_subjunctive` or `listed_ki` may hold: a word of the `ki` or
        `ki2` lists, one in `-e` or one the tagger reads as a subjunctive; the others are passed over
        without a Token (a rule asks this of every word of a clause)."""
        doc, lowers = span.doc, token_words(span.doc)[1]
        moods = morph_indices(doc, "Mood", "Sub")
        listed = self._konjunktiv_words
        for i in range(span.start, span.end):
            if lowers[i] in listed or lowers[i].endswith("e") \
                    or (i in moods if moods is not None else "Sub" in morph_values_at(doc, i, "Mood")):
                yield doc[i]

    def any_subjunctive(self, span: Span, allow_ki2: bool = False) -> bool:
        """Some token of the span `is_subjunctive` (only the `subjunctive_candidates` asked)."""
        return any(self.is_subjunctive(token, allow_ki2) for token in self.subjunctive_candidates(span))

    def _weak_past_form(self, token: Token) -> bool:
        """`baute`, `setzte`: a full verb's singular in `-te` is a weak past, the indicative or Konjunktiv II
        (never Konjunktiv I, which is `baue`), whatever mood the tagger reads; t-stems' Konjunktiv I
        (`halte`, `koste`) are in the `ki` word list, also after an inseparable prefix (`_prefixed_ki`).
        Not a modal (`könnte`, `möchte`: AUX)."""
        lower = token.text.lower()
        return token.pos_ == "VERB" and lower.endswith("te") and not self._prefixed_ki(lower)

    def _prefixed_ki(self, lower: str) -> bool:
        """`verwerte`, `erarbeite`, `missachte`: a `ki` form after an inseparable prefix (german.csv
        `inseparable_prefix`) is the prefixed verb's Konjunktiv I, as the prefix keeps the stem (`werte`:
        `verwerte`, whose past is `verwertete`); so is one after a separable prefix, joined to its verb at
        the end of a dependent clause (german.csv `separable_prefix`: `…, dass er daran festhalte`,
        `…, ob sie mitarbeite`). Asked of a finite verb only (`anstelle` is a preposition)."""
        return self.konjunktiv_i(lower) or any(lower.startswith(prefix) and self.konjunktiv_i(lower[len(prefix):])
                                               for prefix in self.separable_prefixes)

    @staticmethod
    def _first_person_subject(token: Token) -> bool:
        """`Ich sehe`, `sehe ich`: `ich` next to the verb or parsed as its subject. Without a parse,
        `Token.children` must not be asked: the tokenizer's special cases (`''`) leave the tree edges
        of the later tokens pointing past them, and spaCy reads memory outside the document. A
        parsed token has a label (`ROOT` at least); `Doc.has_annotation` would scan the whole
        document for every verb."""
        lowers = token_words(token.doc)[1]  # (the neighbours' words by index: no Token made of them)
        beside = (lowers[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(lowers))
        return "ich" in beside or token.dep != 0 and any(c.lower_ == "ich" and c.dep_ in SUBJECT_LABELS
                                                         for c in token.children)

    def listed_ki(self, token: Token) -> bool:
        """A Konjunktiv I form of the `ki` list, not the capitalised noun it spells inside a sentence
        (`an zweiter Stelle`, `der Glaube`, `die Rufe`)."""
        return token.text.lower() in self.ki and not self._noun_by_case(token)

    def konjunktiv_i_form(self, token: Token) -> bool:
        """Konjunktiv I by its form alone (the `ki` list or a third-person `-e`), not by the tagger's
        mood, which also calls `möchte` a subjunctive; a capitalised word inside a sentence is the noun
        it spells (`An seine Stelle rückt …`, not `stelle`)."""
        return self.listed_ki(token) or not self._noun_by_case(token) and self._ki_form(token)

    def _ki_form(self, token: Token) -> bool:
        """`gelte`, `gebe`, `komme`: a finite verb in `-e` is Konjunktiv I (third person) unless it
        is a weak past (`-te`, `wurde`); the tagger often reads these forms as indicative. T-stems
        (`gelte`, `halte`) look like a weak past and are in the `ki` word list, also after an inseparable
        prefix (`verwerte`, `_prefixed_ki`). A plural reading (`nahe der Stadt` mistagged as a verb) is
        no third-person singular form."""
        lower = token.text.lower()
        return (finite_verb(token) and lower.endswith("e")
                and (not lower.endswith("te") or self._prefixed_ki(lower))
                and lower not in self.past_in_e and "Plur" not in morph_values(token, "Number"))

    def indicative(self, token: Token) -> bool:
        """Neither Konjunktiv I nor II, also by its form where no tagger reads the mood (`drohe` is
        taken for Konjunktiv I; `drohte`, `drohten`, `droht` are indicative)."""
        lower = token.text.lower()
        return not self.is_subjunctive(token, True) and not (lower.endswith("e") and not lower.endswith("te"))

    def hedged(self, doc: Doc, sent: Span, token: Token, blocked: Blocked) -> bool:
        """The token's clause has a hedge (`dürfte`, `vermutlich`): the author speculates."""
        lo, hi = clause_range(doc, sent, token.i, blocked)
        return not self.hedges.isdisjoint(token_words(doc)[1][lo:hi])

    def cue_words(self, doc: Doc, sent: Span, verb: Token, particle: Token) -> list[tuple[int, int]]:
        """The cue's words: the verb, its separable particle, a reflexive `sich` right after it,
        and the auxiliary or modal of a participle or infinitive (`hatte … gesagt`, `will … prüfen`,
        `ließ … verlauten`)."""
        words = {verb.i: verb, particle.i: particle}
        after = verb.i + 1
        if after < sent.end and doc[after].text.lower() == "sich":
            words[after] = doc[after]
            after += 1
        if after < sent.end and doc[after].text.lower() in self.pronominal_adverbs:  # `warnten davor`
            words[after] = doc[after]
        verb_final = not finite_verb(verb) or verb.dep != 0 and any(c.dep_ in AUXILIARY_LABELS for c in verb.children)
        if (particle is not verb or verb_final) and particle.i > 0 \
                and doc[particle.i - 1].text.lower() in self.pronominal_adverbs:
            words[particle.i - 1] = doc[particle.i - 1]  # `geht davon aus`, `dazu aufgerufen`; not `Dazu erklärte`
        if verb.i + 1 < sent.end and doc[verb.i + 1].text.lower() in self.auxiliaries:  # `erklärt hatte`
            words[verb.i + 1] = doc[verb.i + 1]
        lo, hi = clause_range(doc, sent, verb.i, [])
        for word in self._parsed_frame(verb, lo, hi):  # `hat sich … geäußert`, `hatte betont`
            words[word.i] = word
        if any(t.lower_ == "sich" for t in words.values()):
            words.update((t.i, t) for t in self._reflexive_predicate(verb, lo, hi))
        for word in self._object_noun_phrase(verb, lo, hi) + self._manner_phrase(doc, lo, hi):
            words[word.i] = word  # `die Ansicht vertreten`, `ist der Meinung`, `mit den Worten zitiert`
        for late in self._parsed_particles(verb, lo, hi):  # `legte … fest`, `ging davon aus`
            words[late.i] = late
            if doc[late.i - 1].text.lower() in self.pronominal_adverbs:
                words[late.i - 1] = doc[late.i - 1]
        predicate = particle.i + 1
        if (particle.text.lower() == "für" and predicate < sent.end and doc[predicate].pos_ == "ADJ"
                and (predicate + 1 == sent.end or doc[predicate + 1].is_punct)):
            words[predicate] = doc[predicate]  # `hält es für möglich, dass`
        for word in self._correlate(doc, verb, lo, hi):  # `warnen denn auch davor, …`
            words[word.i] = word
        for adverb in [t for t in words.values() if t.text.lower() in self.pronominal_adverbs]:
            late = adverb.i + 1  # `ging …, noch davon aus, dass`: the prefix after the lexicon's `davon`
            if late + 1 < sent.end and doc[late].text in self.separable_prefixes and doc[late + 1].is_punct:
                words[late] = doc[late]
        opener = lo if doc[lo].text.lower() == "wie" else self._wie_before_apposition(doc, sent, lo, verb)
        if opener is not None:  # `wie der Bundeswahlleiter mitteilte`, `Wie X, Sprecher der Y, mitteilte`
            words[opener] = doc[opener]
        form = morph_values(verb, "VerbForm")
        if "Part" in form or "Inf" in form:  # `ließ … verlauten`: `lassen` governs an infinitive too
            governing = self.auxiliaries | self.causatives if "Inf" in form else self.auxiliaries
            auxiliaries = [t for t in tokens_of(doc, lo, hi) if t.i != verb.i and t.text.lower() in governing] \
                or self._auxiliary_before_apposition(doc, sent, lo, governing)
            if auxiliaries:
                nearest = min(auxiliaries, key=lambda t: abs(t.i - verb.i))
                words[nearest.i] = nearest
        return joined_spans([t for _, t in sorted(words.items())])

    def _parsed_frame(self, verb: Token, lo: int, hi: int) -> list[Token]:
        """The auxiliaries, the reflexive `sich` and the object `es` the parse gives the verb in its
        clause (`hatte betont`, `wird vermutet`, whose participle the tagger reads as finite; `haben
        sich … geäußert`, `hält es … für möglich`; `hatte` parsed as a copula is none); none without a
        parse."""
        if verb.dep == 0:
            return []
        children = [child for child in verb.children if lo <= child.i < hi]
        subjects = [child for child in children if child.dep_ in SUBJECT_LABELS and child.lower_ != "es"
                    or child.dep_ == "aux:pass"]  # `Es wird vermutet, dass`: the passive's `es` is no subject
        return [child for child in children if (
            child.text.lower() in self.auxiliaries and (
                child.dep_ in AUXILIARY_LABELS or child.dep_ == "cop" and child.text.lower() not in self.copulas)
            or child.text.lower() in ("sich", "es") and child.dep_ in OBJECT_LABELS
            or child.text.lower() == "es" and subjects)]  # `Die WHO hält es für …`, `Es wird befürchtet`

    def _reflexive_predicate(self, verb: Token, lo: int, hi: int) -> list[Token]:
        """The adjective of a reflexive cue (`reflexive_predicate`) before the participle (`hat sich
        bereit erklärt`) or as the predicate of the copula (`sind sich bewusst, dass`); not a manner
        (`hat sich optimistisch geäußert`); none without a parse."""
        if verb.dep == 0:
            return []
        if verb.dep_ == "cop" and lo <= verb.head.i < hi and verb.head.text in self.reflexive_predicates:
            return [verb.head]
        return [child for child in verb.children if lo <= child.i < verb.i and child.text in self.reflexive_predicates]

    def _object_noun_phrase(self, verb: Token, lo: int, hi: int) -> list[Token]:
        """A noun of a view (`cue_object_noun`) that the parse gives the verb as its object in its
        clause, or whose copula the verb is, with its article and attributes: `vertritt die Ansicht`,
        `widersprach der Ansicht`, `sind der gegenteiligen Auffassung`; none without a parse."""
        if verb.dep == 0:
            return []
        nouns = [t for t in verb.children if t.dep_ in OBJECT_LABELS]
        if verb.dep_ == "cop":
            nouns.append(verb.head)
        for noun in nouns:
            if lo <= noun.i < hi and noun.text.lower() in self.cue_object_nouns:
                start = noun.i
                while start > lo and verb.doc[start - 1].head == noun and verb.doc[start - 1].dep_ in ATTRIBUTE_LABELS:
                    start -= 1
                return list(verb.doc[start:noun.i + 1])
        return []

    def _manner_phrase(self, doc: Doc, lo: int, hi: int) -> list[Token]:
        """`mit den Worten`, `mit folgenden Worten`, `mit der Begründung` in the verb's clause: how
        the speaker put it, part of the cue (`wird mit den Worten zitiert`, `hatte mit der Begründung
        abgelehnt`)."""
        texts, lowers = token_words(doc)  # (by index: no Token made of each word of the clause)
        for i in range(lo, hi):
            if lowers[i] != "mit":
                continue
            for j in range(i + 1, min(i + 4, hi)):
                if lowers[j] in self.cue_manner_nouns:
                    return list(doc[i:j + 1])
                if not texts[j].islower():  # (`Token.is_lower`)
                    break
        return []

    @staticmethod
    def _auxiliary_before_apposition(doc: Doc, sent: Span, lo: int, governing: set[str]) -> list[Token]:
        """`Zuvor hatte der Investor, Max Muster, zugesagt, …`: the finite auxiliary of a participle whose
        clause the speaker's apposition split at token `lo` (its commas), in the clause before the
        apposition, when no verb stands in the apposition nor a full verb in that clause; else none."""
        if lo - 1 <= sent.start or doc[lo - 1].text != ",":
            return []
        comma = next((k for k in range(lo - 2, sent.start, -1) if doc[k].text in (",", ";", ":")), None)
        if comma is None or doc[comma].text != "," or any(t.pos_ in ("VERB", "AUX") for t in tokens_of(doc, comma + 1, lo - 1)):
            return []
        start, _ = clause_range(doc, sent, comma - 1, [])
        before = doc[start:comma]
        if any(t.pos_ == "VERB" and t.text.lower() not in governing for t in before):
            return []  # a full verb of its own (`hatte` the tagger may read as one)
        return [t for t in before if t.text.lower() in governing and finite_verb(t)]

    @staticmethod
    def _wie_before_apposition(doc: Doc, sent: Span, lo: int, verb: Token) -> int | None:
        """`Wie Max Muster, ein Sprecher der Polizei, mitteilte`: the `wie` that opens the cue's clause
        before the speaker's apposition, whose commas split the clause at token `lo`: the sentence's
        first word or one right after a comma, with no verb between it and `lo`, and the verb last in
        its clause, as in a `wie` clause (not `Länder, wie Frankreich, lehnten den Plan ab`); None if
        there is none."""
        after = verb.i + 1
        if (lo <= sent.start or doc[lo - 1].text != ","
                or after < sent.end and not (doc[after].is_punct or doc[after].pos_ == "AUX")):
            return None
        for k in range(lo - 2, sent.start - 1, -1):
            if doc[k].pos_ in ("VERB", "AUX"):
                return None
            if doc[k].lower_ == "wie" and (k == sent.start or doc[k - 1].text == ","):
                return k
        return None

    def _correlate(self, doc: Doc, verb: Token, lo: int, hi: int) -> list[Token]:
        """A pronominal adverb closing the verb's clause before the comma of the reported clause,
        only verb forms after it (`warnen … davor, …`, `begründete dies damit, dass`, `wird …
        damit begründet, dass`): the correlate of that clause, the verb's own where a parse says
        (not `mit dem Hinweis darauf`). Not `dazu`, which after a verb of saying is mostly `about
        it` (`sagte dazu`), no correlate."""
        if hi >= len(doc) or doc[hi].text != ",":
            return []
        for i in range(hi - 1, lo - 1, -1):
            word = doc[i]
            if word.text.lower() in self.pronominal_adverbs:
                correlate = (word.text.lower() != "dazu" and i != verb.i
                             and doc[i - 1].pos_ not in ("NOUN", "PROPN"))  # not `dem Hinweis darauf`
                return [word] if correlate and (verb.dep == 0 or word.head == verb) else []
            if not (i == verb.i or word.pos_ in ("VERB", "AUX") or word.text in self.separable_prefixes):
                return []
        return []

    @staticmethod
    def _particle_children(verb: Token) -> list[Token]:
        """The separable particles the parse gives the verb anywhere in its sentence (`sieht … (UNIFIL) …
        vor`, after a bracket that ends the clause); none without a parse (see `_first_person_subject`)."""
        return [] if verb.dep == 0 else [child for child in verb.children if child.dep_ in PARTICLE_LABELS]

    def _parsed_particles(self, verb: Token, lo: int, hi: int) -> list[Token]:
        """The separable particle the parse gives a finite verb in its clause (`legte … fest`, `ging
        … davon aus`), which the lexicon lists for no cue: a word of the
        `separable_prefix` list (not `betont weiterhin`, nor an `adverb_prefix`: `sagte weiter`);
        none without a parse (see `_first_person_subject`)."""
        if verb.dep == 0 or not finite_verb(verb):
            return []
        return [child for child in verb.children
                if child.dep_ in PARTICLE_LABELS and verb.i < child.i < hi and child.i >= lo
                and child.text in self.separable_prefixes and child.text not in self.adverb_prefixes]


def _may_hold(word: re.Pattern, folded: str) -> bool:
    """Whether words whose `fold`, joined by spaces, is `folded` may hold the required word (`_possible_cues`):
    one of its literals stands in them, or it has none, or one with a space (which words joined from two
    parts of a sentence may hold where the sentence does not)."""
    literals = required_substrings(word)
    return literals is None or any(literal in folded or " " in literal for literal in literals)


def _without_spaces(words: Sequence[str]) -> tuple[Sequence[str], str]:
    """The words without a scraped text's whitespace tokens (no word: `_has_required`), and their `fold`
    joined by spaces (read once for all the cues a word list is tested against)."""
    if any(word.isspace() for word in words):
        words = [word for word in words if not word.isspace()]
    return words, fold(" ".join(words))


def _runs(words: Sequence[str], size: int) -> Sequence[str]:
    """The words themselves (`size` 1), or every run of `size` words in a row joined by a space
    (`in Frage` of `stellte die Reform in Frage`); a scraped text's run of spaces between them (a
    whitespace token: `stellte X in  Abrede`) is no word of the run."""
    if size == 1:
        return words
    if any(word.isspace() for word in words):
        words = [word for word in words if not word.isspace()]
    return [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]


def joined_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the words in order, neighbours joined into one span (`gab an`, `heißt
    es`, `hatte | gesagt`): quotes-de marks a cue's adjacent words as one span."""
    spans: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        end = token.idx + len(token.text)
        if i and tokens[i - 1].i == token.i - 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((token.idx, end))
    return spans
