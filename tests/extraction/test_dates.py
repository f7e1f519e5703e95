from datetime import date

import pytest

from events.extraction.dates import find_dates, resolve

# Wednesday 2024-03-13
PUBLISHED = date(2024, 3, 13)


def only_date(sentence, published=PUBLISHED, future=False, anchor=None, year_hint=None):
    mentions = find_dates(sentence)
    assert len(mentions) == 1, [m.text for m in mentions]
    resolved = resolve(mentions[0], published, future=future, anchor=anchor, year_hint=year_hint)
    assert resolved is not None
    return resolved


@pytest.mark.parametrize(
    ("sentence", "future", "start", "end", "precision"),
    [
        ("The envoy arrived on 2 March.", False, "2024-03-02", "2024-03-02", "day"),
        ("The envoy arrived on 20 March.", False, "2023-03-20", "2023-03-20", "day"),
        ("The envoy will arrive on 20 March.", True, "2024-03-20", "2024-03-20", "day"),
        ("The envoy will arrive on 2 March.", True, "2025-03-02", "2025-03-02", "day"),
        ("Talks were held on March 2, 2021.", False, "2021-03-02", "2021-03-02", "day"),
        ("Talks were held on 2nd of March 2021.", False, "2021-03-02", "2021-03-02", "day"),
        ("The accord dated 05/02/2022 was published.", False, "2022-02-05", "2022-02-05", "day"),
        ("The memo dated 12/25/2022 leaked.", False, "2022-12-25", "2022-12-25", "day"),
        ("The charter was signed in Lomé on 14.11.2022.", False, "2022-11-14", "2022-11-14", "day"),
        ("Both envoys initialled the text on 3.4.2021.", False, "2021-04-03", "2021-04-03", "day"),
        ("The decree of 09.01.2020 is still in force.", False, "2020-01-09", "2020-01-09", "day"),
        # the dotted form is always day first
        ("Shelling resumed on 14.09.2022 at dawn.", False, "2022-09-14", "2022-09-14", "day"),
        ("The decree of 3.02.2021 was annulled.", False, "2021-02-03", "2021-02-03", "day"),
        ("Miners walked out on 01.12.2023.", False, "2023-12-01", "2023-12-01", "day"),
        ("A report from 2023-11-04 said so.", False, "2023-11-04", "2023-11-04", "day"),
        ("Fighting broke out on Sept. 9.", False, "2023-09-09", "2023-09-09", "day"),
        ("The port was shelled on Jan 3.", False, "2024-01-03", "2024-01-03", "day"),
        ("They met on Thursday, 7 March.", False, "2024-03-07", "2024-03-07", "day"),
        ("They met on Thursday (Mar. 7).", False, "2024-03-07", "2024-03-07", "day"),
        ("The army withdrew in November 2019.", False, "2019-11-01", "2019-11-30", "month"),
        ("Parliament voted in October.", False, "2023-10-01", "2023-10-31", "month"),
        ("Elections will be held in June.", True, "2024-06-01", "2024-06-30", "month"),
        ("The mission began in 2011.", False, "2011-01-01", "2011-12-31", "year"),
    ],
)
def test_absolute_dates_resolve_with_year_inferred_from_publication_and_tense(
    sentence, future, start, end, precision
):
    resolved = only_date(sentence, future=future)
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("sentence", "future", "expected"),
    [
        ("The minister spoke on Wednesday.", False, "2024-03-13"),  # the publication day itself
        ("The minister spoke on Monday.", False, "2024-03-11"),
        ("Rebels attacked the town late Saturday.", False, "2024-03-09"),
        ("Rebels attacked the town early on Thursday.", False, "2024-03-07"),
        ("The talks will resume on Monday.", True, "2024-03-18"),
        ("Delegates will gather on Friday.", True, "2024-03-15"),
        ("The strike began last Wednesday.", False, "2024-03-06"),
        ("The protest happened yesterday.", False, "2024-03-12"),
        ("The statement came this afternoon.", False, "2024-03-13"),
        ("The convoy left this morning.", False, "2024-03-13"),
        ("The convoy left today.", False, "2024-03-13"),
        ("The attack happened two days ago.", False, "2024-03-11"),
    ],
)
def test_weekdays_and_relative_days_resolve_against_publication(sentence, future, expected):
    resolved = only_date(sentence, future=future)
    assert resolved.start.isoformat() == expected
    assert resolved.end == resolved.start
    assert resolved.precision == "day"


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("The vote took place last week.", "2024-03-04", "2024-03-10", "week"),
        ("The union holds its congress the week after next.", "2024-03-25", "2024-03-31", "week"),
        ("The envoys met the week before last.", "2024-02-26", "2024-03-03", "week"),
        ("Officials met earlier this month.", "2024-03-01", "2024-03-13", "month"),
        ("The pause began early this month.", "2024-03-01", "2024-03-10", "approximate"),
        ("Troops moved up in early March.", "2024-03-01", "2024-03-10", "approximate"),
        ("The offer came in mid-February.", "2024-02-11", "2024-02-20", "approximate"),
        ("The rebels seized the city late last year.", "2023-10-01", "2023-12-31", "approximate"),
        ("Troops arrived this month.", "2024-03-01", "2024-03-31", "month"),
        ("Troops arrived last month.", "2024-02-01", "2024-02-29", "month"),
        ("The accord was signed last year.", "2023-01-01", "2023-12-31", "year"),
        ("Guns fell silent overnight.", "2024-03-12", "2024-03-13", "approximate"),
        ("Raids are expected in the coming days.", "2024-03-13", "2024-03-20", "approximate"),
        ("Forces will leave over the next 30 days.", "2024-03-13", "2024-04-12", "approximate"),
        ("The delegation will visit in the spring.", "2024-03-01", "2024-05-31", "approximate"),
        ("The strikes of autumn 2022 were the longest.", "2022-09-01", "2022-11-30", "approximate"),
        ("Leaders will meet in May or June.", "2024-05-01", "2024-06-30", "approximate"),
        ("It happened in March last year.", "2023-03-01", "2023-03-31", "month"),
        ("They met on 5 June last year.", "2023-06-05", "2023-06-05", "day"),
        ("Envoys met in Oslo on Nov. 14 last year.", "2023-11-14", "2023-11-14", "day"),
        (
            "The main body left in the second half of January.",
            "2024-01-16",
            "2024-01-31",
            "approximate",
        ),
        ("Talks will resume in the second week of April.", "2024-04-08", "2024-04-14", "week"),
        (
            "Rebels regrouped in the first weeks of this year.",
            "2024-01-01",
            "2024-02-29",
            "approximate",
        ),
        ("Troops left in the final weeks of last year.", "2023-11-01", "2023-12-31", "approximate"),
        ("Prices rose in the first months of 2022.", "2022-01-01", "2022-03-31", "approximate"),
        ("The port was shelled in Sept. last year.", "2023-09-01", "2023-09-30", "month"),
        ("Protests grew over the weekend.", "2024-03-09", "2024-03-10", "approximate"),
    ],
)
def test_relative_periods_resolve_to_their_interval(sentence, start, end, precision):
    resolved = only_date(sentence, future="will" in sentence)
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision", "open_end"),
    [
        ("There has been no fighting since 2 March.", "2024-03-02", "2024-03-13", "day", True),
        ("Drivers have been on strike since Monday.", "2024-03-11", "2024-03-13", "day", True),
        ("The summit runs between 3 and 5 April.", "2024-04-03", "2024-04-05", "day", False),
        ("Leaders met on 11 and 12 March.", "2024-03-11", "2024-03-12", "day", False),
        ("Ballots open between Apr. 2 and Apr. 9.", "2024-04-02", "2024-04-09", "day", False),
        ("Talks ran between 28 February and 1 March.", "2024-02-28", "2024-03-01", "day", False),
        ("Stoppages were held from January to March.", "2024-01-01", "2024-03-31", "month", False),
        (  # bare months after "between", the year written once for both
            "Fighters disarmed between September and December 2011.",
            "2011-09-01",
            "2011-12-31",
            "month",
            False,
        ),
        (  # a span across the new year begins in the year before the one written
            "Talks dragged on between November and February 2019.",
            "2018-11-01",
            "2019-02-28",
            "month",
            False,
        ),
        ("Rallies were held between June and August.", "2023-06-01", "2023-08-31", "month", False),
        # "between January and February": two bare months make one span, like "from ... to"
        (
            "Talks were held between January and February.",
            "2024-01-01",
            "2024-02-29",
            "month",
            False,
        ),
        (
            "Rebels shelled it between November and February.",
            "2023-11-01",
            "2024-02-29",
            "month",
            False,
        ),
        (
            "Ministers met between January and March in Oslo.",
            "2024-01-01",
            "2024-03-31",
            "month",
            False,
        ),
        # the year told with the end month only: that month, as before
        ("Talks ran between March and May last year.", "2023-05-01", "2023-05-31", "month", False),
        ("Aid will flow from 1 April.", "2024-04-01", "2024-04-01", "day", False),
        ("Reunions are planned around May 20.", "2024-05-13", "2024-05-27", "approximate", False),
        # "since the weekend": from last Saturday until now, as "since Saturday" would be
        (
            "Dockers have been on strike since the weekend.",
            "2024-03-09",
            "2024-03-13",
            "approximate",
            True,
        ),
        (
            "Soldiers have guarded the port since the weekend.",
            "2024-03-09",
            "2024-03-13",
            "approximate",
            True,
        ),
        (
            "The roads have stayed shut since the weekend.",
            "2024-03-09",
            "2024-03-13",
            "approximate",
            True,
        ),
        ("Protests grew at the weekend.", "2024-03-09", "2024-03-10", "approximate", False),
    ],
)
def test_ranges_and_states(sentence, start, end, precision, open_end):
    mentions = find_dates(sentence)
    assert len(mentions) == 1, [m.text for m in mentions]
    future = "will" in sentence or "planned" in sentence or "runs" in sentence or "open" in sentence
    resolved = resolve(mentions[0], PUBLISHED, future=future)
    assert (
        resolved.start.isoformat(),
        resolved.end.isoformat(),
        resolved.precision,
        resolved.open_end,
    ) == (start, end, precision, open_end)


def test_until_a_weekday_runs_from_publication_to_that_day():
    mentions = find_dates("The curfew stays in force until Friday.")
    resolved = resolve(mentions[0], PUBLISHED, future=True)
    assert (resolved.start, resolved.end) == (PUBLISHED, date(2024, 3, 15))


@pytest.mark.parametrize(
    ("sentence", "anchor", "start", "end", "precision"),
    [
        (
            "Troops crossed the border four days later.",
            "2024-03-01",
            "2024-03-05",
            "2024-03-05",
            "day",
        ),
        ("Rockets hit the base the next day.", "2024-03-01", "2024-03-02", "2024-03-02", "day"),
        ("Delegates met the previous evening.", "2024-03-01", "2024-02-29", "2024-02-29", "day"),
        ("The cabinet met that morning.", "2024-03-01", "2024-03-01", "2024-03-01", "day"),
        # "earlier in the evening", "that same week": of the happening just told
        (
            "The two leaders spoke by phone earlier in the evening.",
            "2024-03-05",
            "2024-03-05",
            "2024-03-05",
            "day",
        ),
        ("Talks resumed later in the day.", "2024-03-05", "2024-03-05", "2024-03-05", "day"),
        (
            "The army sent more troops to the border that same week.",
            "2024-03-05",
            "2024-03-04",
            "2024-03-10",
            "week",
        ),
        ("The rebels struck again that month.", "2024-03-05", "2024-03-01", "2024-03-31", "month"),
        (
            "A drone was shot down on the 14th of that month.",
            "2024-03-05",
            "2024-03-14",
            "2024-03-14",
            "day",
        ),
        # "that Friday": the weekday nearest the happening just told, before or after it
        (
            "Police broke up the march that Thursday.",
            "2024-03-01",
            "2024-02-29",
            "2024-02-29",
            "day",
        ),
        ("Rebels shelled the town that Saturday.", "2024-03-05", "2024-03-02", "2024-03-02", "day"),
        ("The strikers went back that Monday.", "2024-03-01", "2024-03-04", "2024-03-04", "day"),
        (
            "Crowds gathered within hours of the vote.",
            "2024-03-01",
            "2024-03-01",
            "2024-03-02",
            "approximate",
        ),
        (
            "Shelling resumed the second day after the truce.",
            "2024-03-01",
            "2024-03-03",
            "2024-03-03",
            "day",
        ),
    ],
)
def test_anchored_expressions_count_from_the_anchor_event(sentence, anchor, start, end, precision):
    mentions = [m for m in find_dates(sentence) if m.is_anchored]
    assert len(mentions) == 1
    resolved = resolve(mentions[0], PUBLISHED, anchor=date.fromisoformat(anchor))
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Negotiators flew back days after the vote.", ["days after"]),
        ("Weeks after the signing, the first fighters handed in their rifles.", ["Weeks after"]),
        ("Hours after the attack the border was closed.", ["Hours after"]),
        # with no span counted, the anchor alone dates it
        ("After the vote, the negotiators flew back.", ["After the vote"]),
    ],
)
def test_a_bare_span_before_after_the_event_counts_on_from_it(sentence, expected):
    assert [m.text for m in find_dates(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said that Saturday was the last day to register.",
        "The union warned that Monday would bring more closures.",
        "Organisers moved the march so that Friday stayed free for prayers.",
    ],
)
def test_that_opening_a_clause_before_a_weekday_anchors_nothing(sentence):
    assert not [m for m in find_dates(sentence) if m.is_anchored]


def test_anchored_expression_without_an_anchor_is_left_unresolved():
    mentions = find_dates("Three days later, a second convoy was hit.")
    assert resolve(mentions[0], PUBLISHED, anchor=None) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "4 min read",
        "The garrison has 2,500 troops.",
        "The drone hit Tower 22 in the desert.",
        "Protesters may gather outside.",
        "Veterans march past the monument every year.",
        "The curfew begins at 0400 local time (0200 GMT).",
        "The government used Article 49.3 of the constitution.",
        "Resolution 1701 was cited by the envoy.",
        "The motion passed by 10 to one.",
        "It raises the retirement age from 62 to 64.",
        "The station broadcasts on 98.4 FM.",
        "Call the hotline at 1800-22-4455.",
        "Under Quota Regulation 44/2021 the catch is capped.",
        "Ref: MMAF/PR/2024/017",
        "The rebels run version 1.2.2024 of the mapping software.",
        "Clause 4.12.2020 of the tender was disputed.",
        "Version 2.10.2022 of the app was withdrawn.",
        "Turnout rose from 61.4 to 64.2 percent.",
        "The square is named after the May 18 Movement.",
        "The convoy took Route 1 through the valley.",
        "The strike lasted 148 days and involved 11,500 writers.",
        # a season after "last"/"survive" as a verb: how long, not when
        "Few diplomats thought the truce would last the summer.",
        "The makeshift camp barely survived the winter, aid workers said.",
        "Nobody expected the coalition to outlast the spring.",
    ],
)
def test_numbers_that_are_not_dates_are_not_recognised(sentence):
    assert find_dates(sentence) == []


def test_last_before_a_season_without_the_is_still_a_date():
    assert [m.text for m in find_dates("Both sides met in Oslo last summer.")] == ["last summer"]


def test_a_yearless_date_can_take_the_year_given_in_its_sentence():
    mentions = find_dates("Troops were sent in 2001, weeks after the Sept. 11 attacks.")
    day = next(m for m in mentions if m.kind == "date")
    assert resolve(day, PUBLISHED, year_hint=2001).start == date(2001, 9, 11)


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        (
            "The insurgency flared late in 2017 in the hills.",
            "2017-10-01",
            "2017-12-31",
            "approximate",
        ),
        (
            "Unrest spread early in 2020 across the delta.",
            "2020-01-01",
            "2020-03-31",
            "approximate",
        ),
        ("The dispute started in mid-2016.", "2016-05-01", "2016-08-31", "approximate"),
        ("Last Wednesday the market was bombed.", "2024-03-06", "2024-03-06", "day"),
    ],
)
def test_parts_of_a_year_and_capitalised_last_weekdays(sentence, start, end, precision):
    resolved = only_date(sentence)
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Rebels shelled the port overnight Monday.", "2024-03-11", "2024-03-11"),
        ("Rebels shelled the port in the early hours of Sunday.", "2024-03-10", "2024-03-10"),
        ("Rebels shelled the port in the first week of March.", "2024-03-01", "2024-03-07"),
        ("Rebels shelled the port in the third week of February.", "2024-02-15", "2024-02-21"),
        ("Rebels shelled the port in the first week of this month.", "2024-03-01", "2024-03-07"),
        ("Rebels shelled the port in the last week of last month.", "2024-02-22", "2024-02-29"),
        # "the week beginning/of DAY": the seven days from that day
        (
            "Rebels shelled the port during the week beginning 19 February.",
            "2024-02-19",
            "2024-02-25",
        ),
        ("Rebels shelled the port in the week of Feb. 26.", "2024-02-26", "2024-03-03"),
        ("Rebels shelled the port in the week starting 4 March.", "2024-03-04", "2024-03-10"),
        # a day told after "a week" of something else is that day alone
        ("Rebels shelled the port on 4 March, a week of heavy rain.", "2024-03-04", "2024-03-04"),
        # earlier in the week than the publication: Monday up to the publication day
        ("Rebels shelled the port earlier in the week.", "2024-03-11", "2024-03-13"),
        ("Rebels shelled the port earlier this week.", "2024-03-11", "2024-03-13"),
    ],
)
def test_nights_weeks_of_a_month_and_earlier_in_the_week(sentence, start, end):
    resolved = only_date(sentence)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "It was the worst fighting since the 1991-95 war in the south.",
            "1991-01-01",
            "1995-12-31",
        ),
        (
            "The republic was at war with its neighbour from 1992 to 1996.",
            "1992-01-01",
            "1996-12-31",
        ),
        ("Rebels held the valley between 2003 and 2005.", "2003-01-01", "2005-12-31"),
        (
            "Veterans of the civil war of 1975 to 1990 marched in the capital.",
            "1975-01-01",
            "1990-12-31",
        ),
        ("The drought of 2011 through 2013 emptied the villages.", "2011-01-01", "2013-12-31"),
        ("The league cancelled the 1999-2000 season after a dispute.", "1999-01-01", "2000-12-31"),
        ("A peace treaty was signed in the 1970s.", "1970-01-01", "1979-12-31"),
        ("The mill closed in the late 1980s.", "1987-01-01", "1989-12-31"),
        ("The port was rebuilt in the early 2000s.", "2000-01-01", "2002-12-31"),
        ("The dockers walked out in the winter of 1983-84.", "1983-12-01", "1984-02-29"),
    ],
)
def test_year_ranges_decades_and_winters_of_two_years(sentence, start, end):
    resolved = only_date(sentence)
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start,
        end,
        "approximate",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion passed 2019-17 in the lower house.",  # a tally: the second is smaller
        "Police seized 1990s-style pagers from the suspects.",
        "The 2014-03-05 report was leaked to reporters.",
        "The elections of 1998 and 2002 were both disputed.",  # two years, not a span
    ],
)
def test_number_pairs_and_styles_that_are_not_year_spans(sentence):
    assert not [m for m in find_dates(sentence) if m.kind in ("year_range", "decade")]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The next round is planned for the first half of 2025.", "2025-01-01", "2025-06-30"),
        ("Troops left the valley in the second half of 2019.", "2019-07-01", "2019-12-31"),
        ("Exports fell by half in 2021, the ministry said.", "2021-01-01", "2021-12-31"),
    ],
)
def test_halves_of_a_year(sentence, start, end):
    resolved = only_date(sentence)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("This spring a new mediator took over the file.", "2024-03-01", "2024-05-31"),
        ("Last summer, the two navies exercised together.", "2023-06-01", "2023-08-31"),
        ("In the autumn of 2019 the ministers met twice.", "2019-09-01", "2019-11-30"),
    ],
)
def test_seasons_opening_a_sentence_are_found(sentence, start, end):
    resolved = only_date(sentence)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)


def test_a_capitalised_season_without_this_or_last_is_not_a_date():
    assert not find_dates("Spring cleaning of the archive took a week.")


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        ("Satellite images showed guns on the ridge last winter.", date(2024, 10, 2), "2023-12-01", "2024-02-29"),
        ("Satellite images showed guns on the ridge last winter.", date(2024, 1, 20), "2022-12-01", "2023-02-28"),
        ("Heating fuel ran short this winter, officials said.", date(2024, 1, 20), "2023-12-01", "2024-02-29"),
        ("Heating fuel ran short this winter, officials said.", date(2024, 4, 2), "2023-12-01", "2024-02-29"),
    ],
)  # fmt: skip
def test_winters_counted_from_the_publication(sentence, published, start, end):
    resolved = only_date(sentence, published=published)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "year_hint", "expected"),
    [
        ("The cathedral was shelled on Easter Sunday.", None, "2023-04-09"),
        ("The cathedral was shelled on Easter Sunday that year.", 1999, "1999-04-04"),
        ("Crowds gathered on Good Friday in the old town.", 2016, "2016-03-25"),
        ("Nurses walked out on Boxing Day.", None, "2023-12-26"),
        ("The minister spoke on New Year's Eve.", None, "2023-12-31"),
        ("Unions marched on May Day through the capital.", None, "2023-05-01"),
        ("The fighting broke out at Christmas 1963 in the old city.", None, "1963-12-25"),
        ("The offensive was halted before Easter, the army said.", None, "2023-04-09"),
    ],
)
def test_named_days(sentence, year_hint, expected):
    resolved = only_date(sentence, year_hint=year_hint)
    assert (resolved.start.isoformat(), resolved.precision) == (expected, "day")


def test_a_named_truce_is_no_date():
    assert find_dates("The Easter truce was declared by the president.") == []


def test_that_month_takes_the_year_the_story_is_in():
    resolved = only_date("An armistice was signed that December.", year_hint=1953)
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == ("1953-12-01", "1953-12-31")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Envoys met on 3 and 9 February in the capital.", [(2, 3), (2, 9)]),
        ("Envoys met on 4, 11 and 25 January in the capital.", [(1, 4), (1, 11), (1, 25)]),
        ("Rockets hit the port on 2 and 5 March, witnesses said.", [(3, 2), (3, 5)]),
    ],
)
def test_days_listed_before_their_month_are_each_a_day(sentence, expected):
    mentions = find_dates(sentence)
    assert [(m.kind, m.value[1:]) for m in mentions] == [("date", day) for day in expected]
    assert all(m.prep == "on" for m in mentions)


@pytest.mark.parametrize(
    "sentence",
    ["Envoys met on 3 and 4 February in the capital.", "Envoys met from 3 to 9 February."],
)
def test_two_days_running_or_a_span_stay_one_range(sentence):
    assert [m.kind for m in find_dates(sentence)] == ["range"]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The rebels took the town a fortnight ago.", "2024-02-27", "2024-02-28"),
        ("The rebels took the town two fortnights ago.", "2024-02-13", "2024-02-14"),
    ],
)
def test_a_fortnight_is_two_weeks(sentence, start, end):
    resolved = only_date(sentence)
    assert resolved.start <= date.fromisoformat(start) <= resolved.end
    assert resolved.start <= date.fromisoformat(end) <= resolved.end


def test_a_fortnight_later_counts_two_weeks_from_its_anchor():
    mention = find_dates("The truce took effect a fortnight later.")[0]
    resolved = resolve(mention, PUBLISHED, anchor=date(2024, 1, 3))
    assert resolved.start <= date(2024, 1, 17) <= resolved.end


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("The air campaign began in September of last year.", "2023-09-01", "2023-09-30", "month"),
        ("Fees rose in January of this year.", "2024-01-01", "2024-01-31", "month"),
        ("A truce was declared on Christmas Eve 2014.", "2014-12-24", "2014-12-24", "day"),
        ("Gunmen struck on New Year's Day, 2019.", "2019-01-01", "2019-01-01", "day"),
        ("The rebels attacked on Christmas Day 2030.", "2030-12-25", "2030-12-25", "day"),
    ],
)
def test_a_month_or_named_day_takes_the_year_written_after_it(sentence, start, end, precision):
    mentions = find_dates(sentence)
    assert len(mentions) == 1, [m.text for m in mentions]
    resolved = resolve(mentions[0], PUBLISHED, future=False)
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The army rushed reinforcements north that month.", ["that month"]),
        ("The envoys met twice in Geneva that same week.", ["that same week"]),
        # a day of that month is that day, and that month of a year no bare month of the story
        ("Troops retook the posts on the 20th of that month.", ["the 20th of that month"]),
        ("The talks stalled in the autumn of that year.", []),
        ("The minister met the families in the afternoon.", ["in the afternoon"]),
        # a part of a named day is that day's, not the story's
        ("The army moved in in the morning of 3 October.", []),
    ],
)
def test_a_bare_that_month_or_week_or_part_of_a_day_is_the_story_s(sentence, found):
    periods = [m.text for m in find_dates(sentence) if m.kind == "anchored"]
    assert periods == found
