"""Dates and places go to the clause they belong to, read from the parse."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.attach import Attachment
from pipeline.knowledge import load_knowledge

REPORT_NOUNS = load_knowledge().cues.report_nouns


def _fits(parser, sentence, trigger, candidate, place=False):
    attach = Attachment(parser(sentence)[:], sentence, REPORT_NOUNS)
    t, c = sentence.index(trigger), sentence.index(candidate)
    return attach.fits(t, t + len(trigger), c, c + len(candidate), place=place)


@pytest.mark.parametrize(
    ("sentence", "trigger", "candidate", "expected"),
    [
        # an apposition's relative clause dates its own verb, not the main one
        (
            "Damiba, who seized power in January, resigned on Sunday.",
            "resigned",
            "in January",
            False,
        ),
        ("Damiba, who seized power in January, resigned on Sunday.", "resigned", "on Sunday", True),
        # the date of reporting is not the date of a noun event inside the report
        (
            "The army said on Tuesday that the resumption of hostilities worried it.",
            "hostilities",
            "on Tuesday",
            False,
        ),
        # a parenthesis about the president says nothing of the coup
        (
            "Soldiers overthrew the president (who took power in January, in Lome) on Monday.",
            "overthrew",
            "Lome",
            False,
        ),
        (
            "Soldiers overthrew the president (who took power in January, in Lome) on Monday.",
            "overthrew",
            "on Monday",
            True,
        ),
        # the trigger's own clause, and its own subordinate clause
        (
            "On 12 July 2020, militants killed 5 farmers in the village of Boulgou.",
            "killed",
            "On 12 July 2020",
            True,
        ),
        ("Militants attacked the village on Monday, killing 12.", "killing", "on Monday", True),
        (
            "The peace accord that the rebels signed eight years ago is dead.",
            "peace accord",
            "eight years ago",
            True,
        ),
        # an act reported in a statement takes the statement's date
        (
            "Niger's army said it had arrested the mayor and dissolved the council, in a"
            " statement broadcast on national radio early on Friday.",
            "dissolved",
            "early on Friday",
            True,
        ),
        (
            "The junta said it had detained two ministers, in a communique issued on Tuesday.",
            "detained",
            "on Tuesday",
            True,
        ),
    ],
)
def test_a_date_belongs_to_its_clause(parser, sentence, trigger, candidate, expected):
    assert _fits(parser, sentence, trigger, candidate) is expected


def test_a_date_never_crosses_a_parenthesis_even_without_a_parse():
    sentence = "The junta (formed in May) signed the deal."
    attach = Attachment(None, sentence, REPORT_NOUNS)
    t, c = sentence.index("signed"), sentence.index("in May")
    assert not attach.fits(t, t + 6, c, c + 6)


def test_a_trigger_spanning_a_subject_and_its_verb_climbs_from_the_verb():
    # "leaders agreed" parsed with "leaders" in apposition to "Tiani": the clause is the
    # verb's, so the summit's date reaches it (built by hand: the parser's choice varies)
    words = ["At", "a", "summit", "in", "May", ",", "Tiani", "and", "the", "leaders", "agreed"]
    heads = [10, 2, 0, 2, 3, 10, 10, 6, 9, 6, 10]
    deps = ["prep", "det", "pobj", "prep", "pobj", "punct", "nsubj", "cc", "det", "appos", "ROOT"]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "DET", "NOUN", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    text = doc.text
    attach = Attachment(doc[:], text, REPORT_NOUNS)
    t, d = text.index("leaders agreed"), text.index("in May")
    assert attach.fits(t, t + len("leaders agreed"), d, d + len("in May"))
