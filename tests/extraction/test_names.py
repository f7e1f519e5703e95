import pytest

from events.extraction import KnownNames
from events.extraction.casualties import count_killed
from events.extraction.language import looks_english
from events.extraction.names import find_names, gazetteer


def test_gazetteer_holds_countries_and_major_cities():
    places = gazetteer()
    assert {"France", "Kenya", "Baghdad", "Nairobi"} <= set(places)


def test_known_aliases_map_to_their_canonical_names():
    known = KnownNames(actors={"IDF": "Israel Defense Forces"}, places={"the Strip": "Gaza Strip"})
    actors, place = find_names("The IDF said troops entered the Strip.", known)
    assert "Israel Defense Forces" in actors
    assert place == "Gaza Strip"


def test_unknown_capitalised_names_become_actor_candidates_and_gazetteer_places_places():
    actors, place = find_names("Kestrian envoy Ilse Marant met rebels in Baghdad on Monday.", None)
    assert "Ilse Marant" in actors
    assert "Monday" not in actors
    assert place == "Baghdad"


def test_english_and_other_languages_are_told_apart():
    assert looks_english("The two sides met in Geneva on Monday and agreed to continue the talks.")
    assert not looks_english(
        "Die beiden Seiten trafen sich am Montag in Genf und vereinbarten, "
        "die Gespräche fortzusetzen."
    )
    assert not looks_english("Las dos partes se reunieron el lunes en Ginebra y acordaron seguir.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen opened fire on a bus, killing at least six civilians.", 6),
        ("A bombing killed 13 US service members and at least 170 Afghans.", 13),
        ("More than 1,400 people were killed in the attack.", 1400),
        ("The strike caused no injuries.", None),
    ],
)
def test_casualty_counts_are_read_from_the_sentence(sentence, expected):
    assert count_killed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("Both sides met in Geneva on Tuesday.", "Both"),
        ("Talks resumed on Tuesday and Monday and Kestria said little.", "and Monday"),
        ("Observers said the vote in Lorvan was calm.", "Observers"),
        ("Kestria cited Resolution 414, the ceasefire text.", "Resolution"),
        ('He said: "Officials lied to us." Under pressure, Kestria withdrew.', "Officials"),
        ('"Under no circumstances," he said.', "Under"),
        ("It began, On Tuesday, with shelling in Lorvan.", "On Tuesday"),
    ],
)
def test_openers_weekdays_and_generic_nouns_are_not_actors(sentence, unwanted):
    actors, _ = find_names(sentence, None)
    assert unwanted not in actors
    assert not any(actor.split()[0] in ("and", "the", "of") for actor in actors)


def test_connectors_are_trimmed_from_the_ends_of_candidates():
    actors, _ = find_names("Aid came from Tuesday and Kestria Relief on the border.", None)
    assert "Kestria Relief" in actors


def test_short_forms_map_to_a_country_only_through_known_aliases():
    assert "US" in find_names("Officials from the US met Kestrian envoys.", None)[0]
    known = KnownNames(actors={"US": "United States"}, places={})
    assert "United States" in find_names("Officials from the US met Kestrian envoys.", known)[0]


def test_a_dateline_gives_the_place_and_no_actors():
    actors, place = find_names("NAIROBI, May 3 (Lorvan Wire) - Thousands marched on Sunday.", None)
    assert actors == []
    assert place == "Nairobi"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Aid reached Kestrian President Ilse Marant and Lorvan Premier Dario Vell.",
            ["Kestrian President Ilse Marant", "Lorvan Premier Dario Vell"],
        ),
        ("The plan was backed by Marant's Kestrian Union party.", ["Marant", "Kestrian Union"]),
        ("It was a Kestria-brokered truce.", ["Kestria"]),
    ],
)
def test_candidates_are_split_at_and_without_possessives_or_modifier_suffixes(sentence, expected):
    actors, _ = find_names(sentence, None)
    assert actors == expected
