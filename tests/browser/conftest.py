"""Browser fixtures: serve the built site on 127.0.0.1 and drive Debian Chromium through Playwright.

Every request that does not go to the local server is blocked and counted; every console error and page
error is collected. Tests assert both are zero through :class:`BrowserGuard`.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Route, sync_playwright

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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


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


def guarded_context(browser: Browser, guard: BrowserGuard, allowed: Callable[[str], bool]) -> Iterator[BrowserContext]:
    """A browser context in which every request whose URL is not ``allowed`` is blocked and counted in ``guard``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")

    def route(route: Route) -> None:
        if allowed(route.request.url):
            route.continue_()
        else:
            guard.external.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    context.set_default_timeout(20_000)
    yield context
    # Drop the route handler first: closing while a handled request is in flight could otherwise wait forever.
    context.unroute_all(behavior="ignoreErrors")
    context.close()
    guard.assert_clean()


def _local(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost") or url.startswith(("data:", "blob:"))


@pytest.fixture
def context(browser: Browser, guard: BrowserGuard) -> Iterator[BrowserContext]:
    yield from guarded_context(browser, guard, _local)


@pytest.fixture
def page(context: BrowserContext, guard: BrowserGuard) -> Page:
    page = context.new_page()
    page.on("console", lambda message: guard.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: guard.errors.append(str(error)))
    page.on("response", lambda r: guard.errors.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)
    return page


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
