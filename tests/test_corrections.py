"""Analyst corrections: refused with a sentence, applied by every build, kept over rebuilds."""

import csv
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.contract import EVENT_TYPES, SUB_EVENT_TYPES
from pipeline.corrections import (
    CorrectionError,
    append_corrections,
    check,
    place_choices,
    read_corrections,
)
from pipeline.knowledge import load_knowledge
from pipeline.records import Correction
from tests.event_rows import find, read_events

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"


def _build(folder: Path, gazetteer, knowledge):
    return build(
        folder / "articles",
        folder / "out",
        knowledge=knowledge,
        gazetteer=gazetteer,
        clock=lambda: datetime(2024, 3, 9, tzinfo=UTC),
    )


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.fixture
def folder(tmp_path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "articles")
    return tmp_path


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("fatality", "3", "'fatality' cannot be corrected; the fields are verified, rejected"),
        ("event_type", "Skirmish", "'Skirmish' is not an event type; one of: Battles"),
        ("fatalities", "about ten", "fatalities takes a whole number of people"),
        ("rejected", "maybe", "rejected takes yes or no"),
        ("date_start", "2024-02-30", "date_start: '2024-02-30' is not a date (YYYY-MM-DD)"),
        ("location", "Atlantis / XXX", "'Atlantis / XXX' is not a place of the gazetteer"),
    ],
)
def test_a_correction_that_cannot_apply_is_refused_with_a_sentence(field, value, sentence):
    with pytest.raises(
        CorrectionError, match="^" + sentence.replace("(", r"\(").replace(")", r"\)")
    ):
        check(Correction("ev-1", field, value), {})


def test_appending_refuses_a_bad_row_and_keeps_the_file(tmp_path):
    path = tmp_path / "corrections.csv"
    append_corrections(path, [Correction("ev-1", "fatalities", "4", "=HYPERLINK(x)")], {})
    with pytest.raises(CorrectionError):
        append_corrections(path, [Correction("ev-1", "event_type", "Skirmish")], {})
    rows, problems = read_corrections(path)
    assert not problems
    assert [(r.event_id, r.field, r.value, r.note) for r in rows] == [
        ("ev-1", "fatalities", "4", "=HYPERLINK(x)")
    ]
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8")  # neutralised in the file itself


def test_corrections_hold_over_two_rebuilds(folder, gazetteer, knowledge):
    _build(folder, gazetteer, knowledge)
    before = read_events(folder / "out")
    lere = find(before, "Territory seized", "Léré")
    bourem = find(before, "Territory seized", "Bourem")
    timbuktu = find(before, "Blockade", "Timbuktu")
    kidal = next(
        label for label in place_choices(gazetteer, ["MLI"]) if label.startswith("Kidal /")
    )
    append_corrections(
        folder / "corrections.csv",
        [
            Correction(lere, "fatalities", "7", "two reports agree"),
            Correction(bourem, "rejected", "yes", "not in the article"),
            Correction(timbuktu, "verified", "yes", ""),
            Correction(timbuktu, "location", kidal, "the blockade was of Kidal"),
            Correction("ev-0000000000", "fatalities", "3", "an event of an older build"),
        ],
        place_choices(gazetteer, ["MLI"]),
    )
    for _ in range(2):
        report = _build(folder, gazetteer, knowledge)
        after = read_events(folder / "out")
        assert bourem not in after and set(after) == set(before) - {bourem}
        assert after[lere]["fatalities"] == "7" and after[lere]["corrected"] == "fatalities"
        assert after[lere]["verified"] == "false"
        assert after[timbuktu]["verified"] == "true"
        assert (after[timbuktu]["location"], after[timbuktu]["iso3"]) == ("Kidal", "MLI")
        assert after[timbuktu]["title"] == "Blockade in Kidal: Coordination of Azawad Movements"
        assert 18.0 < float(after[timbuktu]["latitude"]) < 19.0
        listed = json.loads((folder / "out" / "build.json").read_text(encoding="utf-8"))
        statuses = [row["status"] for row in listed["corrections"]]
        assert statuses[:4] == ["applied"] * 4
        assert statuses[4].startswith("event not found")
        assert "corrections: 4 of 5 applied" in report.summary()
    with (folder / "out" / "mentions.csv").open(encoding="utf-8") as handle:
        assert bourem not in {row["event_id"] for row in csv.DictReader(handle)}


def test_a_hand_edited_row_with_an_unknown_field_is_listed_and_the_rest_applies(
    folder, gazetteer, knowledge
):
    _build(folder, gazetteer, knowledge)
    lere = find(read_events(folder / "out"), "Territory seized", "Léré")
    (folder / "corrections.csv").write_text(
        f"event_id,field,value,note\n{lere},deaths,5,typo\n{lere},fatalities,5,\n", encoding="utf-8"
    )
    report = _build(folder, gazetteer, knowledge)
    assert read_events(folder / "out")[lere]["fatalities"] == "5"
    assert (
        "correction row 2" in report.summary()
        and "'deaths' cannot be corrected" in report.summary()
    )


def test_a_file_saved_by_a_spreadsheet_reads_and_a_wrong_header_is_named(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_bytes("\ufeffevent_id,field,value,note\r\nev-1,fatalities,12,Le Monde\r\n".encode())
    rows, problems = read_corrections(path)
    assert not problems and [(r.field, r.value, r.note) for r in rows] == [
        ("fatalities", "12", "Le Monde")
    ]
    path.write_text("id,what,value\nev-1,fatalities,12\n", encoding="utf-8")
    assert read_corrections(path) == (
        [],
        ["corrections.csv: the header must be event_id,field,value,note"],
    )


def test_every_type_the_lexicon_gives_can_be_chosen_in_a_correction(knowledge):
    for rule in knowledge.triggers:
        assert rule.sub_event_type in SUB_EVENT_TYPES[rule.event_type], rule.pattern
    assert tuple(SUB_EVENT_TYPES) == EVENT_TYPES


def test_a_sub_event_type_of_another_event_type_is_refused_and_the_event_kept(
    folder, gazetteer, knowledge
):
    _build(folder, gazetteer, knowledge)
    before = read_events(folder / "out")
    lere = find(before, "Territory seized", "Léré")
    assert before[lere]["event_type"] == "Battles"
    (folder / "corrections.csv").write_text(
        f"event_id,field,value,note\n{lere},sub_event_type,Arrests,wrong kind\n", encoding="utf-8"
    )
    report = _build(folder, gazetteer, knowledge)
    after = read_events(folder / "out")[lere]
    assert (after["event_type"], after["sub_event_type"], after["corrected"]) == (
        "Battles",
        before[lere]["sub_event_type"],
        "",
    )
    assert "'Arrests' is not a sub-event type of Battles" in report.summary()
