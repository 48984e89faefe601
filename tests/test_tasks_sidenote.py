"""A side note typed with no mark between ("price going up") never joins the object."""

from __future__ import annotations

import smallsteps as ss


def test_a_side_note_is_kept_apart() -> None:
    for task, thing, note in (
        ("renew car insurance price going up", "car insurance", "price going up"),
        ("pay water bill already late", "water bill", "already late"),
        ("renew car insurance tho price went up", "car insurance", "tho price went up"),
        ("return jumper they said its fine", "jumper", "they said its fine"),
        ("pay the water bill its overdue", "the water bill", "its overdue"),
    ):
        reading = ss.read_task(task)
        assert reading.object == thing, task
        assert reading.aside == note, task
        assert note in ss.break_down(task, 2).note, task


def test_already_done_is_what_is_done() -> None:
    reading = ss.read_task("post parcel label already printed")
    assert reading.object == "parcel label"
    assert reading.done == "already printed"
    assert reading.aside == ""


def test_no_note_where_none_is_typed() -> None:
    for task, thing in (
        ("check the price of flights", "the price of flights"),
        ("renew car insurance", "car insurance"),
        ("tidy kitchen again", "kitchen"),
    ):
        reading = ss.read_task(task)
        assert reading.object == thing, task
        assert reading.aside == "", task


def test_who_it_is_for_stays_in_the_task() -> None:
    reading = ss.read_task("book dentist again for mum")
    assert reading.aside == ""
    assert "mum" in (reading.whom, *reading.people)
