"""The thing says the act: a lexicon of objects with their usual acts, for weak verbs."""

from __future__ import annotations

import attrs
import pytest

import smallsteps as ss
from smallsteps._taskacts import RULES, by_the_thing, usual_alone
from smallsteps._tasklex import default_task_lexicon
from smallsteps._taskreading import _tokens


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
        """A class read for the same act stays: the MOT is booked, for the car or as a slot.

        The class model that learned slice 20 reads the MOT as an appointment (before, the car,
        a vehicle); either is a booking's class, and the booking stays.
        """
        reading = ss.read_task("MOT for the corsa, due the 14th")
        assert reading.kind == "book"
        assert reading.object_class in ("vehicle", "appointment")

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
        """Five rules, owned things first, the class's act last, each a plain named callable."""
        names = ["lent_to_you", "running_low", "usual_act", "usual_for_the_noun", "usual_alone"]
        assert names == [r.__name__ for r in RULES]

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
            assert act.when in ("", "owned", "running out", "verb", "alone", "usual", "class")


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


class TestTheClassSaysTheAct:
    """A class with one usual act, and families that hold alone, for a loose verb or none."""

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("handle the electric bill", "pay"),
            ("look at the phone bill", "pay"),
            ("sort the box room", "tidy"),
            ("bins tonight", "tidy"),
            ("do the hanging baskets", "garden"),
            ("sort out the uni application", "apply"),
            ("tackle the laundry pile", "wash"),
            ("handle the hotel for the wedding", "book"),
            ("sort the school dinner money", "pay"),
            ("rent", "pay"),
            ("get round to the filing", "tidy"),
        ],
    )
    def test_a_loose_verb_meets_the_usual_act(self, task: str, kind: str) -> None:
        """A loose verb pays the electric bill and tidies the box room."""
        assert kind == ss.read_task(task).kind

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("buy a new duvet cover", "buy"),
            ("clean the spare room", "clean"),
            ("cancel the hotel", "cancel"),
            ("sell the baby clothes", "sell"),
            ("check the water bill", "check-test"),
        ],
    )
    def test_a_strong_verb_still_wins(self, task: str, kind: str) -> None:
        """A verb that says the act keeps it, whatever the class usually asks for."""
        assert kind == ss.read_task(task).kind

    @pytest.mark.parametrize(
        ("task", "not_kind"),
        [
            ("new bedding for the spare room", "wash"),  # "new": bought
            ("baby clothes on vinted", "wash"),  # a noun naming its act: sold
            ("go to the garden centre", "garden"),  # a place, not the thing
            ("ponder the loft conversion", "tidy"),  # the loft is not the task's object
            ("look at my blood test results", "book"),  # the results, not the test
        ],
    )
    def test_the_rest_of_the_task_speaks_first(self, task: str, not_kind: str) -> None:
        """A state, "new", a noun naming its act or a place keep the class's act away."""
        assert not_kind != ss.read_task(task).kind

    @pytest.mark.parametrize("noun", ["parcel", "laptop", "medicine", "jumper", "fine"])
    def test_a_class_that_splits_says_nothing(self, noun: str) -> None:
        """A parcel, a device, a medicine or clothing have no one act; "fine" may be no bill."""
        families = {f for _, f, _ in default_task_lexicon().acts_at([noun], 0)}
        assert not any(f.startswith("class.") for f in families)

    def test_a_class_with_one_act_lends_it_to_its_nouns(self) -> None:
        """Council tax is a bill, and a bill is paid."""
        lex = default_task_lexicon()
        classes = [f for f in lex.acts_at(["council", "tax"], 0) if f[1].startswith("class.")]
        assert [(2, "class.bill", ("council", "tax"))] == classes
        assert lex.acts["class.bill"].kind == "pay"

    def test_an_ambiguous_noun_keeps_an_act_both_its_classes_share(self) -> None:
        """A bin is rubbish or a container, tidied either way; a garage says nothing."""
        lex = default_task_lexicon()
        classes = {f for _, f, _ in lex.acts_at(["bin"], 0) if f.startswith("class.")}
        assert {"class.rubbish"} == classes
        assert not [f for f in lex.acts_at(["garage"], 0) if f[1].startswith("class.")]

    def test_the_class_rule_leaves_a_strong_reading(self) -> None:
        """Read directly: a strong verb's reading goes through `by_the_thing` unchanged."""
        lex = default_task_lexicon()
        reading = ss.read_task("check the water bill")
        assert by_the_thing(reading, _tokens("check the water bill"), lex) == reading
        assert RULES[-1] is usual_alone
