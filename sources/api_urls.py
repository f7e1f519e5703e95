from rest_framework.routers import SimpleRouter

from .api import FeedViewSet

app_name = "feeds-api"

router = SimpleRouter()
router.register("", FeedViewSet, basename="feed")

urlpatterns = router.urls
