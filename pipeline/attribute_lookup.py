"""The trained pipeline's attribute ruler, its patterns found by dictionary lookups.

spaCy's AttributeRuler runs a Matcher of all its patterns over every token: about a sixth of
the build's time (bench/bench_pipeline.py --profile). Its patterns are short token tests (a
tag, a lowercase form, a dependency label), so each token looks up the few patterns keyed on
its own tag, form or label, and the ruler's own `set_annotations` applies what matched.
"""

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

# Token attributes the lookup reads; a pattern testing anything else keeps spaCy's matcher.
READERS: dict[str, Callable[[Token], object]] = {
    "TAG": lambda token: token.tag_,
    "LOWER": lambda token: token.lower_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}
KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # most selective first: the key a pattern is filed by
OPERATORS = {"IN", "NOT_IN", "REGEX"}

TokenTest = Callable[[Token], bool]
# rule number, the first token's test left once its lookup key matched, one test per next token
Compiled = tuple[int, TokenTest | None, tuple[TokenTest | None, ...]]


def _value_test(reader: Callable[[Token], object], value: object) -> TokenTest:
    if not isinstance(value, dict):
        return lambda token: reader(token) == value
    (operator, argument), *_ = value.items()
    if operator == "IN":
        members = frozenset(argument)
        return lambda token: reader(token) in members
    if operator == "NOT_IN":
        members = frozenset(argument)
        return lambda token: reader(token) not in members
    regex = re.compile(argument)
    return lambda token: regex.search(str(reader(token))) is not None


def _token_test(spec: dict) -> TokenTest | None:
    """One token's tests joined; None when the spec tests nothing (its lookup key said it all)."""
    tests = [_value_test(READERS[key], value) for key, value in spec.items()]
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda token: all(test(token) for test in tests)


def _file_keys(spec: dict) -> list[tuple[str, object]] | None:
    """The (attribute, value) pairs under which a token spec is filed; None: test every token."""
    for key in KEYS:
        value = spec.get(key)
        if value is None or (isinstance(value, dict) and "IN" not in value):
            continue
        values = value["IN"] if isinstance(value, dict) else [value]
        return [(key, v) for v in values]
    return None


def supported(patterns: list[dict]) -> bool:
    """True when every pattern is a plain sequence of tests of the attributes in READERS."""
    for rule in patterns:
        for pattern in rule["patterns"]:
            for spec in pattern:
                for key, value in spec.items():
                    if key not in READERS:
                        return False
                    if isinstance(value, dict) and (len(value) != 1 or set(value) - OPERATORS):
                        return False
    return True


class LookupAttributeRuler(AttributeRuler):
    """An AttributeRuler whose matches come from lookups keyed on each token's attributes."""

    def add_patterns(self, patterns) -> None:
        """Add the patterns, then file each by the first token's most selective attribute."""
        super().add_patterns(patterns)
        self.filed: dict[tuple[str, object], list[Compiled]] = {}
        self.unfiled: list[Compiled] = []
        for number, rule in enumerate(self.patterns):
            for pattern in rule["patterns"]:
                keys = _file_keys(pattern[0])
                by = keys[0][0] if keys else None  # the lookup tests this one already
                head = _token_test({k: v for k, v in pattern[0].items() if k != by})
                compiled = (number, head, tuple(_token_test(s) for s in pattern[1:]))
                if keys is None:
                    self.unfiled.append(compiled)
                for key in keys or ():
                    self.filed.setdefault(key, []).append(compiled)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches spaCy's Matcher would give: (rule number, match id, start, end), sorted."""
        found = set()
        tokens = list(doc)  # a list is indexed faster than the Doc
        size = len(tokens)
        for start, token in enumerate(tokens):
            for number, head, rest in self._candidates(token):
                end = start + 1 + len(rest)
                if end > size or (head is not None and not head(token)):
                    continue
                # most patterns are of one token: no call for the tokens after it
                if not rest or all(
                    t is None or t(tokens[start + 1 + k]) for k, t in enumerate(rest)
                ):
                    found.add((number, start, end))
        strings = self.vocab.strings
        return sorted((number, strings[str(number)], s, e) for number, s, e in found)

    def _candidates(self, token: Token) -> list[Compiled]:
        filed, empty = self.filed, []
        return [
            *filed.get(("LOWER", token.lower_), empty),
            *filed.get(("TAG", token.tag_), empty),
            *filed.get(("DEP", token.dep_), empty),
            *filed.get(("IS_SPACE", token.is_space), empty),
            *self.unfiled,
        ]


@Language.factory("lookup_attribute_ruler", default_config={"patterns": []})
def make_lookup_attribute_ruler(nlp: Language, name: str, patterns: list) -> LookupAttributeRuler:
    """The factory spaCy builds the lookup ruler with, from the patterns of the model's ruler."""
    ruler = LookupAttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return ruler


def use_lookup_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for the lookup one, when its patterns allow."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    if supported(patterns):
        nlp.replace_pipe("attribute_ruler", "lookup_attribute_ruler", config={"patterns": patterns})
