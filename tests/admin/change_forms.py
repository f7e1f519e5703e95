"""Building the POST an editor's browser would send from an admin change page."""

from django import forms


def _form_values(form):
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        key = form.add_prefix(name)
        if isinstance(field, forms.BooleanField):
            if value:
                data[key] = "on"
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        elif value is not None:
            data[key] = str(value)
    return data


def change_form_data(response, **changes):
    """The values of the admin change form in `response` (forms and inlines), with `changes`."""
    data = _form_values(response.context["adminform"].form)
    # The history revert page has the form without its inlines.
    inlines = response.context.get("inline_admin_formsets", [])
    for inline in inlines:
        formset = inline.formset
        data.update(_form_values(formset.management_form))
        for form in formset.forms:
            data.update(_form_values(form))
    data.update(changes)
    return data
