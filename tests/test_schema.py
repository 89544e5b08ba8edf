"""The shared table schema: what the writer joins, the reader splits back the same."""

import math

from pipeline.schema import bounded, encode_row, event_actors, join_list, split_list


def test_a_list_cell_splits_back_into_the_items_joined():
    items = ["Coordination of Azawad Movements", "Wagner Group", "JNIM"]
    assert split_list(join_list(items)) == items
    assert split_list("") == [] and split_list(" ; ") == []


def test_event_actors_reads_actor1_actor2_and_the_associated_list_once_each():
    row = {"actor1": "Military Forces of Mali", "actor2": "JNIM", "assoc_actors": "Wagner; JNIM"}
    assert event_actors(row) == ["Military Forces of Mali", "JNIM", "Wagner"]
    assert event_actors({"actor1": math.nan, "actor2": None, "assoc_actors": math.nan}) == []


def test_an_encoded_row_is_clean_bounded_and_formula_safe():
    row = {"title": "=1+1" + "x" * 5000, "sources": "a\u202e; b", "latitude": "-1.50000"}
    title, sources, latitude = encode_row(("title", "sources", "latitude"), row)
    assert title.startswith("'=1+1") and len(title) == len(bounded("=1+1" + "x" * 5000)) + 1
    assert (sources, latitude) == ("a; b", "-1.50000")
