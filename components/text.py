"""Show untrusted article text as text: in markdown, in plotly labels and in links."""

import html
import re
from urllib.parse import urlsplit

_AUTOLINK = re.compile(r"(?i)(://|www\.|@)")
_JOINER = "\u2060"  # invisible; stops markdown from turning a URL or e-mail in the text into a link
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:$=\"'^])")


def md_escape(text: object) -> str:
    """Escape a value for st.markdown so it renders literally (no links, HTML, math or colours)."""
    if text is None:
        return ""
    flat = " ".join(str(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    flat = _AUTOLINK.sub(lambda m: m.group(0)[0] + _JOINER + m.group(0)[1:], flat)
    return _MD_SPECIAL.sub(r"\\\1", flat)


def label_escape(text: object) -> str:
    """Escape a value for a plotly hover label, which understands a little HTML."""
    if text is None:
        return ""
    return html.escape(str(text), quote=False)


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) link, else None (no javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in " <>\"'\\`") or any(ord(ch) < 32 for ch in url):
        return None
    return url


def md_link(label: object, url: object) -> str:
    """A markdown link with an escaped label, or just the escaped label if the URL is unsafe."""
    target = safe_url(url)
    if target is None:
        return md_escape(label)
    target = target.replace("(", "%28").replace(")", "%29")
    return f"[{md_escape(label)}](<{target}>)"
