"""Benchmark the offline place layer: gazetteer load time and geocoding throughput (mentions/s)."""

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.places import Gazetteer, locate_article

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
EXTRA = [
    "Gunmen attacked Djibo, Arbinda and Dori in Burkina Faso's Sahel region on Sunday.",
    "Clashes were reported near Bamba in the Gao region and in Ber, east of Timbuktu.",
    "Soldiers were killed near Tillabéri in western Niger, not far from the tri-border area.",
    "The army retook Anéfis and Tabankort before moving on Kidal.",
    "ECOWAS leaders met in Abuja while the junta in Niamey held a rally.",
    "The Niger River rose at Mopti and Ségou, in central Mali.",
    "Protesters marched in the Nigerien capital while troops patrolled the capital of Mali.",
    "Gunmen struck Tessit, Boulkessi and Tinzaouatène, and the village of Solhan in Burkina Faso.",
]


def sentences() -> list[str]:
    """Sentences of the project's articles plus a few place-dense ones."""
    out = list(EXTRA)
    for path in sorted(ARTICLES.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s.strip()]
    return out


def main() -> None:
    """Print load time and throughput."""
    start = time.perf_counter()
    gazetteer = Gazetteer.load()
    load = time.perf_counter() - start
    article = sentences()
    mentions = sum(len(s) for s in locate_article(article, gazetteer))
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < 3.0:
        locate_article(article, gazetteer)
        rounds += 1
    elapsed = time.perf_counter() - start
    print(f"gazetteer load: {load:.3f} s ({len(gazetteer.entries)} entries)")
    print(f"article: {len(article)} sentences, {mentions} mentions")
    print(f"offline geocoding: {rounds * mentions / elapsed:,.0f} mentions/s")
    print(f"                   {rounds * len(article) / elapsed:,.0f} sentences/s")


if __name__ == "__main__":
    main()
