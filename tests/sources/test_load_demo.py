import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from events.models import Actor, Event, Evidence, Place
from sources.demo_data import DEMO_DIR, DemoDataError, read_demo_articles
from sources.models import Source
from tests.factories import ActorFactory, SourceFactory

MANIFEST = json.loads((DEMO_DIR / "manifest.json").read_text(encoding="utf-8"))


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def counts():
    return {
        "sources": Source.objects.count(),
        "events": Event.objects.count(),
        "evidence": Evidence.objects.count(),
        "actors": Actor.objects.count(),
        "places": Place.objects.count(),
        "actor history": Actor.history.count(),
        "place history": Place.history.count(),
    }


@pytest.mark.django_db
def test_loading_the_demo_ingests_every_article_with_its_publication_date():
    output = load_demo()

    stored = {s.title: s for s in Source.objects.all()}
    assert len(stored) == len(MANIFEST) == 12
    for article in read_demo_articles():
        source = stored[article.title]
        assert source.published == article.published
        assert source.publisher == "Chronicle Demo Desk"
        assert source.status == Source.Status.DONE
    assert sum(line.startswith("new ") for line in output.splitlines()) == 12
    assert "sources: 12 new, 0 unchanged, 0 failed" in output
    assert Event.objects.exists()


@pytest.mark.django_db
def test_loading_the_demo_twice_creates_nothing_new():
    load_demo()
    before = counts()

    output = load_demo()

    assert counts() == before
    assert "sources: 0 new, 12 unchanged, 0 failed" in output
    assert "actors: 0 new, 0 updated" in output


@pytest.mark.django_db
def test_if_empty_does_nothing_when_a_source_exists():
    SourceFactory()

    output = load_demo("--if-empty")

    assert "not loaded" in output
    assert Source.objects.count() == 1
    assert not Actor.objects.exists()
    assert not Place.objects.exists()


@pytest.mark.django_db
def test_if_empty_loads_an_empty_database():
    load_demo("--if-empty")

    assert Source.objects.count() == 12


@pytest.mark.django_db
def test_actors_are_loaded_with_kinds_aliases_and_parents():
    load_demo()

    hezbollah = Actor.objects.get(name="Hezbollah")
    assert hezbollah.kind == Actor.Kind.ARMED_GROUP
    assert "Hizbollah" in hezbollah.aliases
    nasrallah = Actor.objects.get(name="Hassan Nasrallah")
    assert nasrallah.kind == Actor.Kind.PERSON
    assert nasrallah.parent == hezbollah
    assert Actor.objects.get(name="UN Security Council").parent.name == "United Nations"


@pytest.mark.django_db
def test_places_are_loaded_with_countries_coordinates_and_aliases():
    load_demo()

    panmunjom = Place.objects.get(name="Panmunjom")
    assert panmunjom.country == "South Korea"
    assert panmunjom.latitude == pytest.approx(37.96, abs=0.05)
    assert panmunjom.longitude == pytest.approx(126.68, abs=0.05)
    assert "Peace House" in panmunjom.aliases
    assert not Place.objects.filter(latitude__isnull=True).exists()


@pytest.mark.django_db
def test_reloading_keeps_what_an_editor_corrected_and_adds_missing_aliases():
    ActorFactory(name="Hezbollah", kind=Actor.Kind.ORGANISATION, aliases=["Party of God"])

    load_demo()

    hezbollah = Actor.objects.get(name="Hezbollah")
    assert hezbollah.kind == Actor.Kind.ORGANISATION
    assert hezbollah.aliases[0] == "Party of God"
    assert "Hizbollah" in hezbollah.aliases


def test_the_manifest_lists_every_article_file_once():
    listed = [entry["file"] for entry in MANIFEST]
    on_disk = sorted(p.name for p in (DEMO_DIR / "articles").glob("*.txt"))

    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)


def test_demo_articles_are_short_dated_news_pieces():
    for article in read_demo_articles():
        assert 150 <= len(article.text.split()) <= 300, article.path.name
        assert article.title
        assert datetime.date(1900, 1, 1) < article.published < datetime.date.today()


def test_every_actor_parent_is_itself_a_listed_actor():
    actors = json.loads((DEMO_DIR / "actors.json").read_text(encoding="utf-8"))
    names = {actor["name"] for actor in actors}

    assert len(names) == len(actors)
    assert {actor["parent"] for actor in actors if actor.get("parent")} <= names
    assert {actor["kind"] for actor in actors} <= set(Actor.Kind.values)


def test_a_malformed_manifest_is_reported_with_the_file_it_names(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "01-a.txt").write_text("Title\nBody text.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        json.dumps([{"file": "01-a.txt", "published": "12 February 2015"}]), encoding="utf-8"
    )

    with pytest.raises(DemoDataError, match="01-a.txt"):
        read_demo_articles(tmp_path)
