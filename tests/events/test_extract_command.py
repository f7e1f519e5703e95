import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from events.models import Event
from sources.models import Source

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Talks collapse\n"
    "Government troops shelled the rebel-held town of Marek on 12 March, residents said. "
    "The two sides met in Geneva on 10 March for talks that ended without a deal.\n"
)


def run_jsonl(monkeypatch, lines):
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(json.dumps(x) + "\n" for x in lines)))
    out = io.StringIO()
    call_command("extract", "--jsonl", stdout=out, stderr=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_speaks_the_extraction_contract(monkeypatch):
    text = ARTICLE.split("\n", 1)[1]
    rows = run_jsonl(
        monkeypatch, [{"id": "a1", "title": "Talks", "published": "2024-03-15", "text": text}]
    )

    assert [row["id"] for row in rows] == ["a1"]
    events = rows[0]["events"]
    assert events, "the shelling and the meeting are dated events"
    for event in events:
        evidence = event["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
        assert {"start", "end", "precision"} <= set(event["date"])
    assert not Event.objects.exists() and not Source.objects.exists()


def test_jsonl_reports_a_bad_article_and_goes_on(monkeypatch):
    rows = run_jsonl(
        monkeypatch,
        [
            {"id": "bad", "title": "x", "published": "not a date", "text": "On 3 May."},
            {"id": "ok", "title": "x", "published": "2024-03-15", "text": "Nothing dated."},
        ],
    )

    assert (
        rows[0]["id"] == "bad" and rows[0]["events"] == [] and "not YYYY-MM-DD" in rows[0]["error"]
    )
    assert rows[1] == {"id": "ok", "events": []}


def test_file_mode_prints_indented_json(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = io.StringIO()

    call_command("extract", str(path), "--published", "2024-03-15", stdout=out)

    payload = json.loads(out.getvalue())
    assert payload["title"] == "Talks collapse"
    assert out.getvalue().startswith("{\n  ")


@pytest.mark.parametrize(
    ("published", "message"),
    [(None, "--published"), ("2999-01-01", "in the future"), ("15/03/2024", "YYYY-MM-DD")],
)
def test_file_mode_refuses_a_missing_or_bad_publication_date(tmp_path, published, message):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    args = [str(path)] + (["--published", published] if published else [])

    with pytest.raises(CommandError, match=message):
        call_command("extract", *args, stdout=io.StringIO())
