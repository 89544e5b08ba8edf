"""Dates told ahead of their events: a timeline's heading ("4 August. Soldiers detained the
governor") and a short sentence that sets the day ("The first blow fell on Monday. Three
soldiers were killed ...")."""

import re
from dataclasses import replace
from datetime import date
from functools import cache

from pipeline.discourse import NO_DATE
from pipeline.records import DateMention, EventMention, SentenceFacts
from pipeline.textnorm import fold
from pipeline.triggers import WORD, has_cue

JOINING = ("and", "to", "on")  # "2 and 4 May", "On 3 March": words a heading may hold
HEADING_DAYS = 7  # the longest span a heading may give ("12-14 March")
SETTING_WORDS = 12  # the longest sentence that only sets a day for the next one
LIVE_POSTS = 3  # lines that are a time alone which make a page a live page
LIVE_RULE = "a live page's post with no date of its own: the page's day"


def _days_told(sentence: SentenceFacts) -> DateMention | None:
    """The sentence's one date, if it tells a day or a few days."""
    if len(sentence.dates) != 1:
        return None
    d = sentence.dates[0]
    short = (d.date_end - d.date_start).days < HEADING_DAYS
    return d if short and d.precision in ("day", "range") else None


def heading_date(sentence: SentenceFacts) -> DateMention | None:
    """The date of a sentence that is a date of days alone ("30 September.", "2 and 4
    December."), as a timeline heads its entries; None for any other sentence."""
    d = _days_told(sentence)
    if d is None:
        return None
    rest = WORD.findall(sentence.folded[: d.start] + " " + sentence.folded[d.end :])
    return d if all(w.isdigit() or w in JOINING for w in rest) else None


def date_by_heading(
    found: list[EventMention], sentences: list[SentenceFacts]
) -> list[EventMention]:
    """An event with no date of its own, in a paragraph opened by a date alone, took place on
    that date: a timeline's entries tell what happened on the day that heads them."""
    heads: dict[int, DateMention | None] = {}
    for sentence in sentences:
        if sentence.paragraph not in heads:
            heads[sentence.paragraph] = heading_date(sentence)
    result = []
    for m in found:
        when = heads.get(sentences[m.sentence_index].paragraph)
        if when is not None and m.date is None and m.date_rule == NO_DATE:
            m = replace(m, date=when, date_rule=f"the date heading its paragraph ({when.text!r})")
        result.append(m)
    return result


def setting_date(
    sentence: SentenceFacts, dated: set[int], published: date, others: tuple[str, ...]
) -> DateMention | None:
    """The date of a short sentence that tells when and no event of its own ("Then, on Sunday,
    came the turn of the village."); `dated`: sentences holding a dated event; `others`: words
    that make the date another thing's ("born", "due")."""
    d = _days_told(sentence)
    if d is None or sentence.index in dated or has_cue(sentence.folded, others):
        return None
    few = len(WORD.findall(sentence.folded)) <= SETTING_WORDS
    return d if few and d.date_end <= published else None


def date_by_sentence_before(
    found: list[EventMention], sentences: list[SentenceFacts], others: tuple[str, ...]
) -> list[EventMention]:
    """An event with no date of its own, right after a short sentence of its paragraph that
    sets a past day and tells no event, took place on that day: the day told, then the act."""
    dated = {m.sentence_index for m in found if m.date is not None}
    result = []
    for m in found:
        before = m.sentence_index - 1
        same = before >= 0 and sentences[before].paragraph == sentences[m.sentence_index].paragraph
        if m.date is None and m.date_rule == NO_DATE and same:
            when = setting_date(sentences[before], dated, m.published, others)
            if when is not None:
                rule = f"the day the sentence before sets ({when.text!r})"
                m = replace(m, date=when, date_rule=rule)
        result.append(m)
    return result


@cache
def _post_heading(stamps: tuple[str, ...], zones: tuple[str, ...]) -> re.Pattern:
    """A line that is a post's time, or opens with it, compiled once per word lists."""
    before = "|".join(re.escape(w) for w in sorted(stamps, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(zones, key=len, reverse=True))
    return re.compile(
        rf"^[ \t]*(?:(?:{before})[ \t]+)?\d{{1,2}}[:.h]\d{{2}}(?:[ \t]*(?:{after})\.?)?"
        r"[ \t]*(?:$|[-:|][ \t])",
        re.MULTILINE,
    )


def live_page(body: str, stamps: tuple[str, ...], zones: tuple[str, ...]) -> bool:
    """True when at least LIVE_POSTS lines of the body are a time alone ("Posted at 15:26",
    "10:15 GMT") or open with one ("18:05 - Polls have closed"), as a live page heads its posts;
    `stamps`, `zones`: the words around the time."""
    return len(_post_heading(stamps, zones).findall(fold(body))) >= LIVE_POSTS


def date_live_posts(found: list[EventMention], published: date, live: bool) -> list[EventMention]:
    """On a live page, an event told with no date of its own happened on the page's day: its
    posts are headed by their time alone. A lasting state ("the insurgency") stays undated."""
    if not live:
        return found
    day = DateMention("", 0, 0, published, published, "day")
    return [
        replace(m, date=day, date_rule=LIVE_RULE)
        if m.date is None and m.date_rule == NO_DATE and not m.lasting
        else m
        for m in found
    ]
