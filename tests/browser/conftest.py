"""Headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser) against a live
test server. Skipped, saying why, when Chromium or the vendored timeline library is missing."""

import os
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API runs an event loop in this thread; the live server's database access from
# the test thread is then flagged by Django's async-safety check, which does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIS_TIMELINE = Path(settings.BASE_DIR) / "static/vendor/vis-timeline/vis-timeline-graph2d.min.js"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}: apt-get install chromium")
    if not VIS_TIMELINE.exists():
        pytest.skip(
            f"browser tests need {VIS_TIMELINE.relative_to(settings.BASE_DIR)}: "
            "run `npm ci && sh scripts/vendor_static.sh` (make setup does)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def pytest_terminal_summary(terminalreporter):
    """Say plainly, at the end of every run, when the browser tests did not run and why."""
    reasons = {
        report.longrepr[2].removeprefix("Skipped: ")
        for report in terminalreporter.stats.get("skipped", [])
        if "tests/browser/" in report.nodeid and isinstance(report.longrepr, tuple)
    }
    for reason in sorted(reasons):
        terminalreporter.write_line(f"BROWSER TESTS SKIPPED: {reason}", yellow=True, bold=True)
