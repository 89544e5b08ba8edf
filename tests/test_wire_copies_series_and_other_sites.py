"""A wire copy's "City:" opening, an unknown village placed by the distance another sentence
gives, totals and ranges of the dead, a crowd gathered to march, people fleeing, an act told at
another site or in the same region, an act counted in a series, a base placed by the next
sentence, countries told as a border, mourning declared after the act, dead counted since the
coup, the same month's act, regions far apart and a force's disengagement."""

from datetime import date

import pytest

from pipeline.merge import merge_mentions
from pipeline.records import Article
from tests.mention_types import day_texts, mentions_of, merged_events

PUBLISHED = date(2019, 10, 28)  # a Monday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


def test_a_wire_copy_s_opening_city_is_where_it_was_filed_not_the_scene(extractor):
    body = (
        "Ouagadougou: Gunmen killed 15 civilians in northern Burkina Faso over the weekend,"
        " security and local sources said Monday."
    )
    (event,) = _events(extractor, body)
    assert event.place.name != "Ouagadougou"
    assert event.place.iso3 == "BFA"


def test_an_unknown_village_lies_near_the_town_another_sentence_measures_it_from(extractor):
    body = (
        '"On Saturday night numerous armed individuals attacked the village of Pobe-Mengao and'
        ' kidnapped several residents," a local source said.\n\nDjibo, the capital of the Soum'
        " province, is 25 kilometres (15 miles) from Pobe-Mengao."
    )
    (event,) = _events(extractor, body)
    assert event.place.name == "Djibo"
    assert event.place.geo_precision == 2


def test_an_unknown_village_far_from_the_town_measured_stays_unplaced_by_it(extractor):
    body = (
        '"On Saturday night numerous armed individuals attacked the village of Pobe-Mengao and'
        ' kidnapped several residents," a local source said.\n\nDjibo, the capital of the Soum'
        " province, is 250 kilometres from Pobe-Mengao."
    )
    assert all(e.place.name != "Djibo" for e in _events(extractor, body))


def test_a_total_counts_the_people_after_it(extractor):
    body = (
        "A total of eight people including seven Nigerien employees of a drilling company were"
        " killed in an attack on Wednesday night in Toumour, an official said."
    )
    (event,) = _events(extractor, body, date(2018, 11, 23))
    assert (event.fatalities, event.event_type) == (8, "Violence against civilians")


def test_a_range_of_dead_parsed_as_a_preposition_counts_its_lowest(extractor):
    body = (
        "On 30 June an attack by armed militia groups reportedly killed between 6 and 26"
        " civilians in Ouenkoro, a Peulh village close to Bankass, Mopti region."
    )
    (event,) = _events(extractor, body, date(2019, 7, 4))
    assert (event.fatalities, event.event_type) == (6, "Violence against civilians")


def test_a_crowd_gathered_to_march_against_a_group_s_attacks_is_a_peaceful_protest(extractor):
    body = (
        "Dozens gathered on Saturday in Niger's capital, Niamey, to march against the insecurity"
        " caused by the militant group that has launched several attacks in Niger in recent"
        " weeks."
    )
    (event,) = _events(extractor, body, date(2016, 6, 5))
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.place.name == "Niamey"


def test_a_counterattack_launched_is_a_battle(extractor):
    body = (
        "The military launched a counterattack on Saturday using air and land forces, pushing"
        " the militants out of Bosso, the ministry said."
    )
    (event,) = _events(extractor, body, date(2016, 6, 5))
    assert event.event_type == "Battles"


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents left Bosso during the attacks and headed to Toumour, about 30 km to the west.",
        "Since Sunday, a growing number of families have been leaving Tinzaouaten for Algeria.",
    ],
)
def test_people_fleeing_their_town_is_no_withdrawal(extractor, sentence):
    assert _events(extractor, sentence, date(2016, 6, 5)) == []


def test_troops_leaving_a_town_is_still_a_withdrawal(extractor):
    body = "French troops left Menaka on Monday, the army said."
    (event,) = _events(extractor, body, date(2022, 6, 15))
    assert event.category == "Withdrawal"


def test_armed_men_swarming_into_a_town_attack_it(extractor):
    body = (
        "On May 31st, over 50 armed men on motorbikes swarmed into Intikane, a town hosting"
        " about 20,000 Malian refugees. Three camp leaders were killed."
    )
    (event,) = _events(extractor, body, date(2020, 6, 1))
    assert (day_texts(event), event.place.name) == (("2020-05-31", "2020-05-31"), "Intikane")


def test_an_act_told_in_the_same_region_is_not_the_lead_s_event(extractor):
    body = (
        "BAMAKO (Reuters) - Gunmen attacked and briefly seized a Malian army base overnight,"
        " killing at least 16 soldiers in central Mali's Mopti region, two local councillors said"
        " on Sunday.\n\nThe base is in the village of Dioura, the mayor of the nearest town said."
        "\n\nIn the same region in March, more than 130 Fulani villagers were killed by armed men"
        " wearing traditional Dogon hunters' clothing."
    )
    events = _events(extractor, body, date(2019, 3, 17))
    killings = [e for e in events if e.fatalities == 130]
    assert [(e.event_type, day_texts(e)) for e in killings] == [
        ("Violence against civilians", ("2019-03-01", "2019-03-31"))
    ]
    assert "Battles" in {e.event_type for e in events}


def test_more_dead_in_another_church_are_another_event(extractor):
    body = (
        "Last month, six people were killed at a Protestant church in Burkina Faso and four more"
        " were killed that same month in another Catholic church in a nearby village."
    )
    events = _events(extractor, body, date(2019, 5, 12))
    assert sorted(e.fatalities for e in events) == [4, 6]


def test_the_dead_of_one_church_told_together_stay_one_event(extractor):
    body = (
        "Last month, six people were killed at a Protestant church in Burkina Faso and four more"
        " were wounded there."
    )
    assert len(_events(extractor, body, date(2019, 5, 12))) == 1


@pytest.mark.parametrize("series", ["third church attack", "latest attack", "deadliest attack"])
def test_an_act_counted_in_a_series_since_a_month_is_the_act_told_before(extractor, series):
    body = (
        "Armed men on 12 May attacked a church in the northern Dablo town in Centre-Nord region,"
        f" killing six people including the priest. It was the {series} in Burkina Faso since"
        " April."
    )
    (event,) = _events(extractor, body, date(2019, 5, 14))
    assert day_texts(event) == ("2019-05-12", "2019-05-12")


def test_a_base_the_next_sentence_puts_in_a_village_places_the_lead(extractor):
    body = (
        "BAMAKO (Reuters) - Gunmen attacked and briefly seized a Malian army base overnight,"
        " killing at least 16 soldiers in central Mali's Mopti region, two local councillors said"
        " on Sunday.\n\nThe base is in the village of Dioura, the mayor of the nearest town told"
        " Reuters by telephone."
    )
    places = {e.place.name for e in _events(extractor, body, date(2019, 3, 17))}
    assert places == {"Dioura"}


def test_a_headline_s_border_country_is_not_what_the_article_is_about(extractor):
    article = Article(
        article_id="a",
        title="Ambush near Burkina Faso border kills 10 Niger soldiers",
        published=date(2025, 2, 6),
        body=(
            "The attackers managed to flee, but the military caught and neutralised 15"
            " terrorists on Tuesday, the statement added."
        ),
    )
    (event,) = merge_mentions(extractor.extract(article).mentions)
    assert event.place.iso3 == "NER"


def test_countries_across_a_border_zone_are_not_the_scene(extractor):
    body = (
        "Government says 69 people were killed on Tuesday in the latest violent incident in"
        " Niger's 'tri-border' zone with Burkina Faso and Mali."
    )
    (event,) = _events(extractor, body, date(2021, 11, 4))
    assert event.place.iso3 == "NER"


def test_an_act_after_which_mourning_was_declared_on_a_day_happened_before_it(extractor):
    body = (
        "Niger's government on Thursday declared two days of national mourning after 69 people"
        " including a mayor were killed in an attack by gunmen in the country's southwest."
    )
    (event,) = _events(extractor, body, date(2021, 11, 4))
    assert event.date_start < date(2021, 11, 4)


def test_the_dead_counted_since_the_coup_are_a_tally(extractor):
    body = (
        "Yet unrest persists: since the coup at least 2,400 people have been killed in attacks in"
        " Niger, according to a conflict monitor."
    )
    assert _events(extractor, body, date(2025, 3, 1)) == []


def test_the_dead_of_a_day_compared_since_the_coup_are_an_event(extractor):
    body = (
        "Gunmen have killed dozens of villagers in western Niger, local officials said, in one of"
        " the deadliest attacks on civilians since the military took power in July."
    )
    killings = [e for e in _events(extractor, body, date(2024, 1, 9)) if e.fatalities]
    assert [e.event_type for e in killings] == ["Violence against civilians"]


def test_an_act_the_same_month_is_another_event_than_the_one_told_before(extractor):
    body = (
        "Ten soldiers were killed in an attack near the border with Burkina Faso last December, the"
        " army said.\n\nThe same month, an armed group shot and killed 21 passengers on a bus in"
        " a village near the border with Burkina Faso, according to a conflict monitor."
    )
    events = _events(extractor, body, date(2025, 2, 6))
    assert sorted(e.fatalities for e in events) == [10, 21]


def test_regions_far_apart_told_by_two_articles_are_two_events(extractor):
    told = [
        ("a", date(2025, 3, 2), "An attack killed 11 soldiers in northern Niger on Saturday."),
        ("b", date(2025, 3, 20), "In March, an attack left 44 civilians dead in the Dosso region."),
    ]
    mentions = [
        m
        for article_id, published, body in told
        for m in mentions_of(published, extractor, body, article_id=article_id)
    ]
    assert len(merge_mentions(mentions)) == 2


def test_a_force_s_disengagement_is_a_withdrawal(extractor):
    body = (
        "U.S. troops based in Niger, whose disengagement began on June 7 in Niamey, the Nigerien"
        " capital, concluded Monday in Agadez, according to a military statement."
    )
    events = _events(extractor, body, date(2024, 8, 6))
    assert ("Withdrawal", "Niamey") in {(e.category, e.place.name) for e in events}


def test_bases_captured_since_a_time_are_no_tally(extractor):
    body = (
        "Since the end of August, rebels of the Coordination of Azawad Movements have claimed to"
        " have captured two military bases in Lere, in central Mali."
    )
    (event,) = _events(extractor, body, date(2023, 9, 18))
    assert event.event_type == "Battles"
