"""A small local web page for smallsteps: a check-in, a plan as cards, a task broken down.

Standard library only (`http.server` and `json`) around `smallsteps`. Run it with:

    python examples/web/app.py [--port N]

and open the address it prints. It is an example, not a service: no accounts, no HTTPS, and
it listens on 127.0.0.1 so only this computer can reach it. It logs nothing, stores nothing
and reads no clock: the browser sends the time of day.

The JSON API (every answer is `smallsteps.to_dict` of a library value):

- `POST /api/plan` with a check-in, such as `{"energy": 1, "minutes": 5, "posture": "lying",
  "time_of_day": "morning"}`, returns the plan.
- `POST /api/break-down` with `{"task": "...", "energy": 2}` (and an optional two-letter
  `"country"` for the crisis lines) returns the breakdown; crisis language gives one with
  `notice` set and no steps, a gentle check one with the steps and a `notice` beside them.
- `GET /api/energy-levels` returns the five energy levels with their labels.
- `GET /api/safety-plan` returns the blank safety plan.

Bad input gets HTTP 400 and `{"error": {"field": ..., "message": ...}}`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import smallsteps as ss

STATIC = Path(__file__).resolve().parent / "static"
"""The folder the page and its files are served from; nothing outside it is served."""

MAX_BODY = 64 * 1024
"""The largest request body accepted, in bytes."""

_DRAIN_LIMIT = 1024 * 1024  # read and drop a too-large body up to this size, so the reply arrives
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
_HEADERS = {
    # The page loads nothing from anywhere else and cannot be framed.
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# -- the API: plain data in, `ss.to_dict` out ------------------------------------------------

JSON = Any
"""Plain JSON data: dicts, lists, text, numbers, booleans and None."""


def plan(body: dict[str, JSON]) -> JSON:
    """Answer `POST /api/plan`: the plan for a check-in.

    Args:
        body: The check-in as plain data; `smallsteps.from_dict` validates it.

    Returns:
        The plan as plain data.

    Raises:
        ValidationError: If the check-in does not fit `CheckIn`.
    """
    checkin = ss.from_dict(body, ss.CheckIn)
    return ss.to_dict(ss.Recommender().recommend(checkin))


def break_down(body: dict[str, JSON]) -> JSON:
    """Answer `POST /api/break-down`: a typed task broken into steps for an energy level.

    Args:
        body: `{"task": ..., "energy": ...}`, an optional two-letter `"country"` and an
            optional `"locale"` ("es-MX": the notice in that language where it ships).

    Returns:
        The breakdown as plain data; crisis language gives one with `notice` set.

    Raises:
        ValidationError: If the task, the energy, the country or the locale does not fit.
    """
    for field in ("task", "energy"):
        if field not in body:
            raise ss.ValidationError(field, "required field missing")
    found = ss.break_down(
        body["task"], body["energy"], country=body.get("country"), locale=body.get("locale")
    )
    return ss.to_dict(found)


def week(body: dict[str, JSON]) -> JSON:
    """Answer `POST /api/week`: a gentle planned week, and a look back with a mood chart.

    Args:
        body: `{"start": "YYYY-MM-DD", "times": [...], "energy": 0-4}`, and optionally
            `"moods"`: `[{"day": "YYYY-MM-DD", "mood": 0-10}, ...]` for the days before.

    Returns:
        `{"week": ..., "review": ...}`: the plan for the week from `start`, and the review
        of the week before it, whose `moods` are one point a day for the chart.

    Raises:
        ValidationError: If a field does not fit.
    """
    start = _day("start", body.get("start"))
    moods = body.get("moods", [])
    if not isinstance(moods, list):
        raise ss.ValidationError("moods", "expected a list of days with a mood")
    noted = [
        ss.Entry(
            "", dt.datetime.combine(_day(f"moods[{n}].day", m.get("day")), dt.time(12)),
            routine_item="mood-check-in", mood_after=m.get("mood"),
        )
        for n, m in enumerate(moods)
        if isinstance(m, dict)
    ]  # fmt: skip
    planned = ss.plan_week(
        start, noted, times=body.get("times") or [], energy=body.get("energy", 1)
    )
    review = ss.weekly_review(noted, start - dt.timedelta(days=7))
    return {"week": ss.to_dict(planned), "review": ss.to_dict(review)}


def _day(field: str, value: JSON) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ss.ValidationError(field, "expected a day as YYYY-MM-DD") from None


def energy_levels() -> JSON:
    """Answer `GET /api/energy-levels`: the five levels with their labels, for the form."""
    levels = [
        {"value": ss.to_dict(level), "label": level.label, "description": level.description}
        for level in ss.Energy
    ]
    return {"levels": levels}


def safety_plan() -> JSON:
    """Answer `GET /api/safety-plan`: the blank safety plan, to fill in with someone."""
    return ss.to_dict(ss.safety_plan())


_GET: dict[str, Callable[[], JSON]] = {
    "/api/energy-levels": energy_levels,
    "/api/safety-plan": safety_plan,
}
_POST: dict[str, Callable[[dict[str, JSON]], JSON]] = {
    "/api/plan": plan,
    "/api/break-down": break_down,
    "/api/week": week,
}


def error_body(field: str, message: str) -> JSON:
    """The JSON body of an error answer: `{"error": {"field": ..., "message": ...}}`."""
    return {"error": {"field": field, "message": message}}


def describe(error: ss.ValidationError) -> JSON:
    """Turn a library `ValidationError` into an error body naming the field.

    `error.field` is the path of the first problem (`from_dict` gives paths in the data).
    Library messages name fields, numbers and short vocabulary words, never a person's free
    text, so they are passed on as they are.
    """
    return error_body(error.field, str(error).removeprefix(f"{error.field}: "))


def _no_constants(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(raw: bytes, content_type: str) -> dict[str, JSON]:
    """Read a request body as a JSON object.

    Args:
        raw: The body.
        content_type: The request's content type, without parameters.

    Returns:
        The object.

    Raises:
        ValidationError: If the content type is not JSON, or the body is not a JSON object.
    """
    if content_type != "application/json":
        raise ss.ValidationError("content-type", "send JSON, with Content-Type: application/json")
    try:
        data = json.loads(raw, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise ss.ValidationError("body", "the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ss.ValidationError("body", "expected a JSON object")
    return data


# -- the server ----------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    """Serves the page, its static files and the JSON API; logs nothing."""

    server_version = "smallsteps-example"
    timeout = 10  # seconds a slow client may hold a connection

    def version_string(self) -> str:
        """Name the server without the Python version."""
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: a request can carry health data, and logs outlive it."""

    def do_GET(self) -> None:
        """Answer a GET: an API value, the page, a static file, or 404."""
        path = self._path()
        if path in _GET:
            self._answer(_GET[path])
        elif path in _POST:
            self._send_json(HTTPStatus.METHOD_NOT_ALLOWED, _wrong_method("POST"), allow="POST")
        elif path.startswith("/api/"):
            self._send_json(HTTPStatus.NOT_FOUND, error_body("path", "no such API address"))
        else:
            self._send_static(path)

    def do_POST(self) -> None:
        """Answer a POST to the API with JSON, or with a JSON error."""
        path = self._path()
        try:
            raw = self._read_body()
        except ss.ValidationError as error:
            self._send_json(HTTPStatus.BAD_REQUEST, describe(error))
            return
        route = _POST.get(path)
        if route is None:
            if path in _GET:
                self._send_json(HTTPStatus.METHOD_NOT_ALLOWED, _wrong_method("GET"), allow="GET")
            else:
                self._send_json(HTTPStatus.NOT_FOUND, error_body("path", "no such API address"))
            return
        content_type = self.headers.get_content_type()
        self._answer(lambda: route(parse_json(raw, content_type)))

    def _path(self) -> str:
        return self.path.split("?", 1)[0].split("#", 1)[0]

    def _read_body(self) -> bytes:
        """The request body, or `ValidationError` when it is missing or over `MAX_BODY`."""
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            raise ss.ValidationError("body", "send a JSON body with a Content-Length header")
        if not (length_header.strip().isascii() and length_header.strip().isdigit()):
            raise ss.ValidationError("body", "the Content-Length header is not a whole number")
        length = int(length_header)
        if length > MAX_BODY:
            self._drain(length)
            raise ss.ValidationError("body", f"the body is over {MAX_BODY // 1024} KB")
        return self.rfile.read(length)

    def _drain(self, length: int) -> None:
        """Read and drop a body that is too large, so the client gets the answer."""
        left = min(length, _DRAIN_LIMIT)
        while left > 0:
            chunk = self.rfile.read(min(left, 16384))
            if not chunk:
                break
            left -= len(chunk)
        self.close_connection = True

    def _answer(self, compute: Callable[[], JSON]) -> None:
        """Send `compute()` as JSON: 400 for bad input, 500 (with no details) for a bug."""
        try:
            data = compute()
        except ss.ValidationError as error:
            self._send_json(HTTPStatus.BAD_REQUEST, describe(error))
        except Exception:  # a bug here: answer calmly, show and log nothing of the request
            message = "Something went wrong on the server. Nothing you sent was kept."
            self._send_json(HTTPStatus.INTERNAL_SERVER_ERROR, error_body("", message))
        else:
            self._send_json(HTTPStatus.OK, data)

    def _send_json(self, status: HTTPStatus, data: JSON, *, allow: str = "") -> None:
        # A lone surrogate a request carried comes back as its JSON escape, not a crash.
        body = json.dumps(data, ensure_ascii=False).encode("utf-8", "backslashreplace")
        headers = {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"}
        if allow:
            headers["Allow"] = allow
        self._send(status, body, headers)

    def _send_static(self, path: str) -> None:
        """Send `/` (the page) or `/static/<name>` for a file directly in `STATIC`, else 404."""
        name = "index.html" if path == "/" else path.removeprefix("/static/")
        served = {p.name: p for p in STATIC.iterdir() if p.is_file() and p.suffix in _TYPES}
        # Only an exact name from the folder's listing: "..", slashes and escapes never match.
        if not (path == "/" or path.startswith("/static/")) or name not in served:
            message = b"Not found\n"
            self._send(HTTPStatus.NOT_FOUND, message, {"Content-Type": "text/plain; charset=utf-8"})
            return
        file = served[name]
        headers = {"Content-Type": _TYPES[file.suffix], "Cache-Control": "no-cache"}
        self._send(HTTPStatus.OK, file.read_bytes(), headers)

    def _send(self, status: HTTPStatus, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        """Every answer carries the security headers, the server's own error pages too."""
        for key, value in _HEADERS.items():
            self.send_header(key, value)
        super().end_headers()


def _wrong_method(method: str) -> JSON:
    return error_body("method", f"use {method} for this address")


class Server(ThreadingHTTPServer):
    """The threading HTTP server, quiet about the connections it drops."""

    request_queue_size = 128  # connections waiting to be answered (the default, 5, drops some)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Print nothing: the default prints a traceback, which may quote the request."""


def make_server(host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """Make the server, bound and ready; call `serve_forever()` on it.

    Args:
        host: The address to listen on. Keep the default: the example has no accounts.
        port: The port; 0 picks a free one (see `server_port`).

    Returns:
        The server.
    """
    return Server((host, port), Handler)


def _port(text: str) -> int:
    port = int(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0 to 65535)")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the page on this computer until Ctrl-C.

    Args:
        argv: The command-line arguments (`--port N`); `sys.argv[1:]` when `None`.

    Returns:
        The exit status: 0 after Ctrl-C, 1 when the port cannot be used.
    """
    parser = argparse.ArgumentParser(description="Serve the smallsteps example page locally.")
    parser.add_argument("--port", type=_port, default=8000, help="the port (default 8000)")
    args = parser.parse_args(argv)
    try:
        server = make_server(port=args.port)
    except OSError as error:
        print(f"Cannot listen on port {args.port}: {error.strerror}", file=sys.stderr)
        return 1
    with server:
        print(f"smallsteps is at http://127.0.0.1:{server.server_port}/ (Ctrl-C stops it)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("Stopped.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
