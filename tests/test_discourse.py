"""What a sentence takes from the others: a place named where the text refers back, a toll."""

from datetime import date

import pytest

from pipeline.extract import Extractor
from pipeline.knowledge import load_knowledge
from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)


@pytest.fixture(scope="module")
def extractor(gazetteer, parser) -> Extractor:
    return Extractor(load_knowledge(), gazetteer, parser=parser)


def _mentions(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return extractor.extract(article).mentions


def test_the_attack_took_place_near_gives_its_town_to_the_attack(extractor):
    body = (
        "Gunmen attacked a convoy in western Niger on Tuesday, killing 12 soldiers. "
        "The attack took place near Tera."
    )
    (attack,) = _mentions(extractor, body)
    assert attack.place.name == "Téra"
    assert attack.fatalities == 12


def test_a_later_toll_updates_the_count_rather_than_adding_to_it(extractor):
    body = (
        "Militants killed at least 30 civilians in Seytenga on Sunday. The death toll rose to 79."
    )
    (attack,) = _mentions(extractor, body)
    assert attack.fatalities == 79


def test_an_act_and_its_toll_after_a_comma_are_one_event(extractor):
    body = "On Tuesday, gunmen attacked the village of Seytenga, killing 12 people."
    assert len(_mentions(extractor, body)) == 1


def test_leaving_people_wounded_is_the_outcome_not_a_withdrawal(extractor):
    body = "On 16 May, farmers and herders clashed in Djibo, leaving four wounded."
    assert [m.trigger.category for m in _mentions(extractor, body)] == ["Armed clash"]


def test_what_people_protest_against_is_not_an_event(extractor):
    body = "On 12 January, thousands of residents marched in Dori to protest against massacres."
    assert [m.trigger.category for m in _mentions(extractor, body)] == ["Protest"]


def test_a_date_on_the_statement_dates_the_event_to_the_days_up_to_it(extractor):
    body = "Gunmen killed 12 people in Boni, the army said on Wednesday."  # Wed 2023-09-13
    (attack,) = _mentions(extractor, body)
    assert (attack.date.date_start, attack.date.date_end) == (date(2023, 9, 11), date(2023, 9, 13))
    assert attack.date.precision == "range"


def test_a_statement_opening_the_sentence_dates_the_event_it_reports(extractor):
    body = "In a statement on Friday, the army said troops had arrested 51 suspects in Djibo."
    (arrest,) = _mentions(extractor, body)  # Friday 2023-09-15
    assert (arrest.date.date_start, arrest.date.date_end) == (date(2023, 9, 13), date(2023, 9, 15))


def test_a_date_opening_a_statement_dates_the_event_it_reports(extractor):
    body = "On Wednesday, the army said gunmen had killed 12 people in Boni."
    (attack,) = _mentions(extractor, body)  # Wednesday 2023-09-13
    assert (attack.date.date_start, attack.date.date_end) == (date(2023, 9, 11), date(2023, 9, 13))


def test_an_event_dated_in_its_own_clause_keeps_its_day(extractor):
    body = "Gunmen killed 12 people in Boni on Sunday, the army said on Wednesday."
    (attack,) = _mentions(extractor, body)  # Sunday 2023-09-17
    assert (attack.date.date_start, attack.date.date_end) == (date(2023, 9, 17), date(2023, 9, 17))


def test_a_statement_dated_at_the_end_of_the_sentence_dates_what_it_announces(extractor):
    body = (
        "The military said it had suspended the constitution and dissolved the government "
        "and the National Assembly, in a statement read on state television late on Monday."
    )
    coup = next(m for m in _mentions(extractor, body) if m.trigger.category == "Coup")
    # published Monday 2023-09-18: the takeover happened in the days up to the statement
    assert (coup.date.date_start, coup.date.date_end) == (date(2023, 9, 16), date(2023, 9, 18))


def test_late_that_night_counts_from_the_event_told_before_not_the_last_date_written(extractor):
    body = (
        "Soldiers detained the president in Niamey on Wednesday. The president, who turned 63 "
        "on 1 January, stayed in his residence. Late that night, officers suspended the "
        "constitution."
    )
    (suspension,) = [m for m in _mentions(extractor, body) if "suspended" in m.trigger.text]
    assert suspension.date.date_start == suspension.date.date_end == date(2023, 9, 13)
