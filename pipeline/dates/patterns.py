"""Vocabulary and regexes of date phrases, matched on folded text (see pipeline.dates)."""

from __future__ import annotations

import re

from pipeline.regex_tree import alternation

MONTHS = {
    "january": 1, "janvier": 1, "february": 2, "fevrier": 2, "march": 3, "mars": 3,
    "april": 4, "avril": 4, "may": 5, "mai": 5, "june": 6, "juin": 6, "july": 7,
    "juillet": 7, "august": 8, "aout": 8, "september": 9, "septembre": 9, "october": 10,
    "octobre": 10, "november": 11, "novembre": 11, "december": 12, "decembre": 12,
}  # fmt: skip
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "janv": 1, "fevr": 2, "juil": 7,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}  # fmt: skip
FRENCH_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "dix": 10,
}  # fmt: skip
# English words that are also month names only count as months when capitalised.
CASED_MONTHS = {"may", "march", "mar"}


_MON_FULL = alternation(MONTHS)
_MON_ANY = rf"(?:{_MON_FULL})\b|(?:{alternation(MONTH_ABBR)})\b\.?"
_WD = alternation(WEEKDAYS)
_NUM = alternation(_NUMBERS) + r"|\d{1,3}"
_DAY = r"(?<![\d.,/\-])(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|er)?"
_DAY_AFTER_JOIN = _DAY.removeprefix(r"(?<![\d.,/\-])")
_YEAR = r"(?:19|20)\d\d(?![\d])"
# Next to a calendar day a four-digit number is a year whatever its century ("12 September 1850").
_DAY_YEAR = r"\d{4}(?![\d])"
# After a month name, a year of the second or third millennium ("in September 1850").
_MONTH_YEAR_NUMBER = r"[12]\d{3}(?![\d])"
_PREPS = [
    "on", "in", "since", "until", "till", "til", "by", "from", "during", "throughout",
    "through", "as of", "as from", "starting", "starting on", "starting in", "before",
    "after", "between", "le", "en", "depuis", "jusqu'au", "jusqu'en", "jusqu'a", "des",
    "avant", "apres", "courant", "pendant", "au cours de", "entre", "du", "d'ici", "au",
]  # fmt: skip
_PREP = rf"(?:\b(?P<prep>{alternation(_PREPS)})\s+)?"
QUALS = {
    "early": "early", "the beginning of": "early", "beginning of": "early",
    "the start of": "early", "start of": "early", "debut": "early", "le debut de": "early",
    "debut de": "early", "mid": "mid", "the middle of": "mid", "middle of": "mid",
    "la mi": "mid", "mi": "mid", "late": "late", "the end of": "late", "end of": "late",
    "end": "late", "fin": "late", "la fin de": "late", "fin de": "late",
    "the first half of": "h1", "first half of": "h1", "the second half of": "h2",
    "second half of": "h2", "the first quarter of": "q1", "the second quarter of": "q2",
    "the third quarter of": "q3", "the fourth quarter of": "q4", "courant": "whole",
    "the first days of": "w1", "first days of": "w1", "the last days of": "late",
    "last days of": "late", "the first week of": "w1", "first week of": "w1",
    "the second week of": "w2",
    "second week of": "w2", "the third week of": "w3", "third week of": "w3",
    "the fourth week of": "w4", "the last week of": "wl", "the final week of": "wl",
    "the month of": "whole", "month of": "whole",
}  # fmt: skip
_QUAL_WORD = rf"(?:(?P<q>{alternation(QUALS)})(?:\s*-\s*|\s+))"
_QUAL = _QUAL_WORD + "?"
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
SEASONS.update({"printemps": (3, 5), "ete": (6, 8), "automne": (9, 11)})

FORWARD_PREPS = {"until", "till", "til", "by", "jusqu'au", "jusqu'en", "jusqu'a", "d'ici"}
FORWARD_CUE = re.compile(
    r"(?:\b(?:will|shall|set to|scheduled|expected to|is to|are to|plans? to|planned|"
    r"planning to|deadline|upcoming|ahead of|next(?!\s+to\b)|due (?:on|in|by|to be|to take|to hold|"
    r"to start|to begin|to end|to leave)|va|vont|doit|doivent|devra|devront|prevue?s?)\b"
    r"|'ll\b)"
)
# "The vote, first planned for March, was postponed on Monday": a past passive after the cue is
# the verb the date belongs to.
PAST_PASSIVE = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?\w+ed\s+$")
# "it will withdraw, after 49 of its soldiers were arrested at the airport in July": a past
# passive told after the future cue is the date's verb, wherever it stands before the date
PAST_TOLD = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?\w+ed\b")
# "The junta will postpone the vote, a spokesman said on Friday": a day told right after a verb
# of saying in the past is the statement's, whatever the cue before it ("was told to leave on
# Friday" is no statement: the day is the leaving's).
SAID_JUST_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bto )(?<!been )"  # "results will be announced the next day": ahead
    r"\b(?:said|told(?:\s+(?!to\b)\w+){0,3}|announced|added|stated|confirmed|declared)\s+$"
)
# "That deadline expired on Sunday": a deadline told as run out is past.
RAN_OUT = re.compile(r"\b(?:expired|lapsed|ran out|passed|elapsed)\s+$")
# "has until 31 December", "extended until": a deadline still to come.
DEADLINE_VERB = re.compile(r"\b(?:has|have|given|extended|extends|extend|remains?)\s+$")
RANGE_HEAD = re.compile(rf"\b(?:between|from|entre|du|de)\s+(?:{_MON_FULL})\s+$")
# "in May and (July)": a second month joined to one told with its preposition
LISTED_MONTH_HEAD = re.compile(rf"\b(?:in|during)\s+(?:{_MON_FULL})\s+$")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Words that make a weekday after them part of a name ("Palm Sunday", "Black Friday"): after any
# other word a bare weekday is a date, after a name too ("arrested in Mali Wednesday", "told The
# Associated Press Thursday")
NAMED_DAYS = frozenset(
    {"palm", "bloody", "black", "good", "easter", "ash", "super", "cyber", "holy", "maundy",
     "whit", "shrove", "giving", "low", "pentecost", "ascension", "trinity", "passion",
     "mothering", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)  # fmt: skip
# "during Sunday mass", "at Friday prayers", "the Tuesday market": a weekly rite or market, not a
# date (the day it fell on is told elsewhere, or not at all)
WEEKLY_NOUNS = re.compile(
    r"\s+(?:mass|masses|prayers?|services?|worship|sermons?|markets?|fair|fairs)\b"
)
COUNT_NOUNS = re.compile(
    r"\s*(?:%|percent\b|per cent\b|-strong\b|(?:people|persons|civilians|soldiers|troops|"
    r"fighters|militants|jihadists|men|women|children|refugees|migrants|displaced|dead|"
    r"deaths|killed|casualties|victims|km|kilometres|kilometers|miles|metres|meters|dollars|"
    r"euros|francs|cfa|tonnes|tons|households|families|homes|houses|schools|villages|"
    r"residents|members|cases|votes|hectares|head|cattle|vehicles|weapons|personnes|"
    r"soldats|morts|civils|habitants)\b)"
)
NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:resolutions?|no|nos|number|numero|num|nr|n°|page|pages|p|pp|article|art|law|"
    r"loi|decree|decret|ordinance|order|flight|route|code|vol|volume|issue|chapter|section|"
    r"paragraph|room|model|vision|agenda|horizon|tel|phone|box|bp|lot)\.?\s*|[$€£#+/\\_:=&@])$"
)


_FRENCH_UNITS = {"jour": "day", "semaine": "week", "moi": "month", "an": "year", "annee": "year"}


def unit_of(word: str) -> str:
    """English singular unit for a unit word ("weeks", "mois", "annees" -> week, month, year)."""
    word = word.rstrip("s")
    return _FRENCH_UNITS.get(word, word)


def count_of(word: str) -> int:
    """The number a numeral or number word stands for ("two", "12", "a", "the")."""
    word = word.strip()
    if word == "the":  # "the day after": one day
        return 1
    return int(word) if word.isdigit() else _NUMBERS[word]


# "rescued him on Saturday, four days after he was kidnapped", "arrested Wednesday, the day
# after 37 civilians were killed": the act after "after" is that much earlier than the date of
# the clause it hangs on (`n` and `unit` for count_of, unit_of)
COUNTED_BACK = re.compile(
    rf"""(?:\b(?P<n>{_NUM}|the(?=\s+(?:day|week|month|year)\s)|a\s+few|few|several)\s+
    |(?<!\bthe\s)(?<!\bin\s)\b(?=(?:days|weeks)\s))
    (?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)
    \s+(?:[\w'-]+\s+){{0,10}}$""",
    re.VERBOSE,
)
# "came days after", "a few weeks after": how many units a count no number gives may stand for,
# at least and at most (a guess: the date it gives is a range of days, never one day)
VAGUE_COUNTS = {None: (2, 9), "a few": (2, 5), "few": (2, 5), "several": (3, 9)}
APPROXIMATE = re.compile(r"\b(?:less than|more than|almost|nearly|over|about|some|around)\s+$")
ANCHOR_GAP = re.compile(r"[^\S\n]+(?:the[^\S\n]+|le[^\S\n]+)?")


def rule_pattern(pattern: str) -> re.Pattern:
    """Compile a rule's pattern: starting at a word boundary, never across a line."""
    # A date phrase never runs across a line break: "\s" inside the rules means blanks only.
    # Phrases start at a word boundary; saying so first lets the scan skip inside words cheaply.
    return re.compile(r"\b" + pattern.replace(r"\s", r"[^\S\n]"), re.VERBOSE)


_HEAD = rf"""{_PREP}(?:(?P<night>(?:the\s+)?night\s+of|la\s+nuit\s+du)\s+
    |(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+)?(?:(?:{_WD})\s*,?\s+)?(?:the\s+)?"""
_TAIL_YEAR = rf"(?:\s*,?\s+(?P<y>{_DAY_YEAR}))?"
ISO = rf"{_PREP}(?<![\w/.\-])(?P<y>\d{{4}})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)"
NUMERIC = rf"{_PREP}(?<![\w/.\-])(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>\d{{4}})(?![\d/])"
DAY_MONTH = rf"{_HEAD}(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MON_ANY}){_TAIL_YEAR}"
# "last October 6": the latest such day, as "October 6" is read with no year
MONTH_DAY = rf"{_HEAD}(?:last\s+)?(?P<m>{_MON_ANY})\s+(?P<d>{_DAY})(?![\d:.,]\d){_TAIL_YEAR}"
DAY_RANGE = rf"""{_PREP}(?:(?P<btw>between|from|entre|du|les)\s+)?(?:the\s+)?
    (?:(?:the\s+)?night\s+of\s+|la\s+nuit\s+du\s+)?
    (?P<d1>{_DAY})\s*(?P<join>-|to|and|until|till|through|au|et|a)\s*(?:the\s+)?
    (?P<d2>{_DAY_AFTER_JOIN})(?:\s+of)?\s+(?P<m>{_MON_ANY}){_TAIL_YEAR}"""
# "March 27-31, 2022", "between June 18 and 19", "from Aug. 24 to 26": the month first
MONTH_DAY_RANGE = rf"""{_PREP}(?:(?P<btw>between|from)\s+)?(?:(?:the\s+)?night\s+of\s+)?
    (?P<m>{_MON_ANY})\s+(?P<d1>{_DAY})\s*(?P<join>-|–|to|and|until|till|through)\s*
    (?P<d2>{_DAY_AFTER_JOIN})(?![\d:]){_TAIL_YEAR}"""
MONTH_YEAR = rf"{_PREP}{_QUAL}(?P<m>{_MON_ANY})(?:\s+of)?\s*,?\s+(?P<y>{_MONTH_YEAR_NUMBER})"
MONTH = rf"""(?:{_PREP}|(?P<rel>last|next|this)\s+|(?P<the>the|an?)\s+|(?P<join>to|and|et|au|a)\s+)?
    {_QUAL}(?P<m>(?:{_MON_FULL})\b|(?:{alternation(MONTH_ABBR)})\b\.?)(?P<poss>'s)?"""
YEAR_ALONE = rf"""{_PREP}(?:{_QUAL_WORD}|(?<![\w$€£#/\\.\-])(?<!\d\s))(?P<y>{_YEAR})
    (?![\w/\\]|[.,\-:]\d)"""
YEAR_RANGE = rf"""{_PREP}(?:(?P<btw>between|from|entre|de)\s+)?(?<![\w/\\.\-])(?P<y1>{_YEAR})
    \s*(?P<join>-|to|and|until|through|au|a|et)\s*(?P<y2>{_YEAR})(?![\w/\\\-])"""
DECADE = rf"{_PREP}(?:the\s+)?(?<![\w\-])(?P<y>(?:19|20)\d0)'?s\b"
SEASON = rf"{_PREP}(?:the\s+|l')?(?P<s>{alternation(SEASONS)})(?:\s+of|\s+de)?\s+(?P<y>{_YEAR})"
# Holidays on a fixed day: "on Christmas Eve", "on New Year's Day 2019"
# (keyed without apostrophes: "New Year's Day", "New Years Day")
HOLIDAYS = {"new years day": (1, 1), "new years eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25)}  # fmt: skip
HOLIDAY = rf"""{_PREP}(?P<h>new\s+year['’]?s\s+(?:day|eve)|christmas(?:\s+(?:eve|day))?)\b
    (?:\s*,?\s+(?P<y>{_DAY_YEAR}))?"""
_EARLY_HOURS = r"(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+"
_NIGHT_OF = r"(?P<nightof>(?:the\s+)?night\s+of|la\s+nuit\s+d[eu])\s+"
# "on Monday last week", "on the Sunday" (of the days just told), "in the early hours of Sunday"
WEEKDAY = rf"""{_PREP}(?:{_EARLY_HOURS}|{_NIGHT_OF})?
    (?:(?P<mod>earlier|later|late|early|last|next|this\s+past|this\s+coming|this|coming|past|
    overnight)\s+|(?:(?:earlier|later|late|early)\s+)?(?P<the>the|that)\s+(?:same\s+)?
    (?:(?P<then>following|next|previous)\s+)?)?\b(?P<wd>{_WD})\b
    (?:\s+(?P<tod>morning|afternoon|evening|night|matin|soir|apres-midi|nuit))?(?P<poss>'s)?
    (?:\s+(?P<fr>dernier|prochain|passe)\b)?
    (?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week\b)?"""
# "overnight from Saturday to Sunday", "on the night of Friday to Saturday"
NIGHT_WEEKDAYS = rf"""{_PREP}(?:overnight\s+(?:from\s+|between\s+)?
    |(?:the\s+)?night\s+(?:of|from|between)\s+|(?:la\s+)?nuit\s+(?:de|du)\s+)
    (?P<wd1>{_WD})\s*(?:to|into|and|-|a|au)\s*(?P<wd2>{_WD})\b
    (?:\s+(?P<week>last|this|next)\s+week\b)?"""
# "in January last year", "on 12 March this year", "on June 11 this year", "late December of
# last year"
MONTH_IN_YEAR = rf"""{_PREP}{_QUAL}(?:(?P<d>{_DAY})\s+)?(?P<m>{_MON_ANY})(?:\s+(?P<d2>{_DAY}))?
    (?:\s+of)?\s*,?\s+(?P<rel>last|this|next)\s+year\b"""
SIMPLE = rf"""{_PREP}\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|tonight|
    overnight|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|
    later\s+today|hier\s+soir|hier|aujourd'hui|demain|avant-hier|cette\s+nuit|
    la\s+nuit\s+derniere|ce\s+matin)\b"""
RELATIVE = rf"""{_PREP}{_QUAL}\b(?P<rel>last|this|next|past|previous|coming|current|the)\s+
    (?P<unit>week|month|year|weekend)\b"""
RELATIVE_FR = r"""\b(?:(?:la|cette)\s+(?P<unit>semaine)|(?:le|ce)\s+(?P<unit2>mois)|
    l'(?P<unit3>an|annee)|cette\s+(?P<unit4>annee))(?:-ci)?
    (?:\s+(?P<rel>derniere|dernier|passee|passe|prochaine|prochain))?\b"""
# ("later in the year" tells a narrated year or month: counted from the date told, see ANCHORED;
# "earlier in the week" is this week's)
EARLIER_THIS = r"""\b(?P<el>earlier|later|plus\s+tot|plus\s+tard)\s+
    (?:this|in\s+the(?=\s+week)|cette|ce)\s+(?P<unit>week|month|year|semaine|mois|annee)\b"""
WEEKEND = r"""\b(?:(?:at|over|during)\s+the\s+weekend|the\s+weekend['’]s|(?:le|ce)\s+week-end
    (?:\s+(?P<fr>dernier))?)\b"""
# "in two midweek attacks": Tuesday to Thursday of the latest week
MIDWEEK = r"""\bmid-?week\b"""
RECENT = r"""\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?recent\s+
    (?P<unit>days|weeks|months|years)\b
    |\b(?:ces|des|les)\s+(?:derniers|dernieres)\s+(?P<unit2>jours|semaines|mois|annees)\b"""
PAST_N = rf"""\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+
    (?:(?P<n>{_NUM}|few|couple\s+of|several)\s+)?
    (?P<unit>days?|weeks?|months?|years?|hours?|decades?)\b"""
# "has been under a blockade for almost ten days": a state that began that long before, told
# after its "has been" in the same sentence (and no year written there)
HAS_BEEN = re.compile(r"\b(?:has|have)\s+been\b")
HAS_BEEN_REACH = 80  # characters before "for ten days" in which "has been" may stand
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
LASTED_FOR = rf"""\bfor\s+(?P<hedge>almost\s+|nearly\s+|about\s+|some\s+|over\s+|more\s+than\s+)?
    (?P<n>{_NUM})\s+(?P<unit>days|weeks|months)\b"""
AGO = rf"""\b(?P<n>(?:{_NUM}|a\s+few|few|several|some)\s+)?
    (?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"""
ANCHORED = rf"""\b(?:(?:(?P<n>{_NUM}|a\s+few|few|several|some)\s+|(?<!\d\s)(?=days\s+later))
    (?P<unit>days?|weeks?|months?|years?)
    \s+(?P<dir>later|after|earlier|before|afterwards|plus\s+tard|apres|avant|auparavant)|
    (?P<hours>(?:(?:{_NUM}|a\s+few|few|several|some)\s+)?hours?\s+(?P<hdir>later|earlier))|
    (?P<rest>(?P<rdir>later|earlier)\s+(?:that|in\s+the|the\s+same)\s+(?P<runit>year|month))|
    (?P<after>(?:in|over|during|on)\s+the\s+(?:(?:following|next|ensuing|subsequent)\s+(?:few\s+)?
    (?P<aunit>days|weeks|hours|weekend)|(?:(?P<acount>{_NUM})\s+)?(?P<aunit2>days|weeks|hours|weekend)
    (?:\s+of\s+[\w-]+)?\s+that\s+followed))|
    (?P<fixed>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|month|year)|
    (?<!the\s)(?<!a\s)(?:next|following)\s+day(?![-'’])|  # "next day": briefs drop "the"
    the\s+(?:day|night|morning)\s+(?:before|after)|
    the\s+previous\s+(?:day|night|morning|afternoon|evening|week|month|year)|
    the\s+same\s+(?:day|night|morning|afternoon|evening)|(?<!of\s)the\s+same\s+(?:week|month)|
    (?:(?:at|around)\s+)?(?:about\s+|around\s+|roughly\s+|almost\s+)?the\s+same\s+time|
    (?:(?:later|earlier|late|early)\s+)?that\s+(?:day|night|morning|afternoon|evening)(?!-)|
    (?:later|earlier)\s+in\s+the\s+day|that\s+same\s+(?:day|night|week|month)|
    le\s+lendemain|la\s+veille|le\s+meme\s+jour))\b"""

# "On the 28th, ECOWAS suspended Burkina": a day of the month told before it (chronologies), only
# where the ordinal ends its phrase, not "the 28th Battalion" or "the 28th of the month"
ORDINAL_DAY = r"""(?P<prep>on)\s+the\s+(?P<dom>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)
    (?=\s*(?:[,.;:)!?]|$))"""

# Every rule needs a number, a month, a weekday or one of the time words, so the rules run only on
# the stretches of text around those and only when their kind of trigger is there: most of an
# article is never scanned by the (slower) full rules.
_TIME_WORDS = [
    "yesterday", "today", "tomorrow", "tonight", "overnight", "night", "morning", "afternoon",
    "evening", "recent", "ago", "midweek", "day", "days", "week", "weeks", "weekend", "month",
    "months", "year", "years", "decade", "decades", "hour", "hours", "hier", "aujourd'hui",
    "demain", "avant-hier", "nuit", "matin", "lendemain", "veille", "jour", "jours", "semaine",
    "semaines", "mois", "l'an", "annee", "annees", "time", "christmas",
]  # fmt: skip
TRIGGER = re.compile(
    rf"""(?P<year>(?<!\d)[12]\d{{3}}(?!\d))|(?P<num>\d+)|
    \b(?:(?P<month>{alternation([*MONTHS, *MONTH_ABBR])})|(?P<weekday>{_WD})|
    (?P<word>{alternation(_TIME_WORDS)}))\b""",
    re.VERBOSE,
)
# Farther than any phrase reaches to the left and to the right of its last trigger word.
REACH_LEFT, REACH_RIGHT = 45, 30


JOIN = re.compile(r"\s*(?:-|to|and|until|till|through|et|au|a)\s*")
