"""Opt-in online geocoding: geopy's Nominatim, rate-limited, behind a persistent SQLite cache."""

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.textnorm import fold_key

DEFAULT_CACHE = Path("data/cache/geocode.sqlite")
DEFAULT_USER_AGENT = "sahel-events-dashboard/0.1 (+https://github.com/sahel-events-dashboard)"
MAX_CONSECUTIVE_FAILURES = 3  # then stop asking for the rest of the run: the server is down


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
    """A cached geocoder: geocode() gives (lat, lon) or None, never raising for network errors.

    Use as a context manager (or call close()) to close its cache.
    """

    def __init__(
        self,
        call: Callable,
        cache: GeocodeCache,
        provider: str,
        warn: Callable[[str], None],
        source: str = "nominatim",
    ):
        self._call = call
        self._cache = cache
        self.provider = provider  # the cache key: which server answered
        self.source = source  # what Place.source says
        self._warn = warn
        self._failed: set[tuple[str, str]] = set()
        self._failures = 0
        self.requests = 0

    def geocode(self, query: str, country_codes: Sequence[str]) -> tuple[float, float] | None:
        """Coordinates of the best match for query within the countries (ISO2), or None."""
        key = fold_key(query)
        countries = ",".join(sorted(c.lower() for c in country_codes if c))
        found, answer = self._cache.get(self.provider, key, countries)
        if found:
            return None if answer is None else (answer[0], answer[1])
        if (key, countries) in self._failed or self._failures >= MAX_CONSECUTIVE_FAILURES:
            return None
        from geopy.exc import GeopyError  # imported with geopy's geocoders only when online

        self.requests += 1
        try:
            location = self._call(
                query, exactly_one=True, country_codes=countries.split(",") if countries else None
            )
            answer = (
                None if location is None else [float(location.latitude), float(location.longitude)]
            )
        except (GeopyError, ValueError, TypeError, KeyError, AttributeError, OSError) as error:
            self._failed.add((key, countries))
            self._failures += 1
            self._warn(
                f"{self.provider}: no usable answer for {query!r}"
                f" ({type(error).__name__}: {error}); using the offline gazetteer"
            )
            if self._failures == MAX_CONSECUTIVE_FAILURES:
                self._warn(
                    f"{self.provider}: {self._failures} failures in a row; offline from now on"
                )
            return None
        self._failures = 0
        self._cache.put(self.provider, key, countries, answer)
        return None if answer is None else (answer[0], answer[1])

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
    max_retries: int = 2,
) -> OnlineGeocoder | None:
    """None for kind 'offline'; a cached, rate-limited Nominatim client for 'nominatim'.

    `clock` and `sleeper` drive the rate limiter; `wall_clock` dates the cached answers.
    """
    if kind == "offline":
        return None
    if kind != "nominatim":
        raise ValueError(f"unknown geocoder {kind!r}: use 'offline' or 'nominatim'")
    # geopy is imported here so that the offline pipeline never pays for it.
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    # geopy logs each retry with a traceback; failures reach the user through `warn` instead.
    logging.getLogger("geopy").addHandler(logging.NullHandler())
    logging.getLogger("geopy").propagate = False

    class _Limiter(RateLimiter):
        def _clock(self):
            return clock()

        def _sleep(self, seconds):
            sleeper(seconds)

    options = {"user_agent": user_agent, "timeout": timeout}
    domain = "nominatim.openstreetmap.org"
    if url:
        parts = urlsplit(url if "//" in url else f"https://{url}")
        domain = (parts.netloc + parts.path).rstrip("/")
        options.update(domain=domain, scheme=parts.scheme or "https")
    nominatim = Nominatim(**options)
    limited = _Limiter(
        nominatim.geocode,
        min_delay_seconds=1.0,
        max_retries=max_retries,
        error_wait_seconds=2.0,
        swallow_exceptions=False,
    )
    cache = GeocodeCache(cache_path, now=wall_clock)
    return OnlineGeocoder(limited, cache, f"nominatim@{domain}", warn)
