"""Checks on the editable actor registry, data/knowledge/actors.csv."""

import csv
from collections import Counter
from pathlib import Path

import pytest

from pipeline.textnorm import fold_key

REGISTRY = Path(__file__).resolve().parent.parent / "data" / "knowledge" / "actors.csv"
HEADER = ["name", "aliases", "acled_type", "iso3", "kind", "note", "operates_in"]
ACLED_TYPES = {
    "State Forces",
    "Rebel Groups",
    "Political Militias",
    "Identity Militias",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other Forces",
}
KINDS = {"state", "armed_group", "organisation", "person", "generic"}
# West Africa and the Sahel, plus the outside powers that act there.
ISO3_ALLOWED = {
    "MLI", "BFA", "NER", "TCD", "MRT", "SEN", "GIN", "CIV", "GHA", "TGO", "BEN", "NGA",
    "CMR", "DZA", "LBY", "MAR", "GMB", "GNB", "SLE", "LBR", "CPV", "SDN", "CAF", "TUN",
    "EGY", "FRA", "RUS", "USA", "DEU", "GBR", "ITA", "ESP", "BEL", "SWE", "EST", "CZE",
    "CHN", "TUR", "UKR", "IRN", "ARE", "QAT", "SAU", "CAN", "NLD",
}  # fmt: skip


def _load() -> tuple[list[str], list[dict[str, str]]]:
    with REGISTRY.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, values, strict=True)) for values in reader]
    return header, rows


HEADER_READ, ROWS = _load()


def _aliases(row: dict[str, str]) -> list[str]:
    return row["aliases"].split("|") if row["aliases"] else []


def _lookup() -> dict[str, str]:
    """Folded name or alias -> canonical name, as a matcher would build it."""
    table: dict[str, str] = {}
    for row in ROWS:
        for term in [row["name"], *_aliases(row)]:
            table[fold_key(term)] = row["name"]
    return table


def test_header_is_the_documented_one():
    assert HEADER_READ == HEADER


def test_registry_is_large_enough_to_be_useful():
    assert len(ROWS) >= 40


def test_canonical_names_are_unique():
    counts = Counter(fold_key(row["name"]) for row in ROWS)
    assert [name for name, n in counts.items() if n > 1] == []


def test_no_cell_has_outer_whitespace():
    bad = [
        (row["name"], column)
        for row in ROWS
        for column, value in row.items()
        if value != value.strip()
    ]
    assert bad == []


def test_aliases_are_non_empty_and_trimmed():
    bad = [(row["name"], a) for row in ROWS for a in _aliases(row) if not a or a != a.strip()]
    assert bad == []


def test_no_alias_repeats_its_row_or_the_name():
    bad = []
    for row in ROWS:
        counts = Counter(fold_key(term) for term in [row["name"], *_aliases(row)])
        bad += [(row["name"], alias) for alias, n in counts.items() if n > 1]
    assert bad == []


def test_no_alias_points_to_two_actors():
    owners: dict[str, set[str]] = {}
    for row in ROWS:
        for alias in _aliases(row):
            owners.setdefault(fold_key(alias), set()).add(row["name"])
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


def test_no_alias_is_another_actors_name():
    names = {fold_key(row["name"]): row["name"] for row in ROWS}
    bad = [
        (row["name"], alias)
        for row in ROWS
        for alias in _aliases(row)
        if names.get(fold_key(alias), row["name"]) != row["name"]
    ]
    assert bad == []


def test_acled_types_are_acled_actor_types():
    assert {
        row["name"]: row["acled_type"] for row in ROWS if row["acled_type"] not in ACLED_TYPES
    } == {}


def test_kinds_are_known():
    assert {row["name"]: row["kind"] for row in ROWS if row["kind"] not in KINDS} == {}


def test_iso3_is_empty_generic_or_a_known_country():
    allowed = ISO3_ALLOWED | {"", "*"}
    assert {row["name"]: row["iso3"] for row in ROWS if row["iso3"] not in allowed} == {}


def test_countries_of_operation_are_known_countries_listed_once():
    for row in ROWS:
        codes = row["operates_in"].split("|") if row["operates_in"] else []
        assert set(codes) <= ISO3_ALLOWED, row["name"]
        assert len(codes) == len(set(codes)), row["name"]


def test_country_placeholder_only_on_generic_rows():
    bad = [row["name"] for row in ROWS if ("{country}" in row["name"]) != (row["iso3"] == "*")]
    assert bad == []


def test_country_specific_rows_avoid_generic_words():
    generic_words = {"forces", "group", "rebels", "militants", "jihadists", "tuareg", "tuaregs"}
    generic_words |= {"government", "the army", "army", "soldiers", "troops", "junta"}
    bad = [
        (row["name"], alias)
        for row in ROWS
        if row["iso3"] not in {"", "*"}
        for alias in _aliases(row)
        if fold_key(alias) in generic_words
    ]
    assert bad == []


def test_every_row_has_a_note():
    assert [row["name"] for row in ROWS if not row["note"]] == []


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("GSIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
        (
            "Group for the Support of Islam and Muslims",
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        ),
        ("Ecowas", "ECOWAS"),
        ("CEDEAO", "ECOWAS"),
        ("Economic Community of West African States", "ECOWAS"),
        ("UN peacekeepers in Mali", "MINUSMA"),
        ("Minusma", "MINUSMA"),
        ("FAMa", "Military Forces of Mali"),
        ("Malian troops", "Military Forces of Mali"),
        ("Mali's junta", "Government of Mali"),
        ("Coordination des mouvements de l'Azawad", "Coordination of Azawad Movements"),
        ("CMA", "Coordination of Azawad Movements"),
        ("MNLA", "National Movement for the Liberation of Azawad"),
        ("Assimi Goita", "Assimi Goïta"),
        ("Ibrahim Traore", "Ibrahim Traoré"),
        ("Tchiani", "Abdourahamane Tiani"),
        ("Bazoum", "Mohamed Bazoum"),
        ("Niger’s presidential guard", "Presidential Guard of Niger"),
        ("Nigerien junta", "Government of Niger"),
        ("Nigerian army", "Military Forces of Nigeria"),
        ("Burkinabè soldiers", "Military Forces of Burkina Faso"),
        ("Alliance des Etats du Sahel", "Alliance of Sahel States"),
        ("AES", "Alliance of Sahel States"),
        ("Wagner mercenaries", "Wagner Group"),
        ("Operation Barkhane", "Military Forces of France"),
        ("French troops", "Military Forces of France"),
        ("Islamic State in the Greater Sahara", "Islamic State Sahel Province"),
        ("EIGS", "Islamic State Sahel Province"),
        ("Macina Liberation Front", "Katiba Macina"),
        ("Volontaires pour la défense de la patrie", "Volunteers for the Defence of the Homeland"),
        ("the junta", "Government of {country}"),
        ("security forces", "Military Forces of {country}"),
        ("Tuareg rebels", "Tuareg armed groups"),
        ("unidentified gunmen", "Unidentified Armed Group"),
        ("  Iyad  ag Ghali ", "Iyad Ag Ghaly"),
    ],
)
def test_alias_resolves_to_expected_actor(written, canonical):
    assert _lookup().get(fold_key(written)) == canonical


@pytest.mark.parametrize("french_word", ["un", "au", "eu", "ue", "ua", "is", "the", "de"])
def test_common_words_are_never_aliases(french_word):
    assert french_word not in _lookup()
