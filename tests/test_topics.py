"""The CAP topic layer: `data/lexicons/topics.csv`, `issue_topics.csv` and `pipeline.topics`."""

import csv
import shutil

import pytest

from pipeline.lexicons import LexiconError
from pipeline.topics import OTHER, TOPICS, TopicCoder
from tests.conftest import ROOT, append_row

LEXICONS = ROOT / "data" / "lexicons"


@pytest.fixture(scope="module")
def coder():
    return TopicCoder(LEXICONS)


POSITIVES = [
    ("Der Innenminister will die Zahl der Asylanträge halbieren.", "IMMIGRATION"),
    ("Die Balkanroute müsse endgültig geschlossen werden, forderte der Kanzler.", "IMMIGRATION"),
    ("Die Ärztekammer lehnt die geplanten Primärversorgungszentren ab.", "HEALTH"),
    ("Die Gesundheitsministerin kündigte mehr Geld für die Spitäler an.", "HEALTH"),
    ("Die Pensionen sollen im nächsten Jahr um 1,2 Prozent steigen.", "SOCIAL_WELFARE"),
    ("Die ÖVP will die Mindestsicherung für Großfamilien deckeln.", "SOCIAL_WELFARE"),
    ("Die Lohnsteuer soll ab Jänner sinken, sagte der Finanzminister.", "MACROECONOMICS"),
    ("Das Budgetdefizit werde heuer unter zwei Prozent bleiben.", "MACROECONOMICS"),
    ("Die Gewerkschaft droht mit Streiks, falls die Arbeitgeber nicht einlenken.", "LABOUR"),
    ("Die Arbeitslosigkeit ist im Mai erneut gestiegen.", "LABOUR"),
    ("Die Lehrer sollen künftig mehr Stunden in der Schule verbringen.", "EDUCATION"),
    ("Die Studiengebühren an den Universitäten werden nicht wieder eingeführt.", "EDUCATION"),
    ("Der Klimawandel verlangt eine rasche Senkung der Emissionen.", "ENVIRONMENT"),
    ("Das Atomkraftwerk Temelin muss sofort vom Netz.", "ENERGY"),
    ("Der Ökostrom-Ausbau und höhere Strompreise belasten die Haushalte.", "ENERGY"),
    ("Die Bauern klagen über die niedrigen Milchpreise.", "AGRICULTURE"),
    ("Die Mieten in Wien sind zu hoch, der Wohnbau muss wachsen.", "HOUSING"),
    ("Die ÖBB sollen mehr Güterverkehr von der Straße auf die Schiene holen.", "TRANSPORT"),
    ("Die Lkw-Maut auf den Autobahnen wird erhöht.", "TRANSPORT"),
    ("Die Polizei hat zwei Verdächtige festgenommen.", "LAW_CRIME"),
    ("Nach dem Terroranschlag fordert die Union schärfere Gesetze.", "LAW_CRIME"),
    ("Die Homo-Ehe muss endlich erlaubt werden, forderten die Grünen.", "CIVIL_RIGHTS"),
    ("Amnesty kritisierte die Einschränkung der Pressefreiheit in der Türkei.", "CIVIL_RIGHTS"),
    ("Die Heta wird die Gläubiger der Bank nicht voll bedienen.", "COMMERCE"),
    ("Die Registrierkassenpflicht belastet kleine Gewerbetreibende.", "COMMERCE"),
    ("Das Bundesheer braucht neue Hubschrauber, sagte der Verteidigungsminister.", "DEFENCE"),
    ("Die Nato verlegt weitere Truppen an ihre Ostgrenze.", "DEFENCE"),
    ("Der Breitbandausbau im ländlichen Raum kommt zu langsam voran.", "TECHNOLOGY"),
    ("Das Freihandelsabkommen TTIP darf Standards nicht senken.", "FOREIGN_TRADE"),
    ("Eine Waffenruhe sei die Voraussetzung für Friedensgespräche.", "INTERNATIONAL_AFFAIRS"),
    ("Die Sanktionen gegen Russland werden verlängert.", "INTERNATIONAL_AFFAIRS"),
    ("Die Stichwahl muss wiederholt werden.", "GOVERNMENT_OPERATIONS"),
    ("Der Rechnungshof kritisiert die Verwaltungsreform.", "GOVERNMENT_OPERATIONS"),
    ("Die Festspiele und die Staatsoper bekommen mehr Kulturförderung.", "CULTURE"),
    ("Der Hochwasserschutz an der Donau wird ausgebaut.", "PUBLIC_LANDS"),
]


@pytest.mark.parametrize("sentence,topic", POSITIVES)
def test_topic_of_sentence(coder, sentence, topic):
    assert coder.topic(sentence) == topic


def test_positives_cover_most_topics():
    assert len({topic for _, topic in POSITIVES}) >= 20


NEGATIVES = [
    # no policy content at all
    "Das ist ein Unsinn, sagte er am Montag.",
    "Wir werden sehen, was die nächsten Tage bringen.",
    # words that contain a keyword's letters but not its sense
    "Der Verein ist seit Wochen Spitzenreiter der Tabelle.",           # spit(al)
    "Der Steuermann steuerte das Boot sicher in den Hafen zurück.",    # steuer
    "Er sucht nach einer Lösung und versuchte es noch einmal.",       # Sucht
    "Die Konkurrenten waren sich ihrer Schuld bewusst.",              # Rente, Schule
    "Schulz erntete dafür viel Lob von seinen Kollegen.",              # Schule, Ernte
    "Der Gedenkdienst in Mauthausen wurde am Sonntag begangen.",       # Maut
    "Er hat den Vorschlag scharf verurteilt und die Vermittlung gelobt.",  # Urteil, Ermittlung
    "Es lohnt sich, die Beziehungen zu pflegen, meinte Müller.",       # Lohn, Pflege, Müll
    "Er gab sich zufriedenstellend und übermittelte seine Grüße.",     # Frieden, Ermittlung
    "Das Kunststück gelang ihm mit einem Kunstgriff.",                 # Kunst
    "Das politische Klima zwischen den Parteien ist vergiftet.",       # Klima
    "Dieselben Leute haben sich auch auf Lesbos getroffen.",           # Diesel, lesb
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_topic(coder, sentence):
    assert coder.topic(sentence) == OTHER, coder.scores(sentence)


def test_compounds_and_inflections(coder):
    assert coder.topic("Die Kriegsflüchtlinge sollen rascher verteilt werden.") == "IMMIGRATION"
    assert coder.topic("Die Frühpensionisten kosten den Staat Milliarden.") == "SOCIAL_WELFARE"
    assert coder.topic("Die Vermögenssteuer ist für die ÖVP kein Thema.") == "MACROECONOMICS"
    assert coder.topic("Die Steuern müssen sinken.") == "MACROECONOMICS"
    assert coder.topic("Man müsse jetzt gegensteuern.") == OTHER


def test_most_hits_win_and_ties_follow_file_order(coder):
    # two HEALTH hits (Spitäler, Ärzte) against one MACROECONOMICS hit (Budget)
    assert coder.topic("Das Budget der Spitäler reicht nicht für mehr Ärzte.") == "HEALTH"
    # one hit each: DEFENCE is listed before FOREIGN_TRADE, so arms exports are DEFENCE
    sentence = "Die Exporte von Panzern nach Saudi-Arabien werden gestoppt."
    assert coder.scores(sentence) == {"DEFENCE": 1, "FOREIGN_TRADE": 1}
    assert coder.topic(sentence) == "DEFENCE"


def test_a_tie_goes_to_the_topic_the_context_names(coder):
    # one hit each of elections (Wahlkampf) and transport (Bahn): the lead on the election decides
    sentence = "Über die Kosten des Wahlkampfs legt sie Rechenschaft ab, bis zur letzten Bahnkarte."
    assert coder.scores(sentence) == {"TRANSPORT": 1, "GOVERNMENT_OPERATIONS": 1}
    assert coder.topic(sentence, "Die Kandidatin stellt sich der Wahl zur Bürgermeisterin.") == "GOVERNMENT_OPERATIONS"
    # negatives: a context that names neither, or no context, keeps the file order; more hits still win
    assert coder.topic(sentence, "Ein Tag im Mai.") == "TRANSPORT"
    assert coder.topic(sentence) == "TRANSPORT"
    assert coder.topic("Die Bahn und die Autobahn kosten mehr als der Wahlkampf.",
                       "Die Kandidatin stellt sich der Wahl zur Bürgermeisterin.") == "TRANSPORT"


def test_theatre_of_politics_and_training_camps(coder):
    # `weniger Theater`, `Polittheater`, `Theaterdonner`: a show of politics, no stage; `Ausbildungslager` of fighters
    assert coder.topic("Er verspricht mehr Fakten und weniger Theater im Parlament.") != "CULTURE"
    assert coder.topic("Das ist doch nur Polittheater, sagte sie.") == OTHER
    assert coder.topic("Die Rekruten werden nicht mehr in die Ausbildungslager geschickt.") == "DEFENCE"
    # negatives: a theatre and a school of training stay culture and education
    assert coder.topic("Das Theater in der Josefstadt bekommt mehr Geld.") == "CULTURE"
    assert coder.topic("Die Ausbildungsplätze in den Schulen reichen nicht.") == "EDUCATION"


def test_context_fallback(coder):
    title = "Kanzler fordert einheitliche Standards in der Asylpolitik."
    assert coder.topic("Das ist nicht akzeptabel, sagte er.", title) == "IMMIGRATION"
    # the sentence's own topic wins over the context
    assert coder.topic("Die Pensionen sind sicher, sagte er.", title) == "SOCIAL_WELFARE"
    assert coder.topic("Das ist nicht akzeptabel, sagte er.", "Ein Tag im Mai.") == OTHER
    assert coder.topic("") == OTHER


def test_relations_need_a_partner(coder):
    assert coder.topic("Die Beziehungen zu Russland sind belastet.") == "INTERNATIONAL_AFFAIRS"
    assert coder.topic("Es lohnt sich, gute Beziehungen zu pflegen.") == OTHER


def test_a_sentence_naming_only_other_topics_keeps_its_own_over_the_issue(coder):
    # talks (NEGOTIATIONS) on a school reform, a border (TERRITORY) closed to refugees: the
    # sentence's own topic, not the Ukraine issue's INTERNATIONAL_AFFAIRS
    assert coder.topic("Die Grünen sind zu Verhandlungen über die Schulreform bereit.",
                       issue_topic="INTERNATIONAL_AFFAIRS") == "EDUCATION"
    assert coder.topic("Ungarn schließt die Grenze für Flüchtlinge.",
                       issue_topic="INTERNATIONAL_AFFAIRS") == "IMMIGRATION"
    # negative: a sentence without a topic of its own, or one that names the issue's topic too
    assert coder.topic("Moskau fordert die Anerkennung der besetzten Gebiete.", "Flüchtlinge",
                       issue_topic="INTERNATIONAL_AFFAIRS") == "INTERNATIONAL_AFFAIRS"
    assert coder.topic("Die Sanktionen treffen auch die Exporte.",
                       issue_topic="INTERNATIONAL_AFFAIRS") == "INTERNATIONAL_AFFAIRS"


def test_topic_of_issue(coder):
    assert coder.topic_of_issue("CEASEFIRE") == "INTERNATIONAL_AFFAIRS"
    assert coder.topic_of_issue("TROOPS") == "DEFENCE"
    assert coder.topic_of_issue("SANCTIONS") == "INTERNATIONAL_AFFAIRS"
    assert coder.topic_of_issue("OTHER") is None
    assert coder.topic_of_issue("MILITARY_AID") == "DEFENCE"


def test_every_issue_has_a_topic(coder):
    with open(LEXICONS / "issues.csv", encoding="utf-8") as handle:
        issues = {row["issue"] for row in csv.DictReader(handle)}
    assert issues <= set(coder.issue_topics), issues - set(coder.issue_topics)
    assert set(coder.issue_topics.values()) <= set(TOPICS)


def test_every_topic_has_keywords(coder):
    assert {rule.topic for rule in coder.rules} == set(TOPICS) - {OTHER}


@pytest.fixture
def lexicon_copy(tmp_path):
    target = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, target)
    return target


@pytest.mark.parametrize("file,row,message", [
    ("topics.csv", "WEATHER,regen,", "unknown topic 'WEATHER'"),
    ("topics.csv", "OTHER,irgendwas,", "unknown topic 'OTHER'"),
    ("topics.csv", "HEALTH,,", "empty pattern"),
    ("topics.csv", "HEALTH,spital(,", "invalid regular expression"),
    ("issue_topics.csv", "PEACE,WAR", "unknown topic 'WAR'"),
    ("issue_topics.csv", "TROOPS,DEFENCE", "mapped twice"),
    ("issue_topics.csv", "ceasefire,DEFENCE", "UPPER_CASE"),
    ("domains.csv", "sport,\\btor\\b,", "UPPER_CASE"),
    ("domains.csv", "SPORT,tor(,", "invalid regular expression"),
])
def test_bad_rows_name_file_and_line(lexicon_copy, file, row, message):
    # a row appended to topics.csv, issue_topics.csv or domains.csv: the error names the file and its last line
    line = append_row(lexicon_copy / file, row)
    with pytest.raises(LexiconError) as error:
        TopicCoder(lexicon_copy)
    assert error.value.line == line
    assert f"{file}:{line}:" in str(error.value)
    assert message in str(error.value)


def test_a_lead_on_sport_or_the_arts_is_off_policy(coder):
    # domains.csv: a title and lead on a match or a film are about no policy field
    assert coder.off_policy("Die Titelverteidigerin scheiterte im Halbfinale. Wien – Im Turnier war für sie nach drei Sätzen Schluss.")
    assert coder.off_policy("Der Regisseur zeigt seinen neuen Film beim Festival in Cannes.")
    # a lead with more hits of policy topics, or none of the domains, is not
    assert not coder.off_policy("Die Regierung kürzt die Förderung für Sportvereine, die Pensionen und die Spitäler.")
    assert not coder.off_policy("Der Minister besuchte am Montag eine Schule in Linz.")
    # the domains give no topic: a sentence on a match keeps its topic from the lead
    assert coder.topic("Im Finale gewann sie in drei Sätzen.") == OTHER


def test_missing_topics_file(lexicon_copy):
    (lexicon_copy / "topics.csv").unlink()
    with pytest.raises(LexiconError, match=r"topics.csv: lexicon file is missing"):
        TopicCoder(lexicon_copy)


def test_the_literal_prefilter_finds_what_the_rules_find(tmp_path):
    # the substring shortcut must not lose a topic, also for rules with a back reference or a class
    from pipeline.topics import TopicCoder
    coder = TopicCoder()
    assert coder.scores("Die Regierung will die Mieten deckeln und mehr Wohnungen bauen.")
    assert coder.scores("Der Zug fuhr pünktlich ab.") == {}
    assert coder.scores("DIE ASYLWERBER IN TRAISKIRCHEN") == {"IMMIGRATION": 2}
    rules = "topic,pattern\n" + r"ENERGY,(strom)\w*\1" + "\n" + r"HOUSING,(miet)\w*\1" + "\n" + r"HEALTH,\w+spital" + "\n"
    (tmp_path / "topics.csv").write_text(rules, encoding="utf-8")
    (tmp_path / "issue_topics.csv").write_text("issue,topic\n", encoding="utf-8")
    custom = TopicCoder(tmp_path)
    assert custom.scores("mietmiete") == {"HOUSING": 1}
    assert custom.scores("Das Landesspital") == {"HEALTH": 1}  # no literal prefix: the regex always runs
    assert custom.scores("Der Strom") == {}


def test_a_coder_is_freed_with_its_cache(tmp_path):
    # the memo belongs to the coder: a coder for another lexicon folder, once dropped, is freed
    import gc
    import weakref
    from pipeline.topics import TopicCoder
    (tmp_path / "topics.csv").write_text("topic,pattern\nHOUSING,miete\n", encoding="utf-8")
    (tmp_path / "issue_topics.csv").write_text("issue,topic\n", encoding="utf-8")
    custom = TopicCoder(tmp_path)
    assert custom.topic("Die Miete steigt.") == "HOUSING"
    assert custom.topic("Der Zug fuhr ab.") == "OTHER"
    dropped = weakref.ref(custom)
    del custom
    gc.collect()
    assert dropped() is None


def test_an_issue_of_any_field_takes_the_field_of_its_text_or_context(coder):
    # `occasion` (talks, a generic issue): the sentence's topic, else the lead's, else the issue's
    assert coder.topic("Die Grünen sind verhandlungsbereit.", "Streit um die Schulreform",
                       issue_topic="INTERNATIONAL_AFFAIRS", occasion=True) == "EDUCATION"
    assert coder.topic("Die Grünen sind verhandlungsbereit.", "Ein Tag im Mai.",
                       issue_topic="INTERNATIONAL_AFFAIRS", occasion=True) == "INTERNATIONAL_AFFAIRS"
    # negative: a fixed issue (a ceasefire) in a sentence of no topic keeps its issue's topic over the lead's
    assert coder.topic("Das lehnen die Grünen ab.", "Streit um die Schulreform",
                       issue_topic="INTERNATIONAL_AFFAIRS") == "INTERNATIONAL_AFFAIRS"


def test_tax_allowances_for_commuters_are_a_tax(coder):
    # the Pendlerpauschale is a tax allowance: MACROECONOMICS, not transport or labour
    assert coder.topic("Die Pendlerpauschale soll für Geringverdiener erhöht werden.") == "MACROECONOMICS"
    assert coder.topic("Der Pendlereuro wird verdoppelt, kündigte die Regierung an.") == "MACROECONOMICS"
    # negative: commuters themselves, stuck in traffic, stay transport
    assert coder.topic("Die Pendler stehen jeden Morgen im Stau vor der Stadt.") == "TRANSPORT"


def test_parties_lists_and_districts_are_government_operations(coder):
    # a party's own bodies, lists and candidacies, members of parliament, a district's reform
    assert coder.topic("Der Landesparteivorstand bestätigte die Obfrau einstimmig.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Er steht nicht auf der Bundesliste und muss um den Einzug bangen.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Seine Kandidatur sei ein Fehler, meinte die Zeitung.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die Mandatare der Liste halten vorerst zusammen.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die Bezirksauflösung spart dem Land Verwaltungskosten.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die Stadt strebt den Rang einer Statutarstadt an.") == "GOVERNMENT_OPERATIONS"
    # negatives: a mandate of a body or a lawyer, a letter to the district authority name no field
    assert coder.topic("Das Mandat des Sicherheitsrats läuft im Juni aus.") == "INTERNATIONAL_AFFAIRS"
    assert coder.topic("Sein Mandat mit dem Klienten verpflichte ihn zur Verschwiegenheit.") == OTHER
    assert coder.topic("Er schrieb eine Stellungnahme an die Bezirkshauptmannschaft.") == OTHER


def test_hunting_wildlife_and_sexism(coder):
    # protected species and hunters' bodies are the environment; sexism is civil rights
    assert coder.topic("Die Jägerschaft müsse die Wilderei endlich ernst nehmen.") == "ENVIRONMENT"
    assert coder.topic("Geschützte Greifvögel dürfen nicht abgeschossen werden.") == "ENVIRONMENT"
    assert coder.topic("Seine sexistischen Äußerungen seien untragbar.") == "CIVIL_RIGHTS"
    # negative: a hunt for criminals is no wildlife
    assert coder.topic("Die Jagd auf die Täter geht weiter, sagte die Polizei.") == "LAW_CRIME"


def test_the_headline_counts_twice_in_the_lead(coder):
    # the headline names the cabinet (one hit), a later line of the lead a summit (two hits): the headline's
    # topic wins the lead when it is passed as `title`, whose hits count twice, and breaks the lead's ties
    title = "Neuer Premier stellt die Regierungsumbildung vor."
    lead = title + " Der Staatschef kam dafür eigens vom UN-Gipfel in Genf zurück."
    assert coder.scores(lead) == {"GOVERNMENT_OPERATIONS": 1, "INTERNATIONAL_AFFAIRS": 2}
    assert coder.topic("Das wird dauern, sagte er.", lead, title=title) == "GOVERNMENT_OPERATIONS"
    # a tie of the sentence's own topics goes to the one the headline names
    sentence = "Über die Kosten des Wahlkampfs legt sie Rechenschaft ab, bis zur letzten Bahnkarte."
    assert coder.topic(sentence, "Ein Tag im Mai. Die Bahn fährt. Die Wahl naht.",
                       title="Kandidatin vor der Wahl.") == "GOVERNMENT_OPERATIONS"
    # negatives: without a title the lead's counts decide as before; a headline of no topic changes nothing
    assert coder.topic("Das wird dauern, sagte er.", lead) == "INTERNATIONAL_AFFAIRS"
    other = "Ein langer Tag in Genf."
    assert coder.topic("Das wird dauern, sagte er.", other + " Der Staatschef kam vom UN-Gipfel zurück.",
                       title=other) == "INTERNATIONAL_AFFAIRS"


def test_closing_borders_electoral_systems_and_prizes_of_medicine(coder):
    # closing the borders to migrants is immigration; an electoral system is government operations
    assert coder.topic("Die Rechte fordert, die Grenzen endlich zu schließen.") == "IMMIGRATION"
    assert coder.topic("Eine Grenzschließung löst das Problem nicht, meinte sie.") == "IMMIGRATION"
    assert coder.topic("Er wirbt seit Jahren für ein Mehrheitswahlrecht.") == "GOVERNMENT_OPERATIONS"
    # a prize or university named after medicine names no health care
    assert coder.topic("Die Medizin-Nobelpreisträgerin trat wegen sexistischer Witze zurück.") == "CIVIL_RIGHTS"
    assert "HEALTH" not in coder.scores("Der Nobelpreis für Physiologie oder Medizin geht nach Kyoto.")
    # negatives: medicine itself stays health; the borders of a theory and a closed shop name no migration
    assert coder.topic("Die Medizin für Kassenpatienten wird immer teurer.") == "HEALTH"
    assert "IMMIGRATION" not in coder.scores("Die Grenzen dieser Theorie sind bekannt, das Geschäft ist geschlossen.")


def test_candidates_airports_tunnels_and_posted_workers(coder):
    # a party's candidate is elections; airports in the plural and road tunnels transport; posted workers labour
    assert coder.topic("Der SPÖ-Kandidat könne gegen beide bestehen, sagte er.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Der Spitzenkandidat der Liste tritt an.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die Kontrollen an den Flughäfen seien mangelhaft.") == "TRANSPORT"
    assert coder.topic("Der Tunnelbau unter dem Platz koste zu viel.") == "TRANSPORT"
    assert coder.topic("Die Entsenderichtlinie müsse verschärft werden.") == "LABOUR"
    # negatives: an EU accession candidate and candidates for a post are no election; a tunnel of light no transport
    assert "GOVERNMENT_OPERATIONS" not in coder.scores("Die Türkei ist seit Jahren ein Beitrittskandidat.")
    assert coder.topic("Für den Posten des Generalsekretärs gibt es drei Kandidaten.") == OTHER
    assert coder.topic("Ich sehe kein Licht am Ende des Tunnels.") == OTHER


def test_an_interview_answer_without_a_topic_takes_its_question(coder):
    # the answer names no topic: the interviewer's question before it gives one, before the lead
    lead = "Die Ministerin über Flüchtlinge und Asylquartiere."
    question = "STANDARD: Wie sicher sind die Pensionen der Jungen? "
    assert coder.topic("Das kann ich Ihnen versprechen.", lead, question=question) == "SOCIAL_WELFARE"
    # a tie of the question's topics goes to the lead
    tied = "STANDARD: Braucht es eine Obergrenze für die Arbeitslosigkeit? "
    assert coder.scores(tied) == {"IMMIGRATION": 1, "LABOUR": 1}
    assert coder.topic("Das wird schwer.", "Der Sozialminister über Jobs und den Arbeitsmarkt.",
                       question=tied) == "LABOUR"
    # negatives: an answer naming a topic keeps its own; a question of no topic or none leaves the lead's
    assert coder.topic("Die Schulen brauchen mehr Geld.", lead, question=question) == "EDUCATION"
    assert coder.topic("Das kann ich Ihnen versprechen.", lead, question="STANDARD: Wie geht es Ihnen? ") \
        == "IMMIGRATION"
    assert coder.topic("Das kann ich Ihnen versprechen.", lead) == "IMMIGRATION"


def test_coalitions_assaults_and_the_culture_of_democracy(coder):
    # a coalition as the matter is government operations; assaults are crime
    assert coder.topic("Die Partei schließt eine Koalition mit den Rechten aus.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die Koalitionsgespräche wurden abgebrochen.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die Übergriffe auf Frauen in der Silvesternacht seien schlimm.") == "LAW_CRIME"
    # negatives: a coalition that acts is the actor, not the topic; a military coalition no government;
    # the culture of democracy or politics names no arts
    assert "GOVERNMENT_OPERATIONS" not in coder.scores("Die rot-grüne Koalition plant ein neues Gesetz.")
    assert "GOVERNMENT_OPERATIONS" not in coder.scores("Der Koalitionspartner reagierte verärgert.")
    assert "GOVERNMENT_OPERATIONS" not in coder.scores("Eine internationale Koalition fliegt Angriffe.")
    assert coder.topic("Das schadet der demokratischen Kultur, sagte er.") == OTHER
    assert coder.topic("Die politische Kultur hat gelitten.") == OTHER
    assert coder.topic("Die Stadt fördert Kunst und Kultur.") == "CULTURE"


def test_inquiries_presidential_races_and_reading_files(coder):
    # a parliament's inquiry and its procedure, a presidential race and running for office are government
    # operations; reading the files of a case is no education
    assert coder.topic("Die Verfahrensordnung der Untersuchungsausschüsse gehört überarbeitet.") \
        == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Der Verfahrensrichter im Bank-U-Ausschuss fordert mehr Zeit.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Vor der Präsidentenwahl will er sich nicht festlegen.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Sie hofft, dass der Professor doch noch kandidiert.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Für das Studium der Akten brauchen die Abgeordneten mehr Zeit.") != "EDUCATION"
    # negatives: a study at a university stays education, as does a study of law
    assert coder.topic("Das Studium an der Universität soll kürzer werden.") == "EDUCATION"
    assert coder.topic("Das Studium der Rechtswissenschaften dauert zu lange.") == "EDUCATION"


def test_shelling_media_ethics_disability_and_european_integration(coder):
    # shelling and artillery are war; a press council and a hacked device are media and technology; a home
    # for the severely disabled is welfare; European integration and enlargement are foreign affairs
    assert coder.topic("Der Artilleriebeschuss der feindlichen Stellungen geht weiter.") == "DEFENCE"
    assert coder.topic("Die Zeitung wurde vom Presserat gerügt.") == "TECHNOLOGY"
    assert coder.topic("Über das WLAN des Spielzeugs kam er an die Daten.") == "TECHNOLOGY"
    assert coder.topic("Im Heim für schwerbehinderte Menschen fehlt es an Personal.") == "SOCIAL_WELFARE"
    assert coder.topic("Sie bekennt sich zur europäischen Integration.") == "INTERNATIONAL_AFFAIRS"
    assert coder.topic("War die Osterweiterung zu früh?") == "INTERNATIONAL_AFFAIRS"
    # negatives: a politician under fire is criticised, not shelled
    assert coder.topic("Die Ministerin gerät unter Beschuss.") == OTHER
    assert coder.topic("Der Minister steht unter heftigem Beschuss der Opposition.") == OTHER


def test_becoming_president_unions_of_an_industry_and_minorities(coder):
    # becoming an office holder and swearing in a government are government operations;
    # a union of an industry and its workers are labour; a minority's place names and women's protection are
    # rights; the site of an industry is the economy
    assert coder.topic("Die frühere Ministerin will Bundespräsidentin werden.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Eine solche Regierung werde er nicht angeloben.") == "GOVERNMENT_OPERATIONS"
    assert coder.topic("Die IG Metall ruft die Werftarbeiter zum Protest auf.") == "LABOUR"
    assert coder.topic("Die Sonntagsarbeit bleibt verboten.") == "LABOUR"
    assert coder.topic("Die zweisprachigen Ortstafeln sind kein Thema mehr.") == "CIVIL_RIGHTS"
    assert coder.topic("Die Frauenschutzzentren müssen offen bleiben.") == "CIVIL_RIGHTS"
    assert coder.topic("Der Industriestandort darf nicht leiden.") == "MACROECONOMICS"
    # negatives: becoming a partner town or a bilingual menu names no policy
    assert coder.topic("Die Gemeinde will Partnerstadt werden.") == OTHER
    assert coder.topic("Die Speisekarte ist zweisprachig gedruckt.") == OTHER


def test_domestic_violence_cheap_imports_and_climate_rebates(coder):
    # domestic violence in any case is crime; protection from cheap imports is trade; climate rebates environment
    assert coder.topic("Es komme in jeder dritten Familie zu häuslicher Gewalt.") == "LAW_CRIME"
    assert coder.topic("Die Stahlwerke litten unter Billigimporten aus Asien.") == "FOREIGN_TRADE"
    assert coder.topic("Die Union brauche schärfere Handelsschutzmaßnahmen.") == "FOREIGN_TRADE"
    assert coder.topic("Die Industrie will noch mehr Klimarabatte.") == "ENVIRONMENT"
    # negative: an important matter is no import
    assert coder.topic("Das ist eine wichtige Frage.") == OTHER


def test_smoking_is_health(coder):
    assert coder.topic("Im Auto darf neben Kindern nicht mehr geraucht werden, das Rauchen wird teurer.") == "HEALTH"
    assert coder.topic("Auf die Packungen der E-Zigaretten kommen Warnhinweise für Raucher.") == "HEALTH"
    # negative: a cigarette that started a fire names no health policy
    assert coder.topic("Eine Zigarette gilt als Auslöser des Feuers.") == OTHER
