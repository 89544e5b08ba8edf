"""The shortcuts that keep the build fast give the parse and the triggers of the slow way."""

import pytest
import spacy

from pipeline.attribute_lookup import supported, use_lookup_ruler
from pipeline.knowledge import load_knowledge
from pipeline.lemma_memo import use_memo_lemmatizer
from pipeline.nlp import MODEL, UNUSED
from pipeline.textnorm import fold
from pipeline.trigger_index import TriggerIndex
from pipeline.triggers import find_triggers

# Our own sentences, chosen to reach the ruler's rarer patterns: contractions ("ain't",
# "gonna", "let's"), "it" as an object, "there were", determiners standing alone, spaces.
SENTENCES = [
    "Gunmen attacked the market in the morning and burned  two shops before fleeing.",
    "There were no soldiers at the post, and that is what the villagers ain't forgetting.",
    "\"We're gonna rebuild it,\" said a trader who has seen this before; let's hope so.",
    "The army didn't confirm the toll, but those who buried the dead counted 12 bodies.",
    "Did the convoy reach Djibo? It had left on Monday with 40 trucks , a resident said.",
    "Nothin' was left of the school after the fire , which the mayor blamed on y'all.",
]


@pytest.fixture(scope="module")
def two_parsers():
    """The model as spaCy ships it, and the same model with the lookup ruler and the
    lemmatizer that remembers its answers."""
    plain = spacy.load(MODEL, exclude=list(UNUSED))
    fast = spacy.load(MODEL, exclude=list(UNUSED))
    use_lookup_ruler(fast)
    use_memo_lemmatizer(fast)
    return plain, fast


def test_the_model_is_loaded_with_the_lookup_ruler(parser):
    assert type(parser.get_pipe("attribute_ruler")).__name__ == "LookupAttributeRuler"


def test_the_model_is_loaded_with_the_lemmatizer_that_remembers(parser):
    assert type(parser.get_pipe("lemmatizer")).__name__ == "MemoLemmatizer"


def test_the_shortcuts_give_every_tag_lemma_and_feature_of_spacys(two_parsers):
    plain, fast = two_parsers
    for text in [*SENTENCES, *SENTENCES]:  # the second time, the lemmas come from the memo
        expected = [(t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_) for t in plain(text)]
        got = [(t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_) for t in fast(text)]
        assert got == expected, text


def test_the_contractions_are_lemmatised_by_the_ruler_not_left_as_written(two_parsers):
    _, fast = two_parsers
    lemmas = {t.text: t.lemma_ for t in fast("They ai n't gonna leave.")}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"


@pytest.mark.parametrize(
    "pattern",
    [
        [{"POS": "NOUN"}],  # an attribute the lookup does not read
        [{"LOWER": {"FUZZY": "attack"}}],  # an operator it does not know
        [{"TAG": "NN", "OP": "+"}],  # a repeated token
    ],
)
def test_a_ruler_with_patterns_the_lookup_cannot_read_keeps_spacys_matcher(pattern):
    rules = [{"patterns": [pattern], "attrs": {"LEMMA": "x"}, "index": 0}]
    assert not supported(rules)
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(rules)
    use_lookup_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


TRIGGER_SENTENCES = [
    "Militants ambushed a patrol and killed seven soldiers near the town.",
    "The counterattacks were repelled, the ministry said.",
    "Protesters gathered to demand the release of the mayor, who was abducted last week.",
    "The junta suspended the broadcaster and expelled the ambassador.",
    "Nothing happened in the reattacked village, where the wells were mined.",
]


@pytest.mark.parametrize("text", TRIGGER_SENTENCES)
def test_the_trigger_index_finds_what_trying_every_rule_finds(text):
    rules = load_knowledge().triggers
    folded = fold(text)
    assert find_triggers(folded, TriggerIndex(rules).candidates(folded)) == find_triggers(
        folded, rules
    )


def test_a_stem_inside_a_word_puts_no_rule_up_for_trial():
    index = TriggerIndex(load_knowledge().triggers)
    assert not any("attack" in rule.stems for rule in index.candidates("the counterattacks"))
    assert any("attack" in rule.stems for rule in index.candidates("the attacks"))
