"""What a crowd did, told apart from what others did to it and from what it answers: the
lemmas that may make its demonstration a riot."""

from spacy.tokens import Span, Token

from pipeline.frames import agent_of


def _denied(verb: Token) -> bool:
    """ "was not damaged", "damaged no buildings", "no property was damaged": the act denied."""
    return any(
        c.dep_ == "neg"
        or (
            c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        )
        for c in verb.children
    )


def _caused(sentence: Span, grievances: frozenset[str]) -> set[int]:
    """ "protested against the killings", "in the wake of an attack", "over the inability to
    stop the attacks", "to denounce the attack": the object of such a preposition or verb (and
    the nouns joined to it), and the words under it short of a clause of its own, are what the
    crowd answers, not what it did;
    "of" only for its object ("hundreds of youths throwing stones" threw them)."""
    caused: set[int] = set()
    for token in sentence:
        # "took to the streets to denounce the attack": the object of the crowd's purpose, a
        # verb of complaint ("the government condemned the looting" by the crowd is no purpose)
        verb = token.head
        purpose = verb.dep_ in ("xcomp", "advcl") and verb.lemma_.lower() in grievances
        complaint = token.dep_ == "dobj" and purpose
        # "who died following the attack": the object of a participle used as a preposition
        governed = token.dep_ == "pobj" or (token.dep_ == "dobj" and token.head.tag_ == "VBG")
        named = token.head.lower_ in grievances or _counted_from(token.head)
        if not complaint and not (governed and named):
            continue
        caused.add(token.i)
        caused.update(c.i for c in token.conjuncts)
        below = [] if token.head.lower_ == "of" else list(token.children)
        while below:
            word = below.pop()
            if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("xcomp", "acl", "pcomp"):
                continue  # a clause of its own: what its subject did
            caused.add(word.i)
            below.extend(word.children)
    return caused


def _counted_from(preposition: Token) -> bool:
    """ "Three days after the attack, people demonstrated": a time counted from an act, which the
    crowd did not do."""
    return preposition.dep_ == "prep" and any(c.dep_ == "npadvmod" for c in preposition.children)


class CrowdLemmas:
    """A sentence's `crowd_lemmas`, read the first time they are iterated: only a sentence about
    a crowd asks for them, and most parsed sentences tell none."""

    def __init__(self, sentence: Span, *word_lists: frozenset[str]):
        self._args = (sentence, *word_lists)
        self._lemmas: list[str] | None = None

    def __iter__(self):
        if self._lemmas is None:
            self._lemmas = crowd_lemmas(*self._args)
        return iter(self._lemmas)


def crowd_lemmas(
    sentence: Span,
    state: frozenset[str],
    grievances: frozenset[str] = frozenset(),
    rounds: frozenset[str] = frozenset(),
    armed: frozenset[str] = frozenset(),
) -> list[str]:
    """The sentence's lemmas, less the acts of the state's forces and what they did: "police
    fired tear gas" or "soldiers opened fire" does not make the crowd's protest a riot; less
    what the crowd protests or follows ("against the killings"), and the acts of armed men told
    in a clause about them ("militants who regularly attack")."""
    others_acts = set()
    for token in sentence:
        # "the militant group that has launched attacks": the head or a word naming it armed
        named = [token.head, *(c for c in token.head.children if c.dep_ == "amod")]
        if token.dep_ == "relcl" and any(w.lemma_.lower() in armed for w in named):
            others_acts.add(token.i)
            others_acts.update(c.i for c in token.children if c.dep_ == "dobj")
        # "shots were fired", "tear gas was fired": no crowd fires shots at itself
        shot = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in rounds for c in token.children)
        if token.pos_ == "VERB" and shot:
            others_acts.add(token.i)
        if token.pos_ == "VERB" and any(a.lemma_.lower() in state for a in agent_of(token)):
            others_acts.add(token.i)
            others_acts.update(c.i for c in token.children if c.dep_ in ("dobj", "prt"))
        if token.pos_ == "VERB" and _denied(token):
            others_acts.add(token.i)  # "no property was damaged": nothing the crowd did
    others_acts |= _caused(sentence, grievances)
    return [t.lemma_.lower() for t in sentence if t.i not in others_acts]
