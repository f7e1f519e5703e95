"""Background work (Django Tasks API): immediate on the default backend, a database queue served
by `manage.py db_worker` when CHRONICLE_TASKS=database. Tasks take ids, never model instances:
their arguments are stored as JSON."""

from django_tasks import task

from . import services
from .models import Feed, Source


@task()
def fetch_source_task(source_id: int) -> str:
    """Fetch and extract one queued URL source; its final status."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return "deleted"
    services.fetch_source(source=source)
    return source.status


@task()
def poll_feed_task(feed_id: int) -> int:
    """Poll one feed; the number of new entries queued."""
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is None:
        return 0
    return len(services.poll_feed(feed=feed).results)


@task()
def poll_feeds_task() -> int:
    return sum(len(poll.results) for poll in services.poll_active_feeds())


@task()
def requeue_stale_sources_task() -> int:
    return services.requeue_stale_sources()
