"""Where and when a wire sentence puts an act: a foreign namesake of a village the text puts in a
region of another country is not it; "the country's northern region" is the north; a day right
after "a spokesman said" is the statement's, even after a "will"; "last Wednesday" is the week
before's."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

from pipeline.dates import find_dates

SATURDAY = date(2023, 3, 11)
POSTPONED = "Vote postponed"  # the trigger category of a vote put off


def _mentions(extractor, body, title="Test", published=SATURDAY):
    return mentions_of(published, extractor, body, title=title)


def _places(mentions):
    return {m.place.name for m in mentions if m.place is not None}


KONGODJAN = (
    "The army said that on the evening of March 6, soldiers carried out a combing operation in"
    " the Cascades region, western Burkina Faso, after the village of Kongodjan was attacked,"
    " killing 4 civilians. Armed groups use the border with Cote d'Ivoire to smuggle arms."
)


def test_a_village_told_in_a_region_of_another_country_is_not_its_foreign_namesake(extractor):
    mentions = _mentions(extractor, KONGODJAN)
    assert mentions
    assert all(m.place is not None and m.place.iso3 == "BFA" for m in mentions)


def test_a_foreign_town_told_on_a_border_keeps_its_country(extractor):
    body = (
        "Cote d'Ivoire had been spared. In June last year, jihadists attacked"
        " an army post at Kafolo, on the border with Burkina Faso, killing more than ten soldiers."
    )
    mentions = _mentions(extractor, body)
    assert "Kafolo" in _places(mentions)


def test_the_country_s_northern_region_is_the_north_of_the_country(extractor):
    body = (
        "A Canadian geologist was abducted by gunmen on Tuesday night from a mine exploration camp"
        " in the country's northern region, officials in Burkina Faso said."
    )
    abduction = only_mention(_mentions(extractor, body), "abducted")
    assert abduction.place.name == "Northern Burkina Faso"


def test_a_day_right_after_a_spokesman_said_is_the_statement_s_even_after_will(extractor):
    body = (
        "Mali's ruling junta will postpone a constitutional referendum planned for March, a"
        " government spokesman said on Friday."
    )
    postponed = next(
        m for m in _mentions(extractor, body) if m.trigger.category == "Vote postponed"
    )
    assert postponed.date.date_end == date(2023, 3, 10)  # the Friday before publication


def test_a_day_told_after_will_with_no_one_saying_it_is_still_ahead(extractor):
    body = "Mali's ruling junta said it will postpone the constitutional referendum on Friday."
    postponed = next(
        m for m in _mentions(extractor, body) if m.trigger.category == "Vote postponed"
    )
    assert postponed.date.date_start == date(2023, 3, 17)


def test_a_where_clause_after_a_town_and_its_day_is_about_that_town(extractor):
    body = (
        "The convoy was slowed as it passed through Bobo-Dioulasso on Tuesday and the capital"
        " Ouagadougou on Wednesday, where police fired tear gas at protesters."
    )
    tear_gas = only_mention(_mentions(extractor, body), "tear gas")
    assert tear_gas.place.name == "Ouagadougou"


def test_south_east_niger_is_the_diffa_side_not_the_middle_of_the_country(extractor):
    body = "Boko Haram fighters killed five soldiers on Monday in south-east Niger."
    killed = only_mention(_mentions(extractor, body), "killed")
    assert killed.place.name == "Southeastern Niger"
    assert killed.place.longitude > 10  # east of Zinder, towards Lake Chad


def test_the_north_west_of_the_country_is_its_north_west(extractor):
    body = (
        "Gunmen killed ten civilians on Monday in the north-west of the country, Burkina Faso said."
    )
    killed = only_mention(_mentions(extractor, body), "killed")
    assert killed.place.name == "Northwestern Burkina Faso"


def test_the_country_s_neighbours_are_no_part_of_it(extractor):
    body = (
        "Jihadists from Burkina Faso attacked a village on Sunday in the country's northern"
        " neighbour, Mali, killing 10. The country's West African neighbours closed their"
        " borders on Sunday."
    )
    places = _places(_mentions(extractor, body, published=date(2022, 1, 11)))
    assert not {"Northern Burkina Faso", "Western Burkina Faso"} & places


def test_a_foreign_town_in_a_sentence_naming_its_own_country_is_kept(extractor):
    body = (
        "Jihadists attacked an army post at Kafolo in northern Ivory Coast, near the border with"
        " Burkina Faso's Cascades region, killing 10 soldiers on Sunday."
    )
    attack = only_mention(_mentions(extractor, body), "attacked")
    assert attack.place.name == "Kafolo"


def test_a_day_after_was_told_to_is_the_act_s_not_a_statement_s(extractor):
    body = (
        "Niger's junta will expel the French ambassador, who was told to leave on Friday, state"
        " television said."
    )
    leave = only_mention(_mentions(extractor, body), "leave")
    assert leave.date.date_start == date(2023, 3, 17)  # the coming Friday


def test_a_where_clause_after_a_second_town_is_about_that_town(extractor):
    body = "The delegation flew to Niamey on Friday from Bamako, where protesters burned flags."
    protest = only_mention(_mentions(extractor, body), "protesters")
    assert protest.place.name == "Bamako"


KAONGO = (
    "Gunmen have killed around 15 people in an attack in eastern Burkina Faso, sources said.\n\n"
    'On Sunday, "several dozen terrorists attacked the outskirts of Kompienga", a resident'
    " said.\n\nLast Monday, armed men raided the village of Kaongo in the southeastern province of"
    " Koulpelogo, killing at least 11 people.\n\nTwo days later the neighbouring village of"
    ' Bilguimdoure was targeted, "leaving around 10 dead", a local official said.'
)


def test_the_neighbouring_village_lies_where_the_village_told_before_does(extractor):
    mentions = _mentions(extractor, KAONGO, published=date(2023, 5, 22))
    (targeted,) = [m for m in mentions if m.trigger.text == "targeted"]
    assert targeted.place.name == "Koulpélogo province"
    assert targeted.date.date_start == date(2023, 5, 17)


def test_leaving_around_ten_dead_is_no_withdrawal(extractor):
    mentions = _mentions(extractor, KAONGO, published=date(2023, 5, 22))
    assert all(m.trigger.category != "Withdrawal" for m in mentions)


def test_the_neighbouring_village_of_an_unknown_village_lies_in_its_cercle(extractor):
    body = (
        "Armed men attacked the village of Segue, in the cercle of Bankass, on Sunday, killing"
        " seven people. A local group gives a toll of nine dead, counting two victims in the"
        " neighbouring village of Sonfounou, attacked the same day."
    )
    mentions = _mentions(extractor, body, title="Mopti region attack")
    places = {m.place.name for m in mentions if m.trigger.text == "attacked"}
    assert places == {"Bankass cercle"}


@pytest.mark.parametrize(
    ("published", "words", "day"),
    [
        # of a day this week a wire says "on Wednesday": "last Wednesday" is the week before's
        (date(2024, 11, 28), "last Wednesday", date(2024, 11, 20)),
        (date(2022, 2, 25), "last Thursday", date(2022, 2, 17)),
        # a day of last week is that day
        (date(2023, 3, 15), "last Saturday", date(2023, 3, 11)),
        (date(2024, 11, 28), "on Wednesday", date(2024, 11, 27)),
    ],
)
def test_last_and_a_weekday(published, words, day):
    (found,) = find_dates(f"The government dismissed the prime minister {words}.", published)
    assert found.date_start == day


def test_last_tuesday_told_on_a_saturday_is_that_week_s_tuesday():
    text = "Gunmen killed 12 villagers in Seytenga last Tuesday, a local official said."
    (found,) = find_dates(text, date(2023, 3, 18))
    assert found.date_start == date(2023, 3, 14)


def test_the_nearby_village_is_not_next_to_where_someone_spoke(extractor):
    body = (
        "Gunmen killed 20 people in Djibo on Sunday, a local official said.\n\n"
        "The junta leader, speaking in Ouagadougou on Tuesday, vowed to crush the insurgents.\n\n"
        "On Monday, attackers killed eight others in the nearby village of Wendkouni."
    )
    mentions = _mentions(extractor, body, published=date(2023, 3, 16))
    (monday,) = [m for m in mentions if m.sentence_index == 2]
    assert monday.place.name != "Ouagadougou"


def test_a_lead_in_a_region_is_not_placed_where_a_source_speaks_from(extractor):
    body = (
        "The bodies of 28 people were found in northwest Burkina Faso on Sunday, the government"
        " said. A security source in Ouahigouya confirmed the incident to AFP."
    )
    lead = _mentions(extractor, body, published=date(2023, 3, 16))[0]
    assert lead.place.name == "Northwestern Burkina Faso"
