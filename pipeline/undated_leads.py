"""Undated acts of a lead: the days up to publication, the day of the weekly rite they name, or
the day of the past violent act the lead told just before them."""

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.dates.calendar import weekday_date
from pipeline.dates.patterns import WEEKDAYS, WEEKLY_NOUNS
from pipeline.discourse import NO_DATE, lead_week
from pipeline.records import DateMention, EventMention
from pipeline.textnorm import fold

# a lead with no date tells what happened the day of publication or just before (wire reports
# come out within a day or two); a wider window is more often wrong than right
LEAD_NEWS_DAYS = 3
ENGLISH_DAYS = "|".join(d for d in WEEKDAYS if d.endswith("day"))
RITE = re.compile(rf"\b(?P<day>{ENGLISH_DAYS})(?={WEEKLY_NOUNS.pattern})")


def date_leads(
    found: list[EventMention], published: date, lead: int, answers: tuple[str, ...] = ()
) -> list[EventMention]:
    """Date an undated event of the lead (the first `lead` sentences) from the publication date.

    News leads report what just happened: with no date in the text, the event lies in the
    LEAD_NEWS_DAYS up to the publication day, a `range` (no calendar unit is claimed); but a
    violent act after a lead's first violent act of a day before the week up to publication is
    part of it and takes its day.
    A lasting state ("the insurgency") did not begin that week and stays undated, and so do an
    act the news answers (`answers`: "in retaliation after a group killed 23 soldiers") and one
    told in an aside (", which ordered the expulsion of the ambassador after the coup,").
    """
    result: list[EventMention] = []
    week_start = lead_week(published)[0]
    first: EventMention | None = None  # the lead's first violent act, as dated before this pass
    for m in found:
        undated = m.date is None and m.date_rule == NO_DATE
        told_aside = answered(m, answers) or in_an_aside(m)
        if undated and m.sentence_index < lead and not m.lasting and not told_aside:
            told = _past_act_told_before(m, first, week_start)
            if told is not None:
                rule = f"{PAST_LEAD} ({told.date.text!r})"
                m = replace(m, date=told.date, date_rule=rule)
            else:
                m = replace(m, **_lead_date(m.sentence, published))
        if first is None and m.trigger.event_type in VIOLENT_TYPES:
            first = m
        result.append(m)
    return result


def answered(m: EventMention, answers: tuple[str, ...]) -> bool:
    """ "The attack may have been in retaliation after a group killed 23 soldiers": the act told
    after words of an answer and "for", "after" or "to", in their phrase, is an earlier one, not
    the news ("In response to the attack, the army launched strikes" is the news)."""
    folded = fold(m.sentence)
    cues = list(_answer_pattern(answers).finditer(folded, 0, m.trigger.start))
    return bool(cues) and "," not in folded[cues[-1].end() : m.trigger.start]


# ", which ordered the expulsion of the ambassador after the coup,": a clause set off by commas
# after a name, telling what it did before
ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;:]*$")


def in_an_aside(m: EventMention) -> bool:
    """ "Niger, which ordered the expulsion of the ambassador after the coup, on Tuesday
    suspended RFI": an act told in a clause set off by commas is older than the news."""
    folded = fold(m.sentence)
    return ASIDE.search(folded, 0, m.trigger.start) is not None and "," in folded[m.trigger.end :]


@cache
def _answer_pattern(answers: tuple[str, ...]) -> re.Pattern:
    """Words of an answer ("in retaliation") followed by what they answer."""
    words = "|".join(map(re.escape, answers)) or r"(?!)"
    return re.compile(rf"\b(?:{words})\s+(?:for|after|to)\b")


PAST_LEAD = "the day of the violent act the lead told before it"
PAST_LEAD_DAYS = 183  # how old that act may be: a report comes out within months, not ages


def _past_act_told_before(
    m: EventMention, first: EventMention | None, week_start: date
) -> EventMention | None:
    """A lead telling an act of a day before the week of the news ("soldiers executed 223
    civilians on Feb. 25", in a report of April) goes on about it: a violent act told after it
    in the lead with no date of its own ("Survivors said soldiers killed 44 people") was part of
    it, not news of the week."""
    if m.trigger.event_type not in VIOLENT_TYPES or NEWS_NOW.search(m.sentence, 0, m.trigger.start):
        return None
    # the lead's first violent act (`first`) is that past act: not background to news of the week
    if first is None or first.sentence_index >= m.sentence_index or first.date is None:
        return None
    if first.date.precision != "day" or first.place is None or m.place is None:
        return None
    oldest = week_start - timedelta(days=PAST_LEAD_DAYS)
    if not oldest <= first.date.date_end < week_start or first.place.iso3 != m.place.iso3:
        return None
    return first


# "Now gunmen have killed 20 villagers": the news of the week, after the past act told first
NEWS_NOW = re.compile(r"\b(?:[Nn]ow|again|have|has)\b")


def _lead_date(sentence: str, published: date) -> dict:
    """The date of an undated lead: the days up to publication, or the day of the weekly rite
    it names ("killed during Sunday mass")."""
    rite = rite_day(sentence, published)
    if rite is not None:
        when = DateMention("", 0, 0, rite, rite, "day")
        return {"date": when, "date_rule": "undated lead: the day of the weekly rite it names"}
    start = published - timedelta(days=LEAD_NEWS_DAYS - 1)
    days = DateMention("", 0, 0, start, published, "range")
    return {"date": days, "date_rule": f"undated lead: the {LEAD_NEWS_DAYS} days up to publication"}


def rite_day(sentence: str, published: date) -> date | None:
    """ "during Sunday mass", "at Friday prayers" in a lead: the last such day up to
    publication (the weekly rite the news broke on)."""
    found = RITE.search(fold(sentence))
    return None if found is None else weekday_date(published, WEEKDAYS[found["day"]], "past")
