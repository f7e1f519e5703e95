"""Selector: the actor and place names editors curate, in the form extraction takes."""

from .extraction import KnownNames
from .models import Actor, Place


def load_known_names() -> KnownNames:
    actors: dict[str, str] = {}
    for name, aliases in Actor.objects.values_list("name", "aliases"):
        actors[name] = name
        for alias in aliases or []:
            actors.setdefault(alias, name)
    places: dict[str, str] = {}
    for name, aliases in Place.objects.values_list("name", "aliases"):
        places[name] = name
        for alias in aliases or []:
            places.setdefault(alias, name)
    return KnownNames(actors=actors, places=places)
