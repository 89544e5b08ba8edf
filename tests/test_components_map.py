"""The deck: borders and outline as layers, dots vs rings by geo precision, no tiles by default."""

import json
from pathlib import Path

import pytest

from components.mapdeck import area_centre, build_deck, load_geo, map_caption, selected_on_map
from components.schema import load_dataset

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def events():
    return load_dataset(FIXTURES / "processed").events


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
    assert all(row["ring_fill"][3] < 60 for row in layer(doc, "events-area")["data"])
    assert layer(doc, "events")["radiusUnits"] == "pixels"


def test_size_grows_with_sources(events, geo):
    rows = {r["event_id"]: r for r in layer(spec(build_deck(events, geo)), "events")["data"]}
    assert rows["ev-charter"]["radius"] > rows["ev-bourem"]["radius"]


def test_no_basemap_unless_asked(events, geo):
    plain = spec(build_deck(events, geo))
    assert "mapProvider" not in plain or plain["mapProvider"] is None
    assert "cartocdn" not in json.dumps(plain)
    assert "carto" in json.dumps(spec(build_deck(events, geo, basemap=True)))


def test_borders_and_outline_are_layers_centred_on_liptako_gourma(events, geo):
    doc = spec(build_deck(events, geo))
    assert layer(doc, "countries")["data"]["features"][0]["properties"]["iso3"] == "MLI"
    assert layer(doc, "liptako-gourma")["data"]["features"][0]["properties"]["kind"] == "area"
    lat, lon = area_centre(geo)
    assert doc["initialViewState"]["latitude"] == pytest.approx(lat)
    assert 12 < lat < 17.5 and -4 < lon < 3


def test_missing_geo_files_still_give_a_map(events, tmp_path):
    doc = spec(build_deck(events, load_geo(tmp_path)))
    assert len(layer(doc, "events")["data"]) == 3
    assert layer(doc, "countries")["data"]["features"] == []


def test_tooltip_template_holds_no_data(events, geo):
    doc = spec(build_deck(events, geo))
    template = doc.get("tooltip") or build_deck(events, geo)._tooltip
    assert template["html"] == "<b>{title}</b><br/>{when}<br/>{where}"
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
