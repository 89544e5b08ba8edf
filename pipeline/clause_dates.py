"""Which date a trigger takes in its sentence: its own, one in its clause, or its report's."""

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.attach import Attachment
from pipeline.contract import STRATEGIC, VIOLENT_TYPES
from pipeline.counted_back import COUNTED_BACK_RULE, counted_back
from pipeline.date_clues import (
    JOINED_CLAUSE_RULE,
    PARSED_RIGHT_WINDOW,
    explained_by_colon,
    joined_clause_date,
    month_of_its_victims,
    opens_the_next_act,
    said_between,
    without_deadlines,
)
from pipeline.dates import since_point
from pipeline.dates.told import has_digit, names_weekday
from pipeline.discourse import LEAD_DAYS, NIGHT, NO_DATE, reported_date
from pipeline.knowledge import Cues
from pipeline.noun_dates import names_a_thing
from pipeline.possessive_dates import for_the_others, possessive
from pipeline.records import DateMention, SentenceFacts, Trigger
from pipeline.textnorm import fold
from pipeline.triggers import (
    RIGHT_WINDOW,
    has_cue,
    is_reported,
    list_header_end,
    participle,
)

ON_ITS_VERB = "on the verb of its clause"  # the rule of a far date the parse gives the act
Segments = list[tuple[DateMention | None, int, int]]
# "since 2012, when rebels seized the north": the clause after the date is about that date,
# whatever the parse makes of it (the small model often hangs such a "when" elsewhere)
WHEN_AFTER = re.compile(r"\s*,?\s*when\b")
WHEN_REACH = 120  # characters from "when" to the trigger of its clause
IN_ITS_MEANS = "in the phrase telling how the act was done"


def _when_clause(folded: str, d: DateMention, trigger: Trigger) -> str | None:
    """The words between a "when" right after the date and the trigger, if the trigger follows
    it within reach."""
    found = WHEN_AFTER.match(folded, d.end)
    if found is None or found.end() > trigger.start:
        return None
    inside = folded[found.end() : trigger.start]
    return inside if len(inside) <= WHEN_REACH else None


def _night_of_the_day(night: DateMention, day: DateMention) -> bool:
    """ "overnight", "during the night": a night counted from publication for want of a day, the
    night of the day a sentence names before it."""
    words = fold(night.text)
    named = names_weekday(night.text) or has_digit(night.text)
    return NIGHT.search(words) is not None and not named and day.precision == "day"


def _when_clause_of(folded: str, d: DateMention, trigger: Trigger) -> bool:
    # "since November, when 53 people, most of them gendarmes, were killed in an attack": an
    # apposition may stand inside the when-clause; a third comma starts another clause
    inside = _when_clause(folded, d, trigger)
    return inside is not None and inside.count(",") in (0, 2)


def _its_toll(folded: str, d: DateMention, trigger: Trigger) -> bool:
    """ "since last Sunday, when militants attacked a post, killing 53": the toll of the act the
    when-clause tells (not "when the curfew was lifted, gunmen have killed 40")."""
    inside = _when_clause(folded, d, trigger)
    return inside is not None and inside.count(",") == 1 and participle(folded, trigger)


def _inside(inner: DateMention, outer: DateMention) -> bool:
    """True when `inner` is a narrower span within `outer`."""
    narrower = (inner.date_end - inner.date_start) < (outer.date_end - outer.date_start)
    return narrower and outer.date_start <= inner.date_start <= inner.date_end <= outer.date_end


RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b")
# "missing on Thursday after an ambush"; "on Thursday declared mourning after 69 people were
# killed in an attack": the act in the clause "after" opens, past the date's own
AFTER_AN_ACT = re.compile(
    r"\s+(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"|\s+[^,;:]{0,80}?\s(?:after|following)\s+(?!(?:an?|the)\s|(?:dark|nightfall|midnight"
    r"|sunset|sundown|dawn|daybreak|noon|hours|prayers?)\b)[^,;:]{0,80}?\s"
)
# "hostages were freed: in October 2020, X was released"; "villagers were killed in X, and in
# June 2022 the government said": a date opening the clause after a colon or a comma and "and"
NEXT_CLAUSE = re.compile(r":|,\s+(?:and|but|while|whereas)\s+$")


def _days_running(first: DateMention, then: DateMention) -> bool:
    """Two days told as one stretch ("on Saturday and Sunday"): close days, in order."""
    days = (then.date_start - first.date_end).days
    return first.precision in ("day", "range") and then.precision == "day" and 0 < days <= 2


def _both_violent(a: Trigger, b: Trigger) -> bool:
    return a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES


def _after_it(attach: Attachment, words, trigger, sentence, free, scope) -> list[DateMention]:
    """The dates after the trigger, within reach and its scope, that may be its own."""
    boundary, right_end = scope
    reach = PARSED_RIGHT_WINDOW if attach.parsed else RIGHT_WINDOW
    right = [
        d
        for d in free
        if trigger.start < d.start
        and trigger.end < d.end <= right_end
        and words.between(trigger.end, d.start) <= reach
        # "hostages were freed in the region: in October 2020, X was released": a date
        # after a colon opens the clause it introduces
        and NEXT_CLAUSE.search(sentence.folded[trigger.end : d.start]) is None
    ]
    return without_deadlines(right, sentence, boundary, trigger)


@dataclass(frozen=True)
class DatePicker:
    """Picks each trigger's date among its sentence's dates (cues and publication at hand)."""

    cues: Cues
    published: date

    def dates_for(self, attach: Attachment, words, trigger, sentence, owned, scope):
        """The date(s) of a trigger: its own, the next in its scope, the previous, the opening one.

        Returns (date, segment start, segment end) triples and the rule: "removed A in 2022 and
        B in 2023" gives two segments, one per date. `scope`: (boundary, right end).
        """
        whole = scope
        if trigger in owned:
            return [(self.usable(owned[trigger]), *whole)], "modifies the trigger"
        counted = counted_back(words, sentence, trigger, self.published, self.cues)
        if counted is not None:
            return [(counted, *whole)], COUNTED_BACK_RULE
        own = self._readings(trigger, sentence, owned)
        told = self._told_of_it(attach, words, trigger, sentence, own, whole)
        if told is not None:
            return told
        free = [d for d in own if attach.fits(trigger.start, trigger.end, d.start, d.end)]
        near = self._nearest(attach, words, trigger, sentence, free, scope)
        if near is not None:
            return near
        return self._hung_or_means(attach, words, trigger, sentence, own, free, whole)

    def _readings(self, trigger, sentence, owned) -> list[DateMention]:
        """The sentence's dates the trigger may take, each read as it stands for the trigger."""
        # a day a noun owns is its own, but one it owns by the possessive ("Sunday's attack")
        # dates the sentence's other acts too (owned dates are read as their noun's, compared by
        # where they stand)
        folded = sentence.folded
        # "soldiers were killed following Sunday's ambush": violence told as the outcome of a
        # violent act its noun names happened on that act's day
        owned_at = {(d.start, d.end): d for o, d in owned.items() if not _both_violent(o, trigger)}
        outcome = {(d.start, d.end): d for o, d in owned.items() if _both_violent(o, trigger)}
        taken = {(d.start, d.end) for d in owned.values() if not possessive(d, folded)}
        readings = [
            outcome.get((d.start, d.end))
            or (for_the_others(d, folded, self.published) if (d.start, d.end) in owned_at else d)
            for d in sentence.dates
            if (d.start, d.end) not in taken and self._may_date(sentence, trigger, d)
        ]
        return [d for d in readings if d is not None]

    def _told_of_it(self, attach, words, trigger, sentence, own, whole):
        """The date the parse ties to the act itself: the day it is told by, or a clause about
        it; None when no date is so tied."""
        # "the level of early 2020, when the army lost 71 men at Inates in December 2019": a
        # date of the act's own, right after it, outweighs the time its when-clause hangs on
        dated_after = any(
            trigger.end <= d.start
            and words.between(trigger.end, d.start) <= RIGHT_WINDOW
            and "," not in sentence.folded[trigger.end : d.start]
            for d in own
        )
        its_day = [
            d for d in own if attach.names_its_day(trigger.start, trigger.end, d.start, d.end)
        ]
        # "the same day as the attack on Djibo in February": a date after the act is its own
        if its_day and not any(d.start >= trigger.end for d in own):
            return [(self.usable(its_day[0]), *whole)], "the day told by it"
        described = [
            d
            for d in own
            if attach.describes(trigger.start, trigger.end, d.start, d.end)
            or (_when_clause_of(sentence.folded, d, trigger) and not dated_after)
        ]
        if described:
            when = since_point(described[0], self.published)
            return [(self.usable(when), *whole)], "its clause is about it"
        return None

    def _nearest(self, attach, words, trigger, sentence, free, scope):
        """The nearest date in the trigger's scope, after it first; None when there is none."""
        boundary, _ = whole = scope
        right = _after_it(attach, words, trigger, sentence, free, scope)
        if self._more_exactly(words, trigger, sentence, right):
            right = right[1:]  # "strikes earlier this year ... on March 17": that day
        left = [d for d in free if boundary <= d.start and d.end <= trigger.start]
        near_left = words.between(left[-1].end, trigger.start) if left else None
        # "the army said Monday that it had killed 100 militants ... last week": the date of
        # the statement gives way to the act's own
        stated = bool(left) and reported_date(words, trigger, left[-1], self.cues) != left[-1]
        # "In mid-January, ... women were abducted ... on Jan. 12 and Jan. 13": a later date
        # inside the earlier one tells the same time more exactly
        finer = bool(left and right) and _inside(right[0], left[-1])
        if right and left and _night_of_the_day(right[0], left[-1]):
            right = []  # "On Monday, jihadists attacked a police post overnight": Monday's night
        if right and left and opens_the_next_act(sentence.folded, trigger.end, right[0], self.cues):
            right = []  # "On May 11, gunmen attacked Djibo, then on August 1, ...": May 11
        if right and (
            near_left is None
            or stated
            or finer
            or words.between(trigger.end, right[0].start) <= near_left + 2
        ):
            return self._segments(sentence, right, whole), "after the trigger"
        if left and AFTER_AN_ACT.fullmatch(sentence.folded, left[-1].end, trigger.start):
            # "were still missing on Thursday after an ambush": the act came before that day
            start = left[-1].date_end - timedelta(days=self.cues.reporting_days - 1)
            upto = replace(left[-1], date_start=min(start, left[-1].date_start), precision="range")
            return [(self.usable(upto), *whole)], "before the day told after it"
        if left:
            when = left[-1]
            if _when_clause_of(sentence.folded, when, trigger) or _its_toll(
                sentence.folded, when, trigger
            ):
                # "since last Sunday, when militants attacked ..., killing 53": that Sunday
                when = since_point(when, self.published)
            return [(self.usable(when), *whole)], "before the trigger"
        return None

    def _more_exactly(self, words, trigger, sentence, right: list[DateMention]) -> bool:
        """ "Drone strikes earlier this year left 13 dead ... on March 17": a time of weeks or
        more right after the act, then a day inside it that tells it more exactly; not the
        statement's day ("reported on Wednesday") nor that of what the act led to ("led to two
        coups last year, resulting in the rise of ... in September")."""
        if len(right) < 2 or right[1].precision != "day" or not _inside(right[1], right[0]):
            return False
        first, then = right[0], right[1]
        weeks = (first.date_end - first.date_start).days > 7
        adjacent = words.between(trigger.end, first.start) <= 1
        led_to = has_cue(sentence.folded[first.end : then.start], self.cues.led_to)
        stated = reported_date(words, trigger, then, self.cues) != then
        return weeks and adjacent and not led_to and not stated

    def _hung_or_means(self, attach, words, trigger, sentence, own, free, whole):
        """A date the parse hangs on the trigger's verb, an old one told with its means, else
        what the sentence's other words give (`_otherwise`)."""
        # past the next trigger or before the one that took it, a date the parse hangs on the
        # verb of the trigger's clause is still its own
        hung = [
            d
            for d in free
            if attach.on_its_verb(trigger.start, trigger.end, d.start, d.end, self.cues.at_once)
        ]
        if hung:
            return [(self.usable(hung[0]), *whole)], ON_ITS_VERB
        # only a time older than the news ("in 2019"): a recent one told with the means ("an
        # overnight raid") is left to the rules that date a lead
        means = [
            d
            for d in own
            if d.date_end < self.published - timedelta(days=LEAD_DAYS)
            and attach.in_its_means(trigger.start, trigger.end, d.start, d.end)
        ]
        if means:
            return [(self.usable(means[0]), *whole)], IN_ITS_MEANS
        return self._otherwise(words, trigger, sentence, free, whole)

    def _segments(self, sentence: SentenceFacts, right: list[DateMention], whole) -> Segments:
        """ "removed A in 2022 and B in 2023": one segment per date joined by "and"; "went on
        on Saturday and Sunday": one span of both days."""
        cuts = [right[0]]
        for prev, nxt in itertools.pairwise(right):
            gap = sentence.folded[prev.end : nxt.start]
            if " and " not in f" {gap} ":
                break
            if gap.strip() == "and" and _days_running(cuts[-1], nxt):
                cuts[-1] = replace(
                    cuts[-1],
                    text=f"{cuts[-1].text}{gap}{nxt.text}",
                    date_end=nxt.date_end,
                    precision="range",
                )
                continue
            cuts.append(nxt)
        bounds = [whole[0]] + [d.end for d in cuts[:-1]] + [whole[1]]
        return [(self.usable(d), bounds[i], bounds[i + 1]) for i, d in enumerate(cuts)]

    def _otherwise(self, words, trigger, sentence, free, whole) -> tuple[Segments, str]:
        """A date opening the sentence, else the date of the report that tells the act."""
        opening = [d for d in free if words.between(0, d.start) <= 2 and d.end <= trigger.start]
        # "Earlier this month, it said, one of its planes was hit": the parse may hang the date
        # on the report set off by commas; it opens the sentence of the act all the same
        opening += [
            d
            for d in sentence.dates
            if words.between(0, d.start) <= 2
            and said_between(sentence.folded, d.end, trigger.start, self.cues)
        ]
        if opening:
            nearer = self._told_after_report(words, trigger, sentence, opening[0])
            if nearer is not None:
                return [(self.usable(nearer), *whole)], "the act's own date, in the report"
            return [(self.usable(opening[0]), *whole)], "opens the sentence"
        heading = list_header_end(sentence.folded)
        headed = [d for d in sentence.dates if d.end <= heading <= trigger.start]
        if headed:
            return [(self.usable(headed[-1]), *whole)], "the date heading the list item"
        joined = joined_clause_date(sentence, trigger, whole[0], self.cues)
        if joined is not None:
            return [(self.usable(joined), *whole)], JOINED_CLAUSE_RULE
        later = [d for d in free if trigger.end <= d.start and d.end <= whole[1]]
        before = sentence.folded[whole[0] : trigger.start]
        if later and is_reported(words, before, later[0].start, self.cues):
            # "said it had suspended the constitution, in a statement read late on Monday"
            return [(self.usable(later[0]), *whole)], "the date of its report"
        stated = [d for d in free if reported_date(words, trigger, d, self.cues) != d]
        if stated:
            return [(self.usable(stated[-1]), *whole)], "the statement reporting it"
        # "the groups that signed the 2015 peace agreement": the year of the thing the act made,
        # when nothing else tells its time ("ending the 2013 accord late Monday": Monday)
        named = [
            d
            for d in sentence.dates
            if trigger.start <= d.start
            and d.end <= trigger.end
            # ("terminated the 2018 agreement" was not done in 2018)
            and not (trigger.category in self.cues.undoing and names_a_thing(sentence.folded, d))
        ]
        if named:
            return [(self.usable(named[0]), *whole)], "named in the act"
        explained = explained_by_colon(sentence, trigger)
        if explained is not None:
            return [(self.usable(explained), *whole)], "the clause its colon explains"
        about_victims = month_of_its_victims(words, sentence, trigger, whole[1], self.cues)
        if about_victims is not None:
            return [(self.usable(about_victims), *whole)], "the month a clause on its victims tells"
        return [(None, *whole)], NO_DATE

    def _told_after_report(self, words, trigger, sentence, opening) -> DateMention | None:
        """ "On March 1, the prosecutor said he had reports of attacks on X on Feb. 25, with 170
        executed": the opening date is the report's; the date the report gives, nearer the act,
        is the act's (a day: a year names a thing more often than a time, "the 2012 accord")."""
        said = sentence.folded[opening.end : trigger.start]
        between = [
            d
            for d in sentence.dates
            if opening.end <= d.start and d.end <= trigger.start and d.precision == "day"
        ]
        if not between or not has_cue(
            said[: between[-1].start - opening.end], self.cues.reporting_verbs
        ):
            return None
        return between[-1]

    def since_decided(self, trigger: Trigger, segments: Segments, rule: str):
        """ "under sanctions since 30 July": a decision in force since a day (or a month) was
        taken then; a tally ("attacks have killed 300 since 30 July") or a lasting state keeps
        the span."""
        if trigger.event_type != STRATEGIC or trigger.category in self.cues.lasting:
            return segments, rule
        # a month or a year dates a state's decision ("suspended by decree since April"); a
        # tally of acts keeps its span ("arrested more than 200 people since January")
        whole = trigger.category in self.cues.seat_of_government
        points = [(self._since_start(w, whole), a, b) for w, a, b in segments]
        if points == segments:
            return segments, rule
        return points, f"{rule}; the time it dates from"

    def _since_start(self, when: DateMention | None, whole: bool) -> DateMention | None:
        """The day a "since" phrase starts from (with `whole`, the month or year too: "since
        April", in April), else the date as it is."""
        if when is None or not fold(when.text).startswith("since "):
            return when
        point = since_point(when, self.published)
        return point if whole or point.precision == "day" else when

    def _may_date(self, sentence: SentenceFacts, trigger: Trigger, d: DateMention) -> bool:
        """Neither a year naming a thing nor a long stretch another clause tells."""
        folded = sentence.folded
        return not names_a_thing(folded, d) and not self._stretch_of_another_clause(
            folded, trigger, d
        )

    def _stretch_of_another_clause(self, folded: str, trigger: Trigger, d: DateMention) -> bool:
        """ "ending the agreements that have governed the troops since 2013": a stretch too long
        to date an act, in a relative clause after it, tells of that clause's noun."""
        after = trigger.end <= d.start and RELATIVE.search(folded, trigger.end, d.start)
        return bool(after) and self.usable(d) is None

    def usable(self, when: DateMention) -> DateMention | None:
        """The date, unless it is a range too wide to date an event ("in recent years")."""
        span = (when.date_end - when.date_start).days + 1
        if when.precision == "range" and span > self.cues.max_range_days:
            return None
        return when
