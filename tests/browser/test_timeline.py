import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.factories import ActorFactory, EventFactory, EvidenceFactory, SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def chronology():
    qaani = ActorFactory(name="Esmail Qaani")
    return {
        "meeting": EventFactory(
            type="meeting",
            title="Qaani meets armed groups",
            date_start=datetime.date(2024, 1, 29),
            actors=[qaani],
        ),
        "pause": EventFactory(
            type="pause",
            title="No attacks on US forces",
            date_start=datetime.date(2024, 2, 4),
            date_end=datetime.date(2024, 2, 21),
            open_end=True,
        ),
        "strike": EventFactory(
            type="strike",
            title="Airstrike in eastern Baghdad",
            date_start=datetime.date(2024, 2, 8),
        ),
    }


def timeline_items(page):
    return page.locator("[data-timeline] .vis-item:is(.vis-point, .vis-range):not(.vis-cluster)")


def test_timeline_renders_an_item_per_event(live_server, page, chronology):
    page.goto(live_server.url + "/")

    expect(timeline_items(page)).to_have_count(3)
    expect(timeline_items(page).filter(has_text="Qaani meets armed groups")).to_have_count(1)
    # Day precision is a point, an open state a range.
    expect(page.locator(".vis-item.vis-point.type-meeting")).to_have_count(1)
    expect(page.locator(".vis-item.vis-range.type-pause.open-end")).to_have_count(1)
    expect(page.locator("[data-density-svg] rect.bar")).not_to_have_count(0)


def test_type_filter_changes_items_and_url_and_back_restores_them(live_server, page, chronology):
    page.goto(live_server.url + "/")
    expect(timeline_items(page)).to_have_count(3)

    page.get_by_label("Meeting", exact=True).check()

    expect(page).to_have_url(re.compile(r"\?type=meeting$"))
    expect(timeline_items(page)).to_have_count(1)
    expect(timeline_items(page)).to_contain_text("Qaani meets armed groups")
    expect(page.locator("#event-list .event-row")).to_have_count(1)

    page.go_back()

    expect(page).to_have_url(live_server.url + "/")
    expect(timeline_items(page)).to_have_count(3)
    expect(page.locator("#event-list .event-row")).to_have_count(3)
    expect(page.get_by_label("Meeting", exact=True)).not_to_be_checked()


def test_clicking_an_item_opens_its_card_and_selects_it_in_the_list(live_server, page, chronology):
    strike = chronology["strike"]
    page.goto(live_server.url + "/")

    timeline_items(page).filter(has_text="Airstrike in eastern Baghdad").click()

    card = page.locator("[data-card]")
    expect(card).to_be_visible()
    expect(card.locator("h2")).to_have_text("Airstrike in eastern Baghdad")
    expect(card).to_contain_text("8 Feb 2024")
    expect(card.get_by_role("link", name="Evidence and details")).to_have_attribute(
        "href", f"/events/{strike.pk}/"
    )
    expect(page.locator(f"#event-{strike.pk}")).to_have_class(re.compile(r"\bselected\b"))


def test_arrow_keys_move_through_the_list_and_escape_closes_the_card(live_server, page, chronology):
    page.goto(live_server.url + "/")
    expect(timeline_items(page)).to_have_count(3)

    page.get_by_role("link", name="Qaani meets armed groups").focus()
    page.keyboard.press("ArrowDown")

    pause = chronology["pause"]
    expect(page.locator(f"#event-{pause.pk} .event-title")).to_be_focused()
    expect(page.locator("[data-card] h2")).to_have_text("No attacks on US forces")
    expect(page.locator(".vis-item.vis-selected")).to_contain_text("No attacks on US forces")

    page.keyboard.press("Escape")

    expect(page.locator("[data-card]")).to_be_hidden()


def test_filters_work_without_javascript(live_server, browser, chronology):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    expect(page.locator("[data-visual]")).to_be_hidden()

    page.get_by_label("Strike (armed attack)").check()
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"type=strike"))
    expect(page.locator("#event-list .event-row")).to_have_count(1)
    expect(page.locator("#event-list")).to_contain_text("Airstrike in eastern Baghdad")
    context.close()


def test_source_page_highlights_the_evidence_it_links_to(live_server, page):
    text = (
        "Iraqi militias halted attacks.\n\nAbu Baqir al-Saadi was killed in a US airstrike "
        "in eastern Baghdad on 8 February. <script>window.pwned = true</script>"
    )
    quote = "Abu Baqir al-Saadi was killed in a US airstrike in eastern Baghdad on 8 February."
    source = SourceFactory(text=text)
    evidence = EvidenceFactory(
        source=source,
        quote=quote,
        start=text.index(quote),
        end=text.index(quote) + len(quote),
        date_text="on 8 February",
    )

    page.goto(f"{live_server.url}/sources/{source.pk}/#ev-{evidence.pk}")

    mark = page.locator(f"mark#ev-{evidence.pk}")
    expect(mark).to_have_text(quote)
    expect(mark).to_be_in_viewport()
    assert mark.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    expect(page.locator("[data-source-text]")).to_contain_text(
        "<script>window.pwned = true</script>"
    )
    assert page.evaluate("window.pwned") is None


def test_grouping_by_actor_puts_an_event_in_each_of_its_actors_rows(live_server, page, chronology):
    page.goto(live_server.url + "/")
    expect(timeline_items(page)).to_have_count(3)

    page.get_by_role("radio", name="Actor").check()

    expect(page).to_have_url(re.compile(r"\?group=actor$"))
    labels = page.locator("[data-timeline] .vis-labelset .vis-label")
    expect(labels).to_have_text(["No actor named", "Esmail Qaani"])
    expect(timeline_items(page)).to_have_count(3)


def test_clicking_a_density_bar_sets_the_date_range_to_its_period(live_server, page, chronology):
    page.goto(live_server.url + "/")
    bars = page.locator("[data-density-svg] rect.bar")
    expect(bars).to_have_count(3)  # by day: 29 Jan, 4 Feb and 8 Feb, one type each

    bars.last.click()

    expect(page.get_by_label("From", exact=True)).to_have_value("2024-02-08")
    expect(page.get_by_label("To", exact=True)).to_have_value("2024-02-08")
    expect(page).to_have_url(re.compile(r"date_from=2024-02-08&date_to=2024-02-08"))
    # The pause runs on past 8 February: it overlaps the chosen day.
    expect(page.locator("#event-list .event-row")).to_have_count(2)


def test_crowded_items_are_clustered(live_server, page):
    EventFactory.create_batch(8, type="strike", date_start=datetime.date(2024, 2, 8))
    EventFactory(type="strike", date_start=datetime.date(2023, 6, 1), title="A lone strike")

    page.goto(live_server.url + "/")

    cluster = page.locator("[data-timeline] .vis-item.vis-cluster")
    expect(cluster).to_have_count(1)
    expect(timeline_items(page).filter(has_text="A lone strike")).to_have_count(1)
    # Clustered down to at most four marks in the crowded spot: the cluster plus the rest.
    clustered = int(cluster.inner_text())
    assert clustered >= 5
    expect(timeline_items(page).filter(has_text=re.compile(r"^Event"))).to_have_count(8 - clustered)


def test_timeline_asks_the_api_for_the_visible_window_only(live_server, page, chronology):
    requests = []
    page.on(
        "request",
        lambda request: requests.append(request.url) if "/api/events/?" in request.url else None,
    )

    page.goto(live_server.url + "/")
    expect(timeline_items(page)).to_have_count(3)
    page.wait_for_load_state("networkidle")

    assert len(requests) == 1, requests  # one window, asked for once
    for url in requests:
        assert re.search(r"date_from=\d{4}-\d{2}-\d{2}", url), url
        assert re.search(r"date_to=\d{4}-\d{2}-\d{2}", url), url


def test_actor_page_timeline_shows_only_the_actors_events(live_server, page, chronology):
    qaani = chronology["meeting"].actors.get()

    page.goto(f"{live_server.url}/actors/{qaani.pk}/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Esmail Qaani")
    expect(timeline_items(page)).to_have_count(1)
    expect(timeline_items(page)).to_contain_text("Qaani meets armed groups")


def test_pages_fit_a_375_pixel_wide_screen(live_server, browser, chronology):
    evidence = EvidenceFactory(event=chronology["strike"])
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    for path in (
        "/",
        f"/events/{evidence.event_id}/",
        f"/sources/{evidence.source_id}/",
        "/search/?q=Qaani",
    ):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 375, f"{path} is {scroll_width}px wide"
    context.close()


def test_actor_field_suggests_names_as_you_type(live_server, page, chronology):
    page.goto(live_server.url + "/")

    page.get_by_label("Actor", exact=True).and_(page.get_by_role("combobox")).fill("qaa")

    expect(page.locator("#actor-names option")).to_have_attribute("value", "Esmail Qaani")


def test_timeline_can_be_moved_and_zoomed_with_buttons(live_server, page, chronology):
    page.goto(live_server.url + "/")
    status = page.locator("[data-status]")
    expect(status).to_contain_text("3 events in view")

    for _ in range(3):
        page.get_by_role("button", name="Earlier").click()

    expect(status).to_contain_text("0 events in view")

    page.get_by_role("button", name="This page").click()
    expect(status).to_contain_text("3 events in view")

    for _ in range(3):
        page.get_by_role("button", name="Zoom in").click()

    expect(status).not_to_contain_text("3 events in view")

    page.get_by_role("button", name="Zoom out").click()
    page.get_by_role("button", name="Zoom out").click()
    page.get_by_role("button", name="Zoom out").click()
    expect(status).to_contain_text("3 events in view")
