"""The demo data set: curated actors and places, and a dozen articles written for Chronicle.

The articles live in `sources/demo/` as plain text with a manifest giving each one's
publication date. Loading them goes through the same ingest service as any other source, so the
demo shows what extraction really makes of them.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from events.models import Actor, Place

from .text import plain_text_to_document

DEMO_DIR = Path(__file__).resolve().parent / "demo"


class DemoDataError(ValueError):
    """The demo files are missing or malformed; the message names the file."""


@dataclass(frozen=True)
class DemoArticle:
    path: Path
    title: str
    text: str
    published: date
    publisher: str
    url: str | None


@dataclass(frozen=True)
class NamesReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def read_demo_articles(directory: Path = DEMO_DIR) -> list[DemoArticle]:
    """Every article listed in the manifest, in manifest order."""
    manifest = _read_json(directory / "manifest.json")
    articles = []
    for entry in manifest:
        path = directory / "articles" / entry["file"]
        try:
            published = date.fromisoformat(entry["published"])
        except (KeyError, TypeError, ValueError):
            raise DemoDataError(f"{path.name}: 'published' must be YYYY-MM-DD") from None
        try:
            document = plain_text_to_document(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DemoDataError(f"{path}: {exc}") from None
        articles.append(
            DemoArticle(
                path=path,
                title=document.title,
                text=document.text,
                published=published,
                publisher=entry.get("publisher") or "",
                url=entry.get("url") or None,
            )
        )
    return articles


@transaction.atomic
def load_demo_actors(directory: Path = DEMO_DIR) -> NamesReport:
    """Create the curated actors by name; on existing ones only add what is missing.

    An editor may already have corrected an actor, so a reload never overwrites a kind, a parent
    or a description; it adds aliases the actor lacks and fills in an unknown kind or no parent.
    """
    entries = _read_json(directory / "actors.json")
    actors: dict[str, Actor] = {}
    created_names: set[str] = set()
    changed_names: set[str] = set()
    for entry in entries:
        actor, created = Actor.objects.get_or_create(
            name=entry["name"],
            defaults={
                "kind": entry.get("kind", Actor.Kind.UNKNOWN),
                "aliases": entry.get("aliases", []),
                "description": entry.get("description", ""),
            },
        )
        actors[actor.name] = actor
        if created:
            created_names.add(actor.name)
            continue
        if _merge_aliases(actor, entry.get("aliases", [])):
            changed_names.add(actor.name)
        if actor.kind == Actor.Kind.UNKNOWN and entry.get("kind"):
            actor.kind = entry["kind"]
            changed_names.add(actor.name)
    for entry in entries:
        parent_name = entry.get("parent")
        if not parent_name:
            continue
        if parent_name not in actors:
            raise DemoDataError(
                f"actors.json: parent {parent_name!r} of {entry['name']!r} is not listed"
            )
        actor = actors[entry["name"]]
        if actor.parent_id is None:
            actor.parent = actors[parent_name]
            changed_names.add(actor.name)
    for name in changed_names:
        actors[name].save()
    updated = len(changed_names - created_names)
    return NamesReport(
        created=len(created_names),
        updated=updated,
        unchanged=len(actors) - len(created_names) - updated,
    )


@transaction.atomic
def load_demo_places(directory: Path = DEMO_DIR) -> NamesReport:
    """Create the curated places by name; on existing ones only fill in what is missing."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    for entry in _read_json(directory / "places.json"):
        place, created = Place.objects.get_or_create(
            name=entry["name"],
            defaults={
                "country": entry.get("country", ""),
                "latitude": entry.get("latitude"),
                "longitude": entry.get("longitude"),
                "aliases": entry.get("aliases", []),
            },
        )
        if created:
            counts["created"] += 1
            continue
        changed = _merge_aliases(place, entry.get("aliases", []))
        if not place.country and entry.get("country"):
            place.country = entry["country"]
            changed = True
        if place.latitude is None and place.longitude is None and entry.get("latitude") is not None:
            place.latitude, place.longitude = entry["latitude"], entry["longitude"]
            changed = True
        if changed:
            place.save()
        counts["updated" if changed else "unchanged"] += 1
    return NamesReport(**counts)


def _merge_aliases(named: Actor | Place, aliases: list[str]) -> bool:
    missing = [alias for alias in aliases if alias not in (named.aliases or [])]
    if missing:
        named.aliases = [*(named.aliases or []), *missing]
    return bool(missing)


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DemoDataError(f"cannot read {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise DemoDataError(f"{path} is not valid JSON: {exc}") from None
