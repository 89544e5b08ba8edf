"""Who reports an event is not a side of it: "40 civilians were killed, the government said".

A reporter that goes on about itself ("the army said it had killed 20 assailants") stays: the
pronoun makes it the agent as well.
"""

import re
from functools import cache

from pipeline.knowledge import Cues, phrase_alternatives
from pipeline.records import ActorMention

_VERB = re.compile(r"\s*(?:(?:has|have|had)\s+)?([a-z]+(?:\s+to)?)")
_WORD = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")  # "the UN's refugee agency said": its own
_SELF = re.compile(r"(?:\s+[a-z0-9.,']+){0,4}?\s+(?:it|they|its|their|he|she|his|her)\b")


@cache
def _according(sources: tuple[str, ...], second: bool = False) -> re.Pattern:
    """ "according to (the)", "quoted by": words naming a source (cues.yaml) end the text;
    `second`: after a first source and "and" ("according to local sources and the")."""
    first = r"(?:[a-z'-]+\s+){1,4}?(?:and|or)\s+" if second else ""
    return re.compile(rf"(?:{phrase_alternatives(sources)})\s+{first}(?:the\s+)?$")


# the second source ends its phrase: "according to residents and the UN." ("according to
# residents jihadists and soldiers clashed": the wire's missing comma makes them sides)
SOURCE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")


def without_reporters(folded: str, actors: list[ActorMention], cues: Cues) -> list[ActorMention]:
    """The actors of a sentence, less those that only report what happened."""
    return [a for a in actors if not is_reporter(folded, a, cues)]


def is_reporter(folded: str, actor: ActorMention, cues: Cues) -> bool:
    """True for "the army said ...", "the UN human rights office said", "according to the UN".

    Words of `cues.reporter_titles` may stand between the actor and its verb ("spokesman").
    """
    reporting, titles = cues.reporting, cues.reporter_titles
    if _according(cues.reported_by).search(folded, 0, actor.start):
        return True
    if _according(cues.reported_by, second=True).search(folded, 0, actor.start):
        return SOURCE_ENDS.match(folded, actor.end) is not None
    end = actor.end
    for _ in range(3):
        word = _WORD.match(folded, end)
        if word is None or word.group(1) not in titles:
            break
        end = word.end()
    verb = _VERB.match(folded, end)
    if verb is None or verb.group(1) not in reporting:
        return False
    return _SELF.match(folded, verb.end()) is None
