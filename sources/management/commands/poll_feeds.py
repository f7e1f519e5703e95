"""Poll the active feeds and ingest their new entries; once, or every N minutes."""

import time

from django.core.management.base import BaseCommand, CommandError

from sources.models import Feed
from sources.services import poll_active_feeds, poll_feed


class Command(BaseCommand):
    help = (
        "Poll the active RSS/Atom feeds (or the given ones) and ingest their new entries. "
        "Entries go through the task queue: fetched at once on the immediate backend, by "
        "`db_worker` processes on the database backend."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="*", help="only these feeds (they must be stored)")
        parser.add_argument(
            "--every",
            type=float,
            metavar="MINUTES",
            help="keep polling, every MINUTES minutes (else poll once and exit)",
        )

    def handle(self, *args, urls, every, **options):
        if every is not None and every <= 0:
            raise CommandError("--every must be a positive number of minutes")
        feeds = list(Feed.objects.filter(url__in=urls)) if urls else None
        if urls and len(feeds) != len(set(urls)):
            missing = set(urls) - {feed.url for feed in feeds}
            raise CommandError(f"not stored as feeds: {', '.join(sorted(missing))}")
        while True:
            polls = [poll_feed(feed=feed) for feed in feeds] if feeds else poll_active_feeds()
            for poll in polls:
                if poll.error:
                    self.stderr.write(f"failed   {poll.feed.url}: {poll.error}")
                else:
                    self.stdout.write(f"polled   {poll.feed.url}: {len(poll.results)} new entries")
            self.stdout.write(
                f"feeds: {len(polls)} polled, {sum(bool(p.error) for p in polls)} failed; "
                f"entries: {sum(len(p.results) for p in polls)} new"
            )
            if every is None:
                return
            time.sleep(every * 60)
