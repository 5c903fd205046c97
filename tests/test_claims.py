"""Claim coding (type, issue, polarity, country) on real German sentences."""

from functools import partial

import pytest

from pipeline.literals import fold, may_match


def addressees_in(nlp, text: str, with_type: bool = False) -> list:
    """Each claim's addressee_country in the text (with its claim_type before it when asked)."""
    return [(c.claim_type, c.addressee_country) if with_type else c.addressee_country for c in nlp(text)._.claims]


def test_demand_with_several_issues_and_negated_nato(claims_of):
    found = claims_of("Moskau fordert die Anerkennung der besetzten Gebiete, den Verzicht auf NATO-Beitritt "
                      "und Einschränkungen westlicher Militärhilfe.")
    assert ("RUS", "DEMAND", "TERRITORY", 1) in found
    assert ("RUS", "DEMAND", "NATO_MEMBERSHIP", -1) in found
    assert ("RUS", "DEMAND", "MILITARY_AID", -1) in found


def test_separable_verb_rejection(claims_of):
    assert ("RUS", "REJECTION", "TROOPS", -1) in claims_of(
        "Russland lehnt Truppen aus Nato-Staaten in der Ukraine komplett ab.")


def test_negated_agreement_becomes_rejection(claims_of):
    assert ("RUS", "REJECTION", "SECURITY_GUARANTEES", -1) in claims_of(
        "Russland stimmt keinen Sicherheitsgarantien für die Ukraine zu.")


def test_concession_in_follow_on_konjunktiv(claims_of):
    found = claims_of("US-Verteidigungsminister Pete Hegseth legte Zugeständnisse auf den Tisch:\n"
                      "Eine Nato-Mitgliedschaft der Ukraine sei kein realistisches Ergebnis.")
    assert ("USA", "CONCESSION", "NATO_MEMBERSHIP", -1) in found


def test_direct_quote_rejection_from_content(claims_of):
    found = claims_of("Dmitrijew betonte: „Ein NATO-Beitritt der Ukraine ist vollkommen ausgeschlossen.“")
    assert ("RUS", "REJECTION", "NATO_MEMBERSHIP", -1) in found


def test_threat_with_tariffs(claims_of):
    found = claims_of("Trump drohte mit sekundären Strafzöllen auf russisches Öl.")
    assert ("USA", "THREAT", "SANCTIONS", 1) in found


def test_two_claimants_give_two_rows(claims_of):
    found = claims_of("Rubio und Lawrow einigten sich auf die Benennung von Unterhändlern.")
    assert {("USA", "AGREEMENT", "NEGOTIATIONS", 1), ("RUS", "AGREEMENT", "NEGOTIATIONS", 1)} <= set(found)


def test_other_conflicts_work_beyond_the_seed_cast(claims_of):
    assert ("CHN", "REJECTION", "TROOPS", -1) in claims_of(
        "Peking lehnt die Stationierung amerikanischer Truppen in Taiwan ab.")
    assert ("FRA", "DEMAND", "CEASEFIRE", 1) in claims_of(
        "Der französische Präsident forderte einen sofortigen Waffenstillstand.")


def test_no_claims_without_claimant_or_with_speculation(claims_of):
    assert claims_of("Es ist nicht zu erwarten, dass ein gerechter Frieden verhandelt wird.") == []
    assert claims_of("Putin dürfte hoffen, die Sanktionen bald loszuwerden.") == []
    assert claims_of("Rubio reiste nach Riad und traf Lawrow.") == []


def test_a_list_of_countries_before_the_verb_all_speak(claims_of):
    found = claims_of("Frankreich, Großbritannien und Deutschland drohten zugleich damit, die "
                      "UN-Sanktionen wieder in Kraft zu setzen.")
    assert {c[0] for c in found if c[1] == "THREAT"} == {"FRA", "GBR", "DEU"}


def test_government_in_a_capital_speaks_for_its_country(claims_of):
    found = claims_of("Die Regierung in Warschau wirft dem belarussischen Machthaber Alexander Lukaschenko vor, "
                      "Migranten an die Grenze zu schleusen.")
    assert [c[:2] for c in found] == [("POL", "ACCUSATION")]


def test_perfect_of_ausschliessen_is_a_rejection(claims_of):
    found = claims_of("Serbiens Präsident Aleksandar Vučić hat eine Anerkennung des Kosovo erneut ausgeschlossen.")
    assert ("SRB", "REJECTION") in [c[:2] for c in found]


def test_negated_agreement_and_set_phrases_are_no_claims(claims_of):
    assert claims_of("Auf einen Termin einigten sich Lawrow und Rubio in Riad aber zunächst nicht.") == []
    assert claims_of("Trump leitete mit seinem Amtsantritt wie erwartet einen Kurswechsel ein.") == []
    agreed = claims_of("Mit Putin vereinbarte Trump nicht nur den Start von Friedensverhandlungen.")
    assert ("USA", "AGREEMENT") in [c[:2] for c in agreed]


def test_begruessen_with_people_as_its_object_is_a_greeting(claims_of):
    # `begrüßte den … Besucher`, `begrüßt geflüchtete Kinder`: a greeting, no position taken
    assert claims_of("Im Mai begrüßte Nationalratspräsidentin Doris Bures den hunderttausendsten Besucher "
                     "im Parlament.") == []
    assert claims_of("Die SPÖ begrüßt geflüchtete Kinder in Simmering.") == []
    # people as the subject of the passive are greeted too; a decision as its subject is welcomed
    assert claims_of("Die Soldaten wurden am Flughafen von Innenministerin Johanna Mikl-Leitner begrüßt.") == []
    for text in ("Die Einigung wurde von Innenministerin Johanna Mikl-Leitner begrüßt.",
                 "Die Aufnahme der Flüchtlinge wurde von Innenministerin Johanna Mikl-Leitner begrüßt."):
        assert [c[:2] for c in claims_of(text)] == [("AUT", "AGREEMENT")]
    # people after a genitive article or a preposition belong to the welcomed decision
    for text in ("Innenministerin Johanna Mikl-Leitner begrüßte am Montag die Aufnahme der Flüchtlinge.",
                 "Innenministerin Johanna Mikl-Leitner begrüßte die Hilfe für Flüchtlinge.",
                 "Innenministerin Johanna Mikl-Leitner begrüßte die Einigung auf eine Steuerreform."):
        assert [c[:2] for c in claims_of(text)] == [("AUT", "AGREEMENT")]


def test_finite_gelobt_is_a_vow_not_praise(claims_of):
    # `gelobt X Transparenz` is the present of `geloben` (a vow, a commitment offered); the present of
    # `loben` is `lobt`, so `gelobt` is praise only as a participle with its auxiliary
    found = claims_of("Was die Finanzierung betrifft, gelobt Bundeskanzler Werner Faymann Transparenz.")
    assert [c[:2] for c in found] == [("AUT", "PROPOSAL")]
    found = claims_of("Bundeskanzler Werner Faymann hat die Steuerreform der ÖVP gelobt.")
    assert [c[:2] for c in found] == [("AUT", "AGREEMENT")]
    # `gelobte … an` is `angeloben`: the president swears in a government, no claim
    assert claims_of("Bundespräsident Heinz Fischer gelobte die neue Bundesregierung an.") == []


def test_a_negation_in_the_words_quoted_after_a_colon_does_not_negate_the_act(claims_of):
    # the speaker's own words after the colon are no part of the act: `verteidigte …: Wir werden … nicht …`
    found = claims_of("Verteidigungsminister Mosche Jaalon verteidigte die Einsatzregeln der Armee: "
                      "Wir werden das nicht zulassen.")
    assert ("ISR", "AGREEMENT") in [c[:2] for c in found]
    # a negation before the colon still does
    assert claims_of("Die Grünen einigten sich mit der ÖVP nicht: Wir bleiben bei unserem Nein.") == []
    # nor does one in the reported clause after the act: a vote for `keine Koalition` is a vote
    found = claims_of("Bereits 2004 haben die Genossen beim Parteitag dafür gestimmt, dass es keine Koalition "
                      "mit der FPÖ geben soll.")
    assert [c[0] for c in found] == ["AUT"]
    assert claims_of("Die SPÖ hat nicht dafür gestimmt, dass es eine Koalition mit der FPÖ geben soll.") == []


def test_nicht_ohne_and_nicht_nur_do_not_negate(claims_of):
    found = claims_of("Nach Kreml-Angaben zeigt sich Putin offen für Gespräche mit der Ukraine – "
                      "allerdings nicht ohne Bedingungen.")
    assert ("RUS", "REJECTION") not in [c[:2] for c in found]
    assert ("RUS", "PROPOSAL") in [c[:2] for c in found]


def test_reported_facts_and_speculation_after_speech_are_no_claims(claims_of):
    assert claims_of("Nach Schätzungen der Vereinten Nationen sind in dem Krieg mehr als zwölf Millionen "
                     "Menschen vertrieben worden.") == []
    text = ("Die Regierung in Warschau wirft Alexander Lukaschenko vor, Migranten an die Grenze zu schleusen. "
            "Lukaschenko dürfte darauf setzen, die Europäer in der Migrationsfrage zu spalten.")
    assert [c[:2] for c in claims_of(text)] == [("POL", "ACCUSATION")]


def test_group_named_by_a_genitive_holder_speaks_for_its_side(claims_of):
    found = claims_of("Donald Trump reiste ab. Trumps engster Beraterkreis soll ihm laut NBC News dringend "
                      "davon abgeraten haben.")
    assert ("USA", "REJECTION") in [c[:2] for c in found]


def test_wanting_to_negotiate_is_a_proposal_and_the_second_clause_shares_the_subject(claims_of):
    found = [c[:2] for c in claims_of("Der Kreml will verhandeln – und stellt Bedingungen.")]
    assert ("RUS", "PROPOSAL") in found and ("RUS", "DEMAND") in found


def test_imperatives_to_the_reader_and_reasons_are_no_claims(claims_of):
    assert claims_of("Stimmen Sie keinen Maßnahmen zu, die darauf abzielen, die Ukraine zu destabilisieren.") == []
    found = claims_of("Der Kreml ist vorsichtig, da dies Russlands Schwäche signalisieren würde.")
    assert found == []


def test_negated_speech_without_content_is_no_claim(claims_of):
    assert claims_of("Kirill Dmitrijew traf Witkoff in Riad. Konkrete Ergebnisse nannte er nicht.") == []


def test_positioning_phrases_with_prepositions_and_reflexives(claims_of):
    # `sich wenden gegen`, `sich hinter jemanden stellen`, `mit jemandem ins Gericht gehen`,
    # `Vorwürfe erheben` (strong `erhob`)
    assert [t for _, t, *_ in claims_of("Olaf Scholz wandte sich gegen die Pläne der Union.")] == ["REJECTION"]
    assert [t for _, t, *_ in claims_of("Olaf Scholz stellte sich hinter seinen Finanzminister.")] == ["AGREEMENT"]
    assert [t for _, t, *_ in claims_of("Ebenso heftig ging Olaf Scholz mit der Union ins Gericht.")] == ["ACCUSATION"]
    assert [t for _, t, *_ in claims_of("Olaf Scholz erhob schwere Vorwürfe gegen die Union.")] == ["ACCUSATION"]


def test_same_verbs_without_their_phrase_are_no_claim(claims_of):
    for text in ("Olaf Scholz ging am Montag vor Gericht.", "Olaf Scholz wandte den Blick ab.",
                 "Olaf Scholz stellte die Tasche auf den Tisch."):
        assert claims_of(text) == [], text


def test_attitudes_with_sein_and_reported_views(claims_of):
    # `war … wenig erfreut`, `Ähnlich sieht das …`, `stellte … in den Raum`, `störte sich an`
    assert claims_of("Über die Äußerungen war Kanzler Olaf Scholz wenig erfreut.")
    assert claims_of("Ähnlich sieht das sein Amtskollege Markus Wallner.")
    assert claims_of("Erneut stellte Olaf Scholz die Drohung von Kürzungen in den Raum.")
    assert [t for _, t, *_ in claims_of("Olaf Scholz störte sich an den Reaktionen der Parteisprecher.")] == ["ACCUSATION"]


def test_attitude_words_without_their_construction_are_no_claim(claims_of):
    for text in ("Die Lage sieht ähnlich aus wie im Vorjahr.", "Olaf Scholz stellte den Koffer in den Flur.",
                 "Die Lärmbelästigung störte die Anrainer."):
        assert claims_of(text) == [], text



def _types(claims_of, text: str) -> list[str]:
    return [claim[1] for claim in claims_of(text)]


def test_needing_nothing_is_a_rejection_and_darf_nicht_a_demand(claims_of):
    orban, merkel = "sagte Ungarns Regierungschef Viktor Orbán.", "sagte Bundeskanzlerin Angela Merkel."
    assert _types(claims_of, f"Wir brauchen keine Belehrungen aus Brüssel, {orban}") == ["REJECTION"]
    assert _types(claims_of, f"Wir brauchen mehr Geld für die Schulen, {orban}") == ["DEMAND"]
    assert _types(claims_of, f"Ein solcher Angriff darf sich nicht wiederholen, {merkel}") == ["DEMAND"]
    assert _types(claims_of, f"Ein solcher Angriff hat sich nicht wiederholt, {merkel}") == ["STATEMENT"]


def test_a_named_evil_accuses_but_the_fight_against_it_does_not(claims_of):
    assert _types(claims_of, "Das ist Terror gegen Zivilisten, sagte der ukrainische Präsident Wolodymyr "
                             "Selenskyj.") == ["ACCUSATION"]
    assert _types(claims_of, "Die Geräte seien wichtig im Kampf gegen den Terrorismus, sagte US-Außenminister "
                             "John Kerry.") == ["STATEMENT"]
    assert _types(claims_of, "Die Fremdenfeindlichkeit nehme zu, sagte Ban Ki-moon.") == ["STATEMENT"]


def test_a_judgement_between_cue_and_content_types_the_claim(claims_of):
    minister = "Bundesinnenminister Thomas de Maizière nannte es"
    assert _types(claims_of, f"{minister} geschmacklos, die Nationalmannschaft für Parolen zu missbrauchen.") \
        == ["ACCUSATION"]
    assert _types(claims_of, f"{minister} wichtig, die Nationalmannschaft zu unterstützen.") == ["STATEMENT"]


def test_warning_a_side_is_a_threat_warning_of_a_risk_a_statement(claims_of):
    assert _types(claims_of, "Peking warnt Taipeh nach dem Großmanöver vor Unabhängigkeitsbestrebungen.") == ["THREAT"]
    assert _types(claims_of, "Russlands Präsident Wladimir Putin warnte die USA vor einer Eskalation.") == ["THREAT"]
    assert _types(claims_of, "Russlands Präsident Wladimir Putin warnte vor einer Eskalation in den USA.") \
        == ["STATEMENT"]
    assert _types(claims_of, "Der ukrainische Geheimdienstdirektor Kyrylo Budanow warnte, dass die Armee "
                             "zusammenbrechen könnte.") == ["STATEMENT"]


def test_a_demand_outranks_the_judgement_it_contains(claims_of):
    minister = "sagte Bundesinnenminister Thomas de Maizière."
    assert _types(claims_of, f"Die Taten müssen so konsequent bestraft werden wie rechtsextreme Hetze, {minister}") \
        == ["DEMAND"]
    assert _types(claims_of, f"Das ist rechtsextreme Hetze, {minister}") == ["ACCUSATION"]


def test_a_negated_accusation_is_a_rejection(claims_of):
    gauland = "sagte AfD-Vize Alexander Gauland."
    assert _types(claims_of, f"Ich bin natürlich kein Rassist, {gauland}") == ["REJECTION"]
    assert _types(claims_of, f"Er ist ein Rassist, {gauland}") == ["ACCUSATION"]
    assert _types(claims_of, f"Das ist nicht nur rassistisch, {gauland}") == ["ACCUSATION"]


def test_not_wanting_is_a_rejection_insisting_a_demand(claims_of):
    fischer = "sagte Bundespräsident Heinz Fischer."
    assert _types(claims_of, f"Man wolle keine Grenzen schließen, {fischer}") == ["REJECTION"]
    assert _types(claims_of, f"Man wolle nicht nur Grenzen schließen, {fischer}") == ["STATEMENT"]
    assert _types(claims_of, f"Ich beharre darauf, {fischer}") == ["DEMAND"]


def test_a_separable_verb_goes_before_the_simple_verb_it_contains(claims_of):
    kerry = "US-Außenminister John Kerry sagte"
    assert _types(claims_of, f"{kerry} Ägypten wirtschaftliche Unterstützung zu.") == ["PROPOSAL"]
    assert _types(claims_of, f"{kerry} zu den Differenzen, die Beziehungen seien stabil.") == ["STATEMENT"]
    assert _types(claims_of, "Die Spannungen nähmen zu, sagte US-Außenminister John Kerry.") == ["STATEMENT"]


def test_not_hesitating_and_legal_steps_threaten(claims_of):
    minister = "sagte US-Außenminister John Kerry."
    assert _types(claims_of, f"Die USA würden nicht zögern, die notwendigen Schritte zu ergreifen, {minister}") \
        == ["THREAT"]
    assert _types(claims_of, f"Man prüfe rechtliche Schritte gegen den Konzern, {minister}") == ["THREAT"]
    assert _types(claims_of, f"Die USA hätten lange gezögert, {minister}") == ["STATEMENT"]


def test_first_person_words_after_a_source_marker_are_a_position(claims_of):
    # `…, so X` with the speaker's own words is a position; `laut X` with a plain fact is not
    assert claims_of("Die größere Reformorientierung sehe ich derzeit bei der FPÖ, so der ÖVP-Verhandler Michael Strugl.")
    assert claims_of("Laut dem ÖVP-Verhandler Michael Strugl dauerte die Sitzung drei Stunden.") == []


def test_offer_and_doubt_phrases(claims_of):
    assert [t for _, t, *_ in claims_of("Auch den Grünen macht Olaf Scholz das Angebot, die Gespräche weiterzuführen.")] \
        == ["PROPOSAL"]
    assert claims_of("Olaf Scholz ließ keinen Zweifel daran, dass er verhandeln will.")
    for text in ("Olaf Scholz machte Urlaub in Italien.", "Olaf Scholz ließ den Wagen stehen."):
        assert claims_of(text) == [], text


def test_opinion_of_a_source_is_a_position_its_figures_are_not(claims_of):
    assert claims_of("Die Primärversorgung ist nach Ansicht der Gewerkschafterin Ulrike Rabmer-Koller eine Chance.")
    assert claims_of("Die Primärversorgung ist nach Angaben der Gewerkschafterin Ulrike Rabmer-Koller "
                     "seit Jahren ausgebaut worden.") == []


def test_a_sentence_that_threatens_someone_is_no_threat_by_them(claims_of):
    assert claims_of("Sollte es zu einem Prozess kommen, drohen Selahattin Demirtaş bis zu 24 Jahre Haft.") == []
    assert [t for _, t, *_ in claims_of("Russland droht der Ukraine mit Konsequenzen.")] == ["THREAT"]
    # `droht` of what looms: a country facing bankruptcy, a truce at risk of failing
    assert claims_of("Bosnien-Herzegowina droht im Herbst die Staatspleite.") == []
    assert claims_of("Die Regierung in Damaskus droht nun zu scheitern.") == []
    assert [t for _, t, *_ in claims_of("Serbien droht mit der Schließung der Grenze.")] == ["THREAT"]
    assert "THREAT" in [t for _, t, *_ in claims_of("Russland drohte mit Gegenmaßnahmen, falls die Gespräche scheitern.")]


def test_presenting_and_trusting_that(claims_of):
    assert claims_of("Jean-Claude Juncker stellte es am Donnerstag so dar, dass die Affäre nicht nur Luxemburg betreffe.")
    assert [t for _, t, *_ in claims_of("Ban Ki-moon vertraue nun darauf, dass Österreich einen Plan vorlege.")] \
        == ["DEMAND"]
    # `eine Bedrohung darstellen` (to constitute) and `jemandem vertrauen` (to trust) are no claims
    assert claims_of("Die Raketen stellen für Russland eine Bedrohung dar.") == []
    assert claims_of("Die Bürger in Russland vertrauen der Regierung.") == []


def test_particle_in_the_verbs_own_clause_decides_the_cue(claims_of):
    # `hält er wenig` is `halten wenig von` (REJECTION); the `für` of the next clause is not `halten für`
    found = claims_of("Von einer Koalition mit den Grünen hält Olaf Scholz wenig, nachdem im Bundestag für diese "
                      "Mehrheit zwei Mandate fehlen.")
    assert [t for _, t, *_ in found] == ["REJECTION"]
    assert [t for _, t, *_ in claims_of("Olaf Scholz hält die Reform für möglich.")] != ["REJECTION"]


def test_one_row_per_claim_type_of_one_speaker_in_a_sentence(claims_of):
    # codebook: one row per claimant, claim type and issue; a contrastive clause, the clause after a
    # trailing `so X:` and a second cue verb of the same subject each carry a position of their own
    def types(text):
        return sorted({(country, claim_type) for country, claim_type, *_ in claims_of(text)})
    assert types("Kreml-Sprecher Dmitri Peskow sagte, Russland sei offen für Gespräche mit der Ukraine, "
                 "allerdings nicht ohne Bedingungen.") == [("RUS", "DEMAND"), ("RUS", "PROPOSAL")]
    assert types("Ein Beitritt der Ukraine zur NATO sei ausgeschlossen, so Lawrow: Der Westen müsse "
                 "seine Truppen abziehen.") == [("RUS", "DEMAND"), ("RUS", "REJECTION")]
    assert types("Selenskyj kritisierte, Russland habe die Waffenruhe gebrochen und drohte mit Gegenangriffen.") \
        == [("UKR", "ACCUSATION"), ("UKR", "THREAT")]


def test_one_position_in_a_sentence_stays_one_row(claims_of):
    def types(text):
        return [claim_type for _, claim_type, *_ in claims_of(text)]
    assert types("Kreml-Sprecher Dmitri Peskow sagte, Russland sei offen für Gespräche mit der Ukraine.") \
        == ["PROPOSAL"]
    assert types("Kreml-Sprecher Dmitri Peskow sagte, Russland sei zu Gesprächen bereit, aber nur in Istanbul.") \
        == ["PROPOSAL"]
    # a bare statement beside a position is no second row; `drohe` (Konjunktiv I) is what was reported
    assert types("Lawrow sagte, das Treffen sei konstruktiv gewesen, aber man müsse weiter reden.") == ["DEMAND"]
    assert "THREAT" not in types("Selenskyj kritisierte, Russland habe die Waffenruhe gebrochen und drohe "
                                 "mit neuen Angriffen.")


def test_a_reason_after_a_comma_carries_a_position_of_its_own(claims_of):
    # `…, denn …`, `…, weil …` (german.csv `reason_connector`): the reason for a demand may blame another side
    def types(text):
        return sorted({claim_type for _, claim_type, *_ in claims_of(text)})
    assert types("Die Landesregierung müsse den Bericht sofort veröffentlichen, denn sie vertusche seit Monaten die "
                 "Kosten, sagte Bundeskanzler Werner Faymann.") == ["ACCUSATION", "DEMAND"]
    assert types("Die Landesregierung müsse den Bericht sofort veröffentlichen, weil die Opposition die Zahlen "
                 "manipuliert habe, sagte Bundeskanzler Werner Faymann.") == ["ACCUSATION", "DEMAND"]
    # a reason with no cue of its own, or one of the same type, adds no row
    assert types("Die Landesregierung müsse den Bericht sofort veröffentlichen, denn die Bürger hätten ein Recht "
                 "darauf, sagte Bundeskanzler Werner Faymann.") == ["DEMAND"]
    assert types("Die Landesregierung müsse den Bericht sofort veröffentlichen, weil man die Kosten offenlegen müsse, "
                 "sagte Bundeskanzler Werner Faymann.") == ["DEMAND"]


def test_a_contrast_adverb_inside_a_clause_opens_a_position_of_its_own(claims_of):
    # `…, werde aber …`, `…, man werde jedoch …`: the adverb of contrast after the clause's first word or two
    def types(text):
        return sorted({claim_type for _, claim_type, *_ in claims_of(text)})
    assert types("Die Regierung sei zu Gesprächen mit der Opposition bereit, werde aber keinesfalls Zugeständnisse "
                 "machen, sagte Bundeskanzler Werner Faymann.") == ["PROPOSAL", "REJECTION"]
    # an adverb of contrast deeper in the clause, or a clause with no other position, adds no row
    assert types("Die Regierung sei zu Gesprächen mit der Opposition bereit, die Lage bleibe aber angespannt, "
                 "sagte Bundeskanzler Werner Faymann.") == ["PROPOSAL"]


def test_a_demanding_verb_of_saying_keeps_its_type_over_an_offer_it_asks_for(claims_of):
    # `forderte neue Verhandlungen`: the talks are asked of others; the speaker offers nothing
    assert ("TUR", "DEMAND", "NEGOTIATIONS", 1) in claims_of("Präsident Erdoğan forderte neue Verhandlungen mit der EU.")
    assert "PROPOSAL" not in [t for _, t, *_ in claims_of("Präsident Erdoğan forderte neue Verhandlungen mit der EU.")]
    # said without a demanding verb, the readiness for talks stays an offer
    assert [t for _, t, *_ in claims_of("Präsident Erdoğan sagte, man sei zu neuen Verhandlungen mit der EU bereit.")] \
        == ["PROPOSAL"]


def test_a_readiness_that_is_a_trait_is_no_offer(claims_of):
    # `Gesprächsbereitschaft`, `Kompromissbereitschaft`: readiness signalled, an offer
    assert _types(claims_of, "Die Regierung signalisiere Gesprächsbereitschaft, sagte Kanzler Werner Faymann.") \
        == ["PROPOSAL"]
    # negative: `Streikbereitschaft`, `Risikobereitschaft`, `Gewaltbereitschaft` name a trait or a mood, no offer
    assert _types(claims_of, "Die Streikbereitschaft der Lehrer werde abgefragt, sagte Kanzler Werner Faymann.") \
        == ["STATEMENT"]
    assert _types(claims_of, "Die Politiker hätten ihre Risikobereitschaft verloren, sagte Kanzler Werner Faymann.") \
        == ["STATEMENT"]


def test_a_purpose_clause_speaks_for_the_main_clause_subjects(claims_of):
    # `…, um … zu befinden`: the infinitive has no subject of its own; coordinated subjects give one row each
    found = claims_of("Für 50 Minuten setzten sich Rubio und Lawrow in Riad zusammen, um danach unisono zu "
                      "erklären: Es war ein gutes Gespräch auf Augenhöhe.")
    assert {country for country, *_ in found} == {"USA", "RUS"}
    assert [c[:2] for c in claims_of("Um den Frieden zu sichern, forderte Rubio einen Waffenstillstand.")] \
        == [("USA", "DEMAND")]
    assert claims_of("Rubio und Lawrow trafen sich in Riad, um über die Lage in der Ukraine zu sprechen.") == []


def test_second_predicates_of_one_subject_each_give_a_row(claims_of):
    # `lobte …, mahnte aber … an`, `beharrt auf …, lehnt … ab und erkennt … an`, `kündigte … an und warf … vor`:
    # each verb is a claim of the subject before the first one, typed by its own words
    def rows(text):
        return sorted((country, claim_type) for country, claim_type, *_ in claims_of(text))
    assert rows("Nato-Generalsekretär Mark Rutte lobte die deutschen Anstrengungen, mahnte aber weitere "
                "Erhöhungen an.") == [("NATO", "AGREEMENT"), ("NATO", "DEMAND")]
    assert rows("Russland beharrt weiter auf der Demilitarisierung der Ukraine, lehnt jede Präsenz westlicher "
                "Truppen ab und erkennt keine multilateralen Sicherheitsgarantien an.") \
        == [("RUS", "DEMAND"), ("RUS", "REJECTION"), ("RUS", "REJECTION")]
    assert ("CHN", "ACCUSATION") in rows("Das chinesische Handelsministerium kündigte Gegenmaßnahmen an und warf "
                                         "Washington »wirtschaftliche Erpressung« vor.")


def test_a_verb_after_a_fronted_clause_has_its_own_subject(claims_of):
    # `Während Moskau … spricht, wirft Kiew … vor`: the main clause's verb, whose subject follows it
    assert "UKR" in {c[0] for c in claims_of("Während Moskau von einem Schlag gegen westliche Ausbilder spricht, "
                                             "wirft Kiew Russland gezielten Terror gegen Zivilisten vor.")
                     if c[1] == "ACCUSATION"}


def test_postposed_so_attributes_the_speakers_own_words(claims_of):
    # `…, so Kickl` reports what Kickl said, as `sagte Kickl` does; `laut`/`nach Angaben` may report a fact
    assert claims_of("Vieles, was von Linken als rechtsextrem punziert werde, sei in Wahrheit vernünftig, "
                     "so FPÖ-Generalsekretär Herbert Kickl.")
    assert claims_of("Laut FPÖ-Generalsekretär Herbert Kickl sind die Plakate am Montag gedruckt worden.") == []


def test_resignation_is_a_legitimacy_issue(claims_of):
    # `Laut SPD-Vertretern …`: a source's position names the issue (`keine Gründe für`: a REJECTION);
    # a source's STATEMENT without an issue is a reported fact
    assert claims_of("Laut SPD-Vertretern bestünden keine Gründe für eine Amtsniederlegung des Kanzlers.") \
        == [("DEU", "REJECTION", "LEGITIMACY", -1)]
    assert claims_of("Laut SPD-Vertretern fehlten im Bundestag zwei Mandate für eine Mehrheit.") == []


def test_content_words_of_praise_apology_threat_and_accusation_type_a_statement(claims_of):
    # a verb of saying whose content praises (`begrüße`), apologises (`entschuldige mich`), announces
    # countermeasures, sees no obstacle (`nichts im Wege`) or casts suspicion (`verdächtig`)
    say = "sagte Bundeskanzlerin Angela Merkel."
    assert _types(claims_of, f"Sie begrüße die Einigung der Sozialpartner ausdrücklich, {say}") == ["AGREEMENT"]
    assert _types(claims_of, f"Ich entschuldige mich bei den Betroffenen für diese Äußerung, {say}") \
        == ["CONCESSION"]
    assert _types(claims_of, f"Einer Einigung mit Paris stehe nichts im Wege, {say}") == ["PROPOSAL"]
    assert _types(claims_of, f"Es sei verdächtig, dass die Vorwürfe gerade vor der Wahl auftauchten, {say}") \
        == ["ACCUSATION"]
    assert _types(claims_of, "Die Regierung in Peking kündigte Gegenmaßnahmen gegen die neuen Zölle an.") \
        == ["THREAT"]
    # negatives: the same sentences without such a word stay statements
    assert _types(claims_of, f"Die Sozialpartner hätten sich geeinigt, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Vorwürfe seien gerade vor der Wahl aufgetaucht, {say}") == ["STATEMENT"]
    assert _types(claims_of, "Die Regierung in Peking kündigte neue Gespräche über die Zölle an.") != ["THREAT"]


def test_defending_oneself_rejects_and_a_stating_act_takes_its_type_from_its_words(claims_of):
    # `sich gegen Vorwürfe verteidigen` rejects an accusation (and the accusations named with their
    # holder are the opposition's); `eine Entscheidung verteidigen` supports it
    assert _types(claims_of, "Innenminister Herbert Kickl verteidigte sich gegen die Vorwürfe der Opposition.") \
        == ["REJECTION", "ACCUSATION"]
    assert _types(claims_of, "Innenminister Herbert Kickl verteidigte sich gegen die Vorwürfe.") == ["REJECTION"]
    assert _types(claims_of, "Innenminister Herbert Kickl verteidigte die Entscheidung der Regierung.") \
        == ["AGREEMENT"]
    # `in den Raum stellen` states; what it puts there (`die Drohung`) gives the type
    assert _types(claims_of, "Bundeskanzler Werner Faymann stellte die Drohung mit Kürzungen der EU-Gelder "
                             "in den Raum.") == ["THREAT"]
    assert _types(claims_of, "Bundeskanzler Werner Faymann stellte die Frage nach den Kosten in den Raum.") \
        == ["STATEMENT"]


def test_considering_an_option_and_announcing_talks_are_proposals(claims_of):
    # `erwägen`, `treffen zu wollen`, `weitere Gespräche ankündigen`: readiness (codebook: PROPOSAL)
    assert _types(claims_of, "Außenministerin Annalena Baerbock kündigte an, eine Reise nach Peking zu "
                             "erwägen.") == ["PROPOSAL"]
    assert _types(claims_of, "Bundeskanzler Olaf Scholz kündigte an, den polnischen Regierungschef noch im "
                             "Mai treffen zu wollen.") == ["PROPOSAL"]
    assert _types(claims_of, "Bundeskanzler Olaf Scholz kündigte weitere Gespräche mit den Ländern an.") \
        == ["PROPOSAL"]
    # negatives: an announced fact, and talks that already happened
    assert _types(claims_of, "Bundeskanzler Olaf Scholz kündigte an, den Haushalt im Mai vorzulegen.") \
        != ["PROPOSAL"]
    assert _types(claims_of, "Nach weiteren Gesprächen mit den Ländern sei der Haushalt beschlossen worden, "
                             "sagte Bundeskanzler Olaf Scholz.") == ["STATEMENT"]


def test_a_reminder_with_darf_nicht_vergessen_states_rather_than_demands(claims_of):
    # `man darf nicht übersehen/vergessen, dass …` draws attention to a fact: no condition on a side
    say = "sagte Wirtschaftsminister Robert Habeck."
    assert _types(claims_of, f"Man dürfe nicht übersehen, dass die Preise im Winter wieder steigen, {say}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Man darf nicht vergessen, dass die Inflation gesunken ist, {say}") == ["STATEMENT"]
    # negative: `darf nicht` with any other verb sets a norm
    assert _types(claims_of, f"Man dürfe die Betriebe nicht im Stich lassen, {say}") == ["DEMAND"]


def test_no_reason_for_alarm_or_relief_is_an_assessment_not_a_rejection(claims_of):
    # `keinen Grund zur Entwarnung sehen` judges a situation; `keinen Grund für … sehen` refuses an option
    assert _types(claims_of, "Gesundheitsminister Karl Lauterbach sieht keinen Grund zur Entwarnung.") \
        == ["STATEMENT"]
    assert _types(claims_of, "Gesundheitsminister Karl Lauterbach sieht keinen Anlass zur Panik.") == ["STATEMENT"]
    assert _types(claims_of, "Gesundheitsminister Karl Lauterbach sieht keinen Grund für eine neue "
                             "Maskenpflicht.") == ["REJECTION"]


def test_a_modal_ending_a_relative_clause_or_question_or_opening_a_condition_sets_no_demand(tagged_nlp):
    for text in ("Josef Pühringer sagte, das Abkommen, das im Herbst beschlossen werden soll, bringe Vorteile.",
                 "Jeder hat gesagt, wohin die Reise gehen soll, erklärte Josef Pühringer.",
                 "Sollte es mehr werden, werde er eine Veranstaltung in Innsbruck organisieren, sagte Josef Pühringer."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text
    # the norm of the reported clause itself is a demand
    for text in ("Josef Pühringer sagte, die Regierung müsse handeln.",
                 "Josef Pühringer forderte, dass die Regierung handeln müsse."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["DEMAND"], text


def test_a_position_noun_with_its_named_holder_inside_another_event_is_a_claim_of_its_own(tagged_nlp):
    doc = tagged_nlp("Lob gab es vom UN-Generalsekretär Ban Ki-moon für die Ankündigung der österreichischen "
                     "Regierung zur Erhöhung der Entwicklungshilfe.")
    assert sorted(c.actor_country for c in doc._.claims) == ["AUT", "UN"]  # Ban once, not as role and name
    doc = tagged_nlp("Angela Merkel wies die Forderung des bayerischen Finanzministers Markus Söder zurück, "
                     "das Asylrecht einzuschränken.")
    assert sorted((c.actor, c.claim_type) for c in doc._.claims) == [("Angela Merkel", "REJECTION"),
                                                                      ("Markus Söder", "DEMAND")]
    # a place after `von` is whom the support is for
    doc = tagged_nlp("Außenminister Sebastian Kurz stellte klar: Wir koppeln die Unterstützung von "
                     "Bosnien-Herzegowina an die Reformen.")
    assert [c.actor_country for c in doc._.claims] == ["AUT"]


@pytest.mark.parametrize("text, holders", [
    # `von` after an article is the agent of a participle's attribute, no holder
    ("In Linz gibt es Kritik an einem von der Kronen Zeitung veröffentlichten Foto der Opfer.", []),
    # a preposition after a holder ends the list of holders
    ("Scharfe Kritik kam von der SPÖ an dem von der ÖVP vorgelegten Entwurf.", ["SPÖ"]),
    # still the holders: `von` right after the noun, a list, `und von`
    ("Kritik an dem Entwurf kam von der SPÖ.", ["SPÖ"]),
    ("Kritik kam von der SPÖ und von den Grünen.", ["Die Grünen (Österreich)", "SPÖ"]),
])
def test_the_agent_of_a_participle_after_a_position_noun_holds_no_position(tagged_nlp, text, holders):
    """`Kritik an einem von X veröffentlichten Foto`: X published the photo, the critics are unnamed."""
    assert sorted(c.actor for c in tagged_nlp(text)._.claims) == holders


def test_sich_starkmachen_written_as_one_word_is_a_proposal(claims_of):
    # `stark` is a separable particle: `starkmachen`, `starkgemacht` as well as `macht sich … stark`
    assert _types(claims_of, "Kanzler Werner Faymann will sich in Brüssel für eine gemeinsame Lösung "
                             "starkmachen.") == ["PROPOSAL"]
    assert _types(claims_of, "Außenminister Sebastian Kurz hat sich für eine Lkw-Mindestmaut starkgemacht.") \
        == ["PROPOSAL"]
    assert _types(claims_of, "Außenminister Sebastian Kurz macht sich für eine Lkw-Mindestmaut stark.") \
        == ["PROPOSAL"]
    # negative: `stark` as an adjective with another verb
    assert _types(claims_of, "Außenminister Sebastian Kurz hat die Partei stark verändert.") == []


def test_votes_for_or_against_are_agreements_or_rejections(claims_of):
    # a vote for or against takes a side (codebook: AGREEMENT / REJECTION)
    assert _types(claims_of, "Die SPÖ stimmte im Nationalrat gegen die Aufhebung der Immunität.") == ["REJECTION"]
    assert _types(claims_of, "Die SPÖ stimmte im Nationalrat für das Budget.") == ["AGREEMENT"]
    assert _types(claims_of, "Die FPÖ votierte im Landtag gegen das Gesetz.") == ["REJECTION"]
    # negatives: `stimmen` as `be right` and `zustimmen` keep their own reading
    assert _types(claims_of, "Die Zahlen der SPÖ stimmen nicht.") == []
    assert _types(claims_of, "Die SPÖ stimmt der Reform zu.") == ["AGREEMENT"]


def test_continuing_talks_is_a_proposal_and_taking_a_course_a_position(claims_of):
    # `die Gespräche / Verhandlungen fortsetzen`: readiness to talk on (PROPOSAL); `einen Kurs einschlagen`
    # states a line (STATEMENT)
    assert _types(claims_of, "Außenminister Sergej Lawrow will die Verhandlungen über den Syrien-Konflikt "
                             "fortsetzen.") == ["PROPOSAL"]
    assert _types(claims_of, "Präsident Recep Tayyip Erdogan setzt die Gespräche mit China fort.") == ["PROPOSAL"]
    assert _types(claims_of, "US-Außenminister John Kerry hat in Ägypten einen Kurs der Annäherung "
                             "eingeschlagen.") == ["STATEMENT"]
    # negatives: fighting goes on, and a ball is struck
    assert _types(claims_of, "Die russische Armee setzte ihre Angriffe auf Aleppo fort.") == []
    assert _types(claims_of, "Der Stürmer der Austria schlug den Ball ins Tor ein.") == []


def test_approving_granting_and_tabling_a_motion_are_claims(claims_of):
    # `billigen` / `gutheißen` approve (AGREEMENT), `zubilligen` grants (CONCESSION), a motion brought in
    # proposes (PROPOSAL)
    assert _types(claims_of, "Die deutsche Regierung hat einen Gesetzesentwurf gebilligt.") == ["AGREEMENT"]
    assert _types(claims_of, "Kanzler Werner Faymann hieß den Plan gut.") == ["AGREEMENT"]
    assert _types(claims_of, "Die USA billigten dem Iran das Recht zur friedlichen Nutzung der Kernenergie "
                             "zu.") == ["CONCESSION"]
    assert _types(claims_of, "Der grüne Agrarsprecher Wolfgang Pirklhuber hat einen Entschließungsantrag zum "
                             "Verbot eingebracht.") == ["PROPOSAL"]
    # negatives: the adjective `billig`, bringing in a harvest or one's own asylum claim
    assert _types(claims_of, "Die SPÖ hält den Strom in Österreich für zu billig.") != ["AGREEMENT"]
    assert _types(claims_of, "Die Bauern der ÖVP haben die Ernte eingebracht.") == []
    assert _types(claims_of, "Die Flüchtlinge in Ungarn haben das Recht, ihren Asylantrag einzubringen.") == []


def test_scourging_and_urging_are_claims(claims_of):
    # `geißeln` condemns (ACCUSATION), `dringen auf` presses (DEMAND)
    assert _types(claims_of, "Paris – In der Nationalversammlung geißelten die Sozialisten das Verhalten der "
                             "französischen Regierung.") == ["ACCUSATION"]
    assert _types(claims_of, "Die Europäische Union dringt auf eine vollständige EU-Armee.") == ["DEMAND"]
    # negative: `dringen` into a place
    assert _types(claims_of, "Die Polizei der Türkei drang in das Gebäude der Zeitung ein.") == []


def test_a_negator_inside_a_rejecting_content_cue_does_not_flip_the_issue_again(claims_of):
    # `wolle keine Grenzverschiebung`, `keine Beziehungen`: the negator makes the rejection; the
    # issue after it keeps the rejection's polarity
    assert claims_of("Bundespräsident Heinz Fischer betonte, man wolle keine Grenzverschiebung in Europa.") \
        == [("AUT", "REJECTION", "TERRITORY", -1)]
    assert claims_of("Wir haben zu Moskau überhaupt keine Beziehungen, sagte der "
                     "ukrainische Außenminister Dmytro Kuleba.") == [("UKR", "REJECTION", "RELATIONS", -1)]
    # negative: a negator outside the cue still turns a demand against the issue
    assert claims_of("Russland müsse dafür sorgen, dass es keine neuen Sanktionen gebe, sagte der "
                     "ukrainische Außenminister Dmytro Kuleba.") == [("UKR", "DEMAND", "SANCTIONS", -1)]


def test_evaluative_words_in_what_was_said_give_accusation_rejection_agreement_demand(claims_of):
    # general vocabulary of German political news in the reported content of a verb of saying
    kurz, faymann = "sagte Außenminister Sebastian Kurz.", "sagte Bundeskanzler Werner Faymann."
    # pejoratives, a wrong signal, one's anger at, not believing someone: ACCUSATION (denied: REJECTION)
    assert _types(claims_of, "Justizminister Heiko Maas bezeichnete den Auftritt als Farce.") == ["ACCUSATION"]
    assert _types(claims_of, f"Das sende ein fatales Signal an die Nachbarländer, {kurz}") == ["ACCUSATION"]
    assert _types(claims_of, "Ich nehme ihm das nicht ab, sagte FPÖ-Chef Heinz-Christian Strache.") \
        == ["ACCUSATION"]
    assert _types(claims_of, "Sie sei keine Verräterin, sagte Bundeskanzlerin Angela Merkel.") == ["REJECTION"]
    # judged useless or wrong, no reasons for it, not thinking of it: REJECTION
    assert _types(claims_of, f"Eine Obergrenze sei völlig überflüssig, {faymann}") == ["REJECTION"]
    assert _types(claims_of, "Bundeskanzler Werner Faymann hält eine Obergrenze für falsch.") == ["REJECTION"]
    assert _types(claims_of, f"Es gebe keine Gründe für einen Rücktritt, {faymann}") == ["REJECTION"]
    assert _types(claims_of, f"Ich denke nicht daran, zurückzutreten, {faymann}") == ["REJECTION"]
    # saying yes, supporting, judging it right: AGREEMENT; pressing for it: DEMAND
    assert _types(claims_of, "Bundeskanzler Werner Faymann sagte, zu Kontrollen an der Grenze sage er Ja.") \
        == ["AGREEMENT"]
    assert _types(claims_of, f"Wir unterstützen die Sozialpartner in dieser Frage, {faymann}") == ["AGREEMENT"]
    assert _types(claims_of, "Für vordringlich hält Ulrike Rabmer-Koller das geplante Gesetz.") == ["AGREEMENT"]
    assert _types(claims_of, f"Wir werden darauf drängen, dass das Urteil nicht vollstreckt wird, {kurz}") \
        == ["DEMAND"]
    # negatives: an attributive `unnötige`, `keinen Grund, anzunehmen`, the particle `ja`, `gut` as about,
    # a demand that no wrong signal be sent
    assert _types(claims_of, f"Die Regierung werde unnötige Bürokratie abbauen, {faymann}") == ["STATEMENT"]
    assert _types(claims_of, f"Es gebe keinen Grund, anzunehmen, dass die Preise sinken, {faymann}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Das habe er ja schon im Mai gesagt, {faymann}") == ["STATEMENT"]
    assert _types(claims_of, f"Das Projekt koste gut 100 Millionen Euro, {faymann}") == ["STATEMENT"]
    assert _types(claims_of, f"Man müsse aufpassen, dass keine falschen Signale gesetzt werden, {kurz}") \
        == ["DEMAND"]


def test_idioms_of_urging_and_conditions_demand_and_derogatory_saying_accuses(claims_of):
    # `X ist am Zug`, `die Uhr tickt`, `erst …, wenn`, a measure that holds `so lange …, bis`: DEMAND
    say = "sagte Bundeskanzler Werner Faymann."
    assert _types(claims_of, f"Nun seien die Gerichte am Zug, {say}") == ["DEMAND"]
    assert _types(claims_of, "Die Uhr tickt, sagte US-Außenminister Marco Rubio.") == ["DEMAND"]
    assert _types(claims_of, f"Eine Einigung könne erst gelingen, wenn Serbien die Realität anerkenne, {say}") \
        == ["DEMAND"]
    assert _types(claims_of, f"Die Zölle würden so lange gelten, bis Peking die Subventionen abbaue, {say}") \
        == ["DEMAND"]
    # saying it `abfällig`, `verächtlich`: ACCUSATION
    assert _types(claims_of, "Der Kremlchef bezeichnete die europäischen Staaten abfällig als Zaungäste.") \
        == ["ACCUSATION"]
    # negatives: the habitual `müssen oft`, `erst recht`, trying `so lange …, bis`
    assert _types(claims_of, f"Ungarische Schüler müssten oft länger lernen als Erwachsene arbeiten, {say}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Ab 2020 werde es erst recht teurer, wenn die Baby-Boomer in Pension gehen, {say}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Sie würden es so lange versuchen, bis sie einen Weg nach Wien finden, {say}") \
        == ["STATEMENT"]


def test_the_noun_demand_demands_only_as_the_speakers_own(claims_of):
    # `unsere Forderung`, `eine Forderung an uns`, `vertrete die Forderung`: the speaker's demand (DEMAND);
    # another's demand judged (`die Forderung nach … komme zur Unzeit`, `Forderungen durchsetzen`) is no demand
    say = "sagte IV-Generalsekretär Christoph Neumayer."
    assert _types(claims_of, f"Wir bleiben bei unserer Forderung nach einer Senkung der Lohnnebenkosten, {say}") \
        == ["DEMAND"]
    assert _types(claims_of, f"Das sei auch eine Forderung an uns selbst, {say}") == ["DEMAND"]
    assert _types(claims_of, "Der ÖGB vertrete weiterhin die Forderung nach einer Arbeitszeitverkürzung, sagte "
                             "ÖGB-Chef Erich Foglar.") == ["DEMAND"]
    # negatives: another side's demand judged, called an attempt at blackmail
    assert _types(claims_of, f"Die Forderung nach einer Arbeitszeitverkürzung komme zur Unzeit, {say}") \
        == ["STATEMENT"]
    assert _types(claims_of, "Stadträtin Sonja Wehsely bezeichnete es als Erpressungsversuch, mit dem vor der Wahl "
                             "Forderungen durchgesetzt werden sollen.") == ["ACCUSATION"]


def test_a_milestone_a_breakthrough_or_a_big_step_agrees(claims_of):
    # `begrüßenswert`, `ein Meilenstein`, `ein Durchbruch`, `ein großer / wichtiger Schritt`: praise of a
    # measure or an outcome (AGREEMENT)
    say = "sagte Präsident François Hollande."
    assert _types(claims_of, f"Dieses Abkommen werde ein großer Schritt für die Menschheit sein, {say}") \
        == ["AGREEMENT"]
    assert _types(claims_of, "Wirtschaftskammer-Chef Christoph Leitl sprach von einem Meilenstein im Kampf gegen "
                             "die Bürokratie.") == ["AGREEMENT"]
    assert _types(claims_of, f"Die neue Richtlinie sei begrüßenswert, {say}") == ["AGREEMENT"]
    # negatives: no breakthrough yet, a big step back
    assert _types(claims_of, f"Bei den Gesprächen gebe es noch keinen Durchbruch, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Das Gesetz wäre ein großer Schritt zurück, {say}") == ["STATEMENT"]


def test_being_called_upon_demands_and_not_being_so_rejects(claims_of):
    # `X ist gefordert`, `gefordert sei X`, `in der Pflicht`, `gilt es`: a side is called upon to act (DEMAND);
    # `nicht in der Pflicht` refuses the obligation (REJECTION)
    say = "sagte Innenministerin Johanna Mikl-Leitner."
    assert _types(claims_of, f"Hier ist vor allem die EU gefordert, {say}") == ["DEMAND"]
    assert _types(claims_of, f"Gefordert sei jetzt die griechische Regierung, {say}") == ["DEMAND"]
    assert _types(claims_of, f"Nun seien die Länder in der Pflicht, {say}") == ["DEMAND"]
    assert _types(claims_of, f"Zuerst gilt es, die Außengrenze zu sichern, {say}") == ["DEMAND"]
    assert _types(claims_of, f"Der Bund sei hier nicht in der Pflicht, {say}") == ["REJECTION"]
    # negatives: strained (`sehr gefordert`), a demand reported as made (`ist gefordert worden`)
    assert _types(claims_of, f"Die Helfer an der Grenze sind derzeit sehr gefordert, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Eine Obergrenze ist schon oft gefordert worden, {say}") == ["STATEMENT"]


def test_concern_in_a_statement_sets_its_polarity_against(claims_of):
    # `erschreckend`, `mit Sorge`, `besorgt`, `wenig erfreut`: a statement against what it judges (-1);
    # the type stays (a concern is no position of another type)
    maas = "erklärte Bundesjustizminister Heiko Maas."
    assert claims_of(f"Das Ausmaß der Gewalt ist erschreckend, {maas}") == [("DEU", "STATEMENT", "OTHER", -1)]
    assert claims_of(f"Wir betrachten die Entwicklung in Polen mit großer Sorge, {maas}") \
        == [("DEU", "STATEMENT", "OTHER", -1)]
    # a follow-on sentence of reported speech, which has no cue of its own
    assert claims_of("Bundesjustizminister Heiko Maas sagte, die Regierung müsse handeln. Die Zunahme der "
                     "Angriffe auf Flüchtlinge sei dramatisch.")[-1] == ("DEU", "STATEMENT", "OTHER", -1)
    # the cue's own type stays: criticism is an accusation
    assert claims_of("Die Opposition sei von der Regierung enttäuscht, kritisierte Bundesjustizminister Heiko Maas.") \
        == [("DEU", "ACCUSATION", "OTHER", -1)]
    # negatives: no reason for concern, `sorgen für`, a name
    assert claims_of(f"Es gebe keinen Grund zur Sorge, {maas}") == [("DEU", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Man werde dafür sorgen, dass die Hilfe ankommt, {maas}") == [("DEU", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Der Chaos Computer Club habe die Lücke gefunden, {maas}") == [("DEU", "STATEMENT", "OTHER", 1)]


def test_nouns_of_undoing_before_an_issue_turn_its_polarity(claims_of):
    # `Rücknahme`, `Aufhebung`, `Abschaffung` of X: against X (german.csv negator), like `Abzug`
    assert claims_of("Peking fordert die sofortige Rücknahme aller Zölle.") == [("CHN", "DEMAND", "SANCTIONS", -1)]
    assert claims_of("Moskau fordert die Aufhebung der Sanktionen.") == [("RUS", "DEMAND", "SANCTIONS", -1)]
    # negative: a demand for the issue itself
    assert claims_of("Moskau fordert die Verschärfung der Sanktionen.") == [("RUS", "DEMAND", "SANCTIONS", 1)]


def test_reporter_who_relays_events_is_no_claimant(claims_of):
    # a journalist reporting what happened relays, as a news agency does (codebook); his demand is a claim
    assert claims_of("Die Armee setzte Tränengas ein, wie eine Reporterin der Nachrichtenagentur AFP berichtete.") == []
    assert claims_of("Es sei zu Gerangel gekommen, berichtete ein Reuters-Reporter.") == []
    assert [c[:2] for c in claims_of("Die Regierung müsse zurücktreten, forderte der Journalist Can Dündar.")] == [
        ("OTHER", "DEMAND")]


def test_a_source_named_in_a_wie_clause_relays_a_fact(tagged_nlp):
    # `Wie X mitteilte, …`, `…, wie X berichtete`: the author tells the news in the indicative, naming its source
    for text in ("Die Bestellungen sanken überraschend um 1,8 Prozent, wie das deutsche Wirtschaftsministerium am Dienstag mitteilte.",
                 "Wie das deutsche Wirtschaftsministerium am Dienstag mitteilte, sanken die Bestellungen um 1,8 Prozent."):
        assert tagged_nlp(text)._.claims == [], text
    # reported words (Konjunktiv I), a view stressed, and the same news as a main clause's speech are claims
    # (not with a figure: `sanken um 1,8 Prozent, teilte … mit` relays one, test_a_figure_relayed_is_no_claim)
    # (a minister's: an administration's notice of a past event relays a fact on any issue,
    # test_an_administrations_notice_goes_on_in_the_next_sentence)
    for text in ("Die Verhandlungen seien gescheitert, wie der deutsche Wirtschaftsminister am Dienstag mitteilte.",
                 "Eine Obergrenze ist ein Ding der Unmöglichkeit, wie Bundeskanzler Werner Faymann am Montag betonte.",
                 "Die Bestellungen sanken überraschend stark, teilte das deutsche Wirtschaftsministerium am Dienstag mit."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_an_act_required_by_a_modal_is_no_claim(tagged_nlp):
    # `muss … noch zustimmen`, `darf nicht mehr behaupten`: the act is required of the subject, not done
    for text in ("Kiew muss den Konditionen für die Gaslieferungen allerdings noch zustimmen.",
                 "Strache darf demnach nicht mehr behaupten, dass das Foto gestellt sei."):
        assert tagged_nlp(text)._.claims == [], text
    # an act done under constraint, the act itself, and a reportative past act are claims
    for text in ("Kiew musste den Konditionen für die Gaslieferungen schließlich zustimmen.",
                 "Kiew stimmte den Konditionen für die Gaslieferungen zu.",
                 "Der Kreml soll den Konditionen für die Gaslieferungen bereits zugestimmt haben."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["AGREEMENT"], text


def test_a_border_crossed_or_controlled_is_no_territory(claims_of):
    # `an der Grenze kontrollieren`, `die Grenzen schließen`: border control, not a territorial issue
    for text in ("Die Polizei solle auch an der Grenze zu Ungarn kontrollieren, sagte Bundeskanzler Werner Faymann.",
                 "Man wolle keine Grenzen schließen, sagte Bundeskanzler Werner Faymann."):
        assert [c[2] for c in claims_of(text)] == ["OTHER"], text
    # a state's borders in dispute are
    for text in ("Eine Rückkehr zu den ukrainischen Grenzen vor 2014 sei nicht realistisch, sagte Bundeskanzler Werner Faymann.",
                 "Die Ukraine müsse die Kontrolle über die Grenze zu Russland zurückerhalten, sagte Bundeskanzler Werner Faymann."):
        assert "TERRITORY" in [c[2] for c in claims_of(text)], text


def test_a_post_filled_or_a_war_zone_is_no_territory(claims_of):
    # `Posten … besetzt werden`, `ein durch Wahl besetztes Amt`, `aus einem Kriegsgebiet`, `zum Notstandsgebiet`
    for text in ("Die Hälfte der Kabinettsposten solle mit Frauen besetzt werden, forderte Bundeskanzler Werner Faymann.",
                 "Jedes Kind aus einem Kriegsgebiet habe seelische Verletzungen, sagte Bundeskanzler Werner Faymann."):
        assert [c[2] for c in claims_of(text)] == ["OTHER"], text
    # occupied territories and an occupying force are
    for text in ("Russland müsse die besetzten Gebiete räumen, sagte Bundeskanzler Werner Faymann.",
                 "Israel gehe den Rechtsverstößen seiner Besatzungskräfte nicht nach, sagte Bundeskanzler Werner Faymann."):
        assert "TERRITORY" in [c[2] for c in claims_of(text)], text


def test_researchers_stating_a_finding_make_no_claim(claims_of):
    # `schreiben die Forscher`, `so die Wissenschafter`: a study's finding, no position on an issue
    for text in ("Springspinnen seien in der Lage, Artgenossen zu bewerten, schreiben die Forscher im Fachblatt Behavioral Ecology.",
                 "In Mitteleuropa bestehe praktisch keine Gefahr, sich an einer solchen Zecke zu infizieren, so die Wissenschafter."):
        assert claims_of(text) == [], text
    # researchers who criticise, and a political scientist's view (a closed compound), are claimants
    assert [c[1] for c in claims_of("Damit wird Wasser in einer nicht nachhaltigen Weise eingesetzt, kritisiert der Wissenschafter.")] == [
        "ACCUSATION"]
    assert [c[:2] for c in claims_of("Die Landespartei wird jetzt auf Bundeslinie gebracht, sagt die Politikwissenschafterin Kathrin Stainer-Hämmerle.")] == [
        ("OTHER", "STATEMENT")]


def test_a_scholar_on_their_field_makes_no_claim(claims_of):
    # a person named with a role of science or the arts (german.csv field_role, also as a compound's end:
    # `Schlafhistoriker`) or with an institution of them after `von` (field_institution: `von der Universität Wien`)
    # who states a view on no policy topic: their field, no claim
    for text in ("Der Schlaf sei früher in zwei Phasen geteilt gewesen, betont der Schlafhistoriker.",
                 "Wien – Anna Berger von der Universität Wien hat alte Töpfe untersucht. Der Honig sei lange das "
                 "einzige Süßmittel gewesen, sagte Berger."):
        assert claims_of(text) == [], text
    # a demand of the government or on research policy (TECHNOLOGY), words on a policy topic, a compound of a field
    # of politics (political_field: `Sozialhistoriker`, `Wirtschaftsforschungsinstitut`) and another body stay claims
    # demands and proposals stay claims
    for text in ("Die Regierung müsse die Forschung besser fördern, forderte der Schlafhistoriker.",
                 "Die Forschung müsse ausgebaut werden, forderte der Schlafhistoriker.",
                 "Die alten Quellen sollten neu gelesen werden, forderte der Schlafhistoriker."):
        assert [c[1] for c in claims_of(text)] == ["DEMAND"], text
    assert [c[1] for c in claims_of("Der Schlafhistoriker plädiert dafür, die alten Quellen neu zu lesen.")] == ["PROPOSAL"]
    for text in ("Der Schlaf sei früher in zwei Phasen geteilt gewesen, betont der Sozialhistoriker.",
                 "Die Zahl der Asylwerber sei stark gestiegen, sagte der Zeithistoriker.",
                 "Wien – Anna Berger von der Universität Wien hat Asylverfahren untersucht. Die Asylverfahren "
                 "dauerten zu lange, sagte Berger.",
                 "Wien – Max Gruber vom Wirtschaftsforschungsinstitut hat Preise untersucht. Die Preise steigen im "
                 "Winter stark, sagte Gruber."):
        assert [c[1] for c in claims_of(text)] == ["STATEMENT"], text


def test_a_company_or_analyst_on_its_business_makes_no_claim(claims_of):
    # a company (`der Konzern`, `das Unternehmen`), its executive (german.csv company_role, in the speaker's words
    # or where the document names him) or a market analyst on no political issue: business, no claim
    for text in ("Graz – Die Energie Steiermark stellt ein Projekt zurück. Die Preise an der Börse seien zu niedrig, erklärte der Konzern.",
                 "Graz – Die Energie Steiermark stellt ein Projekt zurück. Die Preise an der Börse seien zu niedrig, erklärte das Unternehmen.",
                 "Graz – Die Preise an der Börse seien zu niedrig, sagte Max Gruber, Vorstandschef der Energie Steiermark.",
                 "Die Nachfrage nach Kupfer werde sich im Herbst erholen, meint der Rohstoffanalyst Peter Huber."):
        assert claims_of(text) == [], text
    # what a company demands of the government is a claim; so is a union leader's view
    assert [c[:2] for c in claims_of("Graz – Die Energie Steiermark stellt ein Projekt zurück. Die Regierung müsse die "
                                     "Ökostromförderung erhöhen, forderte der Konzern.")] == [("AUT", "DEMAND")]
    assert [c[:2] for c in claims_of("Linz – Die Löhne in der Branche seien viel zu niedrig, sagte Gewerkschaftschef Max Gruber.")] == [
        ("AUT", "STATEMENT")]


def test_a_media_companys_executive_on_its_programme_makes_no_claim(tagged_nlp):
    # a broadcaster's or publisher's executive (german.csv company_role: `Programmdirektorin`, `Fernsehchef`,
    # `Intendant`) on its programme or structure: the company's business, no claim
    assert tagged_nlp("Wien – Die neue Serie werde im Herbst starten, sagte ORF-Programmdirektorin Anna "
                      "Berger.")._.claims == []
    # his demand of the government stays a claim
    assert [c.claim_type for c in tagged_nlp("Wien – Die Regierung müsse die Gebühren erhöhen, forderte "
                                             "ORF-Generaldirektor Max Gruber.")._.claims] == ["DEMAND"]


def test_advice_to_private_persons_is_no_claim(claims_of):
    # `rät zur Vorsicht`, `empfiehlt eine Probefahrt` (german.csv advice_verb) of a chamber or an expert, with no
    # other side named: advice on private matters, no position
    for text in ("Die Arbeiterkammer rät Mietern zur Vorsicht bei Inseraten im Internet.",
                 "Der Experte Max Gruber empfiehlt, vor dem Kauf eines Gebrauchtwagens eine lange Probefahrt zu machen."):
        assert claims_of(text) == [], text
    # advice to the government (public_addressee) and a politician's advice stay claims
    assert [c[:2] for c in claims_of("Die Arbeiterkammer rät der Regierung, die Mieten zu begrenzen.")] == [("AUT", "PROPOSAL")]
    assert [c[:2] for c in claims_of("Angela Merkel rät den Bewohnern, ihre Häuser nicht zu verlassen.")] == [("DEU", "PROPOSAL")]


def test_the_authors_guess_at_an_expectation_is_no_claim(claims_of):
    # `Offenbar rechnen X und Y damit, …` (german.csv speculation_opener before a forecast_verb): the author's guess
    assert claims_of("Offenbar rechnen Angela Merkel und François Hollande damit, dass der Streik bald zu Ende geht.") == []
    # the expectation they state themselves stays
    assert [c[:2] for c in claims_of("Angela Merkel und François Hollande rechnen damit, dass der Streik bald zu Ende geht.")] == [
        ("DEU", "STATEMENT"), ("FRA", "STATEMENT")]


def test_an_observers_explanation_going_on_after_his_verb_is_no_claim(claims_of):
    # an analyst's view with its verb is one claim (his prediction, `werde … festhalten`, is a forecast: no claim);
    # the sentence that goes on explaining is none
    text = ("Die Opec halte an ihrer Förderung fest, sagte der Ökonom Hans Müller. "
            "Die Nachfrage erhole sich langsam, und das Angebot aus den USA nehme ab.")
    assert [c[:2] for c in claims_of(text)] == [("OTHER", "STATEMENT")]
    # his demand going on is a claim, so is his view in the first person, and a minister's words going on
    # are his position
    text = ("Die Politik werde keine Lösung finden, sagte der Verfassungsrechtler Heinz Mayer. Man könne einen "
            "Verdächtigen verhaften, aber ich glaube nicht, dass man eine solche Regelung finde.")
    assert [c[:2] for c in claims_of(text)] == [("OTHER", "REJECTION"), ("OTHER", "STATEMENT")]
    text = ("Die Regierung müsse die Steuern senken, sagte der Ökonom Hans Müller. "
            "Eine Gesetzesänderung sei dringend nötig.")
    assert [c[:2] for c in claims_of(text)] == [("OTHER", "DEMAND"), ("OTHER", "DEMAND")]
    text = ("Die Opec werde an ihrer Förderung festhalten, sagte der saudische Ölminister Ali al-Naimi. "
            "Die Nachfrage erhole sich langsam, und das Angebot aus den USA nehme ab.")
    assert [c[:2] for c in claims_of(text)] == [("SAU", "STATEMENT"), ("SAU", "STATEMENT")]


def test_notice_of_a_past_event_is_a_relayed_fact(tagged_nlp):
    # `teilte … mit`, `bestätigte` with a past event as content (a perfect, a past passive or a past
    # verb): information given out, no position
    for text in ("Seit Sonntag seien mindestens 26 Kämpfer getötet worden, teilte die türkische Regierung mit.",
                 "Die Regierung in Washington hatte am Freitag bestätigt, dass zwei US-Bürger getötet worden seien.",
                 "Wie das kroatische Innenministerium mitteilte, kamen am Sonntag mehr als 7.300 Flüchtlinge an."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # the same event said (without a figure, which is relayed: test_a_figure_relayed_is_no_claim), a norm or a
    # denial given out, or a judgement: a claim
    for text in ("Seit Sonntag seien zahlreiche Kämpfer getötet worden, sagte die türkische Regierung.",
                 "Seit Sonntag seien 26 Kämpfer getötet worden, das müsse aufhören, teilte die türkische Regierung mit.",
                 "Die Opposition habe nichts getan, teilte die türkische Regierung mit.",
                 "Der Kompromiss ist ein Erfolg, teilte die türkische Regierung mit."):
        assert len(tagged_nlp(text)._.claims) == 1, text


@pytest.mark.parametrize("text, claim_type", [
    ("Die Vorwürfe seien schärfstens zurückzuweisen, sagte Sebastian Kurz.", "REJECTION"),
    ("Der Vorschlag sei klar formuliert, sagte Sebastian Kurz.", "STATEMENT"),
])
def test_a_modal_infinitive_of_rejecting_is_a_rejection(nlp, text, claim_type):
    """`ist zurückzuweisen`: the content rejects, whatever the verb of saying."""
    assert [c.claim_type for c in nlp(text)._.claims] == [claim_type]


def test_a_negation_inside_what_was_said_does_not_turn_the_cue_around(tagged_nlp):
    """`schloss aus, dass …, wenn ihnen … nicht passen`: the `nicht` belongs to the excluded clause;
    only a negation of the cue's own clause (`schloss nicht aus`) makes the exclusion a concession."""
    text = ("FPÖ-Bildungssprecher Walter Rosenkranz schloss am Mittwoch aus, dass die Freiheitlichen "
            "zustimmen, wenn ihnen einzelne Punkte nicht passen.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["REJECTION"]
    text = "FPÖ-Bildungssprecher Walter Rosenkranz schloss am Mittwoch nicht aus, dass die Freiheitlichen zustimmen."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["CONCESSION"]


def test_issue_keywords_inside_other_words_name_no_issue(claims_of):
    # `Obergrenze`, `Ärzte ohne Grenzen`, `Finanzverfassung`, `STANDARD-Gespräch` (an interview),
    # `zufrieden`, `handle`: the keyword is part of another word, not the issue's border,
    # constitution, talks, peace or trade
    assert claims_of("Bundeskanzler Werner Faymann forderte eine Obergrenze für Asylanträge.") \
        == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Ärzte ohne Grenzen forderte mehr Hilfe für Syrien.")[0][2] == "OTHER"
    assert claims_of("Die FPÖ kritisierte die Finanzverfassung.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Die SPÖ kritisierte im STANDARD-Gespräch die Pläne der Regierung.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Vizekanzler Reinhold Mitterlehner zeigte sich zufrieden mit dem Budget.") \
        == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of("Die FPÖ kritisierte, dass die Regierung zu spät handelt.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    # `Mineralöl` is oil, no mineral deal
    assert claims_of("Die FPÖ forderte eine niedrigere Mineralölsteuer.") == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Die FPÖ forderte ein Abkommen über Minerale mit der Ukraine.")[0][2] == "RESOURCES"
    # the words themselves still name it
    assert ("BLR", "DEMAND", "TERRITORY", 1) in claims_of("Lukaschenko forderte eine Änderung des Grenzverlaufs zu Polen.")
    assert ("AZE", "DEMAND", "TERRITORY", 1) in claims_of("Aserbaidschan forderte eine Änderung der Verfassung Armeniens.")
    assert ("AUT", "ACCUSATION", "NEGOTIATIONS", -1) in claims_of("Die FPÖ kritisierte die Gespräche mit der SPÖ.")
    assert ("CHN", "ACCUSATION", "RELATIONS", -1) in claims_of("China kritisierte die Beschränkung des Handels mit Japan.")
    assert ("VAT", "DEMAND", "CEASEFIRE", 1) in claims_of("Der Papst forderte Frieden für Syrien.")


def test_a_judging_verb_of_saying_keeps_its_type_over_a_modal_in_what_it_judges(claims_of):
    # `kritisierte, dass … müssten`: the modal belongs to the criticised state of affairs, the critic accuses
    assert claims_of("Die FPÖ kritisierte, dass die Gemeinden dafür selbst aufkommen müssten.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Die ÖVP räumte ein, dass man mehr Polizisten brauche.") == [("AUT", "CONCESSION", "OTHER", 1)]
    assert claims_of("Die ÖVP lobte, dass die SPÖ zu Gesprächen bereit sei.") \
        == [("AUT", "AGREEMENT", "NEGOTIATIONS", 1)]
    # a plain verb of saying takes the type of its words
    assert claims_of("Die Gemeinden müssten dafür selbst aufkommen, sagte die ÖVP.") == [("AUT", "DEMAND", "OTHER", 1)]


def test_a_negated_plan_is_a_statement_against_it_not_a_proposal(claims_of):
    assert claims_of("Die ÖVP plant keine weiteren Gespräche mit der FPÖ.") == [("AUT", "STATEMENT", "NEGOTIATIONS", -1)]
    assert claims_of("Eine Verschärfung der Asylgesetze beabsichtigt die SPÖ nicht.") == [("AUT", "STATEMENT", "OTHER", -1)]
    assert claims_of("Die ÖVP plant weitere Gespräche mit der FPÖ.") == [("AUT", "PROPOSAL", "NEGOTIATIONS", 1)]


def test_only_a_negating_word_turns_a_cue_verb_around(claims_of):
    # `stimmte nicht zu`, `stimmte nie zu`: a rejection; an issue's negator (`Ende`, `Abzug`, `gegen`) in the
    # clause is what was agreed to, and sets the polarity only
    assert claims_of("Die SPÖ stimmte dem Vorschlag nicht zu.") == [("AUT", "REJECTION", "OTHER", -1)]
    assert claims_of("Die SPÖ stimmte dem Vorschlag nie zu.") == [("AUT", "REJECTION", "OTHER", -1)]
    assert claims_of("Die SPÖ stimmte dem Ende der Verhandlungen mit der ÖVP zu.") \
        == [("AUT", "AGREEMENT", "NEGOTIATIONS", -1)]
    assert claims_of("Die SPÖ stimmte dem Vorschlag gegen den Willen der Basis zu.") == [("AUT", "AGREEMENT", "OTHER", 1)]


def test_belittling_words_and_a_breach_of_law_accuse(claims_of):
    assert claims_of("Das ist eine kleingeistige Haltung, sagte die Grünen-Abgeordnete Birgit Schatz.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Dass die Regierung das Bundesheer ausgehungert habe, sei ein klarer Verfassungsbruch, "
                     "sagte FPÖ-Chef Heinz-Christian Strache.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Das ist eine wichtige Haltung, sagte die Grünen-Abgeordnete Birgit Schatz.") \
        == [("AUT", "STATEMENT", "OTHER", 1)]


def test_supporters_named_in_the_content_are_no_agreement_of_the_speaker(claims_of):
    # `Befürworter` names others who support something; `wir befürworten` is the speaker's support
    assert claims_of("Die Befürworter eines Austritts sehen sich bestätigt, sagte der britische Außenminister "
                     "Philip Hammond.") == [("GBR", "STATEMENT", "OTHER", 1)]
    assert claims_of("Wir befürworten die Reform, sagte der britische Außenminister Philip Hammond.") \
        == [("GBR", "AGREEMENT", "OTHER", 1)]


def test_muss_nicht_sets_no_obligation(claims_of):
    # `muss aber nicht so sein`: not necessary, no demand; `nicht nur …, sondern` still demands
    assert claims_of("Das kann so sein, muss aber nicht so sein, sagte Bürgermeister Michael Häupl.") \
        == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of("Das muss so sein, sagte Bürgermeister Michael Häupl.") == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Wir müssen nicht nur reden, sondern handeln, sagte Bürgermeister Michael Häupl.") \
        == [("AUT", "DEMAND", "OTHER", 1)]


def test_erwarten_of_a_third_person_forecasts(claims_of):
    # a third person's `erwartet` is an expectation (a forecast); `wir erwarten` in a quotation demands
    assert ("USA", "DEMAND", "NEGOTIATIONS", 1) in claims_of(
        "Rubio sagte: „Wir erwarten innerhalb weniger Wochen konkrete Fortschritte in den Gesprächen.“")
    # an economist's expectation is an observer's forecast, no claim at all (`forecast`); a minister's is his side's
    assert claims_of("Der Ökonom Rajiv Biswas erwartet sich von den Reformen positive Auswirkungen.") == []
    assert claims_of("Finanzminister Hans Jörg Schelling erwartet, dass die Arbeitslosigkeit steigen wird.") \
        == [("AUT", "STATEMENT", "OTHER", 1)]


def test_a_good_sign_agrees_no_good_sign_does_not(claims_of):
    assert claims_of("Außenminister Sebastian Kurz bezeichnete es als gutes Zeichen, dass die Türkei zustimmt.") \
        == [("AUT", "AGREEMENT", "OTHER", 1)]
    # `kein gutes Zeichen`: no agreement, and a statement against (the negation before the clause)
    assert claims_of("Außenminister Sebastian Kurz bezeichnete es als kein gutes Zeichen, dass die Türkei zögert.") \
        == [("AUT", "STATEMENT", "OTHER", -1)]


def test_a_claim_against_no_named_side_in_a_report_on_one_countrys_politics_addresses_that_country(nlp):
    addressees = partial(addressees_in, nlp, with_type=True)
    # all claims are Austrian actors': an accusation and a party's demand that name nobody are directed at the
    # country's other side (german.csv demanding_actor_type); a minister's own demand addresses nobody
    assert addressees("Wien – Die geplante Reform sei ein schwerer Rückschritt für die Beschäftigten, kritisierte der "
                      "ÖGB am Montag. Die Grünen forderten, die Pensionen müssten stärker steigen. Die Ministerin "
                      "sagte, die Täter müssten bestraft werden.") \
        == [("ACCUSATION", "AUT"), ("DEMAND", "AUT"), ("DEMAND", "")]
    # negative: in a report on several countries' actors the accusation stays without an addressee
    assert addressees("Wien – Die geplante Reform sei ein schwerer Rückschritt für die Beschäftigten, kritisierte der "
                      "ÖGB am Montag. Der französische Präsident Emmanuel Macron sagte, die Pensionen müssten stärker "
                      "steigen. Der deutsche Finanzminister sagte, die Steuern müssten sinken.") \
        == [("ACCUSATION", ""), ("DEMAND", ""), ("DEMAND", "")]
    # negative: Austrian voices only, but a report that names another country as often: no report on its own politics
    assert addressees("Wien – Seit Montag kontrolliert Deutschland die Grenze. In Bayern und in Berlin stehen Polizisten "
                      "an den Bahnhöfen, auch in Passau und in Deutschlands Süden. Das sei ein schwerer Rückschritt für "
                      "die Pendler, kritisierte der ÖGB am Montag. Die Grünen forderten, die Pendler müssten entschädigt "
                      "werden. Die Ministerin sagte, die Täter müssten bestraft werden.") \
        == [("ACCUSATION", ""), ("DEMAND", ""), ("DEMAND", "")]


def test_a_claim_against_no_named_side_addresses_the_side_its_country_usually_addresses(nlp):
    addressees = partial(addressees_in, nlp, with_type=True)
    # three sides (Russia, Ukraine, the USA), no two of them opposing alone: Moscow's demands name Kyiv twice, so
    # its demand naming nobody is directed at Ukraine too (`usual_addressees`)
    lead = ("Moskau fordert von Kiew den Verzicht auf die besetzten Gebiete. Der Kreml wirft der Ukraine Sabotage vor. "
            "Washington kündigte neue Gespräche in Genf an. Die USA wollen vermitteln, sagte der US-Außenminister. ")
    assert addressees(f"{lead}Moskau verlangt zudem ein Ende der westlichen Militärhilfe.")[-1] == ("DEMAND", "UKR")
    # negative: Moscow's claims name Kyiv only once: no usual addressee, the demand names nobody
    lead = ("Moskau fordert von Kiew den Verzicht auf die besetzten Gebiete. Der Kreml sprach von Fortschritten. "
            "Washington kündigte neue Gespräche in Genf an. Die USA wollen vermitteln, sagte der US-Außenminister. ")
    assert addressees(f"{lead}Moskau verlangt zudem ein Ende der westlichen Militärhilfe.")[-1] == ("DEMAND", "")


def test_the_object_of_a_position_cue_is_its_addressee(nlp):
    addressees = partial(addressees_in, nlp, with_type=True)
    # `forderte die USA auf, …`, `hat Deutschland … vorgeworfen`: the side asked or blamed is the cue's object
    assert addressees("UN-Generalsekretär Ban Ki-moon forderte die USA auf, ihren Einfluss geltend zu machen.") \
        == [("DEMAND", "USA")]
    assert addressees("Der polnische Parteichef Jarosław Kaczyński hat Deutschland Demokratie-Defizite vorgeworfen.") \
        == [("ACCUSATION", "DEU")]
    # a side named in the content still comes first (`fordern von`); a verb of saying has no addressee in its frame;
    # but the side a summoning verb asks to act (`forderte X auf`, german.csv summoning_stem) is the addressee
    # (codebook: the side asked to act; the gnad-dev gold codes `forderte das Parlament auf, …` so)
    assert addressees("Ban Ki-moon forderte von den USA, Druck auf Russland auszuüben.") == [("DEMAND", "RUS")]
    assert addressees("Ban Ki-moon forderte die USA auf, Druck auf Russland auszuüben.") == [("DEMAND", "USA")]
    assert addressees("Ban Ki-moon sagte in Moskau, man müsse jetzt verhandeln.") == [("DEMAND", "")]
    # the other speakers of the same cue are no addressee
    assert addressees("Slowenien, Kroatien und Mazedonien haben bereits ihre Kandidaten vorgeschlagen.") \
        == [("PROPOSAL", "")] * 3
    assert ("AGREEMENT", "RUS") in addressees("Washington und Moskau vereinbarten die Normalisierung ihrer Beziehungen.")
    # nor of a criticism whose words name them (`Kritik kam von X und Y`), but the side criticised stays
    assert [addressee for _, addressee in addressees("Scharfe Kritik an dem Urteil kam von Frankreich und Spanien.")] \
        == ["", ""]
    assert [addressee for _, addressee in addressees(
        "Scharfe Kritik an dem Urteil Saudi-Arabiens kam von Frankreich und Spanien.")] == ["SAU", "SAU"]


def test_a_place_that_names_a_treaty_meeting_or_affair_is_no_addressee(nlp):
    addressees = partial(addressees_in, nlp, with_type=True)
    # a treaty or meeting named after its place, a place before `Papers`, a place in an extended attribute
    assert addressees("Die Kommission forderte, die Regeln des Vertrags von Lissabon endlich einzuhalten.") \
        == [("DEMAND", "")]
    assert addressees("Die Kommission forderte, bei der Konferenz in Madrid mehr Geld zuzusagen.") == [("DEMAND", "")]
    assert addressees("Die Kommission forderte, die in Kairo getroffenen Absprachen einzuhalten.") == [("DEMAND", "")]
    assert addressees("Die Kommission forderte, die Enthüllungen der Malta Papers aufzuklären.") == [("DEMAND", "")]
    # a country named as such, or a place in a plain phrase, stays the side addressed
    assert addressees("Die Kommission forderte, Spanien müsse die Regeln des Vertrags einhalten.") == [("DEMAND", "ESP")]
    assert addressees("Die Kommission forderte, Madrid müsse mehr Geld zusagen.") == [("DEMAND", "ESP")]
    assert [addressee for _, addressee in addressees(
        "Die Kommission forderte, die Berichte zu stoppen, durch die in Spanien das Vertrauen schwinde.")] == ["ESP"]


def test_a_channel_of_speech_after_its_preposition_is_no_addressee(nlp):
    addressees = partial(addressees_in, nlp)
    # where one speaks (`auf Twitter`, `im Kurznachrichtendienst Twitter`) is no side addressed
    assert addressees("Die Kommission forderte auf Twitter, die Grenzen offen zu halten.") == [""]
    assert addressees("Die Kommission forderte im Kurznachrichtendienst Twitter, die Grenzen offen zu halten.") == [""]
    # the company asked to act stays the addressee
    assert addressees("Die Kommission forderte Facebook auf, die Hetze zu löschen.") == ["USA"]
    assert addressees("Die Kommission verlangte von Twitter, die Hetze zu löschen.") == ["USA"]
    # `über` and a compound with a hyphen (`über den Internet-Nachrichtendienst Twitter`) are a channel too
    assert addressees("Die Kommission rief über den Internet-Nachrichtendienst Twitter zu Spenden auf.") == [""]


def test_a_place_where_something_happens_is_no_addressee(nlp):
    addressees = partial(addressees_in, nlp)
    # a town after `in` (german.csv venue_preposition) is where something happens, a place after `wie in` one
    # compared with
    assert addressees("Die Kommission forderte, nach den Unruhen in Madrid mehr Polizisten einzusetzen.") == [""]
    assert addressees("Die Kommission forderte, dass wie in Spanien mehr Geld fließen müsse.") == [""]
    # a country after `in` stays the side addressed, and so does the seat of an international organisation
    assert addressees("Die Kommission forderte, den Menschen in Spanien mehr Geld zuzusagen.") == ["ESP"]
    assert addressees("Der spanische Außenminister forderte, das Hauptquartier in Brüssel zu schließen.") == ["EU"]
    # a place of the dateline (`Lyon/Madrid –`) is where the report comes from; a side named after it stays
    assert addressees("Neue Regeln. Lyon/Madrid – Mehr Polizisten müssen kommen. Das forderte die Kommission am "
                      "Montag.") == [""]
    assert addressees("Neue Regeln. Lyon/Madrid – Spanien muss mehr Polizisten einsetzen. Das forderte die Kommission "
                      "am Montag.") == ["ESP"]


def test_an_office_named_with_the_name_types_the_actor(nlp):
    def types(text: str) -> list[str]:
        return [c.actor_type for c in nlp(text)._.claims]
    # the office the text names at the article's date types the person (Boehner: a member of government
    # some time, in the knowledge base)
    assert types("Mariano Rajoy kritisierte die Opposition. Spaniens Ministerpräsident Mariano Rajoy "
                 "forderte eine große Koalition.") == ["government", "government"]
    assert types("Der Abgeordnete John Boehner kritisierte das Abkommen.") == ["parliament"]
    # an office a party or organisation opens takes that one's type (`Labour-Chef`: party)
    assert types("Labour-Chef Jeremy Corbyn forderte Neuwahlen.") == ["party"]
    # without an office in the text the knowledge base's type stays: a politician it knows without an
    # office, and Rajoy, whose term as prime minister (2011–18) it now knows
    assert types("Nikolaus Scherak forderte eine große Koalition.") == ["person"]
    assert types("Mariano Rajoy forderte eine große Koalition.") == ["government"]
    assert types("John Boehner kritisierte das Abkommen.") == ["government"]


def test_a_terror_label_accuses_a_terror_attack_or_expert_does_not(claims_of):
    # `Terrororganisation`, `Terroristen`, `Terror` label an actor; `Terroranschlag`, `Terrorexperte`,
    # `Antiterrorgesetz`, `IS-Terror` name an event, a trade or a subject
    assert _types(claims_of, "Die PYD sei eine Terrororganisation, sagte Ministerpräsident Ahmet Davutoğlu.") \
        == ["ACCUSATION"]
    assert _types(claims_of, "Die größte Sorge der Polizei sei ein möglicher Terroranschlag gewesen, sagte "
                             "Innenminister Thomas de Maizière.") == ["STATEMENT"]
    assert _types(claims_of, "Der IS-Terror sei für uns alle ein schwieriges Thema, sagte Innenminister "
                             "Thomas de Maizière.") == ["STATEMENT"]


def test_messages_retail_and_domestic_cooperation_are_no_bilateral_relations(claims_of):
    # `Botschaft` (a message), `im Handel` (retail), `Zusammenarbeit` of parties or colleagues, `soziale
    # Beziehungen`: no relation between states is at stake
    assert claims_of("Die SPÖ kritisierte, die Regierung sende eine fatale Botschaft an die Jugend.")[0][2] == "OTHER"
    assert claims_of("Die Gewerkschaft GPA-djp forderte höhere Löhne im Handel.")[0][2] == "OTHER"
    assert claims_of("Die ÖVP forderte eine bessere Zusammenarbeit mit der SPÖ.")[0][2] == "OTHER"
    assert claims_of("Der Papst warnte vor Einsamkeit in menschlichen Beziehungen.")[0][2] == "OTHER"
    # negative: an embassy, relations and cooperation between states, trade with a state still name them
    assert ("POL", "DEMAND", "RELATIONS", 1) in claims_of("Polen forderte die Schließung der russischen Botschaft in Warschau.")
    assert ("USA", "DEMAND", "RELATIONS", 1) in claims_of("US-Außenminister John Kerry forderte bessere Beziehungen zu Ägypten.")
    assert ("CHN", "PROPOSAL", "RELATIONS", 1) in claims_of(
        "China schlug eine engere wirtschaftliche Zusammenarbeit mit der Türkei vor.")


def test_bilateral_cooperation_improving_ties_and_rapprochement_are_relations(claims_of):
    # `bilaterale Kooperation` (as `Zusammenarbeit`), `die Beziehungen verbessern`, `Verschlechterung der
    # Beziehungen`, `Kurs der Annäherung`: ties between states
    say = "sagte Außenminister Sebastian Kurz."
    assert claims_of(f"Die Polizisten seien dank bilateraler Kooperation gekommen, {say}")[0][2] == "RELATIONS"
    assert claims_of(f"Beide Länder wollten ihre Beziehungen weiter verbessern, {say}")[0][2] == "RELATIONS"
    assert claims_of(f"Er bedauere die Verschlechterung der Beziehungen, {say}")[0][2] == "RELATIONS"
    assert claims_of("US-Außenminister John Kerry schlug in Kairo einen Kurs der Annäherung ein.")[0][2] == "RELATIONS"
    # negatives: cooperation of business partners, a spacecraft's approach, a rapprochement of social partners
    assert claims_of(f"Die Kooperation der beiden Banken sei ein Erfolg, {say}")[0][2] == "OTHER"
    assert claims_of(f"Die Annäherung der Sonde an den Kometen sei gelungen, {say}")[0][2] == "OTHER"
    assert claims_of(f"Es sei eine sensible Phase der Annäherung der Sozialpartner, {say}")[0][2] == "OTHER"


def test_critical_remarks_and_incompatible_or_baseless_claims_are_typed(claims_of):
    # `äußerte sich kritisch` criticises; `nicht vereinbar mit`, `entbehrt jeder Grundlage`,
    # `unbegründet` reject what they judge
    assert ("AUT", "ACCUSATION", "OTHER", -1) in claims_of(
        "Kritisch äußerte sich Vizekanzler Reinhold Mitterlehner dazu, dass die SPÖ eigene Ideen präsentiert habe.")
    assert claims_of("Das sei mit dem Anwaltsgeheimnis nicht vereinbar, sagte Vizekanzler Reinhold Mitterlehner.") \
        == [("AUT", "REJECTION", "OTHER", -1)]
    assert claims_of("Die Vorwürfe entbehren jeder Grundlage, sagte Vizekanzler Reinhold Mitterlehner.") \
        == [("AUT", "REJECTION", "OTHER", -1)]
    # negative: a plain remark, a judgement of compatibility
    assert claims_of("Vizekanzler Reinhold Mitterlehner äußerte sich zur Steuerreform.")[0][1] == "STATEMENT"
    assert claims_of("Das sei mit dem Koalitionsabkommen vereinbar, sagte Vizekanzler Reinhold Mitterlehner.") \
        == [("AUT", "STATEMENT", "OTHER", 1)]


def test_crime_and_the_federal_territory_are_no_territorial_issue(claims_of):
    # `Kriminalität`, `kriminalisiert`, `diskriminiert` hold the letters of `Krim`; `Bundesgebiet` (the
    # whole country) and `Gebietskrankenkasse` those of `Gebiet`: no territory is at stake
    assert claims_of("Bürgermeister Michael Häupl forderte mehr Polizei gegen die steigende Kriminalität.")[0][2] == "OTHER"
    assert claims_of("Die FPÖ kritisierte, dass im gesamten Bundesgebiet zu wenig Deutschkurse angeboten "
                     "werden.")[0][2] == "OTHER"
    assert claims_of("Die SPÖ forderte mehr Geld für die Gebietskrankenkasse.")[0][2] == "OTHER"
    assert ("UKR", "DEMAND", "TERRITORY", 1) in claims_of("Kiew forderte die Rückgabe der Krim.")
    assert ("UKR", "DEMAND", "TERRITORY", 1) in claims_of("Kiew forderte die Rückgabe der besetzten Gebiete.")


def test_illegal_names_a_kind_of_act_and_judges_only_as_predicate(claims_of):
    # `illegale Grenzübertritte`, `illegal eingereist`: the usual term for unauthorised crossing; `sei
    # illegal`, `als illegal bezeichnet` judge an act (an accusation)
    minister = "sagte Innenministerin Johanna Mikl-Leitner."
    assert _types(claims_of, f"Die Zahl der illegalen Grenzübertritte sei deutlich gesunken, {minister}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Tausende Menschen hätten sich illegal im Land aufgehalten, {minister}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Diese Abschiebungen sind illegal, {minister}") == ["ACCUSATION"]
    assert _types(claims_of, "Die FPÖ bezeichnete die Wahl als illegal.") == ["ACCUSATION"]
    assert _types(claims_of, f"Dass die Ungarn die Grenze schließen, sei illegal, {minister}") == ["ACCUSATION"]


def test_a_mistake_a_threat_or_a_questionable_act_as_predicate_accuses(claims_of):
    # `als kolossalen Fehler bezeichnet`, `sei ein schwerer Fehler`, `als Bedrohung`, `Versäumnisse`, a
    # predicative `fragwürdig`, `unverständlich`, `nicht gerechtfertigt`: a verdict on another's act
    seehofer = "sagte CSU-Chef Horst Seehofer."
    assert _types(claims_of, "Viktor Orbán bezeichnete die Asylpolitik der EU als kolossalen Fehler.") \
        == ["ACCUSATION"]
    assert _types(claims_of, f"Die Öffnung der Grenze sei ein schwerer Fehler gewesen, {seehofer}") == ["ACCUSATION"]
    assert _types(claims_of, f"Wir sehen diese Raketentests als ernste Bedrohung, {seehofer}") == ["ACCUSATION"]
    assert _types(claims_of, f"Die Pläne des Ministers seien höchst fragwürdig, {seehofer}") == ["ACCUSATION"]
    assert _types(claims_of, f"Was die Kommission da beschlossen hat, war nicht gerechtfertigt, {seehofer}") \
        == ["ACCUSATION"]
    # negatives: one's own mistake made, a mistake denied, a threat not blamed on anyone, an attributive use
    assert _types(claims_of, f"Ich habe einen schweren Fehler gemacht, {seehofer}") == ["STATEMENT"]
    assert _types(claims_of, f"Das ist kein Fehler, {seehofer}") == ["STATEMENT"]
    assert _types(claims_of, f"Der Klimawandel ist die größte Bedrohung unserer Zeit, {seehofer}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Kommission will ungerechtfertigte Gebühren beseitigen, {seehofer}") \
        == ["STATEMENT"]


def test_man_muss_sagen_is_a_discourse_formula_not_a_demand(claims_of):
    # `man muss sagen / verstehen / sehen, dass …` introduces the speaker's view; `man muss die Grenze
    # schützen` sets a norm
    expert = "sagte der Politologe Peter Filzmaier."
    assert _types(claims_of, f"Man muss verstehen, wie dieser Mechanismus entsteht, {expert}") == ["STATEMENT"]
    assert _types(claims_of, f"Dazu muss man sagen, dass die Schwelle höher wird, {expert}") == ["STATEMENT"]
    assert _types(claims_of, f"Man muss ehrlich sagen, dass die Regierung versagt hat, {expert}") == ["ACCUSATION"]
    assert _types(claims_of, f"Man muss die Grenze besser schützen, {expert}") == ["DEMAND"]


def test_showing_oneself_open_in_any_tense_proposes_and_critical_accuses(claims_of):
    # `hatte sich offen dafür gezeigt`: the participle of `sich offen zeigen` signals readiness as its
    # present does; `zeigte sich kritisch` criticises (an accusation), `zeigte sich zufrieden` states
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble hatte sich unlängst offen dafür gezeigt, "
                             "den 500-Euro-Schein abzuschaffen.") == ["PROPOSAL"]
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble hatte sich zufrieden gezeigt.") == ["STATEMENT"]
    assert claims_of("Kritisch zeigte sich dagegen die FPÖ.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Innenministerin Johanna Mikl-Leitner zeigte sich äußerst kritisch gegenüber den Plänen.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Die ÖVP reagierte kritisch auf den Vorschlag.") == [("AUT", "ACCUSATION", "OTHER", -1)]


def test_jetzt_oder_nie_urges_and_brauchen_nicht_rejects(claims_of):
    # `jetzt oder nie`: an idiom of urgency, no `nie` of refusal; `X brauche man nicht mehr` (like
    # `wir brauchen keine X`) rejects X
    president = "sagte Präsident Petro Poroschenko."
    assert _types(claims_of, f"Die Reformen müssen jetzt oder nie angepackt werden, {president}") == ["DEMAND"]
    assert _types(claims_of, f"Wir werden die Krim nie aufgeben, {president}") == ["REJECTION"]
    chancellor = "sagte Vizekanzler Reinhold Mitterlehner."
    assert _types(claims_of, f"Deren alte Rituale brauche man nicht mehr, {chancellor}") == ["REJECTION"]
    assert _types(claims_of, f"Wir brauchen mehr Geld für die Schulen, {chancellor}") == ["DEMAND"]


def test_weder_noch_denies_what_serves_as_nicht_does(claims_of):
    # `weder Neuwahlen noch Rücktritte wären dienlich`: both options rejected, as by `nicht dienlich`
    governor = "sagte Landeshauptmann Günther Platter."
    assert _types(claims_of, f"Der Koalition wären weder Neuwahlen noch Rücktritte dienlich, {governor}") \
        == ["REJECTION"]
    # negative: `weder … noch` of a fact, with no judgement of use, states it
    assert _types(claims_of, f"Es gebe weder in Tirol noch in Vorarlberg freie Quartiere, {governor}") == ["STATEMENT"]


def test_noch_nie_tells_a_record_not_a_refusal(claims_of):
    # `noch nie`, `wie nie zuvor`: what has never happened before, a record, no refusal
    president = "sagte Präsident Petro Poroschenko."
    assert _types(claims_of, f"Eine solche Hilfe habe es noch nie gegeben, {president}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Armee sei so stark wie nie zuvor, {president}") == ["STATEMENT"]
    # negative: `nie` of the speaker's own act refuses it
    assert _types(claims_of, f"Wir werden diese Forderung nie erfüllen, {president}") == ["REJECTION"]


def test_threats_and_consequences_spoken_of_are_no_threat(claims_of):
    # `Drohungen häufen sich`, `die finanziellen Konsequenzen`: threats received and effects described;
    # `Das wird Konsequenzen haben` announces them, `die Drohung mit Kürzungen` names a threat made
    speaker = "sagte Oskar Deutsch, Präsident der Israelitischen Kultusgemeinde Wien."
    assert _types(claims_of, f"Im Internet hätten sich die Drohungen gegen Juden gehäuft, {speaker}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Die finanziellen Konsequenzen seien enorm, {speaker}") == ["STATEMENT"]
    assert _types(claims_of, f"Das wird Konsequenzen haben, {speaker}") == ["THREAT"]
    assert _types(claims_of, "China hat seine Drohungen gegen Taiwan bekräftigt.") == ["THREAT"]
    assert _types(claims_of, "Bundeskanzler Werner Faymann stellte die Drohung mit Kürzungen der EU-Gelder "
                             "in den Raum.") == ["THREAT"]


def test_konjunktiv_brauche_demands_keineswegs_and_unthinkable_reject(claims_of):
    # indirect speech puts `brauchen` in Konjunktiv I (`es brauche`); `keineswegs` negates as
    # `keinesfalls` does; `nicht vorstellbar`, `undenkbar` rule an option out (`nicht undenkbar` opens it)
    minister = "sagte Außenminister Sebastian Kurz."
    assert _types(claims_of, f"Es brauche einen neuen Ansatz der EU, {minister}") == ["DEMAND"]
    assert _types(claims_of, f"Es sei keineswegs so, dass Deutschland alle Flüchtlinge aufnehme, {minister}") \
        == ["REJECTION"]
    assert _types(claims_of, f"Eine Änderung der Regelung sei nicht vorstellbar, {minister}") == ["REJECTION"]
    assert _types(claims_of, f"Eine Koalition mit der FPÖ sei undenkbar, {minister}") == ["REJECTION"]
    assert _types(claims_of, f"Eine Koalition mit der FPÖ sei nicht undenkbar, {minister}") == ["STATEMENT"]


def test_a_plural_modal_ending_a_relative_clause_or_an_infinitive_sets_no_norm(claims_of):
    # `…, auf dem sich alle Mails befinden sollen,` reports hearsay and `Maßnahmen, die … beschlossen werden
    # sollen` a plan, as the singular `soll` does; `um … nicht stellen zu müssen` states a purpose
    chancellor = "sagte Bundeskanzler Werner Faymann."
    assert _types(claims_of, f"Wir planen Maßnahmen, die im Herbst beschlossen werden sollen, {chancellor}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Die Maßnahmen sollen rasch beschlossen werden, {chancellor}") == ["DEMAND"]
    assert _types(claims_of, f"Viele Firmen zahlen lieber, um keine Lehrlinge ausbilden zu müssen, {chancellor}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Die Firmen müssen mehr Lehrlinge ausbilden, {chancellor}") == ["DEMAND"]
    # `erwarten lassen`: to suggest, no expectation of anyone
    assert _types(claims_of, "Die Reform werde höhere Kosten erwarten lassen, kritisieren die Forscher.") \
        == ["ACCUSATION"]


def test_a_negated_must_sets_no_obligation_a_few_words_on(claims_of):
    # `müssten sich Lehrer wohl nicht extra kümmern`: `nicht` a few words after the modal negates the
    # necessity as `muss nicht` does; `nicht nur` and a new clause do not
    therapist = "sagt die Psychotherapeutin Barbara Preitler."
    assert _types(claims_of, f"Um die meisten Kinder müssten sich Lehrer wohl nicht extra kümmern, {therapist}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Die Schulen müssen den Kindern nicht nur Deutsch beibringen, {therapist}") \
        == ["DEMAND"]
    assert _types(claims_of, f"Man muss dafür sorgen, dass die Kinder nicht allein sind, {therapist}") == ["DEMAND"]
    assert _types(claims_of, f"Die Schulen müssen jetzt handeln und nicht warten, {therapist}") == ["DEMAND"]


def test_not_excluding_an_option_concedes_it_with_polarity_for(claims_of):
    # `schloss nicht aus, die Steuern zu erhöhen`: an opening towards the option, so for it (+1);
    # `schloss aus` rejects it (-1)
    assert claims_of("Finanzminister Hans Jörg Schelling schloss nicht aus, die Steuern zu erhöhen.") \
        == [("AUT", "CONCESSION", "OTHER", 1)]
    assert claims_of("Finanzminister Hans Jörg Schelling schloss aus, die Steuern zu erhöhen.") \
        == [("AUT", "REJECTION", "OTHER", -1)]


def test_what_a_warning_warns_against_is_no_accusation_of_the_speaker(claims_of):
    # `warnte davor, X für … verantwortlich zu machen`: the speaker warns against blaming, blames nobody
    assert claims_of("Landesrat Michael Strugl warnte davor, die Flüchtlinge für die Stimmenverluste "
                     "verantwortlich zu machen.") == [("AUT", "STATEMENT", "OTHER", -1)]
    assert claims_of("Landesrat Michael Strugl kritisierte, die Regierung sei für die Stimmenverluste "
                     "verantwortlich.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert _types(claims_of, "UN-Menschenrechtskommissar Zeid Ra'ad al-Hussein warnte davor, dass Rechte umgangen "
                             "werden: Kollektive Ausweisungen sind illegal.") == ["ACCUSATION"]


def test_meeting_talks_are_no_verb_treffen_and_no_interview(claims_of):
    # `eine Entscheidung treffen`, `ins Hintertreffen`, `betreffend`: the verb, no meeting; `im Gespräch mit
    # dem STANDARD`, `bei einem Pressegespräch`: the interview in which the speaker spoke, no talks
    assert claims_of("Man müsse rasch eine Entscheidung treffen, sagte Bundeskanzler Werner Faymann.")[0][2] \
        == "OTHER"
    assert claims_of("Die Regierung müsse mehr investieren, sagte ÖGB-Präsident Erich Foglar im Gespräch mit "
                     "dem STANDARD.")[0][2] == "OTHER"
    assert claims_of("Die Regierung müsse mehr investieren, sagte ÖGB-Präsident Erich Foglar bei einem "
                     "Pressegespräch.")[0][2] == "OTHER"
    assert claims_of("Bundeskanzler Werner Faymann forderte ein Treffen der Regierungschefs.")[0][2] == "NEGOTIATIONS"
    assert claims_of("Bundeskanzler Werner Faymann forderte ein Krisentreffen der Regierungschefs.")[0][2] == "NEGOTIATIONS"
    assert claims_of("Bundeskanzler Werner Faymann forderte Gespräche mit der Türkei.")[0][2] == "NEGOTIATIONS"


def test_a_share_of_gdp_is_defence_spending_only_beside_defence(claims_of):
    # `in Prozent des BIP` measures any budget (pensions, debt); beside NATO or defence it is the defence budget
    assert claims_of("Die Arbeiterkammer forderte, die Pensionsausgaben in Prozent des BIP zu senken.")[0][2] \
        == "OTHER"
    assert ("USA", "DEMAND", "DEFENSE_SPENDING", 1) in claims_of(
        "Trump forderte die NATO-Staaten auf, fünf Prozent des BIP für Rüstung auszugeben.")


def test_military_budgets_and_money_for_the_army_are_defence_spending(claims_of):
    # `Militäretat`, `Wehrbudget`, `mehr in ihre Verteidigung investieren`, `Milliarden für die Bundeswehr`
    assert claims_of("Das Heer brauche einen höheren Militäretat, sagte Verteidigungsminister Hans Peter "
                     "Doskozil.")[0][2] == "DEFENSE_SPENDING"
    assert claims_of("Die Partner müssten mehr in ihre Verteidigung investieren, sagte US-Außenminister Marco "
                     "Rubio.")[0][2] == "DEFENSE_SPENDING"
    assert claims_of("Verteidigungsminister Boris Pistorius verlangt zusätzliche Milliarden für die "
                     "Bundeswehr.")[0][2] == "DEFENSE_SPENDING"
    # negatives: defending oneself in court, money for the ukrainian army (aid), spending on schools
    assert claims_of("Er werde viel Geld in seine Verteidigung vor Gericht stecken, sagte Karl-Heinz "
                     "Grasser.")[0][2] == "OTHER"
    assert claims_of("Die Regierung fordert mehr Geld für die Schulen, sagte Bildungsministerin Sonja "
                     "Hammerschmid.")[0][2] == "OTHER"


def test_soll_with_a_date_and_a_passive_or_an_event_tells_a_plan_not_a_norm(claims_of):
    # `soll … im Herbst beschlossen werden`, `soll am 1. Jänner in Kraft treten`, `es soll ab 2017 … geben`:
    # a schedule; `sollte` (Konjunktiv II), `soll` without a date, an active `solle bis Montag … vorlegen`
    # and a verb of demanding still set a norm
    minister = "sagte Sozialminister Alois Stöger."
    for plan in ("Das Gesetz soll am 1. Jänner in Kraft treten",
                 "Die Quartiere sollen in den nächsten Tagen bezogen werden",
                 "Offiziell beschlossen werden soll die Reform im kommenden Frühjahr",
                 "Es soll ab 2017 eine Obergrenze für Asylanträge geben",
                 "Bis Ende des Jahres sollen die neuen Verwaltungszentren einsatzfähig sein"):
        assert _types(claims_of, f"{plan}, {minister}") == ["STATEMENT"], plan
    for norm in ("Die Pensionen sollen endlich erhöht werden",
                 "Das Gesetz sollte im Herbst in Kraft treten",
                 "Griechenland solle bis Montag neue Reformvorschläge vorlegen",
                 "Die Gemeinden sollen für die Quartiere zuständig sein"):
        assert _types(claims_of, f"{norm}, {minister}") == ["DEMAND"], norm
    assert _types(claims_of, "Die Reformen sollen bis Montag vorgelegt werden, forderte Sozialminister Alois Stöger.") \
        == ["DEMAND"]


def test_indicative_soll_in_reported_words_tells_the_speakers_plan(tagged_nlp):
    # `Die Kosten sollen sich … teilen`, `Das Präsidium soll … einrichten`: the indicative `soll`, `sollen` in
    # reported words (no Konjunktiv, no quotation marks) is the speaker's plan, a PROPOSAL
    def types(text):
        return [c.claim_type for c in tagged_nlp(text)._.claims]
    minister = "sagte Sozialminister Alois Stöger."
    for plan in ("Die Kosten sollen sich Bund, Länder und Gemeinden teilen",
                 "Die Gemeinden sollen für die Quartiere zuständig sein",
                 "Es soll auch einen echten Testbetrieb geben"):
        assert types(f"{plan}, {minister}") == ["PROPOSAL"], plan
    # a norm: the Konjunktiv, an urging word or `man`, a condition before the modal, another side asked to act,
    # another demand beside it; and the speaker's words in quotation marks
    for norm in ("Die Kosten solle sich der Bund mit den Ländern teilen",
                 "Die Pensionen sollen endlich erhöht werden",
                 "Man soll die Gemeinden nicht im Stich lassen",
                 "Wenn der Bürgermeister das nicht kann, soll er zurücktreten",
                 "Die Quartiere sollen bereitgestellt werden, und die Länder müssen zahlen"):
        assert types(f"{norm}, {minister}") == ["DEMAND"], norm
    assert types("Kiew soll sich für die Hilfe erkenntlich zeigen, sagte US-Präsident Donald Trump.") == ["DEMAND"]
    assert types(f"„Die Kosten sollen sich Bund, Länder und Gemeinden teilen“, {minister}") == ["DEMAND"]


def test_sollte_after_the_first_comma_of_a_main_clause_opens_a_condition(tagged_nlp):
    # `…, sollten weiterhin Migranten eintreffen`: a condition, no norm; after a subordinate clause (`Solange …,
    # sollten …`), a parenthesis (`Flüchtlinge, so Kurz, sollten …`) or before a contrast (`…, sollte aber …`) a norm
    def types(text):
        return [c.claim_type for c in tagged_nlp(text)._.claims]
    kurz = "sagte Außenminister Sebastian Kurz."
    assert types(f"Wir könnten in Schwierigkeiten geraten, sollten weiterhin tausende Migranten eintreffen, {kurz}") \
        == ["STATEMENT"]
    for norm in ("Solange die Grenze offen ist, sollten keine Wahlen stattfinden",
                 "Die Regierung habe viel erreicht, sollte aber mehr tun"):
        assert types(f"{norm}, {kurz}") == ["DEMAND"], norm
    assert types("Flüchtlinge, so Außenminister Sebastian Kurz, sollten lieber außerhalb der EU gestoppt werden.") \
        == ["DEMAND"]


def test_what_a_prosecutor_states_is_a_case_fact_but_his_demand_is_a_claim(tagged_nlp):
    # codebook: court rulings and plain event reports are no claims; a prosecutor's charges and requests are
    def claims(text):
        return [(c.actor_country, c.claim_type) for c in tagged_nlp(text)._.claims]
    assert claims("Es gebe zahlreiche Verletzte, sagte der französische Staatsanwalt Jean Dupont am Samstag.") == []
    assert claims("Der italienische Staatsanwalt Igor Secco hat eine Haftstrafe von drei Jahren "
                  "gefordert.") == [("ITA", "DEMAND")]
    # the same statement by a minister is one (a figure he gives is relayed: test_a_figure_relayed_is_no_claim)
    assert claims("Es gebe zahlreiche Verletzte, sagte der französische Innenminister Jean Dupont am Samstag.") != []


def test_verbs_of_saying_and_positioning_idioms_from_the_news(tagged_nlp):
    # `konterte, dass`, `bedauerte, dass`, `gab … zu bedenken`, `hatte wissen lassen`, `verwies darauf`:
    # speech; `erteilte … eine Absage`, `stemmt sich gegen`, `nimmt … in die Pflicht`, `reagierte
    # skeptisch`: positions taken as acts
    expected = {
        "Handelskommissarin Cecilia Malmström konterte, dass jedes Land seine Gesetze behalte.": "STATEMENT",
        "Bundeskanzler Werner Faymann bedauerte, dass die Gespräche gescheitert seien.": "STATEMENT",
        "Das sei völlig überzogen, gab Sozialminister Alois Stöger zu bedenken.": "STATEMENT",
        "Bundeskanzler Werner Faymann hatte wissen lassen, dass er den Plan nicht mittrage.": "STATEMENT",
        "Sozialminister Alois Stöger verwies darauf, dass die Arbeitslosigkeit weiter steige.": "STATEMENT",
        "Die KPÖ erteilte dem Kandidaten der FPÖ eine Absage.": "REJECTION",
        "Die Deutsche Bundesbank stemmt sich gegen die Abschaffung des 500-Euro-Scheins.": "REJECTION",
        "Der türkische Präsident Erdoğan nimmt die Nato-Verbündeten in die Pflicht.": "DEMAND",
        "Doch die SPÖ reagierte skeptisch auf den Vorstoß der ÖVP.": "STATEMENT",
    }
    for text, claim_type in expected.items():
        assert [c.claim_type for c in tagged_nlp(text)._.claims][:1] == [claim_type], text
    # negatives: a counterattack on the pitch, a market's reaction, a contract awarded, a lift, a trip, the
    # noun `Bedenken` after `gab es`
    for text in ("Die SPÖ-nahe Mannschaft konterte in der 80. Minute und traf zum 2:1.",
                 "Die Wiener Börse reagierte mit Kursverlusten auf die Zahlen der ÖVP-Regierung.",
                 "Die Stadt Wien erteilte der Baufirma den Auftrag für die neue Brücke.",
                 "Der Gewichtheber des Bundesheeres stemmte 180 Kilogramm.",
                 "Bundeskanzler Werner Faymann nahm den Zug nach Brüssel.",
                 "In der ÖVP gab es Bedenken gegen den Plan."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [], text


def test_a_cue_verb_the_tagger_calls_a_determiner_is_a_verb_unless_it_is_a_determiner(tagged_nlp):
    # after a coordinated subject the tagger calls `fordern` a determiner; `einigen` before a noun is one
    doc = tagged_nlp("Großbritannien und die irakische Regierung fordern Assads Rücktritt.")
    assert [(c.actor_country, c.claim_type) for c in doc._.claims][:1] == [("GBR", "DEMAND")]
    doc = tagged_nlp("Bundeskanzler Werner Faymann traf sich in Brüssel mit einigen Ministern der EU.")
    assert [c.claim_type for c in doc._.claims] == []
    doc = tagged_nlp("Ich hatte gute Beine und habe mich strikt an meinen Plan gehalten, sagte der 34-Jährige, "
                     "der die beste Zeit fuhr.")  # the possessive `meinen`, no verb of saying
    assert [q.cue for q in doc._.quotes] == ["sagte"]


def test_a_negated_statement_is_against_what_it_speaks_of(claims_of):
    # `Ich glaube nicht, dass …`, `wird nicht funktionieren`: a statement on no listed issue, against it
    assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(
        "Bundeskanzler Werner Faymann sagte, die Grenzsicherung werde so nicht funktionieren.")
    # negatives: `nicht nur …`, `keinen Zweifel`, and `nicht …, sondern …` set no position against anything
    for text in ("Bundeskanzler Werner Faymann sagte, die Reform bringe nicht nur Kosten, sie schaffe auch Arbeitsplätze.",
                 "Bundeskanzler Werner Faymann sagte, es gebe keinen Zweifel am Erfolg der Reform.",
                 "Bundeskanzler Werner Faymann sagte, es gehe nicht um Geld, sondern um Vertrauen."):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(text), text


def test_being_for_or_against_and_dismissive_words_in_the_content_give_the_type(claims_of):
    # `er sei gegen …`, `halte nichts von`, `ein Mythos`, `reine Spekulation`: a rejection; `er sei dafür, dass`:
    # agreement; `instrumentalisiere`, `naiv`: an accusation; `ein Desaster`: a statement against
    speaker = ", sagte Landeshauptmann Hans Niessl."
    cases = {"Er sei gegen die Obergrenze": ("REJECTION", -1),
             "Ich halte nichts von einer Obergrenze": ("REJECTION", -1),
             "Der angebliche Fachkräftemangel sei ein Mythos": ("REJECTION", -1),
             "Das ist reine Spekulation": ("REJECTION", -1),
             "Er sei dafür, dass die Gemeinden mitreden": ("AGREEMENT", 1),
             "Die Regierung instrumentalisiere die Flüchtlinge": ("ACCUSATION", -1),
             "Das Ergebnis der Wahl sei ein Desaster": ("STATEMENT", -1)}
    for words, (claim_type, polarity) in cases.items():
        assert ("AUT", claim_type, "OTHER", polarity) in claims_of(words + speaker), words
    # negatives: `dafür verantwortlich` blames, `nicht falsch` approves, `nicht dagegen` rejects nothing
    assert ("AUT", "AGREEMENT") not in [c[:2] for c in claims_of("Er sei dafür verantwortlich, dass die Gemeinden zahlen"
                                                                 + speaker)]
    assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of("Es wäre nicht falsch, die Steuern zu senken" + speaker)
    assert ("AUT", "REJECTION") not in [c[:2] for c in claims_of("Er sei nicht dagegen, dass die Gemeinden mitreden"
                                                                 + speaker)]


def test_a_negated_verb_of_belief_is_against_what_it_introduces(claims_of):
    # `glaubt nicht, dass …`: the negation between the cue and the reported clause is the speaker's
    assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(
        "Bundeskanzler Werner Faymann glaubt nicht, dass die Steuerreform noch heuer beschlossen wird.")
    # negative: without the negation, a statement for it
    assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(
        "Bundeskanzler Werner Faymann glaubt, dass die Steuerreform noch heuer beschlossen wird.")


def test_a_complaint_in_what_was_said_makes_a_statement_against(claims_of):
    # `leider`, `zu wenig`, `schleppend`, `problematisch`: a statement against, as after a concern
    assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(
        "Die Privatisierung verlaufe leider sehr schleppend, sagte Landeshauptmann Hans Niessl.")
    # negative: the same report without the complaint
    assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(
        "Die Privatisierung verlaufe sehr rasch, sagte Landeshauptmann Hans Niessl.")


def test_too_much_and_no_use_in_what_was_said_make_a_statement_against(claims_of):
    # `zu groß`, `zu kompliziert`, `zu lange` (more than is right), `bringt nichts`, `hat nichts davon` (no use),
    # `hätte … zurückgeworfen` (what would have followed harms): a complaint, -1
    for text in ("Der Zeitdruck im Ausschuss sei zu groß, sagte Landeshauptmann Hans Niessl.",
                 "Das Antragsformular ist viel zu kompliziert, sagte Landeshauptmann Hans Niessl.",
                 "Die Verfahren dauern zu lange, sagte Landeshauptmann Hans Niessl.",
                 "Das Verbot bringt den Bauern gar nichts, sagte Landeshauptmann Hans Niessl.",
                 "Die Umwelt habe nichts davon, wenn die Fabrik ins Ausland geht, sagte Landeshauptmann Hans Niessl.",
                 "Die neue Maut hätte das Land um Jahre zurückgeworfen, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(text), text
    # negative: a size or a length named without `zu`, nothing held against, what would have helped: for it
    for text in ("Der Fortschritt im Ausschuss sei groß, sagte Landeshauptmann Hans Niessl.",
                 "Die Gemeinde habe nichts gegen die neue Fabrik, sagte Landeshauptmann Hans Niessl.",
                 "Die neue Maut hätte das Land um Jahre vorangebracht, sagte Landeshauptmann Hans Niessl.",
                 "Die Reform komme zu großen Teilen den Familien zugute, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(text), text


def test_hardly_possible_hard_and_problems_in_what_was_said_make_a_statement_against(claims_of):
    # `kaum möglich`, `kaum etwas zu spüren`, `ist es schwer`, `gebe es Probleme`, `sei ein Problem`: a complaint, -1
    for text in ("Eine Einigung sei kaum mehr möglich, sagte Landeshauptmann Hans Niessl.",
                 "Von der Reform sei in den Gemeinden kaum etwas zu spüren, sagte Landeshauptmann Hans Niessl.",
                 "Derzeit ist es schwer, Lehrer für die Landschulen zu finden, sagte Landeshauptmann Hans Niessl.",
                 "Bei der Umsetzung gebe es große Probleme, sagte Landeshauptmann Hans Niessl.",
                 "Der Ärztemangel sei ein ernstes Problem, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(text), text
    # negative: what is possible, not hard, no problem: for it
    for text in ("Eine Einigung sei durchaus möglich, sagte Landeshauptmann Hans Niessl.",
                 "Bei der Umsetzung gebe es große Fortschritte, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(text), text


def test_lack_too_early_risk_and_loss_in_what_was_said_make_a_statement_against(claims_of):
    # `noch zu früh`, `ich vermisse`, `es fehlt an`, `mangelnde`, `ein erhebliches Risiko`, `schrecklich`, `Kahlschlag`,
    # `riskiert, dass`, the mood `schaukelt sich auf`, `treibt in die Krise`, `würde den Verlust … bedeuten`, `würde … verlieren`: a complaint or a warning, -1
    for text in ("Für eine Entscheidung sei es noch zu früh, sagte Landeshauptmann Hans Niessl.",
                 "Ich vermisse den Mut zu echten Reformen, sagte Landeshauptmann Hans Niessl.",
                 "In den Lagern fehle es vor allem an Decken und Medikamenten, sagte Landeshauptmann Hans Niessl.",
                 "Die mangelnde Ausstattung der Schulen schrecke junge Lehrer ab, sagte Landeshauptmann Hans Niessl.",
                 "Die Zollpläne seien ein erhebliches Risiko für die Exporteure, sagte Landeshauptmann Hans Niessl.",
                 "Die Stimmung im Land schaukle sich weiter auf, sagte Landeshauptmann Hans Niessl.",
                 "Die neuen Abgaben treiben die Bauern in die Krise, sagte Landeshauptmann Hans Niessl.",
                 "Die Fusion würde den Verlust von tausend Stellen bedeuten, sagte Landeshauptmann Hans Niessl.",
                 "Die Partei würde mit diesem Kandidaten ihre Glaubwürdigkeit verlieren, sagte Landeshauptmann Hans Niessl.",
                 "Der Abbau der Buslinien sei ein Kahlschlag am Land, sagte Landeshauptmann Hans Niessl.",
                 "Die neue Regel sei schrecklich für die Gemeinden, sagte Landeshauptmann Hans Niessl.",
                 "Wer die Förderung streicht, riskiert, dass die Betriebe abwandern, sagte Landeshauptmann Hans Niessl.",
                 "Durch die Doppelprüfung gehe viel Zeit verloren, sagte Landeshauptmann Hans Niessl.",
                 "Die Gemeinden stehen unter großem Spardruck, sagte Landeshauptmann Hans Niessl.",
                 "Die Aktion sei bisher wenig erfolgreich gewesen, sagte Landeshauptmann Hans Niessl.",
                 "So ein Stil sei ihm zutiefst zuwider, sagte Landeshauptmann Hans Niessl.",
                 "Viele Pendler seien gezwungen, mit dem Auto zu fahren, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(text), text
    # negative: early enough, a missing person, a small risk, a loss prevented, time gained, success: for it
    for text in ("Für eine Entscheidung sei es früh genug, sagte Landeshauptmann Hans Niessl.",
                 "Die Polizei suche einen Wanderer, der seit Montag vermisst werde, sagte Landeshauptmann Hans Niessl.",
                 "Die Zollpläne seien ein geringes Risiko für die Exporteure, sagte Landeshauptmann Hans Niessl.",
                 "Die Fusion würde den Verlust von tausend Stellen verhindern, sagte Landeshauptmann Hans Niessl.",
                 "Die Partei würde mit diesem Kandidaten an Glaubwürdigkeit gewinnen, sagte Landeshauptmann Hans Niessl.",
                 "Durch die Reform gewinne man viel Zeit, sagte Landeshauptmann Hans Niessl.",
                 "Die Aktion sei bisher sehr erfolgreich gewesen, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(text), text


def test_a_negator_before_an_idiom_of_persistence_or_a_litotes_sets_no_statement_against(claims_of):
    # `wurde nicht müde`, `ließ nicht locker`, `wich nicht vom Kurs ab`: a position held firmly; litotes, `nicht von
    # der Hand zu weisen`, `nicht negativ`, `nicht schlecht`: for it
    for text in ("Das Ziel sei eine Einigung, betonte Landeshauptmann Hans Niessl und wurde nicht müde, es zu wiederholen.",
                 "Wir bauen die Umfahrung, sagte Landeshauptmann Hans Niessl und ließ nicht locker.",
                 "Der Einwand der Bürgermeister sei nicht von der Hand zu weisen, sagte Landeshauptmann Hans Niessl.",
                 "Die Mehrkosten schlagen sich heuer nicht negativ zu Buche, sagte Landeshauptmann Hans Niessl.",
                 "Mit der neuen Bahnlinie laufe es nicht schlecht, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(text), text
    # negative: a plain negator in what was said stays a statement against
    assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(
        "Das Ziel sei keine Einigung um jeden Preis, betonte Landeshauptmann Hans Niessl.")


def test_playing_with_fire_in_what_was_said_accuses(claims_of):
    # `spiele mit dem Feuer`: another side's conduct called reckless, an ACCUSATION
    assert ("AUT", "ACCUSATION", "OTHER", -1) in claims_of(
        "Der Bürgermeister spiele mit dem Feuer, sagte Landeshauptmann Hans Niessl.")
    # negative: a fire brigade's drill, no judgement
    assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(
        "Die Feuerwehr übe am Samstag mit dem neuen Löschfahrzeug, sagte Landeshauptmann Hans Niessl.")


def test_sadness_and_weariness_in_what_was_said_make_a_statement_against(claims_of):
    # `traurig`, `Nährboden für`, `untergraben`, `haben … satt`, `kein Grund zur Entwarnung`: a complaint, -1
    for text in ("Es sei traurig, dass so etwas heute noch vorkommt, sagte Landeshauptmann Hans Niessl.",
                 "Die Armut sei der Nährboden für Extremismus, sagte Landeshauptmann Hans Niessl.",
                 "Die Kürzungen untergraben das Vertrauen in die Politik, sagte Landeshauptmann Hans Niessl.",
                 "Wir haben den Stillstand in der Koalition satt, sagte Landeshauptmann Hans Niessl.",
                 "Es gebe keinen Grund zur Entwarnung, sagte Landeshauptmann Hans Niessl."):
        assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(text), text
    # negative: without the complaint, a statement for what it names
    assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(
        "Er sei froh über den Ausgang der Wahl, sagte Landeshauptmann Hans Niessl.")
    assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(
        "Die Kürzungen stärken das Vertrauen in die Politik, sagte Landeshauptmann Hans Niessl.")


def test_sein_with_a_zu_infinitive_is_a_norm(claims_of):
    # `Dabei sei auf … zu achten`, `Nur so sei … umzusetzen`: `sein` + zu-infinitive as a requirement, a demand
    pope = "sagte Papst Franziskus."
    assert _types(claims_of, f"Dabei sei besonders auf die Schwächsten zu achten, {pope}") == ["DEMAND"]
    assert _types(claims_of, "Nur so sei eine Verteilung der Flüchtlinge in der EU umzusetzen, sagte "
                             "Bundeskanzler Werner Faymann.") == ["DEMAND"]
    # negative: a possibility or an expectation (`ist kaum zu bemerken`, `ist zu erwarten`, `ist nicht zu
    # übersehen`), readiness, a comparison, or a judging verb (`ist zu begrüßen`) sets no norm
    assert _types(claims_of, f"Von einer Entspannung sei kaum etwas zu bemerken, {pope}") == ["STATEMENT"]
    assert _types(claims_of, f"Eine Einigung sei bis zum Sommer zu erwarten, {pope}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Not der Menschen sei nicht zu übersehen, {pope}") == ["STATEMENT"]
    assert _types(claims_of, f"Kaum etwas sei schwieriger als einen Haushalt zu erstellen, {pope}") == ["STATEMENT"]
    assert _types(claims_of, f"Alles, was den Frieden fördert, ist zu begrüßen, {pope}") == ["AGREEMENT"]


def test_a_complaint_word_leaves_a_stating_act_its_negated_type(claims_of):
    # `sieht keinen Anlass` rejects, whatever complaint follows (`zu wenig`): the complaint has no type of its own
    found = claims_of("Landeshauptmann Josef Pühringer sieht keinen Anlass für Neuwahlen, auch wenn in der Koalition "
                      "zu wenig weitergehe.")
    assert ("AUT", "REJECTION") in [c[:2] for c in found]
    # negative: a stating act without a negation keeps the statement, with the complaint's polarity
    assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(
        "Landeshauptmann Josef Pühringer sieht Handlungsbedarf, weil in der Koalition zu wenig weitergehe.")


def test_a_word_that_only_begins_like_a_negator_negates_nothing(claims_of):
    # `Niederlegung` is no `nie`, `Gegenmaßnahmen` no `gegen`: the guarantees are demanded
    text = ("Nötig seien ein Plan für die Niederlegung der Waffen und Sicherheitsgarantien für die Ukraine, "
            "sagte US-Außenminister John Kerry.")
    assert ("USA", "DEMAND", "SECURITY_GUARANTEES", 1) in claims_of(text)
    # negative: a real negator before the issue still turns the demand against it
    assert ("USA", "DEMAND", "SECURITY_GUARANTEES", -1) in claims_of(
        "Nötig seien ein Plan für die Waffen und keine Sicherheitsgarantien für die Ukraine, "
        "sagte US-Außenminister John Kerry.")


def test_not_tenable_rejects_and_a_fraud_is_an_accusation(claims_of):
    # `nicht vertretbar`, `nicht haltbar`: a rejection; `bezeichnete … als Hochstapler`: an accusation
    assert ("AUT", "REJECTION", "OTHER", -1) in claims_of(
        "Eine Öffnung des Arbeitsmarkts sei nicht vertretbar, sagte Sozialminister Rudolf Hundstorfer.")
    assert ("AUT", "ACCUSATION", "OTHER", -1) in claims_of(
        "Sozialminister Rudolf Hundstorfer bezeichnete den Unternehmer als Hochstapler.")
    # negative: `vertretbar` without the negation rejects nothing
    assert ("AUT", "REJECTION") not in [c[:2] for c in claims_of(
        "Eine Öffnung des Arbeitsmarkts sei vertretbar, sagte Sozialminister Rudolf Hundstorfer.")]


def test_a_counterfactual_reportative_or_past_modal_sets_no_norm(claims_of):
    # `hätte … schließen müssen` (what did not happen), `hat … einstecken müssen` (what happened),
    # `sollen … erschossen haben` (an alleged fact), `war es notwendig` (a past necessity): no demand
    say = "sagte Bundeskanzler Werner Faymann."
    for text in (f"Die Regierung hätte die Grenze viel früher schließen müssen, {say}",
                 f"Die Regierung hat zuletzt mehrere Rückschläge einstecken müssen, {say}",
                 f"Russische Soldaten sollen in Butscha Zivilisten erschossen haben, {say}",
                 f"Der Verdächtige soll der Kopf der Terrorzelle gewesen sein, {say}",
                 f"Für den Wiederaufbau war es notwendig, die Sanktionen zu lockern, {say}",
                 f"Man hat getan, was in der Vergangenheit notwendig war, {say}"):
        types = [c[1] for c in claims_of(text)]
        assert types and "DEMAND" not in types, text
    # negatives: the present, Konjunktiv II and a present infinitive after `sollen` set one
    for text in (f"Die Regierung muss die Grenze viel früher schließen, {say}",
                 f"Russische Soldaten sollen Butscha verlassen, {say}",
                 f"Die Bürger haben Angst und müssen geschützt werden, {say}",
                 f"Alle Kandidaten sollen gleiche Chancen haben, {say}",
                 f"Für den Wiederaufbau ist es notwendig, die Sanktionen zu lockern, {say}",
                 f"Es wäre notwendig, die Verfassung einzuhalten, {say}"):
        assert "DEMAND" in [c[1] for c in claims_of(text)], text


def test_present_soll_with_a_source_reports_a_rule_or_plan(claims_of):
    # `sollen laut Verfassung … angehören`, `soll demnach … gehen`: a rule or plan reported, no demand
    for text in ("Der Übergangsregierung sollen laut Verfassung Politiker aller Parteien angehören, "
                 "sagte Bundeskanzler Werner Faymann.",
                 "Die Hilfe soll demnach an die Nachbarländer Syriens gehen, sagte Bundeskanzler Werner Faymann."):
        types = [c[1] for c in claims_of(text)]
        assert types and "DEMAND" not in types, text
    # negatives: `sollten laut …` and Konjunktiv I `solle` report the speaker's norm
    for text in ("Die Nachbarländer Syriens sollten laut Bundeskanzler Werner Faymann mehr Hilfe bekommen.",
                 "Laut Bundeskanzler Werner Faymann solle die Regierung die Grenzen schließen."):
        assert "DEMAND" in [c[1] for c in claims_of(text)], text


def test_sport_talk_of_a_coach_or_player_is_no_claim(claims_of, tagged_nlp):
    # a coach or player on the match, named with the role of sport before the name, in an apposition
    # or elsewhere in the text: no political issue
    assert claims_of("Wir müssen in der zweiten Hälfte konzentrierter verteidigen, sagte Österreichs Teamchef Franco Foda.") == []
    for text in ("Wir müssen in der zweiten Hälfte konzentrierter verteidigen, sagte der österreichische Stürmer Marko Arnautović.",
                 "Wien – Markus Weinzierl, der neue Trainer des Linzer Vereins, stellte sich am Montag vor. Wir müssen "
                 "jeden Spieler besser machen, sagte Weinzierl."):
        assert tagged_nlp(text)._.claims == [], text
    # a coach on a political topic takes a position
    assert claims_of("Die Regierung müsse mehr Geld für die Betreuung von Flüchtlingen bereitstellen, sagte Österreichs "
                     "Teamchef Franco Foda.") == [("AUT", "DEMAND", "OTHER", 1)]
    # so does an actor (`Schauspieler` is no role of sport) in a report that is not on the arts (`leisure_talk`),
    # where the same words of a coach are talk
    rally = "Wien – Tausende demonstrierten am Samstag vor dem Parlament. Wir müssen mehr Mut zeigen, sagte Österreichs "
    assert [(c.actor_country, c.claim_type) for c in tagged_nlp(rally + "Schauspieler Karl Merkatz.")._.claims] \
        == [("AUT", "DEMAND")]
    assert tagged_nlp(rally + "Teamchef Karl Merkatz.")._.claims == []


def test_a_private_speaker_on_no_political_topic_is_no_claim(tagged_nlp):
    # a researcher with no office and no side (actor_country OTHER) on no topic of policy: no political
    # actor, no political issue
    lead = "Das berichten Forscher um Tobias Wendler (Labor Kleinstadt) in einer Aussendung. "
    assert tagged_nlp(lead + "Die Höhlen seien vor Jahrtausenden bewohnt worden, sagt Wendler.")._.claims == []
    # the same speaker on a topic of policy takes a position
    claims = tagged_nlp(lead + "Die Regierung müsse die Steuern senken, sagt Wendler.")._.claims
    assert [(c.actor_country, c.claim_type) for c in claims] == [("OTHER", "DEMAND")]
    # a person named with a role of office beside the name is a political actor, whatever the topic
    envoy = "Tobias Wendler, der AU-Sondergesandte, traf die Delegation am Montag. "
    claims = tagged_nlp(envoy + "Die Höhlen seien vor Jahrtausenden bewohnt worden, sagte Wendler.")._.claims
    assert [c.actor for c in claims] == ["Tobias Wendler"]


def test_a_private_speaker_in_a_report_on_sport_or_the_arts_is_no_claim(tagged_nlp):
    # a player or artist with a country but no office, in an article whose title and lead are on sport or
    # the arts (domains.csv), on no policy topic: the game or the work, no political position
    def claims(text: str) -> list[tuple[str, str]]:
        return [(c.actor_country, c.claim_type) for c in tagged_nlp(text)._.claims]
    match = ("Die Österreicherin gewann das Turnier nach einem spannenden Finale. Wien – Im Finale setzte sich "
             "Anna Berger in drei Sätzen durch. ")
    film = "Der Regisseur zeigt seinen neuen Film beim Festival. Cannes – Der Film erzählt von einer Familie in Lyon. "
    speaker = "sagte Österreichs Nummer eins Anna Berger."
    assert claims(match + "Wir müssen in Zukunft konzentrierter spielen, " + speaker) == []
    assert claims(film + "Wir müssen mit dem nächsten Projekt schon im Frühjahr beginnen, sagte Frankreichs Star "
                         "Marc Dubois.") == []
    # a policy topic in the sentence, CULTURE's too, or a lead on no such domain: a position
    assert claims(match + "Die Regierung müsse die Steuern für Sportler senken, " + speaker) == [("AUT", "DEMAND")]
    assert claims(film + "Die Regierung müsse die Filmförderung erhöhen, forderte Frankreichs Star Marc Dubois.") == [
        ("FRA", "DEMAND")]
    school = "Die Österreicherin besuchte am Montag eine Schule. Wien – Am Montag besuchte Anna Berger eine Schule. "
    assert claims(school + "Wir müssen in Zukunft konzentrierter spielen, " + speaker) == [("AUT", "DEMAND")]


def test_a_bare_statement_of_a_club_taken_for_a_government_in_a_sport_report_is_no_claim(tagged_nlp):
    # in a report on sport, a town's name that stands for its club (`Salzburg`, read as the Land's government)
    # states nothing political: no claim; a refusal of the Land's, and a party's statement, stay claims
    def claims(text: str) -> list[tuple[str, str]]:
        return [(c.actor_country, c.claim_type) for c in tagged_nlp(text)._.claims]
    lead = ("Der Titelverteidiger gewann das Derby nach einem späten Elfmeter. Graz – Im Derby der Bundesliga setzte "
            "sich der Klub in der Nachspielzeit durch. ")
    assert claims(lead + "Von einem Meistertitel will Salzburg aber noch lange nicht sprechen.") == []
    assert claims(lead + "Das Land Steiermark lehnt eine Beteiligung am Stadion ab.") == [("AUT", "REJECTION")]
    assert claims(lead + "Wir sind sehr zufrieden mit der Mannschaft, erklärte die SPÖ in einer Aussendung.") == [
        ("AUT", "STATEMENT")]


def test_an_observers_forecast_is_no_claim(tagged_nlp):
    # an expert's expectation or guess (`erwartet`, `rechnet damit`), or anyone's in a named forecast
    # (`Prognose`): forecast and speculation, no position
    def claims(text: str) -> list[tuple[str, str]]:
        return [(c.actor_country, c.claim_type) for c in tagged_nlp(text)._.claims]
    assert claims("Wien – Die Konjunktur werde im Herbst anziehen, erwartet der Wirtschaftsforscher Karl Aigner.") == []
    assert claims("Wien – Die Nationalbank rechnet in ihrer Prognose damit, dass die Arbeitslosigkeit weiter steigt.") == []
    # the expert's demand, a party's expectation, and an expectation in no forecast stay claims
    assert claims("Wien – Die Regierung müsse die Steuern senken, sagt der Wirtschaftsforscher Karl Aigner.") == [
        ("OTHER", "DEMAND")]
    assert claims("Wien – SPÖ-Klubobmann Karl Aigner geht davon aus, dass die Reform die Mieten senken wird.") == [
        ("AUT", "STATEMENT")]
    assert claims("Wien – Die Nationalbank rechnet damit, dass die Regierung die Reform zurücknimmt.") == [
        ("AUT", "STATEMENT")]


def test_athletes_are_looked_for_only_in_a_text_that_names_a_role_of_sport(tagged_nlp):
    """`athletes` reads the mentions only where the document's folded text holds a literal of the
    sport roles (`trainer`, `teamchef`): every word is a part of the text."""
    coder = tagged_nlp.get_pipe("claim_coder").rules
    assert coder.sport_literals and "trainer" in coder.sport_literals
    coach = tagged_nlp("Wien – Markus Weinzierl, der neue TRAINER des Linzer Vereins, stellte sich am Montag vor.")
    assert coder.athletes(coach) == {"Markus Weinzierl"}
    minister = tagged_nlp("Wien – Markus Weinzierl, der neue Minister der Landesregierung, stellte sich am Montag vor.")
    assert not may_match(coder.sport_literals, fold(minister.text)) and coder.athletes(minister) == frozenset()


def test_what_the_police_state_is_no_claim(claims_of):
    # a police spokesman on the situation or a case's facts, as a court's statement: no position
    assert claims_of("Momentan ist die Lage an der Grenze ruhig, sagte ein Sprecher der Landespolizeidirektion Tirol.") == []
    # the police's requests, and a government spokesman's judgement, are claims (his information is none: below)
    assert claims_of("Autofahrer sollten die Strecke über den Brenner meiden, forderte ein Sprecher der "
                     "Landespolizeidirektion Tirol.") == [("AUT", "DEMAND", "OTHER", 1)]
    assert [c[:2] for c in claims_of("Die Lage an der Grenze sei besorgniserregend, sagte ein Sprecher der Tiroler "
                                     "Landesregierung.")] == [("AUT", "STATEMENT")]
    # a mediator (`Vermittler`) is no investigator
    assert claims_of("Momentan ist die Lage in Aleppo ruhig, sagte der UN-Vermittler Staffan de Mistura.") == [
        ("UN", "STATEMENT", "OTHER", 1)]


def test_what_a_press_officer_gives_out_as_information_is_no_claim(claims_of):
    # a spokesman of a ministry or an authority tells a schedule, a case's facts or a rule: information, no position
    for text in ("Die Halle werde bis Ende November als Asylquartier bezugsfertig sein, sagte ein Sprecher des "
                 "österreichischen Innenministeriums.",
                 "Mindestens 50 Menschen hätten entlang der Gleise die Grenze überquert, sagte eine Sprecherin der "
                 "Tiroler Landesregierung.",
                 "Momentan ist die Lage an der Grenze ruhig, sagte ein Sprecher der Tiroler Landesregierung.",
                 "Das Schiff werde derzeit in der Hafenstadt Dalian gebaut, sagte Pentagon-Sprecher Peter Cook."):
        assert claims_of(text) == [], text
    # his side's judgement, refusal or norm is a claim, and so are the words of a party's spokesperson for a field
    assert [c[:2] for c in claims_of("Die Entwicklungen in der Türkei seien besorgniserregend, sagte eine Sprecherin "
                                     "der EU-Kommission.")] == [("EU", "STATEMENT")]
    assert [c[:2] for c in claims_of("Eine Obergrenze für Asylwerber sei nicht geplant, sagte ein Sprecher des "
                                     "österreichischen Innenministeriums.")] == [("AUT", "STATEMENT")]
    assert [c[1] for c in claims_of("Die Mindestsicherung werde bis Ende November gekürzt, sagte FPÖ-Sozialsprecher "
                                    "Herbert Kickl.")] == ["STATEMENT"]


def test_a_past_event_a_ministry_or_army_relays_is_no_claim(tagged_nlp):
    # a ministry or an army tells what happened, after any verb of saying (`sagte`, `erklärte`)
    for text in ("Zwölf Menschen seien bei dem Unfall verletzt worden, sagte das Verteidigungsministerium in Lissabon.",
                 "Der Zwischenfall habe sich an einem Kontrollpunkt nahe Nablus ereignet, erklärte die israelische "
                 "Armee."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # a minister named by office is a politician; a ministry's judgement is a claim
    for text in ("Die Grenzanlagen seien schon 2013 errichtet worden, sagte Innenministerin "
                 "Johanna Mikl-Leitner.",
                 "Der Einsatz sei leider falsch geplant worden, sagte das Verteidigungsministerium in Lissabon."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text


def test_an_incident_or_an_act_of_force_a_government_relays_is_no_claim(tagged_nlp):
    # an act of the state's forces told in the past (`die Soldaten` a bare subject), or an incident in a past passive
    # without an agent that a government gives notice of or a ministry or army tells, is a relayed event on any
    # issue (`Soldaten`, `Kaserne`: TROOPS), also where the content goes on (`und weitere vermisst würden`)
    for text in ("Ein Offizier der portugiesischen Armee sagte, die Soldaten hätten bei einer Razzia Waffen, Munition "
                 "und Funkgeräte beschlagnahmt.",
                 "Die Regierung in Lissabon hatte am Freitag bestätigt, dass mehrere Touristen getötet worden seien "
                 "und weitere vermisst würden.",
                 "Bei einer Übung in der Kaserne seien mehrere Soldaten verletzt worden, sagte das portugiesische "
                 "Verteidigungsministerium.",
                 # the parser may hang the first object on the subject (`Sicherheitskräfte` ← `Pistolen`)
                 "Die Sicherheitskräfte hätten Pistolen, Messer und Feuerwerkskörper beschlagnahmt, teilte das "
                 "Innenministerium in Lissabon mit."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # a minister's account of an incident said (test_notice_of_a_past_event_is_a_relayed_fact), a sentence that
    # argues besides, a demand that someone be arrested, an agent who may be blamed (`von Rebellen`), another
    # side's forces (`spanische Soldaten`) and a future passive stay claims
    for text, claim_type in (
            ("Die mutmaßlichen Täter seien in der Nacht gefasst worden, sagte der portugiesische Innenminister Rui "
             "Costa.", "STATEMENT"),
            ("Die Soldaten hätten bei einer Razzia Waffen beschlagnahmt, sagte der portugiesische Innenminister Rui "
             "Costa: Diese Tat ist ein feiger Angriff auf unsere Demokratie.", "STATEMENT"),
            ("Der portugiesische Innenminister sagte, die Polizei müsse die Verdächtigen endlich festnehmen.", "DEMAND"),
            ("Die Regierung in Lissabon erklärte, das Dorf sei von Rebellen angegriffen worden.", "ACCUSATION"),
            ("Die Regierung in Lissabon erklärte, spanische Soldaten hätten drei Fischer erschossen.", "STATEMENT"),
            ("Die Regierung in Lissabon erklärte, die Soldaten des Regimes hätten drei Fischer erschossen.", "STATEMENT"),
            ("Der portugiesische Innenminister sagte, die Flüchtlinge würden abgeschoben werden.", "STATEMENT")):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [claim_type], text


def test_an_administrations_notice_is_no_claim(tagged_nlp):
    # a ministry gives notice of information (`teilte … mit`, `bestätigte`) on no listed issue: a past event, also
    # in the Konjunktiv II that stands for a perfect (`hätten … befunden`), or a schedule; a ministry's spokesperson
    # named by a compound (`Innenministeriumssprecher`) gives out information
    for text in ("Rund 300 Menschen hätten sich in dem Lastwagen befunden, teilte das Innenministerium in Lissabon mit.",
                 "Das Innenministerium in Lissabon bestätigte, dass die Halle ab Montag als Quartier genutzt werde.",
                 "Die Halle werde ab Montag als Quartier genutzt, sagte der portugiesische Innenministeriumssprecher "
                 "Rui Costa."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # its norm, judgement or refusal is a claim, and so is what its spokesperson demands or rejects
    for text, claim_type in (
            ("Das Innenministerium in Lissabon teilte mit, die Gemeinden müssten mehr Quartiere bereitstellen.",
             "DEMAND"),
            ("Die Entscheidung der Kommission sei ein schwerer Fehler, teilte das Innenministerium in Lissabon mit.",
             "ACCUSATION"),
            ("Das Innenministerium in Lissabon bestätigte, dass die Regierung die Grenzkontrollen ablehnt.",
             "STATEMENT"),
            ("Die Vorwürfe der Opposition seien haltlos, sagte der portugiesische Innenministeriumssprecher Rui Costa.",
             "REJECTION"),
            ("Die Gemeinden müssten endlich mehr Quartiere bereitstellen, sagte der portugiesische "
             "Innenministeriumssprecher Rui Costa.", "DEMAND")):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [claim_type], text


def test_an_observers_prediction_is_no_claim_whatever_the_cue(tagged_nlp):
    # an expert says what will or would happen, after a plain verb of saying: a forecast, no position
    for text in ("Mit dem Urteil wird der Prozess jetzt beschleunigt, sagt der Politologe Peter Huber.",
                 "Die Reform würde vor allem Pendler entlasten, meint der Ökonom Max Berger."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # with a judgement or a negator his words argue
    assert [c.claim_type for c in tagged_nlp("Die Reform wäre ein schwerer Fehler, meint der Ökonom Max Berger.")
            ._.claims] == ["ACCUSATION"]
    assert [c.claim_type for c in tagged_nlp("Die Reform würde die Pendler nicht entlasten, meint der Ökonom Max "
                                             "Berger.")._.claims] == ["STATEMENT"]


def test_an_observers_account_of_a_past_event_is_no_claim(tagged_nlp):
    # an expert tells what happened, after a plain verb of saying: a past event or an incident with no agent
    for text in ("Die Exporte der Region stiegen im Mai kräftig, sagte der Ökonom Peter Huber.",
                 "Im Herbst seien mehrere Rehe ohne Genehmigung abgeschossen worden, sagt der Wildbiologe "
                 "Peter Huber."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # his judgement and his demand argue; a minister's account of the same event stays his statement
    for text, claim_type in (
            ("Die Reform war ein schwerer Fehler, sagte der Ökonom Peter Huber.", "ACCUSATION"),
            ("Die Regierung müsse die Steuern senken, sagte der Ökonom Peter Huber.", "DEMAND"),
            ("Die Exporte der Region stiegen im Mai kräftig, sagte Finanzminister Hans Jörg Schelling.",
             "STATEMENT"),
            # a present in `-t` the tagger takes for a past, and a modal that reasons, tell no past event
            ("Ein längerer Schultag verbessert die Aussichten der Kinder, sagt der Soziologe Peter Huber.",
             "STATEMENT"),
            ("Man könne annehmen, dass jeder Flüchtling, der aus einem Kriegsgebiet gekommen ist, Schlimmes erlebt "
             "habe, sagte die Psychologin Anna Huber.", "STATEMENT")):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [claim_type], text


def test_figures_and_reports_an_aid_agency_or_international_body_relays_are_no_claim(claims_of):
    # an NGO's or international organisation's figure, notice or report of events, on a listed issue too
    for text in ("Amnesty International berichtete am Montag über Zwangsarbeit auf den Baustellen in Katar.",
                 "Die Caritas berichtete bei einer Pressekonferenz über ihre Arbeit mit Flüchtlingen im vergangenen Jahr.",
                 "Seit Jänner hätten 3.500 Flüchtlinge in Österreich einen Asylantrag gestellt, teilte die Caritas mit.",
                 "In den Lagern seien die Menschen vermutlich verhungert, teilte Amnesty International am Montag mit."):
        assert claims_of(text) == [], text
    # their demands, judgements and warnings are claims, and so is the same figure in a government's words
    assert [c[1] for c in claims_of("Die Staaten müssten mehr Flüchtlinge aufnehmen, sagte eine Sprecherin des "
                                    "UNHCR.")] == ["DEMAND"]
    assert [c[1] for c in claims_of("Die Lage in den Lagern sei dramatisch, teilte Amnesty International am "
                                    "Montag mit.")] == ["STATEMENT"]
    assert [c[1] for c in claims_of("Mehr als 200 Asylwerber seien in der Nacht an der Grenze angekommen, sagte "
                                    "Innenministerin Johanna Mikl-Leitner.")] == ["STATEMENT"]
    # the body's own plan, a zu-infinitive, is a claim even with a figure in it
    assert [c[1] for c in claims_of("Die Nato kündigte an, ihre Truppe im Kosovo um 300 Soldaten aufzustocken.")] \
        == ["STATEMENT"]


def test_an_incident_an_aid_agency_or_international_body_tells_is_no_claim(tagged_nlp):
    # after any verb of saying, an NGO or international body tells what befell people: a perfect with `sein`
    # (`seien … umgekommen`) or a passive without an agent (`seien … verletzt worden`); no position
    for text in ("Das Rote Kreuz sagte am Freitag, mehrere Bewohner des Dorfes seien bei dem Sturm umgekommen.",
                 "Die Internationale Organisation für Migration erklärte, zwölf Menschen seien auf dem Pass "
                 "erfroren.",
                 "Das Rote Kreuz sagte am Freitag, mehrere Bewohner des Dorfes seien bei dem Sturm verletzt worden."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # an agent who may be blamed, a cue of blame and a demand stay claims
    for text, claim_type in (
            ("Amnesty International erklärte, die Gefangenen seien von Soldaten getötet worden.", "STATEMENT"),
            ("Das UNHCR kritisierte, dass Hunderte Flüchtlinge an der Grenze erfroren seien.", "ACCUSATION"),
            ("Das Rote Kreuz sagte am Freitag, die Regierung müsse mehr Hilfe in das Dorf schicken.", "DEMAND")):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [claim_type], text


def test_condemning_an_attack_or_crime_blames_nobody(claims_of):
    # `verurteilte den Anschlag`, `die Tat`, `die Gewalt`: a position against what happened, with no side
    # blamed (codebook: an ACCUSATION blames an actor), so a statement against it
    for text in ("Innenministerin Johanna Mikl-Leitner hat den Brandanschlag auf das Asylheim scharf verurteilt.",
                 "Bundeskanzler Werner Faymann verurteilte die Tat in einer ersten Reaktion.",
                 "Der Papst hat die Gewalt gegen Christen in Nigeria verurteilt."):
        assert [c[1:] for c in claims_of(text)] == [("STATEMENT", "OTHER", -1)], text
    # condemning a side's act or words blames that side
    assert [c[1:] for c in claims_of("Bundespräsident Heinz Fischer verurteilte die Aktion der FPÖ.")] \
        == [("ACCUSATION", "OTHER", -1)]


def test_issue_keywords_of_war_and_peace_in_their_sense(claims_of):
    def issues(text):
        return {c[2] for c in claims_of(text)}
    # ending a war or stopping attacks, with words between: the war's end
    assert issues("Trump versprach, den Krieg in der Ukraine innerhalb weniger Tage zu beenden.") == {"CEASEFIRE"}
    assert issues("Der türkische Präsident forderte die PKK auf, ihre Angriffe sofort einzustellen.") == {"CEASEFIRE"}
    assert issues("Der türkische Präsident forderte die Bank auf, ihre Zahlungen sofort einzustellen.") == {"OTHER"}
    # a peace mission is a deployment; social or coalition peace, hostages as a metaphor end no war
    assert issues("Der französische Präsident forderte eine Friedensmission der UNO für Mali.") == {"TROOPS"}
    assert issues("Die Anschläge gefährden den sozialen Frieden, sagte Bundeskanzler Werner Faymann.") == {"OTHER"}
    assert issues("Rechtsextremisten gefährden den Frieden in unserer Gesellschaft, sagte Bundeskanzler Werner Faymann.") \
        == {"OTHER"}
    assert issues("Die Regierung nehme die Bürger als Geiseln, sagte FPÖ-Chef Heinz-Christian Strache.") == {"OTHER"}
    assert issues("Der Papst forderte Frieden für Syrien.") == {"CEASEFIRE"}
    # a state's own constitution is no territory (a neighbour's is: `Verfassung Armeniens`)
    assert issues("Die SPÖ kritisierte, das Gesetz verstoße gegen die Verfassung.") == {"OTHER"}
    assert issues("Aserbaidschan forderte eine Änderung der Verfassung Armeniens.") == {"TERRITORY"}


def test_an_interview_with_a_newspaper_is_no_talks(claims_of):
    for paper in ("den Oberösterreichischen Nachrichten", "der Frankfurter Allgemeinen Sonntagszeitung"):
        assert claims_of(f"Die Regierung müsse mehr investieren, sagte ÖGB-Präsident Erich Foglar im Gespräch mit "
                         f"{paper}.")[0][2] == "OTHER", paper
    assert claims_of("Bundeskanzler Werner Faymann forderte Gespräche mit den Nachbarländern.")[0][2] == "NEGOTIATIONS"


def test_speech_continuing_without_a_cue_keeps_the_issue_of_its_cue_sentence(claims_of):
    # a follow-on sentence and a quotation's further sentence that name no issue of their own are on the issue
    # of the sentence whose cue opened the speech, when the article is about that issue (another sentence
    # names it too)
    lead = "Der Streit um den Verteidigungshaushalt geht weiter. "
    pistorius = "Die Nato-Staaten müssten ihre Verteidigungsausgaben deutlich erhöhen, sagte Verteidigungsminister " \
                "Boris Pistorius."
    assert claims_of(f"{lead}{pistorius} Es gehe dabei nicht um Geld, sondern um Fähigkeiten.")[-1][:3] \
        == ("DEU", "STATEMENT", "DEFENSE_SPENDING")
    assert claims_of(f"{lead}Verteidigungsminister Boris Pistorius forderte: „Die Verteidigungsausgaben müssen "
                     "weiter steigen. Es geht nicht um Geld, es geht um Stärke.“")[-1][2] == "DEFENSE_SPENDING"
    # negatives: a follow-on on an issue of its own keeps it; talks name the occasion, not what the speech is
    # about; another speaker between breaks the speech; an issue's keyword met once is no issue of the article
    assert {c[2] for c in claims_of(f"{lead}{pistorius} Die Sanktionen gegen Russland seien zudem zu verschärfen.")} \
        == {"DEFENSE_SPENDING", "SANCTIONS"}
    assert claims_of("Die Gespräche mit der SPD müssten weitergehen, sagte Verteidigungsminister Boris Pistorius. "
                     "Die Gespräche seien schwierig. Es gehe dabei nicht um Geld, sondern um Fähigkeiten.")[-1][2] \
        == "OTHER"
    assert claims_of(f"{lead}{pistorius} Finanzminister Christian Lindner widersprach. Es gehe nicht um Geld, "
                     "sondern um Vertrauen.")[-1][2] == "OTHER"
    assert claims_of(f"{pistorius} Es gehe dabei nicht um Geld, sondern um Fähigkeiten.")[-1][2] == "OTHER"


def test_a_past_event_given_out_or_reported_is_a_relayed_fact_whatever_the_tagger_says(tagged_nlp):
    # a perfect the tagger leaves untagged (`seien … erlegen`), a strong past (`trafen … ein`) and an
    # event that the ministry `berichtete`: information given out, no position
    for text in ("Vier Patienten seien im Krankenhaus ihren Verletzungen erlegen, teilte Gesundheitsministerin "
                 "Maggie De Block mit.",
                 "Zwischen Jänner und März trafen 18.234 Migranten in Süditalien ein, berichtete das Innenministerium "
                 "in Rom."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # a norm reported, or what is yet to be done: a claim
    for text in ("Die EU müsse Italien mit den Flüchtlingen helfen, berichtete das Innenministerium in Rom.",
                 "Die Regierung werde weitere Unterkünfte suchen, teilte Gesundheitsministerin Maggie De Block mit."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_a_figure_relayed_is_no_claim(tagged_nlp):
    # a count or an amount that a minister, spokesman or analyst gives, reported or quoted: information relayed,
    # no position
    for text in ("Seit Jahresbeginn seien 90.000 Migranten durch Serbien gereist, sagte Innenminister Nebojsa "
                 "Stefanovic am Freitag in Belgrad.",
                 "Im Vorjahr hat der Staat 900 Millionen Euro für Flüchtlinge ausgegeben, sagte Wifo-Vizechef "
                 "Marcus Scheiblecker.",
                 "Dabei seien mehr als 800 Ziele zerstört worden, sagte Igor Konaschenkow vom russischen "
                 "Verteidigungsministerium.",
                 "„Der Zaun ist zurzeit 20 Kilometer lang“, sagte Außenminister Nikola Poposki in Skopje.",
                 "In der Türkei hofften drei Millionen Menschen auf die Weiterreise, sagte EU-Kommissar Dimitris "
                 "Avramopoulos in Athen."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # a figure argued with (a norm, a negation, a forecast, the first person, a regret) is a claim; so are
    # a year, a date and a span of time, which count nothing
    for text in ("Wir brauchen 5.000 zusätzliche Polizisten, sagte Innenminister Nebojsa Stefanovic in Belgrad.",
                 "Der Pensionsaufwand werde 2020 knapp 42 Milliarden Euro betragen, sagte Sozialminister "
                 "Rudolf Hundstorfer.",
                 "Die Regierung habe seit zwei Jahren die Grenzen nicht geschützt, sagte Innenminister Nebojsa "
                 "Stefanovic in Belgrad.",
                 "Im Jahr 2013 seien es nur 137 Fälle gewesen, bedauerte Kultusgemeinde-Präsident Oskar Deutsch.",
                 "„Der Zaun muss noch 20 Kilometer länger werden“, sagte Außenminister Nikola Poposki in Skopje.",
                 "In der Türkei hoffe eine Familie auf die Weiterreise, sagte EU-Kommissar Dimitris Avramopoulos in "
                 "Athen."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_an_observers_forecast_of_a_figure_is_analysis(tagged_nlp):
    # an expert or a rating agency, who speaks for no side, forecasting a figure (`wird`, `könnte`): analysis
    for text in ("Der Anteil der Problemkredite werde von 45 Prozent auf 60 Prozent steigen, sagte der Ökonom Thomas "
                 "Maier vom Wifo.",
                 "Die Wahlbeteiligung könnte wieder auf 70 Prozent ansteigen, sagte der Politologe Peter Filzmaier."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # a side's forecast argues; an observer's Konjunktiv II judges what was done
    for text in ("Die Wahlbeteiligung könnte wieder auf 70 Prozent ansteigen, sagte Bundeskanzler Werner Faymann.",
                 "Bei 1.000 Gefährdern hätte man mit mindestens 600 Beamten Aufstellung bezogen, sagte der Politologe "
                 "Peter Filzmaier."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_judgement_adjectives_count_in_every_ending(claims_of):
    # an inflected adjective is the same judgement as its bare form: `inakzeptable Kürzungen`,
    # `unakzeptable Pläne` reject, `eine gefährliche Entwicklung` is a concern (polarity -1), and
    # an adverb may stand inside `entbehrt (schlicht) jeder Grundlage`
    faymann = "sagte Bundeskanzler Werner Faymann."
    assert _types(claims_of, f"Der Entwurf enthalte inakzeptable Kürzungen bei den Pensionen, {faymann}") \
        == ["REJECTION"]
    assert _types(claims_of, f"Die Opposition lege unakzeptable Pläne vor, {faymann}") == ["REJECTION"]
    assert _types(claims_of, f"Die Vorwürfe entbehren schlicht jeder Grundlage, {faymann}") == ["REJECTION"]
    assert claims_of(f"Das sei eine gefährliche Entwicklung für die Wirtschaft, {faymann}")[0][3] == -1
    # negatives: `ungefährlich` is no concern, an acceptable solution is no rejection
    assert claims_of(f"Die Lage an der Grenze sei ungefährlich, {faymann}")[0][3] == 1
    assert _types(claims_of, f"Eine akzeptable Lösung sei in Reichweite, {faymann}") == ["PROPOSAL"]


def test_unforgivable_populist_and_smear_words_accuse(claims_of):
    # `unentschuldbar`, `durch nichts zu rechtfertigen`, `populistisch`, `Schmutzkübel`: the speaker
    # blames another side (denied: a rejection)
    kurz = "sagte Außenminister Sebastian Kurz."
    assert _types(claims_of, f"Der Angriff auf das Spital sei unentschuldbar, {kurz}") == ["ACCUSATION"]
    assert _types(claims_of, f"Die Gewalt gegen Zivilisten sei durch nichts zu rechtfertigen, {kurz}") \
        == ["ACCUSATION"]
    assert _types(claims_of, f"Der Vorschlag der Opposition sei rein populistisch, {kurz}") == ["ACCUSATION"]
    assert _types(claims_of, f"Das sei eine Schmutzkübelkampagne gegen die Regierung, {kurz}") == ["ACCUSATION"]
    # negatives: a right-wing populist party named as such describes it, a fact reported states
    assert _types(claims_of, f"Die rechtspopulistische Partei habe drei Sitze gewonnen, {kurz}") == ["STATEMENT"]
    assert _types(claims_of, f"Das Spital sei in der Nacht geräumt worden, {kurz}") == ["STATEMENT"]


def test_a_label_that_blames_makes_a_labelling_verb_an_accusation(claims_of):
    # `bezeichnete … als`, `sprach von`, `stellte … als … dar`: a label of blame (`blame_label`, also inside a
    # word, `Komplotts`) accuses; denied (`von keinem Komplott`), it rejects
    assert _types(claims_of, "Außenminister Sebastian Kurz sprach von einem schrecklichen Signal.") == ["ACCUSATION"]
    assert _types(claims_of, "Die FPÖ bezeichnete das Vorgehen der Regierung als seltsam.") == ["ACCUSATION"]
    assert _types(claims_of, "Die FPÖ stellte den Kandidaten als Opfer eines Komplotts dar.") == ["ACCUSATION"]
    assert _types(claims_of, "Als Schwachsinn bezeichnete die FPÖ die Pläne der Regierung.") == ["ACCUSATION"]
    assert _types(claims_of, "Die SPÖ sprach von keinem Komplott.") == ["REJECTION"]
    # a disguise or a mockery as the label: `als Wolf im Schafspelz`, `ein Faschingsurteil`
    assert _types(claims_of, "Die FPÖ stellte den Kandidaten als Wolf im Schafspelz dar.") == ["ACCUSATION"]
    assert _types(claims_of, "Die FPÖ nannte den Richterspruch ein Faschingsurteil.") == ["ACCUSATION"]
    # negatives: a label of no blame states, and so does a blame word in the object labelled or in another cue
    assert _types(claims_of, "Außenminister Sebastian Kurz sprach von einem wichtigen Signal.") == ["STATEMENT"]
    assert _types(claims_of, "Die SPÖ bezeichnete die Debatte über Rassismus als notwendig.") == ["DEMAND"]
    assert _types(claims_of, "Die SPÖ bezeichnete die Debatte über Rassismus als überfällig.") == ["STATEMENT"]
    assert _types(claims_of, "Die SPÖ stellte klar, dass sie gegen jeden Rassismus kämpfe.") == ["STATEMENT"]
    assert _types(claims_of, "Die FPÖ nannte den Richterspruch ein Grundsatzurteil.") == ["STATEMENT"]


def test_neither_nor_negates_what_it_names(claims_of):
    # `weder … noch` negates the issue it names and the statement it opens, as `nicht` and `kein` do
    kurz = "sagte Außenminister Sebastian Kurz."
    assert claims_of(f"Weder Neuwahlen noch ein Rücktritt seien ein Thema, {kurz}") \
        == [("AUT", "STATEMENT", "LEGITIMACY", -1)]
    assert claims_of(f"Er habe weder Geld erhalten noch darum gebeten, {kurz}") == [("AUT", "STATEMENT", "OTHER", -1)]
    # negatives: without it, the statement is for what it names
    assert claims_of(f"Neuwahlen seien ein Thema, {kurz}") == [("AUT", "STATEMENT", "LEGITIMACY", 1)]
    assert claims_of(f"Er habe Geld erhalten und darum gebeten, {kurz}") == [("AUT", "STATEMENT", "OTHER", 1)]


def test_talks_named_as_the_occasion_are_no_issue(claims_of):
    # `am Rande des Gipfels`, `bei einem Treffen`, `im Rahmen der Gespräche` (german.csv occasion_preposition): where
    # the words were said, not what they are about
    assert claims_of("Am Rande des EU-Gipfels forderte Außenminister Sebastian Kurz eine Obergrenze für Flüchtlinge.") \
        == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Bei einem Treffen in Wien kritisierte Außenminister Sebastian Kurz die Asylpolitik der Türkei.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    # negatives: talks asked for, and talks after which the speaker judges, are the issue
    assert claims_of("Außenminister Sebastian Kurz forderte ein Treffen mit der Türkei.") \
        == [("AUT", "DEMAND", "NEGOTIATIONS", 1)]
    assert claims_of("Nach dem Gipfel sei die Lage besser, sagte Außenminister Sebastian Kurz.") \
        == [("AUT", "STATEMENT", "NEGOTIATIONS", 1)]


def test_a_negation_in_another_clause_does_not_turn_a_cue_around(claims_of):
    # the cue's own clause, between the clause marks around it, holds the negation that turns it around
    assert claims_of("Die Neos sind zwar verhandlungsbereit, haben aber nicht genügend Mandate.") \
        == [("AUT", "PROPOSAL", "NEGOTIATIONS", 1)]
    assert claims_of("Die Regierung hat keine Mehrheit, die Neos sind aber verhandlungsbereit.") \
        == [("AUT", "PROPOSAL", "NEGOTIATIONS", 1)]
    # negatives: a negation in the cue's clause, before or after the verb, turns it around
    assert claims_of("Die Neos sind nicht verhandlungsbereit.") == [("AUT", "REJECTION", "NEGOTIATIONS", -1)]
    assert claims_of("Die SPÖ stimmte dem Plan nicht zu.") == [("AUT", "REJECTION", "OTHER", -1)]


def test_not_ruling_out_is_an_opening_in_every_form_of_ausschliessen(claims_of):
    # `schließt … nicht aus`, `hat … nicht ausgeschlossen` (cues.csv, as verbs.csv): an opening, for the option
    # (a hostile option, `einen Austritt Griechenlands`, left open is a threat: test_a_hostile_option_left_open_threatens)
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble schließt eine Einigung mit Griechenland nicht aus.") \
        == ["CONCESSION"]
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble hat eine Einigung mit Griechenland nicht ausgeschlossen.") \
        == ["CONCESSION"]
    # negatives: ruling it out rejects it
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble schließt einen Austritt Griechenlands aus.") \
        == ["REJECTION"]
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble hat einen Austritt Griechenlands ausgeschlossen.") \
        == ["REJECTION"]


def test_a_position_noun_sought_of_its_holder_is_no_claim_of_it(claims_of):
    # `braucht die Zustimmung von X`, `bat um die Unterstützung der X` (german.csv seeking_verb): X has taken no position
    assert claims_of("Die Regierung braucht für ihre Schulreform die Zustimmung von Grünen oder FPÖ.") == []
    assert [c[:2] for c in claims_of("Die Ukraine bat um die Unterstützung der USA.")] == [("UKR", "DEMAND")]
    # negatives: a position noun with its holder, and one sought in another clause, are the holder's
    assert [c[:2] for c in claims_of("Die Regierung hat die Zustimmung der FPÖ.")] == [("AUT", "AGREEMENT")]
    assert [c[:2] for c in claims_of("Die Ukraine dankte für die Unterstützung der USA, sie braucht mehr Geld.")] \
        == [("USA", "AGREEMENT")]


def test_it_is_important_that_sets_a_norm(claims_of):
    """`Es sei wichtig, dass …`, `Es wäre wichtig, … zu …`, `Entscheidend sei, dass …`: a demand, like
    `notwendig`; not a purpose (`wichtig, um … zu`), a negated or a past importance (`war wichtig`)."""
    say = "sagte Innenministerin Johanna Mikl-Leitner."
    for text in (f"Es sei wichtig, dass jedes Land seine Grenzen besser schützt, {say}",
                 f"Es wäre wichtig, die Flüchtlinge gerechter zu verteilen, {say}",
                 f"Entscheidend sei, dass die Türkei die Grenze kontrolliert, {say}"):
        assert "DEMAND" in _types(claims_of, text), text
    for text in (f"Die Polizei sei wichtig, um die Ordnung an der Grenze zu sichern, {say}",
                 f"Es sei nicht wichtig, dass jedes Land seine Grenzen schützt, {say}",
                 f"Damals war es wichtig, dass die Länder ihre Grenzen schützten, {say}"):
        assert "DEMAND" not in _types(claims_of, text), text


def test_an_emphatic_denial_is_a_rejection(claims_of):
    """`an keiner Stelle`, `zu keinem Zeitpunkt`, `in keiner Weise`, `mitnichten` deny what the speaker is
    accused of or asked about, like `nie`; a plain `keine` states a fact."""
    say = "sagte FPÖ-Chef Heinz-Christian Strache."
    for text in (f"Er habe sich an keiner Stelle abfällig über Flüchtlinge geäußert, {say}",
                 f"Die Partei habe zu keinem Zeitpunkt Geld aus Russland erhalten, {say}",
                 f"Das sei mitnichten ein Angriff auf die Pressefreiheit, {say}"):
        assert _types(claims_of, text) == ["REJECTION"], text
    assert _types(claims_of, f"Die Partei habe im Vorjahr keine Spenden aus dem Ausland erhalten, {say}") \
        != ["REJECTION"]


def test_resisting_in_reported_content_is_a_rejection(claims_of):
    """`sich (gegen X) wehren`, `sich zur Wehr setzen` in what a speaker says rejects X (cues.csv content row), beside
    a position of its own in a contrast clause; not a resistance negated (`nicht wehren können`)."""
    say = "sagte Ärztekammer-Präsident Thomas Szekeres."
    assert _types(claims_of, f"Man werde sich gegen ein neues Gesetz zur Wehr setzen, {say}") == ["REJECTION"]
    assert _types(claims_of, f"Man werde sich mit allen Mitteln gegen die Schließung des Spitals wehren, {say}") \
        == ["REJECTION"]
    assert sorted(_types(claims_of, f"Man sei eine glühende Verfechterin des Ausbaus der Pflege, werde sich jedoch "
                                    f"gegen ein neues Gesetz zur Wehr setzen, {say}")) == ["AGREEMENT", "REJECTION"]
    for text in (f"Die Patienten hätten sich nicht zur Wehr setzen können, {say}",
                 f"Die Gemeinde habe sich gegen das Hochwasser nicht wehren können, {say}"):
        assert "REJECTION" not in _types(claims_of, text), text


def test_the_speaker_as_a_champion_of_something_agrees_with_it(claims_of):
    """`sei ein (überzeugter) Verfechter / eine Befürworterin von X`, said of the speaker, supports X; the champions
    of something else (`die Verfechter der Maut`) and a denial (`kein Verfechter`) do not."""
    say = "sagte Bundespräsident Heinz Fischer."
    assert _types(claims_of, f"Er sei ein überzeugter Verfechter der Neutralität, {say}") == ["AGREEMENT"]
    assert _types(claims_of, f"Ich bin eine klare Befürworterin der Gesamtschule, {say}") == ["AGREEMENT"]
    for text in (f"Die Verfechter der Maut hätten sich verrechnet, {say}",
                 f"Er sei kein Verfechter der Neutralität, {say}"):
        assert "AGREEMENT" not in _types(claims_of, text), text


def test_the_peace_process_is_talks(claims_of):
    """`Friedensprozess` is the talks (issues.csv NEGOTIATIONS), as `Friedensgespräche` are; a trial (`Prozess`)
    is not."""
    assert claims_of("Der türkische Präsident forderte die PKK auf, am Friedensprozess festzuhalten.") \
        == [("TUR", "DEMAND", "NEGOTIATIONS", 1)]
    assert claims_of("Der türkische Präsident forderte einen neuen Prozess gegen die Journalisten.") \
        == [("TUR", "DEMAND", "OTHER", 1)]


def test_a_company_claims_on_a_political_issue_only(claims_of):
    """A company (companies.csv) speaks for its business: its demand on a political issue is a claim,
    its product news (`verspricht ein schnelleres Telefon`) none."""
    assert claims_of("Siemens fordert die Aufhebung der Sanktionen gegen Russland.") == [
        ("DEU", "DEMAND", "SANCTIONS", -1)]  # (against the sanctions)
    assert claims_of("Siemens verspricht ein schnelleres Telefon.") == []


def test_a_government_named_as_such_is_typed_government_after_its_country(nlp):
    """The document names Greece first as a place (a state); where the speaker's own words name its
    government or a ministry, the claim's actor type is the government's; the country as speaker
    stays a state."""
    doc = nlp("Athen – Griechenland verhandelt weiter. Das griechische Finanzministerium lehnt die Forderungen "
              "der Gläubiger ab. Griechenland fordert einen Schuldenschnitt.")
    assert [(c.claimant, c.actor_type) for c in doc._.claims] == [
        ("Das griechische Finanzministerium", "government"), ("Griechenland", "state")]


def test_a_norm_or_refusal_inside_a_relative_clause_describes_its_noun(tagged_nlp):
    """A relative clause (a relative pronoun after a comma, a verb at its end) describes its noun: its `braucht`,
    `notwendig` or `nie` takes no position of the speaker's (`Jeder, der eine Wohnung braucht, …`); the main clause's
    norm does, and so does a judgement in the relative clause or a relative clause that goes on with `aber`."""
    say = "sagte Sozialminister Alois Stöger."
    for text in (f"Jeder, der eine Wohnung braucht, bekommt eine Wohnung, {say}",
                 f"Die Summe entspricht jener, die für einen Kilometer Autobahn notwendig ist, {say}",
                 f"Ein Präsident, der nie einer Partei angehört hat, ist unabhängig, {say}"):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text
    assert [c.claim_type for c in tagged_nlp(f"Jeder, der eine Wohnung sucht, braucht Hilfe, {say}")._.claims] \
        == ["DEMAND"]
    assert [c.claim_type for c in tagged_nlp(
        f"Das sind Parteien, die die Not der Menschen instrumentalisieren, {say}")._.claims] == ["ACCUSATION"]


def test_a_hostile_option_left_open_threatens(claims_of):
    """`schließt … nicht aus` with a hostile option (german.csv `hostile_option`: sanctions, a lawsuit, a strike, an
    exit) threatens; another option left open is an opening (CONCESSION), and an option excluded a rejection."""
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble schließt Sanktionen gegen die Türkei nicht aus.") \
        == ["THREAT"]
    assert _types(claims_of, "Der ÖGB schloss nicht aus, die Regierung wegen der Reform zu verklagen.") == ["THREAT"]
    assert _types(claims_of, "Der ÖGB schließt einen Streik nicht aus.") == ["THREAT"]
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble hat einen Austritt Griechenlands nicht ausgeschlossen.") \
        == ["THREAT"]
    assert _types(claims_of, "Finanzminister Wolfgang Schäuble schließt eine Einigung mit Athen nicht aus.") \
        == ["CONCESSION"]
    assert _types(claims_of, "Der ÖGB schließt einen Streik aus.") == ["REJECTION"]


def test_what_investigators_rule_out_is_a_finding(tagged_nlp):
    """Investigators or a court ruling out a cause (`Einen Anschlag hatten die Ermittler des Landeskriminalamtes
    ausgeschlossen`) find a case's facts, no claim; what others rule out is a rejection."""
    assert tagged_nlp("Einen Anschlag hatten die Ermittler des Landeskriminalamtes Tirol am Montag "
                      "ausgeschlossen.")._.claims == []
    assert [c.claim_type for c in tagged_nlp("Eine Koalition mit der FPÖ hatte die SPÖ am Montag "
                                             "ausgeschlossen.")._.claims] == ["REJECTION"]


def test_a_modal_ending_a_relative_clause_with_a_dash_aside_sets_no_norm(tagged_nlp):
    """A relative clause may hold an aside between dashes (`…, wo – neben zwei anderen Orten – ein Quartier entstehen
    soll`): its modal still ends the relative clause; a main clause's modal around such an aside still sets a norm."""
    say = "sagte Josef Pühringer."
    assert [c.claim_type for c in tagged_nlp(
        f"Das Lager kommt nach Mattersburg, wo – neben zwei anderen Orten – ein Quartier entstehen soll, {say}")._.claims] \
        == ["STATEMENT"]
    assert [c.claim_type for c in tagged_nlp(
        f"Die Gemeinde muss – wie alle anderen Orte – ein Quartier schaffen, {say}")._.claims] == ["DEMAND"]


def test_a_necessity_denied_is_a_rejection(claims_of):
    """`nicht notwendig`, `nicht nötig` right after a negator (cues.csv negated_type) reject what is not needed; `dringend
    notwendig` demands it, and `nicht mehr als nötig` denies no necessity."""
    say = "sagte Wirtschaftskammer-Präsident Christoph Leitl."
    assert _types(claims_of, f"Eine Sonntagsöffnung sei in Wien nicht notwendig, {say}") == ["REJECTION"]
    assert _types(claims_of, f"Neue Steuern seien gar nicht nötig, {say}") == ["REJECTION"]
    assert _types(claims_of, f"Eine Steuerreform sei dringend notwendig, {say}") == ["DEMAND"]
    assert "REJECTION" not in _types(claims_of, f"Die neuen Regeln seien nicht strenger als nötig, {say}")


def _tagged_types(nlp, text: str) -> list[str]:
    return [claim.claim_type for claim in nlp(text)._.claims]


def test_a_cue_inside_a_condition_takes_no_position(tagged_nlp):
    """The words of a condition (german.csv `condition_opener` opening a clause: `Sollten die Nachbarn nicht bereit
    sein, …`, `Wenn es nötig ist, …`) hold no position of the speaker's; a cue in the main clause does, and `nur wenn`
    sets a condition (a DEMAND)."""
    say = "sagte Innenministerin Johanna Mikl-Leitner."
    assert "PROPOSAL" not in _tagged_types(tagged_nlp, f"Sollten die Nachbarn nicht bereit sein, mehr Menschen aufzunehmen, "
                                               f"werde man die Grenze schließen, {say}")
    assert "DEMAND" not in _tagged_types(tagged_nlp, f"Wenn es nötig ist, werden wir eben einen weiteren Zaun bauen, {say}")
    assert _tagged_types(tagged_nlp, f"Man sei bereit, mehr Menschen aufzunehmen, wenn die Nachbarn mitziehen, {say}") \
        == ["PROPOSAL"]
    assert _tagged_types(tagged_nlp, f"Nur wenn die Nachbarn mitziehen, werde man mehr Menschen aufnehmen, {say}") == ["DEMAND"]


def test_no_reason_for_concern_reassures(claims_of):
    """`kein Grund zur Sorge` (or `zur Panik`) reassures, a statement; `kein Grund, die Steuern zu erhöhen` rejects."""
    say = "sagte Wirtschaftsminister Reinhold Mitterlehner."
    assert _types(claims_of, f"Der Rückgang der Exporte sei kein Grund zur Sorge, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Der Rückgang der Exporte sei kein Grund, die Steuern zu erhöhen, {say}") == ["REJECTION"]


def test_a_habitual_must_before_its_adverb_sets_no_norm(claims_of):
    """`Oft muss man …`, `Immer wieder müssen Patienten …`: what often has to happen is a fact, as `muss oft` is;
    `Jetzt muss man …` sets a norm."""
    say = "sagte Sozialminister Alois Stöger."
    assert _types(claims_of, f"Oft muss man lange auf einen Termin warten, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Immer wieder müssen Patienten lange auf einen Termin warten, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Jetzt muss man die Wartezeiten auf einen Termin verkürzen, {say}") == ["DEMAND"]


def test_issue_keywords_in_another_sense_name_no_issue(claims_of):
    # `im Gespräch mit` (an interview or a meeting as the occasion), `ins Gespräch bringen` (to propose),
    # `Gesprächskultur`; `Einberufung einer Sitzung` (convening); `Abspaltung der Sparte` (a company's spin-off);
    # `Unabhängigkeit der Justiz`; `Rohstoffanalyst` (issues.csv): no talks, arms, territory or resources deal
    assert claims_of("Im Gespräch mit dem Bundeskanzler kritisierte Außenminister Sebastian Kurz die Asylpolitik "
                     "der Türkei.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Sozialminister Alois Stöger brachte eine Abgabe für Überstunden ins Gespräch.") \
        == [("AUT", "PROPOSAL", "OTHER", 1)]
    assert claims_of("Grünen-Chefin Eva Glawischnig forderte eine neue Gesprächskultur im Parlament.") \
        == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Die SPÖ forderte die Einberufung einer Sondersitzung des Nationalrats.") \
        == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Finanzminister Hans Jörg Schelling forderte die Abspaltung der Bankensparte.") \
        == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Die Richtervereinigung forderte mehr Respekt vor der Unabhängigkeit der Justiz.") \
        == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Bundeskanzler Werner Faymann kritisierte die Prognosen der Rohstoffanalysten.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    # negatives: the words in the issue's sense still name it
    assert claims_of("Die FPÖ lehnte die Einberufung von Reservisten ab.") == [("AUT", "REJECTION", "DEMILITARIZATION", -1)]
    assert claims_of("Die Regierung in Madrid lehnte eine Abspaltung Kataloniens ab.") \
        == [("ESP", "REJECTION", "TERRITORY", -1)]
    assert claims_of("Die Regierung in Madrid lehnte die Unabhängigkeit Kataloniens ab.") \
        == [("ESP", "REJECTION", "TERRITORY", -1)]
    assert claims_of("Außenminister Sebastian Kurz forderte ein Gespräch mit der Türkei.") \
        == [("AUT", "DEMAND", "NEGOTIATIONS", 1)]


def test_an_attack_by_arms_is_no_accusation(claims_of):
    # `griff Stützpunkte … an`, `greift Stellungen … an` (verbs.csv excludes of angreifen, attackieren): a strike
    # on a camp, positions or with weapons is an event of war, not words against someone
    assert claims_of("Israel griff am Montag Stützpunkte der Hamas an.") == []
    assert claims_of("Die Türkei greift Stellungen der PKK im Nordirak an.") == []
    # negatives: attacks in words, also on a policy that names barracks
    assert claims_of("Israel griff die UNO scharf an.") == [("ISR", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Kanzler Werner Faymann attackierte die ÖVP wegen ihrer Steuerpläne.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Die FPÖ griff die Regierung wegen der Kasernenschließungen an.") \
        == [("AUT", "ACCUSATION", "OTHER", -1)]


def test_a_refusal_on_a_condition_threatens(claims_of):
    # `Wenn …, werden wir nicht zustimmen` (cues.csv content THREAT): consent withheld unless the other side
    # complies announces a consequence, a THREAT
    assert claims_of("Wenn die Regierung die Pensionen nicht erhöht, werden wir dem Budget nicht zustimmen, sagte "
                     "FPÖ-Chef Heinz-Christian Strache.") == [("AUT", "THREAT", "OTHER", -1)]
    assert claims_of("Falls es keine Einigung gibt, werden die Grünen nirgends zustimmen, sagte Grünen-Chefin "
                     "Eva Glawischnig.") == [("AUT", "THREAT", "OTHER", -1)]
    # negatives: consent on a condition, and a forecast after a condition, threaten nothing
    assert claims_of("Wenn die Regierung die Pensionen erhöht, werden wir dem Budget zustimmen, sagte FPÖ-Chef "
                     "Heinz-Christian Strache.")[0][1] != "THREAT"
    assert claims_of("Wenn die Reform kommt, wird das nicht die Zahl der Anträge beeinflussen, sagte "
                     "Innenministerin Johanna Mikl-Leitner.")[0][1] != "THREAT"


def test_a_condition_whose_joined_separable_verb_refuses_threatens(tagged_nlp):
    """`Wenn die ÖVP das ablehnt, werden wir klagen`: a separable verb joined at a condition's end is no act cue
    (`lehnt … ab`), so german.csv `refusing_verb` (and a negated `complying_verb`, `nicht zustimmt`) reads the
    condition's refusal; before a future in the rest it announces a consequence, a THREAT."""
    for text in ("Wenn die Koalition das Volksbegehren ablehnt, werden wir vor das Höchstgericht ziehen, sagte "
                 "NEOS-Chef Matthias Strolz.",
                 "Falls die Regierung dem Antrag nicht zustimmt, werden wir klagen, sagte NEOS-Chef Matthias Strolz."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["THREAT"], text
    # negatives: compliance on a condition, and a refusal followed by no consequence, threaten nothing
    for text in ("Falls die Regierung dem Antrag zustimmt, werden wir ihn rasch umsetzen, sagte NEOS-Chef Matthias "
                 "Strolz.",
                 "Wenn die Koalition das Volksbegehren ablehnt, ist das ihr gutes Recht, sagte NEOS-Chef Matthias "
                 "Strolz."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] != ["THREAT"], text


def test_an_offer_called_unannehmbar_is_rejected(claims_of):
    # cues.csv content REJECTION: `unannehmbar`, as `inakzeptabel`, refuses what it judges; `annehmbar` does not
    assert [c[1] for c in claims_of("Das Angebot der Arbeitgeber sei unannehmbar, sagte ÖGB-Präsident Erich "
                                    "Foglar.")] == ["REJECTION"]
    assert [c[1] for c in claims_of("Das Angebot der Arbeitgeber sei annehmbar, sagte ÖGB-Präsident Erich "
                                    "Foglar.")] != ["REJECTION"]


def test_terror_groups_in_the_plural_are_a_topic_not_a_label(claims_of):
    # `Terrorgruppen könnten …`, `die Spur mehrerer Terrorzellen` (cues.csv content ACCUSATION): a plural names
    # the danger or the case, it labels nobody; after `sind`, `seien`, `als` it is a label again
    assert claims_of("Terrorgruppen könnten Zugang zu Chemiewaffen bekommen, sagte Außenminister Sebastian Kurz.") \
        == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of("Die Polizei verfolge die Spur mehrerer Terrorzellen, sagte Innenministerin Johanna "
                     "Mikl-Leitner.") == [("AUT", "STATEMENT", "OTHER", 1)]
    # negatives: a label in the singular or after a copula accuses
    assert claims_of("Die Kämpfer der PKK seien Terroristen, sagte Präsident Recep Tayyip Erdoğan.") \
        == [("TUR", "ACCUSATION", "OTHER", -1)]
    assert claims_of("Die PKK sei eine Terrororganisation, sagte Präsident Recep Tayyip Erdoğan.") \
        == [("TUR", "ACCUSATION", "OTHER", -1)]


def test_a_cue_after_und_that_follows_an_infinitive_clause_is_the_subjects_second_predicate(tagged_nlp):
    # `warf X vor, … vorzubereiten und schloss … nicht aus`: the zu-infinitive has no subject of its own, so the
    # finite cue after `und` goes on with the first predicate's subject, and the reported words end before it
    def rows(text):
        return sorted((c.actor_country, c.claim_type) for c in tagged_nlp(text)._.claims)
    assert ("USA", "DEMAND") in rows("US-Außenminister Marco Rubio kündigte an, die Gespräche fortzusetzen "
                                     "und forderte einen sofortigen Waffenstillstand.")
    assert ("RUS", "THREAT") in rows("Der Kreml warf der Nato vor, einen Angriff vorzubereiten und drohte mit "
                                     "harten Gegenmaßnahmen.")
    # negative: a second infinitive after `und` is more of the reported words, no predicate of its own
    doc = tagged_nlp("US-Außenminister Marco Rubio versprach, die Truppen abzuziehen und die Sanktionen aufzuheben.")
    assert [q.cue for q in doc._.quotes] == ["versprach"]


def test_speech_goes_on_across_a_glued_subheading(tagged_nlp):
    # `Keine Personaldebatte` split off the sentence it ran into is no sentence of the narration: the Konjunktiv
    # after it continues the speaker two sentences before it, as it would with the heading glued on
    doc = tagged_nlp("Rubio sagte, er sehe bei Russland mehr Bereitschaft als zuvor. Die Gespräche seien gut "
                     "verlaufen. Das reicht von der Energie bis zum Handel. Keine Eile Mit Lawrow gebe es eine "
                     "konstruktive Ebene.")
    assert [c.actor_country for c in doc._.claims if c.sentence.startswith("Mit Lawrow")] == ["USA"]


def test_consent_refused_rejects(claims_of):
    # `werden dem Antrag nicht zustimmen`, `auf keinen Fall zustimmen` (cues.csv content REJECTION): a refusal of
    # consent or support is a REJECTION (-1), not a statement
    assert claims_of("Wir werden dem Antrag nicht zustimmen, sagte FPÖ-Chef Heinz-Christian Strache.") \
        == [("AUT", "REJECTION", "OTHER", -1)]
    assert [c[1:] for c in claims_of("Auf keinen Fall werden die Grünen diesem Pakt zustimmen, sagte "
                                     "Grünen-Chefin Eva Glawischnig.")] == [("REJECTION", "OTHER", -1)]
    # negatives: consent that is not needed, support that goes further, and an open question reject nothing
    assert claims_of("Die Länder müssen dem Gesetz nicht zustimmen, sagte Innenministerin Johanna "
                     "Mikl-Leitner.")[0][1] != "REJECTION"
    assert claims_of("Wir werden die Reform nicht nur unterstützen, sondern vorantreiben, sagte Kanzler "
                     "Werner Faymann.")[0][1] != "REJECTION"
    assert claims_of("Es ist offen, ob die Grünen nicht doch zustimmen, sagte Grünen-Chefin Eva "
                     "Glawischnig.")[0][1] != "REJECTION"


def test_support_by_arms_or_money_is_no_agreement(claims_of):
    # cues.csv noun `Unterstützung` excludes a clause with weapons, money or air strikes: material help, no position
    assert claims_of("Die Ukraine dankte für die Unterstützung der USA mit Waffen.") == []
    assert claims_of("Die Gemeinde dankte für die Unterstützung der EU mit zwei Millionen Euro.") == []
    # negatives: support without material help, and money named in another clause, stay agreements
    assert [c[:2] for c in claims_of("Die Regierung hat die Unterstützung der FPÖ.")] == [("AUT", "AGREEMENT")]
    assert [c[:2] for c in claims_of("Die Ukraine dankte für die Unterstützung der USA, sie braucht mehr Geld.")] \
        == [("USA", "AGREEMENT")]


def test_a_modal_ending_an_adverbial_clause_sets_no_norm(claims_of):
    """A modal that ends a clause opened by `weil`, `nachdem`, `obwohl` (german.csv `adverbial_subordinator`) gives a
    reason or a circumstance, not the speaker's norm; the main clause's modal still sets one."""
    say = "sagte ÖVP-Chef Reinhold Mitterlehner."
    assert _types(claims_of, f"Neue Mitarbeiter würden gesucht, weil die Bibliothek länger offen bleiben solle, {say}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Die Bibliothek solle länger offen bleiben, weil viele Studierende dort lernten, {say}") \
        == ["DEMAND"]


def test_a_follow_on_that_adds_to_an_accusation_carries_it_on(claims_of):
    """A follow-on sentence without a cue whose first clause adds to the sentence before (german.csv
    `additive_connector`: `Außerdem`, `sogar`, `Vielmehr`) goes on with the same actor's accusation, rejection or
    concession there; after a plain statement it stays a statement. (Without such a word only an accusation by a
    verb of blame goes on: test_an_accusation_by_a_verb_of_blame_goes_on_in_the_next_sentence.)"""
    accused = "Die FPÖ warf dem Landesrat Karl Berger Untätigkeit vor.\n"
    assert [c[1] for c in claims_of(accused + "Außerdem habe er die Berichte der Prüfer jahrelang liegen lassen.")] \
        == ["ACCUSATION", "ACCUSATION"]
    assert [c[1] for c in claims_of(accused + "Die Berichte der Prüfer seien im Frühjahr erschienen.")] \
        == ["ACCUSATION", "ACCUSATION"]
    stated = "Die FPÖ erklärte, Landesrat Karl Berger sei seit zehn Jahren im Amt.\n"
    assert [c[1] for c in claims_of(stated + "Außerdem habe er die Berichte der Prüfer gelesen.")] \
        == ["STATEMENT", "STATEMENT"]


def test_a_pending_step_in_the_passive_is_no_demand(claims_of):
    """`müssen` with `noch` or `erst` before a passive that ends the clause (german.csv `pending_modal`,
    `pending_adverb`) tells where a procedure stands; `noch mehr`, `noch besser` (`pending_exception`, a comparative)
    and a passive without them still demand."""
    say = "sagte ÖVP-Chef Reinhold Mitterlehner."
    assert _types(claims_of, f"Bei der Reform müssten noch Details verhandelt werden, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Einzelheiten müssten erst festgelegt werden, {say}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Grenzen müssten noch besser geschützt werden, {say}") == ["DEMAND"]
    assert _types(claims_of, f"Für die Schulen müsse noch mehr getan werden, {say}") == ["DEMAND"]
    assert _types(claims_of, f"Die Verantwortlichen müssten bestraft werden, {say}") == ["DEMAND"]


def test_wehren_before_its_reflexive_pronoun_rejects(claims_of):
    """`Ich wehre mich dagegen, …` puts the verb before its reflexive pronoun (cues.csv, the content cue of `sich
    wehren`): a rejection like `…, dass wir uns dagegen wehren`; `wehre mich nicht` rejects nothing."""
    say = "sagte Grünen-Chefin Eva Glawischnig."
    assert _types(claims_of, f"Ich wehre mich nur dagegen, dass Kinder als integrationsunwillig gelten, {say}") \
        == ["REJECTION"]
    assert _types(claims_of, f"Ich wehre mich nicht gegen eine Reform der Schulen, {say}") == ["STATEMENT"]


def test_expectation_directed_at_a_side_is_a_demand(claims_of):
    """`richtete diese Erwartung an X`, like `einen Appell richten an`: a demand (verbs.csv richten)."""
    assert [c[:2] for c in claims_of("Paris – Die französische Außenministerin richtete diese Erwartung "
                                     "vor allem an Ankara.")] == [("FRA", "DEMAND")]
    assert claims_of("Paris – Die Außenministerin richtete ihren Blick vor allem nach Ankara.") == []


def test_plan_to_send_refugees_back_is_a_proposal(claims_of):
    """`will … zurückschicken`: the subject's plan of a policy act (cues.csv intent_modal infinitives)."""
    assert [c[:2] for c in claims_of("Berlin – Die deutsche Regierung will Asylwerber wieder nach Ungarn "
                                     "zurückschicken.")] == [("DEU", "PROPOSAL")]
    assert claims_of("Berlin – Die Familie will das Paket wieder nach Ungarn zurückschicken.") == []


def test_seeing_a_connection_or_sabotage_is_a_position(claims_of):
    """`sieht einen Zusammenhang zwischen …`, `sieht Sabotage`: a view of the speaker's (cues.csv sehen + noun)."""
    assert [c[:2] for c in claims_of("Prag – Der tschechische Außenminister sieht einen gefährlichen Zusammenhang "
                                     "zwischen der Liste und den Manövern an der Grenze.")] == [("CZE", "STATEMENT")]
    assert [c[:2] for c in claims_of("Kiew – Die ukrainische Regierung sieht Sabotage hinter dem Stromausfall.")] \
        == [("UKR", "STATEMENT")]
    assert claims_of("Prag – Der tschechische Außenminister sah den Film im Kino.") == []


def test_readiness_denied_is_a_rejection(claims_of):
    # cues.csv: `bereit`, `offen für`, `Bereitschaft` right after a negator refuse (negated_type REJECTION)
    mayor = "sagte Bürgermeister Michael Häupl."
    assert _types(claims_of, f"Die Stadt sei nicht bereit, die Gebühren zu senken, {mayor}") == ["REJECTION"]
    assert _types(claims_of, f"Man sei nicht offen für Gespräche mit der FPÖ, {mayor}") == ["REJECTION"]
    assert _types(claims_of, f"Die Stadt sei bereit, die Gebühren zu senken, {mayor}") == ["PROPOSAL"]
    assert _types(claims_of, f"Die Stadt sei nicht nur bereit, sondern entschlossen zu helfen, {mayor}") == ["PROPOSAL"]


def test_a_wing_or_a_flight_is_no_lie(claims_of):
    # the accusation `Lüge` is no part of `Flügel`, `Flüge`, `klüger`
    assert _types(claims_of, "Der Kandidat komme aus dem liberalen Parteiflügel, sagte Bürgermeister Michael Häupl.") \
        == ["STATEMENT"]
    assert _types(claims_of, "Die Flüge nach Brüssel seien zu teuer, sagte Bürgermeister Michael Häupl.") \
        == ["STATEMENT"]
    assert _types(claims_of, "Das sei eine glatte Lüge, sagte Bürgermeister Michael Häupl.") == ["ACCUSATION"]


def test_a_driving_assistant_or_a_named_affair_is_no_accusation(claims_of):
    # `Rassist` is no part of `Fahrassistenz`, `Laborassistent`; an affair's name (`Abgasskandal`) blames nobody
    said = "sagte Bürgermeister Michael Häupl."
    assert _types(claims_of, f"Die neuen Fahrassistenzsysteme senkten das Risiko, {said}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Aufklärung des Abgasskandals dauere noch an, {said}") == ["STATEMENT"]
    assert _types(claims_of, f"Das sei ein Skandal und zutiefst rassistisch, {said}") == ["ACCUSATION"]


def test_bereit_as_the_particle_of_bereitstehen_is_no_offer(claims_of):
    # `stünden … Milliarden für den Straßenbau bereit`: money that is available (`bereitstehen`), no readiness
    assert _types(claims_of, "Im nächsten Jahr stünden nur zwölf Milliarden Euro für den Straßenbau bereit, "
                             "sagte Verkehrsminister Alexander Dobrindt.") == ["STATEMENT"]
    # negative: `sei … bereit` after another verb's clause (`und`) is readiness, an offer
    assert _types(claims_of, "Die Regierung halte an ihrem Kurs fest und sei zu Gesprächen bereit, "
                             "sagte Verkehrsminister Alexander Dobrindt.") == ["PROPOSAL"]


def test_a_purpose_to_provoke_nothing_and_insults_reported_accuse_nobody(claims_of):
    # `um keine Neuwahlen zu provozieren`: to cause, no accusation; `Beleidigungen häufen sich`: incidents
    assert _types(claims_of, "Die Abgeordneten würden zustimmen, um keine Neuwahlen zu provozieren, "
                             "sagte Premierminister Manuel Valls.") == ["STATEMENT"]
    assert _types(claims_of, "Im Netz hätten sich Beleidigungen gegen Juden gehäuft, "
                             "sagte Premierminister Manuel Valls.") == ["STATEMENT"]
    # negatives: another side said to provoke, an insult named as such, accuse
    assert _types(claims_of, "Russland provoziere die Nachbarn mit seinen Manövern, "
                             "sagte Premierminister Manuel Valls.") == ["ACCUSATION"]
    assert _types(claims_of, "Das sei eine Beleidigung aller Bürger, sagte Premierminister Manuel Valls.") \
        == ["ACCUSATION"]


def test_distancing_oneself_in_reported_words_rejects(claims_of):
    # `…, dass sich der Verband von dem Vorfall distanziere`: a rejection in the reported clause
    assert _types(claims_of, "Landesjägermeister Josef Pröll teilte mit, dass sich der Verband von dem Vorfall "
                             "distanziere.") == ["REJECTION"]
    # negative: asked to distance itself, the party is asked, a demand
    assert _types(claims_of, "Die Partei müsse sich von dem Vorfall distanzieren, sagte Landesjägermeister Josef Pröll.") \
        == ["DEMAND"]


def test_a_threat_keeps_its_type_over_the_demand_it_backs(claims_of):
    # `drohte damit, zu streiken, um der Forderung Nachdruck zu verleihen`: the demand is the threat's reason
    assert _types(claims_of, "Die Gewerkschaft Verdi hatte damit gedroht, jede Woche zu streiken, um ihrer Forderung "
                             "Nachdruck zu verleihen.") == ["THREAT"]
    # negative: a verb of saying that does not judge takes the demand of its words
    assert _types(claims_of, "Die Gewerkschaft Verdi erklärte, die Arbeitgeber müssten ihrer Forderung "
                             "nachkommen.") == ["DEMAND"]


def test_a_consequence_announced_should_the_other_side_refuse_threatens(claims_of):
    # `sollten die Partner nicht bereit sein …, so werde der Austritt kommen`: a refusal in the condition, a future after it
    assert _types(claims_of, "Premier David Cameron sagte, sollten die Partner nicht bereit sein zu Reformen, "
                             "so werde der Austritt kommen.") == ["THREAT"]
    # negative: a condition that refuses nothing (an inability) announces help, no threat
    assert "THREAT" not in _types(claims_of, "Sollten die Länder nicht in der Lage sein, die Grenzen zu sichern, "
                                             "würde eine Eingreiftruppe helfen, sagte Premier David Cameron.")


def test_negative_words_give_a_statement_polarity_minus_one(claims_of):
    """A statement that laments (`alles andere als`, `Angst`, incidents reported as `Drohungen`) is against (-1);
    a plain statement stays +1 (`zu wünschen übrig`, which blames, is an ACCUSATION: see the test of it)."""
    wallner = "sagte Landeshauptmann Markus Wallner."
    against, spoken = [("AUT", "STATEMENT", "OTHER", -1)], [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Die Stimmung in den Gemeinden sei alles andere als gut, {wallner}") == against
    assert claims_of(f"Viele Eltern hätten Angst um ihre Kinder, {wallner}") == against
    assert claims_of(f"Im Netz würden sich Drohungen gegen Lehrer häufen, {wallner}") == against
    assert claims_of(f"Die Stimmung in den Gemeinden sei gut, {wallner}") == spoken
    assert claims_of(f"Viele Eltern hätten Vertrauen in ihre Schulen, {wallner}") == spoken


def test_a_modal_under_a_verb_of_expecting_an_outcome_is_no_demand(claims_of):
    """`geht davon aus, dass … gehen müssen` forecasts what will happen (german.csv `outcome_verb`): a STATEMENT;
    the same modal after `sagte` or `glaubt` is the speaker's norm, a DEMAND."""
    rest = "dass weniger als 300 Beschäftigte wirklich gehen müssen."
    assert _types(claims_of, f"Gewerkschaftschef Rainer Wimmer geht davon aus, {rest}") == ["STATEMENT"]
    assert _types(claims_of, f"Gewerkschaftschef Rainer Wimmer sagte, {rest}") == ["DEMAND"]
    assert _types(claims_of, f"Gewerkschaftschef Rainer Wimmer glaubt, {rest}") == ["DEMAND"]


def test_an_announcement_under_a_negated_condition_is_a_threat(claims_of):
    """`stellte … in Aussicht, sollte … nicht …`: a consequence announced should the other side refuse (german.csv
    `announcing_word`), a THREAT; without the condition, or with one that refuses nothing, it stays as it was."""
    who = "Landeshauptmann Hans Niessl"
    assert _types(claims_of, f"{who} stellte Kürzungen in Aussicht, sollte der Bund die Mittel nicht erhöhen.") \
        == ["THREAT"]
    assert _types(claims_of, f"{who} stellte Kürzungen in Aussicht.") == ["CONCESSION"]
    assert _types(claims_of, f"{who} kündigte Kürzungen an, falls der Bund die Mittel nicht erhöht.") == ["THREAT"]
    assert "THREAT" not in _types(claims_of, f"{who} kündigte Kürzungen an, falls der Bund zustimmt.")


def test_fearing_is_against_what_is_feared(claims_of):
    """`befürchtet, dass …` (verbs.csv, cues.csv: polarity -1) is against what it fears; `sagte, dass …` stays +1."""
    rest = "dass die Zahl der Pendler weiter steigen werde."
    assert claims_of(f"Bürgermeister Michael Häupl befürchtet, {rest}") == [("AUT", "STATEMENT", "OTHER", -1)]
    assert claims_of(f"Bürgermeister Michael Häupl sagte, {rest}") == [("AUT", "STATEMENT", "OTHER", 1)]


def test_darf_nicht_with_a_long_object_between_is_a_demand(claims_of):
    """`darf … nicht` (cues.csv DEMAND) with an object of several words between modal and negator
    (`Die Reform dürfe die kleinen Gemeinden des Landes nicht belasten`) sets a norm as the short form does;
    without the modal it states a fact."""
    who = "sagte Landeshauptmann Hans Niessl."
    assert _types(claims_of, f"Die Reform dürfe die kleinen Gemeinden des Landes nicht belasten, {who}") == ["DEMAND"]
    assert _types(claims_of, f"Das Wahlrecht darf sich die Regierung nicht zurechtbiegen, {who}") == ["DEMAND"]
    assert _types(claims_of, f"Die Reform belaste die kleinen Gemeinden des Landes nicht, {who}") == ["STATEMENT"]


def test_a_judgement_before_a_labelling_cue_types_the_claim(claims_of):
    """`Als inakzeptabel bezeichnete es X, dass …` rejects as `Es sei inakzeptabel, dass …` does; a label that
    judges nothing (`Als wichtig …`) leaves a statement."""
    rest = "bezeichnete es Wirtschaftsminister Sigmar Gabriel, dass Indien Reis zu Dumpingpreisen verkaufe."
    assert claims_of(f"Als inakzeptabel {rest}") == [("DEU", "REJECTION", "OTHER", -1)]
    assert claims_of(f"Als nicht akzeptabel {rest}") == [("DEU", "REJECTION", "OTHER", -1)]
    assert claims_of(f"Als wichtig {rest}") == [("DEU", "STATEMENT", "OTHER", 1)]


def test_not_blocking_and_not_standing_in_the_way_concede(claims_of):
    """`werde … nicht blockieren`, `stehe … nicht im Weg` (cues.csv CONCESSION): the speaker's side gives way;
    `dürfe … nicht blockieren` asks it of another side, a DEMAND."""
    who = "sagte SPÖ-Chef Werner Faymann."
    assert _types(claims_of, f"Die SPÖ werde eine Einigung mit den Ländern nicht blockieren, {who}") == ["CONCESSION"]
    assert _types(claims_of, f"Die SPÖ stehe einer Einigung mit den Ländern nicht im Weg, {who}") == ["CONCESSION"]
    assert _types(claims_of, f"Die ÖVP dürfe eine Einigung mit den Ländern nicht blockieren, {who}") == ["DEMAND"]


def test_voting_with_and_assenting_in_the_words_agree(claims_of):
    """`Wir wählen X mit`, `wir stimmen dem Antrag zu`, `wir werden zustimmen` (cues.csv AGREEMENT, in the first
    person: others said to agree are no agreement of the speaker's); negated (`stimmen … nicht zu`, `werden nicht
    zustimmen`) a REJECTION; `müsse zustimmen` a DEMAND of another side."""
    assert _types(claims_of, "Der Grüne Abgeordnete Lambert Schönleitner erklärte: Wir wählen Huber mit.") \
        == ["AGREEMENT"]
    assert _types(claims_of, "Der Grüne Abgeordnete Lambert Schönleitner erklärte: Wir stimmen dem Antrag zu.") \
        == ["AGREEMENT"]
    assert claims_of("Der Grüne Abgeordnete Lambert Schönleitner erklärte: Wir stimmen dem Antrag nicht zu.") \
        == [("AUT", "REJECTION", "OTHER", -1)]
    kickl = "sagte der Abgeordnete Herbert Kickl."
    assert _types(claims_of, f"Wir werden dem Gesetz zustimmen, {kickl}") == ["AGREEMENT"]
    assert _types(claims_of, f"Wir werden dem Gesetz nicht zustimmen, {kickl}") == ["REJECTION"]
    assert "AGREEMENT" not in _types(claims_of, f"Die Abgeordneten der SPÖ würden dem Gesetz zustimmen, {kickl}")
    assert _types(claims_of, f"Der Bundesrat müsse dem Gesetz zustimmen, {kickl}") == ["DEMAND"]
    # a refusal announced under a condition stays a THREAT (cues.csv: `Wenn …, werden wir nicht zustimmen`)
    assert _types(claims_of, f"Wenn die Reform verwässert wird, werden wir nicht zustimmen, {kickl}") == ["THREAT"]


def test_a_condition_opened_by_a_konjunktiv_verb_takes_no_position(claims_of):
    """`Hätte es die Förderung nie gegeben, würde …` (a `ki2` verb first, a comma after its clause): the condition's
    words (`nie`) refuse nothing, as those of `Wenn es die Förderung nie gegeben hätte, …` do not."""
    who = "sagte Finanzminister Hans Jörg Schelling."
    assert _types(claims_of, f"Hätte es die Förderung nie gegeben, würde der Betrieb heute anders aussehen, {who}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Es hat die Förderung nie gegeben, {who}") == ["REJECTION"]


def test_a_konjunktiv_condition_before_muessten_sets_no_demand(claims_of):
    """`Hätte die Regierung früher gehandelt, müssten die Bürger …` (a `ki2` verb first, `müssten` in the main clause,
    german.csv `unreal_obligation`): what would follow were things otherwise, no DEMAND; a plain `müssten` or one
    after a `wenn` condition still demands."""
    who = "sagte Finanzminister Hans Jörg Schelling."
    assert _types(claims_of, f"Hätte die Regierung früher gehandelt, müssten die Bürger heute weniger zahlen, {who}") \
        == ["STATEMENT"]
    assert _types(claims_of, f"Wäre die Lage eine andere, müssten wir sofort handeln, {who}") == ["STATEMENT"]
    assert _types(claims_of, f"Die Bürger müssten heute weniger zahlen, {who}") == ["DEMAND"]
    assert _types(claims_of, f"Wenn die Lage so bleibt, müssten wir sofort handeln, {who}") == ["DEMAND"]


def test_an_intolerable_word_said_of_conduct_accuses(claims_of):
    """`inakzeptabel`, `unerträglich` (german.csv `intolerable_word`) said of an actor's conduct or words (a
    `conduct_noun`: `Verhalten`, `Vorgehen`, `Äußerungen`) or beside a word that blames (`niveaulos und inakzeptabel`)
    condemns: ACCUSATION; said of an option (`eine Steuererhöhung`) it refuses (REJECTION), and so it does where the
    blaming word is negated."""
    who = "sagte der Abgeordnete Herbert Kickl."
    assert _types(claims_of, f"Das Verhalten der Ministerin sei inakzeptabel, {who}") == ["ACCUSATION"]
    assert _types(claims_of, f"Die Äußerungen des Ministers seien völlig inakzeptabel, {who}") == ["ACCUSATION"]
    assert _types(claims_of, "Die SPÖ bezeichnete die Rede des Ministers als niveaulos und inakzeptabel.") \
        == ["ACCUSATION"]
    assert _types(claims_of, f"Eine Erhöhung der Mehrwertsteuer sei inakzeptabel, {who}") == ["REJECTION"]
    assert _types(claims_of, "Die SPÖ nannte den Plan nicht niveaulos, aber inakzeptabel.") == ["REJECTION"]


def test_a_negated_accusation_verb_denies_an_accusation(claims_of):
    """`habe die Ministerin nie verunglimpfen wollen` (verbs.csv: accusation verbs with negated_type REJECTION): the
    speaker denies what he is accused of, a REJECTION against it (-1, not the +1 of `schloss nicht aus`); the verb
    not negated, or `nicht nur … sondern`, still accuses."""
    assert claims_of("Herbert Kickl habe die Ministerin niemals verunglimpfen wollen.") \
        == [("AUT", "REJECTION", "OTHER", -1)]
    assert claims_of("Herbert Kickl hat der Ministerin nie Betrug unterstellt.") == [("AUT", "REJECTION", "OTHER", -1)]
    assert claims_of("Herbert Kickl hat die Ministerin verunglimpft.") == [("AUT", "ACCUSATION", "OTHER", -1)]
    assert _types(claims_of, "Die SPÖ wirft der ÖVP nicht nur Stillstand vor, sondern auch Verrat.") == ["ACCUSATION"]


def test_a_negator_in_a_relative_clause_leaves_a_statement_for(tagged_nlp):
    """A statement on no listed issue is against what it names when its words negate (`Die Reform sei nicht
    gelungen`: -1), but not for a negator inside a relative clause (`eine Partei, die noch nicht zwei Jahre alt ist`):
    it describes a noun, the main clause holds the position; a free relative (`…, was alles nicht geht, …`) is what
    the speaker speaks of."""
    def polarities(text):
        return [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims]
    who = "sagte Herbert Kickl."
    assert polarities(f"Wir reden über eine Partei, die noch nicht einmal zwei Jahre alt ist, {who}") \
        == [("STATEMENT", 1)]
    assert polarities(f"Dass die Regierung ständig sagt, was alles nicht geht, stört mich sehr, {who}") \
        == [("STATEMENT", -1)]
    assert polarities(f"Die Reform sei nicht gelungen, {who}") == [("STATEMENT", -1)]
    assert polarities(f"Das Land habe keine Partei, die Reformen will, {who}") == [("STATEMENT", -1)]


def test_an_open_question_or_a_bare_concession_takes_no_side(claims_of):
    """A statement that leaves its question open (german.csv `open_question_word` before or after an indirect
    question: `Ob …, lasse sich nicht sagen`, `Es sei offen, ob …`) or only concedes (`concessive_word`: `Zwar
    gebe es …` with no `aber` after it) is neither for nor against: polarity 0; a judging word keeps its side,
    and `und zwar`, a concession answered by `aber`, or a plain statement stay as they were."""
    who = "sagte Landeshauptmann Markus Wallner."
    neither = [("AUT", "STATEMENT", "OTHER", 0)]
    assert claims_of(f"Ob die Reform der Gemeindefinanzen noch heuer komme, lasse sich nicht sagen, {who}") == neither
    assert claims_of(f"Es sei noch offen, ob der Ausbau der Bahnstrecke finanziert werde, {who}") == neither
    assert claims_of(f"Wann die neue Schule eröffnet werde, sei unklar, {who}") == neither
    assert claims_of(f"Zwar gebe es noch einzelne Streitpunkte beim Budget, {who}") == neither
    # negatives: a judging word, a concession with its `aber`, `und zwar`, an openness to something, a plain statement
    assert claims_of(f"Zwar sei die Lage in den Spitälern dramatisch, {who}") == [("AUT", "STATEMENT", "OTHER", -1)]
    assert claims_of(f"Zwar sei die Reform teuer, aber sie bringe den Familien viel, {who}") \
        == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Die Schule werde umgebaut, und zwar noch heuer, {who}") == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Es gebe noch einzelne Streitpunkte beim Budget, {who}") == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Es gebe keine Einigung beim Budget, {who}") == [("AUT", "STATEMENT", "OTHER", -1)]


def test_an_open_question_opened_by_welche_takes_no_side(claims_of):
    """An indirect question opened by `welche`, `welcher` (german.csv `question_determiner`) next to an
    `open_question_word` (`In welcher Höhe …, lasse sich nicht sagen`, `Es sei offen, welche …`) leaves its
    question open as `Ob …` does: polarity 0; a `welche` clause that names what is known still takes its side."""
    who = "sagte Landeshauptmann Markus Wallner."
    neither = [("AUT", "STATEMENT", "OTHER", 0)]
    assert claims_of(f"In welcher Höhe die Förderung ausfalle, lasse sich noch nicht sagen, {who}") == neither
    assert claims_of(f"Es sei noch offen, welche Gemeinden das Geld bekommen, {who}") == neither
    # negatives: what is known, and a plain statement, keep their side
    assert claims_of(f"Welche Gemeinden das Geld bekommen, stehe schon fest, {who}") \
        == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of(f"Die Gemeinden würden das Geld nicht bekommen, {who}") == [("AUT", "STATEMENT", "OTHER", -1)]


def test_a_concession_opened_by_wenngleich_takes_no_side(claims_of):
    """`X freute sich über …, wenngleich er betonte, dass …` (german.csv `concessive_word`, as `zwar`): praise with a
    reservation and no `aber` after it is mixed, polarity 0; answered by `aber`, or without the concession, the
    statement keeps its side."""
    neither = [("AUT", "STATEMENT", "OTHER", 0)]
    assert claims_of("Landeshauptmann Markus Wallner freute sich über das Klima, wenngleich er betonte, dass es bis zu "
                     "einer Regierung noch ein langer Weg sei.") == neither
    # negatives: the reservation answered by `aber`, and the plain statement
    assert claims_of("Landeshauptmann Markus Wallner betonte, wenngleich das Klima gut sei, dass es aber bis zu "
                     "einer Regierung noch ein langer Weg sei.") == [("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of("Landeshauptmann Markus Wallner betonte, dass es bis zu einer Regierung noch ein langer Weg "
                     "sei.") == [("AUT", "STATEMENT", "OTHER", 1)]


def test_litotes_of_not_overlooking_is_not_against(claims_of):
    """`nicht außer Acht lassen`, `nicht aus den Augen verlieren` (german.csv `negation_canceller`, as `nicht
    vergessen`) draw attention to something: not against it; `nicht finanzieren` still is."""
    who = "sagte Landeshauptmann Markus Wallner."
    def polarities(text: str) -> list[int]:
        return [claim[3] for claim in claims_of(text)]
    assert polarities(f"Man dürfe die Lage der Bergbauern nicht außer Acht lassen, {who}") == [1]
    assert polarities(f"Man dürfe die Pendler nicht aus den Augen verlieren, {who}") == [1]
    assert polarities(f"Man werde die Lage der Bergbauern nicht verbessern, {who}") == [-1]


def test_a_noun_label_given_to_someones_conduct_accuses(claims_of):
    # `bezeichnete X' Verhalten als …`, `nannte das Vorgehen der Y einen …`: a noun given as a label to someone's
    # conduct or words (german.csv `conduct_noun`) condemns it, an ACCUSATION
    assert _types(claims_of, "Die SPÖ bezeichnete Hofers Verhalten als typisches Muster der FPÖ.") == ["ACCUSATION"]
    assert _types(claims_of, "Die FPÖ nannte das Vorgehen der Regierung einen Fall für die Gerichte.") == ["ACCUSATION"]
    # negatives: a noun label for a thing that is no conduct, one's own conduct, or a label that praises
    assert _types(claims_of, "Die SPÖ bezeichnete Hofers Buch als typisches Werk der Nachkriegszeit.") == ["STATEMENT"]
    assert _types(claims_of, "Die SPÖ bezeichnete das Vorgehen der Regierung als wichtigen Beitrag.") == ["STATEMENT"]
    assert _types(claims_of, "Die SPÖ bezeichnete unser Vorgehen als typisches Muster der Partei.") == ["STATEMENT"]


def test_a_first_person_denial_of_a_deed_rejects(claims_of):
    # `Ich habe kein … erfunden`, `Wir haben nichts verheimlicht`: the speaker denies a deed he is blamed for (cues.csv,
    # a first-person perfect with a negator and a verb of blame), a REJECTION
    kurz = "sagte Außenminister Sebastian Kurz."
    assert _types(claims_of, f"„Ich habe kein neues System erfunden“, {kurz}") == ["REJECTION"]
    assert _types(claims_of, f"„Wir haben nichts verheimlicht“, {kurz}") == ["REJECTION"]
    assert _types(claims_of, f"„Wir haben nicht gelogen“, {kurz}") == ["REJECTION"]
    # negatives: no negator, or a negated deed that nobody blames
    assert _types(claims_of, f"„Ich habe ein neues System erfunden“, {kurz}") == ["STATEMENT"]
    assert _types(claims_of, f"„Wir haben kein Geld bekommen“, {kurz}") == ["STATEMENT"]


def test_an_administrations_account_of_a_journey_through_a_list_is_a_relayed_fact(tagged_nlp):
    # a perfect in reported words whose clause holds a list of places before its participle (`sei über Spanien,
    # Frankreich und Belgien … gereist`): a past event the ministry relays, no position
    text = "Der Verdächtige sei über Spanien, Frankreich und Belgien nach Deutschland gereist, sagte das " \
           "Innenministerium in Rabat."
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # the auxiliary after its participle ends the perfect or passive even when a second clause follows it
    text = "Die Regierung in Rabat bestätigte, dass zwei Touristen getötet worden seien und drei weitere vermisst " \
           "würden."
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    text = "Die Regierung in Rabat bestätigte, dass die Gespräche konstruktiv gewesen seien und fortgesetzt würden."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text
    # a negator argues: the ministry's position
    text = "Die Regierung habe die Grenze zu Spanien, Frankreich und Belgien nicht geschlossen, sagte das " \
           "Innenministerium in Rabat."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text


def test_an_administrations_notice_goes_on_in_the_next_sentence(tagged_nlp):
    # the sentence after a ministry's notice relays more of it in reported words, also on a listed issue
    text = ("Das Innenministerium in Lissabon bestätigte am Montag, dass die Halle ab Mittwoch als Quartier genutzt "
            "werde. Die Halle werde von der Caritas betreut und biete auch eine Küche.")
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # an administration's notice of a past event is a relayed fact on a listed issue too (`Die Verhandlungen seien
    # gescheitert, wie das Ministerium mitteilte`); a minister's words are his side's account (a claim)
    text = "Die Verhandlungen seien gescheitert, wie das deutsche Wirtschaftsministerium am Dienstag mitteilte."
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    text = ("Die Armee sei mit 200 Soldaten in das Grenzgebiet eingerückt, teilte das Verteidigungsministerium in "
            "Lissabon mit. Die Soldaten hätten die Stellungen der Rebellen am Morgen erreicht.")
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # its norm or judgement in the next sentence is a claim
    text = ("Das Innenministerium in Lissabon bestätigte am Montag, dass die Halle ab Mittwoch als Quartier genutzt "
            "werde. Die Gemeinden müssten endlich mehr Quartiere bereitstellen.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["DEMAND"], text


def test_the_commissions_press_officer_gives_out_information(tagged_nlp):
    # `Kommissionssprecherin`: the EU Commission's press officer, named by one compound, gives notice of a schedule
    text = ("Die EU-Kommission will ihre Strategie im Sommer vorlegen. Die Strategie werde wie vorgesehen Ende Juni "
            "vorgelegt, sagte eine Kommissionssprecherin am Montag.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["PROPOSAL"], text
    # her side's refusal or judgement is a claim
    text = ("Die EU-Kommission will ihre Strategie im Sommer vorlegen. Die Kritik der Regierung in Budapest sei "
            "völlig haltlos, sagte eine Kommissionssprecherin am Montag.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["PROPOSAL", "REJECTION"], text


def test_an_issues_negator_in_a_relayed_event_tells_the_event(tagged_nlp):
    # `endete`, `gegen`: words that negate an issue's position tell what happened in a relayed past event
    for text in ("Die Ausgangssperre in der Provinz Van endete am Morgen um sieben Uhr, teilte das Innenministerium "
                 "in Ankara mit.",
                 "Die Armee ging am Morgen gegen die Demonstranten in der Provinz Van vor, teilte das "
                 "Innenministerium in Ankara mit."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # a negator of the verb argues: the ministry's position
    text = ("Die Armee ging am Morgen nicht gegen die Demonstranten in der Provinz Van vor, teilte das "
            "Innenministerium in Ankara mit.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text


def test_a_ministrys_ressort_gives_notice(tagged_nlp):
    # `das Innenressort`, `im Finanzressort`: a ministry named by its portfolio gives notice of information, in the
    # next sentence too; its norm is a claim
    text = ("Das Innenressort in Wien bestätigte am Montag, dass die Halle ab Mittwoch als Quartier genutzt werde. "
            "Die Halle werde von der Caritas betreut und biete auch eine Küche.")
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    text = ("Das Innenressort in Wien bestätigte am Montag, dass die Halle ab Mittwoch als Quartier genutzt werde. "
            "Die Gemeinden müssten endlich mehr Quartiere bereitstellen.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["DEMAND"], text


def test_a_question_someone_else_asked_blames_nobody(tagged_nlp):
    # `Auf die Frage, ob …`: the blame word is the asker's; the answer after it is coded, not the question
    asked = "Wien – Auf die Frage, ob die Demonstranten Rassisten seien, sagte der Innenminister: Das will ich nicht beurteilen."
    assert [c.claim_type for c in tagged_nlp(asked)._.claims] == ["STATEMENT"]
    nested = "Wien – Der Innenminister sprach am Montag. Auf die Frage, ob denn Leute, die Sorgen haben, Rassisten seien, " \
        "sagte er: So weit würde ich nicht gehen."
    assert [c.claim_type for c in tagged_nlp(nested)._.claims] == ["STATEMENT"]
    said = "Wien – Der Innenminister sagte, die Demonstranten seien Rassisten."
    assert [c.claim_type for c in tagged_nlp(said)._.claims] == ["ACCUSATION"]


def test_a_perfect_auxiliary_opening_the_text_reads_no_participle_from_its_end(tagged_nlp):
    # `_clause_final_participle` of an auxiliary at the text's first token: the clause is the words given
    # (up to `end`), never the text's last word (doc[verb.i - 1] wrapped round to doc[-1])
    coder = tagged_nlp.get_pipe("claim_coder").rules
    doc = tagged_nlp("Habe die Regierung das Gesetz gestern beschlossen")
    assert coder._participle(doc[-1])
    assert coder._clause_final_participle(doc, doc[0], len(doc))  # `habe … beschlossen`
    assert not coder._clause_final_participle(doc, doc[0], 1)  # the clause is `Habe` alone
    assert not coder._clause_final_participle(doc, doc[0], 3)  # `Habe die Regierung`: no participle


def test_declining_to_say_is_no_claim(tagged_nlp):
    # `wollte nicht spekulieren`, `wollte noch nichts sagen`, `wollte keine Namen nennen`: the speech verb
    # ends the sentence right after a negator; the speaker said nothing
    for text in ("Wien – Über einen Nachfolger wollte Bundeskanzler Werner Faymann nicht spekulieren.",
                 "Wien – Zu den Plänen der Kammer wollte Faymann am Montag noch nichts sagen.",
                 "Wien – Einen Termin für die Reform wollte Faymann keinen nennen."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # what he says, or refuses with a verb of its own, stays a claim
    text = "Wien – Faymann wollte die Steuerreform nicht ablehnen, sagte aber, sie komme zu früh."
    assert tagged_nlp(text)._.claims != [], text
    text = "Wien – Bundeskanzler Werner Faymann forderte am Montag eine Steuerreform."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["DEMAND"], text


def test_a_former_minister_heading_a_company_by_its_legal_form_speaks_business(tagged_nlp):
    # `der Generaldirektor der X AG, Josef Pröll`: the knowledge base knows him as a minister, but his phrase names
    # a company by its legal form; on no political issue his words are the company's business
    text = ("Wien – Der Generaldirektor der Alpenländischen Beteiligungs AG (ABA), Josef Pröll, zeigt sich in "
            "einer Aussendung zufrieden mit dem Verkauf.")
    assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # named by his office in government, he speaks for it
    text = "Wien – Finanzminister Josef Pröll zeigt sich in einer Aussendung zufrieden mit dem Budget."
    assert [c.actor for c in tagged_nlp(text)._.claims] == ["Josef Pröll"], text


def test_each_coordinated_claimant_gives_its_own_claim(tagged_nlp):
    # `X und Y forderten`: quotes.csv keeps the speakers as one phrase; each known claimant gets a row of its
    # own actor, side and type (codebook: one row per claimant)
    text = ("Paris – Frankreichs Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz forderten am Dienstag "
            "neue Sanktionen gegen Russland.")
    doc = tagged_nlp(text)
    assert len(doc._.quotes) == 1, text
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Emmanuel Macron", "FRA"), ("Olaf Scholz", "DEU")}
    text2 = "Brüssel – Die EU-Kommission und die ukrainische Regierung forderten am Montag eine Waffenruhe."
    assert {c.actor_country for c in tagged_nlp(text2)._.claims} == {"EU", "UKR"}, text2
    # a plural pronoun after them, and the words that go on with it, take up both
    text += " Sie betonten, Moskau müsse seine Truppen sofort abziehen. Die Sanktionen seien unvermeidlich."
    claims = tagged_nlp(text)._.claims
    assert {c.actor_country for c in claims if c.sentence_id == 1} == {"FRA", "DEU"}, text
    assert {c.actor_country for c in claims if c.sentence_id == 2} == {"FRA", "DEU"}, text
    # so after speakers the quote finder split, each with the cue
    text2 = ("Moskau – Scholz und Lawrow einigten sich am Montag auf eine Waffenruhe. "
             "Sie betonten, die Gespräche würden fortgesetzt.")
    assert {c.actor_country for c in tagged_nlp(text2)._.claims if c.sentence_id == 1} == {"DEU", "RUS"}, text2
    # a singular pronoun takes up one of them
    text = ("Paris – Frankreichs Präsident Emmanuel Macron und Bundeskanzlerin Angela Merkel forderten am Dienstag "
            "neue Sanktionen gegen Russland. Sie betonte, Moskau müsse seine Truppen sofort abziehen.")
    assert {c.actor_country for c in tagged_nlp(text)._.claims if c.sentence_id == 1} == {"DEU"}, text


def test_one_name_or_genitive_joined_by_und_is_no_second_claimant(tagged_nlp):
    # `und` inside a name, or a bare genitive going on with the first phrase's attribute, joins no claimant
    for text in ("Sarajevo – Die Regierung von Bosnien und Herzegowina forderte am Montag neue Gespräche.",
                 "Paris – Der Präsident Frankreichs und Deutschlands forderte am Montag neue Gespräche.",
                 "Wien – Kritiker aus Deutschland und Frankreich forderten am Montag neue Gespräche."):
        assert len({c.actor for c in tagged_nlp(text)._.claims}) <= 1, text
    # a noun phrase of its own with its article is a second claimant
    text = "Paris – Der Präsident Frankreichs und die Bundeskanzlerin Angela Merkel forderten am Montag neue Gespräche."
    assert {c.actor_country for c in tagged_nlp(text)._.claims} == {"FRA", "DEU"}, text


def test_the_required_noun_after_nicht_nur_sondern_auch(tagged_nlp):
    # `erteilte nicht nur X, sondern auch Y eine Absage`: the comma joins two objects of one clause, whose
    # required noun (`Absage`) comes after `sondern`
    text = "Linz – Die Grünen erteilten nicht nur dem Bürgermeister, sondern auch seiner Stellvertreterin eine Absage."
    assert [(c.actor, c.claim_type) for c in tagged_nlp(text)._.claims] \
        == [("Die Grünen (Österreich)", "REJECTION")], text
    # a clause of its own after `sondern` lends its noun to no other verb
    text = "Linz – Die Grünen erteilten nicht nur dem Bürgermeister ein Lob, sondern sie sagten auch eine Feier ab."
    assert "REJECTION" not in [c.claim_type for c in tagged_nlp(text)._.claims], text


def test_a_possessive_before_a_position_noun_makes_the_von_actor_its_object(tagged_nlp):
    # `seine strikte Ablehnung von X als Kanzler`: the possessive holds the position, X is what is rejected
    for text in ("Seine strikte Ablehnung von FPÖ-Chef Heinz-Christian Strache als Kanzler ist bekannt.",
                 "Ihre Kritik von Innenministerin Johanna Mikl-Leitner fiel scharf aus."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == [], text
    # with an article the actor after `von` still holds the position
    for text in ("Die strikte Ablehnung von FPÖ-Chef Heinz-Christian Strache kam prompt.",
                 "Scharfe Kritik von Innenministerin Johanna Mikl-Leitner folgte prompt."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_a_polls_respondents_take_no_position(tagged_nlp):
    # `ein Viertel der befragten Iraker gab an`, `die Hälfte der Befragten`: respondents answer a poll
    # (german.csv respondent_word), their answers are no claims
    for text in ("Demnach gab ein Viertel der befragten Iraker an, keine Schule besucht zu haben.",
                 "Die Hälfte der befragten Österreicher forderte strengere Gesetze."):
        assert tagged_nlp(text)._.claims == [], text
    # the same group as a claimant of its own
    for text in ("Die Österreicher forderten strengere Gesetze.",
                 "Die Iraker gaben an, keine Schule besucht zu haben."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_a_statement_opened_by_a_likeness_adverb_shares_the_position_before(tagged_nlp):
    # `Ähnlich sieht das X.`, `Ebenso äußerte sich Y.` (german.csv likewise_adverb): the other actor's position
    # of the sentence before, with its issue
    for second in ("Ähnlich sieht das sein Amtskollege Markus Wallner.",
                   "Ebenso äußerte sich Landeshauptmann Markus Wallner."):
        text = "Bregenz – Landeshauptmann Günther Platter lehnte Neuwahlen entschieden ab. " + second
        claim = next(c for c in tagged_nlp(text)._.claims if c.actor == "Markus Wallner")
        assert (claim.claim_type, claim.polarity, claim.issue) == ("REJECTION", -1, "LEGITIMACY"), text
    # words of its own keep their type, and so does a sentence without the adverb
    for second in ("Ähnlich hoch sei die Arbeitslosigkeit, sagte Landeshauptmann Markus Wallner.",
                   "Dazu äußerte sich Landeshauptmann Markus Wallner."):
        text = "Bregenz – Landeshauptmann Günther Platter lehnte Neuwahlen entschieden ab. " + second
        claim = next(c for c in tagged_nlp(text)._.claims if c.actor == "Markus Wallner")
        assert claim.claim_type == "STATEMENT", text


def test_a_vow_with_schwoeren_is_speech_but_an_oath_is_not(tagged_nlp):
    # verbs.csv `schwören` (strong_verbs.csv: schwor, geschworen): the vow frames the speaker's words
    for text in ("Der deutsche Finanzminister Franz Wendtner schwor, er werde die Steuern nicht erhöhen.",
                 "Er werde niemals zurücktreten, hatte der deutsche Finanzminister Franz Wendtner seinen "
                 "Parteifreunden geschworen."):
        assert [c.actor for c in tagged_nlp(text)._.claims] == ["Franz Wendtner"], text
    # negatives: the oath of office, loyalty sworn
    for text in ("Der deutsche Finanzminister Franz Wendtner schwor am Montag den Amtseid.",
                 "Die Abgeordneten der deutschen Liberalen schworen ihrem Parteichef die Treue."):
        assert tagged_nlp(text)._.claims == [], text


def test_sowohl_als_auch_and_sowie_auch_join_claimants(tagged_nlp):
    # `Sowohl X als auch Y forderten`, `X sowie auch Y`: the correlative and the additive word join the list;
    # `Sowohl` is no word of the speaker's
    for text, countries in (
            ("Paris – Sowohl Frankreichs Präsident Emmanuel Macron als auch Bundeskanzler Olaf Scholz forderten "
             "am Dienstag neue Sanktionen gegen Russland.", {"FRA", "DEU"}),
            ("Paris – Frankreichs Präsident Emmanuel Macron sowie auch Bundeskanzler Olaf Scholz forderten "
             "am Dienstag neue Sanktionen gegen Russland.", {"FRA", "DEU"})):
        doc = tagged_nlp(text)
        assert {c.actor_country for c in doc._.claims} == countries, text
        assert not any(q.speaker.text.startswith("Sowohl") for q in doc._.quotes), text
    # negative: `als` alone joins no second claimant (`sprach als Vertreter …`)
    text = ("Paris – Frankreichs Präsident Emmanuel Macron forderte als Gastgeber von Bundeskanzler Olaf Scholz "
            "neue Sanktionen gegen Russland.")
    assert {c.actor_country for c in tagged_nlp(text)._.claims} == {"FRA"}, text


def test_asking_for_information_is_no_demand(tagged_nlp):
    # verbs.csv `bitten` excludes: `um Erläuterungen, Auskunft, eine Stellungnahme bitten` asks a question
    text = "Wien – Der Kanzler bat den Minister um Erläuterungen zu den neuen Plänen."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == [], text
    # negative: asking for help or a deed stays a demand
    text = "Athen – Der griechische Premier bat die EU-Kommission um eine rasche Freigabe der Hilfsgelder."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["DEMAND"], text


def test_an_office_in_the_plural_with_coordinated_countries_gives_one_claimant_each(tagged_nlp):
    # `Die Außenminister Athens und Ankaras`: the office of each country in the genitive
    text = "Wien – Die Außenminister Athens und Ankaras forderten am Montag eine Lösung für die Insel."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {
        ("Außenminister (GRC)", "GRC"), ("Außenminister (TUR)", "TUR")}, text
    text = "Wien – Die Präsidenten Russlands und der Ukraine forderten am Montag eine Waffenruhe."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {
        ("Präsident (RUS)", "RUS"), ("Präsident (UKR)", "UKR")}, text
    # one office in the singular, a country's own phrase (`die Türkei`, nominative) or an organisation's
    # ministers (`der EU`) name no further office
    text = "Wien – Der Außenminister Griechenlands und die Türkei forderten am Montag eine Lösung für die Insel."
    assert "Außenminister (TUR)" not in {c.actor for c in tagged_nlp(text)._.claims}, text
    text = "Wien – Die Außenminister der EU forderten am Montag eine Lösung für die Insel."
    assert [c.actor for c in tagged_nlp(text)._.claims] == ["Außenminister (EU)"], text


def test_each_party_of_a_list_partly_outside_the_clause_is_a_claimant(tagged_nlp):
    # `Die ÖVP, die SPÖ sowie die Grünen`: the comma splits the clause, `sowie` ends the list
    for text in ("Wien – Die ÖVP, die SPÖ sowie die Grünen lehnen die Steuererhöhung ab.",
                 "Wien – Die ÖVP, die SPÖ und die Grünen lehnen die Steuererhöhung ab.",
                 "Wien – Am Montag haben die ÖVP, die SPÖ sowie die Grünen die Steuererhöhung abgelehnt."):
        assert {c.actor for c in tagged_nlp(text)._.claims} == {"ÖVP", "SPÖ", "Die Grünen (Österreich)"}, text
    # in the middle field a known actor after `und` is a further subject
    text = ("Paris – Zuvor hatten Frankreichs Präsident François Hollande und UN-Generalsekretär Ban Ki-moon in Paris "
            "eindringlich für das Abkommen geworben.")
    assert {c.actor_country for c in tagged_nlp(text)._.claims} == {"FRA", "UN"}, text
    # an object list after the subject, and a list of a clause of its own before a comma, join no claimant
    text = "Wien – Am Montag hat die SPÖ die ÖVP und die Grünen scharf kritisiert."
    assert {c.actor for c in tagged_nlp(text)._.claims} == {"SPÖ"}, text
    text = "Wien – Die ÖVP stimmte dem Plan zu, die SPÖ und die Grünen lehnten ihn ab."
    assert {(c.actor, c.claim_type) for c in tagged_nlp(text)._.claims} == {
        ("ÖVP", "AGREEMENT"), ("SPÖ", "REJECTION"), ("Die Grünen (Österreich)", "REJECTION")}, text


def test_a_weak_negator_turns_a_stance_around(tagged_nlp):
    # `wenig überzeugt`, `kaum überzeugt` (german.csv weak_negator) reject like `nicht überzeugt`;
    # `reagierte wenig begeistert` is a stance against
    for text in ("Die SPÖ zeigte sich wenig überzeugt von dem Vorschlag der Regierung.",
                 "Die SPÖ ist von dem Vorschlag der Regierung kaum überzeugt."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("REJECTION", -1), text
    claim = tagged_nlp("Die SPÖ reagierte wenig begeistert auf den Vorschlag der Regierung.")._.claims[0]
    assert (claim.claim_type, claim.polarity) == ("STATEMENT", -1)
    # `alles andere als` is a negator, no comparison that hides the cue
    claim = tagged_nlp("Die SPÖ zeigte sich alles andere als überzeugt von dem Vorschlag der Regierung.")._.claims[0]
    assert claim.polarity == -1
    # without the weak negator, or with `wenig` that belongs to another word, the stance stays for
    for text in ("Die SPÖ reagierte begeistert auf den Vorschlag der Regierung.",
                 "Wenig später reagierte die SPÖ begeistert auf den Vorschlag der Regierung."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("STATEMENT", 1), text


def test_a_verb_of_explaining_or_naming_with_a_thing_as_its_object_takes_no_position(tagged_nlp):
    # `erklärt den Anlegern die Lage`, `nannte nur die Namen` (german.csv topic_verb): no words reported,
    # only a thing explained or named
    for text in ("Am Morgen erklärt der Ökonom Peter Huber den Anlegern die Lage der Weltwirtschaft.",
                 "Der Ökonom Peter Huber erklärt die Welt der Politik.",
                 "Die Caritas ergänzt ihre Arbeit mit einem Projekt für Kinder.",
                 "Bürgermeister Michael Häupl nannte nur die Namen der Kandidaten."):
        assert tagged_nlp(text)._.claims == [], text
    # a label (`als Grund`, two objects), a stance noun, a verdict or words after a colon stay claims
    for text in ("Als Grund nannte Bürgermeister Michael Häupl die Lage an der Grenze.",
                 "Bürgermeister Michael Häupl nannte die Reform einen Fehler.",
                 "Bürgermeister Michael Häupl erklärte seine Unterstützung für die Reform.",
                 "Bürgermeister Michael Häupl erklärte: Wir werden die Grenze schützen.",
                 "Die luxemburgische Regierung hatte ebenso wie die Unternehmen erklärt, diese Regeln "
                 "entsprächen den geltenden Gesetzen."):
        assert len(tagged_nlp(text)._.claims) == 1, text


def test_a_plural_verb_that_spells_a_listed_noun_is_still_a_cue(tagged_nlp):
    # `bedauern` is also german.csv's `evaluative_word` (`das Bedauern`); as a verb after a plural
    # subject it is the cue of verbs.csv `bedauern` all the same
    doc = tagged_nlp("Die SPÖ-Abgeordneten bedauern, dass die Regierung die Reform nicht zurücknimmt.")
    assert [(c.actor, c.claim_type, c.polarity) for c in doc._.claims] == [("SPÖ", "STATEMENT", -1)]
    # negative: the capitalised noun inside the sentence is no cue
    doc = tagged_nlp("Mit Bedauern nahmen die SPÖ-Abgeordneten zur Kenntnis, dass die Regierung die Reform behält.")
    assert not [q for q in doc._.quotes if q.cue.lower() == "bedauern"] and not doc._.claims


def test_a_courts_ruling_is_no_claim_whatever_its_words_of_blame(tagged_nlp):
    # `urteilte`, `beschied`, `hielt … fest` (german.csv ruling_verb) of a court: a ruling by law, no accusation
    for text in ("Der Verfassungsgerichtshof urteilte, die neue Meldepflicht verstoße gegen die Verfassung.",
                 "Rechtswidrig, beschied der Europäische Gerichtshof.",
                 "Der Europäische Gerichtshof hatte festgehalten, dass die Gebühr gegen EU-Recht verstößt."):
        assert tagged_nlp(text)._.claims == [], text
    # a politician who judges so accuses; a court that calls on a side demands
    claim = tagged_nlp("Bürgermeister Michael Häupl urteilte, die neue Meldepflicht sei verfassungswidrig.")._.claims[0]
    assert claim.claim_type == "ACCUSATION"
    claim = tagged_nlp("Der Verfassungsgerichtshof forderte die Regierung auf, die Meldepflicht zu ändern.")._.claims[0]
    assert claim.claim_type == "DEMAND"


def test_a_warning_noun_voices_a_concern_no_threat(tagged_nlp):
    # `Warnung` (cues.csv noun) as `warnen vor`: a statement against, no threat
    claim = tagged_nlp("Die Warnung von Bürgermeister Michael Häupl vor einer Spaltung der Stadt blieb ungehört.")._.claims[0]
    assert (claim.claim_type, claim.polarity) == ("STATEMENT", -1)
    claim = tagged_nlp("Die Drohung von Bürgermeister Michael Häupl mit einer Klage blieb ungehört.")._.claims[0]
    assert claim.claim_type == "THREAT"


def test_a_stance_noun_declared_takes_its_type(tagged_nlp):
    # `erklärte seine Unterstützung`, `bekräftigte ihre Ablehnung` (cues.csv): the noun's position, not a bare statement
    for text, expected in (("Bürgermeister Michael Häupl erklärte seine Unterstützung für die Schulreform.", "AGREEMENT"),
                           ("Bürgermeister Michael Häupl erklärte seine Solidarität mit den Lehrern.", "AGREEMENT"),
                           ("Bürgermeister Michael Häupl bekräftigte seine Ablehnung der Schulreform.", "REJECTION")):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [expected], text
    # the noun in the reported clause after the comma is the content's, not the cue's
    claims = tagged_nlp("Bürgermeister Michael Häupl erklärte, die Unterstützung des Bundes reiche nicht aus.")._.claims
    assert [c.claim_type for c in claims if c.actor == "Michael Häupl"] == ["STATEMENT"]


def test_alles_andere_als_ueberzeugt_is_a_rejection(tagged_nlp):
    # a multi-word weak negator (german.csv weak_negator) before `überzeugt`: the speech row excludes it
    # (cues.csv `excludes` with a space: words in a row), the negated act row takes it
    for text in ("Die SPÖ zeigte sich alles andere als überzeugt von der Schulreform.",
                 "Die SPÖ ist alles andere als überzeugt von der Schulreform."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("REJECTION", -1), text
    claim = tagged_nlp("Die SPÖ ist überzeugt von der Schulreform.")._.claims[0]
    assert (claim.claim_type, claim.polarity) == ("STATEMENT", 1)


def test_readiness_negated_across_its_zu_phrase_is_a_rejection(tagged_nlp):
    # `nicht zu weiteren Zugeständnissen bereit`, `zu keinen Gesprächen bereit`: the negator before or inside the
    # zu-phrase negates `bereit`, a refusal, no offer
    for text in ("Landeshauptmann Hans Niessl sagte, das Burgenland sei nicht zu weiteren Zugeständnissen bereit.",
                 "Landeshauptmann Hans Niessl machte klar, dass das Burgenland zu keinen weiteren Zugeständnissen bereit ist."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("REJECTION", -1), text
    for text in ("Landeshauptmann Hans Niessl sagte, das Burgenland sei zu weiteren Zugeständnissen bereit.",
                 "Landeshauptmann Hans Niessl sagte, das Burgenland sei nicht nur zu Gesprächen bereit."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("PROPOSAL", 1), text


def test_an_offer_or_proposal_negated_is_no_proposal(tagged_nlp):
    # `bot keine Hilfe an`, `will kein Angebot machen`: a refusal; `schlug keine Alternative vor`: a statement
    # against, no proposal (cues.csv / verbs.csv negated_type)
    for text, expected in (("Landeshauptmann Hans Niessl bot den Gemeinden keine neuen Mittel an.", ("REJECTION", -1)),
                           ("Landeshauptmann Hans Niessl will den Gemeinden kein neues Angebot machen.", ("REJECTION", -1)),
                           ("Landeshauptmann Hans Niessl schlug keine Alternative vor.", ("STATEMENT", -1))):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == expected, text
    # unnegated, or a negation inside what is proposed, an offer stays one
    for text in ("Landeshauptmann Hans Niessl bot den Gemeinden neue Mittel an.",
                 "Landeshauptmann Hans Niessl will den Gemeinden ein neues Angebot machen.",
                 "Landeshauptmann Hans Niessl schlug vor, keine neuen Schulden zu machen."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("PROPOSAL", 1), text


def test_a_stance_brought_to_expression_takes_its_type(tagged_nlp):
    # `brachte seine Unterstützung zum Ausdruck` (verbs.csv bringen + zum Ausdruck & noun), as `bekunden`
    for text, expected in (("Landeshauptmann Hans Niessl brachte seine Unterstützung für die Schulreform zum Ausdruck.",
                            "AGREEMENT"),
                           ("Landeshauptmann Hans Niessl hat seine Ablehnung der Schulreform zum Ausdruck gebracht.",
                            "REJECTION")):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == [expected], text
    assert tagged_nlp("Landeshauptmann Hans Niessl brachte seine Kinder zum Bahnhof.")._.claims == []


def test_a_doubt_voiced_is_a_statement_against(tagged_nlp):
    # `äußerte Bedenken`, `signalisierte Skepsis`, `bekundete Zweifel` (cues.csv, verbs.csv): against, no offer
    for text in ("Landeshauptmann Hans Niessl äußerte Bedenken gegen die Schulreform.",
                 "Landeshauptmann Hans Niessl signalisierte Skepsis gegenüber der Schulreform.",
                 "Landeshauptmann Hans Niessl bekundete Zweifel an der Schulreform."):
        claim = tagged_nlp(text)._.claims[0]
        assert (claim.claim_type, claim.polarity) == ("STATEMENT", -1), text
    # no doubt voiced, or consent signalled: no statement against
    claims = tagged_nlp("Landeshauptmann Hans Niessl äußerte keine Bedenken gegen die Schulreform.")._.claims
    assert [c.polarity for c in claims] in ([], [1])
    claim = tagged_nlp("Landeshauptmann Hans Niessl signalisierte Einverständnis mit der Schulreform.")._.claims[0]
    assert (claim.claim_type, claim.polarity) == ("AGREEMENT", 1)


def test_an_office_in_the_plural_before_von_and_a_list_of_countries_gives_one_claimant_each(tagged_nlp):
    # `Die Regierungschefs von Ungarn, Polen und Tschechien`: the office of each country after `von`
    text = "Graz – Die Regierungschefs von Irland, Portugal und Dänemark verlangen eine Reform der Agrarhilfen."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {
        ("Regierungschef (IRL)", "IRL"), ("Regierungschef (PRT)", "PRT"), ("Regierungschef (DNK)", "DNK")}, text
    text = "Graz – Der Präsident von Portugal verlangt eine Reform der Agrarhilfen."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {("Präsident (PRT)", "PRT")}, text
    # negatives: after `von` a company names no office's country, and one office in the singular
    # coordinated with another actor names no second office
    text = "Graz – Ein Sprecher von Siemens verlangt eine Reform der Agrarhilfen."
    assert "PRT" not in {c.actor_country for c in tagged_nlp(text)._.claims}, text
    text = "Graz – Der Präsident von Portugal und die Kanzlerin verlangen eine Reform der Agrarhilfen."
    assert "Präsident (DEU)" not in {c.actor for c in tagged_nlp(text)._.claims}, text


def test_an_office_before_a_genitive_list_the_comma_cuts_from_the_verb_speaks_for_each_country(tagged_nlp):
    # `Die Ministerpräsidenten Ungarns, Polens und der Slowakei fordern`: the clause after the comma holds
    # only the list's rest, the office before it is the subject
    text = "Graz – Die Ministerpräsidenten Irlands, Portugals und der Schweiz verlangen eine Reform der Agrarhilfen."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {
        ("Regierungschef (IRL)", "IRL"), ("Regierungschef (PRT)", "PRT"), ("Regierungschef (CHE)", "CHE")}, text
    text = "Graz – Die Regierungschefs Irlands und Portugals verlangen eine Reform der Agrarhilfen."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {
        ("Regierungschef (IRL)", "IRL"), ("Regierungschef (PRT)", "PRT")}, text
    # negative: people of the countries are no office, nor their governments
    text = "Graz – Die Winzer Irlands, Portugals und der Schweiz verlangen eine Reform der Agrarhilfen."
    assert not {c.actor for c in tagged_nlp(text)._.claims} & {
        "Regierungschef (IRL)", "Regierungschef (PRT)", "Regierungschef (CHE)"}, text


def test_a_participle_used_as_an_adverb_of_manner_is_no_cue(tagged_nlp):
    # `lehnt es entschieden ab`, `trat betont sachlich auf` (german.csv manner_participle): after a finite
    # verb of its clause, with no auxiliary of a tense, the participle modifies that verb; nobody decides or stresses
    for text, expected in (("Landeshauptmann Hans Niessl lehnt es entschieden ab, dass die Gemeinden mehr zahlen.",
                            [("REJECTION", -1)]),
                           ("Landeshauptmann Hans Niessl trat betont sachlich auf.", [])):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == expected, text
    # the participle with its auxiliary, or the finite verb itself, still speaks
    for text in ("Landeshauptmann Hans Niessl hat entschieden, dass die Gemeinden mehr zahlen.",
                 "Landeshauptmann Hans Niessl betont, dass die Gemeinden mehr zahlen."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text


def test_enthusiasm_shown_or_denied_is_a_stance(tagged_nlp):
    # `zeigte sich begeistert`, `ist nicht / alles andere als begeistert` (cues.csv, as `erfreut`)
    for text, polarity in (("Landeshauptmann Hans Niessl zeigte sich begeistert von der Schulreform.", 1),
                           ("Landeshauptmann Hans Niessl zeigte sich alles andere als begeistert von der Schulreform.", -1),
                           ("Landeshauptmann Hans Niessl ist über die Schulreform nicht begeistert.", -1)):
        assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("STATEMENT", polarity)], text
    # enthusiasm without a copula or `sich zeigen` is nobody's stance
    assert tagged_nlp("Landeshauptmann Hans Niessl begeistert die Gemeinden mit der Schulreform.")._.claims == []


def test_each_place_of_a_list_after_persons_attribute_goes_on_with_it(tagged_nlp):
    # `Die Winzer Irlands, Portugals und der Schweiz`: the last place, after a genitive article, is the
    # winegrowers' attribute as the others, no government of its own
    for text in ("Graz – Die Winzer Irlands, Portugals und der Schweiz verlangen eine Reform der Agrarhilfen.",
                 "Graz – Die Winzer aus Irland und der Schweiz verlangen eine Reform der Agrarhilfen."):
        assert not {c.actor_country for c in tagged_nlp(text)._.claims} & {"IRL", "PRT", "CHE"}, text
    # negative: an office before the list speaks for each country; a country after a person's phrase speaks
    text = "Graz – Die Ministerpräsidenten Irlands und der Schweiz verlangen eine Reform der Agrarhilfen."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {
        ("Regierungschef (IRL)", "IRL"), ("Regierungschef (CHE)", "CHE")}, text
    text = "Graz – Der Präsident Irlands und die Schweiz verlangen eine Reform der Agrarhilfen."
    assert "CHE" in {c.actor_country for c in tagged_nlp(text)._.claims}, text


def test_a_particle_in_a_clause_of_its_own_makes_no_cue(tagged_nlp):
    # a cue's particle outside the verb's clause, in a clause with a finite verb of its own, is that
    # clause's word: `zeigt sich erstaunt, dass … gelassen hat` is no `sich gelassen zeigen`,
    # `lächelt zufrieden, … ist fertig` no `zufrieden sein`
    # (`sich erstaunt zeigen` is a stance of its own, cues.csv: no claim with `gelassen` in its cue)
    text = "Landeshauptmann Hans Niessl zeigt sich erstaunt, dass sich die Partei so lange Zeit gelassen hat."
    assert not [c for c in tagged_nlp(text)._.claims if "gelassen" in c.cue], text
    text = "Landeshauptmann Hans Niessl lächelt zufrieden, die Reform der Schulen ist beschlossen."
    assert tagged_nlp(text)._.claims == [], text
    # negative: the particle after an inserted clause closes the verb's own clause
    for text in ("Landeshauptmann Hans Niessl lehnte den Plan, den die Ministerin vorgelegt hatte, ab.",
                 "Landeshauptmann Hans Niessl wies den Vorwurf, dass die Gemeinden zu wenig zahlten, zurück."):
        assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["REJECTION"], text


def test_a_plain_verb_of_saying_joined_to_a_typed_one_takes_its_type(tagged_nlp):
    # `…, schreibt X in einer Aussendung und kritisiert, dass …`: one speaker's two verbs of saying joined by
    # `und` frame one position; the more specific type wins over the plain verb's STATEMENT
    text = ("Die Gemeinden würden seit Jahren benachteiligt, schreibt Landeshauptmann Hans Niessl in einer "
            "Aussendung und kritisiert, dass der Bund die Schulreform verschleppe.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["ACCUSATION"], text
    # negative: two plain verbs of saying stay a statement; another speaker's criticism leaves the first his own
    text = ("Die Gemeinden würden seit Jahren benachteiligt, schreibt Landeshauptmann Hans Niessl in einer "
            "Aussendung und sagt, dass der Bund die Schulreform verschleppe.")
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"], text
    text = ("Die Gemeinden würden seit Jahren benachteiligt, schreibt Landeshauptmann Hans Niessl in einer "
            "Aussendung, und Bürgermeister Michael Häupl kritisiert, dass der Bund die Schulreform verschleppe.")
    assert [(c.actor, c.claim_type) for c in tagged_nlp(text)._.claims] == [
        ("Hans Niessl", "STATEMENT"), ("Michael Häupl", "ACCUSATION")], text


def test_a_source_with_konjunktiv_i_words_states_a_position(claims_of):
    # `Laut X sei …`, `Nach den Worten X …`, `X zufolge …`: the source's own words in Konjunktiv I,
    # as after `sagte X`, are his position
    for text in ("Laut Bundeskanzler Werner Faymann sei die Lage in den Gemeinden ernst.",
                 "Nach den Worten der Innenministerin Johanna Mikl-Leitner sei die Lage an der Grenze ernst.",
                 "Dem FPÖ-Chef Heinz-Christian Strache zufolge sei das Budget eine Katastrophe."):
        assert [c[:2] for c in claims_of(text)] == [("AUT", "STATEMENT")], text
    # negative: the indicative relays a fact; the police's words are a case's facts in any mood
    for text in ("Laut Bundeskanzler Werner Faymann ist die Lage in den Gemeinden ernst.",
                 "Laut Polizei sei der Mann am Montag festgenommen worden."):
        assert claims_of(text) == [], text


def test_each_known_actor_of_a_list_after_an_auxiliary_claims(tagged_nlp):
    # `haben die ÖVP, die SPÖ sowie die Grünen … abgelehnt`: the list in the middle field after the
    # auxiliary is the subject; its first member claims too (the tagger may read the participle as finite)
    doc = tagged_nlp("Das Sparpaket haben die ÖVP, die SPÖ sowie die Grünen abgelehnt.")
    assert sorted(c.actor for c in doc._.claims) == ["Die Grünen (Österreich)", "SPÖ", "ÖVP"]
    # negative: a finite verb of its own before the first phrase makes it an object of another clause
    doc = tagged_nlp("Die Caritas kritisierte die ÖVP, die SPÖ und die Grünen lehnten das Sparpaket ab.")
    assert "ÖVP" not in [c.actor for c in doc._.claims]


def test_a_correlative_list_word_over_a_double_space_still_joins_claimants(tagged_nlp):
    # a scraped text's double space inside `als  auch` (a whitespace token) still joins the list
    from pipeline.claimants import coordinated_claimants
    from pipeline.quotes.records import Speaker
    text = "Sowohl die ÖVP als  auch die Grünen lehnten das Sparpaket ab."
    doc = tagged_nlp(text)
    words = "die ÖVP als  auch die Grünen"
    start = text.index(words)
    speaker = Speaker(words, start, start + len(words), "ÖVP", "AUT", "group", "party")
    list_words = frozenset({"und", "sowie", "als auch"})
    assert [c.actor for c in coordinated_claimants(doc, speaker, list_words, {})] == ["Die Grünen (Österreich)"]
    # negative: `als` alone joins nothing
    assert coordinated_claimants(doc, speaker, frozenset({"und", "sowie"}), {}) == []


def test_what_a_statistics_office_gives_out_is_no_claim(claims_of):
    # a statistics office (german.csv statistics_office_noun) relays figures, as the police relay a case's facts
    for text in ("Laut Statistik Austria sei die Zahl der Asylanträge gestiegen.",
                 "Die Inflation sei im Mai auf 0,3 Prozent gestiegen, erklärte Eurostat.",
                 "Die Arbeitslosigkeit sei im Mai deutlich gestiegen, erklärte die Statistik Austria."):
        assert claims_of(text) == [], text
    # its demands are claims
    assert claims_of("Die Regierung müsse die Erhebung reformieren, forderte die Statistik Austria.") == [
        ("AUT", "DEMAND", "OTHER", 1)]


def test_a_typed_verb_of_saying_before_the_inquit_gives_the_type(tagged_nlp):
    # `X kritisierte, dass …, argumentierte X`: the outer verb that opens the reported words says what the
    # speech is; the neutral inquit after them only repeats the saying
    text = "Der Rechnungshof {} die Prüfung der Kredite erst nach der Vergabe erfolgt sei, argumentierte der Rechnungshof."
    assert [(c.actor, c.claim_type, c.polarity) for c in tagged_nlp(text.format("kritisierte, dass"))._.claims] == [
        ("Rechnungshof", "ACCUSATION", -1)]
    # negatives: a neutral outer verb, a negated one, or nobody's speech leave the statement
    for opening in ("stellte fest, dass", "hat nicht kritisiert, dass"):
        assert [c.claim_type for c in tagged_nlp(text.format(opening))._.claims] == ["STATEMENT"], opening
    text = "Niemand kritisierte, dass die Prüfung erst nach der Vergabe erfolgt sei, argumentierte der Rechnungshof."
    assert [c.claim_type for c in tagged_nlp(text)._.claims] == ["STATEMENT"]


def test_a_negator_in_a_clause_embedded_in_a_statement_sets_no_polarity_against(claims_of, tagged_nlp):
    # `dafür sorgen, dass es kein Chaos gibt`, `…, um keine Kosten zu verursachen`, `…, wenn die Länder nicht
    # mitziehen`: a negator in a clause after a comma (german.csv embedded_clause_mark; `dass` after its correlate)
    # or in a condition negates a goal or a condition, not the speaker's words: the statement stays for its object
    speaker = ", sagte Landeshauptmann Hans Niessl."
    for words in ("Die Gemeinde werde dafür sorgen, dass es kein Chaos bei der Anmeldung gibt",
                  "Der Verband unterstütze die Reform, um keine weiteren Kosten zu verursachen",
                  "Die Reform wird die Schulen stärken, wenn die Länder nicht blockieren",
                  "Wenn die Länder nicht mitziehen, wird die Reform trotzdem gelingen"):
        assert claims_of(words + speaker) == [("AUT", "STATEMENT", "OTHER", 1)], words
    # negatives: a negator in the statement's own clause, before the embedded one, in a `dass` clause after a noun
    # (what the speaker judges), or in the reported clause itself
    for words in ("Es gebe keine Lösung für die Pendler",
                  "Die Reform werde nicht funktionieren, wenn die Länder zahlen"):
        assert claims_of(words + speaker) == [("AUT", "STATEMENT", "OTHER", -1)], words
    assert claims_of("Landeshauptmann Hans Niessl sagte, dass es keine Lösung für die Pendler gebe.") == [
        ("AUT", "STATEMENT", "OTHER", -1)]
    text = "Es entstehe der Eindruck, dass die Gemeinden nicht an einem Strang ziehen" + speaker
    assert [(c.claim_type, c.polarity) for c in tagged_nlp(text)._.claims] == [("STATEMENT", -1)]


def test_the_agent_of_a_position_participle_holds_the_position(claims_of):
    # cues.csv `participle`: `die von X geforderte …` (an attribute after an article) and `wie von X gewünscht`
    assert claims_of("Die von der ÖVP geforderte Steuerreform wird nicht vor dem Sommer kommen.") == [
        ("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Der Senat stimmte über die von Washington angedrohten Strafzölle nicht ab.")[:1] == [
        ("USA", "THREAT", "SANCTIONS", 1)]
    assert claims_of("Die Steuer wird, wie von ÖVP und SPÖ gewünscht, im Herbst gesenkt.") == [
        ("AUT", "DEMAND", "OTHER", 1), ("AUT", "DEMAND", "OTHER", 1)]
    # negative: an agent who is no actor, a participle of no position, a participle without its agent
    for text in ("Die von vielen Nutzern geforderte Funktion fehlt noch.",
                 "Die von der ÖVP geplante Steuerreform wird nicht vor dem Sommer kommen.",
                 "Die geforderte Steuerreform wird nicht vor dem Sommer kommen."):
        assert claims_of(text) == [], text


def test_a_konjunktiv_sentence_with_a_position_participle_goes_on_with_the_last_speaker(claims_of):
    # the agent of a position participle is an attribute: the sentence is still the speaker's words
    lead = "Bürgermeister Michael Häupl kritisierte am Montag die Pläne der Regierung. "
    claims = claims_of(lead + "Die von der FPÖ geforderte Volksbefragung sei verfrüht.")
    assert ("AUT", "DEMAND", "OTHER", 1) in claims
    assert len(claims) == 3, claims
    # negative: in the indicative the author tells of the position; no follow-on
    assert len(claims_of(lead + "Die von der FPÖ geforderte Volksbefragung ist verfrüht.")) == 2


def test_world_peace_ends_no_war(claims_of):
    """`Weltfrieden` is no ceasefire or end of a war (issues.csv CEASEFIRE); `Frieden für Syrien` is."""
    assert claims_of("Der Papst forderte mehr Einsatz für den Weltfrieden.") == [("VAT", "DEMAND", "OTHER", 1)]
    # negative: peace for a country at war stays the issue
    assert claims_of("Der Papst forderte mehr Einsatz für den Frieden in Syrien.") == [("VAT", "DEMAND", "CEASEFIRE", 1)]


def test_a_trade_deficit_is_relations_only_with_its_partner(claims_of):
    """`Handelsdefizit mit China` is trade between states (issues.csv RELATIONS); a country's trade balance or
    deficit alone is an economic figure, no bilateral relations."""
    assert claims_of("Die Regierung muss etwas gegen das Handelsdefizit mit China tun, sagte Bundeskanzler Werner Faymann.")[0][2] == "RELATIONS"
    # negative: the deficit without a partner
    assert claims_of("Die Regierung muss etwas gegen das hohe Handelsdefizit tun, sagte Bundeskanzler Werner Faymann.")[0][2] == "OTHER"


def test_sich_zeigen_with_a_stance_of_confidence_or_indifference_is_a_position(claims_of):
    # cues.csv `sich zeigen + Haltung`: `zeigte sich unbeeindruckt`, `zeigt sich selbstbewusst` as with `sich geben`
    assert claims_of("Innenministerin Johanna Mikl-Leitner zeigte sich von der Kritik unbeeindruckt.") == [
        ("AUT", "STATEMENT", "OTHER", 1)]
    assert claims_of("Die Wirtschaftskammer zeigte sich kämpferisch.") == [("AUT", "STATEMENT", "OTHER", 1)]
    # negative: `sich zeigen` without a stance (a person appearing) is no position
    assert claims_of("Innenministerin Johanna Mikl-Leitner zeigte sich am Abend im Parlament.") == []


def test_sollte_with_a_date_and_a_passive_tells_a_schedule_not_a_norm(claims_of):
    """`sollten … am Montag eröffnet werden` (german.csv scheduled_modal with a date and a passive ending the
    clause): a schedule or the past `sollen`, no norm; `sollte` without a date or without a passive still demands."""
    minister = "sagte Sozialminister Alois Stöger."
    for plan in ("Die neuen Quartiere sollten am Montag eröffnet werden",
                 "Die Gutachten sollten in den nächsten Wochen fertiggestellt sein"):
        assert _types(claims_of, f"{plan}, {minister}") == ["STATEMENT"], plan
    # negatives: no date, no passive (an event), a passive with no date
    for norm in ("Die neuen Quartiere sollten rasch eröffnet werden",
                 "Das Gesetz sollte im Herbst in Kraft treten",
                 "Die Pensionen sollten erhöht werden"):
        assert _types(claims_of, f"{norm}, {minister}") == ["DEMAND"], norm


def test_muss_sich_auf_etwas_einstellen_is_an_expectation_not_a_demand(claims_of):
    """`muss sich auf … einstellen` (cues.csv müssen rows) tells what to expect, like `muss mit … rechnen`."""
    assert "DEMAND" not in _types(claims_of, "Man muss sich auf einen harten Winter einstellen, sagte Sozialminister Alois Stöger.")
    # negatives: `einstellen` as `stop` or `hire` without `sich auf` stays a demand
    assert _types(claims_of, "Die Regierung muss die Zahlungen einstellen, sagte Sozialminister Alois Stöger.") == ["DEMAND"]
    assert _types(claims_of, "Wir müssen mehr Lehrer einstellen, sagte Sozialminister Alois Stöger.") == ["DEMAND"]


def test_a_bare_genitive_name_after_a_position_noun_holds_it_before_its_object(claims_of):
    """`die Kritik Moskaus an …`, `die Unterstützung Belgrads für …`: a name in the genitive right after the noun, no
    article, before what the position is about (german.csv position_object_preposition), holds the position."""
    assert claims_of("Die Kritik Moskaus an den neuen Sanktionen wird lauter.") == [("RUS", "ACCUSATION", "SANCTIONS", -1)]
    # negatives: no object after the name (whose concessions others have in mind), an indefinite article (a position
    # that may come)
    assert claims_of("Er legte mehrere Zugeständnisse Kiews als Grundlage auf den Tisch.") == []
    assert claims_of("Er nannte Bedingungen für eine Zustimmung Moskaus zu einer Waffenruhe.") == []


def test_inflected_position_nouns_have_their_genitive_holder(claims_of):
    """cues.csv `Widerstands`, `Angebote`, `Appelle`: the genitive and plural forms of the position nouns."""
    assert claims_of("Wien – Angesichts des Widerstands der ÖVP wurde der Plan verschoben.") == [
        ("AUT", "REJECTION", "OTHER", -1)]
    assert claims_of("Wien – Die Appelle der Grünen verhallten ungehört.") == [("AUT", "DEMAND", "OTHER", 1)]
    # negative: the noun without a holder
    assert claims_of("Wien – Angesichts des Widerstands wurde der Plan verschoben.") == []


def test_support_negated_is_a_refusal(claims_of):
    """verbs.csv `unterstützen`, `gutheißen` and cues.csv `befürworten` have the negated type REJECTION: `will X
    nicht unterstützen`, `befürwortet X nicht` refuse X (no longer dropped like `einigten sich nicht`)."""
    for text in ("Die FPÖ will den Antrag der Regierung nicht unterstützen.",
                 "Die FPÖ unterstützt den Antrag der Regierung nicht.",
                 "Die FPÖ befürwortet die geplante Steuerreform nicht."):
        assert claims_of(text) == [("AUT", "REJECTION", "OTHER", -1)], text
    # negatives: `nicht nur …, sondern auch` supports; `einigten sich nicht` stays no claim
    assert claims_of("Die FPÖ unterstützt nicht nur den Antrag, sondern auch die Novelle.") == [
        ("AUT", "AGREEMENT", "OTHER", 1)]
    assert claims_of("Die FPÖ und die ÖVP einigten sich nicht.") == []


def test_wanting_a_say_is_a_demand(claims_of):
    """verbs.csv `mitreden`, `mitentscheiden`, `mitbestimmen` with a form of `wollen`/`möchten`: a side claims a say."""
    assert claims_of("Die Neos wollen bei der Reform der Schulverwaltung mitreden.") == [("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Die Neos möchten bei der Besetzung der Posten mitentscheiden.") == [("AUT", "DEMAND", "OTHER", 1)]
    # negatives: a say granted (`dürfen`), talking with someone
    assert claims_of("Die Neos dürfen bei der Reform der Schulverwaltung mitreden.") == []
    assert claims_of("Die Neos reden mit der Regierung über die Reform.") == []


def test_wanting_that_another_side_acts_is_a_demand(claims_of, tagged_nlp):
    """`X will, dass …` (german.csv wish_verb with a `dass` clause after a comma): an act wanted of another side,
    a DEMAND; `will nicht, dass …` refuses it."""
    assert claims_of("Gewerkschaftschef Wolfgang Katzian will, dass die Regierung die Steuern senkt.") == [
        ("AUT", "DEMAND", "OTHER", 1)]
    assert claims_of("Gewerkschaftschef Wolfgang Katzian will nicht, dass die Regierung die Steuern senkt.") == [
        ("AUT", "REJECTION", "OTHER", -1)]
    # negatives: a question (`will wissen, ob`), a claim to knowledge with a verb between (`will gesehen haben, dass`)
    assert claims_of("Gewerkschaftschef Wolfgang Katzian will wissen, ob die Regierung die Steuern senkt.") == []
    doc = tagged_nlp("Gewerkschaftschef Wolfgang Katzian will gesehen haben, dass die Regierung die Steuern senkt.")
    assert "DEMAND" not in [c.claim_type for c in doc._.claims]


def test_sollte_with_a_verb_of_rising_or_falling_ending_the_clause_is_a_forecast(claims_of):
    """`sollten … steigen`, `sollte … nicht weiter fallen` (cues.csv `sollte` rows): what a level is expected to do,
    a forecast, no norm; a movement into or out of something (`in den Zug steigen`) and other verbs still demand."""
    leader = "sagte Gewerkschaftschef Erich Foglar."
    for forecast in ("Die Mieten sollten im kommenden Jahr kräftig steigen",
                     "Der Goldpreis sollte vorerst nicht weiter fallen"):
        assert "DEMAND" not in _types(claims_of, f"{forecast}, {leader}"), forecast
    # negatives: a movement into something, another verb, the present `sollen`
    for norm in ("Die Gäste sollten nicht in den Zug steigen",
                 "Die Mieten sollten gesenkt werden",
                 "Die Löhne sollen steigen"):
        assert _types(claims_of, f"{norm}, {leader}") == ["DEMAND"], norm


def test_zu_wuenschen_uebrig_blames_and_nichts_zu_wuenschen_uebrig_does_not(claims_of):
    """`lässt zu wünschen übrig` (cues.csv content row): criticism of someone's work or conduct, an ACCUSATION;
    `lässt nichts zu wünschen übrig` praises."""
    head = "sagte Volksanwalt Peter Fichtenbauer."
    assert _types(claims_of, f"Die Arbeit der Behörden lasse zu wünschen übrig, {head}") == ["ACCUSATION"]
    assert "ACCUSATION" not in _types(claims_of, f"Die Arbeit der Behörden lasse nichts zu wünschen übrig, {head}")


def test_naming_conduct_terrorism_is_an_accusation_and_fighting_terrorism_is_not(claims_of):
    """`Das ist Terrorismus`, `hat einen Namen: Terrorismus` (cues.csv content row): the speaker labels what another
    side does, an ACCUSATION; `der Kampf gegen den Terrorismus` names an issue."""
    minister = "sagte Finanzminister Hans Jörg Schelling."
    for label in ("Was die Gläubiger mit uns machen, hat einen Namen: Terrorismus",
                  "Diese Blockade der Banken ist Terrorismus"):
        assert _types(claims_of, f"{label}, {minister}") == ["ACCUSATION"], label
    # negative: terrorism as the issue
    assert "ACCUSATION" not in _types(claims_of, f"Wichtig sei der Kampf gegen den Terrorismus, {minister}")


def test_a_talk_that_soll_take_place_is_no_demand(claims_of):
    """`soll … besprochen / diskutiert werden` (cues.csv solle row): what is to be discussed takes no position."""
    minister = "sagte Sozialminister Alois Stöger."
    assert "DEMAND" not in _types(claims_of, f"Mit den Ländern sollen am Montag die Pensionen besprochen werden, {minister}")
    assert "DEMAND" not in _types(claims_of, f"Der Plan soll im Ausschuss diskutiert werden, {minister}")
    # negative: a passive of another verb after `sollen` still demands
    assert _types(claims_of, f"Die Pensionen sollen erhöht werden, {minister}") == ["DEMAND"]


def test_declaring_war_is_no_statement(claims_of):
    """`X den Krieg erklären` (excludes of the erklären rows in cues.csv and verbs.csv): an act of war, no speech."""
    assert _types(claims_of, "Nach dem Angriff erklärte Russland dem Nachbarland den Krieg.") == []
    # negative: `erklären` with a clause about the war is a statement
    assert _types(claims_of, "Sozialminister Alois Stöger erklärte, der Krieg sei bald vorbei.") == ["STATEMENT"]


def test_a_backbencher_is_a_member_of_parliament(tagged_nlp):
    # roles.csv `Hinterbänkler`: a member of parliament; with no country of his own he takes the dateline's
    doc = tagged_nlp("London – Der Hinterbänkler Gareth Pembrook forderte einen Rücktritt des Premiers.")
    assert [(c.actor_country, c.actor_type, c.claim_type) for c in doc._.claims] == [("GBR", "parliament", "DEMAND")]
    # negative: a backbencher of no country named stays without a side
    doc = tagged_nlp("Der Hinterbänkler Gareth Pembrook forderte einen Rücktritt des Premiers.")
    assert not doc._.claims


def test_the_agent_after_durch_holds_the_position_not_the_genitive_object(claims_of):
    """`die Unterstützung der Separatisten durch Russland`, `die Ablehnung des Gesetzes durch die SPÖ`: the actor
    after `durch` (german.csv nominal_agent_preposition) right behind the noun's genitive does the act the noun
    names; the genitive is its object."""
    assert claims_of("Kiew – Die Unterstützung der Ukraine durch die USA wird weitergehen.") == [
        ("USA", "AGREEMENT", "MILITARY_AID", 1)]
    assert claims_of("Wien – Die Ablehnung des Gesetzes durch die Grünen kam überraschend.") == [
        ("AUT", "REJECTION", "OTHER", -1)]
    # negatives: `durch` with no actor leaves the genitive object without the position; without `durch` the
    # genitive holds it
    assert claims_of("Kiew – Die Unterstützung der Ukraine durch Waffenlieferungen wird weitergehen.") == []
    assert claims_of("Sanaa – Im Raum steht eine indirekte Unterstützung durch die Hisbollah.") == []
    assert [c[:2] for c in claims_of("Kiew – Die Unterstützung der USA für die Ukraine wird weitergehen.")] == [
        ("USA", "AGREEMENT")]


def test_a_prefixed_konjunktiv_i_marks_reported_words():
    """`Wie das Ministerium mitteilte, verwerte …`: a Konjunktiv I of german.csv `ki` after an inseparable prefix
    (`ver` + `werte`) marks the content as reported words, like `sei`."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())
    assert coder.reported_form("das Amt verwerte die Daten der Bürger")
    assert coder.reported_form("die Lage sei ernst")
    # negative: the plural noun the prefixed form spells (`Gesetze`: `ge` + `setze`) and the indicative are no report
    assert not coder.reported_form("die Gesetze gelten für alle")
    assert not coder.reported_form("das Amt verwertet die Daten der Bürger")


def test_a_plural_pronoun_after_coordinated_persons_gives_a_claim_each(tagged_nlp):
    # `X und Y trafen sich. Sie fordern …`: plural `sie` takes up the persons named together as the last
    # subject, though they spoke no words before; each is a claimant (codebook: one row per claimant), on the pronoun
    text = "Olaf Scholz und Emmanuel Macron trafen sich am Montag in Berlin. Sie fordern neue Sanktionen gegen Russland."
    claims = tagged_nlp(text)._.claims
    assert {c.actor_country for c in claims if c.sentence_id == 1} == {"DEU", "FRA"}, text
    # a singular pronoun takes up one of them
    text = "Angela Merkel und Emmanuel Macron trafen sich am Montag in Berlin. Sie forderte neue Sanktionen gegen Russland."
    assert {c.actor_country for c in tagged_nlp(text)._.claims if c.sentence_id == 1} == {"DEU"}, text
    # so after countries named together: a claim of each state (before: no speaker, a pair of no persons)
    text = "Deutschland und Frankreich einigten sich am Montag. Sie fordern neue Sanktionen gegen Russland."
    assert {c.actor_country for c in tagged_nlp(text)._.claims if c.sentence_id == 1} == {"DEU", "FRA"}, text


def test_an_accusation_by_a_verb_of_blame_goes_on_in_the_next_sentence(claims_of):
    """`X warf Y vor, …` / `X kritisierte Y.` and then a sentence in reported speech without a cue: the speaker
    goes on with the blame (`Es werde auf alle geschossen.`), an ACCUSATION, even with no additive word; an
    accusation that only a source word opened (`Laut X …`, its type read from the content) or a plain statement
    carries nothing over."""
    follow = "Die Baupläne seien seit Monaten im Rathaus gelegen."
    accused = "Die Grünen warfen Bürgermeister Hans Gruber vor, die Anrainer getäuscht zu haben.\n"
    assert [c[1:] for c in claims_of(accused + follow)][1] == ("ACCUSATION", "OTHER", -1)
    criticised = "Die Grünen kritisierten Bürgermeister Hans Gruber.\n"
    assert [c[1] for c in claims_of(criticised + follow)] == ["ACCUSATION", "ACCUSATION"]
    # negatives: a source's accusation, a plain statement
    sourced = "Laut den Grünen hat Bürgermeister Hans Gruber die Anrainer getäuscht.\n"
    assert [c[1] for c in claims_of(sourced + follow)] == ["ACCUSATION", "STATEMENT"]
    stated = "Die Grünen erklärten, Bürgermeister Hans Gruber sei seit zehn Jahren im Amt.\n"
    assert [c[1] for c in claims_of(stated + follow)] == ["STATEMENT", "STATEMENT"]


def test_professional_groups_and_interest_representatives_are_claimants(tagged_nlp):
    # roles.csv: `die Hoteliers`, `die Landwirte` (a trade as a group) and `Wirtschaftsvertreter`,
    # `Arbeitgebervertreter` (an interest's representatives) take the position; they speak for the article's country
    for text, actor in (("Wien – Die Hoteliers lehnen die private Zimmervermietung entschieden ab.", "Wirte (AUT)"),
                        ("Wien – Die Landwirte fordern höhere Preise für ihre Milch.", "Bauern (AUT)"),
                        ("Wien – Die Wirtschaftsvertreter verlangen eine Senkung der Lohnnebenkosten.",
                         "Wirtschaftsvertreter (AUT)"),
                        ("Wien – Die Arbeitgebervertreter lehnen eine Arbeitszeitverkürzung ab.",
                         "Arbeitgebervertreter (AUT)")):
        assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [(actor, "AUT")], text
    # negatives: the group with no position taken; a doctor's or pilot's words stay a person's, no trade's
    assert tagged_nlp("Wien – Die Landwirte ernten heuer früher als sonst.")._.claims == []
    assert tagged_nlp("Wien – Die Piloten erklärten, sie seien nur auf der Durchreise.")._.claims == []


def test_campaigners_as_a_group_are_claimants_of_the_reports_country(tagged_nlp):
    # roles.csv: `Tierschützer`, `Umweltschützer`, `Aktivisten`, `Nationalisten` in the plural are the public of the dateline's
    # country (or of the country their adjective names), as protesters are
    for text, actor in (("Wien – Die Tierschützer fordern ein Verbot der Pelzfarmen.", "Tierschützer (AUT)"),
                        ("Wien – Umweltaktivisten lehnen den Bau der dritten Piste entschieden ab.", "Umweltschützer (AUT)"),
                        ("Wien – Die Aktivisten verlangen die Schließung des Lagers.", "Aktivisten (AUT)"),
                        ("Wien – Die Nationalisten lehnen den Vertrag mit dem Nachbarland ab.", "Nationalisten (AUT)")):
        assert [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [
            (actor, "AUT", "public")], text
    # negatives: one campaigner named before is a person, no group; a group with no position taken claims nothing
    assert [c.actor for c in tagged_nlp("Wien – Der Tierschützer Karl Berger fordert ein Verbot der Pelzfarmen.")._.claims] \
        == ["Karl Berger"]
    assert tagged_nlp("Wien – Die Tierschützer trafen sich am Montag im Park.")._.claims == []


def test_an_aim_cited_from_a_source_is_a_claim(tagged_nlp):
    # `Ziel ist nach Angaben des Ministers, … zu senken`: german.csv aim_noun with a zu-infinitive or a `dass`
    # clause after it, cited from a source in the indicative, is the source's position, not a fact it reports
    text = "Wien – Ziel ist nach Angaben von Sozialminister Alois Stöger, die Zahl der Arbeitslosen deutlich zu senken."
    assert [(c.actor, c.claim_type) for c in tagged_nlp(text)._.claims] == [("Alois Stöger", "STATEMENT")], text
    text = "Wien – Ziel der Reform ist laut Finanzminister Hans Jörg Schelling, dass die Länder mehr Steuern einheben."
    assert [c.actor for c in tagged_nlp(text)._.claims] == ["Hans Jörg Schelling"], text
    # negatives: the target of an attack, and a fact cited in the indicative, stay reported facts
    assert tagged_nlp("Wien – Ziel des Angriffs war nach Angaben der Polizei eine Moschee.")._.claims == []
    assert tagged_nlp("Wien – Nach Angaben der Polizei wurden zwei Männer verletzt.")._.claims == []


def test_a_speaker_s_words_on_his_own_person_feelings_or_career_are_no_claim(tagged_nlp):
    # `personal_talk`: a german.csv `personal_word` (gratitude, a feeling, a look back on one's time or career) with
    # the speaker himself (`ich`, a pronoun with `selbst`) or a past copula, and no `dass` clause, takes no position
    text = ("Wien – Der SPÖ-Abgeordnete Karl Huber blickt auf seine Jahre im Parlament zurück. "
            "Es war eine sehr lehrreiche Zeit, sagte Huber. Ich bin wirklich dankbar dafür. "
            "Ihn selbst habe es nie ins Rampenlicht gezogen, sagte Huber.")
    assert [c.sentence_id for c in tagged_nlp(text)._.claims] == []
    # negatives: without a personal word the same sentences are claims; gladness of a clause's content stays one
    text = ("Wien – Der SPÖ-Abgeordnete Karl Huber blickt auf seine Jahre im Parlament zurück. "
            "Ich bin wirklich stolz, dass die Regierung nun handelt, sagte Huber. "
            "Den Minister habe es nie ins Parlament gezogen, sagte Huber.")
    assert [c.sentence_id for c in tagged_nlp(text)._.claims] == [1, 2]


def test_a_position_noun_a_requirement_names_is_no_claim_of_its_holder(claims_of):
    # `Die Hürde sei die Zustimmung des X`, `Voraussetzung ist die Zustimmung der X` (german.csv requirement_noun):
    # what is required of X has not been given
    assert [c for c in claims_of("Voraussetzung für die Reform ist die Zustimmung der FPÖ.") if c[0] == "AUT"] == []
    assert [c for c in claims_of("Die größte Hürde für das Gesetz bleibt die Zustimmung der Grünen.")
            if c[0] == "AUT"] == []
    # negatives: the holder's own position noun, and a requirement in another clause, stay its claim
    assert [c[:2] for c in claims_of("Die Zustimmung der FPÖ kam am Montag.")] == [("AUT", "AGREEMENT")]
    assert [c[:2] for c in claims_of("Die Hürde war hoch, doch die Zustimmung der FPÖ kam am Montag.")] \
        == [("AUT", "AGREEMENT")]


def test_a_pronoun_of_everyone_opening_the_clause_leaves_the_name_after_the_verb_its_object(claims_of):
    # `Jeder in X erkennt Österreichs Einsatz an` (german.csv everyone_pronoun): nobody named acts; Austria is the object
    assert claims_of("Jeder in Berlin erkennt Österreichs großen Einsatz in der Krise an.") == []
    assert claims_of("Jedermann im Land lobt Frankreichs Einsatz.") == []
    # negatives: the pronoun as an article (`Jede Kritik`) leaves the subject after the verb; a named subject acts
    assert [c[:2] for c in claims_of("Jede Kritik wies Außenminister Sebastian Kurz zurück.")] == [("AUT", "REJECTION")]
    assert [c[:2] for c in claims_of("Die SPÖ lehnt den Plan ab, jeder weiß das.")] == [("AUT", "REJECTION")]


def test_a_tweet_opens_reported_speech(claims_of):
    """`…, twitterte X`: a verb of saying (verbs.csv `twittern`) whose reported words are the speaker's claim, as
    after `schrieb`; before, the tweet had no speaker."""
    tweeted = "Die Regierung wolle die Reform verhindern, twitterte der Grünen-Chef Werner Kogler am Abend."
    assert [c[:2] for c in claims_of(tweeted)] == [("AUT", "STATEMENT")], tweeted
    # negative: a picture posted (`twitterte ein Foto`, the row's excludes) is no words said
    posted = "Kanzler Werner Faymann twitterte am Abend ein Foto vom Gipfel."
    assert claims_of(posted) == [], posted


def test_a_message_an_occasion_s_election_and_civil_compensation_name_no_issue(claims_of):
    # issues.csv senses: `Botschaft` after a hyphen only after a country's short name (`US-Botschaft`), with `in`
    # or `am` only before a name (`in Bagdad`, `am Malecón`), with `im` only before a country (`im Irak`);
    # `Wahlen` after a preposition of time or occasion (`vor den Wahlen`, `aus Anlass der Wahlen`) date the words;
    # `Entschädigung` is RESOURCES only for aid, arms or war (`Entschädigung für die Militärhilfe`, `Reparationen`)
    assert claims_of("Die SPÖ kritisierte, die Botschaft im Vordergrund der Kampagne sei falsch.")[0][2] == "OTHER"
    assert claims_of("Die SPÖ kritisierte die Video-Botschaft des Kanzlers.")[0][2] == "OTHER"
    assert claims_of("Die ÖVP kritisierte, die SPÖ wolle vor den Wahlen ihre Forderungen durchsetzen.")[0][2] == "OTHER"
    assert claims_of("Die ÖVP kritisierte, die SPÖ wolle vor den  Wahlen ihre Forderungen durchsetzen.")[0][2] == "OTHER"
    assert claims_of("Die Gewerkschaft GPA-djp forderte höhere Entschädigungen für die Kleinanleger.")[0][2] == "OTHER"
    # negatives: an embassy, an election as the matter, compensation for aid stay issues
    assert claims_of("Polen forderte die Schließung der Botschaft in Warschau.")[0][2] == "RELATIONS"
    assert claims_of("Die FPÖ forderte Wahlen im Herbst.")[0][2] == "LEGITIMACY"
    assert claims_of("Trump forderte eine Entschädigung für die Militärhilfe der USA.")[0][2] in ("RESOURCES", "MILITARY_AID")


def test_a_bare_plural_right_after_a_dateline_is_the_speaking_group(tagged_nlp):
    # `Wien – Elternvertreter fordern …`: the parser reads the bare plural as a further word of the place's name;
    # before a verb in the plural it is the group that speaks, of the dateline's country
    for text, actor in (("Graz – Elternvertreter fordern mehr Lehrer an den Schulen.", "Elternvertreter (AUT)"),
                        ("Linz – Wirtschaftsvertreter fordern eine Senkung der Abgaben.", "Wirtschaftsvertreter (AUT)")):
        assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [(actor, "AUT")], text
    # negatives: the group meeting takes no position; a plural after the dateline that is no role names nobody
    assert tagged_nlp("Linz – Elternvertreter trafen sich am Montag im Rathaus.")._.claims == []
    assert tagged_nlp("Linz – Zugreisende fordern mehr Sitzplätze in den Waggons.")._.claims == []


def test_a_towns_adjective_may_drop_the_towns_en(tagged_nlp):
    # `Bremer` is the adjective of `Bremen` (town + `er` without its `-en`), as `Grazer` is `Graz` + `er` and
    # `Münchner` `München` without its `e`: the local office speaks for the town's country (cities.csv)
    text = "Der Bremer Bürgermeister fordert eine Senkung der Steuern."
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == ["DEU"], text
    # negative: a word in `-er` that names no listed town gives no country, so no claim
    assert tagged_nlp("Der Quaxer Bürgermeister fordert eine Senkung der Steuern.")._.claims == []


def test_idioms_of_writing_and_of_a_looming_penalty_are_no_speech_act(tagged_nlp):
    # verbs.csv / cues.csv `excludes`: `schwarze Zahlen schreiben` is a business result; `X drohen Strafen` a penalty that looms
    def claims(text: str) -> list[tuple[str, str]]:
        return [(c.actor, c.claim_type) for c in tagged_nlp(text)._.claims]
    assert claims("Werner Faymann schrieb im dritten Quartal wieder schwarze Zahlen.") == []
    assert claims("Der Regierung Ungarns drohen nun Strafen.") == []
    assert claims("Ungarn drohen jetzt Strafen.") == []
    # negatives: writing about figures, and a threat made with a penalty, stay claims
    assert claims("Werner Faymann schrieb, die Zahlen seien schlecht.") == [("Werner Faymann", "STATEMENT")]
    assert claims("Ungarn drohte jetzt mit Strafen.") == [("Ungarn", "THREAT")]


def test_issue_keywords_in_a_plain_sense_name_no_issue(claims_of):
    # issues.csv: `legitime Anliegen` (a fair demand), `Gebiet` for any area, `Aufrüstung mit` (an upgrade),
    # `in einem Gespräch mit der ZiB 2` (an interview), `abgehörte Gespräche` (intercepted calls): no
    # legitimacy of a leader, no territory, no arms, no talks
    assert claims_of("Die SPÖ bezeichnete die Lohnforderungen als legitime Anliegen der Beschäftigten.")[0][2] == "OTHER"
    assert claims_of("Die ÖVP forderte, das Gebiet um den Stausee für Wanderer zu sperren.")[0][2] == "OTHER"
    assert claims_of("Die SPÖ forderte die Aufrüstung der Halle mit Heizungen und Duschen.")[0][2] == "OTHER"
    assert claims_of("Bürgermeister Michael Häupl kritisierte in einem Gespräch mit der ZiB 2 die Wohnungspolitik "
                     "der ÖVP.")[0][2] == "OTHER"
    assert claims_of("Die SPÖ kritisierte, dass abgehörte Gespräche von Politikern veröffentlicht wurden.")[0][2] \
        == "OTHER"
    # negatives: a leader's legitimacy, land given up, armament with weapons, talks with a side
    assert claims_of("Paris lehnt es ab, die Junta als legitime Regierung anzuerkennen.")[0][2] == "LEGITIMACY"
    assert ("RUS", "DEMAND", "TERRITORY", 1) in claims_of("Moskau forderte, die Ukraine müsse Gebiete im Osten abtreten.")
    assert claims_of("Der Kreml kritisierte die Aufrüstung Polens mit amerikanischen Raketen.")[0][2] \
        == "DEMILITARIZATION"
    assert claims_of("Außenminister Sebastian Kurz forderte ein Gespräch mit dem türkischen Präsidenten.")[0][2] \
        == "NEGOTIATIONS"


def test_talks_take_the_policy_field_of_their_sentence_or_article(tagged_nlp):
    # NEGOTIATIONS is `generic` in issues.csv: talks are held in any field, so their topic is the sentence's,
    # else that of the title and lead (a school reform), and INTERNATIONAL_AFFAIRS only where neither names one
    def topics(text: str) -> set[tuple[str, str]]:
        return {(c.issue, c.topic) for c in tagged_nlp(text)._.claims}
    lead = "Die Regierung will die Schulreform bis zum Sommer beschließen. "
    assert topics(lead + "Trotzdem sei man zu Gesprächen bereit, sagte Eva Glawischnig.") \
        == {("NEGOTIATIONS", "EDUCATION")}
    # negatives: with no field named anywhere, talks keep their issue's topic; a fixed issue keeps its own
    assert topics("Trotzdem sei man zu Gesprächen bereit, sagte Eva Glawischnig.") \
        == {("NEGOTIATIONS", "INTERNATIONAL_AFFAIRS")}
    assert topics(lead + "Trotzdem sei man für eine Waffenruhe, sagte Eva Glawischnig.") \
        == {("CEASEFIRE", "INTERNATIONAL_AFFAIRS")}


def test_a_negated_exclusion_is_no_statement_against(tagged_nlp):
    # german.csv `negated_exclusion`: `kann man nicht ausschließen`, `sei nicht auszuschließen` negate a negation,
    # so a statement on no listed issue that says so is not against what it names (polarity 1, not -1)
    def polarities(text: str) -> list[tuple[str, str, int]]:
        return [(c.claim_type, c.issue, c.polarity) for c in tagged_nlp(text)._.claims]
    assert polarities("Dass die Gebühren weiter steigen, kann man nicht ausschließen, sagte Bürgermeister "
                      "Michael Häupl.") == [("STATEMENT", "OTHER", 1)]
    assert polarities("Es sei nicht auszuschließen, dass die Gebühren weiter steigen, sagte Bürgermeister "
                      "Michael Häupl.") == [("STATEMENT", "OTHER", 1)]
    # negative: a plain negation stays against
    assert polarities("Die Gebühren werden nicht weiter steigen, sagte Bürgermeister Michael Häupl.") \
        == [("STATEMENT", "OTHER", -1)]


def test_the_economy_as_the_subject_of_a_cue_is_the_business_lobby(tagged_nlp):
    # german.csv `speaking_sector`: `die Wirtschaft`, `die Industrie` as the speaker of a cue is business and its
    # associations (an organisation of the dateline's country, or of the country its adjective names)
    text = "Wien – Die Wirtschaft fordert seit Jahren eine Senkung der Lohnnebenkosten."
    assert [(c.actor, c.actor_country, c.actor_type, c.claim_type) for c in tagged_nlp(text)._.claims] == [
        ("Wirtschaft (AUT)", "AUT", "organisation", "DEMAND")], text
    text = "Ankara – Die türkische Industrie verlangt eine rasche Regierungsbildung."
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [("Industrie (TUR)", "TUR")], text
    # negatives: the economy that grows is no actor mention, and in another speaker's words takes no position
    doc = tagged_nlp("Wien – Die Wirtschaft wächst heuer schneller als im Vorjahr.")
    assert doc._.claims == [] and "Wirtschaft" not in [s.text for s in doc.spans["actors"]]
    text = "Wien – Die Wirtschaft wachse langsamer als erwartet, sagte Finanzminister Hans Jörg Schelling."
    assert [c.actor for c in tagged_nlp(text)._.claims] == ["Hans Jörg Schelling"], text


def test_a_possessive_opinion_source_states_its_owners_view(tagged_nlp):
    # `seiner Ansicht nach`, `ihrer Meinung nach`: an opinion noun after a possessive (the owner resolved like
    # the pronoun) is the owner's view, a claim even with indicative content, as `nach Ansicht des Ministers`
    opening = "Wien – Sozialminister Anton Berger besuchte am Montag eine Schule in Linz. "
    for source in ("Seiner Ansicht nach", "Seiner Meinung nach"):
        text = opening + source + " ist die geplante Reform der Pflege ein Fehler."
        assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [("Anton Berger", "AUT")], text
    # negative: `nach seinen Angaben` with indicative content relays a fact, no claim
    text = opening + "Nach seinen Angaben ist die Zahl der Pflegekräfte im Vorjahr gesunken."
    assert tagged_nlp(text)._.claims == []


def test_security_circles_relaying_an_event_make_no_claim(tagged_nlp):
    # german.csv administration_noun `Sicherheitskreisen`: the state's security apparatus gives out what happened
    event = tagged_nlp("Kairo – Die Lage bleibt angespannt. In Sicherheitskreisen hieß es, die Fahrzeuge der "
                       "Reisenden hätten denen der Schmuggler geähnelt.")
    assert not event._.claims
    # its demand is a claim
    demand = tagged_nlp("Kairo – Die Lage bleibt angespannt. Die Regierung müsse die Grenze sofort schließen, hieß "
                        "es aus Militärkreisen.")
    assert [(c.actor_country, c.claim_type) for c in demand._.claims] == [("EGY", "DEMAND")]


def test_the_attacked_are_no_accusation(tagged_nlp):
    # cues.csv `angegriffen\b`: `die Angegriffenen` (those attacked) blame nobody; `hätten … angegriffen` does
    victims = tagged_nlp("Kairo – Die Lage bleibt angespannt. Die Angegriffenen seien in die Wüste geflohen, sagte "
                         "der Minister.")
    assert [c.claim_type for c in victims._.claims] == ["STATEMENT"]
    attack = tagged_nlp("Kairo – Die Lage bleibt angespannt. Der Minister sagte, die Rebellen hätten das Dorf "
                        "angegriffen.")
    assert [c.claim_type for c in attack._.claims] == ["ACCUSATION"]


def test_coordinated_claimants_who_want_to_work_together_agree(tagged_nlp):
    # codebook AGREEMENT: two sides that want to cooperate with each other agree; one side's readiness
    # to cooperate with another is a PROPOSAL
    doc = tagged_nlp("Madrid – Beim Grenzschutz wollen Spanien und Portugal enger zusammenarbeiten.")
    assert sorted((c.actor_country, c.claim_type) for c in doc._.claims) == [("ESP", "AGREEMENT"), ("PRT", "AGREEMENT")]
    doc = tagged_nlp("Madrid – Beim Grenzschutz will Spanien mit Portugal enger zusammenarbeiten.")
    assert [(c.actor_country, c.claim_type) for c in doc._.claims] == [("ESP", "PROPOSAL")]


def test_another_actor_of_the_own_country_asked_to_act_makes_it_the_addressee(nlp):
    addressees = partial(addressees_in, nlp)
    # codebook: the addressee is the side asked to act or to give way; where another actor of the claimant's own
    # country is (a summoning or accusing cue's object, the subject of a modal in the content, an `an` phrase after
    # a demand: german.csv addressee_preposition), the own country is the addressee
    assert addressees("Die SPD forderte die Bundesregierung auf, mehr Lehrer einzustellen.") == ["DEU"]
    assert addressees("Die Grünen warfen der CDU Versagen in der Bildungspolitik vor.") == ["DEU"]
    assert addressees("Die SPD richtete einen Appell an die Bundesregierung, die Renten zu erhöhen.") == ["DEU"]
    assert addressees("„Die CDU muss endlich mehr Lehrer einstellen“, sagte die FDP.") == ["DEU"]
    # no other actor of its country asked: the claimant itself, a place, no actor
    assert addressees("Die SPD forderte, mehr Lehrer einzustellen.") == [""]
    assert addressees("„In Berlin müssen endlich mehr Lehrer eingestellt werden“, sagte die FDP.") == [""]
    assert addressees("Die SPD kritisierte in Berlin die hohen Mieten.") == [""]
    assert addressees("„Die SPD muss endlich mehr Lehrer einstellen“, sagte die SPD.") == [""]


def test_a_harm_that_would_follow_is_a_statement_against(claims_of):
    # `… würde die Wirtschaft beschädigen`, `einen Schock auslösen`, `Rechte würden beschnitten`: a warning of what
    # would follow, against it (cues.csv content row `Warnung im Inhalt einer Aussage`)
    speaker = ", sagte Landeshauptmann Hans Niessl."
    for words in ("Eine höhere Steuer würde die heimischen Betriebe schwer beschädigen",
                  "Die Schließung der Schulen würde einen Schock für die Gemeinden auslösen",
                  "Mit dem neuen Gesetz würden die Rechte der Mieter beschnitten"):
        assert ("AUT", "STATEMENT", "OTHER", -1) in claims_of(words + speaker), words
    # negatives: a harm limited or prevented stays a statement for it
    for words in ("Die neue Regelung würde den Schaden für die Gemeinden begrenzen",
                  "Der Ausbau würde verhindern, dass die Betriebe geschwächt werden"):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(words + speaker), words


def test_caving_in_and_a_pr_stunt_in_the_content_blame(claims_of):
    # `sei … eingeknickt`, `nur ein PR-Gag`: derogatory words in the content make an accusation (cues.csv content
    # row `Vorwurf im Inhalt: abwertende Wörter`)
    speaker = ", sagte Landeshauptmann Hans Niessl."
    for words in ("Der Kanzler sei vor der Opposition schon wieder eingeknickt",
                  "Die neue Steuer ist doch nur ein PR-Gag des Finanzministers"):
        assert ("AUT", "ACCUSATION", "OTHER", -1) in claims_of(words + speaker), words
    # negatives: the same sentences without the derogatory word state a position
    for words in ("Der Kanzler habe mit der Opposition schon wieder gesprochen",
                  "Die neue Steuer ist doch nur ein Vorschlag des Finanzministers"):
        assert ("AUT", "STATEMENT", "OTHER", 1) in claims_of(words + speaker), words


def test_a_claim_against_a_side_in_a_two_sided_report_addresses_the_other_side(nlp):
    addressees = partial(addressees_in, nlp, with_type=True)
    # codebook: the addressee is the side asked to act or to give way; in a report on two countries whose claims
    # oppose each other (one's accusation names the other), a demand, accusation, rejection or threat of one that
    # names no addressee is directed at the other side
    opposed = "Im Streit um die Inseln hat China Japan scharf kritisiert. China warf Japan Provokationen vor. " \
              "Japan wies die Vorwürfe Chinas zurück. Japan sprach von einer Verletzung seiner Hoheitsgewässer. "
    demand = "„Wir verlangen ein sofortiges Ende der Patrouillen“, sagte ein chinesischer Sprecher."
    assert addressees(opposed + demand)[-1] == ("DEMAND", "JPN")
    # never a statement (`sprach von`); not where the sentence names another actor or another country's place
    assert ("STATEMENT", "") in addressees(opposed + demand)
    assert addressees(opposed + demand.replace("Wir verlangen", "Wie in Seoul verlangen wir"))[-1] == ("DEMAND", "")
    # nor a third country by its adjective (countries.csv adjective); the other side's adjective is no third
    assert addressees(opposed + demand.replace("Wir verlangen", "Nach europäischem Recht verlangen wir"))[-1] \
        == ("DEMAND", "")
    assert addressees(opposed + demand.replace("Patrouillen", "japanischen Patrouillen"))[-1] == ("DEMAND", "JPN")
    # not where no claim of one side names the other: the sides are not shown to oppose each other
    unopposed = "Im Streit um die Inseln hat China die Fischer kritisiert. China sprach von einer Provokation. " \
                "Japan sprach von einer Verletzung seiner Hoheitsgewässer. "
    assert addressees(unopposed + demand)[-1] == ("DEMAND", "")


def test_an_accused_actor_of_the_own_country_in_the_words_is_the_addressee(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp)
    # codebook: an accusation is directed at the one accused; a person, party or organisation of the claimant's
    # own country in its words (german.csv accused_actor_type) makes the own country the addressee
    assert addressees("Die Ärztekammer verunsichere mit ihren Inseraten die Patienten, kritisierte die SPÖ.",
                      with_type=True) == [("ACCUSATION", "AUT")]
    # also as the cue's object, outside the words
    assert addressees("Die SPÖ warf der Ärztekammer eine Blockadehaltung bei der Reform vor.") == ["AUT"]
    # negative: a statement naming another actor of the country addresses nobody
    assert addressees("Die Ärztekammer habe ihre Inserate am Montag vorgestellt, sagte die SPÖ.") == [""]


def test_the_object_between_speaker_and_a_clause_final_cue_is_the_addressee(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp)
    # `X hatte Y vorgeworfen, …`: in the verb bracket the object of a judging cue stands between the speaker and the
    # cue; an actor of the claimant's own country there is the one accused or asked to act
    assert addressees("Die Grünen hatten die ÖVP am Montag aufgefordert, die Reform umzusetzen.") == ["AUT"]
    # negatives: a place after a preposition there; an actor beyond a clause mark (another clause)
    assert addressees("Die Grünen hatten in Wien gefordert, die Reform umzusetzen.") == [""]
    assert addressees("Die Grünen, die die ÖVP unterstützen, hatten gefordert, die Reform umzusetzen.") == [""]


def test_an_actor_of_the_own_country_agreed_with_is_the_addressee(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp, with_type=True)
    # codebook: an agreement is directed at the actor whose position it supports; the object of an agreeing cue
    # (`begrüßt den Vorschlag von X`, `unterstützt X`), another actor of the claimant's own country, is its addressee
    assert ("AGREEMENT", "AUT") in addressees("Die Grünen begrüßten den Vorstoß von Bundeskanzler Werner Faymann "
                                              "zur Erhöhung der Löhne.")
    assert ("AGREEMENT", "AUT") in addressees("Die Grünen unterstützen Bundeskanzler Werner Faymann bei der "
                                              "Erhöhung der Löhne.")
    # negative: the actor after a preposition (where, with whom), not the one agreed with
    assert addressees("Die Grünen begrüßten nach dem Treffen mit Werner Faymann die Erhöhung der Löhne.") \
        == [("AGREEMENT", "")]


def test_the_holder_of_a_position_taken_up_is_the_addressee(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp, with_type=True)
    # codebook: a rejection, accusation or agreement is directed at the one whose position or words it takes up; its
    # holder named in the genitive or after `von` (german.csv position_noun, conduct_noun, genitive_article,
    # holder_preposition) is the addressee, of the claimant's own country too
    assert ("REJECTION", "AUT") in addressees("Die Grünen lehnten die Pläne von Innenminister Wolfgang Sobotka ab.")
    assert ("REJECTION", "AUT") in addressees("Die Grünen lehnten den Vorschlag von Bundeskanzler Werner Faymann "
                                              "entschieden ab.")
    # negatives: no holder; an actor after another preposition (with whom, not whose)
    assert addressees("Die Grünen lehnten die Pläne für eine neue Steuer in Wien ab.") == [("REJECTION", "")]
    assert addressees("Die Grünen lehnten den Vorschlag nach dem Treffen mit Wolfgang Sobotka ab.") \
        == [("REJECTION", "")]


def test_a_summoned_body_of_a_report_from_the_own_country_is_the_addressee(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp)
    # a summoning verb's object after an article, naming no side, is of the report's country where the claimant is
    assert addressees("Wien – Die SPÖ forderte die Interessenvertretung auf, die Reform nicht länger zu blockieren.") \
        == ["AUT"]
    # negatives: no object; a report from elsewhere names its country (the dateline's place), not the claimant's
    assert addressees("Wien – Die SPÖ forderte am Montag dazu auf, die Reform nicht länger zu blockieren.") == [""]
    assert addressees("Paris – Die SPÖ forderte die Interessenvertretung auf, die Reform nicht länger zu blockieren.") \
        != ["AUT"]


def test_a_body_named_by_its_noun_in_a_report_from_the_own_country_is_the_addressee(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp)
    # german.csv own_body_noun, own_body_ending: `die Koalition`, `der Bund`, `die Länder` unlinked, asked to act in
    # the same places as a named actor, are of the country the report comes from, where the claimant is of it
    assert addressees("Wien – Die Koalition muss endlich mehr Lehrer einstellen, sagte die FPÖ-Chefin.") == ["AUT"]
    assert addressees("Wien – Der Bund müsse endlich mehr Lehrer einstellen, sagte die FPÖ-Chefin.") == ["AUT"]
    assert addressees("Wien – Die Grünen forderten die Bundespolitik auf, mehr Lehrer einzustellen.") == ["AUT"]
    assert addressees("Wien – Die Grünen richteten einen Appell an die Bundesländer, mehr Lehrer einzustellen.") \
        == ["AUT"]
    # negatives: a report from elsewhere; the noun not asked to act; another side by its prefix (`EU-Länder`)
    assert addressees("Paris – Die Koalition muss endlich mehr Lehrer einstellen, sagte die FPÖ-Chefin.") == [""]
    assert addressees("Wien – Mit der Koalition wurden keine Lehrer eingestellt, sagte die FPÖ-Chefin.") == [""]
    assert addressees("Wien – Die Grünen richteten einen Appell an die EU-Länder, mehr Lehrer einzustellen.") \
        == ["EU"]


def test_a_pronoun_asked_to_act_addresses_the_side_it_takes_up(tagged_nlp):
    addressees = partial(addressees_in, tagged_nlp)
    opening = "Wien – Der Innenminister Herbert Kickl hat am Montag neue Grenzkontrollen angekündigt. "
    # german.csv addressed_pronoun: a personal pronoun as a judging cue's object, the subject of a modal in the
    # content or of an accusation's words takes up the man named before (ReferenceResolver): his country
    assert addressees(opening + "Die SPÖ warf ihm vor, die Lage zu verschärfen.")[-1] == "AUT"
    assert addressees(opening + "Er müsse die Kontrollen sofort beenden, sagte die SPÖ-Chefin Pamela Rendi-Wagner.")[-1] \
        == "AUT"
    assert addressees(opening + "Er habe die Lage verschärft, kritisierte die SPÖ-Chefin Pamela Rendi-Wagner.")[-1] \
        == "AUT"
    assert addressees("Der französische Präsident Emmanuel Macron hat am Montag neue Grenzkontrollen angekündigt. Er "
                      "müsse die Kontrollen sofort beenden, sagte die SPÖ-Chefin Pamela Rendi-Wagner.")[-1] == "FRA"
    # negatives: `er` announcing his own plan (no modal asked of him); `er` as the cue's subject (the one who speaks)
    assert addressees(opening + "Er werde die Kontrollen sofort beenden, sagte die SPÖ-Chefin Pamela Rendi-Wagner.")[-1] \
        == ""
    assert addressees(opening + "Kickl warf er vor, die Lage zu verschärfen.")[-1] == ""


def test_a_delivery_of_fighter_jets_or_tanks_is_military_aid(claims_of):
    """issues.csv MILITARY_AID: a delivery of fighter jets, tanks or missiles, the weapon before or after the verb."""
    assert claims_of("Bundeskanzler Werner Faymann verlangte von Frankreich die Lieferung von Kampfflugzeugen.")[0][2] == "MILITARY_AID"
    assert claims_of("Man werde keine Panzer an das Emirat liefern, sagte Bundeskanzler Werner Faymann.")[0][2] == "MILITARY_AID"
    # negatives: a delivery of food is no weapons, nor tanks that fight each other (`lieferten sich`)
    assert claims_of("Bundeskanzler Werner Faymann verlangte von Frankreich die Lieferung von Lebensmitteln.")[0][2] == "OTHER"
    assert claims_of("Die Panzer lieferten sich ein Gefecht, sagte Bundeskanzler Werner Faymann.")[0][2] == "OTHER"


def test_recognising_a_polity_as_a_state_is_territory(claims_of):
    """issues.csv TERRITORY: to recognise a polity as an (independent) state is about its borders and sovereignty."""
    assert claims_of("Bundeskanzler Werner Faymann sagte, man werde die Provinz nie als unabhängigen Staat anerkennen.")[0][2] == "TERRITORY"
    assert claims_of("Bundeskanzler Werner Faymann forderte die Anerkennung der Republik als eigener Staat.")[0][2] == "TERRITORY"
    # negative: recognising a diploma or a merit is no state
    assert claims_of("Bundeskanzler Werner Faymann forderte die Anerkennung ausländischer Abschlüsse.")[0][2] == "OTHER"


def test_a_side_named_by_its_country_adjective_is_the_addressee(nlp):
    addressees = partial(addressees_in, nlp, with_type=True)
    # countries.csv adjective before a german.csv side_conduct_noun (`der chinesischen Seite`, `die amerikanischen
    # Vorschläge`): where no actor is named, that country's side is what a position against a side is directed at
    assert addressees("Erdogan sagte, er sei offen für ein neues Angebot der japanischen Seite.") \
        == [("PROPOSAL", "JPN")]
    assert addressees("Erdogan kritisierte das harte Vorgehen der griechischen Behörden.") == [("ACCUSATION", "GRC")]
    assert addressees("Erdogan lehnte die amerikanischen Vorschläge ab.") == [("REJECTION", "USA")]
    # also as the end of a compound where that noun is long (`Grenzbehörden`), not a short one (`Webseite`)
    assert addressees("Erdogan kritisierte die griechischen Grenzbehörden scharf.") == [("ACCUSATION", "GRC")]
    assert addressees("Erdogan kritisierte die Texte auf der griechischen Webseite.") == [("ACCUSATION", "")]
    # a summoning verb's object (`forderte die griechische Seite auf`), but not a side its infinitive names
    assert addressees("Erdogan forderte die griechische Seite auf, die Grenze zu öffnen.") == [("DEMAND", "GRC")]
    assert addressees("Erdogan forderte die Bürger auf, die griechischen Vorschläge abzulehnen.") == [("DEMAND", "")]
    # negatives: a thing (`die Preise der griechischen Restaurants`, `die chinesische Mauer`); a statement; the
    # claimant's own country's adjective; two sides coordinated (`auf der japanischen wie auf der chinesischen Seite`)
    assert addressees("Erdogan kritisierte die Preise der griechischen Restaurants.") == [("ACCUSATION", "")]
    assert addressees("Erdogan forderte, die chinesische Mauer besser zu schützen.") == [("DEMAND", "")]
    assert addressees("Erdogan sagte, er habe mit der japanischen Seite gesprochen.") == [("STATEMENT", "")]
    assert addressees("Erdogan sagte, er sei offen für ein neues Angebot der türkischen Seite.") == [("PROPOSAL", "")]
    assert addressees("Erdogan forderte, auf der japanischen wie auf der chinesischen Seite mehr zu tun.") \
        == [("DEMAND", "")]
    # `auf europäischer Ebene` (side_conduct_noun `ebene`): the European level a demand turns to is the EU's
    assert addressees("Erdogan forderte, auf europäischer Ebene rasch über Schutzzölle zu entscheiden.") \
        == [("DEMAND", "EU")]
    assert addressees("Erdogan forderte, auf betrieblicher Ebene rasch über Schutzzölle zu entscheiden.") \
        == [("DEMAND", "")]


def test_a_claim_taking_up_a_position_named_before_takes_its_issue(claims_of):
    # `wies die Forderung zurück`, `nannte das Veto …`: a sentence naming no issue that takes up a position by a
    # definite noun (german.csv position_noun) is on the issue of the nearest sentence before that names one
    lead = "Die Außenminister der EU forderten am Montag neue Sanktionen gegen Belarus. "
    assert claims_of(f"{lead}Der belarussische Außenminister wies die Forderung zurück.")[-1][1:3] \
        == ("REJECTION", "SANCTIONS")
    assert claims_of("Frankreich hat im Sicherheitsrat eine Resolution für eine Waffenruhe in Libyen mit seinem Veto "
                     "verhindert. Der italienische Außenminister kritisierte dieses Veto scharf.")[-1][2] == "CEASEFIRE"
    # the sentence that made the position by the same word comes before a nearer one on another issue
    assert claims_of("Die Außenminister der EU forderten den Abzug der russischen Truppen. Zudem beschlossen sie neue "
                     "Sanktionen. Der russische Außenminister wies die Forderung zurück.")[-1][2] == "TROOPS"
    # negatives: a position it goes on to give (`die Forderung nach …`) is new; a sentence naming an issue keeps its
    # own; talks named before are the occasion; a position named more than three sentences before is too far
    assert claims_of(f"{lead}Der belarussische Außenminister wies die Forderung nach mehr Zeit zurück.")[-1][2] \
        == "OTHER"
    assert claims_of(f"{lead}Der belarussische Außenminister wies die Forderung nach einem Abzug der Truppen "
                     "zurück.")[-1][2] == "TROOPS"
    assert claims_of(f"{lead}Den Vorschlag der Regierung, mehr Geld in Schulen zu stecken, lehnte die Opposition "
                     "ab.")[-1][2] == "OTHER"
    assert claims_of("Die Verhandlungen in Genf gingen am Montag weiter. Der belarussische Außenminister wies die "
                     "Forderung zurück.")[-1][2] == "OTHER"
    assert claims_of(f"{lead}Das Treffen fand in Brüssel statt. Es regnete. Am Abend gab es ein Essen. Der "
                     "belarussische Außenminister wies die Forderung zurück.")[-1][2] == "OTHER"


def test_issue_keywords_with_a_word_of_another_sense_name_no_issue():
    """issues.csv `excludes`: `Sanktionen` for parents, pupils or the jobless are penalties at home, not the
    sanctions between states the issue means; sovereignty counts as territory only over a territory
    (`Souveränität über …`), not a nation's against a union."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())

    def named(text: str) -> list[str]:
        return [issue for issue, _ in coder.issues(text)]
    assert named("Die Ministerin will Sanktionen für Eltern, die ihre Kinder nicht zum Sprachtest schicken.") == []
    assert named("Das Arbeitsamt droht Arbeitslosen mit Sanktionen bei versäumten Terminen.") == []
    assert named("Die Regierung müsse die Souveränität des Landes gegenüber Brüssel verteidigen.") == []
    # negatives: sanctions between states (also as `Strafmaßnahmen`), sovereignty over a territory
    assert named("Die EU verlängert die Sanktionen gegen Russland um sechs Monate.") == ["SANCTIONS"]
    assert named("Peking kündigte Strafmaßnahmen gegen Washington an.") == ["SANCTIONS"]
    assert named("Kiew beansprucht die Souveränität über die Inseln im Schwarzen Meer.") == ["TERRITORY"]


def test_a_challenged_election_and_a_removal_from_office_are_legitimacy():
    """issues.csv LEGITIMACY: an election challenged or rigged, a removal from office (`Amtsenthebung`, `seines
    Amtes entheben`), like a resignation."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())

    def named(text: str) -> list[str]:
        return [issue for issue, _ in coder.issues(text)]
    assert named("Die Partei will die Bürgermeisterwahl beim Höchstgericht anfechten.") == ["LEGITIMACY"]
    assert named("Die Liste ficht die Gemeinderatswahl in der Stadt an.") == ["LEGITIMACY"]
    assert named("Die Opposition sprach von Wahlbetrug.") == ["LEGITIMACY"]
    assert named("Nur das Parlament könne den Präsidenten seines Amtes entheben.") == ["LEGITIMACY"]
    # negatives: a ruling challenged, an election named without dispute
    assert named("Die Partei will den Bescheid der Behörde anfechten.") == []
    assert named("Die Partei hat die Wahl im Herbst klar gewonnen.") == []


def test_an_election_held_called_or_free_and_a_resignation_are_legitimacy():
    """issues.csv LEGITIMACY: an election only as held, called, demanded, postponed or free (`Wahlen abhalten`,
    `freie Präsidentschaftswahl`), not named as a campaign's or a lesson's occasion; a resignation or staying in
    office by its verb (`zurücktreten`, `das Amt niederlegen`, `im Amt bleiben`) and a motion of no confidence."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())

    def named(text: str) -> list[str]:
        return [issue for issue, _ in coder.issues(text)]
    assert named("Die Regierung weigert sich, in der Provinz Wahlen abzuhalten.") == ["LEGITIMACY"]
    assert named("Die Opposition verlangt eine freie Parlamentswahl im Frühjahr.") == ["LEGITIMACY"]
    assert named("Die Kommunalwahlen sollen auf den Herbst verschoben werden.") == ["LEGITIMACY"]
    assert named("Der Verkehrsminister sollte sofort zurücktreten.") == ["LEGITIMACY"]
    assert named("Die Ministerin hat angeboten, ihr Amt niederzulegen.") == ["LEGITIMACY"]
    assert named("Der Bürgermeister will trotz der Affäre im Amt bleiben.") == ["LEGITIMACY"]
    assert named("Die Grünen stellten einen Misstrauensantrag gegen den Landesrat.") == ["LEGITIMACY"]
    # negatives: an election as the occasion of a campaign or a lesson; stepping back from a purchase contract
    assert named("Der Spitzenkandidat tritt mit seinem Team für die Landtagswahlen in der Stadthalle auf.") == []
    assert named("Die Schüler sollen sich im Unterricht ein Bild über die Wahlen machen.") == []
    assert named("Wir haben keine Wahl, sagte der Bäcker.") == []
    assert named("Kunden können binnen zwei Wochen vom Kaufvertrag zurücktreten.") == []


def test_a_military_intervention_is_troops_a_governments_own_forces_are_not():
    """issues.csv TROOPS: a military intervention or deployment (`Militärintervention`, `Militäreinsatz`) is a
    deployment; a government's own forces in its war at home (`Regierungstruppen`, `die Truppen des Präsidenten`)
    are not."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())

    def named(text: str) -> list[str]:
        return [issue for issue, _ in coder.issues(text)]
    assert named("Der Premier schloss eine Militärintervention im Nachbarland nicht aus.") == ["TROOPS"]
    assert named("Das Parlament stimmte dem Militäreinsatz in der Region zu.") == ["TROOPS"]
    assert named("Die Rebellen machten die Regierungstruppen für den Beschuss verantwortlich.") == []
    assert named("Die Opposition wirft den Truppen des Präsidenten Angriffe auf Spitäler vor.") == []
    # negatives: foreign troops stay a deployment, also troops of an alliance
    assert named("Die Regierung fordert den Abzug der fremden Truppen aus dem Land.") == ["TROOPS"]
    assert named("Moskau kritisierte die Truppen der Nato an der Ostgrenze.") == ["TROOPS"]


def test_an_end_in_time_negates_no_issue(claims_of):
    """`bis Ende der Amtszeit`, `Ende des Jahres`, `Ende Mai`: `Ende` as a point in time (german.csv
    `time_negator` after a `time_preposition` or before a date) does not turn the issue after it around;
    `ein Ende der Besatzung` still does."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())

    def negated(text: str, keyword: str) -> bool:
        return coder.negated_before(text, text.index(keyword))
    assert not negated("Er bleibe bis Ende der Amtszeit.", "Amtszeit")
    assert not negated("Ende des Jahres soll eine Waffenruhe gelten.", "Waffenruhe")
    assert not negated("Ende Mai soll eine Waffenruhe gelten.", "Waffenruhe")
    assert [c[2:] for c in claims_of("Bürgermeister Franz Huber (ÖVP) erklärte, er bleibe bis Ende der Amtszeit "
                                     "im Amt.")] == [("LEGITIMACY", 1)]
    # negatives: an end of the thing named, and a plain negator, still turn it around
    assert negated("Sie fordern ein Ende der Besatzung.", "Besatzung")
    assert negated("Er will keine Waffenruhe.", "Waffenruhe")


def test_laying_down_arms_is_demilitarization():
    """issues.csv DEMILITARIZATION: disarming a side, `die Waffen niederlegen`, `Niederlegung der Waffen`."""
    from pipeline.bundle import load_bundle
    from pipeline.claims import ClaimCoder
    coder = ClaimCoder(load_bundle())

    def named(text: str) -> list[str]:
        return [issue for issue, _ in coder.issues(text)]
    assert named("Die Rebellen müssten zuerst ihre Waffen niederlegen.") == ["DEMILITARIZATION"]
    assert named("Die Miliz legte am Montag die Waffen nieder.") == ["DEMILITARIZATION"]
    assert named("Gefordert wird die Niederlegung der Waffen.") == ["DEMILITARIZATION"]
    # negative: arms named without laying them down, and `nieder` in another sense
    assert named("Die Polizei fand Waffen in der Wohnung.") == []
    assert named("Die Preise für Waffen sind niedriger als im Vorjahr.") == []


def test_in_diesem_fall_takes_up_the_issue_before(tagged_nlp):
    """`In diesem Fall werde man …` (german.csv `referring_pronoun`): the case named before, with its issue, is
    what a claim naming none takes up (`referred_issues`), as `dies` does."""
    text = ("Die EU-Außenminister wollen die Sanktionen gegen Russland verlängern. In diesem Fall werde Moskau "
            "entsprechend reagieren, sagte der russische Außenminister Sergej Lawrow.")
    claims = tagged_nlp(text)._.claims
    assert [c.issue for c in claims if c.sentence_id == 1] == ["SANCTIONS"], text
    # negative: nothing before names an issue, nothing is taken up
    text = ("Die Polizei nahm am Montag einen Verdächtigen fest. In diesem Fall werde man genau prüfen, sagte "
            "der russische Außenminister Sergej Lawrow.")
    claims = tagged_nlp(text)._.claims
    assert [c.issue for c in claims if c.sentence_id == 1] == ["OTHER"], text


def test_a_norm_marker_of_another_clause_does_not_make_the_plan_a_norm(tagged_nlp):
    # `Sie glaube nicht, dass man …, sagte X, aber erste Eckpunkte sollen …`: `man` belongs to the clause before
    # the plan's, which stays the speaker's plan (PROPOSAL); `man` in the modal's clause still sets a norm
    def types(text):
        return [c.claim_type for c in tagged_nlp(text)._.claims]
    speaker = "sagte die Landesrätin Maria Berger"
    assert types(f"Sie glaube nicht, dass man bis Ostern einen fertigen Entwurf vorlegen könne, {speaker}, "
                 "aber erste Eckpunkte sollen beim Parteitag vorgestellt werden.") == ["PROPOSAL"]
    assert types(f"Man soll die Gemeinden nicht im Stich lassen, {speaker}.") == ["DEMAND"]
