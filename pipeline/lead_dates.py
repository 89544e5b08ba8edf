"""The day of an undated lead told by the sentences around it: the statement reporting it,
the decision told again, the day the sentence before sets, or the day given next to its town."""

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.contract import STRATEGIC
from pipeline.discourse import NO_DATE, STATEMENT_DAYS
from pipeline.knowledge import Cues, phrase_alternatives
from pipeline.records import DateMention, EventMention, SentenceFacts
from pipeline.references_back import day_it_happened
from pipeline.triggers import CLAUSE_BREAK, WORD, Words, has_cue

TOWN_DAY_REACH = 4  # words between a town and a day that tell where and when ("in X on Monday")
ELABORATION_REACH = 3  # sentences after the lead's in which its event may be told again
STATED = "the statement the next sentence tells: the days up to it"
Window = tuple[date, date]


def lead_day_told_around(head, place, sentences, told, window, cues) -> DateMention | None:
    """The day of an undated lead: the statement reporting it, the decision told again, the day
    the sentence before sets, or the day a next sentence gives next to its town."""
    return (
        _statement_date(head, sentences, told, window, cues)
        or _decision_date(head, sentences, window, cues)
        or _scene_date(head, sentences, told, window)
        or _town_date(head, place, sentences, window, cues)
    )


def within(when: DateMention, window: Window) -> bool:
    """Whether a date lies inside the window."""
    return window[0] <= when.date_start and when.date_end <= window[1]


def next_sentences(head: EventMention, sentences: list[SentenceFacts], cues: Cues):
    """The sentences after the lead's that may tell its event again."""
    last = min(cues.lead_sentences, head.sentence_index + ELABORATION_REACH)
    return sentences[head.sentence_index + 1 : last + 1]


def statement_day(words: Words, d: DateMention, cues: Cues) -> bool:
    """ "in a statement issued late Monday", "on Monday said": the day of a report."""
    after = " ".join(WORD.findall(words.text[d.end :])[:1])
    before = words.before(d.start, cues.reporting_window)
    return has_cue(before, cues.reporting) or has_cue(after, cues.reporting_verbs)


def _statement_date(head, sentences, told, window, cues) -> DateMention | None:
    """ "The three juntas have announced ... In a joint statement read on Sunday, they said":
    an undated lead takes the date of the statement told in its own sentence when it is told as
    reported ("said Wednesday that it had foiled a coup"), else in the next ones (the days up to
    it), from a sentence telling no event of its own."""
    own = sentences[head.sentence_index]
    if has_cue(own.folded, cues.reporting_verbs):
        said = _stated(own, cues, lambda d: d.end <= head.trigger.start and within(d, window))
        if said is not None:
            return said
    # "The United States has imposed sanctions on ... The US Treasury said on Monday that": the
    # next sentence's statement tells the lead's news, reported or not in the lead itself
    for sentence in next_sentences(head, sentences, cues):
        if sentence.index in told:
            continue  # its dates are those of the events it tells
        stated = _stated(sentence, cues, lambda d: within(d, window))
        if stated is not None:
            return stated
    return None


def _stated(sentence: SentenceFacts, cues: Cues, fits) -> DateMention | None:
    """The days up to the date of a statement the sentence tells ("in a statement read on
    Sunday", "on Sunday, the ministry said"), the first date that `fits`."""
    words = Words(sentence.folded)
    for d in sentence.dates:
        if fits(d) and statement_day(words, d, cues):
            start = d.date_end - timedelta(days=cues.reporting_days - 1)
            return replace(d, date_start=min(start, d.date_start), precision="range")
    return None


def date_by_statement(
    found: list[EventMention], sentences: list[SentenceFacts], cues: Cues
) -> list[EventMention]:
    """ "The junta ended the accord. In a statement read on Thursday, its spokesman cited ...":
    an undated act takes the days up to the statement the next sentence of its paragraph
    tells, when that sentence tells no event of its own."""
    told = {m.sentence_index for m in found}
    result = []
    for m in found:
        after = m.sentence_index + 1
        when = None
        if m.date is None and m.date_rule == NO_DATE and after < len(sentences):
            following = sentences[after]
            same = following.paragraph == sentences[m.sentence_index].paragraph
            if same and after not in told:
                when = _stated(following, cues, lambda d: d.precision == "day")
        if when is not None:
            m = replace(m, date=when, date_rule=f"{STATED} ({when.text!r})")
        result.append(m)
    return result


DECISION_REACH = 40  # characters from "the decision" to "was taken"
# characters from "was taken" to its day ("announced in a statement read on television on Monday")
DECISION_DAY_REACH = 60


@cache
def _decision_opening(nouns: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    """ "The decision was taken", "The resolution, adopted": a sentence opening with a decision
    told again."""
    told, done = phrase_alternatives(nouns), phrase_alternatives(verbs)
    return re.compile(rf"\s*the\s+(?:{told})\b[^;:]{{0,{DECISION_REACH}}}?\b(?:{done})\b")


def _decision_date(head, sentences, window, cues) -> DateMention | None:
    """ "ECOWAS has lifted the sanctions on Niger. The decision was taken on Saturday": an
    undated strategic development of the lead takes the day of the decision that a next
    sentence, opening with it, tells."""
    if head.trigger.event_type != STRATEGIC:
        return None
    opening = _decision_opening(cues.decided_nouns, cues.decided_verbs)
    for sentence in next_sentences(head, sentences, cues):
        told = opening.match(sentence.folded)
        if told is None:
            continue
        for d in sentence.dates:
            near = 0 <= d.start - told.end() <= DECISION_DAY_REACH
            if near and d.precision == "day" and within(d, window):
                return d
    return None


def _scene_date(head, sentences, told, window) -> DateMention | None:
    """ "Shortly before dawn last Tuesday, armed men slipped into two sites in Bamako. One
    attacked the school": the day the sentence before sets, when it tells no event itself."""
    before = head.sentence_index - 1
    if before < 0 or before in told:
        return None
    days = [d for d in sentences[before].dates if d.precision == "day" and within(d, window)]
    return days[0] if len(days) == 1 else None


def _town_date(head, place, sentences, window, cues) -> DateMention | None:
    """ "Two hostages have been freed and flown to Niamey. They landed in Niamey on Monday":
    an undated lead takes the day that a next sentence gives next to the lead's own town."""
    if place is None or place.geo_precision != 1:
        return None
    for sentence in next_sentences(head, sentences, cues):
        words = Words(sentence.folded)
        towns = [p for p in sentence.places if p.place is not None and p.place.name == place.name]
        for d in sentence.dates:
            if d.precision != "day" or not within(d, window):
                continue
            for town in towns:
                lo, hi = (town.end, d.start) if town.end <= d.start else (d.end, town.start)
                near = words.between(lo, hi) <= TOWN_DAY_REACH
                if near and not CLAUSE_BREAK.search(sentence.folded, lo, hi):
                    return d
    return None


def happened_before_statement(
    head: EventMention, m: EventMention, when: DateMention, sentence: SentenceFacts, cues: Cues
) -> bool:
    """ "An IED killed eight workers, local sources confirmed on Tuesday. The incident occurred
    on Friday": a sentence opening on the event told again says the day it happened (right after
    the verb, not in a clause further on: "took place on the road where troops had clashed on
    Friday"), before the statement that dates the lead."""
    if when != head.date or STATEMENT_DAYS not in head.date_rule or m.date is None:
        return False
    opening = WORD.findall(sentence.folded)[:1]
    told = day_it_happened(sentence, cues)
    return (
        bool(opening)
        and opening[0] in cues.anaphoric
        and told is not None
        and (told.start, told.end) == (m.date.start, m.date.end)
        and m.date.date_end < when.date_start
    )
