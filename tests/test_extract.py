"""Extraction on short texts: which events a reader gets, with which date, place and actors."""

from datetime import date, timedelta

import pytest

from pipeline.merge import merge_mentions
from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)  # a Monday


def _article(body: str, article_id: str = "a", published: date = PUBLISHED) -> Article:
    return Article(article_id=article_id, title="Test", published=published, body=body)


def _dated(extractor, body, **kw):
    return extractor.extract(_article(body, **kw)).mentions


def _days(m) -> tuple[str, str]:
    return str(m.date.date_start), str(m.date.date_end)


def _summary(mentions):
    return [
        (m.trigger.category, str(m.date.date_start), str(m.date.date_end), m.place.iso3)
        for m in mentions
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 12 September, rebels captured the town of Bourem.",
            [("Territory seized", "2023-09-12", "2023-09-12", "MLI")],
        ),
        (
            "Mali's junta removed France's anti-jihadist force in 2022 and the UN mission"
            " MINUSMA in 2023.",
            [
                ("Withdrawal", "2022-01-01", "2022-12-31", "MLI"),
                ("Withdrawal", "2023-01-01", "2023-12-31", "MLI"),
            ],
        ),
        (
            "The mission has until 31 December to leave Mali.",
            [("Withdrawal", "2023-12-31", "2023-12-31", "MLI")],
        ),
        (
            "On Saturday, hundreds of protesters gathered in Ouagadougou and in Bobo-Dioulasso.",
            [
                ("Protest", "2023-09-16", "2023-09-16", "BFA"),
                ("Protest", "2023-09-16", "2023-09-16", "BFA"),
            ],
        ),
        (
            "The jihadist insurgency spilled over from Mali into Burkina Faso in 2015.",
            [("Violence spreads", "2015-01-01", "2015-12-31", "BFA")],
        ),
        (
            "The last French soldiers left Niger on 22 December.",
            [("Withdrawal", "2022-12-22", "2022-12-22", "NER")],
        ),
        (
            "Soldiers of the Presidential Guard detained President Mohamed Bazoum in July.",
            [("Coup", "2023-07-01", "2023-07-31", "NER")],
        ),
        (
            "On 7 August, fighters stormed the army post at Tessit with drones and explosives,"
            " the army said.",
            [("Attack", "2023-08-07", "2023-08-07", "MLI")],
        ),
        # a date the parse hangs on the verb counts however long the objects between them
        (
            "The UN said militants killed 12 herders, including four women, near Menaka and"
            " nine traders, including two children, near Andéramboukane, on Sept. 3.",
            [
                ("Attack", "2023-09-03", "2023-09-03", "MLI"),
                ("Attack", "2023-09-03", "2023-09-03", "MLI"),
            ],
        ),
        # a relative clause about a date takes that date, not the sentence's first one
        (
            "Sunday's fighting came a month after one of the deadliest ambushes of the year,"
            " on Aug. 14, when a convoy was ambushed near Djibo.",
            [
                ("Armed clash", "2023-09-17", "2023-09-17", "BFA"),
                ("Attack", "2023-08-14", "2023-08-14", "BFA"),
                ("Attack", "2023-08-14", "2023-08-14", "BFA"),
            ],
        ),
        # what a "since" date's relative clause tells happened on that day, not ever since
        (
            "Anger has run high since Aug. 3, when gunmen attacked the army post at Djibo.",
            [("Attack", "2023-08-03", "2023-08-03", "BFA")],
        ),
        # no clause between them in the parse: the date is the strike's, however far
        (
            "An air strike by the army killed at least nine herders, including two boys, at a"
            " market in the village of Tigzefan near Menaka on Sunday.",
            [("Air or drone strike", "2023-09-17", "2023-09-17", "MLI")],
        ),
        # a when-clause takes the date of the verb it hangs on, not a date told after it
        (
            "The clashes began on Thursday, when rebels of a Tuareg coalition ambushed a column"
            " of soldiers and mercenaries heading for Tessalit, and went on until Saturday.",
            [
                ("Armed clash", "2023-09-14", "2023-09-14", "MLI"),
                ("Attack", "2023-09-14", "2023-09-14", "MLI"),
            ],
        ),
        (
            "Mali has been at war since 2012, when rebels and jihadists seized the north.",
            [("Territory seized", "2012-01-01", "2012-12-31", "MLI")],
        ),
    ],
)
def test_events_are_read_with_their_date_and_country(extractor, body, expected):
    assert _summary(_dated(extractor, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Mali and Burkina Faso said an intervention would be a declaration of war on 10 August.",
        "The charter commits the signatories to prevent any attack on each other in 2023.",
        "In the event of an attack on one of them, the others would respond on Monday.",
        "The flood left 12 dead on Monday in Gao.",
        "Observers fear the clashes could spread to Niger next year.",
        "Attacks have multiplied in the region since 2015.",
    ],
)
def test_threats_hypotheticals_and_vague_spans_are_not_dated_events(extractor, body):
    withdrawals_or_threats = [m.trigger.category for m in _dated(extractor, body)]
    assert withdrawals_or_threats == []


BACKGROUND = (
    "Mali is a large country. The north is sparsely populated. "
    "Many roads are closed in the rainy season. "
)


def test_an_event_without_a_date_after_the_lead_is_listed_as_undated(extractor):
    result = extractor.extract(_article(BACKGROUND + "Rebels captured a military camp near Kidal."))
    assert result.mentions == ()
    assert [m.trigger.category for m in result.undated] == ["Territory seized"]


def test_an_undated_event_in_the_lead_is_dated_to_the_days_before_publication(extractor):
    result = extractor.extract(_article("Rebels captured a military camp near Kidal."))
    assert [m.trigger.category for m in result.mentions] == ["Territory seized"]
    when = result.mentions[0].date
    assert (when.date_start, when.date_end, when.precision) == (
        PUBLISHED - timedelta(days=2),
        PUBLISHED,
        "range",
    )


def test_a_reference_to_the_coup_dates_the_response(extractor):
    body = (
        "Soldiers detained President Mohamed Bazoum in Niamey on 26 July. "
        "In response to the coup, ECOWAS imposed sanctions on Niger."
    )
    sanctions = [m for m in _dated(extractor, body) if m.trigger.category == "Sanctions"]
    assert len(sanctions) == 1
    assert (sanctions[0].date.date_start, sanctions[0].date.date_end) == (
        date(2023, 7, 26),
        PUBLISHED,
    )
    assert sanctions[0].date.precision == "range"
    assert "ECOWAS" in sanctions[0].actors


def test_place_names_inside_actor_names_are_not_locations(extractor):
    body = "On 12 September, the Coordination of Azawad Movements captured Bourem."
    (mention,) = _dated(extractor, body)
    assert mention.place.name == "Bourem"
    assert mention.actors == ("Coordination of Azawad Movements",)


def test_the_national_army_takes_the_country_of_the_event(extractor):
    body = "On Tuesday, the national army clashed with jihadists near Djibo."
    (mention,) = _dated(extractor, body)
    assert mention.place.iso3 == "BFA"
    assert "Military Forces of Burkina Faso" in mention.actors


def test_the_evidence_is_the_sentence_as_written(extractor):
    body = "Background first. On 12 September, the Tuaregs briefly captured Bourem. More."
    (mention,) = _dated(extractor, body)
    assert mention.sentence == "On 12 September, the Tuaregs briefly captured Bourem."
    assert mention.sentence[mention.trigger.start : mention.trigger.end] == "captured"


def test_the_same_signing_in_two_articles_is_one_event(extractor):
    first = _dated(
        extractor, "The charter was signed in Bamako on 16 September by the three juntas."
    )
    second = _dated(
        extractor,
        "On Saturday, Mali, Burkina Faso and Niger signed a defence pact in Bamako.",
        article_id="b",
        published=date(2023, 9, 17),
    )
    (event,) = merge_mentions([*first, *second])
    assert event.sources == ("a", "b")
    assert (event.date_start, event.date_precision) == (date(2023, 9, 16), "day")


def test_attacks_on_one_day_in_distant_towns_stay_apart(extractor):
    body = "On Monday, jihadists attacked an army post in Djibo. On Monday, gunmen attacked Ménaka."
    events = merge_mentions(list(_dated(extractor, body)))
    assert sorted(e.place.name for e in events) == ["Djibo", "Ménaka"]


def test_a_deadline_is_not_merged_with_the_departure_it_sets(extractor):
    body = (
        "The mission was ordered to leave Mali earlier this year. "
        "The mission has until 31 December to leave Mali."
    )
    events = merge_mentions(list(_dated(extractor, body)))
    assert sorted(e.status for e in events) == ["occurred", "scheduled"]


def test_event_ids_do_not_depend_on_the_order_of_mentions(extractor):
    body = (
        "On 12 September, rebels captured Bourem. On 16 September, the charter was signed"
        " in Bamako. Mali's junta removed French troops in 2022."
    )
    mentions = list(_dated(extractor, body))
    forward = [e.event_id for e in merge_mentions(mentions)]
    backward = [e.event_id for e in merge_mentions(mentions[::-1])]
    assert forward == backward
    assert len(set(forward)) == 3


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Jihadists have imposed a blockade on Timbuktu since early August.", "ongoing"),
        ("Rebels captured Bourem on 12 September.", "occurred"),
        ("The mission has until 31 December to leave Mali.", "scheduled"),
    ],
)
def test_status_says_whether_it_happened_goes_on_or_is_to_come(extractor, body, status):
    (mention,) = _dated(extractor, body)
    assert mention.status == status


def test_the_city_is_the_town_named_just_before(extractor):
    body = (
        "On Tuesday, fighters attacked a school in Bamako. "
        "It was the worst attack in the city since gunmen stormed a hotel in November 2015."
    )
    places = [(m.date.text, m.place.name) for m in _dated(extractor, body)]
    assert places == [("On Tuesday", "Bamako"), ("in November 2015", "Bamako")]


@pytest.mark.parametrize(
    ("second", "place"),
    [
        ("In May 2014, the army was routed there.", "Kidal"),
        ("In May 2014, there were clashes in Gao.", "Gao"),
    ],
)
def test_there_is_the_town_named_before_unless_it_only_says_something_exists(
    extractor, second, place
):
    body = f"The army entered Kidal on Tuesday. Kidal matters in Bamako. {second}"
    mentions = _dated(extractor, body)
    assert mentions[-1].place.name == place


@pytest.mark.parametrize(
    "body",
    [
        "The convoy had set out from Ansongo, which rebels captured on 12 September.",
        "The convoy had set out from Ansongo, about 90 km (56 miles) to the south, which rebels"
        " captured on 12 September.",
    ],
)
def test_a_relative_clause_tells_of_the_town_it_follows(extractor, body):
    (captured,) = _dated(extractor, body)
    assert (captured.place.name, str(captured.date.date_start)) == ("Ansongo", "2023-09-12")


def test_a_relative_clause_tells_of_the_district_it_follows_not_its_region(extractor):
    body = (
        "Gunmen have killed dozens of civilians in central Mali this month, a rights group said."
        " The latest killings took place on 12 September in the Douentza cercle of the Mopti"
        " region, where gunmen attacked several hamlets."
    )
    attacked = [m for m in _dated(extractor, body) if "attacked" in m.trigger.text]
    assert [m.place.name for m in attacked] == ["Douentza cercle"]


def test_a_distance_to_the_south_is_no_region(extractor):
    body = (
        "The army of Mali entered Kidal on Tuesday, Mali's government said. The column had set"
        " out from a camp about 110 km (70 miles) to the south, which the army captured from"
        " the rebels on 12 September."
    )
    captured = _dated(extractor, body)[-1]
    assert captured.place.name != "Southern Mali"


def test_a_town_far_back_in_a_long_sentence_is_not_the_place_of_a_later_event(extractor):
    body = (
        "The rebels claimed to have taken control of a military camp and positions in the town"
        " of Bourem after weeks of fighting against the national army and Wagner mercenaries,"
        " threatening to undermine the 2015 peace agreement with the Malian government."
    )
    (agreement,) = [m for m in _dated(extractor, body) if m.trigger.category == "Agreement"]
    assert (agreement.place.name, agreement.place.geo_precision) == ("Mali", 3)


def test_an_anchored_date_says_what_it_hangs_on(extractor):
    body = (
        "Soldiers detained President Mohamed Bazoum in Niamey in July. "
        "After the coup, the junta renounced the military agreements with France."
    )
    (ended,) = [m for m in _dated(extractor, body) if m.trigger.category == "Agreement ended"]
    assert ended.date.text == "after the coup (in July)"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        (
            "Niger's army said it had arrested the mayor and dissolved the council, in a"
            " statement broadcast on national radio early on Friday.",
            "Arrest",
        ),
        (
            "Niger's interim president has resigned while being held at a military camp outside"
            " the capital, an aide to the vice-president of the country said on Friday.",
            "Resignation",
        ),
        (
            "Mali's military said it had removed President Ibrahim Keita from office, suspended"
            " the constitution and dissolved the cabinet and the parliament, in a statement read"
            " on state television late on Friday.",
            "Coup",
        ),
    ],
)
def test_an_act_announced_in_a_dated_statement_takes_the_statements_date(extractor, body, category):
    """ "said it had suspended the constitution, in a statement read late on Friday": the act
    happened by then, in the days up to the statement (cues.yaml: reporting days); so did the
    other acts the statement tells ("and dissolved the council")."""
    found = _dated(extractor, body)
    assert found[0].trigger.category == category
    assert (found[0].date.date_start, found[0].date.date_end) == (
        date(2023, 9, 13),
        date(2023, 9, 15),
    )
    assert all(date(2023, 9, 13) <= m.date.date_start <= m.date.date_end for m in found)
    assert {m.date.date_end for m in found} == {date(2023, 9, 15)}


@pytest.mark.parametrize(
    ("body", "category", "day", "speaker"),
    [
        (
            "The transitional government announced on Tuesday that Burkina Faso was leaving the"
            " alliance.",
            "Agreement ended",
            date(2023, 9, 12),
            "Government of Burkina Faso",
        ),
        (
            "Niger's junta announced on Wednesday that it was ending the defence cooperation"
            " agreements with France.",
            "Agreement ended",
            date(2023, 9, 13),
            "Government of Niger",
        ),
    ],
)
def test_an_announcement_is_the_event_on_its_own_day_with_its_speaker(
    extractor, body, category, day, speaker
):
    """An announcement reports no earlier act: it is the decision itself (cues.yaml: reporting
    announcing), not a statement about the days before it."""
    (mention,) = _dated(extractor, body)
    assert mention.trigger.category == category
    assert (mention.date.date_start, mention.date.date_end) == (day, day)
    assert speaker in mention.actors


@pytest.mark.parametrize(
    "body",
    [
        "In March, the military government declared that the 2012 defence accord signed with"
        " France in Paris was over.",
        "In March, the junta said the 2012 defence accord with France had ended.",
        "In March, the junta ended the 2012 defence cooperation with France.",
    ],
)
def test_an_agreement_declared_over_is_an_agreement_ended_dated_by_the_declaration(extractor, body):
    """The year before "accord" names the accord; the act is its ending, in March."""
    (mention,) = [m for m in _dated(extractor, body) if m.trigger.category != "Agreement"]
    assert mention.trigger.category == "Agreement ended"
    assert (mention.date.date_start, mention.date.date_end) == (
        date(2023, 3, 1),
        date(2023, 3, 31),
    )


def test_a_standing_state_in_the_present_is_no_event(extractor):
    """ "agreements under which French soldiers are deployed": a state, not a deployment."""
    body = (
        "On 3 August the junta announced that it was ending the defence agreements under which"
        " 1,000 French soldiers are deployed in the country."
    )
    assert [m.trigger.category for m in _dated(extractor, body)] == ["Agreement ended"]


def test_a_district_far_after_the_trigger_in_its_own_clause_is_its_place(extractor):
    body = (
        "A bus came under fire at around noon on Sunday as it drove between the hamlets of"
        " Tiliwet and Kargui, in the Ansongo cercle of the Gao region."
    )
    (attack,) = _dated(extractor, body)
    assert attack.place.name == "Ansongo cercle"


def test_an_act_to_come_and_its_announcement_are_two_events(extractor):
    body = (
        "France will bring home its ambassador to Mali and withdraw its soldiers from the country"
        " by the end of the year, President Emmanuel Macron said on Sunday."
    )
    dates = sorted((str(m.date.date_start), m.status) for m in _dated(extractor, body))
    assert dates == [("2023-09-17", "occurred"), ("2023-12-31", "scheduled")]


def test_a_past_act_reported_on_a_day_is_one_event(extractor):
    body = "France withdrew its troops from Mali last week, Paris said on Sunday."
    assert len(_dated(extractor, body)) == 1


def test_an_acts_own_date_outweighs_the_time_its_when_clause_hangs_on(extractor):
    body = (
        "Raids fell below the level of late 2019 and early 2020, when the army lost 40 men at"
        " Inates in December 2019 and 60 at Ansongo in January 2020."
    )
    lost = [
        (m.place.name, str(m.date.date_start))
        for m in _dated(extractor, body)
        if m.trigger.text.startswith("lost")
    ]
    assert lost == [("Inates", "2019-12-01"), ("Ansongo", "2020-01-01")]


def test_a_dated_act_after_a_semicolon_is_an_event_of_its_own(extractor):
    body = (
        "Last year the army pulled its units out of Kidal; its last soldiers left their camp in"
        " Ansongo on 12 August 2022."
    )
    dates = sorted(str(m.date.date_start) for m in _dated(extractor, body))
    assert dates == ["2022-01-01", "2022-08-12"]


def test_an_item_of_a_list_takes_the_place_and_time_of_its_heading(extractor):
    body = (
        "The report lists these incidents:\n\n"
        "- Ansongo (Ansongo cercle, Gao region), 3-5 August 2023: Armed men, whom residents"
        " described as strangers speaking another language, went through the market and the"
        " surrounding hamlets over several days and executed about 40 men."
    )
    (executed,) = _dated(extractor, body)
    assert executed.place.name == "Ansongo"
    assert _days(executed) == (
        "2023-08-03",
        "2023-08-05",
    )


def test_a_colon_in_running_text_is_no_list_heading(extractor):
    body = "In Ansongo, residents said: gunmen killed 12 people in Gao on 3 August 2023."
    (killed,) = _dated(extractor, body)
    assert killed.place.name == "Gao"


def test_an_act_told_by_two_verbs_takes_the_town_right_by_the_first(extractor):
    body = (
        "On 3 August, gunmen stormed Ansongo, a market town on the river in the Gao region of"
        " the country, in the early afternoon, killing 30 people."
    )
    (killed,) = _dated(extractor, body)
    assert killed.place.name == "Ansongo"


def test_a_region_with_borders_outweighs_a_direction_of_the_country(extractor):
    body = (
        "Soldiers were moving near Tabelot in the Tahoua region of western Niger when an"
        " explosive device went off under their truck on 12 September."
    )
    (bomb,) = _dated(extractor, body)
    assert bomb.place.name == "Tahoua"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a group from a village acts there; a convoy coming from a town was hit elsewhere
        ("On 3 August, youths from the village of Boni clashed with herders.", "Boni"),
        (
            "On 3 August, a convoy returning from the town of Boni was ambushed near Hombori.",
            "Hombori",
        ),
    ],
)
def test_where_people_come_from_is_the_scene_unless_they_were_on_their_way(extractor, body, place):
    assert _dated(extractor, body)[0].place.name == place


def test_a_when_clause_with_an_apposition_takes_the_month_it_hangs_on(extractor):
    body = (
        "Anger had grown since July, when 30 people, most of them soldiers, were killed in an"
        " attack on their post at Ansongo."
    )
    (attack,) = _dated(extractor, body)
    assert _days(attack) == (
        "2023-07-01",
        "2023-07-31",
    )


def test_a_later_date_inside_an_earlier_one_tells_the_same_time_more_exactly(extractor):
    body = (
        "In mid-July, about 20 women were abducted by armed men while fetching water near"
        " Ansongo, in the Gao region, on 14 July."
    )
    (abducted,) = _dated(extractor, body)
    assert str(abducted.date.date_start) == str(abducted.date.date_end) == "2023-07-14"


def test_a_withdrawal_from_a_town_happens_there(extractor):
    body = "On 12 September, the UN mission completed its withdrawal from Tessalit, in Mali."
    (withdrawal,) = _dated(extractor, body)
    assert withdrawal.place.name == "Tessalit"


def test_people_coming_from_a_town_were_attacked_elsewhere(extractor):
    body = "On 12 September, traders coming from Tessalit were attacked in Mali."
    (attack,) = _dated(extractor, body)
    assert attack.place.name == "Mali"


@pytest.mark.parametrize(
    ("body", "days"),
    [
        (
            "Weeks of rallies in Bamako led up to the August 2020 coup against the president.",
            (date(2020, 8, 1), date(2020, 8, 31)),
        ),
        (
            "Western partners have left Niger one by one since the July 26 coup in Niamey.",
            (date(2023, 7, 26), date(2023, 7, 26)),
        ),
    ],
)
def test_a_date_before_an_event_noun_dates_that_event(extractor, body, days):
    (coup,) = [m for m in _dated(extractor, body) if m.trigger.category == "Coup"]
    assert (coup.date.date_start, coup.date.date_end) == days


def test_a_decision_takes_the_day_of_the_statement_that_makes_it_public(extractor):
    body = (
        "In a communique read on Friday, Burkina Faso's junta suspended the activities of all"
        " political parties."
    )
    (ban,) = _dated(extractor, body)
    assert (ban.date.date_start, ban.date.date_end) == (date(2023, 9, 15), date(2023, 9, 15))


def test_a_timeline_s_date_heading_dates_the_events_of_its_paragraph(extractor):
    body = (
        "The junta's quarrels with its neighbours have piled up.\n\n"
        "4 August. Soldiers detained the governor of the Sahel region in Dori.\n\n"
        "21 August. The government suspended a foreign television channel."
    )
    dated = {m.trigger.category: m.date.date_start for m in _dated(extractor, body)}
    assert dated["Arrest"] == date(2023, 8, 4)
    assert dated["Ban"] == date(2023, 8, 21)


@pytest.mark.parametrize(
    ("body", "days"),
    [
        (  # a decision in force since a day was taken on that day
            "Niger has been under sanctions of the regional bloc since 30 July.",
            (date(2023, 7, 30), date(2023, 7, 30)),
        ),
        (  # a toll counted since a day is a tally over the days since
            "Attacks on villages in Niger have killed 300 people since 30 July.",
            (date(2023, 7, 30), date(2023, 9, 18)),
        ),
    ],
)
def test_since_a_day_dates_a_decision_to_that_day_and_a_tally_to_the_days_since(
    extractor, body, days
):
    (mention,) = _dated(extractor, body)
    assert (mention.date.date_start, mention.date.date_end) == days


def test_a_short_sentence_that_sets_the_day_dates_the_act_told_next(extractor):
    body = (
        "The news from the Gourma has been grim for weeks, and it worsened in the new year.\n\n"
        "The worst came on Tuesday, 5 January. Four gendarmes were killed when their pick-up"
        " ran over a landmine on the track from Boni to Hombori."
    )
    (mine,) = _dated(extractor, body, published=date(2021, 1, 12))
    assert (mine.trigger.event_type, str(mine.date.date_start)) == (
        "Explosions/Remote violence",
        "2021-01-05",
    )


def test_a_long_sentence_with_a_date_does_not_date_the_next_one(extractor):
    body = (
        "The commander of the region, who had visited the camp on Tuesday, 5 January, said that"
        " the garrison was well supplied and that the roads around the town were safe again.\n\n"
        "Four gendarmes were killed when their pick-up ran over a landmine near Hombori."
    )
    found = _dated(extractor, body, published=date(2021, 3, 12))
    assert "2021-01-05" not in [str(m.date.date_start) for m in found]


def test_killed_on_a_day_in_an_ambush_is_one_event_at_the_ambush(extractor):
    body = (
        "Gunmen killed ten herders in Hombori on Monday. Four soldiers were killed on Tuesday"
        " in an ambush near Boni."
    )
    found = _dated(extractor, body, published=date(2021, 1, 8))
    assert [(m.place.name, str(m.date.date_start), m.fatalities) for m in found] == [
        ("Hombori", "2021-01-04", 10),
        ("Boni", "2021-01-05", 4),
    ]


def test_an_office_taken_over_is_no_territory_but_a_town_is(extractor):
    body = (
        "On Monday, the general also took over the interior ministry. On Tuesday, jihadists took"
        " over the town of Hombori."
    )
    found = _dated(extractor, body, published=date(2022, 9, 28))
    assert [(m.trigger.category, m.place.name) for m in found] == [("Territory seized", "Hombori")]


def test_an_act_whose_summary_noun_stands_for_it_takes_the_verbs_date(extractor):
    body = (
        "The convoy was attacked on Monday near Djibo. A driver was arrested in Kaya. Soldiers"
        " went back to their base. In April, militants killed 50 herders in Arbinda, one of the"
        " worst massacres since the war began."
    )
    found = _dated(extractor, body, published=date(2022, 9, 28))
    arbinda = [m for m in found if m.place.name == "Arbinda"]
    assert [(str(m.date.date_start), m.fatalities) for m in arbinda] == [("2022-04-01", 50)]


def test_an_act_some_days_after_which_another_is_dated_is_counted_back(extractor):
    body = (
        "Gendarmes found the missing teacher alive near Hombori on Saturday morning, a week"
        " after gunmen had kidnapped him in Boni."
    )
    found = _dated(extractor, body, published=date(2020, 10, 31))
    kidnapped = next(m for m in found if m.trigger.category == "Abduction")
    assert str(kidnapped.date.date_start) == "2020-10-24"


def test_a_date_counted_back_past_nothing_leaves_the_act_its_own_date(extractor):
    body = "Two days after the attack on Boni, the army retook the town on 3 March."
    found = _dated(extractor, body, published=date(2020, 10, 31))
    retaken = next(m for m in found if m.trigger.category == "Territory retaken")
    assert str(retaken.date.date_start) == "2020-03-03"


def test_aid_workers_and_their_guide_killed_are_civilians(extractor):
    body = "On Monday, gunmen killed six aid workers, their guide and their driver near Niamey."
    (killed,) = _dated(extractor, body, published=date(2020, 10, 31))
    assert killed.trigger.event_type == "Violence against civilians"


def test_an_attack_by_jihadists_on_a_village_is_violence_against_civilians(extractor):
    body = "Monday's raid by fighters on a village north of Djibo left eleven dead."
    (attack,) = _dated(extractor, body, published=date(2019, 1, 4))
    assert attack.trigger.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "body",
    [
        "On Monday, the foreign minister summoned the French ambassador to protest.",
        "On Monday, the government recalled its ambassador in protest.",
        "On Monday, a convoy of trucks entered Mali from Senegal.",
    ],
)
def test_a_purpose_or_a_country_entered_is_no_event_of_its_own(extractor, body):
    found = _dated(extractor, body, published=date(2023, 11, 15))
    assert not {"Protest", "Deployment"} & {m.trigger.category for m in found}


def test_troops_entering_a_town_and_taking_it_is_one_gain_with_its_day_and_town(extractor):
    body = "Malian troops entered Bourem yesterday, taking the town from the rebels who held it."
    (taken,) = _dated(extractor, body, published=date(2023, 11, 15))
    assert (taken.trigger.sub_event_type, str(taken.date.date_start), taken.place.name) == (
        "Government regains territory",
        "2023-11-14",
        "Bourem",
    )


def test_two_days_joined_by_and_are_one_span(extractor):
    body = "Students marched on Friday. Rival militias fought on Saturday and Sunday near Kayes."
    found = _dated(extractor, body, published=date(2020, 7, 13))
    clashes = [m for m in found if m.sentence_index == 1]
    assert [_days(m) for m in clashes] == [("2020-07-11", "2020-07-12")]


def test_an_undated_lead_during_a_weekly_rite_took_place_on_its_day(extractor):
    body = "Gunmen have killed a priest and five worshippers during Sunday Mass near Djibo."
    (killed,) = _dated(extractor, body, published=date(2019, 5, 13))
    assert _days(killed) == ("2019-05-12", "2019-05-12")


def test_a_mayor_shot_dead_in_an_ambush_is_a_civilian_killed(extractor):
    body = (
        "Police arrested two men in Kaya. Before that, Adama Kindo, a local councillor, was shot"
        " dead on Sunday outside his home in Djibo."
    )
    found = _dated(extractor, body, published=date(2019, 11, 7))
    ambush = next(m for m in found if m.sentence_index == 1)
    assert (ambush.trigger.event_type, ambush.fatalities) == ("Violence against civilians", 1)


def test_a_camp_some_kilometres_from_a_town_is_placed_near_it(extractor):
    (attack,) = _dated(extractor, "On Monday gunmen attacked a camp 30 km from Dori.")
    assert (attack.place.name, attack.place.geo_precision) == ("Dori", 2)


def test_months_after_an_act_told_in_the_present_count_back_from_publication(extractor):
    body = "Eight months after she was deposed, the former head of state remains under guard."
    found = _dated(extractor, body, published=date(2024, 6, 15))
    deposed = next(m for m in found if m.trigger.category == "Coup")
    assert _days(deposed) == (
        "2023-10-01",
        "2023-10-31",
    )


def test_a_reported_lead_takes_the_days_up_to_the_statement_in_its_sentence(extractor):
    body = (
        "The junta said Thursday that it had foiled an attempted coup, hours after shots rang out"
        " near the palace in Bamako. Banks stayed shut. Roads were empty."
    )
    found = _dated(extractor, body, published=date(2021, 4, 3))
    foiled = next(m for m in found if m.trigger.category == "Plot foiled")
    assert _days(foiled) == ("2021-03-30", "2021-04-01")
    assert not [m for m in found if m.trigger.category == "Coup"]  # a foiled coup is none


def test_where_a_freed_man_flew_to_is_not_where_he_was_freed(extractor):
    body = (
        "Soldiers arrested a man in Niamey. A reporter held for a year by the police was"
        " released in May and flew to Lomé."
    )
    found = _dated(extractor, body, published=date(2024, 6, 15))
    released = next(m for m in found if m.trigger.category == "Release")
    assert released.place.iso3 == "NER"


def test_the_sahel_region_of_an_article_about_burkina_faso_is_its_region(extractor):
    body = (
        "Soldiers arrested a man in Djibo, Burkina Faso. In May, a bus was set on fire near the"
        " hamlet of Tiabewal, in the Sahel region."
    )
    found = _dated(extractor, body, published=date(2021, 12, 8))
    ambush = next(m for m in found if m.sentence_index == 1)
    assert (ambush.place.name, ambush.place.iso3) == ("Sahel", "BFA")


def test_mourners_gathered_at_a_funeral_are_no_protest(extractor):
    body = "On Friday, hundreds of mourners gathered for the funeral of the victims in Djibo."
    assert [m.trigger.event_type for m in _dated(extractor, body)] == []


def test_an_event_naming_no_place_takes_the_region_the_sentence_before_set(extractor):
    body = (
        "Soldiers arrested two men in Bamako. Traders left. Trouble has spread across the Mopti"
        " region this year. In March, gunmen killed 12 herders and stole their cattle."
    )
    found = _dated(extractor, body, published=date(2023, 9, 18))
    killed = next(m for m in found if m.sentence_index == 3)
    assert (killed.place.name, killed.place.feature) == ("Mopti", "admin1")


@pytest.mark.parametrize(
    "body",
    [
        "On Monday, cattle and grain were taken from their homes in Djibo.",
        "On Monday, aid trucks entered Djibo for the first time in months.",
        "On Monday, Air France suspended flights to Bamako.",
        "On Monday, witnesses agreed on the number of dead in Djibo.",
        "On Monday, a storm hit Djibo, leaving many families homeless.",
        "On Monday, a flood swept through Djibo, leaving 12 people dead.",
        "On Monday, police in Dori said they had neutralised the threat of a bomb.",
    ],
)
def test_words_of_an_act_done_by_or_to_the_wrong_side_tell_no_event(extractor, body):
    assert not _dated(extractor, body)


def test_a_lead_naming_no_place_happened_in_the_one_town_of_the_headline(extractor):
    body = "Gunmen killed 12 traders on Sunday, officials said. The army sent reinforcements."
    article = Article(
        article_id="a", title="Twelve traders killed in Djibo", published=PUBLISHED, body=body
    )
    killed = next(m for m in extractor.extract(article).mentions if m.sentence_index == 0)
    assert killed.place.name == "Djibo"
    untitled = next(m for m in _dated(extractor, body) if m.sentence_index == 0)
    assert untitled.place is None


def test_a_capital_speaking_in_the_headline_is_not_the_scene_of_the_lead(extractor):
    body = "Gunmen killed 12 traders on Sunday, officials said. The army sent reinforcements."
    article = Article(
        article_id="a",
        title="Bamako vows response after traders killed in the north",
        published=PUBLISHED,
        body=body,
    )
    killed = next(m for m in extractor.extract(article).mentions if m.sentence_index == 0)
    assert killed.place is None or killed.place.name != "Bamako"


def test_the_wounded_evacuated_to_a_town_leave_the_attack_where_it_was(extractor):
    body = (
        "On Monday, gunmen attacked a village near Tera. The wounded were evacuated to Niamey on"
        " Monday."
    )
    found = _dated(extractor, body)
    assert {m.place.name for m in found if m.trigger.event_type != "Strategic developments"} == {
        "Téra"
    }


def test_a_kidnapping_word_qualifying_a_noun_keeps_the_act_it_stands_for(extractor):
    body = "On Monday, gunmen stormed a church in Djibo and took away the kidnapped worshippers."
    assert [m.place.name for m in _dated(extractor, body)] == ["Djibo"]
