"""Which dates and places can belong to a trigger, by the parse of its sentence.

A date or place belongs to the trigger's own clause, or to a clause governing it; never to a
sibling clause, an apposition or relative clause about another noun, or reported speech around
it, and never across a parenthesis.
"""

from bisect import bisect_left
from itertools import takewhile

from spacy.tokens import Span, Token

from pipeline.textnorm import fold

# arcs a trigger's clause may not climb to reach the clause whose date or place it takes;
# reported speech ("have taken Kidal," he said on Tuesday) is climbed by verbs, not by nouns
CLIMB_BLOCKED = frozenset({"parataxis", "appos", "csubj", "dep"})
NOUN_CLIMB_BLOCKED = CLIMB_BLOCKED | {"ccomp"}
# arcs that lead from that clause down into words about something else
DESCEND_BLOCKED = frozenset({"appos", "relcl", "acl", "parataxis"})
# arcs under which words tell of another noun than the one they hang from: a clause about it
# (an apposition may rename the very side that acted: "the group, JNIM, which attacked")
ABOUT_ANOTHER = frozenset({"relcl", "acl"})
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
# a place may hang on a participle about the patient ("a convoy bound for Djibo")
PLACE_DESCEND_BLOCKED = DESCEND_BLOCKED - {"acl"}
# the trigger's own subordinate clauses describe it: "killed ... when they ambushed X on
# Tuesday", "the accord that they signed in 2015", "a blockade declared in August"
OWN_CLAUSES = frozenset({"advcl", "xcomp", "relcl", "acl"})
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
# the prepositions that tie an act to the day a date names: "the same day as", "the day of"
DAY_OF = frozenset({"as", "of"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ACT_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
OWN_CLAUSE_ARCS = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis"})
# "as", "while" read as prepositions: the clause after them tells what went on at the act's
# moment ("a bomb exploded as a patrol passed near Baroua on Sunday"), so its time is the act's
AT_ITS_MOMENT = frozenset({"as", "while"})
MEANS = frozenset({"in", "during"})  # "killed in an attack", "wounded during the raid"
NAME_WORDS = 3  # words of a place name the parser may cut ("Boucle du Mouhoun")


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _brackets(text: str) -> list[tuple[int, int]]:
    if "(" not in text:
        return []  # most sentences: no walk over their characters
    spans, opened = [], []
    for i, char in enumerate(text):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            spans.append((opened.pop(), i + 1))
    return spans


def _shares_the_act_time(
    token: Token,
    report_nouns: tuple[str, ...],
    static: tuple[str, ...],
    doers: tuple[str, ...],
    act: Token,
) -> bool:
    """ "in a statement read late on Monday": the participle about the report dates it, and so
    the acts it reports (report nouns in cues.yaml); so does a participle that tells no act of
    its own ("a vehicle located in Djibo", "a vehicle heading to
    Bandiagara on Wednesday": what the patient was doing when it was hit), and a participle
    telling who did the act that the subject of its verb (`act`) names (`doers`: "attributed")."""
    if token.dep_ != "acl":
        return False
    if token.head.dep_ == "pobj" and token.head.head.lower_ in AT_ITS_MOMENT:
        # "exploded as a patrol passed on Sunday": the clause is read as a participle; not "as a
        # traitor accused in 2022 of helping the army", "as an informer paid by the army"
        return not any(c.dep_ == "agent" or c.lower_ == "of" for c in token.children)
    # "Strikes attributed to the army on Tuesday killed civilians": a participle telling who did
    # the act its subject names is that act's, and so is its day
    if token.head.dep_ in SUBJECTS and token.head.head.i == act.i and fold(token.lower_) in doers:
        return True
    return fold(token.head.lemma_) in report_nouns or fold(token.lower_) in static


def _own_subject_clause(token: Token) -> bool:
    """ "would leave, and the ambassador flew out three days later": a clause joined with its own
    subject tells another act, and its time is its own."""
    return token.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in token.children)


def _fronted_place(token: Token) -> bool:
    """ "In Niger, an attack on the post ... left many dead": the small model hangs the subject on
    the place of the opening phrase as its apposition; it is the clause's own subject."""
    head = token.head
    opening = head.head
    return (
        token.dep_ == "appos"
        and head.dep_ == "pobj"
        and opening.dep_ == "prep"
        and opening.i == token.sent.start
        and any(t.text == "," for t in token.doc[head.i + 1 : token.i])
    )


def _fronted_date(token: Token, date: Token) -> bool:
    """ "The same day, an attack claimed by IS left 33 soldiers dead": the small model may make
    the opening date the root and the clause's subject its apposition; the date is the clause's."""
    return (
        token.dep_ == "appos"
        and token.head.i == date.i
        and date.dep_ == "ROOT"
        and date.left_edge.i == token.sent.start
        and any(t.text == "," for t in token.doc[date.i + 1 : token.i])
    )


def _listed(token: Token) -> bool:
    """ "killed six aid workers, a guide, and a driver in a park on Sunday": the parser makes the
    list's second noun an apposition of the first; what hangs on the list is the act's."""
    return token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.children)


def _inside_a_name(token: Token) -> bool:
    """ "the Boucle du Mouhoun": a name the parser cut in two, its last word an apposition of
    its first, is one name and no aside."""
    head = token.head
    between = token.doc[head.i + 1 : token.i]
    return (
        token.dep_ == "appos"
        and token.pos_ == head.pos_ == "PROPN"
        and 0 < token.i - head.i <= NAME_WORDS
        and all(t.pos_ == "PROPN" for t in between)
    )


def _act_verb(trigger: Token) -> Token | None:
    """The verb whose act the trigger tells: itself, the verb it is the subject or object of
    ("imposed sanctions"), or the verb it tells the means of ("were wounded in a rocket
    attack"); None for a noun inside another phrase ("after months of blockade")."""
    if trigger.pos_ in CLAUSE_HEADS:
        return trigger
    head = trigger.head
    if trigger.dep_ in ACT_ARGUMENTS and head.pos_ in CLAUSE_HEADS:
        return head
    means = trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in MEANS
    return head.head if means and head.head.pos_ in CLAUSE_HEADS else None


def _below_without_clause(word: Token, noun: Token) -> bool:
    """Whether the word hangs under the noun through prepositions and nouns alone ("the attack
    on Ogossagou in March"): no verb or participle between them ("a base built in 2019", "a
    group formed in 2017" tell the time of another act)."""
    for token in _ancestors(word)[1:]:
        if token.i == noun.i:
            return True
        if token.pos_ in CLAUSE_HEADS or token.dep_ in OWN_CLAUSE_ARCS:
            return False
    return False


def _at_its_time(verb: Token, at_once: tuple[str, ...]) -> bool:
    """ "..., while supporters attacked the embassy": a clause told as going on at the time of
    the verb it hangs on (not "as jihadists had attacked": before it)."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in at_once for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    )


class Attachment:
    """Answers whether a span of a parsed sentence can give its date or place to a trigger."""

    def __init__(
        self,
        sentence: Span | None,
        text: str,
        report_nouns: tuple[str, ...],
        static: tuple[str, ...] = (),
        doers: tuple[str, ...] = (),
    ):
        self.sentence = sentence
        self.report_nouns = report_nouns  # "statement": cues.yaml
        self.static = static  # "belonging": participles that tell no act (cues.yaml)
        self.doers = doers  # "attributed": participles telling who did an act (cues.yaml)
        self.brackets = _brackets(text)
        base = sentence.start_char if sentence is not None else 0
        self.starts = [t.idx - base for t in sentence] if sentence is not None else []
        self.heads: dict[tuple[int, int], Token | None] = {}

    def _head(self, start: int, end: int) -> Token | None:
        """The head word of the characters [start, end), found by bisection and remembered."""
        key = (start, end)
        if key not in self.heads:
            low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
            inside = [self.sentence[i] for i in range(low, high)]
            indices = {t.i for t in inside}
            heads = [t for t in inside if t.head.i not in indices or t.head.i == t.i]
            # "leaders agreed": the verb, not its subject, heads the span
            heads.sort(key=lambda t: t.pos_ not in CLAUSE_HEADS)
            self.heads[key] = heads[0] if heads else None
        return self.heads[key]

    def _inside(self, start: int, end: int) -> tuple[int, int] | None:
        enclosing = [b for b in self.brackets if b[0] < start and end <= b[1]]
        return min(enclosing, key=lambda b: b[1] - b[0]) if enclosing else None

    def fits(
        self, trigger_start: int, trigger_end: int, start: int, end: int, place: bool = False
    ) -> bool:
        """True when the span [start, end) may be the trigger's date (or place, if `place`)."""
        bracket = self._inside(start, end)
        if bracket and not (bracket[0] < trigger_start and trigger_end <= bracket[1]):
            return False  # "(in January, in Lomé)" says nothing of an event outside it
        if self.sentence is None:
            return True
        trigger = self._head(trigger_start, trigger_end)
        word = self._head(start, end)
        if trigger is None or word is None:
            return True
        up = _ancestors(trigger)
        down = _ancestors(word)
        shared = {t.i for t in up}
        meeting = next((t for t in down if t.i in shared), None)
        if meeting is None:
            return True
        climb = up[: [t.i for t in up].index(meeting.i)]
        blocked = CLIMB_BLOCKED if trigger.pos_ in CLAUSE_HEADS else NOUN_CLIMB_BLOCKED
        if any(
            t.dep_ in blocked
            and not (_inside_a_name(t) or _fronted_place(t) or _fronted_date(t, word))
            for t in climb
        ):
            return False
        descent = down[: [t.i for t in down].index(meeting.i)]
        # the trigger's own clause, or that of the noun it is joined to ("a decree of mobilisation
        # and warning adopted on Thursday": the clause tells of both)
        own = meeting.i == trigger.i or (trigger.dep_ == "conj" and trigger.head.i == meeting.i)
        if own and descent and descent[-1].dep_ in OWN_CLAUSES:
            descent = descent[:-1]
        blocked = PLACE_DESCEND_BLOCKED if place else DESCEND_BLOCKED
        return not any(
            (
                t.dep_ in blocked
                and not _shares_the_act_time(t, self.report_nouns, self.static, self.doers, trigger)
                and not _listed(t)
            )
            or (not place and _own_subject_clause(t))
            for t in descent
        )

    def about_another_noun(
        self, trigger_start: int, trigger_end: int, start: int, end: int
    ) -> bool:
        """True when the span hangs, below where it meets the trigger, in a clause about another
        noun ("volunteers supporting the armed forces")."""
        trigger, word = self._head(trigger_start, trigger_end), self._head(start, end)
        if self.sentence is None or trigger is None or word is None:
            return False
        shared = {t.i for t in _ancestors(trigger)}
        descent = list(takewhile(lambda t: t.i not in shared, _ancestors(word)))
        # a clause on the trigger itself tells of the act ("an attack claimed by JNIM"); the small
        # model hangs "volunteers supporting the army" as an xcomp of the noun too
        return any(
            (t.dep_ in ABOUT_ANOTHER or (t.dep_ == "xcomp" and t.head.pos_ in NOUNS))
            and t.head.i != trigger.i
            for t in descent
        )

    def governed(self, trigger_start: int, trigger_end: int, start: int, end: int) -> bool:
        """True when the parse hangs the span under the trigger's verb: its own words."""
        if self.sentence is None:
            return False
        trigger, word = self._head(trigger_start, trigger_end), self._head(start, end)
        if trigger is None or word is None or trigger.pos_ not in CLAUSE_HEADS:
            return False
        return any(t.i == trigger.i for t in _ancestors(word)[1:])

    def in_its_subject(self, trigger_start: int, trigger_end: int, start: int, end: int) -> bool:
        """True when the span stands before the verb whose act the trigger tells and hangs on
        it through nouns and prepositions alone: its subject ("a camp in Djibo, a town that ...,
        was attacked"), however the parse labels the arcs of a long one."""
        found = self._act_and_word(trigger_start, trigger_end, start, end)
        if found is None:
            return False
        verb, word = found
        return word.i < verb.i and _below_without_clause(word, verb)

    def _act_and_word(
        self, trigger_start: int, trigger_end: int, start: int, end: int
    ) -> tuple[Token, Token] | None:
        """The verb whose act the trigger tells and the head word of the span, if both are."""
        if self.sentence is None:
            return None
        trigger, word = self._head(trigger_start, trigger_end), self._head(start, end)
        verb = _act_verb(trigger) if trigger is not None else None
        return (verb, word) if verb is not None and word is not None else None

    def on_its_verb(
        self, trigger_start: int, trigger_end: int, start: int, end: int, at_once: tuple[str, ...]
    ) -> bool:
        """True when the parse hangs the span on the verb of the trigger's own clause, however
        far: "imposed sanctions and threatened force on Sunday" (the day hangs on "imposed"),
        "were wounded earlier this month ... in a rocket attack"; or on the verb a clause told
        as going on at its time hangs on (`at_once`: "while", "as")."""
        found = self._act_and_word(trigger_start, trigger_end, start, end)
        if found is None:
            return False
        verb, word = found
        # on the verb itself: "an uprising in 2012 was taken over" dates the uprising alone
        if word.i == word.head.i or word.head.pos_ not in CLAUSE_HEADS:
            return False
        return word.head.i == verb.i or (_at_its_time(verb, at_once) and word.head.i == verb.head.i)

    def in_its_means(self, trigger_start: int, trigger_end: int, start: int, end: int) -> bool:
        """True when the span lies in the phrase telling how the trigger's act was done: "In the
        attack on Ogossagou in March, militiamen killed 150 civilians"."""
        found = self._act_and_word(trigger_start, trigger_end, start, end)
        if found is None:
            return False
        verb, word = found
        means = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in MEANS
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"
        ]
        return any(word.i != noun.i and _below_without_clause(word, noun) for noun in means)

    @property
    def parsed(self) -> bool:
        """True when the sentence's parse is at hand (else only brackets are checked)."""
        return self.sentence is not None

    def names_its_day(self, trigger_start: int, trigger_end: int, start: int, end: int) -> bool:
        """True when the trigger is the act the date is told by: "on the same day as a
        massacre", "on the day of the attack" (the act took place that day)."""
        if self.sentence is None:
            return False
        trigger, word = self._head(trigger_start, trigger_end), self._head(start, end)
        if trigger is None or word is None or trigger.dep_ != "pobj":
            return False
        link = trigger.head
        return link.lower_ in DAY_OF and link.dep_ == "prep" and link.head.i == word.i

    def describes(self, trigger_start: int, trigger_end: int, start: int, end: int) -> bool:
        """True when the trigger's clause is about the span's time: "on June 26, when X was
        ambushed" (a relative clause of the date), "began on Thursday, when rebels ambushed" (a
        when-clause of the verb the date hangs on)."""
        if self.sentence is None:
            return False
        trigger, word = self._head(trigger_start, trigger_end), self._head(start, end)
        if trigger is None or word is None:
            return False
        if trigger.dep_ == "relcl":
            return start <= self.starts[trigger.head.i - self.sentence.start] < end
        when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children)
        return when and trigger.dep_ == "advcl" and word.head.i == trigger.head.i < trigger.i
