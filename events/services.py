"""Writes that turn extraction output into stored events.

`extract_source` is the one way events come from a source: the ingest command, the API, admin
actions and background tasks all call it. It is atomic and re-runnable: running it again replaces
what the machine made from that source and never touches an event a person has edited, confirmed
or rejected. The same happening reported by several sources becomes one event with evidence from
each of them.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sources.models import Source

from .extraction import EXTRACTOR_VERSION, ExtractedEvent, KnownNames, extract
from .extraction.matching import DAY_TOLERANCE, Happening, same_happening
from .gazetteer import locate
from .known_names import load_known_names
from .models import Actor, Event, EventActor, Evidence, Place


@dataclass(frozen=True)
class ExtractionReport:
    created: int = 0
    merged: int = 0
    removed: int = 0
    kept: int = 0

    def __str__(self):
        return (
            f"{self.created} created, {self.merged} merged into existing events, "
            f"{self.removed} machine-made removed, {self.kept} edited kept"
        )


def extract_source(*, source: Source, known: KnownNames | None = None) -> ExtractionReport:
    if source.published is None:
        source.status = Source.Status.NEEDS_DATE
        source.save(update_fields=["status", "updated_at"])
        return ExtractionReport()
    known = known if known is not None else load_known_names()
    # The pure (and slowest) part runs before the transaction: workers hold row locks only while
    # they write.
    extracted = extract(source.text, source.published, title=source.title, known=known)
    return _store_extracted(source, extracted, known)


@transaction.atomic
def _store_extracted(
    source: Source, extracted: list[ExtractedEvent], known: KnownNames
) -> ExtractionReport:
    removed = _remove_machine_made(source)
    kept = Event.objects.filter(evidence__source=source).distinct().count()
    actors_by_name = _actors_named(extracted, known)
    created = merged = 0
    made_here: set[int] = set()
    reported: set[int] = set()
    for item in extracted:
        actors = [actors_by_name[name] for name in _actor_names(item, known)]
        place = _place_for(item, known)
        event = _find_same_happening(item, actors, place, exclude=made_here)
        if event is None:
            event = _create_event(item, actors, place)
            made_here.add(event.pk)
            created += 1
        else:
            merged += 1
        _attach_evidence(event, source, item)
        reported.add(event.pk)

    # Last, and in one statement: the row locks other workers may wait for are held briefly.
    Event.objects.filter(pk__in=reported).filter(
        Q(last_reported_at__isnull=True) | Q(last_reported_at__lt=source.created_at)
    ).update(last_reported_at=source.created_at)
    source.extractor_version = EXTRACTOR_VERSION
    source.extracted_at = timezone.now()
    source.status = Source.Status.DONE
    source.error = ""
    source.save(
        update_fields=["extractor_version", "extracted_at", "status", "error", "updated_at"]
    )
    return ExtractionReport(created=created, merged=merged, removed=removed, kept=kept)


def _remove_machine_made(source: Source) -> int:
    """Drop this source's evidence from machine-made events, then events left with none."""
    machine_made = Event.objects.machine_made().filter(evidence__source=source)
    affected = list(machine_made.values_list("pk", flat=True).distinct())
    Evidence.objects.filter(source=source, event_id__in=affected).delete()
    _, deleted = Event.objects.filter(pk__in=affected, evidence__isnull=True).delete()
    return deleted.get("events.Event", 0)


def _actor_names(item: ExtractedEvent, known: KnownNames) -> list[str]:
    return list(dict.fromkeys(known.actors.get(name, name)[:200] for name in item.actors))


def _actors_named(extracted: list[ExtractedEvent], known: KnownNames) -> dict[str, Actor]:
    """Every actor of the article, created in name order so concurrent workers that create the
    same new actors take their locks in the same order (no deadlock)."""
    names = sorted({name for item in extracted for name in _actor_names(item, known)})
    return {name: Actor.objects.get_or_create(name=name)[0] for name in names}


def _place_for(item: ExtractedEvent, known: KnownNames) -> Place | None:
    if not item.location:
        return None
    name = known.places.get(item.location, item.location)[:200]
    place = Place.objects.filter(name=name).first()
    if place is None:
        found = locate(name)
        place, _ = Place.objects.get_or_create(
            name=name,
            defaults={
                "country": found.country if found else "",
                "latitude": found.latitude if found else None,
                "longitude": found.longitude if found else None,
            },
        )
    return place


def _find_same_happening(
    item: ExtractedEvent, actors: list[Actor], place: Place | None, *, exclude: set[int]
) -> Event | None:
    """A stored event telling the same happening (see `same_happening`). Rejected events match
    too, so that a rejection sticks when another source reports the same thing."""
    if not actors and place is None:
        return None
    wanted = Happening(
        type=item.type,
        start=item.date.start,
        end=item.date.end,
        actors=frozenset(actor.name for actor in actors),
        place=place.name if place else None,
        open_end=item.date.open_end,
    )
    candidates = (
        Event.objects.filter(
            type=item.type,
            date_start__lte=item.date.end + DAY_TOLERANCE,
            date_end__gte=item.date.start - DAY_TOLERANCE,
        )
        .exclude(pk__in=exclude)
        .select_related("place")
        .prefetch_related("actors")
        .order_by("date_start", "pk")
    )
    for event in candidates:
        stored = Happening(
            type=event.type,
            start=event.date_start,
            end=event.date_end,
            actors=frozenset(actor.name for actor in event.actors.all()),
            place=event.place.name if event.place else None,
            open_end=event.open_end,
        )
        if same_happening(wanted, stored):
            return event
    return None


def _create_event(item: ExtractedEvent, actors: list[Actor], place: Place | None) -> Event:
    event = Event.objects.create(
        type=item.type,
        title=item.title[:300],
        date_start=item.date.start,
        date_end=item.date.end,
        date_precision=item.date.precision,
        open_end=item.date.open_end,
        place=place,
        casualties=item.casualties,
        confidence=item.confidence,
    )
    EventActor.objects.bulk_create([EventActor(event=event, actor=actor) for actor in actors])
    return event


def _attach_evidence(event: Event, source: Source, item: ExtractedEvent) -> None:
    date_text = item.date_texts[0] if item.date_texts else item.date.text
    for passage in item.evidence:
        Evidence.objects.get_or_create(
            event=event,
            source=source,
            start=passage.start,
            end=passage.end,
            defaults={"quote": passage.quote, "date_text": date_text[:200]},
        )
