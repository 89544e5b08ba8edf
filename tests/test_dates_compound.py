"""Compound relative dates as a careful reader resolves them, the publication date as the anchor.

Weekdays checked with datetime: 2024-05-15 is a Wednesday (its week runs Monday 13 to
Sunday 19 May; the week before, Monday 6 to Sunday 12 May); 2024-04-29 Mon, 2024-05-01 Wed,
2024-05-03 Fri, 2024-05-05 Sun, 2024-05-06 Mon, 2024-05-16 Thu, 2024-05-17 Fri, 2024-05-18 Sat;
2023-01-10 is a Tuesday (the week before: Monday 2 to Sunday 8 January 2023).
"""

from datetime import date

import pytest

from pipeline.dates import find_dates

D = date.fromisoformat
WED = "2024-05-15"
TUE_NEW_YEAR = "2023-01-10"

# phrase, published, date_start, date_end, precision: the phrase yields one date mention
COMPOUNDS = [
    # a weekday of a named week is that day, whatever the publication weekday
    ("On Monday last week", WED, "2024-05-06", "2024-05-06", "day"),
    ("on Friday last week", WED, "2024-05-10", "2024-05-10", "day"),
    ("on Sunday last week", WED, "2024-05-12", "2024-05-12", "day"),
    ("on Monday of last week", WED, "2024-05-06", "2024-05-06", "day"),
    ("on Tuesday this week", WED, "2024-05-14", "2024-05-14", "day"),
    ("on Friday this week", WED, "2024-05-17", "2024-05-17", "day"),
    ("on Thursday next week", WED, "2024-05-23", "2024-05-23", "day"),
    ("on Friday last week", TUE_NEW_YEAR, "2023-01-06", "2023-01-06", "day"),
    ("on Monday night last week", WED, "2024-05-06", "2024-05-07", "range"),
    # a month of a named year is that month
    ("In January last year", WED, "2023-01-01", "2023-01-31", "month"),
    ("in August last year", WED, "2023-08-01", "2023-08-31", "month"),
    ("in January of last year", WED, "2023-01-01", "2023-01-31", "month"),
    ("in March this year", WED, "2024-03-01", "2024-03-31", "month"),
    ("in December next year", WED, "2025-12-01", "2025-12-31", "month"),
    ("in December last year", TUE_NEW_YEAR, "2022-12-01", "2022-12-31", "month"),
    ("in late January last year", WED, "2023-01-21", "2023-01-31", "range"),
    ("mid-December last year", WED, "2023-12-11", "2023-12-20", "range"),
    ("on 12 March last year", WED, "2023-03-12", "2023-03-12", "day"),
    ("on March 12 last year", WED, "2023-03-12", "2023-03-12", "day"),
    ("on Sept. 30 last year", WED, "2023-09-30", "2023-09-30", "day"),
    ("On June 11 this year", "2025-11-02", "2025-06-11", "2025-06-11", "day"),
    # parts of months and years relative to publication
    ("earlier this month", WED, "2024-05-01", "2024-05-15", "range"),
    ("at the end of last month", WED, "2024-04-21", "2024-04-30", "range"),
    ("at the end of last month", TUE_NEW_YEAR, "2022-12-21", "2022-12-31", "range"),
    ("late last year", WED, "2023-09-01", "2023-12-31", "range"),
    ("mid-December", WED, "2023-12-11", "2023-12-20", "range"),
    ("since the start of the year", WED, "2024-01-01", "2024-05-15", "range"),
    ("in the first week of March", WED, "2024-03-01", "2024-03-07", "range"),
    ("in the last week of April", WED, "2024-04-24", "2024-04-30", "range"),
    # nights and spans of weekdays
    ("overnight from Saturday to Sunday", WED, "2024-05-11", "2024-05-12", "range"),
    ("overnight Saturday to Sunday", WED, "2024-05-11", "2024-05-12", "range"),
    ("on the night of Saturday to Sunday", WED, "2024-05-11", "2024-05-12", "range"),
    ("overnight from Saturday to Sunday", TUE_NEW_YEAR, "2023-01-07", "2023-01-08", "range"),
    ("from Thursday to Saturday", WED, "2024-05-09", "2024-05-11", "range"),
    ("from Thursday to Saturday", "2024-05-17", "2024-05-16", "2024-05-18", "range"),
    ("on the night of 12 to 13 May", WED, "2024-05-12", "2024-05-13", "range"),
    ("in the early hours of Sunday", WED, "2024-05-12", "2024-05-12", "day"),
    ("in the early hours of 12 May", WED, "2024-05-12", "2024-05-12", "day"),
    ("on the night of Sunday", WED, "2024-05-12", "2024-05-13", "range"),
    # weekends
    ("last weekend", WED, "2024-05-11", "2024-05-12", "range"),
    ("at the weekend", WED, "2024-05-11", "2024-05-12", "range"),
    # French, which the grammar reads
    ("le 12 mai", WED, "2024-05-12", "2024-05-12", "day"),
    ("la nuit de samedi à dimanche", WED, "2024-05-11", "2024-05-12", "range"),
]


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), COMPOUNDS)
def test_a_compound_phrase_is_one_date(phrase, published, start, end, precision):
    (found,) = find_dates(phrase, D(published))
    assert (found.date_start, found.date_end, found.precision) == (D(start), D(end), precision)
    assert phrase.endswith(found.text)


# text, published, the last mention's date_start, date_end, precision: counted from a date told
ANCHORED = [
    ("Gunmen attacked Boni on 3 May. The following day, troops arrived.", WED, "2024-05-04"),
    ("Gunmen attacked Boni on 3 May. Two days later, troops arrived.", WED, "2024-05-05"),
    ("Gunmen attacked Boni on 3 May. The day before, scouts came.", WED, "2024-05-02"),
    ("Gunmen attacked Boni on 3 May. A week earlier, scouts came.", WED, "2024-04-26"),
    ("Soldiers detained the president on Wednesday. Late that night, they spoke.", WED, WED),
    ("Soldiers detained the president on 3 May. That night, they spoke.", WED, "2024-05-03"),
    ("Soldiers detained the president on 3 May. The night before, they met.", WED, "2024-05-02"),
    # a date still to come is no anchor for an event already told
    (
        "Leaders met in Accra last Sunday, ahead of the vote due on 27 February. "
        "Bamako responded the same night by closing its borders.",
        WED,
        "2024-05-12",
    ),
    # "on the Sunday" is the Sunday of the days just told, not the last one before publication
    (
        "The killings took place between 1 and 5 May. On the Sunday morning, troops left.",
        WED,
        "2024-05-05",
    ),
    ("Gunmen attacked Boni on 3 May. On the Sunday, the army came back.", WED, "2024-05-05"),
    ("Gunmen attacked Boni on 3 May. The following Monday, the army came back.", WED, "2024-05-06"),
    ("Gunmen attacked Boni on 3 May. On the previous Monday, scouts came.", WED, "2024-04-29"),
    (
        "The killings took place between 1 and 5 May, says a report published on Tuesday. "
        "Helicopters landed on the Sunday morning.",
        WED,
        "2024-05-05",
    ),
    # "that Sunday" is the Sunday just told (2024-05-05 is a Sunday), not the last one
    ("Troops reached Boni on 5 May. That Sunday, gunmen struck.", WED, "2024-05-05"),
    ("Troops reached Boni on 5 May. Earlier that Sunday, gunmen struck.", WED, "2024-05-05"),
    (
        "Gunmen attacked Boni on 3 May. At about the same time, troops left Djibo.",
        WED,
        "2024-05-03",
    ),
    # a day before the month is no count of what follows it
    ("On 3 May soldiers left Boni. The following day, troops arrived.", WED, "2024-05-04"),
]


@pytest.mark.parametrize(("text", "published", "day"), ANCHORED)
def test_a_phrase_counted_from_an_earlier_date_takes_that_date(text, published, day):
    found = find_dates(text, D(published))[-1]
    assert found.start > text.index(". "), "the phrase of the second sentence is read"
    assert (found.date_start, found.date_end, found.precision) == (D(day), D(day), "day")


def test_hours_later_is_the_day_told_or_the_next():
    text = "Gunmen attacked Boni on 3 May. Hours later, the army arrived."
    found = find_dates(text, D(WED))[-1]
    assert (found.date_start, found.date_end, found.precision) == (
        D("2024-05-03"),
        D("2024-05-04"),
        "range",
    )


def test_a_future_phrase_may_count_from_a_scheduled_date():
    text = "The vote will be held on 27 May. Results will be announced the next day."
    found = find_dates(text, D(WED))
    assert [(m.text, m.date_start) for m in found] == [
        ("on 27 May", D("2024-05-27")),
        ("the next day", D("2024-05-28")),
    ]


def test_a_date_due_is_still_to_come():
    text = "The vote is due on 27 May and the count due in June."
    assert [(m.date_start, m.date_end) for m in find_dates(text, D(WED))] == [
        (D("2024-05-27"), D("2024-05-27")),
        (D("2024-06-01"), D("2024-06-30")),
    ]


def test_the_weekday_with_no_date_told_before_is_the_last_one():
    (found,) = find_dates("On the Sunday morning, troops left.", D(WED))
    assert found.date_start == D("2024-05-12")


def test_the_sunday_times_is_no_date():
    assert find_dates("The Sunday Times said so.", D(WED)) == []


# text, published, (date_start, date_end) of the last mention: a date written without its year
# in the sentence of one written with it
YEAR_IN_THE_SENTENCE = [
    (
        "In June 2021, gunmen raided the village on the night of Friday, June 4.",
        WED,
        ("2021-06-04", "2021-06-05"),
    ),
    ("In 2019, on 23 March, gunmen burned the hamlet.", WED, ("2019-03-23", "2019-03-23")),
    ("Last year, on March 2, the army left Boni.", WED, ("2023-03-02", "2023-03-02")),
    # a year in another sentence, or one the phrase counts from, lends nothing
    (
        "The army came in 2019. On 23 March, gunmen burned the hamlet.",
        WED,
        ("2024-03-23", "2024-03-23"),
    ),
    ("Coups have followed since 2020, the latest on 12 March.", WED, ("2024-03-12", "2024-03-12")),
    (
        "Leaders met last Sunday, ahead of the vote due on 27 May.",
        WED,
        ("2024-05-27", "2024-05-27"),
    ),
]


@pytest.mark.parametrize(("text", "published", "span"), YEAR_IN_THE_SENTENCE)
def test_a_date_without_its_year_takes_the_year_written_in_its_sentence(text, published, span):
    found = find_dates(text, D(published))[-1]
    assert (found.date_start, found.date_end) == (D(span[0]), D(span[1]))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Earlier this month, on 3 May, the army said", ("2024-05-03", "2024-05-03")),
        ("On Sunday, 12 May, troops left", ("2024-05-12", "2024-05-12")),
    ],
)
def test_a_date_and_a_narrower_one_after_a_comma_are_one_date(text, span):
    (found,) = find_dates(text, D(WED))
    assert (found.date_start, found.date_end) == (D(span[0]), D(span[1]))


def test_weekdays_told_after_a_day_written_with_its_weekday_go_through_that_week():
    # 30 September 2022 was a Friday; published Saturday 22 October 2022
    text = (
        "Three weeks earlier, nobody knew his name. On Friday 30 September, soldiers took over"
        " the state television. For two days the capital lived in confusion.\n\nOn Saturday,"
        " crowds attacked the embassy. Damiba agreed on Sunday to resign."
    )
    found = [(f.text, f.date_start) for f in find_dates(text, D("2022-10-22"))]
    assert found[1:] == [("On Saturday", D("2022-10-01")), ("on Sunday", D("2022-10-02"))]


@pytest.mark.parametrize(
    "text",
    [
        # the day told has no weekday of its own: "on Tuesday" is the news of this week
        "On 30 September, soldiers took over. On Tuesday, the junta named a prime minister.",
        # far from the day told: the writer is back in the present
        "On Friday 30 September, soldiers took over. The junta dissolved the government. Its"
        " leader spoke to chiefs. Crowds gathered. On Tuesday, the junta named a prime minister.",
    ],
)
def test_a_weekday_after_an_older_day_is_the_latest_one_before_publication(text):
    assert find_dates(text, D("2022-10-22"))[-1].date_start == D("2022-10-18")


def test_a_night_named_by_its_days_is_a_time_to_count_from_and_overnight_is_not():
    # published Saturday 12 June 2021; 4-5 June 2021 were a Friday and a Saturday
    text = (
        "On Sunday 30 May, the bloc suspended Mali. Gunmen attacked Solhan in the night of"
        " Friday to Saturday last week. Hours earlier, gunmen killed 14 people in Tadaryat."
    )
    earlier = find_dates(text, D("2021-06-12"))[-1]
    assert D("2021-06-03") <= earlier.date_start <= earlier.date_end <= D("2021-06-05")
    # published Tuesday 25 January 2022: the Sunday is the 23rd
    text = (
        "The crisis began on Sunday, when soldiers mutinied. Gunfire was heard overnight. The"
        " same day, protesters set fire to the party's headquarters."
    )
    assert find_dates(text, D("2022-01-25"))[-1].date_start == D("2022-01-23")


def test_a_weekday_in_the_sentence_of_a_day_told_with_its_weekday_is_the_news_week():
    # published Saturday 22 October 2022: "on Friday" is the 21st, not 7 October
    text = (
        "Captain Ibrahim Traore, who seized power on Friday 30 September, was sworn in as"
        " president on Friday."
    )
    assert find_dates(text, D("2022-10-22"))[-1].date_start == D("2022-10-21")


def test_a_day_counted_then_written_is_one_date_the_written_day():
    text = (
        "On 5 September, a vehicle struck an explosive device. Three weeks later, on 26"
        " September, the convoy was ambushed at Gaskinde."
    )
    found = find_dates(text, D("2022-11-16"))
    assert [(f.text, f.date_start) for f in found][1:] == [
        ("Three weeks later, on 26 September", D("2022-09-26"))
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the month or week holding what was told last, whatever its precision
        ("In March, six were killed. The same month, five died.", "2024-03-01", "2024-03-31"),
        ("On 7 March, six were killed. The same week, five died.", "2024-03-04", "2024-03-10"),
        ("On 7 March, six were killed. In the same week, five died.", "2024-03-04", "2024-03-10"),
    ],
)
def test_the_same_month_or_week_is_that_of_the_date_told(text, start, end):
    first, same = find_dates(text, D(WED))
    assert "same" in same.text and (same.date_start, same.date_end) == (D(start), D(end))


def test_the_same_week_after_a_noun_tells_no_time():
    text = "On 7 March, gunmen killed six. The two attacks in the same week were a warning."
    assert [m.text for m in find_dates(text, D(WED))] == ["On 7 March"]


def test_a_month_of_the_same_year_is_that_month():
    text = "The priest was kidnapped in 2018. In October of the same year, a farmer was abducted."
    found = find_dates(text, D("2019-03-01"))
    assert (found[-1].date_start, found[-1].date_end) == (D("2018-10-01"), D("2018-10-31"))
