"""The tables' schema, shared by the writer (pipeline) and the reader (dashboard).

Column lists, the list separator, how a cell is encoded (bounded, formula-safe, every field
quoted) and decoded, and the few helpers both sides need to agree on.
"""

import csv
import os
import re
from collections.abc import Mapping
from pathlib import Path

from pipeline.contract import EVENT_COLUMNS as CONTRACT_COLUMNS
from pipeline.contract import LIST_SEPARATOR
from pipeline.textnorm import clean_text

EVENT_COLUMNS = (*CONTRACT_COLUMNS, "mention_count", "verified", "corrected")

MENTION_COLUMNS = (
    "mention_id",
    "event_id",
    "article_id",
    "sentence_index",
    "sentence_start",
    "sentence_end",
    "sentence",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "date_text",
    "date_start",
    "date_end",
    "date_precision",
    "date_rule",
    "place_text",
    "place_rule",
    "location",
    "iso3",
    "latitude",
    "longitude",
    "geo_precision",
    "actors",
    "actor_texts",
    "event_type",
    "sub_event_type",
    "category",
    "fatalities",
    "fatalities_text",
)

ARTICLE_COLUMNS = (
    "article_id",
    "title",
    "author",
    "outlet",
    "url",
    "published",
    "published_estimated",
    "language",
    "status",
    "problem",
    "sentences",
    "mentions",
    "events",
)

TABLE_FILES = ("events.csv", "mentions.csv", "articles.csv", "build.json")
# Each build writes a folder under GENERATIONS; CURRENT links to the one readers use, and each
# table's path in the output folder links through CURRENT (see pipeline/output.py).
GENERATIONS = ".generations"
CURRENT = ".current"

# Free-text cells are cut to this many characters (the cut ends in "…"). The whole sentence
# stays traceable: mentions.csv gives its offsets (sentence_start, sentence_end) in the article.
MAX_TEXT_CELL = 2_000
TRUNCATED = "…"
TEXT_COLUMNS = frozenset(
    {
        "title",
        "evidence",
        "date_text",
        "sentence",
        "trigger_text",
        "place_text",
        "actor_texts",
        "author",
        "outlet",
        "problem",
    }
)
# Every field quoted: a spreadsheet that splits on ';' or ',' still sees one cell.
QUOTING = csv.QUOTE_ALL
# What readers accept in one field: more than any cell the writer can produce (ids, lists).
READ_FIELD_LIMIT = 2**31 - 1

# Spreadsheets run a cell starting with these as a formula; article text must never do that.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def tables_folder(out_dir: Path) -> Path:
    """The folder holding one consistent set of tables: the current generation, resolved once."""
    current = Path(out_dir) / CURRENT
    return Path(os.path.realpath(current)) if current.is_symlink() else Path(out_dir)


def bounded(text: str, limit: int = MAX_TEXT_CELL) -> str:
    """Text cut to at most limit characters, the cut marked with '…'."""
    return text if len(text) <= limit else text[: limit - len(TRUNCATED)] + TRUNCATED


def neutralise(value: object) -> object:
    """A cell as spreadsheets should show it: text that would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def restore(cell: str) -> str:
    """The text a neutralised cell stood for, for readers that show it rather than compute it."""
    if cell.startswith("'") and neutralise(cell[1:]) == cell:
        return cell[1:]
    return cell


def encode_row(columns: tuple[str, ...] | list[str], row: Mapping[str, object]) -> list[object]:
    """The cells of one row as written: text cleaned, free text bounded, formulas neutralised."""
    cells = []
    for column in columns:
        value = row.get(column)
        if isinstance(value, str):
            # articles are cleaned when read; this covers text from anywhere else (a geocoder)
            value = clean_text(value)[0]
            if column in TEXT_COLUMNS:
                value = bounded(value)
        cells.append(neutralise(value))
    return cells


def join_list(items: tuple[str, ...] | list[str]) -> str:
    """A list cell: items joined with the list separator."""
    return LIST_SEPARATOR.join(items)


def split_list(value: object) -> list[str]:
    """The non-empty items of a list cell."""
    return [item.strip() for item in str(value).split(LIST_SEPARATOR.strip()) if item.strip()]


def event_actors(row: Mapping[str, object]) -> list[str]:
    """Every actor of an events.csv row in order, without repeats: actor1, actor2, assoc_actors."""
    named = [_text(row.get("actor1")), _text(row.get("actor2"))]
    named += split_list(_text(row.get("assoc_actors")))
    return list(dict.fromkeys(name for name in named if name))


def _text(value: object) -> str:
    # a missing cell reads as None from csv and as NaN from pandas
    return value.strip() if isinstance(value, str) else ""
