from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .dates import format_event_date


class EventType(models.TextChoices):
    MEETING = "meeting", "Meeting"
    STRIKE = "strike", "Strike (armed attack)"
    PAUSE = "pause", "Pause, truce or ceasefire"
    AGREEMENT = "agreement", "Agreement"
    MOVEMENT = "movement", "Movement of forces"
    PROTEST = "protest", "Protest or labour strike"
    STATEMENT = "statement", "Statement"
    OTHER = "other", "Other"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    APPROXIMATE = "approximate", "Approximate"


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ARMED_GROUP = "armed_group", "Armed group"
        STATE = "state", "State"
        ORGANISATION = "organisation", "Organisation"
        UNKNOWN = "unknown", "Unknown"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.UNKNOWN)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names the extractor should recognise, e.g. ['KH', 'Hezbollah Brigades'].",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The larger body this actor belongs to (Quds Force belongs to the IRGC).",
    )
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("actor-detail", args=[self.pk])


class Place(models.Model):
    name = models.CharField(max_length=200, unique=True)
    country = models.CharField(max_length=100, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other names the extractor should recognise."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("place-detail", args=[self.pk])


class EventActor(models.Model):
    event = models.ForeignKey("Event", on_delete=models.CASCADE, related_name="event_actors")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="event_actors")
    role = models.CharField(
        max_length=40, blank=True, help_text="e.g. perpetrator, target, mediator, speaker."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "actor"], name="event_actor_unique"),
        ]

    def __str__(self):
        return f"{self.actor} in {self.event_id}"


class EventQuerySet(models.QuerySet):
    def visible(self):
        """What analysts see on the timeline: everything an editor has not rejected."""
        return self.exclude(status=Event.Status.REJECTED)

    def confirmed(self):
        return self.filter(status=Event.Status.CONFIRMED)

    def awaiting_review(self):
        return self.filter(status=Event.Status.EXTRACTED)

    def machine_made(self):
        """Events extraction may replace: nobody has edited, confirmed or rejected them."""
        return self.filter(edited=False, status=Event.Status.EXTRACTED)

    def overlapping(self, date_from, date_to):
        """Events whose interval meets [date_from, date_to] (either bound may be None)."""
        qs = self
        if date_from is not None:
            qs = qs.filter(date_end__gte=date_from)
        if date_to is not None:
            qs = qs.filter(date_start__lte=date_to)
        return qs

    def chronological(self):
        return self.order_by("date_start", "date_end", "id")

    def with_related(self):
        return self.select_related("place").prefetch_related("actors")


class Event(models.Model):
    class Status(models.TextChoices):
        EXTRACTED = "extracted", "Extracted (not reviewed)"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    type = models.CharField(max_length=20, choices=EventType.choices, db_index=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    date_start = models.DateField(help_text="First day of the event (inclusive).")
    date_end = models.DateField(
        help_text="Last day of the event (inclusive). Same as the start for a one-day event."
    )
    date_precision = models.CharField(
        max_length=12,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How precisely the sources date the event: a day, a week, a month, a year, "
        "or an approximate range.",
    )
    open_end = models.BooleanField(
        default=False,
        help_text="A continuing state ('since 4 February'): the end is the latest report, "
        "not a known last day.",
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    actors = models.ManyToManyField(Actor, through=EventActor, related_name="events", blank=True)
    casualties = models.PositiveIntegerField(
        null=True, blank=True, help_text="People killed, when the sources say."
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.EXTRACTED, db_index=True
    )
    confidence = models.FloatField(default=0.5, help_text="Extractor confidence, 0 to 1.")
    edited = models.BooleanField(
        default=False,
        help_text="A person changed this event; extraction never overwrites or deletes it.",
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Incremented on every save; guards against lost concurrent edits."
    )
    last_reported_at = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        editable=False,
        help_text="When a source last reported this event; the review queue starts there.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[actors], excluded_fields=["last_reported_at"])

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date_start", "date_end", "id"]
        indexes = [
            models.Index(fields=["date_start", "type"], name="event_start_type_idx"),
            models.Index(fields=["date_end", "date_start"], name="event_end_start_idx"),
            models.Index(fields=["type", "date_start"], name="event_type_start_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(date_end__gte=models.F("date_start")),
                name="event_end_not_before_start",
            ),
        ]

    def __str__(self):
        return f"{self.date_start:%Y-%m-%d} {self.type}: {self.title}"

    def get_absolute_url(self):
        return reverse("event-detail", args=[self.pk])

    @property
    def date_display(self) -> str:
        return format_event_date(self.date_start, self.date_end, self.date_precision, self.open_end)


class Evidence(models.Model):
    """A passage of a source that evidences an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="evidence")
    quote = models.TextField()
    start = models.PositiveIntegerField(help_text="Character offset of the quote in the source.")
    end = models.PositiveIntegerField()
    date_text = models.CharField(
        max_length=200, blank=True, help_text="The date expression as written, e.g. 'last week'."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source_id", "start"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "source", "start", "end"], name="evidence_unique_passage"
            ),
        ]

    def __str__(self):
        return self.quote[:80]
