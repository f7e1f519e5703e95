import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from events.models import Event
from sources.models import Feed, Source
from tests.admin.change_forms import change_form_data
from tests.factories import EventFactory, EvidenceFactory, SourceFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:sources_source_changelist")

STRIKE_TEXT = (
    "Officials said on Monday that a US airstrike in eastern Baghdad on 8 February killed "
    "a commander of Kataib Hezbollah and two of his guards."
)


def change_url(source):
    return reverse("admin:sources_source_change", args=[source.pk])


@pytest.mark.parametrize("rows", [2, 5])
def test_source_changelist_runs_the_same_queries_whatever_the_number_of_rows(
    editor_client, django_assert_num_queries, rows
):
    for source in SourceFactory.create_batch(rows):
        EvidenceFactory.create_batch(2, source=source)
    # 1 session, 2 user, 3 user permissions, 4 group permissions, 5 count of the filtered
    # sources, 6 the page of sources with their event count, 7 date hierarchy bounds,
    # 8 date hierarchy choices, 9 the publishers offered by the publisher filter.
    with django_assert_num_queries(9):
        response = editor_client.get(CHANGELIST)
    assert [source.event_count for source in response.context["cl"].result_list] == [2] * rows


def test_the_source_list_links_its_event_count_to_the_filtered_review_queue(editor_client):
    evidence = EvidenceFactory()
    EvidenceFactory()

    content = editor_client.get(CHANGELIST).content.decode()

    link = reverse("admin:events_event_changelist") + f"?source={evidence.source_id}"
    assert f'href="{link}"' in content
    filtered = editor_client.get(link)
    assert list(filtered.context["cl"].result_list) == [evidence.event]


def test_source_text_is_shown_as_text_and_cannot_be_edited(editor_client):
    source = SourceFactory(text="Before <script>alert('x')</script> after")

    page = editor_client.get(change_url(source))

    content = page.content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in content
    assert "<script>alert" not in content
    assert "text" not in page.context["adminform"].form.fields
    assert "content_hash" not in page.context["adminform"].form.fields


def test_an_editor_corrects_a_source_and_history_shows_the_previous_title(editor_client):
    source = SourceFactory(title="Untitled")
    page = editor_client.get(change_url(source))

    editor_client.post(change_url(source), change_form_data(page, title="Iraq militias pause"))

    source.refresh_from_db()
    assert source.title == "Iraq militias pause"
    history = editor_client.get(reverse("admin:sources_source_history", args=[source.pk]))
    assert "Untitled" in history.content.decode()


def make_orphan_and_shared(source):
    orphan = EvidenceFactory(source=source, event=EventFactory(title="Only in this source")).event
    shared = EvidenceFactory(source=source, event=EventFactory(title="Reported widely")).event
    EvidenceFactory(event=shared)
    return orphan, shared


def test_delete_confirmation_lists_the_events_that_lose_their_only_evidence(editor_client):
    source = SourceFactory()
    orphan, shared = make_orphan_and_shared(source)

    page = editor_client.get(reverse("admin:sources_source_delete", args=[source.pk]))

    content = page.content.decode()
    assert "Event that loses its only evidence" in content
    assert str(orphan) in content
    assert str(shared) not in content


def test_deleting_a_source_deletes_its_orphaned_events_and_keeps_the_others(editor_client):
    source = SourceFactory()
    orphan, shared = make_orphan_and_shared(source)

    response = editor_client.post(
        reverse("admin:sources_source_delete", args=[source.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not Source.objects.filter(pk=source.pk).exists()
    assert list(Event.objects.all()) == [shared]
    assert Event.history.filter(id=orphan.pk, history_type="-").exists()


def test_bulk_deleting_sources_lists_and_deletes_orphaned_events(editor_client):
    first, second = SourceFactory(), SourceFactory()
    orphan, shared = make_orphan_and_shared(first)
    second_orphan = EvidenceFactory(source=second).event
    data = {"action": "delete_selected", ACTION_CHECKBOX_NAME: [first.pk, second.pk]}

    page = editor_client.post(CHANGELIST, data)
    assert str(orphan) in page.content.decode()
    assert str(second_orphan) in page.content.decode()
    editor_client.post(CHANGELIST, {**data, "post": "yes"})

    assert list(Event.objects.all()) == [shared]


def test_re_extract_action_reports_what_changed_and_keeps_edited_events(editor_client):
    source = SourceFactory(text=STRIKE_TEXT, published=datetime.date(2024, 2, 21))
    edited = EvidenceFactory(source=source, event=EventFactory(title="Kept", edited=True)).event

    response = editor_client.post(
        CHANGELIST, {"action": "re_extract", ACTION_CHECKBOX_NAME: [source.pk]}, follow=True
    )

    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1
    assert "created" in messages[0]
    assert "1 edited kept" in messages[0]
    assert Event.objects.filter(pk=edited.pk).exists()
    assert Event.objects.filter(type="strike", date_start=datetime.date(2024, 2, 8)).exists()
    source.refresh_from_db()
    assert source.extractor_version


def test_re_extract_skips_a_url_source_that_has_no_text_yet(editor_client):
    queued = SourceFactory(text="", url="https://example.org/a", status="queued")

    response = editor_client.post(
        CHANGELIST, {"action": "re_extract", ACTION_CHECKBOX_NAME: [queued.pk]}, follow=True
    )

    messages = [str(message) for message in response.context["messages"]]
    assert messages == [f"{queued}: no text yet (queued); retry the fetch instead."]
    queued.refresh_from_db()
    assert queued.status == "queued"
    assert not queued.extractor_version


def test_a_source_page_links_to_the_events_it_evidences(editor_client):
    evidence = EvidenceFactory(event=EventFactory(title="Talks in Baghdad"))

    content = editor_client.get(change_url(evidence.source)).content.decode()

    assert reverse("admin:events_event_change", args=[evidence.event_id]) in content
    assert "Talks in Baghdad" in content


def test_retry_action_re_extracts_failed_sources_and_leaves_the_others(editor_client):
    failed = SourceFactory(
        text=STRIKE_TEXT, published=datetime.date(2024, 2, 21), status="failed", error="boom"
    )
    done = SourceFactory(status="done")

    response = editor_client.post(
        CHANGELIST,
        {"action": "retry_failed", ACTION_CHECKBOX_NAME: [failed.pk, done.pk]},
        follow=True,
    )

    failed.refresh_from_db()
    assert (failed.status, failed.error) == ("done", "")
    assert failed.evidence.exists()
    messages = [str(message) for message in response.context["messages"]]
    assert "1 selected sources had not failed and were left alone." in messages


def test_poll_feed_action_reports_why_a_feed_could_not_be_read(editor_client):
    feed = Feed.objects.create(url="http://127.0.0.1:9/feed.xml")

    response = editor_client.post(
        reverse("admin:sources_feed_changelist"),
        {"action": "poll_now", ACTION_CHECKBOX_NAME: [feed.pk]},
        follow=True,
    )

    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["http://127.0.0.1:9/feed.xml: refused loopback address 127.0.0.1"]
    feed.refresh_from_db()
    assert feed.last_polled_at is not None
