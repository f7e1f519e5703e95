import datetime
import threading

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection

from events import editing
from events.models import Actor, Event, EventActor, Evidence, Place
from tests.factories import (
    ActorFactory,
    EventFactory,
    EvidenceFactory,
    PlaceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

FEB = datetime.date(2024, 2, 1)


def day(n):
    return datetime.date(2024, 2, n)


def test_saving_an_edit_marks_the_event_edited_and_bumps_its_version():
    event = EventFactory(title="Strike")
    event.title = "US strike in Baghdad"

    editing.save_event(event=event, loaded_version=1)

    event.refresh_from_db()
    assert (event.title, event.edited, event.version) == ("US strike in Baghdad", True, 2)


def test_saving_an_edit_loaded_at_an_old_version_is_refused_and_changes_nothing():
    event = EventFactory(title="Strike")
    Event.objects.filter(pk=event.pk).update(version=2, title="Theirs")
    event.title = "Mine"

    with pytest.raises(editing.EditConflict):
        editing.save_event(event=event, loaded_version=1)

    event.refresh_from_db()
    assert (event.title, event.version) == ("Theirs", 2)


def test_a_new_event_made_by_an_editor_starts_edited_at_version_one():
    event = Event(type="meeting", title="Talks", date_start=day(8), date_end=day(8))

    editing.save_event(event=event, loaded_version=None)

    assert Event.objects.get(pk=event.pk).edited
    assert event.version == 1


def test_confirming_sets_status_and_edited_and_skips_those_already_confirmed():
    pending = EventFactory()
    done = EventFactory(status="confirmed", version=3)

    changed = editing.set_status(events=[pending, done], status="confirmed")

    assert changed == 1
    pending.refresh_from_db()
    done.refresh_from_db()
    assert (pending.status, pending.edited, pending.version) == ("confirmed", True, 2)
    assert done.version == 3


def test_an_unknown_status_is_refused():
    with pytest.raises(ValidationError):
        editing.set_status(events=[EventFactory()], status="approved")


def test_merging_keeps_the_most_evidenced_event_and_moves_evidence_and_actors():
    kh, us = ActorFactory(name="Kataib Hezbollah"), ActorFactory(name="United States")
    rich = EventFactory(date_start=day(8), actors=[us])
    poor = EventFactory(date_start=day(8), actors=[kh, us])
    EvidenceFactory.create_batch(2, event=rich)
    moved = EvidenceFactory(event=poor)
    EventActor.objects.filter(event=poor, actor=us).update(role="perpetrator")

    survivor = editing.merge_events(events=[poor, rich])

    assert survivor.pk == rich.pk
    assert not Event.objects.filter(pk=poor.pk).exists()
    assert Evidence.objects.get(pk=moved.pk).event_id == rich.pk
    assert survivor.evidence.count() == 3
    links = dict(survivor.event_actors.values_list("actor__name", "role"))
    assert links == {"Kataib Hezbollah": "", "United States": "perpetrator"}
    assert survivor.edited and survivor.version == 2


def test_merging_drops_a_passage_both_events_quote_instead_of_duplicating_it():
    source = SourceFactory()
    first = EventFactory()
    second = EventFactory()
    EvidenceFactory(event=first, source=source, start=0, end=10, quote="0123456789")
    EvidenceFactory(event=second, source=source, start=0, end=10, quote="0123456789")

    survivor = editing.merge_events(events=[first, second])

    assert survivor.evidence.count() == 1


def test_merging_events_on_different_days_widens_to_an_approximate_range():
    early = EventFactory(date_start=day(7), date_precision="day")
    late = EventFactory(date_start=day(9), date_precision="day")

    survivor = editing.merge_events(events=[early, late])

    assert (survivor.date_start, survivor.date_end) == (day(7), day(9))
    assert survivor.date_precision == "approximate"
    assert survivor.pk == early.pk


def test_merging_a_day_into_its_month_keeps_the_month():
    month = EventFactory(date_start=FEB, date_end=datetime.date(2024, 2, 29))
    Event.objects.filter(pk=month.pk).update(date_precision="month")
    dated = EventFactory(date_start=day(8))
    EvidenceFactory.create_batch(2, event=dated)

    survivor = editing.merge_events(events=[month, dated])

    assert survivor.pk == dated.pk
    assert (survivor.date_start, survivor.date_end) == (FEB, datetime.date(2024, 2, 29))
    assert survivor.date_precision == "month"


def test_merging_the_same_dates_keeps_the_precision_and_fills_missing_details():
    place = PlaceFactory(name="Baghdad")
    survivor_event = EventFactory(casualties=None)
    EvidenceFactory(event=survivor_event)
    other = EventFactory(place=place, casualties=3, status="confirmed", confidence=0.9)

    survivor = editing.merge_events(events=[survivor_event, other])

    assert survivor.date_precision == "day"
    assert (survivor.place, survivor.casualties) == (place, 3)
    assert (survivor.status, survivor.confidence) == ("confirmed", 0.9)


def test_the_editor_may_choose_the_survivor_of_a_merge():
    chosen = EventFactory()
    other = EventFactory()
    EvidenceFactory.create_batch(2, event=other)

    survivor = editing.merge_events(events=[chosen, other], survivor=chosen)

    assert survivor.pk == chosen.pk
    assert survivor.evidence.count() == 2


def test_merging_records_history_for_the_survivor_and_the_deleted():
    keep, drop = EventFactory(), EventFactory()
    EvidenceFactory(event=keep)

    editing.merge_events(events=[keep, drop])

    assert keep.history.latest().history_change_reason == f"Merged events {drop.pk}"
    deleted = Event.history.filter(id=drop.pk).latest()
    assert deleted.history_type == "-"


def test_merging_one_event_is_refused():
    with pytest.raises(ValidationError):
        editing.merge_events(events=[EventFactory()])


def test_splitting_moves_one_evidence_row_into_a_new_event_with_the_same_type_and_dates():
    event = EventFactory(type="meeting", date_start=day(3), date_end=day(5))
    kept = EvidenceFactory(event=event)
    split_off = EvidenceFactory(event=event)

    new_event = editing.split_evidence(evidence=split_off)

    assert new_event.pk != event.pk
    assert (new_event.type, new_event.date_start, new_event.date_end) == ("meeting", day(3), day(5))
    assert new_event.edited
    assert list(new_event.evidence.all()) == [split_off]
    assert list(Event.objects.get(pk=event.pk).evidence.all()) == [kept]
    event.refresh_from_db()
    assert event.edited and event.version == 2


def test_the_only_evidence_of_an_event_cannot_be_split_off():
    evidence = EvidenceFactory()

    with pytest.raises(ValidationError):
        editing.split_evidence(evidence=evidence)

    assert Event.objects.count() == 1


def test_merging_actors_moves_links_keeps_names_as_aliases_and_handles_shared_events():
    kh = ActorFactory(name="Kataib Hezbollah", aliases=["KH"])
    brigades = ActorFactory(name="Hezbollah Brigades", aliases=["kh", "Kata'ib Hizballah"])
    child = ActorFactory(name="Brigade 45", parent=brigades)
    shared = EventFactory(actors=[kh, brigades])
    EventActor.objects.filter(event=shared, actor=brigades).update(role="perpetrator")
    only_brigades = EventFactory(actors=[brigades])

    survivor = editing.merge_actors(survivor=kh, others=[kh, brigades])

    assert not Actor.objects.filter(pk=brigades.pk).exists()
    assert survivor.aliases == ["KH", "Hezbollah Brigades", "Kata'ib Hizballah"]
    assert dict(shared.event_actors.values_list("actor_id", "role")) == {kh.pk: "perpetrator"}
    assert list(only_brigades.actors.all()) == [kh]
    assert Actor.objects.get(pk=child.pk).parent_id == kh.pk
    assert Event.objects.get(pk=shared.pk).version == 2


def test_merging_places_moves_events_and_keeps_names_as_aliases():
    baghdad = PlaceFactory(name="Baghdad")
    bagdad = PlaceFactory(name="Bagdad", country="Iraq", latitude=33.3, longitude=44.4)
    event = EventFactory(place=bagdad)

    survivor = editing.merge_places(survivor=baghdad, others=[bagdad])

    assert Event.objects.get(pk=event.pk).place_id == baghdad.pk
    assert survivor.aliases == ["Bagdad"]
    assert (survivor.country, survivor.latitude, survivor.longitude) == ("Iraq", 33.3, 44.4)
    assert not Place.objects.filter(pk=bagdad.pk).exists()


def test_merging_an_actor_with_itself_is_refused():
    actor = ActorFactory()
    with pytest.raises(ValidationError):
        editing.merge_actors(survivor=actor, others=[actor])


def test_deleting_a_source_deletes_the_events_it_alone_evidences_and_keeps_the_others():
    doomed_source, other_source = SourceFactory(), SourceFactory()
    orphan = EvidenceFactory(source=doomed_source).event
    shared = EvidenceFactory(source=doomed_source).event
    EvidenceFactory(event=shared, source=other_source)
    unrelated = EvidenceFactory(source=other_source).event

    assert list(editing.events_only_evidenced_by(sources=[doomed_source])) == [orphan]
    deleted = editing.delete_sources(sources=[doomed_source])

    assert deleted == 1
    assert set(Event.objects.all()) == {shared, unrelated}
    assert shared.evidence.count() == 1


@pytest.mark.skipif(not settings.IS_POSTGRESQL, reason="needs concurrent PostgreSQL sessions")
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_at_once_from_the_same_version_one_wins_one_is_refused():
    event = EventFactory(title="Strike")
    start = threading.Barrier(2)
    outcomes = []

    def save(title):
        mine = Event.objects.get(pk=event.pk)
        mine.title = title
        start.wait()
        try:
            editing.save_event(event=mine, loaded_version=1)
            outcomes.append("saved")
        except editing.EditConflict:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(title,)) for title in ("Mine", "Theirs")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "saved"]
    event.refresh_from_db()
    assert event.version == 2
