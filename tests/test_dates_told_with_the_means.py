"""A date told inside the phrase of how an act was done is the act's when older than the news
("In the attack on Ogossagou in March, militiamen killed"), never through a verb ("a base built
in 2019") nor a recent one the lead rules date; the day of an act a noun names ("the massacre
of 23rd March") is past; an act told as "another" is no retelling of the lead's."""

from datetime import date

from mention_types import days_of, mentions_of, only_mention

from pipeline.merge import merge_mentions

PUBLISHED = date(2022, 8, 27)
LEAD = (
    "Unidentified gunmen killed six people in an attack on a convoy from the Boungou gold mine in"
    " eastern Burkina Faso, the army said on Saturday.\n\n"
)


def test_a_month_in_the_phrase_of_the_means_dates_the_act(extractor):
    body = LEAD + (
        "In the attack on Ogossagou in March, suspected militiamen from a rival group killed more"
        " than 150 civilians."
    )
    killed = only_mention(mentions_of(PUBLISHED, extractor, body), "killed more")
    assert days_of(killed) == (date(2022, 3, 1), date(2022, 3, 31))


def test_a_year_told_of_a_participle_does_not_date_the_act(extractor):
    body = LEAD + "Two soldiers were killed in an attack on a base built in 2019 near Boni."
    found = mentions_of(PUBLISHED, extractor, body)
    assert all(m.date.date_start.year == 2022 for m in found)


def test_a_year_in_a_clause_of_its_own_does_not_date_the_act(extractor):
    body = LEAD + (
        "The withdrawal comes as jihadist attacks continue in the west of the country, where"
        " dozens of soldiers have been killed this year in ambushes."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert not [m for m in found if m.trigger.text == "attacks" and m.date.date_start.year < 2022]


def test_the_day_of_an_act_a_noun_names_is_past(extractor):
    body = (
        "For him, the government is to be blamed for the Ogossagou massacre of 23rd March which"
        " left 160 dead."
    )
    massacre = only_mention(mentions_of(date(2019, 4, 5), extractor, body), "massacre")
    assert days_of(massacre) == (date(2019, 3, 23), date(2019, 3, 23))


def test_another_attack_told_after_the_lead_is_another_event(extractor):
    body = (
        "Gunmen killed at least 100 people in Solhan on Friday night.\n\n"
        "In another attack on Friday evening, 14 people were reportedly killed in the village of"
        " Tadaryat, about 150 km north of Solhan."
    )
    events = merge_mentions(mentions_of(date(2021, 6, 6), extractor, body))
    assert sorted(e.fatalities for e in events) == [14, 100]
