"""Load the demo data: curated actors and places, then the demo articles through ingestion."""

from django.core.management.base import BaseCommand, CommandError

from sources.demo_data import (
    DemoDataError,
    load_demo_actors,
    load_demo_places,
    read_demo_articles,
)
from sources.models import Source
from sources.services import IngestError, ingest_source


class Command(BaseCommand):
    help = (
        "Load the demo articles with their actors and places. Running it again adds nothing "
        "that is already there."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="do nothing when the database already holds any source",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Source.objects.exists():
            self.stdout.write("sources already present: demo data not loaded")
            return
        try:
            articles = read_demo_articles()
            actors = load_demo_actors()
            places = load_demo_places()
        except DemoDataError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"actors: {actors.created} new, {actors.updated} updated, "
            f"{actors.unchanged} unchanged; places: {places.created} new, "
            f"{places.updated} updated, {places.unchanged} unchanged"
        )
        new = unchanged = failed = events_created = events_merged = 0
        for article in articles:
            name = article.path.name
            try:
                result = ingest_source(
                    text=article.text,
                    title=article.title,
                    published=article.published,
                    url=article.url,
                    publisher=article.publisher,
                )
            except IngestError as exc:
                failed += 1
                self.stderr.write(f"failed   {name}: {exc}")
                continue
            if not result.created:
                unchanged += 1
                self.stdout.write(f"same     {name} (source {result.source.pk})")
                continue
            new += 1
            events_created += result.events_created
            events_merged += result.events_merged
            self.stdout.write(
                f"new      {name} ({article.published:%Y-%m-%d}, source {result.source.pk}): "
                f"{result.events_created} events, {result.events_merged} merged"
            )
        self.stdout.write(
            f"sources: {new} new, {unchanged} unchanged, {failed} failed; "
            f"events: {events_created} created, {events_merged} merged"
        )
