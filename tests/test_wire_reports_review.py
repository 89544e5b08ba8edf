"""Misfires a review of session 27's wire rules found, pinned: a distance from the capital still
names the town; "the latest attack" with a day or a town of its own is another act; a list of
towns gone to, come from or lived in is no list of the act's places, and regional capitals may be
listed; "kidnapping leaders" is an abduction; "in the days after" is no single day; "almost
eleven months after" still dates; Pentecost Sunday is a feast; a count past a report dates the
report, not the violent act reported (a decision said is made when said, and "after the coup that
removed X" is still counted back)."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead
WEDNESDAY = date(2023, 9, 6)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 10 people on Sunday in an attack on a village 60 kilometres (40 miles) "
        "from the capital Niamey.",
        "Kidnappers seized two Italian nationals on Sunday about 50 kilometres from the capital "
        "Niamey.",
    ],
)
def test_a_distance_from_the_capital_still_names_it(extractor, sentence):
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert [m.place.name for m in found] == ["Niamey"]


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [
        (
            "Gunmen killed 12 civilians in Djibo on Sunday, while in Arbinda the most recent "
            "attack, on Monday, left 7 soldiers dead.",
            ["Arbinda", "Djibo"],
        ),
        (
            "Gunmen killed 12 people in Djibo on Sunday, three days after the latest attack on "
            "Arbinda left 5 dead.",
            ["Arbinda", "Djibo"],
        ),
    ],
)
def test_the_latest_attack_with_a_day_or_town_of_its_own_is_another_act(extractor, sentence, towns):
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert sorted(m.place.name for m in found) == towns


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen ambushed a supply convoy travelling towards Djibo and Arbinda on Sunday.",
        "Gunmen attacked a bus carrying traders from the markets of Djibo and Arbinda on Sunday.",
        "Residents of Djibo and Arbinda said gunmen killed 10 people in Djibo on Sunday.",
    ],
)
def test_towns_gone_to_come_from_or_lived_in_are_no_places_of_the_act(extractor, sentence):
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert {m.place.name for m in found} == {"Djibo"}


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [
        (
            "Islamist fighters attacked the towns of Gao and Timbuktu on Sunday.",
            ["Gao", "Timbuktu"],
        ),
        ("Rebels took Kidal, Gao and Timbuktu on Sunday.", ["Gao", "Kidal", "Timbuktu"]),
    ],
)
def test_regional_capitals_may_be_listed(extractor, sentence, towns):
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert sorted(m.place.name for m in found) == towns


def test_kidnapping_leaders_is_an_abduction(extractor):
    body = QUIET + (
        "Jihadists stormed the village of Koutougou on Sunday, kidnapping leaders of the local "
        "self-defence group."
    )
    found = mentions_of(WEDNESDAY, extractor, body)
    assert "Abduction/forced disappearance" in {m.trigger.sub_event_type for m in found}


def test_in_the_days_after_an_act_is_no_single_day(extractor):
    body = QUIET + (
        "Soldiers arrested 20 people on Monday, in the days after gunmen killed 30 villagers "
        "in Djibo."
    )
    found = mentions_of(WEDNESDAY, extractor, body)
    assert all(days_of(m) != (date(2023, 9, 3), date(2023, 9, 3)) for m in found)


def test_almost_eleven_months_after_a_coup_still_dates_it(extractor):
    body = (
        "Almost eleven months after he was overthrown in a coup, Mohamed Bazoum is still held "
        "in Niamey."
    )
    found = mentions_of(date(2024, 6, 20), extractor, body)
    assert [days_of(m)[0].year for m in found] == [2023]


def test_pentecost_sunday_is_a_feast_not_last_sunday(extractor):
    body = QUIET + "Gunmen attacked a church in Djibo on Pentecost Sunday, killing 15 worshippers."
    found = mentions_of(WEDNESDAY, extractor, body)
    assert all(days_of(m) != (date(2023, 9, 3), date(2023, 9, 3)) for m in found)


def test_a_count_past_a_report_does_not_date_the_act_reported(extractor):
    body = QUIET + (
        "Soldiers arrived in Djibo on Monday, the day after the governor announced that gunmen "
        "had killed 12 people in the town."
    )
    found = mentions_of(WEDNESDAY, extractor, body)
    killed = [m for m in found if m.trigger.event_type != "Strategic developments"]
    assert all(days_of(m) != (date(2023, 9, 3), date(2023, 9, 3)) for m in killed)


@pytest.mark.parametrize(
    ("sentence", "category", "day"),
    [
        (
            "ECOWAS imposed sanctions on Niger on 30 July, four days after the coup that removed "
            "President Mohamed Bazoum.",
            "Coup",
            date(2023, 7, 26),
        ),
        (
            "Hundreds protested in Niamey on Saturday, two days after the junta said it had "
            "revoked the immunity of the French ambassador.",
            "Judicial decision",
            date(2023, 8, 31),
        ),
    ],
)
def test_a_relative_clause_or_a_decision_said_is_still_counted_back(
    extractor, sentence, category, day
):
    found = mentions_of(date(2023, 9, 4), extractor, QUIET + sentence)
    assert [days_of(m) for m in found if m.trigger.category == category] == [(day, day)]


def test_a_toll_shared_out_by_town_is_an_act_at_each_town(extractor):
    sentence = (
        "On Sunday, gunmen attacked several villages of the Soum province, killing six in Djibo,"
        " two in Arbinda, and three in Kaya, according to residents."
    )
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert sorted((m.place.name, m.fatalities) for m in found) == [
        ("Arbinda", 2),
        ("Djibo", 6),
        ("Kaya", 3),
    ]


def test_people_arrested_by_town_are_no_dead(extractor):
    sentence = "On Sunday, police arrested 12 in Djibo, 4 in Arbinda and 3 in Kaya."
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert {m.fatalities for m in found} <= {0, None}


def test_a_town_told_also_in_its_region_is_one_place_of_the_act(extractor):
    sentence = (
        "On Sunday, fighters overran the military camp at Inates, also in Tillaberi, killing 71"
        " soldiers in the deadliest attack this year."
    )
    found = mentions_of(WEDNESDAY, extractor, QUIET + sentence)
    assert {m.place.name for m in found} == {"Inates"}
