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


class _FailsOn:
    """The real parser, failing on any batch that holds a given word (a parser bug's stand-in)."""

    def __init__(self, parser, word: str):
        self.parser, self.word = parser, word

    def pipe(self, texts, **kwargs):
        """Parse like Language.pipe, or fail when the word is in one of the texts."""
        texts = list(texts)
        if any(self.word in text for text in texts):
            raise ValueError(f"cannot parse {self.word}")
        return self.parser.pipe(texts, **kwargs)


BAD_ARTICLE = """---
title: "Attack near Djibo"
author: null
outlet: Bench Wire
url: null
published: 2023-03-05
language: en
---
Gunmen attacked a convoy near Djibo on 3 March 2023, killing 12 Zorblax soldiers.
"""


def test_an_article_the_parser_fails_on_is_rejected_alone(tmp_path, gazetteer, parser):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in (ROOT / "tests" / "heldout" / "articles").glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "bf-djibo-bad-2023-03-05.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    report = build(
        folder,
        tmp_path / "out",
        knowledge=load_knowledge(),
        gazetteer=gazetteer,
        clock=lambda: datetime(2024, 1, 1, tzinfo=UTC),
        parser=_FailsOn(parser, "Zorblax"),
    )
    assert [r.article_id for r in report.rejections] == ["bf-djibo-bad-2023-03-05"]
    assert "could not be read for events" in report.rejections[0].reason
    alone = _tables(tmp_path / "alone", gazetteer, parser, 1)
    assert (tmp_path / "out" / "events.csv").read_bytes() == alone["events.csv"]
