import hashlib

from django.db import models
from simple_history.models import HistoricalRecords


def content_hash(text: str) -> str:
    """The identity of a source's text: ingesting the same text twice is a no-op."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class SourceQuerySet(models.QuerySet):
    def done(self):
        return self.filter(status=Source.Status.DONE)

    def needing_date(self):
        return self.filter(status=Source.Status.NEEDS_DATE)

    def failed(self):
        return self.filter(status=Source.Status.FAILED)


class Source(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "News article"
        REPORT = "report", "Report"
        STATEMENT = "statement", "Statement or press release"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        FETCHING = "fetching", "Fetching"
        EXTRACTING = "extracting", "Extracting"
        DONE = "done", "Done"
        NEEDS_DATE = "needs_date", "Needs a publication date"
        FAILED = "failed", "Failed"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(
        max_length=2000,
        unique=True,
        null=True,
        blank=True,
        help_text="Where the source was published. Leave empty for pasted or uploaded text.",
    )
    publisher = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Publication date. Relative dates in the text ('last week', 'on Monday') "
        "are resolved from it; without it no events are extracted.",
    )
    language = models.CharField(max_length=12, blank=True, default="en")
    text = models.TextField(blank=True)
    content_hash = models.CharField(
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text="SHA-256 of the whitespace-normalised text; the same text is stored once.",
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(blank=True, help_text="Why ingestion or extraction failed.")
    extractor_version = models.CharField(
        max_length=40, blank=True, help_text="Version of the extractor that produced its events."
    )
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["text"])

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]

    def __str__(self):
        return self.title or self.url or f"Source {self.pk}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("source-detail", args=[self.pk])


class Feed(models.Model):
    """An RSS or Atom feed polled for new items."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    active = models.BooleanField(default=True, help_text="Inactive feeds are not polled.")
    etag = models.CharField(max_length=500, blank=True, editable=False)
    modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]

    def __str__(self):
        return self.title or self.url
