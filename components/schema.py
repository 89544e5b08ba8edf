"""Load the processed tables and validate events.csv against the data contract, row by row."""

import csv
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.contract import (
    DATE_PRECISIONS,
    EVENT_COLUMNS,
    EVENT_TYPES,
    FIRST_YEAR,
    LAST_YEAR,
    STATUSES,
)
from pipeline.schema import (
    READ_FIELD_LIMIT,
    TABLE_FILES,
    event_actors,
    restore,
    split_list,
    tables_folder,
)
from pipeline.textnorm import BIDI_CONTROLS

__all__ = ["event_actors", "split_list"]  # the dashboard reads list cells as the writer wrote them

# the columns of the writer's lists the dashboard needs; tables of older builds may lack others
MENTIONS_NEEDED = (
    "mention_id",
    "event_id",
    "article_id",
    "sentence_index",
    "sentence",
    "trigger_text",
    "date_text",
    "location",
)
ARTICLES_NEEDED = ("article_id", "title", "outlet", "url", "published", "status")

GEO_PRECISION_LABELS = {
    1: "the named place itself",
    2: "near a place, or part of a region",
    3: "a region or a country (centroid)",
}
BUILD_COMMAND = "python -m pipeline build"
# typed columns keep their text as written under this prefix, so exports match events.csv
TEXT_PREFIX = "_text_"


# what only Search (`_find`, `_actor_types`), the evidence panel and the exports read: the rows
# each filter state copies for the charts, key figures and table leave these out
NOT_CHARTED = ("evidence", "sub_event_type", "iso3", "mention_count", "_find", "_actor_types")
# what only the table and the texts of events drawn one by one read: the page copies these for
# the rows it lists or draws (up to a few thousand), not for every row a filter keeps
ROW_DETAILS = (
    "title",
    "date_text",
    "date_start",
    "date_end",
    "fatalities",
    "admin2",
    "source_count",
    "confidence",
)


class TableError(Exception):
    """A table that cannot be used at all (unreadable, or required columns missing)."""


@dataclass(frozen=True)
class Rejected:
    """A row of events.csv left out, with its line number in the file and the reasons."""

    line: int
    event_id: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Dataset:
    """The validated tables the dashboard shows; shared read-only between sessions."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    articles: pd.DataFrame
    build: dict = field(default_factory=dict)
    rejected: tuple[Rejected, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def export_columns(self) -> list[str]:
        """Columns of events.csv as read (helper columns start with an underscore)."""
        return [c for c in self.events.columns if not c.startswith("_")]


def charted_columns(events: pd.DataFrame) -> list[str]:
    """The columns of `events` the charts, key figures and table read (see NOT_CHARTED)."""
    return [c for c in events.columns if c not in NOT_CHARTED and not c.startswith(TEXT_PREFIX)]


def counted_columns(events: pd.DataFrame) -> list[str]:
    """The charted columns that counts, key figures and summaries read (no ROW_DETAILS)."""
    return [c for c in charted_columns(events) if c not in ROW_DETAILS]


def _unique_names(header: list[str]) -> list[str]:
    """Column names with repeats renamed name.1, name.2, ... as pandas does."""
    seen: dict[str, int] = {}
    names = []
    for name in header:
        count = seen.get(name, 0)
        names.append(name if count == 0 else f"{name}.{count}")
        seen[name] = count + 1
    return names


@dataclass(frozen=True)
class CsvTable:
    """A CSV read as text: the rows, the file line each starts on, and the rows set aside."""

    frame: pd.DataFrame
    lines: tuple[int, ...]
    too_long: tuple[tuple[int, str], ...]


def _read_csv(path: Path) -> CsvTable:
    """Read a CSV as text; rows with too many fields are set aside with their line, not fatal."""
    rows: list[list[str | None]] = []
    lines: list[int] = []
    too_long: list[tuple[int, str]] = []
    # the writer bounds text cells, but ids and lists can be long: accept whatever it can write
    csv.field_size_limit(READ_FIELD_LIMIT)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
        # a hand-edited table may hold bidi overrides: they would reorder what the page shows
        reader = csv.reader(io.StringIO(BIDI_CONTROLS.sub("", text), newline=""))
        header = next(reader, None)
        if not header:
            raise TableError(f"{path.name} could not be read as a CSV table: no header row")
        start = reader.line_num + 1
        for record in reader:
            if len(record) > len(header):
                too_long.append((start, record[0]))
            elif record:  # blank lines are not rows; short rows are padded with None
                # the pipeline writes "'=..." so spreadsheets do not run it; show the text
                record = [restore(cell) for cell in record]
                rows.append(record + [None] * (len(header) - len(record)))
                lines.append(start)
            start = reader.line_num + 1
    except (csv.Error, UnicodeDecodeError) as err:
        raise TableError(f"{path.name} could not be read as a CSV table: {err}") from err
    except IsADirectoryError:
        raise TableError(f"{path.name} is a folder, not a table; rebuild the tables") from None
    except OSError as err:
        raise TableError(f"{path.name} could not be opened ({err.strerror})") from err
    frame = pd.DataFrame(rows, columns=_unique_names(header), dtype=object)
    return CsvTable(frame=frame, lines=tuple(lines), too_long=tuple(too_long))


def _require(frame: pd.DataFrame, columns: tuple[str, ...], name: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise TableError(f"{name} is missing the column(s): {', '.join(missing)}")


TYPED_COLUMNS = (
    "latitude",
    "longitude",
    "geo_precision",
    "source_count",
    "confidence",
    "mention_count",
)


def _number(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values.str.strip().replace("", None), errors="coerce")


def _is_count(values: pd.Series) -> pd.Series:
    """Whole numbers from 0 to a billion (1e400 reads as infinity: not a count)."""
    return values.between(0, 1e9) & (values % 1 == 0)


def _date(values: pd.Series) -> pd.Series:
    """ISO dates as timestamps; NaT for anything else and for years no event table holds."""
    dates = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    years = pd.to_numeric(values.str[:4], errors="coerce")
    return dates.where(years.between(FIRST_YEAR, LAST_YEAR))


_NUMBER_COLUMNS = ("latitude", "longitude", "geo_precision", "source_count", "confidence")


def validate_events(
    raw: pd.DataFrame, lines: tuple[int, ...] | None = None
) -> tuple[pd.DataFrame, tuple[Rejected, ...]]:
    """Check each row against the contract; return the good rows (typed) and the rejected ones.

    `lines` gives the file line of each row; without it rows are taken to be one line each.
    """
    _require(raw, EVENT_COLUMNS, "events.csv")
    frame = raw.copy()
    short_rows = raw[list(EVENT_COLUMNS)].isna().any(axis=1)
    for col in frame.columns:
        frame[col] = frame[col].fillna("").astype(str)
    parsed = {
        "_start": _date(frame["date_start"]),
        "_end": _date(frame["date_end"]),
        **{col: _number(frame[col]) for col in _NUMBER_COLUMNS},
    }
    reasons = _problems(frame, parsed, short_rows)
    bad = [i for i, why in reasons.items() if why]
    rejected = tuple(
        Rejected(
            line=lines[i] if lines else i + 2,
            event_id=frame["event_id"].iat[i],
            reasons=tuple(reasons[i]),
        )
        for i in bad
    )
    good = pd.Series(True, index=frame.index)
    good.iloc[bad] = False
    typed = _typed(frame.loc[good].copy(), {name: column[good] for name, column in parsed.items()})
    return typed, rejected


def _problems(
    frame: pd.DataFrame, parsed: dict[str, pd.Series], short_rows: pd.Series
) -> dict[int, list[str]]:
    """The reasons each row (by position) breaks the contract; an empty list for a good row."""
    reasons: dict[int, list[str]] = {i: [] for i in range(len(frame))}

    def flag(mask: pd.Series, reason: str) -> None:
        for pos in mask.to_numpy().nonzero()[0]:
            reasons[int(pos)].append(reason)

    start, end = parsed["_start"], parsed["_end"]
    flag(short_rows, "fewer fields than the header")
    flag(frame["event_id"].str.strip() == "", "no event_id")
    flag(frame["event_id"].duplicated() & (frame["event_id"] != ""), "duplicate event_id")
    flag(frame["title"].str.strip() == "", "no title")
    for column, dates in (("date_start", start), ("date_end", end)):
        written = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
        flag(written.isna(), f"{column} is not a valid date")
        flag(written.notna() & dates.isna(), f"{column} is outside {FIRST_YEAR}-{LAST_YEAR}")
    flag(start.notna() & end.notna() & (end < start), "date_end before date_start")
    flag(~frame["date_precision"].isin(DATE_PRECISIONS), "unknown date_precision")
    flag(~frame["status"].isin(STATUSES), "unknown status")
    flag(~frame["event_type"].isin(EVENT_TYPES), "unknown event type")
    has_lat = frame["latitude"].str.strip() != ""
    has_lon = frame["longitude"].str.strip() != ""
    flag(has_lat != has_lon, "only one of latitude/longitude")
    flag(has_lat & ~parsed["latitude"].between(-90, 90), "latitude out of range")
    flag(has_lon & ~parsed["longitude"].between(-180, 180), "longitude out of range")
    flag(~parsed["geo_precision"].isin([1, 2, 3]), "geo_precision is not 1, 2 or 3")
    flag(~_is_count(parsed["source_count"]), "source_count is not a count")
    has_conf = frame["confidence"].str.strip() != ""
    flag(has_conf & ~parsed["confidence"].between(0, 1), "confidence is not between 0 and 1")
    if "mention_count" in frame.columns:
        mentions = _number(frame["mention_count"])
        has_mentions = frame["mention_count"].str.strip() != ""
        flag(has_mentions & ~_is_count(mentions), "mention_count is not a count")
    return reasons


def _typed(events: pd.DataFrame, parsed: dict[str, pd.Series]) -> pd.DataFrame:
    """The good rows with numbers and dates as such, the written text kept, sorted by date."""
    for col in TYPED_COLUMNS:
        if col in events.columns:
            events[TEXT_PREFIX + col] = events[col]
    events["latitude"] = parsed["latitude"]
    events["longitude"] = parsed["longitude"]
    events["geo_precision"] = parsed["geo_precision"].astype("int64")
    events["source_count"] = parsed["source_count"].astype("int64")
    events["confidence"] = parsed["confidence"]
    if "mention_count" in events.columns:
        events["mention_count"] = _number(events["mention_count"]).fillna(0).astype("int64")
    events["_start"] = parsed["_start"]
    events["_end"] = parsed["_end"]
    events = events.sort_values(["_start", "_end", "event_id"], kind="stable")
    return events.reset_index(drop=True)


def _optional(path: Path, columns: tuple[str, ...], without: str) -> tuple[pd.DataFrame, str]:
    """An optional table, or an empty one and the problem when it cannot be used."""
    empty = pd.DataFrame({c: pd.Series(dtype=str) for c in columns})
    if not path.exists():
        return empty, ""
    try:
        frame = _read_csv(path).frame
        _require(frame, columns, path.name)
    except TableError as err:
        return empty, f"{err}; events are shown {without}."
    except OSError as err:
        return (
            empty,
            f"{path.name} could not be opened ({err.strerror}); events are shown {without}.",
        )
    return frame, ""


def _build_info(path: Path) -> tuple[dict, str]:
    """build.json as a dict, or an empty dict and the problem when it cannot be used."""
    if not path.exists():
        return {}, ""
    try:
        build = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return {}, f"build.json could not be read ({err}); the build time is not shown."
    except OSError as err:
        return {}, f"build.json could not be opened ({err.strerror}); the build time is not shown."
    except RecursionError:
        return {}, "build.json is nested too deeply to read; the build time is not shown."
    if not isinstance(build, dict):
        return {}, "build.json does not hold a JSON object; the build time is not shown."
    return build, ""


def load_dataset(data_dir: Path) -> Dataset:
    """Read events.csv (required), mentions.csv, articles.csv and build.json from a directory.

    Only events.csv is required: a broken optional file is reported in `problems` and left out.
    The tables are read from one generation (see pipeline/schema.py), so they agree.
    """
    data_dir = tables_folder(data_dir)
    path = Path(data_dir) / "events.csv"
    if not path.exists():
        raise FileNotFoundError(path)
    table = _read_csv(path)
    events, rejected = validate_events(table.frame, table.lines)
    rejected += tuple(
        Rejected(line=line, event_id=first, reasons=("more fields than the header",))
        for line, first in table.too_long
    )
    rejected = tuple(sorted(rejected, key=lambda r: r.line))
    build, build_problem = _build_info(Path(data_dir) / "build.json")
    mentions, mentions_problem = _optional(
        Path(data_dir) / "mentions.csv", MENTIONS_NEEDED, "without their evidence sentences"
    )
    articles, articles_problem = _optional(
        Path(data_dir) / "articles.csv", ARTICLES_NEEDED, "without article titles and links"
    )
    problems = (build_problem, mentions_problem, articles_problem)
    return Dataset(
        events=events,
        mentions=mentions,
        articles=articles,
        build=build,
        rejected=rejected,
        problems=tuple(p for p in problems if p),
    )


def data_stamp(data_dir: Path) -> tuple:
    """The current generation and the tables' modification times: a rebuild changes it."""
    folder = tables_folder(data_dir)
    stamps: list[object] = [str(folder)]
    for name in TABLE_FILES:
        try:
            stamps.append((folder / name).stat().st_mtime_ns)
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def is_missing(value: object) -> bool:
    """True for None, NaN and blank strings."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()
