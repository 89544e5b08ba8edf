"""Shared fixtures."""

import os
import tempfile

import pytest

from pipeline.places import Gazetteer

# Tests see the embedded index alone, whatever GeoNames dumps the developer imported; a test
# that needs an imported index writes its own into a folder of its own.
os.environ["SAHEL_GAZETTEER_DIR"] = tempfile.mkdtemp(prefix="no-imported-gazetteer-")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def parser():
    """spaCy's trained English pipeline, loaded once for the whole test run."""
    from pipeline.nlp import load_parser

    return load_parser()


@pytest.fixture(autouse=True)
def own_extraction_cache(tmp_path, monkeypatch):
    """Each test builds with its own extraction cache, never the project's data/cache."""
    monkeypatch.setenv("SAHEL_EXTRACTION_CACHE", str(tmp_path / "extractions.sqlite"))
