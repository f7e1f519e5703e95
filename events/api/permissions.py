from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadAnyoneWriteEditors(BasePermission):
    """Anyone reads (or any logged-in user, with CHRONICLE_REQUIRE_LOGIN); only editors write.

    An editor is a user holding the model permission the write needs ("add", "change" or
    "delete"), which the Editors group grants.
    """

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return not settings.CHRONICLE_REQUIRE_LOGIN or request.user.is_authenticated
        if not request.user.is_authenticated:
            return False
        required = getattr(view, "write_permission", None)
        return bool(required) and request.user.has_perm(required)
