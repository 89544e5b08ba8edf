"""The targets one act lists ("a river ship near Timbuktu and a military base in Bamba"), so that
the act told at one of their places is typed by the target there."""

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.records import Frame


def target_parts(patient: list[Token], sentence: Span) -> tuple:
    """Each target a single patient lists ("a river ship near Timbuktu and a military base in
    Bamba"): the words of each conjunct, without those of the conjuncts after it."""
    if len(patient) != 1:
        return ()
    listed = [patient[0], *patient[0].conjuncts]
    if len(listed) < 2:
        return ()
    base, parts = sentence.start_char, []
    for target in listed:
        later = {t.i for c in target.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        words = [t for t in target.subtree if t.i not in later]
        span = (min(t.idx for t in words) - base, max(t.idx + len(t) for t in words) - base)
        named = any(t.pos_ == "PROPN" for t in words)
        parts.append((span, tuple(t.lemma_.lower() for t in words), named))
    return tuple(parts)


def target_told_at(
    frame: Frame, sentence: str, place_text: str, kind: Callable[[tuple[str, ...]], str]
) -> Frame:
    """The frame narrowed to the one target of its patient whose words hold the place the act
    is told at, when its targets are of different kinds (`kind`: "armed", "civilian" or "" for
    a target's words) and each target of another kind names a place of its own; unchanged when
    the place is in none or several of them ("stopped a bus and a lorry south of Titao": one act
    on travellers) or the act is told at one town ("attacked an army post and the market in
    Djibo")."""
    kinds = [kind(lemmas) for _, lemmas, _ in frame.patient_parts]
    if len(set(kinds) - {""}) < 2 or not place_text:
        return frame
    at = [m.start() for m in re.finditer(rf"\b{re.escape(place_text)}\b", sentence)]
    holding = [
        n
        for n, ((start, end), _, _) in enumerate(frame.patient_parts)
        if any(start <= i < end for i in at)
    ]
    if len(holding) != 1:
        return frame
    span, lemmas, _ = frame.patient_parts[holding[0]]
    own = kinds[holding[0]]
    others = [
        named
        for (_, _, named), k in zip(frame.patient_parts, kinds, strict=True)
        if k not in ("", own)
    ]
    if not all(others):
        return frame
    if frame.patient is None:  # "the attacks targeted a ship and a base": what the act hit
        return replace(frame, struck_lemmas=lemmas)
    return replace(frame, patient=span, patient_lemmas=lemmas)
