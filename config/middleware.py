"""Site-wide reading policy: with CHRONICLE_REQUIRE_LOGIN on, pages need a logged-in user."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login

# The admin has its own login, the API answers 403 through its permission class, static files
# are public assets.
_OPEN_PREFIXES = ("/admin/", "/api/", "/static/")


class RequireLoginForReadingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.CHRONICLE_REQUIRE_LOGIN
            and not request.user.is_authenticated
            and not request.path.startswith(_OPEN_PREFIXES)
        ):
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
