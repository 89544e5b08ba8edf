"""Triggers whose act and object stand apart: the parse links the two words of an "act ~
object" phrase the lexicon's patterns only find side by side ("Mali signed with Burkina Faso
and Niger the Liptako-Gourma Charter", "the election, first set for February, was postponed",
"the new constitution, promulgated on 22 July")."""

import re

from spacy.tokens import Span, Token

from pipeline.knowledge import TriggerRule
from pipeline.lexicon_patterns import WordTest
from pipeline.records import FirstReading, SentenceFacts, Trigger
from pipeline.textnorm import fold
from pipeline.trigger_index import TriggerIndex
from pipeline.triggers import find_triggers

WORD = re.compile(r"[\w'-]+")
OBJECT_LINKS = frozenset({"dobj", "nsubjpass", "obj", "dative"})  # the act's object
# a noun "it" can stand for: a clause's subject or object, not a modifier ("the election
# commission sent its audit; the ministry postponed it": not the election)
ANTECEDENT_LINKS = frozenset({"nsubj", "nsubjpass", "dobj"})
PARTICIPLE_LINKS = frozenset({"acl", "relcl"})  # an act told of the noun it follows
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})  # the small model often tags such a participle VBD
AUXILIARIES = frozenset({"aux", "auxpass"})
CLAUSE_LINKS = frozenset({"advcl", "acl", "xcomp", "ccomp"})
PREPOSITION_OF = "of"  # "the postponement of the elections"


def may_pair(folded: str, rules: tuple[TriggerRule, ...]) -> bool:
    """True when both words of a pair of a rule whose pattern found nothing stand in the
    sentence, in any order (where the pattern matched, the parse is not needed for it)."""
    lines: list[str] = []  # the sentence's words, one a line, for the tests: split when needed

    def stands(test: WordTest) -> bool:
        for word in test.needs:
            if word in folded:
                break
        else:
            return False  # most words: none of what they need is in the sentence
        if not lines:
            lines.append("\n".join(WORD.findall(folded)))
        return test.regex.search(lines[0]) is not None

    # loops, not generators, which would cost more than the tests; the words first: most
    # sentences hold no pair, and they are tested faster than the pattern
    for rule in rules:
        for act, thing in rule.pairs:
            if stands(act) and stands(thing):
                if rule.regex.search(folded) is None:
                    return True
                break
    return False


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _reduced_passive(act: Token, subject: Token) -> bool:
    """A participle set off by a comma right after its noun, with no auxiliary or subject of its
    own: "the constitution, promulgated on 22 July, ...", however the small model attaches it."""
    doc = act.doc
    return (
        act.tag_ in PARTICIPLE_TAGS
        and act.i == subject.i + 2
        and doc[subject.i + 1].text == ","
        and not any(c.dep_ in AUXILIARIES for c in act.children)
        and not any(c.dep_ == "nsubj" and c.i != subject.i for c in act.children)
    )


def _acts_on(act: Token, thing: Token) -> bool:
    """True when `thing` is what `act` is done to, in the parse, or what the act's object is
    made of ("dissolved the coordination of movements")."""
    thing = _first_conjunct(thing)
    if thing.head == act and thing.dep_ in OBJECT_LINKS:
        return True
    head = thing.head  # "the postponement of the elections", "dissolved the coordination of X"
    owner = head.head
    if (
        thing.dep_ == "pobj"
        and head.lower_ == PREPOSITION_OF
        and (owner == act or (owner.head == act and owner.dep_ in OBJECT_LINKS))
    ):
        return True
    if act.head == thing and act.dep_ in PARTICIPLE_LINKS:
        return True
    if _reduced_passive(act, thing):
        return True
    # the small model reads "signed the charter creating the alliance" as a clause whose
    # subject is the charter: a noun between the act and that clause is the act's object
    return (
        thing.dep_ == "nsubj"
        and head.dep_ in CLAUSE_LINKS
        and owner == act
        and act.i < thing.i < head.i
    )


def _antecedent(noun: Token) -> bool:
    """A noun "it" can stand for: a subject or object, or a word of such a name ("Radio France
    Internationale ... was suspended"), not a common noun's modifier ("the election commission")."""
    if noun.dep_ == "compound" and noun.pos_ == "PROPN":
        noun = noun.head
    return noun.dep_ in ANTECEDENT_LINKS


def _act_token(first: Token, second: Token, pronouns: frozenset[str]) -> Token | None:
    """The act of a linked pair, whichever order the pattern names them in; an act done to a
    pronoun is done to the pair's noun told before it in the sentence ("The referendum was set
    for March, but the government postponed it")."""
    if _acts_on(first, second):
        return first
    if _acts_on(second, first):
        return second
    if (
        second.i < first.i
        and _antecedent(second)
        and any(c.dep_ in OBJECT_LINKS and c.lower_ in pronouns for c in first.children)
    ):
        return first
    return None


def paired_triggers(
    sentence: Span, rules: tuple[TriggerRule, ...], pronouns: frozenset[str] = frozenset()
) -> list[Trigger]:
    """A trigger on the act of each pair of a rule that the parse links, its span the act;
    `pronouns`: the object pronouns that may stand for the pair's noun ("it")."""
    base = sentence.start_char
    words = [(t, fold(t.text)) for t in sentence if not t.is_punct]
    found: dict[Trigger, None] = {}
    for rule in rules:
        for first_test, second_test in rule.pairs:
            firsts = [t for t, w in words if first_test.regex.match(w)]
            seconds = [t for t, w in words if second_test.regex.match(w)]
            for first in firsts:
                act = next(
                    (a for s in seconds if (a := _act_token(first, s, pronouns)) is not None), None
                )
                if act is not None:
                    start = act.idx - base
                    found[
                        Trigger(
                            text=fold(act.text),
                            start=start,
                            end=start + len(act.text),
                            event_type=rule.event_type,
                            sub_event_type=rule.sub_event_type,
                            category=rule.category,
                            priority=rule.priority,
                        )
                    ] = None
    return list(found)


class SentenceTriggers:
    """A sentence's triggers: the lexicon's patterns, then the pairs its parse links."""

    def __init__(self, index: TriggerIndex, pronouns: tuple[str, ...] = ()):
        self.index = index
        self.pronouns = frozenset(pronouns)  # "it": an object that stands for a noun told before

    def find(self, sentence: SentenceFacts, paired: list[Trigger] | None = None) -> list[Trigger]:
        """The triggers of the patterns (places after the rules that need one), with `paired`."""
        rules, where = self.index.scan(sentence.folded)
        if not rules:
            return []
        places = [p for p in sentence.places if p.place is not None]
        towns = frozenset(p.start for p in places if p.place.feature == "town")
        starts = frozenset(p.start for p in places)
        return find_triggers(sentence.folded, rules, starts, towns, paired or [], where)

    def may_pair(self, sentence: SentenceFacts) -> bool:
        """True when the sentence holds both words of a pair: its parse may link them."""
        return may_pair(sentence.folded, self.index.candidates(sentence.folded))

    def with_pairs(
        self,
        sentence: SentenceFacts,
        found: list[Trigger],
        parsed: Span | None,
        first: FirstReading,
    ) -> tuple[list[Trigger], Span | None]:
        """The sentence's triggers with those the parse finds by linking an act to its object,
        and its parse: dropped when it was made only for pairs and none was kept."""
        if parsed is None or sentence.index not in first.pairable:
            return found, parsed
        paired = paired_triggers(parsed, self.index.candidates(sentence.folded), self.pronouns)
        triggers = self.find(sentence, paired) if paired else found
        if triggers == found and sentence.index in first.for_pairs:
            return found, None  # no pair kept: the sentence reads as it did unparsed
        return triggers, parsed
