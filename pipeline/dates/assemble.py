"""From candidate phrases to the date mentions of a text: scan, settle overlaps, join, anchor."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from pipeline.dates.calendar import Span, pick
from pipeline.dates.candidate import Cand, Ctx, possessive_at
from pipeline.dates.grammar import AFTER_THE_LAST, RULES
from pipeline.dates.patterns import JOIN, REACH_LEFT, REACH_RIGHT, TRIGGER
from pipeline.dates.told import Told, anchored, has_digit, names_weekday
from pipeline.records import DateMention
from pipeline.textnorm import fold


def _find(text: str, sub: str, start: int) -> int:
    found = text.find(sub, start)
    return len(text) if found < 0 else found


def _ascii(pattern: re.Pattern) -> re.Pattern:
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


# On a text of ASCII characters only (what folding leaves of nearly every article) the rules
# match with ASCII classes as with Unicode ones, but for \x1c-\x1f (spaces only to Unicode), and
# a fifth faster: \b, \w and \s need no look-up in Unicode's tables.
_ASCII_RULES = [(_ascii(pattern), handler, need, words) for pattern, handler, need, words in RULES]
_ASCII_TRIGGER = _ascii(TRIGGER)
_UNICODE_SPACES = re.compile("[\x1c-\x1f]")


def _windows(folded: str, trigger: re.Pattern = TRIGGER) -> list[tuple[int, int, set[str]]]:
    """Merged stretches of text around trigger words, widened to whole words, with their kinds."""
    spans: list[tuple[int, int, set[str]]] = []
    for m in trigger.finditer(folded):
        lo = max(0, m.start() - REACH_LEFT)
        hi = min(len(folded), m.end() + REACH_RIGHT)
        lo = max(folded.rfind(" ", 0, lo), folded.rfind("\n", 0, lo)) + 1
        hi = min(_find(folded, " ", hi), _find(folded, "\n", hi))
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]), spans[-1][2] | {m.lastgroup})
        else:
            spans.append((lo, hi, {m.lastgroup}))
    return spans


def _candidates(ctx: Ctx) -> list[Cand]:
    plain = ctx.folded.isascii() and _UNICODE_SPACES.search(ctx.folded) is None
    rules, trigger = (_ASCII_RULES, _ASCII_TRIGGER) if plain else (RULES, TRIGGER)
    found = []
    folded = ctx.folded
    for lo, hi, kinds in _windows(folded, trigger):
        for pattern, handler, need, words in rules:
            if not need <= kinds or (words and not any(folded.find(w, lo, hi) >= 0 for w in words)):
                continue
            for m in pattern.finditer(ctx.folded, lo, hi):
                if m.end() > m.start() and (cand := handler(ctx, m)) is not None:
                    found.append(cand)
    return found


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest phrases first, then non-overlapping shorter ones; returned in text order."""
    taken: list[Cand] = []
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


def _merge_ranges(cands: list[Cand], ctx: Ctx) -> list[Cand]:
    """Join "between X and Y" / "from X to Y" into one range mention."""
    out: list[Cand] = []
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
            and JOIN.fullmatch(ctx.folded, prev.end, c.core)
            and (prev.prep in ("from", "du") or ctx.folded[prev.end : c.core].strip() != "to")
        ):
            merged = _range_of(prev, c, ctx)
            if merged is not None:
                out[-1] = Cand(prev.start, c.end, prev.core, prev.prep, merged)
                continue
        out.append(c)
    return out


def _range_of(a: Cand, b: Cand, ctx: Ctx) -> Span | None:
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
        span = pick(make, pub, mode)
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
        end = b.span[1]
        if a.weekday and b.weekday and end < a.span[0]:
            end += timedelta(days=7)  # "from Thursday to Saturday" published on a Friday
        span = (a.span[0], end, "range")
    if span is None or span[0] > span[1]:
        return None
    return span


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[A-Z\"“]|\n")
_YEAR_WORDS = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b")  # a year written, not a weekday's
_OPEN_ENDED = {"since", "depuis", "after", "apres", "before", "avant", "from", "until", "till"}
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b")
YEAR_CARRY_CHARS = 200  # "In June 2021, gunmen ... during the night of Friday, June 4": one clause


# ", elected in 2021,": a participle opening the aside ("In Mopti, on 3 June 2023," is no aside)
ASIDE_OPENING = re.compile(r",\s*(?:\w+\s+){0,2}\w+(?:ed|en|born)(?:\s+(?:in|on|since))?\s+$")


# "Following a coup last year, the junta ordered ... in April": a sentence opening with what came
# before its act, whose act is later than that phrase's date
SEQUENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:following|after|since)\s[^,.;:]*$")


def _closes_a_sequence_opening(folded: str, c: Cand) -> bool:
    """A date closing an opening phrase of sequence ("After the coup in July 2023,")."""
    opened = SEQUENCE_OPENING.search(folded, max(0, c.start - 80), c.start)
    return opened is not None and folded[c.end : c.end + 1] == ","


def _year_after(c: Cand, prior: Cand, ctx: Ctx) -> int:
    """The year of a month or day (written without it) told after an opening phrase that ends on
    `prior`'s date: the first such month after that date ("Following the coup in July 2023, ...
    in April": April 2024; "Following a coup last year, ... in April": this year's April)."""
    start, end, _ = prior.span
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_year and not _YEAR.search(ctx.folded, prior.start, prior.end):  # "last year"
        return start.year + 1
    span = c.make(start.year)
    return start.year + 1 if span is not None and span[1] < start else start.year


def _in_an_aside(folded: str, c: Cand) -> bool:
    """ "Bazoum, elected in 2021, was overthrown on 26 July": a year set off by commas after a
    participle tells of a noun, not the time of the sentence."""
    opened = ASIDE_OPENING.search(folded, max(0, c.start - 40), c.start)
    return opened is not None and folded[c.end : c.end + 1] == ","


def _year_written(c: Cand, prior: Cand | None, ctx: Ctx) -> Span | None:
    """A date written without its year, in the sentence of one written with it: that year.

    "In June 2021, gunmen stormed the village during the night of Friday, June 4" tells
    June 4, 2021, not the last June 4 before publication.
    """
    if c.make is None or c.anchor is not None or prior is None or prior.span is None:
        return None
    start, end, _ = prior.span
    years = _YEAR.findall(ctx.folded, prior.start, prior.end)
    if years and THAT_YEAR.match(ctx.folded, c.end):
        # "since 2017. In October that year", "from 2016 to 2018. In June that year": the
        # year last written, whatever stands between
        span = c.make(int(years[-1]))
        return span if span is not None and span[0] <= ctx.published else None
    between = ctx.text[prior.end : c.start + 1]  # with its first letter: ". On June 4"
    if (
        _in_an_aside(ctx.folded, prior)
        or start.year != end.year
        or prior.prep in _OPEN_ENDED
        or not _YEAR_WORDS.search(ctx.folded, prior.start, prior.end)
        or len(between) > YEAR_CARRY_CHARS
        or _SENTENCE_END.search(between)
    ):
        return None
    year = start.year
    if _closes_a_sequence_opening(ctx.folded, prior):
        year = _year_after(c, prior, ctx)
    span = c.make(year)
    if span is None or (span[0] > ctx.published and c.mode != "next"):
        return None
    return span


NARRATED_WEEK_CHARS = 600  # "On Friday 30 September, ... On Saturday": the next sentences
NARRATED_WEEK_SENTENCES = 2  # at most this many sentence ends between the two


def _in_narrated_week(c: Cand, told: Told, ctx: Ctx) -> Span | None:
    """ "On Friday 30 September, soldiers seized power. ... On Saturday, crowds attacked the
    embassy": a bare "on <weekday>" told just after a day written with its own weekday is the
    first such weekday after it, not the one before publication; the writer is going through
    that week day by day."""
    base = told.week_day
    if not (c.weekday and c.anchor is None and c.prep == "on" and base and c.span):
        return None
    between = ctx.text[told.week_end : c.start + 1]  # with its first letter: ". On Saturday"
    ends = len(_SENTENCE_END.findall(between))
    # a weekday in the day's own sentence ("who seized power on Friday 30 September, was sworn
    # in on Friday") is the news's, not the next day of that week
    if len(between) > NARRATED_WEEK_CHARS or not 1 <= ends <= NARRATED_WEEK_SENTENCES:
        return None
    d = base[0] + timedelta(days=(c.span[0].weekday() - base[0].weekday()) % 7 or 7)
    if d > ctx.published or d >= c.span[0]:
        return None
    return d, d + (c.span[1] - c.span[0]), c.span[2]


def _with_weekday(text: str) -> bool:
    """ "Friday 30 September": a day written with its weekday."""
    return names_weekday(text) and has_digit(text)


def _resolve_anchors(cands: list[Cand], ctx: Ctx) -> list[DateMention]:
    out: list[DateMention] = []
    told = Told()
    yearful: Cand | None = None  # the last phrase that wrote its year (or "last year")
    for c in cands:
        narrated = possessed = None
        if c.anchor is not None:
            span = anchored(c, told, ctx.published)
        elif narrated := _in_narrated_week(c, told, ctx):
            span = narrated
        else:
            own = _year_written(c, yearful, ctx) or c.span
            span = _apply_prep(own, c.prep, ctx.published) if own is not None else None
            if span != own and own is not None and possessive_at(ctx.folded, c.start, c.end):
                possessed = own  # "after Thursday's attack": the attack's day
        if c.make is None and c.anchor is None and c.span is not None:
            yearful = c
        if span is None:
            continue
        text = ctx.text[c.start : c.end]
        weekday_told = narrated is not None or _with_weekday(text)
        told.note(span, ctx.published, weekday_told and span[1] <= ctx.published, c.end, text)
        out.append(DateMention(text, c.start, c.end, span[0], span[1], span[2], possessed))
    return out


_APPOSITION = re.compile(r",?\s*")  # "Earlier this month, on Jan. 11", "one week ago on Feb. 5"


def _weekday_then_its_date(weekday: str, written: str) -> bool:
    """ "on the night of Friday to Saturday, 15 to 16 January 2016": the days written after
    the weekdays are theirs, whatever week the weekdays alone would give."""
    return names_weekday(weekday) and not has_digit(weekday) and has_digit(written)


def _narrowed(found: list[DateMention], text: str) -> list[DateMention]:
    """ "Earlier this month, on Jan. 11": a date followed, after a comma, by a narrower one
    inside it is that narrower date, told in both phrases; so is the same day told twice
    ("Three weeks later, on 26 September")."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        told_again = prev is not None and _APPOSITION.fullmatch(text, prev.end, d.start)
        if told_again and (
            prev.date_start <= d.date_start <= d.date_end <= prev.date_end
            or _weekday_then_its_date(text[prev.start : prev.end], text[d.start : d.end])
        ):
            out[-1] = replace(d, text=text[prev.start : d.end], start=prev.start)
            continue
        out.append(d)
    return out


def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date expression in an article body, resolved against the publication date.

    Offsets into text, non-overlapping, in order.
    """
    ctx = Ctx(text, fold(text), published)
    chosen = _merge_ranges(_select(_candidates(ctx)), ctx)
    return _narrowed(_resolve_anchors(chosen, ctx), text)


def resolve(phrase: str, published: date) -> DateMention | None:
    """Resolve one phrase as written (for tests and callers); None when it is not a date."""
    text = phrase.strip()
    found = find_dates(text, published)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0]
    return None


# the kinds of trigger word (patterns.TRIGGER) that the only rules counting from another date
# need: grammar.rule_anchor ("two days later") a time word, relative.rule_weekday ("the
# following Monday") a weekday
_COUNTING_KINDS = frozenset({"word", "weekday"})


def count_from(mention: DateMention, told: list[DateMention], published: date) -> DateMention:
    """A phrase counted from an earlier date ("late that night", "the next day", "on the
    Sunday") counted again from `told`, the dates of the events told before it, in order.

    The text's own reading counts from the last date written, which may date no event ("who
    turned 63 on 1 January"). Any other phrase, or one with nothing to count from, is returned
    as it is.
    """
    folded = fold(mention.text)
    if not any(found.lastgroup in _COUNTING_KINDS for found in TRIGGER.finditer(folded)):
        return mention  # no rule that counts from another date can match: most dates
    ctx = Ctx(mention.text, folded, published)
    chosen = _select(_candidates(ctx))
    if len(chosen) != 1 or chosen[0].anchor is None or chosen[0].anchor[3]:
        return mention
    if chosen[0].anchor[1] == AFTER_THE_LAST:
        return mention  # "In August, ... days later": the time just written, whatever it dates
    base = Told()
    for d in told:
        base.note((d.date_start, d.date_end, d.precision), published, text=d.text)
    span = anchored(chosen[0], base, published)
    if span is None:
        return mention
    return replace(mention, date_start=span[0], date_end=span[1], precision=span[2])


def since_point(mention: DateMention, published: date) -> DateMention:
    """The day a "since" phrase starts from ("since Nov. 14, when X attacked": on Nov. 14);
    any other phrase is returned as it is."""
    words = mention.text.split(maxsplit=1)
    if len(words) < 2 or fold(words[0]) != "since":
        return mention
    offset = mention.text.index(words[1])
    found = find_dates(words[1], published)
    if not found or found[0].start != 0:
        # "since November, when": a month alone is a date only after "in"
        found = [
            replace(d, text=d.text[3:], start=0, end=d.end - 3)
            for d in find_dates(f"in {words[1]}", published)
            if d.start == 0 and d.end == len(words[1]) + 3
        ]
        if not found:
            return mention
    start = mention.start + offset
    return replace(found[0], start=start, end=start + found[0].end)
