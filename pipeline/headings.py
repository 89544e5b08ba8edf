"""Dates that head a paragraph, as in a timeline: "1 October. Crowds attacked the embassy"."""

from dataclasses import replace

from pipeline.discourse import NO_DATE
from pipeline.records import DateMention, EventMention, SentenceFacts
from pipeline.triggers import WORD

HEADING_WORDS = 2  # words a heading may hold besides its date ("14 and" in "14 and 16 December")


def heading_date(sentence: SentenceFacts) -> DateMention | None:
    """The date of a sentence that is a date alone ("30 September.", "14 and 16 December.")."""
    if len(sentence.dates) != 1:
        return None
    d = sentence.dates[0]
    rest = sentence.folded[: d.start] + " " + sentence.folded[d.end :]
    return d if len(WORD.findall(rest)) <= HEADING_WORDS else None


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
