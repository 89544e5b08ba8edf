"""The deck: borders and outline as layers, dots vs rings by geo precision, no tiles by default."""

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from components.mapbase import load_geo
from components.mapdeck import PHONE_WIDTH, build_deck, map_caption, selected_on_map
from components.maptips import tooltip_texts
from components.schema import load_dataset
from components.style import type_rgb
from components.vocabulary import Vocabulary, prepare_events

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def events():
    return prepare_events(load_dataset(FIXTURES / "processed").events, Vocabulary())


@pytest.fixture(scope="module")
def geo():
    return load_geo(FIXTURES / "geo")


def spec(deck):
    return json.loads(deck.to_json())


def layer(doc, layer_id):
    return next(item for item in doc["layers"] if item["id"] == layer_id)


def test_dots_for_places_rings_for_regions_and_countries(events, geo):
    doc = spec(build_deck(events, geo))
    dots = {row["event_id"] for row in layer(doc, "events")["data"]}
    rings = {row["event_id"] for row in layer(doc, "events-area")["data"]}
    assert dots == {"ev-charter", "ev-bourem", "ev-lere"}
    assert rings == {
        "ev-djibo",
        "ev-niger-coup",
        "ev-minusma-deadline",
        "ev-french-out",
        "ev-north-2012",
    }
    # a ring is filled with its type's colour, faintly: the browser puts the row's red, green
    # and blue together with a low opacity
    area = layer(doc, "events-area")
    *fields, alpha = area["getFillColor"].removeprefix("@@=").strip("[]").split(", ")
    assert fields == ["r", "g", "b"] and int(alpha) < 60
    assert area["getLineColor"] == layer(doc, "events")["getFillColor"] == "@@=[r, g, b]"
    djibo = next(row for row in area["data"] if row["event_id"] == "ev-djibo")
    assert [djibo["r"], djibo["g"], djibo["b"]] == type_rgb(
        events.set_index("event_id").loc["ev-djibo", "event_type"]
    )
    assert layer(doc, "events")["radiusUnits"] == "pixels"


def test_size_grows_with_fatalities_and_the_tooltip_says_them(events, geo):
    doc = spec(build_deck(events, geo))
    rows = {r["event_id"]: r for r in layer(doc, "events")["data"]}
    rings = {r["event_id"]: r for r in layer(doc, "events-area")["data"]}
    assert rings["ev-djibo"]["radius"] > rows["ev-bourem"]["radius"] > rows["ev-charter"]["radius"]
    assert rows["ev-lere"]["radius"] == rows["ev-charter"]["radius"]  # no figure: smallest
    assert rings["ev-djibo"]["killed"] == "12 fatalities"
    assert rows["ev-lere"]["killed"] == "fatalities not reported"
    assert rows["ev-charter"]["source_names"] == (
        "pistolesi-sahel-alliance; qonversations-mutual-defence"
    )


def test_labels_the_places_with_events_the_area_and_a_scale(events, geo):
    doc = spec(build_deck(events, geo))
    assert {r["name"] for r in layer(doc, "place-names")["data"]} == {"Bamako", "Bourem", "Léré"}
    assert layer(doc, "area-label")["data"][0]["text"] == "Liptako-Gourma (approximate outline)"
    assert layer(doc, "scale-label")["data"][0]["text"].endswith(" km")


def test_no_basemap_unless_asked(events, geo):
    plain = spec(build_deck(events, geo))
    assert "mapProvider" not in plain or plain["mapProvider"] is None
    assert "cartocdn" not in json.dumps(plain)
    assert "carto" in json.dumps(spec(build_deck(events, geo, basemap=True)))


def test_borders_and_outline_are_layers(events, geo):
    doc = spec(build_deck(events, geo))
    assert layer(doc, "countries")["data"]["features"][0]["properties"]["iso3"] == "MLI"
    assert layer(doc, "liptako-gourma")["data"]["features"][0]["properties"]["kind"] == "area"


def on_screen(view: dict, lat: float, lon: float) -> tuple[float, float]:
    """Pixel offset from the map's centre where deck.gl draws a point (Web Mercator, 512 px)."""
    scale = 512 * 2 ** view["zoom"] / (2 * math.pi)

    def project(la: float, lo: float) -> tuple[float, float]:
        y = math.log(math.tan(math.pi / 4 + math.radians(la) / 2))
        return scale * math.radians(lo), -scale * y

    cx, cy = project(view["latitude"], view["longitude"])
    px, py = project(lat, lon)
    return px - cx, py - cy


def drawn(doc) -> list[dict]:
    return [row for name in ("events", "events-area") for row in layer(doc, name)["data"]]


@pytest.mark.parametrize(
    "ids",
    [None, ["ev-charter"], ["ev-niger-coup"], ["ev-charter", "ev-niger-coup"], []],
)
def test_first_view_shows_every_event_and_the_area_on_a_390_px_phone(events, geo, ids):
    shown = events if ids is None else events[events["event_id"].isin(ids)]
    doc = spec(build_deck(shown, geo, fit_width=PHONE_WIDTH))
    view = doc["initialViewState"]
    half_w, half_h = (390 - 2 * 16) / 2, 520 / 2  # a phone's map: the page less its margins
    for row in drawn(doc):
        x, y = on_screen(view, row["lat"], row["lon"])
        assert abs(x) + row["radius"] <= half_w and abs(y) + row["radius"] <= half_h, row
    outline = layer(doc, "liptako-gourma")["data"]["features"][0]["geometry"]["coordinates"][0]
    for lon, lat in outline:
        x, y = on_screen(view, lat, lon)
        assert abs(x) <= half_w and abs(y) <= half_h
    assert view["zoom"] >= 3


def test_events_at_one_point_are_fanned_out_and_each_can_be_picked(events, geo):
    doc = spec(build_deck(events, geo))
    view = doc["initialViewState"]
    rows = {r["event_id"]: r for r in drawn(doc)}
    a, b = rows["ev-minusma-deadline"], rows["ev-french-out"]
    ax, ay = on_screen(view, a["lat"], a["lon"])
    bx, by = on_screen(view, b["lat"], b["lon"])
    assert math.hypot(ax - bx, ay - by) > a["radius"] + b["radius"]
    assert a["where"].endswith("one of 2 events here")
    assert rows["ev-lere"]["where"] == "Léré, Tombouctou, Mali"
    lines = layer(doc, "fan-lines")["data"]
    assert {(line["at_lat"], line["at_lon"]) for line in lines} == {(17.5707, -3.9962)}
    assert len(lines) == 2


@pytest.mark.parametrize("crowd", [3, 6, 12, 30])
@pytest.mark.parametrize("neighbour_km", [None, 40, 110])
def test_a_crowded_point_leaves_every_event_reachable(events, geo, crowd, neighbour_km):
    one = events[events["event_id"] == "ev-djibo"]
    many = pd.concat([one] * crowd, ignore_index=True)
    many["event_id"] = [f"ev-{i}" for i in range(crowd)]
    if neighbour_km is not None:  # a town just north of the crowded centroid
        town = events[events["event_id"] == "ev-bourem"].assign(
            latitude=one["latitude"].iloc[0] + neighbour_km / 111, longitude=-1.63
        )
        many = pd.concat([many, town], ignore_index=True)
    doc = spec(build_deck(many, geo))
    view = doc["initialViewState"]
    placed = [(on_screen(view, r["lat"], r["lon"]), r["radius"]) for r in drawn(doc)]
    assert len(placed) == len(many)
    for i, ((x, y), radius) in enumerate(placed):
        for j, ((ox, oy), other) in enumerate(placed):
            if i != j:
                assert math.hypot(x - ox, y - oy) > max(radius, other), (i, j)


def test_missing_geo_files_still_give_a_map(events, tmp_path):
    doc = spec(build_deck(events, load_geo(tmp_path)))
    assert len(layer(doc, "events")["data"]) == 3
    assert layer(doc, "countries")["data"]["features"] == []


def test_tooltip_template_holds_no_data(events, geo):
    doc = spec(build_deck(events, geo))
    template = doc.get("tooltip") or build_deck(events, geo)._tooltip
    assert template["html"] == (
        "<b>{title}</b><br/>{when}<br/>{where}<br/>{killed}<br/>Sources: {source_names}"
    )
    row = next(r for r in layer(doc, "events")["data"] if r["event_id"] == "ev-lere")
    assert row["where"] == "Léré, Tombouctou, Mali"
    assert row["when"] == "Since the end of August: 2023-08-31 to 2023-09-18 (range)"


def test_selected_event_is_ringed(events, geo):
    doc = spec(build_deck(events, geo, selected="ev-bourem"))
    assert len(layer(doc, "selected")["data"]) == 1


def test_many_events_are_aggregated_into_cells(events, geo):
    doc = spec(build_deck(events, geo, aggregate_above=3))
    ids = [item["id"] for item in doc["layers"]]
    assert "events" not in ids
    cells = layer(doc, "event-cells")["data"]
    assert sum(int(c["title"].split()[0]) for c in cells) == len(events)


def test_no_event_still_draws_the_borders(events, geo):
    doc = spec(build_deck(events.iloc[0:0], geo))
    assert layer(doc, "events")["data"] == []
    assert layer(doc, "countries")["data"]["features"]


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({"selection": {"objects": {"events": [{"event_id": "ev-1"}]}}}, "ev-1"),
        ({"selection": {"objects": {"events-area": [{"event_id": "ev-2"}]}}}, "ev-2"),
        ({"selection": {"objects": {"event-cells": [{"title": "3 events"}]}}}, None),
        ({"selection": {"objects": {}}}, None),
        (None, None),
    ],
)
def test_selected_event_from_deck_state(state, expected):
    assert selected_on_map(state) == expected


@pytest.mark.parametrize(
    ("ids", "placed", "rings"),
    [
        (None, 8, 5),
        (["ev-charter", "ev-bourem"], 2, 0),
        (["ev-lere", "ev-djibo", "ev-niger-coup"], 3, 2),
        ([], 0, 0),
    ],
)
def test_map_caption_counts_events_and_rings(events, ids, placed, rings):
    shown = events if ids is None else events[events["event_id"].isin(ids)]
    assert map_caption(shown).startswith(
        f"{placed} events on the map; {rings} of them are rings: placed only at a region"
    )


def test_map_caption_leaves_out_events_without_coordinates(events):
    unplaced = events.assign(latitude=None, longitude=None)
    assert map_caption(unplaced).startswith("0 events on the map; 0 of them are rings")


def test_tooltips_made_once_for_the_table_read_as_those_made_for_the_map(events, geo):
    titles = {"a-charter": "The charter is signed in Algiers"}
    some = events.iloc[::2]
    made_here = spec(build_deck(some, geo, titles=titles))
    looked_up = spec(build_deck(some, geo, texts=tooltip_texts(events, titles)))
    assert made_here == looked_up
    assert any(row["source_names"] for row in layer(made_here, "events-area")["data"])
