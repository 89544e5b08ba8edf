"""spaCy's blank English pipeline: tokens and rule-based sentence boundaries (no model needed)."""

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def make_nlp() -> Language:
    """A blank English pipeline with the rule-based sentencizer."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, also split at paragraph breaks, whitespace trimmed."""
    text = doc.text
    spans = []
    for sent in doc.sents:
        start = sent.start_char
        pieces = [*_PARAGRAPH_BREAK.finditer(text, sent.start_char, sent.end_char)]
        bounds = []
        for piece in pieces:
            bounds.append((start, piece.start()))
            start = piece.end()
        bounds.append((start, sent.end_char))
        for a, b in bounds:
            chunk = text[a:b]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                spans.append((a + lead, a + lead + len(stripped)))
    return spans
