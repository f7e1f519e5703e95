"""Writes editors make: saving a corrected event, confirming, rejecting, merging and splitting.

Every change an editor makes marks the event `edited` (extraction never overwrites or deletes it)
and bumps its `version`, so that a form loaded before the change is refused instead of silently
overwriting it. History records come from django-simple-history on each save; the user is taken
from the request by its middleware.
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, QuerySet

from sources.models import Source

from .models import Actor, DatePrecision, Event, EventActor, Evidence, Place

CONFLICT_MESSAGE = (
    "This event was changed by someone else while you were editing; reload to see their changes."
)

# From the most to the least precise; approximate ranges are usually days to weeks wide.
PRECISION_ORDER = [
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.APPROXIMATE,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
]


class EditConflict(Exception):
    """The event's version moved on since the editor loaded it."""

    def __init__(self):
        super().__init__(CONFLICT_MESSAGE)


def _mark_edited(event: Event, *, reason: str = "") -> None:
    event.edited = True
    event.version += 1
    if reason:
        event._change_reason = reason[:100]
    event.save()


@transaction.atomic
def save_event(*, event: Event, loaded_version: int | None) -> Event:
    """Save an editor's change to `event`, which they loaded at `loaded_version`.

    A new event (no primary key) is saved as edited at version 1. For an existing one the row is
    locked and its version compared, so two editors saving at once cannot both win.
    """
    if event.pk is None:
        event.edited = True
        event.version = 1
        event.save()
        return event
    current = Event.objects.select_for_update().values_list("version", flat=True).get(pk=event.pk)
    if current != loaded_version:
        raise EditConflict
    event.version = current
    _mark_edited(event)
    return event


def record_actors_in_history(*, event: Event) -> None:
    """Make the latest history record of `event` list the actors it has now.

    The admin saves an event before the actor rows of its form, so the record made by that save
    still shows the previous actors.
    """
    record = event.history.latest()
    through = record.actors.model
    record.actors.all().delete()
    through.objects.bulk_create(
        through(
            history=record,
            id=link.pk,
            event_id=link.event_id,
            actor_id=link.actor_id,
            role=link.role,
        )
        for link in EventActor.objects.filter(event=event)
    )


@transaction.atomic
def set_status(*, events: Iterable[Event], status: str) -> int:
    """Confirm or reject events; returns how many changed."""
    if status not in Event.Status.values:
        raise ValidationError(f"Unknown status {status!r}.")
    changed = 0
    locked = Event.objects.select_for_update().filter(pk__in=[event.pk for event in events])
    for event in locked:
        if event.status == status:
            continue
        event.status = status
        _mark_edited(event)
        changed += 1
    return changed


def _merged_precision(events: list[Event], survivor: Event, start, end) -> str:
    if (start, end) == (survivor.date_start, survivor.date_end):
        return survivor.date_precision
    coarsest = max(
        (event.date_precision for event in events), key=lambda p: PRECISION_ORDER.index(p)
    )
    # Sources that disagree about the day make the merged range approximate, not exact.
    return DatePrecision.APPROXIMATE if coarsest == DatePrecision.DAY else coarsest


def default_merge_survivor(events: Iterable[Event]) -> Event:
    """The event to keep when merging: the most evidenced, then the earliest."""
    events = list(events)
    counts = dict(
        Evidence.objects.filter(event__in=[e.pk for e in events])
        .values("event")
        .annotate(n=Count("id"))
        .values_list("event", "n")
    )
    return min(events, key=lambda e: (-counts.get(e.pk, 0), e.date_start, e.pk))


@transaction.atomic
def merge_events(*, events: Iterable[Event], survivor: Event | None = None) -> Event:
    """Merge duplicate events into one, keeping every evidence row and actor.

    The survivor's dates widen to cover all of them; the others are deleted.
    """
    ids = {event.pk for event in events}
    if survivor is not None:
        ids.add(survivor.pk)
    locked = list(Event.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
    if len(locked) < 2:
        raise ValidationError("Select at least two events to merge.")
    if survivor is None:
        survivor = default_merge_survivor(locked)
    survivor = next(event for event in locked if event.pk == survivor.pk)
    others = [event for event in locked if event.pk != survivor.pk]

    passages = set(survivor.evidence.values_list("source_id", "start", "end"))
    for evidence in Evidence.objects.filter(event__in=others).order_by("pk"):
        passage = (evidence.source_id, evidence.start, evidence.end)
        if passage in passages:
            evidence.delete()
            continue
        passages.add(passage)
        evidence.event = survivor
        evidence.save(update_fields=["event"])

    _move_actor_links(EventActor.objects.filter(event__in=others), to_event=survivor)

    start = min(event.date_start for event in locked)
    end = max(event.date_end for event in locked)
    survivor.date_precision = _merged_precision(locked, survivor, start, end)
    survivor.date_start, survivor.date_end = start, end
    survivor.open_end = any(event.open_end for event in locked)
    survivor.place = survivor.place or next((e.place for e in others if e.place), None)
    if survivor.casualties is None:
        known = [event.casualties for event in others if event.casualties is not None]
        survivor.casualties = max(known, default=None)
    survivor.summary = survivor.summary or next((e.summary for e in others if e.summary), "")
    survivor.confidence = max(event.confidence for event in locked)
    reported = [event.last_reported_at for event in locked if event.last_reported_at]
    survivor.last_reported_at = max(reported, default=None)
    if any(event.status == Event.Status.CONFIRMED for event in locked):
        survivor.status = Event.Status.CONFIRMED

    merged_ids = ", ".join(str(other.pk) for other in others)
    for other in others:
        other._change_reason = f"Merged into event {survivor.pk}"
        other.delete()
    _mark_edited(survivor, reason=f"Merged events {merged_ids}")
    return survivor


def _move_actor_links(links: QuerySet[EventActor], *, to_event: Event) -> None:
    existing = {link.actor_id: link for link in to_event.event_actors.all()}
    for link in links.order_by("pk"):
        kept = existing.get(link.actor_id)
        if kept is None:
            link.event = to_event
            link.save(update_fields=["event"])
            existing[link.actor_id] = link
            continue
        if not kept.role and link.role:
            kept.role = link.role
            kept.save(update_fields=["role"])
        link.delete()


@transaction.atomic
def split_evidence(*, evidence: Evidence) -> Event:
    """Move one evidence row out of its event into a new event with the same type and dates."""
    event = Event.objects.select_for_update().get(pk=evidence.event_id)
    if event.evidence.count() < 2:
        raise ValidationError("This is the event's only evidence; there is nothing to split off.")
    new_event = Event(
        type=event.type,
        title=event.title,
        date_start=event.date_start,
        date_end=event.date_end,
        date_precision=event.date_precision,
        open_end=event.open_end,
        place=event.place,
        confidence=event.confidence,
        last_reported_at=evidence.source.created_at,
        edited=True,
    )
    new_event._change_reason = f"Split from event {event.pk}"
    new_event.save()
    evidence.event = new_event
    evidence.save(update_fields=["event"])
    _mark_edited(event, reason=f"Evidence {evidence.pk} split into event {new_event.pk}")
    return new_event


def _merged_aliases(survivor, others) -> list[str]:
    names = [*survivor.aliases]
    for other in others:
        names += [other.name, *other.aliases]
    seen = {survivor.name.casefold()}
    merged = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            merged.append(name)
    return merged


def _bump_versions(event_ids) -> None:
    # The events' actors or place changed under any form an editor has open on them.
    Event.objects.filter(pk__in=event_ids).update(version=F("version") + 1)


@transaction.atomic
def merge_actors(*, survivor: Actor, others: Iterable[Actor]) -> Actor:
    """Merge duplicate actors into `survivor`: event links move, names become aliases."""
    others = list(Actor.objects.select_for_update().filter(pk__in=[a.pk for a in others]))
    others = [actor for actor in others if actor.pk != survivor.pk]
    if not others:
        raise ValidationError("Select at least two actors to merge.")
    survivor = Actor.objects.select_for_update().get(pk=survivor.pk)

    moved = EventActor.objects.filter(actor__in=others)
    affected = list(moved.values_list("event_id", flat=True))
    for link in moved.order_by("pk"):
        kept = EventActor.objects.filter(event_id=link.event_id, actor=survivor).first()
        if kept is None:
            link.actor = survivor
            link.save(update_fields=["actor"])
        else:
            if not kept.role and link.role:
                kept.role = link.role
                kept.save(update_fields=["role"])
            link.delete()
    _bump_versions(affected)

    Actor.objects.filter(parent__in=others).exclude(pk=survivor.pk).update(parent=survivor)
    if survivor.parent_id in {other.pk for other in others}:
        survivor.parent = None
    survivor.aliases = _merged_aliases(survivor, others)
    if survivor.kind == Actor.Kind.UNKNOWN:
        survivor.kind = next(
            (o.kind for o in others if o.kind != Actor.Kind.UNKNOWN), Actor.Kind.UNKNOWN
        )
    survivor.description = survivor.description or next(
        (o.description for o in others if o.description), ""
    )
    survivor._change_reason = "Merged " + ", ".join(o.name for o in others)
    survivor.save()
    for other in others:
        other._change_reason = f"Merged into {survivor.name}"
        other.delete()
    return survivor


@transaction.atomic
def merge_places(*, survivor: Place, others: Iterable[Place]) -> Place:
    """Merge duplicate places into `survivor`: events move, names become aliases."""
    others = list(Place.objects.select_for_update().filter(pk__in=[p.pk for p in others]))
    others = [place for place in others if place.pk != survivor.pk]
    if not others:
        raise ValidationError("Select at least two places to merge.")
    survivor = Place.objects.select_for_update().get(pk=survivor.pk)

    Event.objects.filter(place__in=others).update(place=survivor, version=F("version") + 1)
    survivor.aliases = _merged_aliases(survivor, others)
    survivor.country = survivor.country or next((o.country for o in others if o.country), "")
    if survivor.latitude is None or survivor.longitude is None:
        located = next((o for o in others if o.latitude is not None), None)
        if located is not None:
            survivor.latitude, survivor.longitude = located.latitude, located.longitude
    survivor._change_reason = "Merged " + ", ".join(o.name for o in others)
    survivor.save()
    for other in others:
        other._change_reason = f"Merged into {survivor.name}"
        other.delete()
    return survivor


def events_only_evidenced_by(*, sources: Iterable[Source]) -> QuerySet[Event]:
    """Events that would have no evidence left if these sources were deleted."""
    source_ids = [source.pk for source in sources]
    return Event.objects.filter(
        Exists(Evidence.objects.filter(event=OuterRef("pk"), source__in=source_ids))
    ).exclude(Exists(Evidence.objects.filter(event=OuterRef("pk")).exclude(source__in=source_ids)))


@transaction.atomic
def delete_sources(*, sources: Iterable[Source]) -> int:
    """Delete sources and the events they alone evidence; returns how many events went."""
    sources = list(sources)
    orphaned = list(events_only_evidenced_by(sources=sources))
    for event in orphaned:
        event._change_reason = "Its only source was deleted"
        event.delete()
    for source in sources:
        source.delete()
    return len(orphaned)
