"""Filters shared by the API's FilterSets."""

import calendar
import re
from datetime import date
from typing import NamedTuple

import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field

_FLEXIBLE_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


class DateSpan(NamedTuple):
    first: date
    last: date


def parse_flexible_date(value: str) -> DateSpan:
    """`2024`, `2024-02` or `2024-02-08` -> the first and last day it covers."""
    match = _FLEXIBLE_DATE.fullmatch(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return DateSpan(date(year, 1, 1), date(year, 12, 31))
        if day is None:
            last_day = calendar.monthrange(year, month)[1]
            return DateSpan(date(year, month, 1), date(year, month, last_day))
        return DateSpan(date(year, month, day), date(year, month, day))
    except ValueError:
        raise ValueError(f"{value!r} is not a valid date.") from None


class FlexibleDateField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return parse_flexible_date(value)
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from None


@extend_schema_field({"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"})
class FlexibleDateFilter(django_filters.Filter):
    """A date given as a year, a month or a day.

    A lower bound (`gte`/`gt`) compares with the first day the value covers and an upper bound
    (`lte`/`lt`) with the last, so `date_to=2024-02` means "through 29 February 2024".
    """

    field_class = FlexibleDateField

    def filter(self, qs, value):
        if value is None:
            return qs
        bound = value.first if self.lookup_expr in ("gte", "gt") else value.last
        return super().filter(qs, bound)


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Accepts `?type=strike&type=pause` and `?type=strike,pause` alike."""

    def to_python(self, value):
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part.strip()]


class MultipleChoiceCommaFilter(django_filters.MultipleChoiceFilter):
    field_class = CommaSeparatedMultipleChoiceField

    def __init__(self, *args, **kwargs):
        # For a column of the filtered table no row can repeat; DISTINCT would only force the
        # database to sort every match before it can return the first page.
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class IdOrNameField(forms.Field):
    """Repeatable values, each a numeric id or an exact name -> IdsAndNames, or None if empty."""

    widget = forms.SelectMultiple

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        ids, names = [], []
        for item in (str(v).strip() for v in values):
            if item.isascii() and item.isdigit():
                if len(item) > 18:
                    raise forms.ValidationError(f"{item!r} is not a valid id.", code="invalid")
                ids.append(int(item))
            elif item:
                names.append(item)
        return IdsAndNames(ids, names) if ids or names else None


class IdsAndNames(NamedTuple):
    ids: list[int]
    names: list[str]


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class IdOrNameFilter(django_filters.Filter):
    """Filter by id or name; give it a `method` that receives an IdsAndNames."""

    field_class = IdOrNameField


class IdListField(IdOrNameField):
    def to_python(self, value):
        ids_and_names = super().to_python(value)
        if ids_and_names is None:
            return None
        if ids_and_names.names:
            raise forms.ValidationError(f"{ids_and_names.names[0]!r} is not an id.", code="invalid")
        return ids_and_names.ids


@extend_schema_field({"type": "array", "items": {"type": "integer"}})
class IdListFilter(django_filters.Filter):
    """Repeatable numeric ids -> a list of ints."""

    field_class = IdListField
