"""The index only saves work: its plans are the plans of the plain loop over every rule."""

from __future__ import annotations

import datetime as dt
import math
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smallsteps as ss
from smallsteps import testing

from . import strategies as sst


def plain_plan(
    recommender: ss.Recommender,
    checkin: ss.CheckIn,
    history: list[ss.Entry],
    limit: int,
    now: dt.datetime | None,
    routine_day: ss.RoutineDay | None = None,
) -> list[tuple[str, float, tuple[ss.Reason, ...]]]:
    """The specification: every rule on every activity, for every pick; no index at all."""
    catalog = recommender.catalog
    basics = (
        {i.activity for i in routine_day.unfinished_bare_minimum if i.activity}
        if routine_day
        else set()
    )
    categories = {
        e.activity_id: catalog[e.activity_id].category for e in history if e.activity_id in catalog
    }
    context = ss.Context.build(checkin, history, now, basics, categories)
    candidates = list(catalog)
    picked: list[tuple[str, float, tuple[ss.Reason, ...]]] = []
    while candidates and len(picked) < limit:
        judged = []
        for activity in candidates:
            verdicts = [(rule, rule(activity, context)) for rule in recommender.rules]
            if all(v.keep for _, v in verdicts):
                score = math.fsum(v.points for _, v in verdicts)
                reasons = tuple(
                    ss.Reason(ss.rule_name(r), v.reason) for r, v in verdicts if v.reason
                )
                judged.append((-score, activity.id, activity, reasons))
        if not judged:
            break
        neg_score, best_id, best, reasons = min(judged, key=lambda j: (j[0], j[1]))
        picked.append((best_id, -neg_score, reasons))
        candidates = [j[2] for j in judged if j[2] is not best]
        context = attrs.evolve(context, chosen=(*context.chosen, best))
    return picked


def as_triples(plan: ss.Plan) -> list[tuple[str, float, tuple[ss.Reason, ...]]]:
    return [(s.activity.id, s.score, s.reasons) for s in plan.suggestions]


@st.composite
def lived_histories(draw: st.DrawFn, ids: list[str]) -> list[ss.Entry]:
    """Entries over the catalog's ids (and one unknown id) with moods, ratings and outcomes."""
    scale = st.none() | st.integers(0, 10)
    entry = st.builds(
        ss.Entry,
        activity_id=st.sampled_from([*ids, "not-in-the-catalog"]),
        at=st.datetimes(min_value=dt.datetime(2026, 11, 1), max_value=dt.datetime(2026, 11, 22)),
        done=st.sampled_from(ss.Completion),
        mood_before=scale,
        mood_after=scale,
        enjoyment_predicted=scale,
        enjoyment=scale,
    )
    return draw(st.lists(entry, max_size=30))


def liked_or_avoided(ids: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from([*ids[:8], "movement", "rest", "glimmer"]), max_size=3)


DEFAULT_IDS = list(ss.default_catalog().ids)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    checkin=sst.checkins,
    likes=liked_or_avoided(DEFAULT_IDS),
    avoids=liked_or_avoided(DEFAULT_IDS),
    history=lived_histories(DEFAULT_IDS),
    limit=st.integers(1, 8),
    with_now=st.booleans(),
)
def test_default_catalog_plans_equal_the_plain_loop(
    checkin: ss.CheckIn,
    likes: list[str],
    avoids: list[str],
    history: list[ss.Entry],
    limit: int,
    with_now: bool,
) -> None:
    """Check-ins, likes, avoids and lived histories: the same picks, scores and reasons."""
    checkin = attrs.evolve(checkin, likes=likes, avoids=avoids)
    now = dt.datetime(2026, 11, 22, 20) if with_now else None
    recommender = ss.Recommender()
    plan = recommender.recommend(checkin, history, limit, now)
    assert plain_plan(recommender, checkin, history, limit, now) == as_triples(plan)


@settings(max_examples=100, deadline=None)
@given(
    catalog=sst.catalogs, checkins=st.lists(sst.checkins, min_size=1, max_size=4), data=st.data()
)
def test_any_catalog_and_mixed_rules_equal_the_plain_loop(
    catalog: ss.Catalog, checkins: list[ss.CheckIn], data: st.DataObject
) -> None:
    """Undeclared rules (one that looks at the plan) mix with declared ones, one index shared."""

    def one_per_category(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        """Undeclared: leaves out a second pick from a category, and likes short titles."""
        if any(a.category == activity.category for a in context.chosen):
            return ss.REJECT
        return ss.Verdict(points=1.0 / (1 + len(activity.title)))

    rules: list[ss.Rule] = [
        *ss.DEFAULT_RULES,
        ss.prefer_tags("music", points=0.75),
        one_per_category,
    ]
    recommender = ss.Recommender(catalog, data.draw(st.permutations(rules)))
    history = data.draw(lived_histories(list(catalog.ids) or ["x"]))
    for checkin in checkins:  # later check-ins reuse what the first ones put in the index
        plan = recommender.recommend(checkin, history, 5, dt.datetime(2026, 11, 22, 9))
        assert plain_plan(
            recommender, checkin, history, 5, dt.datetime(2026, 11, 22, 9)
        ) == as_triples(plan)


def test_the_routine_day_reaches_the_index() -> None:
    """`bare_minimum_first` is personal: its 3 points reach activities deep in the shortlist."""
    routine = ss.bare_minimum()
    day = ss.RoutineDay(routine, dt.date(2026, 11, 22))
    checkin = testing.make_checkin(energy=1, minutes=5, posture="sitting", time_of_day="morning")
    recommender = ss.Recommender()
    plan = recommender.recommend(checkin, limit=5, routine_day=day, now=testing.FIXED_NOW)
    assert plain_plan(recommender, checkin, [], 5, testing.FIXED_NOW, day) == as_triples(plan)
    assert any(r.rule == "bare_minimum_first" for s in plan.suggestions for r in s.reasons)


def test_recommend_many_gives_what_recommend_gives() -> None:
    """In order, with and without histories; equal check-ins without history share a plan."""
    low = testing.make_checkin(energy=0)
    some = testing.make_checkin(energy=3, minutes=20, posture="standing")
    recommender = ss.Recommender()
    done = recommender.recommend(low).suggestions[0].activity.id
    entry = ss.Entry(done, testing.FIXED_NOW - dt.timedelta(hours=1))
    plans = recommender.recommend_many(
        [low, some, low, low], [[], [], [entry], []], limit=4, now=testing.FIXED_NOW
    )
    expected = [
        recommender.recommend(low, [], 4, testing.FIXED_NOW),
        recommender.recommend(some, [], 4, testing.FIXED_NOW),
        recommender.recommend(low, [entry], 4, testing.FIXED_NOW),
        recommender.recommend(low, [], 4, testing.FIXED_NOW),
    ]
    assert expected == plans
    assert plans[0] is plans[3]
    assert plans[2] != plans[0]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"checkins": "energy 2"}, "checkins"),
        ({"checkins": [testing.make_checkin(), {"energy": 2}]}, "checkins[1]"),
        ({"checkins": [testing.make_checkin()], "histories": [[], []]}, "histories"),
        ({"checkins": [testing.make_checkin()], "histories": 3}, "histories"),
        ({"checkins": [testing.make_checkin()], "limit": 0}, "limit"),
    ],
)
def test_recommend_many_names_what_is_wrong(arguments: dict[str, Any], field: str) -> None:
    with pytest.raises(ss.ValidationError) as caught:
        ss.Recommender().recommend_many(**arguments)
    assert field == caught.value.field


def test_recommenders_catalogs_and_plans_pickle() -> None:
    """For worker processes: they pickle, come back equal, and recommend the same."""
    recommender = ss.Recommender(rules=[*ss.DEFAULT_RULES, ss.prefer_tags("music")])
    checkin = testing.make_checkin(energy=2, minutes=10, posture="sitting")
    plan = recommender.recommend(checkin, now=testing.FIXED_NOW)
    copy = pickle.loads(pickle.dumps(recommender))
    assert recommender == copy
    assert recommender.catalog == pickle.loads(pickle.dumps(recommender.catalog))
    assert plan == pickle.loads(pickle.dumps(plan))
    assert plan == copy.recommend(checkin, now=testing.FIXED_NOW)


def test_the_index_is_made_once_per_catalog_and_kept_out_of_pickles() -> None:
    catalog = testing.tiny_catalog()
    recommender = ss.Recommender(catalog)
    recommender.recommend(testing.make_checkin())
    index = catalog._index
    assert index is not None
    ss.Recommender(catalog).recommend(testing.make_checkin(energy=2))
    assert index is catalog._index
    assert pickle.loads(pickle.dumps(catalog))._index is None


def test_a_rule_declares_only_known_shared_fields() -> None:
    with pytest.raises(ss.ValidationError, match="'mood' is not a shared field") as caught:
        ss.shared_rule("energy", "mood")
    assert "fields" == caught.value.field


def test_a_small_bound_drops_what_the_index_kept_and_the_plans_stay_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With room for a few columns and shortlists, they are dropped and worked out again."""
    from smallsteps import _index

    monkeypatch.setattr(_index, "COLUMN_BYTES", 2_000)
    monkeypatch.setattr(_index, "COLUMN_BYTES_EACH", 0)
    monkeypatch.setattr(_index, "SHORTLIST_BYTES", 7_000)
    monkeypatch.setattr(_index, "SHORTLIST_BYTES_EACH", 0)
    monkeypatch.setattr(_index, "RECENT_BYTES", 7_000)
    catalog = pickle.loads(pickle.dumps(ss.default_catalog()))  # a fresh index
    recommender = ss.Recommender(catalog)
    checkins = [
        testing.make_checkin(energy=energy, minutes=minutes, likes=likes)
        for energy in (1, 3)
        for minutes in (2, 10, 30)
        for likes in ((), ("movement",))
    ]
    now = testing.FIXED_NOW
    for checkin in checkins * 2:
        plan = recommender.recommend(checkin, now=now)
        assert plain_plan(recommender, checkin, [], 3, now) == as_triples(plan)
    index = _index.index_of(catalog)
    assert 1 <= len(index._shortlists) <= 3
    assert 1 <= len(index._firsts) <= 3
    kept = index._columns._kept
    assert kept.bytes <= 2_000 or len(kept) == 1
    assert len(kept) < len(recommender._ruleset.second) * len(checkins)


def test_a_column_is_made_once_per_key_not_per_activity() -> None:
    """A rule that declares a key runs once per distinct key when a column is made."""
    calls: list[str] = []

    @ss.shared_rule("energy", key=lambda a: a.energy)
    def counted(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        calls.append(activity.id)
        return ss.KEEP if activity.energy <= context.checkin.energy else ss.REJECT

    catalog = pickle.loads(pickle.dumps(ss.default_catalog()))
    recommender = ss.Recommender(catalog, [counted, *ss.DEFAULT_RULES[1:]])
    checkin = testing.make_checkin(energy=2)
    plan = recommender.recommend(checkin, now=testing.FIXED_NOW)
    assert len(calls) < 40 < len(catalog)  # five energies, then the few entries walked
    assert plain_plan(recommender, checkin, [], 3, testing.FIXED_NOW) == as_triples(plan)


@settings(max_examples=50, deadline=None)
@given(checkin=sst.checkins, history=lived_histories(DEFAULT_IDS[:40]))
def test_the_next_pick_context_differs_only_in_what_is_chosen(
    checkin: ss.CheckIn, history: list[ss.Entry]
) -> None:
    """`Context.picking` is `attrs.evolve` with one more activity chosen, whatever the context."""
    catalog = ss.default_catalog()
    context = ss.Context.build(checkin, history, dt.datetime(2026, 11, 22, 20), {"a-few-nuts"})
    for activity in (catalog[DEFAULT_IDS[0]], catalog[DEFAULT_IDS[1]]):
        expected = attrs.evolve(context, chosen=(*context.chosen, activity))
        context = context.picking(activity)
        assert expected == context


def test_picking_is_checked_on_every_field_of_the_context() -> None:
    """A context with no field at its default: a new field would need a value here first."""
    lived = [
        ss.Entry(
            activity_id="arms-above-your-head",
            at=dt.datetime(2026, 11, 22, 8) - dt.timedelta(days=day),
            done="done",
            mood_before=3,
            mood_after=6,
            enjoyment_predicted=2,
            enjoyment=7,
            mastery=7,
        )
        for day in range(4)
    ]
    context = ss.Context.build(
        testing.make_checkin(),
        lived,
        dt.datetime(2026, 11, 22, 20),
        {"a-few-nuts"},
        {"arms-above-your-head": "movement"},
        values=ss.Values.build({"recreation": "music"}),
    ).picking(ss.default_catalog()["arms-above-your-head"])
    defaults = ss.Context(testing.make_checkin())
    for field in attrs.fields(ss.Context):
        if field.name != "checkin":
            assert getattr(context, field.name) != getattr(defaults, field.name), field.name
    activity = ss.default_catalog()["a-few-nuts"]
    assert attrs.evolve(context, chosen=(*context.chosen, activity)) == context.picking(activity)


@given(checkin=sst.checkins, now=st.none() | st.datetimes())
def test_a_context_without_history_is_what_an_empty_history_gives(
    checkin: ss.CheckIn, now: dt.datetime | None
) -> None:
    """The quick path for no history fills every field as the helpers do for an empty one."""
    from smallsteps import _context, _history

    context = ss.Context.build(checkin, [], now, ["a-few-nuts"])
    assert (context.history, context.chosen, context.recent_ids) == ((), (), frozenset())
    assert context.unfinished_basics == frozenset({"a-few-nuts"})
    assert context.now == now
    assert context.lifts == _history._lifts((), {})
    assert context.surprises == _history._surprises(())
    assert context.week_counts == _history._week_counts((), now)
    assert context.grade == _history._grade(())
    assert context.turn == _context._turn(now)


def test_threads_sharing_a_fresh_index_get_the_plans_of_one_thread() -> None:
    """Four threads fill one cold index at once; every plan is the one a lone thread makes.

    A smoke test: it catches state shared between calls, not every narrow race.
    """
    import sys
    from concurrent.futures import ThreadPoolExecutor

    checkins = [
        testing.make_checkin(energy=e, minutes=m, posture=p, likes=likes)
        for e in range(5)
        for m in (1, 5, 20)
        for p in ("lying", "standing")
        for likes in ((), ("movement",))
    ]
    alone = ss.Recommender(pickle.loads(pickle.dumps(ss.default_catalog())))
    expected = [alone.recommend(c, now=testing.FIXED_NOW) for c in checkins]
    shared = ss.Recommender(pickle.loads(pickle.dumps(ss.default_catalog())))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(4) as pool:
            runs = [
                pool.submit(
                    lambda order: [shared.recommend(c, now=testing.FIXED_NOW) for c in order], order
                )
                for order in (checkins, checkins[::-1], checkins[1::2] + checkins[::2], checkins)
            ]
            results = [run.result() for run in runs]
    finally:
        sys.setswitchinterval(interval)
    assert results[0] == expected
    assert results[1] == expected[::-1]
    assert results[2] == expected[1::2] + expected[::2]
    assert results[3] == expected


def test_declarations_name_what_is_wrong() -> None:
    """A key or a reach that is not a function is a clear error, naming the argument."""
    with pytest.raises(ss.ValidationError) as caught:
        ss.shared_rule("energy", key=3)  # type: ignore[arg-type]
    assert "key" == caught.value.field
    with pytest.raises(ss.ValidationError) as caught:
        ss.shared_rule("likes", reach="movement")  # type: ignore[arg-type]
    assert "reach" == caught.value.field


def test_a_personal_rule_alike_over_categories_runs_once_per_category() -> None:
    """`alike=True`: one run for a whole category it names; the plan is the plain loop's."""
    calls: list[str] = []

    def movement_reach(context: ss.Context) -> ss.Reach:
        return ss.Reach(categories=frozenset({"movement"}))

    @ss.personal_rule(movement_reach, alike=True)
    def more_movement(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        calls.append(activity.id)
        return ss.Verdict(points=0.75) if activity.category == "movement" else ss.KEEP

    catalog = pickle.loads(pickle.dumps(ss.default_catalog()))
    recommender = ss.Recommender(catalog).adding(more_movement)
    checkin = testing.make_checkin(energy=3, minutes=20, posture="standing")
    plan = recommender.recommend(checkin, now=testing.FIXED_NOW)
    movers = sum(a.category == "movement" for a in catalog)
    assert len(calls) < movers  # once for the category, then once per pick for its reason
    assert plain_plan(recommender, checkin, [], 3, testing.FIXED_NOW) == as_triples(plan)


def test_points_that_are_not_quarters_still_sum_exactly() -> None:
    """A shared rule giving tenths: the groups keep each point, and the plan is the plain one."""

    @ss.shared_rule("energy", key=lambda a: a.category)
    def a_tenth_for_rest(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        return ss.Verdict(points=0.1) if activity.category == "rest" else ss.KEEP

    catalog = pickle.loads(pickle.dumps(ss.default_catalog()))
    recommender = ss.Recommender(catalog).adding(a_tenth_for_rest)
    for energy in range(5):
        checkin = testing.make_checkin(energy=energy, minutes=15)
        plan = recommender.recommend(checkin, now=testing.FIXED_NOW)
        assert plain_plan(recommender, checkin, [], 3, testing.FIXED_NOW) == as_triples(plan)


def test_new_check_ins_keep_few_whole_shortlists_and_every_first_one() -> None:
    """Few whole shortlists are kept (within `RECENT_BYTES`); every first one stays.

    The first shared rules' shortlists (energy, posture, outdoors, time of day) are few and
    asked again; whole ones are for a check-in asked again soon.
    """
    from smallsteps import _index

    catalog = pickle.loads(pickle.dumps(ss.default_catalog()))  # a fresh index
    recommender = ss.Recommender(catalog)
    checkins = [
        testing.make_checkin(energy=energy, minutes=minutes, time_of_day=time)
        for energy in (0, 2, 4)
        for minutes in range(1, 41)
        for time in ("morning", "night")
    ]
    for checkin in checkins:
        recommender.recommend(checkin, now=testing.FIXED_NOW)
    index = _index.index_of(catalog)
    assert index._shortlists.bytes <= _index.RECENT_BYTES
    assert len(index._shortlists) < len(checkins) // 4
    assert 6 == len(index._firsts)  # three energies by two times of day, all kept


def test_plans_share_equal_suggestions_and_the_steps_fit_each_check_in() -> None:
    """A suggestion is one frozen value shared by the plans that hold it.

    Its steps are what `fit_steps` gives for that check-in.
    """
    recommender = ss.Recommender()
    plans = [
        recommender.recommend(testing.make_checkin(energy=1, minutes=m), now=testing.FIXED_NOW)
        for m in range(1, 31)
    ]
    shown = [s for plan in plans for s in plan.suggestions]
    for plan in plans:
        for suggestion in plan.suggestions:
            assert suggestion.steps == ss.fit_steps(suggestion.activity, plan.checkin)
    alike = {(s.activity.id, s.steps, s.reasons, s.score) for s in shown}
    assert len({id(s) for s in shown}) == len(alike) < len(shown)


@settings(max_examples=60, deadline=None)
@given(
    catalog=sst.catalogs,
    checkin=sst.checkins,
    sizes=st.lists(
        st.sampled_from([1e8, 3e-9, 1 / 3, 0.1, 2.0**-60, -7.25, 1e-300]), min_size=1, max_size=3
    ),
)
def test_scores_are_exact_sums_however_the_points_round(
    catalog: ss.Catalog, checkin: ss.CheckIn, sizes: list[float]
) -> None:
    """Points far apart in size: totals past 2**53 in their unit, scores that round alike."""

    def by_letter(size: float, letter: str) -> ss.Rule:
        @ss.shared_rule("energy")
        def points_by_letter(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
            return ss.Verdict(points=size) if letter in activity.id else ss.KEEP

        points_by_letter.__name__ = f"points_{letter}"
        return points_by_letter

    rules = [*ss.DEFAULT_RULES, *(by_letter(s, "aeiou"[n]) for n, s in enumerate(sizes))]
    recommender = ss.Recommender(catalog, rules)
    plan = recommender.recommend(checkin, limit=5, now=testing.FIXED_NOW)
    assert plain_plan(recommender, checkin, [], 5, testing.FIXED_NOW) == as_triples(plan)


@settings(max_examples=80, deadline=None)
@given(catalog=sst.catalogs, checkins=st.lists(sst.checkins, min_size=1, max_size=3))
def test_a_plan_rule_declared_by_key_picks_as_the_plain_loop(
    catalog: ss.Catalog, checkins: list[ss.CheckIn]
) -> None:
    """A keyed plan rule (`picks_by`) that rejects and scores: the plain loop's plans.

    A pick judges one activity per category and passes over the rest; what it rejects is left
    out of later picks exactly as a walk one activity at a time leaves it out.
    """
    from smallsteps._reach import _category_of, picks_by

    def one_per_category(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        """Leaves out a third pick from a category, and prefers some categories a little."""
        same = sum(a.category == activity.category for a in context.chosen)
        if same >= 2:
            return ss.REJECT
        if same:
            return ss.Verdict(points=-0.75, reason="Another kind would be a change.")
        return ss.Verdict(points=0.25) if activity.category < "m" else ss.KEEP

    keyed = picks_by(_category_of)(ss.plan_rule(ceiling=0.25)(one_per_category))
    rules = [r for r in ss.DEFAULT_RULES if ss.rule_name(r) != "spread_categories"]
    recommender = ss.Recommender(catalog, [*rules, keyed])
    assert recommender._ruleset.pick_key is _category_of
    for checkin in checkins:
        plan = recommender.recommend(checkin, limit=6, now=testing.FIXED_NOW)
        assert plain_plan(recommender, checkin, [], 6, testing.FIXED_NOW) == as_triples(plan)


def test_a_keyed_pick_leaves_out_only_what_it_walked_through() -> None:
    """Rejected at the second pick after the walk stopped: still there for the third.

    Four activities alike but for their ids and categories: the second pick walks through
    `a-two` (left out: the first pick's category), stops at `b-one`, and never reaches
    `c-one`, which the third pick then takes, as the walk one activity at a time did before
    picks went by key. (The plain loop judges every activity at every pick and would leave
    `c-one` out at the second: a plan rule that rejects at one pick and keeps at a later one
    is beyond what the walk promises; the first two picks agree.)
    """
    from smallsteps._reach import _category_of, picks_by

    @picks_by(_category_of)
    @ss.plan_rule(ceiling=0.0)
    def second_pick_elsewhere(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        if len(context.chosen) == 1 and activity.category == context.chosen[0].category:
            return ss.REJECT
        return ss.KEEP

    catalog = ss.Catalog(
        testing.make_activity(activity_id, category=category)
        for activity_id, category in [
            ("a-one", "movement"),
            ("a-two", "movement"),
            ("b-one", "rest"),
            ("c-one", "movement"),
        ]
    )
    recommender = ss.Recommender(catalog, [*ss.DEFAULT_RULES, second_pick_elsewhere])
    checkin = testing.make_checkin()
    plan = recommender.recommend(checkin, now=testing.FIXED_NOW)
    assert ["a-one", "b-one", "c-one"] == [s.activity.id for s in plan.suggestions]
    assert plain_plan(recommender, checkin, [], 3, testing.FIXED_NOW)[:2] == as_triples(plan)[:2]


def test_a_check_in_holds_every_value_a_shared_rule_reads_but_the_grade_and_turn() -> None:
    """The index keeps whole shortlists by check-in, grade and turn (`_index.SECOND_KEY`)."""
    fields = {f.name for f in attrs.fields(ss.CheckIn)}
    assert set(ss.SHARED_FIELDS) - fields == {"grade", "turn"}


@settings(max_examples=80, deadline=None)
@given(catalog=sst.catalogs, checkins=st.lists(sst.checkins, min_size=1, max_size=3))
def test_a_keyed_pick_leaves_out_what_a_walk_one_by_one_would(
    catalog: ss.Catalog, checkins: list[ss.CheckIn]
) -> None:
    """A rule that rejects at one pick and not the next: declared by key or not, one plan.

    Only the activities a pick walked through before it stopped are left out of later picks.
    """
    from smallsteps._reach import _category_of, picks_by

    def second_pick_elsewhere(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
        """At the second pick only, leaves out the first pick's category."""
        if len(context.chosen) == 1 and activity.category == context.chosen[0].category:
            return ss.REJECT
        return ss.Verdict(points=-0.5) if activity.category in ("rest", "glimmer") else ss.KEEP

    def made(keyed: bool) -> ss.Recommender:
        def rule(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
            return second_pick_elsewhere(activity, context)

        rule = ss.plan_rule(ceiling=0.0)(rule)
        return ss.Recommender(
            catalog, [*ss.DEFAULT_RULES, picks_by(_category_of)(rule) if keyed else rule]
        )

    one_by_one, by_key = made(keyed=False), made(keyed=True)
    assert (None, _category_of) == (one_by_one._ruleset.pick_key, by_key._ruleset.pick_key)
    for checkin in checkins:
        expected = one_by_one.recommend(checkin, limit=6, now=testing.FIXED_NOW)
        assert expected == by_key.recommend(checkin, limit=6, now=testing.FIXED_NOW)


@settings(max_examples=300, deadline=None)
@given(
    points=st.lists(st.floats(-1e9, 1e9, allow_subnormal=True), min_size=1, max_size=3),
    more=st.lists(st.floats(-1e9, 1e9, allow_subnormal=True).filter(bool), min_size=1, max_size=3),
)
def test_a_moved_place_scores_as_math_fsum_adds_its_points(
    points: list[float], more: list[float]
) -> None:
    """One float addition where it is one point and one more, `math.fsum` otherwise: alike."""
    from smallsteps._merge import _added

    together = (*points, *more)
    score = math.fsum(together)
    exact = math.fsum((*together, -score)) == 0
    assert _added(tuple(points), tuple(more)) == (score, (score,) if exact else together)
