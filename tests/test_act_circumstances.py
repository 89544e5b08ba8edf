"""What stands around an act without being another: the month of May (no modal "may"), victims
caught while fleeing a town, a later act joined with its own subject and its own time, people
held by the authorities, troops and envoys brought home."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


@pytest.mark.parametrize(
    "body",
    [
        "In May gunmen attacked the village of Sebba, killing four people.",
        "Gunmen attacked the village of Sebba in late May, and in May the army went back.",
    ],
)
def test_the_month_of_may_does_not_make_an_act_a_possibility(extractor, body):
    found = mentions_of(date(2022, 6, 15), extractor, QUIET + body)
    attack = found[0]  # the attack (told by its toll when it has one)
    assert (
        attack.trigger.category.startswith("Attack")
        and attack.date is not None
        and attack.date.date_start.month == 5
    )
    assert attack.place.name == "Sebba"


@pytest.mark.parametrize(
    "body",
    [
        "Officials feared on Monday that this may trigger clashes near Sebba.",
        "The G5 may deploy a joint force in Gao on Friday, officials said on Monday.",
    ],
)
def test_may_as_a_modal_still_makes_a_possibility(extractor, body):
    assert not mentions_of(date(2022, 6, 15), extractor, QUIET + body)


def test_victims_killed_while_fleeing_a_town_were_killed_near_it(extractor):
    body = (
        "Around 50 people were killed in late May while fleeing Madjoari, in the Kompienga"
        " province, after months of blockade of the town by armed groups."
    )
    found = mentions_of(date(2022, 6, 15), extractor, QUIET + body)
    killing = only_mention(found, "killed")
    assert killing.place.name == "Madjoari"
    assert [m.trigger.category for m in found] == ["Attack"]  # their flight is no withdrawal


def test_a_leader_overthrown_who_had_taken_power_earlier_makes_two_acts(extractor):
    body = (
        "On 30 September 2022, Captain Ibrahim Traoré and a group of officers overthrew"
        " Lieutenant-Colonel Paul-Henri Sandaogo Damiba, who had himself taken power eight months"
        " earlier."
    )
    found = mentions_of(date(2024, 6, 14), extractor, QUIET + body)
    assert days_of(only_mention(found, "overthrew")) == (date(2022, 9, 30), date(2022, 9, 30))
    assert days_of(only_mention(found, "taken power")) == (date(2022, 1, 1), date(2022, 1, 31))


@pytest.mark.parametrize(
    ("published", "body", "trigger", "town"),
    [
        (  # every act of a clause about a country happened there
            date(2023, 1, 3),
            "Burkina Faso asked France to replace its ambassador in Ouagadougou. A diplomat said"
            " Paris wanted to avoid a repeat of the rupture with Mali, where the ambassador was"
            " expelled in January last year and French troops completed their withdrawal in"
            " August.",
            "withdrawal",
            "Mali",
        ),
        (  # the side of a border a demonym names
            date(2022, 3, 9),
            "In January, seven Mauritanian nationals were killed on the Malian side of the border.",
            "killed",
            "Mali",
        ),
        (  # "the same area" is no region named only as a border
            date(2023, 2, 6),
            "The north of the Tahoua region, along the border with Mali's Ménaka region, has"
            " become dangerous. In May 2021, 16 Nigerien soldiers died in an ambush in the same"
            " area.",
            "ambush",
            "Tahoua",
        ),
    ],
)
def test_the_place_of_an_act_a_clause_tells_around_it(extractor, published, body, trigger, town):
    found = mentions_of(published, extractor, QUIET + body)
    assert only_mention(found, trigger).place.name == town


@pytest.mark.parametrize(
    ("body", "iso3"),
    [
        ("On Sunday, gunmen killed 10 villagers in a Niger border village.", "NER"),
        (  # a side that speaks is no side of a border
            "On Sunday, jihadists ambushed a joint patrol near Tera, killing 12 soldiers, the"
            " Burkinabe side said.",
            "NER",
        ),
    ],
)
def test_a_border_word_that_qualifies_a_noun_names_where(extractor, body, iso3):
    found = mentions_of(date(2023, 9, 18), extractor, "Insecurity is spreading in Mali. " + body)
    assert [m.place.iso3 for m in found] == [iso3]


def test_a_participle_after_an_opening_phrase_takes_no_time_from_it(extractor):
    body = (
        "Since the coup of 26 July, the junta has tightened its grip on the country, suspending"
        " political parties."
    )
    found = mentions_of(date(2023, 9, 18), extractor, QUIET + body)
    assert [m.trigger.category for m in found] == ["Coup"]


def test_a_crowd_filling_a_stadium_is_a_rally(extractor):
    body = (
        "On Sunday, tens of thousands of the junta's supporters filled the Seyni Kountche general"
        " stadium in Niamey, waving flags."
    )
    rally = only_mention(mentions_of(date(2023, 8, 7), extractor, QUIET + body), "stadium")
    assert rally.trigger.event_type == "Protests" and rally.place.name == "Niamey"


def test_the_neighbours_a_country_reopens_its_borders_with_are_not_the_scene(extractor):
    body = (
        "The soldiers who seized power in Niger said on Tuesday they were reopening the country's"
        " land and air borders with Algeria, Burkina Faso, Libya, Mali and Chad."
    )
    found = mentions_of(date(2023, 8, 2), extractor, QUIET + body)
    assert only_mention(found, "reopening").place.iso3 == "NER"


@pytest.mark.parametrize(
    "near",
    ["close to the Burkina border", "near the Niger-Mali border", "by the Burkina Faso frontier"],
)
def test_a_country_named_as_a_border_is_not_the_side_the_act_was_on(extractor, near):
    body = (
        "Insecurity is worst in the Tillaberi region of Niger. In March, gunmen attacked a bus"
        f" near a village {near}, killing 21 people, the government said."
    )
    found = mentions_of(date(2022, 7, 18), extractor, QUIET + body)
    attack = found[0]
    assert attack.place.iso3 == "NER" and attack.place.name == "Tillabéri"


def test_a_modal_after_since_still_makes_the_act_after_it_a_possibility(extractor):
    body = "Since the coup in Niamey on 26 July, jihadists could attack the capital at any time."
    found = mentions_of(date(2023, 8, 2), extractor, QUIET + body)
    assert [m.trigger.text for m in found] == ["coup"]


def test_what_a_departure_leaves_behind_is_no_second_departure(extractor):
    body = "Mali left the organisation in May last year, leaving only Chad and Mauritania."
    found = mentions_of(date(2023, 5, 1), extractor, QUIET + body)
    assert [m.trigger.text for m in found] == ["left the organisation"]


def test_the_weekend_after_a_coup_and_the_town_of_each_act(extractor):
    body = (
        "Captain Ibrahim Traoré seized power on Friday 30 September. On the weekend that followed"
        " the takeover, protesters set fires at the entrance of the French embassy in Ouagadougou"
        " and attacked the French cultural centre in Bobo-Dioulasso."
    )
    found = mentions_of(date(2022, 10, 20), extractor, QUIET + body)
    attack = only_mention(found, "attacked")
    assert attack.place.name == "Bobo-Dioulasso" and attack.trigger.event_type == "Riots"
    assert days_of(attack) == (date(2022, 10, 1), date(2022, 10, 2))


def test_an_agreement_ended_is_not_dated_by_the_year_that_names_it(extractor):
    body = "The government denounced the 2018 agreement on the status of French forces."
    found = mentions_of(date(2023, 2, 21), extractor, QUIET + body)
    assert not found  # no date of its own: the year is the agreement's


def test_the_days_that_followed_a_coup_date_the_riots_and_name_no_new_coup(extractor):
    body = (
        "Captain Traoré seized power on 30 September. During the two days of uncertainty that"
        " followed the coup, crowds in Ouagadougou set fire to the gate of the French embassy."
    )
    found = mentions_of(date(2022, 10, 25), extractor, QUIET + body)
    fire = only_mention(found, "set fire")
    assert fire.trigger.event_type == "Riots"
    assert days_of(fire) == (date(2022, 10, 1), date(2022, 10, 2))
    assert [m.trigger.text for m in found if m.trigger.category == "Coup"] == ["seized power"]


def test_an_undated_act_in_the_next_paragraph_keeps_no_date(extractor):
    body = (
        "On 1 October, crowds in Ouagadougou set fire to the gate of the French embassy.\n\n"
        "In Bobo-Dioulasso, the second city, protesters attacked the French cultural centre."
    )
    found = mentions_of(date(2022, 10, 25), extractor, QUIET + body)
    assert [m.trigger.text for m in found] == ["set fire"]


def test_a_town_opening_the_sentence_is_the_scene_of_what_its_crowd_did(extractor):
    body = "In Kaya, protesters attacked the town hall on 1 October."
    attack = only_mention(mentions_of(date(2022, 10, 25), extractor, QUIET + body), "attacked")
    assert attack.place.name == "Kaya" and attack.trigger.event_type == "Riots"


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen fired on a passenger vehicle heading to Bandiagara on Wednesday, killing four"
        " civilians.",
        "Armed men on motorbikes attacked a site sheltering Malian refugees in the department of"
        " Tillia on Wednesday evening, 20 December, leaving at least nine dead.",
    ],
)
def test_a_participle_of_a_journey_or_a_state_takes_the_time_of_the_act(extractor, body):
    found = mentions_of(date(2023, 12, 22), extractor, QUIET + body)
    assert [days_of(m) for m in found] == [(date(2023, 12, 20), date(2023, 12, 20))]


@pytest.mark.parametrize(
    ("published", "body", "trigger", "days", "town", "category"),
    [
        # a clause joined with its own subject keeps its time to itself
        (
            date(2023, 10, 11),
            "President Emmanuel Macron announced on Sunday 24 September that France's ambassador"
            " and its roughly 1,500 soldiers would leave, and the ambassador, Sylvain Itte, flew"
            " out of Niamey three days later.",
            "leave",
            (date(2023, 9, 24), date(2023, 9, 24)),
            None,
            None,
        ),
        # troops and an envoy brought home are a withdrawal
        (
            date(2023, 10, 11),
            "The standoff ended when President Emmanuel Macron announced on 24 September that"
            " France would bring home its ambassador and its troops.",
            "bring home its ambassador",
            (date(2023, 9, 24), date(2023, 9, 24)),
            None,
            "Withdrawal",
        ),
        # people held by the authorities were arrested
        (
            date(2024, 11, 27),
            "The four are the same employees who were briefly held by the authorities in"
            " September in Bamako.",
            "were briefly held by the authorities",
            (date(2024, 9, 1), date(2024, 9, 30)),
            None,
            "Arrest",
        ),
        # a clause about a region of several words takes the time of the sentence
        (
            date(2022, 7, 18),
            "That threat was brutally illustrated earlier this month in the Boucle du Mouhoun,"
            " where gunmen killed more than 20 civilians in Kossi province.",
            "killed",
            (date(2022, 7, 1), date(2022, 7, 18)),
            None,
            None,
        ),
        # the day a measure took effect dates it
        (
            date(2021, 11, 22),
            "The government has suspended mobile internet across the country. The cut took effect"
            " on Saturday and is to last 96 hours, according to a government statement.",
            "suspended",
            (date(2021, 11, 20), date(2021, 11, 20)),
            None,
            None,
        ),
        # "days later", "a few days later": counted from the time just told
        (
            date(2023, 8, 20),
            "On 6 August, gunmen attacked the village of Sebba. Days later, soldiers stormed"
            " the village of Tamou.",
            "stormed",
            (date(2023, 8, 7), date(2023, 8, 13)),
            None,
            None,
        ),
        (
            date(2022, 11, 16),
            "In August, gunmen attacked the village of Sebba. A few days later, soldiers stormed"
            " the village of Tamou.",
            "stormed",
            (date(2022, 8, 2), date(2022, 9, 7)),
            None,
            None,
        ),
        # an act the news "came" days after is counted back from publication
        (
            date(2021, 1, 14),
            "It also came ten days after an air strike near the town of Douentza.",
            "air strike",
            (date(2021, 1, 4), date(2021, 1, 4)),
            None,
            None,
        ),
        # a violent act told in another town right after a dated one happened then
        (
            date(2022, 10, 25),
            "On 1 October, crowds in Ouagadougou set fire to the gate of the French embassy. In"
            " Bobo-Dioulasso, the second city, protesters attacked the French cultural centre.",
            "attacked",
            (date(2022, 10, 1), date(2022, 10, 1)),
            "Bobo-Dioulasso",
            None,
        ),
        # the first days of a month are its first week
        (
            date(2022, 12, 1),
            "In the first days of October 2022, demonstrators attacked the town hall in Kaya.",
            "attacked",
            (date(2022, 10, 1), date(2022, 10, 7)),
            None,
            None,
        ),
        # a day that names a declaration does not date an arrest
        (
            date(2024, 7, 1),
            "On 20 June, eleven political leaders belonging to the coalition of signatories of the"
            " 31 March declaration were arrested during a private meeting in Bamako.",
            "arrested",
            (date(2024, 6, 20), date(2024, 6, 20)),
            None,
            None,
        ),
        # a legislature's vote, its subject inside the pattern's words, is made in the capital
        (
            date(2022, 12, 13),
            "The national assembly voted in April to authorise the deployment of foreign special"
            " forces on Nigerien soil, despite protests from opposition lawmakers in Niger.",
            "voted",
            (date(2022, 4, 1), date(2022, 4, 30)),
            "Niamey",
            "Vote",
        ),
        (  # a modal before "since" does not reach the act named after it
            date(2024, 4, 6),
            "In Niger political parties have been barred from any activity since the coup of 26"
            " July last year.",
            "coup",
            (date(2023, 7, 26), date(2023, 7, 26)),
            None,
            None,
        ),
        (  # nor does a negation
            date(2023, 11, 13),
            "River transport has not resumed since the attack on the boat near Bamba on 7"
            " September.",
            "attack",
            (date(2023, 9, 7), date(2023, 9, 7)),
            "Bamba",
            None,
        ),
        (  # an act counted from another keeps its own day, told past its places' commas
            date(2022, 3, 22),
            "He resigned in April 2019, a month after the massacre of some 160 villagers in"
            " Ogossagou, in the Bankass cercle, on 23 March 2019.",
            "massacre",
            (date(2019, 3, 23), date(2019, 3, 23)),
            "Ogossagou",
            None,
        ),
        (  # with no day of its own it is counted back from the day of its clause
            date(2022, 3, 22),
            "The army freed him on Saturday 12 March 2022, four days after he was kidnapped in"
            " Ogossagou.",
            "kidnapped",
            (date(2022, 3, 8), date(2022, 3, 8)),
            "Ogossagou",
            None,
        ),
        (  # a strategic act told by a participle takes the time of its clause
            date(2022, 9, 26),
            "The last French soldiers left Mali on 15 August, handing over their base in Gao to"
            " the Malian army.",
            "handing over",
            (date(2022, 8, 15), date(2022, 8, 15)),
            "Gao",
            "Base handover",
        ),
        (  # the small model parses "an attack" as an apposition of "Niger"
            date(2024, 12, 20),
            "In Niger, an attack on the army post at Chatoumane, in the Tillaberi region, on 10"
            " December left many soldiers dead.",
            "attack",
            (date(2024, 12, 10), date(2024, 12, 10)),
            "Chatoumane",
            None,
        ),
        (  # a date past a comma with no time before the count is the main clause's
            date(2023, 9, 18),
            "Soldiers retook the town three days after the attack in Boni, on Saturday.",
            "attack",
            (date(2023, 9, 13), date(2023, 9, 13)),
            "Boni",
            None,
        ),
    ],
)
def test_the_days_town_and_kind_of_one_act(
    extractor, published, body, trigger, days, town, category
):
    found = only_mention(mentions_of(published, extractor, QUIET + body), trigger)
    assert days_of(found) == days
    assert town is None or found.place.name == town
    assert category is None or found.trigger.category == category


def test_a_clause_opening_with_its_own_town_tells_another_act(extractor):
    body = (
        "On 20 November, protests in the capital were dispersed with tear gas, and in Kaya"
        " demonstrators blocked a convoy of French troops."
    )
    found = mentions_of(date(2021, 11, 24), extractor, QUIET + body)
    protests = [m for m in found if m.trigger.event_type == "Protests"]
    assert sorted(m.place.name for m in protests) == ["Kaya", "Ouagadougou"]


@pytest.mark.parametrize(
    "body",
    [
        "A roadside bomb exploded as a patrol passed near Diffa on Sunday, killing five soldiers.",
        "An improvised explosive device exploded as a patrol passed near Diffa on Sunday, killing"
        " five (5) soldiers and seriously injuring two (2) others.",
    ],
)
def test_the_day_told_of_what_went_on_at_the_acts_moment_is_the_acts(extractor, body):
    # the small model reads "as" as a preposition and "passed" as a participle of "patrol"
    found = mentions_of(date(2024, 9, 16), extractor, QUIET + body)
    blast = found[0]
    assert blast.trigger.event_type == "Explosions/Remote violence"
    assert (blast.date.date_start, blast.date.date_end) == (date(2024, 9, 15), date(2024, 9, 15))


def test_an_act_told_in_a_when_clause_after_since_happened_that_day(extractor):
    body = QUIET + (
        "Frustration has grown since last Sunday, when militants attacked a gendarmerie post in"
        " Djibo, killing 53 people, in one of the deadliest attacks in years."
    )
    found = mentions_of(date(2021, 11, 20), extractor, body)
    assert [days_of(m) for m in found] == [(date(2021, 11, 14), date(2021, 11, 14))]


def test_an_act_told_after_a_when_clause_after_since_lasts_since(extractor):
    body = (
        QUIET
        + "Since last Sunday, when the curfew was lifted, gunmen have killed 40 people in Djibo."
    )
    found = mentions_of(date(2021, 11, 20), extractor, body)
    assert [days_of(m) for m in found] == [(date(2021, 11, 14), date(2021, 11, 20))]


@pytest.mark.parametrize(
    "body",
    [
        "Jihadists executed the village chief near Djibo as a traitor accused in 2022 of helping"
        " the army.",
        "Gunmen killed him near Djibo as an informer paid by the army in 2022.",
    ],
)
def test_the_time_of_a_role_told_with_as_is_not_the_acts(extractor, body):
    found = mentions_of(date(2024, 9, 16), extractor, QUIET + body)
    assert not [m for m in found if m.date.date_start.year == 2022]
