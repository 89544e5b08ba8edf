"""Merging mentions into events: the same events however many mentions, wherever the grid cuts."""

from dataclasses import replace
from datetime import date

from pipeline.merge import merge_mentions
from pipeline.records import DateMention, EventMention, Place, Trigger

PUBLISHED = date(2023, 9, 18)
ATTACK = Trigger("attacked", 0, 8, "Battles", "Armed clash", "Armed clash", 5)
SIGNING = Trigger("signed", 0, 6, "Strategic developments", "Agreement", "Agreement", 5)


def mention(
    n: int,
    lat: float,
    lon: float,
    start: date,
    end: date | None = None,
    precision: str = "day",
    geo_precision: int = 1,
    trigger: Trigger = ATTACK,
) -> EventMention:
    # a report placed only to its district or region names no town
    feature = "town" if geo_precision == 1 else "region"
    place = Place(
        f"Place {lat},{lon}", "", "Burkina Faso", "BFA", lat, lon, geo_precision, feature, "test"
    )
    return EventMention(
        article_id=f"article-{n // 50:04d}",
        published=PUBLISHED,
        sentence_index=n % 50,
        sentence_start=0,
        sentence_end=10,
        sentence="Fighters attacked the town.",
        trigger=trigger,
        date=DateMention("on that day", 0, 5, start, end or start, precision),
        date_rule="own",
        place=place,
        place_text=place.name,
        place_rule="test",
        actors=(),
        actor_texts=(),
    )


DAY = date(2023, 9, 12)


def test_ten_thousand_reports_of_one_attack_are_one_event():
    (event,) = merge_mentions([mention(n, 14.0, -1.0, DAY) for n in range(10_000)])
    assert len(event.mentions) == 10_000
    assert len(event.sources) == 200


def test_ten_thousand_reports_of_a_thousand_attacks_are_a_thousand_events():
    # ten towns north-south x ten east-west, 66 km apart, on ten different days
    reports = [
        mention(
            n,
            11.0 + 0.6 * (n % 10),
            -4.0 + 0.6 * (n // 10 % 10),
            date(2023, 5, 1 + 3 * (n // 100 % 10)),
        )
        for n in range(10_000)
    ]
    events = merge_mentions(reports)
    assert len(events) == 1_000
    assert {len(e.mentions) for e in events} == {10}
    assert len({e.event_id for e in events}) == 1_000


def test_towns_close_together_merge_across_grid_lines():
    for a, b in [
        ((11.499, -1.2), (11.52, -1.2)),
        ((14.0, -0.001), (14.0, 0.02)),
        ((0.001, 2.0), (-0.02, 2.0)),
    ]:
        (event,) = merge_mentions([mention(0, *a, DAY), mention(1, *b, DAY)])
        assert len(event.mentions) == 2


def test_towns_more_than_50_km_apart_stay_apart():
    near = merge_mentions([mention(0, 14.0, -1.0, DAY), mention(1, 14.0, -0.63, DAY)])  # 40 km
    far = merge_mentions([mention(0, 14.0, -1.0, DAY), mention(1, 14.0, -0.44, DAY)])  # 60 km
    assert (len(near), len(far)) == (1, 2)


def test_a_town_joins_the_event_only_if_near_every_town_in_it():
    first, second, third = (14.0, -1.0), (14.0, -0.6), (14.0, -0.2)  # 43 km steps
    events = merge_mentions([mention(n, *p, DAY) for n, p in enumerate((first, second, third))])
    assert sorted(len(e.mentions) for e in events) == [1, 2]


def test_reports_whose_dates_cross_a_month_boundary_merge():
    events = merge_mentions(
        [
            mention(0, 14.0, -1.0, date(2023, 9, 1)),
            mention(1, 14.0, -1.0, date(2023, 8, 28), date(2023, 9, 3), "range"),
            mention(2, 13.5, -1.5, date(2023, 9, 1), date(2023, 9, 30), "month", geo_precision=3),
        ]
    )
    (event,) = events
    assert (event.date_start, event.date_end) == (date(2023, 9, 1), date(2023, 9, 1))


def test_a_region_level_report_joins_the_first_fitting_event_only():
    events = merge_mentions(
        [
            mention(0, 14.0, -1.0, DAY, trigger=SIGNING),
            mention(1, 12.0, -1.0, DAY),
            mention(2, 13.0, -1.0, DAY, geo_precision=2),
        ]
    )
    by_category = {e.category: len(e.mentions) for e in events}
    assert by_category == {"Agreement": 1, "Armed clash": 2}


def _in(m: EventMention, feature: str, admin1: str, geo_precision: int) -> EventMention:
    place = replace(m.place, feature=feature, admin1=admin1, geo_precision=geo_precision)
    return replace(m, place=place)


def test_an_attack_in_a_district_and_one_in_a_town_of_another_region_stay_two_events():
    district = _in(mention(0, 16.9, -1.9, DAY), "admin2", "Tombouctou", 2)
    town = _in(mention(1, 17.0, -1.4, DAY), "town", "Gao", 1)
    assert len(merge_mentions([district, town])) == 2
    assert len(merge_mentions([town, district])) == 2


def test_an_attack_in_a_district_and_in_a_town_of_it_are_one_event():
    district = _in(mention(0, 16.9, -1.9, DAY), "admin2", "Tombouctou", 2)
    town = _in(mention(1, 16.8, -2.0, DAY), "town", "Tombouctou", 1)
    (event,) = merge_mentions([district, town])
    assert event.place.feature == "town"


def test_a_district_does_not_take_a_town_far_outside_it():
    district = _in(mention(0, 13.07, -3.07, DAY), "admin2", "", 2)
    town = _in(mention(1, 14.03, -0.03, DAY), "town", "", 1)
    assert len(merge_mentions([district, town])) == 2


def test_an_attack_near_a_town_stays_apart_from_one_at_a_town_far_away():
    near = _in(mention(0, 14.10, -1.63, DAY), "town", "Sahel", 2)
    far = _in(mention(1, 13.09, -1.08, DAY), "town", "Centre-Nord", 1)
    assert len(merge_mentions([near, far])) == 2


def test_an_event_takes_its_type_from_the_report_of_its_town_and_day():
    on_civilians = Trigger(
        "attacked", 0, 8, "Violence against civilians", "Attack", "Armed clash", 5
    )
    summary = mention(0, 14.0, -1.0, DAY, date(2023, 9, 18), "range", 3, on_civilians)
    at_the_post = mention(1, 14.0, -1.0, DAY)
    (event,) = merge_mentions([summary, at_the_post])
    assert event.event_type == "Battles"


def test_a_bombing_and_a_shooting_in_one_town_on_one_day_are_one_event():
    # ACLED: violent reports of one day at one town are one event, whatever their words
    blast = Trigger("blast", 0, 5, "Explosions/Remote violence", "Remote explosive", "Bombing", 5)
    (event,) = merge_mentions(
        [mention(0, 14.0, -1.0, DAY), mention(1, 14.0, -1.0, DAY, None, "day", 1, blast)]
    )
    assert event.event_type in {"Battles", "Explosions/Remote violence"}


def test_a_riot_and_a_battle_in_one_city_on_one_day_stay_two_events():
    arson = Trigger("set fire", 0, 8, "Riots", "Mob violence", "Looting", 5)
    riot = mention(1, 12.37, -1.52, DAY, None, "day", 1, arson)
    events = merge_mentions([mention(0, 12.37, -1.52, DAY), riot])
    assert sorted(e.event_type for e in events) == ["Battles", "Riots"]


def test_an_event_told_for_a_country_and_for_a_region_of_it_is_placed_in_the_region():
    country = _in(mention(0, 17.3, -3.5, DAY), "country", "", 3)
    region = _in(mention(1, 15.9, 2.4, DAY), "admin1", "Ménaka", 3)
    for order in ([country, region], [region, country]):
        (event,) = merge_mentions(order)
        assert event.place.feature == "admin1"


def test_a_town_retaken_and_a_town_taken_control_of_the_same_month_are_one_event():
    # two articles, two words for one act: ACLED's sub-event type says it is one kind
    retook = Trigger("retook", 0, 6, "Battles", "Government regains territory", "Retaken", 5)
    seized = Trigger("took control", 0, 12, "Battles", "Government regains territory", "Seized", 5)
    month = mention(0, 18.05, 0.6, date(2023, 10, 1), date(2023, 10, 23), "range", 1, retook)
    day = mention(60, 18.05, 0.6, date(2023, 10, 7), None, "day", 1, seized)
    (event,) = merge_mentions([month, day])
    assert {m.article_id for m in event.mentions} == {"article-0000", "article-0001"}


def test_a_ban_and_a_withdrawal_in_one_capital_the_same_month_stay_two_events():
    ban = Trigger("suspended", 0, 9, "Strategic developments", "Other", "Ban", 5)
    left = Trigger("left", 0, 4, "Strategic developments", "Other", "Withdrawal", 5)
    month = mention(0, 12.37, -1.52, date(2022, 12, 1), date(2022, 12, 31), "month", 1, ban)
    day = mention(60, 12.37, -1.52, date(2022, 12, 3), None, "day", 1, left)
    assert len(merge_mentions([month, day])) == 2


CAMP_ATTACK = Trigger("attack", 0, 6, "Battles", "Armed clash", "Attack", 5)


def _camp_attack_told_that_day_then_over_two_days() -> list[EventMention]:
    """One article: the attack on the camp, told that day, then "Tuesday and Wednesday"."""
    return [
        mention(0, 16.95, -0.35, DAY, trigger=CAMP_ATTACK),
        mention(1, 16.95, -0.35, DAY, date(2023, 9, 13), "range", 1, CAMP_ATTACK),
    ]


def test_a_camp_attack_told_over_two_days_and_the_fighting_at_its_town_that_day_are_one_event():
    # another article: "Tuesday's fighting at Bourem" (another word, so another category)
    fighting = Trigger("fighting", 0, 8, "Battles", "Armed clash", "Armed clash", 5)
    other_article = mention(50, 16.95, -0.35, DAY, trigger=fighting)
    (event,) = merge_mentions([*_camp_attack_told_that_day_then_over_two_days(), other_article])
    assert len({m.article_id for m in event.mentions}) == 2


def test_a_camp_attack_told_over_two_days_stays_apart_from_a_blast_at_its_town():
    blast = Trigger("blast", 0, 5, "Explosions/Remote violence", "Remote explosive", "Bombing", 5)
    other_article = mention(50, 16.95, -0.35, DAY, trigger=blast)
    camp = _camp_attack_told_that_day_then_over_two_days()
    assert len(merge_mentions([*camp, other_article])) == 2


def test_an_attack_in_a_district_and_one_in_another_region_the_same_day_stay_two_events():
    # "Niaktiré, Torodi department (Tillabéri region)" and "in the Diffa region", both Sunday
    district = _in(mention(0, 13.12, 1.80, DAY), "admin2", "Tillabéri", 2)
    region = _in(mention(1, 13.32, 12.61, DAY), "admin1", "Diffa", 3)
    assert len(merge_mentions([district, region])) == 2
    assert len(merge_mentions([region, district])) == 2


def test_an_attack_in_a_district_and_in_its_region_the_same_day_are_one_event():
    district = _in(mention(0, 13.12, 1.80, DAY), "admin2", "Tillabéri", 2)
    region = _in(mention(1, 14.21, 1.45, DAY), "admin1", "Tillabéri", 3)
    (event,) = merge_mentions([district, region])
    assert event.place.feature == "admin2"


NOUN_ATTACK = Trigger("attack", 0, 6, "Battles", "Armed clash", "Attack", 40)
ON_CIVILIANS = replace(
    NOUN_ATTACK, event_type="Violence against civilians", sub_event_type="Attack"
)


def test_an_attack_by_armed_men_on_no_one_named_takes_the_type_its_article_tells_elsewhere():
    lead = mention(0, 14.0, -1.0, DAY, date(2023, 9, 18), "range", 1, ON_CIVILIANS)
    during = replace(mention(1, 14.0, -1.0, DAY, trigger=NOUN_ATTACK), actors=("Gunmen",))
    (event,) = merge_mentions([lead, during])
    assert event.event_type == "Violence against civilians"


def test_an_attack_with_both_sides_named_stays_a_battle():
    lead = mention(0, 14.0, -1.0, DAY, date(2023, 9, 18), "range", 1, ON_CIVILIANS)
    fought = replace(mention(1, 14.0, -1.0, DAY, trigger=NOUN_ATTACK), actors=("JNIM", "Army"))
    (event,) = merge_mentions([lead, fought])
    assert event.event_type == "Battles"


def test_another_article_s_attack_on_civilians_does_not_retype_an_attack():
    elsewhere = mention(50, 14.0, -1.0, DAY, date(2023, 9, 18), "range", 1, ON_CIVILIANS)
    during = replace(mention(1, 14.0, -1.0, DAY, trigger=NOUN_ATTACK), actors=("Gunmen",))
    (event,) = merge_mentions([elsewhere, during])
    assert event.event_type == "Battles"


def _country_month(n: int) -> EventMention:
    told = mention(n, 12.3, -1.8, date(2023, 9, 1), date(2023, 9, 30), "month", 3)
    return replace(told, place=replace(told.place, feature="country"))


def test_a_month_told_of_a_whole_country_stays_apart_from_another_article_s_day_event():
    day = mention(0, 14.0, -1.0, DAY)
    month = _country_month(50)
    assert len(merge_mentions([day, month])) == 2
    assert len(merge_mentions([month, day])) == 2


def test_a_month_told_of_a_whole_country_joins_its_own_article_s_day_event():
    (event,) = merge_mentions([mention(0, 14.0, -1.0, DAY), _country_month(1)])
    assert (event.date_start, event.date_end) == (DAY, DAY)


def test_an_attack_by_no_one_named_takes_the_type_of_its_article_s_killing_of_civilians():
    killing = Trigger("killed", 0, 6, "Violence against civilians", "Attack", "Attack", 30)
    told = mention(0, 13.3, 2.6, DAY, trigger=killing)
    condemned = mention(7, 13.3, 2.6, DAY, trigger=NOUN_ATTACK)
    (event,) = merge_mentions([told, condemned])
    assert event.event_type == "Violence against civilians"


def test_a_country_s_decision_told_for_a_month_joins_another_article_s_day():
    reopened = Trigger("reopened", 0, 8, "Strategic developments", "Other", "Borders reopened", 60)
    day = mention(0, 12.3, -1.8, DAY, trigger=reopened)
    month = replace(_country_month(50), trigger=reopened)
    assert len(merge_mentions([day, month])) == 1


def test_a_month_told_of_a_whole_country_with_the_same_dead_joins_the_day_event():
    day = replace(mention(0, 14.0, -1.0, DAY), fatalities=89)
    month = replace(_country_month(50), fatalities=89)
    assert len(merge_mentions([day, month])) == 1
    assert len(merge_mentions([month, day])) == 1


def _battle(n: int, lat: float, *sides: str) -> EventMention:
    return replace(mention(n, lat, 1.45, DAY, trigger=NOUN_ATTACK), actors=sides)


def test_an_article_s_attack_on_a_village_and_its_battle_at_a_post_that_day_stay_two_events():
    # ACLED codes one event per type, place and day: "an attack on the village of Djambala on
    # Monday" and "an attack on a military position on Monday", told in one article
    village = mention(0, 14.2, 1.45, DAY, None, "day", 3, ON_CIVILIANS)
    post = _battle(1, 14.21, "Jihadist groups", "Military Forces of Niger")
    events = merge_mentions([village, post])
    assert sorted(e.event_type for e in events) == ["Battles", "Violence against civilians"]


def test_two_articles_telling_one_attack_as_on_civilians_and_as_a_battle_are_one_event():
    one = mention(0, 14.2, 1.45, DAY, None, "day", 1, ON_CIVILIANS)
    other = _battle(50, 14.2, "Jihadist groups", "Military Forces of Niger")
    assert len(merge_mentions([one, other])) == 1


def test_an_attack_told_as_on_villages_and_as_an_attack_by_two_articles_is_one_event():
    # "armed men attacked villages in the Tillia department" (the week before publication) and
    # another article's "137 people were killed on Sunday in an attack ... in the Tahoua region"
    on_villages = Trigger(
        "attacked villages", 0, 17, "Violence against civilians", "Attack", "Attack on civilians", 5
    )
    attack = Trigger("attack", 0, 6, "Violence against civilians", "Attack", "Attack", 5)
    week = mention(0, 15.6, 4.7, date(2023, 9, 11), date(2023, 9, 17), "range", 2, on_villages)
    sunday = mention(50, 15.5, 5.0, date(2023, 9, 17), None, "day", 3, attack)
    (event,) = merge_mentions([week, sunday])
    assert (event.date_start, event.date_end) == (date(2023, 9, 17), date(2023, 9, 17))


def test_an_ambush_whose_second_name_is_a_person_and_its_dead_told_again_are_one_event():
    # "Oumar Traoré, chief of staff of Colonel Assimi Goïta, was killed in an ambush in the Nara
    # area" and "several others travelling with him were also killed when their convoy was
    # ambushed": the person named is no side of a battle
    ambush = _battle(0, 15.17, "Unidentified Armed Group", "Assimi Goïta")
    told_again = mention(1, 15.17, 1.45, DAY, None, "day", 1, ON_CIVILIANS)
    assert len(merge_mentions([ambush, told_again])) == 1


def test_a_battle_whose_dead_are_summed_up_with_civilians_joins_its_attack_told_again():
    # "Twenty civilians and five soldiers were killed on Sunday in an attack in Seytenga" and
    # "the gunmen went from house to house in Seytenga on Sunday, killing men"
    summed = _battle(0, 14.0, "Jihadist groups", "Military Forces of Niger", "Civilians (Niger)")
    house_to_house = mention(1, 14.0, 1.45, DAY, None, "day", 1, ON_CIVILIANS)
    assert len(merge_mentions([summed, house_to_house])) == 1


def test_an_attack_whose_doers_are_told_killing_civilians_is_violence_against_them():
    # "This is the second attack perpetrated by suspected jihadists" and, in the lead, "armed
    # assailants killed two of its employees": one event, the killing of the staff
    attack = Trigger("attack", 0, 6, "Battles", "Armed clash", "Attack", 45)
    killing = Trigger("killed", 0, 6, "Violence against civilians", "Attack", "Killing", 40)
    told = mention(0, 12.77, -3.27, DAY, trigger=killing)
    retold = replace(mention(6, 12.77, -3.27, DAY, trigger=attack), actors=("Jihadist groups",))
    told = replace(told, actors=("Unidentified Armed Group",))
    (event,) = merge_mentions([told, retold])
    assert event.event_type == "Violence against civilians"
