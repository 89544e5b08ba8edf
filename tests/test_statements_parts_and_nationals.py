"""A lead naming only its attackers, a night told with its day, a statement's day and the day an
act "occurred", targets a lead counts, a possessive day of what people rally for, an envoy given
hours to leave, a country's people as those killed, a crowd told twice in a sentence, and a weekend
told on its Saturday."""

from datetime import date

import pytest

from tests.mention_types import day_texts, merged_events

PUBLISHED = date(2025, 5, 14)  # a Wednesday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


@pytest.mark.parametrize(
    "lead",
    [
        "were killed on Sunday in an attack by suspected jihadists in Bartiebougou, a locality",
        "were killed in an attack by suspected jihadists in Bartiebougou on Sunday, a locality",
    ],
)
def test_a_lead_naming_only_its_attackers_is_an_attack_on_the_civilians_told_after(extractor, lead):
    body = (
        f'"Several dozen" people {lead} in Gnagna province in eastern Burkina Faso, sources told'
        " AFP."
        '\n\n"A large number of armed individuals attacked the village this morning, killing'
        ' dozens of civilians," a regional security source said.\n\nAn official of the'
        " Volunteers for the Defence of the Homeland confirmed the attack, speaking of a heavy"
        " toll."
    )
    (event,) = _events(extractor, body, date(2025, 5, 11))
    assert event.event_type == "Violence against civilians"


def test_a_lead_naming_the_base_its_attackers_struck_stays_a_battle(extractor):
    body = (
        "Dozens were killed in an attack by jihadists on a military base in Djibo on Sunday,"
        " sources said. The attackers also killed several civilians in the town."
    )
    kinds = {e.event_type for e in _events(extractor, body)}
    assert "Battles" in kinds


def test_a_night_told_with_a_day_is_that_day_s_night(extractor):
    body = (
        "On Monday, jihadists killed three police officers in an attack on a police post"
        " overnight in the Tillabéri region of Niger."
    )
    (event,) = _events(extractor, body)
    assert day_texts(event) == ("2025-05-12", "2025-05-12")


@pytest.mark.parametrize("where", ["", "near Makalondi "])
def test_the_day_an_act_occurred_dates_the_lead_a_statement_only_bounds(extractor, where):
    body = (
        "A roadside bomb killed at least seven miners near a gold mine in western Niger, local"
        f" sources confirmed on Tuesday. The incident occurred {where}on Friday when a minibus"
        " carrying the workers hit the explosive device."
    )
    (event,) = _events(extractor, body)
    assert day_texts(event) == ("2025-05-09", "2025-05-09")
    assert event.event_type == "Explosions/Remote violence"


def test_a_day_further_on_in_the_sentence_that_tells_the_act_again_is_another_act(extractor):
    body = (
        "Jihadists killed 12 soldiers in an ambush near Djibo, the army said on Tuesday. The"
        " ambush took place on the same road where troops had clashed with militants on Friday."
    )
    days = sorted(day_texts(e) for e in _events(extractor, body))
    assert days[0] == ("2025-05-09", "2025-05-09")
    assert days[-1] != ("2025-05-09", "2025-05-09")


def test_the_samira_gold_mine_is_placed_at_the_mine(extractor):
    body = "Gunmen attacked a convoy of workers of the Samira gold mine in Niger on Sunday."
    (event,) = _events(extractor, body)
    assert event.place.name == "Samira Hill"


def test_targets_a_lead_counts_are_each_an_event_at_its_own_place(extractor):
    body = (
        "Rebels in Burkina Faso on Friday attacked two mining convoys, killing a soldier, in"
        " the north and east of the country, security sources said. A convoy under military"
        " escort struck an explosive device in the Tapoa province, one source said, adding that"
        " a soldier was killed and another injured. In the Sahel region, gunmen attacked a"
        " convoy from a gold mine on the road to Dori, the source said."
    )
    events = sorted(_events(extractor, body), key=lambda e: e.place.name)
    assert [(e.place.name, e.event_type) for e in events] == [
        ("Dori", "Battles"),
        ("Tapoa province", "Explosions/Remote violence"),
    ]
    assert {day_texts(e) for e in events} == {("2025-05-09", "2025-05-09")}


def test_a_lead_counting_targets_stays_whole_when_the_sentences_after_tell_other_acts(extractor):
    body = (
        "Jihadists attacked two army posts in northern Burkina Faso on Friday, killing 20"
        " soldiers, security sources said. The assailants stormed the post in Diguel and set it"
        " on fire, a source said. In Djibo, a suicide bomber killed three people at a market,"
        " residents said."
    )
    battle = next(e for e in _events(extractor, body) if e.event_type == "Battles")
    assert (battle.fatalities, day_texts(battle)) == (20, ("2025-05-09", "2025-05-09"))


def test_a_rally_for_last_month_s_coup_is_not_dated_in_that_month(extractor):
    body = "Thousands of people demonstrated in Niamey in support of last month's coup on Sunday."
    (event,) = (e for e in _events(extractor, body) if e.event_type == "Protests")
    assert day_texts(event) == ("2025-05-11", "2025-05-11")


def test_an_envoy_given_hours_to_leave_is_an_expulsion_on_the_day_it_was_told(extractor):
    body = (
        "On Friday, Niger's foreign ministry announced that the French ambassador, Jean Dupont,"
        " had 48 hours to leave."
    )
    (event,) = _events(extractor, body)
    assert (event.category, day_texts(event)) == ("Diplomatic break", ("2025-05-09", "2025-05-09"))


def test_diplomats_evacuated_within_hours_are_no_expulsion(extractor):
    body = (
        "Western diplomats, along with aid workers, had 72 hours to leave Bamako under an"
        " evacuation plan announced on Friday."
    )
    assert all(e.category != "Diplomatic break" for e in _events(extractor, body))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Seven Mauritanians were killed near the border in Mali on Sunday.", "Violence against"),
        (
            "Jihadist fighters stormed the Nigerien city of Diffa on Sunday, killing four soldiers"
            " and four civilians before troops drove them back.",
            "Battles",
        ),
        (
            "Ten Chadians were killed on Sunday when jihadists attacked the UN camp in Aguelhok.",
            "Battles",
        ),
    ],
)
def test_a_country_s_people_killed_are_civilians_but_its_adjective_says_whose(
    extractor, sentence, kind
):
    (event,) = _events(extractor, sentence)
    assert event.event_type.startswith(kind)


def test_a_flag_lowering_ceremony_marks_a_force_leaving(extractor):
    body = "French and Malian officers held a flag-lowering ceremony at the base in Gao on Monday."
    (event,) = _events(extractor, body)
    assert (event.event_type, event.place.name) == ("Strategic developments", "Gao")


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters in Niamey lowered the French flag at the embassy on Sunday.",
        "Mali's government lowered the national flag to half-mast on Monday to mourn the dead.",
    ],
)
def test_a_flag_lowered_by_protesters_or_in_mourning_is_no_withdrawal(extractor, sentence):
    assert all(e.category != "Withdrawal" for e in _events(extractor, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police fired tear gas on Saturday at hundreds of protesters who gathered in Niamey to"
        " demand the departure of French troops.",
        "Hundreds of residents protested in Niamey on Saturday against the curfew; the"
        " demonstration was dispersed by police.",
    ],
)
def test_a_crowd_told_twice_in_a_sentence_is_one_gathering_on_its_day(extractor, sentence):
    (event,) = _events(extractor, sentence)
    assert (event.event_type, day_texts(event)) == ("Protests", ("2025-05-10", "2025-05-10"))


def test_a_crowd_act_told_as_later_is_not_given_the_day_told_before(extractor):
    body = (
        "Youths rioted in Gao on Saturday after a trader was killed; women of the town later"
        " staged a peaceful sit-in outside the governor's office."
    )
    sit_in = next(e for e in _events(extractor, body) if e.event_type == "Protests")
    assert day_texts(sit_in) != ("2025-05-10", "2025-05-10")


def test_the_weekend_told_on_a_saturday_is_no_later_than_that_day(extractor):
    body = "Dozens of militants were killed in strikes near Djibo over the weekend."
    (event,) = _events(extractor, body, date(2024, 6, 8))
    assert day_texts(event) == ("2024-06-08", "2024-06-08")
