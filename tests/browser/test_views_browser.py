"""What a QA pass saw in the browser: the map's first view, crowded points, the range slider,
source titles on hover, and the all-events download, at the window sizes people use."""

import csv
import re

import pytest
from conftest import wait_ready
from playwright.sync_api import Page, expect
from test_dashboard_browser import deck_pixel, download, drawn_map, shown_events

pytestmark = pytest.mark.browser
CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'


def seed_csv(seed_data, name: str) -> list[dict]:
    with open(seed_data / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_first_map_view_shows_and_reaches_every_event(
    seed_server, seed_data, page: Page, artifacts, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(seed_server.url)
    wait_ready(page)
    page.locator(CANVAS).first.scroll_into_view_if_needed()
    wait_ready(page)
    page.screenshot(path=artifacts / f"map-{width}x{height}.png")
    box = page.locator(CANVAS).first.bounding_box()
    view, rows = drawn_map(shown_events(seed_data))
    assert len(rows) == len([r for r in seed_csv(seed_data, "events.csv") if r["latitude"]])
    tooltip = page.locator(".deck-tooltip")
    for event_id, row in rows.items():
        x, y = deck_pixel(view, box, row["lat"], row["lon"])
        assert box["x"] + row["radius"] <= x <= box["x"] + box["width"] - row["radius"], event_id
        assert box["y"] + row["radius"] <= y <= box["y"] + box["height"] - row["radius"], event_id
        page.mouse.move(x, y)
        expect(tooltip).to_contain_text(row["title"])
        expect(tooltip).to_contain_text(row["where"])

    crowded = [r for r in rows.values() if "one of" in r["where"]]
    assert len(crowded) >= 2, "the seed tables place several events at a country centroid"
    target = crowded[0]
    x, y = deck_pixel(view, box, target["lat"], target["lon"])
    page.mouse.click(x, y)
    expect(page.locator(".st-key-event-detail")).to_contain_text(target["title"])
    wait_ready(page)


def test_range_slider_holds_its_markers_and_hover_names_articles(
    seed_server, seed_data, page: Page, artifacts
):
    page.set_viewport_size({"width": 1280, "height": 800})
    events = seed_csv(seed_data, "events.csv")
    dated_day = next(r for r in events if r["date_precision"] == "day")
    page.goto(seed_server.url + "?event=" + dated_day["event_id"])
    wait_ready(page)
    slider = page.locator(".js-plotly-plot").first.locator(".rangeslider-bg").first
    slider.scroll_into_view_if_needed()
    frame = slider.bounding_box()
    assert frame["height"] >= 40
    marks = page.locator(".js-plotly-plot").first.locator(".rangeslider-container .point")
    assert marks.count() >= 1
    for i in range(marks.count()):
        mark = marks.nth(i).bounding_box()
        assert mark["y"] >= frame["y"] - 0.5
        assert mark["y"] + mark["height"] <= frame["y"] + frame["height"] + 0.5
    main_rings = page.locator(".js-plotly-plot").first.locator(".shapelayer path")
    assert main_rings.count() >= 1, "the selected event is ringed on the timeline"
    page.locator(".js-plotly-plot").first.screenshot(path=artifacts / "timeline-1280x800.png")

    titles = {r["article_id"]: r["title"] for r in seed_csv(seed_data, "articles.csv")}
    page.locator(".js-plotly-plot").first.locator(
        ".cartesianlayer .subplot.xy .scatterlayer .point"
    ).first.hover(force=True)
    label = page.locator(".js-plotly-plot").first.locator(".hoverlayer").text_content()
    sources = re.search(r"Sources: (.*)", label).group(1)
    assert any(title[:30] in sources for title in titles.values())
    assert not any(article_id in sources for article_id in titles)


def test_download_of_all_events_is_events_csv_as_written(
    seed_server, seed_data, page: Page, artifacts
):
    page.goto(seed_server.url)
    wait_ready(page)
    _, data = download(page, "Download all events (CSV)", artifacts, "all-events.csv")
    written = (seed_data / "events.csv").read_bytes().decode("utf-8").splitlines()
    downloaded = data.decode("utf-8-sig").splitlines()
    assert downloaded[0] == written[0]
    assert sorted(downloaded[1:]) == sorted(written[1:])
