"""The ingest page: editors paste text, upload files, give a URL or a feed, and watch the status
of each source while the workers fetch and extract."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from . import selectors
from .forms import FeedForm, FilesForm, TextForm, UrlForm
from .models import Feed, Source
from .services import IngestError, add_feed, document_date, ingest_source, ingest_url, retry_source
from .tasks import poll_feed_task
from .text import UnreadableDocument, file_to_document

EDITOR_PERMISSION = "sources.add_source"


def editor_required(view):
    @login_required
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.has_perm(EDITOR_PERMISSION):
            raise PermissionDenied("Only editors can ingest sources.")
        return view(request, *args, **kwargs)

    return guarded


@require_GET
@editor_required
def ingest_page(request):
    return _render(request)


@require_POST
@editor_required
def ingest_text(request):
    form = TextForm(request.POST)
    if not form.is_valid():
        return _render(request, text_form=form, status=400, section="text")
    data = form.cleaned_data
    try:
        result = ingest_source(text=data["text"], title=data["title"], published=data["published"])
    except IngestError as exc:
        form.add_error("text", str(exc))
        return _render(request, text_form=form, status=400, section="text")
    _report(request, "Text", result)
    return redirect("ingest")


@require_POST
@editor_required
def ingest_files(request):
    form = FilesForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(request, files_form=form, status=400, section="files")
    published = form.cleaned_data["published"]
    for upload in form.cleaned_data["files"]:
        if upload.size > settings.CHRONICLE_FETCH_MAX_BYTES:
            messages.error(
                request,
                f"{upload.name}: file is larger than the limit of "
                f"{settings.CHRONICLE_FETCH_MAX_BYTES / 1024 / 1024:g} MB",
            )
            continue
        try:
            document = file_to_document(upload.name, upload.read())
            result = ingest_source(
                text=document.text,
                title=document.title or upload.name,
                published=published or document_date(document.published),
                publisher=document.publisher,
                author=document.author,
            )
        except (UnreadableDocument, IngestError) as exc:
            messages.error(request, f"{upload.name}: {exc}")
            continue
        _report(request, upload.name, result)
    return redirect("ingest")


@require_POST
@editor_required
def ingest_url_view(request):
    form = UrlForm(request.POST)
    if not form.is_valid():
        return _render(request, url_form=form, status=400, section="url")
    try:
        result = ingest_url(url=form.cleaned_data["url"], published=form.cleaned_data["published"])
    except IngestError as exc:
        form.add_error("url", str(exc))
        return _render(request, url_form=form, status=400, section="url")
    _report(request, result.source.url, result)
    return redirect("ingest")


@require_POST
@editor_required
def add_feed_view(request):
    form = FeedForm(request.POST)
    if not form.is_valid():
        return _render(request, feed_form=form, status=400, section="feed")
    try:
        feed, created = add_feed(url=form.cleaned_data["url"])
    except IngestError as exc:
        form.add_error("url", str(exc))
        return _render(request, feed_form=form, status=400, section="feed")
    poll_feed_task.enqueue(feed.pk)
    messages.success(
        request,
        f"Feed {feed.url} {'added' if created else 'was already stored'}; its new entries are "
        "being ingested.",
    )
    return redirect("ingest")


@require_POST
@editor_required
def poll_feed_view(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    poll_feed_task.enqueue(feed.pk)
    messages.success(request, f"Polling {feed.url}.")
    return redirect("ingest")


@require_POST
@editor_required
def retry_view(request, pk):
    source = get_object_or_404(Source, pk=pk)
    try:
        retry_source(source=source)
    except IngestError as exc:
        messages.error(request, f"Source {source.pk}: {exc}")
    else:
        messages.success(request, f"Source {source.pk} is being ingested again.")
    return redirect("ingest")


@require_GET
@editor_required
def status(request):
    """The statuses the page refreshes while sources are queued, fetching or extracting."""
    ids = None
    if raw := request.GET.get("ids"):
        try:
            ids = [int(part) for part in raw.split(",")]
        except ValueError:
            return HttpResponseBadRequest("ids must be comma-separated source ids")
    rows = [selectors.status_row(source) for source in selectors.recent_sources(ids=ids)]
    return JsonResponse({"sources": rows})


def _render(request, *, status=200, section="text", **forms):
    context = {
        "text_form": forms.get("text_form") or TextForm(),
        "files_form": forms.get("files_form") or FilesForm(),
        "url_form": forms.get("url_form") or UrlForm(),
        "feed_form": forms.get("feed_form") or FeedForm(),
        "section": section,
        "sources": [selectors.status_row(s) for s in selectors.recent_sources()],
        "feeds": selectors.feeds(),
    }
    context["any_in_progress"] = any(row["in_progress"] for row in context["sources"])
    return render(request, "sources/ingest.html", context, status=status)


def _report(request, what: str, result) -> None:
    source = result.source
    if not result.created and source.status == Source.Status.FAILED:
        messages.warning(
            request,
            f"{what}: already stored as source {source.pk}, which failed ({source.error}); "
            "retry it from the list below.",
        )
    elif not result.created:
        messages.info(request, f"{what}: already stored as source {source.pk}; nothing changed.")
    elif source.status == Source.Status.FAILED:
        messages.error(request, f"{what}: failed: {source.error}")
    elif source.status == Source.Status.NEEDS_DATE:
        messages.warning(
            request, f"{what}: stored as source {source.pk}; it needs a publication date."
        )
    elif source.status == Source.Status.DONE:
        events = source.evidence.values("event").distinct().count()
        messages.success(request, f"{what}: stored as source {source.pk} with {events} events.")
    else:
        messages.info(request, f"{what}: queued as source {source.pk}.")
