"""Actor matching and the trigger filters, on sentences a reader can judge."""

import pytest

from pipeline.actors import ActorMatcher, actor_name
from pipeline.knowledge import load_knowledge
from pipeline.nlp import join_abbreviations, make_nlp, sentence_spans
from pipeline.textnorm import fold
from pipeline.triggers import Words, find_triggers, is_anaphoric, is_hypothetical

KNOWLEDGE = load_knowledge()


@pytest.fixture(scope="module")
def actors():
    nlp = make_nlp()
    matcher = ActorMatcher(nlp, KNOWLEDGE.actors)
    return lambda text: [(m.text, m.name) for m in matcher.find(nlp(fold(text)), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters of the CMA took Bourem.", [("cma", "Coordination of Azawad Movements")]),
        (
            "La Coordination des Mouvements de l'Azawad a pris Bourem.",
            [("coordination des mouvements de l'azawad", "Coordination of Azawad Movements")],
        ),
        ("ASSIMI GOÏTA spoke.", [("assimi goita", "Assimi Goïta")]),
        ("Assimi Goita spoke.", [("assimi goita", "Assimi Goïta")]),
        (
            "Attacks by al-Qaeda in the Islamic Maghreb rose.",
            [("al-qaeda in the islamic maghreb", "Al-Qaeda in the Islamic Maghreb")],
        ),
        ("The GSIM claimed it.", [("gsim", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")]),
        ("Nothing here but Mali.", []),
        # a person named in full is found again by the surname alone, capitalised
        (
            "President Roch Kaboré spoke. Kaboré declared a state of emergency.",
            [
                ("roch kabore", "Roch Marc Christian Kaboré"),
                ("kabore", "Roch Marc Christian Kaboré"),
            ],
        ),
        (
            "Kaboré spoke before President Roch Kaboré.",
            [("roch kabore", "Roch Marc Christian Kaboré")],
        ),
        # a state's ministries and legislature act for its government, as ACLED codes them
        (
            "The National Assembly approved the text.",
            [("national assembly", "Government of {country}")],
        ),
        ("The defence ministry barred NGOs.", [("defence ministry", "Government of {country}")]),
    ],
)
def test_actors_are_matched_whatever_the_case_accents_and_language(actors, text, expected):
    assert actors(text) == expected


def test_a_generic_actor_takes_the_country_it_is_given(actors):
    matcher = ActorMatcher(make_nlp(), KNOWLEDGE.actors)
    nlp = make_nlp()
    text = "The national army withdrew."
    (mention,) = matcher.find(nlp(fold(text)), text)
    assert actor_name(mention, "Niger") == "Military Forces of Niger"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The national army withdrew.", "Military Forces"),
        ("The junta refused.", "Government"),
        ("Villagers fled.", "Civilians"),
    ],
)
def test_a_generic_actor_with_no_country_known_keeps_a_whole_name(text, name):
    matcher = ActorMatcher(make_nlp(), KNOWLEDGE.actors)
    (mention,) = matcher.find(make_nlp()(fold(text)), text)
    assert actor_name(mention, "") == name


def _first(sentence: str):
    folded = fold(sentence)
    return Words(folded), find_triggers(folded, KNOWLEDGE.triggers)[0]


@pytest.mark.parametrize(
    ("sentence", "hypothetical"),
    [
        ("Rebels attacked the camp on Monday.", False),
        ("Such a move would be construed as a declaration of war.", True),
        ("The treaty covers any attack on a member.", True),
        ("They pledged to prevent attacks.", True),
        ("Officials fear clashes could erupt.", True),
        ("Clashes could erupt, officials fear.", True),
        ("Macron announced that the troops would leave Niger.", False),
        ("The junta demanded that France withdraw.", True),
        ("Troops did not withdraw.", True),
    ],
)
def test_hypotheticals_are_told_from_reports(sentence, hypothetical):
    words, trigger = _first(sentence)
    assert is_hypothetical(words, trigger, KNOWLEDGE.cues) is hypothetical


@pytest.mark.parametrize(
    ("sentence", "anaphoric"),
    [
        ("In response to the coup, ECOWAS met.", True),
        ("The accord, known as the charter, binds them.", True),
        ("The bloc ordered the activation of its standby force.", False),
        ("Leaders of the Nigerien coup met.", True),
        ("A coup toppled the president.", False),
        ("The charter was signed in Bamako.", False),
    ],
)
def test_references_to_earlier_events_are_recognised(sentence, anaphoric):
    words, trigger = _first(sentence)
    assert is_anaphoric(words, trigger, KNOWLEDGE.cues) is anaphoric


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The last soldiers left Mali on Monday.", "Withdrawal"),
        ("The flood left 12 dead.", None),
        ("Soldiers detained President Bazoum.", "Coup"),
        ("Police detained three journalists.", "Arrest"),
        ("Rebels have taken control of the town.", "Territory seized"),
        ("The army retook the town.", "Territory retaken"),
        ("The officers suspended the constitution.", "Coup"),
        ("Soldiers mutinied at two barracks.", "Mutiny"),
        ("Both states recalled their ambassadors.", "Diplomatic break"),
        ("The leaders decided to close their borders.", "Sanctions"),
        ("The bloc froze the country's assets.", "Sanctions"),
        ("The town lies close to the border.", None),
        ("The crowd was dispersed by warning shots.", "Protest"),
        ("Soldiers fired warning shots at the marchers.", "Protest"),
        ("Police dispersed the crowd.", "Protest"),
        ("The general declared himself head of a transitional council.", "Power claimed"),
        ("The villagers had to disperse into the bush.", None),
        ("The minister warned of more attacks.", "Threat"),
    ],
)
def test_trigger_words_need_their_context(sentence, category):
    folded = fold(sentence)
    place_starts = frozenset({folded.index("mali")}) if "mali" in folded else frozenset()
    found = find_triggers(folded, KNOWLEDGE.triggers, place_starts)
    assert (found[0].category if found else None) == category


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Rebels took Bourem after fighting. [Reuters] Troops left Gao.",
            ["Rebels took Bourem after fighting.", "[Reuters] Troops left Gao."],
        ),
        (
            'He said: "We won." Then (AFP) troops left. "Quote starts." End.',
            ['He said: "We won."', "Then (AFP) troops left.", '"Quote starts."', "End."],
        ),
        ("First line\n\nSecond paragraph.", ["First line", "Second paragraph."]),
    ],
)
def test_sentences_keep_their_brackets_and_quotes(text, sentences):
    spans = sentence_spans(make_nlp()(fold(text)))
    assert [text[a:b] for a, b in spans] == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Lt. Col. Paul-Henri Damiba spoke on Monday. Gen. Tiani agreed.",
            ["Lt. Col. Paul-Henri Damiba spoke on Monday.", "Gen. Tiani agreed."],
        ),
        (
            "The boat was hit on Sept. 1 near Gao. On Aug. 13 the mission left Ber.",
            ["The boat was hit on Sept. 1 near Gao.", "On Aug. 13 the mission left Ber."],
        ),
        (
            "The U.N. mission left at 11 a.m. on Thursday. Troops came.",
            ["The U.N. mission left at 11 a.m. on Thursday.", "Troops came."],
        ),
        (
            "They fled to the U.S. The army stayed in Gao. Ten soldiers died.",
            ["They fled to the U.S.", "The army stayed in Gao.", "Ten soldiers died."],
        ),
    ],
)
def test_an_abbreviation_full_stop_does_not_end_the_sentence(text, sentences):
    cut = KNOWLEDGE.cues.abbreviations
    spans = sentence_spans(make_nlp()(fold(text)))
    joined = join_abbreviations(text, spans, cut.titles, cut.before_numbers)
    assert [text[a:b] for a, b in joined] == sentences
