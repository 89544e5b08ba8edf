"""Benchmark the whole build: start-up, articles per second on one core and with 2 workers,
the share of time in spaCy's parser, peak memory.

Builds a synthetic corpus from the six project articles (data/articles + tests/heldout/articles):
their sentences recombined across articles, publication dates shifted (seeded), written in the
article format. Nearly every sentence of it reports an event, so nearly every sentence is parsed:
a harder corpus than real news. Targets: start-up < 3 s, >= 40 articles/s on one core, peak
RSS < 600 MB.

The one-core rate is judged on CPU time (time.process_time): on a machine shared with other
work, the wall time of a process pinned to one CPU counts the others' turns too. Both are printed.

    .venv/bin/python bench/bench_pipeline.py [--articles 2000] [--workers 2] [--keep DIR]
        [--profile]
"""

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.articles import parse_article  # noqa: E402
from pipeline.build import build  # noqa: E402
from pipeline.extraction_cache import ExtractionCache  # noqa: E402
from pipeline.knowledge import load_knowledge  # noqa: E402
from pipeline.merge import merge_mentions  # noqa: E402
from pipeline.nlp import load_parser  # noqa: E402
from pipeline.places import Gazetteer  # noqa: E402
from pipeline.records import DateMention, EventMention, Place, Trigger  # noqa: E402

SOURCES = [ROOT / "data" / "articles", ROOT / "tests" / "heldout" / "articles"]
TARGET_RATE = 40.0  # articles per second, one core
TARGET_STARTUP = 3.0  # seconds
TARGET_RSS = 600.0  # MB
STARTUP_RUNS = 3
MAX_SHIFT_DAYS = 900
_SENTENCE_END = re.compile(r"(?<=[.!?…\"'”’)])\s+(?=[\"'“‘(]?[A-Z0-9])")

STARTUP_CHILD = """
import time
t0 = time.perf_counter()
from pipeline.extract import Extractor
from pipeline.knowledge import load_knowledge
from pipeline.places import Gazetteer
from pipeline.build import build
t1 = time.perf_counter()
knowledge = load_knowledge()
t2 = time.perf_counter()
gazetteer = Gazetteer.load()
t3 = time.perf_counter()
Extractor(knowledge, gazetteer)
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""


def source_articles() -> list:
    """The six project articles, parsed."""
    paths = sorted(p for folder in SOURCES for p in folder.glob("*.txt"))
    return [parse_article(p.read_bytes(), p.stem, str(p)) for p in paths]


def sentences_of(body: str) -> list[str]:
    """Rough sentences of an article body (one paragraph per line in the source files)."""
    found = []
    for paragraph in body.split("\n"):
        found += [s.strip() for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 4]
    return found


def synthetic_corpus(folder: Path, count: int, seed: int) -> int:
    """Write count articles recombined from the project's articles; returns the bytes written."""
    rng = random.Random(seed)
    sources = source_articles()
    pool = [s for a in sources for s in sentences_of(a.body)]
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for n in range(count):
        base = rng.choice(sources)
        day = base.published + timedelta(days=rng.randint(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS))
        paragraphs = [
            " ".join(rng.sample(pool, rng.randint(1, 4))) for _ in range(rng.randint(4, 10))
        ]
        text = (
            "---\n"
            f'title: "{base.title.replace(chr(34), chr(39))} ({n})"\n'
            f"author: {rng.choice(['null', 'Staff reporter', 'Awa Diallo'])}\n"
            f"outlet: {rng.choice(['null', 'Bench Wire', 'Sahel Daily'])}\n"
            "url: null\n"
            f"published: {day.isoformat()}\n"
            "language: en\n"
            "---\n" + "\n\n".join(paragraphs) + "\n"
        )
        raw = text.encode("utf-8")
        (folder / f"bench-{n:05d}.txt").write_bytes(raw)
        written += len(raw)
    return written


def measure_startup() -> tuple[float, list[float]]:
    """Median wall time of a fresh interpreter loading everything, and its parts (median)."""
    walls, parts = [], []
    for _ in range(STARTUP_RUNS):
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", STARTUP_CHILD],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        )
        walls.append(time.perf_counter() - start)
        parts.append([float(x) for x in result.stdout.split()])
    return statistics.median(walls), [statistics.median(p) for p in zip(*parts, strict=True)]


def one_core() -> tuple[str, set[int] | None]:
    """Pin this process to one CPU so the figure is a one-core figure; say which."""
    if hasattr(os, "sched_setaffinity"):
        every = os.sched_getaffinity(0)
        cpu = min(every)
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}", every
    return "not pinned (no sched_setaffinity here)", None


class TimedParser:
    """spaCy's pipeline, counting the CPU time spent parsing (what the extractor calls: pipe)."""

    def __init__(self, nlp):
        self.nlp, self.seconds, self.sentences = nlp, 0.0, 0

    def pipe(self, texts, **kwargs):
        """Parse like Language.pipe (one batch), timing it."""
        texts = list(texts)
        start = time.process_time()
        docs = list(self.nlp.pipe(texts, **kwargs))
        self.seconds += time.process_time() - start
        self.sentences += len(docs)
        return docs


def run_build(articles: Path, out: Path, knowledge, gazetteer, parser=None, workers: int = 1):
    """One in-process build (forked worker processes if workers > 1)."""
    return build(
        articles,
        out,
        knowledge=knowledge,
        gazetteer=gazetteer,
        clock=lambda: datetime.now(UTC),
        max_bytes=2_000_000,
        parser=parser,
        workers=workers,
    )


ADDED = 10  # articles added before the incremental build
TABLES = ("events.csv", "mentions.csv", "articles.csv")


def measure_incremental(corpus: Path, base: Path, knowledge, gazetteer, seed: int) -> None:
    """Print a full build that fills the extraction cache, the incremental build after adding
    ADDED articles, and a full rebuild without cache of the same folder, whose tables must match.
    """
    timings = {}

    def timed(label: str, out: Path, cache=None):
        start = time.perf_counter()
        report = build(
            corpus,
            out,
            knowledge=knowledge,
            gazetteer=gazetteer,
            clock=lambda: datetime.now(UTC),
            cache=cache,
        )
        timings[label] = (time.perf_counter() - start, report.articles_read)

    before = len(list(corpus.glob("*.txt")))
    with ExtractionCache(base / "extractions.sqlite", version="bench") as cache:
        timed(f"full build, {before} articles, filling the cache", base / "cold", cache)
        synthetic_corpus(base / "new", ADDED, seed + 1)
        for path in sorted((base / "new").glob("*.txt")):
            path.rename(corpus / f"added-{path.name}")
        timed(f"incremental build after adding {ADDED}", base / "incremental", cache)
    timed(f"full build, {before + ADDED} articles, no cache", base / "full")
    same = all(
        (base / "incremental" / t).read_bytes() == (base / "full" / t).read_bytes() for t in TABLES
    )
    print(f"\n{'incremental build':46} {'wall time':>22}  articles")
    for label, (seconds, read) in timings.items():
        print(f"{label:46} {seconds:>20.2f} s  {read}")
    print(f"incremental tables byte-identical to the full rebuild: {'yes' if same else 'NO'}")


def profile_build(articles: Path, out: Path, knowledge, gazetteer, top: int = 15) -> str:
    """The top functions of a build by cumulative time, then by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    run_build(articles, out, knowledge, gazetteer)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return text.getvalue()


MERGE_MENTIONS = 10_000
MERGE_EVENTS = 1_000
MERGE_PUBLISHED = datetime(2023, 9, 18).date()


def _bench_mention(n: int, day: int, town: int) -> EventMention:
    """One synthetic report of an attack on a given day at a given town of Burkina Faso."""
    when = MERGE_PUBLISHED - timedelta(days=day)
    place = Place(
        name=f"Town {town}",
        admin1="Sahel",
        country="Burkina Faso",
        iso3="BFA",
        latitude=11.0 + (town % 40) * 0.1,
        longitude=-4.0 + (town // 40) * 0.2,
        geo_precision=1,
        feature="town",
        source="bench",
    )
    return EventMention(
        article_id=f"bench-{n // 50:05d}",
        published=MERGE_PUBLISHED,
        sentence_index=n % 50,
        sentence_start=0,
        sentence_end=40,
        sentence=f"Gunmen attacked Town {town} on {when.isoformat()}.",
        trigger=Trigger("attacked", 7, 15, "Battles", "Armed clash", "Armed clash", 5),
        date=DateMention(when.isoformat(), 0, 10, when, when, "day"),
        date_rule="own",
        place=place,
        place_text=place.name,
        place_rule="bench",
        actors=("Unidentified armed group",),
        actor_texts=("Gunmen",),
    )


def measure_merge() -> list[tuple[str, str, None]]:
    """Merge times of 10,000 reports of one event and of 10,000 reports of 1,000 events."""
    one_event = [_bench_mention(n, 3, 0) for n in range(MERGE_MENTIONS)]
    # 1,000 events: 100 days x 10 towns far apart, ten reports each, interleaved
    many = [_bench_mention(n, (n % MERGE_EVENTS) // 10, n % 10 * 97) for n in range(MERGE_MENTIONS)]
    rows = []
    for label, mentions in (("one event", one_event), (f"{MERGE_EVENTS:,} events", many)):
        start = time.perf_counter()
        events = merge_mentions(mentions)
        seconds = time.perf_counter() - start
        rows.append(
            (
                f"merge {len(mentions):,} mentions of {label}",
                f"{seconds:.2f} s ({len(events):,} ev)",
                None,
            )
        )
    return rows


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (the workers of a build)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_builds(corpus: Path, out: Path, base: Path, workers: int) -> dict:
    """Start-up, a one-core build (parser timed) and a build with `workers` processes."""
    startup, parts = measure_startup()
    pinned, every_cpu = one_core()
    knowledge, gazetteer = load_knowledge(), Gazetteer.load()
    parser = TimedParser(load_parser())
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall0, cpu0 = time.perf_counter(), time.process_time()
    report = run_build(corpus, out, knowledge, gazetteer, parser)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if every_cpu:
        os.sched_setaffinity(0, every_cpu)
    wall0, children0 = time.perf_counter(), _children_cpu()
    run_build(corpus, base / "workers", knowledge, gazetteer, parser.nlp, workers=workers)
    workers_wall, workers_cpu = time.perf_counter() - wall0, _children_cpu() - children0
    return {
        "startup": startup,
        "parts": parts,
        "pinned": pinned,
        "knowledge": knowledge,
        "gazetteer": gazetteer,
        "parser": parser,
        "report": report,
        "wall": wall,
        "cpu": cpu,
        "workers": workers,
        "workers_wall": workers_wall,
        "workers_cpu": workers_cpu,
        "rss_loaded": rss_loaded,
        "rss_peak": rss_peak,
        "rss_children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def print_table(m: dict) -> tuple[bool, bool, bool]:
    """Print the measures; return whether rate, start-up and memory meet their targets."""
    report, cpu, parser = m["report"], m["cpu"], m["parser"]
    imports, knowledge_s, gazetteer_s, extractor_s = m["parts"]
    read = report.articles_read
    rate, cpu_rate = read / m["wall"], read / cpu
    ok_rate, ok_start = cpu_rate >= TARGET_RATE, m["startup"] < TARGET_STARTUP
    ok_rss = max(m["rss_peak"], m["rss_children"]) < TARGET_RSS
    rows = [
        ("start-up, fresh interpreter (median of 3)", f"{m['startup']:.2f} s", ok_start),
        ("  imports", f"{imports:.2f} s", None),
        ("  load_knowledge()", f"{knowledge_s:.2f} s", None),
        ("  Gazetteer.load()", f"{gazetteer_s:.2f} s", None),
        ("  Extractor(...) (loads the spaCy model)", f"{extractor_s:.2f} s", None),
        (f"build wall time ({m['pinned']})", f"{m['wall']:.2f} s", None),
        ("build CPU time", f"{cpu:.2f} s", None),
        ("articles read / rejected", f"{read} / {len(report.rejections)}", None),
        ("events / mentions", f"{len(report.events)} / {report.mentions}", None),
        ("sentences parsed", f"{parser.sentences}", None),
        ("share of CPU time in the parser", f"{parser.seconds / cpu:.0%}", None),
        ("throughput (one core, CPU time)", f"{cpu_rate:.1f} articles/s", ok_rate),
        ("throughput (one core, wall)", f"{rate:.1f} articles/s", None),
        (
            f"throughput ({m['workers']} processes, wall)",
            f"{read / m['workers_wall']:.1f} articles/s",
            None,
        ),
        ("CPU time of the worker processes", f"{m['workers_cpu']:.2f} s", None),
        ("peak RSS after loading", f"{m['rss_loaded']:.0f} MB", None),
        ("peak RSS after build", f"{m['rss_peak']:.0f} MB", ok_rss),
        ("peak RSS of a worker", f"{m['rss_children']:.0f} MB", None),
    ]
    print(f"{'measure':46} {'value':>22}  target")
    for label, shown, ok in rows:
        mark = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"{label:46} {shown:>22}  {mark}")
    print(
        f"targets: >= {TARGET_RATE:.0f} articles/s, start-up < {TARGET_STARTUP:.0f} s,"
        f" peak RSS < {TARGET_RSS:.0f} MB"
    )
    return ok_rate, ok_start, ok_rss


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, measure, print the table; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to generate")
    parser.add_argument("--keep", type=Path, default=None, help="write the corpus here and keep it")
    parser.add_argument("--workers", type=int, default=2, help="processes of the second build")
    parser.add_argument("--seed", type=int, default=20231115)
    parser.add_argument("--profile", action="store_true", help="profile even if targets are met")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as scratch:
        base = args.keep or Path(scratch)
        corpus, out = base / "articles", base / "processed"
        size = synthetic_corpus(corpus, args.articles, args.seed)
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB in {corpus}")

        m = measure_builds(corpus, out, base, args.workers)
        ok_rate, ok_start, ok_rss = print_table(m)
        knowledge, gazetteer = m["knowledge"], m["gazetteer"]
        for label, shown, _ in measure_merge():
            print(f"{label:46} {shown:>22}")

        if args.profile or not (ok_rate and ok_start and ok_rss):
            print("\nprofile of a second build (top 15 by cumulative time, then by own time):")
            print(profile_build(corpus, base / "profiled", knowledge, gazetteer))
        measure_incremental(corpus, base, knowledge, gazetteer, args.seed)
    return 0 if ok_rate and ok_start and ok_rss else 1


if __name__ == "__main__":
    sys.exit(main())
