"""An act dated by counting from another's day: "rescued him on Saturday, four days after he was
kidnapped" (the kidnapping four days before Saturday)."""

import re
from dataclasses import replace
from datetime import date

from pipeline.contract import VIOLENT_TYPES
from pipeline.dates import count_from
from pipeline.dates.calendar import shift
from pipeline.dates.patterns import APPROXIMATE, COUNTED_BACK, VAGUE_COUNTS, count_of, unit_of
from pipeline.fatalities import words_value
from pipeline.knowledge import Cues
from pipeline.records import CountedFrom, DateMention, EventMention, SentenceFacts, Trigger
from pipeline.triggers import CLAUSE_BREAK, RIGHT_WINDOW, WORD, Words, has_cue

# "the attack came (just) two days after": a count from the act told to an older one
COMES_WORDS = r"(?:comes?|came)\s+(?:just\s+|only\s+|barely\s+|also\s+)?"
COMES = re.compile(rf"\b{COMES_WORDS}$")
COUNTED_BACK_RULE = "counted back from the date of the clause it hangs on"
RECOUNTED = "counted from the event before"
# between an act and its own date, commas only before places ("the massacre of villagers in
# Ogossagou, in the Bankass cercle, on 23 March"): no other clause
PLACE_COMMAS = re.compile(r"[^,]*(?:,\s*(?:in|near|outside)\b[^,]*)*,?\s*")
NEAR_WORDS = 3  # words from "after" to an act counted from a day written after it
REFERENCE_WORDS = 4  # "the latest deadly attack": words of a noun phrase referring back
# "while 400 soldiers are preparing to leave", "as the army is still holding": a clause of the
# same time telling what goes on as the story is written (not "a base that is guarding")
PRESENT_GOING_ON = re.compile(
    r"\b(?:while|as)\s+(?:(?!that\b|which\b|who\b)[\w'-]+\s+){1,8}?(?:is|are)\s+"
    r"(?:still\s+|now\s+)?\w+ing\b"
)
FUTURE_BEFORE = re.compile(r"\b(?:would|will)\s+(?:\w+\s+)?$")
NOUN_PHRASE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\b")


def counted_back(
    words: Words, sentence: SentenceFacts, trigger: Trigger, published: date, cues: Cues
) -> DateMention | None:
    """ "rescued him early Saturday, four days after he was kidnapped": the kidnapping
    four days before Saturday; "a week before the vote" after a date, a week after it. A
    date of the act's own ("kidnapped on 3 December") stands."""
    folded = sentence.folded
    phrase = COUNTED_BACK.search(folded, max(0, trigger.start - 80), trigger.start)
    if phrase is None:
        return None
    if unit_of(phrase["unit"]) in ("day", "week") and APPROXIMATE.search(folded, 0, phrase.start()):
        return None  # "less than two weeks after gunmen killed 51": no day to count back to
    reported = has_cue(folded[phrase.end("dir") : trigger.start], cues.reporting_verbs)
    # "days after Macron announced that France would withdraw its troops by the end of the
    # year": the count dates the announcement of a future act, not the act
    future = FUTURE_BEFORE.search(folded, max(0, trigger.start - 12), trigger.start)
    if reported and (trigger.event_type in VIOLENT_TYPES or future):
        # "the day after the governor announced that gunmen had killed 12": the count dates the
        # announcement, not the killing ("two days after the junta said it had revoked the
        # ambassador's visa": a decision is made when it is said)
        return None
    came = COMES.search(folded, 0, phrase.start())
    comes = came is not None  # today's news counts back
    after = [d for d in sentence.dates if d.start >= trigger.end]
    own = (
        after[0]
        if after
        and PLACE_COMMAS.fullmatch(folded, trigger.end, after[0].start)
        and words.between(trigger.end, after[0].start) <= RIGHT_WINDOW
        else None
    )
    if own is not None and own.precision == "day":
        if "," not in folded[trigger.end : own.start]:
            return None  # the act's own day
        # past its places' commas ("a month after the massacre in Ogossagou, in the Bankass
        # cercle, on 23 March"), only when the main clause has a time of its own before or is
        # today's news ("the attack comes three weeks after the killing ..., on 5 November");
        # "retook the town three days after the attack in Boni, on Saturday": the retaking's
        dated_before = any(d.end <= phrase.start() for d in sentence.dates)
        if dated_before or comes:
            return own
        own = None
    sign = -1 if phrase["dir"] == "after" else 1
    found = _anchor(sentence, phrase, trigger, comes, published, cues)
    if found is None:
        return None
    anchor, main = found
    counted = _the_count(folded, phrase, sign)
    start, end, precision = _shifted(
        (anchor.date_start, anchor.date_end, anchor.precision), *counted
    )
    if end > published:
        return None
    if own is not None and not own.date_start <= start <= end <= own.date_end:
        return None  # "ten days after the attacks this year": the count must fall inside
    other_way = "before" if sign < 0 else "after"
    text = f"{phrase['n'] or 'some'} {phrase['unit']} {other_way} {anchor.text}"
    opening = folded[: came.start()] if came else ""
    referred = comes and not main and _refers_back(opening, cues)
    count = CountedFrom(*counted, has_cue(opening, cues.latest)) if referred else None
    return replace(
        anchor, text=text, date_start=start, date_end=end, precision=precision, recounted=count
    )


def _anchor(sentence, phrase, trigger, comes: bool, published: date, cues: Cues):
    """(the day the phrase counts from, whether the sentence wrote it): a day of the main
    clause, else publication for today's news counted back; None if neither."""
    days = [d for d in sentence.dates if d.precision == "day"]
    # a day written after the act counts only for an act right after the phrase ("two days after
    # the coup, soldiers ... on Monday"): further on, that day is more likely the act's own
    near = len(WORD.findall(sentence.folded, phrase.end("dir"), trigger.start)) <= NEAR_WORDS
    main = [d for d in days if d.end <= phrase.start()] or [
        d for d in days if d.start >= trigger.end and near
    ][:1]
    if main:
        return main[-1], True
    now = _told_of_today(sentence, phrase, trigger, cues) or _present_before(sentence, phrase)
    if phrase["dir"] == "after" and (comes or now):
        day = published
        return DateMention("publication", phrase.start(), phrase.end(), day, day, "day"), False
    return None


def _the_count(folded: str, phrase: re.Match, sign: int):
    """(n, unit, sign) of the phrase: n a number (one the phrase pattern does not list too,
    "eighteen days after"), or the least and most a count without one stands for ("came days
    after", "a few weeks after")."""
    unit = unit_of(phrase["unit"])
    if phrase["n"] is not None:
        word = " ".join(phrase["n"].split())
        return (VAGUE_COUNTS.get(word) or count_of(word)), unit, sign
    before = WORD.findall(folded, 0, phrase.start())
    number = words_value(before[-1]) if before else None
    return (number or VAGUE_COUNTS[None]), unit, sign


def _shifted(span, n: int | tuple[int, int], unit: str, sign: int):
    """The span moved by n units, or by any count between the two of a vague one (a range)."""
    if isinstance(n, int):
        return shift(span, n, unit, sign)
    near, far = (shift(span, k, unit, sign) for k in n)
    return min(near[0], far[0]), max(near[1], far[1]), "range"


def _refers_back(opening: str, cues: Cues) -> bool:
    """ "The latest attack came five days after": the sentence opens (up to "came") on an event
    told before (not "The previous attack came ...", another one), whose day the count starts
    from."""
    words = WORD.findall(opening)
    if words == ["it"]:
        return True
    short = 2 <= len(words) <= REFERENCE_WORDS
    return short and words[0] in cues.anaphoric and not set(words) & set(cues.earlier_one)


def _told_of_today(sentence: SentenceFacts, phrase: re.Match, trigger: Trigger, cues: Cues):
    """ "Almost eleven months after he was overthrown, he is still held": a sentence that
    opens with the phrase and a clause (not "Two days after the coup, ...": the coup told
    before), its main clause in the present, counts from publication."""
    folded = sentence.folded
    opening = len(WORD.findall(folded[: phrase.start()])) <= 2
    clause = folded[phrase.end("dir") : trigger.start]
    main = folded[trigger.end :]
    return opening and NOUN_PHRASE.search(clause) is None and has_cue(main, cues.present_tense)


def _present_before(sentence: SentenceFacts, phrase: re.Match) -> bool:
    """ "... while 400 French soldiers are preparing to leave, one month after the junta ordered
    them out": the clause right before the phrase tells of the time of writing."""
    before = sentence.folded[: phrase.start()]
    if not before.rstrip().endswith(","):
        return False
    clause = CLAUSE_BREAK.split(before.rstrip()[:-1])[-1]
    return PRESENT_GOING_ON.search(clause) is not None


def recount(
    found: list[EventMention], published: date, sentences: list[SentenceFacts]
) -> list[EventMention]:
    """Count "late that night", "the next day" from the events told before them, in order.

    The date finder counts them from the last date written, which may date no event; a date
    written before them in their own sentence is the one they count from ("On Saturday, the
    army said it had struck targets a day earlier").
    """
    result, told = [], []
    # the date of the article's first act, violent or not: what "the attack came ..." (or
    # "the expulsion came ...") refers back to, if it has one
    lead: dict[bool, DateMention | None] = {}
    counted: dict[tuple[int, DateMention], DateMention] = {}  # each phrase counted once
    for m in found:
        violent = m.trigger.event_type in VIOLENT_TYPES
        if m.date is not None:
            # "Four days after the coup, Ecowas imposed sanctions and threatened force": both
            # acts are four days after the coup, not the second four days after the first
            phrase = (m.sentence_index, m.date)
            again = counted.get(phrase)
            if again is None:
                again = _counted_again(m, told, lead.get(violent), published, sentences)
                counted[phrase] = again
            if again != m.date:
                rule = m.date_rule
                if not rule.endswith(RECOUNTED):
                    rule = f"{rule}; {RECOUNTED}"
                m = replace(m, date=again, date_rule=rule)
            if m.status == "occurred":
                told.append(m.date)
        if m.status == "occurred":
            lead.setdefault(violent, m.date)
        result.append(m)
    return result


def _counted_again(m: EventMention, told: list[DateMention], lead, published: date, sentences):
    """The mention's date counted from the events told before, if it counts from one: "The
    latest attack came five days after clashes" from that attack's day, not publication; "the
    next day" from the last event's day, not the last date written. `lead`: the date of the
    article's first act."""
    if m.date.recounted is not None:
        return _from_the_event_told(m.date, told, lead)
    written = any(d.end <= m.date.start for d in sentences[m.sentence_index].dates)
    return m.date if written else count_from(m.date, told, published)


def _from_the_event_told(when: DateMention, told: list[DateMention], lead) -> DateMention:
    """The count of `when` started again from the day of the event referred back to: the
    latest told for "the latest attack", else the article's first act (its news), if that
    has a day (an undated lead is today's news, as publication counted it)."""
    count = when.recounted
    days = [d for d in told if d.precision == "day"]
    anchor = max(days, key=lambda d: d.date_end, default=None) if count.latest else lead
    if anchor is not None and anchor.precision != "day":
        # the lead's days up to its report ("IS on Thursday claimed an ambush"), its day told
        # after ("the patrol was ambushed on Tuesday")
        within = (d for d in days if anchor.date_start <= d.date_start <= anchor.date_end)
        anchor = next(within, anchor)
    if anchor is None or anchor.precision != "day":
        return when
    span = (anchor.date_start, anchor.date_end, "day")
    start, end, precision = _shifted(span, count.n, count.unit, count.sign)
    other_way = "before" if count.sign < 0 else "after"
    text = when.text.rsplit(f" {other_way} ", 1)[0] + f" {other_way} {anchor.text}"
    return replace(when, text=text, date_start=start, date_end=end, precision=precision)
