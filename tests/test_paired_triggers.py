"""An act and its object told apart, or in the other order, still make the act's event."""

from datetime import date

import pytest
from mention_types import mentions_of

PUBLISHED = date(2024, 3, 15)


def _acts(extractor, body):
    return [
        (m.trigger.category, m.date.date_start if m.date else None)
        for m in mentions_of(PUBLISHED, extractor, body)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the object first, the act after a long apposition
        (
            "The local elections, which donors had paid for and observers had trained for, were"
            " postponed on Monday.",
            ("Vote postponed", date(2024, 3, 11)),
        ),
        # the act first, its object after a phrase set off by commas
        (
            "On 12 March, the three governments signed, after two days of talks, a charter on"
            " mutual defence.",
            ("Agreement", date(2024, 3, 12)),
        ),
        # the object is what the act's object is made of
        (
            "On 12 March, the junta dissolved the federation of the student unions.",
            ("Ban", date(2024, 3, 12)),
        ),
        # a decision a verb of announcing reports, far from it: dated by the statement
        (
            "On 12 March, the electoral commission announced that the local elections, whose"
            " voter lists had been checked by foreign experts in every commune, would be"
            " postponed.",
            ("Vote postponed", date(2024, 3, 12)),
        ),
        # a decision the government said would be carried out: said is announced
        (
            "The transitional government said on Tuesday that the presidential election,"
            " planned for February, would be slightly delayed for technical reasons.",
            ("Vote postponed", date(2024, 3, 12)),
        ),
        # an act done to "it" is done to the pair's noun told before it
        (
            "The junta had promised a referendum for the spring; on 12 March it postponed it"
            " without a new date.",
            ("Vote postponed", date(2024, 3, 12)),
        ),
        # "it" may stand for a name whose first word is the pair's noun
        (
            "Radio Liberté had aired the speech of the rebel leader, and on 12 March the"
            " regulator suspended it.",
            ("Ban", date(2024, 3, 12)),
        ),
        # a participle told of the noun it follows
        (
            "The revised constitution, ratified on 12 March by the transition's parliament,"
            " creates a senate of chiefs.",
            ("Constitution change", date(2024, 3, 12)),
        ),
    ],
)
def test_an_act_told_apart_from_its_object_is_an_event(extractor, body, expected):
    assert expected in _acts(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # the act is done to something else: the election only names what the meeting is about
        "On 12 March, officials postponed the meeting that was to discuss the cost of the"
        " election.",
        # "it" stands for a subject or an object, not for a noun's modifier
        "On 12 March, after the election commission sent its audit, the ministry postponed it.",
        # both words, no link: the charter was not signed that day
        "On 12 March, the minister signed a decree; the charter drafted in 2023 is still debated.",
    ],
)
def test_the_two_words_unlinked_make_no_such_event(extractor, body):
    categories = [c for c, _ in _acts(extractor, body)]
    assert "Vote postponed" not in categories and "Agreement" not in categories


def test_a_postponement_only_foreseen_stays_no_event(extractor):
    body = (
        "On 12 March, observers said that the local elections, whose voter lists had been"
        " checked by foreign experts in every commune, would be postponed if the fighting went on."
    )
    assert "Vote postponed" not in [c for c, _ in _acts(extractor, body)]
