"""Date phrases resolved against the publication date; expected spans worked out from a calendar.

Weekdays used below: 2023-09-15 Fri, 2023-09-16 Sat, 2023-09-17 Sun, 2023-09-18 Mon,
2023-09-19 Tue, 2023-10-08 Sun, 2023-10-12 Thu, 2023-01-10 Tue, 2024-03-01 Fri.
"""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import find_dates, resolve

D = date.fromisoformat

# phrase, published, date_start, date_end, precision
CASES = [
    # the seed articles' phrases
    ("on 16 September", "2023-09-18", "2023-09-16", "2023-09-16", "day"),
    ("On 12 September", "2023-09-18", "2023-09-12", "2023-09-12", "day"),
    ("On Saturday", "2023-09-17", "2023-09-16", "2023-09-16", "day"),
    ("Since the end of August", "2023-09-18", "2023-08-21", "2023-09-18", "range"),
    ("last year", "2023-09-18", "2022-01-01", "2022-12-31", "year"),
    ("earlier this year", "2023-09-18", "2023-01-01", "2023-09-18", "range"),
    ("until 31 December", "2023-09-18", "2023-12-31", "2023-12-31", "day"),
    ("in July", "2023-09-17", "2023-07-01", "2023-07-31", "month"),
    ("in 2022", "2023-09-17", "2022-01-01", "2022-12-31", "year"),
    ("in 2012", "2023-09-17", "2012-01-01", "2012-12-31", "year"),
    ("since 2020", "2023-09-17", "2020-01-01", "2023-09-17", "range"),
    ("in recent weeks", "2023-09-17", "2023-08-21", "2023-09-17", "range"),
    ("in recent years", "2023-09-18", "2018-09-18", "2023-09-18", "range"),
    ("last month", "2023-09-18", "2023-08-01", "2023-08-31", "month"),
    ("2015", "2023-09-18", "2015-01-01", "2015-12-31", "year"),
    (
        "on the night of Thursday into Friday last week",
        "2023-09-18",
        "2023-09-14",
        "2023-09-15",
        "range",
    ),
    # holidays on a fixed day: the latest one, or the year told
    ("on Christmas Eve", "2024-01-03", "2023-12-24", "2023-12-24", "day"),
    ("On New Year's Day", "2023-09-18", "2023-01-01", "2023-01-01", "day"),
    ("on Christmas Day 2019", "2023-09-18", "2019-12-25", "2019-12-25", "day"),
    ("on New Years Eve", "2023-09-18", "2022-12-31", "2022-12-31", "day"),
    # weekdays against different publication weekdays
    ("On Saturday", "2023-09-16", "2023-09-16", "2023-09-16", "day"),
    ("on Saturday", "2023-09-15", "2023-09-09", "2023-09-09", "day"),
    ("on Tuesday", "2023-09-18", "2023-09-12", "2023-09-12", "day"),
    ("on Tuesday", "2023-09-19", "2023-09-19", "2023-09-19", "day"),
    ("earlier Sunday", "2023-10-08", "2023-10-08", "2023-10-08", "day"),
    ("next Tuesday", "2023-09-19", "2023-09-26", "2023-09-26", "day"),
    ("last Tuesday", "2023-09-19", "2023-09-12", "2023-09-12", "day"),
    ("Saturday, 16 September 2023", "2023-09-18", "2023-09-16", "2023-09-16", "day"),
    ("at the weekend", "2023-09-18", "2023-09-16", "2023-09-17", "range"),
    ("at the weekend", "2023-09-17", "2023-09-16", "2023-09-17", "range"),
    ("last weekend", "2023-09-18", "2023-09-16", "2023-09-17", "range"),
    ("last weekend", "2023-09-17", "2023-09-09", "2023-09-10", "range"),
    ("the weekend's", "2023-09-19", "2023-09-16", "2023-09-17", "range"),
    ("midweek", "2023-09-18", "2023-09-12", "2023-09-14", "range"),
    ("mid-week", "2023-09-21", "2023-09-19", "2023-09-21", "range"),
    ("mid-week", "2023-09-20", "2023-09-12", "2023-09-14", "range"),
    # a deadline is its last day
    ("by the end of the year", "2023-09-26", "2023-12-31", "2023-12-31", "day"),
    ("by the end of next year", "2023-09-26", "2024-12-31", "2024-12-31", "day"),
    ("by the end of the month", "2023-09-26", "2023-09-30", "2023-09-30", "day"),
    # spans of days, the month first
    ("March 27-31, 2022", "2023-09-18", "2022-03-27", "2022-03-31", "range"),
    ("between June 18 and 19", "2023-09-18", "2023-06-18", "2023-06-19", "range"),
    ("from Aug. 24 to 26", "2023-09-18", "2023-08-24", "2023-08-26", "range"),
    ("on the night of June 18-19", "2023-09-18", "2023-06-18", "2023-06-19", "range"),
    # days, weeks, months relative to publication
    ("yesterday", "2023-10-12", "2023-10-11", "2023-10-11", "day"),
    ("today", "2023-10-12", "2023-10-12", "2023-10-12", "day"),
    ("overnight", "2023-10-12", "2023-10-11", "2023-10-12", "range"),
    ("last week", "2023-09-18", "2023-09-11", "2023-09-17", "week"),
    ("last week", "2023-09-17", "2023-09-04", "2023-09-10", "week"),
    # a past "this week" runs to publication (a Thursday), not to the Sunday to come
    ("this week", "2023-10-12", "2023-10-09", "2023-10-12", "range"),
    ("this month", "2023-10-12", "2023-10-01", "2023-10-12", "range"),
    ("next week", "2023-10-12", "2023-10-16", "2023-10-22", "week"),
    ("next month", "2023-12-15", "2024-01-01", "2024-01-31", "month"),
    ("last month", "2023-01-10", "2022-12-01", "2022-12-31", "month"),
    ("earlier this month", "2023-10-12", "2023-10-01", "2023-10-12", "range"),
    ("later this year", "2023-09-18", "2023-09-18", "2023-12-31", "range"),
    ("early last year", "2023-09-18", "2022-01-01", "2022-04-30", "range"),
    ("since last year", "2023-09-18", "2022-01-01", "2023-09-18", "range"),
    ("in recent days", "2023-09-18", "2023-09-12", "2023-09-18", "range"),
    ("in recent months", "2023-09-18", "2023-06-18", "2023-09-18", "range"),
    ("in the past two weeks", "2023-09-18", "2023-09-05", "2023-09-18", "range"),
    ("in the last 24 hours", "2023-09-18", "2023-09-17", "2023-09-18", "range"),
    ("three days ago", "2023-09-18", "2023-09-15", "2023-09-15", "day"),
    ("two weeks ago", "2023-09-18", "2023-09-02", "2023-09-06", "range"),
    ("a week ago", "2023-11-07", "2023-10-29", "2023-11-02", "range"),
    ("a few days ago", "2023-09-18", "2023-09-11", "2023-09-16", "range"),
    ("several weeks ago", "2023-09-18", "2023-08-07", "2023-09-04", "range"),
    # months and parts of them, across year boundaries
    ("in July", "2023-07-10", "2023-07-01", "2023-07-31", "month"),
    ("in July", "2023-06-30", "2022-07-01", "2022-07-31", "month"),
    ("in December", "2023-01-10", "2022-12-01", "2022-12-31", "month"),
    ("in December", "2024-12-05", "2024-12-01", "2024-12-31", "month"),
    ("last July", "2023-07-15", "2022-07-01", "2022-07-31", "month"),
    ("since January", "2023-09-18", "2023-01-01", "2023-09-18", "range"),
    ("mid-August", "2023-09-18", "2023-08-11", "2023-08-20", "range"),
    ("the end of October", "2023-11-05", "2023-10-21", "2023-10-31", "range"),
    ("in May 2021", "2023-09-18", "2021-05-01", "2021-05-31", "month"),
    ("from July to September", "2023-09-18", "2023-07-01", "2023-09-30", "range"),
    # explicit days
    ("on 7 October", "2023-10-12", "2023-10-07", "2023-10-07", "day"),
    ("7 October 2023", "2023-09-18", "2023-10-07", "2023-10-07", "day"),
    ("October 7, 2023", "2023-09-18", "2023-10-07", "2023-10-07", "day"),
    ("2023-10-07", "2023-09-18", "2023-10-07", "2023-10-07", "day"),
    ("Oct. 7", "2023-10-12", "2023-10-07", "2023-10-07", "day"),
    ("07/10/2023", "2023-10-12", "2023-10-07", "2023-10-07", "day"),
    ("on 31 December", "2024-01-02", "2023-12-31", "2023-12-31", "day"),
    ("until 31 December", "2023-12-31", "2023-12-31", "2023-12-31", "day"),
    # leap years
    ("on 29 February", "2024-03-01", "2024-02-29", "2024-02-29", "day"),
    ("on 29 February", "2023-09-18", "2020-02-29", "2020-02-29", "day"),
    ("in February", "2024-03-10", "2024-02-01", "2024-02-29", "month"),
    ("since 1 March", "2024-03-10", "2024-03-01", "2024-03-10", "range"),
    # spans of days, months, years
    ("on the night of 6 to 7 August", "2023-09-18", "2023-08-06", "2023-08-07", "range"),
    ("between 5 and 8 March", "2023-09-18", "2023-03-05", "2023-03-08", "range"),
    ("from 1 October to 31 December", "2023-09-18", "2023-10-01", "2023-12-31", "range"),
    ("early 2023", "2023-09-18", "2023-01-01", "2023-04-30", "range"),
    ("late 2022", "2023-09-18", "2022-09-01", "2022-12-31", "range"),
    ("in the first half of 2023", "2023-09-18", "2023-01-01", "2023-06-30", "range"),
    ("in the summer of 2022", "2023-09-18", "2022-06-01", "2022-08-31", "range"),
    ("between 2012 and 2015", "2023-09-18", "2012-01-01", "2015-12-31", "range"),
    ("the 1990s", "2023-09-18", "1990-01-01", "1999-12-31", "range"),
    ("after 2015", "2023-09-18", "2016-01-01", "2023-09-18", "range"),
    # French
    ("le 16 septembre", "2023-09-18", "2023-09-16", "2023-09-16", "day"),
    ("jusqu'au 31 décembre", "2023-09-18", "2023-12-31", "2023-12-31", "day"),
    ("en juillet", "2023-09-18", "2023-07-01", "2023-07-31", "month"),
    ("fin août", "2023-09-18", "2023-08-21", "2023-08-31", "range"),
    ("la semaine dernière", "2023-09-18", "2023-09-11", "2023-09-17", "week"),
    ("l'an dernier", "2023-09-18", "2022-01-01", "2022-12-31", "year"),
    ("hier", "2023-09-18", "2023-09-17", "2023-09-17", "day"),
    ("depuis 2020", "2023-09-18", "2020-01-01", "2023-09-18", "range"),
]


@pytest.mark.parametrize(
    "text", ["killed worshippers during Sunday mass", "attacked during Friday prayers"]
)
def test_a_weekly_rite_is_no_date(text):
    assert find_dates(text, D("2024-04-26")) == []


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), CASES)
def test_resolve(phrase, published, start, end, precision):
    found = resolve(phrase, D(published))
    assert found is not None
    assert (found.date_start, found.date_end, found.precision) == (D(start), D(end), precision)
    assert found.text == phrase


NOT_DATES = [
    "13,000-strong",
    "the 17-point agreement",
    "640x400",
    "2024 04 04T153711Z 1137932913 RC2JZT9VO1QE",
    "after a decade of fighting",
    "after weeks of fighting",
    "49 civilians",
    "G5 Sahel",
    "Resolution 2690",
    "Resolution 2100",
    "at 10 a.m.",
    "No. 2019",
    "2000 soldiers",
    "Palm Sunday",
    "It may rain",
    "https://example.com/2023/10/story",
    "a decade ago",
    "years ago",
    "a few months ago",
    "before 2020",
    "two days later",
    "the next day",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text, D("2023-09-18")) == []
    assert resolve(text, D("2023-09-18")) is None


def _found(text: str, published: str) -> list[tuple[str, str, str, str]]:
    mentions = find_dates(text, D(published))
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    return [(m.text, str(m.date_start), str(m.date_end), m.precision) for m in mentions]


def test_paragraph_from_a_seed_article():
    text = (
        "The agreement was signed in Bamako on 16 September and establishes the Alliance.  "
        "The 17-point agreement stipulates that any attack is an aggression.\n\n"
        "Since the end of August, militiamen from the CMA have claimed to have captured two "
        "military bases in Lere. On 12 September, the Tuaregs briefly captured Bourem after "
        "weeks of fighting, threatening to undermine the 2015 peace agreement. The mission has "
        "until 31 December to leave Mali after a decade of fighting. The 13,000-strong force "
        "was ordered to leave earlier this year."
    )
    assert _found(text, "2023-09-18") == [
        ("on 16 September", "2023-09-16", "2023-09-16", "day"),
        ("Since the end of August", "2023-08-21", "2023-09-18", "range"),
        ("On 12 September", "2023-09-12", "2023-09-12", "day"),
        ("2015", "2015-01-01", "2015-12-31", "year"),
        ("until 31 December", "2023-12-31", "2023-12-31", "day"),
        ("earlier this year", "2023-01-01", "2023-09-18", "range"),
    ]


def test_boilerplate_after_an_article_gives_no_dates():
    text = (
        "alianta statelor sahelului mali burkina faso niger 640x400 1\n"
        "Photo credit:X/ Colonel Assimi GOITA\n\n"
        "2024 04 04T153711Z 1137932913 RC2JZT9VO1QE RTRMADP 3 MEXICO TOURISM\n\n"
        "shutterstock 2142959989 Large\n"
    )
    assert _found(text, "2023-09-17") == []


def test_relative_days_follow_the_previous_date_in_the_text():
    text = (
        "Israel struck Gaza two days after the 7 October attack. Two days later, troops "
        "massed at the border. The next day, talks began."
    )
    assert _found(text, "2023-10-12") == [
        ("two days after the 7 October", "2023-10-09", "2023-10-09", "day"),
        ("Two days later", "2023-10-11", "2023-10-11", "day"),
        ("The next day", "2023-10-12", "2023-10-12", "day"),
    ]


def test_a_month_of_that_year_takes_the_year_last_written_in_an_earlier_sentence():
    text = (
        "Schools in the north have stayed shut since 2018. Gunmen burned two of them in May that"
        " year. Teachers went back in March. The mission ran from 2015 to 2017. In June the same"
        " year, it was renewed."
    )
    assert _found(text, "2019-12-12") == [
        ("since 2018", "2018-01-01", "2019-12-12", "range"),
        ("in May", "2018-05-01", "2018-05-31", "month"),
        ("in March", "2019-03-01", "2019-03-31", "month"),
        ("from 2015 to 2017", "2015-01-01", "2017-12-31", "range"),
        ("In June", "2017-06-01", "2017-06-30", "month"),
    ]


def test_the_same_night_and_earlier_in_the_day_keep_the_day_before():
    text = (
        "Soldiers seized the palace on 3 May. Late that night, they closed the borders. "
        "Earlier in the day, crowds had gathered. The same night, the bloc met."
    )
    assert [(f[1], f[2]) for f in _found(text, "2023-05-08")] == [
        ("2023-05-03", "2023-05-03"),
        ("2023-05-03", "2023-05-03"),
        ("2023-05-03", "2023-05-03"),
        ("2023-05-03", "2023-05-03"),
    ]


def test_future_cues_point_forward_and_past_tense_does_not():
    text = (
        "The ministers will meet on Tuesday. The memoir is set to be published in October. "
        "The siege lasted until 12 September. Talks are scheduled for 20 September."
    )
    assert _found(text, "2023-09-18") == [
        ("on Tuesday", "2023-09-19", "2023-09-19", "day"),
        ("in October", "2023-10-01", "2023-10-31", "month"),
        ("until 12 September", "2023-09-12", "2023-09-12", "day"),
        ("20 September", "2023-09-20", "2023-09-20", "day"),
    ]


def test_a_deadline_just_after_new_year_is_the_coming_one():
    text = "The mission has until 31 December to leave."
    assert _found(text, "2023-01-10") == [("until 31 December", "2023-12-31", "2023-12-31", "day")]


def test_us_style_and_adjectival_dates():
    text = (
        "Officials said Sunday that the July coup had changed everything. Saturday's attack "
        "killed 12 soldiers. The Sunday Times reported that In March 13 soldiers died."
    )
    assert _found(text, "2023-09-18") == [
        ("Sunday", "2023-09-17", "2023-09-17", "day"),
        ("July", "2023-07-01", "2023-07-31", "month"),
        ("Saturday's", "2023-09-16", "2023-09-16", "day"),
        ("In March", "2023-03-01", "2023-03-31", "month"),
    ]


def test_a_count_from_an_undated_event_is_not_dated_after_publication():
    text = "On Thursday, gunmen attacked Boni. The raid came a week after the army retook Anefis."
    assert _found(text, "2023-10-12") == [("On Thursday", "2023-10-12", "2023-10-12", "day")]


_WORDS = [
    "on", "in", "since", "until", "the", "of", "and", "to", "-", "31", "29", "0", "1", "12",
    "2023", "1999", "February", "May", "Sunday", "last", "next", "week", "weekend", "ago",
    "later", "after", "before", "two", "days", "years", "mid-", "end", "early", "le", "fin",
    "aout", "16/09/2023", "2023-02-30", ",", ".", "between", "from", "night", "'s", "et", "du",
    "au", "same", "following", "overnight", "yesterday",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
    published=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
)
def test_any_text_gives_ordered_non_overlapping_mentions_with_true_offsets(words, published):
    text = " ".join(words)
    mentions = find_dates(text, published)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.date_start <= m.date_end
        assert m.precision in {"day", "week", "month", "year", "range"}
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_next_to_a_place_is_not_a_cue_for_the_future():
    text = "Fighters attacked a camp next to the airport before dawn on Tuesday."
    (found,) = find_dates(text, D("2024-09-19"))  # a Thursday
    assert (found.date_start, found.date_end) == (D("2024-09-17"), D("2024-09-17"))


def test_a_rough_gap_from_an_unnamed_event_is_not_a_date():
    text = "On 22 July 2022 the camp was hit. The raid comes less than two months after a defeat."
    assert [m.text for m in find_dates(text, D("2024-09-19"))] == ["On 22 July 2022"]


def test_this_week_still_to_come_keeps_the_whole_week():
    (found,) = find_dates("Leaders will meet this week in Accra.", D("2023-10-12"))
    assert (found.date_start, found.date_end, found.precision) == (
        D("2023-10-09"),
        D("2023-10-15"),
        "week",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive holds the cue: the plan is for the coming May
        ("The vote has been scheduled in May.", date(2024, 5, 1)),
        ("The summit was planned on 12 May.", date(2024, 5, 12)),
        # a past passive after the cue is the date's own verb: the Monday gone
        (
            "The referendum, first planned for 19 March in every region, was postponed on Monday.",
            date(2024, 2, 26),
        ),
    ],
)
def test_a_past_passive_after_a_plan_dates_the_past_act(text, expected):
    assert find_dates(text, date(2024, 3, 1))[-1].date_start == expected


def test_the_days_that_followed_an_event_are_the_week_after_it():
    text = (
        "Soldiers seized power on 30 September. In the days that followed, crowds attacked the "
        "embassy. Over the following weeks, officers were arrested."
    )
    assert [f[1:] for f in _found(text, "2022-12-01")] == [
        ("2022-09-30", "2022-09-30", "day"),
        ("2022-10-01", "2022-10-07", "range"),
        ("2022-10-01", "2022-10-28", "range"),
    ]


def test_later_or_earlier_in_a_year_told_counts_from_that_date():
    text = (
        "The first strike was on 3 August 2023. The two other strikes, later in the year, hit a"
        " funeral. In March 2022 troops came. Earlier that year, they had gone."
    )
    assert [f[1:] for f in _found(text, "2024-01-25")] == [
        ("2023-08-03", "2023-08-03", "day"),
        ("2023-08-04", "2023-12-31", "range"),
        ("2022-03-01", "2022-03-31", "month"),
        ("2022-01-01", "2022-02-28", "range"),
    ]


def test_earlier_in_the_week_is_this_week_whatever_was_told_before():
    text = "In March 2022 troops came. Soldiers were killed earlier in the week."
    assert _found(text, "2024-12-14")[-1][1:] == ("2024-12-09", "2024-12-14", "range")


def test_later_that_month_after_a_month_is_that_month_and_a_year_never_dates_a_month():
    text = (
        "In March 2022, jihadists attacked Gao. Later that month, soldiers killed ten civilians."
        " In 2019, the army lost 71 men at Inates. Earlier in the month, jihadists killed ten"
        " villagers near Djibo."
    )
    found = _found(text, "2024-03-20")
    assert found[1][1:] == ("2022-03-01", "2022-03-31", "month")
    assert found[-1][1:] == ("2024-03-01", "2024-03-19", "range")
