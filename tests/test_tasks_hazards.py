"""Hazards: one calm safety step or note where a careful occupational therapist would put it."""

from __future__ import annotations

import pytest

import smallsteps as ss

GAS_NOW = [
    "smell gas in the kitchen",
    "i can smell gas near the boiler, sort it",
    "fix the hob, gas smell",
    "the co alarm is going off",
    "gas leak!!",
    # a word for gas and a word of a smell or a leak, anywhere, in any order
    "ring british gas about the smell",
    "sort the gas, smells funny near the cooker",
    "propane tank hissing by the bbq",
]


class TestGasEmergency:
    @pytest.mark.parametrize("task", GAS_NOW)
    @pytest.mark.parametrize("energy", [0, 2, 4])
    def test_the_steps_only_get_you_out(self, task: str, energy: int) -> None:
        """A smell of gas now gets the emergency's steps, and none walks back to the gas."""
        bd = ss.break_down(task, energy=energy)
        assert "kind:other/gas-emergency" == bd.source
        assert bd.steps[0].text.startswith("Get outside now")
        back = ("walk over", "stand by", "switch off the power", "plug", "hob", "boiler")
        for step in (*bd.steps[1:], *bd.later):
            said = step.text.casefold()
            assert not any(word in said for word in back if not said.startswith("leave")), said

    @pytest.mark.parametrize(
        "task", ["pay the gas bill", "compare gas and electric prices", "gas safety check"]
    )
    def test_gas_without_a_smell_or_a_leak_is_no_emergency(self, task: str) -> None:
        assert "emergency-gas" not in ss.read_task(task).hazards

    @pytest.mark.parametrize(
        "task",
        ["start the iron tablets the dr gave me", "take the antibiotics the nurse gave me"],
    )
    def test_a_medicine_a_carer_gave_is_the_writers_own(self, task: str) -> None:
        """The doctor who gave it is where it came from: no dose given to the doctor."""
        reading = ss.read_task(task)
        assert reading.object_class != "for-someone"
        assert not reading.people
        steps = " ".join(s.text.casefold() for s in ss.break_down(task, energy=2).steps)
        assert "to the dr" not in steps
        assert "to the nurse" not in steps

    def test_a_smell_earlier_keeps_its_own_steps(self) -> None:
        """A smell said in the past, or only if it comes back, keeps the task's steps."""
        task = (
            "smelt gas by the boiler earlier?? check CO alarm works,"
            " if smell is back ring the emergency line"
        )
        bd = ss.break_down(task, energy=2)
        assert bd.source.startswith("template:")
        assert bd.steps[0].text.startswith("Leave now if you smell gas")


class TestCleaners:
    def test_bleach_and_another_cleaner_get_a_note(self) -> None:
        """Bleach named with another cleaner: a calm note on mixing, at every energy."""
        for energy in (0, 2):
            bd = ss.break_down("clean the bathroom with bleach and limescale remover", energy)
            assert "harmful gas" in bd.caution

    def test_bleach_never_goes_in_a_kettle(self) -> None:
        """A descaler or a drain unblocker is never said as bleach."""
        bd = ss.break_down("descale the kettle and bleach the sink", energy=4)
        texts = " ".join(s.text for s in (*bd.steps, *bd.later))
        assert "kettle halfway with white vinegar and water, or bleach" not in texts


class TestOthers:
    def test_a_dose_for_someone_else_is_checked_before_it_is_measured(self) -> None:
        """Someone else's dose: the packet or a pharmacist first, once, then the dose."""
        texts = [s.text for s in ss.break_down("give ben his calpol", energy=2).steps]
        check = texts.index("Check the dose on the packet, or ask a pharmacist")
        measure = next(i for i, t in enumerate(texts) if t.startswith("Measure"))
        assert check < measure
        assert 1 == sum("dose on the packet" in t for t in texts)
        assert "pop out the tablets" in texts[measure]

    def test_the_helper_comes_before_the_ladder(self) -> None:
        """The gutters: someone to hold the ladder is asked before it goes up."""
        texts = [s.text for s in ss.break_down("clear the gutters", energy=4).steps]
        helper = next(i for i, t in enumerate(texts) if t.startswith("Ask someone to hold"))
        ladder = next(i for i, t in enumerate(texts) if t.startswith("Set the ladder"))
        assert helper < ladder

    def test_raw_meat_has_its_board_and_hand_wash(self) -> None:
        """Raw meat: its own board and clean hands, before the cooking."""
        texts = [s.text for s in ss.break_down("cook the chicken thighs", energy=2).steps]
        assert "Cut raw meat on its own board, then wash your hands" in texts

    def test_fixed_wiring_is_switched_off_at_the_fuse_box(self) -> None:
        """A light fitting: off at the fuse box, and an electrician for new wiring."""
        bd = ss.break_down("change the light fitting in the hall", energy=2)
        assert any("fuse box" in s.text for s in bd.steps)
        assert "electrician" in bd.caution
