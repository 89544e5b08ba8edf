"""When wire reports' acts happened and how many acts they tell: a day the parse hangs on the
verb of the act's clause, a clause told "while" another act, an opening day the parse makes the
root, people hurt "in a rocket attack", trends and comparisons that are no acts, a habit told
with "continue to", a noun the parse takes for a second victim, the region's hunters and
peoples, and the type a lead takes from the sentence after it; and the acts these rules leave
alone."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

from pipeline.merge import merge_mentions

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead
SANCTIONS = (
    "West African nations imposed sanctions and threatened force on Sunday if Niger's coup "
    "leaders fail to reinstate ousted President Mohamed Bazoum within a week, while supporters "
    "of the junta attacked the French embassy in Niamey."
)
SUNDAY = (date(2023, 7, 30), date(2023, 7, 30))


def test_a_day_on_the_verb_dates_its_object_past_the_next_act(extractor):
    found = mentions_of(date(2023, 7, 30), extractor, QUIET + SANCTIONS)
    assert days_of(only_mention(found, "sanctions")) == SUNDAY


def test_a_while_clause_happened_on_the_day_of_the_verb_it_hangs_on(extractor):
    found = mentions_of(date(2023, 7, 30), extractor, QUIET + SANCTIONS)
    attack = only_mention(found, "attacked")
    assert (days_of(attack), attack.place.name) == (SUNDAY, "Niamey")


def test_an_opening_day_the_parse_makes_the_root_dates_the_act(extractor):
    body = (
        QUIET + "On March 15, suspected jihadists killed 66 people in the Tillaberi region. "
        'The next day, an attack claimed by the Islamic State group (IS) in the so-called "tri-'
        'border area" where the frontiers of Niger, Burkina Faso and Mali converge left 33 '
        "Malian soldiers dead."
    )
    attack = only_mention(mentions_of(date(2021, 3, 22), extractor, body), "attack")
    assert days_of(attack) == (date(2021, 3, 16), date(2021, 3, 16))


def test_people_hurt_in_a_rocket_attack_are_one_shelling(extractor):
    body = (
        QUIET + "Twenty people were wounded earlier this month in the north of Mali, including "
        "18 U.N. peacekeepers from Chad, in a rocket attack on a military base used by U.N., "
        "French, and Malian forces."
    )
    found = mentions_of(date(2020, 1, 27), extractor, body)
    assert [(m.trigger.event_type, m.trigger.sub_event_type) for m in found] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    ]
    assert days_of(found[0]) == (date(2020, 1, 1), date(2020, 1, 27))


def test_deaths_of_another_month_told_before_a_series_of_attacks_stay_apart(extractor):
    body = (
        QUIET + "In January, about 100 people were killed in Tchoma Bangou and Zaroumdareye, two "
        "villages of the Mangaize area, and in March more than 140 villagers died in a series "
        "of attacks in the Tahoua region, near the border with Mali."
    )
    found = mentions_of(date(2021, 8, 18), extractor, body)
    assert {m.date.date_start.month for m in found} == {1, 3}


@pytest.mark.parametrize(
    "sentence",
    [
        "There was a lull in the attacks late last year in Niger.",
        "Niger saw a surge in attacks on civilians last year.",
        "Islamist groups that continue to attack civilians in Mali were blamed on Sunday.",
    ],
)
def test_trends_and_habits_are_no_acts(extractor, sentence):
    found = mentions_of(date(2019, 10, 30), extractor, QUIET + sentence)
    assert not [m for m in found if "attack" in m.trigger.text]


def test_a_lead_naming_no_sides_takes_the_type_of_who_was_hit(extractor):
    body = (
        "Scores of people have died in raids near Niger's border with Mali, local and security "
        "sources said Monday. Gunmen arriving on motorbikes attacked the villages of "
        'Intazayene, Bakorat and Wistane on Sunday, shooting "at everything which moved," a '
        "local official said."
    )
    found = mentions_of(date(2021, 3, 22), extractor, body)
    assert {m.trigger.event_type for m in found} == {"Violence against civilians"}


def test_a_comparison_naming_the_act_is_no_second_attack(extractor):
    body = (
        "The death toll from an attack by Islamic extremists on Niger's military last week has "
        "risen to at least 89, making it the most deadly attack of its kind in years. At least "
        "77 extremists were killed by Niger's army, according to a statement issued Sunday."
    )
    found = mentions_of(date(2020, 1, 13), extractor, body)
    assert len([m for m in found if m.trigger.text == "attack"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 12 soldiers in Niger on Sunday, the most deadly attack of its kind.",
        "Gunmen killed 12 soldiers Wednesday in a predawn raid on a military base in Niger.",
    ],
)
def test_a_noun_the_parse_takes_for_a_second_object_is_no_victim(extractor, sentence):
    events = merge_mentions(mentions_of(date(2019, 10, 30), extractor, QUIET + sentence))
    assert [e.fatalities for e in events] == [12]


@pytest.mark.parametrize(
    ("sentence", "trigger", "days"),
    [
        (
            "The army announced an increase in patrols after jihadists attacked Djibo on Sunday.",
            "attacked",
            (date(2023, 9, 17), date(2023, 9, 17)),
        ),
        (
            "Militants attacked a convoy near Djibo on Saturday, and it was the worst since "
            "jihadists attacked Arbinda in June.",
            "attacked",
            (date(2023, 6, 1), date(2023, 6, 30)),
        ),
        (
            "Five soldiers were wounded Sunday near Gao, the area where a convoy was hit in an "
            "ambush in March.",
            "wounded",
            (date(2023, 9, 17), date(2023, 9, 17)),
        ),
        (
            "Three soldiers were wounded on Sunday in Gao, and others in the attack on the "
            "Tessit camp last week.",
            "wounded",
            (date(2023, 9, 17), date(2023, 9, 17)),
        ),
    ],
)
def test_acts_beside_a_trend_a_comparison_or_another_attack_keep_their_days(
    extractor, sentence, trigger, days
):
    found = mentions_of(date(2023, 9, 18), extractor, QUIET + sentence)
    assert days in {days_of(m) for m in found if trigger in m.trigger.text}


def test_a_lead_attack_on_soldiers_stays_a_battle_when_civilians_die_too(extractor):
    body = (
        "Scores of soldiers died in an attack on a military base in Boulkessi on Sunday, the "
        "army said. The attackers also killed two civilians in the village."
    )
    found = mentions_of(date(2023, 9, 18), extractor, body)
    assert [m.trigger.event_type for m in found if m.trigger.text == "attack"] == ["Battles"]


def test_hunters_killed_by_fighters_are_a_battle(extractor):
    body = QUIET + "Fulani fighters killed 20 Dogon hunters near Bankass on Saturday."
    killed = only_mention(mentions_of(date(2023, 9, 18), extractor, body), "killed")
    assert killed.trigger.event_type == "Battles"


def test_an_act_told_as_done_before_its_clause_takes_no_exact_day(extractor):
    body = QUIET + "The junta declared a curfew in Gao on Friday as jihadists had attacked Gao."
    found = mentions_of(date(2023, 9, 18), extractor, body)
    assert all(days_of(m) != (date(2023, 9, 15),) * 2 for m in found if "attack" in m.trigger.text)


def test_a_gathering_for_a_demand_past_an_aside_in_brackets_is_a_protest(extractor):
    body = (
        QUIET + "Several thousand people gathered again on Saturday in Niamey and Ouallam "
        "(south-west) to demand the departure of French forces."
    )
    found = mentions_of(date(2023, 9, 2), extractor, body)
    assert {(m.trigger.event_type, m.place.name) for m in found} == {
        ("Protests", "Niamey"),
        ("Protests", "Ouallam"),
    }


def test_a_tally_of_the_year_so_far_is_no_act(extractor):
    body = QUIET + "Hundreds of people have been killed this year in Burkina Faso."
    assert not mentions_of(date(2019, 12, 25), extractor, body)


def test_a_decision_in_force_since_a_month_was_made_then(extractor):
    body = QUIET + "Political activities have been suspended by decree since April in Mali."
    suspended = only_mention(mentions_of(date(2024, 6, 21), extractor, body), "suspended")
    assert days_of(suspended) == (date(2024, 4, 1), date(2024, 4, 30))
