"""Event frames from the parse: the trigger's agent (who acted) and patient (who it hit)."""

from spacy.tokens import Span, Token

from pipeline.dates.patterns import WEEKDAYS
from pipeline.frame_scene import AIMING, GOVERNED, scene_of
from pipeline.frame_targets import target_parts
from pipeline.records import Frame

SUBJECTS = ("nsubj",)
OBJECTS = ("dobj", "nsubjpass", "dative")  # "granted Salem a release": Salem too
NAMES = ("PRON", "PROPN")  # inside the trigger's words, still whom it was done to
NOUN_PATIENT_PREPOSITIONS = ("on", "against", "of")  # "attack on civilians", "killing of farmers"
MODIFIERS = ("amod", "compound")  # "a passenger boat", "an army convoy": who the noun carries
PARTICIPLES = ("acl", "amod")  # "an aid worker seized in 2016", "the freed hostages"
RELATIVES = ("who", "whom", "that", "which")
SPEAKER_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})
SPEAKERS_MEN = frozenset({"units", "unit", "men", "elements"})  # "its units": nobody named
AIMED_PREPOSITIONS = ("on", "at", "to", "upon")
SHOOTING = ("shoot", "fire")  # verbs whose aim follows a preposition: "shot at", "fired on"
AGAINST = ("on", "against")  # "an attack by X on Y": whom an act's agent struck
TIMES = ("DATE", "TIME")  # entity types of when an act happened
UNDERGONE = "under"  # "the boat came under fire": the subject is hit, not the one who fired
PEOPLE = "people"


def trigger_token(sentence: Span, start: int, end: int) -> Token | None:
    """The head word of a trigger's characters [start, end) in the sentence."""
    base = sentence.start_char  # a property: read once, not for each word
    inside = [t for t in sentence if start <= t.idx - base < end]
    indices = {t.i for t in inside}
    heads = [t for t in inside if t.head.i not in indices or t.head.i == t.i]
    return heads[0] if heads else None


def _span(tokens: list[Token], sentence: Span) -> tuple[int, int] | None:
    if not tokens:
        return None
    words = [t for token in tokens for t in token.subtree]
    base = sentence.start_char
    return (min(t.idx for t in words) - base, max(t.idx + len(t) for t in words) - base)


def breakdown(noun: Token) -> tuple[Token, Token] | None:
    """ "53 people, 49 of them gendarmes": the part named (gendarmes) and its size word (49)."""
    for child in noun.children:
        if child.dep_ not in ("relcl", "appos"):  # the parser may read "gendarmes" as a verb
            continue
        for size in child.children:
            if any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.lower_ in ("them", "whom") for g in c.children)
                for c in size.children
            ):
                return child, size
    return None


PLURAL_OBJECTS = ("them", "those", "these")  # pronouns that stand for people hit


def _referent(token: Token) -> Token:
    """ "rounded up the herders and shot 12 of them": the plural noun nearest before a plural
    pronoun that is an object stands for it, never a subject that acted ("the soldiers handed
    them over"); any other word stands for itself."""
    if token.lower_ not in PLURAL_OBJECTS or token.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return token
    before = [t for t in token.sent if t.i < token.i and t.tag_ == "NNS" and t.dep_ != "nsubj"]
    return before[-1] if before else token


def _lemmas(tokens: list[Token]) -> tuple[str, ...]:
    found = []
    for token in map(_referent, tokens):
        found.append(token.lemma_.lower())
        if any(_age(c) for c in token.children):  # "18-year-old Seyba Tamboura": a person
            found.append(PEOPLE)
        found += [c.lemma_.lower() for c in token.children if c.dep_ in MODIFIERS]
        part = breakdown(token)
        if part:  # "53 people, 49 of them gendarmes": the dead include gendarmes
            found.append(part[0].lemma_.lower())
        found += [c.lemma_.lower() for c in token.children if c.dep_ == "conj"]
        # "four vehicles carrying passengers", "a convoy escorting soldiers": what a participle
        # after the noun has in hand was hit with it
        found += [
            g.lemma_.lower()
            for c in token.children
            if c.dep_ == "acl" and c.tag_ == "VBG"
            for g in c.children
            if g.dep_ == "dobj"
        ]
        # "Toumour, a village in southeastern Niger": what the name is
        found += [c.lemma_.lower() for c in token.children if c.dep_ == "appos"]
        found += [  # "dozens of civilians", "a group of farmers", "12 of them"
            _referent(g).lemma_.lower()
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return tuple(found)


def _age(modifier: Token) -> bool:
    """ "18-year-old": an age, which only a person has."""
    return (
        modifier.dep_ == "amod"
        and modifier.lemma_.lower() == "old"
        and any(c.lemma_.lower() == "year" for c in modifier.children)
    )


def _clause_lemmas(tokens: list[Token]) -> tuple[str, ...]:
    """ "(hundreds of) people who had gathered": the verbs of clauses that tell what they did."""
    nouns = [*tokens]
    nouns += [g for t in tokens for c in t.children if c.lower_ == "of" for g in c.children]
    return tuple(c.lemma_.lower() for t in nouns for c in t.children if c.dep_ in ("relcl", "acl"))


def agent_of(token: Token) -> list[Token]:
    """nsubj, or the "by X" agent of a passive or a noun; else the governing clause's subject."""
    node = token
    for _ in range(4):
        own = [c for c in node.children if c.dep_ in SUBJECTS]
        own += [g for c in node.children if c.dep_ == "agent" for g in c.children]
        by = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "by"]
        own += [g for c in by if node.pos_ == "NOUN" for g in c.children if g.dep_ == "pobj"]
        if own:
            return _speaker(node, own) or own
        if _root_noun_acting(node):
            return [node.head]
        if node.dep_ not in GOVERNED or node.head.i == node.i:
            return []
        node = _governor(node)
    return []


def _governor(clause: Token) -> Token:
    """What `clause` shares its agent with: its head, but for a verb the model joins to a
    preposition ("left 13 dead on May 2, and killed 14": "killed" to "on") the verb before it."""
    if clause.dep_ != "conj" or clause.pos_ != "VERB" or clause.head.pos_ != "ADP":
        return clause.head
    before = clause.doc[clause.sent.start : clause.head.i]
    told = [t for t in before if t.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in t.children)]
    return told[-1] if told else clause.head


def _root_noun_acting(verb: Token) -> bool:
    """ "An explosion killed at least eleven people": the small model may read the verb as a
    participle of the root noun; one with an object of its own is that noun's act."""
    head, objects = verb.head, [c for c in verb.children if c.dep_ == "dobj"]
    root_noun = head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i
    return verb.dep_ == "acl" and root_noun and bool(objects)


def _speaker(clause: Token, subjects: list[Token]) -> list[Token]:
    """ "the army said it took control", "the staff said its units had taken": the one who
    reports the act is who did it; [] when the subject is no such pronoun."""
    if clause.dep_ != "ccomp" or not all(_stands_for_speaker(t) for t in subjects):
        return []
    return [c for c in clause.head.children if c.dep_ in SUBJECTS]


def _stands_for_speaker(token: Token) -> bool:
    # "its units" is the speaker's side; "our armed forces" names that side itself
    return token.lower_ in SPEAKER_PRONOUNS or (
        token.lower_ in SPEAKERS_MEN
        and any(c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS for c in token.children)
    )


def _antecedent(token: Token) -> Token:
    """ "a doctor who was seized": the noun the relative pronoun stands for."""
    clause = token.head
    if token.lower_ in RELATIVES and clause.dep_ == "relcl":
        return clause.head
    return token


def _aimed_at(token: Token, inside: frozenset[int]) -> list[Token]:
    """ "opened fire on villagers", "set fire to the market": the trigger holds its own object,
    and whom it hit follows a preposition."""
    held = [c for c in token.children if c.dep_ in OBJECTS and c.i in inside]
    # "shooting at medical personnel", "fired on the crowd": a shot's aim with no object
    aimed = token.lemma_ in SHOOTING and not any(c.dep_ in OBJECTS for c in token.children)
    return [
        g
        for node in (token, *held)
        for c in node.children
        if ((aimed and c.i > token.i) or (held and c.i > held[0].i))
        and c.dep_ == "prep"
        and c.lower_ in AIMED_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj" and not _a_time(g)
    ]


def _patient(token: Token, inside: frozenset[int] = frozenset()) -> list[Token]:
    # "opened fire": an object inside the trigger is no patient, unless it is a name or a
    # pronoun or stands before a particle ("granted Salem a release", "handed them over")
    phrasal = any(c.dep_ == "prt" for c in token.children)
    own = [
        _antecedent(c)
        for c in token.children
        if c.dep_ in OBJECTS and (c.i not in inside or c.pos_ in NAMES or phrasal)
    ]
    own = own or _aimed_at(token, inside)
    if not own:  # "a nurse held for months has been freed", parsed as a clause subject
        own = [g for c in token.children if c.dep_ == "csubjpass" for g in agent_of(c)]
    if not own and token.dep_ in PARTICIPLES and token.tag_ == "VBN":
        own = [token.head] if token.head.pos_ in ("NOUN", "PROPN") else []
    if token.pos_ == "NOUN" and token.dep_ == "attr" and token.lemma_ in AIMING:
        # "the village of X was the target of an attack": the copula's subject was struck
        return [c for c in token.head.children if c.dep_ in SUBJECTS]
    if token.pos_ == "NOUN":
        # "an attack by jihadists on a village": the parser may hang "on a village" on the
        # agent, whom it does not describe
        agents = [
            g for c in token.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
        ]
        own += [
            g
            for node in (token, *agents)
            for c in node.children
            if c.dep_ == "prep"
            and c.lower_ in (NOUN_PATIENT_PREPOSITIONS if node is token else AGAINST)
            for g in c.children
            if g.dep_ == "pobj" and not _a_time(g)  # "attacks on Sunday": when, not whom
        ]
        own = (
            own
            or _hung_on_governor(token)
            or _against_after(token)
            or [
                g
                for node in (token, *agents)
                for c in node.children
                if _aiming(c)
                for g in _patient(c)
            ]
        )
    if not own and token.dep_ == "conj" and token.head.pos_ == "VERB":
        # "tourists held for a year have been freed": a passive shares its governor's subject
        shared = ("nsubjpass", "nsubj") if any(c.dep_ == "auxpass" for c in token.children) else ()
        own = [c for c in token.head.children if c.dep_ == "nsubjpass" or c.dep_ in shared]
    if not own:  # "assaulted and killed a farmer": the verbs share the last one's object
        for verb in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            own = [c for c in verb.children if c.dep_ == "dobj"] or _patient(verb)
            if own:
                break
    return own


def _hung_on_governor(noun: Token) -> list[Token]:
    """ "staged raids on villages": the parser may hang the noun's "on" on a word governing it;
    right after the noun, it still names what the noun's act struck."""
    after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    if after is None or after.dep_ != "prep" or after.lower_ not in AGAINST:
        return []
    if after.head not in noun.ancestors:
        return []
    # "raids on Sunday": a day is when, not what was struck
    return [g for g in after.children if g.dep_ == "pobj" and not _a_time(g)]


def _a_time(word: Token) -> bool:
    """A day or a time ("Sunday", "the night of 9 June"), which an act happens on, not to."""
    return word.ent_type_ in TIMES or word.lower_ in WEEKDAYS


AGAINST_REACH = 8  # words after an act's noun in which its "against X" may stand


def _against_after(noun: Token) -> list[Token]:
    """ "condemned the attacks on Sunday by armed men against civilians": the parser hangs "by"
    on the verb and "against" on the agent; in the noun's own phrase (no verb or punctuation
    between) it still names whom the act struck."""
    for word in noun.doc[noun.i + 1 : noun.i + 1 + AGAINST_REACH]:
        if word.pos_ in ("VERB", "AUX", "PUNCT") or word.lower_ in RELATIVES:
            return []
        if word.lower_ == "against" and word.dep_ == "prep":
            # the act's own "against", or its agent's ("by armed men against civilians"); not
            # a campaign's ("killings during an operation against jihadists")
            head = word.head
            agent = head.dep_ == "pobj" and head.head.lower_ == "by"
            return [g for g in word.children if g.dep_ == "pobj"] if head == noun or agent else []
    return []


def _aiming(clause: Token) -> bool:
    """ "attacks by jihadists targeting civilians", "a raid aimed at a convoy": a participle that
    names whom an act was aimed at."""
    return clause.dep_ in ("acl", "advcl") and clause.lemma_ in AIMING


def read_frame(sentence: Span, start: int, end: int) -> Frame:
    """The frame of the trigger at [start, end) of a parsed sentence; empty when not found."""
    token = trigger_token(sentence, start, end)
    if token is None:
        return Frame()
    base = sentence.start_char
    inside = frozenset(t.i for t in sentence if start <= t.idx - base < end)
    agent, patient = agent_of(token), _patient(token, inside)
    if any(c.dep_ == "prep" and c.lower_ == UNDERGONE for c in token.children):
        agent, patient = [], patient or agent
    # "attacked a gendarmerie school, killing dozens of people": what the act it tells the toll
    # of hit was hit too; "two staff were killed when their vehicle was attacked": whom the act
    # killed
    toll = token.tag_ == "VBG" or any(c.lower_ == "when" for c in token.children)
    struck = _patient(token.head) if token.dep_ == "advcl" and toll else []
    # "the attack on Solhan ..., in which 132 civilians were killed": whom the act killed
    struck = struck or [p for c in token.subtree if _in_which(c) for p in _patient(c)]
    # "attacked Solhan, going from house to house and setting fire to the market": what the
    # act's participles hit
    struck = struck or _participles_hit(token)
    # "the attack on Solhan in the night of 4 to 5 June killed 132 people": the act's own verb,
    # whose subject the small model may miss (it hangs the noun elsewhere and the verb has none)
    if not struck and token.pos_ == "NOUN":
        verb = token.head if token.dep_ == "nsubj" else _subjectless_root(sentence, token)
        struck = _patient(verb) if verb is not None else []
    return Frame(
        agent=_span(agent, sentence),
        patient=_span(patient, sentence),
        agent_lemmas=_lemmas(agent),
        patient_lemmas=_lemmas(patient),
        scene_lemmas=tuple(
            w.lemma_.lower()
            for t in scene_of(token)
            for w in (t, *(c for c in t.children if c.dep_ in ("amod", "compound")))
        ),  # "a military camp": the modifier tells a garrison from a nomads' camp
        patient_named=any(t.pos_ == "PROPN" for t in patient),
        patient_parts=target_parts(patient or struck, sentence),
        agent_clause_lemmas=_clause_lemmas(agent),
        # "riot police", "their abducted relatives": a word that qualifies a noun
        modifier=token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN",
        struck_lemmas=_lemmas(struck),
    )


def _participles_hit(verb: Token) -> list[Token]:
    """The objects of the participles that tell how a verb's act was done, and what they were
    aimed at ("setting fire to the market and to homes")."""
    if verb.pos_ != "VERB":
        return []
    told = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    told += [j for c in told for j in c.conjuncts if j.tag_ == "VBG"]
    objects = [o for c in told for o in c.children if o.dep_ == "dobj"]
    return [
        *objects,
        *(
            g
            for node in (*told, *objects)
            for c in node.children
            if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
            for prep in (c, *c.conjuncts)
            for g in prep.children
            if g.dep_ == "pobj"
        ),
    ]


def _subjectless_root(sentence: Span, noun: Token) -> Token | None:
    """The sentence's main verb, after the noun, when the parse gives it no subject."""
    root = sentence.root
    subjects = ("nsubj", "nsubjpass", "expl")
    if root.pos_ != "VERB" or root.i < noun.i or any(c.dep_ in subjects for c in root.children):
        return None
    return root


def _in_which(clause: Token) -> bool:
    """Whether a relative clause opens on "in which" (what happened in the act it follows)."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(w.lower_ == "which" for w in c.children)
        for c in clause.children
    )
