"""What a text has told of time so far, and phrases counted from it ("two days later", "the
same night", "on the weekend that followed")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from pipeline.dates.calendar import Span, shift, unit_span
from pipeline.dates.candidate import Cand
from pipeline.dates.grammar import AFTER_THE_LAST, DAY_OF_MONTH, NEXT_WEEKEND, WHOLE_UNITS
from pipeline.dates.patterns import WEEKDAYS
from pipeline.textnorm import fold

SHORT_SPAN_DAYS = 31  # "on the Sunday" finds its week in a date told before it up to this long


@dataclass
class Told:
    """The dates told so far that a later phrase may count from."""

    day: Span | None = None  # the last day told
    past_day: Span | None = None  # the last day told on or before publication
    shorts: list[Span] = field(default_factory=list)  # spans of a month or less, up to publication
    last: Span | None = None  # the last span told up to publication, however long
    week_day: Span | None = None  # the last day told, when told with its weekday, and
    week_end: int = 0  # where its phrase ends ("On Friday 30 September")

    def note(
        self, span: Span, published: date, with_weekday: bool = False, end: int = 0, text: str = ""
    ) -> None:
        """Remember a span told; `text`: its words, `end`: where they end, `with_weekday`: told
        with its weekday ("Friday 30 September")."""
        timed = span[2] == "day" or _night_of(span, text)
        if timed:
            self.day = span
            self.week_day, self.week_end = (span, end) if with_weekday else (None, 0)
        if span[1] <= published:
            self.last = span
            if timed:
                self.past_day = span
            if (span[1] - span[0]).days < SHORT_SPAN_DAYS:
                self.shorts.append(span)


def names_weekday(text: str) -> bool:
    """Whether a phrase names a weekday ("Friday 30 September", "the night of Friday to ...")."""
    return bool(set(fold(text).split()) & set(WEEKDAYS))


def has_digit(text: str) -> bool:
    """Whether a phrase writes a number ("3-4 June"), not only words."""
    return any(ch.isdigit() for ch in text)


def _night_of(span: Span, text: str) -> bool:
    """ "in the night of Friday to Saturday", "on 3-4 June": two days named as one time, a day to
    count from ("overnight", two days from publication, names neither)."""
    named = names_weekday(text) or has_digit(text)
    return span[2] == "range" and (span[1] - span[0]).days <= 1 and named


def _rest_anchor(unit: str, told: Told, published: date) -> Span:
    """What "later that year" or "earlier in the month" counts from: the last span told, a month
    too ("earlier that year" after "in March 2022"), the start of a range ("later in the year"
    after "between August and November"), else publication ("earlier in the month" with nothing
    told before, or after "in 2019")."""
    base = told.last or (published, published, "day")
    if unit == "rest_month" and base[2] == "year":
        return published, published, "day"
    return (base[0], base[0], "day") if base[2] == "range" else base


def _day_of_month(day: int, last: Span | None, published: date) -> Span | None:
    """ "On the 25th ... On the 28th": that day of the month told last, the next month when a
    day told later in the month came before it; the latest such day up to publication when
    nothing was told before or that day is still to come (as a day written without its month,
    "the army said on Tuesday ... On the 28th" of the month before); none after a year or a span
    longer than a month."""
    if last is None:
        return _latest(day, published)
    if (last[1] - last[0]).days >= SHORT_SPAN_DAYS:
        return None
    year, month = last[1].year, last[1].month
    if last[2] == "day" and day < last[1].day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return _day_in(year, month, day, published)  # none if still to come
    if (year, month) == (published.year, published.month) and day > published.day:
        return _latest(day, published)
    return _day_in(year, month, day, published)


def _latest(day: int, published: date) -> Span | None:
    """That day of the publication's month, or of the month before when it is still to come."""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return _day_in(year, month, day, published)


def _day_in(year: int, month: int, day: int, published: date) -> Span | None:
    """That day as a span, if the month has it and it is not after publication."""
    try:
        told = date(year, month, day)
    except ValueError:
        return None  # "on the 31st" after a day of April
    return None if told > published else (told, told, "day")


def _same_unit(unit: str, last: Span | None) -> Span | None:
    """ "In May, ... The same month", "on 12 May ... the same week": the week or month holding
    the span told last; that span when it is longer, up to a month ("between 21 and 28 February
    ... In the same week"); none after a longer one ("last year ... the same month")."""
    if last is None:
        return None
    whole = unit_span(last[0], unit, 0)
    if whole[1] >= last[1]:
        return whole
    return last if (last[1] - last[0]).days < SHORT_SPAN_DAYS else None


def anchored(c: Cand, told: Told, published: date) -> Span | None:
    """The span of a phrase counted from another date: its own, or the last one told."""
    n, unit, sign, own = c.anchor
    if unit == DAY_OF_MONTH:
        return _day_of_month(n, told.last, published)
    if unit == "weekday" and sign:
        base = told.day if c.mode == "next" else told.past_day
        if base is None:
            return c.span
        days = (n - base[0].weekday()) % 7 or 7 if sign > 0 else -((base[0].weekday() - n) % 7 or 7)
        d = base[0] + timedelta(days=days)
        return d, d + (c.span[1] - c.span[0]), c.span[2]
    if unit == "weekday":
        # "on the Sunday morning" after "between 27 and 31 March": the Sunday of those days, or
        # the one after the last day told, the latest told span that has one before publication
        for start, end, _ in reversed(told.shorts):
            d = start + timedelta(days=(n - start.weekday()) % 7)
            if d <= published and (d <= end or start == end):
                return d, d + (c.span[1] - c.span[0]), c.span[2]
        return c.span
    # "the same night" after "a vote due on 27 February": a past event counts from a past
    # date, unless the phrase itself looks forward ("results will come the next day")
    if unit == NEXT_WEEKEND:
        base = told.day if c.mode == "next" else told.past_day
        if base is None:
            return None
        saturday = base[1] + timedelta(days=(5 - base[1].weekday()) % 7 or 7)
        return saturday, saturday + timedelta(days=1), "range"
    if unit == AFTER_THE_LAST:
        if told.last is None:
            return None
        return told.last[0] + timedelta(days=1), told.last[1] + timedelta(days=n), "range"
    if unit.startswith("rest_"):
        base = _rest_anchor(unit, told, published)
        if base[2] == unit.removeprefix("rest_"):
            return base  # "in March 2022 ... later that month": that month, no finer
    elif n == 0 and unit in WHOLE_UNITS and not own:
        return _same_unit(unit, told.last)
    else:
        base = c.span if own else (told.day if c.mode == "next" else told.past_day)
        if base is None and not own and told.last is not None and told.last[2] == unit:
            base = told.last  # "In March 2023, ... The following month": April
    if base is None:
        return None
    span = shift(base, n, unit, sign)
    if not own and base[1] <= published < span[0]:
        # "a week after the army retook Anefis" is not a week after the last date
        # written: a narrated past event cannot land after publication.
        return None
    return span
