"""Command line: `python -m pipeline build [--articles DIR] [--out DIR] [--geocoder ...]`."""

import argparse
import sys
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from pipeline.articles import DEFAULT_MAX_BYTES, MAX_ARTICLE_CHARS
from pipeline.build import build
from pipeline.extraction_cache import ExtractionCache
from pipeline.gazetteer_cli import add_gazetteer_commands, run_gazetteer
from pipeline.intake.commands import register as register_intake
from pipeline.knowledge import KnowledgeError, load_knowledge
from pipeline.output import BuildLocked
from pipeline.places import Gazetteer, make_geocoder
from pipeline.places.online import DEFAULT_CACHE, DEFAULT_USER_AGENT

PROGRESS_FROM = 50  # articles: fewer go by too fast for a progress bar to help


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("build", help="build the event tables from the articles")
    _add_build_arguments(run)
    add_gazetteer_commands(commands)
    register_intake(commands)
    return parser


def _add_build_arguments(run: argparse.ArgumentParser) -> None:
    run.add_argument(
        "--articles",
        type=Path,
        default=Path("data/articles"),
        help="folder of article files (<article_id>.txt with a YAML header; default: %(default)s)",
    )
    run.add_argument(
        "--out",
        type=Path,
        default=Path("data/processed"),
        help="folder for events.csv, mentions.csv, articles.csv and build.json, replaced "
        "together (default: %(default)s)",
    )
    run.add_argument(
        "--geocoder",
        choices=("offline", "nominatim"),
        default="offline",
        help="offline: the embedded gazetteer and those installed with `gazetteer import`, no"
        " network (default); nominatim: ask Nominatim once per place, cache the answer, fall back"
        " to the gazetteer",
    )
    run.add_argument(
        "--nominatim-url",
        default=None,
        help="Nominatim server to ask with --geocoder nominatim, e.g. http://127.0.0.1:8080 "
        "(default: the public nominatim.openstreetmap.org)",
    )
    run.add_argument(
        "--geocode-cache",
        type=Path,
        default=DEFAULT_CACHE,
        help="SQLite file keeping Nominatim's answers between builds (default: %(default)s)",
    )
    run.add_argument(
        "--user-agent",
        default=DEFAULT_USER_AGENT,
        help="User-Agent sent to Nominatim, as its usage policy asks (default: %(default)s)",
    )
    run.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        help="largest article file accepted, in bytes, at most the default; larger files are "
        "rejected and listed (default: %(default)s)",
    )
    run.add_argument(
        "--cache",
        type=Path,
        help="SQLite file of per-article extraction results"
        " (default: data/cache/extractions.sqlite)",
    )
    run.add_argument("--no-cache", action="store_true", help="re-read every article")
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes reading articles (default: %(default)s; one with --geocoder nominatim)",
    )


def _max_bytes(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_ARTICLE_CHARS:
        raise argparse.ArgumentTypeError(
            f"{value} is not between 1 and {MAX_ARTICLE_CHARS:,}: the sentence splitter reads"
            f" at most {MAX_ARTICLE_CHARS:,} characters of an article"
        )
    return value


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _progress(items):
    items = items if hasattr(items, "__len__") else list(items)
    if len(items) < PROGRESS_FROM:
        return items
    return tqdm(items, desc="articles", unit="article", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit code is non-zero only when no article could be read."""
    args = _parser().parse_args(argv)
    if args.command == "gazetteer":
        return run_gazetteer(args)
    if args.command != "build":
        return args.run(args)
    if not args.articles.is_dir():
        print(f"error: no articles folder at {args.articles}", file=sys.stderr)
        return 2
    try:
        with ExitStack() as stack:
            geocoder = make_geocoder(
                args.geocoder,
                url=args.nominatim_url,
                cache_path=args.geocode_cache,
                user_agent=args.user_agent,
                warn=_warn,
            )
            if geocoder is not None:
                stack.enter_context(geocoder)  # closes the answer cache at the end of the run
            # Online answers can change, so only offline builds reuse extraction results.
            cached = not args.no_cache and geocoder is None
            cache = stack.enter_context(ExtractionCache(args.cache)) if cached else None
            report = build(
                args.articles,
                args.out,
                knowledge=load_knowledge(),
                gazetteer=Gazetteer.load(),
                clock=lambda: datetime.now(UTC),
                geocoder=geocoder,
                max_bytes=args.max_bytes,
                progress=_progress,
                cache=cache,
                workers=max(1, args.workers),
            )
    except (BuildLocked, KnowledgeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: could not write the tables: {error}", file=sys.stderr)
        return 3
    print(report.summary())
    if report.articles_read == 0:
        print(f"error: no article could be read from {args.articles}", file=sys.stderr)
        return 1
    return 0
