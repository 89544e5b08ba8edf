"""Hostile Nominatim servers on 127.0.0.1: none holds a build, fills memory or poisons the cache."""

import sqlite3
from contextlib import closing

import pytest

from pipeline.places import (
    GazetteerResolver,
    Resolver,
    ResolverError,
    ResolverUnavailable,
    locate_article,
    make_geocoder,
)
from tests.fake_nominatim import FakeNominatim

ARTICLE = ["Rebels claimed two military bases in Lere, in central Mali."]
MANY = [f"Gunmen attacked {town}, in Mali, on Monday." for town in ("Lere", "Bourem", "Anefis")]


class NoWait:
    """Rate-limit time that passes at once: the tests measure the server's delays, not ours."""

    def __init__(self):
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def geocoder(url, tmp_path, warnings, **options):
    wait = NoWait()
    return make_geocoder(
        "nominatim",
        url=url,
        cache_path=tmp_path / "geocode.sqlite",
        user_agent="sahel-events-dashboard/0.1 (+tests)",
        warn=warnings.append,
        clock=wait.clock,
        sleeper=wait.sleep,
        **options,
    )


def cached_rows(tmp_path) -> list:
    with closing(sqlite3.connect(tmp_path / "geocode.sqlite")) as db:
        return db.execute("SELECT query, answer FROM geocode").fetchall()


def lere(located):
    return next(m.place for s in located for m in s if m.text == "Lere")


def test_a_dripping_server_cannot_hold_a_request_past_its_deadline(gazetteer, tmp_path):
    warnings: list[str] = []
    offline = lere(locate_article(ARTICLE, gazetteer))
    with FakeNominatim(mode="drip") as server:
        # a byte every 0.2 s for 40 s: only the 1 s deadline, not the 5 s wait for data, stops it
        coder = geocoder(server.url, tmp_path, warnings, timeout=5.0, deadline_s=1.0)
        located = locate_article(ARTICLE, gazetteer, coder)
        asked = len(server.requests)
        ended = server.wait_for_streams(asked)
    assert asked == 2, "the request and its one retry"
    assert ended == {"hung_up": 2, "finished": 0}, "the client read a dripping answer to its end"
    assert lere(located) == offline
    assert any("'Lere'" in w and "within 1 s" in w for w in warnings), warnings
    assert cached_rows(tmp_path) == []


def test_a_hanging_server_cannot_hold_a_build_past_its_deadline(gazetteer, tmp_path):
    warnings: list[str] = []
    offline = locate_article(MANY * 3, gazetteer)
    with FakeNominatim(mode="timeout") as server:
        coder = geocoder(
            server.url, tmp_path, warnings, timeout=0.3, deadline_s=0.3, build_deadline_s=0.5
        )
        located = locate_article(MANY * 3, gazetteer, coder)
        asked = len(server.requests)
    assert asked <= 2, "one town asked and retried at most, then the deadline stops the asking"
    assert any("deadline passed" in w and "offline from now on" in w for w in warnings), warnings
    # every town of the article is still placed, from the offline gazetteer
    assert [[m.place for m in s] for s in located] == [[m.place for m in s] for s in offline]
    assert cached_rows(tmp_path) == []


def test_failures_are_remembered_for_the_run(gazetteer, tmp_path):
    warnings: list[str] = []
    with FakeNominatim(mode="500") as server:
        coder = geocoder(server.url, tmp_path, warnings, max_retries=1)
        locate_article(ARTICLE * 5, gazetteer, coder)
        assert len(server.requests) == 2  # one request and its one retry, then remembered


def test_an_oversized_answer_is_cut_off_and_not_cached(gazetteer, tmp_path):
    warnings: list[str] = []
    offline = lere(locate_article(ARTICLE, gazetteer))
    with FakeNominatim(mode="huge") as server:
        located = locate_article(ARTICLE, gazetteer, geocoder(server.url, tmp_path, warnings))
    assert lere(located) == offline
    assert any("cap" in w for w in warnings), warnings
    assert cached_rows(tmp_path) == []


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ((0.0, 0.0), "0,0"),
        ((48.8566, 2.3522), "outside MLI"),  # Paris
        ((15.7, 999.0), "out of range"),
        ((13.5, -2.0), "from every gazetteer place"),  # in Burkina Faso, not Mali's Léré
        ((11.0, -9.0), "from every gazetteer place"),  # in Mali, but 500 km from Léré
    ],
)
def test_a_lying_server_leaves_no_bad_coordinates_in_the_cache(gazetteer, tmp_path, answer, why):
    warnings: list[str] = []
    offline = lere(locate_article(ARTICLE, gazetteer))
    with FakeNominatim(answers={"lere": answer}) as server:
        located = locate_article(ARTICLE, gazetteer, geocoder(server.url, tmp_path, warnings))
        again = locate_article(ARTICLE, gazetteer, geocoder(server.url, tmp_path, warnings))
    assert lere(located) == offline and lere(again) == offline
    assert cached_rows(tmp_path) == []
    assert any("rejected" in w and why in w for w in warnings), warnings


def test_the_request_is_limited_to_the_article_countries_and_prefers_villages(gazetteer, tmp_path):
    warnings: list[str] = []
    with FakeNominatim(answers={"lere": (15.71, -4.91)}) as server:
        located = locate_article(ARTICLE, gazetteer, geocoder(server.url, tmp_path, warnings))
    assert server.requests[0]["params"]["countrycodes"] == "ml"
    assert lere(located).source == "nominatim"
    assert cached_rows(tmp_path) == [("lere", "[15.71, -4.91]")]


def test_the_gazetteer_and_nominatim_answer_through_one_resolver_interface(gazetteer, tmp_path):
    warnings: list[str] = []
    with FakeNominatim(answers={"lere": (15.71, -4.91)}) as server:
        online = geocoder(server.url, tmp_path, warnings)
        resolvers: list[Resolver] = [GazetteerResolver(gazetteer), online]
        answers = [r.resolve("Lere", ["ML"]) for r in resolvers]
        assert [r.resolve("Nowhereville", ["ML"]) for r in resolvers] == [None, None]
    assert [(a.feature, a.geo_precision) for a in answers] == [("town", 1), ("town", 1)]
    assert answers[0].iso3 == "MLI" and answers[1].source == "nominatim"
    assert abs(answers[0].latitude - 15.71) < 0.5 and answers[1].latitude == 15.71
    assert issubclass(ResolverUnavailable, ResolverError)
