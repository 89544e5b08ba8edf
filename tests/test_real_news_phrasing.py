"""Phrasings met in real news pages: victims named with their killers, attacks "targeting"
civilians, datelines with a colon, a main clause after a background phrase, a place's own story in
a "where" clause, a town the lead's region holds told by a later sentence, acts caused by the
event told before, and demonstrations told on from one paragraph to the next."""

from datetime import date

from mention_types import days_of, mentions_of, only_mention

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead
CIVILIANS = "Violence against civilians"


def test_people_killed_by_gunmen_told_in_one_phrase_are_civilians_killed(extractor):
    # the killers stand inside the phrase of their victims ("16 people killed ... by gunmen")
    body = (
        "At least 16 people killed in Banibangou in the country's Tillaberi region by unknown "
        "gunmen, according to a local mayor."
    )
    killed = only_mention(mentions_of(date(2021, 8, 21), extractor, body), "killed")
    assert killed.trigger.event_type == CIVILIANS


def test_attacks_by_jihadists_targeting_civilians_are_violence_against_civilians(extractor):
    body = (
        "Gunmen struck over the weekend in two separate attacks by suspected jihadists targeting "
        "civilians in the north of the country, security sources said."
    )
    attacks = only_mention(mentions_of(date(2022, 7, 4), extractor, body), "attacks")
    assert attacks.trigger.event_type == CIVILIANS


def test_an_attack_targeting_an_army_convoy_stays_a_battle(extractor):
    body = QUIET + "Jihadists carried out an attack targeting an army convoy near Djibo on Sunday."
    attack = only_mention(mentions_of(date(2022, 7, 4), extractor, body), "attack")
    assert attack.trigger.event_type == "Battles"


def test_a_town_after_a_country_named_as_a_border_is_the_scene(extractor):
    body = (
        QUIET + "In the Sahel region close to the border with Mali, Djibo has effectively been "
        "under siege by jihadist extremists since February."
    )
    siege = only_mention(mentions_of(date(2022, 5, 28), extractor, body), "siege")
    assert siege.place.name == "Djibo"


def test_a_decision_after_a_background_phrase_is_an_act_of_its_month(extractor):
    body = (
        QUIET + "Following a coup last year, Niger's ruling junta ordered the U.S. to remove its "
        "nearly 1,000 military personnel in April."
    )
    ordered = only_mention(mentions_of(date(2024, 7, 7), extractor, body), "ordered")
    assert days_of(ordered) == (date(2024, 4, 1), date(2024, 4, 30))


def test_a_month_after_an_opening_phrase_of_sequence_takes_no_year_from_it(extractor):
    body = (
        QUIET + "After the coup in July 2023, the junta expelled the French ambassador in "
        "September."
    )
    expelled = only_mention(mentions_of(date(2024, 7, 7), extractor, body), "expelled")
    assert days_of(expelled)[0] == date(2023, 9, 1)
    body = QUIET + "Following a coup last year, the junta expelled the French ambassador in April."
    expelled = only_mention(mentions_of(date(2024, 7, 7), extractor, body), "expelled")
    assert days_of(expelled)[0] == date(2024, 4, 1)


def test_a_quoted_town_followed_by_another_countrys_region_is_a_namesake(extractor):
    body = (
        QUIET + "An army detachment was \u201cthe victim of a terrorist ambush near the town of "
        "Koutougou\u201d in the Tillaberi region on Tuesday, said a defence ministry statement."
    )
    ambush = only_mention(mentions_of(date(2023, 8, 17), extractor, body), "ambush")
    assert ambush.place.iso3 == "NER"


def test_a_dateline_closed_by_a_colon_is_not_the_scene(extractor):
    body = (
        "OUAGADOUGOU: Nine people have been killed in two attacks in northern Burkina Faso, "
        "officials said on Monday."
    )
    found = mentions_of(date(2019, 9, 24), extractor, body)
    assert found and all(m.place.name != "Ouagadougou" for m in found)
    body = (
        "Dakar(Senegal): At least 15 civilians including children were killed Sunday by drone "
        "strikes in Mali's north, local sources said."
    )
    found = mentions_of(date(2024, 8, 25), extractor, body)
    assert found and all(m.place.iso3 == "MLI" for m in found)


GASKINDE = (
    "Eleven soldiers have been found dead after an attack by Islamist militants on a convoy "
    "taking supplies to a town in northern Burkina Faso on Monday, the government said on "
    "Tuesday. Twenty-eight people were wounded in the attack, the statement said. The assault "
    "took place in the commune of Gaskinde in Soum province, where jihadists linked to al Qaeda "
    "have escalated attacks and seized territory since 2015."
)


def test_the_town_told_by_a_later_sentence_places_the_lead_it_retells(extractor):
    found = mentions_of(date(2022, 9, 28), extractor, GASKINDE)
    lead = next(m for m in found if m.sentence_index == 0)
    assert lead.place.name == "Gaskindé"
    # a convoy "taking supplies ... on Monday" was attacked that Monday
    assert days_of(lead) == (date(2022, 9, 26), date(2022, 9, 26))


def test_the_story_of_a_place_in_a_where_clause_leaves_the_reference_back_its_place(extractor):
    body = (
        "Jihadists attacked an army convoy in northern Burkina Faso on Monday. The assault took "
        "place in Gaskinde, where jihadists have escalated attacks and seized territory since 2015."
    )
    found = mentions_of(date(2022, 9, 28), extractor, body)
    assert only_mention(found, "attacked").place.name == "Gaskindé"


def test_a_protest_caused_by_the_incident_told_before_follows_it(extractor):
    body = (
        QUIET + "Five volunteers were killed in Thursday's attack in the Gnangdin area, an "
        "official said. The volunteers are recruited locally. The incident triggered a protest "
        "among locals who blocked the main highway to the Togolese border."
    )
    protest = only_mention(mentions_of(date(2025, 1, 4), extractor, body), "protest")
    assert days_of(protest) == (date(2025, 1, 2), date(2025, 1, 4))


def test_a_membership_frozen_by_a_bloc_is_an_event(extractor):
    body = "ECOWAS leaders decided on Friday to freeze Burkina Faso's membership after the coup."
    found = mentions_of(date(2022, 1, 29), extractor, body)
    assert only_mention(found, "membership").trigger.event_type == "Strategic developments"


def test_a_rally_told_on_in_the_same_paragraph_is_of_the_same_day(extractor):
    body = (
        QUIET + "On January 28, hundreds of pro-junta demonstrators took to the streets of "
        "Ouagadougou. In Niamey, thousands of supporters rallied at the stadium."
    )
    found = mentions_of(date(2025, 1, 29), extractor, body)
    rallied = only_mention(found, "rallied")
    assert days_of(rallied) == (date(2025, 1, 28), date(2025, 1, 28))


def test_the_west_of_the_country_is_its_western_region(extractor):
    body = (
        "Five volunteers were killed in an attack this week in the west of the country, security "
        "officials in Burkina Faso said on Saturday."
    )
    attack = only_mention(mentions_of(date(2025, 1, 4), extractor, body), "attack")
    assert attack.place.name == "Western Burkina Faso"


def test_southwestern_niger_is_a_region_of_its_own(extractor):
    body = "Gunmen killed 16 people in southwestern Niger on Friday, the mayor said."
    killed = only_mention(mentions_of(date(2021, 8, 21), extractor, body), "killed")
    assert killed.place.name == "Southwestern Niger"


def test_a_toll_of_its_own_sentences_dated_act_does_not_take_the_time_before(extractor):
    body = (
        QUIET + "On 15 March, gunmen attacked Banibangou. Across the border, the attack on "
        "Solhan in the night of 4 to 5 June killed 132 people, the government said."
    )
    found = mentions_of(date(2021, 6, 28), extractor, body)
    assert not [m for m in found if m.sentence_index == 4 and m.date.date_start.month == 3]


def test_a_protest_caused_by_a_named_event_follows_that_event(extractor):
    body = (
        QUIET + "Jihadists kidnapped a priest in Djibo on 14 November. On 2 December, clashes "
        "killed three soldiers near Arbinda. The kidnapping sparked protests in several towns."
    )
    protests = only_mention(mentions_of(date(2021, 12, 20), extractor, body), "protests")
    assert days_of(protests)[0] == date(2021, 11, 14)


def test_a_fronted_toll_with_its_source_after_it_is_no_political_act(extractor):
    body = QUIET + "Two soldiers were killed and five wounded, the army acknowledged on Monday."
    found = mentions_of(date(2024, 7, 10), extractor, body)
    assert [m.trigger.text for m in found] == ["killed"]


def test_a_month_after_an_opening_phrase_with_its_year_takes_that_year_when_later(extractor):
    body = QUIET + "Following the coup in July 2023, ECOWAS imposed sanctions on Niger in August."
    sanctions = only_mention(mentions_of(date(2025, 3, 1), extractor, body), "sanctions")
    assert days_of(sanctions) == (date(2023, 8, 1), date(2023, 8, 31))


def test_a_decision_that_sparked_protests_does_not_date_them_by_an_attack(extractor):
    body = (
        QUIET + "On 2 May, gunmen killed ten soldiers in Djibo. In March, the junta expelled the "
        "French ambassador. The decision sparked protests in Bamako."
    )
    found = mentions_of(date(2024, 5, 10), extractor, body)
    assert not [m for m in found if "protest" in m.trigger.text]


def test_a_neighbour_south_of_burkina_faso_is_not_southern_burkina_faso(extractor):
    body = QUIET + "Gunmen killed 12 soldiers in northern Togo, south of Burkina Faso, on Monday."
    killed = only_mention(mentions_of(date(2024, 7, 10), extractor, body), "killed")
    assert killed.place.iso3 == "TGO"


def test_a_where_clause_telling_the_scene_of_the_act_keeps_one_act(extractor):
    body = (
        QUIET + "On Sunday, gunmen attacked the camp in Boni, where soldiers had just arrived, "
        "in an attack claimed by JNIM."
    )
    found = mentions_of(date(2024, 7, 10), extractor, body)
    assert len([m for m in found if m.trigger.event_type == "Battles"]) == 1


def test_a_freeze_lifted_is_no_membership_frozen(extractor):
    body = QUIET + "ECOWAS on Monday lifted the freeze on Mali's membership."
    found = mentions_of(date(2024, 7, 10), extractor, body)
    assert not [m for m in found if m.trigger.category == "Agreement ended"]


def test_clashes_of_no_named_side_told_with_violent_protesters_are_a_riot(extractor):
    body = (
        QUIET + "But clashes reportedly broke out at Tera in western Niger on Saturday. The "
        "convoy was blocked by very violent protesters in Tera, the interior ministry said."
    )
    clashes = only_mention(mentions_of(date(2021, 11, 27), extractor, body), "clashes")
    assert clashes.trigger.event_type == "Riots"


def test_clashes_with_jihadists_beside_a_march_stay_a_battle(extractor):
    # a guard: the sides are named, so the march told next is no part of them
    body = (
        QUIET + "Clashes broke out between soldiers and jihadists near Tera on Saturday. "
        "Protesters marched in Niamey on Sunday."
    )
    clashes = only_mention(mentions_of(date(2021, 11, 29), extractor, body), "Clashes")
    assert clashes.trigger.event_type == "Battles"


def test_the_south_west_of_the_country_is_its_south_western_region(extractor):
    body = (
        "Drone strikes by the Nigerien army killed several civilians in the south-west of the "
        "country on the night of 5 to 6 January."
    )
    strikes = only_mention(mentions_of(date(2024, 1, 7), extractor, body), "strikes")
    assert strikes.place.name == "Southwestern Niger"


def test_a_car_bomb_attack_written_with_a_hyphen_is_a_suicide_bombing(extractor):
    body = "Dozens dead in car-bomb attack at camp housing government soldiers in Gao on Wednesday."
    found = mentions_of(date(2017, 1, 18), extractor, body)
    assert found and found[0].trigger.event_type == "Explosions/Remote violence"
