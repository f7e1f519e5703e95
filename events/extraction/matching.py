"""Whether two extracted events, from the same or different articles, tell the same happening.

The persistence service uses this when ingesting: a new event that is the same happening as a
stored one becomes more evidence for the stored event instead of a second event.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .types import ExtractedEvent

MAX_SPAN_DAYS = 31  # an interval wider than this is too vague to identify a happening by date
DAY_TOLERANCE = timedelta(days=1)  # reports of the same attack may differ by a day (time zones)


@dataclass(frozen=True)
class Happening:
    """The fields that identify a happening; build one from an ``ExtractedEvent`` or a stored
    event (type slug, start, end, actor names, place name)."""

    type: str
    start: date
    end: date
    actors: frozenset[str] = frozenset()
    place: str | None = None
    open_end: bool = False

    @classmethod
    def of(cls, event: ExtractedEvent) -> "Happening":
        return cls(
            type=event.type,
            start=event.date.start,
            end=event.date.end,
            actors=frozenset(event.actors),
            place=event.location,
            open_end=event.date.open_end,
        )


def same_happening(a: Happening, b: Happening) -> bool:
    """Same type, compatible dates, no two different places, and a shared actor (by name or by
    the distinctive word of its name) or the same place."""
    if a.type != b.type or not _dates_compatible(a, b):
        return False
    if a.place and b.place and not _same_place(a.place, b.place):
        return False
    if _names(a.actors) & _names(b.actors) or _name_stems(a.actors) & _name_stems(b.actors):
        return True
    return a.type != "statement" and _same_place(a.place, b.place)


def _dates_compatible(a: Happening, b: Happening) -> bool:
    if a.open_end or b.open_end:
        # A continuing state is known by the day it began; its end is only the latest report.
        return abs(a.start - b.start) <= DAY_TOLERANCE
    spans = ((a.end - a.start).days, (b.end - b.start).days)
    if max(spans) > MAX_SPAN_DAYS and not (a.start == b.start and a.end == b.end):
        return False
    tolerance = DAY_TOLERANCE if spans == (0, 0) else timedelta(0)
    return a.start <= b.end + tolerance and b.start <= a.end + tolerance


def _names(names) -> set[str]:
    return {" ".join(name.lower().split()) for name in names if name and name.strip()}


# Words that say what kind of body an actor is, not which one ("Armed Forces of Ukraine").
_GENERIC_NAME_WORDS = {
    "armed", "army", "forces", "force", "military", "troops", "soldiers", "police", "government",
    "ministry", "minister", "president", "prime", "officials", "office", "leaders", "leader",
    "national", "nation", "nations", "united", "states", "state", "republic", "security",
    "defence", "defense", "foreign", "interior", "council", "party", "front", "movement",
    "group", "brigade", "brigades", "committee", "union", "unions", "workers", "people",
}  # fmt: skip


def _name_stems(names) -> set[str]:
    """The distinctive words of actor names, cut to a stem so that a country and its demonym
    meet: "Ukraine" ~ "Ukrainian forces" ~ "Armed Forces of Ukraine", "Israel" ~ "Israeli"."""
    return {
        word[:5]
        for name in names
        for word in re.findall(r"[a-z]+", name.lower())
        if len(word) >= 4 and word not in _GENERIC_NAME_WORDS
    }


def _same_place(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    return a == b or a in b or b in a
