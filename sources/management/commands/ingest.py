"""Ingest .txt and .html files (or folders of them): store each source and extract its events."""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sources.services import IngestError, ingest_source
from sources.text import SUPPORTED_SUFFIXES, UnreadableDocument, read_document


class Command(BaseCommand):
    help = "Ingest files and folders of .txt/.html articles and extract their events."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument(
            "--published",
            help="publication date YYYY-MM-DD for every file (else taken from HTML metadata; "
            "sources without one are stored as 'needs date')",
        )
        parser.add_argument("--title", help="title (a single file only)")
        parser.add_argument("--url", help="original URL (a single file only)")

    def handle(self, *args, paths, published=None, title=None, url=None, **options):
        published_on = _parse_date(published) if published else None
        files = list(_expand(paths))
        if (title or url) and len(files) != 1:
            raise CommandError("--title and --url apply to a single file")
        counts = {"new": 0, "unchanged": 0, "failed": 0, "needs_date": 0}
        events = {"created": 0, "merged": 0}
        for path in files:
            try:
                document = read_document(path)
                when = published_on or _document_date(document.published)
                result = ingest_source(
                    text=document.text,
                    title=title or document.title or path.stem,
                    published=when,
                    url=url or document.url,
                    publisher=document.publisher,
                    author=document.author,
                )
            except (OSError, UnreadableDocument, IngestError) as exc:
                counts["failed"] += 1
                self.stderr.write(f"failed   {path}: {exc}")
                continue
            source = result.source
            if not result.created:
                counts["unchanged"] += 1
                self.stdout.write(f"same     {path} (source {source.pk})")
                continue
            counts["new"] += 1
            if source.published is None:
                counts["needs_date"] += 1
                self.stdout.write(f"no date  {path} (source {source.pk}): stored, needs a date")
                continue
            events["created"] += result.events_created
            events["merged"] += result.events_merged
            self.stdout.write(
                f"new      {path} (source {source.pk}): {result.events_created} events, "
                f"{result.events_merged} merged"
            )
        self.stdout.write(
            f"sources: {counts['new']} new ({counts['needs_date']} need a date), "
            f"{counts['unchanged']} unchanged, {counts['failed']} failed; "
            f"events: {events['created']} created, {events['merged']} merged"
        )


def _expand(paths):
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            yield path


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published {value!r} is not YYYY-MM-DD") from None


def _document_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
