"""Shared fixtures."""

import pytest

from pipeline.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()
