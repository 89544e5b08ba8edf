"""Edit mode: off unless the dashboard is started with `-- --edit` or SAHEL_EDIT=1; rebuilds."""

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from components.text import md_escape
from pipeline.corrections import default_path, place_choices
from pipeline.extract import Extractor
from pipeline.intake.rebuild import rebuild
from pipeline.knowledge import KnowledgeError, load_knowledge
from pipeline.output import BuildLocked
from pipeline.places import Gazetteer, Place

EDIT_FLAG = "--edit"
EDIT_VARIABLE = "SAHEL_EDIT"
ARTICLES_VARIABLE = "SAHEL_ARTICLES_DIR"
FETCH_LOCAL_VARIABLE = "SAHEL_FETCH_LOCAL"  # let the dashboard fetch local addresses (tests)
_YES = ("1", "true", "yes")
DEFAULT_ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@dataclass(frozen=True)
class EditSettings:
    """Whether editing is on, and the folders an edit writes to (never chosen by a user)."""

    enabled: bool
    articles_dir: Path
    data_dir: Path
    fetch_local: bool = False  # the server may fetch loopback and private-network addresses

    @property
    def corrections(self) -> Path:
        """corrections.csv next to the articles folder, as the build reads it."""
        return default_path(self.articles_dir)


def edit_settings(
    data_dir: Path, argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None
) -> EditSettings:
    """Edit mode from the script's arguments (`streamlit run app.py -- --edit`) or SAHEL_EDIT."""
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    enabled = EDIT_FLAG in argv or environ.get(EDIT_VARIABLE, "").lower() in _YES
    articles = Path(environ.get(ARTICLES_VARIABLE) or DEFAULT_ARTICLES)
    fetch_local = environ.get(FETCH_LOCAL_VARIABLE, "").lower() in _YES
    return EditSettings(enabled, articles, Path(data_dir), fetch_local)


@st.cache_resource(show_spinner="Loading the gazetteer...")
def gazetteer_places() -> dict[str, Place]:
    """Every gazetteer place by its corrections.csv label, shared by every session."""
    gazetteer = Gazetteer.load()
    return place_choices(gazetteer, {e.place.iso3 for e in gazetteer.entries if e.place.iso3})


@st.cache_resource(show_spinner="Loading the extractor...")
def preview_extractor() -> Extractor:
    """The extractor used to preview the events of unsaved articles."""
    return Extractor(load_knowledge(), Gazetteer.load())


def _with_bar(items: Iterable) -> Iterator:
    items = list(items)
    bar = st.progress(0.0, text="Reading the new articles...")
    for number, item in enumerate(items, start=1):
        yield item
        bar.progress(number / len(items), text=f"Read {number} of {len(items)} new articles")
    bar.progress(1.0, text="Merging events and writing the tables...")


def run_rebuild(settings: EditSettings) -> bool:
    """Rebuild the tables with a progress bar; show what happened as sentences."""
    try:
        report = rebuild(settings.articles_dir, settings.data_dir, progress=_with_bar)
    except BuildLocked:
        st.error("Another build is writing the tables right now. Try again in a minute.")
        return False
    except (KnowledgeError, OSError) as error:
        st.error(md_escape(f"The tables could not be rebuilt: {error}"))
        return False
    if not report.articles_read:
        st.error("No article could be read, so the tables were left as they were.")
        return False
    applied = sum(1 for row in report.corrected.listing if row["status"] == "applied")
    st.success(
        f"Tables rebuilt at {datetime.now(UTC):%H:%M} UTC: {report.articles_read} articles, "
        f"{len(report.events)} events, {applied} corrections applied."
    )
    return True
