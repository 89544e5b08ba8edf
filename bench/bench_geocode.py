"""Benchmark the offline place layer on a generated GeoNames index.

CPU seconds are printed beside wall-clock ones: on a shared machine they are the fair figure.

Prints: the import time of a generated 12,000-line dump (target under 30 s), the load time of
the gazetteer with a generated 40,000-place index on top of the embedded one (target under
1 s), and offline geocoding throughput (target at least 5,000 mentions a second).
"""

import random
import re
import sys
import tempfile
import time
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.gazetteer_cli import run_gazetteer
from pipeline.places import Gazetteer, locate_article

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
SYLLABLES = ["ba", "di", "ko", "lo", "ma", "ni", "ou", "sa", "te", "go", "ri", "bou", "gou", "ka"]
COUNTRIES = {
    "BF": (9.5, 15.0, -5.5, 2.3),
    "ML": (10.5, 24.0, -12.0, 4.0),
    "NE": (12.0, 23.0, 0.5, 15.0),
}
EXTRA = [
    "Gunmen attacked Djibo, Arbinda and Dori in Burkina Faso's Sahel region on Sunday.",
    "Clashes were reported near Bamba in the Gao region and in Ber, east of Timbuktu.",
    "Soldiers were killed near Tillabéri in western Niger, not far from the tri-border area.",
    "The army retook Anéfis and Tabankort before moving on Kidal.",
    "Gunmen struck Tessit, Boulkessi and Tinzaouatène, and the village of Solhan in Burkina Faso.",
]


def village_names(count: int, rng: random.Random) -> list[str]:
    """Invented village names, with namesakes as real dumps have them."""
    return [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        for _ in range(count)
    ]


def write_dump(path: Path, lines: int, seed: int) -> list[str]:
    """A dump of `lines` populated places in GeoNames' 19 columns; return the names."""
    rng = random.Random(seed)
    names = village_names(lines, rng)
    rows = []
    for i, name in enumerate(names):
        iso2 = rng.choice(sorted(COUNTRIES))
        south, north, west, east = COUNTRIES[iso2]
        lat, lon = rng.uniform(south, north), rng.uniform(west, east)
        code = "PPLA3" if i % 50 == 0 else "PPL"
        fields = [
            str(20_000_000 + i),
            name,
            name,
            f"{name}a",
            f"{lat:.5f}",
            f"{lon:.5f}",
            "P",
            code,
            iso2,
            "",
            f"{i % 13 + 1:02d}",
            str(i % 45 + 10),
            "",
            "",
            str(rng.choice([0, 0, 300, 1200])),
            "",
            "300",
            "Africa/Ouagadougou",
            "2023-11-07",
        ]
        rows.append("\t".join(fields))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return names


def import_dump(dump: Path, index: Path) -> float:
    """Seconds to import one dump with the command's own code."""
    args = type("Args", (), {"action": "import", "paths": [dump], "dir": index})()
    started = time.perf_counter()
    with redirect_stdout(StringIO()):
        assert run_gazetteer(args) == 0
    return time.perf_counter() - started


def sentences(names: list[str]) -> list[str]:
    """The project's articles, place-dense sentences and some naming generated villages."""
    out = list(EXTRA)
    out += [f"Gunmen attacked the village of {n} in Burkina Faso on Monday." for n in names[:200]]
    for path in sorted(ARTICLES.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s.strip()]
    return out


def main() -> None:
    """Print import time, load time and throughput."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "small").mkdir()
        write_dump(root / "small" / "BF.txt", 12_000, seed=1)
        small = import_dump(root / "small" / "BF.txt", root / "index-small")
        names = write_dump(root / "allCountries.txt", 40_000, seed=2)
        import_dump(root / "allCountries.txt", root / "index")
        started, cpu = time.perf_counter(), time.process_time()
        gazetteer = Gazetteer.load(installed_dir=root / "index")
        load = time.perf_counter() - started
        load_cpu = time.process_time() - cpu
    article = sentences(names)
    mentions = sum(len(s) for s in locate_article(article, gazetteer))
    rounds, started, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < 3.0:
        locate_article(article, gazetteer)
        rounds += 1
    elapsed = time.perf_counter() - started
    elapsed_cpu = time.process_time() - cpu
    print(f"import of a 12,000-line dump: {small:.2f} s (target < 30 s)")
    print(
        f"gazetteer load with a 40,000-place index: {load:.3f} s, {load_cpu:.3f} s of CPU"
        f" ({len(gazetteer.entries)} entries; target < 1 s)"
    )
    print(f"article: {len(article)} sentences, {mentions} mentions")
    print(
        f"offline geocoding: {rounds * mentions / elapsed:,.0f} mentions/s,"
        f" {rounds * mentions / elapsed_cpu:,.0f} per CPU second (target >= 5,000)"
    )
    print(f"                   {rounds * len(article) / elapsed:,.0f} sentences/s")


if __name__ == "__main__":
    main()
