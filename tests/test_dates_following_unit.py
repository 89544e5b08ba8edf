"""'The following month' after a month told ("In March 2023, ... The following month") is the
month after it, and 'the following year' after a year told is the year after; after a day told
they count from that day, as before."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

PUBLISHED = date(2024, 4, 25)


@pytest.mark.parametrize(
    ("body", "trigger", "span"),
    [
        (
            "In March 2023, the junta suspended all broadcasts by the France 24 news channel."
            " The following month the correspondents of Liberation and Le Monde were expelled.",
            "expelled",
            (date(2023, 4, 1), date(2023, 4, 30)),
        ),
        (
            "In 2019, the army retook the town of Boni. The following year, jihadists attacked"
            " Boni again.",
            "attacked",
            (date(2020, 1, 1), date(2020, 12, 31)),
        ),
        (
            "On 3 March 2023, the junta suspended France 24. The following month the"
            " correspondents of Liberation and Le Monde were expelled.",
            "expelled",
            (date(2023, 4, 1), date(2023, 4, 30)),
        ),
    ],
)
def test_the_following_unit_counts_from_the_span_told_last(extractor, body, trigger, span):
    found = only_mention(mentions_of(PUBLISHED, extractor, body), trigger)
    assert (found.date.date_start, found.date.date_end) == span
