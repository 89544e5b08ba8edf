"""People killed, read from the parse: summed over groups, number words, ACLED's conventions."""

from datetime import date

import pytest

from pipeline.death_rules import load_death_rules
from pipeline.fatalities import count_dead, event_fatalities
from pipeline.records import EventMention, Trigger

RULES = load_death_rules()


def _dead(parser, text: str) -> int | None:
    counts = count_dead(parser(text)[:], RULES)
    return sum(c.count for c in counts) if counts else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 49 civilians and 15 soldiers were killed on Tuesday.", 64),
        ("Twenty-three soldiers were killed in the ambush.", 23),
        ("Unknown gunmen shot and killed a farmer near Djibo.", 1),
        ("The clashes left six people dead and at least 10 wounded.", 6),
        ("Two soldiers died in the attack.", 2),
        ("The death toll rose to 30.", 30),
        ("The death toll from the raid on the village has risen to 41.", 41),
        ("The toll from the ambush rose to 41 soldiers on Monday.", 41),
        ("The deaths have raised doubts about the 3,000-strong force.", None),
        ("Gunmen killed between 30 and 40 villagers.", 30),
        ("Dozens of civilians were killed.", 12),
        ("A dozen soldiers were killed.", 12),
        ("The attack killed 1,200 people.", 1200),
        ("Gunmen attacked the village, killing 12.", 12),
        ("Militants executed him.", 1),
        ("Gunmen shot and wounded a farmer.", None),
        ("On Monday, 30 people, 26 of them soldiers, were killed.", 30),
        # a unit's ordinal is no count: the parser may take "Regiment" for the subject
        ("Two corporals of the 1st Chasseurs Regiment died in the blast outside Gao.", 2),
        ("Two gendarmes of the 4th Mobile Squadron died in the attack.", 2),
        # a killing's noun counts the dead its "of" counts, not a place or an uncounted person
        ("The attack came on the same day as a massacre of 58 civilians in Niger.", 58),
        ("The killing of about 70 civilians in the village shocked the country.", 70),
        ("This comes two weeks after the massacre of Kodyel, in the Est region.", None),
        ("Reprisals followed the murder of a village chief in Yirgou.", None),
        ("Twelve Nigerien soldiers were killed and 30 civilians are missing.", 12),
        ("Adama Kindo, a local councillor, was shot dead outside his home.", 1),
        ("Three herders were found dead near the well.", 3),
    ],
)
def test_the_dead_are_counted_from_the_sentence(parser, text, expected):
    assert _dead(parser, text) == expected


def _mention(article: str, dead: int | None) -> EventMention:
    trigger = Trigger("attack", 0, 6, "Battles", "Armed clash", "Attack", 45)
    return EventMention(
        article_id=article,
        published=date(2023, 1, 1),
        sentence_index=0,
        sentence_start=0,
        sentence_end=10,
        sentence="",
        trigger=trigger,
        date=None,
        date_rule="",
        place=None,
        place_text="",
        place_rule="",
        actors=(),
        actor_texts=(),
        fatalities=dead,
    )


def test_an_event_takes_each_sources_total_and_the_lowest_across_sources():
    mentions = [_mention("a", 10), _mention("a", 25), _mention("b", 20), _mention("c", None)]
    assert event_fatalities(mentions) == 20


def test_an_event_no_source_counts_has_no_figure():
    assert event_fatalities([_mention("a", None)]) is None
