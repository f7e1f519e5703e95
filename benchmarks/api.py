"""API speed benchmark (not a test): how the API and the timeline page scale from 10k to 1M events.

    python benchmarks/api.py [--small 10000] [--large 1000000] [--requests 15]
                             [--postgres postgres://postgres@127.0.0.1:5432/postgres]

Creates a scratch PostgreSQL database (chronicle_bench_api_<pid>) on that server, migrates it and
generates --small events in SQL (INSERT ... SELECT over generate_series: a million events with
their evidence and actor links take a few minutes). Each request is timed through Django's test
client with DEBUG off: the median of --requests after a warm-up, and the number of SQL queries.
Then the same database grows to --large events and everything is measured again.

The printed figure to read is the ratio large/small for each request, measured in the same run on
the same machine: a page of events or a histogram that stays near 1x does not grow with the
table. Query counts must be equal at both sizes.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["meeting", "strike", "pause", "agreement", "movement", "protest", "statement", "other"]
ACTORS = 50
PLACES = 30
SOURCES = 1000
# In the title of one event in 10,000: the `q=` request looks for something rare.
RARE_WORD = "zanzibar"
BATCH = 100_000

# Row n of each table is a pure function of n, so growing the table adds the same kind of rows.
# Dates spread over ten years from 2015; a third of the events last a week or a month; one in 50
# is rejected and one in 5 confirmed; every event has two distinct actors and one evidence row.
EVENTS_SQL = f"""
INSERT INTO events_event (
    id, type, title, summary, date_start, date_end, date_precision, open_end, place_id,
    casualties, status, confidence, edited, version, last_reported_at, created_at, updated_at
)
SELECT
    n,
    (%(types)s::text[])[(1 + (n * 7919) %% 8)::int],
    CASE WHEN n %% 10000 = 1 THEN 'Generated {RARE_WORD} event ' || n
         ELSE 'Generated ' || (%(words)s::text[])[(1 + (n * 31) %% 12)::int] || ' event ' || n END,
    '',
    start,
    start + (ARRAY[0, 0, 0, 6, 30])[(1 + (n * 13) %% 5)::int],
    (ARRAY['day', 'day', 'day', 'week', 'month'])[(1 + (n * 13) %% 5)::int],
    false,
    %(first_place)s + n %% {PLACES},
    NULL,
    CASE WHEN n %% 50 = 0 THEN 'rejected' WHEN n %% 5 = 0 THEN 'confirmed' ELSE 'extracted' END,
    0.5,
    false,
    1,
    now(),
    now(),
    now()
FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS n,
     LATERAL (SELECT DATE '2015-01-01' + ((n * 2654435761) %% 3653)::int AS start) AS day
"""
EVENT_ACTORS_SQL = f"""
INSERT INTO events_eventactor (event_id, actor_id, role)
SELECT n, %(first_actor)s + (n * k + shift) %% {ACTORS}, ''
FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS n,
     -- n and 7n + 13 differ by an odd number, so never by a multiple of 50: two distinct actors.
     (VALUES (1, 0), (7, 13)) AS actor_of (k, shift)
"""
EVIDENCE_SQL = f"""
INSERT INTO events_evidence (event_id, source_id, quote, start, "end", date_text, created_at)
SELECT n, %(first_source)s + n %% {SOURCES}, 'A generated passage about event ' || n, 0, 40,
       'on the day', now()
FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS n
"""
WORDS = [
    "strike",
    "talks",
    "ceasefire",
    "protest",
    "convoy",
    "statement",
    "meeting",
    "raid",
    "agreement",
    "deployment",
    "shelling",
    "visit",
]


def create_dictionaries() -> dict:
    """Actors, places and sources through the ORM; the events refer to them by id offset."""
    from events.models import Actor, Place
    from sources.models import Source, content_hash

    actors = Actor.objects.bulk_create(Actor(name=f"Actor {i}") for i in range(ACTORS))
    places = Place.objects.bulk_create(Place(name=f"Place {i}") for i in range(PLACES))
    sources = Source.objects.bulk_create(
        Source(title=f"Source {i}", text=f"Source {i}.", content_hash=content_hash(f"S{i}"))
        for i in range(SOURCES)
    )
    for rows in (actors, places, sources):
        ids = sorted(row.pk for row in rows)
        assert ids == list(range(ids[0], ids[0] + len(ids))), "ids are not contiguous"
    return {
        "first_actor": min(a.pk for a in actors),
        "first_place": min(p.pk for p in places),
        "first_source": min(s.pk for s in sources),
    }


def grow(database_url: str, dictionaries: dict, first: int, last: int) -> float:
    """Insert events first..last with their links; returns seconds taken."""
    started = time.perf_counter()
    with psycopg.connect(database_url, autocommit=True) as connection:
        for batch_first in range(first, last + 1, BATCH):
            params = {
                **dictionaries,
                "types": TYPES,
                "words": WORDS,
                "first": batch_first,
                "last": min(batch_first + BATCH - 1, last),
            }
            with connection.transaction():
                for sql in (EVENTS_SQL, EVENT_ACTORS_SQL, EVIDENCE_SQL):
                    connection.execute(sql, params)
        for table in ("events_event", "events_eventactor", "events_evidence"):
            connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
            )
        # As autovacuum would leave a settled table: statistics and a visibility map.
        connection.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def requests_to_time(first_actor: int) -> list[tuple[str, str]]:
    window = "date_from=2019-03&date_to=2019-04"
    return [
        ("events, first page", "/api/events/"),
        ("events, date window", f"/api/events/?{window}"),
        ("events, type + date window", f"/api/events/?type=strike&{window}"),
        ("events, one actor", f"/api/events/?actor={first_actor}"),
        ("events, q= a rare word", f"/api/events/?q={RARE_WORD}"),
        ("histogram by month, one year", "/api/events/histogram/?date_from=2019&date_to=2019"),
        ("histogram by month, all", "/api/events/histogram/"),
        ("timeline page /", "/"),
    ]


def measure(requests: list[tuple[str, str]], repeats: int) -> dict[str, tuple[float, int]]:
    """{label: (median ms, SQL queries)} for each request."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.DEBUG = False
    client = Client()
    results = {}
    for label, url in requests:
        warm_up = client.get(url)
        assert warm_up.status_code == 200, f"{url}: {warm_up.status_code}"
        times = []
        for _ in range(repeats):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        results[label] = (statistics.median(times), len(queries))
    return results


def print_table(requests, small: int, large: int, at_small: dict, at_large: dict) -> None:
    small_name, large_name = f"{small:,}", f"{large:,}"
    header = (
        f"{'request':32} {'ms at ' + small_name:>14} {'ms at ' + large_name:>16} "
        f"{'ratio':>7} {'queries ' + small_name:>17} {'queries ' + large_name:>19}"
    )
    print(header)
    print("-" * len(header))
    for label, _url in requests:
        (small_ms, small_queries), (large_ms, large_queries) = at_small[label], at_large[label]
        flag = "" if small_queries == large_queries else "  QUERY COUNT GREW"
        print(
            f"{label:32} {small_ms:14.1f} {large_ms:16.1f} {large_ms / small_ms:6.1f}x "
            f"{small_queries:17} {large_queries:19}{flag}"
        )
    print()
    for label, url in requests:
        print(f"{label:32} {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10_000, help="events in the baseline")
    parser.add_argument("--large", type=int, default=1_000_000, help="events after growing")
    parser.add_argument("--requests", type=int, default=15, help="timed requests per URL")
    parser.add_argument(
        "--postgres",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="URL of a database on the PostgreSQL server (the scratch database goes beside it)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch database (to EXPLAIN its queries)"
    )
    args = parser.parse_args()
    if not 0 < args.small < args.large:
        parser.error("--small must be positive and smaller than --large")

    scratch = f"chronicle_bench_api_{os.getpid()}"
    with psycopg.connect(args.postgres, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{scratch}"')
    database_url = args.postgres.rsplit("/", 1)[0] + f"/{scratch}"
    os.environ["DATABASE_URL"] = database_url
    # Requests run with DEBUG off (see measure); settings load with it on so that static files
    # need no collectstatic manifest.
    os.environ["DEBUG"] = "true"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    try:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        dictionaries = create_dictionaries()
        requests = requests_to_time(dictionaries["first_actor"])

        seconds = grow(database_url, dictionaries, 1, args.small)
        print(f"generated {args.small:,} events in {seconds:.1f} s", flush=True)
        at_small = measure(requests, args.requests)

        seconds = grow(database_url, dictionaries, args.small + 1, args.large)
        print(f"grew to {args.large:,} events in {seconds:.1f} s", flush=True)
        at_large = measure(requests, args.requests)

        print(f"\nPostgreSQL, median of {args.requests} requests, DEBUG off\n")
        print_table(requests, args.small, args.large, at_small, at_large)
    finally:
        from django.db import connections

        connections.close_all()
        if args.keep:
            print(f"\nkept the database: {database_url}")
        else:
            with psycopg.connect(args.postgres, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{scratch}"')


if __name__ == "__main__":
    main()
