"""Stage 4a, quotes: find reported-speech events and who speaks.

Three registered components, in order, talk through the Doc only (plain values: a Doc keeps
them through `DocBin(store_user_data=True)`):
- `quotation_marker` (`quotations.py`): the quoted passages as `doc.spans["quotations"]`;
- `quote_finder` (`finder.py`): the sentence loop below; stores `Quote` records on `doc._.quotes`
  (`records.py`) with the speaker as the rules found it;
- `speaker_resolver` (`resolver.py`): tidies each speaker, resolves descriptions and genitive
  holders, adds the actor's type and knowledge-base id.
The quote finder's rules:
- DIRECT (`direct.py`): text in quotation marks („…“, »…«, "…") with a cue verb (`sagte Rubio`),
  a verb no lexicon lists (`rief der Mann`), a colon introduction (`Rubio wurde deutlicher: „…“`),
  `so X`, or the speaker of the quote before;
- INDIRECT (`indirect.py`, `sources.py`): a verb of saying with a clause (`Peskow erklärte, der
  Präsident habe …`, also in the indicative: `Stoiber sagte, die Union braucht …`), other cue verbs
  with a `dass` clause or a zu-infinitive (`wirft den Rebellen vor, … zu wollen`), source markers
  (`laut X`, `X zufolge`, `nach Angaben des X`, `Seiner Meinung nach`, a sentence-opening
  `Demnach`), and Konjunktiv I sentences up to two sentences after a speaker (`follow_on.py`; not
  in hedged sentences);
- REPORTED: a claim verb with its subject (`Moskau fordert …`, `Russland lehnt … ab`) and
  position nouns with a holder (`Russlands Maximalforderungen`).
Cues come from `cues.csv` (`cues.py`); a quote keeps its cue words (`hatte … gesagt`, `warnte
davor`). Speakers (`speakers.py`) are actor mentions (`doc.spans["actors"]`) widened to their noun
phrase (attributes, brackets, appositions: `Ein Sprecher der Polizei, Lars Beringer`), pronouns
and descriptions resolved to the last fitting actor (`references.py`), or a noun phrase no
lexicon knows. German clause order picks the subject (the first mention of the clause; a list
before it; the first clause's subject for `…, sondern stellte … in Aussicht`), then the parser's
subject, then the clause's first nominative-looking noun phrase. Clause and quotation
boundaries: `clauses.py`; the clause words are word classes of `german.csv`.
"""

from pipeline.quotes.clauses import quotation_spans
from pipeline.quotes.finder import QuoteFinder, create_quote_finder
from pipeline.quotes.quotations import QuotationMarker, create_quotation_marker, quotation_offsets
from pipeline.quotes.records import ATTRIBUTE_HOLDER_RULES, Quote, Speaker, quote_rows, with_profile
from pipeline.quotes.resolver import SpeakerResolver, create_speaker_resolver

__all__ = ["Quote", "QuotationMarker", "QuoteFinder", "Speaker", "SpeakerResolver", "create_quotation_marker",
           "create_quote_finder", "create_speaker_resolver", "quotation_offsets", "quotation_spans", "quote_rows",
           "with_profile"]
