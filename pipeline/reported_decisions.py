"""Decisions a verb of saying reports through the parse, however far apart the verb and the act
("the authorities announced that the election, whose first round ..., would be postponed")."""

from spacy.tokens import Span

from pipeline.contract import STRATEGIC
from pipeline.frames import trigger_token
from pipeline.records import Trigger
from pipeline.textnorm import fold


def announced_decisions(
    sentence: Span | None,
    triggers: list[Trigger],
    verbs: tuple[str, ...],
    conditions: tuple[str, ...] = (),
) -> frozenset[Trigger]:
    """The decisions among the triggers that a verb of `verbs` reports in the parse (violence
    announced is still a threat), none on which a clause of `conditions` ("if") hangs."""
    if sentence is None:
        return frozenset()
    return frozenset(
        t
        for t in triggers
        if t.event_type == STRATEGIC
        and reported_decision(sentence, t.start, t.end, verbs, conditions)
    )


def reported_decision(
    sentence: Span, start: int, end: int, verbs: tuple[str, ...], conditions: tuple[str, ...] = ()
) -> bool:
    """True when the trigger's clause (or the first of the clauses it is joined to) is what a
    verb of `verbs` reports, however far apart: "the authorities announced that the election,
    whose first round ..., would be postponed"."""
    token = trigger_token(sentence, start, end)
    while token is not None and token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token is None or token.dep_ != "ccomp":
        return False
    # "said the elections would be postponed if the fighting went on": a condition, no decision;
    # "did not say whether the ambassadors would be recalled": a question, no decision
    conditional = any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in conditions for g in c.children)
        for c in token.children
    ) or any(c.dep_ == "mark" and c.lower_ in conditions for c in token.children)
    return not conditional and fold(token.head.text) in verbs
