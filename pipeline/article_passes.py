"""The passes over an article's typed mentions that date and place those their own sentence
leaves open, from the sentences around them, the article's form and its headline; and the one
that types a toll told as done "in the same way" as the act before."""

import re
from dataclasses import replace

from pipeline.coding import DEMONSTRATIONS
from pipeline.contract import STRATEGIC, VIOLENT_TYPES
from pipeline.discourse import NO_DATE
from pipeline.headings import date_by_heading, date_by_sentence_before, date_live_posts, live_page
from pipeline.knowledge import Cues, Knowledge
from pipeline.lead_dates import date_by_statement
from pipeline.leads import elaborate_leads
from pipeline.news_town import (
    place_by_article_focus,
    place_by_event_before,
    place_in_news_town,
    place_in_title_town,
)
from pipeline.places import Gazetteer
from pipeline.records import EventMention, FirstReading
from pipeline.seat import in_the_capital_when_unplaced
from pipeline.textnorm import fold
from pipeline.the_settlement import place_by_the_settlement
from pipeline.triggers import has_cue, participle
from pipeline.undated_leads import date_leads


def dates_and_places_told_around(
    found: list[EventMention], first: FirstReading, gazetteer: Gazetteer, knowledge: Knowledge
) -> list[EventMention]:
    """The mentions, once the parse has typed them, with the dates and places told around them:
    a heading or a sentence setting the day, the lead, a live page's day, the statement's day,
    the headline's town, the town of the news, the event told before, the article's focus."""
    article, sentences, cues = first.article, first.sentences, knowledge.cues
    found = date_by_participle(found, cues)
    found = date_by_the_gathering(found)
    found = date_by_heading(found, sentences)
    found = date_by_sentence_before(found, sentences, cues.not_setting)
    # after the parse has typed them: the mentions of one event then take one type
    found = elaborate_leads(found, sentences, cues, article.published)
    # a live page's posts, its first ones too, tell that day's news: a day, not the lead's week
    live = live_page(article.body, cues.post_stamps, cues.clock_zones)
    found = date_live_posts(found, article.published, live)
    found = date_leads(found, article.published, cues.lead_sentences, cues.answers)
    found = date_by_statement(found, sentences, cues)
    found = place_in_title_town(found, first.title_towns, cues.lead_sentences, article.published)
    found = place_in_news_town(found, article.published, cues.lead_sentences, cues)
    found = place_by_event_before(found, {s.index: s.paragraph for s in sentences}, cues)
    found = place_by_the_settlement(found, sentences)
    found = place_by_article_focus(found, sentences, gazetteer)
    return in_the_capital_when_unplaced(found, sentences, gazetteer, knowledge.actors, cues)


def date_by_participle(found: list[EventMention], cues: Cues) -> list[EventMention]:
    """A strategic act told by a participle with no time of its own took place when the act
    just before it did ("left Mali on 15 August, handing over their base in Gao")."""
    result: list[EventMention] = []
    for m in found:
        act = result[-1] if result and result[-1].sentence_index == m.sentence_index else None
        if (
            act is not None
            and act.date is not None
            and m.date is None
            and m.trigger.event_type == STRATEGIC
            and m.trigger.category != act.trigger.category
            # "leaving only Chad": what an act left
            and not m.trigger.text.lower().startswith("leaving")
        ):
            folded = fold(m.sentence)
            # "Since the coup of 26 July, the junta has tightened its grip, suspending
            # parties": the act of an opening phrase is no clause the participle hangs on
            if participle(folded, m.trigger) and not _in_opening_phrase(
                folded, act.trigger.start, cues.anchors
            ):
                rule = f"the time of the act its participle hangs on ({act.trigger.text!r})"
                m = replace(m, date=act.date, date_rule=rule)
        result.append(m)
    return result


GATHERING_RULE = "the day of the gathering its sentence tells ({text!r})"
# words between two crowd acts that make them two: "rioted ... after a trader was killed; women
# later staged a sit-in", "students who rioted on Monday are planning a sit-in", "marched to
# demand justice for those killed when police fired on demonstrators in Tera"
ANOTHER_TIME = re.compile(
    r"\b(?:later|after|afterwards|before|when|then|since|following|next|plan\w*|will|would)\b"
)


def date_by_the_gathering(found: list[EventMention]) -> list[EventMention]:
    """A crowd's act with no time of its own, in a sentence telling one dated act of a crowd,
    is that gathering told again: "Police fired tear gas on Saturday at protesters who gathered
    in Niamey", "Thousands marched in Bamako on Friday to protest against the sanctions"."""
    dated: dict[int, list[EventMention]] = {}
    for m in found:
        if m.trigger.event_type in DEMONSTRATIONS and m.date is not None:
            dated.setdefault(m.sentence_index, []).append(m)
    result = []
    for m in found:
        told = [t for t in dated.get(m.sentence_index, []) if not _another_time(m, t)]
        crowd = m.trigger.event_type in DEMONSTRATIONS and m.date_rule == NO_DATE
        if crowd and len({(t.date.date_start, t.date.date_end) for t in told}) == 1:
            rule = GATHERING_RULE.format(text=told[0].date.text)
            m = replace(m, date=told[0].date, date_rule=rule)
        result.append(m)
    return result


def _another_time(m: EventMention, other: EventMention) -> bool:
    """Whether a word between the two acts tells them apart in time ("later", "when")."""
    first, second = sorted((m.trigger, other.trigger), key=lambda t: t.start)
    between = fold(m.sentence)[first.end : second.start]
    return ANOTHER_TIME.search(between) is not None


def _in_opening_phrase(folded: str, start: int, anchors: tuple[str, ...]) -> bool:
    """Whether `start` lies in a phrase opening the sentence with "since", "after" ... and
    ending at its first comma."""
    comma = folded.find(",")
    return comma > 0 and start < comma and has_cue(" ".join(folded.split()[:1]), anchors)


def told_as_before(
    found: list[EventMention], first: FirstReading, cues: Cues
) -> list[EventMention]:
    """ "Three soldiers were killed when their vehicle struck an explosive device. On Saturday,
    two soldiers died in the same way": a violent act told only by its toll, in a sentence whose
    toll is said to come as before (cues.yaml `same_way`), takes the type of the violent event
    told in the sentences just before; "a similar incident" that of the latest violent act told
    up to it, and with none it tells no act."""
    result: list[EventMention] = []
    for m in found:
        alike = m.trigger.category in cues.same_way_alike
        before = _models(m, result, first, cues, alike)
        if alike and not before:
            continue
        if before:
            model = before[-1].trigger
            typed = {k: getattr(model, k) for k in ("event_type", "sub_event_type", "category")}
            m = replace(m, trigger=replace(m.trigger, **typed))
        result.append(m)
    return result


def _models(
    m: EventMention, result: list[EventMention], first: FirstReading, cues: Cues, alike: bool
) -> list[EventMention]:
    """The violent acts told before `m` whose type it may take, in order."""
    if alike:  # "a similar incident": any act up to it, in its own sentence too
        return [
            o
            for o in result
            if (o.sentence_index, o.trigger.start) < (m.sentence_index, m.trigger.start)
            and o.trigger.event_type in VIOLENT_TYPES
            and o.trigger.category not in cues.same_way_alike
        ]
    folded = first.sentences[m.sentence_index].folded
    if m.trigger.category not in cues.same_way_categories or not has_cue(folded, cues.same_way):
        return []
    reach = m.sentence_index - cues.same_way_reach
    return [
        o
        for o in result
        if reach <= o.sentence_index < m.sentence_index and o.trigger.event_type in VIOLENT_TYPES
    ]
