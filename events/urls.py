from django.urls import path

from . import views

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:pk>/", views.event_detail, name="event-detail"),
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
    path("actors/<int:pk>/", views.actor_detail, name="actor-detail"),
    path("places/<int:pk>/", views.place_detail, name="place-detail"),
    path("search/", views.search, name="search"),
]
