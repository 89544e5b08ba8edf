"""Untrusted text stays text: markdown escaping, plotly label escaping, safe links."""

import pytest

from components.text import label_escape, md_escape, md_link, safe_url


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("[x](javascript:alert(1))", "[x]("),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("<script>alert(1)</script>", "<script>"),
        ("price $5 and $6", "$5 and $"),
        (":red[alarm]", ":red["),
        ("**bold**", "**"),
        ('=HYPERLINK("http://evil.example")', "http://"),
        ("see www.example.org", "www."),
        ("mail me@example.org", "me@example"),
    ],
)
def test_md_escape_neutralises_markup(text, forbidden):
    assert forbidden not in md_escape(text)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("https://exa mple.org", None),
        ("//example.org", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_md_link_drops_unsafe_targets():
    assert "javascript" not in md_link("x", "javascript:alert(1)")
    assert md_link("Title", "https://example.org/a(b)") == "[Title](<https://example.org/a%28b%29>)"


def test_label_escape():
    assert label_escape("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
