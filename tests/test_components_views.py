"""Header line, table error and table selection: values from the data show as text."""

from dataclasses import replace
from pathlib import Path

import pytest

from components.schema import TableError, charted_columns, load_dataset
from components.text import md_escape
from components.views import (
    TABLE_COLUMNS,
    build_command,
    built_text,
    header_caption,
    selected_in_table,
    table_error_text,
    table_frame,
)
from components.vocabulary import Vocabulary, prepare_events

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold**"


@pytest.fixture(scope="module")
def data():
    return load_dataset(FIXTURES / "processed")


def test_header_says_how_many_articles_and_events(data):
    caption = header_caption(data).replace("\\", "")
    assert "2 articles read, 8 events; table built 2026-11-25 21:00 UTC." in caption


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026-11-25T22:47:12+00:00", "2026-11-25 22:47 UTC"),
        ("2026-11-25T21:00:00Z", "2026-11-25 21:00 UTC"),
        ("2026-11-25T23:30:00+01:00", "2026-11-25 22:30 UTC"),
        ("2026-11-25T22:47:12", "2026-11-25 22:47"),
        ("yesterday", "yesterday"),
        (None, "unknown time"),
    ],
)
def test_build_time_reads_as_utc(value, shown):
    assert built_text(value) == shown


@pytest.mark.parametrize(
    ("folder", "command"),
    [
        ("data/processed", "python -m pipeline build"),
        ("elsewhere/tables", "python -m pipeline build --out {root}/elsewhere/tables"),
        ("my tables", "python -m pipeline build --out '{root}/my tables'"),
    ],
)
def test_build_command_writes_where_the_dashboard_reads(tmp_path, folder, command):
    default = tmp_path / "data" / "processed"
    assert build_command(tmp_path / folder, default) == command.format(root=tmp_path)


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


def test_rows_kept_per_filter_state_fill_the_table_and_leave_search_text_out(data):
    # the page copies only these columns for each filter; the table must not lose one
    events = prepare_events(data.events, Vocabulary())
    charted = charted_columns(events)
    assert set(TABLE_COLUMNS) | {"_fatalities", "sources", "date_text"} <= set(charted)
    assert table_frame(events[charted]).equals(table_frame(events))
    left_out = set(events.columns) - set(charted)
    assert {"_find", "_actor_types", "evidence", "_text_latitude"} <= left_out
