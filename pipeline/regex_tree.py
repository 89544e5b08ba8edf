"""Word lists as regex alternations shaped as prefix trees, which `re` tries much faster than a
flat list: at each position it follows one branch per character instead of trying every word."""

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation (no group of its own to capture), shaped as a prefix
    tree; where several words match at a position it matches the longest, as a flat list of
    them longest first would."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)
