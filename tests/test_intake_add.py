"""`python -m pipeline add`: pages from a loopback server become article files, once each."""

import socket
import threading
import time
from datetime import date

import pytest

from pipeline.articles import parse_article, read_articles
from pipeline.cli import main
from pipeline.intake.add import add_html_file, add_text_file, add_url
from pipeline.intake.fetch import Fetcher, HostThrottle, resolve_host
from pipeline.intake.store import ArticleStore
from tests.loopback import Route, Site, serve
from tests.news_pages import DJIBO_TEXT, MARKET_TEXT, news_page

TODAY = date(2024, 3, 9)
HTML = {"Content-Type": "text/html; charset=utf-8"}


class FakeClock:
    """A monotonic clock that only moves when the fetcher sleeps."""

    def __init__(self):
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _site() -> Site:
    djibo = news_page(
        "Twelve soldiers killed in Djibo attack",
        DJIBO_TEXT,
        published="2024-03-03T09:30:00+00:00",
    )
    return Site(
        {
            "/news/djibo": Route(djibo, headers=HTML),
            "/old/djibo": Route(status=301, headers={"Location": "/news/djibo"}),
            "/news/market": Route(news_page("Millet prices double in Niamey", MARKET_TEXT)),
            "/loop/a": Route(status=302, headers={"Location": "/loop/b"}),
            "/loop/b": Route(status=302, headers={"Location": "/loop/a"}),
            "/huge": Route(news_page("Huge", DJIBO_TEXT * 2000)),
            "/report.pdf": Route(b"%PDF-1.4 binary", headers={"Content-Type": "application/pdf"}),
        }
    )


@pytest.fixture
def site():
    with serve(_site()) as running:
        yield running


@pytest.fixture
def fetcher() -> Fetcher:
    clock = FakeClock()
    return Fetcher(max_bytes=200_000, throttle=HostThrottle(1.0, clock, clock.sleep))


def test_a_news_page_becomes_an_article_file_without_menus_or_banners(tmp_path, site, fetcher):
    outcome = add_url(ArticleStore(tmp_path), fetcher, site.url("/news/djibo"), TODAY)
    assert outcome.status == "added", outcome.message
    path = tmp_path / f"{outcome.article_id}.txt"
    assert path.name == "sahel-daily-twelve-soldiers-killed-in-djibo-attack.txt"
    article = parse_article(path.read_bytes(), outcome.article_id, str(path))
    assert article.title == "Twelve soldiers killed in Djibo attack"
    assert article.published == date(2024, 3, 3) and not article.published_estimated
    assert (article.author, article.outlet, article.language) == (
        "Amadou Diallo",
        "Sahel Daily",
        "en",
    )
    assert article.url == site.url("/news/djibo")
    assert "Gunmen attacked a military post in Djibo" in article.body
    for noise in ("cookies", "Football", "Ten photos", "All rights reserved", "Opinion"):
        assert noise not in article.body
    headers = site.requests[0][1]
    assert "Mozilla/5.0" in headers["User-Agent"]


def test_a_page_without_a_date_takes_the_fetch_date_and_says_so(tmp_path, site, fetcher):
    outcome = add_url(ArticleStore(tmp_path), fetcher, site.url("/news/market"), TODAY)
    assert outcome.status == "added"
    assert "no publication date found: 2024-03-09" in outcome.message
    article = read_articles(tmp_path)[0][0]
    assert article.published == TODAY and article.published_estimated


def test_the_same_page_or_the_same_text_is_not_added_twice(tmp_path, site, fetcher):
    store = ArticleStore(tmp_path)
    first = add_url(store, fetcher, site.url("/news/djibo"), TODAY)
    again = add_url(ArticleStore(tmp_path), fetcher, site.url("/news/djibo"), TODAY)
    assert again.status == "duplicate" and first.article_id in again.message
    assert site.hits("/news/djibo") == 1  # not even fetched again
    via_redirect = add_url(ArticleStore(tmp_path), fetcher, site.url("/old/djibo"), TODAY)
    assert via_redirect.status == "duplicate" and "same page" in via_redirect.message
    text = tmp_path / "pasted.txt"
    text.write_text("\n\n".join(DJIBO_TEXT).upper(), encoding="utf-8")
    same_text = add_text_file(ArticleStore(tmp_path), text, TODAY, title="Copy", published=TODAY)
    assert same_text.status == "duplicate" and "same text" in same_text.message
    assert len(list(tmp_path.glob("*.txt"))) == 2  # the article and the pasted file only


def test_an_existing_file_of_the_same_name_is_never_overwritten(tmp_path, site, fetcher):
    taken = tmp_path / "sahel-daily-twelve-soldiers-killed-in-djibo-attack.txt"
    taken.write_text("not an article, but the user's file", encoding="utf-8")
    outcome = add_url(ArticleStore(tmp_path), fetcher, site.url("/news/djibo"), TODAY)
    assert outcome.article_id == "sahel-daily-twelve-soldiers-killed-in-djibo-attack-2"
    assert taken.read_text(encoding="utf-8") == "not an article, but the user's file"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/gone", "the server answered 404 (not found)"),
        ("/huge", "larger than the limit of 200,000 bytes"),
        ("/loop/a", "redirects in a loop"),
        ("/report.pdf", "the server sent application/pdf, not a web page"),
    ],
)
def test_pages_that_cannot_be_added_say_why_and_write_nothing(
    tmp_path, site, fetcher, path, expected
):
    outcome = add_url(ArticleStore(tmp_path), fetcher, site.url(path), TODAY)
    assert outcome.status == "failed"
    assert expected in outcome.message
    assert not list(tmp_path.iterdir())


def test_a_closed_port_and_a_non_web_address_are_refused_with_a_sentence(tmp_path, fetcher):
    store = ArticleStore(tmp_path)
    assert "could not be reached" in add_url(store, fetcher, "http://127.0.0.1:9/x", TODAY).message
    local = add_url(store, fetcher, "file:///etc/passwd", TODAY)
    assert local.status == "failed" and "only http:// and https://" in local.message


def test_requests_to_one_host_are_a_second_apart(tmp_path, site):
    clock = FakeClock()
    fetcher = Fetcher(throttle=HostThrottle(1.0, clock, clock.sleep))
    store = ArticleStore(tmp_path)
    add_url(store, fetcher, site.url("/news/djibo"), TODAY)
    add_url(store, fetcher, site.url("/news/market"), TODAY)
    assert clock.slept == [1.0]


def test_a_saved_page_and_a_plain_text_file(tmp_path):
    saved = tmp_path / "saved.html"
    saved.write_bytes(news_page("Millet prices double in Niamey", MARKET_TEXT, site="Niger Post"))
    articles = tmp_path / "articles"
    store = ArticleStore(articles)
    page = add_html_file(store, saved, "https://example.org/market", TODAY)
    assert page.article_id == "niger-post-millet-prices-double-in-niamey"
    plain = tmp_path / "notes.txt"
    plain.write_text("\n\n".join(DJIBO_TEXT), encoding="utf-8")
    text = add_text_file(
        store, plain, TODAY, title="Djibo: ../../etc/x", published=date(2024, 3, 3)
    )
    assert text.article_id == "djibo-etc-x"
    got = {a.article_id: a for a in read_articles(articles)[0]}
    assert got["djibo-etc-x"].published == date(2024, 3, 3)
    assert got["niger-post-millet-prices-double-in-niamey"].url == "https://example.org/market"
    assert sorted(p.name for p in articles.iterdir()) == [
        "djibo-etc-x.txt",
        "niger-post-millet-prices-double-in-niamey.txt",
    ]


def test_the_command_reports_each_outcome_and_fails_when_one_failed(tmp_path, site, capsys):
    code = main(["add", site.url("/news/djibo"), "--articles", str(tmp_path)])
    out = capsys.readouterr()
    assert code == 0 and "added: " in out.out and "1 added, 0 not added" in out.out
    code = main(["add", site.url("/gone"), "--articles", str(tmp_path)])
    out = capsys.readouterr()
    assert code == 1 and "404" in out.err


def test_the_command_refuses_plain_text_without_a_title(tmp_path, capsys):
    plain = tmp_path / "notes.txt"
    plain.write_text("Some text.", encoding="utf-8")
    assert main(["add", "--txt", str(plain), "--articles", str(tmp_path / "a")]) == 2
    assert "--txt needs --title" in capsys.readouterr().err


def test_the_command_adds_a_saved_page_with_its_address(tmp_path, capsys):
    saved = tmp_path / "saved.html"
    saved.write_bytes(news_page("Millet prices double in Niamey", MARKET_TEXT))
    articles = tmp_path / "articles"
    args = ["add", "--html", str(saved), "--url", "https://example.org/m", "--articles"]
    assert main([*args, str(articles)]) == 0
    assert "no publication date found" in capsys.readouterr().out
    assert main([*args, str(articles)]) == 0
    assert "already added as sahel-daily-millet-prices-double-in-niamey" in capsys.readouterr().out
    assert len(list(articles.iterdir())) == 1


def test_local_addresses_are_refused_when_only_public_pages_may_be_fetched(tmp_path, site):
    """The dashboard's fetcher: 127.0.0.1, and a public-looking host redirecting there."""
    site.routes["/away"] = Route(status=302, headers={"Location": site.url("/news/djibo")})

    def resolve(host: str) -> list[str]:
        return ["93.184.216.34"] if host == "localhost" else resolve_host(host)

    fetcher = Fetcher(allow_private=False, resolve=resolve, throttle=HostThrottle(0.0))
    store = ArticleStore(tmp_path)
    direct = add_url(store, fetcher, site.url("/news/djibo"), TODAY)
    redirected = add_url(store, fetcher, site.url("/away").replace("127.0.0.1", "localhost"), TODAY)
    for outcome in (direct, redirected):
        assert outcome.status == "failed"
        assert "local or private network address" in outcome.message
    assert site.hits("/away") == 1 and site.hits("/news/djibo") == 0
    assert not list(tmp_path.glob("*.txt"))


@pytest.fixture
def dripping_server():
    """A server that sends its headers, then one byte of the page every 20 ms, for ever."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip():
        connection, _ = listener.accept()
        with connection:
            connection.recv(65_536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")
            while not stop.is_set():
                try:
                    connection.sendall(b" ")
                except OSError:
                    return
                stop.wait(0.02)

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    stop.set()
    listener.close()
    thread.join()


def test_a_server_sending_a_byte_now_and_then_cannot_hold_the_download(tmp_path, dripping_server):
    fetcher = Fetcher(deadline=0.5, timeout=5.0, throttle=HostThrottle(0.0))
    started = time.monotonic()
    outcome = add_url(ArticleStore(tmp_path), fetcher, dripping_server, TODAY)
    assert outcome.status == "failed"
    assert "the download took longer than 0.5 s" in outcome.message
    assert time.monotonic() - started < 5.0  # the deadline, not the per-read timeout, ended it
    assert not list(tmp_path.glob("*.txt"))


def test_a_text_longer_than_a_build_reads_is_refused_when_added(tmp_path):
    plain = tmp_path / "long.txt"
    plain.write_text("Gunmen attacked Djibo on Monday. " * 40_000, encoding="utf-8")
    articles = tmp_path / "articles"
    outcome = add_text_file(
        ArticleStore(articles), plain, TODAY, title="Long report", published=date(2024, 3, 3)
    )
    assert outcome.status == "failed"
    assert "over the 1,000,000 bytes a build reads; split it" in outcome.message
    assert not list(articles.iterdir())
