"""Blank out the parts of an article body that are not the article: captions, bylines, links.

The result has the same length as the body (removed characters become spaces, newlines stay
but those inside a paragraph a page cut at its links), so every offset found in the cleaned text
is an offset into the body as published.

How it decides, unit by unit (a unit is a line, or several lines of one hard-wrapped paragraph):
- A unit is article text when it reads as prose: it ends with sentence punctuation (. ! ? …,
  possibly followed by closing quotes or brackets), or a colon after at least four words (a list
  or quote follows), or it is long (15 words or more; several wrapped lines also need a sentence
  to end inside them). Short unpunctuated lines are headlines of other stories, captions,
  section labels, dates or share buttons, and go.
- Some units go even when they read as prose: photo captions and credits (and a short line
  with a credit line right under it: the caption of that photo), bylines and credit lines,
  share/subscribe/newsletter lines, single-line links ("Read more: ..."), and a first line
  repeating the title.
- A link-block header ("More from ...", "Related stories", "You may also like", ...) removes
  everything after it up to the end of the body, unless a unit that is clearly a paragraph of
  the article (sentence punctuation and at least 25 words) comes first: the article resumes there.
- A list item (- • * 1.) is kept when it follows a kept line that ends with a colon.
- Paragraphs a web page broke at its links ("in Niger's" / "Tahoua" / "region" / ", a ...")
  are one unit again when the first cannot end there and the next goes on with it (see
  `_goes_on`); the blank lines between them become spaces, so no sentence is cut there.
"""

import itertools
import re
from dataclasses import dataclass

from pipeline.line_kinds import INLINE_CREDIT, ends_sentence, line_kind
from pipeline.textnorm import fold_key

_LONG_LINE_WORDS = 15
_RESUME_WORDS = 25
_CAPTION_ABOVE_CREDIT_MAX_WORDS = 30
_WRAP_MIN_WORDS = 5
_LINK_TEXT_MAX_WORDS = 3  # a name or place a page set apart as a link: "Mohamed Bazoum"

_INTERNAL_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?[A-ZÀ-Þ]")
_GOES_ON = re.compile(r"^\s*(?:[a-zà-ÿ]|[,;])")  # a paragraph that opens mid-sentence
_QUOTE_GOING_ON = re.compile(r"^\s*[\"'“‘«]\s*[a-zà-ÿ]")  # '"resulted in the death of ...'
_POSSESSIVE_END = re.compile(r"\w['’]s\s*$")  # "in Niger's"
_BULLET = re.compile(r"^\s*(?:[-•*–·▪●]|\d{1,2}[.)]|[a-z][.)])\s+")
_NOT_NEWLINE = re.compile(r"[^\n\r]")

_CONTINUATION_END = re.compile(
    r"(?:[,;–—-]|\b(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|as|that|which|who"
    r"|its|their|his|her|this|these|those|into|over|after|before|between|against|near|than"
    r"|is|are|was|were|has|have|had|be|been|will|would|not|le|la|les|de|des|du|et|en|à|au"
    r"|aux|un|une|par|pour|sur|dans|avec|qui|que))\s*$",
    re.IGNORECASE,
)


# "BAMAKO, Sept 19 (Reuters) - ", "NIAMEY (AFP) — ", "GAO — ", "OUAGADOUGOU, Burkina Faso
# (AP) — ", "OUAGADOUGOU, BURKINA FASO (AFP, NYTIMES) - ", "ABUJA/BAMAKO - ": where and when the
# story was filed, not where or when anything happened.
# "Bamako (AFP) - ", "Bamako, Mali – ": a city in title case is a dateline when its agency
# follows it, its country and a long dash, or a short one before a capital ("Mali, Niger - and
# Chad" is prose), or a day.
_COUNTRY = r",\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}"  # "BURKINA FASO" too
_AGENCY = r"\s*\([A-Z][^()\n]{0,39}\)"
# after a day of filing, an agency may be in lower case ("Niamey, 10 January 2020 (dpa/MIA) –")
_FILED_AGENCY = r"\s*\([A-Za-z][^()\n]{0,39}\)"
# state news agencies that open a story with their letters after its outlet or city ("Abu
# Dhabi – WAM:"): the Emirates', Qatar's, Saudi Arabia's, Kuwait's, Egypt's, Morocco's, Senegal's,
# Burkina Faso's, Mali's and Niger's
_WIRE = r"(?:WAM|QNA|SPA|KUNA|MENA|MAP|APS|AIB|AMAP|ANP)"
_TITLED = r"[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Z][a-zà-ÿ'’.-]+){0,2}"
_CITY = r"[A-Z][a-zà-ÿ'’.-]+(?:[ -][A-Z][a-zà-ÿ'’.-]+)?"  # a city of one or two words
# "Mopti, 17 December 2024 - ", "Gao, Sept. 8 - ", "Niamey, Niger, Dec 3 – ": a city in title
# case (its country may follow) and the day of filing
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_FILED = rf",\s*(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
# "On Saturday, April 27 - gunmen killed": prose opening on a time, not a city
_NOT_A_CITY = (
    r"(?!(?:On|In|At|By|From|Since|Early|Late|Last|This|Next"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_CAPS = r"[A-Z][A-Z'’./ -]{1,40}[A-Z]"
# a part of a country, not a city: "Northern Mali:"
_NOT_A_REGION = r"(?!(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\w*\b)"
# the scene a wire copy names after its city: "in northern Burkina Faso", "near Djibo"
_SCENE = (
    r"\b(?:in|near|at)\s+(?:the\s+)?(?:(?:north|south|east|west|centre|center|central)"
    r"(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?[A-Z]"
)
_DATELINE = re.compile(
    rf"\s*(?:(?:{_CAPS}"
    rf"(?:{_COUNTRY})?"  # the country or state
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    rf"(?:{_AGENCY})?\s*(?:[—–:]|--?)"  # "OUAGADOUGOU: Nine people ...": a colon too
    rf"|{_TITLED}(?:{_COUNTRY})?{_AGENCY}\s*(?:[—–:]|--?)"  # "Dakar(Senegal): At least ..."
    rf"|{_TITLED}{_COUNTRY}\s*[—–]"
    rf"|{_CITY}{_COUNTRY}\s+--?(?=\s+[A-Z0-9\"“'‘«])"  # "Niamey, Niger - A jihadist attack"
    rf"|{_NOT_A_CITY}{_TITLED}(?:{_COUNTRY})?{_FILED}(?:{_FILED_AGENCY})?\s*(?:[—–]|--?)"
    # "Niamey [Niger], Aug 10 : Gunmen killed": a wire's city, its country in square brackets
    rf"|{_NOT_A_CITY}{_TITLED}\s*\[[A-Z][A-Za-z ]{{2,30}}\]{_FILED}\s*(?:[—–:]|--?)"
    # "Bamako, Jan 16 (AFP) Fifteen people have been killed": the agency ends it, with no dash
    rf"|{_NOT_A_CITY}(?:{_CAPS}|{_TITLED}){_FILED}{_AGENCY}(?=\s+[A-Z0-9\"“]))\s+"
    # "Ouagadougou: Gunmen killed 15 civilians in northern Burkina Faso over the weekend, ...
    # said Monday.": a wire copy's city and a colon before a whole paragraph of prose that
    # names the scene itself (not a headline kept as the first line, "Niamey: hundreds march
    # against French presence", nor a region, "Northern Mali: Jihadists killed 12 soldiers")
    rf"|{_NOT_A_CITY}{_NOT_A_REGION}{_CITY}:\s+(?=[A-Z][^\n]{{0,200}}?{_SCENE}[^\n]*[.!?][\"”’]?\s*$)"
    # "Sharjah 24 – WAM: Thirty three people ...", "Abu Dhabi – WAM: ": an outlet or a city,
    # then a state news agency's letters and a colon (not "Kidal - CSP:", a side's name)
    rf"|{_TITLED}(?:\s+\d{{1,3}})?\s+[—–-]\s+{_WIRE}\s*:\s+"
    # "(Nairobi) – Burkina Faso soldiers ...": a rights group's release, its city in brackets
    rf"|\({_TITLED}\)\s*(?:[—–]|--?)\s+"
    # "DAKAR (Reuters) -Jihadists killed": a copy that lost the space after the agency's dash
    rf"|{_CAPS}(?:{_COUNTRY})?{_AGENCY}\s*(?:[—–]|--?)(?=[A-Z\"“])"
    # "OUAGADOUGOU, April 5 Security forces searched": a copy that lost its agency and dash
    rf"|{_CAPS},\s*{_MONTH}\s+\d{{1,2}}\s+(?=[A-Z]))"
)

# a paragraph further down may open with the dateline too, when a page put a caption or a
# summary first ("... Another 17 died in Gangafani 2." then "BAMAKO – Unidentified gunmen"):
# only a city in capitals and a long dash there, the plainest form, and no second dash after
# it ("JNIM – Al-Qaeda's Sahel branch – claimed": a name set off by two dashes)
_LATER_DATELINE = re.compile(
    rf"\s*{_CAPS}(?:{_COUNTRY})?(?:{_AGENCY})?\s*[—–]\s+(?=[A-Z])(?![^—–\n]{{0,80}}[—–])"
)


def dateline(line: str) -> str:
    """The dateline a line of the body opens with ("OUAGADOUGOU, Burkina Faso (AP) — "), or ""."""
    found = _DATELINE.match(line)
    return line[: found.end()] if found else ""


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    text: str
    kind: str | None  # why a single line is not article text, whatever it reads like
    multi_line: bool
    rejoined: bool = False  # paragraphs a page's links broke apart, made one again


def clean_body(body: str, title: str = "", author: str | None = None) -> str:
    """The body with non-article text blanked out; same length, so its offsets are the body's."""
    removed: list[tuple[int, int]] = []
    in_link_block = False
    in_list = False
    seen_prose = False
    units = _rejoin(body, _units(body, title, author))
    rejoined: list[tuple[int, int]] = []
    for index, unit in enumerate(units):
        if in_link_block and not _resumes_article(unit):
            removed.append((unit.start, unit.end))
            continue
        in_link_block = unit.kind == "link-block"
        following = units[index + 1] if index + 1 < len(units) else None
        if (
            unit.kind is not None
            or (index == 0 and title and fold_key(unit.text) == fold_key(title))
            or _is_caption_above_credit(unit, following)
        ):
            keep = False
        elif in_list and _BULLET.match(unit.text):
            keep = True
        else:
            keep = _reads_as_prose(unit)
        opens_list = unit.text.rstrip().endswith(":")
        in_list = keep and (opens_list or (in_list and bool(_BULLET.match(unit.text))))
        if keep:
            removed.extend(
                (unit.start + m.start(), unit.start + m.end())
                for m in INLINE_CREDIT.finditer(unit.text)
            )
            dateline = (_LATER_DATELINE if seen_prose else _DATELINE).match(unit.text)
            if dateline:
                removed.append((unit.start, unit.start + dateline.end()))
            seen_prose = True
            if unit.rejoined:
                rejoined.append((unit.start, unit.end))
        else:
            removed.append((unit.start, unit.end))
    return _one_line(_blank(body, removed), rejoined)


def _units(body: str, title: str, author: str | None) -> list[_Unit]:
    lines: list[tuple[int, int]] = []
    position = 0
    for line in body.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    first = next((i for i, (s, e) in enumerate(lines) if body[s:e].strip()), None)
    kinds = [
        line_kind(body[s:e], title if i == first else "", author) for i, (s, e) in enumerate(lines)
    ]
    units: list[_Unit] = []
    i = 0
    while i < len(lines):
        if not body[slice(*lines[i])].strip():
            i += 1
            continue
        block_end = i
        while block_end + 1 < len(lines) and body[slice(*lines[block_end + 1])].strip():
            block_end += 1
        width = max(len(body[s:e].rstrip()) for s, e in lines[i : block_end + 1])
        while i <= block_end:
            last = i
            while last < block_end and _joins(
                body[slice(*lines[last])],
                body[slice(*lines[last + 1])],
                kinds[last : last + 2],
                width,
            ):
                last += 1
            start, end = lines[i][0], lines[last][1]
            units.append(_Unit(start, end, body[start:end], kinds[i], last > i))
            i = last + 1
    return units


def _rejoin(body: str, units: list[_Unit]) -> list[_Unit]:
    """Units across a blank line made one when the first goes on in the next (`_goes_on`)."""
    joined: list[_Unit] = []
    for unit, after in itertools.zip_longest(units, units[1:]):
        last = joined[-1] if joined else None
        if last and "\n\n" in body[last.end : unit.start] and _goes_on(last, unit, after):
            text = body[last.start : unit.end]
            joined[-1] = _Unit(last.start, unit.end, text, None, True, rejoined=True)
        else:
            joined.append(unit)
    return joined


def _goes_on(current: _Unit, following: _Unit, after: _Unit | None) -> bool:
    """Whether a paragraph is cut mid-sentence and the next one holds the rest.

    The first must not end a sentence; the next starts in lowercase, with a comma or a quote
    going on in lowercase, or the first ends on a word no sentence ends with ("in the", "in
    Niger's", "spokesman,"), or the next is a link's few words that end the sentence or that
    the one `after` goes on from ("Mohamed Bazoum" / ", who ..."). A heading ends on a noun and
    the paragraph under it starts with a capital: they stay apart.
    """
    if current.kind is not None or following.kind is not None:
        return False
    stripped = current.text.rstrip()
    if ends_sentence(stripped) or stripped.endswith(":") or _BULLET.match(following.text):
        return False
    return bool(
        _CONTINUATION_END.search(stripped)
        or _POSSESSIVE_END.search(stripped)
        or _GOES_ON.match(following.text)  # not a digit or a bracket: "20 civilians", "(AFP)"
        or _QUOTE_GOING_ON.match(following.text)
        or _link_text(following, after)
    )


def _link_text(unit: _Unit, after: _Unit | None) -> bool:
    """A few words set apart as a link, within a sentence ("KEY POINTS" is a heading)."""
    text = unit.text.strip()
    if len(text.split()) > _LINK_TEXT_MAX_WORDS or text.isupper():
        return False
    return ends_sentence(text) or (after is not None and bool(_GOES_ON.match(after.text)))


def _one_line(text: str, spans: list[tuple[int, int]]) -> str:
    """The newlines inside `spans` made spaces (same length): no sentence is cut there."""
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces += [text[position:start], text[start:end].replace("\n", " ")]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def with_line_breaks(cleaned: str, published: str) -> str:
    """Cleaned text with the line breaks of the text as published put back (same length), to
    show a sentence whose paragraphs were made one as the page has it."""
    if "\n" not in published:  # most sentences: nothing to put back
        return cleaned
    return "".join("\n" if p == "\n" else c for c, p in zip(cleaned, published, strict=True))


def _joins(current: str, following: str, kinds: list[str | None], width: int) -> bool:
    """Whether two consecutive lines of a block are one hard-wrapped paragraph."""
    if kinds[0] is not None or kinds[1] is not None:
        return False
    stripped = current.rstrip()
    if ends_sentence(stripped) or stripped.endswith(":") or _BULLET.match(following):
        return False
    if _CONTINUATION_END.search(stripped) or _starts_lowercase(following):
        return True
    # Greedy wrapping leaves a line short only when the next word would not have fitted on it.
    next_word = following.split()[0]
    return len(stripped.split()) >= _WRAP_MIN_WORDS and len(stripped) + 1 + len(next_word) > width


def _starts_lowercase(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and (
        stripped[0].islower() or stripped[0].isdigit() or stripped[0] in "(,;"
    )


def _reads_as_prose(unit: _Unit) -> bool:
    text = unit.text.strip()
    words = len(text.split())
    if ends_sentence(text) or (text.endswith(":") and words >= 4):
        return True
    if words < _LONG_LINE_WORDS:
        return False
    if unit.rejoined:  # cut at its links, not a list of headlines
        return True
    # Several joined lines without final punctuation may be a list of headlines: a long unit
    # counts as prose only when a sentence ends inside it.
    return not unit.multi_line or bool(_INTERNAL_SENTENCE_BREAK.search(text))


def _is_caption_above_credit(unit: _Unit, following: _Unit | None) -> bool:
    """A short line with a photo credit on the very next line is that photo's caption."""
    return (
        following is not None
        and following.kind == "caption"
        and following.start == unit.end + 1
        and len(unit.text.split()) <= _CAPTION_ABOVE_CREDIT_MAX_WORDS
    )


def _resumes_article(unit: _Unit) -> bool:
    text = unit.text.strip()
    return unit.kind is None and ends_sentence(text) and len(text.split()) >= _RESUME_WORDS


def _blank(body: str, spans: list[tuple[int, int]]) -> str:
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if start >= end:
            continue
        pieces.append(body[position:start])
        pieces.append(_NOT_NEWLINE.sub(" ", body[start:end]))
        position = end
    pieces.append(body[position:])
    return "".join(pieces)
