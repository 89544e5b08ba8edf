"""Browser-test fixtures: the seed tables built by the real pipeline, one server per data set."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.builds import build_tables  # noqa: F401 (the browser tests import it from here)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ARTIFACTS = ROOT / "tests" / "artifacts"
PYTHON = ROOT / ".venv" / "bin" / "python"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Waits are on conditions, so a long limit costs nothing when the page is ready; it only has
# to outlast a busy machine (a second copy of the suite, other jobs): a page can take 30 s there.
# Set here once: for expect() below, and for every action and wait of a context (`limited`).
TIMEOUT_MS = 120_000
SERVER_START_S = 240


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's chromium with the flags that work headless here."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": LAUNCH_ARGS}


@pytest.fixture(scope="session", autouse=True)
def generous_expect_timeout():
    """expect() waits as long as everything else, not Playwright's 5 s."""
    expect.set_options(timeout=TIMEOUT_MS)


def limited(context):
    """`context` with the generous limit on every action and wait of its pages."""
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture
def context(new_context):
    """pytest-playwright's context, with the generous limit for every action and wait."""
    return limited(new_context())


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """A wide viewport so the sidebar, timeline and map are all laid out; downloads allowed."""
    return {
        **browser_context_args,
        "viewport": {"width": 1400, "height": 1000},
        "accept_downloads": True,
    }


def geo_dir() -> Path:
    """The real map layers when they exist, else the tiny stand-ins under tests/fixtures."""
    real = ROOT / "data" / "geo"
    if (real / "countries.geojson").exists() and (real / "liptako_gourma.geojson").exists():
        return real
    return FIXTURES / "geo"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A streamlit server on loopback showing one data directory."""

    def __init__(
        self, data_dir: Path, log: Path, app_args: tuple[str, ...] = (), env: dict | None = None
    ):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        env = {
            **os.environ,
            "SAHEL_DATA_DIR": str(data_dir),
            "SAHEL_GEO_DIR": str(geo_dir()),
            **(env or {}),
        }
        self._log = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [
                str(PYTHON),
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.headless",
                "true",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
                "--server.fileWatcherType",
                "none",
                *(["--", *app_args] if app_args else []),
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + SERVER_START_S
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=5) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            try:  # between two asks, notice at once a server that exited
                self.proc.wait(timeout=0.3)
            except subprocess.TimeoutExpired:
                continue
            break
        self.stop()
        raise RuntimeError(f"streamlit did not start (exit code {self.proc.returncode}); see {log}")

    def stop(self) -> None:
        """Stop the server and its children."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        self._log.close()


@pytest.fixture(scope="session")
def seed_data(built_tables) -> Path:
    """The seed articles run through the real pipeline (the run's one build of them)."""
    return built_tables(ROOT / "data" / "articles")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots and downloaded files are kept for a human to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def seed_server(seed_data, artifacts):
    """A server showing the pipeline's output for the seed articles."""
    server = Server(seed_data, artifacts / "server-seed.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory, artifacts):
    """A server showing a hand-written table full of HTML, script and formula payloads."""
    data = tmp_path_factory.mktemp("hostile")
    for item in (FIXTURES / "hostile").iterdir():
        shutil.copy(item, data / item.name)
    server = Server(data, artifacts / "server-hostile.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fixture_server(tmp_path_factory, artifacts):
    """A server showing the hand-written tables (fatalities, districts, left-out mentions)."""
    data = tmp_path_factory.mktemp("fixture-processed")
    for item in (FIXTURES / "processed").iterdir():
        shutil.copy(item, data / item.name)
    server = Server(data, artifacts / "server-fixture.log")
    yield server
    server.stop()


def wait_ready(page, timeout: int | None = None) -> None:
    """Wait until the timeline and the map are drawn, the script has finished running and
    the browser has painted (conditions only: a busy machine takes as long as it takes).
    `timeout` in ms; by default the page's own limit."""
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=timeout)
    page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-stale=\"true\"]')",
        timeout=timeout,
    )
    page.evaluate(
        "() => document.fonts.ready.then(() => new Promise(r =>"
        " requestAnimationFrame(() => requestAnimationFrame(r))))"
    )
    assert page.get_by_test_id("stException").count() == 0, "the page shows a traceback"


def wait_for_query(page, key: str, present: bool = True, timeout: int | None = None) -> None:
    """Wait until the page's URL has (or no longer has) a query parameter, then until ready."""
    check = "new URLSearchParams(location.search).has(k)"
    page.wait_for_function(f"(k) => {check} === {str(present).lower()}", arg=key, timeout=timeout)
    wait_ready(page, timeout)
