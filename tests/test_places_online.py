"""Online geocoding against a fake Nominatim on 127.0.0.1: requests, rate limit, cache, failures."""

import socket
import sqlite3
from contextlib import closing

import pytest
from geopy.distance import geodesic

from pipeline.places import locate_article, make_geocoder
from pipeline.places.online import GeocodeCache
from tests.fake_nominatim import FakeNominatim

USER_AGENT = "sahel-events-dashboard/0.1 (+tests)"
ARTICLE = [
    "Rebels claimed two military bases in Lere, in central Mali.",
    "They later entered Bourem and moved towards Anefis.",
]


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def geocoder_for(url, tmp_path, fake_time, warnings, **options):
    return make_geocoder(
        "nominatim",
        url=url,
        cache_path=tmp_path / "cache" / "geocode.sqlite",
        user_agent=USER_AGENT,
        warn=warnings.append,
        clock=fake_time.clock,
        sleeper=fake_time.sleep,
        **options,
    )


def places(located):
    return {m.text: m.place for sentence in located for m in sentence}


def test_offline_kind_gives_no_geocoder(tmp_path):
    geocoder = make_geocoder(
        "offline", url=None, cache_path=tmp_path / "c.sqlite", user_agent=USER_AGENT, warn=print
    )
    assert geocoder is None


def test_request_carries_query_country_bias_and_user_agent(gazetteer, tmp_path):
    fake_time, warnings = FakeTime(), []
    with FakeNominatim(fake_time.clock, answers={"lere": (15.70, -4.90)}) as server:
        geocoder = geocoder_for(server.url, tmp_path, fake_time, warnings)
        located = places(locate_article(ARTICLE[:1], gazetteer, geocoder))
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request["path"] == "/search"
    assert request["params"]["q"] == "Lere"
    assert request["params"]["countrycodes"] == "ml"
    assert request["user_agent"] == USER_AGENT
    lere = located["Lere"]
    assert (lere.latitude, lere.longitude, lere.source, lere.iso3) == (
        15.70,
        -4.90,
        "nominatim",
        "MLI",
    )
    assert warnings == []


def test_requests_are_a_second_apart_and_the_second_run_asks_nothing(gazetteer, tmp_path):
    fake_time, warnings = FakeTime(), []
    answers = {"lere": (15.70, -4.90), "bourem": (16.96, -0.35)}  # Anefis: no result
    with FakeNominatim(fake_time.clock, answers=answers) as server:
        first = places(
            locate_article(
                ARTICLE, gazetteer, geocoder_for(server.url, tmp_path, fake_time, warnings)
            )
        )
        asked = [r["params"]["q"] for r in server.requests]
        times = [r["at"] for r in server.requests]
        second = places(
            locate_article(
                ARTICLE, gazetteer, geocoder_for(server.url, tmp_path, fake_time, warnings)
            )
        )
    assert sorted(asked) == ["Anefis", "Bourem", "Lere"]
    assert all(b - a >= 1.0 for a, b in zip(times, times[1:], strict=False))
    assert sum(fake_time.sleeps) >= 2.0  # the waiting went through the injected sleeper
    assert len(server.requests) == 3, "the second run must be answered from the cache"
    assert first == second
    assert first["Bourem"].source == "nominatim"
    # Nominatim had nothing for Anefis: the gazetteer's answer stands.
    assert first["Anefis"].source.startswith("Wikipedia")
    assert geodesic((first["Anefis"].latitude, first["Anefis"].longitude), (18.05, 0.60)).km < 40


def _refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("mode", ["html", "empty", "500", "timeout", "refused"])
def test_failures_fall_back_to_the_gazetteer_with_a_warning(gazetteer, tmp_path, mode):
    fake_time, warnings = FakeTime(), []
    offline = places(locate_article(ARTICLE[:1], gazetteer))
    with FakeNominatim(fake_time.clock, mode=mode, answers={"lere": (1.0, 1.0)}) as server:
        url = _refused_url() if mode == "refused" else server.url
        geocoder = geocoder_for(url, tmp_path, fake_time, warnings, timeout=0.2, max_retries=1)
        located = places(locate_article(ARTICLE[:1], gazetteer, geocoder))
    assert located["Lere"] == offline["Lere"]
    assert located["Lere"].iso3 == "MLI"
    assert len(warnings) == 1 and "Lere" in warnings[0] and "offline" in warnings[0]


def test_failures_are_not_cached(gazetteer, tmp_path):
    fake_time, warnings = FakeTime(), []
    with FakeNominatim(fake_time.clock, mode="500") as server:
        locate_article(
            ARTICLE[:1],
            gazetteer,
            geocoder_for(server.url, tmp_path, fake_time, warnings, max_retries=0),
        )
        server.mode = "ok"
        server.answers = {"lere": (15.70, -4.90)}
        located = places(
            locate_article(
                ARTICLE[:1], gazetteer, geocoder_for(server.url, tmp_path, fake_time, warnings)
            )
        )
    assert located["Lere"].source == "nominatim"
    assert len(server.requests) == 2


def test_cache_stamps_answers_with_the_injected_wall_clock_and_closes(tmp_path):
    path = tmp_path / "geocode.sqlite"
    with GeocodeCache(path, now=lambda: 1234.5) as cache:
        cache.put("nominatim@test", "lere", "ml", [15.7, -4.9])
        assert cache.get("nominatim@test", "lere", "ml") == (True, [15.7, -4.9])
    with pytest.raises(sqlite3.ProgrammingError):
        cache.get("nominatim@test", "lere", "ml")
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT fetched FROM geocode").fetchall() == [(1234.5,)]
