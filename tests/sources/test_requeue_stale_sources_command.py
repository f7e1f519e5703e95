import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from sources.models import Source

from .conftest import ARTICLE_HTML

pytestmark = pytest.mark.django_db


def test_sources_left_half_way_are_fetched_again(web, allow_local):
    stuck = Source.objects.create(url=web.page("/a", ARTICLE_HTML), status=Source.Status.FETCHING)
    Source.objects.filter(pk=stuck.pk).update(
        updated_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    out = io.StringIO()

    call_command("requeue_stale_sources", "--minutes", "5", stdout=out)

    assert out.getvalue().strip() == "requeued 1 stale sources"
    stuck.refresh_from_db()
    assert stuck.status == Source.Status.DONE
