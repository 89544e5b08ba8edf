"""Opt-in online geocoding: Nominatim, rate-limited, behind a persistent SQLite cache.

One retry layer (here), a deadline per request (in the client) and per build (here), failures
remembered for the run, and every answer checked before it is used or cached.
"""

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.places.nominatim import NominatimClient
from pipeline.places.plausible import implausible
from pipeline.places.resolver import ResolverError, ResolverUnavailable
from pipeline.records import Place
from pipeline.textnorm import fold_key

DEFAULT_CACHE = Path("data/cache/geocode.sqlite")
DEFAULT_USER_AGENT = "sahel-events-dashboard/0.1 (+https://github.com/sahel-events-dashboard)"
MAX_CONSECUTIVE_FAILURES = 3  # then stop asking for the rest of the run: the server is down
REQUEST_DEADLINE_S = 20.0  # one request, headers to last byte
BUILD_DEADLINE_S = 300.0  # all online geocoding of one build
MIN_DELAY_S = 1.0  # Nominatim's usage policy: at most one request a second
ERROR_WAIT_S = 2.0  # before the one retry of a request the server could not answer


class GeocodeCache:
    """Answers by (provider, query, country bias), on disk, so each place is asked once, ever.

    `now` gives the wall-clock time stamped on each answer; use as a context manager to close.
    """

    def __init__(self, path: Path, now: Callable[[], float] = time.time):
        self._now = now
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS geocode (provider TEXT, query TEXT, countries TEXT,"
            " answer TEXT, fetched REAL, PRIMARY KEY (provider, query, countries))"
        )
        self._db.commit()

    def get(self, provider: str, query: str, countries: str) -> tuple[bool, object]:
        """(found, answer); answer is None for a cached "no such place"."""
        row = self._db.execute(
            "SELECT answer FROM geocode WHERE provider=? AND query=? AND countries=?",
            (provider, query, countries),
        ).fetchone()
        return (False, None) if row is None else (True, json.loads(row[0]))

    def put(self, provider: str, query: str, countries: str, answer: object) -> None:
        """Store one answer (None for a definite "not found")."""
        self._db.execute(
            "INSERT OR REPLACE INTO geocode VALUES (?, ?, ?, ?, ?)",
            (provider, query, countries, json.dumps(answer), self._now()),
        )
        self._db.commit()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> "GeocodeCache":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class OnlineGeocoder:
    """A cached geocoder: geocode() gives (lat, lon) or None, never raising for server errors.

    `clock` and `sleeper` space the requests; `monotonic` measures the build's deadline. Use as
    a context manager (or call close()) to close its cache.
    """

    def __init__(
        self,
        client: NominatimClient,
        cache: GeocodeCache,
        warn: Callable[[str], None],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleeper: Callable[[float], None] = time.sleep,
        max_retries: int = 1,
        build_deadline_s: float = BUILD_DEADLINE_S,
        monotonic: Callable[[], float] = time.monotonic,
        source: str = "nominatim",
    ):
        self._client = client
        self._cache = cache
        self.provider = f"nominatim@{client.domain}"  # the cache key: which server answered
        self.source = source  # what Place.source says
        self._warn = warn
        self._clock, self._sleeper = clock, sleeper
        self._max_retries = max_retries
        self._monotonic = monotonic
        self._stop_at = monotonic() + build_deadline_s
        self._last_request: float | None = None
        self._failed: set[tuple[str, str]] = set()
        self._failures = 0
        self._down = False
        self.requests = 0

    def geocode(
        self,
        query: str,
        country_codes: Sequence[str],
        candidates: Sequence[Place] = (),
        countries_iso3: Sequence[str] = (),
    ) -> tuple[float, float] | None:
        """Coordinates of the best match for query within the countries (ISO2), or None.

        `candidates` (the gazetteer's places of that name) and `countries_iso3` make a far
        answer implausible: such an answer is logged, not used and not cached."""
        key = fold_key(query)
        countries = ",".join(sorted(c.lower() for c in country_codes if c))
        found, answer = self._cache.get(self.provider, key, countries)
        if found:
            return None if answer is None else (answer[0], answer[1])
        if (key, countries) in self._failed or self._down or self._over_deadline():
            return None
        try:
            point = self._ask(query, countries.split(",") if countries else [])
        except ResolverError as error:
            self._fail(key, countries, f"no usable answer for {query!r} ({error})")
            return None
        if point is not None:
            why = implausible(point[0], point[1], list(countries_iso3), list(candidates))
            if why is not None:
                self._failed.add((key, countries))
                self._warn(f"{self.provider}: rejected the answer for {query!r}: {why}")
                return None
        self._failures = 0
        self._cache.put(self.provider, key, countries, None if point is None else list(point))
        return point

    def resolve(self, name: str, countries: Sequence[str]) -> Place | None:
        """The resolver interface: a town at Nominatim's coordinates (no region or country)."""
        point = self.geocode(name, countries)
        if point is None:
            return None
        return Place(name, "", "", "", point[0], point[1], 1, "town", self.source)

    def _ask(self, query: str, countries: list[str]) -> tuple[float, float] | None:
        """The one retry layer: a server that could not answer is asked once more."""
        for attempt in range(self._max_retries + 1):
            self._wait_turn()
            self.requests += 1
            try:
                return self._client.search(query, countries)
            except ResolverUnavailable:
                if attempt == self._max_retries or self._over_deadline():
                    raise
                self._sleeper(ERROR_WAIT_S)
        return None

    def _wait_turn(self) -> None:
        now = self._clock()
        if self._last_request is not None and now - self._last_request < MIN_DELAY_S:
            self._sleeper(MIN_DELAY_S - (now - self._last_request))
        self._last_request = self._clock()

    def _over_deadline(self) -> bool:
        if self._monotonic() <= self._stop_at:
            return False
        if not self._down:
            self._down = True
            self._warn(f"{self.provider}: the build's online deadline passed; offline from now on")
        return True

    def _fail(self, key: str, countries: str, message: str) -> None:
        self._failed.add((key, countries))
        self._failures += 1
        self._warn(f"{self.provider}: {message}; using the offline gazetteer")
        if self._failures >= MAX_CONSECUTIVE_FAILURES and not self._down:
            self._down = True
            self._warn(f"{self.provider}: {self._failures} failures in a row; offline from now on")

    def close(self) -> None:
        """Close the cache."""
        self._cache.close()

    def __enter__(self) -> "OnlineGeocoder":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def make_geocoder(
    kind: str,
    *,
    url: str | None,
    cache_path: Path,
    user_agent: str,
    warn: Callable[[str], None],
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
    sleeper: Callable[[float], None] = time.sleep,
    timeout: float = 10.0,
    max_retries: int = 1,
    deadline_s: float = REQUEST_DEADLINE_S,
    build_deadline_s: float = BUILD_DEADLINE_S,
) -> OnlineGeocoder | None:
    """None for kind 'offline'; a cached, rate-limited Nominatim client for 'nominatim'.

    `clock` and `sleeper` drive the rate limiter; `wall_clock` dates the cached answers;
    `timeout` bounds each wait for data, `deadline_s` each request, `build_deadline_s` the run.
    """
    if kind == "offline":
        return None
    if kind != "nominatim":
        raise ValueError(f"unknown geocoder {kind!r}: use 'offline' or 'nominatim'")
    client = NominatimClient(url, user_agent, timeout=timeout, deadline_s=deadline_s)
    cache = GeocodeCache(cache_path, now=wall_clock)
    return OnlineGeocoder(
        client,
        cache,
        warn,
        clock=clock,
        sleeper=sleeper,
        max_retries=max_retries,
        build_deadline_s=build_deadline_s,
    )
