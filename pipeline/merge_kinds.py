"""What two reports must share to be one event, beyond their dates and places: the kinds of act
they may be told as, whether a battle names both its sides, whether violence is told of a whole
country over a month, whether two words of one sentence tell one act."""

import re

from pipeline.coding import ATTACK
from pipeline.contract import AGAINST_CIVILIANS, BATTLES, VIOLENT_TYPES
from pipeline.records import EventMention

# violence told of a whole country over a month or more ("in December a police vehicle was
# attacked") is not another article's event told to the day
WIDE_REPORT_DAYS = 28

# ACLED's names of a state's forces ("Military Forces of Niger", "Police Forces of Mali")
STATE_FORCES = re.compile(r"(?:Military|Police) Forces of ")
CIVILIANS = "Civilians ("  # ACLED's name of civilians as a side: "Civilians (Mali)"
ON_CIVILIANS = "Attack on civilians"  # the triggers.csv category of "attacked villages"


def kinds_told_as(m: EventMention) -> frozenset[str]:
    """The categories of act a mention may be told as: its own, and for an attack its words
    leave untyped that its frame found was on civilians, the attack on civilians another article
    tells ("armed men attacked villages in the Tillia department" and "137 people were killed
    in an attack in the Tahoua region"); within an article, its words keep acts apart ("Earlier
    this month, gunmen opened fire inside a church")."""
    category = m.trigger.category
    if category == ATTACK and m.trigger.event_type == AGAINST_CIVILIANS:
        return frozenset({category, ON_CIVILIANS})
    return frozenset({category})


def fought(mention: EventMention) -> bool:
    """A battle with both its sides named, one of them the state's forces (not a battle only by
    default, "the attack", nor one whose second name is a person: "killed in an ambush ... Oumar
    Traoré, chief of staff of Colonel Assimi Goïta"), nor one whose dead are summed up with
    civilians' ("twenty civilians and five soldiers were killed in an attack")."""
    return (
        mention.trigger.event_type == BATTLES
        and len(mention.actors) > 1
        and any(STATE_FORCES.match(name) for name in mention.actors)
        and not any(name.startswith(CIVILIANS) for name in mention.actors)
    )


def wide_in_country(mention: EventMention) -> bool:
    """Violence told of a whole country for a month or more ("in December a police vehicle
    ..."); only violence: a country's decision is rightly told of the whole country ("Nigeria
    reopened its border in March")."""
    start, end = mention.date.date_start, mention.date.date_end
    wide = (end - start).days >= WIDE_REPORT_DAYS and mention.place.feature == "country"
    return wide and mention.trigger.event_type in VIOLENT_TYPES


def one_act_of_a_sentence(mentions: list[EventMention], mention: EventMention) -> bool:
    """Whether violence of one type, kind and day that one sentence tells by two words is one
    act ("killed at least 100 civilians on Jan. 2 in raids on two villages in the Tillabery
    region"), unless each word names another doer ("soldiers executed 30 civilians, while
    jihadists killed 12 villagers in raids")."""
    told = (mention.article_id, mention.sentence_index)
    return (
        mention.trigger.event_type in VIOLENT_TYPES
        and mention.date.precision == "day"
        and all(
            (m.article_id, m.sentence_index) == told
            and m.trigger.event_type == mention.trigger.event_type
            and m.trigger.sub_event_type == mention.trigger.sub_event_type
            and (not m.actors or not mention.actors or m.actors[0] == mention.actors[0])
            for m in mentions
        )
    )
