"""Reading article files: valid ones become Articles, every bad one a Rejection saying why."""

import logging
import pathlib
from datetime import date
from pathlib import Path

import pytest

from pipeline.articles import DEFAULT_MAX_BYTES, ArticleError, parse_article, read_articles

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"
HEADER = b'---\ntitle: "Attack near Djibo"\npublished: 2023-09-17\n---\n'
BODY = b"Gunmen attacked a convoy near Djibo on Saturday, the army said.\n"
GOOD = HEADER + BODY


def _article(front_matter: str, body: str = BODY.decode()) -> bytes:
    return f"---\n{front_matter}---\n{body}".encode()


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b" \n\n\t\n", "the file is empty", id="blank"),
        pytest.param(b"\xef\xbb\xbf\r\n", "the file is empty", id="bom-only"),
        pytest.param(GOOD.replace(b"Gunmen", b"Gun\x00men"), "contains NUL bytes", id="nul"),
        pytest.param(bytes(range(1, 32)) * 20 + b"text", "mostly non-text", id="control-bytes"),
        pytest.param(b"\xff\xfe" + "---".encode("utf-16-le"), "UTF-16", id="utf16"),
        pytest.param(BODY, "no front matter", id="no-front-matter"),
        pytest.param(
            b"---\ntitle: x\npublished: 2023-09-17\n" + BODY, "never closed", id="unclosed"
        ),
        pytest.param(
            _article("title: x\nauthor: Jane: Doe\npublished: 2023-09-17\n"),
            "malformed YAML in the front matter at line 3 of the file: mapping values are not"
            " allowed here; put a value that holds ': ' in quotes",
            id="malformed-yaml",
        ),
        pytest.param(_article("- title\n- published\n"), "not a list of 'field: value'", id="list"),
        pytest.param(_article("just a sentence\n"), "not a list of 'field: value'", id="scalar"),
        pytest.param(_article(""), "the front matter is empty", id="empty-front-matter"),
        pytest.param(
            _article("published: 2023-09-17\n"), "missing required field title", id="no-title"
        ),
        pytest.param(_article("title: x\n"), "missing required field published", id="no-date"),
        pytest.param(_article("author: x\n"), "fields title and published", id="neither"),
        pytest.param(
            _article("title: ''\npublished: 2023-09-17\n"), "title is empty", id="title-empty"
        ),
        pytest.param(
            _article("title: 1984\npublished: 2023-09-17\n"),
            "title: 1984 is not text; put the value in quotes",
            id="title-number",
        ),
        pytest.param(
            _article("title: x\npublished: '2023-02-30'\n"),
            "published: '2023-02-30' is not a date (YYYY-MM-DD)",
            id="impossible-date-quoted",
        ),
        pytest.param(
            _article("title: x\npublished: 2023-02-30\n"),
            "published: '2023-02-30' is not a date (YYYY-MM-DD)",
            id="impossible-date-bare",
        ),
        pytest.param(
            _article("title: x\npublished: yesterday\n"),
            "published: 'yesterday' is not a date (YYYY-MM-DD)",
            id="word",
        ),
        pytest.param(
            _article("title: x\npublished: '2023-09-17T24:00'\n"),
            "is not a date (YYYY-MM-DD)",
            id="hour-24",
        ),
        pytest.param(
            _article("title: x\npublished: 2023-02-30T10:00:00Z\n"),
            "is not a date (YYYY-MM-DD)",
            id="impossible-timestamp",
        ),
        pytest.param(
            _article("title: x\npublished: 2023\n"),
            "published: 2023 is not a date (YYYY-MM-DD)",
            id="year-only",
        ),
        pytest.param(
            _article("title: x\npublished: 17/09/2023\n"),
            "published: '17/09/2023' is not a date (YYYY-MM-DD)",
            id="day-first",
        ),
        pytest.param(
            _article("title: x\npublished: 2023-09-17\npublished_estimated: maybe\n"),
            "published_estimated: 'maybe' must be true or false",
            id="estimated-not-bool",
        ),
        pytest.param(
            _article("title: x\npublished: 2023-09-17\n", body="\n\n"),
            "no body text",
            id="no-body",
        ),
        pytest.param(
            # UTF-8 curly quotes, then one Windows-1252 byte: no single encoding reads it.
            HEADER + "“Mali” said".encode() + b" caf\xe9.\n",
            "not UTF-8 and the encoding could not be detected reliably",
            id="mixed-encodings",
        ),
    ],
)
def test_bad_article_is_rejected_with_a_readable_reason(raw, fragment):
    with pytest.raises(ArticleError) as caught:
        parse_article(raw, "bad-one", "data/articles/bad-one.txt")
    assert fragment in str(caught.value)
    assert str(caught.value).startswith("bad-one.txt: ")


def test_an_indented_field_gets_no_hint_to_quote_it():
    with pytest.raises(ArticleError) as caught:
        parse_article(_article("title: x\n  published: 2023-09-17\n"), "indented")
    assert str(caught.value).endswith("mapping values are not allowed here")


def test_python_object_tag_is_rejected_and_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    raw = _article(
        f'title: !!python/object/apply:os.system ["touch {marker}"]\npublished: 2023-09-17\n'
    )
    with pytest.raises(ArticleError) as caught:
        parse_article(raw, "evil")
    reason = str(caught.value)
    assert "YAML tag that is not allowed" in reason
    assert "python/object/apply:os.system" in reason
    assert "line 2 of the file" in reason
    assert not marker.exists()


@pytest.mark.parametrize(
    ("file_name", "title", "published", "author", "outlet"),
    [
        (
            "pistolesi-sahel-alliance.txt",
            "Mali, Burkina Faso and Niger sign a defensive military alliance",
            date(2023, 9, 18),
            "Alice Pistolesi",
            None,
        ),
        (
            "qonversations-mutual-defence.txt",
            "Mali, Burkina Faso and Niger sign mutual defence agreement",
            date(2023, 9, 17),
            None,
            "Qonversations",
        ),
    ],
)
def test_seed_articles_parse(file_name, title, published, author, outlet):
    path = SEEDS / file_name
    article = parse_article(path.read_bytes(), path.stem, str(path))
    assert (article.title, article.published, article.author, article.outlet) == (
        title,
        published,
        author,
        outlet,
    )
    assert article.published_estimated is True
    assert article.language == "en"
    assert article.article_id == path.stem
    assert article.path == str(path)


def test_body_is_kept_as_published_except_line_endings_and_bom():
    raw = (
        b"\xef\xbb\xbf---\r\ntitle: x\r\npublished: 2023-09-17\r\n---\r\n"
        b"  First line.\r\n\r\nOld Mac\rend  \r\n"
    )
    article = parse_article(raw, "crlf")
    assert article.body == "  First line.\n\nOld Mac\nend  \n"


def test_optional_fields_defaults_and_unknown_fields():
    raw = _article(
        "title: '  Attack near Djibo  '\npublished: '2023-09-17'\nauthor: null\nurl:\n"
        "tags: [sahel, mali]\n"
    )
    article = parse_article(raw, "defaults")
    assert article.title == "Attack near Djibo"
    assert article.published == date(2023, 9, 17)
    assert (article.author, article.outlet, article.url) == (None, None, None)
    assert (article.published_estimated, article.language) == (False, "en")


@pytest.mark.parametrize(
    "published",
    [
        "2023-09-17T10:00:00Z",
        "2023-09-17T23:30:00-05:00",
        "2023-09-17 10:00",
        "'2023-09-17T10:00:00.123+01:00'",
        "'2023-09-17T10:00:00+01'",
        "'2023-09-17 10:00:00 +01:00'",
    ],
)
def test_a_timestamp_gives_the_day_it_is_written_on(published):
    article = parse_article(_article(f"title: x\npublished: {published}\n"), "stamped")
    assert article.published == date(2023, 9, 17)


def test_windows_1252_french_text_is_decoded_with_a_note(caplog):
    text = (
        '---\ntitle: "Le Mali, le Burkina Faso et le Niger signent une charte"\n'
        "published: 2023-09-17\nlanguage: fr\n---\n"
        "Le Mali, le Burkina Faso et le Niger ont signé samedi à Bamako la charte du "
        "Liptako-Gourma, qui crée l’Alliance des États du Sahel. « Toute atteinte à la "
        "souveraineté de l’une des parties sera considérée comme une agression contre les "
        "autres », précise le texte. Les trois pays, dirigés par des militaires, s’engagent à "
        "lutter contre le terrorisme.\n\nDepuis la fin du mois d’août, les rebelles touareg ont "
        "repris les hostilités dans le nord du Mali. Le 12 septembre, ils ont brièvement pris "
        "la ville de Bourem, entre Gao et Tombouctou.\n"
    )
    with caplog.at_level(logging.WARNING, logger="pipeline.articles"):
        article = parse_article(text.encode("cp1252"), "charte", "charte.txt")
    assert article.body == text.split("---\n", 2)[2]
    assert article.language == "fr"
    assert "charte.txt: not UTF-8; decoded as cp1252" in caplog.text


def test_size_limit_is_configurable():
    raw = GOOD + b"x" * (1500 - len(GOOD))
    assert parse_article(raw, "big").title == "Attack near Djibo"
    with pytest.raises(ArticleError) as caught:
        parse_article(raw, "big", max_bytes=1000)
    assert str(caught.value) == (
        "big.txt: the file is 1.5 kB (1,500 bytes), over the size limit of 1.0 kB (1,000 bytes)"
    )


def test_default_size_limit_is_the_one_million_characters_spacy_reads(tmp_path):
    (tmp_path / "huge.txt").write_bytes(GOOD + b"a" * DEFAULT_MAX_BYTES)
    (tmp_path / "small.txt").write_bytes(GOOD)
    articles, rejections = read_articles(tmp_path)
    assert [a.article_id for a in articles] == ["small"]
    assert [r.article_id for r in rejections] == ["huge"]
    assert "over the size limit of 1.0 MB (1,000,000 bytes)" in rejections[0].reason


def test_read_articles_passes_the_limit_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    articles, rejections = read_articles(tmp_path, max_bytes=50)
    assert articles == []
    assert "over the size limit of 50 bytes" in rejections[0].reason


def test_read_articles_keeps_going_after_bad_files(tmp_path):
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "headless.txt": BODY,
        "undated.txt": _article("title: x\n"),
        "wrong-date.txt": _article("title: x\npublished: 2023-13-01\n"),
    }
    for name, raw in bad.items():
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "good.txt").write_bytes(GOOD)
    (tmp_path / "notes.md").write_text("not an article")
    articles, rejections = read_articles(tmp_path)
    assert [a.article_id for a in articles] == ["good"]
    assert sorted(Path(r.path).name for r in rejections) == sorted(bad)
    for rejection in rejections:
        assert rejection.reason.startswith(f"{rejection.article_id}.txt: ")


def test_articles_come_sorted_by_id(tmp_path):
    for name in ("zinder", "bamako", "gao"):
        (tmp_path / f"{name}.txt").write_bytes(GOOD)
    articles, _ = read_articles(tmp_path)
    assert [a.article_id for a in articles] == ["bamako", "gao", "zinder"]


@pytest.mark.parametrize(
    ("names", "kept", "rejected"),
    [
        (["foo.txt", "Foo.txt"], "Foo.txt", "foo.txt"),
        (["x.txt", "x.TXT"], "x.TXT", "x.txt"),
    ],
)
def test_duplicate_ids_keep_the_first_and_name_it(tmp_path, names, kept, rejected):
    for name in names:
        (tmp_path / name).write_bytes(GOOD)
    articles, rejections = read_articles(tmp_path)
    assert [Path(a.path).name for a in articles] == [kept]
    assert len(rejections) == 1
    assert Path(rejections[0].path).name == rejected
    assert "duplicate article id" in rejections[0].reason
    assert f"{kept} is kept instead" in rejections[0].reason


def test_duplicate_of_a_rejected_file_is_read(tmp_path):
    (tmp_path / "Foo.txt").write_bytes(b"")
    (tmp_path / "foo.txt").write_bytes(GOOD)
    articles, rejections = read_articles(tmp_path)
    assert [a.article_id for a in articles] == ["foo"]
    assert [r.reason for r in rejections] == ["Foo.txt: the file is empty"]


def test_io_errors_are_rejections(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_bytes(GOOD)
    (tmp_path / "fine.txt").write_bytes(GOOD)
    (tmp_path / "folder.txt").mkdir()
    real_open = pathlib.Path.open

    def refuse_locked(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", refuse_locked)
    articles, rejections = read_articles(tmp_path)
    assert [a.article_id for a in articles] == ["fine"]
    reasons = {r.article_id: r.reason for r in rejections}
    assert reasons["locked"].startswith("locked.txt: [Errno 13] Permission denied")
    assert reasons["folder"] == "folder.txt: not a regular file"


def test_missing_folder_is_one_rejection(tmp_path):
    articles, rejections = read_articles(tmp_path / "nowhere")
    assert articles == []
    assert len(rejections) == 1
    assert "cannot list the articles folder" in rejections[0].reason
    assert "No such file or directory" in rejections[0].reason
