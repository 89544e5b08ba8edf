"""Discourse: dates an event takes from the rest of the article, not from its own words.

An undated event answering an earlier one ("in response to the coup") runs from that event to
publication; a date in the week before publication is a lead's news, an older one background; an
event dated only by the statement reporting it ("the army said on Monday") happened in the few
days up to the statement.
"""

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.coding import LOOTING
from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import Cues
from pipeline.places.marked import UNKNOWN
from pipeline.records import DateMention, EventMention, PlaceMention, Trigger
from pipeline.textnorm import fold
from pipeline.triggers import CLAUSE_BREAK, Words, has_cue, is_verb_form, told_at_once

NO_DATE = "no date in the sentence"
UNUSABLE = "no usable date"  # only a range too wide to date an act ("since 2013")
# acts a scene told on may go on with ("On January 28, demonstrators took to the streets. In
# Niamey, thousands marched to the assembly")
SCENE_TYPES = frozenset({*VIOLENT_TYPES, "Riots", "Protests"})
SCENE_RULE = "the time of the act told in the sentence before"
CAUSE_REACH = 6  # sentences back in which "the incident triggered" finds its incident
CAUSE_WORDS = 4  # words from the verb of cause to the act it caused ("sparked angry protests")
CAUSE_WITHIN = 7  # days after its cause in which a caused act is taken to have happened
# "The incident triggered ...", "This attack sparked ...": the noun a sentence opens with
DETERMINED = re.compile(r"(?:the|this|that|these|those)\s+(?P<noun>[\w-]+)")
Anaphors = dict[int, list[tuple[Trigger, str]]]
# how a statement's day dates the act it tells (its rule, read again by the lead's passes)
STATEMENT_DAYS = "a statement's date: the days up to it"
SAID_OPENING = re.compile(
    r"(?:\bthat\s+|(?<![^\s:,(])[\"\u201c])(?:(?:in\s+)?the\s+(?:early\s+|late\s+)?"
    r"(?:evening|morning|night|afternoon)\s+of\s+|on\s+)?$"
)
NIGHT = re.compile(r"\b(?:night|nuit|overnight)\b")
# the present perfect tells a state up to now, not the time of the act told before
PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|also|already|since|been)\s+)*\w+(?:ed|en)\b")


def anchor(
    found: list[EventMention], sentences, anaphors: Anaphors, cues: Cues, published: date
) -> list[EventMention]:
    """Date undated mentions tied to an earlier dated event ("in response to the coup").

    `anaphors`: per sentence, the references back ("the coup") and the words before them.
    """
    dated = [m for m in found if m.date is not None and m.status == "occurred"]
    # where each sentence first dates an act by its own words
    dated_here: dict[int, int] = {}
    for m in dated:
        dated_here[m.sentence_index] = min(
            m.trigger.start, dated_here.get(m.sentence_index, m.trigger.start)
        )
    sizes = Counter(s.paragraph for s in sentences)
    single = {paragraph for paragraph, size in sizes.items() if size == 1}
    result = []
    for mention in found:
        if mention.date is None:
            anchored = _anchor_date(
                mention, dated, sentences[mention.sentence_index], anaphors, cues, published
            )
            # no time from the sentence before for an act told after one its own sentence dates
            # ("the attack on Solhan on 4 June killed 132 people": the attack's toll), nor in a
            # sentence referring back ("The Ogossagou massacre led to protests": that massacre's)
            own = (
                dated_here.get(mention.sentence_index, len(mention.sentence))
                < mention.trigger.start
            )
            if not anchored and not own and not anaphors.get(mention.sentence_index):
                earlier = _dates_of(dated, mention.sentence_index - 1)
                anchored = _scene_goes_on(mention, sentences, earlier, cues, published, single)
            if anchored:
                when, rule = anchored
                mention = replace(mention, date=when, date_rule=rule)
                dated.append(mention)
        result.append(mention)
    return result


def _dates_of(dated: list[EventMention], index: int) -> set[DateMention]:
    """The dates of the violent acts (burning and looting too, which a crowd may do) a sentence
    tells by its own words, not those passed on to it."""
    return {
        m.date
        for m in dated
        if m.sentence_index == index
        and (m.trigger.event_type in SCENE_TYPES or m.trigger.sub_event_type == LOOTING)
        and not m.date_rule.startswith(SCENE_RULE)
    }


def _at_the_same_time(mention, dated, sentence, anaphors, cues):
    """ "The attack on the mosque coincided with an assault on the post": the undated act took
    place on the date of the act told before that the sentence refers to."""
    trigger = mention.trigger
    for anaphor, _ in anaphors.get(mention.sentence_index, []):
        first, second = sorted((anaphor, trigger), key=lambda t: t.start)
        if not told_at_once(sentence.folded[first.end : second.start], cues.simultaneous):
            continue
        # the act referred to is the latest of its kind told before
        told = [
            m
            for m in dated
            if m.trigger.category == anaphor.category and m.sentence_index < mention.sentence_index
        ]
        if told:
            origin = max(told, key=lambda m: m.sentence_index).date
            rule = f"at the same time as the {anaphor.category.lower()} dated {origin.text!r}"
            return origin, rule
    return None


def _anchor_date(mention, dated, sentence, anaphors, cues, published):
    same_time = _at_the_same_time(mention, dated, sentence, anaphors, cues)
    if same_time is not None:
        return same_time
    trigger = mention.trigger
    for anaphor, before in anaphors.get(mention.sentence_index, []):
        low, high = sorted((anaphor.start, trigger.start))
        opening = not CLAUSE_BREAK.search(sentence.folded, 0, anaphor.start)
        if CLAUSE_BREAK.search(sentence.folded, low, high) and not opening:
            continue
        cue = next((c for c in cues.anchors if c in before), None)
        if cue is None:
            continue
        earlier = {m.date for m in dated if m.trigger.category == anaphor.category}
        if len(earlier) != 1:  # "following its reporting on the Chatoumane massacre": there
            earlier = {m.date for m in dated if _named_with(m, before, anaphor)}
        if len(earlier) == 1:
            origin = earlier.pop()
            text = f"after the {anaphor.category.lower()} ({origin.text})"
            within = next((d for words, d in cues.soon_after if has_cue(before, (words,))), None)
            return _since(origin, text, published, within), (
                f"after the {anaphor.category.lower()} dated {origin.text!r}"
            )
    padded = f" {' '.join(sentence.folded.split())} "
    cue = next((c for c in cues.responses if f" {c} " in padded), None)
    earlier = {m.date for m in dated if m.sentence_index == mention.sentence_index - 1}
    if cue and len(earlier) == 1:
        origin = earlier.pop()
        return _since(origin, origin.text, published), (
            f"a response to the event of the previous sentence ({origin.text!r})"
        )
    kinds = [
        a.category for a, _ in anaphors.get(mention.sentence_index, []) if a.end <= trigger.start
    ]
    return _caused(mention, dated, sentence, cues, published, kinds)


def _named_with(m: EventMention, before: str, anaphor: Trigger) -> bool:
    """A violent act whose town the words before a reference to an act of its type name ("the
    Chatoumane massacre")."""
    town = fold(m.place_text)
    violent = m.trigger.event_type in VIOLENT_TYPES and anaphor.event_type in VIOLENT_TYPES
    return violent and len(town) > 2 and re.search(rf"\b{re.escape(town)}\b", before) is not None


def _caused(mention, dated, sentence, cues: Cues, published: date, kinds: list[str]):
    """ "The incident triggered a protest": an act caused by the event its subject refers back
    to happened from that event up to CAUSE_WITHIN days after it (or publication, if sooner):
    the latest event, up to CAUSE_REACH sentences back, of the `kinds` of act the subject names
    ("The kidnapping sparked"), or the latest violent one for "the incident"."""
    before = " ".join(sentence.folded[: mention.trigger.start].split())
    # the act the verb causes, right after it ("triggered a protest"), not another of its clause
    # ("protests calling for the president to step down")
    near = " ".join(before.split()[-CAUSE_WORDS:])
    if not has_cue(near, cues.caused_by):
        return None
    subject = DETERMINED.match(before)
    incident = subject is not None and subject["noun"] in cues.incident_nouns
    kinds = [k for k in kinds if k not in cues.same_way_alike]  # "the incident": any act
    if not kinds and not incident:
        return None  # "The decision sparked protests": no violent event is meant
    told = [
        m
        for m in dated
        if 0 < mention.sentence_index - m.sentence_index <= CAUSE_REACH
        and (m.trigger.category in kinds if kinds else m.trigger.event_type in VIOLENT_TYPES)
    ]
    if not told:
        return None
    origin = max(told, key=lambda m: m.sentence_index).date
    when = _since(origin, origin.text, published, CAUSE_WITHIN)
    return when, f"caused by the event dated {origin.text!r}"


def _scene_goes_on(
    mention, sentences, earlier, cues: Cues, published: date, single: set[int]
) -> tuple[DateMention, str] | None:
    """ "Crowds set fire to the embassy gate on Saturday. In Bobo-Dioulasso, protesters attacked
    the French institute": a violent act or a demonstration told with no time of its own, right
    after a sentence that tells one dated act, of the same paragraph or, both paragraphs of one
    sentence (`single`), of the one before, happened then, when it names a town or tells the act
    as done "also" (in the lead, whose undated acts are the week's news, only when told as done
    "also" on a day of that week; not when the sentence moves the time: "later", "since")."""
    index = mention.sentence_index
    # one time told, in one phrase or several ("on Tuesday morning ... in the afternoon")
    days = {(d.date_start, d.date_end) for d in earlier}
    scene = mention.trigger.event_type in SCENE_TYPES or mention.trigger.sub_event_type == LOOTING
    if not scene or len(days) != 1:
        return None
    if has_cue(sentences[index].folded, cues.scene_moves_on):
        return None
    if PERFECT.search(sentences[index].folded):
        return None  # "the attacks have not stopped", "residents have fled": not that time's
    origin = min(earlier, key=lambda d: (d.start, d.end))  # the first phrase telling it
    if index < cues.lead_sentences and (
        origin.date_start < lead_week(published)[0] or not _also(sentences[index].folded, cues)
    ):
        return None
    before, now = sentences[index - 1], sentences[index]
    # a wire's paragraph is one sentence: the scene goes on into the next one; so it does into
    # a paragraph telling an act done "also" ("In Bobo-Dioulasso, demonstrators also attacked")
    apart = before.paragraph != now.paragraph and not {before.paragraph, now.paragraph} <= single
    done_also = _done_also(cues.scene_also).search(now.folded) is not None
    if apart and not done_also:
        return None
    # the scene goes on at a town it names, known or not ("Around 10:00, near Baroua, an ambush
    # hit the troops"), or with the same doers "also" acting ("They also attacked schools"; not
    # "The group has also attacked schools", nor "Wagner mercenaries also carried out a raid");
    # else it is not told to go on
    # (a country only with the act told as done "also": "A Burkinabè soldier was also killed")
    named = any(_scene_named(p) for p in now.places) or (
        any(p.place is not None for p in now.places) and done_also
    )
    if not named and not _they_also(now.folded, cues):
        return None
    # a day, or a night across two ("On the night of September 15, another attack hit Dosso"),
    # not any two days ("starting on Friday")
    night = (origin.date_end - origin.date_start).days == 1 and NIGHT.search(fold(origin.text))
    if origin.precision != "day" and not night:
        return None
    return origin, f"{SCENE_RULE} ({origin.text!r})"


@cache
def _done_also(words: tuple[str, ...]) -> re.Pattern:
    """An act told as done "also" (cues.yaml's scene_also), in the past ("demonstrators also
    attacked", "was also killed"; not "the group has also killed hundreds", "similar attacks
    also happen")."""
    also = "|".join(map(re.escape, words))
    return re.compile(rf"(?<!\bhas )(?<!\bhave )\b(?:{also})\s+(?:been\s+)?\w+ed\b")


def _scene_named(p: PlaceMention) -> bool:
    """A town or a village, known or not: a country ("the deadliest attack Burkina Faso has
    known", "two of them from Burkina Faso") names no scene."""
    if p.place is None:
        return p.rule.startswith(UNKNOWN)
    return p.place.feature != "country"


def _they_also(folded: str, cues: Cues) -> bool:
    """The sentence opens on the doers told before, a pronoun, acting "also" ("They also
    attacked")."""
    words = re.findall(r"\w+", folded[:40])
    return len(words) > 2 and words[0] in cues.subject_pronouns and words[1] in cues.scene_also


def _also(folded: str, cues: Cues) -> bool:
    """An act told as done "also" ("demonstrators also stoned"), not a report ("the army also
    said")."""
    for found in re.finditer(r"\b(\w+)\s+(?=(\w+))", folded):
        if found[1] in cues.scene_also and not has_cue(found[2], cues.reporting):
            return True
    return False


def _since(
    origin: DateMention, text: str, published: date, within: int | None = None
) -> DateMention:
    """From the earlier event to publication, or to `within` days after it if sooner."""
    end = max(published, origin.date_start)
    if within is not None:
        end = min(end, origin.date_end + timedelta(days=within))
    return DateMention(
        text=text, start=0, end=0, date_start=origin.date_start, date_end=end, precision="range"
    )


LEAD_DAYS = 7  # a date in the week up to publication is a lead's news; an older one, background


def lead_week(published: date) -> tuple[date, date]:
    """The first and last days of the week up to publication, the time of a lead's news."""
    return published - timedelta(days=LEAD_DAYS - 1), published


# "jihadists on Friday claimed the lives of 12 soldiers": a toll, no claim of the act
CLAIMED_LIVES = re.compile(r"\bclaim(?:ed|s)?\s+(?:the\s+)?lives\b")


def reported_date(words: Words, trigger: Trigger, when: DateMention, cues: Cues) -> DateMention:
    """The date of the statement reporting an event, as the event's date: the days up to it.

    "Gunmen killed 12 people, the army said on Wednesday": the killing happened on or before
    Wednesday, most likely that day or the day or two before. Applies to a date of a day or a
    week next to a reporting word ("said", "in a statement") that the trigger is not part of;
    any other date is returned as it is.
    """
    if when.precision not in ("day", "week"):
        return when
    before = words.before(when.start, cues.reporting_window)
    opening = when.start - len(before)
    # "said the attack on Friday" dates the attack; "an attack that the army blamed on Friday on
    # jihadists" dates the blame: the reporting word must stand after the trigger, if it is near
    told = words.text[trigger.end : when.start] if opening <= trigger.start < when.start else before
    said_before = has_cue(told, cues.reporting) or has_cue(told, cues.blaming)
    # "On Wednesday, the army said gunmen had killed 12": the speech verb right after the date
    # and in the event's clause ("on Tuesday, the ministry said, the deadliest attack" is not one)
    after = words.text[when.end : trigger.start] if when.end <= trigger.start else ""
    near = " ".join(after.split()[: cues.reporting_window])
    said_after = any(
        has_cue(near, said) and has_cue(CLAUSE_BREAK.split(after)[-1], said)
        for said in (cues.reporting, cues.blaming)
    ) and not CLAIMED_LIVES.search(near)
    # "announced that the evening of October 17, troops carried out an operation", 'said: "On
    # Sunday, ...': a day opening what is said is that of the acts said (a quote opens after a
    # space, not after the name it closes: 'state television "RTB" on Monday')
    said_before = said_before and not SAID_OPENING.search(words.text, 0, when.start)
    statement = said_before or said_after
    if not statement or trigger.start <= when.start < trigger.end:
        return when
    # "the statement said, following Thursday's attack": a day owning the act is its own
    if when.text.endswith(("'s", "\u2019s")) and not words.text[when.end : trigger.start].strip():
        return when
    start = when.date_end - timedelta(days=cues.reporting_days - 1)
    return replace(when, date_start=min(start, when.date_start), precision="range")


def announced(words: Words, trigger: Trigger, when, dates, published: date, cues: Cues):
    """The day an act still to come was announced, when the sentence says so, else None.

    "France will withdraw its troops by the end of the year, Macron said on Sunday": the
    withdrawal is to come, and its announcement on Sunday is an event of its own.
    """
    if when is None or when.date_start <= published:
        return None
    stated = (
        d for d in dates if d is not when and d.precision == "day" and d.date_end <= published
    )
    return next((d for d in stated if reported_date(words, trigger, d, cues) != d), None)


def reported(words: Words, trigger: Trigger, segments: list, rule: str, cues: Cues):
    """A trigger's (date, segment start, segment end) triples with statements' dates ("the army
    said on Monday") widened to the days up to them, and the rule saying so. A decree (a ban, a
    break, an appointment) is made by the statement that makes it public: its day is kept."""
    if trigger.category in cues.made_by_statement:
        return segments, rule
    told = [(reported_date(words, trigger, w, cues) if w else w, a, b) for w, a, b in segments]
    if told == segments:
        return segments, rule
    return told, f"{rule}; {STATEMENT_DAYS}"


HELD_REACH = 2  # sentences after a detention in which "taken to X" tells where the held are


def places_of_detention(found: list[EventMention], sentences, cues: Cues) -> list[EventMention]:
    """ "Soldiers detained the minister. He was driven to the camp at Kati": a detention placed
    in a country for want of a place in its sentence takes the town the held were taken to,
    told in the next sentences."""
    result = []
    for m in found:
        held = m.trigger.sub_event_type == "Arrests" or m.trigger.category == "Coup"
        # an act told ("detained"), not a name for one ("last year's coup")
        detention = held and is_verb_form(m.trigger, cues)
        # (a town told in the sentence before is no place of its own either)
        unplaced = m.place is not None and not m.place_text
        if detention and unplaced:
            later = sentences[m.sentence_index + 1 : m.sentence_index + 1 + HELD_REACH]
            town = next((p for s in later for p in _held_at(s, cues, m.place.iso3)), None)
            if town is not None:
                rule = f"where the held were taken, told after; {town.rule}"
                m = replace(m, place=town.place, place_text=town.text, place_rule=rule)
        result.append(m)
    return result


def _held_at(sentence, cues: Cues, iso3: str):
    """The towns of the country that a sentence says people were taken to or held at."""
    for p in sentence.places:
        if p.place is None or p.place.geo_precision != 1 or p.place.iso3 != iso3:
            continue
        before = " ".join(sentence.folded[: p.start].split()[-(cues.held_window + 2) :])
        if has_cue(before, cues.held):
            yield p
