"""Expression indexes for the API's queries (PostgreSQL only).

- GIN indexes for full-text search, built by the same SearchVector calls as
  events.selectors.search_events, so the planner matches them; SQLite searches by substring.
- The span (date_end - date_start) of events, so that events.selectors.longest_event_span is
  one index probe.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models

SEARCH_CONFIG = "english"

INDEXES = [
    (
        "event",
        GinIndex(SearchVector("title", "summary", config=SEARCH_CONFIG), name="event_search_idx"),
    ),
    ("actor", GinIndex(SearchVector("name", config=SEARCH_CONFIG), name="actor_search_idx")),
    ("evidence", GinIndex(SearchVector("quote", config=SEARCH_CONFIG), name="evidence_search_idx")),
    (
        "event",
        models.Index(
            models.ExpressionWrapper(
                models.F("date_end") - models.F("date_start"), output_field=models.DurationField()
            ),
            name="event_span_idx",
        ),
    ),
]


def add_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES:
        schema_editor.add_index(apps.get_model("events", model_name), index)


def remove_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES:
        schema_editor.remove_index(apps.get_model("events", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(add_search_indexes, remove_search_indexes)]
