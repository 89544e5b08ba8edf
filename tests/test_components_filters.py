"""The filter specs: query string -> filter -> rows and words, and back to the query string."""

from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import pytest

from components.filters import Bad, EventFilter, unknown_values
from components.schema import load_dataset
from components.sidebar import build_options
from components.vocabulary import build_vocabulary, prepare_events
from pipeline.knowledge import KNOWLEDGE_DIR, load_actors
from pipeline.places.gazetteer import Gazetteer

FIXTURE = Path(__file__).parent / "fixtures" / "processed"
CMA = "Coordination of Azawad Movements"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


@pytest.fixture(scope="module")
def table():
    events = load_dataset(FIXTURE).events
    vocabulary = build_vocabulary(
        events, load_actors(KNOWLEDGE_DIR / "actors.csv"), Gazetteer.load()
    )
    return prepare_events(events, vocabulary), vocabulary


@pytest.fixture(scope="module")
def events(table):
    return table[0]


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
        '1 event with date precision "day", reported by "qonversations-mutual-defence"',
    ),
    (
        "region=Gao&region=Sahel",
        {"ev-bourem", "ev-djibo"},
        '2 events in the region "Gao" or "Sahel"',
    ),
    (
        "actor_type=Rebel Groups",
        {"ev-bourem", "ev-lere", "ev-north-2012", "ev-djibo"},
        '4 events with an actor of type "Rebel Groups"',
    ),
    ("actor_type=Civilians", {"ev-djibo"}, '1 event with an actor of type "Civilians"'),
    ("status=scheduled", {"ev-minusma-deadline"}, '1 event with status "scheduled"'),
    (
        "precision=year&precision=range",
        {"ev-french-out", "ev-north-2012", "ev-lere"},
        '3 events with date precision "year" or "range"',
    ),
    ("min_fatalities=5", {"ev-bourem", "ev-djibo"}, "2 events with at least 5 fatalities"),
    ("min_fatalities=1", {"ev-bourem", "ev-djibo"}, "2 events with at least 1 fatality"),
    ("q=Tombouctou", {"ev-bourem", "ev-lere"}, '2 events mentioning "Tombouctou"'),
    ("q=CMA", {"ev-bourem", "ev-lere", "ev-north-2012"}, '3 events mentioning "CMA"'),
    ("q=GSIM", {"ev-djibo"}, '1 event mentioning "GSIM"'),
    ("q=FAMa bourem", {"ev-bourem"}, '1 event mentioning "FAMa bourem"'),
    (
        "q=Forces armées maliennes",
        {"ev-bourem", "ev-lere", "ev-north-2012"},
        '3 events mentioning "Forces armées maliennes"',
    ),
    ("q=Niafunke", {"ev-lere"}, '1 event mentioning "Niafunke"'),
    ("actor=JNIM", set(), '0 events involving "JNIM"'),
    (
        "from=2023-02-30",
        set(),
        '0 events with the unreadable link value "from=2023-02-30"',
    ),
    (
        "min_fatalities=many",
        set(),
        '0 events with the unreadable link value "min_fatalities=many"',
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
def test_query_selects_rows_and_describes_them(table, query, expected, words):
    events, vocabulary = table
    flt = EventFilter.from_query(parse_qs(query))
    kept = set(events.loc[flt.mask(events, vocabulary), "event_id"])
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
        (
            {"from": "2023-02-30"},
            EventFilter(bad=(Bad("from", "2023-02-30", "is not a date (YYYY-MM-DD)"),)),
        ),
        (
            {"from": "2023-09-18", "to": "2023-09-01"},
            EventFilter(date_from=date(2023, 9, 1), date_to=date(2023, 9, 18)),
        ),
        ({"precise": "0"}, EventFilter()),
        ({"precise": "true"}, EventFilter(precisions=("day",))),
        ({"actor": ["A", "A", " "]}, EventFilter(actors=("A",))),
        ({"q": "  two   words "}, EventFilter(search="two words")),
        ({"min_fatalities": "0"}, EventFilter()),
        ({"unknown": "x"}, EventFilter()),
    ],
)
def test_bad_or_odd_parameters_are_read_sensibly(params, expected):
    assert EventFilter.from_query(params) == expected


def test_unreadable_value_stays_in_the_link():
    flt = EventFilter.from_query({"from": "yesterday", "actor": CMA})
    assert flt.to_query() == {"actor": [CMA], "from": "yesterday"}


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("actor=JNIM", ['actor "JNIM"']),
        ("actor=JNIM&actor=Nobody", ['actor "JNIM" or "Nobody"']),
        ("type=Picnics&country=zzz", ['event type "Picnics"', 'country "ZZZ"']),
        (f"actor={CMA}&region=Gao", []),
    ],
)
def test_values_the_table_lacks_are_named(table, query, named):
    events, vocabulary = table
    choices = build_options(events, load_dataset(FIXTURE).articles, vocabulary).choices
    assert unknown_values(EventFilter.from_query(parse_qs(query)), choices) == named


def test_file_words_say_the_filters():
    flt = EventFilter.from_query(parse_qs(f"actor={CMA}&type=Battles&from=2023-09-01"))
    assert flt.file_words() == "actor-Coordination-of-Azawad-Movements_type-Battles"


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
