"""The thing says the act: a lexicon of objects with their usual acts, for weak verbs."""

from __future__ import annotations

import attrs
import pytest

import smallsteps as ss
from smallsteps._taskacts import RULES, by_the_thing
from smallsteps._tasklex import default_task_lexicon


class TestTheThingSaysTheAct:
    @pytest.mark.parametrize(
        ("task", "kind", "object_class"),
        [
            ("jess's casserole dish", "return", "person"),
            ("next door's ladder", "return", "person"),
            ("mums tupperware", "return", "person"),
            ("bbq b4 sat", "cook", "event"),
            ("recharge dstv", "pay", "subscription"),
            ("top up airtime", "pay", "subscription"),
            ("acuvue oasys -2.25 running out", "order", ""),
            ("haircut sat morn if they have a slot", "book", "appointment"),
            ("sort the mot", "book", "appointment"),
            ("do the claws", "pet-care", "pet"),
        ],
    )
    def test_a_weak_verb_leaves_the_act_to_the_thing(
        self, task: str, kind: str, object_class: str
    ) -> None:
        """With no verb or a weak one, the thing's family says what is done with it."""
        reading = ss.read_task(task)
        expected = (kind, object_class or reading.object_class)
        assert expected == (reading.kind, reading.object_class)

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("wash the casserole dish", "wash"),
            ("buy ink", "buy"),
            ("clean the bbq", "clean"),
            ("buy a bbq", "buy"),
            ("cancel netflix", "cancel"),
            ("get flea treatment for the cat", "buy"),
        ],
    )
    def test_a_strong_verb_still_wins(self, task: str, kind: str) -> None:
        """A verb that says the act keeps it, whatever the thing usually asks for."""
        assert kind == ss.read_task(task).kind

    def test_the_person_who_lent_it_is_named(self) -> None:
        """Someone's dish goes back to them: the steps name them, with a capital."""
        reading = ss.read_task("jess's casserole dish")
        assert ("Jess's casserole dish", ("Jess",)) == (reading.object, reading.people)
        steps = [s.text for s in ss.break_down("jess's casserole dish", 4).steps]
        assert any("Jess" in s and "Text" in s for s in steps)
        assert not any("receipt" in s for s in steps)

    def test_a_time_is_no_owner(self) -> None:
        """A time before "'s" is no owner: last night's dishes are washed, not given back."""
        assert "return" != ss.read_task("last night's dishes. all of them.").kind

    def test_running_out_drops_the_words_for_it(self) -> None:
        """Lenses running out are ordered by their name, without "running"."""
        assert "acuvue oasys -2.25" == ss.read_task("acuvue oasys -2.25 running out").object

    def test_a_day_is_not_a_verb(self) -> None:
        """A day read as a verb leaves the act to the thing: the haircut is booked, not "morn"."""
        assert "the haircut" == ss.read_task("haircut sat morn if they have a slot").object

    def test_a_day_misread_leaves_another_kind_alone(self) -> None:
        """A day misread leaves another kind alone: a hairdresser's clash is no booking."""
        assert "book" != ss.read_task("hairdresser sat, clashes w/ wedding").kind

    def test_a_class_of_the_same_act_stays(self) -> None:
        """A class read for the same act stays: the MOT is booked for the car, a vehicle."""
        reading = ss.read_task("MOT for the corsa, due the 14th")
        assert ("book", "vehicle") == (reading.kind, reading.object_class)

    def test_the_patterns_name_the_thing_and_reach_the_act(self) -> None:
        """A bbq lights the barbecue; a top-up pays for the top-up."""
        shown = ss.break_down("bbq b4 sat", 4)
        bbq = [s.text for s in (*shown.steps, *shown.later)]
        dstv = [s.text for s in ss.break_down("recharge dstv", 4).steps]
        assert any("Light the barbecue" in s for s in bbq)
        assert any("Pay for the top-up" in s for s in dstv)
        assert any("dstv" in s for s in dstv)


class TestTheRules:
    def test_rules_are_a_visible_ordered_list(self) -> None:
        """Three rules, owned things first, each a plain named callable."""
        assert ["lent_to_you", "running_low", "usual_act"] == [r.__name__ for r in RULES]

    def test_a_lexicon_without_acts_leaves_the_reading(self) -> None:
        """With no families of things, the reading is as it was."""
        lex = attrs.evolve(default_task_lexicon(), acts={})
        reading = ss.read_task("bbq b4 sat")
        assert reading is by_the_thing(reading, (), lex)

    def test_every_family_names_a_known_kind_and_class(self) -> None:
        """Each family's act is a kind of the lexicon, its class one of its classes."""
        lex = default_task_lexicon()
        for act in lex.acts.values():
            assert act.kind in lex.kinds
            assert act.object_class in ("", *lex.classes)
            assert act.when in ("", "owned", "running out", "verb")


class TestPlacesAndPharmacies:
    def test_boxes_for_the_storage_unit_are_taken_there(self) -> None:
        """Boxes named with a storage unit are carried there, not packed anew."""
        shown = ss.break_down("boxes to the storage unit", 4)
        steps = [s.text for s in (*shown.steps, *shown.later)]
        assert any("storage unit" in s for s in steps)
        assert not any("Fold the box" in s for s in steps)

    def test_a_prescription_by_its_us_words_is_collected(self) -> None:
        """A prescription typed "rx" at "cvs" meets the template for picking one up."""
        assert "template:pick-up-a-prescription" == ss.break_down("pick up rx at cvs", 2).source
