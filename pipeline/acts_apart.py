"""Whether two triggers of one sentence tell two acts: a date between them, two acts named side
by side, an earlier act in a relative clause, a place's own story, a sequence word; and whether
an act is told as another one than told before."""

import re
from functools import cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.cue_search import WORD
from pipeline.knowledge import Cues, phrase_alternatives
from pipeline.places.words import place_cues
from pipeline.records import SentenceFacts, Trigger
from pipeline.textnorm import fold
from pipeline.triggers import (
    CLAUSE_BREAK,
    RIGHT_WINDOW,
    Words,
    has_cue,
    in_where_clause,
    is_anaphoric,
    is_verb_form,
    named_as_time,
    told_at_once,
)

RELATIVE_OUTCOME = re.compile(r",\s+(?:in|during) which\b")  # a clause telling a noun's outcome
RELATIVE_TOLL = re.compile(r",?\s*(?:that|which)\s+(?:(?:had|have|has|reportedly)\s+)?")
TOLL_VERBS = ("killed", "left", "wounded", "injured", "claimed")  # "that killed 100 civilians"
# "were killed on Monday (September 5th) when a device exploded": the act they died in ("the
# attack came on 22 July, when JNIM claimed an assault" is a noun's time, told again)
WHEN_CLAUSE = re.compile(r"\)?[\s,]*(?:\([^()]{0,30}\)[\s,]*)?when\s+(?:[\w-]+\s+){0,8}$")
# an act's toll, then when it came: "(an attack on Friday) led to the death of a soldier when"
TOLL_WHEN = re.compile(
    r"\s+(?:led\s+to|resulted\s+in|caused)\s+the\s+deaths?\s+of\s+(?:[\w-]+\s+){1,6}?"
    r"when\s+(?:[\w-]+\s+){0,8}"
)
# "were killed on Monday after gunmen stormed the police station": the violent act they died in,
# told with no day of its own ("... after militants attacked the base on Sunday" is an older one)
AFTER_CLAUSE = re.compile(
    r"\)?[\s,]*(?:\([^()]{0,30}\)[\s,]*)?(?:after|as)\s+(?:[\w\"“”'’-]+\s+){1,8}$"
)
# "killed on Tuesday in an ambush": the noun after the date tells how the act was done
IN_AN_ACT = re.compile(r",?\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
# "killed in two midweek attacks": a time told inside the noun of acts counted
IN_COUNTED_ACTS = re.compile(r",?\s+(?:in|during)\s+(?:two|three|four|several|\d+)\s+$")
INSIDE_THE_NOUN = (IN_AN_ACT, IN_COUNTED_ACTS)
# what starts another clause between them: "wounded on Sunday in Gao, and others in the attack
# on Tessit", "near Gao, the area where a convoy was hit in an ambush"
ACT_APART = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\b(?:where|which|who|whom|when)\b")
OWN_DATE_WORDS = 2  # words from an act to its own date ("were wounded earlier this month")
# "X, who had (himself) ...": a relative clause in the past perfect tells an earlier act
EARLIER_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?:[\w-]+\s+)?had\b")
# "took place in Gaskinde, where jihadists have escalated attacks ... since 2015": the place's
# own story up to now, told in the present perfect with how long it has lasted
PLACE_HISTORY = re.compile(r",\s+where\s+(?:[\w'-]+\s+){0,10}?(?:have|has)\b")
LASTED = re.compile(r"\bsince\b|\bfor\s+(?:years|months|decades)\b")

# "after fighters killed": a clause with its own subject after a sequence word, up to the verb
SUBJECT_CLAUSE = re.compile(r"\b(?:after|before)\s+(?!(?:being|having)\b)(?:[\w'-]+\s+){1,5}$")
# "comes exactly one week after two Spanish journalists and an Irish activist were killed": a
# time counted before "after" leaves the older act's clause a longer subject
COUNTED_CLAUSE = re.compile(
    r"\b(?:days?|weeks?|months?)\s+(?:after|before)\s+(?!(?:being|having)\b)(?:[\w'-]+\s+){1,9}$"
)
# "Monday's attack": an act named by its day, the one told before
OF_A_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
    r"['\u2019]s\s+(?:[\w-]+\s+)?$"
)

# how many people a toll counts: "33", "ten", "dozens", "twenty-one"
TOLL_COUNT = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds)(?:-\w+)?"
)
# "and another six injured", "and another 20 were wounded": a count of more victims of the act
MORE_VICTIMS = re.compile(
    rf"\banother\s+(?:{TOLL_COUNT}|dozen|several|few)\s+(?:(?:people|others|soldiers"
    r"|civilians)\s+)?(?:were\s+)?(?:injured|wounded|hurt|killed|dead)\b"
)
# "after the attack", "following this assault": an act told before, named as a time
AFTER_THE = r"\b(?:after|following)\s+(?:the|this|that)\s+"
AFTER_THE_ACT = re.compile(rf"{AFTER_THE}(?:[\w-]+\s+)?$")
AFTER_PASSIVE = re.compile(
    r"\bafter\s+(?!(?:they|he|she|it|we)\b)(?:[\w'-]+\s+){1,6}(?:was|were|had\s+been)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
ON_A_TARGET = re.compile(r"\s+(?:on|against)\s")
# "killed 20 civilians in attacks on villages, while a peacekeeper died in a mine explosion": a
# clause of contrast, with a subject of its own (not "while patrolling")
CONTRAST = re.compile(r",\s+(?:while|whereas)\s+(?![\w-]+ing\b)")
TOLD_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+)?$")
AND_ANOTHER = re.compile(r",?\s+and\s+(?:an?|the|another)\s+$")
# another act named after one told ("as well as a blast"), not more of the same act's means
AS_WELL_AS_ONE = re.compile(r"\bas\s+well\s+as\s+(?:an?|another)\s+(?:[\w-]+\s+)?$")


def two_named_acts(text: str, a: Trigger, b: Trigger, cues: Cues) -> bool:
    """ "an attack on a passenger boat near Bamba and an assault on the army camp at Bourem":
    two acts named side by side, each with its own target."""
    return (
        not is_verb_form(a, cues)
        and not is_verb_form(b, cues)
        and ON_A_TARGET.match(text, a.end) is not None
        and AND_ANOTHER.search(text[a.end : b.start]) is not None
        and ON_A_TARGET.match(text, b.end) is not None
    )


def _after_an_act(text: str, a: Trigger, b: Trigger) -> bool:
    """Whether a verb's act is told as coming after the act of `b`: "neutralised 15 fighters
    fleeing after the attack" (its time, told before), "carried out a combing operation after
    the village was subjected to an attack" (what befell another subject before it; not "three
    soldiers were killed after their vehicle was hit by a device": the toll's own act)."""
    if AFTER_THE_ACT.search(text, a.end, b.start):
        return True
    return (
        not a.text.startswith(TOLL_VERBS) and AFTER_PASSIVE.search(text, a.end, b.start) is not None
    )


def apart(words: Words, a: Trigger, b: Trigger, dates, cues: Cues) -> bool:
    """Whether two triggers of one sentence tell two events: a date between them, or a name for
    an event, a sequence word and an event with a date of its own ("the raid followed an
    assault on the post last week"; "killed 12 after an attack on Monday" is one act)."""
    dated_after_b = any(
        d.start >= b.end and words.between(b.end, d.start) <= RIGHT_WINDOW for d in dates
    )
    if is_verb_form(a, cues) and _after_an_act(words.text, a, b):
        return True
    # "two soldiers were killed and another six injured when ...": more of its victims
    more = MORE_VICTIMS.search(words.text, a.end, b.end) is not None
    if not more and told_at_once(words.text[a.end : b.start], cues.simultaneous):
        return True  # "the attack coincided with an assault on the post": two acts, one time
    if two_named_acts(words.text, a, b, cues):
        return True
    if in_another_after(words.text, b, cues):
        return True
    if not is_verb_form(b, cues) and AS_WELL_AS_ONE.search(words.text, a.end, b.start):
        return True  # "a raid that killed 49 troops as well as a blast that killed a soldier"
    if _contrasted(words.text, a, b):
        return True
    if EARLIER_RELATIVE.search(words.text, a.end, b.start):
        return True  # "overthrew Damiba, who had himself taken power": his own, earlier act
    if _place_history(words.text, a, b):
        return True
    if (
        dated_after_b
        and in_where_clause(words.text, a.end, b.start, cues)
        and is_anaphoric(words, a, cues)
    ):
        # "The latest attacks happened near Seytenga, where 86 civilians were killed last June":
        # the act told before, and an older one at its place, dated apart
        return True
    if named_as_time(words, a, cues) and CLAUSE_BREAK.search(words.text, a.end, b.start):
        return True  # "Six days before the massacre, militants stormed a camp": another act
    sequence = not is_verb_form(a, cues) and has_cue(words.text[a.end : b.start], cues.sequence)
    if sequence and has_cue(words.before(b.start, 2), cues.another):
        return True  # "the attack came two days after another assault on a base": an older act
    own_clause = is_verb_form(b, cues) and SUBJECT_CLAUSE.search(words.text, a.end, b.start)
    counted = is_verb_form(b, cues) and COUNTED_CLAUSE.search(words.text, a.end, b.start)
    if sequence and own_clause and any(d.start >= b.end for d in dates):
        # "airstrikes on X shortly after fighters killed soldiers near the town in July": theirs
        return True
    of_a_day = OF_A_DAY.search(words.before(a.start, 3)) is not None
    if sequence and (own_clause and is_anaphoric(words, a, cues) or counted and of_a_day):
        # "The attack came three weeks after 60 people were killed in Ouahigouya": the act told
        # before came after another, older one
        return True
    # "France pulled its force out of Mali; its last soldiers left Gao on Aug. 15": a clause of
    # its own after a semicolon, with a date of its own, is another act
    if dated_after_b and (sequence or ";" in words.text[a.end : b.start]):
        return True
    between = [d for d in dates if a.end <= d.start and d.end <= b.start]
    return bool(between) and _dated_apart(words, a, b, (between[-1], dates), cues, dated_after_b)


def _dated_apart(words: Words, a: Trigger, b: Trigger, told, cues: Cues, dated_after_b: bool):
    """Whether a date between two triggers (`told`: that date, and the sentence's dates) tells
    two acts, not an act and its own toll, manner or means."""
    last, dates = told
    # "an assault on the post last week, in which nine soldiers were killed": its toll
    if RELATIVE_OUTCOME.match(words.text, last.end):
        return False
    # "raids in January that killed at least 100 civilians": the act's own toll
    toll = words.text[b.start : b.end].startswith(TOLL_VERBS)
    if toll and RELATIVE_TOLL.fullmatch(words.text, last.end, b.start):
        return False
    if _died_in(words, a, b, last, cues, dated_after_b):
        return False
    manner = is_verb_form(a, cues) and not is_verb_form(b, cues)
    gap = words.text[last.end : b.start]
    # "killed 132 people in an overnight raid": a time told inside the noun of the act, the
    # only one told before it ("In June, gunmen killed 132 in an overnight attack": June's)
    inside = any(p.search(words.text, a.end, last.start) for p in INSIDE_THE_NOUN)
    told_before = any(d.end <= a.start for d in dates)
    if manner and inside and not told_before and words.between(last.end, b.start) <= 1:
        return False
    # "were wounded earlier this month in the north, including 18 peacekeepers, in a rocket
    # attack": the act they were hurt in, told after where and who
    told_after = (
        words.between(a.end, last.start) <= OWN_DATE_WORDS
        and IN_AN_ACT.search(gap)
        and not ACT_APART.search(gap)
        and not dated_after_b
        and not has_cue(gap, cues.sequence)
    )
    return not (manner and (IN_AN_ACT.match(gap) or told_after))


def _contrasted(text: str, a: Trigger, b: Trigger) -> bool:
    """`b` an act of another kind told as new in a clause of contrast after `a` ("..., while a
    peacekeeper died in a mine explosion"; not "..., while five were wounded in the attack")."""
    return (
        a.event_type != b.event_type
        and CONTRAST.search(text, a.end, b.start) is not None
        and TOLD_BEFORE.search(text, a.end, b.start) is None
    )


def _place_history(text: str, a: Trigger, b: Trigger) -> bool:
    """`b` told in a clause about the story of the place of `a` ("where jihadists have seized
    territory since 2015"), not in `a`'s own ("where soldiers had just arrived")."""
    story = PLACE_HISTORY.search(text, a.end, b.start)
    if story is None:
        return False
    end = CLAUSE_BREAK.search(text, b.end)
    return LASTED.search(text, story.end(), end.start() if end else len(text)) is not None


def _died_in(words: Words, a: Trigger, b: Trigger, day, cues: Cues, b_dated: bool) -> bool:
    """ "were killed on Monday (September 5th) when a device exploded", "... after gunmen
    stormed the station": the act they died in, after the act's own `day` (not "killed 20 on
    Sunday, the worst toll since August, when ...": August's act)."""
    # "a reprisal attack on Friday led to the death of a soldier when a vehicle hit a mine"
    toll_when = TOLL_WHEN.fullmatch(words.text, day.end, b.start) is not None
    if not is_verb_form(a, cues) and not toll_when:
        return False
    # the victims told as the subject ("three police officers were killed"), not a force's
    # answer ("soldiers killed 20 jihadists on Tuesday after militants ambushed a convoy")
    hurt = has_cue(words.before(a.start, 2), cues.passive)
    violent = a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES and not b_dated
    if not (WHEN_CLAUSE.fullmatch(words.text, day.end, b.start) or toll_when) and not (
        violent and hurt and AFTER_CLAUSE.fullmatch(words.text, day.end, b.start)
    ):
        return False
    compared = has_cue(words.text[a.end : b.start], cues.comparisons)
    return not compared and not fold(day.text).startswith("since")


def in_another_after(text: str, trigger: Trigger, cues: Cues) -> bool:
    """ "six people were killed at a Protestant church and four more were killed that same month
    in another Catholic church": an act its clause sets at a site other than the one told (not
    "in another part of the village")."""
    closing = CLAUSE_BREAK.search(text, trigger.end)
    end = closing.start() if closing else trigger.end + 60
    pattern = _site_after(cues.in_another_site, cues.other_sites)
    return pattern.search(text, trigger.end, end) is not None


@cache
def _site_after(openings: tuple[str, ...], sites: tuple[str, ...]) -> re.Pattern:
    """ "in another Catholic church": an opening, up to two words, then a site."""
    said, named = (phrase_alternatives(words) for words in (openings, sites))
    return re.compile(rf"\b(?:{said})\s+(?:[\w-]+\s+){{0,2}}?(?:{named})\b")


def told_as_another(folded: str, trigger: Trigger, cues: Cues) -> bool:
    """ "In another attack, 14 people were killed", "Elsewhere, gunmen killed ...", "there was
    another attack targeting the detachment of Kongoussi", "the group moved on and attacked
    another nearby village": an act other than the one told before (`folded`: the trigger's
    sentence, folded)."""
    before = has_cue(folded[: trigger.start], cues.in_another)
    return (
        before or _another_right_before(folded, trigger, cues) or _elsewhere(folded, trigger, cues)
    )


def told_apart_from(folded: str, trigger: Trigger, cues: Cues) -> int:
    """Where in its sentence the act starts being told apart from those told before it: 0 for
    one told as other than those of the sentences before ("In another attack, ...", "another
    attack"), its own start for one set at another site than the acts before it in its
    sentence ("... and four more were killed in another church"), -1 for neither."""
    if in_another_after(folded, trigger, cues):
        return trigger.start
    words = WORD.findall(folded)
    # "In the same region in March, ...", "Also in another attack, ..." (not "Officials in the
    # same province said")
    first = 1 if words[:1] in (["also"], ["and"], ["but"]) else 0
    opening = " ".join(words[first : first + 6])
    opened = any(opening.startswith(f"{cue} ") for cue in cues.in_another)
    # "another attack", not "one soldier was killed and another injured"
    noun = not is_verb_form(trigger, cues) and _another_right_before(folded, trigger, cues)
    return 0 if opened or noun or _elsewhere(folded, trigger, cues) else -1


def _another_right_before(folded: str, trigger: Trigger, cues: Cues) -> bool:
    """ "another attack", "a separate assault": the act named as another one."""
    before = " ".join(WORD.findall(folded[: trigger.start])[-2:])
    return any(before.endswith(a) for a in cues.another)


def _elsewhere(folded: str, trigger: Trigger, cues: Cues) -> bool:
    """ "Elsewhere, ...", "attacked another nearby village": an act at another place."""
    target = _another_site(cues.another).match(folded, trigger.end) is not None
    opening = " ".join(WORD.findall(folded)[:1])
    return has_cue(opening, cues.apart_openings) or (target and is_verb_form(trigger, cues))


@cache
def _another_site(another: tuple[str, ...]) -> re.Pattern:
    """ "another nearby Fulani village": another place (place_cues' same_sites) as the object."""
    words = "|".join(map(re.escape, another))
    return re.compile(rf"\s+(?:{words})\s+(?:[\w-]+\s+){{0,2}}?{place_cues().site}\b")


ALSO_WORDS = 3  # words from "also" to the act it tells ("they also targeted")


def also_elsewhere(sentence: SentenceFacts, words: Words, a: Trigger, b: Trigger, cues: Cues):
    """ "raided an army post in Djibo, and they also targeted the militia in Gnagna province":
    a verb told as done "also", each act with a town of its own, tells another act."""
    if not (is_verb_form(a, cues) and is_verb_form(b, cues)):
        return False
    before = WORD.findall(words.before(b.start, ALSO_WORDS))
    if not set(before) & set(cues.scene_also) or not CLAUSE_BREAK.search(
        words.text, a.end, b.start
    ):
        return False
    clause_end = CLAUSE_BREAK.search(words.text, b.end)
    end = clause_end.start() if clause_end else len(words.text)
    places = [p for p in sentence.places if p.place is not None]
    first = {p.place.name for p in places if a.end <= p.start and p.end <= b.start}
    second = {p.place.name for p in places if b.end <= p.start and p.end <= end}
    return bool(first and second and not first & second)
