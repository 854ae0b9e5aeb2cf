"""Browser fixtures: serve the built site on 127.0.0.1 and drive Debian Chromium through Playwright.

Every request that does not go to the local server is blocked and counted; every console error, page error and
HTTP error is collected. Each test asserts both are zero through its own :class:`BrowserGuard`. Pages of the local
server are not intercepted (interception turns Chromium's HTTP cache off and costs a round trip per request): their
contexts send every request for another host to a port that refuses connections, and count it.

Opening a browser context and a page costs about three times as much CPU as navigating an open page, so ``page`` is
one tab per worker, navigated by each test and handed over clean: a fresh guard per test (the context's request
counter and the page's listeners report to the guard of the test running), storage and cookies cleared, emulated media
and viewport reset, and a new tab after a failed test. A test that adds page-level set-up that would outlive it (an
init script, a listener of its own) removes it before it ends; one that needs other context options opens its own.
"""

from __future__ import annotations

import functools
import http.server
import socket
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    ProxySettings,
    Request,
    Response,
    Route,
    ViewportSize,
    sync_playwright,
)

from tests.browser.axe import AXE, AXE_PATH
from tests.helpers import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


# Served between two tests on the shared tab: leaves the previous page (so that its scripts are gone) and empties the
# storage of the site's origin, session storage included (it belongs to the tab). Its empty icon keeps Chromium from
# asking for /favicon.ico, which the site does not have. The server also serves axe-core (tests/browser/axe.py).
RESET_PATH = "/__browser-test-reset__"
RESET_PAGE = (
    b'<!doctype html><title>reset</title><link rel="icon" href="data:,">'
    b"<script>localStorage.clear(); sessionStorage.clear()</script>"
)
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
FAILED = pytest.StashKey[bool]()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == RESET_PATH:
            self._send(RESET_PAGE, "text/html; charset=utf-8")
        elif self.path == AXE_PATH and AXE.is_file():
            # Cacheable for the run: Chromium keeps the script and its compiled code for the worker's other pages.
            self._send(AXE.read_bytes(), "text/javascript; charset=utf-8", "max-age=3600")
        else:
            super().do_GET()

    def _send(self, body: bytes, content_type: str, cache_control: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if cache_control:
            self.send_header("Cache-Control", cache_control)
        self.end_headers()
        self.wfile.write(body)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Mark a test whose set-up or call failed: the shared tab it used is not handed to the next test."""
    report = yield
    if report.failed:
        item.stash[FAILED] = True
    return report


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (Debian package 'chromium')")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def refusing_proxy() -> Iterator[str]:
    """A proxy address on which every connection is refused: a port bound for the session but never listened on."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{bound.getsockname()[1]}"


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@dataclass
class BrowserGuard:
    """What went wrong in a browser context: blocked external requests and console errors."""

    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.external == [], f"{len(self.external)} external request(s): {self.external}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def guard() -> BrowserGuard:
    return BrowserGuard()


def open_guarded_context(
    browser: Browser, guard: Callable[[], BrowserGuard], allowed: Callable[[str], bool]
) -> BrowserContext:
    """A browser context in which every request whose URL is not ``allowed`` is blocked and counted in ``guard()``."""
    context = _new_context(browser)

    def route(route: Route) -> None:
        if allowed(route.request.url):
            route.continue_()
        else:
            guard().external.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    return context


def _new_context(browser: Browser, proxy: ProxySettings | None = None) -> BrowserContext:
    """A context with the settings every browser test shares: window size, Korean locale, 20 s timeouts."""
    context = browser.new_context(viewport=VIEWPORT, locale="ko-KR", proxy=proxy)
    context.set_default_timeout(20_000)
    return context


def close_context(context: BrowserContext) -> None:
    # Drop the route handler first: closing while a handled request is in flight could otherwise wait forever.
    context.unroute_all(behavior="ignoreErrors")
    context.close()


def guarded_context(browser: Browser, guard: BrowserGuard, allowed: Callable[[str], bool]) -> Iterator[BrowserContext]:
    """A guarded context (see :func:`open_guarded_context`) for one test, asserted clean once closed."""
    context = open_guarded_context(browser, lambda: guard, allowed)
    yield context
    close_context(context)
    guard.assert_clean()


LOCAL_HOSTS = ("127.0.0.1", "localhost")


def _local(url: str) -> bool:
    return urlsplit(url).hostname in LOCAL_HOSTS or url.startswith(("data:", "blob:"))


def open_served_context(browser: Browser, guard: Callable[[], BrowserGuard], refusing_proxy: str) -> BrowserContext:
    """A browser context for the local server's pages in which every request to another host is blocked (sent to
    ``refusing_proxy``) and counted in ``guard()``; the local server is reached directly, without interception."""
    proxy: ProxySettings = {"server": refusing_proxy, "bypass": ",".join(LOCAL_HOSTS)}
    context = _new_context(browser, proxy)

    def count(request: Request) -> None:
        if not _local(request.url):
            guard().external.append(request.url)

    context.on("request", count)
    return context


def watch(page: Page, guard: Callable[[], BrowserGuard]) -> None:
    """Report the page's console errors, page errors and HTTP errors to the guard ``guard()`` returns."""

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            guard().errors.append(message.text)

    def page_error(error: Exception) -> None:
        guard().errors.append(str(error))

    def response(r: Response) -> None:
        if r.status >= 400:
            guard().errors.append(f"HTTP {r.status} {r.url}")

    page.on("console", console)
    page.on("pageerror", page_error)
    page.on("response", response)


class SharedTab:
    """One guarded context and page per worker, lent to one test at a time with that test's guard."""

    def __init__(self, browser: Browser, site_url: str, refusing_proxy: str) -> None:
        self.browser = browser
        self.refusing_proxy = refusing_proxy
        self.reset_url = site_url.rstrip("/") + RESET_PATH
        self.guard = BrowserGuard()
        self.page: Page | None = None

    def lend(self, guard: BrowserGuard) -> Page:
        self.guard = guard
        if self.page is None:
            context = open_served_context(self.browser, lambda: self.guard, self.refusing_proxy)
            self.page = context.new_page()
            watch(self.page, lambda: self.guard)
        return self.page

    def take_back(self, failed: bool) -> None:
        """Leave the page clean for the next test; close it after a failure or when it cannot be reset."""
        page = self.page
        if page is None:
            return
        if not failed:
            try:
                page.goto(self.reset_url)  # the test's page is gone (its late errors were reported to its guard)
                page.context.clear_cookies()
                page.emulate_media(
                    media="null", color_scheme="light", reduced_motion="no-preference", forced_colors="none"
                )
                if page.viewport_size != VIEWPORT:
                    page.set_viewport_size(VIEWPORT)
                page.mouse.move(0, 0)
                return
            except Exception:  # a page that cannot be reset is replaced, whatever went wrong
                pass
        self.close()

    def close(self) -> None:
        if self.page is not None:
            close_context(self.page.context)
            self.page = None


@pytest.fixture(scope="session")
def shared_tab(browser: Browser, site_url: str, refusing_proxy: str) -> Iterator[SharedTab]:
    tab = SharedTab(browser, site_url, refusing_proxy)
    yield tab
    tab.close()


@pytest.fixture
def page(shared_tab: SharedTab, guard: BrowserGuard, request: pytest.FixtureRequest) -> Iterator[Page]:
    """The worker's shared page, clean, reporting to this test's guard; the guard is asserted clean after the test."""
    yield shared_tab.lend(guard)
    shared_tab.take_back(failed=request.node.stash.get(FAILED, False))
    guard.assert_clean()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
