import pytest
from django.contrib.auth.models import Group, Permission


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def analyst(django_user_model):
    """Logged in to the admin, in no group: may look at nothing, change nothing."""
    return django_user_model.objects.create_user("analyst", is_staff=True)


@pytest.fixture
def reader(django_user_model):
    """Staff holding only the view permissions: sees the lists, has no write actions."""
    user = django_user_model.objects.create_user("reader", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__startswith="view_", content_type__app_label__in=["events", "sources"]
        )
    )
    return user
