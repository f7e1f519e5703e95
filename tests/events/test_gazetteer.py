import pytest

from events.gazetteer import locate


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Baghdad", "Iraq"),
        ("eastern Baghdad", "Iraq"),
        ("the outskirts of Kyiv", "Ukraine"),
        ("France", "France"),
        ("Paris", "France"),
    ],
)
def test_known_places_have_a_country_and_coordinates(name, country):
    location = locate(name)

    assert location is not None
    assert location.country == country
    assert -90 <= location.latitude <= 90 and -180 <= location.longitude <= 180


@pytest.mark.parametrize("name", ["Dornak ridge", "the Lakeside centre", "", "Route 1"])
def test_unknown_places_are_not_guessed(name):
    assert locate(name) is None
