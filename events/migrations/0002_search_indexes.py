"""GIN expression indexes for the API's full-text search (PostgreSQL only).

The expressions are built by the same SearchVector calls as events.selectors.search_events, so
the planner matches them; SQLite has no such indexes and searches by substring instead.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

SEARCH_CONFIG = "english"

INDEXES = {
    "event": GinIndex(
        SearchVector("title", "summary", config=SEARCH_CONFIG), name="event_search_idx"
    ),
    "actor": GinIndex(SearchVector("name", config=SEARCH_CONFIG), name="actor_search_idx"),
    "evidence": GinIndex(SearchVector("quote", config=SEARCH_CONFIG), name="evidence_search_idx"),
}


def add_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("events", model_name), index)


def remove_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("events", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(add_search_indexes, remove_search_indexes)]
