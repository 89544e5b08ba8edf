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
