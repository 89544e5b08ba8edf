"""ACLED's coding from who did what to whom: victims, sides and territory read from the parse."""

from datetime import date

import pytest

from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)


def _events(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return extractor.extract(article).mentions


@pytest.mark.parametrize(
    ("body", "event_type", "sub_event_type"),
    [
        (
            "On 12 September, jihadists killed five farmers near Djibo.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 September, gunmen attacked villagers in Seytenga.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 September, jihadists attacked an army post near Djibo.",
            "Battles",
            "Armed clash",
        ),
        (
            "On 12 September, the army recaptured the town of Bourem from the rebels.",
            "Battles",
            "Government regains territory",
        ),
        (
            "On 12 September, the army captured the town of Bourem.",
            "Battles",
            "Government regains territory",
        ),
        (
            "On 12 September, rebels captured the town of Bourem.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "On 12 September, protesters burned tyres and barricaded roads in Bamako.",
            "Riots",
            "Violent demonstration",
        ),
        (  # most of the dead were state forces: a clash with them, not violence against civilians
            "On 12 September, 30 people, 26 of them soldiers, were killed near Djibo.",
            "Battles",
            "Armed clash",
        ),
        (
            "On 12 September, 30 people, most of them farmers, were killed near Djibo.",
            "Violence against civilians",
            "Attack",
        ),
        (  # no one named as hit, hamlets struck: the people living there were
            "On 12 September, gunmen struck in several hamlets near Djibo, shooting at everyone.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 September, gunmen struck at a military camp near Djibo, shooting at everyone.",
            "Battles",
            "Armed clash",
        ),
        (  # the dead told only as "people": the act aimed at armed men tells the type
            "On 12 September, 40 people were killed in an ambush on a militia patrol near Djibo.",
            "Battles",
            "Armed clash",
        ),
        (  # the same dead told as "people", the act aimed at a bus: its passengers were hit
            "On 12 September, 40 people were killed in an ambush on a bus near Djibo.",
            "Violence against civilians",
            "Attack",
        ),
        (  # "them" stands for the traders named before it
            "On 12 September, gunmen stopped lorries carrying traders to the market near Djibo"
            " and killed 12 of them.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 September, jihadists stopped a convoy carrying soldiers to Djibo and killed 12"
            " of them.",
            "Battles",
            "Armed clash",
        ),
        (  # the toll of an attack on an armed target: a battle, whoever the dead were
            "On 12 September, jihadists attacked a gendarmerie school near Djibo, killing 20"
            " people.",
            "Battles",
            "Armed clash",
        ),
        (
            "On 12 September, jihadists attacked a primary school near Djibo, killing 20 people.",
            "Violence against civilians",
            "Attack",
        ),
        (  # people taken away at an armed post are still abducted civilians
            "On 12 September, jihadists attacked a gendarmerie post near Djibo, abducting five"
            " teachers.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (  # property a crowd burns is mob violence
            "On 12 September, supporters of the junta ransacked and burned an office in Niamey.",
            "Riots",
            "Mob violence",
        ),
        (  # people told by what they were doing are a crowd: their arson is mob violence
            "On 12 September, dozens of people who had assembled outside the town hall in Dori"
            " torched it.",
            "Riots",
            "Mob violence",
        ),
        (  # one man against an unarmed person: no two armed sides, no battle
            "On 12 September, a man with a machete attacked the governor of the region in Dori.",
            "Violence against civilians",
            "Attack",
        ),
        (  # the same man against a patrol: a side is armed
            "On 12 September, a man with a machete attacked a police patrol in Dori.",
            "Battles",
            "Armed clash",
        ),
        (  # a named camp is a place: handed over, it is territory, not captives released
            "On 12 September, France handed over Camp Lafayette to the army in Niamey.",
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        (  # a community is unarmed people
            "On 12 September, gunmen attacked a Christian community near Djibo, killing nine.",
            "Violence against civilians",
            "Attack",
        ),
        (  # a group told of before is people: seized, they are abducted
            "On 12 September, a first group was seized near Djibo.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (  # people seized by the state's forces are arrested
            "On 12 September, soldiers seized a group of suspected jihadists near Djibo.",
            "Strategic developments",
            "Arrests",
        ),
        (  # a place of worship is full of unarmed people
            "On 12 September, gunmen attacked a place of worship near Djibo.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 September, jihadists burned a school in Djibo.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "On 12 September, hundreds of people protested peacefully in Bamako.",
            "Protests",
            "Peaceful protest",
        ),
        (  # whom the attack on a thing killed tells who was hit: aid workers are civilians
            "On 12 September, two staff members of an aid group were killed when their vehicle"
            " was attacked near Djibo.",
            "Violence against civilians",
            "Attack",
        ),
        (  # the same attack killing soldiers is a battle
            "On 12 September, two soldiers were killed when their vehicle was attacked near Djibo.",
            "Battles",
            "Armed clash",
        ),
        (  # a crowd standing in a convoy's way protests; barricades would make it a riot
            "On 12 September, hundreds of protesters blocked a French military convoy in Kaya.",
            "Protests",
            "Peaceful protest",
        ),
        (  # shots fired by no one named: no crowd fires at itself
            "On 12 September, protesters gathered in Kaya and shots were fired.",
            "Protests",
            "Peaceful protest",
        ),
        (  # what struck from afar tells the type: the strike, the drone
            "On 12 September, the strike hit the market in Djibo, killing 24 people.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (  # a strike on a village is an air or drone strike, whoever it killed
            "On 12 September, a strike on the village of Boni killed 13 civilians.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (  # the air force striking fighters: from the air
            "On 12 September, the air force struck a group of fighters near Tougan.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (  # troops on the ground striking them: a battle
            "On 12 September, soldiers struck militants near Tougan.",
            "Battles",
            "Armed clash",
        ),
        (  # a vague plural counts the dead; "people" after it names who they were
            "On 12 September, dozens of people were killed in an attack on Zaongo.",
            "Violence against civilians",
            "Attack",
        ),
        (  # ... and people killed in an attack on an army post are its defenders
            "On 12 September, gunmen attacked an army post in Dori, killing dozens of people.",
            "Battles",
            "Armed clash",
        ),
    ],
)
def test_the_type_follows_the_victims_the_sides_and_the_taker(
    extractor, body, event_type, sub_event_type
):
    found = _events(extractor, body)
    assert [(m.trigger.event_type, m.trigger.sub_event_type) for m in found] == [
        (event_type, sub_event_type)
    ]


def test_wounds_no_one_is_named_as_causing_at_a_demonstration_are_the_forces_answer(extractor):
    found = _events(extractor, "On 12 September, four protesters were treated for gunshot wounds.")
    assert {(m.trigger.event_type, m.trigger.sub_event_type) for m in found} == {
        ("Protests", "Peaceful protest"),
        ("Protests", "Protest with intervention"),
    }


def test_a_general_strike_on_a_day_is_no_strike_from_the_air(extractor):
    assert not _events(extractor, "Unions called a general strike on the 12th of September.")


def test_victims_are_never_actor1(extractor):
    body = "On 12 September, civilians were killed by jihadists near Djibo."
    (mention,) = _events(extractor, body)
    assert mention.actors[0] == "Jihadist groups"
    assert mention.actors[-1].startswith("Civilians")


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "On 12 September, four gendarmes were killed near Dori.",
            ("Unidentified Armed Group", "Police Forces of Burkina Faso"),
        ),
        (
            "On 12 September, a Malian army convoy was ambushed near Boni.",
            ("Unidentified Armed Group", "Military Forces of Mali"),
        ),
        (
            "On 12 September, a convoy of Malian soldiers was ambushed by jihadists near Boni.",
            ("Jihadist groups", "Military Forces of Mali"),
        ),
        (
            "On 26 July, a group of officers detained President Mohamed Bazoum in Niamey.",
            ("Military Forces of Niger", "Mohamed Bazoum"),
        ),
        (
            "On 12 September, two civilians were executed near Djibo by suspected jihadists.",
            ("Jihadist groups", "Civilians (Burkina Faso)"),
        ),
        (
            "On 12 September, a drone strike killed nine civilians near Boni.",
            ("Unidentified Armed Group", "Civilians (Mali)"),
        ),
        (
            "On 26 July, supporters of Mohamed Bazoum protested in Niamey.",
            ("Protesters (Niger)", "Mohamed Bazoum"),
        ),
    ],
)
def test_the_one_acted_upon_is_never_actor1(extractor, body, actors):
    """A passive with no agent, or an agent the registry does not know: actor1 is the unknown
    (or unnamed) side, the one hit or held comes second."""
    (mention,) = _events(extractor, body)
    assert mention.actors == actors


def test_a_later_sentence_gives_its_dead_to_the_event(extractor):
    body = "On 9 October, merchants fought with machetes at the market in Dori. Three people died."
    (mention,) = _events(extractor, body)
    assert mention.fatalities == 3


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        ("On 12 September, gunmen shot and wounded a farmer near Djibo.", 0),
        (
            "On 12 September, jihadists attacked a convoy near Djibo. No casualties were reported.",
            0,
        ),
        ("On 12 September, hundreds of people protested peacefully in Bamako.", 0),
        ("On 12 September, jihadists attacked a convoy near Djibo.", None),
    ],
)
def test_acled_codes_zero_only_when_the_text_says_nobody_died(extractor, body, dead):
    assert [m.fatalities for m in _events(extractor, body)] == [dead]


def test_a_march_dispersed_keeps_the_march_and_its_place(extractor):
    body = "On 12 September in Niamey, thousands marched and were dispersed with tear gas."
    (mention,) = _events(extractor, body)
    assert (mention.trigger.text, mention.place_text) == ("marched", "Niamey")


def test_a_town_entered_after_fighting_was_taken_and_one_entered_without_a_fight_was_not(
    extractor,
):
    fought = _events(extractor, "On 12 September, Malian troops entered Anefis after fighting.")
    unopposed = _events(extractor, "On 12 September, Malian troops entered Anefis without a fight.")
    assert [(m.trigger.text, m.trigger.sub_event_type) for m in fought][0] == (
        "entered",
        "Government regains territory",
    )
    assert [(m.trigger.event_type, m.trigger.sub_event_type) for m in unopposed] == [
        ("Strategic developments", "Other")
    ]


def test_a_toll_told_as_done_in_the_same_way_takes_the_type_of_the_act_before(extractor):
    body = (
        "On 10 September, three soldiers were killed when their vehicle struck an improvised"
        " explosive device near Hombori. On 12 September, two soldiers died in the same way in"
        " the Ménaka region, and a third was wounded."
    )
    later = [m for m in _events(extractor, body) if m.sentence_index == 1]
    assert [m.trigger.event_type for m in later] == ["Explosions/Remote violence"]
