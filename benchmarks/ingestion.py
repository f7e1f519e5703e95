"""Ingestion scale-out benchmark (not a test): N generated articles through 1 and 2 workers.

    python benchmarks/ingestion.py [--articles 2000] [--workers 1 2] [--postgres URL]

What it measures is the whole URL path as production runs it: the articles are served as HTML
pages by a local HTTP server; `manage.py ingest --background URL...` queues one source and one
task per URL in PostgreSQL (django-tasks-db); then N `manage.py db_worker --batch` processes
share the queue, each task fetching its page through the safe fetcher, reducing it to text with
trafilatura, dating it from the page metadata and extracting its events in one transaction.

The script creates its own scratch databases on the PostgreSQL server (a migrated template and
one copy per run, so every run starts from the same empty state) and drops them at the end.
Printed per run: wall time from starting the workers to the last one exiting (includes process
start-up), articles per second, and the speed-up over one worker.
"""

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
MANAGE_PY = ROOT / "manage.py"

ACTORS = [
    "Kataib Hezbollah",
    "the Quds Force",
    "US forces",
    "the Iraqi army",
    "the Islamic Resistance in Iraq",
    "Harakat al-Nujaba",
    "the Pentagon",
    "the Iraqi government",
]
PLACES = ["Baghdad", "Erbil", "Basra", "Mosul", "Anbar", "Damascus", "the Golan", "Amman"]
MONTHS = ["January", "February", "March"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(number: int) -> str:
    """A deterministic news article with dated happenings, as a full HTML page."""
    rng = random.Random(number)
    month = rng.randint(1, 3)
    day = rng.randint(10, 28)
    published = f"2024-{month:02}-{day:02}"
    sentences = [f"Dispatch {number} from our correspondent in {rng.choice(PLACES)}."]
    for _ in range(rng.randint(6, 10)):
        actor, other = rng.sample(ACTORS, 2)
        place = rng.choice(PLACES)
        when = rng.choice(
            [
                f"on {rng.randint(1, day)} {MONTHS[month - 1]}",
                f"on {rng.choice(WEEKDAYS)}",
                "last week",
                f"on {rng.randint(1, 28)} {MONTHS[max(0, month - 2)]}",
            ]
        )
        sentences.append(
            rng.choice(
                [
                    f"A drone strike on a base near {place} {when} killed {rng.randint(2, 9)} "
                    f"members of {actor}, officials said.",
                    f"Leaders of {actor} met {other} in {place} {when} to discuss a truce.",
                    f"{actor.capitalize()} said in a statement {when} that attacks on "
                    f"{other} would stop.",
                    f"Fighters from {actor} attacked a convoy of {other} near {place} {when}.",
                    f"Protesters gathered in {place} {when} to demand the withdrawal of {other}.",
                ]
            )
        )
        sentences.append(
            f"Residents of {place} described a tense night; shops stayed closed and traffic "
            f"was light on the main roads into the city, according to local reporters."
        )
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    return (
        f"<!doctype html><html><head><title>Dispatch {number}</title>"
        f'<meta property="article:published_time" content="{published}T08:00:00Z">'
        f'<meta property="og:site_name" content="Bench Wire"></head>'
        f"<body><nav>Home | World | Iraq</nav><article><h1>Dispatch {number}</h1>"
        f"{paragraphs}</article><footer>Copyright Bench Wire</footer></body></html>"
    )


class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            number = int(self.path.rsplit("/", 1)[1])
        except ValueError:
            self.send_error(404)
            return
        body = article(number).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def database_url(base: str, name: str) -> str:
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin(base: str, sql: str) -> None:
    with psycopg.connect(database_url(base, "postgres"), autocommit=True) as conn:
        conn.execute(sql)


def manage(*args, env, capture=True):
    return subprocess.run(
        [sys.executable, str(MANAGE_PY), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=capture,
        text=True,
    )


def run(
    base: str, template: str, workers: int, urls: list[str], common_env: dict, attempt: int
) -> dict:
    name = f"{template}_w{workers}_{attempt}"
    admin(base, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    env = {**common_env, "DATABASE_URL": database_url(base, name)}
    try:
        started = time.monotonic()
        manage("ingest", "--background", "-v", "0", *urls, env=env)
        queued_in = time.monotonic() - started

        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(MANAGE_PY),
                    "db_worker",
                    "--batch",
                    "--no-reload",
                    "--no-startup-delay",
                    "--interval",
                    "0",
                    "--worker-id",
                    f"bench-{workers}-{index}",
                    "-v",
                    "0",
                ],
                env=env,
                cwd=ROOT,
            )
            for index in range(workers)
        ]
        for process in processes:
            process.wait()
        elapsed = time.monotonic() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        worker_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
            cpu_after.ru_stime - cpu_before.ru_stime
        )

        with psycopg.connect(env["DATABASE_URL"]) as conn:
            statuses = dict(
                conn.execute("SELECT status, count(*) FROM sources_source GROUP BY status")
            )
            events = conn.execute("SELECT count(*) FROM events_event").fetchone()[0]
            evidence = conn.execute("SELECT count(*) FROM events_evidence").fetchone()[0]
            per_worker = dict(
                conn.execute(
                    "SELECT worker_ids->>0, count(*) FROM django_tasks_database_dbtaskresult "
                    "GROUP BY 1 ORDER BY 1"
                )
            )
            task_ms = conn.execute(
                "SELECT percentile_cont(array[0.5, 0.9, 0.99]) WITHIN GROUP "
                "(ORDER BY extract(epoch FROM finished_at - started_at) * 1000) "
                "FROM django_tasks_database_dbtaskresult"
            ).fetchone()[0]
            # Pairs of events that extraction would have merged had their sources been
            # ingested one after the other: same type, dates within a day, a shared actor or
            # the same place, no source in common. Concurrent workers can make them.
            unmerged = conn.execute(
                """
                SELECT count(*) FROM events_event a JOIN events_event b
                  ON a.id < b.id AND a.type = b.type
                 AND a.date_start <= b.date_end + 1 AND a.date_end >= b.date_start - 1
                WHERE (a.place_id = b.place_id OR EXISTS (
                        SELECT 1 FROM events_eventactor x JOIN events_eventactor y
                          ON x.actor_id = y.actor_id
                         WHERE x.event_id = a.id AND y.event_id = b.id))
                  AND NOT EXISTS (
                        SELECT 1 FROM events_evidence p JOIN events_evidence q
                          ON p.source_id = q.source_id
                         WHERE p.event_id = a.id AND q.event_id = b.id)
                """
            ).fetchone()[0]
            busy = conn.execute(
                "SELECT extract(epoch FROM max(finished_at) - min(started_at)) "
                "FROM django_tasks_database_dbtaskresult"
            ).fetchone()[0]
        return {
            "workers": workers,
            "queued_in": queued_in,
            "elapsed": elapsed,
            "worker_cpu": worker_cpu,
            "busy": float(busy or 0),
            "statuses": statuses,
            "events": events,
            "evidence": evidence,
            "per_worker": per_worker,
            "task_ms": task_ms,
            "unmerged": unmerged,
        }
    finally:
        admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds; the best of them counts (shared machines)"
    )
    parser.add_argument(
        "--postgres",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="a PostgreSQL server URL whose user may create databases",
    )
    options = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [
        f"http://127.0.0.1:{server.server_address[1]}/article/{n}" for n in range(options.articles)
    ]

    template = f"chronicle_bench_ingest_{os.getpid()}"
    common_env = {
        **os.environ,
        "CHRONICLE_TASKS": "database",
        # The articles are served from this machine; only this benchmark lets the fetcher in.
        "CHRONICLE_FETCH_ALLOWED_NETWORKS": "127.0.0.1/32",
        "DEBUG": "true",
        "LOG_LEVEL": "ERROR",
    }
    admin(options.postgres, f'CREATE DATABASE "{template}"')
    try:
        manage(
            "migrate",
            "-v",
            "0",
            env={**common_env, "DATABASE_URL": database_url(options.postgres, template)},
        )
        print(
            f"{options.articles} articles served over HTTP from 127.0.0.1; {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f} at start; {options.repeat} rounds"
        )
        results = {workers: [] for workers in options.workers}
        for attempt in range(options.repeat):
            for workers in options.workers:
                result = run(options.postgres, template, workers, urls, common_env, attempt)
                results[workers].append(result)
                print(
                    f"  round {attempt + 1}, {workers} worker(s): {result['elapsed']:.1f} s wall, "
                    f"{options.articles / result['elapsed']:.1f} articles/s; "
                    f"{result['worker_cpu'] * 1000 / options.articles:.0f} ms worker CPU per "
                    f"article; task p50/p90/p99 "
                    f"{'/'.join(f'{ms:.0f}' for ms in result['task_ms'])} ms; "
                    f"sources {result['statuses']}; {result['events']} events, "
                    f"{result['evidence']} evidence rows, {result['unmerged']} unmerged "
                    f"duplicate pairs; tasks per worker "
                    f"{list(result['per_worker'].values())}; queueing took "
                    f"{result['queued_in']:.1f} s (load {os.getloadavg()[0]:.1f})"
                )
        best = {}
        for workers, runs in results.items():
            best[workers] = min(r["elapsed"] for r in runs)
            median = statistics.median(r["elapsed"] for r in runs)
            print(
                f"{workers} worker(s): {options.articles / best[workers]:.1f} articles/s best, "
                f"{options.articles / median:.1f} articles/s median"
            )
        first = options.workers[0]
        for workers in options.workers[1:]:
            print(
                f"speed-up {first} -> {workers} workers: {best[first] / best[workers]:.2f}x (best runs)"
            )
    finally:
        admin(options.postgres, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        server.shutdown()


if __name__ == "__main__":
    main()
