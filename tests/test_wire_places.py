"""Where, when and whether wire reports' acts happened: a country recalling or summoning an
envoy acts in its capital, and the protest it summons for is no demonstration; a region written
small after a hyphen; a wire's one-sentence paragraphs going on with the act told before;
villages freed; trends, frequencies and tallies of years that are no acts; the act a later
sentence refers back to with a verb, miles away in the text; a possessive day; a comparison's
date; a town a little outside the region the text puts it in; parks and the north of the
region's coastal neighbours."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

from pipeline.merge import merge_mentions

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead
FRIDAY = date(2023, 12, 22)


def test_a_country_recalling_its_envoy_acts_in_its_own_capital(extractor):
    body = (
        "Mali recalled its ambassador in Algeria after accusing it of interference in its "
        "internal affairs by meeting rebel leaders, officials said Friday."
    )
    recall = only_mention(mentions_of(FRIDAY, extractor, body), "recalled")
    assert (recall.place.name, recall.actors) == ("Bamako", ("Government of Mali",))


def test_the_protest_an_envoy_is_summoned_for_is_no_demonstration(extractor):
    body = QUIET + (
        "Earlier in the week, Mali summoned Algeria\u2019s top diplomat \u201cto express strong "
        "protest following recent unfriendly acts of the Algerian authorities.\u201d\n\n"
        'On Friday, Mauritania summoned the Malian ambassador to "protest against the repeated '
        'attacks against innocent and defenceless civilians," a foreign ministry statement said.'
    )
    found = mentions_of(FRIDAY, extractor, body)
    assert [(m.trigger.category, m.place.name) for m in found] == [
        ("Diplomatic protest", "Bamako"),
        ("Diplomatic protest", "Nouakchott"),
    ]


def test_a_wire_paragraph_goes_on_with_the_act_of_the_one_before(extractor):
    body = QUIET + (
        "\n\nSecurity sources told AFP of another attack in Burkina Faso on Monday, which also "
        'left dozens dead, the majority of them VDP.\n\n"Terrorist groups attacked the village of '
        'Noaka" in the Centre-Nord region, "mainly targeting VDP", according to one source.'
    )
    noaka = only_mention(mentions_of(date(2023, 6, 27), extractor, body), "attacked")
    assert days_of(noaka) == (date(2023, 6, 26), date(2023, 6, 26))


def test_a_paragraph_of_several_sentences_does_not_lend_its_day(extractor):
    body = QUIET + (
        "Militants attacked a post in Djibo on Monday. The army sent reinforcements.\n\n"
        "Gunmen attacked the village of Noaka in the Centre-Nord region."
    )
    found = mentions_of(date(2023, 6, 27), extractor, body)
    assert [m.place.name for m in found] == ["Djibo"]


def test_troops_freeing_a_village_regain_territory(extractor):
    body = QUIET + (
        "Malian security troops have freed the settlement of Farabougou in Segou region, the "
        "army said on Friday."
    )
    freed = only_mention(mentions_of(date(2020, 10, 23), extractor, body), "freed")
    assert freed.trigger.sub_event_type == "Government regains territory"


def test_trends_frequencies_and_tallies_of_years_are_no_acts(extractor):
    body = QUIET + (
        "Jihadist attacks have surged across Africa\u2019s Sahel region, killing thousands and "
        "displacing millions. It was following multiple terrorist attacks in the Koare area that "
        "600 people came. Terrorist attacks are legion in their locality. Attacks there have "
        "become more frequent this year."
    )
    assert not mentions_of(date(2021, 12, 4), extractor, body)


def test_a_trend_verb_after_a_single_act_leaves_it_an_act(extractor):
    body = QUIET + "The attack on the post at Djibo on Monday intensified the fears of residents."
    assert only_mention(mentions_of(date(2023, 6, 27), extractor, body), "attack")


def test_people_who_lost_their_lives_in_an_incursion_were_killed(extractor):
    body = QUIET + (
        "On Monday, three people lost their lives following a terrorist incursion in Fada N'Gourma."
    )
    found = mentions_of(date(2024, 7, 17), extractor, body)
    assert found and all(days_of(m) == (date(2024, 7, 15),) * 2 for m in found)


def test_the_sides_told_decide_the_type_of_a_merged_event(extractor):
    body = (
        "At least 51 people were killed when Islamist militants raided three villages in central "
        "Mali near the border with Niger, a district administrator said on Monday.\n\n"
        "Ouatagouna, Karou and Deouteguef were simultaneously attacked around 6 pm on Sunday, "
        "according to a note from the district administrator."
    )
    events = merge_mentions(mentions_of(date(2021, 8, 9), extractor, body))
    assert [e.event_type for e in events] == ["Violence against civilians"]


TITAO = (
    "Burkina Faso began two days of mourning on Sunday after 41 people died in the latest "
    "attack by suspected jihadists in the north.\n\n"
    "A bloody six-year-long jihadist campaign has claimed around 2,000 lives.\n\n"
    "A government statement said following Thursday\u2019s attack, \u201cthe search mission in "
    "the area of an ambush by armed terrorist groups has established a toll of 41 bodies.\u201d\n\n"
    "The president decreed national mourning of 48 hours.\n\n"
    "The dead included members of the Volunteers for the Defence of the Motherland (VDP).\n\n"
    "Volunteers receive 14 days of training.\n\n"
    "Among the victims was Ladji Yoro, considered a leader of the VDP.\n\n"
    "According to local media, the ambush targeted a convoy of traders escorted by VDP near "
    "Ouahigouya, a town not far from the Mali border.\n\n"
    "The attack was the deadliest since mid-November when 57 people, including 53 gendarmes, "
    "were killed."
)


def test_a_verb_told_of_the_act_referred_to_places_it_sentences_later(extractor):
    found = mentions_of(date(2021, 12, 26), extractor, TITAO)
    attack = only_mention(found, "attack")
    assert attack.place.name == "Ouahigouya"


def test_a_possessive_day_dates_its_act_even_in_a_statement(extractor):
    found = mentions_of(date(2021, 12, 26), extractor, TITAO)
    assert days_of(only_mention(found, "attack")) == (date(2021, 12, 23), date(2021, 12, 23))


def test_a_comparison_s_date_is_not_the_act_s(extractor):
    found = mentions_of(date(2021, 12, 26), extractor, TITAO)
    assert [m.date.text for m in found] == ["Thursday\u2019s", "mid-November"]


def test_parks_and_the_north_of_coastal_neighbours_are_places(extractor):
    body = QUIET + (
        "Gunmen killed seven Benin soldiers in an attack in the north of the country in Pendjari "
        "National Park on Tuesday. "
        "On Wednesday, gunmen attacked a military post in the north of Togo."
    )
    found = mentions_of(date(2024, 6, 6), extractor, body)
    assert [(m.place.name, m.place.iso3) for m in found] == [
        ("Pendjari National Park", "BEN"),
        ("Northern Togo", "TGO"),
    ]


def test_an_area_opening_the_sentence_is_its_scene(extractor):
    body = QUIET + (
        "The Tillia area, home to Tuareg and Fulani herders, has seen repeated massacres of "
        "civilians, including attacks that killed more than 100 people in March 2021."
    )
    found = mentions_of(date(2024, 9, 20), extractor, body)
    assert [m.place.name for m in found] == ["Tillia"]


def test_acts_whose_clause_says_they_have_increased_are_a_trend(extractor):
    body = QUIET + (
        "Attacks targeting the security forces and civilians have increased in recent months, "
        "especially in northern regions bordering Mali and Niger, which are also battling "
        "jihadists."
    )
    assert not mentions_of(date(2023, 1, 3), extractor, body)


def test_bodies_found_in_a_lead_are_a_killing_placed_by_the_next_sentences(extractor):
    body = (
        "Twenty-eight bodies were found in northwest Burkina Faso over the weekend, the "
        "government said.\n\n"
        "\u201cThe government was informed of an incident at Nouna during the night of December "
        "30-31,\u201d a government statement said late Monday."
    )
    found = mentions_of(date(2023, 1, 3), extractor, body)
    bodies = only_mention(found, "bodies")
    assert (bodies.trigger.event_type, bodies.fatalities) == ("Violence against civilians", 28)
    assert (days_of(bodies), bodies.place.name) == ((date(2022, 12, 31), date(2023, 1, 1)), "Nouna")


KIDAL = (
    "Strikes attributed to Mali's army on Tuesday killed several civilians, including children, "
    "in the strategic town of Kidal.\n\n"
    "Residents said between six and nine people died.\n\n"
    "Malian authorities did not respond.\n\n"
    'On Saturday, the army said on social media that it had "neutralised" a certain number of '
    "targets a day earlier using air power."
)


def test_a_day_on_the_participle_of_the_act_s_subject_dates_the_act(extractor):
    found = mentions_of(date(2023, 11, 7), extractor, KIDAL)
    killed = only_mention(found, "killed")
    assert days_of(killed) == (date(2023, 11, 7), date(2023, 11, 7))


def test_a_day_counted_back_from_a_day_of_its_own_sentence_keeps_it(extractor):
    found = mentions_of(date(2023, 11, 7), extractor, KIDAL)
    targets = only_mention(found, "targets")
    assert days_of(targets) == (date(2023, 11, 3), date(2023, 11, 3))


def test_people_killed_on_a_day_when_a_device_exploded_are_one_explosion(extractor):
    body = (
        "At least 35 civilians were killed and 37 others injured on Monday (September 5th) when "
        "an artisanal device exploded as a supply convoy passed through northern Burkina Faso, "
        "between Djibo and Bourzanga, said the governor of the Sahel region."
    )
    events = merge_mentions(mentions_of(date(2022, 9, 6), extractor, body))
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 35)]


def test_bodies_found_after_an_ambush_do_not_make_it_a_killing_of_civilians(extractor):
    body = (
        "Twenty-eight Nigerien soldiers have died after an ambush in the Tillaberi region near "
        "the border with Mali, the government said.\n\n"
        "A patrol was ambushed on Tuesday near Tongo Tongo, north of Niamey.\n\n"
        "On Thursday the government said the bodies of the 11 missing men had been found."
    )
    events = merge_mentions(mentions_of(date(2019, 5, 16), extractor, body))
    assert {e.event_type for e in events} == {"Battles"}


def test_a_convoy_leaving_the_city_of_a_town_is_a_departure_from_it(extractor):
    body = QUIET + (
        "An army convoy made up of dozens of vehicles, some armoured, on Monday left the city of "
        "Gao, which lies 300 kilometres southwest of Kidal."
    )
    left = only_mention(mentions_of(date(2023, 10, 7), extractor, body), "left")
    assert (left.place.name, days_of(left)) == ("Gao", (date(2023, 10, 2), date(2023, 10, 2)))


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Gunmen killed 12 civilians near Djibo on Sunday as attacks have increased.", "killed"),
        ("Clashes intensified on Tuesday around Kidal, residents said.", "Clashes"),
        ("Jihadists staged multiple attacks on army posts near Djibo on Sunday.", "attacks"),
        (
            "Malian troops are fighting Tuareg rebels near Tinzaouaten, the army said on Saturday.",
            "fighting",
        ),
        (
            "Thousands of protesters are demanding the departure of French troops in Bamako.",
            "protesters",
        ),
    ],
)
def test_acts_of_a_day_or_of_the_present_are_no_trend(extractor, body, trigger):
    found = mentions_of(date(2023, 11, 7), extractor, body)
    assert any(trigger in m.trigger.text for m in found), [m.trigger.text for m in found]


def test_a_participle_dates_only_the_act_of_its_own_verb(extractor):
    body = QUIET + (
        "A video attributed to JNIM on Sunday showed that fighters had executed three soldiers "
        "near Boni."
    )
    found = mentions_of(date(2023, 11, 7), extractor, body)
    assert not any(days_of(m) == (date(2023, 11, 5), date(2023, 11, 5)) for m in found)


def test_a_when_clause_after_a_comparison_s_date_is_another_act(extractor):
    body = QUIET + (
        "Gunmen killed 20 villagers in Seytenga on Sunday, the worst toll since August, when "
        "jihadists killed 40 soldiers in Tin-Akoff."
    )
    found = mentions_of(date(2023, 11, 7), extractor, body)
    assert len(found) == 2


@pytest.mark.parametrize(
    ("published", "body", "trigger", "place"),
    [
        # a region's word after its hyphen written small
        (
            date(2023, 6, 27),
            QUIET + "Militants attacked a supply convoy on Monday in Namsiguia, in the "
            "Centre-nord region.",
            "attacked",
            "Centre-Nord",
        ),
        # a town a little outside the region the text names
        (
            date(2022, 9, 8),
            QUIET + "Last month Islamic State-linked militants briefly took control of the town "
            "of Tessit in the Menaka region.",
            "took",
            "Tessit",
        ),
        # political leaders arrested with only their country told: held in its capital
        (
            date(2024, 6, 21),
            "An alliance of political parties and civil society groups in junta-led Mali said "
            "several of their leaders were arrested on Thursday evening during a private meeting "
            "at a house of a former minister.",
            "arrested",
            "Bamako",
        ),
        # suspects, or an armed group's leaders, arrested: in the country told
        (
            date(2024, 6, 21),
            "Soldiers arrested 20 suspected jihadists in Mali on Thursday, the army said.",
            "arrested",
            "Mali",
        ),
        (
            date(2024, 6, 21),
            "Gendarmes arrested three JNIM leaders in Mali on Monday, the interior minister said.",
            "arrested",
            "Mali",
        ),
    ],
)
def test_where_the_act_of_these_words_is_placed(extractor, published, body, trigger, place):
    act = only_mention(mentions_of(published, extractor, body), trigger)
    assert act.place.name == place
