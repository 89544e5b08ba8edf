"""One way for tests to build tables the way a user does: `python -m pipeline build`."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_tables(articles: Path, out: Path) -> Path:
    """Run `python -m pipeline build --no-cache` on a folder of articles; the tables' folder."""
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--no-cache"]
        + ["--articles", str(articles), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "events.csv").exists()
    return out
