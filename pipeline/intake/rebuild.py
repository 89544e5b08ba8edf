"""Rebuild the tables after articles were added, as `python -m pipeline build` does."""

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from pipeline.build import BuildReport, build
from pipeline.extraction_cache import ExtractionCache
from pipeline.knowledge import load_knowledge
from pipeline.places import Gazetteer


def rebuild(
    articles_dir: Path, out_dir: Path, progress: Callable[[Iterable], Iterable] = iter
) -> BuildReport:
    """Build the tables offline from the articles folder into out_dir, reusing cached results."""
    with ExtractionCache() as cache:
        return build(
            articles_dir,
            out_dir,
            knowledge=load_knowledge(),
            gazetteer=Gazetteer.load(),
            clock=lambda: datetime.now(UTC),
            progress=progress,
            cache=cache,
        )
