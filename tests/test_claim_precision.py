"""Words that look like claims but state no position, and claims of the wrong type, on the bundled model
(invented sentences; each rule with a negative that must stay as it was)."""


def claims(nlp, text):
    return [(c.actor, c.claim_type) for c in nlp(text)._.claims]


def test_intolerable_conditions_blame(tagged_nlp):
    # `inakzeptable Zustände` (german.csv grievance_noun): said of conditions, the intolerable word accuses
    assert claims(tagged_nlp, "Werner Faymann nannte als Beispiel ein Heim in Salzburg, wo teils inakzeptable "
                              "hygienische Zustände herrschen.") == [("Werner Faymann", "ACCUSATION")]
    # negatives: an option or a deal's conditions called unacceptable are refused
    assert claims(tagged_nlp, "Eine Erhöhung der Steuern sei inakzeptabel, sagte Werner Faymann.") \
        == [("Werner Faymann", "REJECTION")]
    assert claims(tagged_nlp, "Die Bedingungen der Gläubiger seien inakzeptabel, sagte Werner Faymann.") \
        == [("Werner Faymann", "REJECTION")]


def test_a_necessity_in_the_unreal_alternative_refuses_nothing(tagged_nlp):
    # `Sonst wäre … nicht nötig` (german.csv otherwise_adverb): a reason for the criticism before, no rejection
    assert claims(tagged_nlp, "Die Abgeordnete Maria Huber (FPÖ) erklärte: Die Polizei ist für junge Leute nicht "
                              "attraktiv. Sonst wäre diese teure Kampagne nicht nötig.") \
        == [("Maria Huber", "STATEMENT"), ("Maria Huber", "STATEMENT")]
    # negatives: `nicht nötig` without the alternative refuses, `sonst sei … nötig` (Konjunktiv I) demands
    assert claims(tagged_nlp, "Werner Faymann sagte, neue Steuern seien nicht nötig.") == [("Werner Faymann", "REJECTION")]
    assert claims(tagged_nlp, "Werner Faymann sagte, sonst sei eine Reform nötig.") == [("Werner Faymann", "DEMAND")]


def test_a_count_given_is_no_position(tagged_nlp):
    # `sprach von 45.000 Teilnehmern` (german.csv count_preposition, figure_word): a figure, no claim
    assert claims(tagged_nlp, "Die IG Metall sprach von 45.000 Teilnehmern, davon 16.000 vor dem Kanzleramt in Berlin.") == []
    assert claims(tagged_nlp, "Die SPÖ sprach von bis zu 3000 Teilnehmern.") == []
    # negatives: a judgement of the number, or no number, takes a position
    assert claims(tagged_nlp, "Die SPÖ sprach von 500 fehlenden Lehrern.") == [("SPÖ", "STATEMENT")]
    assert claims(tagged_nlp, "Die SPÖ sprach von 3000 Arbeitslosen zu viel.") == [("SPÖ", "STATEMENT")]
    assert claims(tagged_nlp, "Die SPÖ sprach von einem Skandal.") == [("SPÖ", "ACCUSATION")]


def test_an_experts_advice_to_private_persons_is_no_demand(tagged_nlp):
    # `sollte` (german.csv advice_modal) of an expert, with no public body or other side in the sentence: a tip
    assert claims(tagged_nlp, "Man sollte die Winterreifen rechtzeitig wechseln, sagte der Experte Max Huber.") == []
    assert claims(tagged_nlp, "Hobbygärtner sollten die Rosen erst im März schneiden, sagte der Gartenexperte "
                              "Max Huber.") == []
    # negatives: what an expert asks of the state, on a policy field, or what he says must be, stays a demand
    assert claims(tagged_nlp, "Es sollte mehr in die Schulpsychologie investiert werden, sagte die Expertin "
                              "Anna Huber.") == [("Anna Huber", "DEMAND")]
    assert claims(tagged_nlp, "Der Staat sollte mehr Geld für die Forschung ausgeben, sagte der Wirtschaftsforscher "
                              "Max Huber.") == [("Max Huber", "DEMAND")]
    assert claims(tagged_nlp, "Man muss die Winterreifen rechtzeitig wechseln, sagte der Experte Max Huber.") \
        == [("Max Huber", "DEMAND")]


def test_the_side_a_summoning_verb_names_is_the_addressee(tagged_nlp):
    def addressees(text):
        return [(c.claim_type, c.addressee_country) for c in tagged_nlp(text)._.claims]
    # `forderte X auf, …` (german.csv summoning_stem with `auf`): X is asked to act, not a side the infinitive names
    assert addressees("Die ungarische Regierung forderte Deutschland auf, die Grenzen zu Österreich zu schließen.") \
        == [("DEMAND", "DEU")]
    assert addressees("Der Internationale Strafgerichtshof hatte Südafrika zuvor aufgerufen, den sudanesischen "
                      "Staatschef zu verhaften.") == [("DEMAND", "ZAF")]
    # negative: `fordern` without `auf` names what is demanded; the side in its words stays the addressee
    assert addressees("Die ungarische Regierung forderte, dass Deutschland die Grenzen schließe.") == [("DEMAND", "DEU")]


def test_a_report_laid_before_someone_is_no_proposal(tagged_nlp):
    # `vorlegen` (cues.csv excludes: Bericht, Studie, Zahlen, Gutachten …): a report presented, an event
    assert claims(tagged_nlp, "Innenministerin Johanna Mikl-Leitner legte am Montag den Jahresbericht vor.") == []
    assert claims(tagged_nlp, "Die Wirtschafts- und Korruptionsstaatsanwaltschaft hat im Mai ihren ersten "
                              "Vorhabensbericht vorgelegt.") == []
    # negatives: a bill or a plan laid before parliament proposes
    assert claims(tagged_nlp, "Innenministerin Johanna Mikl-Leitner legte am Montag einen Gesetzesentwurf vor.") \
        == [("Johanna Mikl-Leitner", "PROPOSAL")]
    assert claims(tagged_nlp, "Die ÖVP hat einen Plan zur Steuerreform vorgelegt.") == [("ÖVP", "PROPOSAL")]


def test_calling_a_plan_into_question_rejects_it(tagged_nlp):
    # `infrage stellen` (cues.csv) of a plan or deal: a rejection; of an actor's standing (the row that requires
    # Legitimität, Glaubwürdigkeit …): an accusation (codebook: Legitimität in Zweifel ziehen)
    assert claims(tagged_nlp, "Die FPÖ stellt das geplante Gesetz zur Mindestsicherung infrage.") == [("FPÖ", "REJECTION")]
    assert claims(tagged_nlp, "Das Projekt wird von der SPÖ mit einem eigenen Konzept infrage gestellt.") \
        == [("SPÖ", "REJECTION")]
    # negatives: an actor's legitimacy or credibility called into question is blamed
    assert claims(tagged_nlp, "Die FPÖ stellt die Glaubwürdigkeit der Ministerin infrage.") == [("FPÖ", "ACCUSATION")]
    assert claims(tagged_nlp, "Die FPÖ stellte die Legitimität des Bundespräsidenten infrage.") == [("FPÖ", "ACCUSATION")]


def test_a_possible_measure_put_forward_proposes_it(tagged_nlp):
    # `X wäre / sei eine (mögliche) Maßnahme / Lösung / Option` (cues.csv content row): a step put forward
    text = "Werner Faymann sagte, man müsse mehr tun. Eine Senkung der Lohnsteuer wäre etwa eine mögliche Maßnahme."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "DEMAND"), ("Werner Faymann", "PROPOSAL")]
    text = "Werner Faymann sagte, man müsse mehr tun. Eine Senkung der Lohnsteuer sei eine denkbare Option."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "DEMAND"), ("Werner Faymann", "PROPOSAL")]
    # negatives: `keine Lösung` proposes nothing; a verdict that is no measure stays a statement
    text = "Werner Faymann sagte, man müsse mehr tun. Eine Senkung der Lohnsteuer wäre keine Lösung."
    assert [t for _, t in claims(tagged_nlp, text)][1] != "PROPOSAL"
    text = "Werner Faymann sagte, man müsse mehr tun. Eine Senkung der Lohnsteuer sei eine Katastrophe."
    assert claims(tagged_nlp, text) == [("Werner Faymann", "DEMAND"), ("Werner Faymann", "STATEMENT")]
    # negative: an aim said to be a solution (`sei eine Lösung`, reported `ist`) puts no step forward
    assert claims(tagged_nlp, "Werner Faymann sagte, das Ziel sei eine Lösung, die für alle Seiten annehmbar sei.") \
        == [("Werner Faymann", "STATEMENT")]
