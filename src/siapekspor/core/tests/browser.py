"""Shared pieces of the browser tests: Debian's chromium driven by Playwright.

The `browser` fixture (in `siapekspor/conftest.py`) launches it per test; a module that
wants one browser for all its tests opens `launched()` in a module-scoped fixture. Mark a
browser test module with `pytestmark = [*BROWSER_MARKS, …]`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def launched() -> Iterator[Any]:
    """A headless chromium for the length of the block (Playwright's sync API; Django's
    async-unsafe check is lifted because the live server runs in another thread)."""
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield instance
        finally:
            instance.close()


def follow(page: Any, target: Any) -> None:
    """Click a link or a submit button (a selector or a locator) and return once the page it
    leads to has loaded.

    `click()` followed by `wait_for_load_state("load")` races: the wait can answer for the
    page still showing, before the browser has even sent the form, and the test then reads
    the database before the server has written to it."""
    locator = page.locator(target) if isinstance(target, str) else target
    with page.expect_navigation(wait_until="load"):
        locator.click()
