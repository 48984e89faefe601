"""Two to-dos typed as one: steps for the first, a calm line naming the second."""

from __future__ import annotations

import pytest

import smallsteps as ss


@pytest.mark.parametrize(
    ("task", "then"),
    [
        ("top up airtime + pay the electric", "pay the electric"),
        ("ring gp then pick up meds", "pick up meds"),
        ("ring mum and then text sam", "text sam"),
        ("hoover the lounge & do the dishes", "do the dishes"),
    ],
)
def test_the_second_to_do_is_named_after_the_steps(task: str, then: str) -> None:
    assert ss.read_task(task).then == then
    bd = ss.break_down(task, 2)
    assert bd.note.endswith(f"Then, when you are ready: {then}")
    assert then not in bd.title


@pytest.mark.parametrize(
    "task",
    [
        "strip + wash beds, guests sat",  # the beds are both verbs' thing
        "check oil + water in the car",  # water is a thing here
        "wrap glasses + plates for the move",
        "get toothpaste + shampoo from boots",
        "boil the kettle then",
        "use the red board & wash hands after",  # a care step of the task
        "clear the gutters, borrow a ladder + get someone to hold it",
        "wash and dry the dishes",
    ],
)
def test_one_task_is_not_split(task: str) -> None:
    assert ss.read_task(task).then == ""


def test_the_first_to_do_is_read_alone() -> None:
    reading = ss.read_task("ring gp then pick up meds")
    assert reading.kind == "call"
    assert "meds" not in reading.object
