"""Acts told as a tally of years, a statement's own day, a place told of a town, acts that
follow another's, and words of surrender, of a term in power and of a man described by an act."""

from datetime import date

from pipeline.dates import find_dates
from tests.mention_types import day_texts, merged_events

PUBLISHED = date(2024, 10, 24)  # a Thursday


def _events(extractor, body: str, published: date = PUBLISHED):
    return merged_events(published, extractor, body)


def test_a_tally_of_attacks_on_a_post_does_not_type_the_killing_beside_it(extractor):
    body = (
        "On March 28, three people were killed in Fada N'Gourma, whose gendarmerie brigade has"
        " been the target of six attacks since 2019."
    )
    (event,) = _events(extractor, body, date(2021, 4, 6))
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 3)


def test_the_town_of_a_man_before_the_coup_is_not_the_coup_s_place(extractor):
    body = (
        "Traore carried out the coup that ousted Lieutenant Colonel Damiba on September 30."
        " Traore, who before the coup was head of the artillery regiment in Kaya, pledged to"
        " fight terrorism."
    )
    (event,) = _events(extractor, body, date(2022, 10, 23))
    assert event.place.name == "Ouagadougou"


def test_a_nun_forcibly_taken_is_dated_by_that_night(extractor):
    body = (
        "We also remember the kidnapping of Sister Suellen Tennyson, a missionary, who was"
        " forcibly taken on the night of April 4-5, 2022 in northern Burkina Faso."
    )
    (event,) = _events(extractor, body, date(2022, 5, 30))
    assert day_texts(event) == ("2022-04-04", "2022-04-05")


def test_an_operation_after_an_attack_on_a_village_is_another_event_on_the_day_said(
    extractor,
):
    body = (
        'The army announced in a statement that "the evening of October 17, gendarmes and'
        " local volunteers carried out a combing operation in the Cascades region, after the"
        ' village of Kongodjan was subjected to a terrorist attack, killing 4 civilians."'
    )
    events = _events(extractor, body, date(2022, 10, 23))
    # the attack came before the operation, by the evening of October 17
    assert {(e.event_type, day_texts(e)[1]) for e in events} == {
        ("Battles", "2022-10-17"),
        ("Violence against civilians", "2022-10-17"),
    }
    assert min(e.date_start for e in events if e.event_type == "Battles") == date(2022, 10, 17)


def test_last_october_sixth_is_this_month_s_day_and_last_december_last_year_s():
    told = {
        d.text: (d.date_start, d.precision)
        for d in find_dates("It was reported last October 6 and last December 6.", PUBLISHED)
    }
    assert told == {
        "last October 6": (date(2024, 10, 6), "day"),
        "last December 6": (date(2023, 12, 6), "day"),
    }


def test_a_province_told_of_a_village_leaves_the_attack_at_the_village(extractor):
    body = (
        "According to what was reported to Fides last October 6, the village of Manni, in the"
        " province of Gnagna in the eastern region of the country, suffered a serious attack."
    )
    (event,) = _events(extractor, body)
    assert event.place.name == "Mani"


def test_a_motorcycle_that_hit_a_mine_is_an_explosion(extractor):
    body = (
        "On Sunday, a motorcycle carrying two hunters hit a mine near Bodio. The two occupants"
        " died immediately."
    )
    (event,) = _events(extractor, body, date(2023, 8, 7))
    assert event.event_type == "Explosions/Remote violence"


def test_a_convoy_blocked_in_one_city_then_in_another_is_a_protest_in_each(extractor):
    body = (
        "The convoy had been blocked on Thursday by demonstrators in Bobo Dioulasso (west), then"
        " in the capital Ouagadougou, where security forces used tear gas."
    )
    events = _events(extractor, body, date(2021, 11, 20))
    assert {(e.event_type, e.place.name) for e in events} == {
        ("Protests", "Bobo-Dioulasso"),
        ("Protests", "Ouagadougou"),
    }


def test_years_granted_in_power_are_a_strategic_development_of_their_month(extractor):
    body = (
        "In June, military leader Gen. Assimi Goita was granted an additional five years in power."
    )
    (event,) = _events(extractor, body, date(2025, 8, 15))
    assert (event.event_type, day_texts(event)) == (
        "Strategic developments",
        ("2025-06-01", "2025-06-30"),
    )


def test_fighters_who_turned_themselves_in_or_handed_over_weapons_surrendered(extractor):
    body = (
        "On November 1, the group's spokesman and three other members turned themselves in"
        " near the Libyan border. On November 11, nine fighters repented and handed over their"
        " weapons during a ceremony in Agadez."
    )
    events = _events(extractor, body, date(2024, 11, 12))
    assert {(e.sub_event_type, day_texts(e)[0]) for e in events} == {
        ("Other", "2024-11-01"),
        ("Other", "2024-11-11"),
    }


def test_a_man_described_by_an_act_or_a_release_sought_is_no_event(extractor):
    body = (
        "Nine members of a rebel movement seeking the release of Niger's ousted president"
        " surrendered on Monday, said a counter-terrorism and insurgency expert."
    )
    (event,) = _events(extractor, body, date(2024, 11, 12))
    assert event.date_start == date(2024, 11, 11)


def test_villagers_strangled_to_death_are_killed_civilians(extractor):
    body = "On Sunday, five villagers were strangled to death by militants in Dioundiou."
    (event,) = _events(extractor, body, date(2024, 11, 20))
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 5)


def test_shooting_at_medical_staff_is_violence_against_civilians(extractor):
    body = "On Monday gunmen returned to Dori, shooting at medical personnel and other people."
    (event,) = _events(extractor, body)
    assert event.event_type == "Violence against civilians"


def test_a_town_prisoners_were_to_be_transported_to_is_not_the_scene(extractor):
    body = (
        "While in police custody, before being transported to Niamey, the suspected terrorists"
        " tried to escape on Saturday and 24 of them were shot dead by the army."
    )
    (event,) = _events(extractor, body, date(2021, 5, 3))
    assert event.place.name == "Niger"
