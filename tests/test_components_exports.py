"""CSV exports: Excel-friendly (BOM, accents), same columns as events.csv, formulas neutralised."""

import csv
import io
import shutil
from pathlib import Path

import pandas as pd
import pytest

from components.exports import file_name, to_csv_bytes
from components.schema import EVENT_COLUMNS, load_dataset

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-Menaka", "'-Menaka"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("-1e5", "-1e5"),
        ("Léré", "Léré"),
        ("a=b", "a=b"),
        ("", ""),
        (3.5, "3.5"),
    ],
)
def test_exported_cell_cannot_run_as_a_formula(cell, expected):
    rows = read(to_csv_bytes(pd.DataFrame({"cell": [cell]})))
    assert rows[0]["cell"] == expected


def read(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_export_has_the_columns_of_events_csv_and_keeps_accents():
    data = load_dataset(FIXTURES / "processed")
    rows = read(to_csv_bytes(data.events, data.export_columns))
    assert list(rows[0]) == [*EVENT_COLUMNS, "mention_count"]
    lere = next(r for r in rows if r["event_id"] == "ev-lere")
    assert lere["location"] == "Léré"
    assert lere["date_start"] == "2023-08-31"
    assert lere["latitude"] == "15.7167"
    assert lere["geo_precision"] == "1"


def test_export_of_hostile_table_neutralises_formulas():
    data = load_dataset(FIXTURES / "hostile")
    rows = read(to_csv_bytes(data.events, data.export_columns))
    risky = next(r for r in rows if r["event_id"] == "ev-xss-2")
    assert risky["title"].startswith("'=HYPERLINK")
    assert risky["actor1"] == "'@SUM(1+1)"
    assert risky["location"] == "'-Menaka"
    assert risky["evidence"].startswith("'+cmd")
    assert risky["longitude"] == "2.4022"


def test_file_name_carries_the_date_range():
    assert file_name("events-filtered", "2023-09-01_2023-09-18") == (
        "sahel-events-filtered_2023-09-01_2023-09-18.csv"
    )


def test_all_events_export_keeps_the_numbers_as_written_in_events_csv(tmp_path):
    for item in (FIXTURES / "processed").iterdir():
        shutil.copy(item, tmp_path / item.name)
    path = tmp_path / "events.csv"
    text = path.read_text(encoding="utf-8")
    # the pipeline writes coordinates with five decimals and trailing zeros
    for old, new in (("18.5,-1.5,", "18.50000,-1.50000,"), ("14.1,-1.63,", "14.10000,-1.63000,")):
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8", newline="\n")
    data = load_dataset(tmp_path)
    exported = to_csv_bytes(data.events, data.export_columns)
    lines = [line for line in exported.decode("utf-8-sig").split("\r\n") if line]
    assert all(line.startswith('"') and line.endswith('"') for line in lines)  # all quoted
    exported_rows = list(csv.reader(lines))
    written = list(csv.reader(text.splitlines()))
    assert exported_rows[0] == written[0]
    assert sorted(exported_rows[1:]) == sorted(written[1:])
    north = next(r for r in read(exported) if r["event_id"] == "ev-north-2012")
    assert (north["latitude"], north["longitude"]) == ("18.50000", "-1.50000")


def test_a_formula_after_a_semicolon_stays_in_its_quoted_cell():
    frame = pd.DataFrame({"location": ["Sikasso;=cmd|' /C calc'!A0"], "n": ["1"]})
    text = to_csv_bytes(frame).decode("utf-8-sig")
    assert text.splitlines()[1] == '"Sikasso;=cmd|\' /C calc\'!A0","1"'
    # a spreadsheet splitting on ';' honours the quotes: the text stays one cell
    cells = next(csv.reader(io.StringIO(text.splitlines()[1]), delimiter=";"))
    assert cells[0].startswith("Sikasso;=cmd") and not any(c.startswith("=") for c in cells)
