"""Event detail: dates, actors, place with precision, and every source's evidence sentence."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from components.detail import build_detail, detail_markdown, find_event
from components.schema import load_dataset

FIXTURES = Path(__file__).parent / "fixtures"


def detail_for(folder, event_id):
    data = load_dataset(FIXTURES / folder)
    event = data.events[data.events["event_id"] == event_id].iloc[0]
    return build_detail(event, data.mentions, data.articles)


def test_two_sources_give_two_evidence_sentences_with_their_articles():
    detail = detail_for("processed", "ev-charter")
    assert [e.article_id for e in detail.evidence] == [
        "pistolesi-sahel-alliance",
        "qonversations-mutual-defence",
    ]
    assert detail.evidence[1].outlet == "Qonversations"
    assert detail.evidence[1].sentence.startswith("On Saturday, the military leaders")
    text = detail_markdown(detail)
    assert "(<https://qonversations.com/mali-burkina-faso" in text
    assert "geo precision 1" in text


def test_actors_and_place_precision():
    detail = detail_for("processed", "ev-niger-coup")
    assert detail.actors == ("Presidential Guard of Niger", "Government of Niger")
    assert detail.geo_precision == 3
    assert "a region or a country" in detail_markdown(detail)


def test_hostile_detail_has_no_live_markup():
    text = detail_markdown(detail_for("hostile", "ev-xss-1"))
    assert "<script>" not in text and "<img" not in text
    assert "](javascript" not in text and "(<javascript" not in text


@pytest.mark.parametrize(
    ("event_id", "kept", "found"),
    [
        ("ev-lere", None, "ev-lere"),
        ("ev-lere", ["ev-charter", "ev-bourem"], None),
        ("ev-unknown", None, None),
        (None, None, None),
        ("", None, None),
    ],
)
def test_find_event_only_among_the_shown_events(event_id, kept, found):
    events = load_dataset(FIXTURES / "processed").events
    shown = events if kept is None else events[events["event_id"].isin(kept)]
    event = find_event(shown, event_id)
    assert (None if event is None else event["event_id"]) == found


@pytest.mark.parametrize(
    ("event_id", "extra_sentences", "heading"),
    [
        ("ev-bourem", 0, "**Evidence** (1 sentence from 1 source):"),
        ("ev-charter", 0, "**Evidence** (2 sentences from 2 sources):"),
        ("ev-charter", 1, "**Evidence** (3 sentences from 2 sources):"),
        ("ev-bourem", 2, "**Evidence** (3 sentences from 1 source):"),
    ],
)
def test_evidence_heading_counts_sentences_and_distinct_articles(
    tmp_path, event_id, extra_sentences, heading
):
    for item in (FIXTURES / "processed").iterdir():
        shutil.copy(item, tmp_path / item.name)
    data = load_dataset(tmp_path)
    own = data.mentions[data.mentions["event_id"] == event_id]
    extra = own.iloc[[0] * extra_sentences].assign(
        sentence=[f"Another sentence number {i}." for i in range(extra_sentences)]
    )
    mentions = pd.concat([data.mentions, extra], ignore_index=True)
    event = data.events[data.events["event_id"] == event_id].iloc[0]
    text = detail_markdown(build_detail(event, mentions, data.articles))
    assert heading in text
