"""Incremental builds: cached extractions are reused, and the tables match a full rebuild."""

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.articles import read_articles
from pipeline.build import build
from pipeline.extraction_cache import ExtractionCache, source_version
from pipeline.knowledge import load_knowledge
from pipeline.records import ArticleExtraction

TOWNS = ("Djibo", "Dori", "Kaya", "Ouahigouya", "Arbinda", "Kongoussi", "Titao", "Diapaga")
MORE = ("Gao", "Ménaka")
TABLES = ("events.csv", "mentions.csv", "articles.csv")


def write_article(folder: Path, number: int, town: str, day: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"report-{number:03d}.txt").write_text(
        f'---\ntitle: "Attack near {town}"\npublished: 2024-03-{day + 1:02d}\n---\n'
        f"On {day} March 2024, gunmen attacked the town of {town}, killing {number + 2} "
        f"civilians, residents said.\nThe army said it had sent reinforcements to {town}.\n",
        encoding="utf-8",
    )


class Recorder:
    """A progress callback that records which articles the build had to read.

    It sees what reading each article gave: an extraction, or a rejection.
    """

    def __init__(self):
        self.read: list[str] = []

    def __call__(self, outcomes):
        outcomes = list(outcomes)
        self.read += [getattr(o, "article", o).article_id for o in outcomes]
        return outcomes


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _build(articles, out, gazetteer, knowledge, cache=None, progress=iter):
    return build(
        articles,
        out,
        knowledge=knowledge,
        gazetteer=gazetteer,
        clock=lambda: datetime(2024, 4, 1, tzinfo=UTC),
        cache=cache,
        progress=progress,
    )


def test_adding_articles_reads_only_them_and_gives_the_same_tables(tmp_path, gazetteer, knowledge):
    articles = tmp_path / "articles"
    for number, town in enumerate(TOWNS):
        write_article(articles, number, town, 1 + number)
    with ExtractionCache(tmp_path / "cache.sqlite", version="v1") as cache:
        _build(articles, tmp_path / "first", gazetteer, knowledge, cache)
        for number, town in enumerate(MORE, start=len(TOWNS)):
            write_article(articles, number, town, 1 + number)
        recorder = Recorder()
        _build(articles, tmp_path / "incremental", gazetteer, knowledge, cache, recorder)
    assert recorder.read == ["report-008", "report-009"]
    _build(articles, tmp_path / "full", gazetteer, knowledge)
    for table in TABLES:
        incremental = (tmp_path / "incremental" / table).read_bytes()
        assert incremental == (tmp_path / "full" / table).read_bytes(), table
    assert b"Menaka" in incremental or "Ménaka".encode() in incremental


def test_an_edited_article_or_new_knowledge_is_read_again(tmp_path, gazetteer, knowledge):
    articles = tmp_path / "articles"
    for number, town in enumerate(TOWNS[:3]):
        write_article(articles, number, town, 1 + number)
    with ExtractionCache(tmp_path / "cache.sqlite", version="v1") as cache:
        _build(articles, tmp_path / "out", gazetteer, knowledge, cache)
        write_article(articles, 1, "Gao", 5)  # the same file, now about another town
        recorder = Recorder()
        _build(articles, tmp_path / "out", gazetteer, knowledge, cache, recorder)
        assert recorder.read == ["report-001"]
    with ExtractionCache(tmp_path / "cache.sqlite", version="v2") as cache:
        recorder = Recorder()
        _build(articles, tmp_path / "out", gazetteer, knowledge, cache, recorder)
        assert recorder.read == ["report-000", "report-001", "report-002"]


def test_the_version_follows_the_knowledge_files(tmp_path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "actors.csv").write_text("name\nA\n", encoding="utf-8")
    before = source_version(((knowledge, "*"),))
    (knowledge / "actors.csv").write_text("name\nA\nB\n", encoding="utf-8")
    assert source_version(((knowledge, "*"),)) != before


def test_a_damaged_cache_file_is_replaced(tmp_path, gazetteer, knowledge):
    (tmp_path / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    write_article(tmp_path / "articles", 0, "Djibo", 3)
    with ExtractionCache(tmp_path / "cache.sqlite", version="v1") as cache:
        report = _build(tmp_path / "articles", tmp_path / "out", gazetteer, knowledge, cache)
    assert report.articles_read == 1


def test_everything_an_extraction_holds_comes_back_from_the_cache(tmp_path):
    """build.json lists unresolved place names: a cached article must keep them."""
    write_article(tmp_path / "articles", 0, "Dablo", 3)
    (article,), _ = read_articles(tmp_path / "articles")
    extraction = ArticleExtraction(article, (), (), 2, unresolved_places=("Dablo",))
    with ExtractionCache(tmp_path / "cache.sqlite", version="v1") as cache:
        cache.store([extraction])
        assert cache.split([article]) == ([extraction], [])


def test_a_damaged_entry_is_read_again(tmp_path, gazetteer, knowledge):
    write_article(tmp_path / "articles", 0, "Djibo", 3)
    path = tmp_path / "cache.sqlite"
    with ExtractionCache(path, version="v1") as cache:
        _build(tmp_path / "articles", tmp_path / "out", gazetteer, knowledge, cache)
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE extraction SET data = '{\"mentions\": 3}'")
    recorder = Recorder()
    with ExtractionCache(path, version="v1") as cache:
        report = _build(
            tmp_path / "articles", tmp_path / "out", gazetteer, knowledge, cache, recorder
        )
    assert recorder.read == ["report-000"]
    assert report.articles_read == 1 and report.events


def test_the_version_follows_an_installed_gazetteer_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setenv("SAHEL_GAZETTEER_DIR", str(tmp_path))
    (tmp_path / "BF.tsv.gz").write_bytes(b"one")
    before = source_version()
    (tmp_path / "BF.tsv.gz").write_bytes(b"two")
    assert source_version() != before


def test_a_build_with_every_article_cached_loads_no_model(
    tmp_path, gazetteer, knowledge, monkeypatch
):
    articles = tmp_path / "articles"
    for number, town in enumerate(TOWNS[:2]):
        write_article(articles, number, town, 1 + number)
    with ExtractionCache(tmp_path / "cache.sqlite", version="v1") as cache:
        _build(articles, tmp_path / "first", gazetteer, knowledge, cache)

        def no_model(*args, **kwargs):
            raise AssertionError("the model was loaded for articles already in the cache")

        monkeypatch.setattr("pipeline.extract.load_parser", no_model)
        _build(articles, tmp_path / "again", gazetteer, knowledge, cache)
    for table in TABLES:
        assert (tmp_path / "again" / table).read_bytes() == (
            tmp_path / "first" / table
        ).read_bytes()
