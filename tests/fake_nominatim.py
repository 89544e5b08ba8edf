"""A fake Nominatim server on 127.0.0.1 for tests: records requests, answers in several modes."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class FakeNominatim:
    """Serve /search on a free loopback port; `mode` picks the answer, `requests` records calls."""

    def __init__(self, clock=time.monotonic, mode: str = "ok", answers: dict | None = None):
        self.mode = mode
        self.answers = answers or {}  # folded query -> (lat, lon); others get "no result"
        self.requests: list[dict] = []
        self.streams = {"hung_up": 0, "finished": 0}  # how each dripped answer ended
        self._ended = threading.Condition()
        self._closing = threading.Event()
        self._clock = clock
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlsplit(self.path)
                fake.requests.append(
                    {
                        "path": url.path,
                        "params": {k: v[0] for k, v in parse_qs(url.query).items()},
                        "user_agent": self.headers.get("User-Agent", ""),
                        "at": fake._clock(),
                    }
                )
                if fake.mode == "timeout":
                    fake._closing.wait()  # never answers while the server is up
                    return
                if fake.mode in ("drip", "huge"):
                    self._stream(fake.mode)
                    return
                if fake.mode == "500":
                    self._send(500, b"Internal Server Error", "text/plain")
                elif fake.mode == "html":
                    self._send(200, b"<html><body>Service busy</body></html>", "text/html")
                elif fake.mode == "empty":
                    self._send(200, b"", "application/json")
                else:
                    query = parse_qs(url.query).get("q", [""])[0].lower()
                    hit = fake.answers.get(query)
                    body = [] if hit is None else [_result(query, *hit)]
                    self._send(200, json.dumps(body).encode(), "application/json")

            def _send(self, status, body, content_type):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _stream(self, mode):
                """drip: a byte every 0.2 s (at most 200); huge: 2 MB of a JSON list."""
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                try:
                    if mode == "huge":
                        self.wfile.write(b"[" + b'{"lat": "1", "lon": "1"},' * 80_000 + b"{}]")
                        return
                    for _ in range(200):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.2)
                except OSError:
                    fake._stream_ended("hung_up")  # the client hung up, as it should
                    return
                fake._stream_ended("finished")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _stream_ended(self, how: str) -> None:
        with self._ended:
            self.streams[how] += 1
            self._ended.notify_all()

    def wait_for_streams(self, count: int, limit: float = 60.0) -> dict[str, int]:
        """How the first `count` dripped answers ended, once they have (`limit`: a safety net)."""
        with self._ended:
            self._ended.wait_for(lambda: sum(self.streams.values()) >= count, timeout=limit)
            return dict(self.streams)

    def __enter__(self) -> "FakeNominatim":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._closing.set()
        self.server.shutdown()
        self.server.server_close()


def _result(query: str, lat: float, lon: float) -> dict:
    return {
        "place_id": 1,
        "lat": str(lat),
        "lon": str(lon),
        "display_name": f"{query.title()}, Mali",
        "class": "place",
        "type": "village",
        "importance": 0.4,
    }
