"""Acts no trigger names, told of a state, an armed group or a country with a date: a careful
reader notes them; sayings, undated acts and possessives are not acts."""

from datetime import date

import pytest
import yaml
from mention_types import days_of, mentions_of

from pipeline.knowledge import KNOWLEDGE_DIR

PUBLISHED = date(2023, 2, 22)  # a Wednesday
ACT = ("Strategic developments", "Other", "Political act")


def _acts(extractor, body: str) -> list:
    return [
        m
        for m in mentions_of(PUBLISHED, extractor, body)
        if (m.trigger.event_type, m.trigger.sub_event_type, m.trigger.category) == ACT
    ]


@pytest.mark.parametrize(
    ("body", "verb", "days"),
    [
        (
            "On Sunday, the general staff formally marked the end of the operations of the "
            "French task force in the country.",
            "marked",
            (date(2023, 2, 19), date(2023, 2, 19)),
        ),
        ("Mali left in May 2022.", "left", (date(2022, 5, 1), date(2022, 5, 31))),
        ("The last French troops left in January.", "left", (date(2023, 1, 1), date(2023, 1, 31))),
        (
            "Foreign ministers of Mali and Niger met in Bamako on 30 November.",
            "met",
            (date(2022, 11, 30), date(2022, 11, 30)),
        ),
    ],
)
def test_a_dated_act_of_a_state_is_an_event(extractor, body, verb, days):
    (act,) = _acts(extractor, body)
    assert (act.trigger.text, days_of(act)) == (verb, days)


@pytest.mark.parametrize(
    "body",
    [
        # no lexicon row names these acts (tests/test_vocabulary_wider.py keeps the rows from
        # matching them); told of a state or an armed group with a day, a reader notes them
        "The National Movement for the Liberation of Azawad met in Kidal on 12 September.",
        "Niger took delivery of two Turkish UAVs in Niamey on 12 September.",
    ],
)
def test_an_act_no_lexicon_row_names_is_noted_as_a_political_act(extractor, body):
    (act,) = _acts(extractor, body)
    assert days_of(act) == (date(2022, 9, 12), date(2022, 9, 12))


@pytest.mark.parametrize(
    "body",
    [
        "The government said on Monday that the talks would go on.",  # a saying, not an act
        "On Monday the government announced its decision.",
        "The general staff formally marked the end of the operations.",  # no date
        "Mali's ambassador returned to Algiers on Monday.",  # the country owns the subject
        "On Monday, villagers gathered in the square.",  # no acting actor
        "ECOWAS gave the junta until 25 April to propose a new timetable.",  # a deadline
        "The junta set the elections for February 2024.",  # a plan
        "Niger produced 2,000 tonnes of uranium in 2022.",  # a year's figure
        "Deaths in Niger rose by 30 percent in January.",  # the country is no subject
        "Refugees from Mali crossed into Niger on Monday.",
        "A Mali-based group published a report on Monday.",  # the name is part of a word
        "The government welcomed the decision on Monday.",  # a reaction
    ],
)
def test_sayings_undated_acts_and_others_subjects_are_no_political_act(extractor, body):
    assert not _acts(extractor, body)


def test_a_sentence_with_a_trigger_keeps_its_own_event(extractor):
    found = mentions_of(PUBLISHED, extractor, "On Monday the army attacked the camp at Djibo.")
    assert [m.trigger.category for m in found] == ["Attack"]


def test_the_word_lists_are_lower_case_and_unrepeated():
    data = yaml.safe_load((KNOWLEDGE_DIR / "dated_acts.yaml").read_text(encoding="utf-8"))
    for key in ("manner", "not_acts"):
        words = data[key]
        assert words == [w.lower() for w in words] and len(words) == len(set(words)), key
        assert all(isinstance(w, str) for w in words), key  # YAML reads a bare `on` as true


def test_the_actor_types_are_those_of_the_registry():
    data = yaml.safe_load((KNOWLEDGE_DIR / "dated_acts.yaml").read_text(encoding="utf-8"))
    registry = (KNOWLEDGE_DIR / "actors.csv").read_text(encoding="utf-8")
    assert all(f",{kind}," in registry for kind in data["actor_types"])


def test_a_country_that_acts_is_coded_as_its_government(extractor):
    (act,) = _acts(extractor, "Mali left in May 2022.")
    assert act.actors == ("Government of Mali",)
