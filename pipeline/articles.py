"""Read article files: bytes in, validated Article records or Rejections with a readable reason."""

import contextlib
import logging
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from pipeline.contract import FIRST_YEAR, LAST_YEAR
from pipeline.records import Article, Rejection
from pipeline.safe_yaml import safe_load
from pipeline.textnorm import clean_text

# One limit for the article text: spaCy reads at most 1,000,000 characters (nlp.max_length) and a
# UTF-8 file of that many bytes never holds more characters than that.
MAX_ARTICLE_CHARS = 1_000_000
DEFAULT_MAX_BYTES = MAX_ARTICLE_CHARS
# An article id goes into `;`-separated lists and must never act as a path.
_ID_SEPARATOR = ";"
_PATH_CHARS = "/\\"

logger = logging.getLogger(__name__)
_Fail = Callable[[str], "ArticleError"]

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that never occur in text files (tab, newlines and form feed excluded).
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.05
# A well-formed multi-byte UTF-8 sequence: its presence in a file that is not valid UTF-8 means
# mixed or damaged UTF-8, which no single-byte guess decodes correctly.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_MAX_CHAOS = 10.0
_MIN_COHERENCE = 60.0
# a day, maybe with a time of day and a zone ("2023-09-17", "2023-09-17T10:00:00+01:00")
_ISO_DAY_AND_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?"
)


class ArticleError(ValueError):
    """An article that cannot be read; str() is the reason a user reads."""


def parse_article(
    raw: bytes, article_id: str, path: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Validate one article file's bytes into an Article, or raise ArticleError saying why not."""
    name = Path(path).name if path else f"{article_id}.txt"

    def fail(reason: str) -> ArticleError:
        return ArticleError(f"{name}: {reason}")

    if len(raw) > max_bytes:
        raise fail(_too_large(len(raw), max_bytes))
    if not raw.removeprefix(_UTF8_BOM).strip():
        raise fail("the file is empty")
    text = _decode(raw, fail, name)
    if len(text) > MAX_ARTICLE_CHARS:
        raise fail(
            f"the text is {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}"
            " characters the sentence splitter reads; split the article"
        )
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    header, body = _split_front_matter(text, fail)
    fields = _clean_fields(_load_yaml(header, fail), name)
    body, changed = clean_text(body)
    if changed:
        logger.warning("%s: %d control characters replaced or removed in the text", name, changed)
    missing = [key for key in ("title", "published") if fields.get(key) is None]
    if missing:
        raise fail(
            "missing required field"
            + ("s " if len(missing) > 1 else " ")
            + " and ".join(missing)
            + " in the front matter"
        )
    title = _text_field(fields, "title", fail)
    if not title:
        raise fail("title is empty")
    estimated = fields.get("published_estimated")
    if estimated is not None and not isinstance(estimated, bool):
        raise fail(f"published_estimated: {_show(estimated)} must be true or false")
    published = _published(fields.get("published"), fail)
    if not body.strip():
        raise fail("the article has front matter but no body text after the closing '---' line")
    return Article(
        article_id=article_id,
        title=title,
        published=published,
        body=body,
        author=_text_field(fields, "author", fail),
        outlet=_text_field(fields, "outlet", fail),
        url=_text_field(fields, "url", fail),
        published_estimated=bool(estimated),
        language=_text_field(fields, "language", fail) or "en",
        path=path,
    )


def read_articles(
    directory: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[Rejection]]:
    """Every *.txt article in directory (sorted by id), and the ones rejected with their reason."""
    directory = Path(directory)
    try:
        entries = sorted(
            (entry for entry in directory.iterdir() if entry.name.lower().endswith(".txt")),
            key=lambda entry: entry.name,
        )
        home = directory.resolve()
    except OSError as exc:
        return [], [Rejection("", str(directory), f"cannot list the articles folder: {exc}")]
    articles: list[Article] = []
    rejections: list[Rejection] = []
    kept: dict[str, str] = {}
    for entry in entries:
        article_id = entry.name[: -len(".txt")]
        if problem := _name_problem(entry, home):
            rejections.append(Rejection(article_id, str(entry), f"{entry.name}: {problem}"))
            continue
        key = unicodedata.normalize("NFC", article_id).casefold()
        if key in kept:
            reason = (
                f"{entry.name}: duplicate article id '{article_id}' (ids ignore letter case); "
                f"{kept[key]} is kept instead"
            )
            rejections.append(Rejection(article_id, str(entry), reason))
            continue
        try:
            article = parse_article(
                _read_bytes(entry, max_bytes), article_id, str(entry), max_bytes
            )
        except ArticleError as exc:
            rejections.append(Rejection(article_id, str(entry), str(exc)))
            continue
        except OSError as exc:
            rejections.append(Rejection(article_id, str(entry), f"{entry.name}: {exc}"))
            continue
        kept[key] = entry.name
        articles.append(article)
    articles.sort(key=lambda article: article.article_id)
    return articles, rejections


def _name_problem(entry: Path, home: Path) -> str | None:
    """Why a *.txt file cannot be an article, or None: its id must be safe in lists and paths."""
    name, article_id = entry.name, entry.name[: -len(".txt")]
    if name.startswith(".") or not article_id:
        # editor locks and backups (.#a.txt, ._a.txt) are dot files
        return "skipped: a name starting with '.' (or only '.txt') is a hidden file, not an article"
    if _ID_SEPARATOR in article_id:
        return (
            f"the name holds '{_ID_SEPARATOR}', which separates article ids in the tables;"
            " rename the file"
        )
    odd = [c for c in article_id if c in _PATH_CHARS or unicodedata.category(c).startswith("C")]
    if odd:
        return (
            f"the name holds {ascii(odd[0])}, a path or control character that cannot be part"
            " of an article id; rename the file"
        )
    if entry.is_symlink():
        try:
            target = entry.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a link to a file that does not exist"
        if not target.is_relative_to(home):
            return (
                f"a link to {target}, outside the articles folder; copy the article into the"
                " folder instead"
            )
    return None


def _clean_fields(fields: dict, name: str) -> dict:
    """Front-matter text cleaned as the body is: a YAML escape can hold any character."""
    cleaned = {}
    for key, value in fields.items():
        if isinstance(value, str):
            value, changed = clean_text(value)
            if changed:
                logger.warning(
                    "%s: %s: %d control characters replaced or removed", name, key, changed
                )
        cleaned[key] = value
    return cleaned


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.is_file():
        raise ArticleError(f"{path.name}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(f"{path.name}: {_too_large(size, max_bytes)}")
    with path.open("rb") as handle:
        # One byte over the limit is enough for parse_article to see a file that grew meanwhile.
        return handle.read(max_bytes + 1)


def _too_large(size: int, limit: int) -> str:
    return f"the file is {_describe_size(size)}, over the size limit of {_describe_size(limit)}"


def _describe_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB ({size:,} bytes)"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB ({size:,} bytes)"
    return f"{size} bytes"


def _decode(raw: bytes, fail: _Fail, name: str) -> str:
    if raw.startswith(_UTF16_BOMS):
        raise fail("the file is UTF-16 text; save it as UTF-8")
    if b"\x00" in raw:
        raise fail("binary file (it contains NUL bytes), not a text article")
    if _control_share(raw) > _MAX_CONTROL_SHARE:
        raise fail("binary file (mostly non-text bytes), not a text article")
    try:
        return raw.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(raw)
    if encoding is None:
        raise fail("not UTF-8 and the encoding could not be detected reliably; save it as UTF-8")
    logger.warning("%s: not UTF-8; decoded as %s (detected)", name, encoding)
    return raw.decode(encoding)


def _control_share(raw: bytes) -> float:
    return (len(raw) - len(raw.translate(None, _CONTROL_BYTES))) / len(raw)


_WESTERN = {"cp1252", "latin_1", "iso8859_15"}


def _detect_encoding(raw: bytes) -> str | None:
    if _UTF8_SEQUENCE.search(raw):
        return None
    matches = from_bytes(raw)
    # English and French news are far likelier in Windows-1252 than in a Central European
    # code page that decodes the same bytes into other letters ("Léré" vs "Lťrť").
    for candidate in matches:
        western = {candidate.encoding, *candidate.could_be_from_charset} & _WESTERN
        if western and candidate.percent_chaos <= _MAX_CHAOS:
            return "cp1252" if "cp1252" in western else sorted(western)[0]
    match = matches.best()
    if match is None or match.percent_chaos > _MAX_CHAOS:
        return None
    if match.percent_coherence < _MIN_COHERENCE:
        return None
    # Encodings listed here decode these bytes to the same text; name the familiar one.
    if "cp1252" in match.could_be_from_charset:
        return "cp1252"
    return match.encoding


def _split_front_matter(text: str, fail: _Fail) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if first.rstrip() != "---":
        raise fail(
            "no front matter: the file must start with a '---' line, then the YAML header "
            "(title, published, ...), then a closing '---' line"
        )
    match = re.search(r"^---[ \t]*$", rest, flags=re.MULTILINE)
    if match is None:
        raise fail("the front matter is never closed: no second '---' line")
    body_start = match.end() + 1 if match.end() < len(rest) else match.end()
    return rest[: match.start()], rest[body_start:]


def _load_yaml(header: str, fail: _Fail) -> dict:
    try:
        fields = safe_load(header)
    except yaml.MarkedYAMLError as exc:
        raise fail(_yaml_reason(exc, header)) from None
    except yaml.YAMLError as exc:
        raise fail(f"malformed YAML in the front matter: {exc}") from None
    except ValueError:
        # safe_load builds dates itself and raises a bare ValueError for an impossible one.
        raise fail(_bad_timestamp(header)) from None
    except RecursionError:
        raise fail("malformed YAML in the front matter: nested too deeply") from None
    if fields is None:
        raise fail("the front matter is empty: it needs at least title and published")
    if not isinstance(fields, dict):
        raise fail(
            f"the front matter is not a list of 'field: value' lines (it is a YAML "
            f"{type(fields).__name__})"
        )
    return fields


def _yaml_reason(exc: yaml.MarkedYAMLError, header: str) -> str:
    mark = exc.problem_mark or exc.context_mark
    # The header starts on the file's second line, after the opening '---'.
    where = f" at line {mark.line + 2} of the file" if mark is not None else ""
    problem = exc.problem or exc.context or "unreadable YAML"
    if isinstance(exc, yaml.constructor.ConstructorError):
        tag = re.search(r"tag '([^']*)'", problem)
        return (
            f"the front matter uses a YAML tag that is not allowed"
            f" ({tag.group(1) if tag else problem}){where}; only plain values are accepted"
        )
    # "outlet: Reuters: Africa": the commonest slip in a hand-written header (not an indented
    # line, which quotes would not mend)
    lines = header.splitlines()
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    unquoted = "mapping values" in problem and line == line.lstrip() and line.count(": ") > 1
    hint = "; put a value that holds ': ' in quotes" if unquoted else ""
    return f"malformed YAML in the front matter{where}: {problem}{hint}"


def _bad_timestamp(header: str) -> str:
    node = yaml.compose(header, Loader=yaml.SafeLoader)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if value.tag == "tag:yaml.org,2002:timestamp":
                try:
                    date.fromisoformat(value.value)
                except ValueError:
                    return f"{key.value}: '{value.value}' is not a date (YYYY-MM-DD)"
    return "the front matter holds a date or time that does not exist"


def _text_field(fields: dict, key: str, fail: _Fail) -> str | None:
    value = fields.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(f"{key}: {_show(value)} is not text; put the value in quotes")
    return value.strip() or None


def _published(value: object, fail: _Fail) -> date:
    published = None
    # a time after the day ("2023-09-17T10:00:00Z", as feeds and scrapers write it) is dropped:
    # the day is the one written, whatever the zone
    if isinstance(value, datetime):
        published = value.date()
    elif isinstance(value, date):
        published = value
    elif isinstance(value, str) and (told := _ISO_DAY_AND_TIME.fullmatch(value.strip())):
        with contextlib.suppress(ValueError):
            published = date.fromisoformat(told.group(1))
    if published is None:
        raise fail(f"published: {_show(value)} is not a date (YYYY-MM-DD)")
    if not FIRST_YEAR <= published.year <= LAST_YEAR:
        raise fail(
            f"published: {published.isoformat()} is outside the years the tables hold"
            f" ({FIRST_YEAR}-{LAST_YEAR}); check the date"
        )
    return published


def _show(value: object) -> str:
    """A short rendering of a front-matter value for a message; never a whole nested structure."""
    if isinstance(value, (str, int, float, bool, date)):
        shown = repr(value) if isinstance(value, str) else str(value)
        if isinstance(value, bool):
            shown = shown.lower()
        return shown if len(shown) <= 60 else shown[:57] + "..."
    return f"a YAML {'mapping' if isinstance(value, dict) else type(value).__name__}"
