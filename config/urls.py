from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/feeds/", include("sources.api_urls")),
    path("api/", include("events.api.urls")),
    path("", include("sources.urls")),
    path("", include("events.urls")),
]
