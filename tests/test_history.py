"""The activation loop: history-aware rules, insights, and the simulated fortnight."""

from __future__ import annotations

import datetime as dt
import pathlib
import runpy
from typing import Any

import pytest

import smallsteps as ss
from smallsteps.testing import make_checkin

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 22, 9, 0)
EXAMPLE: dict[str, Any] = runpy.run_path(str(ROOT / "examples" / "journal.py"))


def days_ago(n: float) -> dt.datetime:
    return NOW - dt.timedelta(days=n)


class TestFortnight:
    """The issue's bar, on the example's simulated fortnight."""

    @pytest.fixture
    def lines(self) -> list[str]:
        return EXAMPLE["simulate"](ss.MemoryJournal())  # type: ignore[no-any-return]

    def test_walks_rise_while_plans_vary(self, lines: list[str]) -> None:
        week1 = sum("walk rank 1" in line for line in lines[:7])
        week2 = sum("walk rank 1" in line for line in lines[7:])
        assert 0 == week1
        assert week2 >= 2
        firsts = {line.split(":")[1].split(",")[0].strip() for line in lines}
        assert len(firsts) >= 6

    def test_skipped_steps_bring_smaller_ones(self, lines: list[str]) -> None:
        def first_step(line: str) -> int:
            return int(line.rsplit("first step", 1)[1].split()[0])

        early = sorted(first_step(line) for line in lines[:10])
        late = [first_step(line) for line in lines[12:]]
        assert max(late) < early[len(early) // 2]

    def test_the_example_runs_on_sqlite_too(self, tmp_path: pathlib.Path) -> None:
        with ss.Journal.open(tmp_path / "j.db") as journal:
            assert EXAMPLE["simulate"](journal) == EXAMPLE["simulate"](ss.MemoryJournal())


class TestRules:
    def plan(self, history: list[ss.Entry], **checkin: Any) -> ss.Plan:
        return ss.recommend(make_checkin(**checkin), history, limit=3, now=NOW)

    def test_a_lift_counts_after_three_rated_times(self) -> None:
        def entry(n: int) -> ss.Entry:
            return ss.Entry("sip-of-water", days_ago(n + 2), mood_before=3, mood_after=6)

        twice = self.plan([entry(0), entry(1)], energy=0)
        thrice = self.plan([entry(0), entry(1), entry(2)], energy=0)
        reasons = [r.text for s in thrice.suggestions for r in s.reasons]
        assert any("lifted your mood before: +3.0 on average over 3 times" in r for r in reasons)
        assert not any("lifted your mood" in r.text for s in twice.suggestions for r in s.reasons)

    def test_better_than_expected_is_said(self) -> None:
        e = ss.Entry("sip-of-water", days_ago(2), enjoyment_predicted=2, enjoyment=6)
        first = self.plan([e], energy=0).suggestions
        texts = [r.text for s in first for r in s.reasons]
        assert "Last time it went better than you expected: you guessed 2, and it was 6." in texts

    def test_a_partly_done_step_brings_smaller_ones(self) -> None:
        skipped = [ss.Entry("sip-of-water", days_ago(2), done="partly")]
        plan = self.plan(skipped, energy=3, minutes=30)
        assert all(
            step.seconds <= ss.Energy(2).step_seconds for s in plan.suggestions for step in s.steps
        )
        assert any(s.activity.energy < 3 for s in plan.suggestions)
        texts = [r.text for s in plan.suggestions for r in s.reasons]
        assert not any("fail" in t.lower() or "miss" in t.lower() for t in texts)

    def test_the_same_thing_again_and_again_gives_way(self) -> None:
        top = self.plan([], energy=0).suggestions[0].activity.id
        often = [ss.Entry(top, days_ago(n + 1.5)) for n in range(4)]
        assert top not in [s.activity.id for s in self.plan(often, energy=0).suggestions[:1]]

    def test_categories_rotate_by_date(self) -> None:
        texts = {
            day: [
                r.text
                for s in ss.recommend(
                    make_checkin(energy=2), limit=5, now=NOW + dt.timedelta(days=day)
                ).suggestions
                for r in s.reasons
            ]
            for day in range(10)
        }
        assert any("variety" in t for ts in texts.values() for t in ts)


class TestInsights:
    def entries(self) -> list[ss.Entry]:
        made = []
        for day in range(10):
            at = days_ago(day)
            if day % 2 == 0:
                made.append(ss.Entry("walk-to-a-spot", at, mood_before=4, mood_after=7))
            made.append(
                ss.Entry("sip-of-water", at + dt.timedelta(hours=3), mood_before=4, mood_after=5)
            )
        return made

    def test_with_and_without_days(self) -> None:
        found = ss.insights(self.entries())
        walk = next(i for i in found.activities if i.key == "activity:walk-to-a-spot")
        assert (5, 5, 5) == (walk.times, walk.days_with, walk.days_without)
        assert walk.difference == pytest.approx(1.0)
        assert walk.average_shift == pytest.approx(3.0)
        assert "1.0 points higher" in walk.sentence
        assert walk.sentence in found.sentences

    def test_small_samples_say_so_and_claim_nothing(self) -> None:
        found = ss.insights(self.entries()[:3])
        assert all(i.small_sample for i in (*found.activities, *found.categories))
        assert () == found.sentences
        assert "small sample" in found.activities[0].sentence
        for text in (found.note, *(i.sentence for i in found.activities)):
            assert () == ss.lint_text(text)
            assert "because" not in text
            assert "causes" not in text.replace("what causes what", "")

    def test_round_trip_and_bad_input(self) -> None:
        found = ss.insights(self.entries())
        assert found == ss.from_json(ss.to_json(found), ss.Insights)
        with pytest.raises(ss.ValidationError, match=r"^entries\[0\]: "):
            ss.insights(["walked"])  # type: ignore[list-item]
