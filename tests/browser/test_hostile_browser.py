"""Hostile article text stays text in the browser: hover and click through, nothing fires."""

import csv
import io

import pytest
from conftest import FIXTURES, wait_ready
from playwright.sync_api import Page, expect
from test_dashboard_browser import click_timeline_event, point_on_map, shown_events

pytestmark = pytest.mark.browser
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"
LINK = "[x](javascript:alert(1))"
INJECTED = """() => ({
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    script: [...document.querySelectorAll('script')]
        .filter(s => s.textContent.includes('alert(1)')).length,
    js_links: [...document.querySelectorAll('a[href]')]
        .filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length,
    evil_links: document.querySelectorAll('a[href*="evil.example"]').length,
    bold_place: [...document.querySelectorAll('b')].filter(b => b.textContent === 'Gao').length,
})"""
CLEAN = {"img": 0, "script": 0, "js_links": 0, "evil_links": 0, "bold_place": 0}


def hostile_events() -> list[dict]:
    with open(FIXTURES / "hostile" / "events.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_hostile_text_is_shown_as_text(hostile_server, page: Page, artifacts):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_server.url)
    wait_ready(page)
    assert page.evaluate(INJECTED) == CLEAN

    points = page.locator(".js-plotly-plot").first.locator(".cartesianlayer .subplot.xy .point")
    for i in range(points.count()):
        points.nth(i).hover(force=True)
        hover = page.locator(".js-plotly-plot").first.locator(".hoverlayer .hovertext")
        expect(hover.first).to_be_visible()
        assert page.evaluate(INJECTED) == CLEAN
    first = hostile_events()[0]
    page.locator(".js-plotly-plot").first.locator(
        ".cartesianlayer .subplot.xy .scatterlayer .point"
    ).first.hover(force=True)
    label = page.locator(".js-plotly-plot").first.locator(".hoverlayer").text_content()
    assert IMG in label and SCRIPT in label

    page.locator('[data-testid="stDeckGlJsonChart"]').scroll_into_view_if_needed()
    shown = shown_events(FIXTURES / "hostile")
    for event in hostile_events():
        x, y = point_on_map(page, shown, event["event_id"])
        page.mouse.move(x, y)
        tooltip = page.locator(".deck-tooltip")
        expect(tooltip).to_be_visible()
        assert tooltip.inner_text().startswith(event["title"][:10])
        assert page.evaluate(INJECTED) == CLEAN
    x, y = point_on_map(page, shown, first["event_id"])
    page.mouse.move(x, y)
    expect(page.locator(".deck-tooltip")).to_contain_text(IMG)
    page.mouse.click(x, y)
    detail = page.locator(".st-key-event-detail")
    expect(detail).to_contain_text(SCRIPT)
    wait_ready(page)
    assert LINK in detail.inner_text()
    assert page.evaluate(INJECTED) == CLEAN

    for event in hostile_events():
        click_timeline_event(page, event["event_id"])
        expect(detail).to_contain_text(event["title"][:8])
        wait_ready(page)
        assert page.evaluate(INJECTED) == CLEAN

    page.get_by_role("tab", name="Articles").click()
    expect(page.get_by_role("tabpanel", name="Articles")).to_be_visible()
    page.screenshot(path=artifacts / "hostile.png", full_page=True)
    assert page.evaluate(INJECTED) == CLEAN
    assert dialogs == []


def test_downloaded_csv_neutralises_formulas(hostile_server, page: Page, artifacts):
    page.goto(hostile_server.url)
    wait_ready(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download filtered events (CSV)").click()
    path = artifacts / "hostile.csv"
    info.value.save_as(path)
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(path.read_text("utf-8-sig")))}
    risky = rows["ev-xss-2"]
    assert risky["title"] == "'" + '=HYPERLINK("http://evil.example","click")'
    assert risky["actor1"] == "'@SUM(1+1)"
    assert risky["location"] == "'-Menaka"
    assert risky["evidence"].startswith("'+cmd")
    assert rows["ev-xss-1"]["title"].startswith("Clash <img")
