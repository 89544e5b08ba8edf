"""The trained pipeline's attribute ruler, its patterns found by dictionary lookups.

spaCy's AttributeRuler runs a Matcher of all its patterns over every token: about a sixth of
the build's time (bench/bench_pipeline.py --profile). Its patterns are short token tests (a
tag, a lowercase form, a dependency label), so each token looks up the few patterns keyed on
its own tag, form or label, and the ruler's own `set_annotations` applies what matched.
"""

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the lookup reads, in the order of a row of `Doc.to_array`; a pattern
# testing anything else keeps spaCy's matcher. Rows hold numbers (string hashes, 0 or 1), so
# that no token object is made for the tokens no pattern touches.
COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
ROW = [LOWER, TAG, DEP, IS_SPACE]
KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # most selective first: the key a pattern is filed by
OPERATORS = {"IN", "NOT_IN", "REGEX"}
ROWS_REMEMBERED = 200_000  # rows whose matches are kept: a bound on memory in a long build

Row = tuple[int, ...]
RowTest = Callable[[Row], bool]
# rule number, the first token's test left once its lookup key matched, one test per next token
Compiled = tuple[int, RowTest | None, tuple[RowTest | None, ...]]


def _number(value: object) -> int:
    """A pattern's value as a row holds it: a string's hash, a flag's 0 or 1."""
    return int(value) if isinstance(value, bool) else get_string_id(value)


def _value_test(column: int, value: object, strings: StringStore) -> RowTest:
    if not isinstance(value, dict):
        wanted = _number(value)
        return lambda row: row[column] == wanted
    (operator, argument), *_ = value.items()
    if operator == "IN":
        members = frozenset(map(_number, argument))
        return lambda row: row[column] in members
    if operator == "NOT_IN":
        members = frozenset(map(_number, argument))
        return lambda row: row[column] not in members
    regex = re.compile(argument)
    return lambda row: regex.search(strings[row[column]]) is not None


def _token_test(spec: dict, strings: StringStore) -> RowTest | None:
    """One token's tests joined; None when the spec tests nothing (its lookup key said it all)."""
    tests = [_value_test(COLUMNS[key], value, strings) for key, value in spec.items()]
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda row: all(test(row) for test in tests)


def _filed_by(spec: dict) -> str | None:
    """The attribute a token spec is filed by; None: test every token."""
    for key in KEYS:
        value = spec.get(key)
        if value is not None and (not isinstance(value, dict) or "IN" in value):
            return key
    return None


def _file_keys(key: str, value: object) -> list[tuple[int, int]]:
    """The (column, value) pairs under which a spec filed by `key` is looked up."""
    values = value["IN"] if isinstance(value, dict) else [value]
    return [(COLUMNS[key], _number(v)) for v in values]


def supported(patterns: list[dict]) -> bool:
    """True when every pattern is a plain sequence of tests of the attributes in COLUMNS."""
    for rule in patterns:
        for pattern in rule["patterns"]:
            for spec in pattern:
                for key, value in spec.items():
                    if key not in COLUMNS:
                        return False
                    if isinstance(value, dict) and (len(value) != 1 or set(value) - OPERATORS):
                        return False
    return True


class LookupAttributeRuler(AttributeRuler):
    """An AttributeRuler whose matches come from lookups keyed on each token's attributes."""

    def add_patterns(self, patterns) -> None:
        """Add the patterns, then file each by the first token's most selective attribute."""
        super().add_patterns(patterns)
        self.filed: dict[tuple[int, int], list[Compiled]] = {}
        self.unfiled: list[Compiled] = []
        # a token's matches that start on it depend on its row alone: read once per row
        self.by_row: dict[Row, tuple[tuple[int, ...], tuple[tuple[int, tuple], ...]]] = {}
        strings = self.vocab.strings
        self.match_ids = {n: strings[str(n)] for n in range(len(self.patterns))}
        for number, rule in enumerate(self.patterns):
            for pattern in rule["patterns"]:
                by = _filed_by(pattern[0])
                keys = _file_keys(by, pattern[0][by]) if by else None
                head = _token_test({k: v for k, v in pattern[0].items() if k != by}, strings)
                rest = tuple(_token_test(s, strings) for s in pattern[1:])
                compiled = (number, head, rest)
                if keys is None:
                    self.unfiled.append(compiled)
                for key in keys or ():
                    self.filed.setdefault(key, []).append(compiled)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches spaCy's Matcher would give: (rule number, match id, start, end), sorted."""
        found = set()
        rows = [tuple(row) for row in doc.to_array(ROW).tolist()]
        size = len(rows)
        for start, row in enumerate(rows):
            ones, longer = self._starting(row)
            for number in ones:
                found.add((number, start, start + 1))
            for number, rest in longer:
                end = start + 1 + len(rest)
                if end <= size and all(
                    t is None or t(rows[start + 1 + k]) for k, t in enumerate(rest)
                ):
                    found.add((number, start, end))
        ids = self.match_ids
        return sorted((number, ids[number], s, e) for number, s, e in found)

    def _starting(self, row: Row) -> tuple[tuple[int, ...], tuple[tuple[int, tuple], ...]]:
        """The patterns of one token a token of this row matches, and the longer ones whose
        first token it fits (their next tokens still to test); most rows recur, so each is
        tested once."""
        known = self.by_row.get(row)
        if known is None:
            if len(self.by_row) >= ROWS_REMEMBERED:
                self.by_row.clear()
            fitting = [
                (n, rest) for n, head, rest in self._candidates(row) if head is None or head(row)
            ]
            ones = tuple(n for n, rest in fitting if not rest)
            known = self.by_row[row] = (ones, tuple((n, rest) for n, rest in fitting if rest))
        return known

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each match's attributes on its token, as spaCy's ruler does, without making a
        span of each match first."""
        for number, _, start, end in matches:
            index = self.indices[number]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                raise ValueError(f"attribute ruler: token {index} of a match of {end - start}")
            set_token_attrs(doc[position], self.attrs[number])

    def _candidates(self, row: Row) -> list[Compiled]:
        filed, empty = self.filed, []
        return [
            *filed.get((0, row[0]), empty),
            *filed.get((1, row[1]), empty),
            *filed.get((2, row[2]), empty),
            *filed.get((3, row[3]), empty),
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
