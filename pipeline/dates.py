"""Date expressions in article text, resolved against the publication date.

Everything is matched with compiled regexes on the folded text (lower-case, no accents, same
length as the original so offsets hold) and resolved with calendar arithmetic. A mention is an
inclusive span of days, UCDP style, with the precision the words give and no more.

Choices worth knowing (see also tests/test_dates.py):
- A day or month without a year is the latest one on or before publication; after a future
  cue earlier in the sentence ("will", "scheduled", "set to", "deadline", "has until", ...)
  the next one on or after it; after a bare "until", "by", "till" and in "from ... to" the
  one nearest publication ("lasted until 12 September" published 18 September is six days
  earlier, "until 31 December" published in September is the coming one). A weekday after
  "until"/"by" is the next one.
- Parts: early/beginning = first third (days 1-10 of a month, January-April of a year), mid
  = second third, late/end = last third; halves and quarters as written.
- "in recent days/weeks/months/years" end on publication and cover 7 days, 28 days,
  3 months, 5 years.
- "this week" is the whole Monday-Sunday week; "at/over the weekend" the latest Saturday-Sunday
  on or before publication; "overnight" the publication day and the day before.
- "two days later", "the next day" count from the previous day-precision date in the text;
  "two days after the 7 October attack" from the date that follows.
- Too vague to date, so matched but never returned: "a decade ago", "over the past decade"
  (a rounded figure: 8 to 12 years), "years ago", "a few days ago", "before 2020" (no start),
  "two days before the vote" (its anchor is not written), anchor-relative phrases with no
  earlier day in the text, and "a week after <event>" when counting from the last written
  date would put it after publication.
- dateparser is not used: the grammar below covers the numeric, English and French forms at a
  fraction of its cost, with offsets and without its eager guesses.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.records import DateMention
from pipeline.textnorm import fold

Span = tuple[date, date, str]
Make = Callable[[int], Span | None]

_MONTHS = {
    "january": 1, "janvier": 1, "february": 2, "fevrier": 2, "march": 3, "mars": 3,
    "april": 4, "avril": 4, "may": 5, "mai": 5, "june": 6, "juin": 6, "july": 7,
    "juillet": 7, "august": 8, "aout": 8, "september": 9, "septembre": 9, "october": 10,
    "octobre": 10, "november": 11, "novembre": 11, "december": 12, "decembre": 12,
}  # fmt: skip
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "janv": 1, "fevr": 2, "juil": 7,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}  # fmt: skip
_FRENCH_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "dix": 10,
}  # fmt: skip
# English words that are also month names only count as months when capitalised.
_CASED_MONTHS = {"may", "march", "mar"}


def _alt(words) -> str:
    """The words as a regex alternation shaped as a prefix tree, which `re` tries much faster."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


_MON_FULL = _alt(_MONTHS)
_MON_ANY = rf"(?:{_MON_FULL})\b|(?:{_alt(_MONTH_ABBR)})\b\.?"
_WD = _alt(_WEEKDAYS)
_NUM = _alt(_NUMBERS) + r"|\d{1,3}"
_DAY = r"(?<![\d.,/\-])(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|er)?"
_DAY_AFTER_JOIN = _DAY.removeprefix(r"(?<![\d.,/\-])")
_YEAR = r"(?:19|20)\d\d(?![\d])"
_PREPS = [
    "on", "in", "since", "until", "till", "til", "by", "from", "during", "throughout",
    "through", "as of", "as from", "starting", "starting on", "starting in", "before",
    "after", "between", "le", "en", "depuis", "jusqu'au", "jusqu'en", "jusqu'a", "des",
    "avant", "apres", "courant", "pendant", "au cours de", "entre", "du", "d'ici", "au",
]  # fmt: skip
_PREP = rf"(?:\b(?P<prep>{_alt(_PREPS)})\s+)?"
_QUALS = {
    "early": "early", "the beginning of": "early", "beginning of": "early",
    "the start of": "early", "start of": "early", "debut": "early", "le debut de": "early",
    "debut de": "early", "mid": "mid", "the middle of": "mid", "middle of": "mid",
    "la mi": "mid", "mi": "mid", "late": "late", "the end of": "late", "end of": "late",
    "end": "late", "fin": "late", "la fin de": "late", "fin de": "late",
    "the first half of": "h1", "first half of": "h1", "the second half of": "h2",
    "second half of": "h2", "the first quarter of": "q1", "the second quarter of": "q2",
    "the third quarter of": "q3", "the fourth quarter of": "q4", "courant": "whole",
}  # fmt: skip
_QUAL_WORD = rf"(?:(?P<q>{_alt(_QUALS)})(?:\s*-\s*|\s+))"
_QUAL = _QUAL_WORD + "?"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASONS.update({"printemps": (3, 5), "ete": (6, 8), "automne": (9, 11)})

_FORWARD_PREPS = {"until", "till", "til", "by", "jusqu'au", "jusqu'en", "jusqu'a", "d'ici"}
_FORWARD_CUE = re.compile(
    r"(?:\b(?:will|shall|set to|scheduled|expected to|is to|are to|plans? to|planned|"
    r"planning to|deadline|upcoming|ahead of|next(?!\s+to\b)|due (?:on|in|by|to be|to take|to hold|"
    r"to start|to begin|to end|to leave)|va|vont|doit|doivent|devra|devront|prevue?s?)\b"
    r"|'ll\b)"
)
# "has until 31 December", "extended until": a deadline still to come.
_DEADLINE_VERB = re.compile(r"\b(?:has|have|given|extended|extends|extend|remains?)\s+$")
_RANGE_HEAD = re.compile(rf"\b(?:between|from|entre|du|de)\s+(?:{_MON_FULL})\s+$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_COUNT_NOUNS = re.compile(
    r"\s*(?:%|percent\b|per cent\b|-strong\b|(?:people|persons|civilians|soldiers|troops|"
    r"fighters|militants|jihadists|men|women|children|refugees|migrants|displaced|dead|"
    r"deaths|killed|casualties|victims|km|kilometres|kilometers|miles|metres|meters|dollars|"
    r"euros|francs|cfa|tonnes|tons|households|families|homes|houses|schools|villages|"
    r"residents|members|cases|votes|hectares|head|cattle|vehicles|weapons|personnes|"
    r"soldats|morts|civils|habitants)\b)"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:resolutions?|no|nos|number|numero|num|nr|n°|page|pages|p|pp|article|art|law|"
    r"loi|decree|decret|ordinance|order|flight|route|code|vol|volume|issue|chapter|section|"
    r"paragraph|room|model|vision|agenda|horizon|tel|phone|box|bp|lot)\.?\s*|[$€£#+/\\_:=&@])$"
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


# ---------------------------------------------------------------- calendar arithmetic


def _valid(y: int, m: int, d: int) -> date | None:
    if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
        return date(y, m, d)
    return None


def _month_span(y: int, m: int) -> Span:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month"


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _week_span(d: date) -> Span:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6), "week"


def _part(span: Span, which: str) -> Span:
    """A part of a week, month or year span: thirds, halves, quarters."""
    start, end, unit = span
    if which == "whole":
        return span
    if unit == "year":
        y = start.year
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "h1": (1, 6), "h2": (7, 12)}
        months.update({"q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)})
        a, b = months[which]
        return date(y, a, 1), _month_span(y, b)[1], "range"
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


def _pick(make: Make, pub: date, mode: str) -> Span | None:
    """The occurrence of a year-less span that the mode asks for: past, next or near."""
    spans = [s for y in range(pub.year - 8, pub.year + 9) if (s := make(y)) is not None]
    past = [s for s in spans if s[0] <= pub]
    future = [s for s in spans if s[1] >= pub]
    if mode == "past":
        return max(past, default=None)
    if mode == "next":
        return min(future, default=None)
    return min(spans, key=lambda s: (_distance(s, pub), s[0] > pub), default=None)


def _weekday(pub: date, wd: int, mode: str) -> date:
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


def _weekend(pub: date, which: str) -> Span:
    monday = pub - timedelta(days=pub.weekday())
    if which == "past":
        which = "this" if pub.weekday() >= 5 else "last"
    shift = {"last": -7, "this": 0, "next": 7}[which]
    saturday = monday + timedelta(days=5 + shift)
    return saturday, saturday + timedelta(days=1), "range"


def _unit_span(pub: date, unit: str, offset: int) -> Span:
    """The calendar week, month or year `offset` units from the one holding `pub`."""
    if unit == "week":
        return _week_span(pub + timedelta(days=7 * offset))
    if unit == "month":
        d = _add_months(pub.replace(day=1), offset)
        return _month_span(d.year, d.month)
    y = pub.year + offset
    return date(y, 1, 1), date(y, 12, 31), "year"


def _back(pub: date, n: int, unit: str) -> date:
    """The first day of the n units that end on `pub`."""
    if unit == "day":
        return pub - timedelta(days=n - 1)
    if unit == "week":
        return pub - timedelta(days=7 * n - 1)
    if unit == "month":
        return _add_months(pub, -n)
    return _add_months(pub, -12 * n)


_FRENCH_UNITS = {"jour": "day", "semaine": "week", "moi": "month", "an": "year", "annee": "year"}


def _unit(word: str) -> str:
    """English singular unit for a unit word ("weeks", "mois", "annees" -> week, month, year)."""
    word = word.rstrip("s")
    return _FRENCH_UNITS.get(word, word)


def _number(word: str) -> int:
    word = word.strip()
    return int(word) if word.isdigit() else _NUMBERS[word]


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


# ---------------------------------------------------------------- rules


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
        span = make(int(year))
        return _cand(m, span) if span else None
    mode = _mode(ctx, m, prep)
    span = _pick(make, ctx.published, mode)
    return _cand(m, span, make, mode) if span else None


def _r_iso(ctx: _Ctx, m: re.Match) -> _Cand | None:
    d = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _cand(m, (d, d, "day")) if d else None


def _r_numeric(ctx: _Ctx, m: re.Match) -> _Cand | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    # Day first, as in the region's press, unless only month-first is possible.
    d = _valid(y, b, a) or _valid(y, a, b)
    return _cand(m, (d, d, "day")) if d else None


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
        span = make(int(m.group("y")))
        return _cand(m, span) if span else None
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


_APPROXIMATE = re.compile(r"\b(?:less than|more than|almost|nearly|over|about|some|around)\s+$")
_ANCHOR_GAP = re.compile(r"[^\S\n]+(?:the[^\S\n]+|le[^\S\n]+)?")


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
        n, unit, sign = table[phrase]
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


def _x(pattern: str) -> re.Pattern:
    # A date phrase never runs across a line break: "\s" inside the rules means blanks only.
    # Phrases start at a word boundary; saying so first lets the scan skip inside words cheaply.
    return re.compile(r"\b" + pattern.replace(r"\s", r"[^\S\n]"), re.VERBOSE)


_HEAD = rf"""{_PREP}(?:(?P<night>(?:the\s+)?night\s+of|la\s+nuit\s+du)\s+)?
    (?:(?:{_WD})\s*,?\s+)?(?:the\s+)?"""
_TAIL_YEAR = rf"(?:\s*,?\s+(?P<y>{_YEAR}))?"
_ISO = rf"{_PREP}(?<![\w/.\-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)"
_NUMERIC = rf"{_PREP}(?<![\w/.\-])(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])"
_DAY_MONTH = rf"{_HEAD}(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MON_ANY}){_TAIL_YEAR}"
_MONTH_DAY = rf"{_HEAD}(?P<m>{_MON_ANY})\s+(?P<d>{_DAY})(?![\d:.,]\d){_TAIL_YEAR}"
_DAY_RANGE = rf"""{_PREP}(?:(?P<btw>between|from|entre|du|les)\s+)?(?:the\s+)?
    (?:(?:the\s+)?night\s+of\s+|la\s+nuit\s+du\s+)?
    (?P<d1>{_DAY})\s*(?P<join>-|to|and|until|till|through|au|et|a)\s*(?:the\s+)?
    (?P<d2>{_DAY_AFTER_JOIN})(?:\s+of)?\s+(?P<m>{_MON_ANY}){_TAIL_YEAR}"""
_MONTH_YEAR = rf"{_PREP}{_QUAL}(?P<m>{_MON_ANY})(?:\s+of)?\s*,?\s+(?P<y>{_YEAR})"
_MONTH = rf"""(?:{_PREP}|(?P<rel>last|next|this)\s+|(?P<the>the)\s+|(?P<join>to|and|et|au|a)\s+)?
    {_QUAL}(?P<m>{_MON_FULL})\b(?P<poss>'s)?"""
_YEAR_ALONE = rf"""{_PREP}(?:{_QUAL_WORD}|(?<![\w$€£#/\\.\-])(?<!\d\s))(?P<y>{_YEAR})
    (?![\w/\\]|[.,\-:]\d)"""
_YEAR_RANGE = rf"""{_PREP}(?:(?P<btw>between|from|entre|de)\s+)?(?<![\w/\\.\-])(?P<y1>{_YEAR})
    \s*(?P<join>-|to|and|until|through|au|a|et)\s*(?P<y2>{_YEAR})(?![\w/\\\-])"""
_DECADE = rf"{_PREP}(?:the\s+)?(?<![\w\-])(?P<y>(?:19|20)\d0)'?s\b"
_SEASON = rf"{_PREP}(?:the\s+|l')?(?P<s>{_alt(_SEASONS)})(?:\s+of|\s+de)?\s+(?P<y>{_YEAR})"
_WEEKDAY = rf"""{_PREP}(?:(?P<mod>earlier|later|late|early|last|next|this\s+past|this\s+coming|
    this|coming|past|overnight)\s+)?\b(?P<wd>{_WD})\b
    (?:\s+(?P<tod>morning|afternoon|evening|night|matin|soir|apres-midi|nuit))?(?P<poss>'s)?
    (?:\s+(?P<fr>dernier|prochain|passe)\b)?"""
_SIMPLE = rf"""{_PREP}\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|tonight|
    overnight|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|
    later\s+today|hier\s+soir|hier|aujourd'hui|demain|avant-hier|cette\s+nuit|
    la\s+nuit\s+derniere|ce\s+matin)\b"""
_RELATIVE = rf"""{_PREP}{_QUAL}\b(?P<rel>last|this|next|past|previous|coming|current|the)\s+
    (?P<unit>week|month|year|weekend)\b"""
_RELATIVE_FR = r"""\b(?:(?:la|cette)\s+(?P<unit>semaine)|(?:le|ce)\s+(?P<unit2>mois)|
    l'(?P<unit3>an|annee)|cette\s+(?P<unit4>annee))(?:-ci)?
    (?:\s+(?P<rel>derniere|dernier|passee|passe|prochaine|prochain))?\b"""
_EARLIER_THIS = r"""\b(?P<el>earlier|later|plus\s+tot|plus\s+tard)\s+(?:this|in\s+the|cette|ce)\s+
    (?P<unit>week|month|year|semaine|mois|annee)\b"""
_WEEKEND = r"""\b(?:(?:at|over|during)\s+the\s+weekend|(?:le|ce)\s+week-end
    (?:\s+(?P<fr>dernier))?)\b"""
_RECENT = r"""\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?recent\s+
    (?P<unit>days|weeks|months|years)\b
    |\b(?:ces|des|les)\s+(?:derniers|dernieres)\s+(?P<unit2>jours|semaines|mois|annees)\b"""
_PAST_N = rf"""\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+
    (?:(?P<n>{_NUM}|few|couple\s+of|several)\s+)?
    (?P<unit>days?|weeks?|months?|years?|hours?|decades?)\b"""
_AGO = rf"""\b(?P<n>(?:{_NUM}|a\s+few|few|several|some)\s+)?
    (?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"""
_ANCHORED = rf"""\b(?:(?P<n>{_NUM}|a\s+few|few|several|some)\s+(?P<unit>days?|weeks?|months?|years?)
    \s+(?P<dir>later|after|earlier|before|afterwards|plus\s+tard|apres|avant|auparavant)|
    (?P<fixed>the\s+(?:next|following)\s+(?:day|morning|week|month|year)|
    the\s+day\s+(?:before|after)|the\s+previous\s+(?:day|week|month|year)|
    the\s+same\s+day|later\s+that\s+day|earlier\s+that\s+day|that\s+same\s+day|
    le\s+lendemain|la\s+veille|le\s+meme\s+jour))\b"""

# (pattern, handler, the kinds of trigger word the phrase must contain: see _TRIGGER)
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


# ---------------------------------------------------------------- assembling mentions


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


# Every rule needs a number, a month, a weekday or one of the time words, so the rules run only on
# the stretches of text around those and only when their kind of trigger is there: most of an
# article is never scanned by the (slower) full rules.
_TIME_WORDS = [
    "yesterday", "today", "tomorrow", "tonight", "overnight", "night", "morning", "afternoon",
    "evening", "recent", "ago", "day", "days", "week", "weeks", "weekend", "month", "months",
    "year", "years", "decade", "decades", "hour", "hours", "hier", "aujourd'hui", "demain",
    "avant-hier", "nuit", "matin", "lendemain", "veille", "jour", "jours", "semaine", "semaines",
    "mois", "l'an", "annee", "annees",
]  # fmt: skip
_TRIGGER = re.compile(
    rf"""(?P<year>(?<!\d)(?:19|20)\d\d(?!\d))|(?P<num>\d+)|
    \b(?:(?P<month>{_alt([*_MONTHS, *_MONTH_ABBR])})|(?P<weekday>{_WD})|
    (?P<word>{_alt(_TIME_WORDS)}))\b""",
    re.VERBOSE,
)
# Farther than any phrase reaches to the left and to the right of its last trigger word.
_REACH_LEFT, _REACH_RIGHT = 45, 30


def _find(text: str, sub: str, start: int) -> int:
    found = text.find(sub, start)
    return len(text) if found < 0 else found


def _windows(folded: str) -> list[tuple[int, int, set[str]]]:
    """Merged stretches of text around trigger words, widened to whole words, with their kinds."""
    spans: list[tuple[int, int, set[str]]] = []
    for m in _TRIGGER.finditer(folded):
        lo = max(0, m.start() - _REACH_LEFT)
        hi = min(len(folded), m.end() + _REACH_RIGHT)
        lo = max(folded.rfind(" ", 0, lo), folded.rfind("\n", 0, lo)) + 1
        hi = min(_find(folded, " ", hi), _find(folded, "\n", hi))
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]), spans[-1][2] | {m.lastgroup})
        else:
            spans.append((lo, hi, {m.lastgroup}))
    return spans


def _candidates(ctx: _Ctx) -> list[_Cand]:
    found = []
    for lo, hi, kinds in _windows(ctx.folded):
        for pattern, handler, need in _RULES:
            if not need <= kinds:
                continue
            for m in pattern.finditer(ctx.folded, lo, hi):
                if m.end() > m.start() and (cand := handler(ctx, m)) is not None:
                    found.append(cand)
    return found


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest phrases first, then non-overlapping shorter ones; returned in text order."""
    taken: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _apply_prep(span: Span, prep: str, pub: date) -> Span | None:
    start, end, _ = span
    if prep in ("since", "depuis", "as from", "starting", "starting in", "starting on"):
        return (start, pub, "range") if start <= pub else span
    if prep in ("after", "apres"):
        return (end + timedelta(days=1), pub, "range") if end < pub else None
    if prep in ("before", "avant"):
        return (pub, start - timedelta(days=1), "range") if start > pub else None
    return span


_JOIN = re.compile(r"\s*(?:-|to|and|until|till|through|et|au|a)\s*")


def _merge_ranges(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """Join "between X and Y" / "from X to Y" into one range mention."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.span is not None
            and c.span is not None
            and prev.anchor is None
            and c.anchor is None
            and prev.prep in ("between", "from", "entre", "du")
            and c.prep in ("", "until", "till", "au")
            and _JOIN.fullmatch(ctx.folded, prev.end, c.core)
            and (prev.prep in ("from", "du") or ctx.folded[prev.end : c.core].strip() != "to")
        ):
            merged = _range_of(prev, c, ctx)
            if merged is not None:
                out[-1] = _Cand(prev.start, c.end, prev.core, prev.prep, merged)
                continue
        out.append(c)
    return out


def _range_of(a: _Cand, b: _Cand, ctx: _Ctx) -> Span | None:
    pub = ctx.published
    if a.make is not None and b.make is not None:
        make_a, make_b = a.make, b.make

        def make(y: int) -> Span | None:
            sa = make_a(y)
            sb = make_b(y)
            if sa and sb and sb[1] < sa[0]:
                sb = make_b(y + 1)
            return (sa[0], sb[1], "range") if sa and sb else None

        mode = a.mode if a.mode == "next" else ("near" if a.prep in ("from", "du") else "past")
        span = _pick(make, pub, mode)
    elif a.make is not None:
        b_start = b.span[0]
        options = [s for y in range(b_start.year - 1, b_start.year + 1) if (s := a.make(y))]
        options = [s for s in options if s[0] <= b_start]
        span = (max(options)[0], b.span[1], "range") if options else None
    elif b.make is not None:
        options = [s for y in range(a.span[1].year, a.span[1].year + 2) if (s := b.make(y))]
        options = [s for s in options if s[1] >= a.span[1]]
        span = (a.span[0], min(options)[1], "range") if options else None
    else:
        span = (a.span[0], b.span[1], "range")
    if span is None or span[0] > span[1]:
        return None
    return span


def _shift(anchor: Span, n: int, unit: str, sign: int) -> Span:
    """The anchor moved by n units, as precise as the coarser of the anchor and the unit."""
    start, end, precision = anchor
    if unit in ("day", "week"):
        step = timedelta(days=n * sign * (7 if unit == "week" else 1))
        if precision == "day":
            return start + step, start + step, "day"
        return start + step, end + step, "range"
    months = n * sign * (12 if unit == "year" else 1)
    if precision == "range" or (unit == "month" and precision == "year"):
        return _add_months(start, months), _add_months(end, months), "range"
    shifted = _add_months(start.replace(day=1), months)
    if unit == "month":
        return _month_span(shifted.year, shifted.month)
    return date(shifted.year, 1, 1), date(shifted.year, 12, 31), "year"


def _resolve_anchors(cands: list[_Cand], ctx: _Ctx) -> list[DateMention]:
    out: list[DateMention] = []
    last_day: Span | None = None
    for c in cands:
        span = c.span
        if c.anchor is not None:
            n, unit, sign, own = c.anchor
            base = span if own else last_day
            span = _shift(base, n, unit, sign) if base is not None else None
            if span and not own and base[1] <= ctx.published < span[0]:
                # "a week after the army retook Anefis" is not a week after the last date
                # written: a narrated past event cannot land after publication.
                span = None
        elif span is not None:
            span = _apply_prep(span, c.prep, ctx.published)
        if span is None:
            continue
        if span[2] == "day":
            last_day = span
        text = ctx.text[c.start : c.end]
        out.append(DateMention(text, c.start, c.end, span[0], span[1], span[2]))
    return out


def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date expression in an article body, resolved against the publication date.

    Offsets into text, non-overlapping, in order.
    """
    ctx = _Ctx(text, fold(text), published)
    chosen = _merge_ranges(_select(_candidates(ctx)), ctx)
    return _resolve_anchors(chosen, ctx)


def resolve(phrase: str, published: date) -> DateMention | None:
    """Resolve one phrase as written (for tests and callers); None when it is not a date."""
    text = phrase.strip()
    found = find_dates(text, published)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0]
    return None
