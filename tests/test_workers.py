"""Reading articles in several processes gives the same tables as reading them in one."""

from datetime import UTC, datetime
from pathlib import Path

from pipeline.build import build
from pipeline.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent


def _tables(out: Path, gazetteer, parser, workers: int) -> dict[str, bytes]:
    build(
        ROOT / "tests" / "heldout" / "articles",
        out,
        knowledge=load_knowledge(),
        gazetteer=gazetteer,
        clock=lambda: datetime(2024, 1, 1, tzinfo=UTC),
        parser=parser,
        workers=workers,
    )
    return {name: (out / name).read_bytes() for name in ("events.csv", "mentions.csv")}


def test_two_workers_write_the_same_tables_as_one(tmp_path, gazetteer, parser):
    one = _tables(tmp_path / "one", gazetteer, parser, 1)
    two = _tables(tmp_path / "two", gazetteer, parser, 2)
    assert one == two
    assert one["events.csv"].count(b"\n") > 10
