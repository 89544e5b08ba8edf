"""Loading and validating events.csv: good rows kept, bad rows listed, unusable tables explained."""

from pathlib import Path

import pytest

from components.schema import TableError, load_dataset

FIXTURES = Path(__file__).parent / "fixtures"


def test_good_table_loads_every_row():
    data = load_dataset(FIXTURES / "processed")
    assert len(data.events) == 8
    assert data.rejected == ()
    assert data.build["articles_read"] == 2
    assert list(data.events["event_id"][:2]) == ["ev-north-2012", "ev-french-out"]


@pytest.mark.parametrize(
    ("event_id", "line", "reason"),
    [
        ("ev-short", 4, "fewer fields than the header"),
        ("ev-feb30", 5, "date_start is not a valid date"),
        ("ev-lat200", 7, "latitude out of range"),
        ("ev-badtype", 8, "unknown event type"),
    ],
)
def test_bad_rows_are_rejected_with_line_and_reason(event_id, line, reason):
    data = load_dataset(FIXTURES / "bad_rows")
    rejected = {r.event_id: r for r in data.rejected}
    assert rejected[event_id].line == line
    assert reason in rejected[event_id].reasons


def test_bad_rows_do_not_hide_the_good_ones():
    data = load_dataset(FIXTURES / "bad_rows")
    assert set(data.events["event_id"]) == {"ev-charter", "ev-bourem", "ev-lere"}


def test_missing_table_is_reported_as_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_dataset(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("event_id,title\nx,y\n", "missing the column(s): date_start"),
        ("", "could not be read"),
    ],
)
def test_unusable_table_gives_a_readable_error(tmp_path, content, message):
    (tmp_path / "events.csv").write_text(content, encoding="utf-8")
    with pytest.raises(TableError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_dataset(tmp_path)
