import datetime
import importlib
import re

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from events.models import Event
from tests.factories import EventFactory, EvidenceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

editors_migration = importlib.import_module("events.migrations.0002_editors_group")

PASSWORD = "correct horse battery staple"


@pytest.fixture
def editors_group():
    """The group of the data migration. The flush after an earlier transactional test deletes it
    (the permissions come back, the group does not), so it is made again from the migration's
    own list of permissions."""
    group, created = Group.objects.get_or_create(name="Editors")
    if created:
        wanted = set(editors_migration.wanted_permissions())
        group.permissions.add(
            *(
                permission
                for permission in Permission.objects.select_related("content_type")
                if (permission.content_type.app_label, permission.codename) in wanted
            )
        )
    assert group.permissions.count() == len(set(editors_migration.wanted_permissions()))
    return group


@pytest.fixture
def editor(django_user_model, editors_group):
    user = django_user_model.objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(editors_group)
    return user


@pytest.fixture
def misdated_strike():
    """Extracted with the month only; the editor knows it was 9 February."""
    event = EventFactory(
        type="strike",
        title="Airstrike in eastern Baghdad",
        date_start=datetime.date(2024, 2, 1),
        date_end=datetime.date(2024, 2, 29),
        date_precision="month",
    )
    EvidenceFactory(event=event)
    return event


def test_editor_corrects_a_date_and_confirms_the_event_then_sees_it_on_the_timeline(
    live_server, page, editor, misdated_strike
):
    event = misdated_strike
    other = EventFactory(title="Qaani meets armed groups", date_start=datetime.date(2024, 1, 29))

    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # The review queue, then the event's change form.
    page.goto(f"{live_server.url}/admin/events/event/?status__exact=extracted")
    page.get_by_role("link", name="Airstrike in eastern Baghdad").click()
    expect(page).to_have_url(re.compile(rf"/admin/events/event/{event.pk}/change/"))
    page.locator("#id_date_start").fill("2024-02-09")
    page.locator("#id_date_end").fill("2024-02-09")
    page.locator("#id_date_precision").select_option("day")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    queue_row = page.locator("#result_list tbody tr", has_text="Airstrike in eastern Baghdad")
    expect(queue_row).to_contain_text("9 Feb 2024")

    queue_row.locator("input[name=_selected_action]").check()
    page.locator("select[name=action]").select_option("confirm_selected")
    page.get_by_role("button", name="Go", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("Confirmed 1 events.")

    page.goto(f"{live_server.url}/")
    row = page.locator(f"#event-{event.pk}")
    expect(row.locator(".event-date")).to_have_text("9 Feb 2024")
    expect(row.locator(".status-confirmed")).to_have_text("confirmed")
    expect(page.locator(f"#event-{other.pk} .status-confirmed")).to_have_count(0)

    page.locator("[data-timeline] .vis-item", has_text="Airstrike in eastern Baghdad").click()
    card = page.locator("[data-card]")
    expect(card).to_contain_text("9 Feb 2024")
    expect(card).to_contain_text("Confirmed")

    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.date_precision) == (
        datetime.date(2024, 2, 9),
        datetime.date(2024, 2, 9),
        "day",
    )
    assert (event.status, event.edited) == (Event.Status.CONFIRMED, True)
    other.refresh_from_db()
    assert (other.status, other.edited) == (Event.Status.EXTRACTED, False)
