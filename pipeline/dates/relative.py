"""Rules for phrases relative to publication: weekdays, "last week", "three days ago"."""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.dates.calendar import Span, back_from, part_of, unit_span, weekday_date, weekend_span
from pipeline.dates.candidate import Cand, Ctx, candidate, direction, group
from pipeline.dates.patterns import FRENCH_WEEKDAYS, QUALS, WEEKDAYS, count_of, unit_of


def rule_weekday(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "on Saturday", "last Tuesday", "Sunday night", "lundi dernier"."""
    word, mod, prep = m.group("wd"), m.group("mod") or "", group(m, "prep")
    fr = m.group("fr") or ""
    if not (prep or mod or fr or m.group("poss") or word in FRENCH_WEEKDAYS):
        # A bare English weekday must sit inside a sentence ("said Sunday"), not start a
        # name ("Sunday Times") or end one ("Palm Sunday", "Bloody Sunday").
        before = ctx.text[max(0, m.start() - 30) : m.start()].rstrip()
        after = ctx.text[m.end() : m.end() + 2].lstrip()
        prev_word = before.split()[-1] if before.split() else ""
        if not prev_word[:1].islower() or after[:1].isupper():
            return None
    if mod in ("last", "past", "this past") or fr in ("dernier", "passe"):
        mode = "strict_past"
    elif mod in ("next", "coming", "this coming") or fr == "prochain":
        mode = "strict_next"
    elif mod == "later":
        mode = "next"
    elif mod == "this":
        mode = "near"
    else:
        mode = direction(ctx, m, prep)
        mode = "next" if mode == "near" else mode
    d = weekday_date(ctx.published, WEEKDAYS[word], mode)
    span: Span = (d, d, "day")
    if m.group("tod") in ("night", "nuit") or mod == "overnight":
        span = (d, d + timedelta(days=1), "range")
    return candidate(m, span)


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
        return candidate(m, weekend_span(pub, which or "next"))
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "the": 0}.get(rel, 1)
    span = unit_span(pub, unit, offset)
    if m.group("q"):
        span = part_of(span, QUALS[m.group("q")])
    return candidate(m, span)


def rule_earlier_this(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "earlier this month" (up to publication), "later this year" (from it)."""
    pub = ctx.published
    start, end, _ = unit_span(pub, unit_of(m.group("unit")), 0)
    if m.group("el") in ("earlier", "plus tot"):
        return candidate(m, (start, pub, "range"))
    return candidate(m, (pub, end, "range"))


def rule_weekend(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "at the weekend": the latest one, or the coming one after a future cue."""
    which = "this" if direction(ctx, m, "") == "next" else "past"
    if m.group("fr") == "dernier":
        which = "last"
    return candidate(m, weekend_span(ctx.published, which))


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


def rule_ago(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "three days ago", "two weeks ago"; vague counts are no date."""
    count, unit = (m.group("n") or "").strip(), unit_of(m.group("unit"))
    if not count or count in ("a few", "few", "several", "some") or unit == "decade":
        return candidate(m, None)
    n, pub = count_of(count), ctx.published
    if unit == "day":
        d = pub - timedelta(days=n)
        return candidate(m, (d, d, "day"))
    return candidate(m, unit_span(pub, unit, -n))


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
