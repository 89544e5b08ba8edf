"""YAML read with the safe loader, in C when PyYAML was built with libyaml."""

import yaml

# libyaml's safe loader builds the same values as the pure-Python one, about ten times as fast:
# a front matter is read for every article.
_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream):
    """The document in `stream` (text or an open file), read with the safe loader.

    What libyaml refuses is read again by the pure-Python loader, which accepts a little more (a
    lone surrogate escape such as "\\ud83d") and explains its refusals in its own words, with
    the line and column the error messages quote.
    """
    text = stream if isinstance(stream, str) else stream.read()
    try:
        return yaml.load(text, Loader=_FAST)
    except yaml.YAMLError:
        return yaml.load(text, Loader=yaml.SafeLoader)
