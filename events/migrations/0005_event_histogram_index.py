"""A partial index for the histogram of visible events (PostgreSQL only, like 0002).

It holds every column the histogram query reads (date_start, type, date_end; status in its
condition), so counting a year of a million events is an index-only scan instead of a visit to
every heap page the year's events are spread over. The condition is the API's default filter,
NOT (status = 'rejected'), written as Django writes it.
"""

from django.db import migrations, models

INDEX = models.Index(
    fields=["date_start", "type", "date_end"],
    condition=~models.Q(status="rejected"),
    name="event_histogram_idx",
)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("events", "Event"), INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("events", "Event"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("events", "0004_event_last_reported_at")]

    operations = [migrations.RunPython(add_index, remove_index)]
