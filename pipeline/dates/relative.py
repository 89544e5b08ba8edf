"""Rules for phrases relative to publication: weekdays, "last week", "three days ago"."""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.dates.calendar import (
    Span,
    back_from,
    midweek_span,
    month_span,
    part_of,
    unit_span,
    valid_date,
    weekday_date,
    weekend_span,
)
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
    FORWARD_PREPS,
    FRENCH_WEEKDAYS,
    HAS_BEEN,
    HAS_BEEN_REACH,
    NAMED_DAYS,
    QUALS,
    WEEKDAYS,
    WEEKLY_NOUNS,
    YEAR_WRITTEN,
    count_of,
    unit_of,
)


def rule_weekday(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "on Saturday", "last Tuesday", "Sunday night", "lundi dernier", "Monday last week"."""
    word, mod, prep = m.group("wd"), m.group("mod") or "", group(m, "prep")
    fr, week = m.group("fr") or "", m.group("week")
    after = ctx.text[m.end() : m.end() + 2].lstrip()
    then = m.group("then")
    if m.group("the") and (not (prep or then or m.group("the") == "that") or after[:1].isupper()):
        return None  # "the Sunday Times"; "on the Sunday", "that Sunday": of the days just told
    qualified = prep or mod or fr or week or then or m.group("the") or m.group("poss")
    if not (qualified or word in FRENCH_WEEKDAYS):
        # A bare English weekday must sit inside a sentence ("said Sunday", "in Mali Sunday"),
        # not start a name ("Sunday Times") or end one ("Palm Sunday", "Bloody Sunday").
        before = ctx.text[max(0, m.start() - 30) : m.start()].rstrip()
        prev_word = before.split()[-1] if before.split() else ""
        if not prev_word or prev_word.lower().strip("\"'“‘(") in NAMED_DAYS or after[:1].isupper():
            return None
    if not (m.group("tod") or m.group("poss")) and WEEKLY_NOUNS.match(ctx.folded, m.end()):
        return None  # "during Sunday mass": the rite, not a date
    wd = WEEKDAYS[word]
    if week:
        d = _of_week(ctx, week, wd)
    else:
        d = weekday_date(ctx.published, wd, _weekday_mode(ctx, m, mod, fr, prep))
        # "last Wednesday" told on a Thursday is the week before's: of yesterday a wire says
        # "on Wednesday"; an older day ("last Tuesday" on a Saturday) is the latest one
        if mod == "last" and (ctx.published - d).days == 1 and not _of_a_month(ctx, m):
            d -= timedelta(days=7)
    span: Span = (d, d, "day")
    if m.group("tod") in ("night", "nuit") or mod == "overnight" or m.group("nightof"):
        span = (d, d + timedelta(days=1), "range")
    cand = candidate(m, span)
    cand.weekday = not (week or mod or fr)
    if m.group("the"):
        # "the following Monday" is after the day told, "the previous Monday" before it
        cand.anchor = (wd, "weekday", {"previous": -1, None: 0}.get(then, 1), False)
        cand.mode = direction(ctx, m, prep)
    return cand


def _of_a_month(ctx: Ctx, m: re.Match) -> bool:
    """ "the last Tuesday of February": a day of the month named, not of last week."""
    return ctx.folded.startswith(" of ", m.end())


def _weekday_mode(ctx: Ctx, m: re.Match, mod: str, fr: str, prep: str) -> str:
    if mod in ("last", "past", "this past") or fr in ("dernier", "passe"):
        return "strict_past"
    if mod in ("next", "coming", "this coming") or fr == "prochain":
        return "strict_next"
    if mod == "later":
        return "next"
    if mod == "this":
        return "near"
    mode = direction(ctx, m, prep)
    return "next" if mode == "near" else mode


def _of_week(ctx: Ctx, week: str, weekday: int):
    """ "Monday last week": that weekday of the calendar week named, whatever today is."""
    offset = {"last": -1, "this": 0}.get(week, 1)
    return unit_span(ctx.published, "week", offset)[0] + timedelta(days=weekday)


def rule_night_weekdays(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "overnight from Saturday to Sunday", "the night of Friday to Saturday": a range; "...
    last week": the night of that calendar week."""
    first, second = WEEKDAYS[m.group("wd1")], WEEKDAYS[m.group("wd2")]
    week = m.group("week")
    if week:
        d = _of_week(ctx, week, first)
    else:
        mode = direction(ctx, m, group(m, "prep"))
        d = weekday_date(ctx.published, first, "next" if mode == "near" else mode)
    return candidate(m, (d, d + timedelta(days=(second - first) % 7 or 7), "range"))


def rule_month_in_year(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in January last year", "on June 11 this year": a month or day of the year named."""
    month = month_number(ctx, m, "m")
    if month is None:
        return None
    offset = {"last": -1, "the previous": -1, "this": 0}.get(m.group("rel"), 1)
    year = ctx.published.year + offset
    day = m.group("d") or m.group("d2")
    if day:
        d = valid_date(year, month, day_number(day))
        return candidate(m, (d, d, "day") if d else None)
    span = month_span(year, month)
    return candidate(m, part_of(span, QUALS[m.group("q")]) if m.group("q") else span)


def rule_simple(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "yesterday", "overnight", "this morning", "hier"."""
    word = re.sub(r"\s+", " ", m.group("w"))
    pub = ctx.published
    offsets = {
        "yesterday": (-1, -1), "today": (0, 0), "tomorrow": (1, 1), "tonight": (0, 0),
        "overnight": (-1, 0), "last night": (-1, -1), "this morning": (0, 0),
        "this afternoon": (0, 0), "this evening": (0, 0), "earlier today": (0, 0),
        "later today": (0, 0), "the day before yesterday": (-2, -2), "hier": (-1, -1),
        "hier soir": (-1, -1), "aujourd'hui": (0, 0), "demain": (1, 1), "avant-hier": (-2, -2),
        "cette nuit": (-1, 0), "la nuit derniere": (-1, 0), "ce matin": (0, 0),
    }  # fmt: skip
    a, b = offsets[word]
    return candidate(
        m, (pub + timedelta(days=a), pub + timedelta(days=b), "day" if a == b else "range")
    )


def rule_relative(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "last week", "next month", "late last year", "last weekend"."""
    rel, unit = m.group("rel"), unit_of(m.group("unit"))
    pub = ctx.published
    if rel == "the" and not m.group("q"):
        return None
    if unit == "weekend":
        which = {"last": "last", "past": "last", "previous": "last", "this": "this"}.get(rel)
        if which == "this" and direction(ctx, m, "") == "past":
            which = "past"  # "were killed this weekend" in a Wednesday paper: the one just gone
        return candidate(m, weekend_span(pub, which or "next"))
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "the": 0}.get(rel, 1)
    span = unit_span(pub, unit, offset)
    if group(m, "prep") in FORWARD_PREPS and m.group("q") and QUALS[m.group("q")] == "late":
        # "will leave by the end of the year": a deadline, its last day, as "by Dec. 31" is
        return candidate(m, (span[1], span[1], "day"))
    if m.group("q"):
        span = part_of(span, QUALS[m.group("q")])
    if offset == 0 and span[0] <= pub < span[1] and direction(ctx, m, "") == "past":
        # "killed this week" in a Tuesday paper: by Tuesday, not the whole week; in a Monday
        # paper, most often filed over the weekend, the week just gone as well
        start = pub - timedelta(days=7) if unit == "week" and pub == span[0] else span[0]
        span = (start, pub, "day" if start == pub else "range")
    return candidate(m, span)


def rule_earlier_this(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "earlier this month" (up to publication), "later this year" (from it)."""
    pub = ctx.published
    unit = unit_of(m.group("unit"))
    start, end, _ = unit_span(pub, unit, 0)
    if m.group("el") in ("earlier", "plus tot"):
        if unit == "week" and start == pub:
            start -= timedelta(days=7)  # in a Monday paper, the week just gone (as "this week")
        return candidate(m, (start, pub, "range"))
    return candidate(m, (pub, end, "range"))


def rule_weekend(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "at the weekend": the latest one, or the coming one after a future cue."""
    which = "this" if direction(ctx, m, "") == "next" else "past"
    if m.group("fr") == "dernier":
        which = "last"
    return candidate(m, weekend_span(ctx.published, which))


def rule_midweek(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "midweek": Tuesday to Thursday of the latest week that has had them."""
    return candidate(m, midweek_span(ctx.published))


def rule_past_n(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in the past two weeks", "over the last 24 hours": up to publication."""
    unit, count = unit_of(m.group("unit")), (m.group("n") or "").strip()
    pub = ctx.published
    if unit == "decade":
        return candidate(m, None)
    if unit == "hour":
        hours = count_of(count) if count else 24
        return candidate(m, (pub - timedelta(days=-(-hours // 24)), pub, "range"))
    if count in ("few", "couple of", "several"):
        return rule_recent_any(ctx, m)
    n = count_of(count) if count else 1
    if unit == "day" or unit == "week":
        return candidate(m, (back_from(pub, n * (7 if unit == "week" else 1), "day"), pub, "range"))
    return candidate(m, (back_from(pub, n, unit), pub, "range"))


# "a few days ago", "several weeks ago": days back from publication, the nearest and the farthest
FEW_AGO = {"day": (2, 7), "week": (14, 42)}
WEEKS_AGO_SLACK = 2  # days either side of "two weeks ago": a week told is a round figure


def rule_ago(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "three days ago", "two weeks ago"; "a few days ago" a stretch (FEW_AGO); other vague
    counts are no date."""
    count, unit = (m.group("n") or "").strip(), unit_of(m.group("unit"))
    vague = count in ("a few", "few", "several", "some")
    if vague and unit in FEW_AGO:
        nearest, farthest = (timedelta(days=n) for n in FEW_AGO[unit])
        pub = ctx.published
        return candidate(m, (pub - farthest, pub - nearest, "range"))
    if not count or vague or unit == "decade":
        return candidate(m, None)
    n, pub = count_of(count), ctx.published
    if unit == "day":
        d = pub - timedelta(days=n)
        return candidate(m, (d, d, "day"))
    if unit == "week":
        # "a week ago" counts days back, not calendar weeks: the days around the seventh
        d, slack = pub - timedelta(days=7 * n), timedelta(days=WEEKS_AGO_SLACK)
        return candidate(m, (d - slack, d + slack, "range"))
    return candidate(m, unit_span(pub, unit, -n))


def rule_lasted_for(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "has been under a blockade for almost ten days": the days around its start, that many
    units before publication; without "has been" before it in its sentence, or in a sentence
    naming a year ("blockaded the town for eight months in 2022"), a length of time, no date."""
    opening = ctx.folded.rfind(". ", 0, m.start()) + 1
    closing = ctx.folded.find(". ", m.end())
    sentence = ctx.folded[opening : closing if closing >= 0 else len(ctx.folded)]
    lasted = HAS_BEEN.search(ctx.folded, max(opening, m.start() - HAS_BEEN_REACH), m.start())
    if lasted is None or YEAR_WRITTEN.search(sentence):
        return None
    n, unit = count_of(m.group("n").strip()), unit_of(m.group("unit"))
    days = {"day": 1, "week": 7, "month": 30}[unit] * n
    slack = timedelta(days=max(1, days // 10))  # a count of days or weeks is rounded
    start = ctx.published - timedelta(days=days)
    hedge = m.group("hedge") or ""
    if hedge.startswith(("almost", "nearly")):  # it began a little later
        return candidate(m, (start, start + 2 * slack, "range"))
    if hedge.startswith(("over", "more")):  # a little earlier
        return candidate(m, (start - 2 * slack, start, "range"))
    return candidate(m, (start - slack, start + slack, "range"))


def rule_relative_fr(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "la semaine derniere", "l'an dernier", "ce mois-ci"."""
    unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")
    rel = m.group("rel") or ""
    # "le mois de juillet", "l'an 2000": not relative to publication.
    if not rel and (m.group(0).startswith("l'") or unit == "mois" and "-ci" not in m.group(0)):
        return None
    offset = 1 if rel.startswith("prochain") else (-1 if rel else 0)
    return candidate(m, unit_span(ctx.published, unit_of(unit), offset))


def rule_recent_any(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "in recent weeks": a fixed stretch ending on publication."""
    unit = unit_of(group(m, "unit") or group(m, "unit2"))
    n = {"day": 7, "week": 28, "month": 3, "year": 5}[unit]
    start = back_from(ctx.published, n, "day" if unit in ("day", "week") else unit)
    return candidate(m, (start, ctx.published, "range"))
