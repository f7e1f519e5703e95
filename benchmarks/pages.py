"""Page speed benchmark (not a test): the chronology and other pages with N events.

    python benchmarks/pages.py [--events 10000] [--baseline 2500]
                               [--postgres postgres://postgres@127.0.0.1:5432/postgres]

Builds a scratch database (a temporary SQLite file, or with --postgres a scratch database on that
server, dropped at the end), migrates it, generates --baseline events over ten years with two
actors, a place and one evidence row each, then requests each page through Django's test client
with DEBUG off. Printed per URL: median and fastest of 9 requests after a warm-up, the number of
SQL queries, and the size of the HTML. The same database then grows to --events events and is
measured again; last comes each page's median at N events as a ratio of its median at the
baseline, measured in the same run, and whether its query count stayed the same. The baseline
should fill every page measured (2,500 events reach ?page=50 of 50 rows), or the ratio compares
a short page with a full one.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["meeting", "strike", "pause", "agreement", "movement", "protest", "statement", "other"]


def build_dictionaries() -> dict:
    from events.models import Actor, Place
    from sources.models import Source, content_hash

    text = "A generated source. " * 20
    return {
        "actors": Actor.objects.bulk_create(Actor(name=f"Actor {i}") for i in range(50)),
        "places": Place.objects.bulk_create(Place(name=f"Place {i}") for i in range(30)),
        "source": Source.objects.create(
            title="Generated source", text=text, content_hash=content_hash(text), status="done"
        ),
    }


def add_events(first: int, last: int, *, actors, places, source) -> None:
    """Events numbered first..last-1, drawn from a generator seeded with `first`: the same rows
    in every run."""
    from events.models import Event, EventActor, Evidence

    rng = random.Random(first)
    start = datetime.date(2015, 1, 1)
    rows = []
    for number in range(first, last):
        day = start + datetime.timedelta(days=rng.randint(0, 3650))
        length = datetime.timedelta(days=rng.choice([0, 0, 0, 6, 30]))
        rows.append(
            Event(
                type=rng.choice(TYPES),
                title=f"Generated event {number}",
                date_start=day,
                date_end=day + length,
                place=rng.choice(places),
            )
        )
    rows = Event.objects.bulk_create(rows, batch_size=2000)
    EventActor.objects.bulk_create(
        (EventActor(event=event, actor=actor) for event in rows for actor in rng.sample(actors, 2)),
        batch_size=5000,
    )
    Evidence.objects.bulk_create(
        (
            Evidence(event=event, source=source, quote="A generated", start=0, end=11)
            for event in rows
        ),
        batch_size=5000,
    )


def measure() -> dict[str, tuple[float, int]]:
    """Print each page's timings; returns {url: (median ms, SQL queries)}."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from events.models import Actor, Event

    settings.DEBUG = False
    client = Client()
    actor = Actor.objects.order_by("pk").first()
    event = Event.objects.order_by("pk").first()
    urls = [
        "/",
        "/?type=strike&type=meeting",
        "/?date_from=2020-03&date_to=2020-06",
        f"/?actor={actor.pk}",
        "/?q=generated",
        "/?page=50",
        f"/actors/{actor.pk}/",
        f"/events/{event.pk}/",
        "/search/?q=generated",
    ]
    print(f"{Event.objects.count()} events on {connection.vendor}")
    results = {}
    for url in urls:
        client.get(url)
        times = []
        for _ in range(9):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        print(
            f"{url:40} {response.status_code}  median {statistics.median(times):6.1f} ms"
            f"  fastest {min(times):6.1f} ms  {len(queries)} queries"
            f"  {len(response.content) // 1024} KiB"
        )
        results[url] = (statistics.median(times), len(queries))
    return results


def print_ratios(baseline: int, events: int, at_baseline: dict, at_events: dict) -> None:
    print(f"\nmedian at {events} events / median at {baseline} events, same run")
    for url, (ms, queries) in at_events.items():
        baseline_ms, baseline_queries = at_baseline[url]
        same = "same queries" if queries == baseline_queries else "QUERY COUNT GREW"
        print(
            f"{url:40} {baseline_ms:6.1f} ms -> {ms:6.1f} ms  {ms / baseline_ms:5.1f}x"
            f"  {baseline_queries} -> {queries} queries ({same})"
        )


def analyze() -> None:
    """Fresh planner statistics after a bulk insert, as autovacuum would soon give them."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--baseline", type=int, default=2_500, help="events in the first run")
    parser.add_argument("--postgres", help="URL of a PostgreSQL server database to connect to")
    args = parser.parse_args()
    if not 0 < args.baseline < args.events:
        parser.error("--baseline must be positive and smaller than --events")

    scratch = f"chronicle_bench_pages_{os.getpid()}"
    if args.postgres:
        import psycopg

        with psycopg.connect(args.postgres, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{scratch}"')
        database_url = args.postgres.rsplit("/", 1)[0] + f"/{scratch}"
    else:
        folder = tempfile.TemporaryDirectory()
        database_url = f"sqlite:///{folder.name}/bench.sqlite3"
    os.environ["DATABASE_URL"] = database_url
    # The pages render with DEBUG off below; settings load with it on so that static files need
    # no collectstatic manifest.
    os.environ["DEBUG"] = "true"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    try:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        dictionaries = build_dictionaries()
        add_events(0, args.baseline, **dictionaries)
        analyze()
        at_baseline = measure()
        add_events(args.baseline, args.events, **dictionaries)
        analyze()
        at_events = measure()
        print_ratios(args.baseline, args.events, at_baseline, at_events)
    finally:
        if not args.postgres:
            folder.cleanup()
        else:
            from django.db import connections

            connections.close_all()
            with psycopg.connect(args.postgres, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{scratch}"')


if __name__ == "__main__":
    main()
