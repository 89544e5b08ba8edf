"""`python -m pipeline watch`: a loopback feed's Sahel items are added once, politely."""

import csv
from datetime import date
from html import escape

import pytest

from pipeline.cli import main
from pipeline.intake.feeds import FeedState, Watcher, read_feed_list
from pipeline.intake.fetch import Fetcher, HostThrottle, resolve_host
from pipeline.intake.relevance import SahelTerms
from pipeline.intake.store import ArticleStore
from pipeline.knowledge import KnowledgeError, load_knowledge
from pipeline.places import Gazetteer
from tests.loopback import Route, Site, serve
from tests.news_pages import DJIBO_TEXT, news_page

RSS = {"Content-Type": "application/rss+xml"}
KIDAL_TEXT = (
    "Fighters of the Coordination of Azawad Movements clashed with the Malian army near Kidal "
    "on Monday, the movement said in a statement, and both sides reported casualties.",
    "Residents of Kidal said the fighting went on for most of the afternoon before the army "
    "withdrew towards Anéfis, and that several shops in the market were burnt.",
)


def _item(title: str, link: str, summary: str, content: str = "") -> str:
    encoded = f"<content:encoded>{escape(content)}</content:encoded>" if content else ""
    return (
        f"<item><title>{escape(title)}</title><link>{link}</link>"
        f"<description>{escape(summary)}</description>"
        f"<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>{encoded}</item>"
    )


def _feed(base: str) -> bytes:
    items = [
        _item("Twelve soldiers killed in Djibo attack", f"{base}/news/djibo", "An army post..."),
        _item("Cup final tickets sold out", f"{base}/news/cup", "Football fans queued all night."),
        _item(
            "Clashes near Kidal",
            f"{base}/news/kidal-removed",
            "Fighting near the northern town.",
            "".join(f"<p>{p}</p>" for p in KIDAL_TEXT),
        ),
    ]
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Sahel Daily</title><link>{base}/</link>{''.join(items)}</channel></rss>"
    ).encode()


@pytest.fixture
def site():
    djibo = news_page("Twelve soldiers killed in Djibo attack", DJIBO_TEXT, published="2024-03-03")
    with serve(Site({"/news/djibo": Route(djibo)})) as running:
        running.routes["/feed.xml"] = Route(_feed(running.base), headers=RSS, etag='"v1"')
        running.routes["/broken.xml"] = Route(b"oops", status=500)
        yield running


@pytest.fixture(scope="module")
def terms() -> SahelTerms:
    return SahelTerms.from_knowledge(load_knowledge(), Gazetteer.load())


def test_the_feeds_file_allows_comments_and_blank_lines(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(
        "# my feeds\n\nhttp://a.test/rss  # Sahel Daily\nhttp://b.test/atom#x\nhttp://a.test/rss\n",
        encoding="utf-8",
    )
    assert read_feed_list(feeds) == ["http://a.test/rss", "http://b.test/atom#x"]


def test_sahel_names_are_recognised_only_as_names(terms):
    assert terms.first_match("Gunmen attacked a post near Djibo on Saturday") == "Djibo"
    assert terms.first_match("Protests in Niamey over prices") == "Niamey"
    assert terms.first_match("Cup final tickets sold out in Rio") is None
    assert terms.first_match("Centre for Plateau Studies opens in Est London") is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("JNIM claims an ambush on a fuel convoy", "JNIM"),
        ("Video: ISSP fighters parade captured pick-ups", "ISSP"),
        ("Islamic State Sahel Province names a new emir", "Islamic State Sahel Province"),
        ("Africa Corps instructors arrive by air", "Africa Corps"),
        ("Wagner fighters leave their base near Bangui", None),  # one front among many
        ("Fulani militia blamed for raid on farmers in Plateau State", None),
        ("Islamic State claims a bombing in Kabul", None),  # no province of the Sahel
    ],
)
def test_an_actor_that_acts_mostly_in_the_sahel_makes_an_item_relevant(terms, title, name):
    assert terms.first_match(title) == name


def test_watch_adds_the_sahel_items_rebuilds_and_adds_nothing_the_second_time(
    tmp_path, site, capsys
):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feed\n{site.url('/feed.xml')}\n", encoding="utf-8")
    articles, out, state = tmp_path / "articles", tmp_path / "out", tmp_path / "feeds.json"
    args = ["watch", str(feeds), "--once", "--articles", str(articles), "--out", str(out)]
    args += ["--state", str(state)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "2 added, 1 not added" in printed
    assert "names no Sahel place or actor" in printed  # the football item
    assert sorted(p.name for p in articles.iterdir()) == [
        "clashes-near-kidal.txt",  # the page is gone; the feed carries the text
        "sahel-daily-twelve-soldiers-killed-in-djibo-attack.txt",
    ]
    with (out / "events.csv").open(encoding="utf-8") as handle:
        sources = {s for row in csv.DictReader(handle) for s in row["sources"].split("; ")}
    assert sources == {"clashes-near-kidal", "sahel-daily-twelve-soldiers-killed-in-djibo-attack"}
    assert site.hits("/news/cup") == 0  # an item that is not about the Sahel is not fetched

    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "0 added" in printed and "not changed since the last visit" in printed
    assert site.requests[-1][1].get("If-None-Match") == '"v1"'
    assert len(list(articles.iterdir())) == 2


def test_a_new_feed_version_adds_only_what_is_new(tmp_path, site, terms):
    clock = [1000.0]
    throttle = HostThrottle(1.0, lambda: clock[0], lambda s: clock.__setitem__(0, clock[0] + s))
    watcher = Watcher(
        ArticleStore(tmp_path / "a"),
        Fetcher(throttle=throttle),
        terms,
        FeedState.load(tmp_path / "state.json"),
        clock=lambda: clock[0],
    )
    first = watcher.poll([site.url("/feed.xml")], date(2024, 3, 9))
    assert sum(o.added for o in first) == 2
    site.routes["/feed.xml"].etag = '"v2"'  # the feed changed: same items, asked again
    second = watcher.poll([site.url("/feed.xml")], date(2024, 3, 9))
    assert sum(o.added for o in second) == 0
    assert {o.status for o in second} == {"duplicate", "skipped"}


def test_a_failing_feed_is_retried_later_and_later(tmp_path, site, terms):
    now = [0.0]
    watcher = Watcher(
        ArticleStore(tmp_path / "a"),
        Fetcher(throttle=HostThrottle(0.0)),
        terms,
        FeedState.load(tmp_path / "state.json"),
        clock=lambda: now[0],
    )
    feed = site.url("/broken.xml")
    (failed,) = watcher.poll([feed], date(2024, 3, 9))
    assert (
        failed.status == "failed"
        and "500" in failed.message
        and "next try in 60 s" in failed.message
    )
    now[0] = 30.0
    (waiting,) = watcher.poll([feed], date(2024, 3, 9))
    assert waiting.status == "skipped" and site.hits("/broken.xml") == 1
    now[0] = 61.0
    (again,) = watcher.poll([feed], date(2024, 3, 9))
    assert "next try in 120 s" in again.message
    assert FeedState.load(tmp_path / "state.json").feeds[feed]["failures"] == 2


def test_watch_refuses_to_ask_the_feeds_more_than_once_a_minute(tmp_path, capsys):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["watch", str(feeds), "--interval", "5", "--articles", str(tmp_path / "a")])
    assert stopped.value.code == 2
    assert "5 s is too often to ask the feeds; at least 60 s" in capsys.readouterr().err
    assert not (tmp_path / "a").exists()


def test_a_page_that_is_not_a_feed_waits_before_the_next_try(tmp_path, site, terms):
    site.routes["/page.xml"] = Route(b"&& this is not XML <<", headers=RSS)
    watcher = Watcher(
        ArticleStore(tmp_path / "a"),
        Fetcher(throttle=HostThrottle(0.0)),
        terms,
        FeedState.load(tmp_path / "state.json"),
        clock=lambda: 0.0,
    )
    (failed,) = watcher.poll([site.url("/page.xml")], date(2024, 3, 9))
    assert failed.status == "failed"
    assert "not a readable RSS or Atom feed; next try in 60 s" in failed.message


def test_broken_knowledge_files_stop_watch_with_a_sentence(tmp_path, monkeypatch, capsys):
    def broken():
        raise KnowledgeError("actors.csv line 7: the name is empty")

    monkeypatch.setattr("pipeline.intake.commands.load_knowledge", broken)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    assert main(["watch", str(feeds), "--once", "--articles", str(tmp_path / "a")]) == 2
    assert "the knowledge files cannot be used: actors.csv line 7" in capsys.readouterr().err


def test_a_feed_from_the_internet_cannot_lead_watch_into_the_local_network(tmp_path, site, terms):
    """The feed's host counts as public here; its item links to 127.0.0.1, which is not."""
    site.routes["/public.xml"] = Route(_feed(site.base), headers=RSS)

    def resolve(host: str) -> list[str]:
        return ["93.184.216.34"] if host == "localhost" else resolve_host(host)

    watcher = Watcher(
        ArticleStore(tmp_path / "a"),
        Fetcher(throttle=HostThrottle(0.0), resolve=resolve),
        terms,
        FeedState.load(tmp_path / "state.json"),
    )
    feed = site.url("/public.xml").replace("127.0.0.1", "localhost")
    djibo, _, kidal = watcher.poll([feed], date(2024, 3, 9))
    assert djibo.status == "failed" and "local or private network address" in djibo.message
    assert site.hits("/news/djibo") == 0 and site.hits("/public.xml") == 1
    assert kidal.status == "added"  # the feed itself carries this article's text
