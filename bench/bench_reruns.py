"""Server work per rerun of the whole page (app.py run by AppTest, headless, in this process).

Unlike the per-builder figures of bench_dashboard, this runs the script as the server does:
widgets, caches, every element serialised. The Summary tab is open (?tab=Summary), so its
three charts are built and sent on every rerun. Printed: the first run (loads the table),
reruns with the same filters (what a click on the timeline, a tab or a zoom step costs when
the filters stay), reruns after changing a filter (everything drawn from the rows is built
anew): choosing an actor in about a third of the events, then in turn actors in a few
thousand each (the map then draws every event: its heaviest case), and a rerun after
changing the Summary's Count.
"""

import os
import re
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

import pandas as pd
from streamlit.testing.v1 import AppTest

ACTOR = "Coordination of Azawad Movements"
# bench_dashboard's synthetic groups other than the few in many events' assoc_actors: each is
# first or second actor of about 5% of the events (4,800-5,000 of 100,000)
SMALL_ACTORS = [f"Armed group {i:02d}" for i in range(10, 15)]
ARTICLES = 2000  # bench_dashboard's synthetic sources cite article-0000 .. article-1999


def _write_tables(events: pd.DataFrame, folder: Path) -> None:
    events.to_csv(folder / "events.csv", index=False)
    ids = [f"article-{i:04d}" for i in range(ARTICLES)]
    pd.DataFrame(
        {
            "article_id": ids,
            "title": [f"Synthetic article {i} on events in the Sahel" for i in range(ARTICLES)],
            "outlet": "Synthetic outlet",
            "url": [f"https://example.org/{i}" for i in ids],
            "published": "2020-01-01",
            "status": "read",
        }
    ).to_csv(folder / "articles.csv", index=False)


def _timed_ms(at: AppTest) -> float:
    start = time.perf_counter()
    at.run()
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    return (time.perf_counter() - start) * 1000


def time_reruns(root: Path, events: pd.DataFrame, geo_dir: Path, reruns: int) -> None:
    """Print the whole script's time per run of the dashboard on `events` (raw, as events.csv)."""
    with tempfile.TemporaryDirectory(prefix="bench-reruns-") as name:
        folder = Path(name)
        _write_tables(events, folder)
        settings = {"SAHEL_DATA_DIR": str(folder), "SAHEL_GEO_DIR": str(geo_dir)}
        with mock.patch.dict(os.environ, settings):
            first, same, changed, small, measure = _run_page(root, reruns)
    print(f"\nwhole page per run, {len(events):,} events, Summary tab open (AppTest, in process):")
    print(f"  first run (reads and prepares the table): {first:,.0f} ms")
    print(
        "  rerun, same filters (a click, a tab, a zoom step): "
        + ", ".join(f"{t:.0f}" for t in same)
        + f" ms; median {statistics.median(same):.0f} ms (target at most 100 ms)"
    )
    print(f"  rerun after choosing an actor (every chart built anew): {changed:,.0f} ms")
    print(
        "  rerun after choosing an actor of a few thousand events (the map draws each): "
        + ", ".join(f"{t:.0f} ({n:,} events)" for t, n in small)
        + f" ms; median {statistics.median(t for t, _ in small):.0f} ms"
    )
    print(f"  rerun after switching the Summary to fatalities: {measure:,.0f} ms")


def _shown(at: AppTest) -> int:
    """The number of events the page says it shows ("**1234 events involving ...**")."""
    for element in at.markdown:
        found = re.match(r"\*\*(\d+) events? ", element.value)
        if found:
            return int(found.group(1))
    return -1


def _run_page(root: Path, reruns: int) -> tuple:
    at = AppTest.from_file(str(root / "app.py"), default_timeout=600)
    at.query_params["tab"] = "Summary"
    first = _timed_ms(at)
    same = [_timed_ms(at) for _ in range(reruns)]
    at.sidebar.multiselect(key="f_actors").set_value([ACTOR])
    changed = _timed_ms(at)
    same += [_timed_ms(at) for _ in range(reruns)]
    small = []
    for actor in SMALL_ACTORS:
        at.sidebar.multiselect(key="f_actors").set_value([actor])
        small.append((_timed_ms(at), _shown(at)))
    at.radio(key="v_summary_measure").set_value("fatalities")
    return first, same, changed, small, _timed_ms(at)
