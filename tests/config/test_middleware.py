import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_pages_and_api_are_open_by_default(client):
    event = EventFactory()

    assert client.get("/").status_code == 200
    assert client.get(f"/events/{event.pk}/").status_code == 200
    assert client.get("/api/events/").status_code == 200


def test_with_login_required_anonymous_readers_are_sent_to_log_in(client, settings):
    settings.CHRONICLE_REQUIRE_LOGIN = True
    event = EventFactory()

    page = client.get(f"/events/{event.pk}/")
    api = client.get("/api/events/")

    assert page.status_code == 302
    assert page["Location"].startswith("/admin/login/?next=/events/")
    assert api.status_code == 403


def test_with_login_required_a_logged_in_analyst_reads(client, settings, django_user_model):
    settings.CHRONICLE_REQUIRE_LOGIN = True
    client.force_login(django_user_model.objects.create_user("analyst"))

    assert client.get("/").status_code == 200
    assert client.get("/api/events/").status_code == 200


def test_the_login_page_stays_reachable(client, settings):
    settings.CHRONICLE_REQUIRE_LOGIN = True

    assert client.get("/admin/login/").status_code == 200
