"""Requeue URL sources whose worker stopped half-way (killed, restarted, lost its task)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand

from sources.services import requeue_stale_sources


class Command(BaseCommand):
    help = (
        "Requeue URL sources still queued, fetching or extracting after --minutes (default "
        "CHRONICLE_STALE_SOURCE_MINUTES). Safe to run from cron next to the workers: a source "
        "is only ever written by the worker that holds it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes", type=float, default=settings.CHRONICLE_STALE_SOURCE_MINUTES
        )

    def handle(self, *args, minutes, **options):
        count = requeue_stale_sources(older_than=timedelta(minutes=minutes))
        self.stdout.write(f"requeued {count} stale sources")
