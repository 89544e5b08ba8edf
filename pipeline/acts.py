"""Which triggers of a sentence tell events: one per act, possibilities and topics apart."""

import re

from pipeline.act_subjects import heads_its_clause, subject_of_next
from pipeline.acts_apart import TOLL_COUNT, also_elsewhere, apart
from pipeline.agreement_ends import declared_over, ended_before, frames_another_act
from pipeline.coding import ATTACK, LOOTING, TERRITORIAL
from pipeline.contract import BATTLES, STRATEGIC, VIOLENT_TYPES
from pipeline.dates.patterns import MONTHS
from pipeline.departures import no_departure
from pipeline.fatalities import words_value
from pipeline.knowledge import Cues
from pipeline.records import DateMention, SentenceFacts, Trigger
from pipeline.trends import acts_counted, counts_acts
from pipeline.triggers import (
    CLAUSE_BREAK,
    WORD,
    Words,
    cue_words,
    describes_fighters,
    family,
    has_cue,
    is_hypothetical,
    is_state,
    is_topic,
    is_verb_form,
    merge_same_category,
    names_people,
    participle,
    right_before,
)

FRAMED_TYPES = VIOLENT_TYPES | {"Protests", "Riots"}  # types the parse can recode


# the means an act's verb was done by, right after its date ("killed in December by an IED")
BY_MEANS = re.compile(r"\s*,?\s*by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}")
# a sentence opening on the act its clause tells: "In another attack on 4 June, gunmen ..."
OPENING_ACT = re.compile(
    r"\s*(?:[-\u2013\u2022*]\s*)?(?:in|during)\s+(?:an?|the|another|a\s+new|a\s+separate)?\s*$"
)
# ", with 33 civilians killed", "with at least ten people dead": the toll of the act before it
# (not "coincided with an assault")
WITH_TOLL = re.compile(
    r",?\s+with\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?"
    rf"{TOLL_COUNT}(?:\s+[\w-]+){{0,6}}\s+$"
)


def events_of(
    sentence: SentenceFacts,
    found: list[Trigger],
    words: Words,
    cues: Cues,
    reported: frozenset[Trigger] = frozenset(),
):
    """(triggers telling events, hypothetical ones, absorbed): one trigger per act, in text
    order; `absorbed` maps a kept trigger to the triggers of its act it stands for ("stormed
    Solhan ..., killing 132": "killing 132" stands for "stormed" too). `reported`: triggers the
    parse shows a decision is announced of ("announced that ... would be postponed")."""

    def date_between(a: Trigger, b: Trigger) -> bool:
        if participle(sentence.folded, b) and (
            is_verb_form(a, cues) or heads_its_clause(words, a, b)
        ):
            return False  # "attacked X on Tuesday, killing 12": one act and its toll
        if subject_of_next(words, a, [b], cues):
            return False  # "An attack on April 20 killed 11": the act and its verb
        if WITH_TOLL.search(sentence.folded, a.end, b.start):
            return False  # "was attacked on Thursday, with 33 civilians killed": its toll
        if is_verb_form(a, cues) and _means_after_its_day(sentence, a, b):
            return False  # "were killed in December by an IED explosion": the act's means
        return (
            apart(words, a, b, sentence.dates, cues)
            or _town_of_its_own(sentence, a, b, cues)
            or also_elsewhere(sentence, words, a, b, cues)
        )

    hypothetical = [
        t
        for t in found
        if not_an_event(words, t, cues, t in reported)
        or _background_since(sentence, words, t, cues)
        or _habitual(words, t, cues, sentence.dates)
        or counts_acts(words, t, cues, sentence.dates)
    ]
    kept = [t for t in found if t not in hypothetical]
    found = _without_comparisons(words, kept, cues)
    found = _without_latest(sentence, words, found, cues)
    found = _without_outcomes(sentence.folded, found, cues)
    found = _without_purposes(sentence.folded, found)
    found = _without_opening_act(sentence.folded, found)
    found = [t for t in found if not no_departure(words, t, cues)]
    absorbed: dict[Trigger, list[Trigger]] = {}

    found = merge_same_category(found, date_between, absorbed)
    endings = [e for t in found if (e := declared_over(words, t, cues))]
    found, ended = _ended(sentence, found, words, cues)
    endings += ended
    return sorted([*found, *endings], key=lambda t: t.start), hypothetical, absorbed


def _without_opening_act(folded: str, found: list[Trigger]) -> list[Trigger]:
    """The triggers less an act the sentence opens on when its clause tells the act ("In another
    attack on 4 June, armed men stormed Goungam, killing 14"): the clause says who did what."""

    def opens(t: Trigger) -> bool:
        # only a bare attack ("In another attack on 4 June"): "In an explosion", "In an
        # airstrike", "During clashes" tell a kind of act the clause may not
        comma = folded.find(",", t.end)
        return (
            t.category == ATTACK
            and t.event_type == BATTLES
            and OPENING_ACT.fullmatch(folded, 0, t.start) is not None
            and comma > 0
            and any(o.start > comma and family(o) == family(t) for o in found)
        )

    return [t for t in found if not opens(t)]


def _means_after_its_day(sentence: SentenceFacts, a: Trigger, b: Trigger) -> bool:
    """ "were killed in December by an IED explosion": `b` the means of `a`, told right after
    the day that follows `a`."""
    between = [d for d in sentence.dates if a.end <= d.start and d.end <= b.start]
    return (
        bool(between)
        and len(sentence.folded[a.end : between[0].start].split()) <= 1
        and BY_MEANS.fullmatch(sentence.folded, between[-1].end, b.start) is not None
    )


def _without_comparisons(words: Words, found: list[Trigger], cues: Cues) -> list[Trigger]:
    """The triggers less an act compared with others and said of an act of its kind told before
    it in the sentence ("making it the most deadly attack of its kind"): it names that act."""
    return [
        t
        for n, t in enumerate(found)
        if not (
            right_before(words, t, cues.comparisons)
            and has_cue(words.before(t.start, 6), cues.said_of_it)
            and any(family(o) == family(t) for o in found[:n])
        )
    ]


LATEST_OWN = 3  # words after "the latest" act within which a place is its own
# a day or a week told after "the latest" act is its own; "since 2012", "this year" tell a series
WEEK = 7


def _without_latest(
    sentence: SentenceFacts, words: Words, found: list[Trigger], cues: Cues
) -> list[Trigger]:
    """The triggers less "the latest" act told in the clause of a violent act before it, or in
    apposition to it after a comma, with no day or place of its own ("civilians were killed
    when armed men attacked a village in the latest clash between communities"; "gunmen killed
    12 in a village, officials said, the latest reported attack in the region"): it names that
    act. In a clause of its own, or with a day or a place of its own ("the latest attack on
    Arbinda", "the latest clashes near Arbinda on Monday", "the latest attack, which killed five
    on Monday"), it is another act."""
    places = [p for p in sentence.places if p.place is not None]

    def own(t: Trigger, spans) -> bool:
        return any(t.end <= s.start and words.between(t.end, s.start) <= LATEST_OWN for s in spans)

    fillers = cue_words(cues.latest_fillers)

    def names_the_act_before(n: int, t: Trigger) -> bool:
        before = [o for o in found[:n] if o.event_type in VIOLENT_TYPES]
        latest = right_before(words, t, cues.latest, fillers)
        if not (t.event_type in VIOLENT_TYPES and before and latest):
            return False
        return not (
            any(
                d.start >= t.end and (d.date_end - d.date_start).days < WEEK for d in sentence.dates
            )
            or own(t, places)
            or _another_clause(words.text, before[-1].end, t.start, cues)
        )

    return [t for n, t in enumerate(found) if not names_the_act_before(n, t)]


def _another_clause(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether a clause of its own stands between the act told and "the latest" one: not so
    when the only breaks are commas and the last opens an apposition ("killed 12 in a village,
    officials said, the latest attack in the region")."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, end))
    if not breaks:
        return False
    if any(b.group() != "," for b in breaks):
        return True
    # a determiner, then "latest" or "most recent"
    opening = WORD.findall(text[breaks[-1].end() : end])[:3]
    return not has_cue(" ".join(opening[1:]), cues.latest)


def _town_of_its_own(sentence: SentenceFacts, a: Trigger, b: Trigger, cues: Cues) -> bool:
    """ "Protests in the capital were broken up, and in Kaya demonstrators blocked a convoy": a
    clause joined to the act before that opens with a town of its own tells another act."""
    for mention in sentence.places:
        if mention.place is None or not (a.end <= mention.start and mention.end <= b.start):
            continue
        _, comma, opening = sentence.folded[a.end : mention.start].rpartition(",")
        if comma and " ".join(opening.split()) in cues.own_town_clause:
            return True
    return False


DIPLOMATIC_BREAK = "Diplomatic break"


def not_an_event(words: Words, trigger: Trigger, cues: Cues, reported: bool = False) -> bool:
    """A possibility ("could attack"), a topic ("against massacres"), a standing state, fighters
    described ("a militia fighting alongside the army"), people who are no envoys given hours
    to leave, or an agreement another act is done under."""
    return (
        is_hypothetical(words, trigger, cues, reported)
        or is_topic(words, trigger, cues)
        or is_state(words, trigger, cues)
        or names_people(words, trigger, cues)
        or describes_fighters(words, trigger, cues)
        or (trigger.category == DIPLOMATIC_BREAK and has_cue(trigger.text, cues.not_envoys))
        or frames_another_act(words, trigger, cues)
    )


# "since he", "since the army": the subject of a clause that says since when
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'-]+\s+){1,3}$")


def _background_since(sentence: SentenceFacts, words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "left the country for the first time since he seized power, flying on Thursday": an act
    told to say since when, with no date in its own clause, is background, not an event."""
    if not is_verb_form(trigger, cues):
        return False
    window = words.before(trigger.start, 5)
    since = SINCE_CLAUSE.search(window)
    if since is None:
        return False
    start = trigger.start - len(window) + since.start()
    after = CLAUSE_BREAK.search(words.text, trigger.end)
    end = after.start() if after else len(words.text)
    return not any(start <= d.start and d.end <= end for d in sentence.dates)


TALLY_DAYS = 31  # a perfect dated by a longer time counts acts: "have been killed this year"
TALLY_REACH = 3  # words from the act to that time
# "have been killed in attacks": the dead of acts named in the plural, in the perfect; counted
# since an event or a time ("since the coup", "since the start of the year"), a tally
KILLED_IN = re.compile(r"\b(?:has|have)\s+been\s+[a-z]+\s+in\s+$")
SINCE_THE = re.compile(r"\bsince\s+(?:the|its|their)\b")
# "have repeatedly clashed", "has often been attacked": the perfect of an act done many times
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){0,2}$")
# "have been targeting" (not "there has been fighting": a noun)
PERFECT_PROGRESSIVE = re.compile(r"(?<!there )\b(?:has|have)\s+(?:[a-z]+ly\s+)?been\s+$")


def _habitual(words: Words, trigger: Trigger, cues: Cues, dates: list[DateMention]) -> bool:
    """ "where hunters and herders have repeatedly clashed in recent months": acts told as done
    many times up to now describe a place or a time, none of them an event one can date; so do
    acts told as going on up to now with no time of their own ("where extremists have been
    targeting civilians"), acts told as a habit ("who regularly attack") and tallies ("have
    been killed this year")."""
    before = words.before(trigger.start, 3)
    ongoing = trigger.text.split()[0].lower().endswith("ing") and PERFECT_PROGRESSIVE.search(before)
    # a time of its own: after it, or opening the sentence ("Since Sunday, soldiers have been
    # fighting"), not that of another clause ("killed late on Friday in X, where ...")
    if ongoing and not any(d.start >= trigger.end or words.between(0, d.start) == 0 for d in dates):
        return True
    perfect = PRESENT_PERFECT.search(before)
    if not is_verb_form(trigger, cues):
        # "militants who regularly attack Burkinabe forces", "groups that continue to attack
        # civilians": a present told as a habit; "has been the target of six attacks since
        # 2019", "six attacks since 2019": a tally of acts up to now (not "the June 4 massacre
        # last year", "one attack in late 2022")
        if KILLED_IN.search(words.before(trigger.start, 4)) and _counted_since(words, dates, cues):
            return True  # "since the coup at least 2,400 people have been killed in attacks"
        told = WORD.findall(before)
        count = words_value(told[-1]) if told else None
        counted = count is not None and count > 1 and not (len(told) > 1 and told[-2] in MONTHS)
        return has_cue(words.before(trigger.start, 2), cues.repeated) or (
            (perfect is not None or counted) and _tallied(words, trigger, dates, up_to_now=True)
        )
    if perfect is None:
        return False
    if has_cue(words.before(trigger.start, 4), cues.tallied) and _counted_since(words, dates, cues):
        return True  # "since the coup at least 2,400 people have been killed"
    if acts_counted(trigger, cues):
        return True  # "has launched several attacks in Niger in recent weeks"
    # "hundreds of people have been killed this year": a tally of the time up to now, no act
    # (a decision lasts: "have been suspended by decree since 10 April" was made then)
    tally = _tallied(words, trigger, dates)
    # the adverb on the act itself ("have repeatedly clashed"), not on another word of its clause
    # ("have kidnapped a frequently quoted imam on Tuesday")
    return tally or has_cue(perfect.group(), cues.repeated)


def _counted_since(words: Words, dates: list[DateMention], cues: Cues) -> bool:
    """ "since the coup at least 2,400 people have been killed": a count since an event or a
    time, with no day of its own (not "killed on Sunday, the deadliest attack since the coup")."""
    since = SINCE_THE.search(words.text)
    compared = since is not None and has_cue(words.before(since.start(), 6), cues.comparisons)
    days = any(d.precision == "day" for d in dates)
    return since is not None and not compared and not days


def _tallied(words: Words, trigger: Trigger, dates, up_to_now: bool = False) -> bool:
    """True when a violent act is followed closely by a time longer than a month (`up_to_now`:
    one told as running up to the news: "since 2019", "over the past year")."""
    return trigger.event_type in VIOLENT_TYPES and any(
        d.start >= trigger.end
        and words.between(trigger.end, d.start) <= TALLY_REACH
        and (d.date_end - d.date_start).days > TALLY_DAYS
        and (not up_to_now or UP_TO_NOW.match(words.text, d.start) is not None)
        for d in dates
    )


# a time running up to the news: "since 2019", "over the past year", "this year", "so far"
UP_TO_NOW = re.compile(r"(?:since|(?:over|in|during|for)\s+the\s+(?:past|last)|this\s+year)\b")


def _ended(sentence: SentenceFacts, found: list[Trigger], words: Words, cues: Cues):
    """(triggers, endings): "the junta revoked the agreement" tells the ending, not the
    agreement; "ended the 2015 agreement" tells both, the agreement dated by its own year."""
    kept, endings = [], []
    for trigger, start in zip(found, [0, *(t.end for t in found)], strict=False):
        ending = ended_before(words, trigger, start, cues)
        if ending is None or not_an_event(words, ending, cues):
            kept.append(trigger)
            continue
        endings.append(ending)
        if any(ending.end <= d.start and d.end <= trigger.start for d in sentence.dates):
            kept.append(trigger)
    return kept, endings


def _without_outcomes(folded: str, found: list[Trigger], cues: Cues) -> list[Trigger]:
    """ "clashed in Botou, leaving four wounded": the participle tells the clash's outcome.

    (A violent participle, "killing 12", is merged with the act instead.)
    """
    kept = found[:1]
    for trigger in found[1:]:
        last = kept[-1]
        violent = family(last) == "violence" and is_verb_form(last, cues)
        outcome = participle(folded, trigger) and family(trigger) != "violence"
        if not (violent and outcome):
            kept.append(trigger)
    return kept


# "summoned the ambassador to protest", "recalled its envoy in protest": why the act was done
PURPOSE = re.compile(r"\b(?:to|in)\s+$")


def _without_purposes(folded: str, found: list[Trigger]) -> list[Trigger]:
    """The triggers less a protest that is the purpose of a state's act told right before it,
    in its clause ("summoned the ambassador to protest"); "people gathered to protest" and "the
    killing led hundreds to protest" keep their protests."""
    kept = []
    for trigger in found:
        before = [t for t in kept if t.end <= trigger.start]
        last = before[-1] if before else None
        purpose = (
            last is not None
            and trigger.event_type == "Protests"
            and last.event_type == STRATEGIC
            and PURPOSE.search(folded, last.end, trigger.start) is not None
            and not CLAUSE_BREAK.search(folded, last.end, trigger.start)
        )
        if not purpose:
            kept.append(trigger)
    return kept


MODAL_REACH = 3  # words before a decision in which "will" or "would" makes it one announced


def needs_parse(
    sentence: SentenceFacts,
    triggers: list[Trigger],
    categories: frozenset[str] = frozenset(),
    reports: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ()),
) -> bool:
    """Whether the parse can change what a sentence yields: who hit whom decides the type of
    violence, protests and territory, and whether acts of `categories` were done to people;
    clauses decide between two dates; whether a decree told with a modal ("will postpone the
    referendum, a spokesperson said") is what a verb reports (`reports`: the verbs, the modals,
    the categories of decrees a statement makes).
    (Parentheses are read without the parse.)"""
    if not triggers:
        return False
    verbs, modals, decrees = reports
    decisions = [t for t in triggers if t.category in decrees]
    if decisions and has_cue(sentence.folded, verbs):
        words = Words(sentence.folded)
        if any(has_cue(words.before(t.start, MODAL_REACH), modals) for t in decisions):
            return True
    recoded = (*TERRITORIAL, LOOTING)  # who took or burned decides these
    if any(
        t.event_type in FRAMED_TYPES or t.sub_event_type in recoded or t.category in categories
        for t in triggers
    ):
        return True
    return len(sentence.dates) > 1
