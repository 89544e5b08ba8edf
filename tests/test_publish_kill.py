"""Kill harness: a build killed after any publishing step leaves tables that agree.

The build runs as `python -m pipeline build` does (pipeline.cli.main) in a child process whose
build() gets a checkpoint that kills the process (SIGKILL: no clean-up runs) at the n-th
publishing step. Whatever step it dies after, a reader sees the old tables or the new ones.

The children are forked from one process per module that has imported the pipeline and loaded
the model once (as the build's own workers are), so each build costs its work, not a start-up.
"""

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from components.schema import load_dataset

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, os, signal, sys
from functools import partial
import pipeline.cli as cli
from pipeline.build import build
from pipeline.nlp import load_parser
parser = load_parser()
for line in sys.stdin:
    kill_at, log, argv = json.loads(line)
    pid = os.fork()
    if pid == 0:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        calls = []
        def checkpoint(step):
            calls.append(step)
            if len(calls) == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        cli.build = partial(build, checkpoint=checkpoint, parser=parser)
        code = cli.main(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
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


class Builds:
    """A child process that forks one `pipeline build` per request and reports how it ended."""

    def __init__(self, folder: Path):
        self.folder = folder
        env = {
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            # the run's own caches, never the project's data/cache or imported dumps
            "SAHEL_EXTRACTION_CACHE": str(folder / "extractions.sqlite"),
            "SAHEL_GAZETTEER_DIR": os.environ["SAHEL_GAZETTEER_DIR"],
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.runs = 0

    def run(self, articles: Path, out: Path, kill_at: int = 0) -> tuple[int, str]:
        """Build articles into out, killed at the kill_at-th publishing step (0: never);
        the exit code (-9 when killed) and what the build printed."""
        self.runs += 1
        log = self.folder / f"build-{self.runs}.log"
        argv = ["build", "--articles", str(articles), "--out", str(out)]
        self.proc.stdin.write(json.dumps([kill_at, str(log), argv]) + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        assert answer, "the build process died"
        return int(answer), log.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        """Let the child process end."""
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.proc.stdout.close()


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
def builder(tmp_path_factory):
    """The module's build process."""
    builder = Builds(tmp_path_factory.mktemp("kill-builds"))
    yield builder
    builder.close()


@pytest.fixture(scope="module")
def builds(builder, tmp_path_factory):
    """A folder published by a complete build of two articles, and one of three."""
    base = tmp_path_factory.mktemp("kill")
    old_articles = write_articles(base / "old-articles", 2)
    new_articles = write_articles(base / "new-articles", 3)
    for name, articles in (("old", old_articles), ("new", new_articles)):
        assert builder.run(articles, base / name)[0] == 0
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
    builder, builds, tmp_path, start, kill_at
):
    out = tmp_path / "out"
    starting_folder(builds, start, out)
    code, said = builder.run(builds / "new-articles", out, kill_at)
    assert code == -9, said

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

    assert builder.run(builds / "new-articles", out)[0] == 0
    assert tables_as_outsiders_see_them(out) == new
    assert [p for p in out.rglob("*") if p.name.endswith(".tmp")] == []
    assert len(list((out / ".generations").iterdir())) <= 2
