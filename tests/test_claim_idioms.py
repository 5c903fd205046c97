"""Evaluative and support-verb idioms of claims (verbs.csv): a verb that takes a position only
with its noun or its reflexive and preposition (`lobende Worte finden`, `die Schuld geben`, `sich
widersetzen`, `sich gegen … stellen`, `an … festhalten`). Each idiom with a negative: the same verb
in its literal sense, or without the words the idiom needs."""

import pytest

from pipeline.lexicons import LexiconError, _required_words


def claims(nlp, text):
    return [(c.actor, c.claim_type, c.polarity) for c in nlp(text)._.claims]


@pytest.mark.parametrize("text, actor, claim_type", [
    # praise, blame and criticism in words
    ("Für den Kompromiss fand Bundeskanzler Werner Faymann lobende Worte.", "Werner Faymann", "AGREEMENT"),
    ("Die SPÖ fand scharfe Worte für die Pläne der ÖVP.", "SPÖ", "ACCUSATION"),
    ("Die ÖVP gab der SPÖ die Schuld am Scheitern der Reform.", "ÖVP", "ACCUSATION"),
    ("Die Schuld am Scheitern gab Finanzminister Hans Jörg Schelling den Ländern.", "Hans Jörg Schelling",
     "ACCUSATION"),
    ("Die SPÖ weist der ÖVP die Schuld am Stillstand zu.", "SPÖ", "ACCUSATION"),
    ("Die FPÖ sieht die Schuld bei der Regierung.", "FPÖ", "ACCUSATION"),
    ("Die FPÖ ließ kein gutes Haar an dem Budget.", "FPÖ", "ACCUSATION"),
    ("Die SPÖ lastet der ÖVP das Scheitern der Gespräche an.", "SPÖ", "ACCUSATION"),
    ("Herbert Kickl wetterte gegen die Regierung.", "Herbert Kickl", "ACCUSATION"),
    ("Innenministerin Johanna Mikl-Leitner zollte den Helfern Respekt.", "Johanna Mikl-Leitner", "AGREEMENT"),
    ("Die SPÖ stärkte dem Kanzler den Rücken.", "SPÖ", "AGREEMENT"),
    ("Die NEOS halten dem Kanzler die Stange.", "NEOS", "AGREEMENT"),
    ("Die ÖVP schlug sich auf die Seite der Bauern.", "ÖVP", "AGREEMENT"),
    ("Die SPÖ sprach dem Kanzler ihr volles Vertrauen aus.", "SPÖ", "AGREEMENT"),
    # resisting
    ("Die Türkei widersetzt sich der Forderung der EU.", "Türkische Regierung", "REJECTION"),
    ("Die ÖVP stellt sich gegen die Vermögenssteuer.", "ÖVP", "REJECTION"),
    ("Die ÖVP sperrt sich gegen eine Vermögenssteuer.", "ÖVP", "REJECTION"),
    ("Die FPÖ stellt sich quer.", "FPÖ", "REJECTION"),
    ("Der ÖGB läuft Sturm gegen die Pensionsreform.", "ÖGB", "REJECTION"),
    ("Der ÖGB geht auf die Barrikaden.", "ÖGB", "REJECTION"),
    ("Die Grünen in Wien machen Front gegen die dritte Piste.", "Die Grünen (Österreich)", "REJECTION"),
    ("Der Verfassungsgerichtshof schob dem Gesetz einen Riegel vor.", "Verfassungsgerichtshof", "REJECTION"),
    ("Die ÖVP wischte die Vorwürfe vom Tisch.", "ÖVP", "REJECTION"),
    ("Werner Faymann ließ das Argument nicht gelten.", "Werner Faymann", "REJECTION"),
    ("Die SPÖ bezog klar Stellung gegen die FPÖ.", "SPÖ", "REJECTION"),
    ("Wladimir Putin sagte der Korruption den Kampf an.", "Wladimir Putin", "REJECTION"),
    # insisting, pressing, advocating, giving way
    ("Innenministerin Johanna Mikl-Leitner hält an der Obergrenze fest.", "Johanna Mikl-Leitner", "DEMAND"),
    ("Angela Merkel ermahnte die Türkei, die Pressefreiheit zu achten.", "Angela Merkel", "DEMAND"),
    ("Werner Faymann streckte der ÖVP die Hand aus.", "Werner Faymann", "PROPOSAL"),
    # protest, boycott and parliamentary motions as acts of a position
    ("Wien – Die SPÖ demonstrierte gegen die Schließung der Schule.", "SPÖ", "REJECTION"),
    ("Wien – Der ÖGB demonstrierte für höhere Löhne.", "ÖGB", "DEMAND"),
    ("Wien – Die SPÖ boykottierte die Sitzung des Ausschusses.", "SPÖ", "REJECTION"),
    ("Wien – Die FPÖ hatte einen Misstrauensantrag gegen den Minister gestellt.", "FPÖ", "DEMAND"),
    # stating
    ("Eine Orbanisierung Österreichs findet nicht statt, hielt Verteidigungsminister Gerald Klug fest.",
     "Gerald Klug", "STATEMENT"),
    ("Die ÖVP hegt Zweifel an dem Plan.", "ÖVP", "STATEMENT"),
    # `keinen Zweifel lassen` after an inserted comparison clause
    ("Bürgermeister Michael Häupl ließ, wie schon im Vorjahr, keinen Zweifel daran, dass er die Gebühren "
     "senken wolle.", "Michael Häupl", "STATEMENT"),
    ("Werner Faymann gab zu verstehen, dass er eine Obergrenze ablehne.", "Werner Faymann", "STATEMENT"),
    ("Die FPÖ führte ins Feld, dass die Kosten zu hoch seien.", "FPÖ", "STATEMENT"),
    # sharing a view, keeping one's distance, putting a plan on the table
    ("Werner Faymann warf sich für die Lehrer in die Bresche.", "Werner Faymann", "AGREEMENT"),
    ("Die ÖVP ging auf Distanz zu ihrem Bürgermeister.", "ÖVP", "REJECTION"),
    ("Die Grünen in Wien boten der Regierung die Stirn.", "Die Grünen (Österreich)", "REJECTION"),
    ("Die FPÖ gab dem Kanzler einen Korb.", "FPÖ", "REJECTION"),
    ("Werner Faymann wies die FPÖ in die Schranken.", "Werner Faymann", "ACCUSATION"),
    ("Die SPÖ las der ÖVP die Leviten.", "SPÖ", "ACCUSATION"),
    ("Die SPÖ legte einen neuen Vorschlag zur Pensionsreform auf den Tisch.", "SPÖ", "PROPOSAL"),
    ("Die ÖVP brachte eine Vermögenssteuer ins Gespräch.", "ÖVP", "PROPOSAL"),
    # a view: `X als Y sehen`, `in X einen Y sehen`, `X gefährdet sehen`, `sich bestätigt sehen`
    ("Die ÖVP sieht in der Steuerreform einen Fortschritt für den Mittelstand.", "ÖVP", "STATEMENT"),
    ("Finanzminister Hans Jörg Schelling sieht die Aufnahme von Flüchtlingen als Verpflichtung.",
     "Hans Jörg Schelling", "STATEMENT"),
    ("Wien – Die Grünen sehen den Naturschutz in den Alpen gefährdet.", "Die Grünen (Österreich)", "STATEMENT"),
    ("Die SPÖ sieht sich durch das Wahlergebnis in ihrem Kurs bestätigt.", "SPÖ", "STATEMENT"),
])
def test_idiom_of_a_position_is_a_claim(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Der Minister fand im Archiv der SPÖ alte Worte und Briefe.",  # no word of praise or blame
    "Die ÖVP stellte sich der Wahl.",  # no `gegen`
    "Die Polizei in Wien sperrte die Straße gegen Mittag.",  # no `sich`
    "Die Polizei in Wien hielt den Verdächtigen am Bahnhof fest.",  # holding a person, nothing said
    "Nachdem die beiden Männer die Frau festgehalten hatten, habe die Polizei in Wien eingegriffen.",
    "Die ÖVP ergriff die Initiative in der Partei.",  # `Partei` as the party, not `Partei ergreifen`
    "Soldaten der syrischen Armee bezogen Stellung am Fluss.",  # a military position
    "Rapid lief gegen Sturm Graz ins offene Messer.",  # the football club
    "Die Polizei in Wien zeigte die Fingerabdrücke.",
    "Die SPÖ gab eine Pressekonferenz im Parlament.",  # `geben` without `Schuld`
    "Die SPÖ legte den Bericht auf den Tisch.",  # a report, no proposal
    "Die ÖVP führte im Gespräch mit den Bürgern durch den Abend.",
    "Die SPÖ las aus dem Programm vor.",
    "Als die Polizei in Wien die Demonstranten sah, griff sie ein.",  # `Als` opens the clause: no `als X sehen`
    # `vorsehen`: the parse gives `sieht` its particle after the bracket that ends the clause
    "Die Resolution des Sicherheitsrats sieht eine Verstärkung der im Land stationierten Truppen (UNIFIL) auf "
    "15.000 Soldaten vor.",
    "Der Stürmer der Wiener Austria sah in der 62. Minute eine gelbe Karte.",  # a card, no view
    "Die Polizei in Wien ließ, wie schon im Vorjahr, die Straße am Bahnhof offen.",  # no `Zweifel` after the insertion
    "Wien – Die Regierung demonstrierte bei der Reform Einigkeit.",  # a show of unity, no protest
    "Wien – Die SPÖ demonstrierte Geschlossenheit für die Wahl.",  # `demonstrieren für` of a show
    "Wien – Die Familie aus Syrien stellte in Wien einen Asylantrag.",  # no parliamentary motion
])
def test_the_idioms_verb_in_a_literal_sense_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_an_idioms_word_after_a_phrase_between_dashes(tagged_nlp):
    # `stimmte X – trotz Kritik … – gegen Y`: the phrase between the dashes stands between the verb and the
    # word its idiom needs (`stimmen gegen`), and is left out of that idiom
    for text in ("Wien – Erneut stimmte der Nationalrat – trotz Kritik der Verbände – gegen die Reform der Gebühren.",
                 "Wien – Erneut stimmte der Nationalrat -  trotz aller Bedenken - gegen die Reform der Gebühren."):
        assert ("Nationalrat", "REJECTION", -1) in claims(tagged_nlp, text), text
    # a clause of its own between the dashes, or the idiom's word only inside them, makes no idiom
    for text in ("Wien – Erneut stimmte der Nationalrat – das Ergebnis war knapp – gegen Mittag ab.",
                 "Wien – Erneut stimmte der Chor – gegen alle Erwartungen – ein neues Lied an."):
        assert ("Nationalrat", "REJECTION", -1) not in claims(tagged_nlp, text) \
            and all(c[1] != "REJECTION" for c in claims(tagged_nlp, text)), text


def test_a_view_is_against_what_it_sees_threatened(tagged_nlp):
    """`X gefährdet sehen` takes a position against what threatens X; `sich bestätigt sehen` one for."""
    assert ("Die Grünen (Österreich)", "STATEMENT", -1) in claims(
        tagged_nlp, "Wien – Die Grünen sehen den Naturschutz in den Alpen gefährdet.")
    assert ("SPÖ", "STATEMENT", 1) in claims(tagged_nlp, "Die SPÖ sieht sich durch das Wahlergebnis in ihrem Kurs bestätigt.")


def test_a_view_in_first_person_is_the_quoted_speakers(tagged_nlp):
    """`Wir sehen die Türkei nicht als Gegner, …, so X`: the view is X's words; the object after the verb
    (`die Türkei`) is no speaker."""
    found = claims(tagged_nlp, "Wien – Wir sehen die Türkei nicht als Gegner, sondern als Partner, so Bundeskanzler "
                               "Werner Faymann.")
    assert [c[0] for c in found] == ["Werner Faymann"]


def test_a_negated_idiom_takes_its_negated_type(tagged_nlp):
    """`hält nicht länger an … fest` gives a position up; `gab … nicht die Schuld` blames nobody;
    `kein gutes Haar`, `nicht gelten lassen` hold their negation in the idiom itself."""
    assert ("Werner Faymann", "CONCESSION", -1) in claims(
        tagged_nlp, "Werner Faymann hält nicht länger an der Obergrenze fest.")
    assert [c[1] for c in claims(tagged_nlp, "Die ÖVP gab der SPÖ nicht die Schuld am Scheitern.")] == ["STATEMENT"]
    assert ("FPÖ", "ACCUSATION", -1) in claims(tagged_nlp, "Die FPÖ ließ kein gutes Haar an dem Budget.")


@pytest.mark.parametrize("text", [
    "Der Flüchtling war in einem von Australien finanzierten Zentrum festgehalten worden.",  # custody
])
def test_near_misses_of_the_idioms_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_required_words_are_all_needed():
    """`sich & gegen`: each word between `&` must be in the verb's clause; one alone is not enough."""
    words = _required_words(None, 1, "sich & gegen|dagegen")
    assert [bool(w.fullmatch("Dagegen")) for w in words] == [False, True]
    assert len(_required_words(None, 1, "für|dafür")) == 1
    with pytest.raises(LexiconError):
        _required_words(None, 1, "sich & ")


# Senses of a cue verb (verbs.csv `excludes`, cues.csv `excludes`): the verb takes a position in one
# sense and names an act in another.
@pytest.mark.parametrize("text, actor, claim_type", [
    ("Die EU-Kommission würdigte das Abkommen als historischen Erfolg.", "EU-Kommission", "AGREEMENT"),  # praise
    ("Bundeskanzler Werner Faymann würdigte die Arbeit der Helfer.", "Werner Faymann", "AGREEMENT"),
    ("Innenministerin Johanna Mikl-Leitner riet den Bürgern, die Grenzregion zu meiden.", "Johanna Mikl-Leitner",
     "PROPOSAL"),  # advice, like `empfehlen`
    ("Die Wirtschaftskammer rät der Regierung zur Vorsicht.", "Wirtschaftskammer", "PROPOSAL"),
    ("Die FPÖ hielt dem entgegen, dass die Kosten zu hoch seien.", "FPÖ", "STATEMENT"),  # a counter-argument
    ("Die Grünen unterstützen den Antrag der SPÖ.", "Die Grünen (Österreich)", "AGREEMENT"),  # a position
    ("Die SPÖ plädiert für eine Vermögenssteuer.", "SPÖ", "PROPOSAL"),
])
def test_the_position_sense_of_a_verb_is_a_claim(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Russland unterstützt die syrische Armee seit Wochen mit Luftangriffen.",  # material help, no position
    "Die EU unterstützt den Ausbau der Bahnstrecke finanziell.",
    "Das Krankenhaus in Aleppo wird von der Hilfsorganisation Ärzte ohne Grenzen unterstützt.",
    "Der polnische Außenminister zitierte den russischen Botschafter ins Außenministerium.",  # a summons
    "Ministerpräsident Benjamin Netanjahu zitierte den Verteidigungsminister zu sich.",
    "Bürgermeister Michael Häupl verwies die Journalisten an die Polizei.",  # referred elsewhere, no `auf`
    "Bundeskanzler Werner Faymann verwies den Kandidaten der ÖVP auf den zweiten Platz.",  # a win
    "Die ÖVP ist wegen der Affäre in die Kritik geraten.",  # `geraten` is no form of advice
    "Die SPÖ hielt der Forderung nach einer Öffnung die Grundsätze der Partei entgegen.",  # no `dem`, no `dass`
    "Der frühere Innenminister Ernst Strasser plädierte vor dem Landesgericht Wien auf nicht schuldig.",  # a plea
    "Der ÖVP-Politiker Ernst Strasser plädierte auf Freispruch.",
])
def test_the_other_sense_of_a_cue_verb_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_a_quoting_verb_still_quotes(tagged_nlp):
    """`zitieren` excludes only its summons sense: `wird mit den Worten zitiert` still names a speaker."""
    found = claims(tagged_nlp, "Finanzminister Hans Jörg Schelling wird mit den Worten zitiert, die Steuerreform "
                               "sei ein großer Erfolg.")
    assert [c[0] for c in found] == ["Hans Jörg Schelling"]


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    ("Die ÖVP will das Pensionsalter der Frauen rascher anheben.", "ÖVP", "PROPOSAL", 1),
    ("Finanzminister Hans Jörg Schelling will die Steuern für kleine Einkommen senken.", "Hans Jörg Schelling",
     "PROPOSAL", 1),
    ("Die Türkei will verhindern, dass die Kurden die Grenzstadt einnehmen.", "Türkische Regierung", "PROPOSAL", 1),
    ("Die FPÖ will die Mindestsicherung nicht erhöhen.", "FPÖ", "REJECTION", -1),
    # keeping, drafting and helping as plans of policy
    ("Innsbruck – Die Landesregierung will das Fahrverbot für Lastwagen aufrechterhalten.", "Landesregierung (AUT)",
     "PROPOSAL", 1),
    ("Die EU-Kommission will bis zum Herbst neue Regeln für Banken ausarbeiten.", "EU-Kommission", "PROPOSAL", 1),
    ("Wien – Die Bundesregierung will den Bauern zu höheren Preisen verhelfen.", "Österreichische Regierung",
     "PROPOSAL", 1),
    # `lassen`: an act done by others on the subject's order (`abstimmen lassen`), `nicht … sitzen lassen`: a refusal
    ("Die SPÖ will die Mitglieder über den Koalitionsvertrag abstimmen lassen.", "SPÖ", "PROPOSAL", 1),
    ("Diesen Vorwurf will die ÖVP nicht auf sich sitzen lassen.", "ÖVP", "REJECTION", -1),
    ("Die ÖVP möchte die Gebühren für Kindergärten senken.", "ÖVP", "PROPOSAL", 1),  # `möchte`, an intent_modal
])
def test_a_plan_with_wollen_and_a_policy_verb_is_a_proposal(tagged_nlp, text, actor, claim_type, polarity):
    """`X will … anheben`: the subject's plan of a policy act (cues.csv, the modal `intent_modal` with the
    act's infinitive after it in its clause) is its position; `will … nicht` rejects the act."""
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    "Es ist unklar, ob die ÖVP das Pensionsalter anheben will.",  # the infinitive before the modal: a subordinate clause
    "Die ÖVP will am Sonntag in Linz ihren Parteitag abhalten.",  # no act of policy
    "Die ÖVP will das Vorgehen der Polizei in Linz am Montag mit eigenen Augen sehen.",  # `Vorgehen`, a noun
    "Wien – Es ist offen, ob die Regierung die Sanktionen aufrechterhalten will.",  # the modal after its infinitive
    "Der Tenor will sich vor dem Konzert die Haare schneiden lassen.",  # `lassen` without a side: nobody's plan
    "Die Polizei vermutet, dass die Firma die Beweise verschwinden lassen will.",  # `lassen` in a subordinate clause
])
def test_wollen_without_a_policy_verb_after_it_is_no_plan(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text", [
    "Die Kammer möchte erreichen, dass die Gemeinden den Familien mehr Geld zukommen lassen.",
    "Der Verband will durchsetzen, dass die Länder den Schulen mehr Geld zukommen lassen.",
])
def test_a_plan_infinitive_in_a_dass_clause_after_the_modal_is_not_its_act(tagged_nlp, text):
    """The act's infinitive of `will` / `möchte` (german.csv `intent_modal`) stands in the modal's own clause:
    `lassen` ending a `dass` clause after it is that clause's verb, and the clause stays the reported words."""
    cues = [q.cue for q in tagged_nlp(text)._.quotes]
    assert cues and not any("lassen" in cue for cue in cues)


# Idioms of a position with a support verb (verbs.csv): approving, pressing, pillorying, championing
@pytest.mark.parametrize("text, actor, claim_type", [
    ("Die EU-Kommission gab grünes Licht für die Fusion der beiden Bahnkonzerne.", "EU-Kommission", "AGREEMENT"),
    ("Der Nationalrat erteilte dem Budget grünes Licht.", "Nationalrat", "AGREEMENT"),
    ("Die Regierung in Rom macht Druck auf die Regionen, mehr Flüchtlinge aufzunehmen.", "Italienische Regierung",
     "DEMAND"),
    ("Die USA machen Druck auf die Türkei.", "US-Regierung", "DEMAND"),
    ("Die FPÖ stellte die Regierung wegen der Asylpolitik an den Pranger.", "FPÖ", "ACCUSATION"),
    ("Die Grünen in Wien bezogen klar Position für die Flüchtlinge.", "Die Grünen (Österreich)", "AGREEMENT"),
    ("Der US-Senat hat die Waffenlieferungen an die Ukraine abgesegnet.", "US-Senat", "AGREEMENT"),
    ("Die NEOS bekundeten ihre Solidarität mit den Streikenden.", "NEOS", "AGREEMENT"),
    ("Die FPÖ machte ihrem Unmut über die Regierung Luft.", "FPÖ", "ACCUSATION"),
    ("Der Verfassungsgerichtshof machte der Regierung einen Strich durch die Rechnung.", "Verfassungsgerichtshof",
     "REJECTION"),
    ("Die EU-Kommission will dem Steuerdumping Einhalt gebieten.", "EU-Kommission", "DEMAND"),
    ("Die ÖVP stieg bei der Reform der Mindestsicherung auf die Bremse.", "ÖVP", "REJECTION"),
    ("Die SPÖ stellt die Förderungen der Länder auf den Prüfstand.", "SPÖ", "PROPOSAL"),
    ("Die Grünen in Wien gaben der FPÖ Kontra.", "Die Grünen (Österreich)", "REJECTION"),
])
def test_a_support_verb_idiom_is_a_claim(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Die Ampel an der Kreuzung gab grünes Licht.",  # a traffic light
    "Für den Fall, dass es kein grünes Licht für das Paket gibt, soll Athen eine Brückenfinanzierung erhalten.",
    "Die Mannschaft aus Salzburg machte in der zweiten Hälfte viel Druck.",  # a match, no `auf`
    "Im Mittelalter stellte die Stadt Wien Diebe an den Pranger.",  # the pillory of history
    "Der Minister fühlt sich von der FPÖ zu Unrecht an den Pranger gestellt.",  # the one pilloried
    "Die Novelle wurde vom Nationalrat am Mittwoch abgesegnet.",  # a passive relays the vote
    "Der Lenker des Pkw stieg noch auf die Bremse.",  # a driver braking
    "Bei der Jagd in Kärnten machte das Wetter der Polizei einen Strich durch die Rechnung.",  # no one's position
    "Die SPÖ bekundete ihr Interesse an dem Posten.",  # no solidarity or readiness
])
def test_a_support_verb_idiom_in_its_literal_sense_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_a_negated_approval_is_a_refusal(tagged_nlp):
    """`kein grünes Licht geben` refuses (negated_type REJECTION)."""
    assert ("EU-Kommission", "REJECTION", -1) in claims(
        tagged_nlp, "Die EU-Kommission gab kein grünes Licht für die Fusion.")


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # the idiom's words after a party's bracket behind the name (`Hans Niessl (SPÖ)`) are still its clause's
    ("Am Montag sprach sich Landeshauptmann Hans Niessl (SPÖ) gegen die Obergrenze aus.", "Hans Niessl",
     "REJECTION", -1),
    ("Nun bringt die Ministerin Barbara Hendricks (SPD) eine Strafabgabe ins Gespräch.", "Barbara Hendricks",
     "PROPOSAL", 1),
    # `anmelden` with a doubt or a claim (its finite forms are also `melden`, a relay verb)
    ("Die ÖVP meldete Bedenken gegen die Reform an.", "ÖVP", "STATEMENT", -1),
    ("Die SPÖ hat Kritik an dem Budget angemeldet.", "SPÖ", "ACCUSATION", -1),
    # seeing something (Austrian `orten`)
    ("Die ÖVP ortet beim Kanzler einen Sinneswandel.", "ÖVP", "STATEMENT", 1),
])
def test_idiom_after_a_bracket_or_with_anmelden_is_a_claim(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    "Die ÖVP meldete ihre Kandidaten für die Wahl in Linz an.",  # `anmelden` without a doubt or claim
    "Nun bringt Barbara Hendricks (SPD) ihre Kinder zur Schule, das Gespräch folgt später.",  # another clause
])
def test_near_misses_of_the_bracket_and_anmelden_idioms_take_no_position(tagged_nlp, text):
    """Only a plain statement (`melden`) may remain: no doubt, criticism, proposal or support."""
    assert [c for c in claims(tagged_nlp, text) if (c[1], c[2]) != ("STATEMENT", 1)] == []


@pytest.mark.parametrize("text, actor, claim_type", [
    # verbs of a position the cue lists lacked (verbs.csv): Austrian `urgieren`, `einmahnen`;
    # `sich vorbehalten`, `fürchten` (as `befürchten`), `abstreiten`, `abwinken`
    ("Der ÖGB urgiert eine rasche Lösung für die Pendler.", "ÖGB", "DEMAND"),
    ("Der ÖGB mahnt eine rasche Lösung für die Pendler ein.", "ÖGB", "DEMAND"),
    ("Die Türkei behält sich weitere Schritte vor.", "Türkische Regierung", "STATEMENT"),
    ("Innenministerin Johanna Mikl-Leitner fürchtet, dass die Zahl der Asylanträge weiter steigt.",
     "Johanna Mikl-Leitner", "STATEMENT"),
    ("Die ÖVP streitet die Vorwürfe ab.", "ÖVP", "REJECTION"),
    ("Zu teuer, winkt Finanzminister Hans Jörg Schelling ab.", "Hans Jörg Schelling", "REJECTION"),
])
def test_added_position_verbs_are_claims(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Die Parkplätze in Wien sind den Anrainern vorbehalten.",  # reserved for someone, no `sich`
    "Der Bürgermeister von Wien winkte der Menge vom Balkon zu.",  # waving, no `ab`
    "Die ÖVP streitet mit der SPÖ über das Budget.",  # a quarrel, no `ab`
])
def test_added_position_verbs_in_another_sense_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor, claim_type", [
    # an idiom whose holder is the dative (cues.csv speaker side `dative`), not the subject
    ("Die Zollpolitik Chinas ist der US-Regierung seit Jahren ein Dorn im Auge.", "US-Regierung", "REJECTION"),
    ("Ein Dorn im Auge sind die neuen Regeln vor allem der Wirtschaftskammer.", "Wirtschaftskammer", "REJECTION"),
    ("Der ÖVP ist die Reform ein Dorn im Auge.", "ÖVP", "REJECTION"),
    ("Der SPÖ schwebt eine Reform der Pensionen vor.", "SPÖ", "PROPOSAL"),
    ("Der Kanzler ist der SPÖ ein Dorn im Auge.", "SPÖ", "REJECTION"),  # the first `der` the subject
    ("Bundeskanzler Werner Faymann sprach am Montag in Linz. Die Pläne der FPÖ sind ihm ein Dorn im Auge.",
     "Werner Faymann", "REJECTION"),  # a pronoun in the dative
])
def test_an_idiom_with_a_dative_holder_is_the_datives_claim(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [c[:2] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Die Pläne der SPÖ sind vielen ein Dorn im Auge.",  # the party in the genitive holds nothing
    "Der Ballon schwebte über dem Rathaus vor der Kulisse der Alpen.",  # floating, a dative after `über`
])
def test_the_dative_idioms_without_an_actor_in_the_dative_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor, claim_type", [
    # a verb that conveys an attitude takes the type of the position noun or adverb it conveys (cues.csv):
    # `signalisieren` alone offers (PROPOSAL), `äußern` alone states
    ("Die FPÖ signalisierte ihre Ablehnung des Gesetzes.", "FPÖ", "REJECTION"),
    ("Der Klubobmann der SPÖ, Andreas Schieder, äußerte Ablehnung gegenüber den Plänen.", "Andreas Schieder",
     "REJECTION"),
    ("Andreas Schieder von der SPÖ äußerte sich ablehnend zu den Plänen.", "Andreas Schieder", "REJECTION"),
    ("Die FPÖ signalisierte Zustimmung zu dem Antrag.", "FPÖ", "AGREEMENT"),
    ("Die NEOS äußerten scharfe Kritik an der Reform.", "NEOS", "ACCUSATION"),
    ("Die ÖVP reagierte ablehnend auf den Vorschlag.", "ÖVP", "REJECTION"),
    ("Die ÖVP reagierte zustimmend auf den Vorschlag.", "ÖVP", "AGREEMENT"),
    ("Die FPÖ bekundete ihren Widerstand gegen das Projekt.", "FPÖ", "REJECTION"),
    # `sich offen geben` offers; `gibt … offen die Schuld`, `gibt offen zu` (no `sich`) do not
    ("Bundeskanzler Werner Faymann gab sich offen für Gespräche mit der FPÖ.", "Werner Faymann", "PROPOSAL"),
    ("Minister Josef Ostermayer gibt der ÖVP ganz offen die Schuld am Scheitern.", "Josef Ostermayer", "ACCUSATION"),
    ("Bundeskanzler Werner Faymann gibt ganz offen zu, dass die Reform gescheitert sei.", "Werner Faymann",
     "CONCESSION"),
])
def test_an_attitude_conveyed_takes_the_type_of_its_noun(tagged_nlp, text, actor, claim_type):
    assert [c[:2] for c in claims(tagged_nlp, text)] == [(actor, claim_type)]


@pytest.mark.parametrize("text, claim_type", [
    ("Bürgermeister Michael Häupl signalisierte, er werde die Wahl abwarten.", "PROPOSAL"),
    ("Die ÖVP reagierte verärgert auf den Vorschlag.", "STATEMENT"),
])
def test_the_attitude_verbs_without_a_position_noun_keep_their_type(tagged_nlp, text, claim_type):
    assert [c[1] for c in claims(tagged_nlp, text)] == [claim_type]


def test_a_criticism_not_voiced_is_no_claim(tagged_nlp):
    assert claims(tagged_nlp, "Die NEOS äußerten keine Kritik an der Reform.") == []


@pytest.mark.parametrize("text, claim_type", [
    # `bereitstehen` of money or troops tells what is available, no readiness of the speaker's
    ("Die Hilfsgelder stünden bereit, sagte Bundeskanzler Werner Faymann.", "STATEMENT"),
    ("Die Mittel würden rechtzeitig bereit stehen, sagte Bundeskanzler Werner Faymann.", "STATEMENT"),
    # standing ready to act, and being ready, offer
    ("Die Regierung stehe bereit, den Ländern zu helfen, sagte Bundeskanzler Werner Faymann.", "PROPOSAL"),
    ("Die Regierung sei bereit, den Ländern zu helfen, sagte Bundeskanzler Werner Faymann.", "PROPOSAL"),
])
def test_bereitstehen_is_availability_unless_ready_to_act(tagged_nlp, text, claim_type):
    assert [c[1] for c in claims(tagged_nlp, text)] == [claim_type]


@pytest.mark.parametrize("text", [
    "Bundeskanzler Werner Faymann schrieb damit Geschichte: Noch nie hatte ein Kanzler die Wahl so klar gewonnen.",  # a feat
    "Die stärksten Rückgänge meldeten Spanien, Portugal und Irland.",  # a statistic relayed, no position
    "Die niedrigsten Quoten meldeten im März Deutschland (6,1 Prozent) und Österreich.",
])
def test_an_idiom_or_a_figure_with_a_cue_verb_is_no_claim(tagged_nlp, text):
    """`Geschichte schreiben` is a feat, not writing; `Rückgänge melden` relays a figure (verbs.csv and
    cues.csv `excludes`)."""
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor", [
    ("Die Regierung habe in der Flüchtlingsfrage versagt, schrieb Bundeskanzler Werner Faymann in einem Brief.",
     "Werner Faymann"),  # writing still reports words
    ("Die Zeit der Zugeständnisse an Brüssel sei vorbei, schrieb Viktor Orbán auf Facebook.", "Viktor Orbán"),
    ("Der ÖGB meldete, die Regierung müsse die Pensionen um drei Prozent erhöhen.", "ÖGB"),  # a figure in the words
])
def test_writing_and_reporting_without_the_idiom_stay_claims(tagged_nlp, text, actor):
    assert actor in [c[0] for c in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # `sich sicher sein`: the copula with `sich` and `sicher` in its clause states a conviction (cues.csv `requires`)
    ("Wien – Der Innenminister ist sich sicher, dass die Grenzkontrollen wirken.", "Minister (AUT)", "STATEMENT", 1),
    ("Wien – Die SPÖ war sich nicht sicher, ob die Reform reicht.", "SPÖ", "STATEMENT", -1),
    # `keinen Zweifel haben (daran, dass …)`, also with its object before the verb
    ("Keinen Zweifel hatte die ÖVP daran, dass die Reform kommen werde.", "ÖVP", "STATEMENT", 1),
    ("Die ÖVP hat keinen Zweifel daran, dass die Reform kommen werde.", "ÖVP", "STATEMENT", 1),
])
def test_conviction_and_doubt_idioms(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    "Die Regierung ist sich der Lage bewusst.",  # `sich` without `sicher`: no idiom
    "Die ÖVP hat Zweifel an der Lage in der Stadt.",  # `Zweifel haben` without its `kein`
])
def test_copula_and_haben_without_the_idiom_are_no_claims(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_an_auxiliary_an_idiom_lists_is_no_verb_of_saying(tagged_nlp):
    """`hat`, `wäre` (cues.csv rows with `requires` only) are no verb of saying on their own (`is_verb`), and no cue
    in force where their clause lacks the idiom's words (`in_force`: `…, hatte X getwittert` frames speech)."""
    from pipeline.lexicons import load_lexicons
    from pipeline.quotes.cues import CueMatcher
    matcher = CueMatcher(load_lexicons())
    doc = tagged_nlp("Der Kanzler wäre gern in Wien und hat heute Zeit, sagte er.")
    sent = next(iter(doc.sents))
    assert [t.text for t in doc if matcher.is_verb(t)] == ["sagte"]
    assert [t.text for t in doc if matcher.in_force(t, sent)] == ["sagte"]
    doc = tagged_nlp("Keinen Zweifel hatte der Kanzler daran, dass die Reform kommt.")
    sent = next(iter(doc.sents))
    assert "hatte" in [t.text for t in doc if matcher.in_force(t, sent)]


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # `sich nicht überzeugt zeigen`, `nicht überzeugt sein (von X)`: the option is refused (cues.csv act row
    # with `requires` nicht and `negated_type` REJECTION)
    ("Die ÖVP zeigte sich von dem Vorschlag der Grünen nicht überzeugt.", "ÖVP", "REJECTION", -1),
    ("Die FPÖ ist von den neuen Plänen nicht überzeugt.", "FPÖ", "REJECTION", -1),
    # `hält nichts / wenig von X` inside reported words (content row)
    ("Von einer Vermögenssteuer halte man in der Partei gar nichts, sagte ÖVP-Chef Reinhold Mitterlehner.",
     "Reinhold Mitterlehner", "REJECTION", -1),
    # `sich etwas versprechen von`: an expectation, a statement, no offer
    ("Die SPÖ verspricht sich von der neuen Schulreform bessere Noten.", "SPÖ", "STATEMENT", 1),
])
def test_negated_conviction_and_expectation(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # without the negator a conviction stays a statement
    ("Die ÖVP zeigte sich überzeugt, dass die neue Schulreform gelingen werde.", "ÖVP", "STATEMENT", 1),
    # `hält … für` is no `hält nichts von`
    ("Die Reform halte man für richtig, sagte ÖVP-Chef Reinhold Mitterlehner.", "Reinhold Mitterlehner",
     "AGREEMENT", 1),
    # `versprechen` without `sich` still promises
    ("Die SPÖ versprach den Pensionisten eine höhere Pension.", "SPÖ", "PROPOSAL", 1),
])
def test_conviction_holding_and_promise_without_the_idiom(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


def test_not_being_available_refuses(tagged_nlp):
    # `steht nicht zur Verfügung`: the speaker refuses an option (a REJECTION, no concession)
    text = "Das Bundesheer stehe für den Einsatz nicht zur Verfügung, sagte Verteidigungsminister Hans Peter Doskozil."
    assert ("Hans Peter Doskozil", "REJECTION", -1) in claims(tagged_nlp, text)
    # available is no refusal
    text = "Das Bundesheer stehe für den Einsatz zur Verfügung, sagte Verteidigungsminister Hans Peter Doskozil."
    assert "REJECTION" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)]


def test_a_party_that_risks_vanishing_makes_no_threat(tagged_nlp):
    # verbs.csv `drohen` excludes `verschwinden`, `zusammenbrechen`: `droht … zu verschwinden` is what looms
    doc = tagged_nlp("Kiew – Damit droht die Volksfront in der Versenkung zu verschwinden.")
    assert "THREAT" not in {c.claim_type for c in doc._.claims}
    # negative: a threat with `mit` stays one
    doc = tagged_nlp("Kiew – Die Volksfront droht mit dem Austritt aus der Koalition.")
    assert "THREAT" in {c.claim_type for c in doc._.claims}


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # `sich bereiterklären` written as one word (verbs.csv `bereiterklären`): an offer like `bereit erklären`
    ("Der Landeshauptmann hat sich bereiterklärt, mit der Opposition zu verhandeln.", "Landeshauptmann (AUT)",
     "PROPOSAL", 1),
    # `sich stark machen für` with its participle written apart (cues.csv `gemacht` with `stark`)
    ("Die Landeshauptfrau hat sich für ein Verbot der Glücksspielautomaten stark gemacht.", "Landeshauptfrau (AUT)",
     "PROPOSAL", 1),
    # `ausrichten lassen`, `richtete … aus`: a message passed through someone (verbs.csv `lassen` with
    # `ausrichten`, `aus|richten`)
    ("Bundeskanzler Werner Faymann ließ ausrichten, die Regierung arbeite gut zusammen.", "Werner Faymann",
     "STATEMENT", 1),
    ("Das lassen wir uns nicht gefallen, richtete Gesundheitsministerin Sabine Oberhauser der Ärztekammer aus.",
     "Sabine Oberhauser", "STATEMENT", -1),
    # `will` with a policy plan (cues.csv act row of `will`): entlasten, aufnehmen (`keine`: a refusal)
    ("Die SPÖ will die Pendler entlasten.", "SPÖ", "PROPOSAL", 1),
    ("Die ÖVP will keine weiteren Flüchtlinge aufnehmen.", "ÖVP", "REJECTION", -1),
])
def test_one_word_offer_split_participle_message_and_plans(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    # `stark gemacht` without `sich … für`: no offer
    "Die Gewerkschaft hat ihre Mitglieder stark gemacht.",
    # `ausrichten` of an event, a room, or as achieving (verbs.csv excludes): nobody speaks
    "Die ÖVP richtet am Wochenende einen Parteitag aus.",
    "Bundeskanzler Werner Faymann ließ den Saal für die Feier ausrichten.",
    "Gegen die Koalition konnte die Opposition nichts ausrichten.",
    # a plan at the clause's end is no main-clause plan
    "Die Pendler sind verärgert, weil die SPÖ die Bauern entlasten will.",
])
def test_no_offer_message_or_plan_without_the_idiom(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # `sich geben` with a stance (cues.csv gibt|gab … with `sich`), like `sich zeigen`
    ("Die Wirtschaftskammer gab sich zuversichtlich, dass die Reform komme.", "Wirtschaftskammer", "STATEMENT", 1),
    ("Vizekanzler Reinhold Mitterlehner gibt sich kämpferisch.", "Reinhold Mitterlehner", "STATEMENT", 1),
    # `Verständnis zeigen / aufbringen für`: sympathy with a position; `kein Verständnis`: a refusal
    ("Bundeskanzler Werner Faymann zeigte Verständnis für die Anliegen der Bauern.", "Werner Faymann",
     "AGREEMENT", 1),
    ("Kein Verständnis zeigte die SPÖ für die Blockade der ÖVP.", "SPÖ", "REJECTION", -1),
])
def test_stance_shown_and_sympathy(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    # `es gibt` with a stance word is no one's stance
    "Es gibt zufriedene Kunden in Wien.",
    # understanding shown without `für` is no sympathy with a position
    "Die Lehrerin zeigte den Schülern viel Verständnis.",
    # `sich zufrieden geben mit`: to settle for, no stance
    "Die meisten Kunden geben sich mit der Gratisversion zufrieden.",
])
def test_no_stance_without_the_idiom(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor, claim_type", [
    # `daran erinnern, dass …`: a reminder used as an argument states a position
    ("Die SPÖ erinnerte daran, dass die Regierung die Steuern erhöht habe.", "SPÖ", "STATEMENT"),
    ("Landeshauptmann Hans Niessl erinnert daran, dass die Gemeinden schon jetzt mehr zahlen.", "Hans Niessl",
     "STATEMENT"),
    # `X auf Y zurückführen`: the actor's explanation of a development
    ("Die SPÖ führt den Rückgang der Pendler auf die Kürzungen bei den Bahnen zurück.", "SPÖ", "STATEMENT"),
])
def test_reminder_and_explanation_state_a_position(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type, 1) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    # remembering (`sich daran erinnern`) and resemblance (`erinnert an`) are no reminder
    "Landeshauptmann Hans Niessl kann sich gut daran erinnern, dass die Schule damals klein war.",
    "Das neue Gebäude erinnert an ein altes Schloss.",
    # `ist auf Y zurückzuführen` names nobody; leading back to a place in a table is no explanation
    "Der Rückgang der Pendler ist auf die Kürzungen bei den Bahnen zurückzuführen.",
    "Trainer Peter Stöger führte die Mannschaft auf Platz eins zurück.",
])
def test_no_reminder_or_explanation_without_the_idiom(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text", [
    # announcing a fact (a figure, a result, a start, a resignation) takes no position (cues.csv / verbs.csv `excludes`)
    "Die ungarische Regierung gab am Montag die Zahl der Asylanträge bekannt.",
    "Die Regierung in Teheran hatte im Februar den Start einer Trägerrakete bekanntgegeben.",
    "Bürgermeister Michael Häupl gab seinen Rücktritt bekannt.",
    "Am Donnerstag teilte die Universität Wien den Rückzug des Professors mit.",
    "Die Regierung in Ankara gab am Montag die Festnahme von zwölf Verdächtigen bekannt.",
])
def test_an_announced_fact_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor", [
    # an announced policy or move stays a claim
    ("Bundeskanzler Werner Faymann kündigte an, die Steuern zu senken.", "Werner Faymann"),
    ("Die ÖVP kündigte Widerstand gegen die Reform an.", "ÖVP"),
])
def test_an_announced_policy_stays_a_claim(tagged_nlp, text, actor):
    assert actor in [c[0] for c in claims(tagged_nlp, text)]


def test_astonishment_shown_is_a_stance(tagged_nlp):
    """`sich erstaunt zeigen` shows a stance, like `sich überrascht zeigen` (cues.csv `sich zeigen`)."""
    found = claims(tagged_nlp, "Die SPÖ zeigte sich erstaunt über die Entscheidung der Regierung.")
    assert ("SPÖ", "STATEMENT") in [(actor, claim_type) for actor, claim_type, _ in found]


@pytest.mark.parametrize("text, claim_type, polarity", [
    # of two rows of one verb that require different words, the one whose word stands nearer to the
    # verb wins (`gegen eine Steuer für Reiche`: the object's preposition, not its attribute's)
    ("Die ÖVP sprach sich gegen eine Steuer für Reiche aus.", "REJECTION", -1),
    ("Die ÖVP hat sich gegen eine Steuer für Reiche ausgesprochen.", "REJECTION", -1),
    ("Die ÖVP sprach sich für eine Steuer gegen Spekulation aus.", "PROPOSAL", 1),
    ("Die ÖVP stellte sich hinter die Forderung nach einer Reform.", "AGREEMENT", 1),
    ("Die ÖVP stellte sich gegen die Forderung nach einer Reform.", "REJECTION", -1),
])
def test_the_required_word_nearest_the_verb_chooses_its_row(tagged_nlp, text, claim_type, polarity):
    assert ("ÖVP", claim_type, polarity) in claims(tagged_nlp, text)


def test_a_proclaimed_result_is_no_claim_a_proclaimed_policy_is(tagged_nlp):
    """`verkünden` announces like `bekanntgeben` (german.csv announcing_word): a result or figure proclaimed
    (german.csv announced_fact) takes no position; a policy proclaimed stays a claim."""
    text = "Linz – Am Montag verkündete Landesrat Max Berger bei einer Pressekonferenz {}."
    assert claims(tagged_nlp, text.format("seinen Rücktritt")) == []
    assert claims(tagged_nlp, text.format("die Senkung der Gebühren"))


def test_wonder_shown_is_a_stance(tagged_nlp):
    """`sich verwundert zeigen` shows a stance, like `sich erstaunt zeigen` (cues.csv `sich zeigen`)."""
    found = claims(tagged_nlp, "Die SPÖ zeigte sich verwundert über die Entscheidung der Regierung.")
    assert ("SPÖ", "STATEMENT") in [(actor, claim_type) for actor, claim_type, _ in found]


@pytest.mark.parametrize("text", [
    # the fused verb of a subordinate clause announces like `kündigte … an` (german.csv announcing_word: `ankündigte`)
    "Nachdem Landesrat Max Berger seinen Rückzug aus der Politik ankündigte, begann die Suche nach einem Nachfolger.",
    # a candidacy or a reshuffle announced is a fact given out (german.csv announced_fact)
    "Landesrat Max Berger gab am Montag seine Kandidatur für das Bürgermeisteramt bekannt.",
    "Die Regierung in Rom kündigte für Dienstag eine Regierungsumbildung an.",
    # a report confirmed, with no words of it reported, relays a fact (german.csv report_noun)
    "Die ÖVP bestätigte am Montag einen Bericht der Tageszeitung Kurier.",
    "Das Innenministerium bestätigte entsprechende Medienberichte.",
])
def test_a_candidacy_reshuffle_or_report_given_out_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


@pytest.mark.parametrize("text, actor", [
    # a policy announced in a subordinate clause stays a claim
    ("Nachdem Landesrat Max Berger eine Senkung der Gebühren ankündigte, war die Freude groß.", "Max Berger"),
    # a fact noun that a preposition governs is no fact given out: the act is the announcement's object
    ("Die SPÖ kündigte Proteste gegen den Rücktritt des Ministers an.", "SPÖ"),
    ("Laut einem Bericht der Tageszeitung Kurier kündigte die ÖVP eine Senkung der Steuern an.", "ÖVP"),
    # a report confirmed with its words after it reports them
    ("Die ÖVP bestätigte Berichte, wonach sie die Vermögenssteuer ablehne.", "ÖVP"),
])
def test_an_announced_move_beside_a_fact_noun_stays_a_claim(tagged_nlp, text, actor):
    assert actor in [c[0] for c in claims(tagged_nlp, text)]


def test_that_will_not_happen_in_austrian_refuses(tagged_nlp):
    """`Das spielt es nicht`, `Des spielt's net` (Austrian colloquial: that is not going to happen) refuse
    (cues.csv content row); a thing played is no refusal."""
    assert ("Sonja Wehsely", "REJECTION", -1) in claims(
        tagged_nlp, "Das spielt es mit mir nicht, richtet Stadträtin Sonja Wehsely der Kammer aus.")
    assert ("Erwin Pröll", "REJECTION", -1) in claims(tagged_nlp, "Des spielt's net, sagte Landeshauptmann Erwin Pröll.")
    # negative: `Das Orchester spielt es nicht` plays a piece; no refusal
    found = claims(tagged_nlp, "Das Orchester spielt es nicht oft, sagte Landeshauptmann Erwin Pröll.")
    assert "REJECTION" not in [claim_type for _, claim_type, _ in found]


def test_resolve_signalled_is_no_offer(tagged_nlp):
    """`Entschlossenheit signalisieren` states a resolve to act (cues.csv row with its noun), not the readiness
    that `Bereitschaft signalisieren` offers (PROPOSAL)."""
    text = "Der Ministerpräsident Matteo Renzi hat seine {} signalisiert, dem Bürgermeister die Verwaltung zu entziehen."
    assert claims(tagged_nlp, text.format("Entschlossenheit")) == [("Matteo Renzi", "STATEMENT", 1)]
    # negative: readiness signalled stays an offer
    assert claims(tagged_nlp, text.format("Bereitschaft")) == [("Matteo Renzi", "PROPOSAL", 1)]


def test_an_insufficient_measure_is_a_complaint(tagged_nlp):
    """`unzulänglich`, like `unzureichend`, judges what it names negatively: polarity -1 of a statement."""
    assert claims(tagged_nlp, "Der Fonds sei unzulänglich, sagte ÖGB-Chef Erich Foglar.") == [
        ("Erich Foglar", "STATEMENT", -1)]
    # negative: a sufficient fund is no complaint
    assert claims(tagged_nlp, "Der Fonds sei ausreichend, sagte ÖGB-Chef Erich Foglar.") == [
        ("Erich Foglar", "STATEMENT", 1)]


def test_a_first_person_refusal_or_consent_in_quoted_words_types_them(tagged_nlp):
    """`Wir lehnen X ab`, `X habe ich abgelehnt`, `Wir haben zugestimmt` in the speaker's own words are
    the speaker's refusal or consent (cues.csv content rows), whatever neutral verb of saying reports them."""
    assert claims(tagged_nlp, "Wir lehnen diese Reform ab, sagte Bundeskanzler Werner Faymann.") == [
        ("Werner Faymann", "REJECTION", -1)]
    assert claims(tagged_nlp, "Bundeskanzler Werner Faymann sagte: Diese Reform habe ich immer abgelehnt.") == [
        ("Werner Faymann", "REJECTION", -1)]
    assert claims(tagged_nlp, "Wir haben mit Bauchweh zugestimmt, weil es keine Alternative gibt, "
                              "sagte Finanzminister Hans Jörg Schelling.") == [("Hans Jörg Schelling", "AGREEMENT", 1)]
    # negatives: another side's refusal reported, a refusal negated, another side's consent
    for text in ("Die ÖVP lehnt diese Reform ab, sagte Bundeskanzler Werner Faymann.",
                 "Wir lehnen diese Reform nicht ab, sagte Bundeskanzler Werner Faymann.",
                 "Die ÖVP hat zugestimmt, sagte Finanzminister Hans Jörg Schelling."):
        assert [claim_type for _, claim_type, _ in claims(tagged_nlp, text)] == ["STATEMENT"], text


def test_being_in_favour_in_the_conditional_supports(tagged_nlp):
    """`Er wäre dafür, X einzuführen`, like `er sei dafür, dass …`: support for a measure (cues.csv
    AGREEMENT row of `dafür`)."""
    text = "Er wäre dafür, das Modell auch in Österreich einzuführen, sagte Landeshauptmann Hans Niessl."
    assert claims(tagged_nlp, text) == [("Hans Niessl", "AGREEMENT", 1)]
    # negative: `dafür zuständig` is no support
    text = "Er wäre dafür zuständig, dass die Anträge geprüft werden, sagte Landeshauptmann Hans Niessl."
    assert "AGREEMENT" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)]


def test_an_idiom_holds_across_a_scraped_run_of_spaces(tagged_nlp):
    """A required word of several words (`in Abrede` of `in Abrede stellen`) is found across a scraped
    text's double space (a whitespace token between its words)."""
    text = "Dass die Schließungen dem Land schadeten, stellte Außenminister Sebastian Kurz in{}Abrede."
    assert claims(tagged_nlp, text.format("  ")) == [("Sebastian Kurz", "REJECTION", -1)]
    assert claims(tagged_nlp, text.format(" ")) == [("Sebastian Kurz", "REJECTION", -1)]
    # negative: the idiom's words apart in the clause are no idiom
    text = "Dass die Schließungen dem Land schadeten, stellte Außenminister Sebastian Kurz in einer Abrede fest."
    assert "REJECTION" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)]


def test_a_modal_perfect_of_must_infers_and_demands_nothing(tagged_nlp):
    """`muss … gewesen sein`, `muss … gelesen haben`: `müssen` with a perfect infinitive infers what
    happened, no demand (cues.csv `müsse` rows)."""
    for text in ("Es müssen mehrere Täter aus der Umgebung gewesen sein, sagte Bundeskanzler Werner Faymann.",
                 "Er muss die Akten schon vorher gelesen haben, sagte Bundeskanzler Werner Faymann."):
        assert "DEMAND" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)], text
    # negatives: a state demanded with `sein`, a noun with `haben`, a plain infinitive stay demands
    for text in ("Die Grenzen müssen gesichert sein, sagte Bundeskanzler Werner Faymann.",
                 "Die Bürger müssen Zeit haben, sagte Bundeskanzler Werner Faymann.",
                 "Die Regierung muss endlich handeln, sagte Bundeskanzler Werner Faymann."):
        assert claims(tagged_nlp, text) == [("Werner Faymann", "DEMAND", 1)], text


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # verbs.csv: erwägen, in Erwägung ziehen, anzweifeln; cues.csv: einverstanden
    ("Die ÖVP erwog eine Klage gegen die Kommission.", "ÖVP", "PROPOSAL", 1),
    ("Finanzminister Hans Jörg Schelling erwägt, die Steuern zu senken.", "Hans Jörg Schelling", "PROPOSAL", 1),
    ("Die SPÖ zieht einen Ausstieg aus der Koalition in Erwägung.", "SPÖ", "PROPOSAL", 1),
    ("Die FPÖ zweifelte die Zahlen des Innenministeriums an.", "FPÖ", "STATEMENT", -1),
    ("Die SPÖ zeigte sich mit dem Vorschlag einverstanden.", "SPÖ", "AGREEMENT", 1),
    ("Die ÖVP ist mit dem Kompromiss nicht einverstanden.", "ÖVP", "REJECTION", -1),
])
def test_added_stance_idioms_are_claims(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


def test_a_negated_consideration_is_no_proposal(tagged_nlp):
    """`erwägt keine Änderung`: the negated type of `erwägen` (verbs.csv), as with `planen`."""
    assert ("ÖVP", "STATEMENT", -1) in claims(tagged_nlp, "Die ÖVP erwägt keine Änderung des Gesetzes.")


def test_must_reckon_with_strikes_is_a_threat_and_no_demand(tagged_nlp):
    """`müssen mit Streiks / Klagen / Sanktionen rechnen`: the consequence a side announces should the other not
    comply, a THREAT (cues.csv `Drohung im Inhalt`); `muss mit … rechnen` expects, it demands nothing (`müsse` rows)."""
    text = "Ohne ein neues Angebot der Arbeitgeber müssen die Betriebe mit weiteren Streiks rechnen, sagte Gewerkschaftschef Wolfgang Katzian."
    assert claims(tagged_nlp, text) == [("Wolfgang Katzian", "THREAT", 1)]
    # negative: an expectation of costs is no demand (and no threat); a plain `muss` stays a demand
    text = "Die Mieter müssen im kommenden Jahr mit höheren Kosten rechnen, sagte Bundeskanzler Werner Faymann."
    assert not {"DEMAND", "THREAT"} & {claim_type for _, claim_type, _ in claims(tagged_nlp, text)}
    text = "Die Mieter müssen im kommenden Jahr weniger zahlen, sagte Bundeskanzler Werner Faymann."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "DEMAND", 1)]


def test_a_no_go_is_a_rejection(tagged_nlp):
    """`ist ein absolutes No-Go`: the option refused (cues.csv `Ablehnung im Inhalt`); `kein No-Go` refuses nothing."""
    text = "Eine Erhöhung der Mehrwertsteuer ist für uns ein absolutes No-Go, sagte Wirtschaftskammer-Präsident Christoph Leitl."
    assert claims(tagged_nlp, text) == [("Christoph Leitl", "REJECTION", -1)]
    text = "Eine Erhöhung der Mehrwertsteuer ist für uns kein No-Go, sagte Wirtschaftskammer-Präsident Christoph Leitl."
    assert "REJECTION" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)]


def test_must_with_the_rule_it_follows_is_a_norm_in_force(tagged_nlp):
    """`Nach der geltenden Richtlinie müssen …`, `müssen laut Gesetz …`: `müssen` with the rule it follows in its
    clause (german.csv `rule_preposition`, `rule_noun`, also as a compound's end) reports a norm in force, no demand."""
    for text in ("Nach der derzeit geltenden Entsenderichtlinie müssen die Firmen nur den Grundlohn zahlen, sagte Bundeskanzler Werner Faymann.",
                 "Die Daten müssen laut Gesetz nach drei Monaten gelöscht werden, sagte Bundeskanzler Werner Faymann."):
        assert "DEMAND" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)], text
    # negatives: `nach` before no rule, and a rule that is the subject, leave the demand
    for text in ("Nach den Wahlen müssen die Parteien rasch eine Regierung bilden, sagte Bundeskanzler Werner Faymann.",
                 "Das Gesetz muss nach den Wahlen geändert werden, sagte Bundeskanzler Werner Faymann."):
        assert ("Werner Faymann", "DEMAND", 1) in claims(tagged_nlp, text), text


def test_hervorragend_before_an_inflected_attribute_praises_no_position(tagged_nlp):
    """`hervorragend begutachtete Anträge`: an adverb inside a noun phrase describes, no AGREEMENT (cues.csv
    `Zustimmung im Inhalt`); `Die Einigung ist hervorragend` praises."""
    text = "Viele hervorragend begutachtete Anträge treffen auf ein stagnierendes Budget, sagte Grünen-Chefin Eva Glawischnig."
    assert "AGREEMENT" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)]
    # negative: the word as a predicate still agrees
    text = "Die Einigung mit den Ländern ist hervorragend, sagte Grünen-Chefin Eva Glawischnig."
    assert claims(tagged_nlp, text) == [("Eva Glawischnig", "AGREEMENT", 1)]


def test_a_passive_with_werden_keine_refuses_nothing(tagged_nlp):
    """`Es werden keine Mauern errichtet`: a passive tells what is (not) done, no REJECTION (cues.csv `werden keine`
    row); `Wir werden keine Zugeständnisse machen` refuses."""
    text = "Im Winter werden keine Straßen in den Bergen gebaut, erklärte Landeshauptmann Hermann Schützenhöfer."
    assert "REJECTION" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)]
    # negative: the future with an infinitive still refuses
    text = "Wir werden keine Zugeständnisse machen, erklärte Landeshauptmann Hermann Schützenhöfer."
    assert ("Hermann Schützenhöfer", "REJECTION", -1) in claims(tagged_nlp, text)


def test_a_reproach_after_a_modal_accuses_and_negated_rejects(tagged_nlp):
    """`muss man ihm den Vorwurf machen`, `kann man ihr vorwerfen` (cues.csv `Vorwurf im Inhalt: vorwerfen`):
    the modal belongs to the reproach, an ACCUSATION, no norm; `kann man nicht vorwerfen` takes an accusation
    back, a REJECTION."""
    text = "Man muss der Regierung den Vorwurf machen, dass sie zu spät gehandelt hat, sagte Bundeskanzler Werner Faymann."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "ACCUSATION", -1)]
    text = "Man kann der Regierung nicht vorwerfen, untätig gewesen zu sein, sagte Bundeskanzler Werner Faymann."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "REJECTION", -1)]
    # negative: `müssen` with no reproach stays a demand
    text = "Man muss der Regierung mehr Zeit geben, sagte Bundeskanzler Werner Faymann."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "DEMAND", 1)]


def test_haben_with_a_zu_infinitive_sets_a_norm(tagged_nlp):
    """`Die Regierung hat die Gesetze einzuhalten` (cues.csv `haben + zu-Infinitiv als Gebot`): a DEMAND;
    `hat mit Problemen zu kämpfen`, `hat versucht zu sparen` tell what is."""
    for text in ("Die Regierung hat die Gesetze einzuhalten, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die Länder haben für die Kosten der Schulen aufzukommen, sagte Grünen-Chefin Eva Glawischnig."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "DEMAND", 1)], text
    # negatives: a struggle, an attempt in the perfect
    for text in ("Die Firma hat mit großen Problemen zu kämpfen, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die Regierung hat versucht zu sparen, sagte Grünen-Chefin Eva Glawischnig."):
        assert "DEMAND" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)], text


def test_an_attack_told_in_a_relative_clause_blames_nobody(tagged_nlp):
    """`die Rebellen, die das Dorf angegriffen hatten`: an act of force (german.csv `incident_participle`) told in
    a relative clause describes its noun, no ACCUSATION of the speaker's."""
    for text in ("Die Rebellen, die das Dorf angegriffen hatten, seien abgezogen, sagte Grünen-Chefin Eva Glawischnig.",
                 "Das Lager liege nahe der Stadt, die im Juni von den Rebellen angegriffen worden war, sagte Grünen-Chefin Eva Glawischnig."):
        assert "ACCUSATION" not in [claim_type for _, claim_type, _ in claims(tagged_nlp, text)], text
    # negatives: the attack as the main clause, and a judgement in a relative clause, still blame
    for text in ("Die Rebellen hätten das Dorf angegriffen, sagte Grünen-Chefin Eva Glawischnig.",
                 "Es gebe Bewegungen, die die Lage instrumentalisieren, sagte Grünen-Chefin Eva Glawischnig."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "ACCUSATION", -1)], text


def test_another_sides_unwillingness_is_blamed(tagged_nlp):
    """`mangelnde Bereitschaft`, `fehlender Wille` of another side (cues.csv `Vorwurf im Inhalt: mangelnde
    Bereitschaft`): an ACCUSATION, before the rejection or concession that side will not make, and no offer of
    the unwilling side (`Bereitschaft` noun row `excludes`)."""
    for text in ("Die mangelnde Bereitschaft der ÖVP, Reformen zuzustimmen, sei das Problem, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die fehlende Bereitschaft der Türkei, Zugeständnisse zu machen, sei das Problem, sagte Grünen-Chefin Eva Glawischnig.",
                 "Es fehle der ÖVP der Wille zu Reformen, sagte Grünen-Chefin Eva Glawischnig.",
                 "Grünen-Chefin Eva Glawischnig sprach von mangelnder Bereitschaft der Regierung zu Reformen."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "ACCUSATION", -1)], text
    # negatives: readiness offered stays a proposal, and the ready side keeps its noun claim
    text = "Die Türkei sei zu Zugeständnissen bereit, sagte Grünen-Chefin Eva Glawischnig."
    assert claims(tagged_nlp, text) == [("Eva Glawischnig", "PROPOSAL", 1)]
    text = "Grünen-Chefin Eva Glawischnig lobte die Bereitschaft der ÖVP zu Reformen."
    assert ("ÖVP", "PROPOSAL", 1) in claims(tagged_nlp, text)


def test_another_sides_act_judged_inappropriate_is_blamed(tagged_nlp):
    """cues.csv `Vorwurf im Inhalt: unangebracht / unangemessen, als problematisch, nicht nötig gehabt, von einem
    Versuch`: a judgement of what another side did, an ACCUSATION (not a statement, nor a rejection of an option)."""
    for text in ("Grünen-Chefin Eva Glawischnig bezeichnete den Brief des Ministers als problematisch.",
                 "Grünen-Chefin Eva Glawischnig sieht das Schreiben der Regierung als problematisch.",
                 "Die Reaktion der Polizei sei völlig unangebracht gewesen, sagte Grünen-Chefin Eva Glawischnig.",
                 "Der Minister hätte das gar nicht nötig gehabt, sagte Grünen-Chefin Eva Glawischnig.",
                 "Grünen-Chefin Eva Glawischnig sprach von einem Versuch der Regierung, die Opposition mundtot zu machen."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "ACCUSATION", -1)], text
    # negatives: a state called problematic is a complaint, a need denied a rejection, an attempt of one's own no blame
    for text, claim_type in (("Die Lage sei schwierig und problematisch, sagte Grünen-Chefin Eva Glawischnig.", "STATEMENT"),
                             ("Eine Steuererhöhung sei nicht nötig, sagte Grünen-Chefin Eva Glawischnig.", "REJECTION"),
                             ("Grünen-Chefin Eva Glawischnig sprach von einem ersten Versuch.", "STATEMENT")):
        assert [c for _, c, _ in claims(tagged_nlp, text)] == [claim_type], text


def test_a_plan_that_came_to_nothing_is_no_demand(tagged_nlp):
    """`Der Zeuge sollte befragt werden, er ist aber verschwunden`: `sollte` in the past sense (was to), with what
    happened instead told after a contrast adverb, reports a plan, no norm of the speaker's (a STATEMENT)."""
    for text in ("Der Zeuge sollte befragt werden, er ist aber spurlos verschwunden, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die Halle sollte renoviert werden, das Geld wurde jedoch gestrichen, sagte Grünen-Chefin Eva Glawischnig."):
        assert [c for _, c, _ in claims(tagged_nlp, text)] == ["STATEMENT"], text
    # negatives: `sollte` alone, or before a contrast that tells no past event, still demands
    for text in ("Der Zeuge sollte befragt werden, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die Steuern sollten gesenkt werden, aber die Regierung muss sparen, sagte Grünen-Chefin Eva Glawischnig."):
        assert [c for _, c, _ in claims(tagged_nlp, text)] == ["DEMAND"], text


@pytest.mark.parametrize("text", [
    # a meeting, a press conference or a visit announced is an event given out (german.csv announced_fact), no position
    "Die Arabische Liga kündigte für Dienstag ein Krisentreffen in Kairo an.",
    "Außenminister Sebastian Kurz kündigte für Montag eine Pressekonferenz an.",
])
def test_an_announced_meeting_is_no_claim(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_a_plan_announced_at_a_press_conference_stays_a_claim(tagged_nlp):
    # negative: the event noun that a preposition governs is where the plan was announced
    text = "Bundeskanzler Werner Faymann kündigte bei einer Pressekonferenz an, die Steuern zu senken."
    assert "Werner Faymann" in [actor for actor, _, _ in claims(tagged_nlp, text)]
    # negative: a meeting that a comma parts from the cue is the object of another verb (`nutzten ihr Treffen, um …`)
    text = ("Im Mai hatten Außenminister Sebastian Kurz und sein deutscher Amtskollege Frank-Walter Steinmeier ihr "
            "Treffen in Wien genutzt, um gemeinsame Ziele für den Klimaschutz zu verkünden.")
    assert "Sebastian Kurz" in [actor for actor, _, _ in claims(tagged_nlp, text)]


def test_a_trial_or_defeat_that_looms_is_no_threat(tagged_nlp):
    # verbs.csv `drohen` excludes `der Prozess`, `eine Niederlage`, a `…strafe`: what looms over someone, no threat
    assert claims(tagged_nlp, "Dem früheren Landesrat Max Berger droht nun der Prozess.") == []
    assert tagged_nlp("Falls der Verein Insolvenz anmelden muss, droht der Zwangsabstieg.")._.quotes == []
    # negative: a threat with `mit` stays one
    assert ("SPÖ", "THREAT", 1) in claims(tagged_nlp, "Die SPÖ droht der ÖVP mit einem Misstrauensantrag.")


def test_drohen_with_an_indefinite_subject_is_what_looms(tagged_nlp):
    # german.csv looming_verb / looming_article: `droht ein neuer Streik`, whatever the noun, is what looms over
    # the dative (or over nobody named), no threat by it and no quote of it
    for text in ("Der SPÖ droht ein neuer Streik der Eisenbahner.", "Griechenland droht ein neuer Generalstreik.",
                 "Dem Bürgermeister droht nun ein Misstrauensvotum im Gemeinderat.",
                 "Der Lufthansa droht ein neuer Ausstand der Piloten."):
        assert tagged_nlp(text)._.quotes == [], text
    # negatives: `mit`, a `zu` infinitive or the particle `an` make it a threat
    assert ("SPÖ", "THREAT", 1) in claims(tagged_nlp, "Die SPÖ droht der ÖVP mit einem neuen Antrag.")
    assert ("Türkische Regierung", "THREAT", 1) in claims(tagged_nlp, "Die Türkei droht eine Offensive an.")
    assert ("Kreml", "THREAT", 1) in claims(tagged_nlp, "Russland droht der Ukraine mit einer harten Antwort.")


def test_drohen_with_its_subject_after_it_or_a_dative_before_it_is_what_looms(tagged_nlp):
    # german.csv looming_definite: `die`/`das` after the verb opens its subject (a threat takes a dative and `mit`);
    # dative_article before the verb (`der` only before a looming_plural form): the phrase is whom it looms over
    for text in ("Der SPÖ droht die Spaltung.", "Der Regierung drohen harte Verhandlungen.",
                 "Den Bauern drohen empfindliche Verluste.", "Dem Bürgermeister droht das politische Ende.",
                 "Der ÖVP drohen schwere Zeiten."):
        assert [c for c in claims(tagged_nlp, text) if c[1] == "THREAT"] == [], text
    # negatives: the threatening side as subject before the verb, with or without a dative after it
    assert ("SPÖ", "THREAT", 1) in claims(tagged_nlp, "Die SPÖ droht der ÖVP.")
    assert ("Türkische Regierung", "THREAT", 1) in claims(tagged_nlp, "Die Türkei droht den Kurden.")
    assert ("Wladimir Putin", "THREAT", 1) in claims(tagged_nlp, "Dem Vernehmen nach droht Putin der EU.")
    assert ("Recep Tayyip Erdoğan", "THREAT", 1) in claims(tagged_nlp, "Erdogan droht, die Grenzen zu öffnen.")


def test_insisting_on_a_view_states_it(tagged_nlp):
    # verbs.csv `beharren` with a view noun (Behauptung, Darstellung, Standpunkt, Unschuld): STATEMENT, no DEMAND
    found = claims(tagged_nlp, "Herbert Kickl beharrt auf seiner Darstellung der Ereignisse.")
    assert ("Herbert Kickl", "STATEMENT", 1) in found and not [c for c in found if c[1] == "DEMAND"]
    # negatives: insisting on a policy or on what another side must do is a demand
    assert ("ÖVP", "DEMAND", 1) in claims(tagged_nlp, "Die ÖVP beharrt auf der Obergrenze.")
    assert ("SPÖ", "DEMAND", 1) in claims(tagged_nlp, "Die SPÖ beharrt darauf, dass die Steuer kommt.")


def test_appealing_to_voters_without_asking_anything_courts_them(tagged_nlp):
    # german.csv wooing_verb and voter_noun: a candidate's appeal to a group of voters that asks nothing of them
    assert claims(tagged_nlp, "Alexander Van der Bellen appelliert damit auch an konservative, patriotische Wähler.") == []
    found = claims(tagged_nlp, "Einerseits appelliert Alexander Van der Bellen an Liberale, indem er Respekt verspricht.")
    assert not [c for c in found if c[1] == "DEMAND"]
    # negatives: an appeal that asks voters to act, or an appeal to another side, is a demand
    assert ("Alexander Van der Bellen", "DEMAND", 1) in claims(
        tagged_nlp, "Alexander Van der Bellen appellierte an die Wähler, nicht die FPÖ zu wählen.")
    assert ("Werner Faymann", "DEMAND", 1) in claims(tagged_nlp, "Werner Faymann appellierte an die Regierung.")


def test_another_side_that_gave_up_diplomacy_or_gambled_away_trust_is_blamed(tagged_nlp):
    # cues.csv content row: `hat die Diplomatie aufgegeben`, `hat das Vertrauen verspielt` accuse
    assert ("Heinrich Neisser", "ACCUSATION", -1) in claims(
        tagged_nlp, "Die Regierung hat die Diplomatie aufgegeben, sagte Heinrich Neisser.")
    assert ("Herbert Kickl", "ACCUSATION", -1) in claims(
        tagged_nlp, "Die SPÖ hat das Vertrauen der Wähler verspielt, sagte Herbert Kickl.")
    # negative: a site given up is no blame
    assert ("Peter Pilz", "STATEMENT", 1) in claims(tagged_nlp, "Die Firma hat den Standort aufgegeben, sagte Peter Pilz.")


def test_inviting_to_a_meeting_with_nobody_invited_announces_an_event(tagged_nlp):
    # german.csv inviting_verb with a meeting_noun and no object: the host announces an event, no PROPOSAL
    assert claims(tagged_nlp, "Bundeskanzler Werner Faymann lädt am Freitag zu einem Treffen der Landeshauptleute.") == []
    assert claims(tagged_nlp, "Die Kanzlerin lud am Montag zum Krisengipfel ein.") == []
    # negatives: an invited side, or talks, are an offer
    assert ("Werner Faymann", "PROPOSAL", 1) in claims(
        tagged_nlp, "Bundeskanzler Werner Faymann lud die Opposition zu einem Treffen ein.")
    assert ("ÖVP", "PROPOSAL", 1) in claims(tagged_nlp, "Die ÖVP lädt zu Gesprächen über die Steuerreform.")


def test_a_country_adjective_in_a_label_after_das_is_no_holder(tagged_nlp):
    # german.csv label_subject + copula: `Das sind nordkoreanische Drohungen` calls something a kind of threat
    assert claims(tagged_nlp, "Die Reform ist ein Erpressungsversuch, das sind nordkoreanische Drohungen.") == []
    # negative: the country's threats as a subject are its position (cues.csv noun `Drohung` with an adjective holder)
    assert ("Nordkoreanische Regierung", "THREAT", 1) in claims(
        tagged_nlp, "Die nordkoreanischen Drohungen beunruhigen die Nachbarländer.")


def test_a_rule_that_lays_down_is_no_speech(tagged_nlp):
    # verbs.csv `schreiben` excludes `fest`: `schreibt fest, dass …` (festschreiben) sets a rule down, nobody speaks,
    # also through the unlisted verb before a `dass` clause
    assert tagged_nlp("Das neue Gesetz schreibt fest, dass jeder Asylwerber einen Deutschkurs besuchen muss.")._.quotes == []
    # negative: `fest` of the reported clause (`halte … fest`) leaves the writer speaking
    assert ("ÖVP", "STATEMENT", 1) in claims(tagged_nlp, "Die ÖVP schrieb, sie halte an dem Plan fest.")


def test_another_sides_act_judged_disproportionate_or_careless_is_blamed(tagged_nlp):
    """cues.csv `Vorwurf im Inhalt: … Fehler …`: an act of another side called unverhältnismäßig, (grob) fahrlässig,
    leichtfertig, rücksichtslos or unvertretbar, a decisive / the biggest mistake, or a mistake another side (a noun)
    made, is an ACCUSATION, not a statement; negated (`nicht unverhältnismäßig`) it denies the blame, a REJECTION."""
    for text in ("Das Vorgehen der Behörden sei völlig unverhältnismäßig, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die Entscheidung des Ministers war grob fahrlässig, sagte Grünen-Chefin Eva Glawischnig.",
                 "Der Umgang der Regierung mit den Daten sei leichtfertig, sagte Grünen-Chefin Eva Glawischnig.",
                 "Der größte Fehler der Regierung war die Steuerreform, sagte Grünen-Chefin Eva Glawischnig.",
                 "Die Behörde habe einen schweren Fehler gemacht, sagte Grünen-Chefin Eva Glawischnig."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "ACCUSATION", -1)], text
    assert claims(tagged_nlp, "Die Strafe sei nicht unverhältnismäßig, sagte Grünen-Chefin Eva Glawischnig.") \
        == [("Eva Glawischnig", "REJECTION", -1)]
    # negatives: one's own mistake is no blame, a fault admitted stays a concession, a charge is no judgement
    for text, claim_type in (("Wir haben einen Fehler gemacht, sagte Grünen-Chefin Eva Glawischnig.", "STATEMENT"),
                             ("Die Regierung hat Fehler gemacht, räumte Bundeskanzler Werner Faymann ein.", "CONCESSION"),
                             ("Bundeskanzler Werner Faymann räumte ein, es sei ein schwerer Fehler gewesen.", "CONCESSION")):
        assert [c for _, c, _ in claims(tagged_nlp, text)] == [claim_type], text
    assert claims(tagged_nlp, "Der Lenker wurde wegen fahrlässiger Tötung verurteilt.") == []


def test_a_refusal_of_another_side_that_is_criticised_is_blamed(tagged_nlp):
    """`kritisierte, dass die ÖVP nicht bereit sei …`, `Der größte Fehler ist: Die Parteien sind nicht offen für …`:
    readiness turned around by a negator, under a verb that judges or after a judgement that opens the words, is
    another side's unwillingness, blamed (ACCUSATION); the speaker's own `nicht bereit` stays a REJECTION."""
    for text in ("Grünen-Chefin Eva Glawischnig kritisierte, dass die ÖVP nicht bereit sei, über die Reform zu reden.",
                 "Der größte Fehler ist: Die Parteien sind nicht offen für neue Leute, sagte Grünen-Chefin Eva Glawischnig."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "ACCUSATION", -1)], text
    for text in ("Wir sind nicht bereit, über die Reform zu reden, sagte Grünen-Chefin Eva Glawischnig.",
                 "Wir sind nicht bereit, diesen absurden Vorschlag anzunehmen, sagte Grünen-Chefin Eva Glawischnig."):
        assert claims(tagged_nlp, text) == [("Eva Glawischnig", "REJECTION", -1)], text


def test_a_narrated_sollte_after_und_is_no_demand(tagged_nlp):
    """`Cameron kündigte eine Ausweitung an, und er sollte dafür die Unterstützung bekommen`: in the author's own
    sentence (a reported act), `sollte` opening a clause joined on by `und` is the past of `sollen` (was to), what
    came after, no norm of the actor's."""
    text = ("Grünen-Chefin Eva Glawischnig kündigte eine Reform an, und sie sollte dafür die Zustimmung "
            "des Parlaments bekommen.")
    assert [c for _, c, _ in claims(tagged_nlp, text)] == ["STATEMENT"]
    # negatives: a `sollte` the actor says (indirect, or a clause of its own after a comma) still demands
    for text in ("Die Regierung sollte zurücktreten, sagte Grünen-Chefin Eva Glawischnig, und sie sollte Neuwahlen "
                 "ausrufen.",
                 "Grünen-Chefin Eva Glawischnig sagte, die Regierung sollte zurücktreten."):
        assert [c for _, c, _ in claims(tagged_nlp, text)] == ["DEMAND"], text


@pytest.mark.parametrize("text, actor, claim_type", [
    # `sprechen davon, dass …`: the pronominal adverb of `sprechen von` before the clause (cues.csv particle)
    ("Landeshauptmann Hans Niessl sprach am Montag davon, dass die Regierung in der Asylfrage versagt habe.",
     "Hans Niessl", "ACCUSATION"),
    ("Die Grünen-Chefin Eva Glawischnig spricht davon, dass die Reform endlich kommen müsse.",
     "Eva Glawischnig", "DEMAND"),
])
def test_sprechen_davon_dass_is_speech_of_its_clause(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [(a, t) for a, t, _ in claims(tagged_nlp, text)]


def test_davon_sprechen_without_a_clause_says_nothing(tagged_nlp):
    assert claims(tagged_nlp, "Davon sprach Landeshauptmann Hans Niessl am Montag nicht.") == []


@pytest.mark.parametrize("text, actor, claim_type", [
    # `…, so der Vorwurf der X`: the position noun naming the source gives the words its type (cues.csv nouns)
    ("Die Regierung habe die Pensionen gekürzt, so der Vorwurf der SPÖ.", "SPÖ", "ACCUSATION"),
    ("Die Mieten seien zu hoch, so die Kritik der SPÖ.", "SPÖ", "ACCUSATION"),
])
def test_a_position_noun_after_so_types_the_words(tagged_nlp, text, actor, claim_type):
    assert (actor, claim_type) in [(a, t) for a, t, _ in claims(tagged_nlp, text)]


@pytest.mark.parametrize("text", [
    "Die Pensionen seien sicher, so die SPÖ.",
    "Die Pensionen seien sicher, so die Einschätzung der SPÖ.",
])
def test_a_source_after_so_without_a_position_noun_states(tagged_nlp, text):
    assert [t for _, t, _ in claims(tagged_nlp, text)] == ["STATEMENT"]


def test_a_contrasted_second_subject_in_the_indicative_takes_its_own_claim(tagged_nlp):
    # `…, die ÖVP hingegen lehnt es ab` (german.csv contrasted_subject_adverb): not the first cue's content
    found = claims(tagged_nlp, "Die Grünen fordern ein Fahrverbot, die ÖVP hingegen lehnt es ab.")
    assert ("Die Grünen (Österreich)", "DEMAND", 1) in found
    assert ("ÖVP", "REJECTION", -1) in found


def test_a_second_subject_without_a_contrasting_adverb_stays_reported_content(tagged_nlp):
    assert claims(tagged_nlp, "Die Grünen erklärten, die ÖVP blockiert jede Reform.") == [
        ("Die Grünen (Österreich)", "ACCUSATION", -1)]


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # a verbless headline: a political actor, then `gegen` / `für` and what it is against or for
    ("Wien – Grüne gegen Fahrverbot in der Innenstadt.", "Die Grünen (Österreich)", "REJECTION", -1),
    ("Auch Bundeskanzler Werner Faymann für strengere Kontrollen an der Grenze.", "Werner Faymann", "PROPOSAL", 1),
])
def test_a_verbless_headline_for_or_against_is_a_stance(tagged_nlp, text, actor, claim_type, polarity):
    assert claims(tagged_nlp, text) == [(actor, claim_type, polarity)]


@pytest.mark.parametrize("text", [
    "Österreich gegen Schweden.",  # a match: a country, no political side's stance
    "Proteste gegen die Regierung in Kiew.",  # no actor before the preposition
    "Bundesministerin für Bildung Gabriele Heinisch-Hosek.",  # a title that takes `für`
])
def test_verbless_für_or_gegen_without_a_political_actor_before_is_no_stance(tagged_nlp, text):
    assert claims(tagged_nlp, text) == []


def test_cues_the_sentence_cannot_complete_are_passed_over(tagged_nlp):
    """`match_verb` reads only the cues of a word whose separable particle (`gab … bekannt`) and required words
    (`hat keinen Zweifel`) the sentence holds (`_possible_cues`); the verb is matched as before."""
    from pipeline.lexicons import load_lexicons
    from pipeline.quotes.cues import CueMatcher
    matcher = CueMatcher(load_lexicons())

    def possible(text: str, word: str) -> tuple[list, object]:
        doc = tagged_nlp(text)
        sent = next(iter(doc.sents))
        token = next(t for t in doc if t.text == word)
        return matcher._possible_cues(matcher.matching(matcher.verbs, word.lower()), token, sent), \
            matcher.match_verb(token, sent)

    cues, match = possible("Die Ministerin gab am Montag ihren Rücktritt bekannt.", "gab")
    assert cues and match is not None and match[1].text == "bekannt"
    cues, match = possible("Die Ministerin gab dem Kind ein Buch.", "gab")  # no particle of any `gab` cue
    assert not any(cue.particle is not None for cue in cues) and match is None
    cues, match = possible("Keinen Zweifel hatte der Kanzler daran, dass die Reform kommt.", "hatte")
    assert cues and match is not None
    cues, match = possible("Der Kanzler hatte heute viel Zeit.", "hatte")  # no idiom's word
    assert not any(cue.requires for cue in cues) and match is None


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # support or consent that a side denies (`keine Unterstützung der X`, `kann nicht mit der Zustimmung der X
    # rechnen`): a refusal of that side (cues.csv noun rows, negated_type REJECTION)
    ("Wien – Der frühere Minister Franz Huber kann nicht mit der Unterstützung der ÖVP für seine Kandidatur rechnen.",
     "ÖVP", "REJECTION", -1),
    ("Wien – Die neue Schulreform fand nicht die Zustimmung der ÖVP.", "ÖVP", "REJECTION", -1),
    # a ceasefire or international law violated, lies told: blame in the reported words (content row)
    ("Außenminister Sebastian Kurz sprach von Waffenstillstandsverletzungen der Rebellen.",
     "Sebastian Kurz", "ACCUSATION", -1),
    ("Russland verletze den Luftraum der Türkei, sagte Außenminister Sebastian Kurz.", "Sebastian Kurz",
     "ACCUSATION", -1),
    ("Die Regierung sagt nicht die Wahrheit, sagte FPÖ-Chef Heinz-Christian Strache.", "Heinz-Christian Strache",
     "ACCUSATION", -1),
    # a lie denied is a rejection
    ("Er habe nie gelogen, sagte FPÖ-Chef Heinz-Christian Strache.", "Heinz-Christian Strache", "REJECTION", -1),
])
def test_denied_support_violations_and_lies(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # support not negated, a negator elsewhere (in a relative clause) turns nothing around
    ("Wien – Mit der Unterstützung der ÖVP wurde das Gesetz beschlossen, das nicht alle wollten.",
     "ÖVP", "AGREEMENT", 1),
    # injuries and a charge of assault blame no side
    ("Der Mann erlitt bei dem Sturz Verletzungen, sagte Außenminister Sebastian Kurz.", "Sebastian Kurz",
     "STATEMENT", 1),
    ("Die Polizei ermittelt wegen Körperverletzung, sagte Innenministerin Johanna Mikl-Leitner.",
     "Johanna Mikl-Leitner", "STATEMENT", 1),
    # `X lügt nicht`: a saying (the figures tell the truth), no one blamed
    ("Aber trotzdem lügt die Tabelle nicht, sagte ÖVP-Chef Franz Huber.", "Franz Huber", "STATEMENT", -1),
])
def test_support_injuries_charges_and_sayings_stay(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text, actor, claim_type, polarity", [
    # a rhetorical `warum müsse / solle …` opening the words (or after a colon) rejects what must be, no demand
    ("Warum müsse das Museum in ein altes Gebäude ziehen, fragte ÖVP-Chef Franz Huber.", "Franz Huber",
     "REJECTION", -1),
    ("Zunächst: Warum solle die Stadt das bezahlen, fragte ÖVP-Chef Franz Huber.", "Franz Huber", "REJECTION", -1),
])
def test_a_rhetorical_why_must_question_rejects(tagged_nlp, text, actor, claim_type, polarity):
    assert (actor, claim_type, polarity) in claims(tagged_nlp, text)


@pytest.mark.parametrize("text", [
    # negated (`Warum solle man das nicht erlauben`: for it) or an indirect question after a comma: no rejection
    "Warum solle man das nicht erlauben, fragte ÖVP-Chef Franz Huber.",
    "Er erklärte, warum das Museum umziehen müsse, sagte ÖVP-Chef Franz Huber.",
])
def test_a_negated_or_indirect_why_question_rejects_nothing(tagged_nlp, text):
    found = claims(tagged_nlp, text)
    assert found and all(claim_type != "REJECTION" for _, claim_type, _ in found)
