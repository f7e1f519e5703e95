import base64
import binascii
import json
from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param


class NumberedPagination(PageNumberPagination):
    """Numbered pages for the smaller resources (sources, actors, places)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


def _positive_page_size(request, name: str, default: int, maximum: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        raise ValidationError({name: ["A positive whole number."]})
    return min(int(raw), maximum)


class KeysetCursorPagination(BasePagination):
    """Cursor pages over a unique ordering (its last field must be unique, e.g. the id).

    The cursor holds the sort key of the row it continues from, and a page is "the next N rows
    after that key": one index range read however deep the page, and rows sharing a date are
    never skipped or repeated (DRF's CursorPagination keys on the first field alone and counts
    an offset past ties, which breaks beyond its offset cutoff of 1,000 equal values).

    `descending_param` and `descending_value` name the query parameter that reverses it.
    """

    ordering: tuple[str, ...] = ()
    descending_param = "ordering"
    descending_value = ""
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    cursor_query_param = "cursor"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.base_url = request.build_absolute_uri()
        self.descending = request.query_params.get(self.descending_param) == self.descending_value
        page_size = _positive_page_size(
            request, self.page_size_query_param, self.page_size, self.max_page_size
        )
        key, backwards = self._decode_cursor(queryset.model)
        # Walking back from a "previous" cursor reads the rows before the key, nearest first.
        reading_descending = self.descending != backwards
        if key is not None:
            queryset = queryset.filter(self._beyond(key, reading_descending))
        sign = "-" if reading_descending else ""
        rows = list(queryset.order_by(*(sign + field for field in self.ordering))[: page_size + 1])
        more = len(rows) > page_size
        rows = rows[:page_size]
        if backwards:
            rows.reverse()
        self.next_key = self._key(rows[-1]) if rows and (more or backwards) else None
        self.previous_key = self._key(rows[0]) if rows and (more if backwards else key) else None
        return rows

    def get_paginated_response(self, data):
        return Response(
            {
                "next": self._link(self.next_key, backwards=False),
                "previous": self._link(self.previous_key, backwards=True),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The page to read, as given by the next and previous links.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page (default {self.page_size}, at most "
                f"{self.max_page_size}).",
                "schema": {"type": "integer"},
            },
        ]

    def _key(self, row) -> list:
        return [getattr(row, field) for field in self.ordering]

    def _beyond(self, key, descending: bool) -> Q:
        """Rows strictly after `key` in the (possibly descending) ordering."""
        lookup = "lt" if descending else "gt"
        alternatives = [
            Q(**dict(zip(self.ordering[:i], key[:i], strict=True)))
            & Q(**{f"{self.ordering[i]}__{lookup}": key[i]})
            for i in range(len(self.ordering))
        ]
        # The bound on the first field alone is what an index range scan can use.
        first = Q(**{f"{self.ordering[0]}__{lookup}e": key[0]})
        return first & reduce(or_, alternatives)

    def _link(self, key, backwards: bool):
        if key is None:
            return None
        payload = json.dumps({"k": [str(value) for value in key], "b": backwards})
        token = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    def _decode_cursor(self, model):
        token = self.request.query_params.get(self.cursor_query_param)
        if not token:
            return None, False
        try:
            payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
            values, backwards = payload["k"], bool(payload["b"])
            if len(values) != len(self.ordering):
                raise ValueError
            key = []
            for name, value in zip(self.ordering, values, strict=True):
                field = model._meta.get_field(name)
                key.append(field.to_python(value))
                field.run_validators(key[-1])  # e.g. an id beyond the column's range
        except (ValueError, TypeError, KeyError, binascii.Error, DjangoValidationError):
            raise ValidationError({self.cursor_query_param: ["Invalid cursor."]}) from None
        return key, backwards
