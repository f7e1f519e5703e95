import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from events.known_names import load_known_names
from events.models import Actor, Event, Place
from tests.admin.change_forms import change_form_data
from tests.factories import ActorFactory, EventFactory, PlaceFactory

pytestmark = pytest.mark.django_db

ACTORS = reverse("admin:events_actor_changelist")
PLACES = reverse("admin:events_place_changelist")


@pytest.mark.parametrize("rows", [2, 5])
def test_actor_changelist_runs_the_same_queries_whatever_the_number_of_rows(
    editor_client, django_assert_num_queries, rows
):
    parent = ActorFactory(name="IRGC")
    for _ in range(rows):
        EventFactory(actors=[ActorFactory(parent=parent)])
    # 1 session, 2 user, 3 user permissions, 4 group permissions, 5 count of the filtered
    # actors, 6 count of all actors, 7 the page of actors with their parent and event count.
    with django_assert_num_queries(7):
        response = editor_client.get(ACTORS)
    assert len(response.context["cl"].result_list) == rows + 1


def test_aliases_are_edited_as_comma_separated_text(editor_client):
    actor = ActorFactory(name="Kataib Hezbollah", aliases=["KH", "Hezbollah Brigades"])
    url = reverse("admin:events_actor_change", args=[actor.pk])
    page = editor_client.get(url)
    assert 'value="KH, Hezbollah Brigades"' in page.content.decode()

    editor_client.post(url, change_form_data(page, aliases=" KH, Kata'ib Hizballah,, KH "))

    actor.refresh_from_db()
    assert actor.aliases == ["KH", "Kata'ib Hizballah"]


def test_actors_are_found_by_alias(editor_client):
    ActorFactory(name="Kataib Hezbollah", aliases=["Hezbollah Brigades"])
    ActorFactory(name="Islamic State")

    response = editor_client.get(f"{ACTORS}?q=brigades")

    assert [actor.name for actor in response.context["cl"].result_list] == ["Kataib Hezbollah"]


def test_actor_autocomplete_answers_the_event_form(editor_client):
    ActorFactory(name="Kataib Hezbollah")
    url = reverse("admin:autocomplete")
    params = {
        "app_label": "events",
        "model_name": "eventactor",
        "field_name": "actor",
        "term": "kata",
    }

    response = editor_client.get(url, params)

    assert [item["text"] for item in response.json()["results"]] == ["Kataib Hezbollah"]


def test_merge_actors_action_offers_the_most_linked_actor_then_merges(editor_client):
    kh = ActorFactory(name="Kataib Hezbollah")
    brigades = ActorFactory(name="Hezbollah Brigades")
    EventFactory.create_batch(2, actors=[kh])
    lone = EventFactory(actors=[brigades])
    selected = {"action": "merge_selected", ACTION_CHECKBOX_NAME: [kh.pk, brigades.pk]}

    page = editor_client.post(ACTORS, selected)
    assert page.context["default_survivor"] == kh

    editor_client.post(ACTORS, {**selected, "post": "yes", "survivor": kh.pk})

    assert list(Actor.objects.all()) == [kh]
    assert list(lone.actors.all()) == [kh]
    kh.refresh_from_db()
    assert kh.aliases == ["Hezbollah Brigades"]


def test_merge_without_choosing_a_survivor_changes_nothing(editor_client):
    actors = ActorFactory.create_batch(2)

    editor_client.post(
        ACTORS,
        {
            "action": "merge_selected",
            ACTION_CHECKBOX_NAME: [a.pk for a in actors],
            "post": "yes",
        },
    )

    assert Actor.objects.count() == 2


def test_merge_places_action_moves_events_and_keeps_the_name_as_alias(editor_client):
    baghdad, bagdad = PlaceFactory(name="Baghdad"), PlaceFactory(name="Bagdad")
    event = EventFactory(place=bagdad)

    editor_client.post(
        PLACES,
        {
            "action": "merge_selected",
            ACTION_CHECKBOX_NAME: [baghdad.pk, bagdad.pk],
            "post": "yes",
            "survivor": baghdad.pk,
        },
    )

    assert list(Place.objects.all()) == [baghdad]
    assert Event.objects.get(pk=event.pk).place == baghdad
    baghdad.refresh_from_db()
    assert baghdad.aliases == ["Bagdad"]


def test_an_actor_change_can_be_reverted_from_its_history(editor_client):
    actor = ActorFactory(name="Quds Force", kind="armed_group")
    url = reverse("admin:events_actor_change", args=[actor.pk])
    editor_client.post(url, change_form_data(editor_client.get(url), kind="state"))
    original = actor.history.earliest()

    revert_url = reverse("admin:events_actor_simple_history", args=[actor.pk, original.pk])
    editor_client.post(revert_url, change_form_data(editor_client.get(revert_url)))

    actor.refresh_from_db()
    assert actor.kind == "armed_group"


def test_an_alias_added_in_the_admin_is_a_name_the_next_extraction_knows(editor_client):
    actor = ActorFactory(name="Kataib Hezbollah")
    url = reverse("admin:events_actor_change", args=[actor.pk])

    editor_client.post(url, change_form_data(editor_client.get(url), aliases="KH"))

    assert load_known_names().actors["KH"] == "Kataib Hezbollah"
