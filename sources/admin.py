from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from events import editing
from events.admin import HistoryAdmin
from events.known_names import load_known_names
from events.models import Evidence
from events.services import extract_source

from .models import Feed, Source
from .services import poll_feed, retry_source


class SourceEvidenceInline(admin.TabularInline):
    """The events this source evidences, to go from an article to what was made of it."""

    model = Evidence
    fields = ["event_link", "quote", "date_text"]
    readonly_fields = fields
    extra = 0
    verbose_name = "event evidenced here"
    verbose_name_plural = "events evidenced here"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="event")
    def event_link(self, evidence):
        url = reverse("admin:events_event_change", args=[evidence.event_id])
        return format_html('<a href="{}">{}</a>', url, evidence.event)


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [SourceEvidenceInline]
    list_display = [
        "title_shown",
        "status",
        "published",
        "publisher",
        "extractor_version",
        "event_count",
    ]
    list_filter = ["status", "kind", "publisher"]
    search_fields = ["title", "url"]
    date_hierarchy = "published"
    show_full_result_count = False
    fields = [
        "title",
        "kind",
        "url",
        "publisher",
        "author",
        "published",
        "language",
        "status",
        "error",
        "extractor_version",
        "extracted_at",
        "content_hash",
        "created_at",
        "updated_at",
        "text_shown",
    ]
    readonly_fields = [
        "status",
        "error",
        "extractor_version",
        "extracted_at",
        "content_hash",
        "created_at",
        "updated_at",
        "text_shown",
    ]
    actions = ["re_extract", "retry_failed"]

    def get_queryset(self, request):
        # A source's text can run to megabytes; only its own page shows it.
        events = (
            Evidence.objects.filter(source=OuterRef("pk"))
            .values("source")
            .annotate(n=Count("event", distinct=True))
            .values("n")
        )
        return (
            super()
            .get_queryset(request)
            .defer("text")
            .annotate(event_count=Coalesce(Subquery(events), 0))
        )

    @admin.display(description="title", ordering="title")
    def title_shown(self, source):
        return Truncator(str(source)).chars(100)

    @admin.display(description="events", ordering="event_count")
    def event_count(self, source):
        url = reverse("admin:events_event_changelist") + f"?source={source.pk}"
        return format_html('<a href="{}">{}</a>', url, source.event_count)

    @admin.display(description="text")
    def text_shown(self, source):
        # format_html escapes the text: a source is never rendered as markup.
        return format_html(
            '<div style="white-space: pre-wrap; max-height: 40em; overflow: auto; '
            'max-width: 60em">{}</div>',
            source.text,
        )

    @admin.action(description="Re-extract events from selected sources", permissions=["change"])
    def re_extract(self, request, queryset):
        known = load_known_names()
        for source in queryset:
            report = extract_source(source=source, known=known)
            self.message_user(request, f"{source}: {report}.", messages.SUCCESS)

    @admin.action(description="Retry selected failed sources", permissions=["change"])
    def retry_failed(self, request, queryset):
        failed = [source for source in queryset if source.status == Source.Status.FAILED]
        for source in failed:
            retry_source(source=source)
            self.message_user(
                request, f"{source}: {source.get_status_display().lower()}.", messages.SUCCESS
            )
        skipped = len(queryset) - len(failed)
        if skipped:
            self.message_user(
                request, f"{skipped} selected sources had not failed and were left alone."
            )

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        orphaned = list(editing.events_only_evidenced_by(sources=objs))
        if orphaned:
            event_admin = self.admin_site.get_model_admin(orphaned[0].__class__)
            if not event_admin.has_delete_permission(request):
                perms_needed.add(orphaned[0]._meta.verbose_name)
            deleted.extend(
                format_html(
                    'Event that loses its only evidence: <a href="{}">{}</a>',
                    reverse("admin:events_event_change", args=[event.pk]),
                    event,
                )
                for event in orphaned
            )
            model_count["events that lose their only evidence"] = len(orphaned)
        return deleted, model_count, perms_needed, protected

    def delete_model(self, request, obj):
        editing.delete_sources(sources=[obj])

    def delete_queryset(self, request, queryset):
        editing.delete_sources(sources=queryset)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["url", "title", "active", "last_polled_at", "last_error"]
    list_filter = ["active"]
    search_fields = ["url", "title"]
    readonly_fields = ["last_polled_at", "last_error", "created_at"]
    actions = ["poll_now"]

    @admin.action(description="Poll selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset):
        for feed in queryset:
            poll = poll_feed(feed=feed)
            if poll.error:
                self.message_user(request, f"{feed}: {poll.error}", messages.ERROR)
            else:
                self.message_user(
                    request, f"{feed}: {len(poll.results)} new items queued.", messages.SUCCESS
                )
