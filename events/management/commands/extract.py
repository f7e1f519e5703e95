"""Extract events from articles without touching the database.

manage.py extract FILE --published YYYY-MM-DD     one .txt (first line = title) or .html file
manage.py extract --jsonl < articles.jsonl        the contract of spec/extraction.md
"""

import json
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils import timezone

from events.extraction import ExtractionError, KnownNames, extract
from events.known_names import load_known_names
from sources.text import read_document


class Command(BaseCommand):
    help = "Extract dated events from an article (or JSON lines of articles); writes no data."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help=".txt or .html file")
        parser.add_argument("--published", help="publication date, YYYY-MM-DD")
        parser.add_argument(
            "--jsonl", action="store_true", help="read JSON lines on stdin, write JSON lines"
        )

    def handle(self, *args, file=None, published=None, jsonl=False, **options):
        known = self._known_names()
        if jsonl:
            return self._jsonl(known)
        if not file:
            raise CommandError("give a FILE, or --jsonl to read JSON lines on standard input")
        if not published:
            raise CommandError("--published YYYY-MM-DD is required with a FILE")
        published_on = _parse_published(published)
        try:
            document = read_document(Path(file))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{file}: {exc}") from exc
        try:
            events = extract(document.text, published_on, title=document.title, known=known)
        except ExtractionError as exc:
            raise CommandError(str(exc)) from exc
        payload = {"title": document.title, "published": published_on.isoformat()}
        payload["events"] = [event.as_contract() for event in events]
        self.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False))

    def _known_names(self) -> KnownNames:
        try:
            return load_known_names()
        except DatabaseError as exc:
            # Extraction needs no database; without one it recognises names by shape only.
            self.stderr.write(f"no curated actors or places (database unavailable: {exc})")
            return KnownNames()

    def _jsonl(self, known):
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
                published_on = _parse_published(article.get("published"))
                events = extract(
                    article["text"], published_on, title=article.get("title", ""), known=known
                )
            except (ValueError, KeyError, TypeError, CommandError, ExtractionError) as exc:
                self.stderr.write(f"line {number}: {exc}")
                article_id = article.get("id") if isinstance(article, dict) else None
                row = {"id": article_id, "events": [], "error": str(exc)}
            else:
                row = {"id": article.get("id"), "events": [e.as_contract() for e in events]}
            self.stdout.write(json.dumps(row, ensure_ascii=False))


def _parse_published(value) -> date:
    if not value:
        raise CommandError("a publication date (YYYY-MM-DD) is required")
    try:
        published_on = date.fromisoformat(str(value))
    except ValueError:
        raise CommandError(f"publication date {value!r} is not YYYY-MM-DD") from None
    if published_on > timezone.localdate():
        raise CommandError(f"publication date {published_on} is in the future")
    return published_on
