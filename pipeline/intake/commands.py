"""The `add` and `watch` subcommands of `python -m pipeline`."""

import argparse
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline.intake.add import Outcome, add_html_file, add_text_file, add_url
from pipeline.intake.feeds import FeedState, Watcher, read_feed_list
from pipeline.intake.fetch import Fetcher
from pipeline.intake.rebuild import rebuild
from pipeline.intake.relevance import SahelTerms
from pipeline.intake.store import ArticleStore
from pipeline.knowledge import KnowledgeError, load_knowledge
from pipeline.output import BuildLocked
from pipeline.places import Gazetteer

ARTICLES = Path("data/articles")
FEED_STATE = Path("data/cache/feeds.json")
WATCH_INTERVAL = 900.0
MIN_WATCH_INTERVAL = 60.0  # feeds are asked at most once a minute, whatever the option says


def _today() -> date:
    return datetime.now(UTC).date()


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _interval(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not seconds >= MIN_WATCH_INTERVAL:
        raise argparse.ArgumentTypeError(
            f"{value} s is too often to ask the feeds; at least {MIN_WATCH_INTERVAL:.0f} s"
        )
    return seconds


def _print_outcomes(outcomes: list[Outcome]) -> int:
    for outcome in outcomes:
        stream = sys.stderr if outcome.status == "failed" else sys.stdout
        print(f"{outcome.status}: {outcome.message}", file=stream)
    added = sum(o.added for o in outcomes)
    print(f"{added} added, {len(outcomes) - added} not added")
    return added


def _report(outcomes: list[Outcome]) -> int:
    if _print_outcomes(outcomes):
        print("run `python -m pipeline build` to update the tables")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def run_add(args: argparse.Namespace) -> int:
    """Add each URL, saved page or text file given; exit 1 if any of them failed."""
    if not (args.urls or args.html or args.txt):
        print("error: give URLs, --html FILE or --txt FILE", file=sys.stderr)
        return 2
    if args.txt and not args.title:
        print("error: --txt needs --title (and --published, else today)", file=sys.stderr)
        return 2
    store = ArticleStore(args.articles)
    today = _today()
    fetcher = Fetcher()
    outcomes = [add_url(store, fetcher, url, today) for url in args.urls]
    if args.html:
        outcomes.append(add_html_file(store, args.html, args.url, today))
    if args.txt:
        outcomes.append(
            add_text_file(store, args.txt, today, title=args.title, published=args.published)
        )
    return _report(outcomes)


def _watch_pass(watcher: Watcher, feeds: list[str], args: argparse.Namespace) -> int:
    """One pass over the feeds, then a rebuild when something was added; the exit code."""
    if not _print_outcomes(watcher.poll(feeds, _today())):
        return 0
    try:
        report = rebuild(args.articles, args.out)
    except (BuildLocked, KnowledgeError, OSError) as error:
        print(f"error: the tables were not rebuilt: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    return 0


def run_watch(args: argparse.Namespace) -> int:
    """Poll the feeds once (--once) or every --interval seconds until interrupted."""
    try:
        feeds = read_feed_list(args.feeds_file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: cannot read the feeds file: {error}", file=sys.stderr)
        return 2
    if not feeds:
        print(f"error: no feed URL in {args.feeds_file}", file=sys.stderr)
        return 2
    try:
        terms = SahelTerms.from_knowledge(load_knowledge(), Gazetteer.load())
    except KnowledgeError as error:
        print(f"error: the knowledge files cannot be used: {error}", file=sys.stderr)
        return 2
    watcher = Watcher(ArticleStore(args.articles), Fetcher(), terms, FeedState.load(args.state))
    code = _watch_pass(watcher, feeds, args)
    try:
        while not args.once:
            time.sleep(args.interval)
            code = _watch_pass(watcher, feeds, args)
    except KeyboardInterrupt:
        print("stopped; every article already written is kept", file=sys.stderr)
    return code


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `add` and `watch` subcommands to the command line parser."""
    add = commands.add_parser(
        "add",
        help="add articles from web pages, saved pages or plain text files",
        description="Fetch pages (or read saved ones) and write article files; never overwrites "
        "a file and never adds the same URL or text twice.",
    )
    add.add_argument("urls", nargs="*", metavar="URL", help="http(s) pages to fetch")
    add.add_argument("--html", type=Path, help="a page saved from a browser")
    add.add_argument("--url", help="the address the saved page came from")
    add.add_argument("--txt", type=Path, help="a plain text file with no header")
    add.add_argument("--title", help="title of the --txt article")
    add.add_argument("--published", type=_iso_date, help="publication date of the --txt article")
    add.add_argument("--articles", type=Path, default=ARTICLES)
    add.set_defaults(run=run_add)
    watch = commands.add_parser(
        "watch",
        help="add the Sahel items of RSS/Atom feeds, then rebuild",
        description="Read feeds (one URL a line, # comments), keep the items naming a Sahel "
        "country, place or actor, add their articles and rebuild the tables.",
    )
    watch.add_argument("feeds_file", type=Path, metavar="FEEDS_FILE")
    watch.add_argument("--once", action="store_true", help="one pass, then exit (for cron)")
    watch.add_argument(
        "--interval", type=_interval, default=WATCH_INTERVAL, help="seconds (at least 60)"
    )
    watch.add_argument("--articles", type=Path, default=ARTICLES)
    watch.add_argument("--out", type=Path, default=Path("data/processed"))
    watch.add_argument("--state", type=Path, default=FEED_STATE, help="validators and backoff")
    watch.set_defaults(run=run_watch)
