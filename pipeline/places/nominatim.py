"""Nominatim's /search as a resolver: one request, a hard deadline, a cap on the answer's size.

The deadline is enforced by a timer that shuts the socket down, so neither a server that never
answers nor one that drips a byte every few seconds can hold a request past it. No retries
here: the caller (`OnlineGeocoder`) is the one retry layer.
"""

import contextlib
import http.client
import json
import math
import socket
import threading
import time
from collections.abc import Sequence
from urllib.parse import urlencode, urlsplit

from pipeline.places.resolver import ResolverBadAnswer, ResolverUnavailable

DEFAULT_URL = "https://nominatim.openstreetmap.org"
MAX_ANSWER_BYTES = 256 * 1024  # a search answer is a few kB; more is not an answer
# Nominatim result types that are populated places: preferred over rivers, roads, regions.
POPULATED = frozenset(
    ["city", "town", "village", "hamlet", "locality", "isolated_dwelling", "suburb", "quarter"]
)
_READ = 8192


class NominatimClient:
    """Asks one Nominatim server; `search` gives (lat, lon) or None, or raises a ResolverError."""

    def __init__(
        self,
        url: str | None,
        user_agent: str,
        *,
        timeout: float = 10.0,
        deadline_s: float = 20.0,
        max_bytes: int = MAX_ANSWER_BYTES,
    ):
        url = url or DEFAULT_URL
        parts = urlsplit(url if "//" in url else f"https://{url}")
        self.scheme = parts.scheme or "https"
        self.netloc = parts.netloc
        self.path = parts.path.rstrip("/") + "/search"
        self.domain = (parts.netloc + parts.path).rstrip("/")
        self._user_agent = user_agent
        self._timeout = timeout
        self._deadline_s = deadline_s
        self._max_bytes = max_bytes

    def search(self, query: str, countries: Sequence[str]) -> tuple[float, float] | None:
        """The best populated place for query in the countries (ISO2), or None if none."""
        params = {"q": query, "format": "json", "limit": "5", "addressdetails": "0"}
        codes = ",".join(sorted(c.lower() for c in countries if c))
        if codes:
            params["countrycodes"] = codes
        body = self._get(f"{self.path}?{urlencode(params)}")
        return best_result(body)

    def _get(self, target: str) -> bytes:
        kind = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        connection = kind(self.netloc, timeout=min(self._timeout, self._deadline_s))
        expired = threading.Event()

        def cut() -> None:
            expired.set()
            sock = connection.sock
            if sock is not None:
                # OSError: already closed, the request ended as the deadline came
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(self._deadline_s, cut)
        timer.daemon = True
        timer.start()
        started = time.monotonic()
        try:
            connection.request("GET", target, headers={"User-Agent": self._user_agent})
            answer = connection.getresponse()
            if answer.status >= 500 or answer.status == 429:
                raise ResolverUnavailable(f"HTTP {answer.status} {answer.reason}")
            if answer.status != 200:
                raise ResolverBadAnswer(f"HTTP {answer.status} {answer.reason}")
            return self._read(answer, started, expired)
        except (OSError, http.client.HTTPException) as error:
            if expired.is_set():
                raise ResolverUnavailable(f"no answer within {self._deadline_s:g} s") from error
            raise ResolverUnavailable(f"{type(error).__name__}: {error}") from error
        finally:
            timer.cancel()
            connection.close()

    def _read(self, answer, started: float, expired: threading.Event) -> bytes:
        length = answer.getheader("Content-Length")
        if length and length.isdigit() and int(length) > self._max_bytes:
            raise ResolverBadAnswer(f"answer of {length} bytes, over the {self._max_bytes} cap")
        chunks, size = [], 0
        while chunk := answer.read1(_READ):
            size += len(chunk)
            if size > self._max_bytes:
                raise ResolverBadAnswer(f"answer over the {self._max_bytes}-byte cap")
            if expired.is_set() or time.monotonic() - started > self._deadline_s:
                raise ResolverUnavailable(f"no whole answer within {self._deadline_s:g} s")
            chunks.append(chunk)
        if expired.is_set():
            raise ResolverUnavailable(f"no whole answer within {self._deadline_s:g} s")
        return b"".join(chunks)


def best_result(body: bytes) -> tuple[float, float] | None:
    """The coordinates of the first populated place among the results, else of the first
    result; None for an empty list. Anything but a JSON list of results is a bad answer."""
    try:
        results = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise ResolverBadAnswer(f"not JSON ({error})") from error
    if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
        raise ResolverBadAnswer("not a list of search results")
    if not results:
        return None
    ranked = sorted(results, key=lambda r: r.get("type") not in POPULATED)
    try:
        lat, lon = float(ranked[0]["lat"]), float(ranked[0]["lon"])
    except (KeyError, TypeError, ValueError) as error:
        raise ResolverBadAnswer(f"a result without usable coordinates ({error})") from error
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ResolverBadAnswer("coordinates are not finite numbers")
    return lat, lon
