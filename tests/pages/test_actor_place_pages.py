import pytest

from tests.factories import ActorFactory, EventFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def test_actor_page_shows_only_the_actors_events(client):
    irgc = ActorFactory(name="IRGC")
    quds = ActorFactory(name="Quds Force", parent=irgc)
    EventFactory(title="Qaani visits Baghdad", actors=[quds])
    EventFactory(title="Unrelated summit")

    response = client.get(quds.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Quds Force</h1>" in html
    assert f'Part of <a href="{irgc.get_absolute_url()}">IRGC</a>' in html
    assert "Qaani visits Baghdad" in html
    assert "Unrelated summit" not in html
    assert f'"actor": "{quds.pk}"' in html  # the fixed filter handed to chronology.js


def test_actor_page_applies_further_filters(client):
    kh = ActorFactory(name="Kataib Hezbollah")
    EventFactory(type="strike", title="Drone attack", actors=[kh])
    EventFactory(type="statement", title="Statement on the halt", actors=[kh])

    html = client.get(kh.get_absolute_url() + "?type=statement").content.decode()

    assert "Statement on the halt" in html
    assert "Drone attack" not in html


def test_place_page_shows_only_events_there(client):
    baghdad = PlaceFactory(name="Baghdad", country="Iraq")
    EventFactory(title="Airstrike in Baghdad", place=baghdad)
    EventFactory(title="Summit in Minsk")

    html = client.get(baghdad.get_absolute_url()).content.decode()

    assert "<h1>Baghdad</h1>" in html
    assert "Airstrike in Baghdad" in html
    assert "Summit in Minsk" not in html


def test_actor_page_queries_do_not_grow_with_rows(client, django_assert_num_queries):
    actor = ActorFactory()
    EventFactory.create_batch(3, actors=[actor])

    # 1. the actor with its parent
    # 2. its sub-actors
    # 3. the page of its events, 4. their actors, 5. their first and last date
    with django_assert_num_queries(5):
        response = client.get(actor.get_absolute_url())

    assert response.content.decode().count('class="event-row"') == 3


def test_place_page_queries_do_not_grow_with_rows(client, django_assert_num_queries):
    place = PlaceFactory()
    EventFactory.create_batch(3, place=place, actors=[ActorFactory(), ActorFactory()])

    # 1. the place, 2. the page of its events, 3. their actors, 4. their first and last date
    with django_assert_num_queries(4):
        response = client.get(place.get_absolute_url())

    assert response.content.decode().count('class="event-row"') == 3
