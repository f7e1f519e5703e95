"""Page speed benchmark (not a test): the chronology and other pages with N events.

    python benchmarks/pages.py [--events 10000] [--postgres postgres://postgres@127.0.0.1:5432/postgres]

Builds a scratch database (a temporary SQLite file, or with --postgres a scratch database on that
server, dropped at the end), migrates it, generates N events over ten years with two actors, a
place and one evidence row each, then requests each page through Django's test client with DEBUG
off. Printed per URL: median and fastest of 9 requests after a warm-up, the number of SQL queries,
and the size of the HTML.
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


def build(events: int) -> None:
    from events.models import Actor, Event, EventActor, Evidence, Place
    from sources.models import Source, content_hash

    rng = random.Random(1)
    actors = Actor.objects.bulk_create(Actor(name=f"Actor {i}") for i in range(50))
    places = Place.objects.bulk_create(Place(name=f"Place {i}") for i in range(30))
    text = "A generated source. " * 20
    source = Source.objects.create(
        title="Generated source", text=text, content_hash=content_hash(text), status="done"
    )
    start = datetime.date(2015, 1, 1)
    rows = []
    for number in range(events):
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


def measure() -> None:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--postgres", help="URL of a PostgreSQL server database to connect to")
    args = parser.parse_args()

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
        build(args.events)
        measure()
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
