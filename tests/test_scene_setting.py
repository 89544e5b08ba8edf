"""An event takes the place of its own clause, or the town the sentence before set the scene
in, before the country of the article."""

from tests.test_scene_country import build_one

TITLE = "Security report, Burkina Faso"


def places(events: list[dict[str, str]]) -> list[tuple[str, str]]:
    return sorted((e["date_start"], e["location"]) for e in events)


def test_an_event_with_no_place_takes_the_town_the_sentence_before_set(tmp_path):
    body = (
        "On 3 May 2021, the patrol had camped for the night in Gorom-Gorom after a long march. "
        "When it set off at dawn on 4 May 2021, gunmen ambushed it and killed three soldiers."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2021-05-04", "Gorom-Gorom") in places(events), events


def test_a_town_of_another_paragraph_does_not_set_the_scene(tmp_path):
    body = (
        "On 3 May 2021, the patrol had camped for the night in Gorom-Gorom after a long march.\n\n"
        "When it set off at dawn on 4 May 2021, gunmen ambushed it and killed three soldiers."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2021-05-04", "Burkina Faso") in places(events), events


def test_a_town_of_another_country_does_not_set_the_scene(tmp_path):
    body = (
        "On 2 May 2021, gunmen killed two traders near Dori. "
        "On 3 May 2021, the patrol had camped for the night in Niamey after a long march. "
        "When it set off at dawn on 4 May 2021, gunmen ambushed it and killed three soldiers."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2021-05-04", "Niamey") not in places(events), events


def test_two_events_of_one_sentence_each_take_the_place_of_their_clause(tmp_path):
    body = (
        "On 2 May 2021, gunmen killed six worshippers at a church in the village of Wabdiga, "
        "in the Seno province of the Sahel region, and on 3 May 2021 dozens were killed in an "
        "attack on a market in Kantchari, in the east."
    )
    events = build_one(tmp_path, TITLE, body)
    assert {e["location"] for e in events} == {"Séno province", "Kantchari"}, events


def test_an_ambush_is_where_the_convoy_was_hit_not_the_town_it_came_from(tmp_path):
    body = (
        "On 2 May 2021, a convoy returning from the besieged town of Djibo was ambushed at "
        "Walaga, in the Bam province of the Centre-Nord region, and 12 soldiers were killed."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["event_type"] == "Battles"] == ["Bam province"]


def test_the_town_in_another_clause_places_the_event_of_this_one(tmp_path):
    body = (
        "On 3 May 2021, soldiers searched the town of Gorom-Gorom. "
        "On 1 May 2021, gunmen stormed the town at night, going from house to house and "
        "shooting men."
    )
    events = build_one(tmp_path, TITLE, body)
    assert {e["location"] for e in events if e["date_start"] == "2021-05-01"} == {"Gorom-Gorom"}


def test_where_the_held_were_taken_beats_the_town_of_the_sentence_before(tmp_path):
    body = (
        "On 3 May 2021, mutinous soldiers fired shots in Ouagadougou at dawn. "
        "On 3 May 2021, they arrested the president. "
        "He was taken to a military camp in Kaya."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["category"] == "Coup"] == ["Kaya"], events


def test_the_same_road_named_paragraphs_later_is_the_stretch_named_first(tmp_path):
    body = (
        "On 3 May 2021, a bus hit a mine on the road between Dori and Sebba.\n\n"
        "Traders said they would stop travelling.\n\n"
        "The same road has been hit before. In early April 2021, four soldiers were killed on it "
        "when a bomb went off under their truck."
    )
    events = build_one(tmp_path, TITLE, body)
    april = [e["location"] for e in events if e["date_start"].startswith("2021-04")]
    assert april == ["between Dori and Sebba"], events


def test_a_road_of_another_article_part_is_not_any_road(tmp_path):
    body = (
        "On 3 May 2021, a bus hit a mine on the road between Dori and Sebba.\n\n"
        "Traders said they would stop travelling. Buyers said prices rose. Farmers said the "
        "rains came late. Herders said wells were dry.\n\n"
        "On 1 April 2021, protesters blocked the road for a day."
    )
    events = build_one(tmp_path, TITLE, body)
    assert {e["location"] for e in events if e["date_start"] == "2021-04-01"} == {"Burkina Faso"}


def test_the_town_a_sentence_refers_to_sets_the_scene_of_the_next(tmp_path):
    body = (
        "The people of Kaya had been warned.\n\nFor weeks, residents of the town, some 40 km"
        " from Kongoussi, had dug a trench. On 3 August 2024, fighters arrived and opened fire."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2024-08-03", "Kaya") in places(events), events


def test_the_same_region_is_the_region_named_before(tmp_path):
    body = (
        "Armed groups are active in the Centre-Nord region, far from the border with Niger.\n\n"
        "On 4 May 2021, gunmen ambushed a patrol near an unnamed hamlet in the same region,"
        " killing three soldiers."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2021-05-04", "Centre-Nord") in places(events), events


def test_the_same_region_leaves_an_act_told_before_it_alone(tmp_path):
    body = (
        "Armed groups are active in the Centre-Nord region.\n\n"
        "On 4 May 2021, the junta dissolved all political parties, as attacks went on in the same"
        " region."
    )
    events = build_one(tmp_path, TITLE, body)
    banned = [e for e in events if e["event_type"] == "Strategic developments"]
    assert [e["location"] for e in banned] == ["Ouagadougou"], events


def test_the_zone_is_the_town_named_just_before(tmp_path):
    body = (
        "Heavy fighting was reported on 3 May 2021 in Gorom-Gorom, near the border.\n\n"
        "On 4 May 2021, a patrol that was searching the zone was ambushed, and three soldiers"
        " were killed."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2021-05-04", "Gorom-Gorom") in places(events), events


def test_an_unplaced_act_of_the_same_days_is_where_the_act_told_just_before_was(tmp_path):
    body = (
        "Aid groups warned of hunger. Grain prices have doubled. Schools remain shut.\n\n"
        "On 4 May 2021, gunmen surrounded Gorom-Gorom and shot dozens of men. Later that day,"
        " the attackers burned the market."
    )
    events = build_one(tmp_path, TITLE, body)
    assert {e["location"] for e in events if e["date_start"] == "2021-05-04"} == {"Gorom-Gorom"}


def test_an_unplaced_act_of_another_day_keeps_its_country(tmp_path):
    body = (
        "On 4 May 2021, gunmen attacked the village of Gorom-Gorom and burned the market. "
        "In 2019, gunmen had killed dozens of traders in a similar raid."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2019-01-01", "Burkina Faso") in places(events), events


def test_a_decision_of_the_government_with_no_place_was_taken_in_the_capital(tmp_path):
    body = (
        "On 4 May 2021, Burkina Faso's government expelled two foreign reporters, accusing"
        " them of bias."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events] == ["Ouagadougou"], events


def test_an_unplaced_act_of_rebels_is_not_moved_to_the_capital(tmp_path):
    body = "On 4 May 2021, the rebels expelled two foreign reporters, accusing them of bias."
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events] == ["Burkina Faso"], events


def test_a_village_no_gazetteer_knows_lies_near_the_place_the_article_is_about(tmp_path):
    body = (
        "Djibo has been under blockade for a year. Traders in Djibo say prices have tripled.\n\n"
        "On 4 May 2021, gunmen killed five people in the village of Kobou."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["date_start"] == "2021-05-04"] == ["Djibo"]


def test_a_village_no_gazetteer_knows_lies_near_the_place_told_just_before(tmp_path):
    body = (
        "Djibo has been under blockade for a year. Traders in Djibo say prices have tripled."
        " Djibo's mayor has appealed for help.\n\n"
        "On 3 May 2021, gunmen attacked the village of Wendoukou, near Tougan. Two men were"
        " killed.\n\n"
        "The following night, another group attacked the village of Kelgoumbou, killing three"
        " farmers."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["date_start"] == "2021-05-04"] == ["Tougan"]


def test_a_village_the_sentence_puts_in_a_region_keeps_that_region(tmp_path):
    body = (
        "Djibo has been under blockade for a year. Traders in Djibo say prices have tripled.\n\n"
        "On 4 May 2021, in the Est region, gunmen killed five people in the village of Kobou."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["date_start"] == "2021-05-04"] == ["Est"]


def test_the_same_region_opening_the_sentence_is_the_region_named_before(tmp_path):
    body = (
        "Armed groups are active in the Centre-Nord region, far from the border with Niger.\n\n"
        "In the same region, on 4 May 2021, gunmen ambushed a patrol, killing three soldiers."
    )
    events = build_one(tmp_path, TITLE, body)
    assert ("2021-05-04", "Centre-Nord") in places(events), events


def test_a_place_in_a_clause_about_another_noun_is_not_the_scene(tmp_path):
    body = (
        "On 4 May 2021, gunmen ambushed a convoy of traders, whose families in Kaya are still"
        " waiting for news, killing nine."
    )
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["date_start"] == "2021-05-04"] == ["Burkina Faso"]


def test_an_act_told_in_a_whose_clause_takes_that_clause_s_place(tmp_path):
    body = "Traders, whose shops in Kaya were looted by gunmen on 4 May 2021, have fled."
    events = build_one(tmp_path, TITLE, body)
    assert [e["location"] for e in events if e["date_start"] == "2021-05-04"] == ["Kaya"]
