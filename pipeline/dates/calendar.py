"""Calendar arithmetic on inclusive day spans: months, weeks, parts, shifts, picks."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from pipeline.contract import FIRST_YEAR, LAST_YEAR

Span = tuple[date, date, str]
Make = Callable[[int], Span | None]


def valid_date(y: int, m: int, d: int) -> date | None:
    """The date, or None for one that does not exist or lies outside the years tables hold."""
    if FIRST_YEAR <= y <= LAST_YEAR and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
        return date(y, m, d)
    return None


def month_span(y: int, m: int) -> Span:
    """The whole month m of year y."""
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month"


def add_months(d: date, n: int) -> date:
    """The date n months later (earlier if negative), clipped to the month's last day."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _week_span(d: date) -> Span:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6), "week"


def part_of(span: Span, which: str) -> Span:
    """A part of a week, month or year span: thirds, halves, quarters, weeks."""
    start, end, unit = span
    if which == "whole" or (which.startswith("w") and unit == "week"):
        return span
    if which.startswith("w"):
        # "the first week of March" is days 1-7, not a Monday-Sunday week: a range
        if which == "wl":
            return end - timedelta(days=6), end, "range"
        first = start + timedelta(days=7 * (int(which[1]) - 1))
        return first, min(end, first + timedelta(days=6)), "range"
    if unit == "year":
        y = start.year
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "h1": (1, 6), "h2": (7, 12)}
        months.update({"q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)})
        a, b = months[which]
        return date(y, a, 1), month_span(y, b)[1], "range"
    if which.startswith("q"):
        return span
    if unit == "month":
        last = end.day
        days = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "h1": (1, 15)}
        days["h2"] = (16, last)
        a, b = days[which]
        return start.replace(day=a), start.replace(day=b), "range"
    offsets = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "h1": (0, 3), "h2": (3, 6)}
    a, b = offsets[which]
    return start + timedelta(days=a), start + timedelta(days=b), "range"


def _distance(span: Span, pub: date) -> int:
    if span[0] <= pub <= span[1]:
        return 0
    return min(abs((span[0] - pub).days), abs((span[1] - pub).days))


def pick(make: Make, pub: date, mode: str) -> Span | None:
    """The occurrence of a year-less span that the mode asks for: past, next or near."""
    spans = [s for y in range(pub.year - 8, pub.year + 9) if (s := make(y)) is not None]
    past = [s for s in spans if s[0] <= pub]
    future = [s for s in spans if s[1] >= pub]
    if mode == "past":
        return max(past, default=None)
    if mode == "next":
        return min(future, default=None)
    return min(spans, key=lambda s: (_distance(s, pub), s[0] > pub), default=None)


def weekday_date(pub: date, wd: int, mode: str) -> date:
    """The weekday wd (0 = Monday) nearest publication in the direction the mode asks."""
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mode == "strict_past":
        return pub - timedelta(days=back or 7)
    if mode == "strict_next":
        return pub + timedelta(days=ahead or 7)
    if mode == "next":
        return pub + timedelta(days=ahead)
    if mode == "near" and ahead < back:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def weekend_span(pub: date, which: str) -> Span:
    """Saturday and Sunday of the last, this or next weekend ("past": the latest one, up to
    publication: told on a Saturday, that Saturday)."""
    monday = pub - timedelta(days=pub.weekday())
    past = which == "past"
    if past:
        which = "this" if pub.weekday() >= 5 else "last"
    shift = {"last": -7, "this": 0, "next": 7}[which]
    saturday = monday + timedelta(days=5 + shift)
    sunday = saturday + timedelta(days=1)
    return saturday, min(sunday, pub) if past else sunday, "range"


def midweek_span(pub: date) -> Span:
    """Tuesday to Thursday of the latest week whose Thursday is on or before `pub`."""
    thursday = pub - timedelta(days=(pub.weekday() - 3) % 7)
    return thursday - timedelta(days=2), thursday, "range"


def unit_span(pub: date, unit: str, offset: int) -> Span:
    """The calendar week, month or year `offset` units from the one holding `pub`."""
    if unit == "week":
        return _week_span(pub + timedelta(days=7 * offset))
    if unit == "month":
        d = add_months(pub.replace(day=1), offset)
        return month_span(d.year, d.month)
    y = pub.year + offset
    return date(y, 1, 1), date(y, 12, 31), "year"


def back_from(pub: date, n: int, unit: str) -> date:
    """The first day of the n units that end on `pub`."""
    if unit == "day":
        return pub - timedelta(days=n - 1)
    if unit == "week":
        return pub - timedelta(days=7 * n - 1)
    if unit == "month":
        return add_months(pub, -n)
    return add_months(pub, -12 * n)


def shift(anchor: Span, n: int, unit: str, sign: int) -> Span:
    """The anchor moved by n units, as precise as the coarser of the anchor and the unit."""
    start, end, precision = anchor
    if unit == "hour":
        # hours from a day reach into the day next to it: a range of the two
        step = timedelta(days=sign)
        return min(start, start + step), max(end, end + step), "range"
    if unit in ("rest_year", "rest_month"):  # "later that year": after the anchor, that year
        whole = (
            (date(end.year, 1, 1), date(end.year, 12, 31))
            if unit == "rest_year"
            else month_span(end.year, end.month)[:2]
        )
        if sign > 0:
            return min(end + timedelta(days=1), whole[1]), whole[1], "range"
        return whole[0], max(start - timedelta(days=1), whole[0]), "range"
    if unit == "days":  # "in the days that followed": the n days after the anchor
        return end + timedelta(days=1), end + timedelta(days=n), "range"
    if unit in ("day", "week"):
        step = timedelta(days=n * sign * (7 if unit == "week" else 1))
        if precision == "day":
            return start + step, start + step, "day"
        return start + step, end + step, "range"
    months = n * sign * (12 if unit == "year" else 1)
    if precision == "range" or (unit == "month" and precision == "year"):
        return add_months(start, months), add_months(end, months), "range"
    shifted = add_months(start.replace(day=1), months)
    if unit == "month":
        return month_span(shifted.year, shifted.month)
    return date(shifted.year, 1, 1), date(shifted.year, 12, 31), "year"
