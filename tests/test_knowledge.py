"""The trigger lexicon and cue words: files a user edits, checked for typos and clashes."""

import csv
from pathlib import Path

import pytest

from pipeline.contract import EVENT_TYPES, SUB_EVENT_TYPES
from pipeline.knowledge import (
    KNOWLEDGE_DIR,
    KnowledgeError,
    load_cues,
    load_knowledge,
    load_triggers,
)
from pipeline.lexicon_patterns import compile_pattern
from pipeline.textnorm import fold

# ACLED's sub-event types, by event type (ACLED codebook).


def _rows() -> list[dict[str, str]]:
    with (KNOWLEDGE_DIR / "triggers.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_knowledge_files_load():
    knowledge = load_knowledge()
    assert len(knowledge.actors) >= 40
    assert len(knowledge.triggers) >= 30
    assert "would" in knowledge.cues.hypothetical


@pytest.mark.parametrize(
    "cue", ["seat_of_government", "at_home", "against_a_country", "made_by_statement", "lasting"]
)
def test_categories_named_in_cues_are_trigger_categories(cue):
    """A misspelt category in cues.yaml ("Cuop") would silently match nothing."""
    categories = {row["category"] for row in _rows()}
    assert set(getattr(load_knowledge().cues, cue)) <= categories


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["pattern"][:30])
def test_each_trigger_row_uses_acled_types(row):
    assert row["event_type"] in EVENT_TYPES
    assert row["sub_event_type"] in SUB_EVENT_TYPES[row["event_type"]]
    assert row["category"].strip() == row["category"] and row["category"]
    assert 0 < int(row["priority"]) <= 100


def test_no_phrase_is_listed_twice():
    seen: dict[str, str] = {}
    for row in _rows():
        for phrase in row["pattern"].split("|"):
            key = " ".join(fold(phrase).split())
            assert key not in seen, f"{phrase!r} in {row['pattern']!r} and {seen.get(key)!r}"
            seen[key] = row["pattern"]


def test_a_category_always_has_the_same_event_type():
    types: dict[str, set[str]] = {}
    for row in _rows():
        types.setdefault(row["category"], set()).add(row["event_type"])
    assert {c: t for c, t in types.items() if len(t) > 1} == {}


@pytest.mark.parametrize(
    ("pattern", "text", "hit"),
    [
        ("captur*", "rebels captured the town", "captured"),
        ("captur*", "the capture of Bourem", "capture"),
        ("sign* ~ agreement", "they signed a defence agreement", "signed a defence agreement"),
        ("sign* ~ agreement", "they signed it. the agreement", None),
        ("sign* ~ pact/charter", "leaders signed the new charter", "signed the new charter"),
        (
            "detain*/arrest* ~ president",
            "soldiers detained the president",
            "detained the president",
        ),
        ("took/taken control", "rebels have taken control", "taken control"),
        ("coup d'etat", "a coup d’état in niger", "coup d'etat"),
        ("attack|attacks", "counterattacks", None),
        ("pull* out", "france pulled out its troops", "pulled out"),
        ("gather* > ~ to demand", "crowds gathered in bamako to demand elections", "gathered"),
        ("gather* > ~ to demand", "women gathered wood to cook", None),
        ("gather* > ~ to demand", "they gathered to demanding", None),
        (
            "gather* > ~~ to demand",
            "hundreds gathered on friday afternoon at the place de la nation in ouagadougou to"
            " demand the departure",
            "gathered",
        ),
        ("gather* > ~~ to demand", "they gathered, and later came to demand", None),
    ],
)
def test_patterns_match_whole_words_and_inflections(pattern, text, hit):
    match = compile_pattern(pattern).search(fold(text))
    assert (match.group(0) if match else None) == hit


def test_a_bad_event_type_is_reported_with_the_row(tmp_path: Path):
    bad = tmp_path / "triggers.csv"
    bad.write_text(
        "pattern,event_type,sub_event_type,category,priority,note\n"
        "clash,Battle,Armed clash,Armed clash,50,\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="row 2"):
        load_triggers(bad)


def test_cues_that_yaml_would_read_as_booleans_stay_words():
    cues = load_cues(KNOWLEDGE_DIR / "cues.yaml")
    assert "no" in cues.hypothetical
    assert {"on", "or"} <= set(cues.anaphoric_after)
    everything = cues.hypothetical + cues.anaphoric + cues.anaphoric_after + cues.anchors
    assert all(isinstance(c, str) for c in everything)
