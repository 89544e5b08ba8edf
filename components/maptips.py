"""What the map's tooltip says of each event, made for a whole table at once."""

from collections.abc import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from components.sources import source_name_cells
from components.style import place_labels, resolved_dates

# Streamlit HTML-escapes each {field} value; data never goes into the template itself.
TOOLTIP = {
    "html": "<b>{title}</b><br/>{when}<br/>{where}<br/>{killed}<br/>Sources: {source_names}",
    "style": {"backgroundColor": "#222222", "color": "#ffffff", "fontSize": "13px"},
}


def killed_text(fatalities: pd.Series) -> pd.Series:
    """'12 fatalities', '1 fatality' or 'fatalities not reported'."""
    number = fatalities.fillna(-1).to_numpy(dtype=float).astype(np.int64)
    digits = pc.cast(pa.array(number), pa.string())
    noun = pa.array(np.where(number == 1, " fatality", " fatalities"), type=pa.string())
    words = pc.binary_join_element_wise(digits, noun, "")
    words = pc.if_else(pa.array(number >= 0), words, "fatalities not reported")
    return pd.Series(pd.array(words, dtype="str"), index=fatalities.index)


TEXT_FIELDS = ["when", "where", "killed", "source_names"]


def tooltip_texts(events: pd.DataFrame, titles: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The tooltip texts of each event that depend on its row alone (TEXT_FIELDS).

    The page makes them once per table: made per filter state they took a third of drawing
    5,000 events; looked up by index they cost a few tenths of a millisecond.
    """
    fatalities = events.get("_fatalities", pd.Series(np.nan, index=events.index))
    dated = events["date_text"].where(events["date_text"] != "", "date")
    return pd.DataFrame(
        {
            "when": dated + ": " + resolved_dates(events),
            "where": place_labels(events),
            "killed": killed_text(fatalities),
            "source_names": source_name_cells(events["sources"], titles or {}),
        },
        index=events.index,
    )
