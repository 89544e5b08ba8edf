"""The lead's event takes the day and the town that the next sentences tell of it."""

from datetime import date

import pytest

from pipeline.merge import merge_mentions
from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)  # a Monday: Saturday is the 16th, Sunday the 17th


def _mentions(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return extractor.extract(article).mentions


def _days(mention):
    return mention.date.date_start, mention.date.date_end


def test_the_lead_takes_the_day_and_town_told_next_and_makes_one_event_with_it(extractor):
    body = (
        "At least 20 people were killed when gunmen attacked a bus in northern Burkina Faso,"
        " the authorities said. The bus came under fire on Saturday near Djibo as it travelled"
        " south towards the capital."
    )
    mentions = _mentions(extractor, body)
    lead = mentions[0]
    assert _days(lead) == (date(2023, 9, 16), date(2023, 9, 16))
    assert lead.place.name == "Djibo"
    (event,) = merge_mentions(list(mentions))
    assert event.event_type == lead.trigger.event_type
    assert (event.date_start, event.place.name, event.fatalities) == (
        date(2023, 9, 16),
        "Djibo",
        20,
    )


@pytest.mark.parametrize(
    "second",
    [
        "Gunmen attacked a village near Djibo in 2019.",
        "Gunmen attacked a village near Djibo last year.",
        "The killings came two days after gunmen attacked a village near Djibo on Saturday.",
        "The army said it killed 20 of the gunmen near Djibo on Saturday in retaliation.",
    ],
)
def test_a_date_from_background_or_another_event_is_not_the_lead_s(extractor, second):
    body = f"Gunmen killed 15 villagers in northern Burkina Faso, officials said. {second}"
    lead = _mentions(extractor, body)[0]
    assert lead.sentence_index == 0
    assert (lead.date.date_end - lead.date.date_start).days == 2  # the days up to publication
    assert lead.place.name == "Northern Burkina Faso"


def test_an_event_of_another_kind_told_next_gives_the_lead_neither_day_nor_town(extractor):
    body = (
        "Soldiers killed 10 civilians in northern Mali, residents said. Hundreds of people"
        " protested in Gao on Saturday against the killings."
    )
    lead = _mentions(extractor, body)[0]
    assert (lead.date.date_end - lead.date.date_start).days == 2
    assert lead.place.name == "Northern Mali"


def test_a_lead_told_as_announced_takes_the_date_of_the_statement_told_next(extractor):
    body = (
        "Niger's junta has announced that it is leaving the regional bloc with immediate effect."
        " In a statement read on Sunday on state television, a spokesman said the bloc had"
        " betrayed its founders."
    )
    (lead,) = _mentions(extractor, body)
    assert _days(lead) == (date(2023, 9, 15), date(2023, 9, 17))  # the days up to Sunday


def test_the_lead_takes_the_town_of_the_thing_it_introduced(extractor):
    body = (
        "Three people were killed in western Niger on Saturday when protesters blocked an army"
        " convoy, the ministry said. The convoy had stopped for the night in Tera, near the"
        " border."
    )
    lead = _mentions(extractor, body)[0]
    assert lead.place.name == "Téra"


def test_a_town_in_a_sentence_that_does_not_refer_back_leaves_the_lead_s_place(extractor):
    body = (
        "Three people were killed in western Niger on Saturday when protesters blocked an army"
        " convoy, the ministry said. Many traders live in Tera, near the border."
    )
    lead = _mentions(extractor, body)[0]
    assert lead.place.name == "Western Niger"


def test_a_town_outside_the_lead_s_region_is_not_its_place(extractor):
    body = (
        "Gunmen killed 15 villagers in northern Burkina Faso, officials said. Gunmen also"
        " attacked a market near Bobo-Dioulasso on Saturday."
    )
    lead = _mentions(extractor, body)[0]
    assert lead.place.name == "Northern Burkina Faso"
    assert (lead.date.date_end - lead.date.date_start).days == 2


@pytest.mark.parametrize(
    ("lead", "dated"),
    [
        ("Fighting in northern Burkina Faso has forced thousands from their homes.", False),
        ("Fifty soldiers have been killed in fighting in northern Burkina Faso.", True),
    ],
)
def test_a_lasting_state_takes_a_day_only_when_a_toll_makes_it_one_battle(extractor, lead, dated):
    body = f"{lead} Gunmen attacked an army base near Djibo on Saturday."
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    found = extractor.extract(article)
    fighting = next(m for m in [*found.mentions, *found.undated] if m.sentence_index == 0)
    assert (fighting.date is not None) == dated


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Shortly before dawn on Saturday, armed men slipped into the town of Djibo.", 16),
        # a sentence that tells an event keeps its day to itself
        ("On Saturday, gunmen attacked a post near Kaya.", None),
    ],
)
def test_an_undated_lead_takes_the_day_the_sentence_before_sets(extractor, opening, day):
    body = f"{opening} One group stormed the gendarmerie camp in Djibo."
    (stormed,) = [m for m in _mentions(extractor, body) if "stormed" in m.trigger.text]
    expected = (date(2023, 9, day),) * 2 if day else (date(2023, 9, 16), PUBLISHED)
    assert _days(stormed) == expected


def test_an_undated_lead_takes_the_day_told_next_to_its_town(extractor):
    body = (
        "Two engineers held by jihadists for a year have been released and flown to Niamey,"
        " officials said. Looking thin, the pair landed in Niamey on Saturday evening and were"
        " taken to a hospital."
    )
    lead = _mentions(extractor, body)[0]
    assert _days(lead) == (date(2023, 9, 16), date(2023, 9, 16))


def test_a_day_told_apart_from_the_lead_s_town_does_not_date_it(extractor):
    body = (
        "Two engineers held by jihadists for a year have been released and flown to Niamey,"
        " officials said. Their families, who live far from Niamey, heard the news on Saturday."
    )
    lead = _mentions(extractor, body)[0]
    assert lead.date is None or _days(lead) != (date(2023, 9, 16), date(2023, 9, 16))


# a lead and its background, so that the act told next is no longer the lead's
BACKGROUND = (
    "Militants attacked a convoy near Djibo on Friday, the army said. The convoy was carrying"
    " food. The road has been cut for months. Several drivers were hurt. Aid groups are worried."
)


def test_an_undated_act_takes_the_days_up_to_the_statement_told_next(extractor):
    body = (
        f"{BACKGROUND} Later, the junta suspended all political parties. In a statement"
        " read on state radio on Saturday, a spokesman cited threats to public order."
    )
    ban = next(m for m in _mentions(extractor, body) if m.trigger.category == "Ban")
    assert _days(ban) == (date(2023, 9, 14), date(2023, 9, 16))


def test_a_next_sentence_telling_its_own_event_does_not_date_the_act(extractor):
    body = (
        f"{BACKGROUND} Later, the junta suspended all political parties. On Saturday, gunmen"
        " killed four traders in Dori, a spokesman said."
    )
    assert "Ban" not in [m.trigger.category for m in _mentions(extractor, body)]  # undated


@pytest.mark.parametrize(
    "second",
    [
        "The decision was taken on Saturday at a summit in Accra.",
        "The resolution, adopted on Saturday in New York, ends the mandate.",
    ],
)
def test_an_undated_decision_takes_the_day_the_decision_told_next_was_taken(extractor, second):
    body = f"The regional bloc has lifted the sanctions it imposed on Mali. {second}"
    lifted = [m for m in _mentions(extractor, body) if m.sentence_index == 0]
    assert lifted and all(_days(m) == (date(2023, 9, 16),) * 2 for m in lifted)


def test_a_decision_told_next_does_not_date_an_attack(extractor):
    body = (
        "Gunmen have killed twelve villagers in central Mali, officials said."
        " The decision was taken on Saturday to send more troops to the area."
    )
    (attack,) = [m for m in _mentions(extractor, body) if m.sentence_index == 0]
    assert _days(attack) != (date(2023, 9, 16),) * 2


def test_the_attackers_told_again_give_the_lead_its_day_and_town_not_the_statement_s(extractor):
    body = (
        "Gunmen raided two hamlets in northern Burkina Faso, killing 14 herders, local officials"
        " said. The assailants struck near Djibo on Saturday evening and drove off the cattle,"
        " according to a statement released on Monday by the regional governor."
    )
    lead = _mentions(extractor, body)[0]
    assert lead.sentence_index == 0
    assert _days(lead) == (date(2023, 9, 16), date(2023, 9, 16))
    assert lead.place.name == "Djibo"


def test_a_sentence_about_others_gives_the_lead_no_day(extractor):
    body = (
        "Gunmen raided two hamlets in northern Burkina Faso, killing 14 herders, local officials"
        " said. The farmers fled to Djibo on Saturday evening, a statement said on Monday."
    )
    lead = _mentions(extractor, body)[0]
    assert (lead.date.date_end - lead.date.date_start).days >= 2
    assert lead.place.name == "Northern Burkina Faso"


def test_a_lead_summed_up_as_one_of_the_deadliest_attacks_is_still_told(extractor):
    body = (
        "Gunmen on motorbikes stormed a market town in northern Burkina Faso, killing at least"
        " 30 traders, in one of the deadliest attacks on civilians in the region."
    )
    mentions = _mentions(extractor, body)
    assert [m.sentence_index for m in mentions] == [0]
    assert mentions[0].trigger.event_type == "Violence against civilians"
    assert mentions[0].fatalities == 30


def test_events_of_the_lead_s_week_with_no_place_happened_in_the_lead_s_town(extractor):
    body = (
        "Calm returned to Ouagadougou on Monday after two days of unrest in which five people"
        " were killed. Protesters marched on Saturday to demand the release of an activist."
        " In March, soldiers clashed with militants."
    )
    mentions = _mentions(extractor, body)
    march = next(m for m in mentions if m.trigger.event_type == "Protests")
    assert march.place.name == "Ouagadougou"
    older = next(m for m in mentions if m.date.date_start.month == 3)
    assert older.place.feature == "country"


def test_an_event_first_told_as_the_noun_then_the_verb_is_told(extractor):
    body = (
        "Local elections in Burkina Faso were overshadowed by the abduction of a candidate, who"
        " was seized by gunmen while campaigning near Djibo on 12 August."
    )
    (abduction,) = _mentions(extractor, body)
    assert abduction.trigger.sub_event_type == "Abduction/forced disappearance"
    assert _days(abduction) == (date(2023, 8, 12), date(2023, 8, 12))
    assert abduction.place.name == "Djibo"


def test_a_day_told_right_after_the_lead_dates_it_even_a_week_before_the_story(extractor):
    body = (
        "A well-known activist was seized by unidentified men in Ouagadougou, his colleagues say."
        " He was kidnapped on Friday 1 December as he left the passport office."
    )
    article = Article(article_id="a", title="Test", published=date(2023, 12, 8), body=body)
    lead = extractor.extract(article).mentions[0]
    assert (lead.date.date_start, lead.date.date_end) == (date(2023, 12, 1), date(2023, 12, 1))
