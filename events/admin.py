"""The editors' desk: a review queue of extracted events, corrections, merges and splits.

Writes go through `events.editing`; this module only wires them to forms, actions and pages.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from . import editing
from .models import Actor, Event, EventActor, Evidence, Place


class CommaSeparatedListField(forms.CharField):
    """A list of names edited as one line of text: "KH, Hezbollah Brigades"."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        return list(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))


def alias_field():
    return CommaSeparatedListField(
        required=False,
        widget=forms.TextInput(attrs={"size": 80}),
        help_text="Other names the extractor should recognise, separated by commas. "
        "They take effect on the next extraction.",
    )


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"
    buckets = {
        "low": ("Low (under 0.4)", Q(confidence__lt=0.4)),
        "medium": ("Medium (0.4 to 0.7)", Q(confidence__gte=0.4, confidence__lt=0.7)),
        "high": ("High (0.7 and over)", Q(confidence__gte=0.7)),
    }

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _) in self.buckets.items()]

    def queryset(self, request, queryset):
        bucket = self.buckets.get(self.value())
        return queryset if bucket is None else queryset.filter(bucket[1])


class TextInputFilter(admin.SimpleListFilter):
    """A filter typed into a box: actors and sources are too many to list as links."""

    template = "admin/text_input_filter.html"

    def lookups(self, request, model_admin):
        # Django shows a filter only when it has choices; the box replaces them.
        return [("", "")]

    def choices(self, changelist):
        yield {
            "value": self.value() or "",
            "parameter_name": self.parameter_name,
            # Kept so that typing in the box does not drop the search or the other filters.
            "other_params": {
                key: value for key, value in changelist.params.items() if key != self.parameter_name
            },
        }


class SourceFilter(TextInputFilter):
    title = "source (id or words of its title)"
    parameter_name = "source"

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        if not value:
            return queryset
        is_id = value.isdigit() and int(value) < 2**63
        sources = Q(source_id=int(value)) if is_id else Q(source__title__icontains=value)
        return queryset.filter(Exists(Evidence.objects.filter(sources, event=OuterRef("pk"))))


class ActorFilter(TextInputFilter):
    title = "actor (name or alias)"
    parameter_name = "actor"

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        if not value:
            return queryset
        matching = Q(actor__name__icontains=value) | Q(actor__aliases__icontains=value)
        return queryset.filter(Exists(EventActor.objects.filter(matching, event=OuterRef("pk"))))


class EventAdminForm(forms.ModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = [
            "title",
            "type",
            "status",
            "summary",
            "date_start",
            "date_end",
            "date_precision",
            "open_end",
            "place",
            "casualties",
            "confidence",
        ]
        widgets = {"title": forms.TextInput(attrs={"style": "width: 48em; max-width: 100%"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return
        self.fields["loaded_version"].required = True
        if hasattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME):
            # Reverting: the instance carries an old version; the form stands for the current one.
            current = Event.objects.values_list("version", flat=True).get(pk=self.instance.pk)
            self.fields["loaded_version"].initial = current
        else:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is not None:
            current = (
                Event.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            )
            if cleaned_data.get("loaded_version") != current:
                raise ValidationError(editing.CONFLICT_MESSAGE, code="conflict")
        return cleaned_data


class EventActorInline(admin.TabularInline):
    model = EventActor
    autocomplete_fields = ["actor"]
    extra = 1
    verbose_name = "actor"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


class EvidenceInline(admin.TabularInline):
    """The passages that evidence the event, each with a way to split it off.

    Read-only: a passage attached to the wrong event is split into an event of its own (which
    can then be rejected) rather than deleted, so no evidence is ever lost.
    """

    model = Evidence
    fields = ["source_link", "quote", "date_text", "split_link"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source").defer("source__text")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="source")
    def source_link(self, evidence):
        url = reverse("admin:sources_source_change", args=[evidence.source_id])
        return format_html('<a href="{}">{}</a>', url, evidence.source)

    @admin.display(description="split")
    def split_link(self, evidence):
        if evidence.pk is None:
            return ""
        url = reverse("admin:events_event_split", args=[evidence.event_id, evidence.pk])
        return format_html('<a href="{}">Split into its own event</a>', url)


class MergeActionMixin:
    """An action page where the editor picks which selected record survives a merge."""

    merge_template = "admin/merge_selected.html"

    def render_merge(self, request, queryset, *, merge, default_survivor, what, explanation):
        objects = list(queryset)
        if len(objects) < 2:
            self.message_user(request, f"Select at least two {what} to merge.", messages.ERROR)
            return None
        if request.POST.get("post") == "yes":
            survivor = next((o for o in objects if str(o.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                self.message_user(request, "Choose which record to keep.", messages.ERROR)
                return None
            try:
                kept = merge(survivor=survivor, others=objects)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return None
            self.message_user(
                request, f"Merged {len(objects)} {what} into “{kept}”.", messages.SUCCESS
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {what}",
            "opts": self.model._meta,
            "objects": objects,
            "default_survivor": default_survivor(objects),
            "action": request.POST.get("action"),
            "what": what,
            "explanation": explanation,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, self.merge_template, context)


class HistoryAdmin(SimpleHistoryAdmin):
    """simple-history's admin, where reverting is a write like any other.

    simple-history lets anyone who may view an object post its revert form; here that needs the
    change permission, and the revert runs in one transaction like the change form does.
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.has_change_permission(request):
            raise PermissionDenied
        with transaction.atomic():
            return super().history_form_view(request, object_id, version_id, extra_context)


@admin.register(Event)
class EventAdmin(MergeActionMixin, HistoryAdmin):
    form = EventAdminForm
    list_display = [
        "date_shown",
        "type",
        "title_shown",
        "status",
        "date_precision",
        "confidence",
        "edited",
        "source_count",
        "quote_shown",
    ]
    list_display_links = ["date_shown", "title_shown"]
    list_filter = [
        "status",
        "type",
        "date_precision",
        ConfidenceFilter,
        "edited",
        SourceFilter,
        ActorFilter,
    ]
    date_hierarchy = "date_start"
    # Newest sources first: the review queue starts with what just came in.
    ordering = [F("last_reported_at").desc(nulls_last=True), "-pk"]
    search_fields = ["title", "actors__name", "evidence__quote"]
    list_per_page = 50
    # Counting the unfiltered table is a second full count on every page.
    show_full_result_count = False
    autocomplete_fields = ["place"]
    readonly_fields = ["edited", "version", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "type", "status", "summary"]}),
        ("When", {"fields": ["date_start", "date_end", "date_precision", "open_end"]}),
        ("Where and how many", {"fields": ["place", "casualties", "confidence"]}),
        (
            "Record",
            {"fields": ["edited", "version", "created_at", "updated_at", "loaded_version"]},
        ),
    ]
    inlines = [EventActorInline, EvidenceInline]
    actions = ["confirm_selected", "reject_selected", "merge_selected"]

    def get_queryset(self, request):
        # Subqueries rather than joins: without a GROUP BY over the whole table, a page sorted
        # by an indexed column, the filtered count and the date hierarchy stay cheap.
        evidence = Evidence.objects.filter(event=OuterRef("pk"))
        source_count = (
            evidence.values("event").annotate(n=Count("source", distinct=True)).values("n")
        )
        first_quote = evidence.order_by("source_id", "start").values("quote")[:1]
        return (
            super()
            .get_queryset(request)
            .annotate(
                source_count=Coalesce(Subquery(source_count), 0),
                first_quote=Subquery(first_quote),
            )
        )

    @admin.display(description="date", ordering="date_start")
    def date_shown(self, event):
        return event.date_display

    @admin.display(description="title", ordering="title")
    def title_shown(self, event):
        return Truncator(event.title).chars(90)

    @admin.display(description="sources", ordering="source_count")
    def source_count(self, event):
        return event.source_count

    @admin.display(description="evidence")
    def quote_shown(self, event):
        return Truncator(event.first_quote or "").chars(200)

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        editing.save_event(event=obj, loaded_version=form.cleaned_data.get("loaded_version"))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        actors_changed = any(
            formset.model is EventActor and formset.has_changed() for formset in formsets
        )
        if actors_changed:
            editing.record_actors_in_history(event=form.instance)

    def changeform_view(self, request, *args, **kwargs):
        try:
            return super().changeform_view(request, *args, **kwargs)
        except editing.EditConflict as conflict:
            # Only when another save lands between the form's check and ours.
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.path)

    def history_form_view(self, request, *args, **kwargs):
        try:
            return super().history_form_view(request, *args, **kwargs)
        except editing.EditConflict as conflict:
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.path)

    @admin.action(description="Confirm selected events", permissions=["change"])
    def confirm_selected(self, request, queryset):
        changed = editing.set_status(events=queryset, status=Event.Status.CONFIRMED)
        self.message_user(request, f"Confirmed {changed} events.", messages.SUCCESS)

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject_selected(self, request, queryset):
        changed = editing.set_status(events=queryset, status=Event.Status.REJECTED)
        self.message_user(request, f"Rejected {changed} events.", messages.SUCCESS)

    @admin.action(description="Merge selected events into one", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        return self.render_merge(
            request,
            queryset,
            merge=lambda survivor, others: editing.merge_events(events=others, survivor=survivor),
            default_survivor=editing.default_merge_survivor,
            what="events",
            explanation="The others' evidence and actors move to it, its dates widen to cover "
            "them all, and they are deleted.",
        )

    def get_urls(self):
        split = path(
            "<int:event_id>/split/<int:evidence_id>/",
            self.admin_site.admin_view(self.split_view),
            name="events_event_split",
        )
        return [split, *super().get_urls()]

    def split_view(self, request, event_id, evidence_id):
        evidence = get_object_or_404(
            Evidence.objects.select_related("event", "source"), pk=evidence_id, event_id=event_id
        )
        event = evidence.event
        if not (self.has_change_permission(request, event) and self.has_add_permission(request)):
            raise PermissionDenied
        if request.method == "POST":
            try:
                new_event = editing.split_evidence(evidence=evidence)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return HttpResponseRedirect(reverse("admin:events_event_change", args=[event.pk]))
            self.message_user(
                request,
                "Moved the evidence into a new event; correct its type and dates here.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:events_event_change", args=[new_event.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Split evidence into its own event",
            "opts": self.model._meta,
            "event": event,
            "evidence": evidence,
        }
        return TemplateResponse(request, "admin/events/event/split_evidence.html", context)


class ActorAdminForm(forms.ModelForm):
    aliases = alias_field()

    class Meta:
        model = Actor
        fields = ["name", "kind", "aliases", "parent", "description"]


@admin.register(Actor)
class ActorAdmin(MergeActionMixin, HistoryAdmin):
    form = ActorAdminForm
    list_display = ["name", "kind", "parent", "event_count", "aliases_shown"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["parent"]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        links = EventActor.objects.filter(actor=OuterRef("pk")).values("actor")
        event_count = links.annotate(n=Count("pk")).values("n")
        return (
            super().get_queryset(request).annotate(event_count=Coalesce(Subquery(event_count), 0))
        )

    @admin.display(description="events", ordering="event_count")
    def event_count(self, actor):
        return actor.event_count

    @admin.display(description="aliases")
    def aliases_shown(self, actor):
        return ", ".join(actor.aliases)

    @admin.action(description="Merge selected actors into one", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        return self.render_merge(
            request,
            queryset,
            merge=editing.merge_actors,
            default_survivor=lambda actors: max(actors, key=lambda a: (a.event_count, -a.pk)),
            what="actors",
            explanation="The others' events move to it, their names become its aliases, "
            "their sub-groups become its own, and they are deleted.",
        )


class PlaceAdminForm(forms.ModelForm):
    aliases = alias_field()

    class Meta:
        model = Place
        fields = ["name", "country", "latitude", "longitude", "aliases"]


@admin.register(Place)
class PlaceAdmin(MergeActionMixin, HistoryAdmin):
    form = PlaceAdminForm
    list_display = ["name", "country", "latitude", "longitude", "event_count", "aliases_shown"]
    search_fields = ["name", "aliases", "country"]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        events = Event.objects.filter(place=OuterRef("pk")).values("place")
        event_count = events.annotate(n=Count("pk")).values("n")
        return (
            super().get_queryset(request).annotate(event_count=Coalesce(Subquery(event_count), 0))
        )

    @admin.display(description="events", ordering="event_count")
    def event_count(self, place):
        return place.event_count

    @admin.display(description="aliases")
    def aliases_shown(self, place):
        return ", ".join(place.aliases)

    @admin.action(description="Merge selected places into one", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        return self.render_merge(
            request,
            queryset,
            merge=editing.merge_places,
            default_survivor=lambda places: max(places, key=lambda p: (p.event_count, -p.pk)),
            what="places",
            explanation="The others' events move to it, their names become its aliases, "
            "and they are deleted.",
        )
