"""Date expressions in article text, resolved against the publication date.

Everything is matched with compiled regexes on the folded text (lower-case, no accents, same
length as the original so offsets hold) and resolved with calendar arithmetic. A mention is an
inclusive span of days, UCDP style, with the precision the words give and no more.

Choices worth knowing (see also tests/test_dates.py):
- A day or month without a year is the latest one on or before publication; after a future
  cue earlier in the sentence ("will", "scheduled", "set to", "deadline", "has until", ...)
  the next one on or after it; after a bare "until", "by", "till" and in "from ... to" the
  one nearest publication ("lasted until 12 September" published 18 September is six days
  earlier, "until 31 December" published in September is the coming one). A weekday after
  "until"/"by" is the next one.
- Holidays on a fixed day ("on Christmas Eve", "New Year's Day") are that day, of the same
  latest year on or before publication unless a year is written; feasts of the lunar calendar
  (Tabaski, Eid) move each year and are not dated.
- Parts: early/beginning = first third (days 1-10 of a month, January-April of a year), mid
  = second third, late/end = last third; halves and quarters as written.
- "in recent days/weeks/months/years" end on publication and cover 7 days, 28 days,
  3 months, 5 years; "a few (several) days ago" days 2-7 before it, "a few weeks ago" days 14-42;
  "two weeks ago" the days 12-16 before it (a count of days, not calendar weeks).
- "this week" (month, year) is the Monday-Sunday week up to publication, unless a future cue
  comes before it ("will meet this week": the whole week); "at/over the weekend" the latest
  Saturday-Sunday on or before publication; "overnight" the publication day and the day before.
- "two days later", "the next day", "the same night" count from the previous day-precision
  date in the text on or before publication (a vote "due on 27 February" is no anchor for a
  past event), or any previous day when the phrase itself looks forward; "two days after the
  7 October attack" from the date that follows. "On the Sunday" is the Sunday of the last
  span of a month or less told before it ("between 27 and 31 March"), else the last Sunday;
  "the following Monday" / "the previous Monday" the first one after / before the last day
  told. "Hours later" is the day told or the next (a range).
- Compounds are one date: "Monday last week" is that Monday (day), "January last year" that
  month, "overnight from Saturday to Sunday" the two days (range), "the first week of March"
  days 1-7 (range, not a calendar week).
- Too vague to date, so matched but never returned: "a decade ago", "over the past decade"
  (a rounded figure: 8 to 12 years), "years ago", "a few months ago", "before 2020" (no start),
  "two days before the vote" (its anchor is not written), anchor-relative phrases with no
  earlier day in the text, and "a week after <event>" when counting from the last written
  date would put it after publication.
- dateparser is not used: the grammar (patterns, absolute, relative, grammar) covers the
  numeric, English and French forms at a fraction of its cost, with offsets and without its
  eager guesses.

Modules: calendar (span arithmetic), patterns (vocabulary and regexes), candidate (a matched
phrase and the helpers every rule shares), absolute (calendar dates), relative (phrases relative
to publication), grammar (the rule table and phrases counted from another date), assemble (scan
a text, settle overlaps, join ranges, resolve anchors).
"""

from pipeline.dates.assemble import count_from, find_dates, possessive_at, resolve, since_point

__all__ = ["count_from", "find_dates", "possessive_at", "resolve", "since_point"]
