"""CSV exports that open cleanly in Excel and cannot smuggle spreadsheet formulas."""

import pandas as pd

from components.schema import TEXT_PREFIX
from pipeline.schema import QUOTING, neutralise


def to_csv_bytes(frame: pd.DataFrame, columns: list[str] | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel keeps accents), all fields quoted, formulas defused.

    Numbers are written as they were in events.csv (18.00000 stays 18.00000), not re-formatted.
    """
    wanted = list(frame.columns if columns is None else columns)
    as_written = {col: TEXT_PREFIX + col if TEXT_PREFIX + col in frame else col for col in wanted}
    safe = pd.DataFrame(
        {col: frame[source] for col, source in as_written.items()}, index=frame.index
    )
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(neutralise)
    return safe.to_csv(index=False, lineterminator="\r\n", quoting=QUOTING).encode("utf-8-sig")


def file_name(kind: str, span: str) -> str:
    """Export file name with its date range, e.g. sahel-events_2023-09-01_2023-09-18.csv."""
    return f"sahel-{kind}_{span}.csv"
