"""Colours and labels shared by the timeline and the map (Okabe-Ito, colour-blind safe)."""

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from components.schema import GEO_PRECISION_LABELS

TYPE_COLOURS = {
    "Battles": "#D55E00",
    "Violence against civilians": "#CC79A7",
    "Explosions/Remote violence": "#E69F00",
    "Riots": "#009E73",
    "Protests": "#56B4E9",
    "Strategic developments": "#0072B2",
}
OTHER_COLOUR = "#555555"


def type_colour(event_type: str) -> str:
    """Hex colour of an ACLED event type."""
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def type_rgb(event_type: str) -> list[int]:
    """[r, g, b] of an event type's colour, for deck.gl."""
    hexa = type_colour(event_type).lstrip("#")
    return [int(hexa[i : i + 2], 16) for i in (0, 2, 4)]


def _text(column: pd.Series) -> pa.Array:
    """A text column as one arrow array, missing cells as ''."""
    text = pa.array(column, type=pa.string(), from_pandas=True)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    return text.fill_null("")


def _series(text: pa.Array, index: pd.Index) -> pd.Series:
    return pd.Series(pd.array(text, dtype="str"), index=index)


def _joined(*parts) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


# arrow kernels, not pandas string operations: the map labels up to 5,000 events per filter
# state, and each pandas operation on text costs a fixed overhead (9 ms of 5,000 labels)
def resolved_dates(events: pd.DataFrame) -> pd.Series:
    """'2023-09-12' for a day, '2023-08-20 to 2023-09-18 (range)' otherwise."""
    start, end, precision = (_text(events[c]) for c in ("date_start", "date_end", "date_precision"))
    day = _joined(start, " (", precision, ")")
    span = _joined(start, " to ", end, " (", precision, ")")
    return _series(pc.if_else(pc.equal(start, end), day, span), events.index)


def place_labels(events: pd.DataFrame) -> pd.Series:
    """'Bourem, Gao, Mali' with a note when the point is only a region or country."""
    loc, adm, cty = (
        pc.utf8_trim_whitespace(_text(events[c])) for c in ("location", "admin1", "country")
    )
    adm = pc.if_else(pc.equal(adm, loc), "", adm)
    cty = pc.if_else(pc.or_(pc.equal(cty, adm), pc.equal(cty, loc)), "", cty)
    label = loc
    for part in (adm, cty):
        longer = pc.if_else(pc.equal(label, ""), part, _joined(label, ", ", part))
        label = pc.if_else(pc.equal(part, ""), label, longer)
    label = pc.if_else(pc.equal(label, ""), "place unknown", label)
    exact = pa.array((events["geo_precision"] == 1).to_numpy(dtype=bool))
    return _series(pc.if_else(exact, label, _joined(label, " (approximate)")), events.index)


def precision_label(geo_precision: int) -> str:
    """Words for ACLED's geo_precision code."""
    return GEO_PRECISION_LABELS.get(int(geo_precision), "unknown precision")
