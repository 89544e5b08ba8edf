"""Dates that head a paragraph, as in a timeline: "4 August. Soldiers detained the governor"."""

from dataclasses import replace

from pipeline.discourse import NO_DATE
from pipeline.records import DateMention, EventMention, SentenceFacts
from pipeline.triggers import WORD

JOINING = ("and", "to", "on")  # "2 and 4 May", "On 3 March": words a heading may hold
HEADING_DAYS = 7  # the longest span a heading may give ("12-14 March")


def heading_date(sentence: SentenceFacts) -> DateMention | None:
    """The date of a sentence that is a date of days alone ("30 September.", "2 and 4
    December."), as a timeline heads its entries; None for any other sentence."""
    if len(sentence.dates) != 1:
        return None
    d = sentence.dates[0]
    rest = WORD.findall(sentence.folded[: d.start] + " " + sentence.folded[d.end :])
    short = (d.date_end - d.date_start).days < HEADING_DAYS
    alone = all(w.isdigit() or w in JOINING for w in rest)
    return d if short and alone and d.precision in ("day", "range") else None


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
