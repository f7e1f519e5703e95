import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from events.models import Event, EventActor, Evidence
from tests.admin.change_forms import change_form_data
from tests.factories import ActorFactory, EventFactory, EvidenceFactory, SourceFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_event_changelist")


def change_url(event):
    return reverse("admin:events_event_change", args=[event.pk])


def make_evidenced_events(count):
    events = []
    for n in range(count):
        event = EventFactory(actors=[ActorFactory()])
        EvidenceFactory(event=event, quote=f"Quote number {n} about the strike")
        events.append(event)
    return events


@pytest.mark.parametrize("rows", [2, 5])
def test_event_changelist_runs_the_same_queries_whatever_the_number_of_rows(
    editor_client, django_assert_num_queries, rows
):
    make_evidenced_events(rows)
    # 1 session, 2 user, 3 user permissions, 4 group permissions,
    # 5 count of the filtered events, 6 the page of events with their source count, latest
    # source and first quote annotated, 7 date hierarchy bounds, 8 date hierarchy choices.
    with django_assert_num_queries(8):
        response = editor_client.get(CHANGELIST)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == rows


def test_the_review_queue_shows_date_quote_and_number_of_sources(editor_client):
    event = EventFactory(
        title="Airstrike in Baghdad",
        date_start=datetime.date(2024, 1, 27),
        date_end=datetime.date(2024, 1, 29),
        date_precision="approximate",
    )
    EvidenceFactory(event=event, quote="A US airstrike <b>killed</b> a commander " + "x" * 300)
    EvidenceFactory(event=event)

    content = editor_client.get(CHANGELIST).content.decode()

    assert "~27–29 Jan 2024" in content
    assert "A US airstrike &lt;b&gt;killed&lt;/b&gt; a commander" in content
    assert "x" * 300 not in content
    row = editor_client.get(CHANGELIST).context["cl"].result_list[0]
    assert row.source_count == 2


def test_the_review_queue_puts_events_from_the_newest_sources_first(editor_client):
    EventFactory(
        title="Stale news", last_reported_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    EventFactory(
        title="Fresh news", last_reported_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    )
    EventFactory(title="Never reported")

    result = editor_client.get(CHANGELIST).context["cl"].result_list

    assert [event.title for event in result] == ["Fresh news", "Stale news", "Never reported"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("confidence=low", {"Unsure"}),
        ("confidence=high", {"Sure"}),
        ("status__exact=confirmed", {"Sure"}),
        ("type__exact=meeting", {"Unsure"}),
        ("date_precision__exact=month", {"Unsure"}),
        ("edited__exact=1", {"Sure"}),
        ("actor=hezbollah", {"Sure"}),
        ("actor=KH", {"Sure"}),
        ("source=Reuters", {"Unsure"}),
        ("q=Qaani", {"Unsure"}),
        ("q=Saadi", {"Sure"}),
        ("q=Tower", {"Sure"}),
        ("date_start__year=2023", {"Unsure"}),
    ],
)
def test_the_review_queue_filters_and_searches(editor_client, query, expected):
    sure = EventFactory(
        title="Strike at Tower 22",
        confidence=0.9,
        status="confirmed",
        edited=True,
        actors=[ActorFactory(name="Kataib Hezbollah", aliases=["KH"])],
    )
    EvidenceFactory(event=sure, quote="killing al-Saadi")
    unsure = EventFactory(
        title="Meeting",
        type="meeting",
        confidence=0.2,
        date_start=datetime.date(2023, 5, 1),
        date_end=datetime.date(2023, 5, 31),
        date_precision="month",
        actors=[ActorFactory(name="Esmail Qaani")],
    )
    EvidenceFactory(event=unsure, source=SourceFactory(title="Reuters report"))

    response = editor_client.get(f"{CHANGELIST}?{query}")

    assert {event.title for event in response.context["cl"].result_list} == {
        {"Sure": sure.title, "Unsure": unsure.title}[name] for name in expected
    }


def test_the_source_filter_takes_a_source_id(editor_client):
    evidence = EvidenceFactory()
    EvidenceFactory()

    response = editor_client.get(f"{CHANGELIST}?source={evidence.source_id}")

    assert list(response.context["cl"].result_list) == [evidence.event]
    assert f'value="{evidence.source_id}"' in response.content.decode()


@pytest.mark.parametrize("passages", [1, 4])
def test_the_change_page_runs_the_same_queries_whatever_the_number_of_passages(
    editor_client, django_assert_num_queries, passages
):
    event = EventFactory(actors=[ActorFactory()])
    EvidenceFactory.create_batch(passages, event=event)
    editor_client.get(change_url(event))  # caches the content type behind "view on site"
    # 1 session, 2 user, 3 the event, 4 user permissions, 5 group permissions, 6 evidence
    # with its sources, 7 actor links with their actors, 8 the linked actor's autocomplete label.
    with django_assert_num_queries(8):
        response = editor_client.get(change_url(event))
    assert response.status_code == 200


def test_evidence_is_shown_read_only_with_its_source_and_cannot_be_deleted(editor_client):
    evidence = EvidenceFactory(quote="A <b>bold</b> claim")

    content = editor_client.get(change_url(evidence.event)).content.decode()

    assert reverse("admin:sources_source_change", args=[evidence.source_id]) in content
    assert "A &lt;b&gt;bold&lt;/b&gt; claim" in content
    assert 'name="evidence-0-DELETE"' not in content
    assert 'name="evidence-0-quote"' not in content


def test_saving_the_change_form_marks_the_event_edited_and_bumps_its_version(editor_client):
    event = EventFactory(title="Strike", date_start=datetime.date(2024, 2, 8))
    page = editor_client.get(change_url(event))

    response = editor_client.post(
        change_url(event),
        change_form_data(page, title="US strike kills commander", date_start="2024-02-07"),
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "US strike kills commander"
    assert event.date_start == datetime.date(2024, 2, 7)
    assert (event.edited, event.version) == (True, 2)


def test_a_stale_change_form_is_refused_instead_of_overwriting(editor_client):
    event = EventFactory(title="Strike")
    mine = editor_client.get(change_url(event))
    theirs = editor_client.get(change_url(event))
    editor_client.post(change_url(event), change_form_data(theirs, title="Their title"))

    response = editor_client.post(change_url(event), change_form_data(mine, title="My title"))

    assert response.status_code == 200
    assert "changed by someone else while you were editing" in response.content.decode()
    event.refresh_from_db()
    assert (event.title, event.version) == ("Their title", 2)


def test_adding_an_actor_in_the_inline_is_saved_and_recorded_in_history(editor_client):
    event = EventFactory()
    actor = ActorFactory(name="Kataib Hezbollah")
    page = editor_client.get(change_url(event))

    editor_client.post(
        change_url(event),
        change_form_data(
            page, **{"event_actors-0-actor": str(actor.pk), "event_actors-0-role": "perpetrator"}
        ),
    )

    assert list(EventActor.objects.filter(event=event).values_list("actor", "role")) == [
        (actor.pk, "perpetrator")
    ]
    latest = event.history.latest()
    assert [row.actor_id for row in latest.actors.all()] == [actor.pk]
    assert latest.history_user.username == "editor"


def test_an_editor_adds_an_event_by_hand(editor_client, editor):
    page = editor_client.get(reverse("admin:events_event_add"))
    data = change_form_data(
        page,
        title="Talks in Baghdad",
        type="meeting",
        date_start="2024-01-29",
        date_end="2024-01-29",
        date_precision="day",
    )

    response = editor_client.post(reverse("admin:events_event_add"), data)

    assert response.status_code == 302
    event = Event.objects.get(title="Talks in Baghdad")
    assert (event.edited, event.version) == (True, 1)


def post_action(client, action, events, **extra):
    return client.post(
        CHANGELIST,
        {"action": action, ACTION_CHECKBOX_NAME: [str(e.pk) for e in events], **extra},
    )


def test_confirm_action_confirms_the_selected_events_only(editor_client):
    chosen, other = EventFactory(), EventFactory()

    response = post_action(editor_client, "confirm_selected", [chosen])

    assert response.status_code == 302
    assert Event.objects.get(pk=chosen.pk).status == "confirmed"
    assert Event.objects.get(pk=chosen.pk).edited
    assert Event.objects.get(pk=other.pk).status == "extracted"


def test_reject_action_rejects_and_records_who(editor_client):
    events = EventFactory.create_batch(2)

    post_action(editor_client, "reject_selected", events)

    for event in events:
        event.refresh_from_db()
        assert (event.status, event.edited, event.version) == ("rejected", True, 2)
        assert event.history.latest().history_user.username == "editor"


def test_merge_action_asks_which_event_to_keep_then_merges(editor_client):
    rich, poor = EventFactory(title="Rich"), EventFactory(title="Poor")
    EvidenceFactory.create_batch(2, event=rich)
    EvidenceFactory(event=poor)

    page = post_action(editor_client, "merge_selected", [poor, rich])

    assert page.status_code == 200
    assert page.context["default_survivor"] == rich
    assert Event.objects.count() == 2

    response = post_action(
        editor_client, "merge_selected", [poor, rich], post="yes", survivor=str(poor.pk)
    )

    assert response.status_code == 302
    assert list(Event.objects.all()) == [poor]
    assert poor.evidence.count() == 3


def test_merging_a_single_event_explains_why_not(editor_client):
    event = EventFactory()

    response = post_action(editor_client, "merge_selected", [event], post="yes")

    assert "Select at least two events" in editor_client.get(response.url).content.decode()


def test_split_page_moves_one_evidence_row_into_a_new_event(editor_client):
    event = EventFactory(type="strike")
    EvidenceFactory(event=event)
    split_off = EvidenceFactory(event=event, quote="the other strike")
    split_url = reverse("admin:events_event_split", args=[event.pk, split_off.pk])
    assert split_url in editor_client.get(change_url(event)).content.decode()

    confirm = editor_client.get(split_url)
    assert "the other strike" in confirm.content.decode()
    response = editor_client.post(split_url)

    new_event = Evidence.objects.get(pk=split_off.pk).event
    assert new_event.pk != event.pk
    assert response.url == change_url(new_event)
    assert event.evidence.count() == 1


def test_splitting_the_only_evidence_row_is_refused_with_a_message(editor_client):
    evidence = EvidenceFactory()
    split_url = reverse("admin:events_event_split", args=[evidence.event_id, evidence.pk])

    response = editor_client.post(split_url, follow=True)

    assert "nothing to split off" in response.content.decode()
    assert Event.objects.count() == 1


def test_history_shows_the_previous_value_and_revert_restores_it(editor_client):
    event = EventFactory(title="Original title")
    page = editor_client.get(change_url(event))
    editor_client.post(change_url(event), change_form_data(page, title="Wrong title"))

    history = editor_client.get(reverse("admin:events_event_history", args=[event.pk]))
    content = history.content.decode()
    assert "Original title" in content
    assert "Wrong title" in content
    assert "editor" in content

    original = event.history.earliest()
    revert_url = reverse("admin:events_event_simple_history", args=[event.pk, original.pk])
    revert_page = editor_client.get(revert_url)
    assert revert_page.context["adminform"].form["title"].value() == "Original title"
    response = editor_client.post(revert_url, change_form_data(revert_page))

    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.version) == ("Original title", 3)


def test_reverting_from_a_page_loaded_before_another_edit_is_refused(editor_client):
    event = EventFactory(title="Original title")
    original = event.history.earliest()
    revert_url = reverse("admin:events_event_simple_history", args=[event.pk, original.pk])
    revert_page = editor_client.get(revert_url)
    Event.objects.filter(pk=event.pk).update(title="Newer", version=2)

    response = editor_client.post(revert_url, change_form_data(revert_page))

    assert "changed by someone else" in response.content.decode()
    assert Event.objects.get(pk=event.pk).title == "Newer"


def test_a_source_id_too_large_for_the_database_is_searched_as_title_text(editor_client):
    EvidenceFactory()

    response = editor_client.get(f"{CHANGELIST}?source={'9' * 30}")

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == []
