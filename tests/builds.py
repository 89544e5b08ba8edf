"""One way for tests to build tables the way a user does: `python -m pipeline build`, run in the
test's own process so that the English model is loaded once per worker, not once per build."""

import contextlib
import io
from pathlib import Path

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def build_tables(articles: Path, out: Path) -> Path:
    """Run `python -m pipeline build --no-cache` on a folder of articles; the tables' folder."""
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        code = main(["build", "--no-cache", "--articles", str(articles), "--out", str(out)])
    assert code == 0, said.getvalue()
    assert (out / "events.csv").exists()
    return out
