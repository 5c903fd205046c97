import pytest
from pipeline.entities import actor_profiles, mention_type
from pipeline.nlp import build_nlp


def actors(nlp, text):
    doc = nlp(text)
    return {(s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"]}


def statistical_ner(nlp) -> list[str]:
    """The model's NER components, to leave out when a test presets the entities."""
    return [name for name in ("ner_tok2vec", "ner") if name in nlp.pipe_names]


def with_entities(nlp, text: str, entities: list[tuple[str, str]]):
    """`text` through the rules with the statistical NER's guesses preset: (phrase, label), in order."""
    doc = nlp.make_doc(text)
    spans, start = [], 0
    for phrase, label in entities:
        begin = text.index(phrase, start)
        spans.append(doc.char_span(begin, begin + len(phrase), label=label))
        start = begin + len(phrase)
    doc.ents = spans
    return nlp(doc)


def test_lexicon_names_and_genitives_link_to_actors(nlp):
    found = actors(nlp, "Putins Sprecher traf Wladimir Putin nicht, wohl aber Rubio im Weißen Haus.")
    assert ("Putins", "Wladimir Putin", "RUS") in found
    assert ("Wladimir Putin", "Wladimir Putin", "RUS") in found
    assert ("Rubio", "Marco Rubio", "USA") in found
    assert ("Weißen Haus", "US-Regierung", "USA") in found


def test_metonymy_places_resolve_to_governments(nlp):
    found = actors(nlp, "Moskau und Kyjiw reagierten, Washington schwieg.")
    assert {("Moskau", "Kreml", "RUS"), ("Kyjiw", "Ukrainische Regierung", "UKR"),
            ("Washington", "US-Regierung", "USA")} <= found


def test_role_nouns_with_prefix_and_adjective(nlp):
    text = "Der Kremlchef sprach mit dem französischen Präsidenten und der US-Regierung."
    found = actors(nlp, text)  # no date: the offices, with their countries
    assert {("Kremlchef", "Präsident (RUS)", "RUS"), ("französischen Präsidenten", "Präsident (FRA)", "FRA"),
            ("US-Regierung", "US-Regierung", "USA")} <= found
    doc = nlp.make_doc(text)
    doc._.date = "2025-03-19"  # dated: the holders on that day
    found = {(s.text, s._.actor, s._.actor_country) for s in nlp(doc).spans["actors"]}
    assert {("Kremlchef", "Wladimir Putin", "RUS"), ("französischen Präsidenten", "Emmanuel Macron", "FRA")} <= found


def test_unseen_name_after_role_gets_country_and_surname_propagates(nlp):
    doc = nlp("Der brasilianische Außenminister Mauro Vieira reiste ab. Der ukrainische Geheimdienstchef "
              "Kyrylo Budanow warnte. Budanow sagte nichts weiter.")
    found = {(s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"]}
    assert ("Kyrylo Budanow", "Kyrylo Budanow", "UKR") in found
    assert ("Budanow", "Kyrylo Budanow", "UKR") in found
    assert any(actor == "Mauro Vieira" for _, actor, _ in found)


def test_plain_words_are_not_actors(nlp):
    assert actors(nlp, "Die Kriegswirtschaft läuft am Limit und kommt kaum hinterher.") == set()


def test_unseen_person_without_evidence_keeps_an_empty_country(tagged_nlp):
    """Never the document's most named country: a person no lexicon knows, named without office,
    party or nationality, stays unplaced in an article about Poland."""
    text = ("Warschau verstärkt die Grenze zu Belarus. Polen schickt weitere Soldaten nach Osten. "
            "Der Landwirt Jan Kowalczykowski sagte, er habe Angst um seine Felder.")
    # the NER's guesses preset (the bundled NER labels `Landwirt Jan Kowalczykowski` ORG): the rule itself
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = with_entities(tagged_nlp, text, [("Warschau", "LOC"), ("Belarus", "LOC"), ("Polen", "LOC"),
                                               ("Jan Kowalczykowski", "PER")])
    found = {(s._.actor, s._.actor_country) for s in doc.spans["actors"]}
    assert ("Jan Kowalczykowski", "") in found
    assert ("Jan Kowalczykowski", "POL") not in found


def test_official_without_country_speaks_for_the_government_named_just_before(nlp):
    doc = nlp("Teheran weist die Forderungen der Europäer zurück. Außenamtssprecher Esmail Baghaei sagte, "
              "sein Land habe das Recht auf Kernenergie.")
    official = [s for s in doc.spans["actors"] if "Baghaei" in s.text]
    assert official and official[0]._.actor_country == "IRN"


def test_official_takes_no_country_from_an_armed_group_named_before(nlp):
    """An organisation or armed group is no state side: its country is not the official's."""
    doc = nlp("Die Kurdenmiliz YPG rückt auf Rakka vor. Außenamtssprecher Tanju Bilgiçer sagte, "
              "die Grenze bleibe zu.")
    official = [s for s in doc.spans["actors"] if "Bilgiçer" in s.text]
    assert official and official[0]._.actor_country == ""
    doc = nlp("Ankara weist die Forderungen zurück. Außenamtssprecher Tanju Bilgiçer sagte, die Grenze bleibe zu.")
    official = [s for s in doc.spans["actors"] if "Bilgiçer" in s.text]
    assert official and official[0]._.actor_country == "TUR"


def test_official_named_far_from_any_government_stays_unplaced(nlp):
    filler = "Das Wetter war am Morgen kalt und am Abend wieder etwas wärmer als erwartet. " * 6
    doc = nlp("Teheran weist die Forderungen zurück. " + filler + "Außenamtssprecher Esmail Baghaei sagte, "
              "die Lage sei ernst.")
    official = [s for s in doc.spans["actors"] if "Baghaei" in s.text]
    assert official and official[0]._.actor_country == ""


def test_office_the_ner_took_into_a_name_gives_the_person_its_side(nlp):
    """`Pentagon-Sprecher Peter Cook` tagged as one name: the office's prefix places the person, the
    name without the office is the actor (and `Cook` later is the same person); the last part of a
    compound names the role (`Komplexitätsforscher`: an expert, OTHER)."""
    text = ("Das sei keine Option, sagte Pentagon-Sprecher Peter Cook. Man prüfe alles, sagte Cook. "
            "Die Mauer sei falsch, sagte Komplexitätsforscher Stefan Thurner.")
    doc = with_entities(nlp, text, [("Pentagon-Sprecher Peter Cook", "PER"), ("Cook", "PER"),
                                    ("Komplexitätsforscher Stefan Thurner", "PER")])
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [
        ("Peter Cook", "USA"), ("Peter Cook", "USA"), ("Stefan Thurner", "OTHER")]
    # a first name is no office, though the NER took it into the name: no side for an unknown person
    doc = with_entities(nlp, "Die Mauer sei falsch, sagte Sibylle Günter.", [("Sibylle Günter", "PER")])
    assert [(m._.actor, m._.actor_country) for m in doc.spans["actors"]] in ([], [("Sibylle Günter", "")])
    assert doc._.claims == []


def test_office_the_ner_took_into_a_name_types_the_person(nlp):
    """`Pentagon-Sprecher Peter Kane` tagged as one name is a government's spokesman, `Politologe X` an
    expert, `ÖVP-Klubsprecher X` the party's; an office of another body (`Bundesschulsprecher`, a pupils'
    representative) or of an association (`Obmann`) leaves the person a person."""
    text = ("Die Türkei müsse die Grenze schließen, sagte Pentagon-Sprecher Peter Kane. Die Reform sei falsch, "
            "sagte Politologe Anton Weberling. Das Gesetz müsse fallen, sagte ÖVP-Klubsprecher Gernot Hallmayer.")
    doc = with_entities(nlp, text, [("Pentagon-Sprecher Peter Kane", "PER"), ("Politologe Anton Weberling", "PER"),
                                    ("ÖVP-Klubsprecher Gernot Hallmayer", "PER")])
    assert [(c.actor, c.actor_type) for c in doc._.claims] == [
        ("Peter Kane", "government"), ("Anton Weberling", "expert"), ("Gernot Hallmayer", "party")]
    text = "Wien – Die Schulen bräuchten mehr Geld, sagte Bundesschulsprecher Jonas Pirchner."
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Bundesschulsprecher Jonas Pirchner", "PER")])
    assert [(c.actor, c.actor_type) for c in doc._.claims] == [("Jonas Pirchner", "person")]


def test_office_of_a_party_several_countries_name_so_is_the_documents(nlp):
    """`Grünen-Bildungssprecher X`: `Grüne` names parties of Germany, Austria and Switzerland; in a report
    from Vienna the office is the Austrian party's, and its holder speaks as the party; with no country
    to decide, no party."""
    text = "Wien – Die Schulen bräuchten mehr Geld, sagte Grünen-Bildungssprecher Jonas Pirchner."
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Jonas Pirchner", "PER")])
    assert [(c.actor, c.actor_country, c.actor_type) for c in doc._.claims] == [("Jonas Pirchner", "AUT", "party")]
    doc = with_entities(nlp, text.replace("Wien – ", ""), [("Jonas Pirchner", "PER")])
    assert [m._.actor_type for m in doc.spans["actors"] if m._.actor_type == "party"] == []

def test_spokesman_the_ner_joined_to_his_principals_genitive_speaks_for_the_principal(nlp):
    """`Camerons Sprecher` tagged as one name is no person of that name: the genitive names the
    principal the document names in full, and his spokesman speaks for his side."""
    text = "Premier David Cameron war in Brüssel. Das sei nicht akzeptabel, sagte Camerons Sprecher."
    doc = with_entities(nlp, text, [("David Cameron", "PER"), ("Brüssel", "LOC"), ("Camerons Sprecher", "PER")])
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("David Cameron", "GBR")]
    # a place's genitive before an office is no principal: the name stays whole
    text = "Das sei wirr, sagte Thüringens Justizminister Holger Poppenhäger."
    doc = with_entities(nlp, text, [("Thüringens Justizminister Holger Poppenhäger", "PER")])
    assert "Thüringens" not in [m.text for m in doc.spans["actors"]]


def test_place_inside_an_institutions_name_is_no_government(nlp):
    """`die Universität Wien`, `das Oberlandesgericht Wien`: the institution speaks (a domestic
    organisation or court of the place's country), not the Austrian government; `Wien` alone still
    stands for it, and a site (`der Wirtschaftsstandort Österreich`) is no actor at all."""
    doc = nlp("Man sei an Qualität interessiert, heißt es vonseiten der Universität Wien. "
              "Das Oberlandesgericht Wien wies die Berufung zurück.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [
        ("Universität Wien", "AUT"), ("Oberlandesgericht Wien", "AUT")]
    assert [m._.actor_type for m in doc.spans["actors"]] == ["organisation", "court"]
    doc = nlp("Wien lehnte die Forderung ab.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Österreichische Regierung", "AUT")]
    doc = nlp("Der Wirtschaftsstandort Österreich lehnt das ab.")
    assert doc._.claims == []


def test_place_inside_a_clubs_name_is_no_actor(nlp):
    """`Dinamo Zagreb`, `Red Bull Salzburg`: a club (german.csv club_word before the place), not the
    Croatian government or the Land Salzburg; `Zagreb` alone still speaks for Croatia."""
    doc = nlp("Dinamo Zagreb lehnte die Forderung des Verbandes ab.")
    assert [c.actor_country for c in doc._.claims] == []
    doc = nlp("Red Bull Salzburg lehnt eine Verlegung des Spiels ab.")
    assert [c.actor_country for c in doc._.claims] == []
    doc = nlp("Zagreb lehnte die Forderung ab.")
    assert [c.actor_country for c in doc._.claims] == ["HRV"]


def test_demonym_before_a_noun_is_an_adjective_not_the_people(nlp):
    """`Deutschen Physikern ist es gelungen`: `Deutschen` is an adjective there, and `Sie` later
    refers to the physicists, not to the Germans; `Die Deutschen lehnen das ab` still names them."""
    doc = nlp("Deutschen Physikern ist es gelungen, Atome zu kühlen. Sie nennen es Ferrofluid.")
    assert "Deutschen" not in [m._.actor for m in doc.spans["actors"]]
    assert [c.actor for c in doc._.claims] == []
    doc = nlp("Die Deutschen lehnen das ab.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Deutschen", "DEU")]


def test_a_dateline_place_with_particles_or_beside_an_organisations_seat_places_the_report(nlp):
    """`Rio de Janeiro –`, `Zell am See/Salzburg –` name one country; `Brüssel/Graz –` the one beside the EU's
    seat; `Brüssel –` alone, or places of two countries (`Graz/Budapest –`), none."""
    text = " – Die Opposition forderte am Montag Neuwahlen."
    for place, country in (("Rio de Janeiro", "BRA"), ("Zell am See/Salzburg", "AUT"), ("Brüssel/Graz", "AUT"),
                           ("Brüssel", ""), ("Graz/Budapest", ""), ("Am kommenden Montag", "")):
        assert nlp(place + text)._.dateline_country == country, place


def test_town_in_a_dateline_places_the_report_but_never_speaks(nlp):
    """cities.csv: `Istanbul –` says the report comes from Turkey (its provincial governor speaks for
    it, `Graz –` places the opposition in Austria), but a town is no metonymy for a government."""
    doc = nlp("Istanbul – Der Provinzgouverneur machte die PKK für den Anschlag verantwortlich.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Gouverneur (TUR)", "TUR")]
    doc = nlp("Graz – Die Opposition forderte am Montag Neuwahlen.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Opposition (AUT)", "AUT")]
    doc = nlp("Das sei falsch, sagte Odessas Gouverneur.")
    assert [c.actor_country for c in doc._.claims] == ["UKR"]
    doc = nlp("Istanbul lehnte die Forderung am Montag ab.")
    assert doc._.claims == []


def test_leadership_of_a_party_is_the_party_not_the_government(nlp):
    # `die SPÖ-Führung` leads the party, `die DFB-Führung` the football association; `die russische
    # Führung` is the Kremlin
    found = {c.actor: c.actor_country for c in nlp("Die SPÖ-Führung lehnte den Vorschlag ab. "
                                                    "Die DFB-Führung forderte Aufklärung.")._.claims}
    assert found == {"SPÖ": "AUT", "DFB": "DEU"}
    assert [c.actor for c in nlp("Die russische Führung lehnte das ab.")._.claims] == ["Kreml"]


def test_leadership_of_the_state_is_the_government(nlp):
    # `die Staatsführung`, `die Regierungsspitze` lead the country named before them or the dateline's
    doc = nlp("Die französische Staatsführung lehnte den Vorschlag ab.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Französische Regierung", "FRA")]
    doc = nlp("Wien – Die Regierungsspitze lehnte den Vorschlag ab.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Österreichische Regierung", "AUT")]
    assert nlp("Die Staatsbürgerschaft lehnte den Vorschlag ab.")._.claims == []


def test_demonym_before_a_name_is_a_noun_in_apposition(nlp):
    # `Der Deutsche Jan Frodeno`: the German, Jan Frodeno, not an adjective of a name
    doc = with_entities(nlp, "Der Deutsche Jan Frodeno hat gewonnen. Es war brutal, sagte Frodeno.",
                        [("Deutsche", "MISC"), ("Jan Frodeno", "PER"), ("Frodeno", "PER")])
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Jan Frodeno", "DEU")]


def test_definite_party_office_is_the_partys_person_named_before(nlp):
    """`der SPÖ-Chef` after Werner Faymann (SPÖ) is Faymann, not the office `Chef (AUT)`; `der ÖVP-Chef`
    is not Faymann (another party) and stays the office."""
    doc = nlp("Bundeskanzler Werner Faymann sprach in Wien. Man müsse handeln, sagte der SPÖ-Chef.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Werner Faymann", "AUT")]
    doc = nlp("Bundeskanzler Werner Faymann sprach in Wien. Man müsse handeln, sagte der ÖVP-Chef.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Chef (AUT)", "AUT")]


def test_role_coordinated_with_a_truncated_compound_names_a_group(nlp):
    """`die Staats- und Regierungschefs der Eurozone` are several (a group, which `er` never refers
    to); `die EU-Staats- und Regierungschefs` take the prefix of the truncated word."""
    doc = nlp("Alexis Tsipras verhandelte in der Runde der Staats- und Regierungschefs der Eurozone. "
              "Er sei zufrieden, sagte er.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Alexis Tsipras", "GRC")]
    doc = nlp("Die EU-Staats- und Regierungschefs einigten sich auf einen Kompromiss.")
    assert [(c.actor_country, c.claim_type) for c in doc._.claims] == [("EU", "AGREEMENT")]
    # a single head of government after `der` stays one person's office
    assert [m._.mention for m in nlp("Der Regierungschef lehnte ab.").spans["actors"]] != ["group"]


def test_singular_demonym_after_der_is_the_man_of_that_country_named_before(nlp):
    """`sagte der 61-jährige Deutsche` after Thomas de Maizière is him, not `Deutschen` (the people);
    after Angela Merkel (`der` is masculine) one German man no one named speaks, for no side, and
    `die Franzosen` (plural) stay the people."""
    doc = nlp("Innenminister Thomas de Maizière reiste nach Paris. Das sei gut, sagte der 61-jährige Deutsche.")
    assert [c.actor for c in doc._.claims] == ["Thomas de Maizière"]
    doc = nlp("Bundeskanzlerin Angela Merkel reiste nach Paris. Das sei gut, sagte der Deutsche.")
    assert [c.actor for c in doc._.claims] == []
    doc = nlp("Präsident François Hollande sprach. Die Franzosen lehnen das ab.")
    assert "Franzosen" in [c.actor for c in doc._.claims]


def test_lone_surname_after_the_full_name_is_the_same_actor(nlp):
    doc = nlp("Präsident Nicolás Maduro reiste nach Moskau. Maduro bezeichnete die Maßnahmen als Wirtschaftskrieg.")
    second = [m for m in doc.spans["actors"] if m.text == "Maduro"]
    assert [m._.actor for m in second] == ["Nicolás Maduro"]


def test_role_noun_before_an_unseen_name_shares_its_country(tagged_nlp):
    doc = tagged_nlp("Die Bundesregierung in Berlin will mehr Geld. Finanzminister Christian Lindner lehnte "
                     "zusätzliche Schulden ab.")
    role = [m for m in doc.spans["actors"] if m.text.startswith("Finanzminister")]
    assert role and role[0]._.actor_country == "DEU"


def test_definite_role_noun_refers_back_to_the_last_actor_with_that_role(nlp):
    doc = nlp("Schwedens Ministerpräsident Ulf Kristersson reiste nach Ankara. "
              "„Jetzt ist die Türkei am Zug“, fügte der Regierungschef hinzu.")
    later = [m for m in doc.spans["actors"] if m.text == "Regierungschef"]
    assert [(m._.actor, m._.actor_country) for m in later] == [("Ulf Kristersson", "SWE")]


def test_definite_role_noun_refers_back_to_the_known_holder_named_last(tagged_nlp):
    # `David Cameron` is named without his office; `der Premier` is him, not Austria's head of government
    doc = tagged_nlp("Wien – David Cameron will die EU reformieren. Österreich lehnt das ab. "
                     "Der Premier drohte mit dem Austritt.")
    later = [m for m in doc.spans["actors"] if m.text == "Premier"]
    assert [(m._.actor, m._.actor_country) for m in later] == [("David Cameron", "GBR")]
    # a holder of another office is none (`Kurz`, a foreign minister, is no president); the role named
    # after the holder (`König Abdullah II.`) is the antecedent, not a president named before him
    doc = tagged_nlp("Wien – Außenminister Sebastian Kurz reiste nach Kairo. Der Präsident empfing ihn.")
    assert "Sebastian Kurz" not in {m._.actor for m in doc.spans["actors"] if m.text == "Präsident"}
    doc = tagged_nlp("Amman – Kerry traf Präsident Mahmud Abbas und danach König Abdullah II. "
                     "Zugleich habe der König den Friedensprozess gelobt.")
    assert "Mahmud Abbas" not in {m._.actor for m in doc.spans["actors"] if m.text == "König"}


def test_former_office_is_the_person_named_before_not_the_office(nlp):
    # `der ehemalige Ministerpräsident` after Kaczyński is him (a past office), not Poland's head of government
    doc = nlp("Warschau – Der polnische Parteichef Jarosław Kaczyński kritisierte Deutschland. "
              "Als Beispiel nannte der ehemalige Ministerpräsident die Arbeit im Bundestag.")
    assert [(c.actor, c.actor_country) for c in doc._.claims][-1] == ("Jarosław Kaczyński", "POL")
    # the office itself after no article of its own, or with no former holder named before, stays the office
    doc = nlp("Warschau – Der polnische Parteichef Jarosław Kaczyński kritisierte Deutschland. "
              "Als Beispiel nannte der polnische Ministerpräsident die Arbeit im Bundestag.")
    assert [c.actor for c in doc._.claims][-1] == "Regierungschef (POL)"
    doc = nlp("Rom – Der frühere Regierungschef forderte Neuwahlen.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Regierungschef (ITA)", "ITA")]


def test_indefinite_role_noun_does_not_refer_back(nlp):
    doc = nlp("Schwedens Ministerpräsident Ulf Kristersson reiste nach Ankara. "
              "Ein Regierungschef aus Asien kam ebenfalls.")
    assert not [m for m in doc.spans["actors"] if m.text == "Regierungschef"]


def test_issue_keyword_tagged_as_person_is_no_actor(tagged_nlp):
    doc = tagged_nlp("Der von Großbritannien eingebrachte Entwurf forderte eine sofortige Waffenruhe.")
    assert "Waffenruhe" not in [m.text for m in doc.spans["actors"]]


def test_ambiguous_party_compound_is_settled_by_the_places_of_the_report(tagged_nlp):
    # `Grünen-` is DEU, AUT or CHE: a report from Vienna names the Austrian Greens; without places it stays open
    text = "Das ist ein Skandal, sagte die Grünen-Abgeordnete Alex Korun."
    assert [c.actor_country for c in tagged_nlp(f"Wien – {text}")._.claims] == ["AUT"]
    assert tagged_nlp(text)._.claims == []
    assert [c.actor_country for c in tagged_nlp(f"Berlin/Wien – {text}")._.claims] == []


def test_ambiguous_party_name_is_settled_by_the_places_of_the_report(tagged_nlp):
    # `die Sozialdemokraten`, `die Grünen`: the SPD or the SPÖ, the German or the Austrian Greens; the
    # dateline decides where no other known actor does, and two countries' places leave it open
    text = "Die {} forderten einen höheren Mindestlohn."
    assert [c.actor for c in tagged_nlp("Berlin – " + text.format("Sozialdemokraten"))._.claims] == ["SPD"]
    assert [c.actor for c in tagged_nlp("Innsbruck – " + text.format("Sozialdemokraten"))._.claims] == ["SPÖ"]
    assert [c.actor_country for c in tagged_nlp("Wien – " + text.format("Grünen"))._.claims] == ["AUT"]
    assert tagged_nlp(text.format("Grünen"))._.claims == []


def test_bare_party_word_of_another_country_is_no_party_of_the_home_country(tagged_nlp):
    # `die Grünen`, `die Linke` in a report from Madrid: no German party, though the document names the
    # Linke (DEU) and the Grünen are DEU, AUT or CHE; a report from Berlin keeps the German parties
    text = "{} – Die Linke sei zerstritten. Die Grünen forderten einen höheren Mindestlohn."
    def parties(doc):
        return [(m.text, m._.actor_country) for m in doc.spans["actors"] if m._.actor_type == "party"]
    assert not [p for p in parties(tagged_nlp(text.format("Madrid"))) if p[1] in ("DEU", "AUT", "CHE")]
    assert ("Die Grünen", "DEU") in parties(tagged_nlp(text.format("Berlin")))
    # roles.csv `Partei` (`Grünen`): left out by the knowledge base, the bare word is a party of the home country
    claims = tagged_nlp("Madrid – Die Grünen forderten einen höheren Mindestlohn.")._.claims
    assert [(c.actor, c.actor_country) for c in claims] == [("Partei (ESP)", "ESP")]
    # negative: the adjective `Grüne` before a person's noun is no party (only the plural `Grünen` is one)
    claims = tagged_nlp("Madrid – Die Regierung sei schuld, schrieb die Grüne Senatorin Ana Ruiz.")._.claims
    assert all(c.actor != "Partei (ESP)" for c in claims)
    # a party of that country named by a person of its own keeps it (`named`): the German Greens' Baerbock
    assert ("Die Grünen", "DEU") in parties(tagged_nlp(
        "Madrid – Annalena Baerbock lobte die Regierung. Die Grünen forderten einen höheren Mindestlohn."))


@pytest.mark.parametrize("text, actor, country", [
    # `Senat`, `Kongress`: the US chamber only where the report is about the USA
    ("Rom – Premier Matteo Renzi will die Reform. Der Senat stimmte am Dienstag zu.", "Italienischer Senat", "ITA"),
    ("Washington – Präsident Barack Obama will die Reform. Der Senat lehnte sie ab.", "US-Senat", "USA"),
    ("Wien – Die Partei hat das Geld nicht gemeldet. Der Senat im Kanzleramt kritisierte das scharf.",
     "Unabhängiger Parteien-Transparenz-Senat", "AUT"),
    ("Brasília – Präsidentin Dilma Rousseff bleibt im Amt. Der Kongress lehnte ein Verfahren ab.",
     "Brasilianischer Nationalkongress", "BRA"),
    ("Berlin – Der Senat lehnte den Antrag der Opposition ab.", "Berliner Senat", "DEU"),
    # `Sozialisten`: the French, Greek, Spanish socialists or (by its old name) the SPÖ
    ("Athen – Premier Alexis Tsipras will ein Referendum. Die Sozialisten lehnten das ab.", "Pasok", "GRC"),
    ("Paris – Präsident François Hollande will die Reform. Die Sozialisten lehnten sie ab.", "Parti Socialiste", "FRA"),
    # `Union`: the CDU/CSU in German politics, the EU where the report is about the EU
    ("Berlin – Kanzlerin Angela Merkel will die Reform. Die Union lehnt den Vorschlag der SPD ab.", "CDU", "DEU"),
    ("Brüssel – Kommissionspräsident Jean-Claude Juncker begrüßte das Paket. "
     "Die Union lehnt den Vorschlag aus London ab.", "EU", "EU"),
])
def test_a_chamber_or_party_name_of_several_countries_is_the_reports_one(tagged_nlp, text, actor, country):
    assert (actor, country) in {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims}


def test_a_news_agency_of_central_europe_is_a_medium_not_part_of_a_name(tagged_nlp):
    # `TASR`, `PAP`, `Ukrinform`: the agency relays; the person it quotes speaks (and keeps his side)
    doc = tagged_nlp("Bratislava – Premier Robert Fico will keine Flüchtlinge aufnehmen. Der Islam habe keinen "
                     "Platz im Land, zitierte die Nachrichtenagentur TASR Fico am Mittwochabend.")
    # (the first sentence is Fico's plan too: `will keine … aufnehmen`, cues.csv `will` + a policy act)
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Robert Fico", "SVK")] * 2
    assert doc._.claims[1].claimant == "Fico"
    doc = tagged_nlp("Warschau – Die Unterschrift sei echt, sagte IPN-Direktor Lukasz Kaminski der Agentur PAP.")
    assert [q.speaker.text for q in doc._.quotes] == ["IPN-Direktor Lukasz Kaminski"]
    # an agency that reports facts is their source, and no claimant
    doc = tagged_nlp("Kiew – Die Demonstranten warfen Feuerwerkskörper vor dem Parlament, wie die staatliche "
                     "Agentur Ukrinform meldete.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Ukrinform"] and doc._.claims == []


def test_a_commissioner_of_a_portfolio_speaks_for_the_body_named_with_him(tagged_nlp):
    # `Entwicklungskommissar`, `Digitalkommissar`: an office; the genitive names whose (here the EU's)
    doc = tagged_nlp("Der Entwicklungskommissar der Europäischen Union, Louis Michel, forderte die Junta "
                     "zum Handeln auf.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Louis Michel", "EU")]
    # the Hochkommissar keeps his own row (the UN's when named so)
    doc = tagged_nlp("Der UN-Hochkommissar für Menschenrechte forderte eine Untersuchung.")
    assert [c.actor_country for c in doc._.claims] == ["UN"]


def test_the_middle_is_no_swiss_party(tagged_nlp):
    # `in der Mitte`, `Mitte Oktober`: only the party's full name `Die Mitte` (or CVP) names it
    doc = tagged_nlp("Der Betrag liegt damit in der Mitte der von Reinhold Mitterlehner genannten Summe.")
    assert "Die Mitte" not in {m._.actor for m in doc.spans["actors"]}


def test_dateline_place_is_no_speaker(tagged_nlp):
    doc = tagged_nlp("Wien – Die Grünen zeigten sich entsetzt über das Urteil.")
    assert [q.speaker.text for q in doc._.quotes] == ["Die Grünen"]


def test_surname_that_is_a_common_word_still_names_the_person(tagged_nlp):
    # `kurz` is an adjective and a stop word, but after `Sebastian Kurz` the lone `Kurz` is him
    doc = tagged_nlp("Außenminister Sebastian Kurz war in Riad. Das ist ein Fehler, sagte Kurz am Sonntag.")
    assert [(q.cue, q.speaker.actor) for q in doc._.quotes] == [("sagte", "Sebastian Kurz")]
    assert tagged_nlp("Das ist ein Fehler, sagte er kurz danach.")._.claims == []


def test_plural_domestic_role_is_a_group_of_the_datelines_country(tagged_nlp):
    # `Mehrere Abgeordnete`, `Politiker mehrerer Parteien`: a group of the country the report comes from
    doc = tagged_nlp("Berlin – Politiker mehrerer Parteien empörten sich über Gaulands Äußerung.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Politiker (DEU)", "DEU")]
    doc = tagged_nlp("Budapest – Darin warnten die Pädagogen, dass das ganze Bildungssystem in Gefahr sei.")
    assert [c.actor_country for c in doc._.claims] == ["HUN"]
    # without a dateline the group has no side; a single MP named is a person, not the dateline's group
    assert tagged_nlp("Mehrere Abgeordnete warfen ihm vor, sich aus der Affäre stehlen zu wollen.")._.claims == []
    doc = tagged_nlp("Berlin – Mehrere Abgeordnete warfen ihm vor, sich aus der Affäre stehlen zu wollen.")
    assert [c.actor_country for c in doc._.claims] == ["DEU"]


def test_a_town_no_lexicon_lists_leaves_the_other_places_of_a_dateline_to_decide(tagged_nlp):
    # `Seewalchen/Graz –`: the village says nothing, Graz places the report in Austria; a dateline of an
    # unknown town alone, or of two countries' places beside it, still places nobody
    text = "Der Bürgermeister kritisierte die Pläne der Landesregierung."
    assert [c.actor_country for c in tagged_nlp(f"Seewalchen/Graz – {text}")._.claims] == ["AUT"]
    assert [c.actor_country for c in tagged_nlp(f"Graz/Seewalchen – {text}")._.claims] == ["AUT"]
    assert tagged_nlp(f"Seewalchen – {text}")._.claims == []
    assert tagged_nlp(f"Seewalchen/Graz/München – {text}")._.claims == []


def test_the_seat_of_an_organisation_is_no_datelines_country(tagged_nlp):
    # `Brüssel –` is where the report comes from, a Belgian city: its domestic groups are no EU side
    doc = tagged_nlp("Brüssel – Nach den Anschlägen forderte die Opposition den Rücktritt des Innenministers.")
    assert "EU" not in {c.actor_country for c in doc._.claims}
    doc = tagged_nlp("Brüssel – Die Gewerkschaften riefen für Montag zu einem Generalstreik auf.")
    assert "EU" not in {c.actor_country for c in doc._.claims}
    # a state's capital places them; the EU's bodies keep their own side
    doc = tagged_nlp("Budapest – Die Gewerkschaften riefen für Montag zu einem Generalstreik auf.")
    assert [c.actor_country for c in doc._.claims] == ["HUN"]
    doc = tagged_nlp("Brüssel – Die Kommission forderte die Staaten zum Handeln auf.")
    assert [c.actor_country for c in doc._.claims] == ["EU"]


def test_an_association_named_by_its_compound_is_the_datelines_domestic_actor(tagged_nlp):
    # codebook: chambers, unions, business associations, citizens' initiatives take their country; a
    # compound of roles.csv's association nouns (`Ärztegewerkschaft`, `Bürgerinitiative`, `Jagdverband`,
    # `Schülervertretung`, `Betriebsrat`) names one, the dateline gives its side
    for text, claim_type in (("Die Ärztegewerkschaft fordert mehr Personal für die Spitäler.", "DEMAND"),
                             ("Die Bürgerinitiative lehnt den Bau der Umfahrung ab.", "REJECTION"),
                             ("Der Betriebsrat schließt Streiks nicht aus.", None)):
        claims = tagged_nlp(f"Graz – {text}")._.claims
        assert [c.actor_country for c in claims] == ["AUT"], text
        assert claims[0].actor_type == "organisation"
        if claim_type:
            assert claims[0].claim_type == claim_type
    assert [c.actor_country for c in tagged_nlp("Berlin – Der Jagdverband kritisierte das Verbot.")._.claims] == ["DEU"]
    # negatives: no dateline, no side; a chamber of parliament is no association;
    # an association that is no speaker makes no claim
    assert tagged_nlp("Die Bürgerinitiative lehnt den Bau der Umfahrung ab.")._.claims == []
    assert "organisation" not in {c.actor_type for c in tagged_nlp("Rom – Die Abgeordnetenkammer stimmte dem Gesetz zu.")._.claims}
    assert tagged_nlp("Graz – Der Mann trat im Mai dem Sportverein bei.")._.claims == []
    # an initiative of talks is a plan, no group: it takes no pronoun that refers to a state
    doc = tagged_nlp("Wien – Indem die USA Russland anerkennen und die Verhandlungsinitiative loben, "
                     "akzeptieren sie auch die Interessen Russlands als legitim.")
    assert {(c.actor_country, c.actor_type) for c in doc._.claims} == {("USA", "state")}


def test_plural_role_is_no_antecedent_of_a_personal_pronoun(tagged_nlp):
    # `Seine` is Rubio, not the Ukrainian officials he met
    doc = tagged_nlp("US-Außenminister Marco Rubio reiste nach Riad, um mit russischen und ukrainischen "
                     "Vertretern zu sprechen. Seine Botschaft ist unmissverständlich: „Die Uhr läuft.“")
    assert {c.actor_country for c in doc._.claims} <= {"USA"}
    vertreter = [m for m in doc.spans["actors"] if m.text.endswith("Vertretern")]
    assert all(m._.mention == "group" for m in vertreter)


def test_pope_is_the_holy_sees_head_of_state(tagged_nlp):
    doc = tagged_nlp("Der Papst hatte schon bei der Ankunft in Havanna seine Achtung für den Anführer "
                     "der Revolution geäußert.")
    assert [q.speaker.actor_country for q in doc._.quotes] == ["VAT"]


def test_singular_party_politician_is_a_description_of_the_person_named_before(tagged_nlp):
    doc = tagged_nlp("Verteidigungsminister Boris Pistorius war in Vilnius. „Wir müssen bis 2029 "
                     "kriegstüchtig sein“, sagte der SPD-Politiker.")
    assert [c.actor for c in doc._.claims] == ["Boris Pistorius"]


def test_opposition_without_dateline_belongs_to_the_state_of_the_actor_named_before(tagged_nlp):
    text = ("Burundis Präsident Pierre Nkurunziza hatte im vergangenen April angekündigt, für eine dritte "
            "Amtszeit anzutreten. Die Opposition bezeichnete dies als illegal.")
    assert [c.actor_country for c in tagged_nlp(text)._.claims if c.actor.startswith("Opposition")] == ["BDI"]
    # an organisation has no opposition; a plural of persons (`Mehrere Abgeordnete`) may be of any parliament
    assert tagged_nlp("Die Afrikanische Union tagte am Freitag. Die Opposition bezeichnete dies als illegal.")._.claims == []
    text = ("Kommissionschef Jean-Claude Juncker verteidigte sich gegen Vorwürfe aus Luxemburg. Mehrere Abgeordnete "
            "warfen ihm vor, sich aus der Affäre stehlen zu wollen.")
    assert [c for c in tagged_nlp(text)._.claims if c.sentence_id == 1] == []


def test_spokesperson_of_an_office_in_the_genitive_speaks_for_its_side(tagged_nlp):
    text = ("Die Türkei muss sicherstellen, dass die Menschenrechte eingehalten werden – das schließt auch das Recht "
            "auf freie Meinungsäußerung ein, sagte die Sprecherin der EU-Außenbeauftragten Federica Mogherini in Brüssel.")
    assert {c.actor_country for c in tagged_nlp(text)._.claims} == {"EU"}
    doc = tagged_nlp("Der Sprecher des russischen Präsidenten wies die Vorwürfe zurück.")
    assert [(m.text, m._.actor_country) for m in doc.spans["actors"] if m.text == "Sprecher"] == [("Sprecher", "RUS")]
    # a genitive that names no office or state leaves the spokesman open
    doc = tagged_nlp("Der Sprecher des örtlichen Vereins wies die Vorwürfe zurück.")
    assert [m for m in doc.spans["actors"] if m.text == "Sprecher"] == []


def test_spokesperson_of_an_office_holder_in_the_genitive_speaks_for_the_holders_side(tagged_nlp):
    """`Der Sprecher der Landesrätin`: one who speaks for someone (german.csv agent_noun) speaks for the side of
    the office holder named in the genitive, also after an adjective (`des zuständigen Landeshauptmanns`)."""
    text = "Linz – Die Landesrätin plant neue Quartiere. {} sagte, die Gemeinden müssten mehr Flüchtlinge aufnehmen."
    for speaker in ("Der Sprecher der Landesrätin", "Eine Sprecherin des zuständigen Landeshauptmanns"):
        doc = tagged_nlp(text.format(speaker))
        claims = [(c.actor_country, c.claim_type) for c in doc._.claims if c.sentence_id == 1]
        assert claims == [("AUT", "DEMAND")]
    # one who does not speak for the holder (`der Vater der Landesrätin`) stays open
    doc = tagged_nlp(text.format("Der Vater der Landesrätin"))
    assert [c for c in doc._.claims if c.sentence_id == 1] == []


def test_a_landtag_speaks_for_the_country_of_its_lands_adjective_or_the_dateline(tagged_nlp):
    """`Der Kärntner Landtag` (a Land's adjective, cities.csv) is a parliament of that Land's country."""
    text = "{} hat am Mittwoch eine Volksabstimmung über die Gebühren abgelehnt."
    claims = tagged_nlp(text.format("Der Kärntner Landtag"))._.claims
    assert [(c.actor, c.actor_country, c.actor_type) for c in claims] == [("Landtag (AUT)", "AUT", "parliament")]
    assert [c.actor_country for c in tagged_nlp("Klagenfurt – " + text.format("Der Landtag"))._.claims] == ["AUT"]
    # a Landtag nothing places is nobody's side
    assert tagged_nlp(text.format("Der Landtag"))._.claims == []
    # a member of a parliament the knowledge names (organisations.csv) speaks for its country
    doc = tagged_nlp("Am Montag sagte die Volkskongress-Abgeordnete Li Wei, die Regierung müsse mehr gegen Gewalt tun.")
    assert [c.actor_country for c in doc._.claims] == ["CHN"]


def test_a_towns_adjective_before_a_mayor_places_him(tagged_nlp):
    """`Mürzzuschlager Bürgermeister` (a town of cities.csv in its adjective) is a mayor of that town's country."""
    doc = tagged_nlp("Mürzzuschlager Bürgermeister kritisiert einseitige Reportage.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Bürgermeister (AUT)", "AUT")]
    assert tagged_nlp("Der Bürgermeister kritisiert einseitige Reportage.")._.claims == []


def test_member_states_named_with_a_prefix_are_a_side(tagged_nlp):
    doc = tagged_nlp("Riad – Kritik kam unter anderem von den Vereinten Nationen, den USA, und mehreren EU-Staaten, "
                     "darunter Österreich.")
    assert {c.actor_country for c in doc._.claims} == {"UN", "USA", "EU", "AUT"}
    # `Staaten` without a prefix may be any states: not the dateline's
    doc = tagged_nlp("Riad – Das Urteil wurde verlesen. Mehrere Staaten kritisierten das Urteil scharf.")
    assert [m for m in doc.spans["actors"] if m.text == "Staaten"] == []


def test_known_organisation_in_the_genitive_is_the_organisation(tagged_nlp):
    doc = tagged_nlp("Juncker sprach am Donnerstag im Sonderausschuss des Europaparlaments in Brüssel.")
    assert ("Europaparlaments", "EU") in [(m.text, m._.actor_country) for m in doc.spans["actors"]]
    doc = tagged_nlp("Ein Sprecher des Bundestags bestätigte den Termin.")
    assert ("Bundestags", "DEU") in [(m.text, m._.actor_country) for m in doc.spans["actors"]]
    # a common noun in the genitive names no organisation
    doc = tagged_nlp("Der Präsident des Parlaments trat am Montag zurück.")
    assert [m for m in doc.spans["actors"] if m.text == "Parlaments"] == []


def test_plural_members_take_the_side_of_the_parliament_named_before(tagged_nlp):
    doc = tagged_nlp("Ich habe kein System erfunden, so Juncker am Donnerstag im Sonderausschuss des Europaparlaments. "
                     "Mehrere Abgeordnete warfen ihm vor, sich mit Ausflüchten aus der Affäre stehlen zu wollen.")
    assert ("EU", "ACCUSATION") in [(c.actor_country, c.claim_type) for c in doc._.claims if c.sentence_id == 1]
    # no parliament named: members of any parliament, left open (not the speaker's side)
    doc = tagged_nlp("Ich habe kein System erfunden, so Juncker am Donnerstag in Brüssel. "
                     "Mehrere Abgeordnete warfen ihm vor, sich mit Ausflüchten aus der Affäre stehlen zu wollen.")
    assert [c for c in doc._.claims if c.sentence_id == 1] == []


def test_surname_the_ner_labels_a_place_is_the_person_named_before(nlp):
    text = ("Linz – Der Wirtschaftslandesrat Michael Strugl sieht Chancen. Die Reformen seien überfällig, "
            "befand Strugl am Mittwoch.")
    doc = with_entities(nlp, text, [("Linz", "LOC"), ("Michael Strugl", "PER"), ("Strugl", "LOC")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Linz", "LOC"), ("Michael Strugl", "PER"), ("Strugl", "PER")]
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Michael Strugl", "AUT")]
    # a place that is nobody's surname stays a place
    doc = with_entities(nlp, text.replace("befand Strugl", "hieß es in Linz"),
                        [("Linz", "LOC"), ("Michael Strugl", "PER"), ("Linz", "LOC")])
    assert [e.label_ for e in doc.ents] == ["LOC", "PER", "LOC"]


def test_role_noun_before_a_surname_in_the_genitive_speaks_for_that_person(nlp):
    text = ("Prag – Gegen den tschechischen Aktivisten Martin Konvička wird ermittelt. Ein Sprecher Konvičkas "
            "bezeichnete die Ermittlungen als Angriff auf die Meinungsfreiheit.")
    for guess in ("LOC", "ORG"):  # whatever the statistical NER guessed for the genitive
        doc = with_entities(nlp, text, [("Prag", "LOC"), ("Martin Konvička", "PER"), ("Konvičkas", guess)])
        assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Martin Konvička", "CZE")]
    # missed by the NER altogether: the surname of the document still names him
    doc = with_entities(nlp, text, [("Prag", "LOC"), ("Martin Konvička", "PER")])
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Martin Konvička", "CZE")]
    # a genitive that names nobody of the document leaves the spokesman open
    doc = with_entities(nlp, text.replace("Konvičkas", "Nowaks"), [("Prag", "LOC"), ("Martin Konvička", "PER")])
    assert [c.actor for c in doc._.claims] != ["Martin Konvička"]


def test_phrase_starting_with_a_numeral_is_no_person(tagged_nlp):
    """A heading glued to the next sentence (`Sechs Jahre in der Opposition Strugl warnte …`) that
    the statistical NER took for a name is no speaker."""
    doc = tagged_nlp.make_doc("Sechs Jahre in der Opposition Die Partei forderte am Montag Neuwahlen.")
    doc.ents = [doc.char_span(0, len("Sechs Jahre"), label="PER")]
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = tagged_nlp(doc)
    assert doc[0].pos_ == "NUM"
    assert "Sechs Jahre" not in [m._.actor for m in doc.spans["actors"]]
    assert "Sechs Jahre" not in [c.actor for c in doc._.claims]


def test_motive_after_aus_is_no_place_of_origin(nlp):
    """`sagte Oliver Pilz aus Angst vor der Polizei`: a motive, even when the NER took `Angst` for
    a place; `aus Miskolc`, a town no lexicon lists, is the dateline's country."""
    def countries(text: str, place: str) -> list[str]:
        doc = with_entities(nlp, text, [("Wien", "LOC"), ("Oliver Pilz", "PER"), (place, "LOC")])
        return [c.actor_country for c in doc._.claims]
    assert countries("Wien – Wir haben das nicht gewusst, sagte Oliver Pilz aus Angst vor der Polizei.",
                     "Angst") == []
    assert countries("Wien – Wir haben das aus Sicherheitsgründen nicht gesagt, sagte Oliver Pilz aus "
                     "Sicherheitsgründen.", "Sicherheitsgründen") == []
    assert countries("Wien – Wir haben das nicht gewusst, sagte Oliver Pilz aus Mistelbach.",
                     "Mistelbach") == ["AUT"]


def test_name_the_ner_cut_short_in_an_apposition_is_the_whole_name(nlp):
    text = ("Der Sondergesandte der Vereinten Nationen, Tomás Ferreira-Lindqvist, sagte, die Gespräche "
            "müssten weitergehen. Ferreira-Lindqvist forderte eine Waffenruhe.")
    for name in ("Tomás", "Tomás Ferreira-Lindqvist"):  # the first name alone, or the whole name
        doc = with_entities(nlp, text, [(name, "PER")])
        assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Tomás Ferreira-Lindqvist", "UN")}


def test_an_organisation_name_ending_a_persons_name_is_the_surname(tagged_nlp):
    # `Thomas Linke` is a manager, not the party Die Linke; `die Linke` alone stays the party
    doc = tagged_nlp("Vor dem Spiel erklärte Ingolstadts Manager Thomas Linke, dass der Klub weiter plane.")
    assert [c.actor for c in doc._.claims if c.actor == "Die Linke"] == []
    doc = tagged_nlp("Die Linke forderte am Montag höhere Löhne.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Die Linke", "DEU")]


@pytest.mark.parametrize("text, actor, country", [
    ("Tirols Landeshauptmann Günther Platter sagte, die Grenze werde kontrolliert.", "Günther Platter", "AUT"),
    ("Bayerns Innenminister Joachim Herrmann sagte, die Grenze werde kontrolliert.", "Joachim Herrmann", "DEU"),
    ("Kaliforniens Gouverneur Jerry Brown sagte, das Gesetz werde unterzeichnet.", "Jerry Brown", "USA"),
    # no person named after the office: the Land itself speaks
    ("Tirol lehnt die Verlegung der Grenzkontrollen ab.", "Land Tirol", "AUT"),
])
def test_a_region_in_the_genitive_before_a_named_office_holder_is_part_of_his_phrase(tagged_nlp, text, actor, country):
    """`Tirols Landeshauptmann Günther Platter`: the person speaks, not the Land; a Land or state in the
    genitive (cities.csv lists regions too) places the office, whether or not the NER took it into the name."""
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [(actor, country)]


@pytest.mark.parametrize("text, country", [
    ("Landesrat Max Huber sagte, die Förderungen würden gekürzt.", "AUT"),
    ("Die steirische Soziallandesrätin Maria Berger sagte, die Förderungen würden gekürzt.", "AUT"),
    ("Landrat Max Huber sagte, die Förderungen würden gekürzt.", None),  # a German district's head: no side
])
def test_a_landesrat_is_an_austrian_office(tagged_nlp, text, country):
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == ([country] if country else [])


@pytest.mark.parametrize("text, actor, country", [
    # the party's chair named before: the knowledge base's person of that party
    ("Jarosław Kaczyński traf Parteifreunde. Wir haben kein Interesse an einer Dominanz, sagte der PiS-Vorsitzende.",
     "Jarosław Kaczyński", "POL"),
    ("Es gibt keinen Plan für eine EU-Armee, erklärte eine EU-Kommissionssprecherin.", "Sprecher (EU)", "EU"),
    ("Ein Sprecher von Erwin Pröll kritisierte, dass die Ministerin wechselt.", "Sprecher (AUT)", "AUT"),
    ("Immer mehr Menschen fühlen sich einsam, sagte der Heilige Vater.", "Heiliger Stuhl", "VAT"),
    ("Tausende Leben hängen davon ab, sagte Peña Nieto.", "Enrique Peña Nieto", "MEX"),  # data/knowledge
    # negatives: a spokesman of nobody named, a chair of an unknown club
    ("Ein Sprecher bestätigte, dass die Ministerin wechselt.", None, None),
    ("Man sei sich einig, sagte der Vorsitzende des Vereins.", None, None),
    ("Der Bericht sei übergeben worden, sagte der Kommissionssprecher.", None, None),  # which commission?
])
def test_offices_that_say_whose_side(nlp, text, actor, country):
    """`der PiS-Vorsitzende`, `eine EU-Kommissionssprecherin`, `ein Sprecher von Erwin Pröll`, `der Heilige
    Vater`: a chair, a spokeswoman of the Commission, the spokesman of a named principal, the Pope."""
    doc = nlp(text)
    last = len(list(doc.sents)) - 1
    found = [(c.actor, c.actor_country) for c in doc._.claims if c.sentence_id == last]
    assert found == ([(actor, country)] if actor else [])


@pytest.mark.parametrize("text, found", [
    ("Die Arbeitgeber müssten nachbessern, teilte ver.di mit.", [("Verdi", "DEU")]),  # a name written in lower case
    ("Die Tarife sollen gelten, sagte ein Sprecher der dpa.", []),  # a medium after `der`: the addressee
    ("Die Lage sei ernst, sagte ein Sprecher der Vereinten Nationen.", [("Vereinte Nationen", "UN")]),
])
def test_names_in_lower_case_are_known_and_a_medium_employs_no_spokesman(tagged_nlp, text, found):
    """`ver.di`, `dpa` are known names although written in lower case; `ein Sprecher der dpa` speaks to
    the agency (a dative), not for it."""
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == found


def test_the_actor_rulers_phrase_patterns_are_made_by_the_tokenizer_alone():
    """Patterns match on the words: making them runs no component before the ruler (in the
    pipeline, the model: a second at every load), and they still match."""
    import spacy
    from spacy.language import Language

    @Language.component("test_fails_on_patterns")
    def fails(doc):
        raise AssertionError("a component before the ruler ran on a pattern")

    nlp = spacy.blank("de")
    nlp.add_pipe("test_fails_on_patterns")
    ruler = nlp.add_pipe("actor_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Wladimir Putin", "id": "Wladimir Putin|RUS|name|"}])
    nlp.remove_pipe("test_fails_on_patterns")
    assert [(e.text, e.label_) for e in nlp("Wladimir Putin sagte nichts.").ents] == [("Wladimir Putin", "PER")]
    assert list(nlp("Putin sagte nichts.").ents) == []


def test_a_body_followed_by_its_listed_members_takes_their_side(tagged_nlp):
    """`die Oppositionsparteien CDU und FDP` are German whoever else the article names; one group
    after a body (`die Gewerkschaft ver.di`) is that group itself."""
    doc = tagged_nlp("US-Präsident Barack Obama besuchte Hannover. Die Oppositionsparteien CDU und FDP haben "
                     "eine Sondersitzung des Innenausschusses beantragt.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Opposition (DEU)", "DEU")]
    doc = tagged_nlp("US-Präsident Barack Obama besuchte Hannover. Die Gewerkschaft ver.di hat erneut zu Streiks "
                     "beim Versandhändler Amazon aufgerufen.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Verdi", "DEU")]


def test_lone_surname_with_particles_names_the_person_named_in_full(nlp):
    text = "Wien – Alexander Van der Bellen kandidiert. Ein Präsident, so Van der Bellen, müsse unabhängig sein."
    doc = nlp(text)
    later = [m for m in doc.spans["actors"] if m.start_char > 40 and m._.actor]
    assert [(m.text, m._.actor, m._.actor_country) for m in later] == [
        ("Van der Bellen", "Alexander Van der Bellen", "AUT")]
    # the same when the statistical NER took the surname for a title (MISC)
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Alexander Van der Bellen", "PER"), ("Van der Bellen", "MISC")])
    assert ("Van der Bellen", "Alexander Van der Bellen", "AUT") in {
        (m.text, m._.actor, m._.actor_country) for m in doc.spans["actors"] if m.start_char > 40}
    # an article before a word that is also a surname is no particle of it: `der Fall` is no person
    doc = nlp("Der Gesandte Ibrahima Fall reiste ab. Der Fall sei klar, sagte ein Diplomat.")
    assert not [m for m in doc.spans["actors"] if m.text.endswith("Fall") and m.start_char > 30]


def test_an_observer_named_in_the_apposition_after_the_name_speaks_for_no_side(tagged_nlp):
    # `X, Experte für …`: one person's apposition, even where the tagger reads the bare noun as a plural
    doc = tagged_nlp("Wien – Die Reform beschränke sich auf gute PR, meint Norbert Bichl, Experte für die "
                     "Anerkennung ausländischer Abschlüsse.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Norbert Bichl", "OTHER")]
    doc = tagged_nlp("Wien – Das Wichtigste ist eine normale Struktur, sagt die Psychotherapeutin Barbara Preitler.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Barbara Preitler", "OTHER")]
    # an office in the apposition is no observer, and the plural noun stays a group
    doc = tagged_nlp("Wien – Die Reform sei falsch, sagt Anna Berger, Sprecherin der Initiative.")
    assert "OTHER" not in {c.actor_country for c in doc._.claims}
    doc = tagged_nlp("Die Psychotherapeuten warnen vor den Folgen der Reform.")
    assert [m for m in doc.spans["actors"] if m._.mention == "role"] == []


def test_a_definite_observer_noun_refers_back_to_the_observer_named_with_it(tagged_nlp):
    doc = tagged_nlp("Wien – Das Wichtigste ist eine Struktur, sagt die Psychotherapeutin Barbara Preitler. "
                     "Lehrer müssten sich nicht extra kümmern, sagt die Psychotherapeutin.")
    assert [c.actor for c in doc._.claims] == ["Barbara Preitler", "Barbara Preitler"]
    # a man's noun does not refer back to a woman
    doc = tagged_nlp("Wien – Das Wichtigste ist eine Struktur, sagt die Psychotherapeutin Barbara Preitler. "
                     "Lehrer müssten sich nicht extra kümmern, sagt der Politologe.")
    assert [c.actor for c in doc._.claims] == ["Barbara Preitler", "Experte"]


def test_an_observer_noun_does_not_refer_back_to_a_name_in_the_genitive(tagged_nlp):
    """`Diplomat in Ottlers Diensten`: the genitive's owner is not the person the observer noun
    describes; the man named before him is."""
    doc = tagged_nlp("Wien – Max Ottler regierte das Land lange. Auch Johann Peter Brandauer, einst Diplomat in "
                     "Ottlers Diensten, rät zum Abwarten. Im Ausland, so der Politikwissenschafter, warte viel "
                     "Kapital auf Investitionen.")
    assert [c.actor for c in doc._.claims] == ["Johann Peter Brandauer"]
    # a name in another case is still the person named last (the rule as it was)
    doc = tagged_nlp("Wien – Auch Johann Peter Brandauer, einst Diplomat bei Max Ottler, rät zum Abwarten. "
                     "Im Ausland, so der Politikwissenschafter, warte viel Kapital auf Investitionen.")
    assert [c.actor for c in doc._.claims] == ["Max Ottler"]


def test_an_observer_noun_refers_back_to_the_observer_named_with_an_office_in_his_name(tagged_nlp):
    """`IHS-Ökonom Helmut Hofer` tagged as one name: the office gives the man's gender, so `der Ökonom`
    after it is he; a woman so named is not `der Ökonom`."""
    doc = tagged_nlp("Wien – Die Lage sei ernst, sagte IHS-Ökonom Helmut Hofer am Montag. "
                     "Prognosen seien Grenzen gesetzt, so der Ökonom.")
    assert [c.actor for c in doc._.claims] == ["Helmut Hofer", "Helmut Hofer"]
    doc = tagged_nlp("Wien – Die Lage sei ernst, sagte Wifo-Ökonomin Maria Huber am Montag. "
                     "Prognosen seien Grenzen gesetzt, so der Ökonom.")
    assert [c.actor for c in doc._.claims] == ["Maria Huber", "Experte"]


def test_a_person_heading_a_domestic_association_speaks_for_the_datelines_country(tagged_nlp):
    doc = tagged_nlp("Wien – Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine, kritisierte die Pläne. "
              "Allerdings fordert Ehlers ein Mitspracherecht der Eltern.")
    assert {c.actor_country for c in doc._.claims} == {"AUT"}
    # without a dateline the association places nobody
    doc = tagged_nlp("Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine, fordert ein Mitspracherecht.")
    assert [c.actor_country for c in doc._.claims] == []


@pytest.mark.parametrize("text", [
    "Wien – Die Haft sei kein Ausweg. Ähnlich sieht das der Geschäftsführer des Vereins Neustart, Christoph Koss: "
    "Die Haft sei ein massiver Eingriff in die Grundrechte.",
    "Wien – Die Haft wäre ein massiver Eingriff in die Grundrechte, sagte Gerhard Reissner, Vizepräsident der "
    "richterlichen Standesvertretung.",
])
def test_an_office_in_a_domestic_association_before_the_name_or_a_representation_places_the_person(
        tagged_nlp, text):
    """The apposition may stand before the name and its comma (`der Geschäftsführer des Vereins Neustart,
    Christoph Koss`), and a representation is an association (`Standesvertretung`); without a dateline
    nobody is placed, and a body in another case is no apposition."""
    assert {c.actor_country for c in tagged_nlp(text)._.claims} == {"AUT"}
    assert tagged_nlp(text.removeprefix("Wien – "))._.claims == []


def test_an_association_a_country_adjective_names_before_the_name_places_the_person(tagged_nlp):
    """`Der Vorsitzende des ungarischen Hotelverbands, X`: a country adjective between the genitive article
    and the association names the person's side, with or without a dateline; a person without such an
    apposition stays unplaced."""
    text = ("Der Vorsitzende des ungarischen Hotelverbands, Laszlo Kovacs, forderte am Montag eine "
            "Senkung der Steuern.")
    doc = tagged_nlp(text)
    assert {c.actor_country for c in doc._.claims} == {"HUN"}
    assert {c.actor_type for c in doc._.claims} == {"organisation"}
    assert {c.actor_country for c in tagged_nlp("Wien – " + text)._.claims} == {"HUN"}
    doc = tagged_nlp("Der Vorsitzende, Laszlo Kovacs, forderte am Montag eine Senkung der Steuern.")
    assert {c.actor_country for c in doc._.claims} <= {""}


def test_an_office_speaks_for_the_ministry_named_in_the_genitive_after_it(tagged_nlp):
    doc = tagged_nlp("Die Grenze müsse besser geschützt werden, sagte ein Sprecher des österreichischen "
                     "Innenministeriums am Montag.")
    assert {c.actor_country for c in doc._.claims} == {"AUT"}
    doc = tagged_nlp("Wien – Die Zahl der Asylanträge müsse heuer sinken, sagte ein Sprecher des "
                     "Innenministeriums am Dienstag.")
    assert {c.actor_country for c in doc._.claims} == {"AUT"}
    # a ministry nothing places (no adjective, no dateline) gives its spokesman no side
    doc = tagged_nlp("Die Zahl der Asylanträge müsse heuer sinken, sagte ein Sprecher des "
                     "Innenministeriums am Dienstag.")
    assert [c.actor_country for c in doc._.claims] == []


def test_person_of_an_organisation_named_after_von_speaks_for_it(tagged_nlp):
    """`Jan Kowalczykowski von der OECD`, `vom russischen Verteidigungsministerium`: a person nothing
    else places takes the side of the body after `von`/`vom`, in every mention; a medium gives none."""
    text = ("Die Lage sei ernst, sagte Jan Kowalczykowski von der OECD. "
            "Die Reformen reichten nicht, sagte Kowalczykowski. "
            "Das sei falsch, sagte Pjotr Saizewski vom russischen Verteidigungsministerium. "
            "Die Sendung sei beendet, sagte Martin Hubinger vom ORF.")
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = with_entities(tagged_nlp, text, [("Jan Kowalczykowski", "PER"), ("OECD", "ORG"),
                                               ("Kowalczykowski", "PER"), ("Pjotr Saizewski", "PER"),
                                               ("Martin Hubinger", "PER"), ("ORF", "ORG")])
    found = {(s.text, s._.actor_country) for s in doc.spans["actors"]}
    assert {("Jan Kowalczykowski", "OTHER"), ("Kowalczykowski", "OTHER"), ("Pjotr Saizewski", "RUS")} <= found
    assert ("Martin Hubinger", "") in found


def test_a_party_or_municipal_office_speaks_for_the_datelines_country(tagged_nlp):
    # `Landesparteivorsitzender`, `Bezirksrat`, `Bürgermeister`: a domestic office nothing else places is the report's
    doc = tagged_nlp("Innsbruck – Die Partei müsse sich erneuern, forderte Landesparteivorsitzender Ingo Mayr. "
                     "Die Gemeinderatswahl sei noch weit weg, sagte Mayr.")
    assert [c.actor_country for c in doc._.claims] == ["AUT", "AUT"]
    doc = tagged_nlp("Linz – Die Stadt müsse mehr leistbare Wohnungen bauen, forderte Bürgermeister Klaus Luger.")
    assert [c.actor_country for c in doc._.claims] == ["AUT"]
    # the town named in the phrase places the mayor, not the dateline; without a dateline nobody is placed
    doc = tagged_nlp("Wien – Die Regierung müsse mehr Geld für die Flüchtlinge bereitstellen, forderte der "
                     "Bürgermeister von Mailand, Giuseppe Sala.")
    assert [c.actor_country for c in doc._.claims] == ["ITA"]
    doc = tagged_nlp("Die Partei müsse sich erneuern, forderte Landesparteivorsitzender Ingo Mayr.")
    assert [c.actor_country for c in doc._.claims] == []


def test_the_head_or_spokesperson_of_a_party_in_the_genitive_speaks_as_the_party(tagged_nlp):
    # `der Vorsitzende der SPÖ`, `ein Sprecher der FPÖ`, `der Chef der Gewerkschaft Verdi`: the office of a
    # party or organisation named after it, nobody named, speaks as it (as `ein FPÖ-Sprecher` does)
    found = [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(
        "Wien – Die Mieten müssten sinken, forderte der Vorsitzende der SPÖ.")._.claims]
    assert found == [("SPÖ", "AUT", "party")]
    found = [(c.actor, c.actor_type) for c in tagged_nlp(
        "Wien – Das sei ein Skandal, sagte ein Sprecher der FPÖ.")._.claims]
    assert found == [("FPÖ", "party")]
    found = [(c.actor, c.actor_country) for c in tagged_nlp(
        "Die Löhne müssten steigen, forderte der Chef der Gewerkschaft Verdi.")._.claims]
    assert found == [("Verdi", "DEU")]
    # a member of the party named before is the one the office describes
    found = [(c.actor, c.actor_country) for c in tagged_nlp(
        "Wien – Werner Faymann kritisierte die ÖVP. Das sei falsch, sagte der Chef der SPÖ.")._.claims]
    assert found == [("Werner Faymann", "AUT")] * 2
    # a ministry's spokesman stays the state's office; `Vorsitzende` before a noun is an adjective
    found = [(c.actor, c.actor_country) for c in tagged_nlp(
        "Wien – Das sei ein Skandal, sagte der Sprecher des Innenministeriums.")._.claims]
    assert found == [("Sprecher (AUT)", "AUT")]
    assert tagged_nlp("Wien – Die Strafe müsse höher sein, forderte der Vorsitzende Richter.")._.claims == []


def test_an_observer_named_in_the_genitive_or_dative_speaks_for_no_side(tagged_nlp):
    # `nach Ansicht des Politologen X`, `laut dem Ökonomen X`: the observer's case forms in `-n`; observers
    # nobody names (`sagen Experten`) are no claimant
    found = [(c.actor, c.actor_country) for c in tagged_nlp(
        "Nach Ansicht des Politologen Anton Wiesinger hat die Regierung versagt.")._.claims]
    assert found == [("Anton Wiesinger", "OTHER")]
    found = [(c.actor, c.actor_country) for c in tagged_nlp(
        "Laut dem Ökonomen Hans Berger muss die Regierung sparen.")._.claims]
    assert found == [("Hans Berger", "OTHER")]
    assert tagged_nlp("Die Regierung habe versagt, sagen Experten.")._.claims == []


@pytest.mark.parametrize("text, country", [
    ("Linz – Die Löhne müssten kräftig steigen, forderte der Gewerkschafter Jakob Maierhofer.", "AUT"),
    ("Linz – Die Löhne müssten kräftig steigen, forderte Betriebsratschefin Klara Wimmleitner.", "AUT"),
    ("Linz – Die Pendlerpauschale müsse steigen, forderte der Nationalratsabgeordnete Jakob Maierhofer.", "AUT"),
    ("Linz – Die Ärzte müssten besser bezahlt werden, forderte Ärztekammerpräsident Jakob Maierhofer.", "AUT"),
    # the Bundestag is Germany's, whatever the dateline
    ("Linz – Die Maut müsse fallen, forderte der Bundestagsabgeordnete Jakob Maierhofer.", "DEU"),
])
def test_a_union_works_council_chamber_or_parliament_office_places_an_unknown_person(tagged_nlp, text, country):
    """A person the knowledge base does not know, named with a domestic office (`Gewerkschafter`,
    `Betriebsratschefin`, `Nationalratsabgeordnete`, `Ärztekammerpräsident`), acts for the dateline's
    country; without a dateline nobody is placed."""
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == [country]
    if country != "DEU":
        assert tagged_nlp(text.removeprefix("Linz – "))._.claims == []


@pytest.mark.parametrize("text, country", [
    ("Linz – Die Löhne müssten kräftig steigen, sagte Jakob Maierhofer, Gewerkschafter bei der Bahn.", "AUT"),
    ("Linz – Die Löhne müssten kräftig steigen, sagte Klara Wimmleitner, die Betriebsratschefin des Werks.", "AUT"),
    # the apposition names another country, or a town: theirs, not the dateline's
    ("Linz – Die Steuern müssten sinken, sagte Jakob Maierhofer, Abgeordneter der britischen Labour-Partei.", "GBR"),
    ("Linz – Die Steuern müssten sinken, sagte Jakob Maierhofer, Bürgermeister von Mailand.", "ITA"),
])
def test_a_domestic_office_in_apposition_after_the_name_places_an_unknown_person(tagged_nlp, text, country):
    """`Jakob Maierhofer, Gewerkschafter bei der Bahn`: the office in apposition after the name and its
    comma places the person as it does before the name; not where the apposition is no office
    (`Jakob Maierhofer, ein Freund der Familie`) or the report has no dateline."""
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == [country]
    negative = "Linz – Die Löhne müssten kräftig steigen, sagte Jakob Maierhofer, ein Freund der Familie."
    assert tagged_nlp(negative)._.claims == []
    assert tagged_nlp(text.removeprefix("Linz – "))._.claims == [] or country in ("GBR", "ITA")


@pytest.mark.parametrize("title", ["Verbandschef", "Gewerkschaftssekretär", "Kammerpräsident"])
def test_an_office_in_a_domestic_association_as_one_compound_before_the_name_places_the_person(
        tagged_nlp, title):
    """`Verbandschef Lukas Wendelberger`: a compound that opens with a domestic association and goes on
    with an office (a role noun, or class `association_office`) places an unknown person in the
    dateline's country; a compound that goes on with no office (`Vereinsboss`) or a word that opens
    with no association (`Kaufmann`) does not, nor does the office without a dateline."""
    text = f"Mainz – Die Tarife müssten endlich angepasst werden, forderte {title} Lukas Wendelberger."
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == ["DEU"]
    assert tagged_nlp(text.removeprefix("Mainz – "))._.claims == []
    for other in ("Vereinsboss", "Kaufmann"):
        assert tagged_nlp(text.replace(title, other))._.claims == []


def test_organisation_of_several_words_opens_a_hyphenated_role(nlp):
    """`der IG-Metall-Vorsitzende`, `der GPA-djp-Chef`: the organisation named by the leading parts of
    the compound (IG Metall, not `IG`) gives the side; a compound no organisation opens gives none."""
    doc = nlp("Die Löhne müssen steigen, forderte der IG-Metall-Vorsitzende Jörg Hofmann.")
    assert [c.actor_country for c in doc._.claims] == ["DEU"]
    doc = nlp("Die Löhne müssen steigen, forderte der IG-Metall-Vorsitzende.")
    assert [c.actor_country for c in doc._.claims] == ["DEU"]
    doc = nlp("Die Arbeitszeit müsse kürzer werden, forderte der GPA-djp-Chef.")
    assert [c.actor_country for c in doc._.claims] == ["AUT"]
    doc = nlp("Die Löhne müssen steigen, forderte der Betriebsrats-Vorsitzende.")
    assert [c.actor_country for c in doc._.claims] == []


def test_lone_surname_of_the_one_politician_of_the_reports_country(tagged_nlp):
    """`sagte Niessl` in a report from Eisenstadt that never gives his first name is Hans Niessl (AUT),
    the one politician of that surname the knowledge base knows; not a surname the document gives a
    first name (`Christoph Strasser`, a cyclist), nor a politician of a country the report does not place
    itself in (`Hoekstra` in a report from Vienna)."""
    doc = tagged_nlp("Eisenstadt – Der Bund müsse mehr tun, sagte Niessl.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Hans Niessl", "AUT")]
    doc = tagged_nlp("Wien – Der Steirer Christoph Strasser gewann das Rennen. Die Regeln müssten fairer werden, sagte Strasser.")
    assert [c.actor_country for c in doc._.claims] == []
    doc = tagged_nlp("Wien – Die Regeln müssten fairer werden, sagte Hoekstra.")
    assert [c.actor_country for c in doc._.claims] == []


def test_spokesperson_of_a_party_speaks_for_its_country(nlp):
    """`die SPÖ-Bautensprecherin`, `die Integrationssprecherin der SPÖ`: a spokesperson for a field,
    named by a compound's end, takes the side of the party in the compound or the genitive; a
    spokesperson of a body no lexicon places (`der Unternehmenssprecher der Meinl Bank`) takes none."""
    doc = nlp("Die SPÖ-Bautensprecherin forderte eine rasche Reform des Mietrechts.")
    assert [c.actor_country for c in doc._.claims] == ["AUT"]
    doc = nlp("Das sei inakzeptabel, kritisierte die Integrationssprecherin der SPÖ.")
    assert [c.actor_country for c in doc._.claims] == ["AUT"]
    doc = nlp("Das sei inakzeptabel, kritisierte der Unternehmenssprecher der Meinl Bank.")
    assert [c.actor_country for c in doc._.claims] == []


def test_a_lone_surname_takes_the_side_the_document_gives_the_full_mention(nlp):
    # `Ankara – Der Provinzgouverneur Yusuf Odabaş …` is placed by the dateline; `sagte Odabaş`
    # later is the same man, so his second sentence is a Turkish claim too
    doc = nlp("Ankara – Der Provinzgouverneur Yusuf Odabaş machte die PKK verantwortlich. "
              "Die Täter würden gefasst, sagte Odabaş.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Yusuf Odabaş", "TUR")] * 2
    # nothing places him: both mentions stay without a side, no claim
    doc = nlp("Der Innenminister Ahmet Yılmazer forderte Neuwahlen. "
              "Das Parlament müsse aufgelöst werden, sagte Yılmazer.")
    assert [c.actor_country for c in doc._.claims] == []


def test_a_name_with_an_elided_prefix_is_one_token(nlp):
    words = [token.text for token in nlp.make_doc("Mark O’Keefe, D’Alema und N’Djamena; Giscard d’Estaing.")]
    assert {"O’Keefe", "D’Alema", "N’Djamena", "d’Estaing"} <= set(words)
    # negative: German contractions in lower case stay split as before
    assert [token.text for token in nlp.make_doc("Geht’s dir gut?")][:2] == ["Geht", "’s"]


def test_a_name_with_a_typographic_apostrophe_is_the_whole_speaker(tagged_nlp):
    doc = tagged_nlp("Es sei kein Scherz, sagte Konzernchef Michael O’Leary am Freitag. "
                     "O’Leary kritisierte die Regierung in Dublin.")
    assert [(q.speaker.text, q.speaker.actor) for q in doc._.quotes] == [
        ("Konzernchef Michael O’Leary", "Michael O’Leary"), ("O’Leary", "Michael O’Leary")]


def test_entity_starting_at_gives_the_span_doc_ents_holds(nlp):
    """`entity_starting_at` reads the tokens' IOB tags: the same Span (label, knowledge-base and
    entity id) as `doc.ents` at every token, None where no entity starts or past the text."""
    from pipeline.actor_context import entity_starting_at

    doc = nlp("Bundeskanzlerin Angela Merkel traf in Paris den französischen Präsidenten Emmanuel Macron.")
    starts = {ent.start: ent for ent in doc.ents}
    assert starts
    for i in range(-1, len(doc) + 1):
        found, expected = entity_starting_at(doc, i), starts.get(i)
        assert found == expected
        if expected is not None:
            assert (found.end, found.label_, found.kb_id_, found.id_) == (
                expected.end, expected.label_, expected.kb_id_, expected.id_)


def test_another_given_name_before_a_known_surname_is_another_person(tagged_nlp):
    # `Bernd-Robert Schulz` of the federal police is not the SPD's Martin Schulz named before
    doc = tagged_nlp("Der SPD-Politiker Martin Schulz forderte mehr Geld für die Länder. "
                     "Die Lage an der Grenze sei ruhig, sagte Bernd-Robert Schulz von der Bundespolizei in Rosenheim.")
    persons = {(ent.text, ent._.actor, ent._.actor_country) for ent in doc.ents if ent.label_ == "PER"}
    assert ("Bernd-Robert Schulz", "Bernd-Robert Schulz", "") in persons
    assert [c.actor for c in doc._.claims] == ["Martin Schulz"]
    # negatives: the lone surname, and the same given name, are still the man named in full
    doc = tagged_nlp("Der SPD-Politiker Martin Schulz forderte mehr Geld für die Länder. "
                     "Die Lage an der Grenze sei ernst, sagte Schulz am Abend. "
                     "Das Geld reiche nicht, betonte Martin Schulz später.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Martin Schulz", "DEU")] * 3


def test_a_body_of_the_state_named_with_a_land_is_not_the_lands_government(tagged_nlp):
    # `das Landeskriminalamt Burgenland`, `die Stadt Salzburg`: a body of their own, on the Land's side
    doc = tagged_nlp("Die Ermittlungen seien abgeschlossen, teilte das Landeskriminalamt Burgenland mit. "
                     "Die Stadt Salzburg beklagte die Vorgehensweise der Polizei.")
    actors = {(ent.text, ent._.actor, ent._.actor_country, ent._.actor_type) for ent in doc.spans["actors"]}
    assert ("Landeskriminalamt Burgenland", "Landeskriminalamt Burgenland", "AUT", "government") in actors
    assert ("Stadt Salzburg", "Stadt Salzburg", "AUT", "government") in actors
    # negative: the Land's name alone is still its government
    doc = tagged_nlp("Salzburg forderte mehr Geld vom Bund.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Land Salzburg", "AUT")]


def test_a_country_adjective_before_a_role_wins_over_the_documents_countries(tagged_nlp):
    # a report full of Austrians: `die deutsche Kanzlerin` is still Germany's, not the Austrian chancellor
    text = ("Bundeskanzler Werner Faymann traf Bundespräsident Heinz Fischer und Vizekanzler Reinhold "
            "Mitterlehner in Wien. {} forderte am Montag mehr Geld für die Grenzsicherung.")
    doc = tagged_nlp(text.format("Die deutsche Kanzlerin"))
    assert [c.actor_country for c in doc._.claims] == ["DEU"]
    # negative: without the adjective the role takes the country the document names most
    doc = tagged_nlp(text.format("Die Kanzlerin"))
    assert [c.actor_country for c in doc._.claims] == ["AUT"]


def test_office_before_a_surname_the_ner_missed_places_every_mention_of_the_person(tagged_nlp):
    """`Bezirksrat Stumpf` after `Michael Stumpf`: the office (a domestic one: the dateline's country)
    is the person's side in all his mentions, not only in the role's; without a dateline nothing
    places him."""
    text = ("{}Auf der Liste steht Karin Hölzl an dritter Stelle. Die Route hat sich Gemeinderat Hölzl "
            "selbst ausgesucht. Solche Heime gehörten nicht in die Stadt, sagte Hölzl.")
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        placed = with_entities(tagged_nlp, text.format("Graz – "), [("Graz", "LOC"), ("Karin Hölzl", "PER")])
        unplaced = with_entities(tagged_nlp, text.format(""), [("Karin Hölzl", "PER")])
    names = [(m.text, m._.actor, m._.actor_country) for m in placed.spans["actors"] if m.label_ == "PER"]
    assert names == [("Karin Hölzl", "Karin Hölzl", "AUT"), ("Hölzl", "Karin Hölzl", "AUT"),
                     ("Hölzl", "Karin Hölzl", "AUT")]
    assert [(c.actor, c.actor_country) for c in placed._.claims] == [("Karin Hölzl", "AUT")]
    assert {m._.actor_country for m in unplaced.spans["actors"] if m._.actor == "Karin Hölzl"} == {""}
    assert unplaced._.claims == []


@pytest.mark.parametrize("text, found", [
    # a Land's court of audit: the country the report places itself in settles which Länder
    ("Eisenstadt – Der Landes-Rechnungshof kritisierte, dass die Kredite ohne Prüfung vergeben worden seien.",
     [("Landesrechnungshof", "AUT")]),
    ("Stuttgart – Der Landesrechnungshof forderte, die Zuschüsse an die Gemeinden zu kürzen.",
     [("Landesrechnungshof", "DEU")]),
    ("Die Europäische Notenbank sieht den Schein als Instrument für Geldwäscher.", [("EZB", "EU")]),
    ("Genf – Der UNO-Sonderberichterstatter für Folter hat die Haftbedingungen scharf kritisiert.",
     [("Sonderberichterstatter (UN)", "UN")]),
    # negatives: a Landesrechnungshof nothing places, another central bank, a rapporteur of no organisation named
    ("Der Landesrechnungshof forderte eine Reform der Förderungen.", []),
    ("Die Schweizer Notenbank sieht den Franken als überbewertet.", []),
    ("Der Sonderberichterstatter hat die Haftbedingungen scharf kritisiert.", []),
])
def test_state_bodies_and_io_rapporteurs_speak_for_their_side(tagged_nlp, text, found):
    """`der Landes-Rechnungshof` (a Land's body: the report's country, organisations.csv), `die
    Europäische Notenbank` (the ECB), `der UNO-Sonderberichterstatter` (roles.csv: the prefix's organisation)."""
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == found


@pytest.mark.parametrize("text, found", [
    ("Die Gespräche müssten fortgesetzt werden, sagte ein Sprecher uns gegenüber.", []),  # `uns`, not the UN
    ("Man werde die Sanktionen verschärfen, erklärte der Minister uns am Montag.", []),
    ("Die Gespräche müssten fortgesetzt werden, sagte ein Sprecher der UN.", [("Vereinte Nationen", "UN")]),
    ("Die Sanktionen müssten verschärft werden, sagte Russlands Außenminister.", [("Außenminister (RUS)", "RUS")]),
])
def test_the_pronoun_uns_is_no_genitive_of_the_un(tagged_nlp, text, found):
    """A country's genitive `s` (`Russlands`) is not added to an acronym: `UN` + `s` is the pronoun `uns`,
    which gave a role noun before it the UN's side (`sagte ein Sprecher uns gegenüber`)."""
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == found


def test_a_countrys_adjective_before_an_organisations_noun_names_an_organisation_of_that_country(tagged_nlp):
    doc = tagged_nlp("Linz – Der Österreichische Tierschutzbund (ÖTB) hat die neue Jagdverordnung scharf kritisiert. "
                     "Die Regeln seien ein Rückschritt, schrieb der ÖTB. Das Land müsse die Verordnung "
                     "zurücknehmen, erklärte der Tierschutzbund.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Österreichische Tierschutzbund", "AUT")] * 3
    doc = tagged_nlp("Die Syrische Ärztevereinigung machte die Regierungstruppen für den Angriff verantwortlich.")
    assert {c.actor_country for c in doc._.claims} == {"SYR"}
    # a name after the noun is the actor; the noun alone (`die deutsche Gesellschaft`: the people) is no organisation
    doc = tagged_nlp("Der italienische Bauernverband Confagricoltura begrüßte die Einigung.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Confagricoltura", "ITA")]
    doc = tagged_nlp("Die deutsche Gesellschaft lehnt die Pläne ab.")
    assert [m.text for m in doc.spans["actors"]] == []


def test_an_official_does_not_speak_for_a_people_named_just_before(tagged_nlp):
    doc = tagged_nlp("Tausende Iraker hielten sich illegal in der Türkei auf, begründete Botschafter Ahmet "
                     "Yilmazer die neuen Visaregeln.")
    assert "IRQ" not in {c.actor_country for c in doc._.claims}
    # a government named just before still gives its official its side
    doc = tagged_nlp("Die irakische Regierung kritisierte die neuen Visaregeln. Sie seien unfair, sagte "
                     "Regierungssprecher Saad al-Hadithi.")
    assert {c.actor_country for c in doc._.claims} == {"IRQ"}


def test_a_second_office_joined_by_und_names_the_same_person(tagged_nlp):
    doc = tagged_nlp("Innsbruck – Landesrat und ÖVP-Bezirksparteiobmann Hans Gruber kritisiert die geplante "
                     "Schließung der Klinik.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Hans Gruber", "AUT")]
    # a second office after an article of its own is another person's: the first office names nobody
    doc = tagged_nlp("Innsbruck – Der Landesrat und der ÖVP-Bezirksparteiobmann Hans Gruber kritisieren die "
                     "geplante Schließung der Klinik.")
    assert [m._.actor for m in doc.spans["actors"] if m.text == "Landesrat"] == ["Landesrat (AUT)"]


def test_a_role_before_its_own_name_is_not_in_apposition_to_the_name_after_a_comma(tagged_nlp):
    doc = tagged_nlp("Die Sanktionen halte Moskau nicht für zielführend, sagte der Sprecher von Präsident "
                     "Wladimir Putin, Dmitri Peskow.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Dmitri Peskow", "RUS")]
    assert [m._.actor for m in doc.spans["actors"] if m.text == "Präsident"] == ["Wladimir Putin"]
    # a role without a name of its own still stands for the name in apposition
    doc = tagged_nlp("Die Sanktionen seien nicht zielführend, sagte der russische Präsident, Wladimir Putin.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Wladimir Putin", "RUS")]


def test_members_or_agents_named_by_a_partys_compound_speak_for_the_party(tagged_nlp):
    doc = tagged_nlp("Wien – Die Reform sei gescheitert, sagten mehrere ÖVP-Politiker am Montag.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("ÖVP", "AUT")]
    doc = tagged_nlp("Wien – Die Reform sei gescheitert, hieß es von FPÖ-Vertretern am Montag.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("FPÖ", "AUT")]
    # a country's prefix names no party: the office stays
    doc = tagged_nlp("Die Reform sei gescheitert, sagte ein US-Vertreter am Montag.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Vertreter (USA)", "USA")]


def test_an_embassy_speaks_for_the_government_of_the_country_written_with_it(tagged_nlp):
    """`die türkische Botschaft in Bagdad`, `die US-Botschaft`: the mission speaks for its government (not
    for the town it sits in); `Botschaft` without a country of its own is a message, nobody."""
    doc = tagged_nlp("Bagdad – Für Iraker würden keine Visa mehr an der Grenze ausgestellt, teilte die "
                     "türkische Botschaft in Bagdad am Sonntag mit.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Türkische Regierung", "TUR")]
    doc = tagged_nlp("Wien – Die Sanktionen gegen Russland müssten bleiben, teilte die US-Botschaft mit.")
    assert [c.actor_country for c in doc._.claims] == ["USA"]
    for text in ("Bagdad – Die Sanktionen gegen Russland müssten bleiben, teilte die Botschaft in Bagdad mit.",
                 "Wien – Die Sanktionen gegen Russland müssten bleiben, lautet die politische Botschaft."):
        assert [c.actor_country for c in tagged_nlp(text)._.claims] == []


def test_a_surname_after_an_agent_noun_and_von_is_the_person_named_in_full(tagged_nlp):
    """`aus dem Büro von Strache`: after an agent noun and a holder preposition a surname of the document
    names the person the office speaks for; after a bare preposition it stays a noun (`im Kern`)."""
    doc = tagged_nlp("Wien – Heinz-Christian Strache stellte die Liste vor. Die Flüchtlinge müssten an der "
                     "Grenze zurückgewiesen werden, heißt es aus dem Büro von Strache.")
    assert [(c.actor, c.actor_country) for c in doc._.claims][-1:] == [("Heinz-Christian Strache", "AUT")]
    doc = tagged_nlp("Wien – Christian Kern stellte die Liste vor. Die Flüchtlinge müssten an der Grenze "
                     "zurückgewiesen werden, heißt es im Kern der Aussendung.")
    assert "Christian Kern" not in [s._.actor for s in doc.spans["actors"] if s.text == "Kern"]


def test_a_role_noun_tagged_as_an_adjective_still_opens_a_persons_name(tagged_nlp):
    """`Pläne von Verkehrsminister Dobrindt vorerst gestoppt`: in a headline the tagger may take the role
    noun for an adjective; the name is still the person the lead names in full. An adjective that is
    no role noun opens no person (`Konkrete Ergebnisse`)."""
    doc = tagged_nlp("Pläne von Verkehrsminister Dobrindt vorerst gestoppt. Berlin – Für die geplante Maut hat "
                     "der deutsche Verkehrsminister Alexander Dobrindt (CSU) schon viel Geld ausgegeben.")
    assert ("Verkehrsminister Dobrindt", "Alexander Dobrindt", "DEU") in [
        (s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"]]
    doc = tagged_nlp("Konkrete Ergebnisse gab es nicht, sagte der Sprecher.")
    assert "Konkrete Ergebnisse" not in [s.text for s in doc.spans["actors"]]


def test_the_employer_the_text_names_wins_over_a_foreign_namesake(tagged_nlp):
    """`Thomas Maier vom Wifo`: the knowledge base knows a Swiss politician of that name only by name;
    the body after `vom` says who speaks (the institute's economist, an observer), in every mention. A
    politician of the party's own country keeps his side and identity (`Othmar Karas von der ÖVP`)."""
    doc = tagged_nlp("Wien – Die Steuerreform bringe wenig, sagte Thomas Maier vom Wifo. Maier fordert mehr Geld.")
    assert {(s._.actor, s._.actor_country) for s in doc.spans["actors"] if s.label_ == "PER"} == {
        ("Thomas Maier", "OTHER")}
    doc = tagged_nlp("Wien – Die Steuerreform bringe wenig, sagte Othmar Karas von der ÖVP.")
    assert [(s._.actor, s._.actor_country, bool(s._.actor_id)) for s in doc.spans["actors"] if s.label_ == "PER"] == [
        ("Othmar Karas", "AUT", True)]


def test_noun_of_a_support_verb_idiom_is_no_person(tagged_nlp):
    """`Furore machen`: the name the NER finds right before a support verb that ends the clause is the
    idiom's noun, so a later `er` is the man named before it, not a person `Furore`."""
    doc = tagged_nlp("Wien – Alois Stöger will als Sozialminister Furore machen, unter dem die Arbeitslosigkeit "
                     "sinkt. Die Mindestsicherung will er zentralisieren.")
    assert "Furore" not in {m._.actor for m in doc.spans["actors"]}
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Alois Stöger", "AUT")]
    # a name after the verb with the clause going on is its subject (`machte Kaltenbrunner … Vorwürfe`)
    doc = tagged_nlp("Wien – Der Gewerkschafter Gerhard Kaltenbrunner kritisierte die Regierung. Am Montag "
                     "machte Kaltenbrunner dem Minister Vorwürfe.")
    assert [m._.actor for m in doc.spans["actors"] if m.text == "Kaltenbrunner"] == ["Gerhard Kaltenbrunner"]


def test_party_colour_as_a_name_is_the_party(tagged_nlp):
    """`die Blauen` in Austrian news is the FPÖ (organisations.csv alias); the adjective `blauen` is none."""
    doc = tagged_nlp("Wien – Die Blauen wollen beim Verfassungsgerichtshof eine Neuauszählung durchsetzen.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("FPÖ", "AUT")]
    doc = tagged_nlp("Wien – Die Wähler der blauen Liste wollen eine Neuauszählung durchsetzen.")
    assert "FPÖ" not in {m._.actor for m in doc.spans["actors"]}


def test_common_word_the_ner_took_for_a_person_is_none(nlp):
    """`Grundsätzlich`, `Aktuell`, `Würden` as the statistical NER's person: a word german.csv lists, or one
    the document also writes in lower case, is no person, so a later `er` is the man named before it."""
    text = ("Wien – Sozialminister Alois Stöger sprach am Montag über die Reform. Grundsätzlich sei vieles "
            "offen. Die Mindestsicherung will er zentralisieren.")
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Alois Stöger", "PER"), ("Grundsätzlich", "PER")])
    assert "Grundsätzlich" not in {ent.text for ent in doc.ents}
    assert [(c.actor, c.actor_country) for c in doc._.claims if "Mindestsicherung" in c.sentence] == [
        ("Alois Stöger", "AUT")]
    text = ("Wien – Sozialminister Alois Stöger sprach am Montag über die Reform. Bislang sei sie aktuell. "
            "Rudolfo sei nicht informiert. Die Mindestsicherung will er zentralisieren.")
    doc = with_entities(nlp, text.replace("Rudolfo", "Aktuell"), [("Wien", "LOC"), ("Alois Stöger", "PER"), ("Aktuell", "PER")])
    assert [ent.text for ent in doc.ents if ent.label_ == "PER"] == ["Alois Stöger"]
    # a name of its own is still a person
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Alois Stöger", "PER"), ("Rudolfo", "PER")])
    assert [ent.text for ent in doc.ents if ent.label_ == "PER"] == ["Alois Stöger", "Rudolfo"]
    assert "Rudolfo" in {m._.actor for m in doc.spans["actors"]}


def test_sentence_adverb_the_ner_took_for_a_person_is_none(nlp):
    """`Generell`, `Gemeinsam` opening a sentence (german.csv sentence_adverb) as the statistical NER's
    person: a common word the document writes nowhere else in lower case is still no person; a name
    in the same place is one."""
    text = ("Linz – Die Landesrätin Petra Wimmer stellte am Dienstag den Plan vor. Generell fehle es an "
            "Personal. Gemeinsam wolle man die Schulen stärken.")
    doc = with_entities(nlp, text, [("Linz", "LOC"), ("Petra Wimmer", "PER"), ("Generell", "PER"),
                                    ("Gemeinsam", "PER")])
    assert [ent.text for ent in doc.ents if ent.label_ == "PER"] == ["Petra Wimmer"]
    doc = with_entities(nlp, text.replace("Generell", "Gerold"),
                        [("Linz", "LOC"), ("Petra Wimmer", "PER"), ("Gerold", "PER")])
    assert [ent.text for ent in doc.ents if ent.label_ == "PER"] == ["Petra Wimmer", "Gerold"]


def test_town_the_ner_took_for_a_person_is_a_place(nlp):
    """A dateline's `Graz –` tagged as a person is the town (cities.csv), no man `er` could take up."""
    text = "Graz – Die Mindestsicherung will er nicht kürzen, sagte Landeshauptmann Hermann Schützenhöfer."
    doc = with_entities(nlp, text, [("Graz", "PER"), ("Hermann Schützenhöfer", "PER")])
    assert [(ent.text, ent.label_) for ent in doc.ents][0] == ("Graz", "LOC")
    assert "Graz" not in {m._.actor for m in doc.spans["actors"]}
    # after a given name the NER left out, a town's name is a surname (`Nick Ferguson`)
    doc = with_entities(nlp, "London – James Murdoch löst Nick Ferguson ab, der Ende April geht.",
                        [("London", "LOC"), ("James Murdoch", "PER"), ("Ferguson", "PER")])
    assert [(ent.text, ent.label_) for ent in doc.ents][-1] == ("Ferguson", "PER")


def test_word_opening_a_person_of_the_ner(nlp):
    """`Laut Böckelmann`, `Wo Kriege …`: a word german.csv lists before a name is no part of it (so `Kriege`
    is no surname the document names in full); after a determiner (`Einer Studie`) there is no name."""
    text = "Wien – Laut Böckelmann sei die Reform gescheitert. Einer Studie zufolge sei sie teuer."
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Laut Böckelmann", "PER"), ("Einer Studie", "PER")])
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Wien", "LOC"), ("Böckelmann", "PER")]
    text = "Wo Kriege enden. Wien – Kriege wollen die Regierungen nicht führen, sagte der Minister."
    doc = with_entities(nlp, text, [("Wo Kriege", "PER"), ("Wien", "LOC"), ("Kriege", "PER")])
    assert all(m._.actor != "Wo Kriege" for m in doc.spans["actors"])


def test_an_unnamed_expert_is_the_unplaced_person_named_before(nlp):
    """`Markus Berger … sagte der Ökonom`: an expert's role noun with no name is the person of its gender
    named last before it, an observer (OTHER); not a politician named last (Schelling is no economist here)."""
    text = ("Wien – Markus Berger vom Institut für Höhere Studien hält die Steuerreform für zu teuer. Die "
            "Regierung müsse mehr sparen, sagte der Ökonom.")
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Markus Berger", "PER")])
    assert [(m._.actor, m._.actor_country) for m in doc.spans["actors"] if m.text == "Ökonom"] == [("Markus Berger", "OTHER")]
    text = ("Wien – Markus Berger vom Institut für Höhere Studien hält die Steuerreform für zu teuer. Finanzminister "
            "Hans Jörg Schelling widersprach. Die Regierung müsse mehr sparen, sagte der Ökonom.")
    doc = with_entities(nlp, text, [("Wien", "LOC"), ("Markus Berger", "PER"), ("Hans Jörg Schelling", "PER")])
    assert [(m._.actor, m._.actor_country) for m in doc.spans["actors"] if m.text == "Ökonom"] == [("Experte", "OTHER")]


def test_the_party_members_as_a_name_are_the_party(tagged_nlp):
    """`die Freiheitlichen` in Austrian news is the FPÖ (organisations.csv alias, beside `Freiheitliche`); the
    adjective `freiheitlichen` is lower-case and none."""
    doc = tagged_nlp("Wien – Der Rücktritt wurde von den Freiheitlichen am Montag entschieden dementiert.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("FPÖ", "AUT")]
    doc = tagged_nlp("Wien – Die Verteidiger der freiheitlichen Ordnung wollen eine Neuauszählung durchsetzen.")
    assert "FPÖ" not in {m._.actor for m in doc.spans["actors"]}


def test_mention_records_read_and_write_the_spans_extensions(nlp):
    """The linker keeps a mention's actor fields in a `MentionRecord` and writes them once: a record
    starts from what `span._` holds, is shared by every span of the same characters (as spaCy's
    extensions are), and `write` sets `span._` to the fields that changed, the rest untouched."""
    from spacy.tokens import Span

    from pipeline.actor_context import MentionRecords

    doc = nlp.make_doc("Außenministerin Annalena Baerbock reiste nach Kiew.")
    name = Span(doc, 1, 3, label="PER")
    name._.actor, name._.gender = "Annalena Baerbock", "f"
    records = MentionRecords(doc)
    record = records[name]
    assert (record.actor, record.gender, record.actor_country) == ("Annalena Baerbock", "f", "")
    assert records[Span(doc, 1, 3, label="ROLE")] is record
    record.actor_country, record.mention = "DEU", "name"
    place = records[Span(doc, 5, 6, label="LOC")]
    place.actor = "Ukrainische Regierung"
    assert name._.actor_country == ""  # nothing is written before `write`
    records.write()
    assert (name._.actor, name._.actor_country, name._.mention, name._.gender) == ("Annalena Baerbock", "DEU", "name", "f")
    assert Span(doc, 5, 6)._.actor == "Ukrainische Regierung"
    assert Span(doc, 0, 1)._.actor == ""


def test_body_or_wing_of_a_party_is_the_party(nlp):
    """`die SPÖ-Seite`, `der ÖVP-Wirtschaftsbund`, `die CSU-Landesgruppe`, `die SPD-Bundestagsfraktion`:
    a compound of a party's name and a noun of one of its bodies (german.csv party_body, also as the end of
    the last part) names the party; not a country's prefix (`die US-Seite`) nor another organisation's
    (`die Facebook-Seite`), nor a noun of the party's voters."""
    doc = nlp("Wien – Der ÖVP-Wirtschaftsbund forderte indes mehr Mut zu Reformen. "
              "Bis zuletzt hatte sich die SPÖ-Seite gegen eine solche Vorrichtung gewehrt.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("ÖVP", "AUT"), ("SPÖ", "AUT")]
    doc = nlp("Die CSU-Landesgruppe lehnte die Maut ab. Die SPD-Bundestagsfraktion forderte eine Reform.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("CSU", "DEU"), ("SPD", "DEU")]
    doc = nlp("Auf der Facebook-Seite forderte man eine Reform. Die FPÖ-Wähler lehnten die Maut ab.")
    assert not {"Facebook", "FPÖ"} & {m._.actor for m in doc.spans["actors"]}


def test_position_noun_put_first_is_no_person(tagged_nlp):
    """`Schwere Kritik an … übt X`: a name the statistical NER found that ends in a position noun
    (cues.csv kind noun) is the verb's object put first, no speaker; the person after the verb speaks."""
    doc = tagged_nlp("Wien – Schwere Kritik an der geplanten Reform des Eisenbahngesetzes in Österreich übt "
                     "Verwaltungsrechtler Andreas Hauer von der Uni Linz.")
    assert "Schwere Kritik" not in {m._.actor for m in doc.spans["actors"]}
    assert [c.actor for c in doc._.claims] == ["Andreas Hauer"]
    # a run of spaces is a token of its own: `in  Österreich` is still governed by its preposition
    doc = tagged_nlp("Wien – Scharfe Kritik an der geplanten Novelle des Gesetzes in  Österreich übt "
                     "Verwaltungsrechtler Andreas Hauer von der Uni Linz.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Andreas Hauer", "OTHER")]


def test_a_known_company_is_an_organisation_not_a_person(nlp):
    """The statistical NER's `Samsung` (PER) is the company companies.csv knows: an organisation of its
    home country; it places no one else (`Lee` is no US governor for it), and before a model number
    (`Airbus A380`) it names a product, no actor."""
    doc = with_entities(nlp, "Samsung stellt ein Telefon vor. Der Spieler Lee verlor gegen Samsung.",
                        [("Samsung", "PER"), ("Lee", "PER"), ("Samsung", "PER")])
    found = {(s.text, s._.actor, s._.actor_country, mention_type(s)) for s in doc.spans["actors"]}
    assert ("Samsung", "Samsung", "KOR", "organisation") in found
    assert not any(actor != "Samsung" and country == "USA" for _, actor, country, _ in found)
    product = nlp("Der neue Airbus A380 startet am Mittwoch, sagte Airbus.")
    assert [s.text for s in product.spans["actors"]] == ["Airbus"]
    assert product.spans["actors"][0].start > 4


def test_a_plural_noun_the_text_writes_with_an_article_is_no_person(nlp):
    """`Kriege seien …`: a word the statistical NER took for a person, that the document writes as a
    plural noun elsewhere (after an article, with a plural's ending: `die Kriege`; after a quantifier:
    `mehrere Termine`), is no person; a name the text gives an article (`der Celmins`) stays one."""
    doc = with_entities(nlp, "Kriege seien kein Mittel der Politik, sagte er. Die Kriege im Osten dauern an.",
                        [("Kriege", "PER")])
    assert not any(s.text == "Kriege" for s in doc.spans["actors"])
    doc = with_entities(nlp, "Termine würden verschoben, sagte er. Mehrere Termine fallen aus.", [("Termine", "PER")])
    assert not any(s.text == "Termine" for s in doc.spans["actors"])
    doc = with_entities(nlp, "Celmins sagte, sie male langsam. Die Bilder der Celmins hängen in Wien.",
                        [("Celmins", "PER")])
    assert ("Celmins", "Celmins") in {(s.text, s._.actor) for s in doc.spans["actors"]}


def test_a_lexicon_person_with_a_type_keeps_it_without_an_office_before_the_name(nlp):
    """actors.csv's `actor_type`: Peskow speaks for the government also where the text names him
    without his office; a lexicon person without one (Trump) is typed by the mention."""
    doc = nlp("Moskau – Dmitri Peskow wies die Vorwürfe zurück. Donald Trump forderte neue Gespräche.")
    profiles = actor_profiles(doc)
    assert profiles["Dmitri Peskow"][0] == "government"
    assert profiles["Donald Trump"][0] == "person"


def test_a_given_name_the_tagger_takes_for_an_adjective_still_opens_a_name(nlp):
    """`Der Kirchberger Bürgermeister Johannes Steiner`: after a town's adjective the tagger may read
    `Johannes` as an adjective; a known given name still opens the person's name. A true adjective
    opening an entity (`Schwere Vorwürfe`) names nobody."""
    doc = nlp("Graz – Der Kirchberger Bürgermeister Johannes Steiner (SPÖ) verlangte eine neue Umfahrung.")
    assert "Johannes Steiner" in {span._.actor for span in doc.spans["actors"]}
    doc = nlp("Schwere Vorwürfe erhob am Montag die Opposition.")
    assert "Schwere Vorwürfe" not in {span._.actor for span in doc.spans["actors"]}


def _with_lone_surname(nlp, text: str, surname: str):
    """`text` through the rules with the statistical NER's guess preset: the last `surname`, a person."""
    doc = nlp.make_doc(text)
    begin = text.rindex(surname)
    doc.ents = [doc.char_span(begin, begin + len(surname), label="PER")]
    return nlp(doc)


def test_lone_surname_found_by_the_ner_names_the_person_named_after_an_office(nlp):
    doc = _with_lone_surname(nlp, "Klubobfrau Anna Zehetner kritisierte den Plan der Landesregierung. "
                                  "Das sei ein Fehler, sagte Zehetner.", "Zehetner")
    found = {(s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"]}
    assert ("Zehetner", "Anna Zehetner", "AUT") in found  # not a person of no side
    doc = _with_lone_surname(nlp, "Klubobfrau Anna Zehetner kritisierte den Plan der Landesregierung. "
                                  "Das sei ein Fehler, sagte Brunnbauer.", "Brunnbauer")
    found = {(s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"]}
    assert ("Brunnbauer", "Brunnbauer", "") in found  # another surname is nobody named before


def test_a_hyphenated_given_name_of_known_parts_opens_a_name_the_ner_missed(tagged_nlp):
    """`Hans-Stephan`: a hyphenated given name no known person bears, whose parts are both given names,
    opens a name like a known given name; a compound of other words does not."""
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = with_entities(tagged_nlp, "Am Montag kritisierte Hans-Stephan Wolkenhauer den Plan scharf.", [])
        assert [(e.text, e.label_) for e in doc.ents] == [("Hans-Stephan Wolkenhauer", "PER")]
        doc = with_entities(tagged_nlp, "Am Montag kritisierte Bundes-Agentur Wolkenhauer den Plan scharf.", [])
        assert [e for e in doc.ents if e.label_ == "PER"] == []


@pytest.mark.parametrize("text, found, name", [
    ("Graz – Der Verein habe die Pläne abgelehnt, sagte Trainer Oliver Kranzler am Montag.",
     "Trainer Oliver Kranzler", "Oliver Kranzler"),
    ("Wien – Die Regeln müssten strenger werden, sagte Kiwi-Chefin Monika Ratzer.",
     "Kiwi-Chefin Monika Ratzer", "Monika Ratzer"),
])
def test_a_noun_the_ner_took_into_a_persons_name_is_no_part_of_it(tagged_nlp, text, found, name):
    """`Trainer Oliver Kranzler` as one name of the statistical NER: a noun before a known given name
    describes the person, the name is the rest; a name of given names stays whole."""
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = with_entities(tagged_nlp, text, [(found, "PER")])
        assert [e.text for e in doc.ents if e.label_ == "PER"] == [name]
        doc = with_entities(tagged_nlp, "Am Montag kritisierte Hans Peter Wolkenhauer den Plan scharf.",
                            [("Hans Peter Wolkenhauer", "PER")])
        assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Hans Peter Wolkenhauer"]


def test_the_given_names_are_read_when_the_linker_is_made():
    """The knowledge base's given names are read once, when the component is made, before the first Doc:
    in lower case, hyphenated ones too; a common noun is none."""
    names = build_nlp("blank").get_pipe("actor_linker").rules._given_names
    assert "angela" in names and any("-" in name for name in names)
    assert "haus" not in names and "Angela" not in names


def test_known_given_name_and_capitalised_word_the_ner_missed_name_a_person(tagged_nlp):
    # the statistical NER left out (or took the given name for a place): a known given name and the
    # capitalised word after it name a person, after a verb or set off by commas
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = with_entities(tagged_nlp, "Am Montag kritisierte Monika Wolkenhauer den Plan scharf.", [])
        assert [(e.text, e.label_) for e in doc.ents] == [("Monika Wolkenhauer", "PER")]
        doc = with_entities(tagged_nlp, "Der Gründer der Bürgerliste, Nigel Hobart, sagte, die Reform sei falsch.",
                            [("Nigel", "LOC")])
        assert ("Nigel Hobart", "PER") in [(e.text, e.label_) for e in doc.ents]
        # no person: a preposition (`per`), a name an article governs, a street's or a stadium's name,
        # the object of a verb of quoting (the quote finder's)
        for text in ("Per Einschreiben kamen die Unterlagen.", "Er las den Roman Stiller im Urlaub.",
                     "Sie wohnt in der Maria Theresia Straße.", "Das Spiel fand im Ernst Happel Stadion statt.",
                     "Die Kanzlerin zitierte Konrad Adenauer."):
            doc = with_entities(tagged_nlp, text, [])
            assert [e for e in doc.ents if e.label_ == "PER"] == [], text


def test_an_association_compound_is_named_by_its_word_not_by_its_roles_row(tagged_nlp):
    # `Ärztegewerkschaft (AUT)`, not the row's `Gewerkschaften (AUT)`; an oblique case in the nominative
    assert [c.actor for c in tagged_nlp("Graz – Die Ärztegewerkschaft fordert mehr Personal für die Spitäler.")._.claims] \
        == ["Ärztegewerkschaft (AUT)"]
    assert [c.actor for c in tagged_nlp("Linz – Die Schülervertretung lehnt die neuen Prüfungen ab.")._.claims] \
        == ["Schülervertretung (AUT)"]
    assert [c.actor for c in tagged_nlp("Wien – Nach Ansicht des Mineralölverbandes sind die Preise zu hoch.")._.claims] \
        == ["Mineralölverband (AUT)"]
    # negative: the row's own noun keeps the row's name
    assert [c.actor for c in tagged_nlp("Budapest – Die Gewerkschaften riefen für Montag zu einem Generalstreik auf.")._.claims] \
        == ["Gewerkschaften (HUN)"]


def test_a_group_at_an_international_meetings_venue_is_no_group_of_the_host(tagged_nlp):
    # the dateline is the venue of a UN conference the text names: the associations come from anywhere
    doc = tagged_nlp("Paris – Auf der UN-Klimakonferenz in Paris wurde der Vertrag beschlossen. "
                     "Umweltverbände begrüßten den Vertrag.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Umweltverbände", "OTHER")]
    # a venue no lexicon lists: nor are they the host's whose minister spoke just before
    doc = tagged_nlp("Le Bourget – Auf der UN-Klimakonferenz in Le Bourget wurde der Vertrag beschlossen, sagte "
                     "Frankreichs Außenminister Laurent Fabius. Umweltverbände begrüßten den Vertrag.")
    assert ("Umweltverbände", "OTHER") in {(c.actor, c.actor_country) for c in doc._.claims}
    # negatives: a report from Paris on no meeting there; a domestic meeting (no organisation's prefix)
    assert [c.actor_country for c in tagged_nlp("Paris – Umweltverbände kritisierten den Bau des Flughafens.")._.claims] \
        == ["FRA"]
    doc = tagged_nlp("Wien – Beim Treffen in Wien kam es zu keiner Einigung. Die Gewerkschaften kritisierten das.")
    assert {c.actor_country for c in doc._.claims} == {"AUT"}


def test_the_red_cross_is_the_society_of_the_documents_country_else_the_icrc(tagged_nlp):
    doc = tagged_nlp("Wien – Caritas und Rotes Kreuz forderten mehr Geld für die Flüchtlingshilfe.")
    assert ("Österreichisches Rotes Kreuz", "AUT") in {(c.actor, c.actor_country) for c in doc._.claims}
    doc = tagged_nlp("Berlin – Das Rote Kreuz forderte mehr Helfer.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Deutsches Rotes Kreuz", "DEU")]
    doc = tagged_nlp("Kampala – Das Rote Kreuz warnt vor einer humanitären Krise.")
    assert [c.actor_country for c in doc._.claims] == ["OTHER"]


def test_an_organisations_name_may_end_in_a_number(tagged_nlp):
    doc = tagged_nlp("Wien – Die Umweltschutzorganisation Global 2000 fordert ein Verbot von Glyphosat.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Global 2000", "AUT")]
    # negative: a year after a capitalised word names nothing
    assert tagged_nlp("Wien – Im Sommer 2000 forderte niemand ein Verbot.")._.claims == []


def test_a_person_named_with_an_office_in_an_association_speaks_as_an_organisation(tagged_nlp):
    doc = tagged_nlp("Berlin – Verbandschef Klaus Meier forderte mehr Geld für die Schulen.")
    assert [(c.actor_country, c.actor_type) for c in doc._.claims] == [("DEU", "organisation")]
    doc = tagged_nlp("Wien – Andreas Huber, Vorsitzender des Dachverbands der Elternvereine, kritisierte die Reform.")
    assert [(c.actor_country, c.actor_type) for c in doc._.claims] == [("AUT", "organisation")]
    # negative: a person of no association keeps the type of a person named without one
    doc = tagged_nlp("Wien – Andreas Huber, ein Vater aus Linz, kritisierte die Reform.")
    assert "organisation" not in {c.actor_type for c in doc._.claims}


def test_a_person_whose_apposition_names_a_known_ngo_speaks_as_the_ngo(tagged_nlp):
    doc = tagged_nlp("Paris – Der Geschäftsführer der Umweltorganisation Germanwatch, Christoph Maier, "
                     "kritisierte den Vertrag scharf.")
    assert [(c.actor_country, c.actor_type) for c in doc._.claims] == [("DEU", "ngo")]
    # negative: a company's name places and types no one
    doc = tagged_nlp("Paris – Der Sprecher des Konzerns Apple, Christoph Maier, kritisierte den Vertrag scharf.")
    assert "ngo" not in {c.actor_type for c in doc._.claims}


def test_the_office_of_an_office_holder_speaks_for_the_holder(tagged_nlp):
    """`Das Amt des britischen Premierministers` (german.csv agent_noun `amt`) speaks for the holder's side,
    as `das Büro des Präsidenten` does; the office of an unplaced noun (`das Amt des Bürgers`) stays open."""
    text = "{} forderte, die Regierung in Paris müsse die Grenze schließen."
    doc = tagged_nlp(text.format("Das Amt des britischen Premierministers"))
    assert [(c.actor_country, c.claim_type) for c in doc._.claims] == [("GBR", "DEMAND")]
    assert tagged_nlp(text.format("Das Amt des Bürgers"))._.claims == []


@pytest.mark.parametrize("text, expected", [
    # a crowd of protesters speaks for the country of its demonstration: the dateline's ...
    ("Wien – Tausende Menschen protestierten am Samstag gegen die geplante Reform.", [("AUT", "REJECTION")]),
    ("Graz – Zehntausende gingen gegen das Abkommen auf die Straße.", [("AUT", "REJECTION")]),
    ("Wien – Tausende forderten im April mehr Klimaschutz.", [("AUT", "DEMAND")]),
    ("Wien – Tausende von Menschen gingen gegen das Sparpaket auf die Straße.", [("AUT", "REJECTION")]),
    # ... the place the sentence names, before the dateline, or a country's adjective
    ("In Minsk protestierten Tausende gegen die Wahlfälschung.", [("BLR", "REJECTION")]),
    ("Berlin – Hunderttausende protestierten in Kiew gegen die Regierung.", [("UKR", "REJECTION")]),
    ("Wien – Die Demonstranten in der ukrainischen Hauptstadt forderten Neuwahlen.", [("UKR", "DEMAND")]),
    # a country's adjective and a plural noun of persons: that country's public, whatever the dateline
    ("Wien – Hunderte portugiesische Kleinanleger verlangten ihr Erspartes zurück.", [("PRT", "DEMAND")]),
    ("Tausende ukrainische Bergleute forderten höhere Löhne.", [("UKR", "DEMAND")]),
    # a place no lexicon places, or places in two countries: no side, not the dateline's
    ("In Kobani protestierten Tausende gegen die Regierung.", []),
    ("Berlin – In Kobani protestierten Tausende gegen die Regierung.", []),
    ("Die Türkei kritisierte die Kurden. In Kobani protestierten Tausende gegen die Regierung.", [("TUR", "ACCUSATION")]),
    ("Wien – Tausende Menschen forderten in Paris und in Berlin mehr Klimaschutz.", []),
    # no dateline: the one country whose places the document names
    ("Die Krise in Guatemala hält an. Hunderttausende gingen auf die Straßen und forderten Reformen.",
     [("GTM", "DEMAND")]),
    # no place at all: no side
    ("Protestierende forderten den Rücktritt des Präsidenten.", []),
    # a number of people who are no crowd of protesters
    ("Wien – Tausende Besucher kamen zum Konzert.", []),
    ("Wien – Tausende Besucher forderten ihr Geld zurück.", []),
    ("Tausende syrische Flüchtlinge forderten die Öffnung der Grenze.", []),  # no noun of persons by its ending
    ("Wien – Die Regierung demonstrierte Einigkeit.", []),
    ("Wien – Dafür werden Tausende bis Millionen Atome gekühlt. Sie nennen es eine Quantenflüssigkeit.", []),
])
def test_a_crowd_of_protesters_speaks_for_the_country_of_its_demonstration(tagged_nlp, text, expected):
    """`Tausende`, `Zehntausende Menschen`, `Protestierende` (roles.csv, german.csv `crowd_quantifier`,
    `crowd_noun`) with a cue (`forderten`, `protestierten`, `gingen gegen … auf die Straße`) are protesters, the public
    of the place they demonstrate in (`_crowd_place`), else of the dateline's country."""
    assert [(c.actor_country, c.claim_type) for c in tagged_nlp(text)._.claims] == expected


def test_a_known_person_of_no_office_takes_the_office_written_before_the_name(nlp):
    """`Der Abgeordnete Jan Korte`: a person the knowledge base knows in no office (actor_type
    `person`) speaks as the office the text writes before the name, in every mention of the text;
    without an office written the person stays `person` (the codebook: no office named)."""
    doc = nlp("Der Abgeordnete Jan Korte forderte höhere Renten. Korte sagte, das sei dringend.")
    assert {(m.text, m._.actor_type) for m in doc.spans["actors"] if m._.actor == "Jan Korte"
            and m._.mention == "name"} >= {("Jan Korte", "parliament")}
    doc = nlp("Jan Korte forderte höhere Renten.")
    assert [m._.actor_type for m in doc.spans["actors"] if m._.actor == "Jan Korte"] == ["person"]


def test_an_unnamed_office_of_a_prosecutor_or_court_speaks_as_that_body(nlp):
    """`eine Sprecherin der Bundesanwaltschaft`: an office in the genitive of a court or prosecutor's
    office speaks as it (actor_type `court`), not as the government; a ministry's stays the state's."""
    doc = nlp("Eine Sprecherin der Bundesanwaltschaft sagte, die Ermittlungen würden fortgesetzt.")
    assert [(m.text, m._.actor, m._.actor_type) for m in doc.spans["actors"]][0] == (
        "Sprecherin", "Bundesanwaltschaft", "court")
    doc = nlp("Ein Sprecher des Innenministeriums sagte, die Grenze bleibe offen.")
    assert "court" not in [m._.actor_type for m in doc.spans["actors"]]


def test_a_crowd_names_its_adjectives_and_noun(tagged_nlp):
    """`Tausende ukrainische Bergleute`: the crowd's mention is the quantifier with its adjectives and
    noun (german.csv `crowd_quantifier`, `crowd_noun`), and the speaker's words are all of them."""
    doc = tagged_nlp("Tausende ukrainische Bergleute forderten höhere Löhne.")
    assert [(m.text, m._.actor_country) for m in doc.spans["actors"]] == [("Tausende ukrainische Bergleute", "UKR")]
    assert [q.speaker.text for q in doc._.quotes] == ["Tausende ukrainische Bergleute"]


@pytest.mark.parametrize("text, name", [
    # a common noun after a role noun is the verb's object, nobody's name
    ("Die Opposition warf der Regierung Fahrlässigkeit vor.", None),
    ("Die Gewerkschaft übte auf die Regierung Druck aus.", None),
    ("Grund für den Brand waren laut Ministerium Arbeiten an der Leitung.", None),  # a body is no title
    # a person's bare title names the person after it, whatever the tag
    ("Das sei ein Signal, sagte BKA-Präsident Zierlmann.", "Zierlmann"),
    # a proper noun, an acronym or a name listed with another stays a name
    ("Die Zahl sei gestiegen, sagte Polizeisprecher Grubmayr.", "Grubmayr"),
    ("Das teilten die Gewerkschaften XY-GE und ABC-djp am Montag mit.", "XY-GE"),
])
def test_a_lone_word_after_a_role_noun_is_a_name_only_when_tagged_as_one(tagged_nlp, text, name):
    """`warf der Regierung Fahrlässigkeit vor`: one capitalised word after a role noun is a person's name
    when the tagger or the recogniser says so, or it is an acronym or listed with a name; a common noun
    there is no actor (`_lone_name`)."""
    doc = tagged_nlp(text)
    names = [m._.actor for m in doc.spans["actors"] if m._.mention == "name"]
    assert names == ([name] if name else [])


def test_a_town_in_the_genitive_places_the_body_before_it(tagged_nlp):
    """`Die Führung Hongkongs`: a town's or region's genitive (cities.csv) after a body's noun gives its
    country's side, as the body's (no national government's) and no person named `Hongkongs`."""
    doc = tagged_nlp("Die Führung Hongkongs begrüßte die Entscheidung.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Regierung (CHN)", "CHN")]
    assert [q.speaker.text for q in doc._.quotes] == ["Die Führung Hongkongs"]


@pytest.mark.parametrize(("text", "actor_type"), [
    ("Washington – Die Regierung müsse die Zölle senken, sagte die Senatorin Maria Calloway.", "parliament"),
    ("Wien – Die Regierung müsse die Steuern senken, sagte Nationalrätin Maria Hubinger.", "parliament"),
    ("Berlin – Die Regierung müsse die Steuern senken, sagte Konzernchef Franz Hubinger.", "organisation"),
    ("Berlin – Die Regierung müsse die Löhne erhöhen, sagte Gewerkschaftsboss Franz Hubinger.", "organisation"),
])
def test_an_office_of_a_parliament_or_a_firm_before_the_name_types_the_person(tagged_nlp, text, actor_type):
    """`Senatorin X`, `Nationalrätin X` sit in a parliament; `Konzernchef X`, `Gewerkschaftsboss X`
    speak for a business or a union (codebook: organisation), not as private persons."""
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == [actor_type]


@pytest.mark.parametrize(("apposition", "actor_type"), [
    ("Senatorin aus Ohio", "parliament"), ("Nationalrätin der Grünen", "parliament"),
    ("Landesrätin in Tirol", "government"), ("die Gewerkschafterin", "organisation"),
])
def test_an_office_in_the_apposition_after_the_name_types_the_person(tagged_nlp, apposition, actor_type):
    """`Maria Calloway, Senatorin aus Ohio`: the office that opens the apposition after a name gives the
    person's type as one before the name does; a past office (`ehemalige`) or no office gives none."""
    text = f"Wien – Die Regierung müsse die Steuern senken, sagte Maria Hubinger, {apposition}."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == [actor_type]
    for other in (f"ehemalige {apposition}", "eine Freundin der Familie"):
        assert [c.actor_type for c in tagged_nlp(text.replace(apposition, other))._.claims] in ([], ["person"])


def test_a_prosecutors_or_courts_spokesperson_named_with_the_compound_speaks_as_a_court(tagged_nlp):
    """`Staatsanwaltschaftssprecher X`: the codebook codes prosecutors with the courts (court), not as a
    private person; a party's justice spokesperson (`SPÖ-Justizsprecher X`) stays the party's."""
    text = "Wien – Die Ermittlungen müssten ausgeweitet werden, forderte Staatsanwaltschaftssprecher Franz Hubinger."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["court"]
    other = tagged_nlp(text.replace("Staatsanwaltschaftssprecher", "SPÖ-Justizsprecher"))
    assert [c.actor_type for c in other._.claims] == ["party"]


def test_authorities_speak_for_a_state_only_where_their_phrase_names_it(tagged_nlp):
    # `die russischen Behörden`, `die Behörden in Bahrain`: that state's government; `die Behörden` alone, or after a
    # preposition, for no side (not the dateline's)
    def speakers(text):
        return [(q.speaker.text, q.speaker.actor_country) for q in tagged_nlp(text)._.quotes]
    assert speakers("Moskau – Die Ausländer müssten das Land verlassen, forderten die russischen Behörden am Montag.") \
        == [("die russischen Behörden", "RUS")]
    assert speakers("Manama – Die Opposition müsse die Proteste beenden, forderten die Behörden in Bahrain.") \
        == [("die Behörden in Bahrain", "BHR")]
    assert [country for _, country in speakers(
        "Moskau – Die Ausländer müssten das Land verlassen, forderten die Behörden am Montag.")] == [""]
    appealed = tagged_nlp("Moskau – Der Sprecher appellierte an die russischen Behörden.")
    assert not [span for span in appealed.spans["actors"] if "Behörden" in span.text]
    named = tagged_nlp("Moskau – Die russischen Behörden kündigten Gespräche an.")
    assert [span._.actor_country for span in named.spans["actors"] if "Behörden" in span.text] == ["RUS"]
    consent = tagged_nlp("Moskau – Ohne die Zustimmung der russischen Behörden gebe es keine Mission, sagte der Sprecher.")
    assert not [span for span in consent.spans["actors"] if "Behörden" in span.text]
    found = tagged_nlp("Moskau – Die russischen Behörden teilten mit, sie hätten am Montag drei Männer verhört.")
    assert not found._.claims  # a finding given out, no claim


@pytest.mark.parametrize(("text", "actor_type"), [
    ("Wien – Die Regierung müsse den Gemeinden mehr Geld geben, sagte Gemeindebundpräsident Franz Hubinger.",
     "organisation"),
    ("Wien – Die Regierung müsse die Exporte fördern, sagte Wirtschaftsdelegierter Franz Hubinger.",
     "organisation"),
    ("Wien – Das Gesetz müsse geändert werden, forderten die Klubobleute Franz Hubinger und Maria Gruber.",
     "parliament"),
])
def test_an_association_head_or_a_group_chair_named_with_the_office_is_typed_by_it(tagged_nlp, text, actor_type):
    """`Gemeindebundpräsident X`, `Wirtschaftsdelegierter X` speak for an
    association or a chamber (codebook: organisation); `die Klubobleute X und Y` chair parliamentary
    groups (parliament), not private persons; a neighbour (`Nachbar X`) is no such office."""
    types = {c.actor_type for c in tagged_nlp(text)._.claims}
    assert types == {actor_type}
    for office in ("Gemeindebundpräsident", "Wirtschaftsdelegierter", "die Klubobleute"):
        if office in text:
            other = {c.actor_type for c in tagged_nlp(text.replace(office, "Nachbar"))._.claims}
            assert actor_type not in other


def test_an_office_of_any_body_in_the_apposition_takes_the_type_of_the_body_in_the_genitive(tagged_nlp):
    """`Franz Hubinger, Sprecher der Grünen`: an office any body has (`Sprecher`) opening the apposition
    after a name speaks for the party or organisation named in the genitive after it; a spokesperson of
    a family speaks for no such body."""
    text = "Wien – Die Regierung müsse die Steuern senken, sagte Franz Hubinger, Sprecher der Grünen."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["party"]
    other = tagged_nlp(text.replace("der Grünen", "der Familie"))
    assert [c.actor_type for c in other._.claims] in ([], ["person"])


@pytest.mark.parametrize(("text", "office", "actor_type"), [
    ("Berlin – Die Energieexpertin der Linksfraktion im Bundestag, Maria Huber, fordert strengere Regeln.",
     "Energieexpertin der Linksfraktion", "party"),
    ("Wien – Österreichs Wirtschaftsdelegierter in London, Franz Hubinger, fordert strengere Regeln.",
     "Österreichs Wirtschaftsdelegierter", "organisation"),
    ("Wien – Der Verfahrensrichter im U-Ausschuss, Franz Hubinger, fordert strengere Regeln.",
     "Verfahrensrichter", "parliament"),
])
def test_an_office_heading_the_apposition_before_a_name_types_the_person(tagged_nlp, text, office, actor_type):
    """`Österreichs Wirtschaftsdelegierter in London, X`: the office noun heading the noun phrase set off
    by a comma before a name gives the person's type, as one right before the name does; an observer's
    noun with a party in the genitive (`die Energieexpertin der Linksfraktion`) speaks for the party; the
    procedural judge of a parliament's inquiry committee is no court. A neighbour holds no office."""
    doc = tagged_nlp(text)
    assert actor_type in {ent._.actor_type for ent in doc.spans["actors"] if ent.label_ == "PER"}
    other = tagged_nlp(text.replace(office, "Der Nachbar"))
    assert actor_type not in {ent._.actor_type for ent in other.spans["actors"] if ent.label_ == "PER"}


def test_an_acronym_spelt_out_in_the_text_names_that_organisation_not_the_lexicons(tagged_nlp):
    """`die Internet Watch Foundation (IWF)`: the text's name whose initials spell the acronym is what
    `die IWF` names there, not the International Monetary Fund the lexicon knows as IWF; a spelt-out
    name sharing a word with the lexicon's (`der Internationale Währungsfonds (IWF)`) keeps it."""
    text = ("London – Die Regeln seien zu lax, warnt die Internet Watch Foundation (IWF). "
            "Die Behörden müssten mehr tun, erklärt die IWF.")
    doc = tagged_nlp(text)
    assert {c.actor for c in doc._.claims} == {"Internet Watch Foundation"}
    same = tagged_nlp(text.replace("die Internet Watch Foundation", "der Internationale Währungsfonds"))
    assert "Internet Watch Foundation" not in {c.actor for c in same._.claims}
    assert "Internationaler Währungsfonds" in {c.actor for c in same._.claims}


def test_nationalists_after_a_crowd_quantifier_are_a_crowd_of_protesters(tagged_nlp):
    """`Tausende Nationalisten protestierten`: a crowd noun (german.csv crowd_noun) after `Tausende` makes the
    protesters speak for the country of their demonstration, not the capital named after them."""
    claims = tagged_nlp("Kiew – Tausende Nationalisten haben in der Hauptstadt Kiew gegen die Wahlen protestiert.")._.claims
    assert [(c.actor_country, c.actor_type) for c in claims][:1] == [("UKR", "public")]
    # negative: a number of visitors is no crowd of protesters
    claims = tagged_nlp("Kiew – Tausende Besucher haben in der Hauptstadt Kiew gegen die Wahlen protestiert.")._.claims
    assert all(c.actor_type != "public" for c in claims)


@pytest.mark.parametrize(("text", "country"), [
    ("Wien – Die Mandatare der Liste fordern eine Neuwahl des Landtags.", "AUT"),
    ("Lissabon – Die Mandatare der Sozialisten forderten eine Neuwahl.", "PRT"),
    ("Lissabon – Die Parteispitze erklärte, man werde die Koalition verlassen.", "PRT"),
    ("Rom – Mehrere Spitzenpolitiker forderten den Rücktritt des Stadtrats.", "ITA"),
])
def test_mandatare_a_party_leadership_and_politician_compounds_are_domestic_groups(tagged_nlp, text, country):
    """`die Mandatare` (the Austrian word for members of parliament, roles.csv), `die Parteispitze` and
    `Spitzenpolitiker` are domestic groups: with a dateline of one country they speak for it; without
    the roles.csv rows they were nobody's side and gave no claim."""
    assert {c.actor_country for c in tagged_nlp(text)._.claims} == {country}


def test_a_party_leadership_after_a_preposition_is_no_speaker(tagged_nlp):
    """`der Streit an der Parteispitze`: the leadership named in a prepositional phrase is a place of the
    quarrel, not its speaker."""
    doc = tagged_nlp("Lissabon – Der Streit an der Parteispitze wächst, sagte der Präsident.")
    assert "Parteiführung (PRT)" not in [c.actor for c in doc._.claims]


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("Ottawa – Die Liberale Partei Kanadas forderte am Montag Neuwahlen.", "Liberale Partei Kanadas", "CAN"),
    ("Die Demokratische Partei Thailands lehnte den Vorschlag der Junta ab.", "Demokratische Partei Thailands", "THA"),
    ("Das Rote Kreuz Haitis forderte mehr Hilfe für die Opfer.", "Rote Kreuz Haitis", "HTI"),
    ("Die thailändische Demokratische Partei lehnte den Vorschlag der Junta ab.",
     "thailändische Demokratische Partei", "THA"),
    ("Die Volkspartei Spaniens forderte am Montag Neuwahlen.", "Partido Popular", "ESP"),
])
def test_a_generic_organisation_name_with_a_country_speaks_for_that_country(nlp, text, actor, country):
    """`die Liberale Partei Kanadas` is not the FDP, `das Rote Kreuz Haitis` not the ICRC: a generic
    name the knowledge base gives another country's body, with a country's genitive after it or its
    adjective before it, names that country's body (the knowledge base's, if it has one of that name);
    without the country it stays the known one."""
    doc = nlp(text)
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {(actor, country)}
    plain = nlp("Die Liberale Partei forderte am Montag Neuwahlen.")
    assert {(c.actor, c.actor_country) for c in plain._.claims} == {("FDP", "DEU")}


def test_a_country_word_by_a_proper_or_other_countrys_name_makes_no_namesake(nlp):
    """An acronym is no generic name (`die SPÖ` before `Deutschlands Regierung`, a genitive of the noun
    after it); `die europäische Union` is not the CDU, as before."""
    doc = nlp("Damit kritisiert die SPÖ Deutschlands Regierung scharf.")
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("SPÖ", "AUT")}
    doc = nlp("Die europäische Union forderte am Montag mehr Hilfe.")
    assert "CDU" not in {c.actor for c in doc._.claims}


def test_a_run_of_spaces_inside_a_name_keeps_the_name_whole(tagged_nlp):
    # scraped text spaces some words twice: the recognizer reads the words without the extra
    # whitespace token (`space_runs`), the offsets stay those of the text, the actor is spaced once
    text = "Die Reform sei überfällig, sagte der deutsche Finanzminister Jaroslav  Brenninger am Dienstag  in Berlin."
    doc = tagged_nlp(text)
    assert doc.text == text
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PER"] == [("Jaroslav  Brenninger", "PER")]
    assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Jaroslav Brenninger", "DEU")]
    assert [t.text for t in doc if t.is_space] == [" ", " "]  # the tokens stay those of the text
    # negatives: a run between words of different phrases joins nothing (`Dienstag  in Berlin`), and a
    # line break stays the sentence break it is
    assert [e.text for e in doc.ents if e.label_ == "LOC"] == ["Berlin"]
    doc = tagged_nlp("Die Partei tagte in Wien\nJaroslav  Brenninger kam nicht.")
    assert [s.text for s in doc.sents][0] == "Die Partei tagte in Wien"


def test_space_runs_leave_a_text_without_them_as_it_is(tagged_nlp):
    from pipeline.spacing import inner_space_runs
    doc = tagged_nlp("Die Reform sei überfällig, sagte Jaroslav Brenninger.\n\nEr ging.")
    assert inner_space_runs(doc) == []  # the paragraph break is no run inside a line
    doc = tagged_nlp("Sie sagte  das.")
    assert [doc[i].text for i in inner_space_runs(doc)] == [" "]


def test_person_of_an_organisation_named_after_von_speaks_as_its_kind_of_actor(tagged_nlp):
    """`Jan Kowalczykowski von der OECD`: the person speaks as the body's kind of actor (io, a union's
    `organisation`) in every mention, not as a private person; a person named without such a body stays one."""
    text = ("Die Lage sei ernst, sagte Jan Kowalczykowski von der OECD. "
            "Die Reformen reichten nicht, sagte Kowalczykowski. "
            "Die Löhne müssten steigen, sagte Pjotr Saizewski von der GPA-djp. "
            "Das sei richtig, sagte Martin Hubinger.")
    with tagged_nlp.select_pipes(disable=statistical_ner(tagged_nlp)):
        doc = with_entities(tagged_nlp, text, [("Jan Kowalczykowski", "PER"), ("OECD", "ORG"),
                                               ("Kowalczykowski", "PER"), ("Pjotr Saizewski", "PER"),
                                               ("GPA-djp", "ORG"), ("Martin Hubinger", "PER")])
    found = {(s.text, s._.actor_type) for s in doc.spans["actors"]}
    assert {("Jan Kowalczykowski", "io"), ("Kowalczykowski", "io"), ("Pjotr Saizewski", "organisation")} <= found
    assert ("Martin Hubinger", "io") not in found
    # a body the knowledge base does not know (`Universität Wien`) types nobody: its scholars observe
    doc = tagged_nlp("Wien – Anna Berger von der Universität Wien hat alte Töpfe untersucht. Der Honig sei lange "
                     "das einzige Süßmittel gewesen, sagte Berger.")
    assert all(s._.actor_type != "organisation" for s in doc.spans["actors"] if s.label_ == "PER")


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("Die kanadischen Liberalen forderten eine Senkung der Steuern.", "Partei (CAN)", "CAN"),
    ("Linz – Der Landesparteivorstand forderte den Rücktritt des Obmanns.", "Parteiführung (AUT)", "AUT"),
    ("Die französische Präfektin forderte die Räumung des Lagers.", "Präfekt (FRA)", "FRA"),
])
def test_party_plurals_a_party_board_and_prefects_are_roles(tagged_nlp, text, actor, country):
    """roles.csv: the party plurals `Liberalen`, `Konservativen`, a party's `Vorstand` and `Präfekt` speak
    for the country their phrase or the dateline names; without the rows they were nobody's side and gave
    no claim."""
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {(actor, country)}


def test_a_party_plural_without_a_country_or_dateline_speaks_for_no_side(tagged_nlp):
    # negative: `die Konservativen` with no country word and no dateline are nobody's side
    assert tagged_nlp("Die Konservativen forderten eine Senkung der Steuern.")._.claims == []


def test_representatives_of_the_euro_states_speak_for_the_eu(tagged_nlp):
    # roles.csv `Eurostaaten`, `Euroländer`: the euro area's states, the EU's side
    doc = tagged_nlp("Vertreter der Eurostaaten forderten von Athen neue Reformen.")
    assert {c.actor_country for c in doc._.claims} == {"EU"}
    # negative: a state alone (`der Staaten`) gives the representatives no side
    assert tagged_nlp("Vertreter der Staaten forderten von Athen neue Reformen.")._.claims == []


@pytest.mark.parametrize("text, country, actor_type", [
    # a school's student representative: a domestic office, the dateline's country
    ("Wien – Bundesschulsprecher Jonas Pichlmayr bezeichnet den Brief als problematisch.", "AUT", None),
    ("Graz – Der Schulsprecher Jonas Pichlmayr kritisierte die Reform scharf.", "AUT", None),
    # a mathematician, a philosopher, a theologian quoted on politics: an observer, OTHER
    ("Wien – Der Mathematiker Jonas Pichlmayr plädiert für radikal neue Ansätze.", "OTHER", "expert"),
    ("Wien – Die Philosophin Klara Pichlmayr fordert ein Pflichtfach Ethik.", "OTHER", "expert"),
])
def test_school_representatives_and_scholars_get_a_side(tagged_nlp, text, country, actor_type):
    """`Bundesschulsprecher` (roles.csv, class `domestic_office`) places an unknown person in the dateline's
    country, and nowhere without a dateline; `Mathematiker`, `Philosophin`, `Theologe` name an expert
    (roles.csv, OTHER) like `Politologin`."""
    found = [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims]
    assert [side for side, _ in found] == [country]
    if actor_type:
        assert [kind for _, kind in found] == [actor_type]
    else:
        assert tagged_nlp(text.split(" – ", 1)[1])._.claims == []


@pytest.mark.parametrize("text", [
    "Berlin – Die Steuern müssten sinken, sagte der Chef des DIW, Jonas Pichlmayr.",
    "München – Die Steuern müssten sinken, sagte Ifo-Chef Jonas Pichlmayr.",
    "Kiel – Die Zölle müssten fallen, sagte Jonas Pichlmayr vom Institut für Weltwirtschaft.",
])
def test_heads_of_economic_research_institutes_are_observers(tagged_nlp, text):
    """Ifo, DIW, ZEW, IfW (organisations.csv, like Wifo and IHS): an economic research institute's people
    speak as observers, OTHER, not for the dateline's country; an institute no row names does not make its
    head an observer."""
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == ["OTHER"]
    unknown = "Berlin – Die Steuern müssten sinken, sagte der Chef des Instituts, Jonas Pichlmayr."
    assert "OTHER" not in [c.actor_country for c in tagged_nlp(unknown)._.claims]


def test_office_of_an_international_body_named_in_the_genitive(nlp):
    """`der Präsident der EU-Kommission`: the office holder of that day (the knowledge base's
    `EU-Kommissionspräsident`), an io; without a known holder the body itself (`ein Sprecher der
    EU-Kommission`), not a government's `Präsident (EU)`."""
    doc = nlp.make_doc("Brüssel – Der heutige Präsident der EU-Kommission forderte eine neue Lösung.")
    doc._.date = "2015-10-01"
    doc = nlp(doc)
    assert ("Präsident", "Jean-Claude Juncker", "io") in {(s.text, s._.actor, s._.actor_type) for s in doc.spans["actors"]}
    # without a date, the person named before who held that office
    doc = nlp("Brüssel – Jean-Claude Juncker kam spät. Die Regeln seien streng, argumentierte der heutige Präsident "
              "der EU-Kommission.")
    assert [c.actor for c in doc._.claims] == ["Jean-Claude Juncker"]
    doc = nlp("Brüssel – Die Regeln seien klar, sagte ein Sprecher der EU-Kommission.")
    assert ("Sprecher", "EU-Kommission", "io") in {(s.text, s._.actor, s._.actor_type) for s in doc.spans["actors"]}
    # negative: an office of a state's ministry stays the government's
    doc = nlp("Wien – Die Regeln seien klar, sagte ein Sprecher des Innenministeriums.")
    assert ("Sprecher", "io") not in {(s.text, s._.actor_type) for s in doc.spans["actors"]}


def test_office_with_a_hyphenated_prefix_or_of_a_newspaper_types_the_person_named_after_it(tagged_nlp):
    """`Die Vize-Chefin des UNHCR, X`: the office (`Vize-|Chefin`) of an io types X as io;
    `Der Chefredakteur der Zeitung Y, X`: a journalist (roles.csv), media."""
    doc = tagged_nlp("Genf – Die Vize-Chefin des UNHCR, Anna Bergmoser, forderte mehr Geld für die Lager.")
    assert ("Anna Bergmoser", "io") in {(s.text, s._.actor_type) for s in doc.spans["actors"]}
    doc = tagged_nlp("Ankara – Der Chefredakteur der Zeitung Yeni Sabah, Mehmet Yildizoglu, kritisierte die Regierung.")
    assert ("Mehmet Yildizoglu", "media") in {(s.text, s._.actor_type) for s in doc.spans["actors"]}
    # negative: a name after a comma with no office before it stays a person
    doc = tagged_nlp("Genf – Nach der Sitzung am Montag, Anna Bergmoser, forderte sie mehr Geld.")
    assert ("Anna Bergmoser", "io") not in {(s.text, s._.actor_type) for s in doc.spans["actors"]}


def test_spokesperson_of_a_government_named_before_speaks_for_it(nlp):
    """`Die ungarische Regierung … sagte ein Sprecher der Regierung`: with no dateline country (two
    places), the body in the genitive refers back to the government named before, and its
    spokesperson speaks for that side."""
    doc = nlp("Wien/Budapest – Die ungarische Regierung hatte Deutschland aufgefordert, zu handeln. Ein "
              "Sprecher der Regierung forderte Deutschland auf, die Grenzen zu öffnen.")
    assert ("Sprecher der Regierung", "HUN") in {(c.claimant.split(" ", 1)[1], c.actor_country) for c in doc._.claims}
    # negative: no government named before, no side
    doc = nlp("Wien/Budapest – Die Lage ist ernst. Ein Sprecher der Regierung forderte Deutschland auf, "
              "die Grenzen zu öffnen.")
    assert all(c.actor_country != "HUN" for c in doc._.claims)


@pytest.mark.parametrize("text", [
    "Athen – 15 weitere  Syriza-Abgeordnete forderten ein Referendum über das Sparpaket.",
    "Athen – Rund 20  Syriza-Abgeordnete forderten ein Referendum über das Sparpaket.",
])
def test_a_counted_party_compound_behind_a_run_of_spaces_is_the_party(tagged_nlp, text):
    # a number above one (also before an adjective) makes the role noun a group, the party of its
    # compound; a run of spaces as scraped is no word between them
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {("Syriza", "GRC")}


def test_one_party_member_behind_a_run_of_spaces_is_no_group(tagged_nlp):
    # negative: `eine weitere  Syriza-Abgeordnete` is one person, described, not the party
    doc = tagged_nlp("Athen – Eine weitere  Syriza-Abgeordnete forderte ein Referendum über das Sparpaket.")
    assert "Syriza" not in [c.actor for c in doc._.claims]


def test_space_runs_redo_only_the_sentences_that_hold_a_run(tagged_nlp):
    # the recognizer runs again on the sentences with a run of spaces only: a sentence without one
    # keeps the entities the model gave it, the sentence with one gets the whole name
    text = ("Bundeskanzlerin Angela Merkel reiste am Montag nach Paris. "
            "Dort sagte der Finanzminister Jaroslav  Brenninger, die Reform sei überfällig.")
    with tagged_nlp.select_pipes(disable=["space_runs"]):
        before = tagged_nlp(text)
    doc = tagged_nlp(text)
    first = next(doc.sents)
    assert [(e.start, e.end, e.label_) for e in doc.ents if e.end <= first.end] == \
        [(e.start, e.end, e.label_) for e in before.ents if e.end <= first.end]
    assert "Jaroslav  Brenninger" in [e.text for e in doc.ents]
    assert "Jaroslav  Brenninger" not in [e.text for e in before.ents]


def test_set_entities_leaves_the_same_entities_as_they_are():
    # the linker's steps that change no entity leave `doc.ents` and its Spans as they are; a change sets them
    import spacy
    from spacy.tokens import Span
    from pipeline.entities import set_entities
    nlp = spacy.blank("de")
    doc = nlp("Die Ministerin Anna Berger besuchte Linz.")
    doc.ents = [Span(doc, 2, 4, label="PER"), Span(doc, 5, 6, label="LOC")]
    ents = doc.ents
    same = [Span(doc, 2, 4, label="PER"), Span(doc, 5, 6, label="LOC")]
    assert set_entities(doc, same, ents) is ents
    changed = set_entities(doc, [Span(doc, 2, 4, label="PER"), Span(doc, 5, 6, label="ORG")], ents)
    assert [(e.text, e.label_) for e in changed] == [("Anna Berger", "PER"), ("Linz", "ORG")]
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Berger", "PER"), ("Linz", "ORG")]
    # negative: a Doc whose tokens have no entity annotation yet gets it set, though no entity changes
    fresh = nlp("Die Ministerin Anna Berger besuchte Linz.")
    assert set_entities(fresh, [], fresh.ents) == ()
    assert fresh.has_annotation("ENT_IOB", require_complete=True)


def test_space_runs_are_found_from_the_word_texts():
    # a run of spaces inside a line is found by index from the words' texts, as from the Tokens
    import spacy
    from pipeline.spacing import inner_space_runs
    nlp = spacy.blank("de")
    doc = nlp("Die  Reform sei   überfällig.\n  Er ging.")
    assert inner_space_runs(doc) == [t.i for t in doc if t.i > 0 and t.text.strip(" ") == "" and not doc[t.i - 1].is_space]
    assert [doc[i].text for i in inner_space_runs(doc)] == [" ", "  "]


def office_speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    """(actor, side, actor type) of every quotation's speaker in the text."""
    return [(q.speaker.actor, q.speaker.actor_country, q.speaker.actor_type) for q in nlp(text)._.quotes if q.speaker]


def test_a_womans_role_noun_is_one_person_whatever_number_the_tagger_reads(tagged_nlp):
    # the small model reads `Präsidentin` (and `Die` before it) as plural: a role noun in `-in` is one woman, so
    # `die Präsidentin der EU-Kommission` is the Commission's office, not a group of presidents of the EU
    doc = tagged_nlp("Die Präsidentin der EU-Kommission forderte mehr Solidarität in der Flüchtlingskrise.")
    assert [(c.actor, c.actor_country, c.actor_type) for c in doc._.claims] == [("EU-Kommission", "EU", "io")]
    # ... and `sie` takes her up (the apposition's name), not the organisation named before her
    doc = tagged_nlp("Berlin – Der Geschäftsführer der Organisation Germanwatch, Max Berger, lobte den Vertrag. "
                     "Die Präsidentin der Organisation Brot für die Welt, Anna Kowalski, warnte vor Lücken im Vertrag. "
                     "Die Staaten müssen jetzt rasch handeln, forderte sie.")
    assert [q.speaker.actor for q in doc._.quotes][-1] == "Anna Kowalski"
    # negative: the plural `-innen` stays a group
    doc = tagged_nlp("Die Präsidentinnen der Verbände forderten mehr Solidarität in der Flüchtlingskrise.")
    assert all(c.actor != "EU-Kommission" for c in doc._.claims)


def test_an_office_of_an_international_body_the_ner_took_for_a_place_speaks_as_that_body(nlp):
    # `der Nato` read as a place: the Secretary General's office is NATO's, an international organisation
    assert office_speakers(nlp, "Der Generalsekretär der Nato forderte mehr Geld für die Verteidigung.") == [
        ("NATO", "NATO", "io")]
    # negative: the seat of a body (`Brüssel`, the EU's) is a town, no body whose office speaks
    assert ("EU", "EU", "io") not in office_speakers(
        nlp, "Der Bürgermeister der Hauptstadt Brüssel forderte mehr Geld für die Verteidigung.")


def test_an_office_of_a_domestic_body_in_the_genitive_speaks_as_that_body(nlp):
    # `ein Sprecher der Gewerkschaft`: the union speaks (an organisation), not an office of the Austrian state
    assert office_speakers(nlp, "Wien – Ein Sprecher der Gewerkschaft sagte, man lehne die Reform ab.")[0] == (
        "Gewerkschaften (AUT)", "AUT", "organisation")
    # negative: a spokesman of the government stays the government's office
    assert office_speakers(nlp, "Wien – Ein Sprecher der Regierung sagte, man lehne die Reform ab.")[0] == (
        "Sprecher (AUT)", "AUT", "government")


def test_a_person_named_with_an_office_of_an_association_is_of_its_type(nlp):
    # `X, Generalsekretär der Jagdverbände`: an office any body has takes the type of the body in the genitive
    text = "Wien – Die Jagd sei unverzichtbar, sagte Peter Wimmersdorfer, Generalsekretär der österreichischen Jagdverbände."
    assert office_speakers(nlp, text) == [("Peter Wimmersdorfer", "AUT", "organisation")]
    # `X, der Vorsitzende der liberalen Partei Y`: the party's, past the adjective and the noun before its name
    text = "Athen – Die Regierung habe versagt, erklärte Nikos Papadakis, der Vorsitzende der liberalen Partei To Potami."
    assert office_speakers(nlp, text) == [("Nikos Papadakis", "GRC", "party")]
    # negative: the office of a ministry stays the government's
    text = "Wien – Die Jagd sei unverzichtbar, sagte Peter Wimmersdorfer, Generalsekretär des Innenministeriums."
    assert office_speakers(nlp, text) == [("Peter Wimmersdorfer", "AUT", "government")]


def test_a_known_name_inside_an_acronyms_spelt_out_name_is_no_known_actor(nlp):
    # `UETD (Union of European Turkish Democrats)`: the brackets spell out the acronym; `Democrats` in them is
    # that organisation's word, not the US Democrats
    found = actors(nlp, "Wien – Hinter der Kundgebung steht die UETD (Union of European Turkish Democrats). "
                        "Sie forderte mehr Respekt.")
    assert all(actor != "Demokraten" for _, actor, _ in found)
    # negative: an acronym the knowledge base knows for the same organisation keeps the name spelt out
    found = actors(nlp, "Wien – Die SPÖ (Sozialdemokratische Partei Österreichs) forderte mehr Respekt.")
    assert ("Sozialdemokratische Partei Österreichs", "SPÖ", "AUT") in found


def test_a_role_noun_the_ner_took_for_a_place_is_the_role(nlp):
    # the statistical NER may read `Oppositionsparteien` as a place: it is the opposition of the dateline's country
    doc = with_entities(nlp, "Rom – Die Oppositionsparteien fordern den Rücktritt des Bürgermeisters.",
                        [("Rom", "LOC"), ("Oppositionsparteien", "LOC")])
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Opposition (ITA)", "ITA")]
    # negative: a place of the lexicons stays a place
    doc = with_entities(nlp, "Rom – Die Oppositionsparteien fordern den Rücktritt des Bürgermeisters.", [("Rom", "LOC")])
    assert ("Rom", "LOC") in [(e.text, e.label_) for e in doc.ents]


def test_a_feminine_party_office_is_no_man_of_that_party_named_before(tagged_nlp):
    # `die SPD-Chefin` names a woman: not the man the text named before as the party's leader
    text = "Berlin – Gegen den SPD-Chef Olaf Scholz wird ermittelt. Das sei Willkür, sagte die SPD-Chefin."
    assert "Olaf Scholz" not in [q.speaker.actor for q in tagged_nlp(text)._.quotes[-1:]]
    # negative: the masculine noun is the man named before
    text = "Berlin – Gegen den SPD-Chef Olaf Scholz wird ermittelt. Das sei Willkür, sagte der SPD-Chef."
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes][-1] == "Olaf Scholz"


def test_a_lands_government_is_no_national_government(nlp):
    # `die Landesregierung` (german.csv regional_body): the government of a Land, on its country's side, not the
    # country's national government
    found = actors(nlp, "München – Der Ministerpräsident legte die Klage auf Eis, am Dienstag bestätigte "
                        "die Landesregierung den Beschluss.")
    assert ("Landesregierung", "Landesregierung (DEU)", "DEU") in found
    # negative: `die Regierung` of the dateline's country is its national government
    found = actors(nlp, "München – Der Ministerpräsident legte die Klage auf Eis, am Dienstag bestätigte "
                        "die Regierung den Beschluss.")
    assert ("Regierung", "Bundesregierung", "DEU") in found


def test_a_nationality_before_an_office_of_a_body_named_after_von_is_no_states_side(tagged_nlp):
    # `die kanadische Chefin von lowernine.org`: an office any body has (`Chefin`), of a body named after `von`,
    # with a country's adjective: the woman's nationality, not an office of the Canadian state
    text = ("Dann kam Max Berger, der kanadische Chef von hilfsnetz.org, einer Spendeninitiative. "
            "Wir bauen die Häuser wieder auf, sagt er.")
    assert "CAN" not in [c.actor_country for c in tagged_nlp(text)._.claims]
    # negative: the office with a country's adjective alone is that state's
    text = "Die Sanktionen müssen fallen, sagte der russische Präsident."
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == ["RUS"]


def test_a_former_office_in_the_apposition_after_a_name_gives_no_office(tagged_nlp):
    # `X, der ehemalige Landesrat in Tirol`: a past office (german.csv former_adjective) types the person as no
    # office holder, as `X, ehemalige Landesrätin` does
    text = "Wien – Die Regierung müsse die Steuern senken, sagte Max Hubinger, der ehemalige Landesrat in Tirol."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["person"]
    # negative: the office itself types him
    text = "Wien – Die Regierung müsse die Steuern senken, sagte Max Hubinger, der Landesrat in Tirol."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["government"]


def test_without_a_dateline_the_one_country_of_the_places_named_places_domestic_actors(tagged_nlp):
    # no dateline (or one no lexicon places), but every place the report names lies in one country: a
    # domestic office, group or association named there speaks for it, as under that country's dateline
    text = ("Erstmals muss sich in Guatemala ein Präsident vor Gericht verantworten. "
            "Das ist ein Tag der Hoffnung, sagte der Abgeordnete Carlos Mendoza.")
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [("Carlos Mendoza", "GTM")]
    text = ("In Bayern soll am Montag wieder gestreikt werden. "
            "Die Gewerkschaft fordert höhere Löhne für die Beschäftigten.")
    assert [c.actor_country for c in tagged_nlp(text)._.claims] == ["DEU"]


def test_places_of_two_countries_place_no_domestic_actor_without_a_dateline(tagged_nlp):
    # negative: places of two countries, or none, leave the domestic office without a side (no claim)
    text = ("Erstmals muss sich in Guatemala ein Präsident vor Gericht verantworten, wie zuvor in Mexiko. "
            "Das ist ein Tag der Hoffnung, sagte der Abgeordnete Carlos Mendoza.")
    assert tagged_nlp(text)._.claims == []
    assert tagged_nlp("Das ist ein Tag der Hoffnung, sagte der Abgeordnete Carlos Mendoza.")._.claims == []
    # nor does an association's noun with its own name after it (`der Weltverband FIFA`): the name speaks
    doc = tagged_nlp("Wie der Weltverband FIFA bekanntgegeben hat, wird die WM doch nicht in Deutschland stattfinden.")
    assert "DEU" not in {q.speaker.actor_country for q in doc._.quotes if q.speaker is not None}


def test_a_partys_members_as_subject_of_a_plural_verb_speak_for_the_party(tagged_nlp):
    # the verb's plural tells a group, where the tagger reads the noun (`-abgeordneten`) as singular
    doc = tagged_nlp("Die SPÖ-Abgeordneten schreiben in einem offenen Brief, das Landesspital dürfe nicht "
                     "geschlossen werden.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("SPÖ", "AUT")]
    doc = tagged_nlp("Die CDU-Abgeordneten schrieben, der Flughafen müsse gebaut werden.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("CDU", "DEU")]
    # negative: a singular verb (finite, or the auxiliary beside an infinitive) names one person, no group
    doc = tagged_nlp("Der SPÖ-Abgeordnete schreibt, das Landesspital dürfe nicht geschlossen werden.")
    assert [q.speaker.kind for q in doc._.quotes] == ["phrase"] and not doc._.claims
    doc = tagged_nlp("Die SPÖ-Abgeordnete will schreiben, das Landesspital dürfe nicht geschlossen werden.")
    assert [q.speaker.kind for q in doc._.quotes] == ["phrase"] and not doc._.claims
    # after the cue verb (`…, sagten X`): the parser may call the subject an object
    doc = tagged_nlp("Das Landesspital bleibt offen, sagten SPÖ-Abgeordnete, die bei der Sitzung waren.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("SPÖ", "AUT")]


def test_a_group_noun_of_members_opened_by_a_party_speaks_for_the_party(tagged_nlp):
    # `Mandatare` (roles.csv: a group of the parliament) after a party's name: the party's members
    doc = tagged_nlp("Die ÖVP-Mandatare verlangen, das Landesspital dürfe nicht geschlossen werden.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("ÖVP", "AUT")]
    # negative: without the party the group stays the parliament's members of the dateline's country
    doc = tagged_nlp("Wien – Die Mandatare verlangen, das Landesspital dürfe nicht geschlossen werden.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Abgeordnete (AUT)", "AUT")]


def test_several_holders_of_an_office_speak_for_the_side_of_the_body_in_the_genitive(tagged_nlp):
    # a group (`mehrere`, a plural verb) of an office takes the side of the body after it, as one holder does
    doc = tagged_nlp("Mehrere Vertreter der Eurostaaten haben gefordert, dass Athen die Reformen rasch umsetzt.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Vertreter (EU)", "EU")]
    # negative: a body of no side (`der Anrainer`) gives the group none
    doc = tagged_nlp("Vertreter der Anrainer verlangen, dass die Gemeinde die Straße rasch saniert.")
    assert [q.speaker.kind for q in doc._.quotes] == ["phrase"] and not doc._.claims


def test_a_parliamentary_group_leader_speaks_as_parliament(tagged_nlp):
    # `Klubchef`, `Fraktionschefin` (roles.csv, like `Klubobmann`): the leader of a party's group in parliament
    text = "Wien – Die Steuern müssten sinken, sagte SPÖ-Klubchef Max Hubinger."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["parliament"]
    text = "Berlin – Die Steuern müssten sinken, sagte Fraktionschefin Eva Hubinger."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["parliament"]
    # negative: the party's leader speaks for the party
    text = "Wien – Die Steuern müssten sinken, sagte SPÖ-Chef Max Hubinger."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] == ["party"]


def test_a_plural_office_is_no_one_person_named_before_with_it(tagged_nlp):
    # `die Klubobleute X und Y … sagten die Klubobleute`: the plural names the group, not the first of them
    text = ("St. Pölten – Im Landtag haben die Klubobleute Max Hubinger (ÖVP) und Franz Berger (SPÖ) eine Reform "
            "verkündet. Die Reform sei notwendig, sagten die Klubobleute am Abend.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes][-1] == "Klubobmann (AUT)"
    # negative: the singular takes up the one person named with the office
    text = ("St. Pölten – Im Landtag hat Klubobmann Max Hubinger (ÖVP) eine Reform verkündet. "
            "Die Reform sei notwendig, sagte der Klubobmann am Abend.")
    assert [q.speaker.actor for q in tagged_nlp(text)._.quotes][-1] == "Max Hubinger"
    # negative: `der Verkehrsminister` (a plural's form too) after `der` is the one minister named before
    text = ("Berlin – Verkehrsminister Alexander Dobrindt (CSU) steht unter Druck. "
            "Der deutsche Verkehrsminister plant, die Maut auszuweiten.")
    assert [c.actor for c in tagged_nlp(text)._.claims][-1] == "Alexander Dobrindt"


def test_a_towns_mayor_is_of_the_towns_state_not_of_the_body_it_hosts(nlp):
    # `der Bürgermeister der Stadt Brüssel`: cities.csv places the town in Belgium; the EU is only its seat
    assert office_speakers(nlp, "Wien – Der Bürgermeister der Stadt Brüssel forderte mehr Geld für die Polizei.")[0][
        :2] == ("Bürgermeister (BEL)", "BEL")
    assert office_speakers(nlp, "Wien – Der Bürgermeister von Brüssel forderte mehr Geld für die Polizei.")[0][
        :2] == ("Bürgermeister (BEL)", "BEL")
    # negative: `Brüssel` as a speaker stays the EU
    assert office_speakers(nlp, "Wien – Brüssel forderte mehr Geld für die Polizei.")[0][:2] == ("EU", "EU")


def test_a_role_noun_opening_a_sentence_is_no_person_of_the_statistical_ner(tagged_nlp):
    # `Spitzenpolitiker der PD fordern …`: a role noun (roles.csv) the NER reads as a one-word person at the
    # sentence's start names the group of the role, here of the party in the genitive
    doc = tagged_nlp("Der Bürgermeister will bleiben. Spitzenpolitiker der PD fordern mittlerweile die Auflösung "
                     "der Stadtregierung.")
    assert [(c.actor_country, c.actor_type) for c in doc._.claims] == [("ITA", "party")]
    # negative: a surname that no role noun is stays the person
    doc = tagged_nlp("Der Bürgermeister will bleiben. Hubinger fordert mittlerweile die Auflösung der Stadtregierung.")
    assert [q.speaker.actor for q in doc._.quotes] == ["Hubinger"]


def test_proponents_and_a_grouping_of_a_party_speak_for_the_party(tagged_nlp):
    # roles.csv `Proponent` (a leading representative) opened by a party's name, and german.csv party_body
    # `Gruppierung` in the genitive after a role noun: the party speaks
    doc = tagged_nlp("Die Debatte sei heftig gewesen, vor allem die ÖVP-Proponenten lehnten die Quoten ab.")
    assert [(c.actor, c.actor_country) for c in doc._.claims][-1] == ("ÖVP", "AUT")
    doc = tagged_nlp("Der Bürgermeister will bleiben. Auch Spitzenpolitiker seiner eigenen PD-Gruppierung fordern "
                     "die Auflösung der Stadtregierung.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Partito Democratico", "ITA")]
    # negative: the proponents of a petition are no party's
    doc = tagged_nlp("Die Proponenten des Volksbegehrens fordern eine Abstimmung über die Reform.")
    assert all(c.actor_type != "party" for c in doc._.claims)


def test_a_bare_role_noun_right_after_a_plural_verb_is_the_verbs_group_subject(tagged_nlp):
    # `Am Montag verlangen SPÖ-Abgeordnete in einem Brief …`: a role noun with no article right after a verb in
    # `-en` in the plural (or one the tagger reads as an infinitive) that has no subject of its own is that verb's
    # subject, a group (however the parser attaches it), here of the party opening the compound
    doc = tagged_nlp("Der Kanzler will die Reform. Am Montag verlangen SPÖ-Abgeordnete in einem Brief eine "
                     "Volksabstimmung.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("SPÖ", "AUT")]
    # negative: after a subject of its own the bare noun is the verb's object, no speaker
    doc = tagged_nlp("Wien – Die Grünen kritisieren SPÖ-Abgeordnete wegen der Reform.")
    assert "SPÖ" not in [q.speaker.actor for q in doc._.quotes]


def test_a_business_or_association_noun_before_a_name_types_the_actor(tagged_nlp):
    # `der Digitalverband X`, `die IT-Sicherheitsfirma X` (german.csv business_noun, domestic_association, also as a
    # compound's end): X is a business or association (codebook `organisation`), also where a bare `X:` came first
    text = ("Tessaro: Steuern müssen sinken. Berlin – Die Steuern müssten sinken, forderte Tessaro. Eine Umfrage "
            "des Digitalverbands Tessaro zeigt das.")
    assert {c.actor_type for c in tagged_nlp(text)._.claims} == {"organisation"}


def test_a_federations_coach_speaks_as_a_person_not_as_the_federation(tagged_nlp):
    # `DFB-Trainer X`: a sport role (german.csv sport_role) before the name; the federation the compound names
    # does not make the coach an organisation (`_sport_role_near`), its official still is one
    doc = tagged_nlp("Berlin – DFB-Trainer Max Berger forderte mehr Geld für die Schulen.")
    assert doc._.claims and "organisation" not in {c.actor_type for c in doc._.claims}
    doc = tagged_nlp("Berlin – DFB-Präsident Max Berger forderte mehr Geld für die Schulen.")
    assert {c.actor_type for c in doc._.claims} == {"organisation"}


def test_definite_role_noun_takes_up_the_holder_of_its_gender_named_with_the_role(tagged_nlp):
    # `Innenministerin X … Sozialminister Y … Die Ministerin`: the woman named with the role, not the man named last
    doc = tagged_nlp("Wien – Innenministerin Anna Brunnhofer traf am Montag Sozialminister Max Ortlieb. "
                     "Die Ministerin sagte, die Grenzen müssten besser geschützt werden.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [("Anna Brunnhofer", "AUT")]
    # a person named with the role before the text gives any country (`Wien –` places them only afterwards)
    doc = tagged_nlp("Wien – Gesundheitsministerin Anna Brunnhofer traf am Montag Bürgermeisterin Eva Wendelin. "
                     "Die Ministerin forderte, die Steuern müssten sinken.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [("Anna Brunnhofer", "AUT")]
    # negative: a woman's role noun after only a man named with the role is someone else (the office only)
    doc = tagged_nlp("Wien – Sozialminister Max Ortlieb traf am Montag Bürgermeister Karl Wendelin. "
                     "Die Ministerin sagte, die Grenzen müssten besser geschützt werden.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [("Minister (AUT)", "AUT")]


def test_a_research_institutes_staff_in_the_apposition_speak_as_experts(nlp):
    """`X, stellvertretender Leiter des Wifo`: an economic research institute (organisations.csv type expert)
    in the name's apposition makes its staff observers of type expert, as `Germanwatch` makes its staff the
    NGO's; a party in the apposition does not (its member is typed elsewhere)."""
    doc = nlp("Die Zahl der Anträge werde weiter steigen, sagt Karl Hubinger, stellvertretender Leiter des Wifo.")
    assert {(s.text, s._.actor_country, s._.actor_type) for s in doc.spans["actors"]} >= {
        ("Karl Hubinger", "OTHER", "expert")}
    doc = nlp("Die Zahl der Anträge werde weiter steigen, sagt Karl Hubinger, Gemeinderat der SPÖ.")
    assert "expert" not in {s._.actor_type for s in doc.spans["actors"]}


def test_a_principals_lawyer_named_after_or_before_the_genitive_speaks_for_the_principals_side(nlp):
    # `Xs Anwalt Vorname Name`, `Vorname Name, Xs Anwalt`: the lawyer (german.csv agent_noun) takes the side of the
    # principal the genitive names, in every mention of his name; the NER may join all of it into one name
    text = ("Kiew – Der ukrainische Unternehmer Bohdan Hrytsenko wurde in Wien festgenommen. Hrytsenkos Anwalt "
            "Egon Mallinger erklärte, die Vorwürfe seien politisch motiviert. Die Auslieferung sei abzulehnen, "
            "sagte Mallinger.")
    doc = with_entities(nlp, text, [("Kiew", "LOC"), ("Bohdan Hrytsenko", "PER"), ("Wien", "LOC"),
                                    ("Hrytsenkos Anwalt Egon Mallinger", "PER"), ("Mallinger", "PER")])
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Egon Mallinger", "UKR")}
    text = text.replace("Hrytsenkos Anwalt Egon Mallinger erklärte", "Egon Mallinger, Hrytsenkos Anwalt, erklärte")
    doc = with_entities(nlp, text, [("Kiew", "LOC"), ("Bohdan Hrytsenko", "PER"), ("Wien", "LOC"),
                                    ("Egon Mallinger", "PER"), ("Hrytsenkos", "PER"), ("Mallinger", "PER")])
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Egon Mallinger", "UKR")}
    # negative: a genitive the document never names in full is no principal, and the lawyer stays unplaced
    doc = with_entities(nlp, text.replace("Bohdan Hrytsenko wurde", "wurde"),
                        [("Kiew", "LOC"), ("Wien", "LOC"), ("Egon Mallinger", "PER"), ("Mallinger", "PER")])
    assert "UKR" not in {c.actor_country for c in doc._.claims if c.actor == "Egon Mallinger"}


def test_a_former_office_before_a_name_gives_the_person_no_government_office(tagged_nlp):
    # `Die frühere Bezirksvorsteherin X`: the text gives the office as past (german.csv former_adjective)
    doc = tagged_nlp("Die frühere Bezirksvorsteherin Anna Kolbeck (damals ÖVP) forderte mehr Polizei.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["person"]
    doc = tagged_nlp("Der frühere Bürgermeister Hans Kolbeck forderte am Montag mehr Polizei.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["person"]
    # negative: the current office keeps its type
    doc = tagged_nlp("Die Bezirksvorsteherin Anna Kolbeck (ÖVP) forderte mehr Polizei.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["government"]


def test_a_country_name_written_with_a_space_is_a_place_not_a_person(tagged_nlp):
    # countries.csv: `Saudi Arabien` (for `Saudi-Arabien`) names the country; the NER's PER guess does not
    # make it the speaker a pronoun takes up
    text = ("Der Abgeordnete Karl Moser kritisiert die Exporte. Für Saudi Arabien wurden 20 Bewilligungen erteilt. "
            "Die Lieferungen, kritisiert er, seien rechtswidrig gewesen.")
    doc = tagged_nlp(text)
    assert "Saudi Arabien" not in {q.speaker.actor for q in doc._.quotes}


def test_a_regions_ministry_the_ner_took_for_a_person_speaks_for_the_regions_country(tagged_nlp):
    # `Bayerns Innenministerium`: a region's genitive and a body of roles.csv (not only a person's office) are no
    # person's name; the body speaks for its country as a government, not as the national government
    doc = tagged_nlp("Stuttgart – Die Pläne seien unausgegoren, macht Baden-Württembergs Verkehrsministerium deutlich.")
    assert [(q.speaker.actor, q.speaker.actor_country, q.speaker.actor_type) for q in doc._.quotes] == [
        ("Ministerium (DEU)", "DEU", "government")]
    # negative: a country's ministry stays its government
    doc = tagged_nlp("Moskau – Die Pläne seien unausgegoren, sagte Russlands Außenministerium.")
    assert [(q.speaker.actor, q.speaker.actor_country) for q in doc._.quotes] == [("Kreml", "RUS")]


def test_the_eu_authority_is_the_commission(tagged_nlp):
    # actors.csv: `die EU-Behörde` (the press's word for the Commission) speaks as the EU-Kommission (EU, io)
    doc = tagged_nlp("Brüssel – Die EU-Kommission legt ein Gesetz vor. Eine solche Benachteiligung habe im Binnenmarkt "
                     "keinen Platz, erklärte die EU-Behörde.")
    assert ("EU-Kommission", "EU", "io") in {(c.actor, c.actor_country, c.actor_type) for c in doc._.claims
                                            if c.sentence_id == 1}
    # negative: an authority without `EU-` names no EU body
    doc = tagged_nlp("Wien – Eine solche Benachteiligung habe keinen Platz, erklärte die Behörde.")
    assert "EU" not in {c.actor_country for c in doc._.claims}


def test_the_kremlin_speaks_as_the_russian_government(tagged_nlp):
    # codebook: `der Kreml` is the Russian government (actor_type government), like `das Weiße Haus`
    doc = tagged_nlp("Der Kreml forderte am Montag einen sofortigen Waffenstillstand in der Ukraine.")
    assert {(c.actor, c.actor_country, c.actor_type) for c in doc._.claims} == {("Kreml", "RUS", "government")}
    # negative: a movement named in the same file stays an organisation
    doc = tagged_nlp("Die Hamas forderte am Montag einen sofortigen Waffenstillstand in Gaza.")
    assert {c.actor_type for c in doc._.claims} == {"organisation"}


def test_a_party_with_a_branch_prefix_speaks_as_the_party(tagged_nlp):
    # german.csv party_branch_prefix: `die Stadt-ÖVP`, `die Landes-SPÖ`, `die Bundes-SPD`, `die Jung-ÖVP` are the
    # party (of its country, type party); party_body `Landesverband`: `der CDU-Landesverband` too
    for text, party in (("Graz – Die Stadt-ÖVP lehnt den neuen Plan ab.", ("ÖVP", "AUT")),
                        ("Linz – Die Landes-SPÖ verlangt sofortige Neuwahlen.", ("SPÖ", "AUT")),
                        ("Berlin – Die Bundes-SPD lehnt die neuen Pläne ab.", ("SPD", "DEU")),
                        ("Mainz – Der CDU-Landesverband fordert eine Reform der Schulen.", ("CDU", "DEU"))):
        doc = tagged_nlp(text)
        assert {(c.actor, c.actor_country, c.actor_type) for c in doc._.claims} == {party + ("party",)}, text
    # negative: a former member's prefix names no branch of the party
    doc = tagged_nlp("Wien – Die Ex-FPÖ lehnt den neuen Plan ab.")
    assert "party" not in {c.actor_type for c in doc._.claims}


def test_a_palace_speaks_for_the_government_of_the_capital_named_with_it(tagged_nlp):
    """german.csv `seat_body_noun`: `der Palast in Rabat`, `der Präsidentenpalast in Kairo` speak for that
    country's government; `der Palast` without a place of its own is a building, nobody (not the dateline's)."""
    doc = tagged_nlp("Washington – Die Sanktionen gegen Russland müssten bleiben, teilte der Palast in Rabat mit.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Marokkanische Regierung", "MAR")]
    doc = tagged_nlp("Washington – Die Sanktionen gegen Russland müssten bleiben, teilte der Palast mit.")
    assert [c.actor_country for c in doc._.claims] == []


def test_a_company_office_before_an_unknown_name_types_the_person_organisation(tagged_nlp):
    # `Siemens-Chef X`: a company of knowledge/companies.csv opening a compound of a person's role noun
    # before a name no knowledge base knows: the person speaks for the company (codebook `organisation`)
    doc = tagged_nlp("Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-Chef Holger Brandtner am Montag.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["organisation"]
    # negative: a company's staff member holds no office of it
    doc = tagged_nlp("Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-Mitarbeiter Holger Brandtner am Montag.")
    assert "organisation" not in {q.speaker.actor_type for q in doc._.quotes}


def test_an_advocate_general_is_a_court_office_and_no_part_of_the_name(tagged_nlp):
    # roles.csv `Generalanwalt`: `Generalanwalt X` (Generalprokuratur, EuGH) speaks as a court, named X
    doc = tagged_nlp("Wien – Das Urteil müsse aufgehoben werden, forderte Generalanwalt Anton Weisshaupt am Montag.")
    assert [(c.actor, c.actor_type) for c in doc._.claims] == [("Anton Weisshaupt", "court")]
    # negative: a lawyer of the defence is no court
    doc = tagged_nlp("Wien – Das Urteil müsse aufgehoben werden, forderte Rechtsanwalt Anton Weisshaupt am Montag.")
    assert "court" not in {c.actor_type for c in doc._.claims}


def test_an_international_bodys_own_unnamed_office_is_io(tagged_nlp):
    # german.csv io_office: `der EU-Digitalkommissar`, `die Sprecherin der EU-Außenbeauftragten` are the
    # EU's own staff (codebook: office holders of an international organisation speak for it, type io)
    for text in ("Brüssel – Die Roaming-Gebühren müssten fallen, forderte der EU-Digitalkommissar am Montag.",
                 "Brüssel – Die Türkei müsse die Angriffe beenden, forderte die Sprecherin der EU-Außenbeauftragten."):
        doc = tagged_nlp(text)
        assert [(c.actor_country, c.actor_type) for c in doc._.claims] == [("EU", "io")], text
    # negative: the states' ministers meeting in the EU are their governments
    doc = tagged_nlp("Brüssel – Die Türkei müsse die Angriffe beenden, forderten die EU-Innenminister.")
    assert [c.actor_type for c in doc._.claims] == ["government"]


def test_the_chief_of_a_listed_carmaker_speaks_for_the_company(tagged_nlp):
    # knowledge/companies.csv Volvo, Unicredit, Mazda, Vodafone, Naftogas: `Volvo-Chef X` is the company's office
    doc = tagged_nlp("Göteborg – Die Zölle müssten fallen, forderte Volvo-Chef Lars Henriksson am Montag.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["organisation"]
    # negative: a driver of its cars holds no office of it
    doc = tagged_nlp("Göteborg – Die Zölle müssten fallen, forderte Volvo-Fahrer Lars Henriksson am Montag.")
    assert "organisation" not in {q.speaker.actor_type for q in doc._.quotes}


def test_main_country_is_the_country_a_report_names_most_by_far():
    """`main_country`: a report without a dateline is about the country whose places it names at least twice
    and twice as often as any other's; none stands out where two are named alike or one only once."""
    from collections import Counter
    from pipeline.entities import main_country
    assert main_country(Counter({"FRA": 4, "BEL": 2, "": 3}), {"FRA", "BEL"}) == "FRA"
    assert main_country(Counter({"GRC": 3}), {"GRC"}) == "GRC"
    assert main_country(Counter({"FRA": 3, "BEL": 2}), {"FRA", "BEL"}) == ""
    assert main_country(Counter({"FRA": 1}), {"FRA"}) == ""


def test_a_state_office_without_dateline_is_of_the_country_the_report_names_most(tagged_nlp):
    """An office only a state has (roles.csv `government`, `court`: `Präfektin`, `Staatsanwalt`) before a name
    nothing else places is of the dateline's country, without one of the country whose places the report
    names most (`main_country`): a prefect in a report on France that names Belgium once."""
    text = ("In Frankreich wächst der Ärger über die Lager. Viele wollen von Frankreich weiter nach Belgien. "
            "In Frankreich sind die Lager voll. Präfektin Odile Marchandeau erklärte, die Räumung werde "
            "einen Monat dauern.")
    doc = tagged_nlp(text)
    assert ("Odile Marchandeau", "FRA") in {(c.actor, c.actor_country) for c in doc._.claims}
    # negative: two countries named alike leave the office unplaced
    doc = tagged_nlp(text.replace("In Frankreich sind", "In Belgien sind"))
    assert "FRA" not in {c.actor_country for c in doc._.claims if c.actor == "Odile Marchandeau"}


def test_a_monarchs_title_name_and_numeral_name_the_known_monarch(tagged_nlp):
    """`König Felipe VI.`, `König Abdullah II.`: a title of a head of state (knowledge role_nouns `König`)
    before a name and a regnal numeral names the known holder whose name opens so (`regnal_holder`), of
    that holder's country, not the dateline's; `der König` later takes him up."""
    doc = tagged_nlp("Washington – Der Minister traf in Amman auch König Abdullah II. Bei dem Treffen habe der "
                     "König mehr Hilfe für die Flüchtlinge gefordert.")
    found = {(s.text, s._.actor, s._.actor_country) for s in doc.spans["actors"]}
    assert ("König Abdullah II.", "Abdullah II.", "JOR") in found
    assert {(c.actor, c.actor_country) for c in doc._.claims} == {("Abdullah II.", "JOR")}
    # negative: a name the knowledge base lists for no monarch stays unknown
    found = actors(tagged_nlp, "Washington – Der Minister traf in Amman auch König Hamid II. am Montag.")
    assert "JOR" not in {country for text, _, country in found if text.startswith("König")}


def test_a_run_of_spaces_before_a_name_hides_no_office(tagged_nlp):
    # phrases.word_before: a scraped text's run of spaces (`Chefökonom  X`) is no word; the office noun
    # before it still types the person (`Siemens-Chef  X`: the company's office)
    doc = tagged_nlp("Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-Chef  Holger Brandtner am Montag.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["organisation"]
    # negative: a staff member behind the same spaces holds no office
    doc = tagged_nlp("Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-Mitarbeiter  Holger Brandtner am Montag.")
    assert "organisation" not in {q.speaker.actor_type for q in doc._.quotes}


def test_a_manager_or_ceo_of_a_company_speaks_for_it(tagged_nlp):
    # roles.csv `Manager`, `CEO`: `Siemens-Manager X`, `Siemens-CEO X` hold an office of the company
    for text in ("Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-Manager Thomas Berger am Montag.",
                 "Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-CEO Thomas Berger am Montag."):
        doc = tagged_nlp(text)
        assert [q.speaker.actor_type for q in doc._.quotes] == ["organisation"], text
    # negative: a customer of the company holds none
    doc = tagged_nlp("Berlin – Die Regierung müsse die Steuern senken, forderte Siemens-Kunde Thomas Berger am Montag.")
    assert "organisation" not in {q.speaker.actor_type for q in doc._.quotes}


def test_the_chief_of_a_business_in_the_genitive_before_the_name_speaks_for_it(tagged_nlp):
    # `_genitive_body`: `der Chef des Zulieferers Y, X` (german.csv business_noun `zulieferer`): organisation
    doc = tagged_nlp("Graz – Die Regierung müsse die Steuern senken, sagte der Chef des Zulieferers Kranbau Murtal, Holger Brandtner.")
    assert [q.speaker.actor_type for q in doc._.quotes] == ["organisation"]
    # negative: a neighbour of the business holds no office in it
    doc = tagged_nlp("Graz – Die Regierung müsse die Steuern senken, sagte der Nachbar des Zulieferers Kranbau Murtal, Holger Brandtner.")
    assert "organisation" not in {q.speaker.actor_type for q in doc._.quotes}


def test_a_surname_the_ner_took_for_a_place_after_an_office_and_a_given_name(tagged_nlp):
    # `_surname_after_office_and_given_name`: `deren Sprecher Konrad X`, X found as a place, is the person's surname
    doc = tagged_nlp("Die Staatsanwaltschaft will keine Angaben machen, wie deren Sprecher Konrad Kmetic erklärte.")
    assert "Konrad Kmetic" in {q.speaker.actor for q in doc._.quotes}
    # negative: a place after an office and a preposition names nobody (`deren Sprecher in Kmetic`)
    doc = tagged_nlp("Die Staatsanwaltschaft will keine Angaben machen, wie deren Sprecher in Kmetic erklärte.")
    assert not any("Kmetic" in q.speaker.actor for q in doc._.quotes)


def test_a_state_office_in_apposition_places_an_unknown_person_in_the_reports_country(tagged_nlp):
    """german.csv `state_office` (`Minister`): `X, der Migrationsminister,` in a report without a dateline
    that names the places of one country most is that country's minister; not where no country stands out."""
    text = ("Griechenland ist überfordert. In Griechenland fehlen Lager, Athen sucht Hilfe. Die Türkei schweigt. "
            "Stavros Papadakis, der Migrationsminister, ist beschäftigt.")
    assert ("Stavros Papadakis", "Stavros Papadakis", "GRC") in actors(tagged_nlp, text)
    # negative: a report naming two countries alike leaves him unplaced
    found = actors(tagged_nlp, text.replace("In Griechenland", "In der Türkei"))
    assert ("Stavros Papadakis", "Stavros Papadakis", "") in found


def test_a_spokesperson_after_a_genitive_relative_holds_the_office_of_the_body_named_before(tagged_nlp):
    # `die Gewerkschaft …, wie deren Sprecher X erklärte`: the union's spokesman (organisation), no government's
    doc = tagged_nlp("Wien – Die Gewerkschaft Verdi will den Streik fortsetzen, wie deren Sprecher Max Huber erklärte.")
    assert [q.speaker.actor_type for q in doc._.quotes if "Sprecher" in q.speaker.text] == ["organisation"]
    roles = [s for s in doc.spans["actors"] if s.label_ == "ROLE" and s.text == "Sprecher"]
    assert [s._.actor_type for s in roles] == ["organisation"]
    # negative: a spokesman with no genitive relative before him speaks for no body named before
    doc = tagged_nlp("Wien – Die Gewerkschaft Verdi will den Streik fortsetzen, wie ein Sprecher Max Huber erklärte.")
    assert "organisation" not in [s._.actor_type for s in doc.spans["actors"] if s.label_ == "ROLE"]


def test_a_bare_role_noun_right_after_a_plural_verb_in_n_is_its_subject(tagged_nlp):
    # the same after a plural present in `-n` only (`fordern`, `ändern`, `äußern`): `Am Montag fordern
    # SPÖ-Abgeordnete …` is the SPÖ's group, whatever number and case the tagger gives the noun
    doc = tagged_nlp("Wien – Am Montag fordern SPÖ-Abgeordnete eine Senkung der Steuern.")
    assert [(c.actor, c.actor_country, c.claim_type) for c in doc._.claims] == [("SPÖ", "AUT", "DEMAND")]
    # negative: after a subject of its own the bare noun is the verb's object, no claimant
    doc = tagged_nlp("Wien – Die Grünen fordern SPÖ-Abgeordnete zum Rücktritt auf.")
    assert [c.actor for c in doc._.claims] == ["Die Grünen (Österreich)"]


def _dated(tagged_nlp, text, day):
    doc = tagged_nlp.make_doc(text)
    doc._.date = day
    return tagged_nlp(doc)


def test_a_person_quoted_in_the_year_a_term_known_by_its_year_only_began_holds_no_office_yet(tagged_nlp):
    # knowledge: Guðni Jóhannesson, Iceland's president from `2016` (Wikidata: the year only); a text of April 2016
    # may be older than his office: named with no office, he speaks as a person (Person.took_office_within)
    text = "Reykjavík – Der Regierungschef müsse sofort zurücktreten, sagte Gudni Johannesson im Fernsehen."
    doc = _dated(tagged_nlp, text, "2016-04-06")
    assert {(q.speaker.actor, q.speaker.actor_type) for q in doc._.quotes} == {("Guðni Th. Jóhannesson", "person")}
    # negatives: a text of a later year, or one that names him with the office, keeps the government type
    doc = _dated(tagged_nlp, text, "2017-03-01")
    assert {(q.speaker.actor, q.speaker.actor_type) for q in doc._.quotes} == {("Guðni Th. Jóhannesson", "government")}
    titled = "Reykjavík – Die Regierung müsse sofort zurücktreten, sagte Präsident Gudni Johannesson im Fernsehen."
    doc = _dated(tagged_nlp, titled, "2016-09-06")
    assert {(q.speaker.actor, q.speaker.actor_type) for q in doc._.quotes} == {("Guðni Th. Jóhannesson", "government")}

def test_two_bare_names_after_a_dative_verb_are_the_subject_and_the_one_addressed(tagged_nlp):
    """`warf X Y vor`, `unterstellte X Y`: the statistical NER joins the two names; the first is the
    subject (the speaker), the second the dative."""
    for text, speaker, other in [
        ("Am Montag warf Petra Hinrichs Jens Kowalski vor, er habe die Kasse geplündert.", "Petra Hinrichs", "Jens Kowalski"),
        ("Dabei unterstellte Petra Hinrichs Jens Kowalski, er habe gelogen.", "Petra Hinrichs", "Jens Kowalski"),
        ("Gestern empfahl Markus Lenz Anna Berger, zurückzutreten.", "Markus Lenz", "Anna Berger"),
        ("Im Jahr 2009 warf Lech Nowicki Wałęsa vor, er habe gelogen.", "Lech Nowicki", "Wałęsa"),
    ]:
        doc = tagged_nlp(text)
        names = [ent.text for ent in doc.ents]
        assert speaker in names and other in names, text
        assert [quote.speaker.text for quote in doc._.quotes] == [speaker], text


def test_one_name_after_a_dative_verb_stays_whole(tagged_nlp):
    """A name the knowledge base knows whole, a double given name, or one name before the dative: no split."""
    for text, name in [
        ("Am Montag warf José Luis Rodríguez Zapatero der Regierung vor, sie habe gelogen.", "José Luis Rodríguez Zapatero"),
        ("Am Montag warf Hans Peter Kowalski der Regierung vor, sie habe gelogen.", "Hans Peter Kowalski"),
        ("Am Montag sagte Petra Hinrichs Jens Kowalski, er habe gelogen.", None),
    ]:
        names = [ent.text for ent in tagged_nlp(text).ents]
        if name:
            assert name in names, text
        else:  # not a dative verb: whatever the NER reads is left as it is
            assert "Petra Hinrichs" not in names or "Jens Kowalski" not in names, text


def test_the_austrian_nature_conservation_union_is_an_ngo(nlp):
    """organisations.csv: `Naturschutzbund Österreich` (also `Der Österreichische Naturschutzbund`) is an
    Austrian NGO, not an organisation no knowledge base types; Germany's Nabu stays its own."""
    doc = nlp("Salzburg – Der Österreichische Naturschutzbund fordert mehr Schutzgebiete.")
    assert [(c.actor, c.actor_country, c.actor_type) for c in doc._.claims] == [("Naturschutzbund Österreich", "AUT", "ngo")]
    doc = nlp("Berlin – Der Naturschutzbund Deutschland fordert mehr Schutzgebiete.")
    assert [(c.actor, c.actor_country) for c in doc._.claims] == [("Nabu", "DEU")]


def test_dateline_place_or_known_town_the_ner_took_for_a_person_is_a_place(nlp):
    """`Oberwinkel – …`: the place of a dateline the NER tagged as a person is a place, even one no lexicon
    knows, and so is a known town's name of two words (cities.csv `Wiener Neustadt`) anywhere; a name that
    opens a sentence with no dash after it, or a known place after a given name, stays a person."""
    text = "Oberwinkel – Der Umbau ist fertig, sagte er. Die Bahn fährt nach Wiener Neustadt."
    doc = with_entities(nlp, text, [("Oberwinkel", "PER"), ("Wiener Neustadt", "PER")])
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Oberwinkel", "LOC"), ("Wiener Neustadt", "LOC")]
    assert all(m._.actor != "Oberwinkel" for m in doc.spans["actors"])
    text = "Oberwinkel sagte, der Umbau sei fertig."
    doc = with_entities(nlp, text, [("Oberwinkel", "PER")])
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Oberwinkel", "PER")]


def test_town_after_a_given_name_is_a_surname(nlp):
    """`gegen Karl Huber und Hans Graz`: a town's or capital's name right after a known given name is the
    person's surname, and the town's name alone later in the text is that person; not a town after a
    preposition and no given name (`in Graz`), nor in a text naming no such person."""
    text = "Das Gericht hob die Urteile gegen Karl Huber und Hans Graz auf. Graz beteuerte stets seine Unschuld."
    doc = with_entities(nlp, text, [("Karl Huber", "PER"), ("Graz", "LOC"), ("Graz", "LOC")])
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Karl Huber", "PER"), ("Hans Graz", "PER"), ("Graz", "PER")]
    assert [m._.actor for m in doc.spans["actors"] if m.text == "Graz"] == ["Hans Graz"]
    text = "Das Gericht in Graz hob die Urteile gegen Karl Huber auf. Graz bleibt Sitz des Gerichts."
    doc = with_entities(nlp, text, [("Graz", "LOC"), ("Karl Huber", "PER"), ("Graz", "LOC")])
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Graz", "LOC"), ("Karl Huber", "PER"), ("Graz", "LOC")]
