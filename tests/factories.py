import datetime

import factory

from events.models import Actor, Event, EventActor, Evidence, Place
from sources.models import Source, content_hash


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Article {n}")
    published = datetime.date(2024, 2, 21)
    text = factory.Sequence(
        lambda n: f"Article body number {n}. The talks were held on 8 February."
    )
    content_hash = factory.LazyAttribute(lambda o: content_hash(o.text))
    status = Source.Status.DONE


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Actor {n}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Place {n}")


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    type = "strike"
    title = factory.Sequence(lambda n: f"Event {n}")
    date_start = datetime.date(2024, 2, 8)
    date_end = factory.LazyAttribute(lambda o: o.date_start)
    date_precision = "day"

    @factory.post_generation
    def actors(self, create, extracted, **kwargs):
        if create and extracted:
            for actor in extracted:
                EventActor.objects.create(event=self, actor=actor)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    event = factory.SubFactory(EventFactory)
    source = factory.SubFactory(SourceFactory)
    quote = factory.LazyAttribute(lambda o: o.source.text[:40])
    start = 0
    end = factory.LazyAttribute(lambda o: len(o.quote))
