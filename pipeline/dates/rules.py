"""One handler per kind of date phrase: turns a regex match into a candidate span."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.dates.calendar import (
    Make,
    Span,
    _add_months,
    _back,
    _month_span,
    _part,
    _pick,
    _unit_span,
    _valid,
    _weekday,
    _weekend,
)
from pipeline.dates.patterns import (
    _AGO,
    _ANCHOR_GAP,
    _ANCHORED,
    _APPROXIMATE,
    _CASED_MONTHS,
    _COUNT_NOUNS,
    _DAY_MONTH,
    _DAY_RANGE,
    _DEADLINE_VERB,
    _DECADE,
    _EARLIER_THIS,
    _FORWARD_CUE,
    _FORWARD_PREPS,
    _FRENCH_WEEKDAYS,
    _ISO,
    _MONTH,
    _MONTH_ABBR,
    _MONTH_DAY,
    _MONTH_YEAR,
    _MONTHS,
    _NOT_YEAR_BEFORE,
    _NUMERIC,
    _PAST_N,
    _QUALS,
    _RANGE_HEAD,
    _RECENT,
    _RELATIVE,
    _RELATIVE_FR,
    _SEASON,
    _SEASONS,
    _SENTENCE_END,
    _SIMPLE,
    _WEEKDAY,
    _WEEKDAYS,
    _WEEKEND,
    _YEAR_ALONE,
    _YEAR_RANGE,
    _number,
    _unit,
    _x,
)


@dataclass
class _Cand:
    """A matched phrase before overlaps are settled; span None means matched but not a date."""

    start: int
    end: int
    core: int
    prep: str
    span: Span | None
    make: Make | None = None
    mode: str = "past"
    # (n, unit, sign, own): shifted from `span` when own, else from the previous day in the text
    anchor: tuple[int, str, int, bool] | None = None


@dataclass
class _Ctx:
    text: str
    folded: str
    published: date


def _mode(ctx: _Ctx, m: re.Match, prep: str, default: str = "past") -> str:
    """Direction for a phrase without a year: a future cue in the sentence wins over the prep."""
    lo = max(0, m.start() - 120)
    window = ctx.folded[lo : m.start()]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    if _FORWARD_CUE.search(window):
        return "next"
    if prep in _FORWARD_PREPS:
        return "next" if _DEADLINE_VERB.search(window) else "near"
    return default


def _group(m: re.Match, name: str) -> str:
    return m.group(name) or "" if name in m.re.groupindex else ""


def _cand(m: re.Match, span: Span | None, make: Make | None = None, mode: str = "past") -> _Cand:
    prep = _group(m, "prep")
    core = m.start()
    if prep:
        core = m.end("prep")
        while m.string[core].isspace():
            core += 1
    return _Cand(m.start(), m.end(), core, prep, span, make, mode)


def _month_number(ctx: _Ctx, m: re.Match, name: str) -> int | None:
    word = m.group(name).rstrip(".")
    if word in _CASED_MONTHS and not ctx.text[m.start(name)].isupper():
        return None
    return _MONTHS.get(word) or _MONTH_ABBR.get(word)


def _day_number(raw: str) -> int:
    return int(re.match(r"\d+", raw).group(0))


def _with_year(make: Make, year: str | None, ctx: _Ctx, m: re.Match, prep: str) -> _Cand | None:
    if year:
        # a day that does not exist ("31 February 2023") is no date, not "February 2023"
        return _cand(m, make(int(year)))
    mode = _mode(ctx, m, prep)
    span = _pick(make, ctx.published, mode)
    return _cand(m, span, make, mode) if span else None


def _r_iso(ctx: _Ctx, m: re.Match) -> _Cand | None:
    d = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _cand(m, (d, d, "day") if d else None)


def _r_numeric(ctx: _Ctx, m: re.Match) -> _Cand | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    # Day first, as in the region's press, unless only month-first is possible.
    d = _valid(y, b, a) or _valid(y, a, b)
    return _cand(m, (d, d, "day") if d else None)


def _day_make(day: int, month: int, night: bool) -> Make:
    def make(y: int) -> Span | None:
        d = _valid(y, month, day)
        if d is None:
            return None
        return (d, d + timedelta(days=1), "range") if night else (d, d, "day")

    return make


def _r_day_month(ctx: _Ctx, m: re.Match) -> _Cand | None:
    month = _month_number(ctx, m, "m")
    if month is None or _COUNT_NOUNS.match(ctx.folded, m.end()):
        return None
    make = _day_make(_day_number(m.group("d")), month, bool(m.group("night")))
    return _with_year(make, m.group("y"), ctx, m, _group(m, "prep"))


def _r_day_range(ctx: _Ctx, m: re.Match) -> _Cand | None:
    month = _month_number(ctx, m, "m")
    d1, d2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
    intro = m.group("btw") or _group(m, "prep")
    if month is None or d1 >= d2 or (m.group("join") in ("and", "et") and not intro):
        return None

    def make(y: int) -> Span | None:
        a, b = _valid(y, month, d1), _valid(y, month, d2)
        return (a, b, "range") if a and b else None

    if m.group("y"):
        return _cand(m, make(int(m.group("y"))))
    mode = _mode(ctx, m, _group(m, "prep"), "near" if intro in ("from", "du") else "past")
    span = _pick(make, ctx.published, mode)
    return _cand(m, span, make, mode) if span else None


def _r_month_year(ctx: _Ctx, m: re.Match) -> _Cand | None:
    month = _month_number(ctx, m, "m")
    if month is None:
        return None
    span = _month_span(int(m.group("y")), month)
    if m.group("q"):
        span = _part(span, _QUALS[m.group("q")])
    return _cand(m, span)


def _r_month(ctx: _Ctx, m: re.Match) -> _Cand | None:
    month = _month_number(ctx, m, "m")
    prep, rel, qual = _group(m, "prep"), m.group("rel"), m.group("q")
    joined = m.group("join") and _RANGE_HEAD.search(ctx.folded, max(0, m.start() - 30), m.start())
    if month is None or not (prep or rel or qual or m.group("the") or m.group("poss") or joined):
        return None
    if prep in ("le", "au", "du") and not qual:
        return None
    which = _QUALS[qual] if qual else "whole"

    def make(y: int) -> Span:
        return _part(_month_span(y, month), which)

    pub = ctx.published
    if rel in ("last", "next"):
        # "last July" is the latest July of an earlier month than publication's.
        base = _pick(make, pub.replace(day=1) - timedelta(days=1), "past")
        if rel == "next":
            base = _pick(make, _add_months(pub.replace(day=1), 1), "next")
        return _cand(m, base)
    if rel == "this":
        return _cand(m, make(pub.year))
    mode = _mode(ctx, m, prep)
    cand = _cand(m, _pick(make, pub, mode), make, mode)
    if joined or (m.group("the") and not qual):
        # "the July coup" reads as "July"; in "from July to September" the second month is
        # its own mention, merged later.
        cand.start = cand.core = m.start("m")
    return cand


def _r_year(ctx: _Ctx, m: re.Match) -> _Cand | None:
    year, prep = int(m.group("y")), _group(m, "prep")
    before = ctx.folded[max(0, m.start() - 16) : m.start()]
    if _COUNT_NOUNS.match(ctx.folded, m.end()) or re.match(r"\s+\d", ctx.folded[m.end() :]):
        return None
    if not prep and not m.group("q") and _NOT_YEAR_BEFORE.search(before):
        return None
    if not prep and not m.group("q") and year > ctx.published.year + 10:
        return None
    span: Span = (date(year, 1, 1), date(year, 12, 31), "year")
    if m.group("q"):
        span = _part(span, _QUALS[m.group("q")])
    return _cand(m, span)


def _r_year_range(ctx: _Ctx, m: re.Match) -> _Cand | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    intro = m.group("btw") or _group(m, "prep")
    if y1 >= y2 or (m.group("join") in ("and", "et") and intro not in ("between", "entre")):
        return None
    return _cand(m, (date(y1, 1, 1), date(y2, 12, 31), "range"))


def _r_decade(ctx: _Ctx, m: re.Match) -> _Cand | None:
    y = int(m.group("y"))
    return _cand(m, (date(y, 1, 1), date(y + 9, 12, 31), "range"))


def _r_season(ctx: _Ctx, m: re.Match) -> _Cand | None:
    y = int(m.group("y"))
    a, b = _SEASONS[m.group("s")]
    return _cand(m, (date(y, a, 1), _month_span(y, b)[1], "range"))


def _r_weekday(ctx: _Ctx, m: re.Match) -> _Cand | None:
    word, mod, prep = m.group("wd"), m.group("mod") or "", _group(m, "prep")
    fr = m.group("fr") or ""
    if not (prep or mod or fr or m.group("poss") or word in _FRENCH_WEEKDAYS):
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
        mode = _mode(ctx, m, prep)
        mode = "next" if mode == "near" else mode
    d = _weekday(ctx.published, _WEEKDAYS[word], mode)
    span: Span = (d, d, "day")
    if m.group("tod") in ("night", "nuit") or mod == "overnight":
        span = (d, d + timedelta(days=1), "range")
    return _cand(m, span)


def _r_simple(ctx: _Ctx, m: re.Match) -> _Cand | None:
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
    return _cand(
        m, (pub + timedelta(days=a), pub + timedelta(days=b), "day" if a == b else "range")
    )


def _r_relative(ctx: _Ctx, m: re.Match) -> _Cand | None:
    rel, unit = m.group("rel"), _unit(m.group("unit"))
    pub = ctx.published
    if rel == "the" and not m.group("q"):
        return None
    if unit == "weekend":
        which = {"last": "last", "past": "last", "previous": "last", "this": "this"}.get(rel)
        return _cand(m, _weekend(pub, which or "next"))
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "the": 0}.get(rel, 1)
    span = _unit_span(pub, unit, offset)
    if m.group("q"):
        span = _part(span, _QUALS[m.group("q")])
    return _cand(m, span)


def _r_earlier_this(ctx: _Ctx, m: re.Match) -> _Cand | None:
    pub = ctx.published
    start, end, _ = _unit_span(pub, _unit(m.group("unit")), 0)
    if m.group("el") in ("earlier", "plus tot"):
        return _cand(m, (start, pub, "range"))
    return _cand(m, (pub, end, "range"))


def _r_weekend(ctx: _Ctx, m: re.Match) -> _Cand | None:
    which = "this" if _mode(ctx, m, "") == "next" else "past"
    if m.group("fr") == "dernier":
        which = "last"
    return _cand(m, _weekend(ctx.published, which))


def _r_past_n(ctx: _Ctx, m: re.Match) -> _Cand | None:
    unit, count = _unit(m.group("unit")), (m.group("n") or "").strip()
    pub = ctx.published
    if unit == "decade":
        return _cand(m, None)
    if unit == "hour":
        hours = _number(count) if count else 24
        return _cand(m, (pub - timedelta(days=-(-hours // 24)), pub, "range"))
    if count in ("few", "couple of", "several"):
        return _r_recent_any(ctx, m)
    n = _number(count) if count else 1
    if unit == "day" or unit == "week":
        return _cand(m, (_back(pub, n * (7 if unit == "week" else 1), "day"), pub, "range"))
    return _cand(m, (_back(pub, n, unit), pub, "range"))


def _r_ago(ctx: _Ctx, m: re.Match) -> _Cand | None:
    count, unit = (m.group("n") or "").strip(), _unit(m.group("unit"))
    if not count or count in ("a few", "few", "several", "some") or unit == "decade":
        return _cand(m, None)
    n, pub = _number(count), ctx.published
    if unit == "day":
        d = pub - timedelta(days=n)
        return _cand(m, (d, d, "day"))
    return _cand(m, _unit_span(pub, unit, -n))


def _r_anchor(ctx: _Ctx, m: re.Match) -> _Cand | None:
    if m.group("n"):
        count = m.group("n").strip()
        if count in ("a few", "few", "several", "some"):
            return _cand(m, None)
        if _APPROXIMATE.search(ctx.folded[max(0, m.start() - 12) : m.start()]):
            # "less than two months after the defeat": a rough gap from an unnamed event
            return _cand(m, None)
        n, unit = _number(count), _unit(m.group("unit"))
        sign = -1 if m.group("dir") in ("earlier", "before", "avant", "auparavant") else 1
    else:
        phrase = re.sub(r"\s+", " ", m.group("fixed"))
        table = {
            "the next day": (1, "day", 1), "the following day": (1, "day", 1),
            "the day after": (1, "day", 1), "the next morning": (1, "day", 1),
            "the following morning": (1, "day", 1), "the day before": (1, "day", -1),
            "the previous day": (1, "day", -1), "the same day": (0, "day", 1),
            "later that day": (0, "day", 1), "earlier that day": (0, "day", 1),
            "that same day": (0, "day", 1), "le lendemain": (1, "day", 1),
            "la veille": (1, "day", -1), "le meme jour": (0, "day", 1),
            "the following week": (1, "week", 1), "the next week": (1, "week", 1),
            "the following month": (1, "month", 1), "the next month": (1, "month", 1),
            "the following year": (1, "year", 1), "the next year": (1, "year", 1),
            "the previous week": (1, "week", -1), "the previous month": (1, "month", -1),
            "the previous year": (1, "year", -1),
        }  # fmt: skip
        # "the same night", "late that night", "earlier in the day": the day of the anchor
        n, unit, sign = table.get(phrase, (0, "day", 1))
    cand = _cand(m, None)
    cand.anchor = (n, unit, sign, False)
    if m.group("dir") in ("after", "before", "apres", "avant"):
        # "two days after the 7 October attack": the anchor is the date that follows.
        gap = _ANCHOR_GAP.match(ctx.folded, m.end())
        follow = _scan_at(ctx, gap.end()) if gap else None
        if follow is not None and follow.span is not None and not follow.prep:
            cand.end = follow.end
            cand.span = follow.span
            cand.anchor = (n, unit, sign, True)
        elif sign < 0:
            return _cand(m, None)
    return cand


def _r_relative_fr(ctx: _Ctx, m: re.Match) -> _Cand | None:
    unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")
    rel = m.group("rel") or ""
    # "le mois de juillet", "l'an 2000": not relative to publication.
    if not rel and (m.group(0).startswith("l'") or unit == "mois" and "-ci" not in m.group(0)):
        return None
    offset = 1 if rel.startswith("prochain") else (-1 if rel else 0)
    return _cand(m, _unit_span(ctx.published, _unit(unit), offset))


def _r_recent_any(ctx: _Ctx, m: re.Match) -> _Cand | None:
    unit = _unit(_group(m, "unit") or _group(m, "unit2"))
    n = {"day": 7, "week": 28, "month": 3, "year": 5}[unit]
    start = _back(ctx.published, n, "day" if unit in ("day", "week") else unit)
    return _cand(m, (start, ctx.published, "range"))


# (pattern, handler, the kinds of trigger word the phrase must contain: see patterns._TRIGGER)
_RULES: list[tuple[re.Pattern, Callable[[_Ctx, re.Match], _Cand | None], frozenset[str]]] = [
    (_x(_ISO), _r_iso, frozenset({"year"})),
    (_x(_NUMERIC), _r_numeric, frozenset({"year"})),
    (_x(_DAY_MONTH), _r_day_month, frozenset({"num", "month"})),
    (_x(_MONTH_DAY), _r_day_month, frozenset({"num", "month"})),
    (_x(_DAY_RANGE), _r_day_range, frozenset({"num", "month"})),
    (_x(_MONTH_YEAR), _r_month_year, frozenset({"year", "month"})),
    (_x(_MONTH), _r_month, frozenset({"month"})),
    (_x(_YEAR_ALONE), _r_year, frozenset({"year"})),
    (_x(_YEAR_RANGE), _r_year_range, frozenset({"year"})),
    (_x(_DECADE), _r_decade, frozenset({"year"})),
    (_x(_SEASON), _r_season, frozenset({"year"})),
    (_x(_WEEKDAY), _r_weekday, frozenset({"weekday"})),
    (_x(_SIMPLE), _r_simple, frozenset({"word"})),
    (_x(_RELATIVE), _r_relative, frozenset({"word"})),
    (_x(_RELATIVE_FR), _r_relative_fr, frozenset({"word"})),
    (_x(_EARLIER_THIS), _r_earlier_this, frozenset({"word"})),
    (_x(_WEEKEND), _r_weekend, frozenset({"word"})),
    (_x(_RECENT), _r_recent_any, frozenset({"word"})),
    (_x(_PAST_N), _r_past_n, frozenset({"word"})),
    (_x(_AGO), _r_ago, frozenset({"word"})),
    (_x(_ANCHORED), _r_anchor, frozenset({"word"})),
]


def _scan_at(ctx: _Ctx, pos: int) -> _Cand | None:
    """The longest date phrase starting exactly at `pos`."""
    best: _Cand | None = None
    for pattern, handler, _ in _RULES:
        m = pattern.match(ctx.folded, pos)
        if m and m.end() > pos and handler is not _r_anchor:
            cand = handler(ctx, m)
            if cand is not None and (best is None or cand.end > best.end):
                best = cand
    return best
