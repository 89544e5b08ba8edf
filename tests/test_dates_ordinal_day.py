"""A chronology's "On the 28th": the day of the month told before it, as a reader counts it."""

from datetime import date

import pytest

from pipeline.dates import find_dates

D = date.fromisoformat
PUBLISHED = D("2022-09-30")

CHRONOLOGY = (
    "On January 24, soldiers announced that they had seized power. On the 25th, ECOWAS"
    " condemned the putsch. On the 28th, ECOWAS suspended Burkina, followed by the African"
    " Union on the 31st. The same day, the junta restored the Constitution."
)


def test_each_ordinal_day_of_a_chronology_is_a_day_of_the_month_told():
    found = [(m.text, m.date_start, m.precision) for m in find_dates(CHRONOLOGY, PUBLISHED)]
    assert found == [
        ("On January 24", D("2022-01-24"), "day"),
        ("On the 25th", D("2022-01-25"), "day"),
        ("On the 28th", D("2022-01-28"), "day"),
        ("The same day", D("2022-01-28"), "day"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month told: that day of it
        ("In March, the army moved north. On the 2nd, it attacked Djibo.", D("2022-03-02")),
        # a day told later in its month: the ordinal is of the month after
        ("On 27 July, troops left. On the 3rd, they came back.", D("2022-08-03")),
        # across the year's end
        ("On 30 December 2021, troops left. On the 2nd, they came back.", D("2022-01-02")),
    ],
)
def test_an_ordinal_day_counts_from_the_last_time_told(text, expected):
    assert find_dates(text, PUBLISHED)[-1].date_start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 28th, troops fired on the convoy.", D("2022-09-28")),
        ("On the 31st, troops fired on the convoy.", D("2022-08-31")),  # September has none
    ],
)
def test_an_ordinal_day_with_nothing_told_before_is_the_latest_up_to_publication(text, expected):
    (found,) = find_dates(text, PUBLISHED)
    assert (found.date_start, found.precision) == (expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, troops left. On the 3rd, they came back.",  # a year: which month?
        "In April, troops left. On the 31st, they came back.",  # April has no 31st
        "On 20 September, troops left. On the 3rd, they came back.",  # October: after publication
    ],
)
def test_an_ordinal_day_with_no_month_to_count_from_is_no_date(text):
    assert not [m for m in find_dates(text, PUBLISHED) if "the 3rd" in m.text or "28th" in m.text]
    assert not [m for m in find_dates(text, PUBLISHED) if "31st" in m.text]


@pytest.mark.parametrize(
    "text",
    [
        "In March, the 28th Battalion attacked Djibo.",
        "In March, troops of the 3rd region attacked Djibo.",
        "In March, on the 3rd anniversary of the coup, crowds gathered.",
    ],
)
def test_an_ordinal_before_its_noun_is_no_day(text):
    assert [m.text for m in find_dates(text, PUBLISHED)] == ["In March"]


def test_an_ordinal_inside_a_sentence_may_be_another_clauses_day():
    # the day the army entered, not the days of the strikes before it: left undated
    text = (
        "In November last year, drones struck Kidal repeatedly in the days before the army"
        " entered the town on the 14th."
    )
    assert [m.text for m in find_dates(text, PUBLISHED)] == ["In November last year"]


def test_an_ordinal_day_still_to_come_in_the_month_told_is_of_the_month_before():
    text = "The army said on Tuesday that the situation was calm. On the 28th, gunmen attacked."
    found = find_dates(text, D("2023-05-10"))
    assert [(m.text, m.date_start) for m in found] == [
        ("on Tuesday", D("2023-05-09")),
        ("On the 28th", D("2023-04-28")),
    ]
