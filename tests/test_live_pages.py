"""A live page heads its posts with their time alone: what a post tells happened that day."""

from datetime import date

import pytest
from mention_types import mentions_of

PUBLISHED = date(2024, 3, 9)
TOLD = "Residents say troops have cut mobile internet in the whole region."


def _cut_days(extractor, body):
    return [
        m.date.date_start
        for m in mentions_of(PUBLISHED, extractor, body)
        if m.trigger.category == "Communications cut"
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"Posted at 16:05\nNetwork down\n\n{TOLD}\n\nPosted at 11:40\nA calm morning\n\nShops"
        " opened late in the market.\n\nPosted at 08:10\nGood morning\n\nWelcome to our page.",
        f"16:05 GMT - {TOLD}\n\n11:40 GMT - Shops opened late.\n\n08:10 GMT - Welcome.",
    ],
)
def test_a_post_under_a_time_heading_happened_on_the_pages_day(extractor, body):
    assert _cut_days(extractor, body) == [PUBLISHED]


def test_one_time_in_an_article_makes_no_live_page(extractor):
    body = (
        "The curfew starts at 19:00 - the governor said so.\n\nSchools stay closed. Buses run."
        f" Fuel is short.\n\n{TOLD}\n\nShops opened late."
    )
    assert _cut_days(extractor, body) == []


def test_the_times_an_ordinary_article_was_published_and_updated_make_no_live_page(extractor):
    body = (
        "Published at 09:15 GMT\nUpdated at 14:02 GMT\nLast updated 16:20 GMT\n\nSchools stay"
        f" closed. Buses run. Fuel is short.\n\n{TOLD}\n\nShops opened late."
    )
    assert _cut_days(extractor, body) == []
