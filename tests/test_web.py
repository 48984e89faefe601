"""The web example (examples/web/): its JSON API over HTTP, its page text, and the page in Chromium.

The browser tests drive the system's Chromium through Playwright. Without either they are
skipped, unless SMALLSTEPS_REQUIRE_BROWSER=1 (CI sets it), which makes that a failure.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import pathlib
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from html.parser import HTMLParser
from http.server import ThreadingHTTPServer
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

import pytest

import smallsteps as ss

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEB = ROOT / "examples" / "web"
SUPPORTER_SHOT = ROOT / "test-artifacts" / "web-supporter-notice.png"
SCREENSHOT = ROOT / "test-artifacts" / "web-plan.png"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CRISIS_TEXT = "I want to end it all"


def _load_app() -> ModuleType:
    """Import examples/web/app.py by its path (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("smallsteps_web_example", WEB / "app.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


app = _load_app()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The example's server on a free port, in a thread, for this module's tests."""
    server: ThreadingHTTPServer = app.make_server(port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class Reply(NamedTuple):
    status: int
    headers: Message
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def fetch(
    url: str, method: str = "GET", data: bytes | None = None, content_type: str = ""
) -> Reply:
    request = urllib.request.Request(url, data=data, method=method)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        with error:
            return Reply(error.code, error.headers, error.read())


def post(url: str, body: Any) -> Reply:
    return fetch(url, "POST", json.dumps(body).encode("utf-8"), "application/json")


CHECKIN = {"energy": 1, "minutes": 5, "posture": "lying", "time_of_day": "morning"}


class TestPlan:
    @pytest.mark.parametrize(
        "checkin",
        [CHECKIN, {"energy": 3, "minutes": 20, "posture": "standing", "time_of_day": "evening"}],
    )
    def test_plan_is_the_librarys_plan(self, base_url: str, checkin: dict[str, Any]) -> None:
        """A check-in gets exactly the plan the library gives for it, as plain data."""
        expected = ss.to_dict(ss.Recommender().recommend(ss.CheckIn(**checkin)))

        reply = post(base_url + "/api/plan", checkin)

        assert 200 == reply.status
        assert "application/json; charset=utf-8" == reply.headers["Content-Type"]
        assert expected == reply.json()


class TestBreakDown:
    def test_breakdown_is_the_librarys_breakdown(self, base_url: str) -> None:
        """A typed task gets the library's breakdown for that energy level."""
        expected = ss.to_dict(ss.break_down("reply to my landlord", 2))

        reply = post(base_url + "/api/break-down", {"task": "reply to my landlord", "energy": 2})

        assert 200 == reply.status
        assert expected == reply.json()

    def test_crisis_text_gives_the_notice(self, base_url: str) -> None:
        """Crisis language gives the safety notice and no steps, passed on as it is."""
        reply = post(base_url + "/api/break-down", {"task": CRISIS_TEXT, "energy": 1})

        data = reply.json()
        assert 200 == reply.status
        assert ss.to_dict(ss.break_down(CRISIS_TEXT, 1)) == data
        assert [] == data["steps"]
        assert data["notice"]["message"]

    def test_someone_else_at_risk_gives_the_supporter_notice(self, base_url: str) -> None:
        """Words about another person at risk give the supporter notice, passed on as it is."""
        text = "my best friend said she has a plan to end her life"
        data = post(base_url + "/api/break-down", {"task": text, "energy": 1}).json()
        assert "supporter" == data["notice"]["kind"]
        assert ss.to_dict(ss.break_down(text, 1)) == data

    def test_country_puts_its_lines_in_the_notice(self, base_url: str) -> None:
        """An optional country gives that country's crisis lines, such as 988 in the US."""
        body = {"task": CRISIS_TEXT, "energy": 1, "country": "US"}

        notice = post(base_url + "/api/break-down", body).json()["notice"]
        phones = [line["phone"] for line in notice["resources"]]

        assert "988" in phones

    def test_a_locale_gives_the_notice_in_its_language(self, base_url: str) -> None:
        """An optional locale: the notice's words in that language, the region's lines."""
        body = {"task": "quiero matarme esta noche", "energy": 1, "locale": "es-MX"}

        notice = post(base_url + "/api/break-down", body).json()["notice"]

        assert notice["message"].startswith("Parece que ahora mismo todo pesa mucho.")
        assert "Línea de la Vida: llama al 800 911 2000" in notice["lines"]


class TestLookups:
    def test_energy_levels(self, base_url: str) -> None:
        """The five energy levels come with the library's labels and descriptions."""
        expected = [
            {"value": int(level), "label": level.label, "description": level.description}
            for level in ss.Energy
        ]

        reply = fetch(base_url + "/api/energy-levels")

        assert 200 == reply.status
        assert {"levels": expected} == reply.json()
        assert 5 == len(expected)

    def test_safety_plan(self, base_url: str) -> None:
        """The blank safety plan is the library's, with nothing filled in."""
        reply = fetch(base_url + "/api/safety-plan")

        assert 200 == reply.status
        assert ss.to_dict(ss.safety_plan()) == reply.json()


MISSING_MINUTES = {"energy": 1, "posture": "lying", "time_of_day": "morning"}
BAD_INPUT = [
    pytest.param("/api/plan", {**CHECKIN, "energy": 9}, "energy", id="energy-9"),
    pytest.param("/api/plan", {**CHECKIN, "posture": "floating"}, "posture", id="posture"),
    pytest.param("/api/plan", {**CHECKIN, "minutes": 0}, "minutes", id="minutes-0"),
    pytest.param("/api/plan", MISSING_MINUTES, "minutes", id="minutes-missing"),
    pytest.param("/api/break-down", {"task": "", "energy": 1}, "task", id="task-empty"),
    pytest.param("/api/break-down", {"energy": 1}, "task", id="task-missing"),
    pytest.param("/api/break-down", {"task": "tidy", "energy": "lots"}, "energy", id="energy"),
    pytest.param("/api/break-down", {"task": "tidy", "energy": 1, "country": "USA"}, "country"),
    pytest.param("/api/plan", b"{not json", "body", id="not-json"),
    pytest.param("/api/plan", b"[1, 2]", "body", id="not-an-object"),
    pytest.param("/api/plan", b'{"energy": NaN}', "body", id="nan"),
    pytest.param("/api/break-down", b'{"task": "' + b"x" * 65536 + b'"}', "body", id="64-kb"),
]


class TestBadInput:
    @pytest.mark.parametrize(("path", "data", "field"), BAD_INPUT)
    def test_bad_input_is_400_naming_the_field(
        self, base_url: str, path: str, data: Any, field: str
    ) -> None:
        """Bad input gets 400 and an error naming the field, never a traceback."""
        raw = data if isinstance(data, bytes) else json.dumps(data).encode()

        reply = fetch(base_url + path, "POST", raw, "application/json")

        error = reply.json()["error"]
        assert 400 == reply.status
        assert {"field", "message"} == set(error)
        assert field == error["field"]
        assert error["message"]
        assert b"Traceback" not in reply.body

    def test_a_lone_surrogate_gets_an_answer(self, base_url: str) -> None:
        """Half a UTF-16 pair in a task came back as no answer at all (an encoding error)."""
        raw = b'{"task": "tidy the \\ud800 desk", "energy": 2}'
        reply = fetch(base_url + "/api/break-down", "POST", raw, "application/json")
        assert 200 == reply.status
        assert reply.json()["steps"]

    def test_a_content_length_of_other_digits_is_400(self, base_url: str) -> None:
        """A Content-Length of a non-ASCII digit ("\u00b2", byte B2) got no answer at all."""
        import socket

        host, port = base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as connection:
            connection.sendall(
                b"POST /api/plan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: \xb2\r\n\r\n{}"
            )
            answer = connection.recv(100)
        assert answer.startswith(b"HTTP/1.0 400")

    def test_the_servers_own_error_pages_carry_the_security_headers(self, base_url: str) -> None:
        """An unsupported method gets the server's own 501 page, with the same headers."""
        reply = fetch(base_url + "/", "PATCH")
        assert 501 == reply.status
        assert "nosniff" == reply.headers["X-Content-Type-Options"]
        assert "frame-ancestors 'none'" in reply.headers["Content-Security-Policy"]

    def test_a_long_queue_of_connections_waits(self) -> None:
        assert app.Server.request_queue_size >= 128

    def test_wrong_content_type_is_400(self, base_url: str) -> None:
        """A body that is not sent as JSON gets 400 naming the content type."""
        reply = fetch(base_url + "/api/plan", "POST", json.dumps(CHECKIN).encode(), "text/plain")

        assert 400 == reply.status
        assert "content-type" == reply.json()["error"]["field"]

    def test_free_text_is_never_echoed_or_logged(
        self, base_url: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A person's words appear in no error, and the server writes no log line at all."""
        private = "zq-private-words-zq"

        bad = post(base_url + "/api/break-down", {"task": private, "energy": "lots"})
        good = post(base_url + "/api/break-down", {"task": private, "energy": 1})
        missing = fetch(base_url + "/nothing-here")

        assert (400, 200, 404) == (bad.status, good.status, missing.status)
        assert private.encode() not in bad.body
        assert ("", "") == capsys.readouterr()

    @pytest.mark.parametrize(
        ("method", "path", "status"),
        [
            ("GET", "/api/plan", 405),
            ("POST", "/api/energy-levels", 405),
            ("GET", "/api/nothing", 404),
            ("POST", "/api/nothing", 404),
        ],
    )
    def test_wrong_method_or_address(
        self, base_url: str, method: str, path: str, status: int
    ) -> None:
        """A wrong method or an unknown API address gets a JSON error, not a page."""
        data = b"{}" if method == "POST" else None

        reply = fetch(base_url + path, method, data, "application/json" if data else "")

        assert status == reply.status
        assert {"error"} == set(reply.json())


class TestStatic:
    @pytest.mark.parametrize(
        ("path", "content_type"),
        [
            ("/", "text/html; charset=utf-8"),
            ("/static/style.css", "text/css; charset=utf-8"),
            ("/static/app.js", "text/javascript; charset=utf-8"),
        ],
    )
    def test_page_and_files(self, base_url: str, path: str, content_type: str) -> None:
        """The page and its files are served with their content types and a strict policy."""
        reply = fetch(base_url + path)

        assert 200 == reply.status
        assert content_type == reply.headers["Content-Type"]
        assert reply.headers["Content-Security-Policy"].startswith("default-src 'self';")

    @pytest.mark.parametrize(
        "path",
        [
            "/../pyproject.toml",
            "/static/../app.py",
            "/static/%2e%2e/app.py",
            "/static/..%2fapp.py",
            "/static//etc/passwd",
            "/app.py",
            "/index.html",
            "/static/",
            "/static/missing.css",
        ],
    )
    def test_nothing_outside_the_static_folder(self, base_url: str, path: str) -> None:
        """Only files directly in examples/web/static/ are served; anything else is 404."""
        reply = fetch(base_url + path)

        assert 404 == reply.status
        assert b"import" not in reply.body


# -- the page's own text and structure, without a browser ----------------------------------


class _Page(HTMLParser):
    """Collects the visible text, the attributes and the JSON text block of index.html."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.script_text: dict[str, Any] = {}
        self._skip: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if tag in ("script", "style"):
            self._skip = values.get("id", tag)
        for name in ("title", "alt", "aria-label", "placeholder"):
            if values.get(name):
                self.text.append(values[name])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = None

    def handle_data(self, data: str) -> None:
        if self._skip == "page-text":
            self.script_text = json.loads(data)
        elif self._skip is None and data.strip():
            self.text.append(" ".join(data.split()))


def _sentences(texts: list[str]) -> list[str]:
    return [s for text in texts for s in re.split(r"(?<=[.?:])\s+|\n+", text) if s.strip()]


@pytest.fixture(scope="module")
def page_html() -> _Page:
    parser = _Page()
    parser.feed((WEB / "static" / "index.html").read_text("utf-8"))
    return parser


class TestPageText:
    def test_fixed_text_passes_the_tone_rules(self, page_html: _Page) -> None:
        """Every sentence in the page and in the script's text block passes `lint_text`."""
        sentences = _sentences([*page_html.text, *page_html.script_text.values()])

        problems = {s: ss.lint_text(s) for s in sentences if ss.lint_text(s)}

        assert len(sentences) > 20
        assert {} == problems

    def test_readme_passes_the_tone_rules(self) -> None:
        """The example's README, outside its code blocks, passes `lint_text` too."""
        text = re.sub(r"```.*?```", "", (WEB / "README.md").read_text("utf-8"), flags=re.S)
        sentences = _sentences([text])

        assert {} == {s: ss.lint_text(s) for s in sentences if ss.lint_text(s)}

    def test_page_structure(self, page_html: _Page) -> None:
        """One h1, a title, lang="en", and a label for every control in the HTML."""
        tags = page_html.tags
        labelled = {attrs["for"] for tag, attrs in tags if tag == "label" and "for" in attrs}
        controls = [a["id"] for t, a in tags if t in ("input", "select", "textarea")]

        assert [{"lang": "en"}] == [attrs for tag, attrs in tags if tag == "html"]
        assert 1 == [tag for tag, _ in tags].count("h1")
        assert "title" in [tag for tag, _ in tags]
        assert controls
        assert set(controls) <= labelled

    def test_nothing_loads_from_elsewhere(self, page_html: _Page) -> None:
        """Scripts, styles and icons come from this server: no CDN, no web fonts."""
        sources = [
            attrs.get("src") or attrs.get("href", "")
            for tag, attrs in page_html.tags
            if tag in ("script", "link", "img") and (attrs.get("src") or attrs.get("href"))
        ]

        assert sources
        assert [] == [s for s in sources if not s.startswith(("/static/", "data:"))]


# -- the page in a real browser ------------------------------------------------------------


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("SMALLSTEPS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; SMALLSTEPS_REQUIRE_BROWSER=1 makes this a failure")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """The system's Chromium, headless, through Playwright (never `playwright install`)."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (it is in the tests extra)")
    path = os.environ.get("SMALLSTEPS_CHROMIUM", "/usr/bin/chromium")
    if not os.access(path, os.X_OK):
        _unavailable(
            f"no Chromium at {path} (install Debian's chromium or set SMALLSTEPS_CHROMIUM)"
        )
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(
                executable_path=path, headless=True, args=CHROMIUM_ARGS
            )
        except Error as error:
            _unavailable(f"Chromium at {path} did not start: {error.message.splitlines()[0]}")
        yield chromium
        chromium.close()


class Visit(NamedTuple):
    page: Page
    requests: list[str]
    errors: list[str]


@pytest.fixture
def visit(browser: Browser, base_url: str) -> Iterator[Visit]:
    """The page, open at 08:00 UTC on a fixed day, in US English, with the levels loaded."""
    context = browser.new_context(
        locale="en-US", timezone_id="UTC", viewport={"width": 1000, "height": 900}
    )
    page = context.new_page()
    seen = Visit(page, [], [])
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.clock.set_fixed_time("2025-05-01T08:00:00Z")
    page.goto(base_url + "/")
    page.get_by_role("radio", name="Running on empty", exact=True).wait_for()
    yield seen
    context.close()


def _focused(page: Page) -> str:
    return str(page.evaluate("document.activeElement.id"))


def _tab_to(page: Page, element_id: str, key: str = "Tab") -> None:
    """Press Tab (or Shift+Tab) until the element has focus, as a keyboard user would."""
    for _ in range(20):
        page.keyboard.press(key)
        if element_id == _focused(page):
            return
    pytest.fail(f"{key} never reached #{element_id}")


class TestBrowser:
    def test_keyboard_check_in_shows_the_librarys_plan(self, visit: Visit) -> None:
        """Filled with the keyboard alone, the check-in shows the library's plan as cards."""
        page = visit.page
        expected = ss.Recommender().recommend(
            ss.CheckIn(energy=1, minutes=6, posture="lying", time_of_day="afternoon")
        )
        assert "morning" == page.input_value("#time-of-day")  # from the browser's clock

        keys_and_focus = [
            ("Tab", "energy-0"),
            ("Space", "energy-0"),
            ("ArrowDown", "energy-1"),  # arrow keys move through the group and choose
            ("Tab", "minutes"),
            ("ArrowUp", "minutes"),  # 5 becomes 6
            ("Tab", "posture-lying"),
            ("Space", "posture-lying"),
            ("Tab", "time-of-day"),
            ("ArrowDown", "time-of-day"),  # morning becomes afternoon
            ("Tab", ""),  # the submit button
        ]
        for key, focus in keys_and_focus:
            page.keyboard.press(key)
            assert focus == _focused(page), key
        assert page.is_checked("#energy-1")
        assert page.is_checked("#posture-lying")
        assert ("6", "afternoon") == (
            page.input_value("#minutes"),
            page.input_value("#time-of-day"),
        )
        page.keyboard.press("Enter")  # on the submit button
        page.locator("#plan-results article").first.wait_for()

        titles = page.locator("#plan-results article h3").all_inner_texts()
        first_steps = page.locator("#plan-results article").first.locator("ol li .step-text")
        assert [s.activity.title for s in expected.suggestions] == titles
        assert [s.text for s in expected.suggestions[0].steps] == first_steps.all_inner_texts()
        assert "plan-heading" == _focused(page)
        assert page.get_by_text("Stopping here counts").count() >= 1
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert [] == visit.errors

    def test_break_down_and_the_safety_notice(self, visit: Visit) -> None:
        """By keyboard, a typed task shows its steps; crisis text shows the alert with 988."""
        page = visit.page
        expected = ss.break_down("reply to my landlord", 2)

        _tab_to(page, "task")
        page.keyboard.type("reply to my landlord")
        page.keyboard.press("Enter")
        page.locator("#task-results > ol li").first.wait_for()
        steps = page.locator("#task-results > ol .step-text").all_inner_texts()
        assert [s.text for s in expected.steps] == steps
        assert "task-results-heading" == _focused(page)

        _tab_to(page, "task", "Shift+Tab")
        page.keyboard.press("Control+A")
        page.keyboard.type(CRISIS_TEXT)
        page.keyboard.press("Enter")
        alert = page.get_by_role("alert")
        alert.wait_for()
        notice = ss.check_safety(CRISIS_TEXT, "US").notice
        assert notice is not None
        assert "988" in alert.inner_text()
        assert notice.message in alert.inner_text()
        assert 0 == page.locator("#task-results > ol").count()  # no steps, only the notice

        _tab_to(page, "safety-plan-summary")
        page.keyboard.press("Enter")  # opens the blank safety plan
        page.locator("#safety-plan-body h3").first.wait_for()
        titles = page.locator("#safety-plan-body h3").all_inner_texts()
        assert [s.title for s in ss.safety_plan().sections] == titles
        assert [] == visit.errors

    def test_supporter_notice_in_the_page(self, visit: Visit) -> None:
        """Words about someone else at risk show the supporter alert: how to be with them."""
        page = visit.page
        text = "my brother texted me that he wants to end his life tonight"
        notice = ss.check_safety(text).notice
        assert notice is not None
        assert "supporter" == notice.kind
        page.get_by_label("The task, in your own words").fill(text)
        page.get_by_role("button", name="Break this down").click()
        alert = page.get_by_role("alert")
        alert.wait_for()
        shown = alert.inner_text()
        assert notice.message in shown
        assert "How to be with them now" in shown
        assert all(option in shown for option in notice.options)
        SUPPORTER_SHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SUPPORTER_SHOT), full_page=True)
        assert [] == visit.errors

    def test_large_text_needs_no_sideways_scrolling(self, visit: Visit, base_url: str) -> None:
        """At 200% text, or 320 pixels wide, with a plan and a notice shown, nothing overflows."""
        page = visit.page
        page.get_by_label("Very low").check()
        page.get_by_label("Sitting").check()
        page.get_by_role("button", name="Show me a few small steps").click()
        page.locator("#plan-results article").first.wait_for()
        page.get_by_label("The task, in your own words").fill(CRISIS_TEXT)
        page.get_by_role("button", name="Break this down").click()
        page.get_by_role("alert").wait_for()

        overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        for width, text_size in [(1000, "200%"), (400, "200%"), (320, "100%")]:
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
            assert page.evaluate(overflow) <= 1, (width, text_size)

        shown = _sentences([page.inner_text("body")])
        assert {} == {s: ss.lint_text(s) for s in shown if ss.lint_text(s)}
        assert [] == [url for url in visit.requests if not url.startswith(base_url)]
        assert [] == visit.errors


WEEK_SCREENSHOT = SCREENSHOT.with_name("web-week.png")


class TestWeek:
    def test_the_week_is_the_librarys_week(self, base_url: str) -> None:
        """`POST /api/week`: the library's plan for the week, and a review with a mood chart."""
        body = {
            "start": "2026-12-07",
            "times": ["morning", "evening"],
            "energy": 1,
            "moods": [{"day": "2026-12-01", "mood": 4}, {"day": "2026-12-03", "mood": 6}],
        }
        reply = post(base_url + "/api/week", body)
        assert 200 == reply.status
        expected = ss.plan_week(dt.date(2026, 12, 7), times=["morning", "evening"], energy=1)
        assert reply.json()["week"] == ss.to_dict(expected)
        moods = [p["mood"] for p in reply.json()["review"]["moods"]]
        assert moods == [None, 4.0, None, 6.0, None, None, None]

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"start": "next monday"}, "start"),
            ({"start": "2026-12-07", "times": ["teatime"]}, "time_of_day"),
            ({"start": "2026-12-07", "moods": [{"day": "2026-12-01", "mood": 11}]}, "mood_after"),
        ],
    )
    def test_bad_fields_are_named(self, base_url: str, body: dict[str, Any], field: str) -> None:
        reply = post(base_url + "/api/week", body)
        assert 400 == reply.status
        assert field == reply.json()["error"]["field"]

    def test_the_page_plans_a_week_and_draws_the_mood_chart(self, visit: Visit) -> None:
        """In the browser: the week as a list, the review, and an SVG chart with a table."""
        page = visit.page
        page.check("#week-evening")
        for day, mood in (("2025-04-25", "3"), ("2025-04-27", "5"), ("2025-04-30", "7")):
            page.fill(f"#mood-{day}", mood)
        page.get_by_role("button", name="Plan my week").click()
        page.locator("#week-results ol.week li").first.wait_for()
        expected = ss.plan_week(dt.date(2025, 5, 1), times=["morning", "evening"], energy=1)
        items = page.locator("#week-results ol.week li").all_inner_texts()
        assert [i.title for i in expected.items] == [
            t.split(": ", 1)[1].rsplit(", ", 1)[0] for t in items
        ]
        chart = page.locator("svg#mood-chart[role=img]")
        assert chart.get_attribute("aria-labelledby") == "mood-chart-title mood-chart-desc"
        assert page.locator("#mood-chart-title").text_content() == "Your mood, day by day"
        assert chart.locator("rect.bar").count() == 3
        cells = page.locator("#week-results table tbody td:nth-child(2)").all_text_contents()
        assert cells == ["Not noted", "3.0", "Not noted", "5.0", "Not noted", "Not noted", "7.0"]
        assert "week-results-heading" == _focused(page)
        WEEK_SCREENSHOT.parent.mkdir(exist_ok=True)
        page.locator("#week-results").screenshot(path=str(WEEK_SCREENSHOT))
        assert [] == visit.errors
