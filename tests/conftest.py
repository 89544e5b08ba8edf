"""Shared fixtures."""

import functools
import os
import tempfile
from pathlib import Path

import pytest

import pipeline.extract
from pipeline.extract import Extractor
from pipeline.knowledge import load_knowledge
from pipeline.nlp import load_parser
from pipeline.places import Gazetteer
from tests.builds import build_tables

ROOT = Path(__file__).resolve().parent.parent

# Tests see the embedded index alone, whatever GeoNames dumps the developer imported; a test
# that needs an imported index writes its own into a folder of its own.
os.environ["SAHEL_GAZETTEER_DIR"] = tempfile.mkdtemp(prefix="no-imported-gazetteer-")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def embedded() -> Gazetteer:
    """The gazetteer the project ships, with no places a user imported."""
    return Gazetteer.load(installed_dir=None)


# The model is read-only once loaded: every in-process build and extractor of the run shares
# one copy, as the build's forked workers do, instead of loading it again each time.
shared_parser = functools.cache(load_parser)


@pytest.fixture(scope="session", autouse=True)
def one_model_per_process():
    """Extractors made without a parser (builds, the app's editing) get the shared model."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline.extract, "load_parser", shared_parser)
        yield


@pytest.fixture(scope="session")
def parser():
    """spaCy's trained English pipeline, loaded once for the whole test run."""
    return shared_parser()


@pytest.fixture(scope="session")
def extractor(gazetteer, parser):
    """One extractor for the run: the gazetteer and the model are shared services, and each
    article is read by a reader of its own."""
    return Extractor(load_knowledge(), gazetteer, parser=parser)


@pytest.fixture(scope="session", autouse=True)
def session_extraction_cache(tmp_path_factory):
    """Builds in module and session fixtures use a cache of the run, never data/cache."""
    with pytest.MonkeyPatch.context() as patch:
        cache = tmp_path_factory.mktemp("cache") / "extractions.sqlite"
        patch.setenv("SAHEL_EXTRACTION_CACHE", str(cache))
        yield


@pytest.fixture(autouse=True)
def own_extraction_cache(tmp_path, monkeypatch):
    """Each test builds with its own extraction cache, never the project's data/cache."""
    monkeypatch.setenv("SAHEL_EXTRACTION_CACHE", str(tmp_path / "extractions.sqlite"))


@pytest.fixture(scope="session")
def built_tables(tmp_path_factory):
    """Build a folder of articles with `python -m pipeline build --no-cache`, once per run and
    folder (the article folders of the repository, which no test changes); the folder of tables
    it wrote, which tests only read."""
    built: dict[Path, Path] = {}

    def build(articles: Path) -> Path:
        key = articles.resolve()
        if key not in built:
            built[key] = build_tables(articles, tmp_path_factory.mktemp("built"))
        return built[key]

    return build


@pytest.fixture(scope="session")
def seed_build(built_tables) -> Path:
    """The run's one offline build of the seed articles (read-only for the tests that share it)."""
    return built_tables(ROOT / "data" / "articles")


def pytest_terminal_summary(terminalreporter) -> None:
    """List the figures tests recorded with record_property (e.g. the load test's RSS); here, in
    the root conftest, so that the run's main process lists them when workers ran the tests."""
    reports = [
        report
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", "") == "call" and getattr(report, "user_properties", None)
    ]
    if not reports:
        return
    terminalreporter.write_sep("-", "recorded figures")
    for report in reports:
        figures = ", ".join(f"{name}={value}" for name, value in report.user_properties)
        terminalreporter.write_line(f"{report.nodeid}: {figures}")
