"""Polite HTTP fetching for `add` and `watch`: user agent, timeouts, size limit, few redirects."""

import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) sahel-events/0.1 "
    "(+https://github.com/sahel-events-dashboard; article intake)"
)
TIMEOUT_SECONDS = 20.0  # per connection or read
DEADLINE_SECONDS = 60.0  # per download: a server sending a byte now and then cannot hold us
CHUNK_BYTES = 65_536
MAX_PAGE_BYTES = 5_000_000
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
)
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(Exception):
    """A page that could not be fetched; str() is a sentence a user reads."""


def resolve_host(host: str) -> list[str]:
    """Every IP address the host name stands for (numeric hosts stand for themselves)."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, None)]


def check_public(url: str, resolve: Callable[[str], list[str]] = resolve_host) -> None:
    """Raise FetchError unless every address of the URL's host is a public internet address.

    The dashboard fetches on its server: without this, anyone allowed to edit could make it
    read the server's own ports or its private network.
    """
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        addresses = resolve(host)
    except (OSError, UnicodeError, ValueError) as error:
        raise FetchError(f"{url}: could not be reached ({_reason(error)})") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(
                f"{url}: a local or private network address; only public web pages are fetched"
            )


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: its final URL, body bytes and HTTP caching validators."""

    url: str
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Let redirects through as responses so that the fetcher counts and checks them itself."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """Never follow: the redirect comes back to Fetcher.fetch as an answer."""
        return None


@dataclass
class HostThrottle:
    """At most one request per host per `interval` seconds; the clock and sleep are passed in."""

    interval: float = 1.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)

    def wait(self, url: str) -> None:
        """Sleep until this URL's host may be asked again."""
        host = urllib.parse.urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            delay = last + self.interval - self.clock()
            if delay > 0:
                self.sleep(delay)
        self._last[host] = self.clock()


@dataclass
class Fetcher:
    """Fetches http(s) URLs; refuses other schemes, too-large bodies and unexpected types."""

    user_agent: str = USER_AGENT
    timeout: float = TIMEOUT_SECONDS
    max_bytes: int = MAX_PAGE_BYTES
    throttle: HostThrottle = field(default_factory=HostThrottle)
    deadline: float = DEADLINE_SECONDS
    clock: Callable[[], float] = time.monotonic
    allow_private: bool = True  # the command line may read local servers; the dashboard may not
    resolve: Callable[[str], list[str]] = resolve_host
    _opener: urllib.request.OpenerDirector = field(
        default_factory=lambda: urllib.request.build_opener(_NoRedirect)
    )

    def fetch(
        self,
        url: str,
        accept: Iterable[str] = HTML_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET url (following up to MAX_REDIRECTS redirects); raise FetchError with a reason."""
        accept = tuple(accept)
        seen = [url]
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            _check_scheme(current)
            if not self.allow_private:
                check_public(current, self.resolve)  # every hop: a redirect may point inwards
            self.throttle.wait(current)
            headers = {"User-Agent": self.user_agent, "Accept": ", ".join(accept) + ", */*;q=0.1"}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            request = urllib.request.Request(current, headers=headers)
            try:
                response = self._opener.open(request, timeout=self.timeout)
            except urllib.error.HTTPError as error:
                response = error
            except (urllib.error.URLError, OSError, ValueError) as error:
                raise FetchError(f"{url}: could not be reached ({_reason(error)})") from None
            with response:
                status = response.status
                if status in _REDIRECTS:
                    target = response.headers.get("Location")
                    if not target:
                        raise FetchError(f"{url}: the server redirects without saying where")
                    current = urllib.parse.urljoin(current, target)
                    if current in seen:
                        raise FetchError(f"{url}: the server redirects in a loop")
                    seen.append(current)
                    continue
                if status == 304:
                    return Fetched(current, b"", "", None, etag, last_modified, not_modified=True)
                if status >= 400:
                    raise FetchError(f"{url}: the server answered {status} ({_status(status)})")
                return self._read(url, current, response, accept)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects; not followed further")

    def _read(self, url: str, final: str, response, accept: tuple[str, ...]) -> Fetched:
        content_type = response.headers.get_content_type()
        if content_type not in accept:
            raise FetchError(
                f"{url}: the server sent {content_type}, not a web page"
                if accept == HTML_TYPES
                else f"{url}: the server sent {content_type}, not a feed"
            )
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                f"{url}: the page is {int(declared):,} bytes, larger than {self._limit()}; not kept"
            )
        try:
            body = self._read_body(url, response)
        except (OSError, ValueError) as error:
            raise FetchError(f"{url}: the download failed ({_reason(error)})") from None
        return Fetched(
            url=final,
            body=body,
            content_type=content_type,
            charset=response.headers.get_content_charset(),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def _read_body(self, url: str, response) -> bytes:
        """The body, read a chunk at a time so that both the size and the time stay bounded."""
        started = self.clock()
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read1(CHUNK_BYTES):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: the page is larger than {self._limit()}; not kept")
            if self.clock() - started > self.deadline:
                raise FetchError(
                    f"{url}: the download took longer than {self.deadline:g} s; not kept"
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _limit(self) -> str:
        return f"the limit of {self.max_bytes:,} bytes"


def _check_scheme(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{url}: not a web address (only http:// and https:// are fetched)")


def _status(code: int) -> str:
    return {404: "not found", 403: "forbidden", 410: "gone", 429: "too many requests"}.get(
        code, "server error" if code >= 500 else "refused"
    )


def _reason(error: Exception) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason) or type(error).__name__
