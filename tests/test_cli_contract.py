"""A build of the seed articles keeps design.md's contract: columns, values, traceable words."""

import json

from pipeline.articles import parse_article
from tests.contract_checks import CONTRACT_COLUMNS, event_problems
from tests.test_cli import SEEDS, read_csv


def test_events_csv_starts_with_the_contract_columns(seed_build):
    columns, rows = read_csv(seed_build / "events.csv")
    assert tuple(columns[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    assert len(set(columns)) == len(columns)
    assert rows


def test_every_event_passes_the_schema_checks(seed_build):
    _, rows = read_csv(seed_build / "events.csv")
    problems = {row["event_id"]: event_problems(row) for row in rows}
    assert {key: value for key, value in problems.items() if value} == {}
    assert len({row["event_id"] for row in rows}) == len(rows)


def test_every_mention_traces_back_to_an_event_and_its_words(seed_build):
    _, events = read_csv(seed_build / "events.csv")
    _, mentions = read_csv(seed_build / "mentions.csv")
    bodies = {p.stem: parse_article(p.read_bytes(), p.stem, str(p)).body for p in SEEDS}
    event_ids = {row["event_id"] for row in events}
    assert mentions
    for m in mentions:
        assert m["event_id"] in event_ids
        trigger = " ".join(m["trigger_text"].split())
        assert trigger and trigger in m["sentence"]
        body = bodies[m["article_id"]]
        assert body[int(m["trigger_start"]) : int(m["trigger_end"])] == m["trigger_text"]
    mentioned = {m["event_id"] for m in mentions}
    assert mentioned == event_ids


def test_evidence_is_a_sentence_of_the_first_source(seed_build):
    _, rows = read_csv(seed_build / "events.csv")
    bodies = {
        p.stem: " ".join(parse_article(p.read_bytes(), p.stem, str(p)).body.split()) for p in SEEDS
    }
    for row in rows:
        first = row["sources"].split("; ")[0]
        assert row["evidence"] in bodies[first], row["event_id"]


def test_build_json_records_the_run(seed_build):
    meta = json.loads((seed_build / "build.json").read_text(encoding="utf-8"))
    _, events = read_csv(seed_build / "events.csv")
    assert meta["articles_read"] == len(SEEDS)
    assert meta["events"] == len(events)
