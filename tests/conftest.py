"""Shared fixtures."""

import pytest

from pipeline.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()


@pytest.fixture(autouse=True)
def own_extraction_cache(tmp_path, monkeypatch):
    """Each test builds with its own extraction cache, never the project's data/cache."""
    monkeypatch.setenv("SAHEL_EXTRACTION_CACHE", str(tmp_path / "extractions.sqlite"))
