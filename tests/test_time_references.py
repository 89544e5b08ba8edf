"""An event named only to say when another happened ("six days before the massacre") is not
the event the sentence tells, and gives that sentence's date away to no one."""

from datetime import date

from mention_types import mentions_of

PUBLISHED = date(2023, 8, 26)


def test_an_event_named_as_a_time_does_not_stand_for_the_act_told_after_it(extractor):
    body = (
        "Gunmen massacred 160 villagers in Ogossagou on 23 March. Six days before the massacre,"
        " militants stormed the army camp at Dioura, killing more than 20 soldiers."
    )
    found = mentions_of(date(2019, 3, 25), extractor, body)
    stormed = [m for m in found if m.sentence_index == 1]
    assert [(m.trigger.text, m.trigger.event_type) for m in stormed] == [("stormed", "Battles")]


def test_the_date_after_an_event_named_as_a_time_belongs_to_the_sentence_s_own_act(extractor):
    body = (
        "Soldiers overthrew President Bazoum on July 26. Days after the coup, on July 30, "
        "thousands of demonstrators marched on the French embassy in Niamey."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert [(m.trigger.category, m.date.date_start) for m in found] == [
        ("Coup", date(2023, 7, 26)),
        ("Protest", date(2023, 7, 30)),
    ]


def test_the_date_an_earlier_attack_is_counted_from_still_dates_the_sentence_s_own_act(extractor):
    body = (
        "On 8 January a suicide bomber struck a convoy near Gossi. Bambara-Maoudé (Timbuktu"
        " region): five days after the Gossi attack, on 13 January, four peacekeepers were"
        " killed and five wounded when their convoy was hit by an improvised explosive device"
        " and then came under fire."
    )
    found = mentions_of(date(2021, 2, 1), extractor, body)
    bombs = [m for m in found if m.trigger.category == "Explosive device"]
    assert [m.date.date_start for m in bombs] == [date(2021, 1, 13)]


def test_the_first_attack_an_article_tells_is_dated_by_its_own_far_date(extractor):
    body = (
        "Anger has grown since the attack on the gendarmerie detachment at Inata, in the"
        " province of Soum, on Sunday 14 November."
    )
    found = mentions_of(date(2021, 11, 28), extractor, body)
    assert [(m.trigger.text, m.date.date_start) for m in found] == [("attack", date(2021, 11, 14))]
