"""A hand-edited or hostile table gives a readable sentence on the page, never a traceback."""

import csv
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.schema import ARTICLES_NEEDED, MENTIONS_NEEDED
from pipeline.schema import ARTICLE_COLUMNS, MENTION_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def run_app(monkeypatch, data_dir: Path) -> AppTest:
    monkeypatch.setenv("SAHEL_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SAHEL_GEO_DIR", str(FIXTURES / "geo"))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()


def copy_fixture(tmp_path: Path) -> Path:
    for item in (FIXTURES / "processed").iterdir():
        shutil.copy(item, tmp_path / item.name)
    return tmp_path


def edit_first_row(path: Path, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def events_table(at: AppTest):
    """The events table's frame (the page also shows lists of rejected articles and rows)."""
    return next(d for d in at.dataframe if "event_id" in d.value.columns).value


def page_text(at: AppTest) -> str:
    parts = [*at.error, *at.warning, *at.info, *at.markdown, *at.caption]
    return " ".join(str(p.value) for p in parts).replace("\\", "")


@pytest.mark.parametrize(
    ("column", "value", "sentence"),
    [
        ("mention_count", "1e400", "mention_count is not a count"),
        ("source_count", "1e400", "source_count is not a count"),
        ("date_start", "0001-01-01", "date_start is outside 1000-2999"),
        ("date_end", "9999-12-31", "date_end is outside 1000-2999"),
    ],
)
def test_impossible_values_reject_the_row_with_a_sentence(
    monkeypatch, tmp_path, column, value, sentence
):
    data = copy_fixture(tmp_path)
    edit_first_row(data / "events.csv", column, value)
    at = run_app(monkeypatch, data)
    assert not at.exception
    assert "1 row(s) of events.csv were rejected" in page_text(at)
    assert sentence in page_text(at)
    assert len(events_table(at)) == 7  # the other events still show


def test_events_csv_as_a_folder_is_named(monkeypatch, tmp_path):
    data = copy_fixture(tmp_path)
    (data / "events.csv").unlink()
    (data / "events.csv").mkdir()
    at = run_app(monkeypatch, data)
    assert not at.exception
    assert "events.csv is a folder, not a table" in at.error[0].value.replace("\\", "")


def test_build_json_nested_100000_deep_is_a_warning(monkeypatch, tmp_path):
    data = copy_fixture(tmp_path)
    (data / "build.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    at = run_app(monkeypatch, data)
    assert not at.exception
    assert "build.json is nested too deeply" in page_text(at)
    assert len(events_table(at)) == 8


@pytest.mark.parametrize(
    ("table", "column", "length"),
    [("events.csv", "evidence", 144_000), ("articles.csv", "title", 200_000)],
)
def test_cells_longer_than_the_csv_modules_default_limit_load(
    monkeypatch, tmp_path, table, column, length
):
    data = copy_fixture(tmp_path)
    edit_first_row(data / table, column, "x" * length)
    at = run_app(monkeypatch, data)
    assert not at.exception
    assert not at.error
    assert "could not be read as a CSV table" not in page_text(at)
    assert len(events_table(at)) == 8


def test_the_reader_needs_only_columns_the_writer_writes():
    assert set(MENTIONS_NEEDED) <= set(MENTION_COLUMNS)
    assert set(ARTICLES_NEEDED) <= set(ARTICLE_COLUMNS)


def test_bidi_overrides_in_a_hand_edited_table_never_reach_the_page(monkeypatch, tmp_path):
    data = copy_fixture(tmp_path)
    edit_first_row(data / "events.csv", "title", "Attack in \u202eexe.obijD")
    at = run_app(monkeypatch, data)
    assert not at.exception
    titles = list(events_table(at)["title"])
    assert "Attack in exe.obijD" in titles
    assert not any("\u202e" in title for title in titles)
