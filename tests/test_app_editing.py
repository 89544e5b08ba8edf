"""Edit mode in the dashboard (AppTest): read-only by default; corrections that hold."""

import csv
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pipeline.cli import main as pipeline_main
from tests.event_rows import find, read_events
from tests.loopback import Route, Site, serve
from tests.news_pages import DJIBO_TEXT, news_page

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Seed articles and their tables in a temporary folder, the way data/ is laid out."""
    shutil.copytree(ROOT / "data" / "articles", tmp_path / "articles")
    assert build(tmp_path) == 0
    monkeypatch.setenv("SAHEL_DATA_DIR", str(tmp_path / "processed"))
    monkeypatch.setenv("SAHEL_ARTICLES_DIR", str(tmp_path / "articles"))
    monkeypatch.setenv("SAHEL_GEO_DIR", str(FIXTURES / "geo"))
    monkeypatch.delenv("SAHEL_EDIT", raising=False)
    monkeypatch.delenv("SAHEL_FETCH_LOCAL", raising=False)
    return tmp_path


def build(folder: Path) -> int:
    args = ["build", "--articles", str(folder / "articles"), "--out", str(folder / "processed")]
    return pipeline_main(args)


def open_app(event_id: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if event_id:
        at.query_params["event"] = event_id
    return at.run()


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def submit(at: AppTest) -> AppTest:
    (button,) = [b for b in at.button if b.label == "Save the correction and rebuild"]
    return button.click().run()


def test_the_dashboard_is_read_only_by_default(project):
    lere = find(read_events(project / "processed"), "Territory seized", "Léré")
    at = open_app(lere)
    assert not at.exception
    assert "**Fatalities:** not reported" in markdown(at)
    assert not [b for b in at.button if "correction" in b.label]
    assert not [n for n in at.number_input if n.key.startswith("fix_")]  # no correction form
    assert not [r for r in at.sidebar.radio if r.key == "page"]  # no "Add articles" page


def test_a_fatalities_correction_and_a_rejection_hold_over_two_rebuilds(project, monkeypatch):
    monkeypatch.setenv("SAHEL_EDIT", "1")
    events = read_events(project / "processed")
    lere = find(events, "Territory seized", "Léré")
    bourem = find(events, "Territory seized", "Bourem")

    at = open_app(lere)
    at.number_input(key=f"fix_fatalities_{lere}").set_value(7)
    at.text_input(key=f"fix_note_{lere}").input("Two local reports give seven dead")
    at = submit(at)
    assert not at.exception and not at.error
    assert "**Fatalities:** 7" in markdown(at) and "**Corrected:** fatalities" in markdown(at)

    at = open_app(bourem)
    at.checkbox(key=f"fix_rejected_{bourem}").check()
    at.text_input(key=f"fix_note_{bourem}").input("The article says Bourem was not taken")
    at = submit(at)
    assert not at.exception and not at.error

    for _ in range(2):
        assert build(project) == 0
        after = read_events(project / "processed")
        assert bourem not in after and after[lere]["fatalities"] == "7"
        at = open_app(lere)
        assert "**Fatalities:** 7" in markdown(at)
        shown = set(
            next(d for d in at.dataframe if "event_id" in d.value.columns).value["event_id"]
        )
        assert bourem not in shown and lere in shown
    with (project / "corrections.csv").open(encoding="utf-8") as handle:
        rows = [(r["event_id"], r["field"], r["value"]) for r in csv.DictReader(handle)]
    assert rows == [(lere, "fatalities", "7"), (bourem, "rejected", "yes")]


def test_a_correction_without_a_note_is_refused_with_a_sentence(project, monkeypatch):
    monkeypatch.setenv("SAHEL_EDIT", "1")
    lere = find(read_events(project / "processed"), "Territory seized", "Léré")
    at = open_app(lere)
    at.number_input(key=f"fix_fatalities_{lere}").set_value(3)
    at = submit(at)
    assert [e.value for e in at.error] == [
        r"Add a note saying why \(a source, a reason\)\: it is kept with the change\."
    ]
    assert not (project / "corrections.csv").exists()


def test_the_add_articles_page_previews_then_saves_pasted_text(project, monkeypatch):
    monkeypatch.setenv("SAHEL_EDIT", "1")
    at = open_app()
    at.sidebar.radio(key="page").set_value("Add articles").run()
    at.text_input(key="add_title").input("Attack near Djibo")
    at.text_area(key="add_text").input(
        "On 3 March 2024, gunmen attacked the town of Djibo in northern Burkina Faso, "
        "killing five civilians, residents said."
    )
    at.button(key="add_preview").click().run()
    assert not at.exception
    preview = at.dataframe[0].value
    assert list(preview["place"]) == ["Djibo"] and list(preview["date"]) == ["2024-03-03"]
    assert not (project / "articles" / "attack-near-djibo.txt").exists()  # nothing saved yet
    at.button(key="add_save").click().run()
    assert not at.exception
    assert (project / "articles" / "attack-near-djibo.txt").exists()
    assert any("Tables rebuilt" in s.value for s in at.success)
    assert any(r["location"] == "Djibo" for r in read_events(project / "processed").values())


def test_the_add_articles_page_fetches_addresses_and_explains_failures(project, monkeypatch):
    monkeypatch.setenv("SAHEL_EDIT", "1")
    monkeypatch.setenv("SAHEL_FETCH_LOCAL", "1")  # the test server is on 127.0.0.1
    page = news_page("Twelve soldiers killed in Djibo attack", DJIBO_TEXT, published="2024-03-03")
    with serve(Site({"/news/djibo": Route(page)})) as site:
        at = open_app()
        at.sidebar.radio(key="page").set_value("Add articles").run()
        at.text_area(key="add_urls").input(f"{site.url('/news/djibo')}\n{site.url('/gone')}")
        at.button(key="add_preview").click().run()
    assert not at.exception
    assert "Djibo" in set(at.dataframe[0].value["place"])
    (error,) = at.error
    assert "/gone" in error.value and r"the server answered 404 \(not found\)" in error.value


def test_the_add_articles_page_does_not_fetch_local_addresses_by_default(project, monkeypatch):
    monkeypatch.setenv("SAHEL_EDIT", "1")
    page = news_page("Twelve soldiers killed in Djibo attack", DJIBO_TEXT, published="2024-03-03")
    with serve(Site({"/news/djibo": Route(page)})) as site:
        at = open_app()
        at.sidebar.radio(key="page").set_value("Add articles").run()
        at.text_area(key="add_urls").input(site.url("/news/djibo"))
        at.button(key="add_preview").click().run()
    assert not at.exception
    (error,) = at.error
    assert "local or private network address" in error.value
    assert site.hits("/news/djibo") == 0
