"""The dashboard in Debian's chromium, on the tables the real pipeline builds from the seeds."""

import csv
import io
import json
import math
import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import geo_dir, wait_for_query, wait_ready
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from components.filters import EventFilter
from components.mapbase import load_geo
from components.mapdeck import build_deck
from components.schema import load_dataset
from components.vocabulary import Vocabulary, prepare_events

pytestmark = pytest.mark.browser
CMA = "Coordination of Azawad Movements"
TIMELINE_IDS = (  # the first plotly chart is the timeline; the Summary tab's come later
    "() => [document.querySelector('.js-plotly-plot')]"
    ".flatMap(gd => gd.data.flatMap(t => (t.customdata || []).map(r => r[0])))"
)
# the events table (key "table"): the status lists above it are grids too
TABLE_GRID = ".st-key-table [role=grid]"
# null until the grid is drawn, so a wait on it never throws
ROW_COUNT = (
    f"() => {{ const grid = document.querySelector('{TABLE_GRID}');"
    " return grid && Number(grid.getAttribute('aria-rowcount')); }"
)


def read_csv(data: bytes) -> list[dict]:
    """Rows of a downloaded CSV, after checking the byte-order mark Excel needs."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def seed_rows(seed_data) -> list[dict]:
    with open(seed_data / "events.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def involves(row: dict, actor: str) -> bool:
    assoc = [a.strip() for a in row["assoc_actors"].split(";")]
    return actor in (row["actor1"], row["actor2"], *assoc)


def download(page: Page, label: str, artifacts, name: str) -> tuple[str, bytes]:
    """Click a download button; return the file name offered and its bytes (kept as artifact)."""
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    path = artifacts / name
    info.value.save_as(path)
    return info.value.suggested_filename, path.read_bytes()


def events_metric(page: Page) -> int:
    text = page.get_by_test_id("stMetric").filter(has_text="Events").inner_text()
    return int(text.split()[-1].replace(",", ""))


def map_count(page: Page) -> int:
    caption = page.get_by_text(re.compile(r"^\d+ events on the map")).inner_text()
    return int(caption.split()[0])


def choose_actor(page: Page, actor: str) -> None:
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Actors")
    box.locator("input").click()
    box.locator("input").fill(actor)
    page.get_by_role("option", name=re.compile(re.escape(actor))).first.click()
    page.keyboard.press("Escape")
    wait_for_query(page, "actor")


def set_date_range(page: Page, start: str, end: str) -> None:
    """Type a range into the sidebar's date field, segment by segment, as a user would."""
    for which, value in (("start", start), ("end", end)):
        year = page.locator(f'[aria-label="year, Date range {which} date"]')
        year.click()
        page.keyboard.type(value.replace("-", ""))
    page.get_by_test_id("stSidebar").get_by_text("Filters", exact=True).click()
    wait_for_query(page, "to")


def test_timeline_and_map_render_the_seed_events(seed_server, seed_data, page: Page, artifacts):
    page.goto(seed_server.url)
    wait_ready(page)
    rows = seed_rows(seed_data)
    assert sorted(page.evaluate(TIMELINE_IDS)) == sorted(r["event_id"] for r in rows)
    assert map_count(page) == sum(1 for r in rows if r["latitude"])
    assert events_metric(page) == len(rows)
    # the grid (a hidden table for screen readers) is attached after the script ends
    page.wait_for_selector(TABLE_GRID, state="attached")
    assert page.evaluate(ROW_COUNT) == len(rows) + 1
    latest = max(r["date_end"] for r in rows if r["status"] != "scheduled")
    page.locator(".js-plotly-plot").first.locator(".updatemenu-button").filter(
        has_text="Recent weeks"
    ).click()
    shown = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.xaxis.range")
    span = (date.fromisoformat(shown[1][:10]) - date.fromisoformat(shown[0][:10])).days
    assert shown[0][:10] < latest < shown[1][:10] and span <= 31
    page.set_viewport_size({"width": 1400, "height": 2200})
    wait_ready(page)
    page.screenshot(path=artifacts / "seed-overview.png", full_page=True)


def test_actor_filter_narrows_everything_and_its_url_gives_the_same_file(
    seed_server, seed_data, page: Page, artifacts
):
    page.goto(seed_server.url)
    wait_ready(page)
    choose_actor(page, CMA)
    expected = sorted(r["event_id"] for r in seed_rows(seed_data) if involves(r, CMA))
    assert expected, "the seed articles should give events of the CMA"
    assert parse_qs(urlsplit(page.url).query)["actor"] == [CMA]
    assert events_metric(page) == len(expected)
    # the table's grid may redraw a moment after the key figures: wait for it, then compare
    page.wait_for_function(f"({ROW_COUNT})() === {len(expected) + 1}")
    assert page.evaluate(ROW_COUNT) == len(expected) + 1
    assert sorted(page.evaluate(TIMELINE_IDS)) == expected
    assert map_count(page) == len(expected)
    name, data = download(page, "Download filtered events (CSV)", artifacts, "cma.csv")
    rows = read_csv(data)
    assert sorted(r["event_id"] for r in rows) == expected
    assert all(involves(r, CMA) for r in rows)
    assert list(rows[0]) == list(seed_rows(seed_data)[0])
    page.screenshot(path=artifacts / "actor-filter.png", full_page=True)

    again = page.context.new_page()
    again.goto(page.url)
    wait_ready(again)
    assert again.get_by_test_id("stSidebar").get_by_text(CMA).count() >= 1
    name_again, data_again = download(
        again, "Download filtered events (CSV)", artifacts, "cma2.csv"
    )
    assert (name_again, data_again) == (name, data)


def test_date_range_narrows_everything_and_names_the_file(
    seed_server, seed_data, page: Page, artifacts
):
    page.goto(seed_server.url)
    wait_ready(page)
    set_date_range(page, "2023-09-10", "2023-09-17")
    expected = sorted(
        r["event_id"]
        for r in seed_rows(seed_data)
        if r["date_end"] >= "2023-09-10" and r["date_start"] <= "2023-09-17"
    )
    query = parse_qs(urlsplit(page.url).query)
    assert (query["from"], query["to"]) == (["2023-09-10"], ["2023-09-17"])
    assert events_metric(page) == len(expected)
    assert sorted(page.evaluate(TIMELINE_IDS)) == expected
    assert map_count(page) == len(expected)
    name, data = download(page, "Download filtered events (CSV)", artifacts, "dates.csv")
    assert name == "sahel-events_2023-09-10_2023-09-17.csv"
    assert sorted(r["event_id"] for r in read_csv(data)) == expected

    again = page.context.new_page()
    again.goto(page.url)
    wait_ready(again)
    assert download(again, "Download filtered events (CSV)", artifacts, "dates2.csv") == (
        name,
        data,
    )


def test_clicking_an_event_shows_its_evidence(seed_server, seed_data, page: Page, artifacts):
    page.goto(seed_server.url)
    wait_ready(page)
    choose_actor(page, CMA)
    target = page.evaluate(TIMELINE_IDS)[0]
    click_timeline_event(page, target)
    detail = page.locator(".st-key-event-detail")
    expect(detail).to_be_visible()
    wait_ready(page)
    with open(seed_data / "mentions.csv", encoding="utf-8") as handle:
        sentences = [m["sentence"] for m in csv.DictReader(handle) if m["event_id"] == target]
    text = " ".join(detail.inner_text().replace("\u2060", "").split())
    for sentence in sentences:
        assert " ".join(sentence.split()) in text
    assert parse_qs(urlsplit(page.url).query)["event"] == [target]
    page.screenshot(path=artifacts / "event-detail.png", full_page=True)


CLICK_TRIES = 4
CLICK_WAIT_MS = 30_000  # per try: how long a selection may take to reach the link
SELECTED = "(id) => new URLSearchParams(location.search).get('event') === id"


def _timeline_point(page: Page, event_id: str):
    """The locator of the drawn point or bar of an event, as the chart is drawn now."""
    index = page.evaluate(
        """(id) => {
            const gd = document.querySelector('.js-plotly-plot');
            const seen = {};
            for (const trace of gd.data) {
                const kind = trace.type === 'bar' ? 'barlayer' : 'scatterlayer';
                const rows = trace.customdata || [];
                for (let p = 0; p < rows.length; p++) {
                    if (rows[p][0] === id) return [kind, seen[kind] || 0, p];
                }
                seen[kind] = (seen[kind] || 0) + 1;
            }
            return null;
        }""",
        event_id,
    )
    assert index is not None
    layer, nth, point = index
    trace = (
        page.locator(".js-plotly-plot")
        .first.locator(f".cartesianlayer .subplot.xy .{layer} .trace")
        .nth(nth)
    )
    return trace.locator(".point").nth(point)


def click_timeline_event(page: Page, event_id: str) -> None:
    """Click the drawn point or bar of an event on the plotly timeline."""
    # a click that lands while the chart is being redrawn after the last rerun is lost, and a
    # redraw may order the traces anew: find the point again and click until the link names it
    for _ in range(CLICK_TRIES):
        point = _timeline_point(page, event_id)
        # plotly selects the point under its hover: bring the chart into view and hover first
        # (after the map has been scrolled to, a forced click alone may land on nothing)
        point.scroll_into_view_if_needed()
        point.hover(force=True)
        point.click(force=True)
        try:
            page.wait_for_function(SELECTED, arg=event_id, timeout=CLICK_WAIT_MS)
            break
        except PlaywrightTimeoutError:
            continue
    else:
        raise AssertionError(f"clicking {event_id} on the timeline never selected it")
    wait_ready(page)


def deck_pixel(view: dict, box: dict, lat: float, lon: float) -> tuple[float, float]:
    """Where deck.gl draws a point: Web Mercator with 512-pixel tiles, centred on the view."""
    scale = 512 * 2 ** view["zoom"] / (2 * math.pi)

    def project(la: float, lo: float) -> tuple[float, float]:
        x = scale * (math.radians(lo) + math.pi)
        y = scale * (math.pi - math.log(math.tan(math.pi / 4 + math.radians(la) / 2)))
        return x, y

    cx, cy = project(view["latitude"], view["longitude"])
    px, py = project(lat, lon)
    return box["x"] + box["width"] / 2 + px - cx, box["y"] + box["height"] / 2 + py - cy


def drawn_map(events) -> tuple[dict, dict[str, dict]]:
    """The first view and each event's drawn marker (event id -> row), as the app builds them."""
    doc = json.loads(build_deck(events, load_geo(geo_dir())).to_json())
    rows = {
        row["event_id"]: row
        for layer in doc["layers"]
        if layer["id"] in ("events", "events-area")
        for row in layer["data"]
    }
    return doc["initialViewState"], rows


def point_on_map(page: Page, events, event_id: str) -> tuple[float, float]:
    """Pixel of an event's marker on the map canvas, for the events the page shows, measured
    once the canvas has stopped moving (a selection scrolls the evidence into view smoothly)."""
    view, rows = drawn_map(events)
    canvas = '[data-testid="stDeckGlJsonChart"] canvas'
    page.wait_for_function(
        "(sel) => { const r = document.querySelector(sel).getBoundingClientRect();"
        " const at = `${r.x},${r.y},${r.width},${r.height}`;"
        " const still = window.__deckAt === at; window.__deckAt = at; return still; }",
        arg=canvas,
        polling="raf",
    )
    box = page.locator(canvas).first.bounding_box()
    return deck_pixel(view, box, rows[event_id]["lat"], rows[event_id]["lon"])


def shown_events(data_dir, flt: EventFilter | None = None):
    """The events of a data folder as the page holds them, narrowed as the page narrows them."""
    events = prepare_events(load_dataset(data_dir).events, Vocabulary())
    return events if flt is None else events.loc[flt.mask(events)]


def test_clicking_a_dot_on_the_map_selects_it_on_the_timeline(
    seed_server, seed_data, page: Page, artifacts
):
    page.goto(seed_server.url)
    wait_ready(page)
    choose_actor(page, CMA)
    rows = [r for r in seed_rows(seed_data) if involves(r, CMA) and r["geo_precision"] == "1"]
    target = rows[0]
    page.locator('[data-testid="stDeckGlJsonChart"]').scroll_into_view_if_needed()
    shown = shown_events(seed_data, EventFilter(actors=(CMA,)))
    x, y = point_on_map(page, shown, target["event_id"])
    page.mouse.move(x, y)
    tooltip = page.locator(".deck-tooltip")
    expect(tooltip).to_contain_text(target["title"])
    page.mouse.click(x, y)
    detail = page.locator(".st-key-event-detail")
    expect(detail).to_contain_text(target["title"])
    wait_ready(page)
    ring = page.evaluate(
        "() => (document.querySelector('.js-plotly-plot').layout.shapes || [])"
        ".filter(s => s.name === 'Selected').length"
    )
    assert ring == 1
    assert parse_qs(urlsplit(page.url).query)["event"] == [target["event_id"]]
    page.screenshot(path=artifacts / "map-click.png", full_page=True)
