"""Shared fixtures."""

import pytest

from pipeline.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()


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
