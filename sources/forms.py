from django import forms
from django.conf import settings

from .text import SUPPORTED_SUFFIXES


class PublishedField(forms.DateField):
    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            input_formats=["%Y-%m-%d"],
            widget=forms.DateInput(attrs={"type": "date"}),
            **kwargs,
        )


class TextForm(forms.Form):
    title = forms.CharField(max_length=500, required=False)
    published = PublishedField(
        help_text="Relative dates in the text are read from it; without it no events are extracted."
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 12}), strip=True)

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text) > settings.CHRONICLE_MAX_SOURCE_CHARS:
            raise forms.ValidationError(
                f"The text has {len(text):,} characters; the limit is "
                f"{settings.CHRONICLE_MAX_SOURCE_CHARS:,}."
            )
        return text


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(sorted(SUPPORTED_SUFFIXES))})
        )
        # Empty files are reported one by one with the others, not by refusing the whole form.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)]


class FilesForm(forms.Form):
    files = MultipleFileField(help_text=".txt files (first line is the title) or .html pages")
    published = PublishedField(
        help_text="For every file; else taken from each HTML page's metadata."
    )


class UrlForm(forms.Form):
    url = forms.CharField(max_length=2000, label="URL")
    published = PublishedField(help_text="Else taken from the page's metadata.")


class FeedForm(forms.Form):
    url = forms.CharField(max_length=2000, label="Feed URL", help_text="RSS or Atom")
