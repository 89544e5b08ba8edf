"""Shared fixtures."""

import functools
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import pipeline.extract
from pipeline.nlp import load_parser
from pipeline.places import Gazetteer

ROOT = Path(__file__).resolve().parent.parent

# Tests see the embedded index alone, whatever GeoNames dumps the developer imported; a test
# that needs an imported index writes its own into a folder of its own.
os.environ["SAHEL_GAZETTEER_DIR"] = tempfile.mkdtemp(prefix="no-imported-gazetteer-")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real offline gazetteer, loaded once for the whole test run."""
    return Gazetteer.load()


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


def _folder_digest(folder: Path) -> str:
    """A digest of a folder's file names and contents."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def built_tables(tmp_path_factory):
    """Build a folder of articles with `python -m pipeline build --no-cache`, once per run and
    set of inputs; the folder of tables it wrote, which tests only read."""
    built: dict[str, Path] = {}

    def build(articles: Path) -> Path:
        key = f"{articles.resolve()}:{_folder_digest(articles)}"
        if key not in built:
            out = tmp_path_factory.mktemp("built")
            result = subprocess.run(
                [sys.executable, "-m", "pipeline", "build", "--no-cache"]
                + ["--articles", str(articles), "--out", str(out)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=600,
            )
            assert result.returncode == 0, result.stdout + result.stderr
            built[key] = out
        return built[key]

    return build
