"""Every flag of `pipeline build` explains itself in --help."""

import re

import pytest

from pipeline.cli import main

FLAGS = (
    "--articles",
    "--out",
    "--geocoder",
    "--nominatim-url",
    "--geocode-cache",
    "--user-agent",
    "--max-bytes",
)


def test_every_build_flag_has_help_text(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["build", "--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    options = text.split("options:", 1)[1]
    # each flag's entry: the flag (and its metavar), then at least three words of explanation
    entries = re.split(r"\n  (?=--)", options)
    for flag in FLAGS:
        entry = next((e for e in entries if e.startswith(flag + " ")), "")
        words = re.sub(r"^\S+( [A-Z_{},a-z]+)?", "", entry.strip()).split()
        assert len(words) >= 3, f"{flag} has no help text"
