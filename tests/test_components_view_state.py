"""View settings in the URL: lanes, basemap and selected event survive a round trip."""

from urllib.parse import parse_qs, urlencode

import pytest

from components.view_state import ViewState

VIEWS = [
    # (view, query string it writes)
    (ViewState(), ""),
    (ViewState(lanes="actor"), "lanes=actor"),
    (ViewState(basemap=True), "basemap=1"),
    (ViewState(event="ev-bourem"), "event=ev-bourem"),
    (
        ViewState(lanes="actor", basemap=True, event="ev-lere"),
        "lanes=actor&basemap=1&event=ev-lere",
    ),
]


@pytest.mark.parametrize(("view", "query"), VIEWS)
def test_view_writes_only_what_differs_from_the_default(view, query):
    assert urlencode(view.to_query()) == query


@pytest.mark.parametrize(("view", "query"), VIEWS)
def test_url_round_trip_restores_the_same_view(view, query):
    assert ViewState.from_query(parse_qs(query)) == view


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"lanes": "country"}, ViewState()),
        ({"lanes": ["actor", "category"]}, ViewState()),
        ({"basemap": "0"}, ViewState()),
        ({"basemap": "yes"}, ViewState()),
        ({"event": ""}, ViewState()),
        ({"event": ["ev-a", "ev-b"]}, ViewState(event="ev-b")),
        ({"actor": "MINUSMA"}, ViewState()),
    ],
)
def test_odd_view_parameters_fall_back_to_the_default(params, expected):
    assert ViewState.from_query(params) == expected
