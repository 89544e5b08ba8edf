"""Legends of the timeline and the map, as HTML built from constants (event type names are
escaped). Drawn by the page, not inside the charts, so they wrap on a phone and stay legible."""

import html

import pandas as pd

from components.mapdeck import fatality_radius
from components.style import TYPE_COLOURS, type_colour

LEGEND_FATALITIES = (0, 10, 100)
_BOX = "font-size:0.85rem;line-height:1.6"
_ROW = '<div style="display:flex;flex-wrap:wrap;gap:4px 14px;margin:2px 0 6px 0">'
_ITEM = '<span style="display:inline-flex;align-items:center;gap:6px;white-space:nowrap">'


def _dot(colour: str, radius: float, ring: bool = False) -> str:
    size = 2 * radius
    fill = "transparent" if ring else colour
    border = f"3px solid {colour}" if ring else "1px solid #ffffff"
    return (
        f'<span style="display:inline-block;width:{size}px;height:{size}px;border-radius:50%;'
        f'background:{fill};border:{border};box-sizing:border-box"></span>'
    )


def _type_items(event_types: list[str]) -> str:
    shown = [t for t in TYPE_COLOURS if t in event_types] + sorted(
        set(event_types) - set(TYPE_COLOURS)
    )
    return "".join(
        f"{_ITEM}{_dot(type_colour(t), 7)}{html.escape(t)}</span>" for t in shown or TYPE_COLOURS
    )


def _bar(colour: str, style: str) -> str:
    return (
        f'<span style="display:inline-block;width:26px;height:10px;{style};'
        f'border:2px solid {colour};box-sizing:border-box"></span>'
    )


def timeline_legend_html(event_types: list[str]) -> str:
    """Legend of the timeline: colours, dot vs bar, scheduled, year-level background."""
    grey = "#555555"
    solid = _bar(grey, "background:rgba(85,85,85,0.55)")
    faint = _bar(grey, "background:rgba(85,85,85,0.15)")
    hatched = _bar(grey, "background:repeating-linear-gradient(45deg,#555 0 2px,#fff 2px 6px)")
    marks = [
        f"{_ITEM}{_dot(grey, 7)}dot: dated to the day</span>",
        f"{_ITEM}{solid}bar: the span the date allows</span>",
        f"{_ITEM}{faint}faint: known only to the year</span>",
        f"{_ITEM}{_dot(grey, 7, ring=True)}{hatched}hollow or hatched: scheduled</span>",
    ]
    return (
        f'<div data-testid="timeline-legend" style="{_BOX}">'
        f"{_ROW}<b>Event type</b>{_type_items(event_types)}</div>"
        f"{_ROW}{''.join(marks)}</div></div>"
    )


def legend_html(event_types: list[str]) -> str:
    """Legend of the map for the event types shown (all known types when none)."""
    radii = fatality_radius(pd.Series(LEGEND_FATALITIES, dtype=float)).tolist()
    sizes = [
        f"{_ITEM}{_dot('#777777', r)}{'none reported or 0' if n == 0 else f'{n} fatalities'}</span>"
        for n, r in zip(LEGEND_FATALITIES, radii, strict=True)
    ]
    kinds = [
        f"{_ITEM}{_dot('#444444', 7)}dot: the place itself</span>",
        f"{_ITEM}{_dot('#444444', 9, ring=True)}ring: only a region or country is known</span>",
        f'{_ITEM}<span style="display:inline-block;width:5px;height:5px;background:#464646">'
        "</span>regional capital</span>",
        f'{_ITEM}<span style="display:inline-block;width:24px;border-top:3px solid #1e1e1e">'
        "</span>scale bar (true at any zoom)</span>",
        f'{_ITEM}<span style="display:inline-block;width:18px;height:10px;'
        'border:2px solid #5a3c8c;background:rgba(120,90,160,0.12)"></span>'
        "Liptako-Gourma, approximate outline</span>",
    ]
    return (
        f'<div data-testid="map-legend" style="{_BOX}">'
        f"{_ROW}<b>Event type</b>{_type_items(event_types)}</div>"
        f"{_ROW}<b>Size</b>{''.join(sizes)}</div>"
        f"{_ROW}{''.join(kinds)}</div></div>"
    )
