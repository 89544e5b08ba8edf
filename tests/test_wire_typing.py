"""Wire phrasings of what an act struck: a vehicle that "hit an improvised explosive", "raids on
villages" whose "on" the parser hangs on the verb before."""

from datetime import date

import pytest

from pipeline.records import Article

PUBLISHED = date(2022, 7, 16)  # a Saturday


def _types(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return [(m.trigger.text, m.trigger.event_type) for m in extractor.extract(article).mentions]


@pytest.mark.parametrize(
    "body",
    [
        "Two soldiers were killed on Monday when their vehicle hit an improvised explosive near"
        " Kandi in Benin.",
        "Three soldiers died on Monday after their truck struck improvised explosives near Djibo.",
    ],
)
def test_an_improvised_explosive_without_device_is_an_explosion(extractor, body):
    types = {event_type for _, event_type in _types(extractor, body)}
    assert types == {"Explosions/Remote violence"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gunmen staged raids on villages in northern Togo on Thursday night.",
            "Violence against civilians",
        ),
        (
            "Gunmen staged raids on army positions in northern Togo on Thursday night.",
            "Battles",
        ),
    ],
    ids=["villages", "army-positions"],
)
def test_raids_on_what_they_struck_are_typed_by_it(extractor, body, expected):
    (raid,) = [t for t in _types(extractor, body) if t[0] == "raids"]
    assert raid[1] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Soldiers seized weapons and improvised explosives on Sunday during a search near Mopti.",
        "Jihadists increasingly rely on improvised explosives, the report said.",
    ],
)
def test_improvised_explosives_seized_or_spoken_of_are_no_explosion(extractor, body):
    assert "Explosions/Remote violence" not in {t for _, t in _types(extractor, body)}


def test_a_decision_told_with_will_and_said_after_it_is_made(extractor):
    """ "The junta will postpone the referendum, a spokesperson said on Friday": the statement
    makes the decision; "will" alone, with no one saying it, stays a plan."""
    body = (
        "Mali's ruling junta will postpone a constitutional referendum, a government spokesperson"
        " said in a statement read to the press on Friday."
    )
    friday = date(2022, 7, 15)  # published the day the statement was read
    article = Article(article_id="a", title="Test", published=friday, body=body)
    (decision,) = extractor.extract(article).mentions
    assert decision.trigger.category == "Vote postponed"
    assert (decision.date.date_start, decision.status) == (friday, "occurred")


def test_a_decision_told_with_will_and_no_one_saying_it_stays_a_plan(extractor):
    body = "Mali's ruling junta will postpone a constitutional referendum."
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    assert extractor.extract(article).mentions == ()


@pytest.mark.parametrize(
    "body",
    [
        "Neither ministry said on Friday whether the two ambassadors would be recalled.",
        "Paris has since said it will leave its bases in Kidal and Tessalit by early next year.",
    ],
    ids=["a-question", "a-plan-no-decree"],
)
def test_what_a_statement_leaves_open_or_plans_is_no_decision_made(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    assert [m for m in extractor.extract(article).mentions if m.status == "occurred"] == []
