"""Where an act happened, as the parse tells it: the places its clause and the clauses governing
it put it in, and those a relative clause opened by "where" tells of."""

from spacy.tokens import Token

SCENE_PREPOSITIONS = ("in", "at", "on")
GOVERNED = ("conj", "xcomp", "advcl", "relcl", "acl")  # clauses that share their governor's agent
AIMING = ("target", "aim")  # verbs whose object is whom an act was meant to hit
AIMED_AT = (*AIMING, "hit", "strike")  # verbs whose object is what an act hit
WHERE_REACH = 5  # heads climbed from an act to the clause "where" opens ("series of attacks")


def conjuncts(token: Token) -> list[Token]:
    """The token and the words joined to it by "and", "or" or commas ("X, Y and Z")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found += conjuncts(child)
    return found


def scene_of(token: Token) -> list[Token]:
    """ "struck in X, Y and several hamlets, shooting ...": the places the act and its governing
    clauses hit."""
    found: list[Token] = []
    node = token
    for _ in range(4):
        found += [
            word
            for c in node.children
            if c.dep_ == "prep" and c.lower_ in SCENE_PREPOSITIONS
            for g in c.children
            if g.dep_ == "pobj"
            for word in conjuncts(g)
        ]
        if node.dep_ not in GOVERNED or node.head.i == node.i:
            break
        node = node.head
    return found + _where_told(token)


def _where_told(token: Token) -> list[Token]:
    """ "three villages where a series of attacks forced 11,000 people to flee": the places a
    relative clause opened by "where" tells of, for an act inside it."""
    node = token
    for _ in range(WHERE_REACH):
        if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
            # "villages where ambushes targeted army convoys": the convoys were hit, not them
            return [] if node.lemma_ in AIMED_AT else conjuncts(node.head)
        if node.head.i == node.i:
            break
        node = node.head
    return []
