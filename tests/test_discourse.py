"""What a sentence takes from the others: a place named where the text refers back, a toll."""

from datetime import date

import pytest

from pipeline.contract import VIOLENT_TYPES as VIOLENT
from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)


def _mentions(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return extractor.extract(article).mentions


def test_the_attack_took_place_near_gives_its_town_to_the_attack(extractor):
    body = (
        "Gunmen attacked a convoy in western Niger on Tuesday, killing 12 soldiers. "
        "The attack took place near Tera."
    )
    (attack,) = _mentions(extractor, body)
    assert attack.place.name == "Téra"
    assert attack.fatalities == 12


def test_a_later_toll_updates_the_count_rather_than_adding_to_it(extractor):
    body = (
        "Militants killed at least 30 civilians in Seytenga on Sunday. The death toll rose to 79."
    )
    (attack,) = _mentions(extractor, body)
    assert attack.fatalities == 79


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        (
            "On Friday, bandits ambushed a bus near Koro, killing 27 passengers;"
            " villagers gave a higher toll of 35.",
            27,
        ),
        (
            "On Thursday, jihadists raided a village near Djibo and killed 41 herders."
            " Aid workers put the death toll at about 60.",
            41,
        ),
        (
            "On Friday, soldiers killed 23 herders near Djibo, the army said. Residents said"
            " nearly 60 people died.",
            23,
        ),
        (
            "Gunmen killed 14 people in a raid on the village of Koro on Friday."
            " Other sources estimated the toll at nine.",
            9,
        ),
        (
            "On Friday, gunmen attacked an army convoy near Koro, killing 18 soldiers and"
            " 3 drivers.",
            21,
        ),
    ],
)
def test_competing_tolls_give_the_most_conservative_figure(extractor, body, dead):
    """Other sources' figures are alternatives to the toll, never added to it (ACLED takes
    the lowest); victim groups of one report add up."""
    (attack,) = _mentions(extractor, body)
    assert attack.fatalities == dead


def test_an_act_and_its_toll_after_a_comma_are_one_event(extractor):
    body = "On Tuesday, gunmen attacked the village of Seytenga, killing 12 people."
    assert len(_mentions(extractor, body)) == 1


def test_leaving_people_wounded_is_the_outcome_not_a_withdrawal(extractor):
    body = "On 16 May, farmers and herders clashed in Djibo, leaving four wounded."
    assert [m.trigger.category for m in _mentions(extractor, body)] == ["Armed clash"]


def test_what_people_protest_against_is_not_an_event(extractor):
    body = "On 12 January, thousands of residents marched in Dori to protest against massacres."
    assert [m.trigger.category for m in _mentions(extractor, body)] == ["Protest"]


@pytest.mark.parametrize(
    "body",
    [
        "On 5 June, residents of Solhan marked the anniversary of the massacre in the town.",
        "On Friday, a ceremony was held in Dori in memory of the victims of the attack.",
    ],
)
def test_an_act_remembered_on_a_later_day_is_no_event_of_that_day(extractor, body):
    assert not [m for m in _mentions(extractor, body) if m.trigger.event_type in VIOLENT]


def test_an_anniversary_rally_is_a_rally(extractor):
    body = "Thousands of junta supporters attended an anniversary rally in Niamey on Wednesday."
    assert [m.trigger.event_type for m in _mentions(extractor, body)] == ["Protests"]


def test_a_date_on_the_statement_dates_the_event_to_the_days_up_to_it(extractor):
    body = "Gunmen killed 12 people in Boni, the army said on Wednesday."  # Wed 2023-09-13
    (attack,) = _mentions(extractor, body)
    assert (attack.date.date_start, attack.date.date_end) == (date(2023, 9, 11), date(2023, 9, 13))
    assert attack.date.precision == "range"


def test_a_statement_opening_the_sentence_dates_the_event_it_reports(extractor):
    body = "In a statement on Friday, the army said troops had arrested 51 suspects in Djibo."
    (arrest,) = _mentions(extractor, body)  # Friday 2023-09-15
    assert (arrest.date.date_start, arrest.date.date_end) == (date(2023, 9, 13), date(2023, 9, 15))


def test_a_date_opening_a_statement_dates_the_event_it_reports(extractor):
    body = "On Wednesday, the army said gunmen had killed 12 people in Boni."
    (attack,) = _mentions(extractor, body)  # Wednesday 2023-09-13
    assert (attack.date.date_start, attack.date.date_end) == (date(2023, 9, 11), date(2023, 9, 13))


def test_an_event_dated_in_its_own_clause_keeps_its_day(extractor):
    body = "Gunmen killed 12 people in Boni on Sunday, the army said on Wednesday."
    (attack,) = _mentions(extractor, body)  # Sunday 2023-09-17
    assert (attack.date.date_start, attack.date.date_end) == (date(2023, 9, 17), date(2023, 9, 17))


def test_a_statement_dated_at_the_end_of_the_sentence_dates_what_it_announces(extractor):
    body = (
        "The military said it had suspended the constitution and dissolved the government "
        "and the National Assembly, in a statement read on state television late on Monday."
    )
    coup = next(m for m in _mentions(extractor, body) if m.trigger.category == "Coup")
    # published Monday 2023-09-18: the takeover happened in the days up to the statement
    assert (coup.date.date_start, coup.date.date_end) == (date(2023, 9, 16), date(2023, 9, 18))


def test_late_that_night_counts_from_the_event_told_before_not_the_last_date_written(extractor):
    body = (
        "Soldiers detained the president in Niamey on Wednesday. The president, who turned 63 "
        "on 1 January, stayed in his residence. Late that night, officers suspended the "
        "constitution."
    )
    (suspension,) = [m for m in _mentions(extractor, body) if "suspended" in m.trigger.text]
    assert suspension.date.date_start == suspension.date.date_end == date(2023, 9, 13)


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen killed 30 villagers in Solhan on Saturday. The killings came after an ambush"
        " on an army convoy near Sebba on 2 September, in which nine soldiers died.",
        "Gunmen killed 30 villagers in Solhan on Saturday. The raid followed an assault on the"
        " army post at Sebba early last week, in which nine soldiers were killed.",
    ],
)
def test_an_earlier_event_named_after_followed_keeps_its_own_date_and_dead(extractor, body):
    """ "The raid followed an attack ... last week": the attack is an event of its own, and the
    reference back ("The raid") takes neither its date nor its dead."""
    found = _mentions(extractor, body)
    assert len(found) == 2
    raid, earlier = found
    assert (raid.place.name, raid.fatalities, str(raid.date.date_start)) == (
        "Solhan",
        30,
        "2023-09-16",
    )
    assert (earlier.place.name, earlier.fatalities, earlier.trigger.event_type) == (
        "Sebba",
        9,
        "Battles",
    )
    assert earlier.date.date_end < raid.date.date_start


def test_a_detention_takes_the_place_the_held_were_taken_to(extractor):
    """ "Soldiers detained the minister. He was driven to the camp at Kati": ACLED places the
    detention where the held are."""
    body = (
        "Mali's soldiers detained the interior minister on Monday evening. Both men had served"
        " in the army. He was driven to the military camp at Kati, where he was still held."
    )
    (detention,) = _mentions(extractor, body)
    assert detention.place.name == "Kati"


@pytest.mark.parametrize(
    "body",
    [
        "Mali's soldiers detained the interior minister on Monday evening. Gunmen attacked a"
        " convoy near Gao on Tuesday.",
        "Malian soldiers killed 12 traders on Monday evening. The wounded were taken to Gao.",
        "Malian officers took part in the coup of last year. The president was taken to Gao.",
    ],
)
def test_only_a_detention_takes_the_place_its_captives_were_taken_to(extractor, body):
    first = _mentions(extractor, body)[0]
    assert first.place.name != "Gao"  # the country, or for a coup its capital


def test_an_act_told_after_another_stays_one_event_with_it(extractor):
    """ "Soldiers killed 12 jihadists after an attack on their base on Monday": the act is the
    answer told with its date; only a name for an event ("The raid followed ...") refers back."""
    body = "Soldiers killed 12 jihadists near Djibo after an attack on their base on Monday."
    assert len(_mentions(extractor, body)) == 1


def test_the_act_s_own_date_wins_over_the_statement_s(extractor):
    body = (
        "The army said on Wednesday that it had killed more than 100 militants during"
        " operations in the north of the country last week."
    )
    (killing,) = _mentions(extractor, body)  # published Monday 2023-09-18: last week 11-17
    assert (killing.date.date_start, killing.date.date_end) == (
        date(2023, 9, 11),
        date(2023, 9, 17),
    )


def test_the_attack_happened_on_a_day_gives_its_date_and_town_to_the_attack_told(extractor):
    body = (
        "Suspected jihadists killed at least 40 people in an attack on a village in northern"
        " Burkina Faso, a local official said on Sunday.\nThe attack happened on Thursday in"
        " the village of Seytenga, the official said."
    )
    (attack,) = _mentions(extractor, body)  # published Monday 2023-09-18; Thursday the 14th
    assert (attack.place.name, attack.fatalities) == ("Seytenga", 40)
    assert attack.date.date_start == attack.date.date_end == date(2023, 9, 14)


def test_the_raid_on_a_camp_far_from_its_verb_began_on_a_day_of_its_own(extractor):
    body = (
        "Twenty soldiers were killed when fighters attacked an army camp in the north of the"
        " country, the army said.\nThe raid on the camp at Seytenga, in the Seno province of"
        " the Sahel region, began on Thursday, according to a statement read late on Sunday."
    )
    (attack,) = _mentions(extractor, body)  # published Monday 2023-09-18; Thursday the 14th
    assert attack.place.name == "Seytenga"
    assert attack.date.date_start == attack.date.date_end == date(2023, 9, 14)


def test_a_date_inside_a_report_outweighs_the_report_s_own_opening_date(extractor):
    body = (
        "On Friday, the governor told reporters that he had news of killings in Boni on"
        " Tuesday, with some 40 herders executed, and ordered an inquiry."
    )
    executed = next(m for m in _mentions(extractor, body) if "executed" in m.trigger.text)
    assert (executed.date.date_start, executed.date.date_end) == (
        date(2023, 9, 12),
        date(2023, 9, 12),
    )


@pytest.mark.parametrize(
    ("words", "last_day"),
    [
        ("in the days after the coup", date(2023, 8, 9)),
        ("after the coup", PUBLISHED),
        ("during the holidays after the coup", PUBLISHED),  # "holidays" is not "days"
    ],
)
def test_in_the_days_after_an_event_is_a_fortnight_after_it_not_up_to_publication(
    extractor, words, last_day
):
    body = (
        "Soldiers overthrew the president of Niger on 26 July 2023. "
        f"The European Union suspended its budget support to Niger {words}."
    )
    (_, suspended) = _mentions(extractor, body)
    assert (suspended.date.date_start, suspended.date.date_end) == (date(2023, 7, 26), last_day)


def test_an_act_that_coincided_with_one_told_before_is_another_act_of_its_day(extractor):
    body = (
        "Aid groups warned of hunger. Grain prices have doubled. Schools remain shut.\n\n"
        "On 12 September 2023, gunmen attacked a mosque in Djibo during the dawn prayer. "
        "The attack on the mosque coincided with an assault by hundreds of fighters on the army"
        " post in the town."
    )
    found = _mentions(extractor, body)
    assault = [m for m in found if m.sentence_index == 4]
    assert [(m.trigger.event_type, m.date.date_start) for m in assault] == [
        ("Battles", date(2023, 9, 12))
    ], found


def test_an_act_told_after_a_coinciding_season_is_not_dated_by_the_act_before(extractor):
    body = (
        "Aid groups warned of hunger. Grain prices have doubled. Schools remain shut.\n\n"
        "On 12 September 2023, gunmen attacked a mosque in Djibo during the dawn prayer. "
        "The attack on the mosque coincided with the harvest, and soldiers later clashed with"
        " fighters near Djibo."
    )
    found = _mentions(extractor, body)
    assert not [m for m in found if m.sentence_index == 4 and m.trigger.event_type == "Battles"]
