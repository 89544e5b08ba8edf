"""One act, one event: what ACLED codes as part of a violent event, and as which type."""

from datetime import date

import pytest
from mention_types import mentions_of, types_of

from pipeline.merge import merge_mentions

PUBLISHED = date(2022, 3, 14)


@pytest.mark.parametrize(
    "body",
    [
        "On 10 March, gendarmes beat and arrested a shopkeeper in Kaya.",
        "On 10 March, gunmen killed two herders near Gorom-Gorom and stole their cattle.",
        "On 10 March, four traders were shot dead in Titao and soldiers were deployed there.",
    ],
)
def test_arrests_looting_and_deployments_told_with_violence_are_part_of_it(extractor, body):
    kinds = types_of(PUBLISHED, extractor, body)
    assert len(kinds) == 1 and kinds[0][0] != "Strategic developments"


def test_an_arrest_on_another_day_stays_an_event(extractor):
    body = "On 8 March, gunmen killed a trader in Kaya. On 10 March, police arrested two suspects."
    assert ("Strategic developments", "Arrests") in types_of(PUBLISHED, extractor, body)


def test_an_abduction_with_no_deaths_told_has_none(extractor):
    (mention,) = mentions_of(
        PUBLISHED, extractor, "On 10 March, gunmen abducted a teacher near Djibo."
    )
    assert mention.fatalities == 0


CLASH = ("Battles", "Armed clash")
CIVILIANS = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (  # the village was struck, but the dead were armed volunteers: a battle
            "On 10 March, jihadists attacked the village of Tougouri and killed eight volunteer "
            "fighters.",
            CLASH,
        ),
        (
            "On 10 March, jihadists attacked the village of Tougouri and killed eight farmers.",
            CIVILIANS,
        ),
        (  # nobody named as acting, violence between two communities: two armed sides
            "On 10 March, two people were killed near Fada N'Gourma amid intercommunal violence "
            "between two clans.",
            CLASH,
        ),
        (
            "On 10 March, five people were wounded in Tenkodogo during a land dispute between "
            "two neighbouring villages.",
            CLASH,
        ),
        (  # a named attacker of unarmed people stays violence against civilians
            "On 10 March, gunmen killed two farmers in Tenkodogo amid a land dispute.",
            CIVILIANS,
        ),
    ],
)
def test_who_was_hit_and_between_whom_decides_the_type(extractor, body, kind):
    assert types_of(PUBLISHED, extractor, body) == [kind]


PEACEFUL = ("Protests", "Peaceful protest")
RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (  # the crowd turns violent in the next sentence: the march was a riot
            "On 10 March, hundreds of traders marched in Koudougou against a new tax. "
            "The marchers then blocked the main road and torched a lorry.",
            {RIOT},
        ),
        (  # what the crowd protests is not what it did
            "On 10 March, hundreds of students marched in Koudougou to protest against the "
            "burning of their school.",
            {PEACEFUL},
        ),
    ],
)
def test_a_demonstration_is_a_riot_when_its_crowd_turns_violent(extractor, body, kinds):
    assert set(types_of(PUBLISHED, extractor, body)) == kinds


def test_a_riot_with_no_deaths_told_has_none(extractor):
    body = "On 10 March, protesters burned tyres and blocked roads in Koudougou."
    assert [m.fatalities for m in mentions_of(PUBLISHED, extractor, body)] == [0]


MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (  # unarmed people of no militia fighting: a mob, and the dead told after are its own
            "On 10 March, dozens of shopkeepers fought with clubs at the bus station in Kaya. "
            "Two men died.",
            [MOB],
        ),
        (  # villagers and herders form communal militias: their fights are battles
            "On 10 March, herders clashed with villagers near Kaya.",
            [CLASH],
        ),
        (
            "On 10 March, students clashed with gendarmes in Kaya during a land dispute "
            "between two villages.",
            [CLASH],
        ),
    ],
)
def test_a_fight_of_unorganised_people_is_mob_violence(extractor, body, kinds):
    assert types_of(PUBLISHED, extractor, body) == kinds


def test_a_raid_on_a_gathering_is_violence_against_civilians(extractor):
    body = "On 10 March, soldiers raided a party meeting in Kaya and injured three women."
    assert types_of(PUBLISHED, extractor, body) == [CIVILIANS]


def test_people_kept_from_leaving_did_not_leave(extractor):
    body = (
        "On 10 March, armed men besieged the village of Tibga, preventing its people from leaving."
    )
    assert [m.trigger.category for m in mentions_of(PUBLISHED, extractor, body)] == ["Blockade"]


@pytest.mark.parametrize(
    "body",
    [
        "On 10 March, residents marched on the town hall in Yako and fighting broke out.",
        "On 10 March, angry demonstrators stormed and ransacked the prefecture in Yako.",
    ],
)
def test_a_demonstrations_own_violence_is_one_riot(extractor, body):
    events = merge_mentions(mentions_of(PUBLISHED, extractor, body))
    assert [e.event_type for e in events] == ["Riots"]


def test_demonstrators_arrested_are_the_intervention_not_an_event(extractor):
    body = (
        "On 10 March, teachers marched in Kaya to demand unpaid wages. "
        "Police arrested twelve of them."
    )
    assert types_of(PUBLISHED, extractor, body) == [("Protests", "Protest with intervention")]
