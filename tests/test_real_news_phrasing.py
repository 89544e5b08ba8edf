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


def test_a_rally_told_on_in_the_next_paragraph_is_of_the_same_day(extractor):
    body = (
        QUIET + "On January 28, hundreds of pro-junta demonstrators took to the streets to "
        "support the decision.\n\nIn Niger, military officials led thousands of supporters to "
        "the capital, Niamey, where they chanted slogans critical of the French president."
    )
    found = mentions_of(date(2025, 1, 29), extractor, body)
    chanted = only_mention(found, "chanted")
    assert chanted.place.name == "Niamey"
    assert days_of(chanted) == (date(2025, 1, 28), date(2025, 1, 28))


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
        QUIET + "On 15 March, gunmen attacked Banibangou.\n\nAcross the border, the attack on "
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
