"""Behavioral activation in full: values, a planned week, what is due, learning both ways."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smallsteps as ss

from .helpers import load_script

TZ = zoneinfo.ZoneInfo("Europe/London")
MONDAY = dt.date(2026, 12, 7)
CHECKIN = ss.CheckIn(2, 20, "sitting", "afternoon")
NOW = dt.datetime(2026, 12, 20, 15, tzinfo=TZ)


def _rules_reasons(plan: ss.Plan, rule: str) -> list[str]:
    return [r.text for s in plan.suggestions for r in s.reasons if r.rule == rule]


class TestValues:
    def test_round_trip_through_the_converter(self) -> None:
        values = ss.Values(
            (
                ss.Value("relationships", "being there for my brother"),
                ss.Value("daily-responsibilities", "a calm kitchen", ["wash-a-few-dishes"]),
            )
        )
        assert ss.from_json(ss.to_json(values), ss.Values) == values
        assert ss.from_dict(ss.to_dict(values), ss.Values) == values

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            ({"items": [{"area": "bogus", "words": "x"}]}, "items[0].area.life_area"),
            ({"items": [{"area": "recreation", "words": ""}]}, "items[0].words"),
            ({"items": [{"area": "recreation", "words": "x" * 501}]}, "items[0].words"),
            (
                {"items": [{"area": "recreation", "words": "x", "activities": ["No Id"]}]},
                "items[0].activities",
            ),
            ({"items": "nope"}, "items"),
        ],
    )  # fmt: skip
    def test_bad_values_name_the_field_and_never_the_words(
        self, data: dict[str, object], field: str
    ) -> None:
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict(data, ss.Values)
        assert info.value.field == field
        assert "xxxxxxxx" not in str(info.value)

    def test_build_takes_one_or_several_lines_per_area(self) -> None:
        values = ss.Values.build(
            {"recreation": ["music", "being outside."], "relationships": "mum"}
        )
        assert [v.said for v in values.in_area("recreation")] == ["music", "being outside"]
        assert values.areas == {ss.LifeArea.RECREATION, ss.LifeArea.RELATIONSHIPS}
        with pytest.raises(ss.ValidationError, match="answers"):
            ss.Values.build({"recreation": 5})  # type: ignore[dict-item]

    def test_values_pull_their_area_up_with_the_persons_words(self) -> None:
        plain = ss.recommend(CHECKIN)
        values = ss.Values.build({"education-career": "learning to code again"})
        valued = ss.recommend(CHECKIN, values=values)
        area = ss.LifeArea.EDUCATION_CAREER
        assert sum(s.activity.life_area is area for s in valued.suggestions) > sum(
            s.activity.life_area is area for s in plain.suggestions
        )
        said = _rules_reasons(valued, "serves_your_values")
        assert said
        assert all(s.endswith("learning to code again.") for s in said)

    def test_an_activity_chosen_for_a_value_comes_first(self) -> None:
        values = ss.Values(
            (ss.Value("daily-responsibilities", "keeping on top of post", ["open-one-letter"]),)
        )
        plan = ss.recommend(ss.CheckIn(2, 20, "sitting", "afternoon"), values=values)
        assert plan.suggestions[0].activity.id == "open-one-letter"
        assert "You chose it for what matters to you: keeping on top of post." in _rules_reasons(
            plan, "serves_your_values"
        )


class TestLearningBothWays:
    def _history(self, activity: str, b: int, a: int, times: int = 3) -> list[ss.Entry]:
        return [
            ss.Entry(activity, NOW - dt.timedelta(days=2 * d + 3), mood_before=b, mood_after=a)
            for d in range(times)
        ]

    def test_an_activity_after_mood_drops_sinks_without_a_word(self) -> None:
        top = ss.recommend(CHECKIN, now=NOW).suggestions[0].activity.id
        after = ss.recommend(CHECKIN, self._history(top, 6, 4), now=NOW)
        assert top not in [s.activity.id for s in after.suggestions]
        plan = ss.Recommender().recommend(CHECKIN, self._history(top, 6, 4), now=NOW, limit=20)
        assert _rules_reasons(plan, "eases_off_after_drops") == []

    def test_two_drops_change_nothing_yet(self) -> None:
        top = ss.recommend(CHECKIN, now=NOW).suggestions[0].activity.id
        after = ss.recommend(CHECKIN, self._history(top, 6, 4, times=2), now=NOW)
        assert top in [s.activity.id for s in after.suggestions]

    def test_feeling_capable_counts(self) -> None:
        rated = [
            ss.Entry("open-one-letter", NOW - dt.timedelta(days=d + 3), mastery=8) for d in range(3)
        ]
        plan = ss.recommend(CHECKIN, rated, now=NOW)
        assert plan.suggestions[0].activity.id == "open-one-letter"
        assert _rules_reasons(plan, "felt_capable_before") == [
            "You felt capable after it before: 8 out of 10 on average, over 3 times."
        ]
        low = [attrs.evolve(e, mastery=3) for e in rated]
        assert _rules_reasons(ss.recommend(CHECKIN, low, now=NOW), "felt_capable_before") == []


class TestPlanWeek:
    def test_a_first_week_is_small_and_spread_over_the_days(self) -> None:
        week = ss.plan_week(MONDAY, times=["morning", "evening"], tz=TZ)
        assert len(week.items) == 3
        assert len({i.at.date() for i in week.items}) == 3
        assert all(i.at.date() - MONDAY < dt.timedelta(days=7) for i in week.items)
        assert all(
            i.time_of_day in (ss.TimeOfDay.MORNING, ss.TimeOfDay.EVENING) for i in week.items
        )
        catalog = ss.default_catalog()
        assert all(catalog[i.activity_id].energy <= 1 for i in week.items)
        assert week.message.startswith("A gentle start")

    def test_it_grows_after_a_good_week_and_shrinks_after_a_hard_one(self) -> None:
        example = load_script("planned_week", "examples")
        weeks = example.fortnight()
        first, good, hard = (
            weeks["first week"],
            weeks["after a good week"],
            weeks["after a hard week"],
        )
        assert (len(first.items), len(good.items), len(hard.items)) == (3, 4, 2)
        assert (good.last_week, hard.last_week) == ((3, 3), (1, 3))
        assert "room for one more" in good.message
        assert "lighter" in hard.message
        for week in weeks.values():
            for text in (week.message, *(r for i in week.items for r in i.reasons)):
                assert ss.lint_text(text) == (), text

    def test_values_take_turns(self) -> None:
        values = ss.Values.build({"relationships": "my brother", "education-career": "coding"})
        week = ss.plan_week(MONDAY, values=values, times=["morning", "afternoon", "evening"])
        areas = [i.life_area for i in sorted(week.items, key=lambda i: i.at)]
        assert areas[:2] == [ss.LifeArea.RELATIONSHIPS, ss.LifeArea.EDUCATION_CAREER]

    @settings(max_examples=40, deadline=None)
    @given(done=st.integers(0, 14), planned=st.integers(0, 14), mood=st.integers(0, 10))
    def test_the_size_stays_gentle(self, done: int, planned: int, mood: int) -> None:
        done = min(done, planned)
        last = MONDAY - dt.timedelta(days=7)
        history = [
            ss.Entry(
                "drink-a-glass-of-water",
                dt.datetime.combine(last + dt.timedelta(days=n % 7), dt.time(9, n)),
                "done" if n < done else "not-done",
                planned=True,
                mood_after=mood,
            )
            for n in range(planned)
        ]
        week = ss.plan_week(
            MONDAY, history, times=["morning", "afternoon", "evening", "night"], energy=4
        )
        assert 2 <= len(week.items) <= 14
        assert len(week.items) <= max(3, planned + 1)
        assert week == ss.plan_week(
            MONDAY, history, times=["morning", "afternoon", "evening", "night"], energy=4
        )

    @pytest.mark.parametrize(
        ("call", "field"),
        [
            (lambda: ss.plan_week("2026-12-07"), "start"),  # type: ignore[arg-type]
            (lambda: ss.plan_week(MONDAY, times=[]), "times"),
            (lambda: ss.plan_week(MONDAY, times=["teatime"]), "time_of_day"),
            (lambda: ss.plan_week(MONDAY, energy=7), "energy"),
            (lambda: ss.plan_week(MONDAY, values={"x": "y"}), "values"),  # type: ignore[arg-type]
            (lambda: ss.plan_week(MONDAY, history=[1]), "history[0]"),  # type: ignore[list-item]
        ],
    )
    def test_bad_arguments_get_clear_errors(self, call: object, field: str) -> None:
        with pytest.raises(ss.ValidationError) as info:
            call()  # type: ignore[operator]
        assert info.value.field == field


class TestDue:
    def test_the_next_one_not_done(self) -> None:
        week = ss.plan_week(MONDAY, times=["morning"], tz=TZ)
        first, second = week.items[0], week.items[1]
        morning = dt.datetime.combine(MONDAY, dt.time(8), tzinfo=TZ)
        assert ss.due(week, [], morning) == first
        done = ss.Entry(first.activity_id, first.at, planned=True, planned_at=first.at)
        assert ss.due(week, [done], morning) == second
        late = first.at + dt.timedelta(hours=1)
        assert ss.due(week, [], late) == first  # within the grace
        assert ss.due(week, [], first.at + dt.timedelta(hours=3)) == second
        assert ss.due(week, [], dt.datetime(2027, 1, 1, tzinfo=TZ)) is None
        with pytest.raises(ss.ValidationError, match="time zone"):
            ss.due(week, [], dt.datetime(2026, 12, 7, 8))

    def test_every_nudge_is_short_and_kind(self) -> None:
        for activity in ss.default_catalog():
            nudge = ss.nudge_for(activity)
            assert len(nudge.split()) <= 6, activity.id
            assert nudge.endswith("?"), activity.id
            assert ss.lint_text(nudge) == (), activity.id


class TestICalendar:
    @pytest.fixture
    def text(self) -> str:
        week = ss.plan_week(MONDAY, times=["morning", "evening"], tz=TZ)
        return ss.to_ical(week, now=dt.datetime(2026, 12, 5, 18, tzinfo=dt.UTC))

    def test_icalendar_reads_it_back_with_its_time_zone(self, text: str) -> None:
        icalendar = pytest.importorskip("icalendar")
        week = ss.plan_week(MONDAY, times=["morning", "evening"], tz=TZ)
        calendar = icalendar.Calendar.from_ical(text)
        events = list(calendar.walk("VEVENT"))
        assert [e.decoded("dtstart") for e in events] == [i.at for i in week.items]
        assert all(str(e.decoded("dtstart").tzinfo) == "Europe/London" for e in events)
        assert [str(e["summary"]) for e in events] == [i.title for i in week.items]
        alarms = [str(a["description"]) for a in calendar.walk("VALARM")]
        assert alarms == [i.nudge for i in week.items]

    def test_an_independent_reader_finds_well_formed_lines(self, text: str) -> None:
        """RFC 5545 by hand: CRLF, folded lines of 75 octets at most, nesting, required fields."""
        assert text.endswith("\r\n")
        assert "\n" not in text.replace("\r\n", "")
        raw = text.split("\r\n")[:-1]
        assert all(len(line.encode("utf-8")) <= 75 for line in raw)
        lines: list[str] = []
        for line in raw:  # unfold: a line starting with a space continues the one before
            if line.startswith((" ", "\t")):
                lines[-1] += line[1:]
            else:
                lines.append(line)
        stack: list[str] = []
        events: list[dict[str, str]] = []
        for line in lines:
            name, _, value = line.partition(":")
            if name == "BEGIN":
                stack.append(value)
                if value == "VEVENT":
                    events.append({})
            elif name == "END":
                assert stack.pop() == value
            elif stack and stack[-1] == "VEVENT":
                events[-1][name.split(";")[0]] = name
        assert stack == []
        assert lines[0] == "BEGIN:VCALENDAR"
        assert "VERSION:2.0" in lines
        assert any(line.startswith("PRODID:") for line in lines)
        assert "TZID:Europe/London" in lines
        assert len(events) == 3
        for event in events:
            assert {"UID", "DTSTAMP", "DTSTART", "DURATION", "SUMMARY"} <= set(event)
            assert re.fullmatch(r"DTSTART;TZID=Europe/London", event["DTSTART"])

    def test_now_needs_a_time_zone(self) -> None:
        week = ss.plan_week(MONDAY)
        with pytest.raises(ss.ValidationError, match="now"):
            ss.to_ical(week, now=dt.datetime(2026, 12, 5))


def test_a_planned_time_round_trips_and_old_entries_still_load() -> None:
    entry = ss.Entry("open-one-letter", NOW, planned=True, planned_at=NOW - dt.timedelta(hours=1))
    assert ss.from_json(ss.to_json(entry), ss.Entry) == entry
    old = {"activity_id": "open-one-letter", "at": "2026-12-05T10:00:00", "planned": True}
    assert ss.from_dict(old, ss.Entry).planned_at is None
    with pytest.raises(ss.ValidationError, match="planned_at"):
        ss.Entry("open-one-letter", NOW, planned_at="tomorrow")  # type: ignore[arg-type]


class TestReview:
    def test_a_week_looked_back_on(self) -> None:
        example = load_script("planned_week", "examples")
        first = example.fortnight()["first week"]
        review = ss.weekly_review(example.lived(first, 2, 7), MONDAY)
        assert (review.done, review.planned, review.planned_done) == (2, 3, 2)
        assert review.small_sample
        assert "2 of the 3 planned ones happened" in str(review)
        assert [p.mood for p in review.moods if p.mood is not None] == [7.0, 7.0]
        assert len(review.moods) == 7
        assert all(ss.lint_text(s) == () for s in review.sentences)

    def test_capable_and_lifted_are_named(self) -> None:
        at = dt.datetime(2026, 12, 7, 10)
        entries = [
            ss.Entry(
                "open-one-letter", at + dt.timedelta(days=d), mastery=8, mood_before=4, mood_after=6
            )
            for d in range(3)
        ]
        review = ss.weekly_review(entries, MONDAY)
        assert review.capable == ("Open one letter",)
        assert review.lifted == ("Open one letter",)
        assert "You felt capable after these: Open one letter." in ss.insights(entries).sentences
        assert ss.insights(entries[:2]).capable == ()  # two ratings are not enough yet

    def test_an_empty_week_is_kind(self) -> None:
        assert (
            str(ss.weekly_review([], MONDAY))
            == "Nothing noted this week. A week of rest is still a week."
        )

    def test_mood_series_has_a_point_a_day(self) -> None:
        at = dt.datetime(2026, 12, 8, 9)
        entries = [
            ss.Entry("open-one-letter", at, mood_after=4),
            ss.Entry("drink-a-glass-of-water", at, mood_after=6),
        ]
        series = ss.mood_series(entries, MONDAY, days=3)
        assert [(p.day.day, p.mood, p.count) for p in series] == [
            (7, None, 0),
            (8, 5.0, 2),
            (9, None, 0),
        ]
        with pytest.raises(ss.ValidationError, match="days"):
            ss.mood_series(entries, MONDAY, days=0)


def test_a_week_with_one_or_nothing_that_fits_says_so_kindly() -> None:
    step = ss.Step("Look out of the window", 10)
    one = ss.Activity(
        "look-out", "Look out", "glimmer", 0, [step], life_area="recreation", times=["morning"]
    )
    catalog = ss.Catalog([one])
    single = ss.plan_week(MONDAY, times=["morning"], catalog=catalog)
    assert single.message.startswith("A gentle start: 1 small thing this week.")
    nothing = ss.plan_week(MONDAY, times=["night"], catalog=catalog)
    assert nothing.items == ()
    assert nothing.message == (
        "Nothing in the catalog fits the times and energy you chose yet. Resting counts too."
    )
    assert ss.lint_text(nothing.message) == ()
