"""Kill harness: a build killed after any publishing step leaves tables that agree.

The build runs as `python -m pipeline build` does (pipeline.cli.main) in a child process whose
build() gets a checkpoint that kills the process (SIGKILL: no clean-up runs) at the n-th
publishing step. Whatever step it dies after, a reader sees the old tables or the new ones.
"""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from components.schema import load_dataset

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import os, signal, sys
from functools import partial
import pipeline.cli as cli
from pipeline.build import build
calls = []
def checkpoint(step):
    calls.append(step)
    if len(calls) == int(os.environ["KILL_AT"]):
        os.kill(os.getpid(), signal.SIGKILL)
cli.build = partial(build, checkpoint=checkpoint)
sys.exit(cli.main(sys.argv[1:]))
"""
ARTICLE = """---
title: "{title}"
published: 2023-09-{day:02d}
---
On {day} September 2023, jihadist fighters attacked soldiers in {town}, Burkina Faso.
"""
TOWNS = ("Djibo", "Dori", "Kaya")
TABLES = ("events.csv", "mentions.csv", "articles.csv", "build.json")
# publishing steps: first build into an empty folder 7 (written, 4 links, swapped, pruned);
# over tables of an older layout 8 (+ moved); over a published build 3.
STEPS = {"empty": 7, "plain files": 8, "published": 3}


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, town in enumerate(TOWNS[:count]):
        text = ARTICLE.format(title=f"Attack in {town}", day=10 + n, town=town)
        (folder / f"report-{n}.txt").write_text(text, encoding="utf-8")
    return folder


def run_build(articles: Path, out: Path, kill_at: int = 0) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD, "build", "--articles", str(articles), "--out", str(out)],
        cwd=ROOT,
        env={"KILL_AT": str(kill_at), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def tables_as_outsiders_see_them(out: Path) -> dict | None:
    """The four tables read at out/<name>, as a scorer would; None when none is there."""
    present = [name for name in TABLES if (out / name).exists()]
    if not present:
        return None
    assert present == list(TABLES), f"only {present} are readable"
    events, mentions = read_rows(out / "events.csv"), read_rows(out / "mentions.csv")
    articles = read_rows(out / "articles.csv")
    meta = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert {e["event_id"] for e in events} == {m["event_id"] for m in mentions}
    assert sum(int(e["mention_count"]) for e in events) == len(mentions) == meta["mentions"]
    assert len(events) == meta["events"]
    assert len(articles) == meta["articles_read"] + meta["articles_rejected"]
    return {"articles": len(articles), "events": (out / "events.csv").read_bytes()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """A folder published by a complete build of two articles, and one of three."""
    base = tmp_path_factory.mktemp("kill")
    old_articles = write_articles(base / "old-articles", 2)
    new_articles = write_articles(base / "new-articles", 3)
    for name, articles in (("old", old_articles), ("new", new_articles)):
        assert run_build(articles, base / name).returncode == 0
    return base


def starting_folder(builds: Path, start: str, out: Path) -> None:
    if start == "published":
        shutil.copytree(builds / "old", out, symlinks=True)
    elif start == "plain files":
        out.mkdir()
        for name in TABLES:
            shutil.copy(builds / "old" / name, out / name)  # follows the links: plain files


@pytest.mark.parametrize(
    ("start", "kill_at"),
    [(start, n) for start, steps in STEPS.items() for n in range(1, steps + 1)],
)
def test_a_build_killed_after_any_publishing_step_leaves_tables_that_agree(
    builds, tmp_path, start, kill_at
):
    out = tmp_path / "out"
    starting_folder(builds, start, out)
    killed = run_build(builds / "new-articles", out, kill_at)
    assert killed.returncode == -9, killed.stderr

    seen = tables_as_outsiders_see_them(out)
    old = tables_as_outsiders_see_them(builds / "old")
    new = tables_as_outsiders_see_them(builds / "new")
    expected = [None] if start == "empty" else [old]
    if kill_at >= STEPS[start] - 1:  # after the swap, the new tables are the current ones
        expected = [new]
    assert seen in expected
    if seen is not None:  # the dashboard reads one generation: the same tables
        data = load_dataset(out)
        assert len(data.events) == len(read_rows(out / "events.csv"))
        assert set(data.mentions["event_id"]) == set(data.events["event_id"])

    assert run_build(builds / "new-articles", out).returncode == 0
    assert tables_as_outsiders_see_them(out) == new
    assert [p for p in out.rglob("*") if p.name.endswith(".tmp")] == []
    assert len(list((out / ".generations").iterdir())) <= 2
