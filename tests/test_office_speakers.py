"""Speakers that name an office or body without naming anybody: a state's officer after a country
adjective (roles.csv) takes that country's side, a body's press officer the side of the body named before."""


def sides(nlp, text: str) -> list[tuple[str, str]]:
    """(speaker words, side) of every quotation the pipeline finds in the text."""
    return [(q.speaker.text, q.speaker.actor_country) for q in nlp(text)._.quotes if q.speaker]


def test_an_officer_with_a_country_adjective_speaks_for_that_country(tagged_nlp):
    # `ein nigrischer Offizier`, `ein nigrischer Armeesprecher`: the state's military
    assert sides(tagged_nlp, "Ein nigrischer Offizier sagte, die Angreifer seien geflohen.") == [
        ("Ein nigrischer Offizier", "NER")]
    assert sides(tagged_nlp, "Ein nigrischer Armeesprecher sagte, die Angreifer seien geflohen.") == [
        ("Ein nigrischer Armeesprecher", "NER")]
    # negative: an officer of no named state has no side
    assert sides(tagged_nlp, "Ein Offizier sagte, die Angreifer seien geflohen.") == [("Ein Offizier", "")]


def test_a_body_s_press_officer_speaks_for_the_body_named_before(tagged_nlp):
    # `eine Kommissionssprecherin` after `die EU-Kommission`: the Commission's spokeswoman, the EU's side
    text = "Brüssel – Die EU-Kommission prüft den Plan. Eine Kommissionssprecherin sagte, man sehe keine Eile."
    assert sides(tagged_nlp, text)[-1] == ("Eine Kommissionssprecherin", "EU")
    # negative: a commission the text names otherwise (`die Ethikkommission`) gives her no side
    text = "Graz – Die Ethikkommission prüft den Plan. Eine Kommissionssprecherin sagte, man sehe keine Eile."
    assert sides(tagged_nlp, text)[-1] == ("Eine Kommissionssprecherin", "")


def test_a_name_the_ner_takes_for_an_organisation_after_a_person_s_role_noun_is_the_person(tagged_nlp):
    # `Air-Force-Sprecherin Sun Lihua`: the statistical NER tags the name ORG; after the role noun it is her name
    doc = tagged_nlp("Die Lage sei ernst, sagte Air-Force-Sprecherin Sun Lihua.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Sun Lihua", "PER")]
    # the NER may take the role noun into the organisation: the name is the rest, the side the office's
    assert sides(tagged_nlp, "Die Lage sei ernst, sagte die Volkskongress-Abgeordnete Sheryl Brankel.") == [
        ("die Volkskongress-Abgeordnete Sheryl Brankel", "CHN")]
    # negative: a known organisation after a role noun stays one
    doc = tagged_nlp("Die Lage sei ernst, sagte ein Sprecher der Deutschen Bahn.")
    assert "PER" not in {e.label_ for e in doc.ents}


def test_a_copula_or_apposition_naming_an_office_of_a_holder_places_the_person(tagged_nlp):
    # `X ist Pressesprecher der Y`, `X war … der Sprecher von Y`, `X, Sprecher von Y,`: the holder's side, in
    # every later mention of the name
    text = "Gerda Wimmsberger ist Pressesprecherin der FPÖ. Wimmsberger forderte strengere Regeln für Banken."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {("Gerda Wimmsberger", "AUT")}
    text = ("Kurt Olbrechter war drei Jahre lang der Sprecher von Bundeskanzler Werner Faymann. "
            "Olbrechter forderte strengere Regeln für Banken.")
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {("Kurt Olbrechter", "AUT")}
    text = "Kurt Olbrechter, Sprecher von Bundeskanzler Werner Faymann, forderte strengere Regeln für Banken."
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {("Kurt Olbrechter", "AUT")}
    # negative: no office (`ein Freund`), or an observer's role (`Ökonom`), gives the person no side
    text = "Kurt Olbrechter ist ein Freund der FPÖ. Olbrechter forderte strengere Regeln für Banken."
    assert tagged_nlp(text)._.claims == []
    text = "Kurt Olbrechter ist Ökonom des Wifo. Olbrechter forderte strengere Regeln für Banken."
    assert "AUT" not in {c.actor_country for c in tagged_nlp(text)._.claims}


def test_a_campaign_manager_is_a_party_office_of_the_dateline_s_country(tagged_nlp):
    # roles.csv `Wahlkampfleiter` (`Kampagnenleiter`, `Wahlkampfmanager`, `Kampagnenchef`: party), german.csv
    # domestic_office: named with the office, or with it in a copula, the person speaks for the report's country
    text = "Wien – Der Kandidat stellte sein Programm vor. Die Lage sei ernst, sagte Wahlkampfleiter Peter Lindner."
    assert [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [
        ("Peter Lindner", "AUT", "party")]
    text = "Wien – Peter Lindner ist Kampagnenleiter von Rudolf Hundstorfer. Lindner forderte ein Fairnessabkommen."
    assert [(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims] == [("Peter Lindner", "AUT")]
    # negative: without the office the same person has no side
    text = "Wien – Der Kandidat stellte sein Programm vor. Die Lage sei ernst, sagte Peter Lindner."
    assert tagged_nlp(text)._.claims == []


def test_a_prosecutors_office_speaks_as_a_court_of_its_seat(tagged_nlp):
    # roles.csv `Staatsanwaltschaft` (g, court): a prosecution named with its seat's town after it or its adjective
    # before it (cities.csv; german.csv court_noun) is that country's
    doc = tagged_nlp("Die Staatsanwaltschaft Freiburg verlangt für den Bauunternehmer acht Jahre Haft.")
    assert [(c.actor_country, c.actor_type, c.claim_type) for c in doc._.claims] == [("DEU", "court", "DEMAND")]
    doc = tagged_nlp("Die Brüsseler Staatsanwaltschaft wirft dem Stadtrat Untreue vor.")
    assert [(c.actor_country, c.actor_type, c.claim_type) for c in doc._.claims] == [("BEL", "court", "ACCUSATION")]
    # negative: the case's facts it gives out stay no claim
    assert tagged_nlp("Der Bauunternehmer sei festgenommen worden, teilte die Grazer Staatsanwaltschaft mit.")._.claims == []
    # negative: without its seat it is no one's, neither the dateline's (where the correspondent sits, `Sydney
    # – … in Nauru verurteilt`) nor that of the state a place named before lies in (where the accused fought)
    text = "Sydney – Ein Mann wurde in Nauru verurteilt. Die Staatsanwaltschaft hatte acht Jahre Haft verlangt."
    assert sides(tagged_nlp, text)[-1] == ("Die Staatsanwaltschaft", "")
    text = "Der Mann hatte in Syrien gekämpft. Die Staatsanwaltschaft verlangt für ihn acht Jahre Haft."
    assert sides(tagged_nlp, text)[-1] == ("Die Staatsanwaltschaft", "")


def test_a_country_s_party_camp_or_aid_groups_are_no_government(tagged_nlp):
    # roles.csv `Partei` (`Sozialisten`, `KP`), `Parteiführung` (`Parteibürokratie`) and `NGO`
    # (`Menschenrechtsgruppen`, `Hilfsorganisationen`): a country's name or adjective before them gives the side,
    # not the speaker; the claimant is the party or the aid groups (was: the country's government, an organisation)
    text = "Wien – Spaniens Sozialisten fordern eine höhere Steuer auf Vermögen."
    assert [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [
        ("Partei (ESP)", "ESP", "party")]
    text = "Wien – Chinas Parteibürokratie verlangt strengere Disziplin von den Mitgliedern."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("CHN", "party")]
    text = "Wien – Libysche Menschenrechtsgruppen machten die Miliz für die Angriffe verantwortlich."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("LBY", "ngo")]
    # negative: the country itself, or its government, still speaks as the state
    text = "Wien – Spanien fordert eine höhere Steuer auf Vermögen."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("ESP", "state")]
    text = "Wien – Die spanische Regierung fordert eine höhere Steuer auf Vermögen."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("ESP", "government")]


def test_a_party_s_one_word_name_after_a_country_s_genitive_is_that_country_s_party(tagged_nlp):
    # `_held_by_country`: `Norwegens Sozialdemokraten`, `Portugals geschlagene Linke` name the party of that
    # country (was: the country's genitive alone spoke, as the state); the name of the same country's party stays
    text = "Wien – Nach der Wahl ruft Portugals geschlagene Linke am Montag zu einer Kundgebung auf."
    assert [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [
        ("Linke (PRT)", "PRT", "party")]
    text = "Wien – Norwegens Sozialdemokraten fordern eine höhere Steuer auf Vermögen."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("NOR", "party")]
    # negative: the genitive of the party's own country keeps the party; the country alone is the state
    text = "Berlin – Deutschlands Sozialdemokraten fordern eine höhere Steuer auf Vermögen."
    assert [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("SPD", "DEU", "party")]
    text = "Wien – Norwegen fordert eine höhere Steuer auf Vermögen."
    assert [(c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [("NOR", "state")]


def test_representatives_of_parents_staff_or_employees_speak_as_an_organisation(tagged_nlp):
    # roles.csv `Interessenvertreter` (`Elternvertreter`, `Personalvertreter`, `Belegschaftsvertreter`): those who
    # represent a group speak as an organisation of the dateline's country (was: no side, no claim)
    text = "Wien – Die Personalvertreter der Lehrer lehnen die geplante Reform ab."
    assert [(c.actor_country, c.actor_type, c.claim_type) for c in tagged_nlp(text)._.claims] == [
        ("AUT", "organisation", "REJECTION")]
    text = "Wien – Elternvertreter wollen bei der Auswahl der Lehrer mitreden."
    assert [(c.actor_country, c.actor_type, c.claim_type) for c in tagged_nlp(text)._.claims] == [
        ("AUT", "organisation", "DEMAND")]
    # negative: a representative of another kind (`Volksvertreter`) is no such role
    text = "Wien – Die Vertreter der Lehrer lehnen die geplante Reform ab."
    assert [c.actor_type for c in tagged_nlp(text)._.claims] != ["organisation"]


def test_a_name_the_ner_missed_as_a_copula_s_subject_with_an_office_is_a_person_of_the_holder_s_side(tagged_nlp):
    # `_copular_names`: two or three capitalised words opening the sentence (after a dateline at most) before
    # a copula whose predicate is an individual office of a holder with a side make a person's name, whom
    # `copular_offices` places, in every later mention of the surname
    text = ("Wien – Neddy Brankovic ist Kampagnenleiter von Rudolf Hundstorfer. "
            "Der Wahlkampf sei hart, Brankovic forderte aber ein Fairnessabkommen.")
    assert {(c.actor, c.actor_country) for c in tagged_nlp(text)._.claims} == {("Neddy Brankovic", "AUT")}
    # negative: without an office of a holder (`ein Freund von`) the words stay no one's, no claim
    text = ("Wien – Neddy Brankovic ist ein Freund von Rudolf Hundstorfer. "
            "Der Wahlkampf sei hart, Brankovic forderte aber ein Fairnessabkommen.")
    assert "AUT" not in {c.actor_country for c in tagged_nlp(text)._.claims}


def test_a_spokesman_of_a_minister_with_the_party_in_brackets_speaks_for_the_minister(tagged_nlp):
    # `Ein Sprecher von Verkehrsministerin X (Grüne)`: the bracket is the minister's party; the speech is the
    # minister's office (the government), not the party's
    text = ("Stuttgart – Ein Sprecher von Verkehrsministerin Petra Kobler (Grüne) wies darauf hin, dass das Risiko "
            "sinke. Solche Versuche sind wünschenswert, das unterstützen wir.")
    assert {(c.actor, c.actor_type) for c in tagged_nlp(text)._.claims} == {("Petra Kobler", "government")}
    # negatives: a person of no office named with a party in brackets, and an office with its party in
    # brackets, keep the bracket's party
    text = ("Stuttgart – Die Mitarbeiterin von Petra Kobler (Grüne) wies darauf hin, dass das Risiko sinke. "
            "Solche Versuche sind wünschenswert, das unterstützen wir.")
    assert {c.actor_type for c in tagged_nlp(text)._.claims} == {"party"}
    text = "Stuttgart – Der Landrat (SPD) wies darauf hin, dass das Risiko sinke. Solche Versuche unterstützen wir."
    assert {(c.actor, c.actor_type) for c in tagged_nlp(text)._.claims} <= {("SPD", "party")}


def test_a_pronoun_takes_up_the_type_its_named_speech_gave_the_person(tagged_nlp):
    # `Der Vertreter der EU, der dänische Diplomat X, bedauerte … . Zugleich kritisierte er …`: the apposition
    # makes him the Union's official (io); the pronoun is that official, not a Danish diplomat (government)
    text = ("Genf – Der Vertreter der EU im Menschenrechtsrat, der dänische Diplomat Lars Bentsen, bedauerte, dass "
            "Israel den Berichterstatter nicht reisen ließ. Zugleich kritisierte er, dass dessen Mandat begrenzt wurde.")
    assert [(c.actor, c.actor_country, c.actor_type) for c in tagged_nlp(text)._.claims] == [
        ("Lars Bentsen", "EU", "io"), ("Lars Bentsen", "EU", "io")]
    # negative: a diplomat named without the Union's office stays his state's official, also as `er`
    text = ("Genf – Der dänische Diplomat Lars Bentsen bedauerte, dass Israel den Berichterstatter nicht reisen "
            "ließ. Zugleich kritisierte er, dass dessen Mandat begrenzt wurde.")
    assert {c.actor_type for c in tagged_nlp(text)._.claims} == {"government"}


def test_the_head_of_a_research_group_named_after_um_is_an_expert(tagged_nlp):
    # `Die Wissenschafter um X`, `ein Forscherteam um X` (german.csv research_team): X leads researchers and
    # speaks as an expert later too (`plädiert X dafür`)
    for opening in ("Die Wissenschafter um Lena Harbeck nennen als Beispiel Indien.",
                    "Ein Forscherteam um Lena Harbeck hat Geier gezählt."):
        text = (f"Wien – Die Geierbestände schwinden. {opening} Da Geier sich langsam vermehren, plädiert Harbeck "
                "dafür, jetzt in den Schutz zu investieren.")
        assert [(q.speaker.actor, q.speaker.actor_type) for q in tagged_nlp(text)._.quotes
                if q.speaker.text == "Harbeck"] == [("Lena Harbeck", "expert")], opening
    # negative: advisers around a person (`die Berater um X`) make nobody an expert
    text = ("Wien – Die Geierbestände schwinden. Die Berater um Lena Harbeck nennen als Beispiel Indien. Da Geier "
            "sich langsam vermehren, plädiert Harbeck dafür, jetzt in den Schutz zu investieren.")
    assert "expert" not in {q.speaker.actor_type for q in tagged_nlp(text)._.quotes if q.speaker.text == "Harbeck"}


def test_a_press_officer_naming_no_body_speaks_for_the_organisation_named_just_before(tagged_nlp):
    # `ein Sprecher` with no owner after `Die ÖBB` in the sentence before: their spokesman,
    # the organisation's side; with no organisation named in the two sentences he stays no one's
    text = ("Die ÖBB haben am Montag neue Fahrpläne vorgestellt. "
            "Die Züge sollen ab Dezember öfter fahren, sagte ein Sprecher.")
    assert sides(tagged_nlp, text)[-1] == ("ein Sprecher", "AUT")
    text = ("Der Sommer war heiß. Am Montag wurde es kühler. "
            "Die Züge sollen ab Dezember öfter fahren, sagte ein Sprecher.")
    assert sides(tagged_nlp, text)[-1][1] == ""


def test_an_organisation_named_in_full_before_its_abbreviation_speaks_for_its_side(tagged_nlp):
    # organisations.csv: the migration agency and the Swiss economics secretariat by their full names
    assert sides(tagged_nlp, "Die Internationale Organisation für Migration (IOM) erklärte, die Lager seien voll.") == [
        ("Die Internationale Organisation für Migration (IOM)", "OTHER")]
    assert sides(tagged_nlp, "Das Staatssekretariat für Wirtschaft teilte mit, die Exporte seien gesunken.") == [
        ("Das Staatssekretariat für Wirtschaft", "CHE")]
    # negative: an office of no known body keeps no side
    assert sides(tagged_nlp, "Das Sekretariat für Wirtschaft teilte mit, die Exporte seien gesunken.")[0][1] == ""


def test_a_prosecution_without_its_seat_in_a_report_from_its_country_is_the_datelines(tagged_nlp):
    # `Florenz – … in Florenz … Die Staatsanwaltschaft fordert …`: every place named lies in the dateline's country
    text = ("Florenz – In Florenz hat der Prozess gegen den Kapitän begonnen. "
            "Die Staatsanwaltschaft fordert eine Haftstrafe von zehn Jahren.")
    assert sides(tagged_nlp, text)[-1] == ("Die Staatsanwaltschaft", "ITA")
    # negative: a place of another country named (`Sydney – … in Nauru`): still no side
    text = ("Sydney – In Nauru hat der Prozess gegen den Flüchtling begonnen. "
            "Die Staatsanwaltschaft fordert eine Haftstrafe von zwei Monaten.")
    assert sides(tagged_nlp, text)[-1] == ("Die Staatsanwaltschaft", "")
