"""The pure parts of the edit-mode components: form answers to corrections, uploads to drafts."""

from datetime import date
from pathlib import Path

import pytest

from components.add_articles import MAX_FILES, MAX_URLS, collect_drafts, parse_urls
from components.corrections_form import FormAnswers, Review, corrections_from_form
from components.editing import EditSettings, edit_settings
from pipeline.corrections import CorrectionError
from pipeline.intake.fetch import Fetcher
from tests.news_pages import MARKET_TEXT, news_page

REVIEW = Review(
    event_id="ev-1",
    verified=False,
    corrected="",
    fatalities="",
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1="JNIM",
    actor2="Military Forces of Mali",
    date_start=date(2024, 3, 2),
    date_end=date(2024, 3, 2),
    editing=EditSettings(True, Path("a"), Path("p")),
)
UNCHANGED = FormAnswers(
    event_type="Battles / Armed clash",
    actor1="JNIM",
    actor2="Military Forces of Mali",
    date_start=date(2024, 3, 2),
    date_end=date(2024, 3, 2),
    note="seen in two reports",
)


def fields(answers: FormAnswers) -> list[tuple[str, str]]:
    return [(c.field, c.value) for c in corrections_from_form(REVIEW, answers)]


def test_only_the_fields_changed_become_corrections():
    changed = FormAnswers(
        **{
            **UNCHANGED.__dict__,
            "event_type": "Violence against civilians / Attack",
            "actor2": "",
            "fatalities": 4,
            "verified": "yes",
        }
    )
    assert fields(changed) == [
        ("verified", "yes"),
        ("event_type", "Violence against civilians"),
        ("sub_event_type", "Attack"),
        ("actor2", ""),
        ("fatalities", "4"),
    ]


def test_an_unchanged_form_or_a_missing_note_saves_nothing_and_says_why():
    with pytest.raises(CorrectionError, match="Nothing was changed"):
        fields(UNCHANGED)
    rejected = FormAnswers(**{**UNCHANGED.__dict__, "rejected": True, "note": "  "})
    with pytest.raises(CorrectionError, match="Add a note saying why"):
        fields(rejected)


def test_edit_mode_is_off_unless_asked_for():
    assert not edit_settings(Path("p"), argv=[], environ={}).enabled
    assert not edit_settings(Path("p"), argv=["--editor"], environ={"SAHEL_EDIT": "0"}).enabled
    assert edit_settings(Path("p"), argv=["--edit"], environ={}).enabled
    assert edit_settings(Path("p"), argv=[], environ={"SAHEL_EDIT": "1"}).enabled


def test_too_many_addresses_are_cut_with_a_sentence():
    urls, note = parse_urls("\n".join(f"http://127.0.0.1/{n}" for n in range(MAX_URLS + 5)))
    assert (
        len(urls) == MAX_URLS and note == f"Only the first {MAX_URLS} addresses are taken at once."
    )


def test_uploads_become_drafts_or_sentences():
    uploads = [
        ("../../etc/cron.d/job.html", news_page("Millet prices double in Niamey", MARKET_TEXT)),
        ("notes.txt", b"Attack near Djibo\nGunmen attacked the town of Djibo on Saturday."),
        ("report.pdf", b"%PDF-1.4"),
        ("big.txt", b"x" * 6_000_000),
        ("long.txt", b"Long report\n" + b"Gunmen attacked Djibo on Monday. " * 40_000),
    ]
    pending = collect_drafts([], uploads, None, Fetcher(), date(2024, 3, 3))
    assert pending[0].draft.title == "Millet prices double in Niamey"
    assert (pending[1].draft.title, pending[1].draft.published) == (
        "Attack near Djibo",
        date(2024, 3, 3),
    )
    assert pending[2].error == "report.pdf: only .html, .htm and .txt files can be added"
    assert pending[3].error == "big.txt: larger than 5,000,000 bytes; not read"
    # within the upload limit, but longer than a build reads: refused before any preview
    assert pending[4].draft is None
    assert "over the 1,000,000 bytes a build reads; split it" in pending[4].error


def test_only_so_many_files_are_read_at_once():
    uploads = [(f"notes-{n}.txt", b"Attack near Djibo\nGunmen attacked Djibo.") for n in range(25)]
    pending = collect_drafts([], uploads, None, Fetcher(), date(2024, 3, 3))
    assert [p.draft is not None for p in pending] == [True] * MAX_FILES + [False] * 5
    assert pending[-1].error == f"notes-24.txt: not read; only {MAX_FILES} files are taken at once"
