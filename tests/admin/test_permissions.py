"""Every write path of the admin, tried by each role: only editors change anything.

Roles: anonymous visitors, analysts (staff accounts in no group), readers (staff with only the
view permissions) and editors (the Editors group made by the data migration).
"""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from events.models import Actor, Event, Place
from sources.models import Feed, Source
from tests.admin.change_forms import change_form_data
from tests.factories import (
    ActorFactory,
    EventFactory,
    EvidenceFactory,
    PlaceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(editor):
    """Records to write to, and a client for reading the forms an editor would post."""
    first = EventFactory(title="Original")
    first.title = "First"
    first.save()  # a second history record, so there is a change to revert
    second = EventFactory(title="Second")
    EvidenceFactory.create_batch(2, event=first)
    source = SourceFactory(
        text="A US airstrike in eastern Baghdad on 8 February killed a commander.",
        published=datetime.date(2024, 2, 21),
    )
    EvidenceFactory(event=second, source=source)
    page_reader = Client()
    page_reader.force_login(editor)
    return {
        "first": first,
        "second": second,
        "source": source,
        "actors": ActorFactory.create_batch(2),
        "places": PlaceFactory.create_batch(2),
        "pages": page_reader,
    }


def admin_url(name, *args):
    return reverse(f"admin:{name}", args=args)


def post_form(client, world, url, **changes):
    return client.post(url, change_form_data(world["pages"].get(url), **changes))


def post_action(client, changelist, action, objects, **extra):
    selected = [str(obj.pk) for obj in objects]
    data = {"action": action, ACTION_CHECKBOX_NAME: selected, "post": "yes", **extra}
    return client.post(admin_url(changelist), data)


def change_event(client, w):
    return post_form(client, w, admin_url("events_event_change", w["first"].pk), title="Changed")


def add_event(client, w):
    return post_form(
        client,
        w,
        admin_url("events_event_add"),
        title="Changed",
        type="meeting",
        date_start="2024-02-01",
        date_end="2024-02-01",
        date_precision="day",
    )


def delete_event(client, w):
    return client.post(admin_url("events_event_delete", w["first"].pk), {"post": "yes"})


def confirm_events(client, w):
    return post_action(client, "events_event_changelist", "confirm_selected", [w["first"]])


def reject_events(client, w):
    return post_action(client, "events_event_changelist", "reject_selected", [w["first"]])


def merge_events(client, w):
    events = [w["first"], w["second"]]
    return post_action(
        client, "events_event_changelist", "merge_selected", events, survivor=w["first"].pk
    )


def split_evidence(client, w):
    evidence = w["first"].evidence.first()
    return client.post(admin_url("events_event_split", w["first"].pk, evidence.pk))


def revert_event(client, w):
    event = w["first"]
    original = event.history.earliest()
    return post_form(client, w, admin_url("events_event_simple_history", event.pk, original.pk))


def change_actor(client, w):
    return post_form(client, w, admin_url("events_actor_change", w["actors"][0].pk), name="Changed")


def merge_actors(client, w):
    actors = w["actors"]
    return post_action(
        client, "events_actor_changelist", "merge_selected", actors, survivor=actors[0].pk
    )


def change_place(client, w):
    return post_form(client, w, admin_url("events_place_change", w["places"][0].pk), name="Changed")


def merge_places(client, w):
    places = w["places"]
    return post_action(
        client, "events_place_changelist", "merge_selected", places, survivor=places[0].pk
    )


def change_source(client, w):
    return post_form(client, w, admin_url("sources_source_change", w["source"].pk), title="Changed")


def delete_source(client, w):
    return client.post(admin_url("sources_source_delete", w["source"].pk), {"post": "yes"})


def re_extract(client, w):
    return post_action(client, "sources_source_changelist", "re_extract", [w["source"]])


def retry_failed(client, w):
    Source.objects.filter(pk=w["source"].pk).update(status="failed")
    return post_action(client, "sources_source_changelist", "retry_failed", [w["source"]])


def add_feed(client, w):
    return client.post(
        admin_url("sources_feed_add"), {"url": "https://example.org/feed.xml", "active": "on"}
    )


def snapshot():
    """Everything a write path could change."""
    return {
        "events": sorted(
            Event.objects.values_list("pk", "title", "status", "version", "date_start")
        ),
        "evidence": sorted(Event.objects.values_list("pk", "evidence__pk")),
        "actors": sorted(Actor.objects.values_list("pk", "name", "aliases")),
        "places": sorted(Place.objects.values_list("pk", "name", "aliases")),
        "sources": sorted(Source.objects.values_list("pk", "title", "extractor_version")),
        "feeds": sorted(Feed.objects.values_list("url", flat=True)),
    }


WRITE_PATHS = [
    change_event,
    add_event,
    delete_event,
    confirm_events,
    reject_events,
    merge_events,
    split_evidence,
    revert_event,
    change_actor,
    merge_actors,
    change_place,
    merge_places,
    change_source,
    delete_source,
    re_extract,
    retry_failed,
    add_feed,
]


@pytest.mark.parametrize("write", WRITE_PATHS, ids=lambda write: write.__name__)
def test_an_editor_can_use_every_write_path(client, editor, world, write):
    client.force_login(editor)
    before = snapshot()

    response = write(client, world)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert snapshot() != before


@pytest.mark.parametrize("write", WRITE_PATHS, ids=lambda write: write.__name__)
def test_anonymous_visitors_are_sent_to_log_in_and_change_nothing(client, world, write):
    before = snapshot()

    response = write(client, world)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert snapshot() == before


@pytest.mark.parametrize("write", WRITE_PATHS, ids=lambda write: write.__name__)
def test_analysts_without_permissions_are_refused_and_change_nothing(client, analyst, world, write):
    client.force_login(analyst)
    before = snapshot()

    response = write(client, world)

    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("write", WRITE_PATHS, ids=lambda write: write.__name__)
def test_readers_with_view_permission_only_change_nothing(client, reader, world, write):
    client.force_login(reader)
    before = snapshot()

    response = write(client, world)

    # Forms and pages refuse with 403; the lists render without the actions they may not use.
    assert response.status_code in (200, 403)
    assert snapshot() == before


def test_readers_are_offered_no_write_actions(client, reader):
    client.force_login(reader)

    for changelist in ["events_event", "events_actor", "events_place", "sources_source"]:
        response = client.get(admin_url(f"{changelist}_changelist"))
        assert response.status_code == 200
        assert "action_form" not in response.context or not response.context["action_form"]


def test_the_editors_group_holds_the_permissions_the_desk_needs():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )

    for model in ["event", "evidence", "eventactor", "actor", "place", "source", "feed"]:
        for action in ["view", "add", "change", "delete"]:
            assert f"{action}_{model}" in codenames
    assert "view_historicalevent" in codenames
    assert "change_historicalevent" not in codenames
    assert "add_user" not in codenames
