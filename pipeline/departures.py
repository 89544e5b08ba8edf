"""Words of leaving that tell no departure of a force: what an act left behind ("leaving five
dead"), the end of an act ("before leaving"), victims caught fleeing, and people fleeing their
homes."""

from pipeline.fatalities import words_value
from pipeline.knowledge import Cues
from pipeline.records import Trigger
from pipeline.triggers import Words

FLEEING_REACH = 4  # words before a departure read for who left ("of families have been leaving")
# words between who left and the verb: "families have been leaving", "residents began leaving"
AUXILIARIES = frozenset({"have", "has", "had", "been", "began", "begun", "started", "are", "were"})


def no_departure(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "broke up the march, leaving many people injured": what an act left, not a departure;
    nor is "ransacked the house before leaving", nor "were killed while fleeing X", nor
    "residents left Bosso" (people fleeing, which ACLED does not code)."""
    if trigger.category != "Withdrawal":
        return False
    if _people_fleeing(words, trigger, cues):
        return True
    before = words.before(trigger.start, 1).lower().split()
    if trigger.text.lower().startswith("fleeing"):
        return bool(before) and before[-1] in cues.fleeing_victims
    if trigger.text.lower() == "withdrawing" and before and before[-1] in cues.left_the_scene:
        # "killed 24 soldiers before withdrawing to Mali": the attackers' retreat; "after
        # withdrawing from Mali" still names what was left
        return "from" not in words.text[trigger.end : trigger.end + 60].lower().split()[:6]
    if not trigger.text.lower().startswith("leaving"):
        return False
    if trigger.text.lower() == "leaving" and before and before[-1] in cues.left_the_scene:
        return True
    following = words.text[trigger.end : trigger.end + 60].lower().split()[:4]
    after = " ".join(following[:2])
    # "leaving five militants dead" (not "leaving one by one"): a number word, then the outcome
    counted = bool(following) and following[0].isalpha() and words_value(following[0]) is not None
    if counted and any(w.strip(",.;") in cues.outcome_counts for w in following[1:]):
        return True
    return after[:1].isdigit() or any(
        f"{after} ".startswith(f"{cue} ") for cue in cues.outcome_counts
    )


def _people_fleeing(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "Residents left Bosso", "families have been leaving Tinzaouaten": unarmed people the
    subject right before the verb (not "residents said French troops left", "troops evacuated
    civilians and withdrew")."""
    before = words.before(trigger.start, FLEEING_REACH).lower().split()
    while before and before[-1] in AUXILIARIES:
        before.pop()
    return bool(before) and before[-1] in cues.fleeing_people
