"""`python -m pipeline build` on hostile article files: each is read safely or refused by name."""

import csv
import os
from pathlib import Path

import pytest

from components.schema import load_dataset
from pipeline.articles import MAX_ARTICLE_CHARS
from pipeline.cli import main
from pipeline.schema import MAX_TEXT_CELL

ATTACK = "On 12 September 2023, jihadist fighters attacked soldiers in Djibo, Burkina Faso."
TABLES = ("events.csv", "mentions.csv", "articles.csv", "build.json")


def article(body: str = ATTACK, published: str = "2023-09-18", **fields: str) -> str:
    header = "".join(f"{key}: {value}\n" for key, value in fields.items())
    header = header or 'title: "Attack in Djibo"\n'
    return f"---\n{header}published: {published}\n---\n{body}\n"


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(capsys, articles: Path, out: Path, *flags: str) -> tuple[int, str]:
    code = main(["build", "--articles", str(articles), "--out", str(out), *flags])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def all_output(out: Path) -> str:
    return "".join((out / name).read_text(encoding="utf-8") for name in TABLES)


def test_surrogates_and_control_characters_in_the_front_matter_cannot_crash_the_build(
    capsys, caplog, tmp_path
):
    hostile = article(
        title='"\\ud800 Djibo \\udfff"',
        author='"Awa\\x07 Diallo"',
        outlet='"\\u202eSahel Daily"',
        url='"https://example.org/\\ud83d"',
    )
    folder = write(tmp_path / "in", {"hostile.txt": hostile, "plain.txt": article()})
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0, said
    read = {row["article_id"]: row for row in rows(tmp_path / "out" / "articles.csv")}
    assert read["hostile"]["status"] == "read"
    assert read["hostile"]["title"] == "\ufffd Djibo \ufffd"
    assert read["hostile"]["author"] == "Awa  Diallo"
    assert read["hostile"]["outlet"] == "Sahel Daily"
    assert "hostile.txt: title: 2 control characters replaced" in caplog.text


def test_bidi_overrides_never_reach_the_tables(capsys, tmp_path):
    body = "On 12 September 2023, fighters attacked soldiers in Dj\u202eibo\u202c, Burkina Faso."
    folder = write(tmp_path / "in", {"rlo.txt": article(body, title='"\\u202eexe.doc"')})
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0, said
    text = all_output(tmp_path / "out")
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    (event,) = rows(tmp_path / "out" / "events.csv")
    assert "in Djibo, Burkina Faso" in event["evidence"]


def test_unsafe_names_hidden_files_and_outside_links_are_reported_by_name(capsys, tmp_path):
    outside = write(tmp_path / "elsewhere", {"secret.txt": article()}) / "secret.txt"
    folder = write(
        tmp_path / "in",
        {
            "good.txt": article(),
            "a;b.txt": article(),
            "..txt": article(),
            ".txt": article(),
            ".#lock.txt": article(),
            "tab\tname.txt": article(),
        },
    )
    os.symlink(outside, folder / "leak.txt")
    os.symlink(folder / "good.txt", folder / "alias.txt")  # inside the folder: a fine article
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0, said
    read = {row["article_id"]: row for row in rows(tmp_path / "out" / "articles.csv")}
    assert {k for k, row in read.items() if row["status"] == "read"} == {"good", "alias"}
    assert "separates article ids" in read["a;b"]["problem"]
    assert "hidden file" in read["."]["problem"] and "hidden file" in read[""]["problem"]
    assert "hidden file" in read[".#lock"]["problem"]
    assert "path or control character" in read["tab\tname"]["problem"]
    assert "outside the articles folder" in read["leak"]["problem"]
    for name in ("a;b.txt", "..txt", ".txt", ".#lock.txt", "leak.txt"):
        assert f"rejected: {name}:" in said
    sources = {
        s for row in rows(tmp_path / "out" / "events.csv") for s in row["sources"].split("; ")
    }
    assert sources <= {"good", "alias"}


def test_one_length_limit_before_the_sentence_splitter(capsys, tmp_path):
    body = ATTACK + " " + "word " * (MAX_ARTICLE_CHARS // 5)
    folder = write(tmp_path / "in", {"long.txt": article(body), "short.txt": article()})
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0
    assert "long.txt: the file is 1.0 MB" in said and "over the size limit of 1.0 MB" in said
    assert "E088" not in said
    with pytest.raises(SystemExit):
        main(["build", "--articles", str(folder), "--max-bytes", "2000000"])
    assert "at most 1,000,000 characters" in capsys.readouterr().err


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_year_no_table_can_hold_is_a_clear_reason(capsys, tmp_path, published):
    folder = write(tmp_path / "in", {"odd.txt": article(published=published), "ok.txt": article()})
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0
    assert f"odd.txt: published: {published} is outside the years the tables hold" in said
    assert "ValueError" not in said


def test_years_are_read_as_written_and_impossible_days_are_never_read(capsys, tmp_path):
    body = (
        "On 12 September 1850, fighters attacked soldiers in Djibo, Burkina Faso. "
        "On 31 February 2023, fighters attacked soldiers in Dori, Burkina Faso."
    )
    folder = write(tmp_path / "in", {"old.txt": article(body)})
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0, said
    events = {e["location"]: e for e in rows(tmp_path / "out" / "events.csv")}
    djibo = events["Djibo"]
    assert (djibo["date_start"], djibo["date_end"]) == ("1850-09-12", "1850-09-12")
    # "31 February" is no day: the lead is dated from the publication (the days up to it),
    # never from a day or month the text does not give
    dori = events["Dori"]
    assert dori["date_text"] == ""
    assert (dori["date_start"], dori["date_end"]) == ("2023-09-16", "2023-09-18")


def test_long_sentences_and_titles_are_bounded_and_traceable(capsys, tmp_path):
    sentence = (
        "On 12 September 2023, fighters attacked soldiers in Djibo" + ", again" * 20_000 + "."
    )
    folder = write(
        tmp_path / "in", {"long.txt": article(sentence, title='"' + "T" * 200_000 + '"')}
    )
    code, said = build(capsys, folder, tmp_path / "out")
    assert code == 0, said
    out = tmp_path / "out"
    (event,) = rows(out / "events.csv")
    assert len(event["evidence"]) == MAX_TEXT_CELL and event["evidence"].endswith("…")
    (mention,) = rows(out / "mentions.csv")
    start, end = int(mention["sentence_start"]), int(mention["sentence_end"])
    assert end - start == len(sentence)  # the offsets still give the whole sentence
    (read,) = rows(out / "articles.csv")
    assert len(read["title"]) == MAX_TEXT_CELL
    data = load_dataset(out)  # and the dashboard's reader takes them
    assert len(data.events) == 1 and not data.problems
