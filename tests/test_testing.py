"""smallsteps.testing: each helper passes good input and catches the bad input it is for."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import given

import smallsteps as ss
from smallsteps import testing

from . import strategies


class TestFixedClock:
    def test_starts_at_fixed_now(self) -> None:
        """A new clock returns FIXED_NOW, with a time zone, every time it is called."""
        clock = testing.FixedClock()
        assert testing.FIXED_NOW == clock() == clock()
        assert clock().utcoffset() is not None

    def test_advances(self) -> None:
        """advance() moves the clock by days, hours and minutes, and the moves add up."""
        clock = testing.FixedClock()
        moved = clock.advance(days=1, hours=2, minutes=3)
        assert testing.FIXED_NOW + dt.timedelta(days=1, hours=2, minutes=3) == moved == clock()
        clock.advance(minutes=57)
        assert dt.datetime(2026, 11, 23, 12, 30, tzinfo=dt.UTC) == clock()
        assert "<FixedClock 2026-11-23T12:30:00+00:00>" == repr(clock)

    def test_own_start(self) -> None:
        """A clock can start at any time with a time zone."""
        start = dt.datetime(2027, 1, 1, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        clock = testing.FixedClock(start)
        assert ss.TimeOfDay.NIGHT == ss.TimeOfDay.from_time(clock())

    def test_rejects_naive_start_and_going_back(self) -> None:
        """A start without a time zone, or a move backwards, is a ValidationError."""
        with pytest.raises(ss.ValidationError, match="time zone"):
            testing.FixedClock(dt.datetime(2026, 11, 22, 9, 30))
        clock = testing.FixedClock()
        with pytest.raises(ss.ValidationError, match="forward"):
            clock.advance(hours=-1)
        assert testing.FIXED_NOW == clock()


class TestSmallCatalog:
    def test_every_category_once_or_twice(self) -> None:
        """Each built-in category has one or two activities."""
        catalog = testing.small_catalog()
        for category in ss.BUILTIN_CATEGORIES:
            assert 1 <= len(catalog.in_category(category.id)) <= 2, category.id

    def test_covers_energy_posture_time_and_outdoors(self) -> None:
        """Every energy level, posture and time of day is covered, indoors and outdoors."""
        catalog = list(testing.small_catalog())
        assert set(ss.Energy) == {a.energy for a in catalog}
        assert set(ss.Posture) == {p for a in catalog for p in a.postures}
        assert set(ss.TimeOfDay) == {t for a in catalog for t in a.times}
        assert {False, True} == {a.outdoors for a in catalog}
        for posture in ss.Posture:
            only = [a for a in catalog if a.postures == (posture,)]
            assert only, f"nothing starts only {posture}"

    def test_sized_and_kind(self) -> None:
        """Steps fit their energy level, and every text passes the tone rules."""
        catalog = testing.small_catalog()
        for activity in catalog:
            assert all(s.seconds <= activity.energy.step_seconds for s in activity.steps)
        testing.assert_kind_text(*(a.title for a in catalog))
        testing.assert_kind_text(*(s.text for a in catalog for s in a.steps), step=True)

    def test_same_every_call(self) -> None:
        """Each call gives an equal catalog."""
        assert testing.small_catalog() == testing.small_catalog()

    @pytest.mark.parametrize("energy", list(ss.Energy))
    def test_every_energy_gets_a_plan(self, energy: ss.Energy) -> None:
        """At every energy level, lying down in the morning, something fits."""
        plan = ss.Recommender(testing.small_catalog()).recommend(
            testing.make_checkin(energy=energy)
        )
        assert plan.suggestions


def suggestion(
    activity_id: str = "sip-water", *, shown: tuple[ss.Step, ...] | None = None, **changes: Any
) -> ss.Suggestion:
    """A suggestion of a test activity with any fields changed, showing `shown` or its steps."""
    activity = testing.make_activity(activity_id, **changes)
    return ss.Suggestion(activity, activity.steps if shown is None else shown, (), 1.0)


def plan(*suggestions: ss.Suggestion, **checkin: Any) -> ss.Plan:
    """A hand-built plan for the usual test check-in with any fields changed."""
    return ss.Plan(testing.make_checkin(**checkin), suggestions)


LONG = ss.Step("Walk to the corner and back", 600)


class TestAssertPlanFits:
    @given(strategies.checkins)
    def test_library_plans_fit(self, checkin: ss.CheckIn) -> None:
        """Plans from the default catalog and rules pass, for any check-in."""
        testing.assert_plan_fits(ss.recommend(checkin, limit=5))

    def test_small_catalog_plans_fit(self) -> None:
        """Plans from the small catalog pass on the whole grid of check-ins."""
        recommender = ss.Recommender(testing.small_catalog())
        grid = itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay, [False, True])
        for energy, posture, time, outdoors in grid:
            checkin = ss.CheckIn(energy, 5, posture, time, outdoors=outdoors)
            testing.assert_plan_fits(recommender.recommend(checkin, limit=5))

    def test_empty_plan_fits(self) -> None:
        """A plan with no suggestions breaks no limit."""
        testing.assert_plan_fits(plan())

    @pytest.mark.parametrize(
        ("built", "problem"),
        [
            (plan(suggestion(energy=3)), "needs energy 3, above the check-in's 1"),
            (plan(suggestion(postures=["standing"])), "cannot start lying"),
            (plan(suggestion(outdoors=True)), "is outdoors, and going outside is not possible"),
            (
                plan(suggestion(times=["morning"]), time_of_day="evening"),
                "does not suit the evening",
            ),
            (plan(suggestion(tags=["energizing"]), time_of_day="night"), "is energizing, at night"),
            (plan(suggestion(category="home"), avoids=["home"]), "is one the check-in avoids"),
            (plan(suggestion(), avoids=["sip-water"]), "is one the check-in avoids"),
            (
                plan(suggestion(steps=[LONG], energy=0), energy=4),
                "first step takes about 10 minutes, longer than 5 minutes",
            ),
            (
                plan(suggestion(shown=(ss.Step("Sip", 5),) * 3), energy=0),
                "shows 3 steps; energy 0 shows 1 to 2",
            ),
            (plan(suggestion(shown=())), "shows 0 steps"),
            (
                plan(suggestion(shown=(ss.Step("Sip slowly", 200),)), energy=1),
                "step 1 takes 200 s, above 120 s for energy 1",
            ),
            (
                plan(suggestion(shown=(ss.Step("Sip", 240),) * 2), energy=3),
                "the steps shown take longer than 5 minutes",
            ),
            (plan(suggestion(), suggestion()), "suggestion 2 'sip-water': comes twice"),
        ],
    )
    def test_catches(self, built: ss.Plan, problem: str) -> None:
        """Each broken limit raises an AssertionError that names it."""
        with pytest.raises(AssertionError, match="the plan does not fit") as info:
            testing.assert_plan_fits(built)
        assert problem in str(info.value)

    def test_lists_every_problem(self) -> None:
        """All broken limits of all suggestions are listed, one a line, by suggestion and id."""
        built = plan(suggestion(), suggestion("walk", energy=4, outdoors=True), energy=0)
        with pytest.raises(AssertionError) as info:
            testing.assert_plan_fits(built)
        assert [
            "the plan does not fit the check-in:",
            "  suggestion 2 'walk': needs energy 4, above the check-in's 0",
            "  suggestion 2 'walk': is outdoors, and going outside is not possible",
        ] == str(info.value).splitlines()

    def test_against_another_checkin(self) -> None:
        """A plan can be checked against a check-in other than its own."""
        fits = ss.recommend(testing.make_checkin(energy=4, minutes=30, posture="standing"))
        testing.assert_plan_fits(fits)
        with pytest.raises(AssertionError, match="above the check-in's 0"):
            testing.assert_plan_fits(fits, testing.make_checkin(energy=0))


class TestAssertKindText:
    def test_passes_kind_text(self) -> None:
        """Kind text, steps included, passes quietly."""
        testing.assert_kind_text("You could take one sip.", "Stopping here counts.")
        testing.assert_kind_text("Put one dish in the sink", step=True)
        testing.assert_kind_text()

    def test_lists_each_unkind_text(self) -> None:
        """Each failing text is listed with its problems; passing ones are not."""
        with pytest.raises(AssertionError) as info:
            testing.assert_kind_text("You should rest", "Rest a while", "Just try harder!")
        assert [
            "2 texts do not pass the tone rules:",
            "  'You should rest': uses 'should'",
            "  'Just try harder!': uses 'just', uses 'try harder', has an exclamation mark",
        ] == str(info.value).splitlines()

    def test_step_rules(self) -> None:
        """With step=True, a full stop or a step of too many words is caught."""
        testing.assert_kind_text("Sit up slowly.")
        with pytest.raises(AssertionError, match="full stop"):
            testing.assert_kind_text("Sit up slowly.", step=True)


class TestPlanTitles:
    def test_titles_in_order(self) -> None:
        """The titles of the suggestions, best first."""
        recommended = ss.recommend(testing.make_checkin())
        assert [s.activity.title for s in recommended.suggestions] == testing.plan_titles(
            recommended
        )
        assert ["Take a sip of water", "Walk"] == testing.plan_titles(
            plan(suggestion(), suggestion("walk", title="Walk"))
        )

    def test_empty_plan(self) -> None:
        """A plan with no suggestions has no titles."""
        assert [] == testing.plan_titles(plan())
