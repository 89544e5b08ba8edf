"""The pipeline on the seed articles and the held-out articles, scored against gold lists."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scoring import merged_as_one, read_csv, score

ROOT = Path(__file__).resolve().parent.parent
AFRICA = (-35.0, 38.0, -26.0, 60.0)


def _build(articles: Path, out: Path) -> list[dict[str, str]]:
    subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--articles", str(articles), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return read_csv(out / "events.csv")


@pytest.fixture(scope="module")
def seed_events(built_tables) -> list[dict[str, str]]:
    return read_csv(built_tables(ROOT / "data" / "articles") / "events.csv")


@pytest.fixture(scope="module")
def heldout_events(built_tables) -> list[dict[str, str]]:
    return read_csv(built_tables(ROOT / "tests" / "heldout" / "articles") / "events.csv")


def _gold_rows(folder: str) -> list[dict[str, str]]:
    return [
        row for p in sorted((ROOT / "tests" / folder / "gold").glob("*.csv")) for row in read_csv(p)
    ]


def test_every_required_seed_event_is_found(seed_events):
    result = score(seed_events, read_csv(ROOT / "tests" / "gold" / "seed_events.csv"))
    assert result.missing_required == []


def test_seed_recall_and_precision_reach_080(seed_events):
    result = score(seed_events, read_csv(ROOT / "tests" / "gold" / "seed_events.csv"))
    assert result.recall >= 0.8, sorted(result.found)
    assert result.precision >= 0.8


def test_the_bamako_signing_is_one_event_with_both_sources(seed_events):
    golds = read_csv(ROOT / "tests" / "gold" / "seed_events.csv")
    for gold in (g for g in golds if g["must_merge"] == "yes"):
        assert merged_as_one(seed_events, gold), gold["what"]


def test_no_event_is_placed_outside_africa(seed_events, heldout_events):
    for event in seed_events + heldout_events:
        lat, lon = float(event["latitude"]), float(event["longitude"])
        assert AFRICA[0] <= lat <= AFRICA[1] and AFRICA[2] <= lon <= AFRICA[3], event["title"]


def test_nothing_from_the_related_stories_block_becomes_an_event(seed_events):
    evidence = " ".join(e["evidence"] for e in seed_events)
    for word in ("Navalny", "Airbnb", "brain", "wildfire"):
        assert word not in evidence


def test_the_same_input_gives_the_same_tables_byte_for_byte(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    _build(ROOT / "data" / "articles", first)
    _build(ROOT / "data" / "articles", second)
    for name in ("events.csv", "mentions.csv", "articles.csv"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_adding_an_article_keeps_the_ids_of_untouched_events(tmp_path, seed_events):
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "data" / "articles", folder)
    shutil.copy(ROOT / "tests/heldout/articles/bf-traore-coup-2022-10-03.txt", folder)
    after = {e["event_id"] for e in _build(folder, tmp_path / "out")}
    seed_ids = {e["event_id"] for e in seed_events}
    assert len(seed_ids & after) >= len(seed_ids) - 1


# Floors a little under what the pipeline reaches today, so that a change that loses events on
# articles written apart from the code fails here. See tests/heldout, tests/unseen, tests/blind,
# tests/blind2 to tests/blind60 (each README gives its first, blind
# score and its score now).
@pytest.mark.parametrize(
    ("folder", "required_floor", "precision_floor", "merges"),
    [
        ("heldout", 0.95, 0.85, True),
        ("unseen", 0.9, 0.85, True),
        # blind's gold gives one row for "took Kidal, Gao and Timbuktu between 30 March and 1
        # April 2012"; ACLED codes one event per town, and so does the pipeline since session 27
        ("blind", 0.8, 0.82, True),
        # blind2: one of its cross-article events still fails to merge (see its README)
        ("blind2", 0.93, 0.7, False),
        ("blind3", 0.85, 0.7, True),
        ("blind4", 0.8, 0.7, True),
        # blind5: "The two men were freed several days later" (Bah Ndaw and Moctar Ouane, May
        # 2021) is an event its gold leaves out, found since "days later" is counted (session 19)
        ("blind5", 0.85, 0.65, True),
        ("blind6", 0.8, 0.7, True),
        ("blind7", 0.78, 0.6, True),
        ("blind8", 0.7, 0.65, True),
        ("blind9", 0.88, 0.6, True),
        ("blind10", 0.72, 0.5, True),
        # blind11: two of its cross-article events still fail to merge (see its README)
        ("blind11", 0.85, 0.7, False),
        ("blind12", 0.76, 0.6, True),
        # blind13 is still blind: its floor only guards what it scored blind (20/32); two of
        # its cross-article events fail to merge
        ("blind13", 0.6, 0.45, False),
        ("blind14", 0.74, 0.5, True),
        # blind15 is still blind: its floor only guards what it scored blind; blind16 was blind
        # until session 15, when two of its missed rows were read to find a loss
        ("blind15", 0.78, 0.65, True),
        ("blind16", 0.65, 0.65, True),
        # blind17: one of its cross-article events gives two events (see its README)
        ("blind17", 0.74, 0.6, False),
        ("blind18", 0.6, 0.55, True),
        ("blind19", 0.74, 0.5, True),
        # blind20: its two cross-article events fail to merge (see its README)
        ("blind20", 0.68, 0.65, False),
        ("blind21", 0.78, 0.65, True),
        # blind22 and blind23 are still blind: their floors only guard what they scored blind;
        # seven of blind23's cross-article events fail to merge
        ("blind22", 0.7, 0.65, True),
        ("blind23", 0.65, 0.6, False),
        ("blind24", 0.7, 0.7, True),
        # blind25: its one cross-article event (the Niono truce) fails to merge (see its README)
        ("blind25", 0.74, 0.65, False),
        # blind26's gold was never read (in session 16 only its changed mentions were compared to
        # find a loss), and blind27 was read only after its blind score: their floors guard what
        # they scored blind
        ("blind26", 0.55, 0.6, True),
        ("blind27", 0.55, 0.45, True),
        # blind28 and blind30 were studied together in session 16 (they tell several of the
        # same events, some of which the articles telling them in passing code apart); blind29
        # and blind31 are still blind: their floors guard what they scored blind; all four
        # have cross-article events that fail to merge (see their READMEs)
        ("blind28", 0.85, 0.7, False),
        ("blind29", 0.62, 0.45, False),
        ("blind30", 0.8, 0.7, False),
        ("blind31", 0.78, 0.65, False),
        # blind32 is still blind; blind33 and blind34 were scored blind, then studied
        ("blind32", 0.75, 0.7, False),
        ("blind33", 0.74, 0.7, False),
        ("blind34", 0.74, 0.6, False),
        # blind35 is still blind; blind36 was scored blind (16/32), then studied in session 17
        ("blind35", 0.65, 0.6, False),
        ("blind36", 0.65, 0.6, False),
        # blind37 was scored blind (24/47), then studied; blind38 is still blind (two of its
        # articles tell events studied through blind36: see its README)
        ("blind37", 0.6, 0.6, False),
        ("blind38", 0.55, 0.55, False),
        # blind39 was scored blind (18/35), then studied; blind40 is blind but for one compared
        # mention (see its README)
        ("blind39", 0.62, 0.6, False),
        ("blind40", 0.55, 0.6, False),
        # blind41 to blind47 (session 18) were scored blind (30/49, 26/43, 26/35, 21/32, 21/29,
        # 18/26, 17/27), then studied (the misses of each were read after its blind score)
        ("blind41", 0.62, 0.65, False),
        ("blind42", 0.62, 0.6, False),
        ("blind43", 0.8, 0.7, False),
        ("blind44", 0.7, 0.6, False),
        ("blind45", 0.72, 0.7, False),
        ("blind46", 0.62, 0.55, False),
        ("blind47", 0.6, 0.6, False),
        # blind48 to blind53 (session 19) were scored blind (25/36, 16/33, 20/31, 19/27, 22/31,
        # 17/25), then studied
        ("blind48", 0.8, 0.7, False),
        ("blind49", 0.7, 0.8, False),
        ("blind50", 0.78, 0.7, False),
        ("blind51", 0.68, 0.55, False),
        ("blind52", 0.75, 0.68, False),
        ("blind53", 0.7, 0.45, False),
        # blind54 (session 20) was scored blind (18/31), then studied; blind55 (35/45 blind) is
        # still blind: its floor only guards what it scored blind
        ("blind54", 0.65, 0.6, False),
        ("blind55", 0.75, 0.65, False),
        # blind56 to blind58 (session 21) were scored blind (18/30, 18/24, 16/24), then studied;
        # blind59 (23/39) and blind60 (24/36) are still blind: their floors only guard that
        ("blind56", 0.7, 0.6, False),
        ("blind57", 0.75, 0.6, False),
        ("blind58", 0.68, 0.5, False),
        ("blind59", 0.55, 0.5, False),
        ("blind60", 0.63, 0.68, False),
    ],
)
def test_articles_written_apart_from_the_code_keep_their_scores(
    built_tables, folder, required_floor, precision_floor, merges
):
    events = read_csv(built_tables(ROOT / "tests" / folder / "articles") / "events.csv")
    golds = _gold_rows(folder)
    result = score(events, golds)
    required = [g for g in golds if g["required"] == "yes"]
    found_required = (len(required) - len(result.missing_required)) / len(required)
    assert found_required >= required_floor, result.missing_required
    assert result.precision >= precision_floor
    for gold in (g for g in golds if merges and g["must_merge"] == "yes"):
        assert merged_as_one(events, gold), gold["what"]
