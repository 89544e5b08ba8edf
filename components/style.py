"""Colours and labels shared by the timeline and the map (Okabe-Ito, colour-blind safe)."""

import pandas as pd

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


def resolved_dates(events: pd.DataFrame) -> pd.Series:
    """'2023-09-12' for a day, '2023-08-20 to 2023-09-18 (range)' otherwise."""
    same = events["date_start"] == events["date_end"]
    span = (
        events["date_start"] + " to " + events["date_end"] + " (" + events["date_precision"] + ")"
    )
    return span.where(~same, events["date_start"] + " (" + events["date_precision"] + ")")


def place_labels(events: pd.DataFrame) -> pd.Series:
    """'Bourem, Gao, Mali' with a note when the point is only a region or country."""
    loc, adm, cty = (
        events[c].fillna("").astype(str).str.strip() for c in ("location", "admin1", "country")
    )
    adm = adm.where(adm != loc, "")
    cty = cty.where((cty != adm) & (cty != loc), "")
    label = loc
    for part in (adm, cty):
        label = label.where(part == "", label.where(label == "", label + ", ") + part)
    label = label.where(label != "", "place unknown")
    return label.where(events["geo_precision"] == 1, label + " (approximate)")


def precision_label(geo_precision: int) -> str:
    """Words for ACLED's geo_precision code."""
    return GEO_PRECISION_LABELS.get(int(geo_precision), "unknown precision")
