from django.shortcuts import render

from .models import Event


def timeline(request):
    events = Event.objects.visible().with_related().chronological()
    return render(request, "events/timeline.html", {"events": events})
