"""Rules for calendar dates: days, months, years and spans of them, with or without a year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.dates.calendar import Make, Span, add_months, month_span, part_of, pick, valid_date
from pipeline.dates.candidate import (
    Cand,
    Ctx,
    candidate,
    day_number,
    direction,
    group,
    month_number,
)
from pipeline.dates.patterns import (
    COUNT_NOUNS,
    HOLIDAYS,
    LISTED_MONTH_HEAD,
    MONTH_ABBR,
    NOT_YEAR_BEFORE,
    QUALS,
    RANGE_HEAD,
    SEASONS,
)


def _with_year(make: Make, year: str | None, ctx: Ctx, m: re.Match, prep: str) -> Cand | None:
    if year:
        # a day that does not exist ("31 February 2023") is no date, not "February 2023"
        return candidate(m, make(int(year)))
    mode = direction(ctx, m, prep)
    span = pick(make, ctx.published, mode)
    return candidate(m, span, make, mode) if span else None


def rule_iso(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "2023-10-07"."""
    d = valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return candidate(m, (d, d, "day") if d else None)


def rule_numeric(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "07/10/2023", day first."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    # Day first, as in the region's press, unless only month-first is possible.
    d = valid_date(y, b, a) or valid_date(y, a, b)
    return candidate(m, (d, d, "day") if d else None)


def _day_make(day: int, month: int, night: bool) -> Make:
    def make(y: int) -> Span | None:
        d = valid_date(y, month, day)
        if d is None:
            return None
        return (d, d + timedelta(days=1), "range") if night else (d, d, "day")

    return make


DAY_PREPOSITIONS = frozenset({"on", "le"})  # they take a day, never a month alone
# "killed 11 people", "killed at least 20": the verb of the act, not a count of the killed
KILLED_SOMEONE = re.compile(
    r"\s*killed\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several)\b"
)


def rule_day_month(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "on 16 September", "October 7, 2023", "the night of 6 August"."""
    month = month_number(ctx, m, "m")
    # "in February 25 soldiers were killed": a number after the month may count what follows;
    # a day before it cannot ("on 25 February soldiers came"), nor one after "on" ("on April 20
    # soldiers came"), nor one before a verb with its own object ("April 20 killed 11 people")
    counts = (
        m.start("d") > m.start("m")
        and group(m, "prep") not in DAY_PREPOSITIONS
        and COUNT_NOUNS.match(ctx.folded, m.end())
        and not KILLED_SOMEONE.match(ctx.folded, m.end())
    )
    if month is None or counts:
        return None
    make = _day_make(day_number(m.group("d")), month, bool(m.group("night")))
    return _with_year(make, m.group("y"), ctx, m, group(m, "prep"))


def rule_holiday(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "on Christmas Eve", "New Year's Day": the holiday's day, of the year told or the
    latest one on or before publication."""
    said = " ".join(m.group("h").replace("'", "").replace("’", "").split())
    month, day = HOLIDAYS[said]
    return _with_year(_day_make(day, month, False), m.group("y"), ctx, m, group(m, "prep"))


def rule_day_range(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "between 5 and 8 March", "on the night of 6 to 7 August", "March 27-31, 2022"."""
    month = month_number(ctx, m, "m")
    d1, d2 = day_number(m.group("d1")), day_number(m.group("d2"))
    intro = m.group("btw") or group(m, "prep")
    if month is None or d1 >= d2 or (m.group("join") in ("and", "et") and not intro):
        return None

    def make(y: int) -> Span | None:
        a, b = valid_date(y, month, d1), valid_date(y, month, d2)
        return (a, b, "range") if a and b else None

    if m.group("y"):
        return candidate(m, make(int(m.group("y"))))
    mode = direction(ctx, m, group(m, "prep"), "near" if intro in ("from", "du") else "past")
    span = pick(make, ctx.published, mode)
    return candidate(m, span, make, mode) if span else None


def rule_month_year(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in May 2021", "late September 2022"."""
    month = month_number(ctx, m, "m")
    if month is None:
        return None
    span = month_span(int(m.group("y")), month)
    if m.group("q"):
        span = part_of(span, QUALS[m.group("q")])
    return candidate(m, span)


SHORT_MONTH_PREPS = frozenset({"in", "since", "during", "until", "till", "through", "throughout"})


def _short_month(ctx: Ctx, m: re.Match, prep: str | None) -> bool:
    """ "in Oct", "since Sept": a month's short name alone is one only written as a name (not
    "in oct", "the DEC said"), after a preposition of time, before no other name ("by Jan
    Egeland")."""
    word = ctx.text[m.start("m") : m.end("m")].rstrip(".")
    after = ctx.text[m.end("m") : m.end("m") + 2].lstrip()
    titled = word[:1].isupper() and word[1:].islower()
    return titled and prep in SHORT_MONTH_PREPS and not after[:1].isupper()


def rule_month(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in July", "last July", "mid-August", "the July coup", "a July coup"."""
    month = month_number(ctx, m, "m")
    prep, rel, qual = group(m, "prep"), m.group("rel"), m.group("q")
    if m.group("m").rstrip(".") in MONTH_ABBR and not _short_month(ctx, m, prep):
        return None
    head = max(0, m.start() - 30)
    joined = m.group("join") and (
        RANGE_HEAD.search(ctx.folded, head, m.start())
        or (m.group("join") == "and" and LISTED_MONTH_HEAD.search(ctx.folded, head, m.start()))
    )
    if month is None or not (prep or rel or qual or m.group("the") or m.group("poss") or joined):
        return None
    if prep in ("le", "au", "du") and not qual:
        return None
    which = QUALS[qual] if qual else "whole"

    def make(y: int) -> Span:
        return part_of(month_span(y, month), which)

    pub = ctx.published
    if rel in ("last", "next"):
        # "last July" is the latest July of an earlier month than publication's.
        base = pick(make, pub.replace(day=1) - timedelta(days=1), "past")
        if rel == "next":
            base = pick(make, add_months(pub.replace(day=1), 1), "next")
        return candidate(m, base)
    if rel == "this":
        return candidate(m, make(pub.year))
    mode = direction(ctx, m, prep)
    cand = candidate(m, pick(make, pub, mode), make, mode)
    if joined or (m.group("the") and not qual):
        # "the July coup" reads as "July"; in "from July to September" the second month is
        # its own mention, merged later.
        cand.start = cand.core = m.start("m")
    return cand


def rule_year(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in 2022", "early 2023"; not a count, a resolution number or a code."""
    year, prep = int(m.group("y")), group(m, "prep")
    before = ctx.folded[max(0, m.start() - 16) : m.start()]
    if COUNT_NOUNS.match(ctx.folded, m.end()) or re.match(r"\s+\d", ctx.folded[m.end() :]):
        return None
    if not prep and not m.group("q") and NOT_YEAR_BEFORE.search(before):
        return None
    if not prep and not m.group("q") and year > ctx.published.year + 10:
        return None
    span: Span = (date(year, 1, 1), date(year, 12, 31), "year")
    if m.group("q"):
        span = part_of(span, QUALS[m.group("q")])
    return candidate(m, span)


def rule_year_range(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "between 2012 and 2015", "2019-2021"."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    intro = m.group("btw") or group(m, "prep")
    if y1 >= y2 or (m.group("join") in ("and", "et") and intro not in ("between", "entre")):
        return None
    return candidate(m, (date(y1, 1, 1), date(y2, 12, 31), "range"))


def rule_decade(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "the 1990s"."""
    y = int(m.group("y"))
    return candidate(m, (date(y, 1, 1), date(y + 9, 12, 31), "range"))


def rule_season(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in the summer of 2022"."""
    y = int(m.group("y"))
    a, b = SEASONS[m.group("s")]
    return candidate(m, (date(y, a, 1), month_span(y, b)[1], "range"))
