"""Edit mode in a real browser: corrections hold over rebuilds; read-only unless started so."""

import shutil

import pytest
from conftest import ARTIFACTS, ROOT, Server, build_tables, wait_ready
from playwright.sync_api import Page, expect

from tests.event_rows import find, read_events

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def project(tmp_path_factory, seed_data):
    """Seed articles and their tables (a copy of the run's build) in a folder laid out like
    data/, for the tests here to change."""
    folder = tmp_path_factory.mktemp("editing")
    shutil.copytree(ROOT / "data" / "articles", folder / "articles")
    shutil.copytree(seed_data, folder / "processed", symlinks=True)
    return folder


@pytest.fixture(scope="module")
def servers(project, artifacts, tmp_path_factory):
    """One server started with `-- --edit`, one started plainly, on the same tables."""
    cache = {"SAHEL_EXTRACTION_CACHE": str(tmp_path_factory.mktemp("cache") / "x.sqlite")}
    env = {"SAHEL_ARTICLES_DIR": str(project / "articles"), **cache}
    editing = Server(project / "processed", artifacts / "server-edit.log", ("--edit",), env)
    plain = Server(project / "processed", artifacts / "server-readonly.log", (), env)
    yield editing, plain
    editing.stop()
    plain.stop()


def detail(page: Page):
    return page.locator(".st-key-event-detail")


def correct(page: Page, url: str, event_id: str, fill) -> None:
    page.goto(f"{url}?event={event_id}")
    wait_ready(page)
    panel = detail(page)
    panel.get_by_text("Correct this event").click()
    fill(panel)
    panel.get_by_label("Note (why; required)").fill("Checked against a second source")
    panel.screenshot(path=str(ARTIFACTS / f"editing-form-{event_id}.png"))
    panel.get_by_role("button", name="Save the correction and rebuild").click()


def test_corrections_made_in_the_browser_hold_over_two_rebuilds(
    page: Page, project, servers, artifacts
):
    editing, plain = servers
    events = read_events(project / "processed")
    lere = find(events, "Territory seized", "Léré")
    bourem = find(events, "Territory seized", "Bourem")

    correct(page, editing.url, lere, lambda p: p.get_by_label("Fatalities").fill("7"))
    expect(detail(page).get_by_text("Corrected: fatalities")).to_be_visible()
    correct(page, editing.url, bourem, lambda p: p.get_by_text("Reject: not a real event").click())
    expect(page.get_by_text("Click an event on the timeline")).to_be_visible()
    page.screenshot(path=str(artifacts / "editing-after-reject.png"))

    for _ in range(2):
        build_tables(project / "articles", project / "processed")
        after = read_events(project / "processed")
        assert bourem not in after and after[lere]["fatalities"] == "7"
        assert after[lere]["corrected"] == "fatalities"

    for server in (editing, plain):
        page.goto(f"{server.url}?event={lere}")
        wait_ready(page)
        expect(detail(page)).to_contain_text("Fatalities: 7")
        page.goto(f"{server.url}?event={bourem}")
        wait_ready(page)
        expect(page.get_by_text("Click an event on the timeline")).to_be_visible()


def test_a_plainly_started_dashboard_offers_no_editing(page: Page, project, servers, artifacts):
    _, plain = servers
    lere = find(read_events(project / "processed"), "Territory seized", "Léré")
    page.goto(f"{plain.url}?event={lere}")
    wait_ready(page)
    expect(detail(page)).to_contain_text("Fatalities:")
    expect(page.get_by_text("Correct this event")).to_have_count(0)
    expect(page.get_by_text("Add articles")).to_have_count(0)
    page.screenshot(path=str(artifacts / "editing-read-only.png"))
