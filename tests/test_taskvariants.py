"""A kind's steps for the job the person's own words name (issue 16, sixteenth session)."""

from __future__ import annotations

import pytest

import smallsteps as ss


class TestTheJobTheWordsName:
    @pytest.mark.parametrize(
        ("task", "source", "says"),
        [
            ("look into swimming lessons for the kids", "kind:check-test+into", "swimming lessons"),
            ("look into a new mattress", "kind:check-test+into", "three options"),
            ("research a new sofa", "kind:check-test+into", "options"),
            ("set up my pension login on the portal", "kind:set-up+app", "confirm"),
            ("unpack the boxes in the spare room", "kind:pack-move+unpack", "its room"),
            ("muck out the rabbits' pen", "kind:pet-care+muck", "fresh bedding"),
            ("get the van booked in for its service", "kind:book/vehicle+service", "garage"),
            ("pelvic floor exercises", "kind:exercise+pelvic", "sheet"),
            ("pelvic floor reps before bed", "kind:exercise+pelvic", "sheet"),
            ("cover the veg patch before the frost", "kind:garden/outdoor-area+cover", "fleece"),
            ("cover the dahlias before the frost", "kind:garden/plant+cover", "fleece"),
            ("spray the roses for greenfly", "kind:garden/plant+spray", "label"),
            ("prune the plum tree", "kind:garden/plant+prune", "secateurs"),
            ("prick out the chilli seedlings", "kind:garden/plant+seedlings", "compost"),
            ("check my blood sugar before lunch", "kind:check-test/body+sugar", "strip"),
            ("bp morning and night this week", "kind:check-test/body+bp", "cuff"),
        ],
    )
    def test_the_variant_for_the_job_answers(self, task: str, source: str, says: str) -> None:
        """The steps are the job's own, not the kind's general shell, and say its thing."""
        bd = ss.break_down(task, energy=2)
        assert source == bd.source
        assert says in " ".join(s.text for s in (*bd.steps, *bd.later))

    def test_a_vehicle_to_hire_keeps_the_hire_steps(self) -> None:
        """A van booked for a move is a hire; only a service or repair goes to the garage."""
        assert "kind:book/vehicle" == ss.break_down("book a van for the move", 2).source

    def test_packing_is_not_unpacking(self) -> None:
        """Packing a bag keeps its own steps."""
        assert "+unpack" not in ss.break_down("pack a bag for the weekend", 2).source

    def test_a_shift_to_cover_is_no_garden(self) -> None:
        """Covering is a garden job only for a plant or the garden itself."""
        assert "garden" != ss.read_task("cover Sam's shift on friday").kind


def test_a_measure_named_alone_is_checked() -> None:
    """Blood sugars jotted with no verb are measured (`objects.toml [acts.measure]`)."""
    r = ss.read_task("blood sugars x4 today")
    assert ("check-test", "body") == (r.kind, r.object_class)
