"""Count the people a sentence reports killed, from its parse (ACLED's conventions)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from number_parser import parse_number
from spacy.tokens import Span, Token

from pipeline.death_rules import DeathRules
from pipeline.frames import breakdown

PERSONAL = {"he", "she", "him", "her"}  # one person
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
# words for a part of a group counted before them: "25 civilians, (most) of them displaced"
PARTS_OF_A_GROUP = ("most", "many", "some", "all", "half", "several")


@dataclass(frozen=True)
class DeathCount:
    """People reported killed by one word of a sentence ("killed", "died", "dead", "toll")."""

    head: int  # character offset of that word in the sentence
    count: int
    text: str  # the words the count was read from
    victims: tuple[str, ...]  # lemmas of the nouns naming the dead ("farmer", "soldier")
    toll: bool = False  # a toll ("the toll rose to 30") restates the total, never adds to it
    estimate: bool = False  # a source's own figure ("residents put the toll at 60")
    by_noun: bool = False  # told by a killing's noun ("the massacre of 58 civilians")
    # told by a verb of losing ("the party lost 12 members"): the dead of an act of its own
    # sentence only, never of one told before
    lost: bool = False
    # each group summed, when several: (character offset, count, words, victims' lemmas), so
    # that groups told at places of their own go to the act at each ("five soldiers in Djibo
    # and fourteen worshippers in Arbinda")
    groups: tuple[tuple[int, int, str, tuple[str, ...]], ...] = ()


@lru_cache(maxsize=4096)
def words_value(text: str) -> int | None:
    """The value of English number words ("forty-nine"), remembered: the library takes a
    millisecond (and in other languages "once" is eleven)."""
    return parse_number(text, language="en")


def number_value(token: Token, rules: DeathRules) -> int | None:
    """The value of a number token ("49", "forty-nine", "dozens"); a range gives its lowest."""
    words = [t for t in token.subtree if t.dep_ in ("compound", "punct") and t.i < token.i]
    text = " ".join([*(t.text for t in words if t.text != "-"), token.text]).lower()
    if DIGITS.match(text.replace(" ", "")):
        value = int(text.replace(",", "").replace(" ", ""))
    elif token.lemma_.lower() in rules.vague or text in rules.vague:
        value = rules.vague.get(text, rules.vague.get(token.lemma_.lower()))
    else:
        value = words_value(text)
    others = [number_value(c, rules) for c in token.children if c.dep_ == "conj"]
    candidates = [v for v in [value, *others] if v is not None]
    return min(candidates) if candidates else None


def group_size(noun: Token, rules: DeathRules) -> int | None:
    """How many people a noun phrase names: its number, a vague plural, or one person."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in rules.vague:
        value = number_value(noun, rules)
        if value is not None:
            return value
    for child in noun.children:
        if child.dep_ == "nummod" or (child.dep_ == "quantmod" and child.pos_ == "NUM"):
            return number_value(child, rules)
    # "Twelve Nigerien soldiers": a number word opening the sentence, taken for a name
    for token in noun.subtree:
        if token.i < noun.i and token.dep_ == "compound" and token.like_num:
            return number_value(token, rules)
    if noun.lower_ in PERSONAL:
        return 1
    if noun.lemma_.lower() in rules.uncounted:
        return None  # "an unspecified number of fighters"
    if noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NN", "NNP"):
        return 1  # "killed a farmer", "killed the mayor", "killed Koufa"
    return None


def _groups(noun: Token) -> list[Token]:
    """A noun and the nouns joined to it: "49 civilians and 15 soldiers" gives both."""
    found = [noun]
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            found += _groups(child)
    return found


def _whole_subject(subject: Token) -> Token:
    """ "Three soldiers of the 1st Regiment were killed" parsed with "Regiment" alone as the
    subject and "Three soldiers of the 1st" as a root of its own: the noun that phrase heads."""
    start = subject.left_edge.i
    if subject.pos_ != "PROPN" or start == 0:
        return subject
    root = subject.doc[start - 1]
    while root.head.i != root.i:
        root = root.head
    # the parser may also have cut the sentence there, so the root is looked for by its span
    if root.pos_ == "NOUN" and root.tag_ == "NNS" and root.right_edge.i + 1 == start:
        return root
    return subject


def _counted_before(subject: Token) -> Token:
    """ "Twenty-five civilians, most of them displaced, have been killed" parsed with "most" as
    the subject: the counted noun the part is of, set off before it."""
    if subject.lower_ not in PARTS_OF_A_GROUP:
        return subject
    before = [
        c
        for c in subject.head.children
        if c.i < subject.i and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children)
    ]
    return before[-1] if before else subject


def _own_or_punctuation_children(token: Token) -> list[Token]:
    """The token's children, and those of its punctuation children (a parse may hang a phrase
    on the comma before the verb)."""
    kids = list(token.children)
    return kids + [g for c in kids if c.dep_ == "punct" for g in c.children]


def _victims(token: Token, rules: DeathRules) -> list[Token]:
    lemma = token.lemma_.lower()
    if lemma in rules.killing_verbs and token.pos_ == "VERB":
        if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
            return [token.head]  # "the killed soldiers"
        if token.tag_ == "VBN" and _after_with(token):
            # "was attacked on Thursday, with 33 civilians killed": the subject is the dead
            return [c for c in token.children if c.dep_ == "nsubj"][:1]
        # one object: "killed 12 soldiers in Niger, the most deadly attack in years" parsed
        # with the attack as a second object is no thirteenth victim
        own = [_totalled(c, rules) for c in token.children if c.dep_ in ("dobj", "nsubjpass")][:1]
        if not own and token.dep_ == "conj":  # "were attacked and killed": the shared subject
            own = [c for c in token.head.children if c.dep_ == "nsubjpass"]
        if not own:  # "killed between 6 and 26 civilians" parsed with "between" a preposition,
            # and "between 200 and 400 people were killed" with it hung on a comma before
            passive = any(c.dep_ == "auxpass" for c in token.children)
            own = [
                g
                for c in _own_or_punctuation_children(token)
                if c.lower_ == "between" and (c.i > token.i or passive)
                for g in c.children
                if g.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in g.children)
            ][:1]
        return [_whole_subject(_counted_before(c)) if c.dep_ == "nsubjpass" else c for c in own]
    if lemma in rules.killing_nouns and token.pos_ == "NOUN":
        # "the massacre of 58 civilians": a counted noun ("the massacre of Kodyel" names a place,
        # "the murder of a village chief" is often an earlier act the sentence recalls)
        return [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in g.children)
        ][:1]
    if lemma in rules.dying_verbs:
        return [_whole_subject(_totalled(c, rules)) for c in token.children if c.dep_ == "nsubj"]
    if lemma in rules.losing_verbs and token.pos_ == "VERB":
        return _lost(token, rules)
    if lemma in rules.dead_words:
        if token.dep_ in ("oprd", "acomp"):  # "left six people dead", "shot dead two men"
            # "the mayor was shot dead": the passive's subject; "left 13 civilians dead, among
            # them seven children": the children, parsed as a second object, are of the 13
            hit = [c for c in token.head.children if c.dep_ == "dobj"]
            hit = hit[:1] + [c for c in hit[1:] if not _among_them(c)]
            hit = hit or [c for c in token.head.children if c.dep_ == "nsubjpass"]
            return hit or _said_to_be_dead(token, rules)
        # "left 49 soldiers dead", "shot dead two men" parsed with "dead" on the people (not
        # "found the dead soldiers")
        right_after = token.i == token.head.head.i + 1
        if (
            token.dep_ == "amod"
            and token.head.dep_ == "dobj"
            and (token.i > token.head.i or right_after)
        ):
            return [token.head]
        if token.dep_ == "advmod" and token.head.pos_ == "VERB":
            # "has left 41 members of the forces dead" parsed with "dead" on the verb
            return [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
        if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN":
            return []
        return [c for c in token.children if c.dep_ == "nummod"] and [token]
    if lemma in rules.toll_words:
        numbers = [c for c in token.children if c.dep_ == "nummod"]
        if numbers:
            return [token]  # "37 deaths"
        verb = token.head
        return [t for t in verb.subtree if t.i > token.i and _states_toll(t, verb)][:1]
    return []


def _totalled(noun: Token, rules: DeathRules) -> Token:
    """ "A total of eight people were killed": the people a total counts, not the total."""
    if noun.lemma_.lower() not in rules.totals:
        return noun
    counted = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    return next((g for g in counted if g.dep_ == "pobj"), noun)


def _among_them(group: Token) -> bool:
    """ "seven children" after "among them" or "including": part of the people counted before."""
    return any(c.dep_ == "prep" and c.lower_ in ("among", "including") for c in group.children)


def _lost(verb: Token, rules: DeathRules) -> list[Token]:
    """ "12 soldiers lost their lives": the subject; "the camp lost 40 members": the people
    lost; "lost control of the town" counts nobody."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in rules.lives for o in objects):
        return [_whole_subject(c) for c in verb.children if c.dep_ == "nsubj"]
    return [o for o in objects if o.lemma_.lower() in rules.lost_people][:1]


def _who_died(token: Token, groups: list[Token], rules: DeathRules) -> tuple[str, ...]:
    """The lemmas of the nouns saying who the dead were: "the army lost 71 men" lost soldiers,
    named by the verb's subject; "lost 12 soldiers" says it itself."""
    losing = token.lemma_.lower() in rules.losing_verbs and token.pos_ == "VERB"
    owners = [c for c in token.children if c.dep_ == "nsubj"] if losing else []
    named = []
    for group in groups:
        lemma = _named(group, rules).lemma_.lower()
        if owners and owners[0] not in groups and lemma in rules.owned_people:
            lemma = owners[0].lemma_.lower()
        named.append(lemma)
    return tuple(named)


def _after_with(token: Token) -> bool:
    """ "with 33 civilians killed": a participle the preposition "with" governs or marks."""
    governed = token.dep_ == "pcomp" and token.head.lower_ == "with"
    return governed or any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children)


def _said_to_be_dead(dead: Token, rules: DeathRules) -> list[Token]:
    """ "Six soldiers are dead", told as a fact or as reported ("the army said three soldiers
    were dead"): the counted people the sentence says are dead; not "officials fear that 50
    villagers are dead", "if they are dead", "none of its soldiers are dead", "six are dead or
    missing"."""
    be = dead.head
    if dead.dep_ != "acomp" or be.lemma_ != "be" or any(c.dep_ == "conj" for c in dead.children):
        return []
    if any(c.dep_ == "neg" or c.lower_ in ("if", "whether") for c in be.children):
        return []
    if be.dep_ == "ccomp" and be.head.lemma_ in rules.uncertain:
        return []
    subjects = [c for c in be.children if c.dep_ == "nsubj"]
    counted = [
        s
        for s in subjects
        if s.pos_ == "NUM" or (s.tag_ == "NNS" and any(c.dep_ == "nummod" for c in s.children))
    ]
    return counted


def _states_toll(number: Token, verb: Token) -> bool:
    """ "the toll rose to 79 (people)": a number the toll's verb takes, itself or through a
    preposition; not one inside another phrase ("a 3,000-strong force")."""
    if number.pos_ != "NUM" or number.dep_ == "conj":
        return False
    counted = number.head if number.dep_ == "nummod" else number  # "rose to 79 people"
    holder = counted.head.head if counted.head.dep_ == "prep" else counted.head
    return holder.i == verb.i


MOST = ("most", "majority", "all")


def _named(group: Token, rules: DeathRules) -> Token:
    """The word naming most of a group: "53 people, 49 of them gendarmes" names gendarmes;
    "Oumarou Dicko, the mayor of Djibo" names a mayor."""
    part = breakdown(group)
    lemma = group.lemma_.lower()
    if part is None and (lemma in rules.vague or lemma in rules.belonging):
        # "dozens of people": the vague plural counts them, the noun says who died; "members of
        # the Fulani community": the group they belong to does
        counted = [
            g
            for c in group.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if counted:
            return _named(counted[0], rules)
    if part is None:
        said = [c for c in group.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        return said[0] if group.pos_ == "PROPN" and said else group
    noun, size = part
    whole, share = group_size(group, rules), number_value(size, rules)
    if size.lower_ in MOST or (whole and share and 2 * share > whole):
        return noun
    return group


def count_dead(
    sentence: Span, rules: DeathRules, lemmas: list[str] | None = None
) -> list[DeathCount]:
    """Every report of deaths in a parsed sentence, one per reporting word, summed over groups;
    `lemmas`: its words' lemmas in lower case, when the caller has them."""
    found = []
    wanted = rules.lemmas  # a word of no other lemma reports no victims (`_victims`)
    if lemmas is None:
        lemmas = [t.lemma_.lower() for t in sentence]
    for position, lemma in enumerate(lemmas):
        if lemma not in wanted:
            continue
        token = sentence[position]
        victims = _victims(token, rules)
        sizes = []
        for victim in victims:
            for group in _groups(victim):
                size = group_size(group, rules)
                if size is not None:
                    sizes.append((size, group))
        if sizes:
            texts = [" ".join(t.text for t in g.subtree if t.i <= g.i) for _, g in sizes]
            groups = tuple(
                (g.idx - sentence.start_char, size, words, _who_died(token, [g], rules))
                for (size, g), words in zip(sizes, texts, strict=True)
                if len(sizes) > 1
            )
            toll = token.lemma_.lower() in rules.toll_words
            found.append(
                DeathCount(
                    head=token.idx - sentence.start_char,
                    count=sum(s for s, _ in sizes),
                    text=" ".join(texts),
                    victims=_who_died(token, [g for _, g in sizes], rules),
                    toll=toll,
                    estimate=_attributed(sentence, rules)
                    or (toll and token.head.lemma_.lower() in rules.estimate_verbs),
                    by_noun=token.pos_ == "NOUN" and token.lemma_.lower() in rules.killing_nouns,
                    lost=token.lemma_.lower() in rules.losing_verbs,
                    groups=groups,
                )
            )
    return found


def _attributed(sentence: Span, rules: DeathRules) -> bool:
    """Whether the sentence gives the figures as others' ("residents put the toll at 60"): asked
    only of a sentence that reports deaths (a span joins its words again to tell its text)."""
    lowered = " ".join(sentence.text.lower().split())
    return any(source in lowered for source in rules.other_sources)


# a whole year told in a sentence: "The UN recorded more than 500 civilian deaths in the area in
# 2018", "in recent years"
OF_A_YEAR = re.compile(
    r"\b(?:in|during|throughout)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b(?![-\u2013/]\d)"
    r"|\bin\s+recent\s+(?:years|months)\b",
    re.IGNORECASE,
)


def a_year_s_tally(text: str, rules: DeathRules) -> bool:
    """True when a sentence names a whole year and compares nothing: its dead are that year's
    ("500 civilian deaths in the area in 2018"), not ("the heaviest loss this year")."""
    if OF_A_YEAR.search(text) is None:
        return False
    return not any(word in rules.compared for word in re.findall(r"[a-z]+", text.lower()))


def says_nobody_died(text: str, rules: DeathRules) -> bool:
    """True when the text says nobody was killed."""
    lowered = " ".join(text.lower().split())
    return any(phrase in lowered for phrase in rules.no_deaths)


def reports_hurt(lemmas: list[str], rules: DeathRules) -> bool:
    """True when a sentence, by its lemmas in lower case, reports people hurt ("shot and
    wounded", "injured")."""
    return any(lemma in rules.hurt_words for lemma in lemmas)


def event_fatalities(mentions) -> int | None:
    """The dead of one event: each source's highest figure (later sentences restate the total),
    then the lowest across sources (ACLED takes the most conservative report)."""
    per_source: dict[str, int] = {}
    for m in mentions:
        if m.fatalities is not None:
            per_source[m.article_id] = max(per_source.get(m.article_id, 0), m.fatalities)
    return min(per_source.values()) if per_source else None
