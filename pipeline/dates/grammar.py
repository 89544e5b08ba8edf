"""The rule table (every pattern with its handler) and the rule for phrases counted from
another date ("two days later", "a week after 7 October"), which reads the table itself."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.dates import absolute, relative
from pipeline.dates.candidate import Cand, Ctx, candidate, direction
from pipeline.dates.patterns import (
    AGO,
    ANCHOR_GAP,
    ANCHORED,
    APPROXIMATE,
    DAY_MONTH,
    DAY_RANGE,
    DECADE,
    EARLIER_THIS,
    HOLIDAY,
    ISO,
    LASTED_FOR,
    MIDWEEK,
    MONTH,
    MONTH_DAY,
    MONTH_DAY_RANGE,
    MONTH_IN_YEAR,
    MONTH_YEAR,
    NIGHT_WEEKDAYS,
    NUMERIC,
    ORDINAL_DAY,
    PAST_N,
    RECENT,
    RELATIVE,
    RELATIVE_FR,
    SEASON,
    SEASONS,
    SIMPLE,
    WEEKDAY,
    WEEKEND,
    YEAR_ALONE,
    YEAR_RANGE,
    count_of,
    rule_pattern,
    unit_of,
)

# the reach of "in the days (weeks) that followed"
FOLLOWING_DAYS = {"days": 7, "weeks": 28}
NEXT_WEEKEND = "the weekend after"  # "on the weekend that followed": the Saturday and Sunday next
# "days later": counted in days from the last time told, however long ("In August ... days later")
AFTER_THE_LAST = "days after the last"
DAY_OF_MONTH = "day of the month told"  # "on the 28th": that day of the month told before it


def _following(unit: str) -> tuple[int, str, int]:
    """ "in the days (hours, weeks, the weekend) that followed": (n, unit, sign)."""
    if unit == "hours":
        return 1, "hour", 1
    if unit == "weekend":
        return 0, NEXT_WEEKEND, 1
    return FOLLOWING_DAYS[unit], "days", 1


def _vague_days_later(m: re.Match) -> bool:
    """ "days later", "a few weeks later": an uncounted stretch after the day told."""
    count = (m.group("n") or "").strip()
    return (
        m.group("unit") in ("days", "weeks")
        and m.group("dir") == "later"
        and count in ("", "a few", "few", "several")
    )


# phrases that count from the day told before: (units, unit, direction)
FIXED_PHRASES = {
    "the next day": (1, "day", 1), "the following day": (1, "day", 1),
    "next day": (1, "day", 1), "following day": (1, "day", 1),
    "the day after": (1, "day", 1), "the next morning": (1, "day", 1),
    "the following morning": (1, "day", 1), "the day before": (1, "day", -1),
    "the previous day": (1, "day", -1), "the same day": (0, "day", 1),
    "later that day": (0, "day", 1), "earlier that day": (0, "day", 1),
    "that same day": (0, "day", 1), "le lendemain": (1, "day", 1),
    "the same time": (0, "day", 1),
    "la veille": (1, "day", -1), "le meme jour": (0, "day", 1),
    "the following week": (1, "week", 1), "the next week": (1, "week", 1),
    "the following month": (1, "month", 1), "the next month": (1, "month", 1),
    "the following year": (1, "year", 1), "the next year": (1, "year", 1),
    "the previous week": (1, "week", -1), "the previous month": (1, "month", -1),
    "the next evening": (1, "day", 1), "the following evening": (1, "day", 1),
    "the next night": (1, "day", 1), "the following night": (1, "day", 1),
    "the night after": (1, "day", 1), "the night before": (1, "day", -1),
    "the previous night": (1, "day", -1), "the previous evening": (1, "day", -1),
    "the previous year": (1, "year", -1), "the previous morning": (1, "day", -1),
    "the morning before": (1, "day", -1), "the morning after": (1, "day", 1),
    "the previous afternoon": (1, "day", -1),
    "the next afternoon": (1, "day", 1), "the following afternoon": (1, "day", 1),
    "the same week": (0, "week", 1), "the same month": (0, "month", 1),
    "that same week": (0, "week", 1), "that same month": (0, "month", 1),
}  # fmt: skip


# "the same month": the week or month of whatever was told last ("the same year" is left out:
# "On 30 September the same year" and "in October of the same year" tell a date of their own)
WHOLE_UNITS = ("week", "month")
# such a phrase tells a time only opening a clause ("The same month, gunmen ..."), not after a
# noun ("the two attacks in the same week were the sign")
SAME_UNIT_PHRASES = frozenset(
    phrase for phrase, (n, unit, _) in FIXED_PHRASES.items() if n == 0 and unit in WHOLE_UNITS
)
CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,]\s*|(?:^|[.!?]\s+)(?:in|during)\s+)$")


def rule_anchor(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "two days later", "the same night", "a week after 7 October": counted from a date."""
    if m.group("rest"):
        # "later that year", "earlier in the month": the rest of the anchor's year or month
        n, unit, sign = 0, f"rest_{m.group('runit')}", 1 if m.group("rdir") == "later" else -1
    elif m.group("after"):
        # "in the days that followed": after the day told, within a week (a month for weeks)
        n, unit, sign = _following(m.group("aunit") or m.group("aunit2"))
        if m.group("acount") and unit == "days" and m.group("aunit2") == "days":
            n = count_of(m.group("acount"))  # "during the two days that followed": those two
    elif m.group("hours"):
        # "hours later": the day told or the next one; "hours earlier": that day or the one before
        n, unit, sign = 1, "hour", 1 if m.group("hdir") == "later" else -1
    elif _vague_days_later(m):
        # "(a few) days later": within the week (the month, for weeks) after the day told
        n, unit, sign = FOLLOWING_DAYS[m.group("unit")], AFTER_THE_LAST, 1
    elif m.group("n"):
        count = m.group("n").strip()
        if count in ("a few", "few", "several", "some"):
            return candidate(m, None)
        if APPROXIMATE.search(ctx.folded[max(0, m.start() - 12) : m.start()]):
            # "less than two months after the defeat": a rough gap from an unnamed event
            return candidate(m, None)
        n, unit = count_of(count), unit_of(m.group("unit"))
        sign = -1 if m.group("dir") in ("earlier", "before", "avant", "auparavant") else 1
    else:
        phrase = re.sub(r"\s+", " ", m.group("fixed"))
        if phrase in SAME_UNIT_PHRASES and not CLAUSE_OPENING.search(ctx.folded, 0, m.start()):
            return candidate(m, None)  # "the two attacks in the same week": no time told
        # "the same night", "late that night", "earlier in the day": the day of the anchor
        n, unit, sign = FIXED_PHRASES.get(phrase, (0, "day", 1))
    cand = candidate(m, None, mode=direction(ctx, m, ""))
    cand.anchor = (n, unit, sign, False)
    if m.group("dir") in ("after", "before", "apres", "avant"):
        # "two days after the 7 October attack": the anchor is the date that follows.
        gap = ANCHOR_GAP.match(ctx.folded, m.end())
        follow = scan_at(ctx, gap.end()) if gap else None
        if follow is not None and follow.span is not None and not follow.prep:
            cand.end = follow.end
            cand.span = follow.span
            cand.anchor = (n, unit, sign, True)
        elif sign < 0:
            return candidate(m, None)
    return cand


# what may stand before a chronology's "On the 28th,": nothing, or the end of a sentence or a line
SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;>\n])[\s\"'“]*$")


def rule_ordinal_day(ctx: Ctx, m: re.Match) -> Cand | None:
    """ "On the 28th, ECOWAS suspended Burkina": a sentence opening with that day of the month
    told before it, counted when the text is read. Elsewhere the day may be another clause's
    ("drones struck Kidal in the days before the army entered it on the 14th")."""
    if not SENTENCE_OPENS.search(ctx.folded, max(0, m.start() - 6), m.start()):
        return None
    cand = candidate(m, None)
    cand.anchor = (int(m.group("dom")), DAY_OF_MONTH, 1, False)
    return cand


# (pattern, handler, the kinds of trigger word the phrase must contain (see patterns.TRIGGER),
# words one of which it must contain, or () if none is known: a stretch of text holding none of
# them is not scanned, which most are not for the rules that rarely match)
Rule = tuple[re.Pattern, Callable[[Ctx, re.Match], Cand | None], frozenset[str], tuple[str, ...]]
_YEAR, _WORD, _WEEKDAY = frozenset({"year"}), frozenset({"word"}), frozenset({"weekday"})
_DAY = frozenset({"num", "month"})  # a day of a month: its number and the month
RULES: list[Rule] = [
    (rule_pattern(ISO), absolute.rule_iso, _YEAR, ("-",)),
    (rule_pattern(NUMERIC), absolute.rule_numeric, _YEAR, ("/",)),
    (rule_pattern(DAY_MONTH), absolute.rule_day_month, _DAY, ()),
    (rule_pattern(MONTH_DAY), absolute.rule_day_month, _DAY, ()),
    (rule_pattern(DAY_RANGE), absolute.rule_day_range, _DAY, ()),
    (rule_pattern(MONTH_DAY_RANGE), absolute.rule_day_range, _DAY, ()),
    (rule_pattern(MONTH_YEAR), absolute.rule_month_year, frozenset({"year", "month"}), ()),
    (rule_pattern(MONTH), absolute.rule_month, frozenset({"month"}), ()),
    (rule_pattern(YEAR_ALONE), absolute.rule_year, _YEAR, ()),
    (rule_pattern(YEAR_RANGE), absolute.rule_year_range, _YEAR, ()),
    (rule_pattern(DECADE), absolute.rule_decade, _YEAR, ("0s", "0'")),
    (rule_pattern(SEASON), absolute.rule_season, _YEAR, tuple(SEASONS)),
    (rule_pattern(HOLIDAY), absolute.rule_holiday, _WORD, ("christmas", "year")),
    (rule_pattern(WEEKDAY), relative.rule_weekday, _WEEKDAY, ()),
    (rule_pattern(NIGHT_WEEKDAYS), relative.rule_night_weekdays, _WEEKDAY, ("night", "nuit")),
    (
        rule_pattern(MONTH_IN_YEAR),
        relative.rule_month_in_year,
        frozenset({"month", "word"}),
        ("year",),
    ),
    (rule_pattern(SIMPLE), relative.rule_simple, _WORD, ()),
    (rule_pattern(RELATIVE), relative.rule_relative, _WORD, ()),
    (
        rule_pattern(RELATIVE_FR),
        relative.rule_relative_fr,
        _WORD,
        ("semaine", "mois", "l'an", "annee"),
    ),
    (rule_pattern(EARLIER_THIS), relative.rule_earlier_this, _WORD, ("earlier", "later", "plus")),
    (rule_pattern(WEEKEND), relative.rule_weekend, _WORD, ("weekend", "week-end")),
    (rule_pattern(MIDWEEK), relative.rule_midweek, _WORD, ("week",)),
    (rule_pattern(RECENT), relative.rule_recent_any, _WORD, ("recent", "dernier")),
    (rule_pattern(PAST_N), relative.rule_past_n, _WORD, ("past", "last", "previous")),
    (rule_pattern(AGO), relative.rule_ago, _WORD, ("ago",)),
    (rule_pattern(LASTED_FOR), relative.rule_lasted_for, _WORD, ("for",)),
    (rule_pattern(ANCHORED), rule_anchor, _WORD, ()),
    (rule_pattern(ORDINAL_DAY), rule_ordinal_day, frozenset({"num"}), ("st", "nd", "rd", "th")),
]


def scan_at(ctx: Ctx, pos: int) -> Cand | None:
    """The longest date phrase starting exactly at `pos`."""
    best: Cand | None = None
    for pattern, handler, _, _ in RULES:
        m = pattern.match(ctx.folded, pos)
        if m and m.end() > pos and handler is not rule_anchor:
            cand = handler(ctx, m)
            if cand is not None and (best is None or cand.end > best.end):
                best = cand
    return best
