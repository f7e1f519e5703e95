from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODELS = {
    "events": ["event", "evidence", "eventactor", "actor", "place"],
    "sources": ["source", "feed"],
}
HISTORY_MODELS = {
    "events": ["historicalevent", "historicaleventactor", "historicalactor", "historicalplace"],
    "sources": ["historicalsource"],
}


def wanted_permissions():
    for app_label, models in EDITOR_MODELS.items():
        for model in models:
            for action in ("view", "add", "change", "delete"):
                yield app_label, f"{action}_{model}"
    for app_label, models in HISTORY_MODELS.items():
        for model in models:
            yield app_label, f"view_{model}"


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after the last migration; a fresh database needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = set(wanted_permissions())
    permissions = [
        permission
        for permission in Permission.objects.filter(
            content_type__app_label__in=["events", "sources"]
        ).select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in permissions}
    if missing:
        raise RuntimeError(f"Permissions missing for the Editors group: {sorted(missing)}")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(*permissions)


def delete_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0001_initial"),
        ("sources", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_editors_group, delete_editors_group)]
