"""Hostile ARTICLES, run through the real pipeline, stay text in the browser and in downloads."""

import csv
import re

import pytest
from conftest import Server, build_tables, wait_ready
from playwright.sync_api import Page, expect
from test_dashboard_browser import click_timeline_event, point_on_map, read_csv, shown_events

pytestmark = pytest.mark.browser
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"
LINK = "[x](javascript:alert(1))"
BOLD = "<b>Gao</b>"
HYPERLINK = '=HYPERLINK("http://evil.example","click")'
TITLE_ONE = f"Bourem {IMG} {SCRIPT} {LINK}"
TITLE_TWO = f"+cmd|' /C calc'!A0 {HYPERLINK}"
SAFE_URL = "https://news.example.org/sahel/hostile-two"
# (article, sentence as written in it, place the event should be put at)
SENTENCES = [
    (
        "hostile-one",
        f"On 12 September, rebels captured the town of Bourem {IMG} {LINK} {SCRIPT} "
        "after fighting.",
        "Bourem",
    ),
    (
        "hostile-one",
        "On 16 September, a defence pact was signed in Bamako by Mali, Burkina Faso and "
        f"Niger {BOLD}.",
        "Bamako",
    ),
    (
        "hostile-two",
        f"{HYPERLINK} On 19 September, soldiers clashed with jihadists near Menaka {LINK} {IMG}.",
        "Ménaka",
    ),
    (
        "hostile-two",
        f"-2+3 On 14 September, jihadists attacked a convoy in central Mali {SCRIPT}.",
        "Central Mali",
    ),
    ("hostile-two", "@SUM(1+1) On 17 September, gunmen killed five villagers near Djibo.", "Djibo"),
]
FRONT = {
    "hostile-one": (
        f'title: "{TITLE_ONE}"\nauthor: "{BOLD}"\noutlet: "{BOLD} {IMG}"\n'
        'url: "javascript:alert(1)"\npublished: 2023-09-18\nlanguage: en\n'
    ),
    "hostile-two": (
        "title: '" + TITLE_TWO.replace("'", "''") + '\'\noutlet: "@SUM(1+1)"\n'
        f'url: "{SAFE_URL}"\npublished: 2023-09-20\nlanguage: en\n'
    ),
}
INJECTED = """() => ({
    img: document.querySelectorAll('img[src="x"], img[onerror], [onerror]').length,
    script: [...document.querySelectorAll('script')]
        .filter(s => s.textContent.includes('alert(1)')).length,
    js_links: [...document.querySelectorAll('a[href], [src]')]
        .filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || a.getAttribute('src')))
        .length,
    evil_links: document.querySelectorAll('a[href*="evil.example"]').length,
    bold_place: [...document.querySelectorAll('b, strong')]
        .filter(b => b.textContent === 'Gao').length,
})"""
CLEAN = {"img": 0, "script": 0, "js_links": 0, "evil_links": 0, "bold_place": 0}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def flat(text: str) -> str:
    """Text as a reader sees it: invisible joiners dropped, runs of white space made one."""
    return " ".join(text.replace("\u2060", "").split())


@pytest.fixture(scope="module")
def article_data(tmp_path_factory):
    """Two hostile article files run through `python -m pipeline build`: the processed folder."""
    root = tmp_path_factory.mktemp("hostile-articles")
    articles = root / "articles"
    articles.mkdir()
    for article_id, front in FRONT.items():
        body = "\n\n".join(s for a, s, _ in SENTENCES if a == article_id)
        (articles / f"{article_id}.txt").write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return build_tables(articles, root / "processed")


@pytest.fixture(scope="module")
def article_server(article_data, artifacts):
    """A server showing what the pipeline made of the hostile articles."""
    server = Server(article_data, artifacts / "server-hostile-articles.log")
    yield server
    server.stop()


def built_events(data_dir) -> dict[str, dict]:
    """Event id -> row of events.csv, checked to hold one event per hostile sentence."""
    with open(data_dir / "events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["location"] for r in rows) == sorted(place for _, _, place in SENTENCES)
    return {r["event_id"]: r for r in rows}


def sentence_of(row: dict) -> tuple[str, str]:
    """The article and hostile sentence (as written) that an event was read from."""
    place = row["location"]
    return next((a, s) for a, s, p in SENTENCES if p == place)


def assert_clean(page: Page, dialogs: list[str], step: str) -> None:
    """Nothing ran and nothing from the articles became markup."""
    assert page.evaluate(INJECTED) == CLEAN, step
    assert dialogs == [], step


def assert_detail_shows(page: Page, row: dict) -> None:
    """The detail panel quotes the event's sentence and names its article, all as literal text."""
    article, sentence = sentence_of(row)
    detail = page.locator(".st-key-event-detail")
    expect(detail).to_contain_text(row["title"])
    wait_ready(page)
    text = flat(detail.inner_text())
    assert sentence in text
    links = detail.locator('a[href]:not([href^="#"])')  # headings carry a '#' anchor
    if article == "hostile-one":
        assert TITLE_ONE in text and f"{BOLD} {IMG}" in text
        assert links.count() == 0, "a javascript: url must not become a link"
    else:
        assert links.count() == 1
        assert links.first.get_attribute("href") == SAFE_URL
        assert TITLE_TWO in flat(links.first.inner_text())


def test_hover_and_click_through_hostile_articles(
    article_server, article_data, page: Page, artifacts
):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(article_server.url)
    wait_ready(page)
    events = built_events(article_data)
    assert_clean(page, dialogs, "first render")

    points = page.locator(".js-plotly-plot").first.locator(".cartesianlayer .subplot.xy .point")
    hover = page.locator(".js-plotly-plot").first.locator(".hoverlayer .hovertext")
    assert points.count() == len(events)
    labels = []
    for i in range(points.count()):
        page.mouse.move(1, 1)
        expect(hover).to_have_count(0)
        points.nth(i).hover(force=True)
        expect(hover.first).to_be_visible()
        labels.append(
            flat(page.locator(".js-plotly-plot").first.locator(".hoverlayer").text_content())
        )
        assert_clean(page, dialogs, f"hover timeline point {i}")
    # the hover names each source by its title, cut to a few dozen characters
    assert sum(f"Sources: Bourem {IMG} {SCRIPT}" in label for label in labels) == 2, labels
    assert sum(TITLE_TWO in label for label in labels) == 3

    page.locator('[data-testid="stDeckGlJsonChart"]').scroll_into_view_if_needed()
    shown = shown_events(article_data)
    tooltip = page.locator(".deck-tooltip")
    for event_id, row in events.items():
        x, y = point_on_map(page, shown, event_id)
        page.mouse.move(x, y)
        expect(tooltip).to_contain_text(row["title"])
        assert_clean(page, dialogs, f"hover map {row['location']}")
    deck = page.locator('[data-testid="stDeckGlJsonChart"]')
    for event_id, row in events.items():
        # a click scrolls the evidence into view: bring the map back before aiming at a dot
        deck.scroll_into_view_if_needed()
        expect(deck).to_be_in_viewport()
        x, y = point_on_map(page, shown, event_id)
        page.mouse.move(x, y)
        expect(tooltip).to_contain_text(row["title"])  # the pointer is on this event's dot
        page.mouse.click(x, y)
        assert_detail_shows(page, row)
        # the click's rerun must end before the next click: one made during it can be lost
        wait_ready(page)
        assert_clean(page, dialogs, f"click map {row['location']}")

    for event_id, row in events.items():
        click_timeline_event(page, event_id)
        assert_detail_shows(page, row)
        assert_clean(page, dialogs, f"click timeline {row['location']}")

    page.get_by_role("tab", name="Articles").click()
    expect(page.get_by_role("tabpanel", name="Articles")).to_be_visible()
    page.screenshot(path=artifacts / "hostile-articles.png", full_page=True)
    assert_clean(page, dialogs, "articles tab")


def download_rows(page: Page, label: str, path) -> list[dict]:
    """The rows of the CSV a download button gives (kept as an artifact)."""
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    info.value.save_as(path)
    return read_csv(path.read_bytes())


@pytest.mark.parametrize(
    ("label", "name", "column"),
    [
        ("Download filtered events (CSV)", "hostile-articles-events.csv", "evidence"),
        (
            "Download mentions of the filtered events (CSV)",
            "hostile-articles-mentions.csv",
            "sentence",
        ),
    ],
)
def test_downloads_from_hostile_articles_run_no_formula(
    article_server, page: Page, artifacts, label, name, column
):
    page.goto(article_server.url)
    wait_ready(page)
    rows = download_rows(page, label, artifacts / name)
    cells = [cell for row in rows for cell in row.values()]
    risky = [c for c in cells if c.startswith(FORMULA_START) and not NUMBER.fullmatch(c)]
    assert risky == []
    assert any(c.startswith("-") and NUMBER.fullmatch(c) for c in cells), "negative longitude"
    quoted = sorted(row[column] for row in rows if row[column].startswith("'"))
    assert quoted == sorted("'" + s for _, s, _ in SENTENCES if s.startswith(FORMULA_START))
    shown = {row[column].removeprefix("'") for row in rows}
    assert shown == {s for _, s, _ in SENTENCES}
