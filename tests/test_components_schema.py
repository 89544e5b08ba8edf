"""Loading and validating events.csv: good rows kept, bad rows listed, unusable tables explained."""

import json
import shutil
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


def copy_of(folder: str, tmp_path: Path) -> Path:
    for item in (FIXTURES / folder).iterdir():
        shutil.copy(item, tmp_path / item.name)
    return tmp_path


def with_extra_row(tmp_path: Path, after: int, row: str) -> Path:
    """The fixture events.csv with one more line inserted after line `after`."""
    folder = copy_of("processed", tmp_path)
    lines = (folder / "events.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(after, row + "\n")
    (folder / "events.csv").write_text("".join(lines), encoding="utf-8")
    return folder


@pytest.mark.parametrize("after", [1, 4, 9])
def test_row_with_too_many_fields_is_reported_with_its_line(tmp_path, after):
    header = (FIXTURES / "processed" / "events.csv").read_text(encoding="utf-8").splitlines()[0]
    extra = ",".join(["ev-long"] + ["x"] * len(header.split(",")))
    data = load_dataset(with_extra_row(tmp_path, after, extra))
    rejected = {r.event_id: r for r in data.rejected}
    assert rejected["ev-long"].line == after + 1
    assert rejected["ev-long"].reasons == ("more fields than the header",)
    assert len(data.events) == 8
    assert set(data.events["iso3"]) == {"MLI", "BFA", "NER"}


def test_lines_count_cells_that_span_lines(tmp_path):
    folder = copy_of("processed", tmp_path)
    text = (folder / "events.csv").read_text(encoding="utf-8")
    text = text.replace("Liptako-Gourma Charter,", "Liptako-Gourma\nCharter,", 1)
    lines = text.splitlines(keepends=True)
    header_fields = len(lines[0].split(","))
    lines.append(",".join(["ev-long"] + ["x"] * header_fields) + "\n")
    (folder / "events.csv").write_text("".join(lines), encoding="utf-8")
    rejected = {r.event_id: r for r in load_dataset(folder).rejected}
    assert rejected["ev-long"].line == len(lines)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("build.json", "{not json", "build.json could not be read"),
        ("build.json", "[1, 2]", "build.json does not hold a JSON object"),
        ("build.json", b"\xff\xfe{}", "build.json could not be read"),
        ("mentions.csv", "mention_id,event_id\nm1,ev-charter\n", "mentions.csv is missing"),
        ("mentions.csv", b"mention_id\n\xff\xfe\n", "mentions.csv could not be read"),
        ("articles.csv", "", "articles.csv could not be read"),
    ],
)
def test_broken_optional_file_is_reported_and_the_events_still_load(
    tmp_path, name, content, problem
):
    folder = copy_of("processed", tmp_path)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    data = load_dataset(folder)
    assert len(data.events) == 8
    assert len(data.problems) == 1 and data.problems[0].startswith(problem)
    if name == "build.json":
        assert data.build == {} and "build time is not shown" in data.problems[0]
        assert len(data.mentions) == 10
    else:
        assert "events are shown without" in data.problems[0]
        assert data.build["articles_read"] == 2


def test_good_folder_has_no_problems():
    assert load_dataset(FIXTURES / "processed").problems == ()
    assert json.loads((FIXTURES / "processed" / "build.json").read_text())["articles_read"] == 2
