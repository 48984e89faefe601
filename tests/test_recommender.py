"""The recommender: hard limits, determinism, rules, history and argument checks."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss
from smallsteps.testing import make_checkin

from . import strategies as st


def hard_limit_problems(plan: ss.Plan) -> list[str]:
    """Every way a plan breaks the check-in's hard limits (empty when it keeps them)."""
    c = plan.checkin
    problems = []
    for s in plan.suggestions:
        a = s.activity
        shown = sum(step.seconds for step in s.steps)
        if a.energy > c.energy:
            problems.append(f"{a.id}: energy {a.energy} above {c.energy}")
        if shown > c.minutes * 60:
            problems.append(f"{a.id}: {shown} s shown for {c.minutes} min")
        if c.posture not in a.postures:
            problems.append(f"{a.id}: cannot start {c.posture}")
        if a.outdoors and not c.outdoors:
            problems.append(f"{a.id}: outdoors")
        if c.time_of_day not in a.times:
            problems.append(f"{a.id}: not for the {c.time_of_day}")
        if not s.steps or s.steps != ss.size_steps(a.steps, c.energy)[: len(s.steps)]:
            problems.append(f"{a.id}: steps shown are not a prefix of the sized steps")
        if any(step.seconds > c.energy.step_seconds for step in s.steps):
            problems.append(f"{a.id}: a step shown is bigger than energy {c.energy} allows")
        if len(s.steps) > c.energy.steps_shown:
            problems.append(f"{a.id}: {len(s.steps)} steps shown at energy {c.energy}")
        if a.id in c.avoids or a.category in c.avoids:
            problems.append(f"{a.id}: avoided")
    return problems


GRID = list(
    itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay, [1, 2, 5, 15, 60], [False, True])
)


class TestHardLimits:
    @pytest.mark.parametrize(
        ("energy", "posture", "time"), list(itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay))
    )
    def test_full_grid(
        self,
        recommender: ss.Recommender,
        energy: ss.Energy,
        posture: ss.Posture,
        time: ss.TimeOfDay,
    ) -> None:
        """Every energy, posture, time, minutes in {1,2,5,15,60} and outdoors gets a plan."""
        for minutes, outdoors in itertools.product([1, 2, 5, 15, 60], [False, True]):
            checkin = ss.CheckIn(energy, minutes, posture, time, outdoors=outdoors)
            plan = recommender.recommend(checkin)
            assert plan.suggestions, checkin
            assert [] == hard_limit_problems(plan)

    @given(catalog=st.catalogs, checkin=st.checkins, limit=hst.integers(1, 6))
    def test_any_catalog_anymake_checkin(
        self, catalog: ss.Catalog, checkin: ss.CheckIn, limit: int
    ) -> None:
        """On any catalog, no suggestion breaks a hard limit and none repeats."""
        plan = ss.Recommender(catalog).recommend(checkin, limit=limit)
        assert [] == hard_limit_problems(plan)
        ids = [s.activity.id for s in plan.suggestions]
        assert len(ids) == len(set(ids)) <= limit

    @given(checkin=st.checkins, history=st.histories())
    def test_default_catalog_anymake_checkin(
        self, recommender: ss.Recommender, checkin: ss.CheckIn, history: list[ss.Entry]
    ) -> None:
        """On the default catalog, with any history, no suggestion breaks a hard limit."""
        assert [] == hard_limit_problems(recommender.recommend(checkin, history))


class TestDeterminism:
    @given(catalog=st.catalogs, checkin=st.checkins, history=st.histories())
    def test_same_input_same_output(
        self, catalog: ss.Catalog, checkin: ss.CheckIn, history: list[ss.Entry]
    ) -> None:
        """The same input gives the same plan, whatever the order of catalog and history."""
        first = ss.Recommender(catalog).recommend(checkin, history)
        shuffled = ss.Catalog(reversed(list(catalog)))
        second = ss.Recommender(shuffled).recommend(checkin, list(reversed(history)))
        assert first == second
        assert ss.to_json(first) == ss.to_json(second)

    def test_module_function_matches_default_recommender(self) -> None:
        """ss.recommend is the default recommender over the default catalog."""
        checkin = make_checkin(energy=2, minutes=15, posture="sitting", time_of_day="evening")
        assert ss.Recommender().recommend(checkin) == ss.recommend(checkin)

    def test_ties_break_on_id(self) -> None:
        """Equal scores come out in id order."""
        step = ss.Step("Take one sip", 5)
        activities = [
            ss.Activity(id=i, title=i, category="home", energy=0, steps=[step])
            for i in ["c-one", "a-one", "b-one"]
        ]
        plan = ss.Recommender(ss.Catalog(activities), rules=[]).recommend(make_checkin(), limit=3)
        assert ["a-one", "b-one", "c-one"] == [s.activity.id for s in plan.suggestions]


class TestSteps:
    def test_lower_energy_shows_fewer_steps(self, catalog: ss.Catalog) -> None:
        """With plenty of time, energy 0 shows fewer steps of a long activity than energy 4."""
        longest = max(catalog, key=lambda a: (len(a.steps), a.id))
        low = ss.fit_steps(longest, make_checkin(energy=0, minutes=60))
        high = ss.fit_steps(longest, make_checkin(energy=4, minutes=60))
        assert len(low) <= ss.Energy(0).steps_shown < len(high)

    def test_minutes_cut_the_steps(self) -> None:
        """Steps stop where the minutes run out, but the first step always shows."""
        activity = ss.Activity(
            id="tidy",
            title="Tidy one spot",
            category="home",
            energy=1,
            steps=[ss.Step("Pick up one thing", 40), ss.Step("Put it away", 40)],
        )
        assert 1 == len(ss.fit_steps(activity, make_checkin(energy=4, minutes=1)))
        assert 2 == len(ss.fit_steps(activity, make_checkin(energy=4, minutes=2)))


class TestRules:
    def test_default_rule_order(self) -> None:
        """The default list runs the filters first, then the scorers, as documented."""
        names = ss.Recommender(ss.Catalog()).rule_names
        assert "fits_energy" == names[0]
        assert names.index("leaves_out_avoided") < names.index("prefer_liked")
        assert len(names) == len(set(names))

    def test_every_reason_names_a_rule(self, recommender: ss.Recommender) -> None:
        """Reasons come from the rules, in rule order."""
        plan = recommender.recommend(make_checkin(energy=3, minutes=30, time_of_day="evening"))
        names = recommender.rule_names
        for s in plan.suggestions:
            order = [names.index(r.rule) for r in s.reasons]
            assert order == sorted(order)
            assert s.reasons

    def test_without_and_adding(self, recommender: ss.Recommender) -> None:
        """Rules can be dropped by name and added before a named rule, returning new objects."""
        fewer = recommender.without("spread_categories", "suits_the_hour")
        assert "spread_categories" not in fewer.rule_names
        assert "spread_categories" in recommender.rule_names
        rule = ss.prefer_tags("music", points=5.0, reason="Music was asked for.")
        more = fewer.adding(rule, before="fits_whole_in_time")
        names = more.rule_names
        assert names.index("prefer_tags") == names.index("fits_whole_in_time") - 1

    def test_replacing_a_rule_by_name(self, recommender: ss.Recommender) -> None:
        """A rule is replaced in its own place; the original recommender is unchanged."""
        rule = ss.prefer_tags("music", points=5.0)
        mine = recommender.replacing("suits_the_hour", rule)
        at = recommender.rule_names.index("suits_the_hour")
        assert rule is mine.rules[at]
        assert "suits_the_hour" not in mine.rule_names
        assert len(mine.rules) == len(recommender.rules)
        with pytest.raises(ss.ValidationError, match="did you mean"):
            recommender.replacing("suits_the_hours", rule)

    def test_the_same_rule_twice_is_refused(self, recommender: ss.Recommender) -> None:
        """It would score twice; two different rules of one factory are fine."""
        with pytest.raises(ss.ValidationError, match="'fits_energy' is in the list twice"):
            recommender.adding(ss.DEFAULT_RULES[0])
        two = recommender.adding(ss.prefer_tags("a")).adding(ss.prefer_tags("b"))
        assert 2 == two.rule_names.count("prefer_tags")
        with pytest.raises(ss.ValidationError, match="twice"):
            two.adding(ss.prefer_tags("a"))

    def test_unknown_rule_name(self, recommender: ss.Recommender) -> None:
        """Dropping a rule that is not there names it and suggests the closest."""
        with pytest.raises(ss.ValidationError, match="did you mean 'fits_energy'"):
            recommender.without("fit_energy")

    def test_custom_rule_changes_the_plan(self, recommender: ss.Recommender) -> None:
        """A rule factory's points move matching activities to the top, with its reason."""
        rule = ss.prefer_tags("wind-down", points=50.0, reason="Chosen for winding down.")
        plan = recommender.adding(rule).recommend(make_checkin(energy=2, minutes=15))
        top = plan.suggestions[0]
        assert "wind-down" in top.activity.tags
        assert "Chosen for winding down." in [r.text for r in top.reasons]

    def test_plain_function_rule(self) -> None:
        """A plain function is a rule; its name comes from the function."""

        def only_home(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
            return ss.KEEP if activity.category == "home" else ss.REJECT

        rec = ss.Recommender().adding(only_home)
        plan = rec.recommend(make_checkin(energy=4, minutes=60, posture="standing"))
        assert plan.suggestions
        assert {"home"} == {s.activity.category for s in plan.suggestions}
        assert "only_home" == rec.rule_names[-1]

    def test_liked_and_avoided(self, recommender: ss.Recommender) -> None:
        """A liked category comes first; an avoided one never appears."""
        liked = recommender.recommend(make_checkin(energy=2, minutes=10, likes=["connection"]))
        assert "connection" == liked.suggestions[0].activity.category
        avoided = recommender.recommend(
            make_checkin(energy=2, minutes=10, avoids=["glimmer", "movement", "rest"]), limit=10
        )
        cats = {s.activity.category for s in avoided.suggestions}
        assert cats.isdisjoint({"glimmer", "movement", "rest"})

    def test_spread_over_categories(self, recommender: ss.Recommender) -> None:
        """Plans mix kinds of activity when the catalog allows it."""
        for energy, posture, time in itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay):
            plan = recommender.recommend(ss.CheckIn(energy, 15, posture, time))
            cats = [s.activity.category for s in plan.suggestions]
            assert len(set(cats)) == len(cats), (energy, posture, time)

    def test_night_is_calm(self, recommender: ss.Recommender) -> None:
        """Nothing energizing is offered at night, and wind-down comes first in the evening."""
        for energy in ss.Energy:
            night = recommender.recommend(
                make_checkin(energy=energy, time_of_day="night"), limit=10
            )
            assert all("energizing" not in s.activity.tags for s in night.suggestions)
        evening = recommender.recommend(make_checkin(energy=2, minutes=15, time_of_day="evening"))
        assert "wind-down" in evening.suggestions[0].activity.tags


class TestHistory:
    def test_recent_activity_gives_way(self, recommender: ss.Recommender) -> None:
        """What was done recently is not offered again while there are alternatives."""
        checkin = make_checkin(energy=2, minutes=10)
        first = recommender.recommend(checkin)
        now = dt.datetime(2026, 11, 22, 9, 0)
        history = [ss.Entry(s.activity.id, now - dt.timedelta(hours=1)) for s in first.suggestions]
        again = recommender.recommend(checkin, history, now=now)
        assert {s.activity.id for s in first.suggestions}.isdisjoint(
            s.activity.id for s in again.suggestions
        )
        later = now + dt.timedelta(days=3)
        plan = recommender.recommend(checkin, history, now=later)
        unpushed = recommender.without("not_repeated_recently").recommend(
            checkin, history, now=later
        )
        assert [s.activity.id for s in plan.suggestions] == [
            s.activity.id for s in unpushed.suggestions
        ]

    def test_without_now_the_last_entries_count(self, recommender: ss.Recommender) -> None:
        """Without `now`, the last few entries count as recent."""
        checkin = make_checkin(energy=2, minutes=10)
        top = recommender.recommend(checkin, limit=1).suggestions[0].activity.id
        history = [ss.Entry(top, dt.datetime(2020, 1, 1))]
        assert top != recommender.recommend(checkin, history, limit=1).suggestions[0].activity.id


class TestArguments:
    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"checkin": "tired"}, "checkin"),
            ({"limit": 0}, "limit"),
            ({"limit": 21}, "limit"),
            ({"limit": "3"}, "limit"),
            ({"history": "sip"}, "history"),
            ({"history": [("sip", 1)]}, "history[0]"),
            ({"now": "today"}, "now"),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, object], field: str) -> None:
        """Bad arguments raise ValidationError naming the argument."""
        args: dict[str, object] = {"checkin": make_checkin()}
        args.update(kwargs)
        with pytest.raises(ss.ValidationError) as info:
            ss.Recommender(ss.Catalog()).recommend(**args)  # type: ignore[arg-type]
        assert field == info.value.field

    def test_mixed_time_zones(self) -> None:
        """History mixing aware and naive times is refused up front, not deep inside."""
        aware = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        history = [ss.Entry("a", aware), ss.Entry("b", dt.datetime(2026, 1, 2))]
        with pytest.raises(ss.ValidationError, match="time zone"):
            ss.Recommender(ss.Catalog()).recommend(make_checkin(), history)

    @pytest.mark.parametrize("zone", [None, dt.UTC])
    def test_history_and_now_in_different_kinds_of_time(self, zone: dt.tzinfo | None) -> None:
        """A history with a time zone and `now` without one, or the other way round, is refused."""
        history = [ss.Entry("a", dt.datetime(2026, 1, 1, tzinfo=zone))]
        now = dt.datetime(2026, 1, 2, tzinfo=None if zone else dt.UTC)
        with pytest.raises(ss.ValidationError, match="time zone"):
            ss.Recommender(ss.Catalog()).recommend(make_checkin(), history, now=now)
        with pytest.raises(ss.ValidationError, match="time zone"):
            ss.Context.build(make_checkin(), history, now)

    @pytest.mark.parametrize(
        ("kwargs", "field"), [({"catalog": []}, "catalog"), ({"rules": [1]}, "rules")]
    )
    def test_bad_constructor_arguments(self, kwargs: dict[str, object], field: str) -> None:
        """The recommender checks its catalog and rules."""
        with pytest.raises(ss.ValidationError) as info:
            ss.Recommender(**kwargs)  # type: ignore[arg-type]
        assert field == info.value.field


@pytest.mark.parametrize(("like", "group"), [("music", "tag"), ("relationships", "area")])
def test_a_like_can_name_a_tag_or_a_life_area(like: str, group: str) -> None:
    """Liking a tag or a life area was silently ignored; now it prefers what carries it."""
    plain = ss.CheckIn(2, 15, "sitting", "evening")
    liked = ss.CheckIn(2, 15, "sitting", "evening", likes=[like])
    picks = ss.recommend(liked).suggestions
    assert [s.activity.id for s in picks] != [
        s.activity.id for s in ss.recommend(plain).suggestions
    ]
    top = picks[0].activity
    assert like in (top.tags if group == "tag" else (top.life_area and top.life_area.value,))
    assert f"You said you like {like}." in [r.text for r in picks[0].reasons]


def test_an_avoid_can_name_a_life_area() -> None:
    checkin = ss.CheckIn(2, 15, "sitting", "evening", avoids=["recreation"])
    plan = ss.Recommender().recommend(checkin, limit=10)
    assert plan.suggestions
    assert all(s.activity.life_area is not ss.LifeArea.RECREATION for s in plan.suggestions)
