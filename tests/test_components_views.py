"""Header line, table error and table selection: values from the data show as text."""

from dataclasses import replace
from pathlib import Path

import pytest

from components.schema import TableError, load_dataset
from components.text import md_escape
from components.views import header_caption, selected_in_table, table_error_text

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold**"


@pytest.fixture(scope="module")
def data():
    return load_dataset(FIXTURES / "processed")


def test_header_says_how_many_articles_and_events(data):
    assert "2 articles read, 8 events; table built 2026" in header_caption(data)


def test_hostile_articles_read_in_build_json_shows_as_text(data):
    caption = header_caption(replace(data, build={**data.build, "articles_read": HOSTILE}))
    assert "<img" not in caption and "](javascript" not in caption and "**" not in caption
    assert f"{md_escape(HOSTILE)} articles read" in caption


def test_table_error_reason_shows_as_text():
    text = table_error_text(TableError(HOSTILE))
    assert text.startswith("The event table cannot be used: ")
    assert "<img" not in text and "](javascript" not in text and "**" not in text
    assert text.endswith(md_escape(HOSTILE))


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({"selection": {"rows": [0]}}, "ev-north-2012"),
        ({"selection": {"rows": []}}, None),
        ({"selection": {}}, None),
        (None, None),
    ],
)
def test_selected_row_gives_its_event(data, state, expected):
    assert selected_in_table(state, data.events) == expected
