"""Property tests: any article text, however odd, is read, extracted and tabled without a crash."""

from datetime import date, datetime

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.articles import ArticleError, parse_article
from pipeline.merge import merge_mentions
from pipeline.records import Article
from pipeline.schema import EVENT_COLUMNS
from pipeline.tables import event_row
from tests.contract_checks import CONTRACT_COLUMNS, event_problems

# The Extractor is built once per module, so examples share it: health checks about
# function-scoped fixtures do not apply. The examples are drawn the same way on every run
# (derandomize): a random run may draw a sentence of hundreds of dates and triggers that takes
# a minute to read, and the suite's time must not depend on the draw.
BOUNDED = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# whole articles through the parser and the merge cost more: fewer examples keep the suite short
PARSED = settings(BOUNDED, max_examples=25)

DATES = [
    "On 12 September",
    "on Saturday",
    "last year",
    "earlier this year",
    "in July",
    "since the end of August",
    "in 2022",
    "on 3 March 2023",
    "yesterday",
    "last week",
    "two days ago",
    "on Tuesday night",
    "between 1 and 3 May",
    "in early 2021",
    "by the end of the year",
    "on 30 February",
    "on 31 April 2023",
    "in 1899",
    "next month",
    "on 16/09/2023",
    "in the 2015 peace agreement",
    "on 29 February 2024",
    "at the end of 2019",
    "in mid-August",
    "three weeks ago",
    "9999",
]
PLACES = [
    "in Gao",
    "near Léré",
    "in the Gao region",
    "in central Mali",
    "in Bamba",
    "in northern Burkina Faso",
    "near Djibo",
    "in Tillabéri",
    "in Niamey",
    "in Ouagadougou",
    "in Kidal",
    "in Ménaka",
    "in the Liptako-Gourma area",
    "in Chad",
    "near the village of Koutougou",
    "in the town of Bourem",
    "in Timbuktu",
    "in Rhodes",
    "in Quito",
    "along the border with Niger",
]
ACTORS = [
    "fighters of JNIM",
    "the army",
    "Wagner mercenaries",
    "the junta",
    "Islamic State in the Sahel",
    "the CMA",
    "jihadists",
    "French troops",
    "ECOWAS",
    "Tuareg rebels",
    "the Malian army",
    "civilians",
    "gunmen",
    "Colonel Goïta",
    "the national army",
]
TRIGGERS = [
    "attacked",
    "clashed with",
    "seized control of",
    "captured",
    "ambushed",
    "withdrew from",
    "signed an agreement with",
    "killed civilians",
    "kidnapped",
    "staged a coup against",
    "threatened",
    "recaptured",
    "launched a drone strike on",
    "protested against",
    "deployed troops to",
    "may attack",
    "the attack on",
    "in response to the coup,",
    "left",
]
ODD = [
    "\u202eRTL override\u202c",
    "هجوم في غاو",
    "מתקפה",
    "💥🔥🇲🇱",
    "\x00\x01\x0b\x1f\x7f",
    "\u200b\u200d\ufeff",
    "e\u0301te\u0301",
    "ﬁghters",
    "İstanbul ß ǅ",
    "\r\n\r",
    "\t\t",
    "---",
    "“quoted” ‘text’ — dash",
    "((((",
    "'s",
    "Mr. Dr. U.S. 12.5",
]
SEPARATORS = [" ", ". ", ", ", "\n", "\n\n", "; ", "! ", "? ", " — ", "\u2028", "\x85"]

noise = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=40,
)
sentence = st.builds(
    lambda when, who, did, whom, where, when2: " ".join(
        part for part in (when, who, did, whom, where, when2) if part
    ),
    st.sampled_from(["", *DATES]),
    st.sampled_from(["", *ACTORS]),
    st.sampled_from(TRIGGERS),
    st.sampled_from(["", *ACTORS]),
    st.sampled_from(["", *PLACES]),
    st.sampled_from(["", *DATES]),
)
# A run-on line of at most 240 words: reading a sentence grows with the square of its triggers and
# dates (each is weighed against the others), so longer lines only add minutes to the suite.
long_line = st.builds(
    lambda words, n: " ".join(words * n),
    st.lists(st.sampled_from([*TRIGGERS, *PLACES, *DATES, "and", "the"]), min_size=1, max_size=4),
    st.integers(min_value=20, max_value=60),
)
fragment = st.one_of(
    sentence,
    sentence,
    sentence,
    noise,
    st.sampled_from(ODD),
    st.sampled_from([*DATES, *PLACES, *ACTORS, *TRIGGERS]),
    long_line,
)
body = st.builds(
    lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
    st.lists(fragment, min_size=1, max_size=25),
    st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=5),
)
published = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))

scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    noise,
    st.dates(),
    st.datetimes(),
)
value = st.recursive(
    scalar, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(noise, inner, max_size=3)
)
FIELDS = ["title", "published", "author", "outlet", "url", "published_estimated", "language"]
front_matter = st.dictionaries(
    st.one_of(st.sampled_from(FIELDS), noise), value, max_size=len(FIELDS) + 2
)
raw_header = st.one_of(
    front_matter.map(lambda fields: yaml.safe_dump(fields, allow_unicode=True)),
    st.builds(
        lambda title, day: f"title: {title}\npublished: {day}\n",
        noise,
        st.one_of(published.map(str), noise, st.sampled_from(["2023-02-30", "2023-13-01"])),
    ),
    noise,
    st.sampled_from(
        [
            "title: !!python/object/apply:os.system ['true']\npublished: 2023-01-01\n",
            "title: &a [*a]\npublished: 2023-01-01\n",
            "title: x\npublished: 2023-01-01\ntitle: y\n",
            "[" * 200,
            "title: 'unclosed\n",
            "? complex key\n: value\n",
        ]
    ),
)


def make_article(article_id: str, day: date, text: str) -> Article:
    """An Article as parse_article would return it."""
    return Article(article_id=article_id, title="Generated", published=day, body=text)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@BOUNDED
@given(
    header=raw_header,
    text=body,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252"]),
    opening=st.sampled_from(["---\n", "---\r\n", "--- \n", "", "\ufeff---\n"]),
    closing=st.sampled_from(["---\n", "---", "---\r\n", "", "...\n"]),
)
def test_parse_article_raises_only_article_error(header, text, encoding, opening, closing):
    raw = _encode(opening + header + closing + text, encoding)
    try:
        parsed = parse_article(raw, "generated", "generated.txt")
    except ArticleError as error:
        assert str(error).startswith("generated.txt: ")
        return
    assert parsed.title and parsed.body.strip()
    assert isinstance(parsed.published, date) and not isinstance(parsed.published, datetime)


@BOUNDED
@given(raw=st.binary(max_size=3000))
def test_parse_article_on_random_bytes_raises_only_article_error(raw):
    try:
        parsed = parse_article(b"---\ntitle: x\npublished: 2023-01-01\n---\n" + raw, "bytes")
    except ArticleError as error:
        assert str(error).startswith("bytes.txt: ")
        return
    assert parsed.title == "x" and parsed.body.strip()


@BOUNDED
@given(text=body, day=published)
def test_extract_never_raises_and_mentions_point_into_the_body(extractor, text, day):
    result = extractor.extract(make_article("generated", day, text))
    for mention in (*result.mentions, *result.undated):
        assert text[mention.sentence_start : mention.sentence_end] == mention.sentence
        trigger = mention.trigger
        assert mention.sentence[trigger.start : trigger.end] == trigger.text
        if mention.date is not None:
            assert mention.date.date_start <= mention.date.date_end
    assert all(m.date is not None for m in result.mentions)
    assert all(m.date is None for m in result.undated)


@PARSED
@given(texts=st.lists(st.tuples(body, published), min_size=1, max_size=3))
def test_merged_events_pass_the_events_csv_schema(extractor, texts):
    extractions = [
        extractor.extract(make_article(f"a{i}", day, text)) for i, (text, day) in enumerate(texts)
    ]
    mentions = [m for x in extractions for m in x.mentions if m.place is not None]
    events = merge_mentions(mentions)
    assert sum(len(e.mentions) for e in events) == len(mentions)
    for event in events:
        row = event_row(event)
        assert tuple(row)[: len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS
        assert set(row) == set(EVENT_COLUMNS)
        assert event_problems(row) == [], (row, event_problems(row))
    again = merge_mentions(list(reversed(mentions)))
    assert [e.event_id for e in again] == [e.event_id for e in events]
