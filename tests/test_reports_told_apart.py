"""What a report tells apart: villages one sentence lists are one event each, however close; a
place told after a quote belongs to the act it follows; national guardsmen are armed."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

from pipeline.merge import merge_mentions

PUBLISHED = date(2021, 1, 5)  # a Tuesday


def _mentions(extractor, body, article_id="a"):
    return mentions_of(PUBLISHED, extractor, body, article_id=article_id)


TWO_VILLAGES = (
    "On Saturday, gunmen simultaneously attacked the villages of Tchoma Bangou and Zaroumdareye,"
    " in the commune of Mangaize, killing about 100 civilians."
)


def test_villages_listed_in_one_sentence_are_one_event_each(extractor):
    events = merge_mentions(_mentions(extractor, TWO_VILLAGES))
    assert sorted(e.place.name for e in events) == ["Tchoma Bangou", "Zaroumdareye"]


def test_a_later_sentence_about_each_village_joins_that_village_s_event(extractor):
    body = (
        TWO_VILLAGES
        + " On Saturday, 70 people were killed in Tchoma Bangou and 30 in Zaroumdareye."
    )
    events = merge_mentions(_mentions(extractor, body))
    assert len(events) == 2
    assert all({m.sentence_index for m in e.mentions} == {0, 1} for e in events)


def test_another_article_telling_one_village_joins_its_event(extractor):
    other = "Gunmen on motorcycles attacked Tchoma Bangou on Saturday, killing 70 villagers."
    mentions = _mentions(extractor, TWO_VILLAGES) + _mentions(extractor, other, "b")
    events = merge_mentions(mentions)
    by_place = {e.place.name: e.sources for e in events}
    assert by_place == {"Tchoma Bangou": ("a", "b"), "Zaroumdareye": ("a",)}


def test_a_place_told_after_a_quote_is_the_scene_of_the_act_it_follows(extractor):
    body = (
        "\u201cSix were killed and another was wounded\u201d in the attack at Dablo, an official"
        " with the volunteers said Monday."
    )
    attack = only_mention(_mentions(extractor, body), "attack")
    assert attack.place.name == "Dablo"


def test_guardsmen_ambushed_in_a_village_is_a_battle(extractor):
    body = (
        "Unidentified gunmen ambushed the guardsmen at around 11 pm in the village of Birga-Peul"
        " near the town of Koro, the security official said on Monday, killing three."
    )
    ambush = only_mention(_mentions(extractor, body), "ambushed")
    assert ambush.trigger.event_type == "Battles"


@pytest.mark.parametrize(
    ("body", "act", "forces"),
    [
        (
            "Three national guardsmen were killed in an attack near Koro on Monday night.",
            "attack",
            "Police Forces of Mali",
        ),
        (
            "Suspected jihadists killed seven Nigerien guardsmen near Tillaberi on Monday.",
            "killed",
            "Police Forces of Niger",
        ),
    ],
    ids=["national-guardsmen", "nigerien-guardsmen"],
)
def test_guardsmen_of_a_country_are_its_police_forces(extractor, body, act, forces):
    assert forces in only_mention(_mentions(extractor, body), act).actors


def test_presidential_guardsmen_are_not_the_police(extractor):
    body = "Presidential guardsmen detained President Mohamed Bazoum in Niamey on Wednesday."
    actors = {a for m in _mentions(extractor, body) for a in m.actors}
    assert "Police Forces of Niger" not in actors


def test_attackers_withdrawing_after_the_attack_is_no_withdrawal_and_no_scene(extractor):
    body = (
        "Gunmen attacked a military post in Koutougou on Sunday and killed 24 soldiers before"
        " withdrawing to Mali, a security source said on Monday."
    )
    mentions = _mentions(extractor, body)
    assert all(m.trigger.category != "Withdrawal" for m in mentions)
    assert {m.place.name for m in mentions} == {"Koutougou"}


def test_villagers_ambushed_in_a_village_are_still_civilians(extractor):
    body = (
        "Unidentified gunmen ambushed villagers on Monday in the village of Birga-Peul near Koro."
    )
    ambush = only_mention(_mentions(extractor, body), "ambushed")
    assert ambush.trigger.event_type == "Violence against civilians"


def test_civilian_auxiliaries_are_the_vdp(extractor):
    body = "Six civilian auxiliaries were killed in an ambush near Dablo on Monday."
    ambush = only_mention(_mentions(extractor, body), "ambush")
    assert "Volunteers for the Defence of the Homeland" in ambush.actors
    assert ambush.trigger.event_type == "Battles"


def test_auxiliary_nurses_killed_are_civilians(extractor):
    body = "Gunmen killed two auxiliary nurses at a health centre in Djibo on Monday."
    killed = only_mention(_mentions(extractor, body), "killed")
    assert killed.trigger.event_type == "Violence against civilians"


def test_a_force_withdrawing_its_soldiers_from_a_country_still_withdraws(extractor):
    body = (
        "France redeployed its force to Niger after withdrawing its last soldiers from Mali on"
        " Monday, the army said."
    )
    categories = {m.trigger.category for m in _mentions(extractor, body)}
    assert "Withdrawal" in categories
