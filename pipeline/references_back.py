"""References back ("the attack"): whether such a noun has a date of its own, and what a
sentence referring back gives the event it refers to (its town, its day, who fought it off)."""

import re
from dataclasses import replace
from datetime import date
from functools import cache

from pipeline.actors import actor_name
from pipeline.coding import same_days
from pipeline.contract import AGAINST_CIVILIANS, ARMED_CLASH, BATTLES
from pipeline.counted_back import COMES_WORDS
from pipeline.knowledge import Cues, phrase_alternatives
from pipeline.noun_dates import ADJACENT
from pipeline.places.nesting import finer
from pipeline.records import DateMention, EventMention, Place, Reference, SentenceFacts, Trigger
from pipeline.triggers import (
    CLAUSE_BREAK,
    Words,
    family,
    has_cue,
    is_anaphoric,
    named_as_time,
    tells_a_verb,
    told_as_latest,
)

REFERENCE_REACH = 8  # sentences back in which "the attack" finds the event it refers to
RETOLD_REACH = 3  # sentences back in which earlier mentions retelling that event take its town
CAME_AFTER = re.compile(rf"\s+{COMES_WORDS}")  # "the attack came two days after"
# the time a series of acts runs over ("since April", "this year"), not the day of one of them
SERIES_TIME = re.compile(r"(?:since|this\s+year|so\s+far)\b")
COUNTED_FROM = re.compile(r"\b(?:after|before|following|followed|preceded)\s*$")


def dated_nearby(
    words: Words,
    trigger: Trigger,
    sentence: SentenceFacts,
    others: list[Trigger],
    cues: Cues,
    first_of_its_kind: bool,
) -> bool:
    """A date close to the trigger, with no other trigger between them (whose date it is);
    farther for the first event of its kind the article tells ("since the attack on the post at
    Inata, in the province of Soum, on Sunday 14 November": nothing to refer back to)."""
    window = cues.anaphoric_window * (2 if first_of_its_kind else 1)
    # "Days after the coup, on July 30, crowds marched": the date of the clause it opens
    timed = named_as_time(words, trigger, cues)
    # "It was the third church attack", "It was the deadliest attack": one of a series, said
    # of the act told before
    series = has_cue(words.before(trigger.start, 6), cues.said_of_it) and (
        told_as_latest(words, trigger, cues)
        or has_cue(words.before(trigger.start, 3), (*cues.ordinals, *cues.comparisons))
    )
    for d in sentence.dates:
        if d.start > trigger.end and has_cue(words.before(d.start, 2), cues.comparisons):
            continue  # "the attack was the deadliest since mid-November": the comparison's date
        if d.start > trigger.end and CAME_AFTER.fullmatch(sentence.folded, trigger.end, d.start):
            continue  # "the attack came two days after ...": a count to an older act
        if d.start > trigger.end and series and SERIES_TIME.match(sentence.folded, d.start):
            continue  # "the third church attack since April": the time of a series
        if (
            d.start > trigger.start
            and d.end > trigger.end
            and words.between(trigger.end, d.start) <= window
            and not any(trigger.end <= t.start < d.start for t in others)
            and not (
                timed
                and CLAUSE_BREAK.search(sentence.folded, trigger.end, d.start)
                and any(t.start >= d.end for t in others)  # the clause the date opens
            )
        ):
            return True
        # "Four days after the coup, Ecowas imposed sanctions": the coup is what the date counts
        # from, not dated by it; with another date to count back from ("On 1 February, three
        # days after the killings"), the killings are dated by it
        counts_from = (
            len(sentence.dates) == 1
            and COUNTED_FROM.search(sentence.folded, d.start, d.end) is not None
        )
        near_before = d.end <= trigger.start and words.between(d.end, trigger.start) <= ADJACENT
        if near_before and not counts_from:
            return True
        # "31 JUL - Arrest of ministers of the deposed government": a log's day heads the first
        # act of its kind when no other act stands between them
        heading = d.end <= trigger.start and words.between(0, d.start) <= 1
        if first_of_its_kind and heading and not any(t.start < trigger.start for t in others):
            return True
    return False


def clause_verb_after(folded: str, start: int, end: int, cues: Cues) -> int:
    """Where the first auxiliary after `start` stands (else `end`): "before the coup was head of
    the regiment in Kaya" tells of the coup only up to "was"; "after the attack by armed men on
    the village of Seytenga" all (a word in "-ed" may be an adjective: "armed", "fortified")."""
    for word in re.finditer(r"[\w'-]+", folded[start:end]):
        if word.group() in cues.auxiliaries:
            return start + word.start()
    return end


def told_here(
    words: Words,
    trigger: Trigger,
    absorbed: list[Trigger],
    cues: Cues,
    dated: bool = True,
    told_before: bool = True,
) -> bool:
    """True when the act a noun stands for is told in its sentence (`absorbed`: the triggers merged
    into it): "raided a market town, killing 30 traders, in one of the deadliest attacks"; not so
    "the raid came after gunmen attacked a post" (another act) or "in retaliation for" one, nor,
    in a sentence with no date (`dated`), "the ambush targeted a convoy near X", its verb
    telling more of the act told before, nor, when one of its kind was told before
    (`told_before`), what it "resulted in"."""
    for t in absorbed:
        lo, hi = (trigger.end, t.start) if t.start > trigger.start else (t.end, trigger.start)
        between = words.text[lo:hi]
        if not dated and t.start > trigger.start and len(between.split()) <= 1:
            continue  # "the ambush (also) targeted a convoy": more of the act told before
        ended_in = told_before and has_cue(between, cues.led_to)
        if not dated and t.start > trigger.start and ended_in:
            continue  # "the demonstrations were repressed, resulting in the deaths of 11"
        apart = has_cue(between, cues.sequence) or has_cue(between, cues.answers)
        if not apart and not is_anaphoric(words, t, cues):
            return True
    return False


def place_references(found: list[EventMention], references: list[Reference]) -> list[EventMention]:
    """Give the town of "The attack took place near X" to the event it refers to: the latest
    mention of its family told before, when it has no town of its own, and the earlier ones
    whose place holds that town; a district or region ("in the Bankass Circle") only to those
    whose place holds it; and its day, when that mention has none."""
    result = list(found)
    for ref in references:
        earlier = _referred(result, ref, ref.sentence_index if ref.latest else REFERENCE_REACH)
        if ref.latest:  # the most recent of the acts told, wherever the article told it
            earlier.sort(key=lambda n: _last_day(result[n]))
        if not earlier or not _may_refer(result[earlier[-1]], ref):
            continue
        why = f"named where a later sentence refers back ({ref.trigger.text!r})"
        # "after an attack ... in northern Burkina Faso. 28 were wounded in the attack. The
        # assault took place in Gaskinde": the town of the attack the latest one retells too
        latest = result[earlier[-1]]
        for n in earlier if ref.place is not None else ():
            told = result[n]
            close = ref.sentence_index - told.sentence_index <= RETOLD_REACH
            inside = finer(ref.place, told.place)
            retold = close and inside and same_days(told, latest)
            # a town names the scene; a district or region only narrows a vaguer one
            takes_it = n == earlier[-1] and (ref.place.feature == "town" or inside)
            if not _has_own_town(told) and (takes_it or retold):
                result[n] = replace(
                    told, place=ref.place, place_text=ref.place_text, place_rule=why
                )
        home = result[earlier[-1]]
        if ref.date is not None and (home.date is None or home.date.precision != "day"):
            home = replace(home, date=ref.date, date_rule=why)
        result[earlier[-1]] = home
    return result


def fought_references(found: list[EventMention], references: list[Reference]) -> list[EventMention]:
    """An attack on civilians that a later sentence says was fought off ("the army said it
    had repelled the attack") was a battle: two armed sides (ACLED: Battles, Armed clash)."""
    result = list(found)
    for ref in (r for r in references if r.fighters is not None):
        earlier = [
            n
            for n in _referred(result, ref, RETOLD_REACH)
            if result[n].sentence_index < ref.sentence_index
        ]
        told = max((result[n].sentence_index for n in earlier), default=None)
        for n in earlier:  # the attack's mentions in the latest sentence telling it
            home = result[n]
            if home.sentence_index == told and home.trigger.event_type == AGAINST_CIVILIANS:
                fought = replace(home.trigger, event_type=BATTLES, sub_event_type=ARMED_CLASH)
                country = home.place.country if home.place else ""
                named = [actor_name(a, country) for a in ref.fighters]
                actors = (*home.actors, *(a for a in named if a not in home.actors))
                result[n] = replace(home, trigger=fought, actors=actors)
    return result


def _referred(found: list[EventMention], ref: Reference, reach: int) -> list[int]:
    """Where in `found` the mentions of the reference's family stand, told up to `reach`
    sentences before it (or in its own sentence), in order."""
    return [
        n
        for n, m in enumerate(found)
        if 0 <= ref.sentence_index - m.sentence_index <= reach
        and family(m.trigger) == family(ref.trigger)
    ]


def _last_day(m: EventMention) -> date:
    return m.date.date_end if m.date is not None else date.min


def _may_refer(told: EventMention, ref: Reference) -> bool:
    """Whether the reference may be to the event told: far back (past RETOLD_REACH sentences),
    only with its town in that event's country ("the attack killed 12 near Boni" is not told of
    a raid in Niger six sentences before)."""
    far = ref.sentence_index - told.sentence_index > RETOLD_REACH
    return not far or ref.place is None or told.place is None or told.place.iso3 == ref.place.iso3


def _has_own_town(m: EventMention) -> bool:
    """A town, or a point near one, named in the event's own sentence."""
    return m.place is not None and m.place.feature == "town" and bool(m.place_text)


HAPPENED_REACH = 100  # characters after "the attack" in which "happened on Thursday" may stand


def happened_verb(folded: str, trigger: Trigger, cues: Cues) -> re.Match | None:
    """The "happened", "took place" (and the like) the noun is the subject of, if any."""
    said = _happened(cues.happened).match(folded, trigger.end)
    if said is None:
        # "the assault on the camp at X, in the Y cercle, began on Sunday": the verb after the
        # noun's own phrase, in the same sentence part
        said = _happened(cues.happened).search(folded, trigger.end, trigger.end + HAPPENED_REACH)
        if said is None or re.search(r"[;:]", folded[trigger.end : said.start()]):
            return None
    return said


def told_when(said: re.Match | None, dates: tuple[DateMention, ...]) -> DateMention | None:
    """The date in "the attack happened/took place on Thursday" (`said`: its verb): the date of
    what it refers to."""
    if said is None:
        return None
    after = [d for d in dates if d.start >= said.end() and d.start - said.end() <= 40]
    return after[0] if after else None


def day_it_happened(sentence: SentenceFacts, cues: Cues) -> DateMention | None:
    """The date right after the sentence's first "happened", "occurred" ("The incident occurred
    near X on Friday"), if any."""
    return told_when(_happened(cues.happened).search(sentence.folded), sentence.dates)


def told_where_it_happened(
    sentence: SentenceFacts, said: re.Match | None, place: Place, cues: Cues
) -> bool:
    """Whether the place is named right after the noun's "happened", "took place" (`said`):
    "the attack took place in the Bankass Circle" tells where the act referred to happened; "in
    the Seno, the attacks have multiplied" and "the attack happened days after the army deployed
    to the Bankass Circle" do not."""
    if said is None:
        return False
    named = [
        p.start
        for p in sentence.places
        if p.place is not None and p.place.name == place.name and p.start >= said.end()
    ]
    between = sentence.folded[said.end() : named[0]] if named else ""
    opening = _phrases(cues.happened_apart, r"\b", r"\b").search(between)
    return bool(named) and not (opening and tells_a_verb(between[opening.end() :], cues))


def _happened(words: tuple[str, ...]) -> re.Pattern:
    """ "the attack happened", "the raid also took place": one word may stand between."""
    return _phrases(words, r"\s+(?:\w+\s+)?", r"\b")


@cache
def _phrases(words: tuple[str, ...], before: str, after: str) -> re.Pattern:
    return re.compile(rf"{before}(?:{phrase_alternatives(words)}){after}")
