"""Everyday news verbs and who they were done to: releases, exits, seizures of people, attacks
on civilian targets, protests met by force."""

from datetime import date

import pytest
from mention_types import mentions_of, types_of

from pipeline.merge import merge_mentions

PUBLISHED = date(2024, 5, 20)


RELEASE = ("Strategic developments", "Other")  # ACLED's sub-type for releases and exits
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CIVILIANS = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "body",
    [
        "On Sunday, three Spanish engineers held by gunmen since March have been freed.",
        "On Sunday, the Canadian nurse was released and flown to Ouagadougou.",
        "On Sunday, the kidnappers freed Anna Berg near Menaka.",
        "On Sunday, the release of the two Togolese drivers was announced in Lome.",
    ],
)
def test_people_set_free_are_a_release(extractor, body):
    releases = [
        m for m in mentions_of(PUBLISHED, extractor, body) if m.trigger.category == "Release"
    ]
    assert [(m.trigger.event_type, m.trigger.sub_event_type) for m in releases] == [RELEASE]


@pytest.mark.parametrize(
    "body",
    [
        "On Sunday, a new report on the region was released in Dakar.",
        "On Sunday, the jihadists released a video of the attack's aftermath.",
    ],
)
def test_things_released_are_no_event(extractor, body):
    assert all(m.trigger.category != "Release" for m in mentions_of(PUBLISHED, extractor, body))


def test_captives_handed_over_are_released_not_territory(extractor):
    body = "On Sunday, the mediators handed them over to Italian diplomats in Niamey."
    assert types_of(PUBLISHED, extractor, body) == [RELEASE]
    body = "On Sunday, the peacekeepers handed their camp over to the army near Gao."
    assert types_of(PUBLISHED, extractor, body) == [
        ("Strategic developments", "Non-violent transfer of territory")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "On Sunday, Chad announced that it was leaving the African Union.",
        "On Sunday, Guinea said it had left the Economic Community of West African States.",
        "On Sunday, Mauritania quit the group, its foreign minister said.",
        "On Sunday, the military government ended, after long talks, the 2006 accord.",
    ],
)
def test_a_state_leaving_a_bloc_or_ending_an_accord_is_a_development(extractor, body):
    ended = [
        m
        for m in mentions_of(PUBLISHED, extractor, body)
        if m.trigger.category == "Agreement ended"
    ]
    assert [(m.trigger.event_type, m.trigger.sub_event_type) for m in ended] == [RELEASE]


def test_an_accord_ended_is_dated_by_its_ending_not_its_name(extractor):
    body = "On Sunday, the junta ended, in a decree read on radio, the 2006 accord with the rebels."
    (ended,) = [
        m
        for m in mentions_of(PUBLISHED, extractor, body)
        if m.trigger.category == "Agreement ended"
    ]
    assert ended.date.date_start == date(2024, 5, 19)


def test_an_accord_revoked_is_one_event_its_ending(extractor):
    body = "On Sunday, the junta revoked the defence agreement with Paris."
    assert [m.trigger.category for m in mentions_of(PUBLISHED, extractor, body)] == [
        "Agreement ended"
    ]


def test_an_ending_in_another_clause_is_not_the_accords(extractor):
    body = "On Sunday, the strike ended before the 2006 accord was read out on radio."
    assert all(
        m.trigger.category != "Agreement ended" for m in mentions_of(PUBLISHED, extractor, body)
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Sunday, gunmen seized a pharmacist and his son near Dori.", ABDUCTION),
        ("Two teachers seized near Dori on Sunday are still missing.", ABDUCTION),
        ("On Sunday, gunmen seized them on the road to Dori.", ABDUCTION),
        (
            "On Sunday, gunmen seized forty head of cattle near Dori.",
            ("Strategic developments", "Looting/property destruction"),
        ),
    ],
)
def test_a_person_seized_is_abducted_and_goods_seized_are_looted(extractor, body, expected):
    assert types_of(PUBLISHED, extractor, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Sunday, a ferry came under fire on the river near Ansongo.", CIVILIANS),
        ("On Sunday, gunmen attacked a packed minibus near Ansongo.", CIVILIANS),
        ("On Sunday, gunmen attacked a baptism ceremony near Ansongo.", CIVILIANS),
        ("On Sunday, militants attacked a convoy of traders near Ansongo.", CIVILIANS),
        ("On Sunday, militants attacked the hamlet of Tin-Hama, killing nine.", CIVILIANS),
        ("On Sunday, gunmen opened fire on herders at a well near Ansongo.", CIVILIANS),
        ("On Sunday, militants attacked a military convoy near Ansongo.", CLASH),
        ("On Sunday, a gendarmerie boat came under fire near Ansongo.", CLASH),
        (
            "On Sunday, a drone struck a funeral near Ansongo.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "On Sunday, a bus full of traders was struck by a drone near Ansongo.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "On Sunday, the army used drones to target terrorist positions near Ansongo.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        # two targets of one act at one town: the act is one, typed by all it hit
        ("On Sunday, militants attacked an army post and the market in Ansongo.", CLASH),
    ],
)
def test_attacks_on_civilian_targets(extractor, body, expected):
    assert types_of(PUBLISHED, extractor, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On Sunday, riot police fired tear gas at students marching in Bamako.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "On Sunday, gendarmes dispersed a crowd of demonstrators in Bamako.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "On Sunday, demonstrators set tyres ablaze in Bamako.",
            ("Riots", "Violent demonstration"),
        ),
    ],
)
def test_a_protest_met_by_the_police_stays_a_protest(extractor, body, expected):
    assert types_of(PUBLISHED, extractor, body) == [expected]


def test_a_riot_word_that_only_modifies_a_noun_is_no_riot(extractor):
    body = "On Sunday, gendarmes in riot gear guarded the parliament in Bamako."
    assert all(m.trigger.event_type != "Riots" for m in mentions_of(PUBLISHED, extractor, body))


@pytest.mark.parametrize(
    "body",
    [
        "On Sunday, troops opened fire on demonstrators in Bamako, killing four.",
        "On Sunday, soldiers shot dead four demonstrators in Bamako.",
    ],
)
def test_live_fire_on_protesters_is_one_protest_event_with_its_dead(extractor, body):
    (event,) = merge_mentions(mentions_of(PUBLISHED, extractor, body))
    assert event.event_type == "Protests"
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities == 4


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On Sunday, jihadists set ablaze the homes of a village chief near Dori.",
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "On Sunday, raiders set two granaries on fire near Dori.",
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "On Sunday, militants blew up a bridge on the road to Dori.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            "On Sunday, a man blew himself up at a checkpoint near Dori.",
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        ("On Sunday, a mob lynched two suspected thieves in Dori.", ("Riots", "Mob violence")),
        (
            "On Sunday, angry demonstrators stormed the prefecture in Dori.",
            ("Riots", "Violent demonstration"),
        ),
    ],
)
def test_everyday_verbs_of_violence(extractor, body, expected):
    assert set(types_of(PUBLISHED, extractor, body)) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Sunday, insurgents ambushed a gendarmerie patrol near Kaya.", CLASH),
        (
            "On Sunday, insurgents overran a police post near Kaya.",
            ("Battles", "Non-state actor overtakes territory"),
        ),
        ("On Sunday, gunmen shot dead a trader near Kaya.", CIVILIANS),
        ("On Sunday, militiamen massacred dozens of herders near Kaya.", CIVILIANS),
        ("On Sunday, four farmers were executed by insurgents near Kaya.", CIVILIANS),
        ("On Sunday, insurgents besieged the town of Kaya.", ("Strategic developments", "Other")),
        (
            "On Sunday, the army shelled insurgent positions near Kaya.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "On Sunday, a minibus hit a landmine near Kaya.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
    ],
)
def test_the_common_words_of_war_reports(extractor, body, expected):
    assert set(types_of(PUBLISHED, extractor, body)) == {expected}


def test_each_target_one_verb_lists_is_typed_at_its_own_place(extractor):
    body = "On Sunday, jihadists targeted a river ship near Timbuktu and a military base in Bamba."
    found = {(m.place.name, m.trigger.event_type) for m in mentions_of(PUBLISHED, extractor, body)}
    assert found == {("Timbuktu", CIVILIANS[0]), ("Bamba", CLASH[0])}


def test_targets_of_one_verb_told_after_a_lead_keep_their_own_types(extractor):
    body = (
        "At least 64 people were killed on Sunday in two separate attacks by suspected jihadists "
        "in Mali. The two separate attacks by suspected jihadists targeted the river ship near "
        "Timbuktu and a military base in Bamba, officials said."
    )
    events = merge_mentions(mentions_of(PUBLISHED, extractor, body))
    typed = {(e.place.name, e.event_type) for e in events}
    assert typed == {("Timbuktu", CIVILIANS[0]), ("Bamba", CLASH[0])}


def test_aircraft_used_to_carry_food_strike_nothing(extractor):
    body = "The government used aircraft to deliver food to the besieged town of Djibo on Sunday."
    assert "Explosions/Remote violence" not in {t for t, _ in types_of(PUBLISHED, extractor, body)}
