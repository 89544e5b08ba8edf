"""Time to a fully rendered page in chromium: the dashboard next to a bare Streamlit page.

The bare page holds one plotly chart and one pydeck map, the least a page like ours can be.
Both servers run side by side; the pages are loaded in turn (dashboard, bare, dashboard, ...)
in a fresh browser context each time, so a busy moment slows both alike, and the median of
the ratios is printed. "Fully rendered": every plotly chart has drawn its SVG, the deck.gl
canvas exists, the script has finished and no element is stale.
"""

import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
BARE_PAGE = """
import numpy as np
import pandas as pd
import plotly.express as px
import pydeck as pdk
import streamlit as st

rng = np.random.default_rng(1)
frame = pd.DataFrame({"day": pd.date_range("2023-01-01", periods=50), "n": rng.integers(0, 9, 50)})
st.plotly_chart(px.scatter(frame, x="day", y="n"))
points = pd.DataFrame({"lon": rng.uniform(-5, 4, 50), "lat": rng.uniform(11, 18, 50)})
layer = pdk.Layer("ScatterplotLayer", data=points, get_position=["lon", "lat"], get_radius=9000)
view = pdk.ViewState(latitude=14.5, longitude=0, zoom=4)
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, map_provider=None))
"""
RENDERED = (
    "() => { const plots = [...document.querySelectorAll('.js-plotly-plot')];"
    " return plots.length > 0 && plots.every(p => p.querySelector('.main-svg'))"
    " && document.querySelector('[data-testid=\"stDeckGlJsonChart\"] canvas')"
    " && !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    " && !document.querySelector('[data-stale=\"true\"]'); }"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(root: Path, script: Path, env: dict, log: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    command = [
        str(root / ".venv" / "bin" / "python"),
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    handle = open(log, "w")  # noqa: SIM115 - the server writes to it until it is stopped
    proc = subprocess.Popen(
        command, cwd=root, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not start; see {log}")


def _load_seconds(browser, url: str) -> float:
    """Seconds from navigation to the fully rendered page, in a fresh context."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(RENDERED, timeout=120_000, polling=50)
    seconds = time.perf_counter() - start
    context.close()
    return seconds


def compare_page_loads(root: Path, loads: int) -> None:
    """Print the load times of the dashboard and of the bare page, and their median ratio."""
    work = Path(tempfile.mkdtemp(prefix="bench-page-"))
    bare = work / "bare_page.py"
    bare.write_text(BARE_PAGE, encoding="utf-8")
    env = {
        **os.environ,
        "SAHEL_DATA_DIR": str(root / "tests" / "fixtures" / "processed"),
        "SAHEL_GEO_DIR": str(root / "data" / "geo"),
    }
    servers = [
        _serve(root, root / "app.py", env, work / "app.log"),
        _serve(root, bare, env, work / "bare.log"),
    ]
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=LAUNCH_ARGS
            )
            for _, url in servers:  # warm up: caches filled, as for every user after the first
                _load_seconds(browser, url)
            app_times, bare_times = [], []
            for _ in range(loads):
                app_times.append(_load_seconds(browser, servers[0][1]))
                bare_times.append(_load_seconds(browser, servers[1][1]))
            browser.close()
    finally:
        for proc, _ in servers:
            os.killpg(proc.pid, signal.SIGTERM)
    ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    print("\npage load in chromium (hand-written tables, 1440 px), loaded in turn:")
    print("  dashboard: " + ", ".join(f"{t:.2f}" for t in app_times) + " s")
    print("  bare page: " + ", ".join(f"{t:.2f}" for t in bare_times) + " s")
    print(
        f"  median {statistics.median(app_times):.2f} s vs {statistics.median(bare_times):.2f} s;"
        f" median ratio {statistics.median(ratios):.2f} (target at most 1.5)"
    )
