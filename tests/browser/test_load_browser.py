"""Bounded load: 8 pages at once on one server, each with its own filter, all correct.

The load figures (server RSS before and after, slowest page) are reported, not asserted: they
go to the test's user properties (shown in the terminal summary and in --junitxml reports)
and to tests/artifacts/load.txt.
"""

import csv
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from conftest import TIMEOUT_MS, limited, wait_ready
from test_dashboard_browser import CMA, involves

pytestmark = pytest.mark.browser


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line")


def overlaps(row: dict, start: str, end: str) -> bool:
    """True when the event's possible dates overlap [start, end]."""
    return row["date_end"] >= start and row["date_start"] <= end


# (query, predicate a reader would apply to events.csv by hand)
FILTERS = [
    ({}, lambda r: True),
    ({"actor": CMA}, lambda r: involves(r, CMA)),
    ({"from": "2023-09-01", "to": "2023-09-30"}, lambda r: overlaps(r, "2023-09-01", "2023-09-30")),
    ({"to": "2019-12-31"}, lambda r: r["date_start"] <= "2019-12-31"),
    ({"type": "Battles"}, lambda r: r["event_type"] == "Battles"),
    ({"precise": "1"}, lambda r: r["date_precision"] == "day"),
    ({"country": "NER"}, lambda r: r["iso3"] == "NER"),
    (
        {"type": "Strategic developments", "from": "2023-01-01"},
        lambda r: r["event_type"] == "Strategic developments" and r["date_end"] >= "2023-01-01",
    ),
]


def test_eight_pages_at_once_show_the_right_counts(
    seed_server, seed_data, browser, artifacts, record_property
):
    with open(seed_data / "events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    context = limited(browser.new_context(viewport={"width": 1400, "height": 1000}))
    try:
        warm = context.new_page()
        warm.goto(seed_server.url)
        wait_ready(warm)
        warm.close()
        before = rss_mb(seed_server.proc.pid)

        pages, started = [], time.monotonic()
        for query, _ in FILTERS:
            page = context.new_page()
            page.goto(f"{seed_server.url}?{urlencode(query)}", wait_until="commit")
            pages.append(page)
        ready_after = []
        for page in pages:
            wait_ready(page, timeout=TIMEOUT_MS * 2)
            ready_after.append(time.monotonic() - started)
        after = rss_mb(seed_server.proc.pid)

        record_property("pages_at_once", len(pages))
        record_property("server_rss_before_mb", round(before))
        record_property("server_rss_after_mb", round(after))
        record_property("slowest_page_ready_s", round(max(ready_after), 1))
        (artifacts / "load.txt").write_text(
            f"{len(pages)} pages at once: server RSS {before:.0f} MB before, {after:.0f} MB "
            f"after (+{after - before:.0f} MB); slowest page ready after "
            f"{max(ready_after):.1f} s\n",
            encoding="utf-8",
        )
        for page, (query, keep) in zip(pages, FILTERS, strict=True):
            text = page.get_by_test_id("stMetric").filter(has_text="Events").inner_text()
            assert int(text.split()[-1]) == sum(1 for r in rows if keep(r)), query
    finally:
        context.close()
