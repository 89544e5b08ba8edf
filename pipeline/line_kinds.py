"""What kind of line of a web page or article body is not article text: a repeated title, a
link-block header, a link, a photo caption or credit, a byline, a share button (read by
`boilerplate.clean_body`)."""

import re

from pipeline.textnorm import fold, fold_key

_CAPTION_MAX_WORDS = 40
_WEAK_CAPTION_MAX_WORDS = 12
_SHARE_MAX_WORDS = 25
_AUTHOR_LINE_MAX_WORDS = 12

_CLOSERS = "\"'”’»)] \t"
_SENTENCE_END = ".!?…"
_LEADING_SYMBOLS = re.compile(r"^[\s#*>»›►▶•·|–—-]+")
_TRAILING_SYMBOLS = re.compile(r"[\s:»›>|…–—-]+$")

_LINK_BLOCK_HEADER = re.compile(
    r"(?:more (?:from|on|in|about|stories|news|articles|like this)\b.*"
    r"|related(?: \w+)?|read (?:more|also|next)|(?:also|further) read(?:ing)?|see also"
    r"|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: \w+){0,2}|most (?:read|popular|viewed|shared)(?: \w+)?"
    r"|trending(?: \w+)?|latest(?: \w+)?|top stories|editor'?s picks"
    r"|(?:what|things) to read next|popular (?:now|stories|posts)|also on \w+.*"
    r"|(?:à )?lire (?:aussi|également)|sur le même sujet|articles similaires|les plus lus"
    r"|dans la même rubrique)",
    re.IGNORECASE,
)
_LINK_LINE = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related(?: \w+)?|more on this(?: story)?"
    r"|recommended|watch|listen|(?:à )?lire (?:aussi|également)|voir aussi)\s*[:|»›>–—-]\s*\S",
    re.IGNORECASE,
)
_STRONG_CAPTION = re.compile(
    r"\bphoto(?:graph)?s?\s*(?:credits?|captions?)?\s*[:|]"
    r"|\b(?:photo|image|picture|video)\s*credits?\b"
    r"|^\W*(?:image|picture|illustration|caption|credits?)\s*[:|]"
    r"|\bgetty\s*images\b|\bshutterstock\b|\bistock(?:photo)?\b|\balamy\b|\bfile photo\b"
    r"|\b(?:AFP|AP|EPA|Reuters)\s+(?:photo|via getty)\b"
    r"|©",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|SIPA)\s*/\s*\w"
    r"|\((?:AFP|AP|Reuters|EPA)(?:/[^)]*)?\)\s*$"
)
_WEAK_CAPTION = re.compile(
    r"\b(?:photo|image|picture|illustration)s?\s+(?:is |are |was )?"
    r"(?:by|from|courtesy|via|taken by)\b",
    re.IGNORECASE,
)
# Machine-made caption lines: image sizes, wire-photo timestamps and ids, file names.
_FILE_NAME_TOKEN = re.compile(
    r"\b\d{2,5}x\d{2,5}\b|\d{2}T\d{6}Z|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,}\b"
    r"|\b\d{7,}\b|\.(?:jpe?g|png|gif|webp|tiff?)\b"
)
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|da|di|del|van|von|al|el|ben|bin|ould|ag))*"
_BYLINE = re.compile(
    rf"^(?i:(?:written |reporting |words |text |story )?by:?)\s+{_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|–—(-].{{0,40}})?$"
)
_CREDIT_LINE = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|translation)\s+by\b",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"^(?:share(?:\s+(?:this|on|via|the|article|story|post)\b|\s*:|$)|subscribe\b|sign up\b"
    r"|follow us\b|follow\b.*\bon (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp)\b"
    r"|click here\b|tap here\b|download (?:our|the) app\b|join (?:our|us)\b"
    r"|get (?:our|the) (?:\w+ )?newsletter|newsletter\b|advertisement\b|sponsored\b"
    r"|support (?:our|independent) journalism|donate\b|all rights reserved|copyright\b"
    r"|(?:print|email|tweet|whatsapp|facebook|twitter|copy link|comments?)$"
    r"|listen to (?:this )?article|partager\b|abonnez-vous\b|suivez-nous\b|inscrivez-vous\b)",
    re.IGNORECASE,
)
INLINE_CREDIT = re.compile(
    r"\((?:photos?|images?|pictures?)\s*(?:credits?)?\s*(?::|by\b|courtesy\b)[^()\n]{0,80}\)",
    re.IGNORECASE,
)


def line_kind(line: str, title: str, author: str | None) -> str | None:
    """What a line that is not article text is ("title", "link-block", "link", "caption",
    "byline", "share"), or None for a line that may be."""
    # A "(Photo: AFP)" inside a paragraph is blanked on its own; the rest of the line is judged.
    text = (INLINE_CREDIT.sub(" ", line) if "(" in line else line).strip()
    if not text:
        return "caption"
    words = len(text.split())
    # the line without its symbols, read only of lines a link or a byline may be (30 words)
    label = _TRAILING_SYMBOLS.sub("", _LEADING_SYMBOLS.sub("", text)) if words <= 30 else text
    if title and fold_key(text) == fold_key(title):
        return "title"
    if words <= 6 and _LINK_BLOCK_HEADER.fullmatch(label):
        return "link-block"
    if words <= 30 and _LINK_LINE.match(label):
        return "link"
    if words <= _CAPTION_MAX_WORDS and (
        _STRONG_CAPTION.search(text) or _AGENCY_CREDIT.search(text)
    ):
        return "caption"
    if words <= _WEAK_CAPTION_MAX_WORDS and _WEAK_CAPTION.search(text):
        return "caption"
    if not re.search(r"[.,;!?]", text) and _FILE_NAME_TOKEN.search(text):
        return "caption"
    if _CREDIT_LINE.match(text):
        return "byline"
    # "By Jane Doe" and "By Jane Doe, Reuters", but not "By Saturday, the rebels had left."
    byline = words <= 20 and _BYLINE.match(label)
    if byline and (not ends_sentence(text) or "," not in text):
        return "byline"
    # A person's name (two words or more) on a short line: a byline or an author note.
    named = author is not None and len(author.split()) >= 2 and fold_key(author) in fold(text)
    if named and words <= _AUTHOR_LINE_MAX_WORDS:
        return "byline"
    if words <= _SHARE_MAX_WORDS and _SHARE.match(label):
        return "share"
    return None


def ends_sentence(text: str) -> bool:
    """Whether a line ends with sentence punctuation (closing quotes or brackets aside)."""
    bare = text.rstrip(_CLOSERS)
    return bool(bare) and bare[-1] in _SENTENCE_END
