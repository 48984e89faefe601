"""Routines: the tier mapping, sizing, building from words, kind counts, the recommender rule."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smallsteps as ss
from smallsteps.testing import make_checkin

from .helpers import problems
from .strategies import energies, nested_steps

ROUTINES = ss.default_routines()
TODAY = dt.date(2026, 11, 22)
BARE, GENTLE, FULL = ss.Tier.BARE_MINIMUM, ss.Tier.GENTLE, ss.Tier.FULL
MAPPING = {0: {BARE}, 1: {BARE}, 2: {BARE, GENTLE}, 3: {BARE, GENTLE, FULL}, 4: set(ss.Tier)}
"""The documented mapping from energy level to the tiers a routine keeps."""


def mine() -> ss.Routine:
    return ss.Routine.build("my mornings", ["drink water", "open the curtains", "brush teeth"])


class TestDefaults:
    def test_the_routines_the_issue_names(self) -> None:
        assert {"bare-minimum", "morning", "evening", "get-out-of-bed", "reset", "sleep"} <= set(
            ROUTINES
        )
        assert 3 == len(ss.bare_minimum().items)
        assert all(item.tier is BARE for item in ss.bare_minimum().items)

    @pytest.mark.parametrize("routine", ROUTINES.values(), ids=lambda r: r.id)
    @pytest.mark.parametrize("energy", list(ss.Energy), ids=int)
    def test_for_energy_holds_the_mapping(self, routine: ss.Routine, energy: ss.Energy) -> None:
        """Every default routine keeps exactly the documented tiers, its steps sized."""
        shaped = routine.for_energy(energy)
        expected = [item.id for item in routine.items if item.tier in MAPPING[energy]]
        assert expected == [item.id for item in shaped.items]
        assert {str(t) for t in ss.Tier.for_energy(energy)} == {str(t) for t in MAPPING[energy]}
        for item in shaped.items:
            assert item.steps
            assert all(step.seconds <= energy.step_seconds for step in item.steps)
            assert item.steps[0].seconds <= min(energy.step_seconds, ss.FIRST_STEP_SECONDS)

    @pytest.mark.parametrize("routine", ROUTINES.values(), ids=lambda r: r.id)
    def test_every_routine_has_a_bare_minimum_and_more(self, routine: ss.Routine) -> None:
        assert routine.bare_minimum
        if routine.id != "bare-minimum":
            assert {item.tier for item in routine.items} == set(ss.Tier)

    def test_the_sleep_routine_follows_the_sleep_facts(self) -> None:
        """Regular times, screens away, a dark cool room, PMR, getting up when awake long."""
        sleep = ROUTINES["sleep"]
        ids = {item.id for item in sleep.items}
        assert {"same-wake-time", "screens-away", "dark-cool-room", "relax-muscles"} <= ids
        assert "four weeks" in sleep.description
        words = " ".join(step.text for item in sleep.for_energy(4).items for step in item.steps)
        assert "sleep more" not in words.lower()
        assert "20 minutes" in words

    def test_the_evening_routine_winds_down(self) -> None:
        ids = [item.id for item in ROUTINES["evening"].items]
        assert ["screens-down", "dim-lights", "warm-drink", "relax-muscles"] == ids[:4]

    def test_a_new_dict_each_call(self) -> None:
        routines = ss.default_routines()
        routines.clear()
        assert ss.default_routines()


@st.composite
def routines(draw: st.DrawFn) -> ss.Routine:
    """Any routine of one to eight items with their own steps and any tiers."""
    count = draw(st.integers(1, 8))
    items = [
        ss.RoutineItem(
            f"item-{n}",
            f"Item {n}",
            draw(st.sampled_from(ss.Tier)),
            draw(st.lists(nested_steps, min_size=1, max_size=4)),
        )
        for n in range(count)
    ]
    return ss.Routine("any", "Any routine", items)


class TestProperties:
    @given(routines(), energies)
    def test_for_energy_is_monotone(self, routine: ss.Routine, energy: ss.Energy) -> None:
        """A higher energy level never drops an item that a lower one had."""
        lower = {item.id for item in routine.for_energy(energy).items}
        higher = {item.id for item in routine.for_energy(min(4, energy + 1)).items}
        assert lower <= higher
        assert {i.id for i in routine.bare_minimum} <= lower

    @given(
        routines(),
        st.sets(st.sampled_from([f"item-{n}" for n in range(8)])),
        st.sets(st.sampled_from([f"item-{n}" for n in range(8)])),
        st.none() | energies,
    )
    def test_summaries_are_kind(
        self, routine: ss.Routine, done: set[str], partly: set[str], energy: ss.Energy | None
    ) -> None:
        """No banned word, no streak, no failure, whatever was or was not done."""
        known = {item.id for item in routine.items}
        day = ss.RoutineDay(routine, TODAY, done & known, partly & known, energy)
        week = ss.RoutineWeek([day], TODAY + dt.timedelta(days=2))
        for text in (day.summary(), week.summary()):
            assert () == ss.lint_text(text)
            assert "streak" not in text.lower()
            assert "miss" not in text.lower()
        assert 0 <= day.count <= len(day.expected)

    @given(routines(), energies)
    def test_round_trips_through_json(self, routine: ss.Routine, energy: ss.Energy) -> None:
        shaped = routine.for_energy(energy)
        assert shaped == ss.from_json(ss.to_json(shaped), ss.Routine)
        day = ss.RoutineDay(shaped, TODAY, {shaped.items[0].id} if shaped.items else (), (), 1)
        assert day == ss.from_json(ss.to_json(day), ss.RoutineDay)
        week = ss.RoutineWeek([day], TODAY)
        assert week == ss.from_json(ss.to_json(week), ss.RoutineWeek)


class TestBuild:
    def test_plain_words_become_items(self) -> None:
        routine = mine()
        assert ["drink-water", "open-the-curtains", "brush-teeth"] == [i.id for i in routine.items]
        assert "Drink water" == routine.items[0].title
        assert "drink-a-glass-of-water" == routine.items[0].activity
        assert all(item.tier is BARE for item in routine.items)

    def test_words_no_activity_knows_are_broken_down(self) -> None:
        routine = ss.Routine.build("chores", ["take the bins out", "reply to my landlord"])
        bins, landlord = routine.items
        assert "" == bins.activity
        assert ss.default_tasks().template("take-out-the-rubbish").steps == bins.steps
        assert any("your landlord" in step.text for step in landlord.steps)

    @pytest.mark.parametrize(
        "text",
        ["after I brush my teeth, floss one tooth", "floss one tooth after I brush my teeth"],
    )
    def test_habit_stacking_from_the_words(self, text: str) -> None:
        (item,) = ss.Routine.build("night", [text]).items
        assert "After you brush your teeth" == item.anchor
        assert "floss-one-tooth" == item.id

    def test_crisis_words_leave_the_item_out_and_set_the_notice(self) -> None:
        routine = ss.Routine.build("mine", ["drink water", "i want to die"], country="GB")
        assert ["drink-water"] == [i.id for i in routine.items]
        assert routine.notice is not None
        assert "GB" == routine.notice.resources[0].country

    def test_other_alphabets_and_repeats_get_ids(self) -> None:
        routine = ss.Routine.build("mine", ["水を飲む", "drink water", "drink water"])
        assert ["item-1", "drink-water", "drink-water-2"] == [i.id for i in routine.items]

    @pytest.mark.parametrize(
        ("title", "items", "field"),
        [
            ("", ["drink water"], "title"),
            ("mine", [], "items"),
            ("mine", "drink water", "items"),
            ("mine", ["drink water", "  "], "items[1]"),
        ],
    )
    def test_bad_input(self, title: str, items: list[str], field: str) -> None:
        with pytest.raises(ss.ValidationError, match=rf"^{re.escape(field)}: "):
            ss.Routine.build(title, items)

    def test_an_item_needs_somewhere_to_get_steps(self) -> None:
        with pytest.raises(ss.ValidationError, match=r"^steps: "):
            ss.RoutineItem("x", "X")

    def test_unknown_activity_is_named(self) -> None:
        routine = ss.Routine("r", "R", [ss.RoutineItem("x", "X", activity="no-such-thing")])
        with pytest.raises(ss.UnknownActivityError):
            routine.for_energy(2)


class TestCounting:
    def test_the_issue_example(self) -> None:
        day = ss.RoutineDay(routine=mine(), date=TODAY, done={"drink-water"})
        assert "1 of 3 today. Each one counts." == day.summary()

    def test_partly_done_counts_for_half(self) -> None:
        day = ss.RoutineDay(mine(), TODAY, done={"drink-water"}, partly={"brush-teeth"})
        assert day.summary().startswith("1.5 of 3 today.")

    def test_nothing_done_is_not_a_failure(self) -> None:
        text = ss.RoutineDay(mine(), TODAY).summary()
        assert text.startswith("0 of 3 today.")
        assert "okay" in text

    def test_the_bare_minimum_is_a_complete_low_energy_day(self) -> None:
        morning = ROUTINES["morning"]
        basics = {item.id for item in morning.bare_minimum}
        low = ss.RoutineDay(morning, TODAY, done=basics, energy=1)
        assert low.complete
        assert "2 of 2 today" in low.summary()
        assert "complete day" in low.summary()
        good = ss.RoutineDay(morning, TODAY, done=basics, energy=4)
        assert not good.complete
        assert "2 of 6 today" in good.summary()

    def test_unknown_ids_are_named(self) -> None:
        with pytest.raises(ss.ValidationError, match="did you mean 'drink-water'"):
            ss.RoutineDay(mine(), TODAY, done={"drink-watr"})

    def test_the_week_counts_without_a_streak(self) -> None:
        """Eleven of 21 over a week with a quiet day in the middle: no reset to zero."""
        done = [3, 2, 0, 1, 2, 1, 2]
        routine = mine()
        ids = [item.id for item in routine.items]
        days = [
            ss.RoutineDay(routine, TODAY - dt.timedelta(days=6 - n), done=ids[:k])
            for n, k in enumerate(done)
        ]
        week = ss.RoutineWeek(days, today=TODAY)
        assert "11 of 21 this week." == week.summary()
        assert not week.lapse

    def test_a_quiet_yesterday_suggests_the_reset_routine(self) -> None:
        routine = mine()
        earlier = ss.RoutineDay(routine, TODAY - dt.timedelta(days=3), done={"drink-water"})
        week = ss.RoutineWeek([earlier], today=TODAY)
        assert week.lapse
        assert "reset routine" in week.summary()
        assert "not back to square one" in week.summary()
        first_day = ss.RoutineWeek([ss.RoutineDay(routine, TODAY)], today=TODAY)
        assert not first_day.lapse
        back = ss.RoutineDay(routine, TODAY, done={"brush-teeth"})
        assert not ss.RoutineWeek([earlier, back], today=TODAY).lapse


class TestRecommender:
    def test_prefers_unfinished_bare_minimum_on_a_hard_day(self) -> None:
        basics = ss.bare_minimum()
        day = ss.RoutineDay(basics, TODAY, done={"glass-of-water", "time-outside"})
        checkin = make_checkin(energy=1, minutes=10, posture="standing", time_of_day="morning")
        plan = ss.recommend(checkin, routine_day=day)
        first = plan.suggestions[0]
        assert "brush-your-teeth-gently" == first.activity.id
        assert "bare_minimum_first" in [r.rule for r in first.reasons]
        assert "brush-your-teeth-gently" not in [
            s.activity.id for s in ss.recommend(checkin).suggestions[:1]
        ]

    def test_done_items_and_good_days_get_no_push(self) -> None:
        basics = ss.bare_minimum()
        done = ss.RoutineDay(basics, TODAY, done={item.id for item in basics.items})
        checkin = make_checkin(energy=1, minutes=10, posture="standing", time_of_day="morning")
        assert ss.recommend(checkin, routine_day=done) == ss.recommend(checkin)
        good = make_checkin(energy=3, minutes=10, posture="standing", time_of_day="morning")
        nothing = ss.RoutineDay(basics, TODAY)
        assert ss.recommend(good, routine_day=nothing) == ss.recommend(good)

    def test_bad_routine_day(self) -> None:
        with pytest.raises(ss.ValidationError, match=r"^routine_day: "):
            ss.recommend(make_checkin(), routine_day="today")  # type: ignore[arg-type]


class TestFiles:
    def test_every_problem_is_listed(self) -> None:
        data = {
            "words": {"dya": "x"},
            "routine": [
                {
                    "id": "a",
                    "title": "A",
                    "notice": "x",
                    "items": [
                        {"id": "one", "title": "One", "tier": "huge", "activity": "x"},
                        {"id": "two", "title": "Two"},
                        {"id": "three", "title": "Three", "stpes": []},
                    ],
                },
                {"id": "a", "title": "A again", "items": []},
            ],
        }
        listed = problems(ss.parse_routines, data)
        for expected in [
            "words: dya: unknown word (did you mean 'day'?)",
            "routine 'a': item 1: tier: 'huge' is not one of bare-minimum, gentle, full",
            "routine 'a': item 2: steps: give the item steps, an activity id or a task id",
            "routine 'a': item 3: stpes: unknown field (did you mean 'steps'?)",
            "routine 'a': notice: unknown field",
            "routine 'a': id: duplicate id",
        ]:
            assert expected in listed

    def test_load_a_file(self, tmp_path: object) -> None:
        import pathlib

        path = pathlib.Path(str(tmp_path)) / "mine.toml"
        path.write_text(
            '[[routine]]\nid = "mine"\ntitle = "Mine"\n\n[[routine.items]]\n'
            'id = "water"\ntitle = "Water"\nactivity = "sip-of-water"\n',
            "utf-8",
        )
        routines = {**ss.default_routines(), **ss.load_routines(path)}
        assert "sip-of-water" == routines["mine"].items[0].activity
        assert "morning" in routines
