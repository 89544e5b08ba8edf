"""Output edge: tables are replaced whole or not at all, and two builds never write at once."""

import csv
import os

import pytest

from pipeline.output import (
    BuildLocked,
    build_lock,
    csv_writer,
    neutralise,
    replace_together,
    restore,
)

COLUMNS = ["event_id", "title", "latitude", "sources"]


def write_csv(path, columns, rows):
    replace_together([(path, csv_writer(columns, rows))])


def write_text(path, text):
    replace_together([(path, lambda handle: handle.write(text))])


def test_csv_has_header_quoting_and_unix_line_endings(tmp_path):
    path = tmp_path / "events.csv"
    rows = [
        {"event_id": "e1", "title": "Clash, near Gao", "latitude": 16.27, "sources": "a; b"},
        {"event_id": "e2", "title": 'He said "war"\nthen left', "latitude": None},
        {"event_id": "e3", "title": "Léré", "latitude": "-3.5000", "sources": "x", "extra": 1},
    ]
    write_csv(path, COLUMNS, rows)
    assert path.read_bytes().decode("utf-8") == (
        "event_id,title,latitude,sources\n"
        'e1,"Clash, near Gao",16.27,a; b\n'
        'e2,"He said ""war""\nthen left",,\n'
        "e3,Léré,-3.5000,x\n"
    )


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
    assert path.read_text(encoding="utf-8") == "a\n1\n2\n"
    assert os.listdir(tmp_path) == ["events.csv"]


def test_failure_midway_keeps_the_old_table(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("event_id\nold-1\nold-2\n", encoding="utf-8")

    def rows():
        yield {"event_id": "new-1"}
        raise RuntimeError("geocoder crashed")

    with pytest.raises(RuntimeError, match="geocoder crashed"):
        write_csv(path, ["event_id"], rows())
    assert path.read_text(encoding="utf-8") == "event_id\nold-1\nold-2\n"
    assert os.listdir(tmp_path) == ["events.csv"]


def test_failure_on_first_build_leaves_nothing(tmp_path):
    def rows():
        raise KeyboardInterrupt
        yield {}

    with pytest.raises(KeyboardInterrupt):
        write_csv(tmp_path / "events.csv", ["event_id"], rows())
    assert os.listdir(tmp_path) == []


def test_write_text(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text("old", encoding="utf-8")
    write_text(path, "2 articles, 7 events — Léré\r\nend")
    assert path.read_bytes() == "2 articles, 7 events — Léré\r\nend".encode()
    assert os.listdir(tmp_path) == ["summary.txt"]


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
