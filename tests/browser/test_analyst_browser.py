"""Issue 10 in chromium on the hand-written tables: links that never broaden, any name finds
an actor or a place, fatalities, the Summary tab, the timeline's span, the map's legend and
controls, honest status and the exports, at 1400 px and on a 390 px phone."""

import json
import re
import time
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from conftest import FIXTURES, TIMEOUT_MS, limited, wait_for_query, wait_ready
from playwright.sync_api import Page, expect
from test_dashboard_browser import deck_pixel, download, events_metric, shown_events

from components.mapbase import load_geo
from components.mapdeck import PHONE_WIDTH, build_deck

pytestmark = pytest.mark.browser
CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
DATA = FIXTURES / "processed"


def changes(read, before, timeout_s: float = TIMEOUT_MS / 1000) -> bool:
    """Whether what `read` returns differs from `before` within the timeout (polled)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if read() != before:
            return True
    return False


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def metric(page: Page, label: str) -> str:
    box = page.get_by_test_id("stMetric").filter(has=page.get_by_text(label, exact=True))
    return box.get_by_test_id("stMetricValue").inner_text()


def test_shared_link_with_an_unknown_actor_shows_nothing_and_says_why(fixture_server, page: Page):
    page.goto(fixture_server.url + "?actor=JNIM")
    wait_ready(page)
    warning = page.get_by_test_id("stAlert").filter(has_text="Not in this table")
    expect(warning).to_contain_text('actor "JNIM"')
    assert events_metric(page) == 0
    assert query(page)["actor"] == ["JNIM"]
    chip = page.get_by_test_id("stSidebar").get_by_text("JNIM (not in this table: 0 events)")
    expect(chip).to_be_visible()


def test_unreadable_date_is_named_kept_and_can_be_dropped(fixture_server, page: Page):
    page.goto(fixture_server.url + "?from=2023-02-30")
    wait_ready(page)
    expect(page.get_by_test_id("stAlert").filter(has_text="cannot be read")).to_contain_text(
        '"from=2023-02-30" is not a date'
    )
    assert events_metric(page) == 0
    page.get_by_role("button", name="Drop the unreadable value").click()
    wait_for_query(page, "from", present=False)
    assert events_metric(page) == 8


@pytest.mark.parametrize(("typed", "shown"), [("GSIM", "JNIM · "), ("FAMa", "FAMa · ")])
def test_actors_are_found_by_any_alias_and_shown_with_their_short_form(
    fixture_server, page: Page, typed, shown
):
    page.goto(fixture_server.url)
    wait_ready(page)
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Actors")
    box.locator("input").fill(typed)
    option = page.get_by_role("option", name=re.compile("^" + re.escape(shown)))
    expect(option).to_have_count(1)
    option.click()
    page.keyboard.press("Escape")
    wait_for_query(page, "actor")
    assert events_metric(page) == (1 if typed == "GSIM" else 3)


def test_search_knows_french_place_names(fixture_server, page: Page):
    page.goto(fixture_server.url)
    wait_ready(page)
    search = page.get_by_test_id("stSidebar").get_by_label("Search", exact=True)
    search.fill("Tombouctou")
    search.press("Enter")
    wait_for_query(page, "q")
    assert events_metric(page) == 2
    expect(page.get_by_text('2 events mentioning "Tombouctou"')).to_be_visible()


def test_fatalities_total_view_and_map_tooltip(fixture_server, page: Page):
    page.goto(fixture_server.url + "?lanes=fatalities")
    wait_ready(page)
    assert metric(page, "Fatalities") == "17"
    title = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.yaxis.title")
    title = title["text"]
    assert title == "Fatalities"
    events = shown_events(DATA)
    doc = json.loads(
        build_deck(events, load_geo(FIXTURES.parent.parent / "data" / "geo")).to_json()
    )
    rows = {
        r["event_id"]: r
        for layer in doc["layers"]
        if layer["id"] in ("events", "events-area")
        for r in layer["data"]
    }
    canvas = page.locator(CANVAS).first
    canvas.scroll_into_view_if_needed()
    wait_ready(page)
    x, y = deck_pixel(
        doc["initialViewState"],
        canvas.bounding_box(),
        rows["ev-bourem"]["lat"],
        rows["ev-bourem"]["lon"],
    )
    page.mouse.move(x, y)
    tooltip = page.locator(".deck-tooltip")
    expect(tooltip).to_contain_text("5 fatalities")
    expect(tooltip).to_contain_text("Sources: Mali, Burkina Faso and Niger sign a defensive")


def test_minimum_fatalities_filter_is_in_the_url(fixture_server, page: Page):
    page.goto(fixture_server.url + "?min_fatalities=10")
    wait_ready(page)
    assert events_metric(page) == 1
    field = page.get_by_test_id("stSidebar").get_by_label("Minimum fatalities", exact=True)
    expect(field).to_have_value("10")


def test_summary_charts_follow_the_filters_and_a_click_sets_one(fixture_server, page: Page):
    page.goto(fixture_server.url)
    wait_ready(page)
    page.get_by_role("tab", name="Summary").click()
    regions = page.locator(".js-plotly-plot").filter(has_text="Events by region")
    expect(regions).to_be_visible()
    wait_for_query(page, "tab")  # the tab's rerun has finished
    titles = page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(g => g.layout.title.text)"
    )
    assert any("Events by month and event type" in t for t in titles)
    assert any("Most active actors" in t for t in titles)
    bar = regions.locator(".barlayer .point").nth(
        regions.evaluate("g => g.data[0].customdata.indexOf('Gao')")
    )
    bar.click(force=True)
    wait_for_query(page, "region")
    assert query(page)["region"] == ["Gao"]
    assert events_metric(page) == 1


def test_timeline_opens_on_the_dated_weeks_and_shows_the_date_window(fixture_server, page: Page):
    page.goto(fixture_server.url + "?from=2023-09-01")
    wait_ready(page)
    layout = page.evaluate("() => document.querySelector('.js-plotly-plot').layout")
    assert layout["xaxis"]["range"][0] >= "2023-06"  # not 2012, the year-level background
    texts = [a["text"] for a in layout.get("annotations", [])]
    assert "Filter from 2023-09-01" in texts
    chart = page.locator(".js-plotly-plot").first
    expect(chart.get_by_text("Filter from 2023-09-01")).to_be_visible()


def test_map_legend_zoom_buttons_and_scale(fixture_server, page: Page):
    page.goto(fixture_server.url)
    wait_ready(page)
    legend = page.get_by_test_id("stHtml").filter(has_text="ring: only a region or country")
    expect(legend).to_contain_text("100 fatalities")
    expect(legend).to_contain_text("Liptako-Gourma, approximate outline")
    canvas = page.locator(CANVAS).first
    canvas.scroll_into_view_if_needed()
    wait_ready(page)
    before = canvas.screenshot()
    page.get_by_test_id("stBaseButton-secondary").filter(has_text="Zoom in").click()
    assert changes(canvas.screenshot, before), "the map did not zoom"


def test_header_counts_what_was_left_out_and_lists_it(fixture_server, page: Page):
    page.goto(fixture_server.url)
    wait_ready(page)
    status = page.get_by_text(re.compile("1 article rejected; 2 event mentions left out"))
    expect(status).to_be_visible()
    status.click()
    expect(page.get_by_text("Articles that could not be read")).to_be_visible()
    page.get_by_role("tab", name="About the data").click()
    expect(page.get_by_text("Places that could not be resolved")).to_be_visible()
    assert query(page)["tab"] == ["About the data"]


def test_geojson_and_mentions_downloads_follow_the_filters(fixture_server, page: Page, artifacts):
    page.goto(fixture_server.url + "?country=MLI&from=2023-09-01")
    wait_ready(page)
    name, data = download(page, "Download filtered events (GeoJSON)", artifacts, "mli.geojson")
    assert name == "sahel-events_2023-09-01_2023-12-31_country-MLI.geojson"
    doc = json.loads(data)
    ids = {f["properties"]["event_id"] for f in doc["features"]}
    assert ids == {"ev-charter", "ev-bourem", "ev-lere", "ev-minusma-deadline"}
    assert doc["features"][0]["geometry"]["type"] == "Point"
    name, data = download(
        page, "Download mentions of the filtered events (CSV)", artifacts, "mli-mentions.csv"
    )
    assert name == "sahel-mentions_2023-09-01_2023-12-31_country-MLI.csv"
    text = data.decode("utf-8-sig")
    assert "ev-charter" in text and "ev-djibo" not in text


@pytest.fixture
def phone(browser, playwright, fixture_server):
    """A 390 px phone (iPhone 13's browser, so the map is fitted to a phone's width)."""
    device = dict(playwright.devices["iPhone 13"])
    device.pop("default_browser_type", None)
    # a mouse rather than touch events, so clicks reach deck.gl's picking the same way
    device.update(has_touch=False, is_mobile=False)
    context = limited(browser.new_context(**device))
    page = context.new_page()
    yield page
    context.close()


def test_phone_has_no_sideways_scroll_every_legend_fits_and_the_map_shows_niger(
    phone: Page, fixture_server, artifacts
):
    phone.goto(fixture_server.url + "?event=ev-djibo")
    wait_ready(phone)
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390
    for legend in ("Event type", "ring: only a region or country", "faint: known only to the year"):
        box = phone.get_by_test_id("stHtml").filter(has_text=legend).first
        expect(box).to_be_visible()
        edges = box.evaluate(
            "el => [...el.querySelectorAll('span')].map(s => s.getBoundingClientRect().right)"
        )
        assert max(edges) <= 390, legend
    canvas = phone.locator(CANVAS).first
    canvas.scroll_into_view_if_needed()
    wait_ready(phone)
    doc = json.loads(
        build_deck(
            shown_events(DATA),
            load_geo(FIXTURES.parent.parent / "data" / "geo"),
            selected="ev-djibo",
            fit_width=PHONE_WIDTH,
        ).to_json()
    )
    niger = next(
        r
        for layer in doc["layers"]
        if layer["id"] == "events-area"
        for r in layer["data"]
        if r["event_id"] == "ev-niger-coup"
    )
    box = canvas.bounding_box()
    x, y = deck_pixel(doc["initialViewState"], box, niger["lat"], niger["lon"])
    assert box["x"] + niger["radius"] <= x <= box["x"] + box["width"] - niger["radius"]
    phone.screenshot(path=artifacts / "phone-390.png", full_page=True)


def test_phone_click_on_the_map_brings_the_evidence_into_view(phone: Page, fixture_server):
    phone.goto(fixture_server.url)
    wait_ready(phone)
    canvas = phone.locator(CANVAS).first
    canvas.scroll_into_view_if_needed()
    wait_ready(phone)
    doc = json.loads(
        build_deck(
            shown_events(DATA),
            load_geo(FIXTURES.parent.parent / "data" / "geo"),
            fit_width=PHONE_WIDTH,
        ).to_json()
    )
    bourem = next(
        r
        for layer in doc["layers"]
        if layer["id"] == "events"
        for r in layer["data"]
        if r["event_id"] == "ev-bourem"
    )
    x, y = deck_pixel(doc["initialViewState"], canvas.bounding_box(), bourem["lat"], bourem["lon"])
    phone.mouse.move(x, y)
    expect(phone.locator(".deck-tooltip")).to_contain_text("Bourem")
    phone.mouse.click(x, y)
    detail = phone.locator(".st-key-event-detail")
    expect(detail).to_contain_text("briefly captures Bourem")
    expect(detail).to_be_in_viewport()


def test_link_with_an_unknown_actor_is_quoted_back(fixture_server, page: Page):
    page.goto(fixture_server.url + "?actor=" + quote("<b>Nobody</b>"))
    wait_ready(page)
    expect(page.get_by_test_id("stAlert").filter(has_text="Not in this table")).to_contain_text(
        'actor "<b>Nobody</b>"'
    )
