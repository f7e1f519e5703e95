"""Screenshots of the main pages for the README: the timeline (its busiest month with an event
selected, everything, and the busiest month at 375 px), an event and a source.

Usage: python scripts/take_screenshots.py [BASE_URL] [--event ID]
against a running server with data (make run). Uses Debian's /usr/bin/chromium.
"""

import argparse
import json
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def api(base: str, path: str):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000")
    parser.add_argument("--event", type=int, help="event to show (default: the most reported)")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    if args.event is None:
        events = api(base, "/api/events/?page_size=500")["results"]
        args.event = max(events, key=lambda e: (e["source_count"], len(e["actors"])))["id"]
    event = api(base, f"/api/events/{args.event}/")
    evidence = event["evidence"][0]
    per_month = {}
    for row in api(base, "/api/events/histogram/?interval=month"):
        per_month[row["bucket"][:7]] = per_month.get(row["bucket"][:7], 0) + row["count"]
    busiest = max(per_month, key=per_month.get)
    month_view = f"/?date_from={busiest}&date_to={busiest}"
    first_in_month = api(base, f"/api/events/?date_from={busiest}&date_to={busiest}&page_size=1")
    OUT.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        shots = [
            ("timeline.png", month_view, 1280, True),
            ("timeline-overview.png", "/", 1280, False),
            ("timeline-375.png", month_view, 375, False),
            ("event.png", f"/events/{args.event}/", 1280, True),
            (
                "source.png",
                f"/sources/{evidence['source']['id']}/#ev-{evidence['id']}",
                1280,
                False,
            ),
        ]
        for name, path, width, full_page in shots:
            page = browser.new_page(viewport={"width": width, "height": 1000})
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            if path == month_view and width > 600:
                selected = first_in_month["results"][0]["id"]
                page.locator(f"#event-{selected} .event-date").click()
                page.wait_for_timeout(300)
                page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=OUT / name, full_page=full_page)
            print(OUT / name)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
