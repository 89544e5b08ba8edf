"""The `add` and `watch` subcommands of `python -m pipeline`."""

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline.intake.add import Outcome, add_html_file, add_text_file, add_url
from pipeline.intake.fetch import Fetcher
from pipeline.intake.store import ArticleStore

ARTICLES = Path("data/articles")


def _today() -> date:
    return datetime.now(UTC).date()


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _report(outcomes: list[Outcome]) -> int:
    for outcome in outcomes:
        stream = sys.stderr if outcome.status == "failed" else sys.stdout
        print(f"{outcome.status}: {outcome.message}", file=stream)
    added = sum(o.added for o in outcomes)
    print(f"{added} added, {len(outcomes) - added} not added")
    if added:
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


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `add` subcommand to the command line parser."""
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
