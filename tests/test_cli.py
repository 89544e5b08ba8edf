"""The `python -m pipeline build` command as a user runs it: messages, exit codes, tables."""

import csv
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.extract import Extractor
from pipeline.output import build_lock

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))
MAX_BYTES = 20_000  # above every seed article, below the oversized file written here

SUMMARY = re.compile(
    r"articles read: (\d+), rejected: (\d+)\n"
    r"events: (\d+) from (\d+) mentions \((\d+) undated mentions left out\)"
)


def article(title: str, published: str, body: str) -> str:
    """An article file's text in the format of design.md."""
    return f'---\ntitle: "{title}"\npublished: {published}\n---\n{body}\n'


def write_bad_files(folder: Path, marker: Path) -> dict[str, str]:
    """Write one file per kind of bad input; returns file name -> a word its reason must hold."""
    oversized = article("Long report", "2023-05-02", "Fighters attacked Gao. " * 1500)
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "binary.txt": (bytes(range(256)) * 8, "binary"),
        "no-front-matter.txt": (b"Fighters attacked Gao on Monday.\n", "front matter"),
        "malformed.txt": (
            b"---\ntitle: [unclosed\npublished: 2023-01-01\n---\nSoldiers clashed.\n",
            "YAML",
        ),
        "impossible-date.txt": (
            article("Clash", "2023-02-30", "Soldiers clashed with fighters.").encode(),
            "2023-02-30",
        ),
        "oversized.txt": (oversized.encode(), "size limit"),
        "python-tag.txt": (
            (
                f'---\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n'
                "published: 2023-01-01\n---\nBody text.\n"
            ).encode(),
            "tag",
        ),
    }
    for name, (raw, _) in files.items():
        (folder / name).write_bytes(raw)
    return {name: word for name, (_, word) in files.items()}


def write_duplicate_ids(folder: Path) -> dict[str, str]:
    """Foo.txt and foo.txt: one article id whatever the case, so one of them must be rejected."""
    (folder / "Foo.txt").write_text(article("Upper", "2023-01-02", "Text."), encoding="utf-8")
    (folder / "foo.txt").write_text(article("Lower", "2023-01-02", "Text."), encoding="utf-8")
    return {"foo.txt": "duplicate"}


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a CSV file written by the build."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def run(capsys, *args: str) -> tuple[int, str, str]:
    """main(['build', ...]) in-process; (exit code, stdout, stderr)."""
    code = main(["build", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def summary_counts(out: str) -> dict[str, int]:
    """The numbers of the summary printed at the end of a build."""
    match = SUMMARY.search(out)
    assert match, f"no summary in {out!r}"
    keys = ("read", "rejected", "events", "mentions", "undated")
    return dict(zip(keys, map(int, match.groups()), strict=True))


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A folder holding the two seed articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SEEDS:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def mixed(seeds, tmp_path) -> tuple[Path, dict[str, str], Path]:
    """The seeds plus every kind of bad file; (folder, bad name -> reason word, tag marker)."""
    marker = tmp_path / "yaml-tag-was-executed"
    return seeds, write_bad_files(seeds, marker) | write_duplicate_ids(seeds), marker


@pytest.fixture
def previous(seeds, tmp_path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding the tables of an earlier build, and their bytes."""
    out = tmp_path / "out"
    assert main(["build", "--articles", str(seeds), "--out", str(out)]) == 0
    return out, {name: (out / name).read_bytes() for name in TABLES}


TABLES = ("events.csv", "mentions.csv", "articles.csv")


def test_bad_files_are_named_with_their_reason_and_the_seeds_still_build(mixed, tmp_path, capsys):
    folder, bad, marker = mixed
    out = tmp_path / "out"
    code, stdout, stderr = run(
        capsys, "--articles", str(folder), "--out", str(out), "--max-bytes", str(MAX_BYTES)
    )
    assert code == 0
    lines = (stdout + stderr).splitlines()
    for name, word in bad.items():
        named = [line for line in lines if name in line and "rejected" in line]
        assert named, f"{name} is not reported"
        assert any(word.lower() in line.lower() for line in named), (name, named)
    assert not marker.exists(), "a YAML tag in the front matter ran a command"
    _, events = read_csv(out / "events.csv")
    sources = {s for row in events for s in row["sources"].split("; ")}
    assert sources == {path.stem for path in SEEDS}


def test_rejected_files_are_listed_in_articles_csv_with_their_reason(mixed, tmp_path, capsys):
    folder, bad, _ = mixed
    out = tmp_path / "out"
    run(capsys, "--articles", str(folder), "--out", str(out), "--max-bytes", str(MAX_BYTES))
    _, rows = read_csv(out / "articles.csv")
    status = {row["article_id"]: (row["status"], row["problem"]) for row in rows}
    for name, word in bad.items():
        state, problem = status[name.removesuffix(".txt")]
        assert state == "rejected"
        assert word.lower() in problem.lower()
    for path in SEEDS:
        assert status[path.stem] == ("read", "")
    assert status["Foo"] == ("read", "")


def test_summary_counts_match_the_files_and_the_tables(mixed, tmp_path, capsys):
    folder, bad, _ = mixed
    out = tmp_path / "out"
    _, stdout, _ = run(
        capsys, "--articles", str(folder), "--out", str(out), "--max-bytes", str(MAX_BYTES)
    )
    counts = summary_counts(stdout)
    _, events = read_csv(out / "events.csv")
    _, mentions = read_csv(out / "mentions.csv")
    assert (counts["read"], counts["rejected"]) == (len(SEEDS) + 1, len(bad))
    assert (counts["events"], counts["mentions"]) == (len(events), len(mentions))


def test_undated_mentions_are_counted_and_left_out(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        article(
            "Clashes in Mali",
            "2023-05-02",
            "Mali is a large country. The north is sparsely populated. "
            "Roads are often closed in the rainy season.\n\n"
            "Jihadists attacked an army post near Gao, in northern Mali.\n\n"
            "Soldiers clashed with the fighters outside Timbuktu.",
        ),
        encoding="utf-8",
    )
    code, stdout, _ = run(capsys, "--articles", str(folder), "--out", str(tmp_path / "out"))
    assert code == 0
    assert summary_counts(stdout) == {
        "read": 1,
        "rejected": 0,
        "events": 0,
        "mentions": 0,
        "undated": 2,
    }


def test_only_bad_files_exits_non_zero_and_keeps_the_previous_tables(previous, tmp_path, capsys):
    out, before = previous
    folder = tmp_path / "bad"
    folder.mkdir()
    write_bad_files(folder, tmp_path / "marker")
    code, stdout, stderr = run(
        capsys, "--articles", str(folder), "--out", str(out), "--max-bytes", str(MAX_BYTES)
    )
    assert code != 0
    assert "no article could be read" in stderr
    assert "tables written" not in stdout, "the summary claims tables that were not written"
    assert {name: (out / name).read_bytes() for name in TABLES} == before


def test_only_bad_files_writes_no_tables_into_an_empty_folder(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    write_bad_files(folder, tmp_path / "marker")
    out = tmp_path / "out"
    code, _, _ = run(
        capsys, "--articles", str(folder), "--out", str(out), "--max-bytes", str(MAX_BYTES)
    )
    assert code != 0
    assert not any((out / name).exists() for name in TABLES)


def test_missing_articles_folder_is_an_error(tmp_path, capsys):
    code, _, stderr = run(capsys, "--articles", str(tmp_path / "nowhere"), "--out", str(tmp_path))
    assert code != 0
    assert "nowhere" in stderr


def test_a_held_lock_stops_the_build_with_a_clear_message(previous, seeds, capsys):
    out, before = previous
    with build_lock(out):
        code, _, stderr = run(capsys, "--articles", str(seeds), "--out", str(out))
    assert code != 0
    assert "another build" in stderr
    assert "Traceback" not in stderr
    assert {name: (out / name).read_bytes() for name in TABLES} == before


def test_an_interrupted_build_leaves_the_previous_tables_intact(
    previous, seeds, monkeypatch, capsys
):
    out, before = previous
    original = Extractor.read_first
    calls = []

    def interrupted_after_first(self, item):
        calls.append(item.article_id)
        if len(calls) > 1:
            raise KeyboardInterrupt
        return original(self, item)

    monkeypatch.setattr(Extractor, "read_first", interrupted_after_first)
    with pytest.raises(KeyboardInterrupt):
        main(["build", "--no-cache", "--articles", str(seeds), "--out", str(out)])
    assert {name: (out / name).read_bytes() for name in TABLES} == before
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("step", ["read_first", "finish"])  # before the parse, after it
def test_an_article_that_crashes_the_extractor_is_skipped_and_named(
    step, seeds, tmp_path, monkeypatch, capsys
):
    """Contract: like an unreadable file, an article the extractor fails on is reported, skipped."""
    original = getattr(Extractor, step)
    broken = SEEDS[0].stem

    def fails_on_one(self, item, *rest):
        if getattr(item, "article", item).article_id == broken:
            raise ValueError("unexpected token")
        return original(self, item, *rest)

    monkeypatch.setattr(Extractor, step, fails_on_one)
    out = tmp_path / "out"
    code, stdout, stderr = run(capsys, "--articles", str(seeds), "--out", str(out))
    assert code == 0
    assert any(
        broken in line and "unexpected token" in line for line in (stdout + stderr).split("\n")
    )
    _, events = read_csv(out / "events.csv")
    assert events
    assert all(row["sources"] == SEEDS[1].stem for row in events)
    _, articles = read_csv(out / "articles.csv")
    assert {row["article_id"]: row["status"] for row in articles}[broken] == "rejected"


def test_a_failure_while_writing_keeps_every_previous_table(previous, seeds, monkeypatch, capsys):
    """Contract: the three tables are replaced together or not at all, never a mixed set."""
    out, before = previous
    (seeds / SEEDS[0].name).unlink()  # so a new events.csv would differ from the previous one

    def disk_full(events):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.build.mention_rows", disk_full)
    code, _, stderr = run(capsys, "--articles", str(seeds), "--out", str(out))
    assert code != 0
    assert "No space left on device" in stderr
    assert {name: (out / name).read_bytes() for name in TABLES} == before
    assert not list(out.glob(".*.tmp"))


def test_latin1_article_is_read_with_its_accents_or_rejected_with_a_reason(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    text = article(
        "Soldiers killed near Léré",
        "2023-03-10",
        "Jihadists attacked the army camp at Léré in central Mali on Wednesday, killing five "
        "soldiers, the armed forces said. The région of Tombouctou has seen repeated attacks "
        "this year. Residents of Niafunké and Diré said the fighters arrived on motorbikes.",
    )
    (folder / "latin1.txt").write_bytes(text.encode("latin-1"))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--articles", str(folder), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = result.stdout + result.stderr
    assert "latin1.txt" in said and "UTF-8" in said
    if (out / "articles.csv").exists():
        _, rows = read_csv(out / "articles.csv")
        assert rows[0]["title"] == "Soldiers killed near Léré"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_nominatim_falls_back_offline_with_a_short_warning(seed_build, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "build",
            "--articles",
            str(SEEDS[0].parent),
            "--out",
            str(out),
            "--geocoder",
            "nominatim",
            "--nominatim-url",
            f"http://127.0.0.1:{_closed_port()}",
            "--geocode-cache",
            str(tmp_path / "geocode.sqlite"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    assert "warning:" in result.stderr and "offline" in result.stderr
    assert "Traceback" not in result.stderr, result.stderr[:2000]
    assert (out / "events.csv").read_bytes() == (seed_build / "events.csv").read_bytes()


def test_python_m_pipeline_build_is_the_command_of_the_contract(mixed, tmp_path):
    folder, bad, _ = mixed
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--articles", str(folder), "--out", str(out)]
        + ["--max-bytes", str(MAX_BYTES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert summary_counts(result.stdout)["read"] == len(SEEDS) + 1
    assert "impossible-date.txt" in result.stdout + result.stderr
    assert all((out / name).stat().st_size > 0 for name in TABLES)


def test_python_m_pipeline_without_readable_articles_exits_non_zero(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    write_bad_files(folder, tmp_path / "marker")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--articles", str(folder)]
        + ["--max-bytes", str(MAX_BYTES)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert not (tmp_path / "data" / "processed" / "events.csv").exists()
