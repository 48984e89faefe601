"""The person's own terms: what to keep to, what comes first, how much, and a condition."""

from __future__ import annotations

import smallsteps as ss


def _texts(task: str, energy: int = 2) -> list[str]:
    """The texts of a breakdown's shown steps."""
    return [s.text for s in ss.break_down(task, energy).steps]


class TestReading:
    def test_keep_to(self) -> None:
        """Where the task says "just the kitchen", it is what the steps keep to."""
        assert "the kitchen" == ss.read_task("tidy the house, just the kitchen").only

    def test_keep_to_not_a_verb(self) -> None:
        """Where the task says "just keep the streak", it keeps to nothing."""
        assert "" == ss.read_task("duolingo 5 mins just keep the streak").only

    def test_keep_to_not_after_not(self) -> None:
        """Where the task says "not just one", it is no limit."""
        assert "" == ss.read_task("backup thesis to usb AND the cloud, not just one").only

    def test_first(self) -> None:
        """Where the task says "need GP letter first", it puts the letter first."""
        assert (
            "GP letter"
            == ss.read_task("blue badge for Dad - need GP letter first then apply").first
        )

    def test_first_aid_is_no_order(self) -> None:
        """Where the task says "first aid", it says no order."""
        assert "" == ss.read_task("book a place on the first aid course").first

    def test_minutes(self) -> None:
        """Where the task says "15 mins", it is a time box of 15 minutes."""
        assert "15" == ss.read_task("guitar practice 15 min").minutes

    def test_minutes_not_a_length(self) -> None:
        """Where the task says "3 mins max", it is how long a speech is, not a time box."""
        assert "" == ss.read_task("speech for Dad's retirement do, 3 mins max").minutes

    def test_amount(self) -> None:
        """Where the task says "two loads", it is a number of things."""
        assert "two loads" == ss.read_task("do two loads of washing").amount

    def test_amount_not_a_time(self) -> None:
        """Where the task says "b4 8 neighbours", it is no number of things."""
        assert "" == ss.read_task("take bella out b4 8 neighbours complained").amount

    def test_condition(self) -> None:
        """Where the task says "if it's dry", it is a condition, first person said as second."""
        assert "it's dry" == ss.read_task("lawn's a jungle, mow if it's dry").condition

    def test_condition_keeps_already(self) -> None:
        """A condition keeps its "already"."""
        task = "Dad's meds from the blister pack - don't double up if the carer already gave them"
        assert "the carer already gave them" == ss.read_task(task).condition

    def test_no_condition_for_even_if(self) -> None:
        """Where the task says "even if slow", it is a concession, not a condition."""
        assert "" == ss.read_task("20 min walk even if slow").condition

    def test_no_condition_for_a_question(self) -> None:
        """Where the task says "ask if still available", it is the task's own question."""
        assert "" == ss.read_task("dm the seller on vinted ask if still available").condition


class TestSteps:
    def test_condition_first(self) -> None:
        """The condition is checked first."""
        assert "Check first whether it's dry" == _texts("lawn's a jungle, mow if it's dry")[0]

    def test_first_thing_first(self) -> None:
        """What the person says comes first starts the steps."""
        task = "order new blinds for bedroom, measure window first"
        assert "Measure window before anything else" == _texts(task)[0]

    def test_switch_first(self) -> None:
        """Where the task says "stopcock off first", it turns it off before anything else."""
        task = "dripping bathroom tap - stopcock off first"
        assert "Turn the stopcock off before anything else" == _texts(task, 0)[0]

    def test_time_box_replaces_the_usual(self) -> None:
        """Where the task says "20 mins", the timer is 20 minutes, not the ten."""
        texts = _texts("practise guitar 20 mins")
        assert ["Set a timer for 20 minutes, and stop when it goes"] == [
            t for t in texts if t.startswith("Set a timer")
        ]

    def test_amount_said(self) -> None:
        """A number of things is said after the first step."""
        task = "read the 2 articles for tues seminar"
        assert "Aim for 2 articles this time, and let that be enough" == _texts(task)[1]

    def test_keep_to_said(self) -> None:
        """What to keep to is said after the first step, in the kind's words."""
        task = "tidy bedroom floor, just the clothes pile"
        assert "Tidy the clothes pile, and let the rest wait" == _texts(task)[1]

    def test_done_thing_not_fetched(self) -> None:
        """A thing said to be done already is not gathered again."""
        task = "blue badge application for dad, photo and proof of address already done"
        steps = ss.break_down(task, 2)
        texts = [s.text for s in (*steps.steps, *steps.later)]
        assert [] == [t for t in texts if "proof of address" in t]

    def test_done_verb_in_ing(self) -> None:
        """Where the task says "veg already chopped", it leaves out "Do the chopping"."""
        steps = ss.break_down("batch soup for the week, veg already chopped", 2)
        texts = [s.text for s in (*steps.steps, *steps.later)]
        assert [] == [t for t in texts if "chopping" in t]

    def test_no_terms_no_change(self) -> None:
        """A task with no terms has no term step."""
        assert not any(t.startswith(("Check first", "Aim for")) for t in _texts("pay rent"))
