"""Output edge: tables are published as one unit or not at all; two builds never write at once."""

import csv
import os

import pytest

from pipeline.output import BuildLocked, build_lock, csv_writer, publish_tables
from pipeline.schema import MAX_TEXT_CELL, neutralise, restore

COLUMNS = ["event_id", "title", "latitude", "sources"]


def write_csv(path, columns, rows):
    publish_tables(path.parent, [(path.name, csv_writer(columns, rows))])


def write_text(path, text):
    publish_tables(path.parent, [(path.name, lambda handle: handle.write(text))])


def visible(folder):
    """What a user listing the folder sees (the generations are hidden)."""
    return sorted(name for name in os.listdir(folder) if not name.startswith("."))


def temp_files(folder):
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_csv_quotes_every_field_and_has_unix_line_endings(tmp_path):
    path = tmp_path / "events.csv"
    rows = [
        {"event_id": "e1", "title": "Clash, near Gao", "latitude": 16.27, "sources": "a; b"},
        {"event_id": "e2", "title": 'He said "war"\nthen left', "latitude": None},
        {"event_id": "e3", "title": "Léré", "latitude": "-3.5000", "sources": "x", "extra": 1},
    ]
    write_csv(path, COLUMNS, rows)
    assert path.read_bytes().decode("utf-8") == (
        '"event_id","title","latitude","sources"\n'
        '"e1","Clash, near Gao","16.27","a; b"\n'
        '"e2","He said ""war""\nthen left","",""\n'
        '"e3","Léré","-3.5000","x"\n'
    )


def test_a_formula_after_a_semicolon_stays_inside_its_quoted_cell(tmp_path):
    path = tmp_path / "events.csv"
    write_csv(path, ["location"], [{"location": "Sikasso;=cmd|' /C calc'!A0"}])
    line = path.read_text(encoding="utf-8").splitlines()[1]
    assert line == "\"Sikasso;=cmd|' /C calc'!A0\""
    # a spreadsheet splitting on ';' honours the quotes: one cell, not a formula cell
    with path.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1] == ["Sikasso;=cmd|' /C calc'!A0"]


def test_free_text_cells_are_cut_to_the_documented_length(tmp_path):
    path = tmp_path / "events.csv"
    write_csv(path, ["event_id", "evidence"], [{"event_id": "e" * 5000, "evidence": "x" * 144_000}])
    with path.open(encoding="utf-8", newline="") as handle:
        (_, (event_id, evidence)) = list(csv.reader(handle))
    assert evidence == "x" * (MAX_TEXT_CELL - 1) + "…"
    assert event_id == "e" * 5000  # ids are never cut


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+33 1 23", "'+33 1 23"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-cmd", "'-cmd"),
        ("-12.5", "-12.5"),
        ("+1e3", "+1e3"),
        ("Gao", "Gao"),
    ],
)
def test_formula_like_text_is_neutralised(tmp_path, value, cell):
    path = tmp_path / "t.csv"
    write_csv(path, ["title"], [{"title": value}])
    with path.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [["title"], [cell]]


def test_replaces_existing_file_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("old\n", encoding="utf-8")
    write_csv(path, ["a"], [{"a": 1}, {"a": 2}])
    assert path.read_text(encoding="utf-8") == '"a"\n"1"\n"2"\n'
    assert visible(tmp_path) == ["events.csv"]
    assert temp_files(tmp_path) == []


def test_failure_midway_keeps_the_old_table(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("event_id\nold-1\nold-2\n", encoding="utf-8")

    def rows():
        yield {"event_id": "new-1"}
        raise RuntimeError("geocoder crashed")

    with pytest.raises(RuntimeError, match="geocoder crashed"):
        write_csv(path, ["event_id"], rows())
    assert path.read_text(encoding="utf-8") == "event_id\nold-1\nold-2\n"
    assert visible(tmp_path) == ["events.csv"]
    assert temp_files(tmp_path) == []


def test_failure_on_first_build_leaves_nothing(tmp_path):
    def rows():
        raise KeyboardInterrupt
        yield {}

    with pytest.raises(KeyboardInterrupt):
        write_csv(tmp_path / "events.csv", ["event_id"], rows())
    assert visible(tmp_path) == []
    assert temp_files(tmp_path) == []


def test_write_text(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text("old", encoding="utf-8")
    write_text(path, "2 articles, 7 events — Léré\r\nend")
    assert path.read_bytes() == "2 articles, 7 events — Léré\r\nend".encode()
    assert visible(tmp_path) == ["summary.txt"]


def test_written_file_is_readable_by_others(tmp_path):
    path = tmp_path / "events.csv"
    old_umask = os.umask(0o022)
    try:
        write_csv(path, ["a"], [])
    finally:
        os.umask(old_umask)
    assert path.stat().st_mode & 0o777 == 0o644


def test_second_build_is_refused_while_the_first_holds_the_lock(tmp_path):
    out_dir = tmp_path / "processed"
    with build_lock(out_dir), pytest.raises(BuildLocked) as caught, build_lock(out_dir):
        pass
    assert str(caught.value) == (
        f"another build is writing to {out_dir} (lock file {out_dir / '.build.lock'}); "
        "wait for it to finish"
    )


def test_lock_is_released_after_a_failed_build(tmp_path):
    with pytest.raises(ValueError), build_lock(tmp_path):
        raise ValueError("bad article")
    with build_lock(tmp_path):
        write_text(tmp_path / "ok.txt", "ok")
    assert (tmp_path / "ok.txt").read_text(encoding="utf-8") == "ok"


@pytest.mark.parametrize(
    "text", ["=HYPERLINK(1)", "+cmd", "-2+3", "@SUM(1)", "\tx", "plain", "-3.5", "'quoted", ""]
)
def test_a_reader_gets_back_the_text_a_neutralised_cell_stood_for(text):
    assert restore(str(neutralise(text))) == text
