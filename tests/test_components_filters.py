"""The filter object: query string -> filter -> rows and words, and back to the query string."""

from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import pytest

from components.filters import EventFilter
from components.schema import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "processed"
CMA = "Coordination of Azawad Movements"


@pytest.fixture(scope="module")
def events():
    return load_dataset(FIXTURE).events


CASES = [
    # (query string, event ids kept, description)
    ("", None, "All 8 events"),
    (
        f"actor={CMA}",
        {"ev-bourem", "ev-lere", "ev-north-2012"},
        f'3 events involving "{CMA}"',
    ),
    (
        "actor=Wagner Group",
        {"ev-bourem"},
        '1 event involving "Wagner Group"',
    ),
    (
        "actor=Government of Niger&actor=MINUSMA",
        {"ev-charter", "ev-niger-coup", "ev-minusma-deadline"},
        '3 events involving "Government of Niger" or "MINUSMA"',
    ),
    (
        "from=2023-09-01&to=2023-09-15",
        {"ev-bourem", "ev-lere", "ev-djibo"},
        "3 events between 2023-09-01 and 2023-09-15",
    ),
    ("from=2023-09-17", {"ev-lere", "ev-minusma-deadline"}, "2 events on or after 2023-09-17"),
    ("to=2013-01-01", {"ev-north-2012"}, "1 event on or before 2013-01-01"),
    (
        "type=Violence against civilians",
        {"ev-djibo"},
        '1 event of type "Violence against civilians"',
    ),
    ("country=ner", {"ev-niger-coup"}, '1 event in "NER"'),
    (
        "source=qonversations-mutual-defence&precise=1",
        {"ev-charter"},
        '1 event reported by "qonversations-mutual-defence", dated to the day',
    ),
    ("q=LERE bases", {"ev-lere"}, '1 event mentioning "LERE bases"'),
    ("q=road junction", {"ev-bourem"}, '1 event mentioning "road junction"'),
    ("q=nothing-like-this", set(), '0 events mentioning "nothing-like-this"'),
    (
        f"actor={CMA}&from=2023-09-01",
        {"ev-bourem", "ev-lere"},
        f'2 events involving "{CMA}", on or after 2023-09-01',
    ),
]


@pytest.mark.parametrize(("query", "expected", "words"), CASES)
def test_query_selects_rows_and_describes_them(events, query, expected, words):
    flt = EventFilter.from_query(parse_qs(query))
    kept = set(events.loc[flt.mask(events), "event_id"])
    assert kept == (set(events["event_id"]) if expected is None else expected)
    assert flt.describe(len(kept)) == words


@pytest.mark.parametrize("query", [q for q, _, _ in CASES])
def test_url_round_trip_restores_the_same_filter(query):
    flt = EventFilter.from_query(parse_qs(query))
    again = EventFilter.from_query(parse_qs(urlencode(flt.to_query(), doseq=True)))
    assert again == flt


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"from": "2023-02-30"}, EventFilter()),
        (
            {"from": "2023-09-18", "to": "2023-09-01"},
            EventFilter(date_from=date(2023, 9, 1), date_to=date(2023, 9, 18)),
        ),
        ({"precise": "0"}, EventFilter()),
        ({"precise": "true"}, EventFilter(precise=True)),
        ({"actor": ["A", "A", " "]}, EventFilter(actors=("A",))),
        ({"q": "  two   words "}, EventFilter(search="two words")),
        ({"unknown": "x"}, EventFilter()),
    ],
)
def test_bad_or_odd_parameters_are_read_sensibly(params, expected):
    assert EventFilter.from_query(params) == expected


def test_empty_filter_writes_no_parameters():
    assert EventFilter().to_query() == {}


@pytest.mark.parametrize(
    ("flt", "span"),
    [
        (EventFilter(), "2012-01-01_2023-12-31"),
        (EventFilter(date_from=date(2023, 9, 1)), "2023-09-01_2023-12-31"),
        (
            EventFilter(date_from=date(2023, 9, 1), date_to=date(2023, 9, 15)),
            "2023-09-01_2023-09-15",
        ),
    ],
)
def test_file_span_names_the_date_range(events, flt, span):
    assert flt.file_span(events) == span
