"""Honest status lines, article labels, GeoJSON and filtered-mentions exports, actor labels."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from components.exports import filtered_name, mentions_of, to_geojson_bytes
from components.schema import load_dataset
from components.sidebar import actor_label
from components.status import left_out_mentions, status_line, unresolved_places
from components.views import articles_frame
from components.vocabulary import build_vocabulary
from pipeline.knowledge import KNOWLEDGE_DIR, load_actors

FIXTURE = Path(__file__).parent / "fixtures" / "processed"


@pytest.fixture(scope="module")
def data():
    return load_dataset(FIXTURE)


def test_header_status_counts_rejected_articles_and_left_out_mentions(data):
    assert status_line(data) == (
        "1 article rejected; 2 event mentions left out (no date or no place)"
    )
    assert list(left_out_mentions(data)["Word"]) == ["attacks", "clashes"]
    assert status_line(replace(data, build={}, articles=data.articles.iloc[0:2])) == ""


@pytest.mark.parametrize(
    ("build", "places"),
    [
        ({"unresolved_places": [{"article_id": "a", "place_text": "Intahaka"}]}, ["Intahaka"]),
        ({"unresolved_places": [{"article_id": "a", "place": "Boni"}, "junk"]}, ["Boni"]),
        ({"unresolved_places": "not a list"}, []),
        ({}, []),
    ],
)
def test_unresolved_places_are_read_from_build_json_whatever_their_shape(data, build, places):
    assert list(unresolved_places(replace(data, build=build))["Place as written"]) == places


def test_articles_show_labels_and_no_none(data):
    shown = articles_frame(data.articles)
    assert "Article id" in shown.columns and "article_id" not in shown.columns
    assert "Published" in shown.columns and "Problem" in shown.columns
    text = shown.drop(columns=["Link"]).astype(str).to_numpy().ravel()
    assert "None" not in set(text) and "nan" not in set(text)


def test_geojson_holds_the_located_events_with_every_column(data):
    events = data.events
    doc = json.loads(to_geojson_bytes(events, data.export_columns))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 8
    djibo = next(f for f in doc["features"] if f["properties"]["event_id"] == "ev-djibo")
    assert djibo["geometry"] == {"type": "Point", "coordinates": [-1.63, 14.1]}
    assert list(djibo["properties"]) == data.export_columns
    assert djibo["properties"]["fatalities"] == 12 and djibo["properties"]["geo_precision"] == 2
    lere = next(f for f in doc["features"] if f["properties"]["event_id"] == "ev-lere")
    assert lere["properties"]["fatalities"] is None and lere["properties"]["admin2"] == "Niafunké"


def test_geojson_leaves_out_events_without_coordinates_and_neutralises_formulas(data):
    events = data.events.copy()
    events["title"] = events["title"].astype(object)
    events.loc[0, "title"] = "=HYPERLINK(1)"
    events.loc[1, ["latitude", "longitude"]] = float("nan")
    doc = json.loads(to_geojson_bytes(events, data.export_columns))
    assert len(doc["features"]) == 7
    assert doc["features"][0]["properties"]["title"] == "'=HYPERLINK(1)"


def test_mentions_download_follows_the_filtered_events(data):
    some = data.events[data.events["event_id"] == "ev-charter"]
    assert set(mentions_of(data.mentions, some)["mention_id"]) == {"m001", "m002"}


def test_file_names_say_the_dates_and_the_filters():
    assert filtered_name("events", "2023-09-01_2023-09-18", "actor-CMA", "geojson") == (
        "sahel-events_2023-09-01_2023-09-18_actor-CMA.geojson"
    )
    assert filtered_name("mentions", "no-dates", "") == "sahel-mentions_no-dates.csv"


def test_actor_options_carry_the_short_form_and_every_alias(data):
    vocabulary = build_vocabulary(data.events, load_actors(KNOWLEDGE_DIR / "actors.csv"), None)
    label = actor_label("Coordination of Azawad Movements", vocabulary)
    assert label.startswith("CMA · Coordination of Azawad Movements")
    assert "Coordination des mouvements de l'Azawad" in label
    assert actor_label("Coordination of Azawad Movements", vocabulary, 3).startswith(
        "CMA · Coordination of Azawad Movements (3) — also "
    )
    jnim = actor_label("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", vocabulary)
    assert jnim.startswith("JNIM · ") and "GSIM" in jnim
    assert actor_label("Military Forces of Mali", vocabulary).startswith("FAMa · ")
    assert actor_label("Islamist militants", vocabulary) == "Islamist militants"  # not listed


def test_a_generic_actor_with_no_country_still_has_its_acled_type(data):
    events = data.events.head(1).copy()
    events["actor1"], events["actor2"] = "Government", "Military Forces of Mali"
    vocabulary = build_vocabulary(events, load_actors(KNOWLEDGE_DIR / "actors.csv"), None)
    assert vocabulary.actor_type("Government") == "State Forces"
    assert vocabulary.actor_type("Military Forces of Mali") == "State Forces"
