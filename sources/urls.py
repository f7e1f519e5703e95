from django.urls import path

from . import views

urlpatterns = [
    path("ingest/", views.ingest_page, name="ingest"),
    path("ingest/text/", views.ingest_text, name="ingest-text"),
    path("ingest/files/", views.ingest_files, name="ingest-files"),
    path("ingest/url/", views.ingest_url_view, name="ingest-url"),
    path("ingest/feeds/", views.add_feed_view, name="ingest-feed"),
    path("ingest/feeds/<int:pk>/poll/", views.poll_feed_view, name="ingest-feed-poll"),
    path("ingest/sources/<int:pk>/retry/", views.retry_view, name="ingest-retry"),
    path("ingest/status/", views.status, name="ingest-status"),
]
