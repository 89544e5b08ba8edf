"""Shared fixtures."""

import pytest

from pipeline.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def parser():
    """spaCy's trained English pipeline, loaded once for the whole test run."""
    from pipeline.nlp import load_parser

    return load_parser()
