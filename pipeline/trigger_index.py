"""The trigger lexicon's rules indexed by their stems: which rules may match a sentence, and
where, found in one pass over its words."""

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.knowledge import TriggerRule
from pipeline.regex_tree import alternation

CANDIDATES_REMEMBERED = 256  # sentences whose candidate rules the index keeps at hand


def matches_at(rule: TriggerRule, folded: str, starts: tuple[int, ...]) -> Iterator[re.Match]:
    """The rule's matches as `finditer` finds them, tried only at `starts`: a match begins with
    one of the rule's stems at a word's start, and trying each position of a long sentence
    costs more than a few tries."""
    end = 0
    for start in starts:
        if start >= end and (match := rule.regex.match(folded, start)) is not None:
            end = match.end()
            yield match


class TriggerIndex:
    """The lexicon's rules by the stems one of which must occur for a rule to match."""

    def __init__(self, rules: tuple[TriggerRule, ...]):
        self.rules = rules
        by_stem: dict[str, set[int]] = {}
        for n, rule in enumerate(rules):
            for stem in rule.stems:
                by_stem.setdefault(stem, set()).add(n)
        # a stem found also stands for the shorter stems it begins with ("attacked": "attack")
        self.by_stem = {
            stem: frozenset(
                n for end in range(1, len(stem) + 1) for n in by_stem.get(stem[:end], ())
            )
            for stem in by_stem
        }
        # a rule's match begins a word with one of its stems: look there only, the longest
        # there; a lookahead, so that a stem starting inside another's text is found too
        self.stem_at_word = re.compile(r"(?<![\w-])(?=(" + alternation(by_stem) + "))")
        # a sentence's candidates are asked for by each stage that reads it: remember the last
        self.scan = lru_cache(maxsize=CANDIDATES_REMEMBERED)(self.find_candidates)

    def candidates(self, folded: str) -> tuple[TriggerRule, ...]:
        """The rules that may match the text, in lexicon order."""
        return self.scan(folded)[0]

    def find_candidates(
        self, folded: str
    ) -> tuple[tuple[TriggerRule, ...], tuple[tuple[int, ...], ...]]:
        """The rules that may match the text, in lexicon order, with where each may match (its
        stems at a word's start, in order): one pass over the words rather than one per rule
        (most sentences hold none)."""
        where: dict[int, list[int]] = {}
        for match in self.stem_at_word.finditer(folded):
            for n in self.by_stem[match.group(1)]:
                where.setdefault(n, []).append(match.start())
        numbers = sorted(where)
        return tuple(self.rules[n] for n in numbers), tuple(tuple(where[n]) for n in numbers)
