"""Fetch GeoNames country dumps (`<CODE>.zip`) politely: user agent, timeouts, a size cap."""

import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
DEFAULT_USER_AGENT = (
    "sahel-events-dashboard/0.1 gazetteer download (+https://github.com/sahel-events-dashboard)"
)
MAX_BYTES = 200 * 1024 * 1024  # a country dump is a few MB; more is not a country dump
CHUNK = 64 * 1024


class DownloadError(OSError):
    """A dump could not be fetched (the message says which and why)."""


def country_code(code: str) -> str:
    """A two-letter ISO country code, upper case; anything else is refused (it becomes a URL)."""
    code = code.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise DownloadError(f"{code!r} is not a two-letter country code (e.g. ML, BF, NE)")
    return code


def fetch_dump(
    code: str,
    target: Path,
    *,
    base_url: str = DEFAULT_BASE_URL,
    user_agent: str = DEFAULT_USER_AGENT,
    timeout: float = 30.0,
    deadline_s: float = 600.0,
    max_bytes: int = MAX_BYTES,
    clock: Callable[[], float] = time.monotonic,
    on_bytes: Callable[[int], None] = lambda n: None,
) -> Path:
    """Download `<base_url><CODE>.zip` into `target` (a folder); return the file's path."""
    code = country_code(code)
    url = base_url.rstrip("/") + f"/{code}.zip"
    path = target / f"{code}.zip"
    partial = target / f".{code}.zip.part"
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    started = clock()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer, partial.open("wb") as out:
            size = 0
            while chunk := answer.read1(CHUNK):  # what has come: a drip cannot hold a read
                size += len(chunk)
                if size > max_bytes:
                    raise DownloadError(f"{url}: larger than {max_bytes} bytes; stopped")
                if clock() - started > deadline_s:
                    raise DownloadError(f"{url}: not finished after {deadline_s:.0f} s; stopped")
                out.write(chunk)
                on_bytes(len(chunk))
        shutil.move(partial, path)
    except urllib.error.HTTPError as error:
        raise DownloadError(
            f"{url}: the server answered HTTP {error.code} ({error.reason})"
        ) from error
    except urllib.error.URLError as error:
        raise DownloadError(
            f"{url}: cannot reach the server ({error.reason}); are you offline?"
        ) from error
    except (TimeoutError, ConnectionError) as error:
        raise DownloadError(f"{url}: the connection failed ({error}); are you offline?") from error
    finally:
        partial.unlink(missing_ok=True)
    return path
