"""The object's class vetoing a kind that cannot act on it (`[kind_needs]`), and steering."""

from __future__ import annotations

import pytest

import smallsteps as ss
from smallsteps._tasklex import default_task_lexicon
from smallsteps._taskneeds import fits, fitting_kind


class TestFits:
    def test_a_kind_that_lists_no_classes_acts_on_anything(self) -> None:
        """`other` and `check-test` list no classes: nothing vetoes them."""
        lex = default_task_lexicon()
        assert fits("check-test", ["money"], lex)
        assert fits("other", ["device"], lex)

    def test_a_kind_acts_on_a_class_it_lists(self) -> None:
        """Packing boxes fits furniture, never money."""
        lex = default_task_lexicon()
        assert fits("pack-move", ["furniture"], lex)
        assert fits("pack-move", ["device"], lex)  # "pack chargers + adaptors" (27th session)
        assert not fits("pack-move", ["money", "account"], lex)

    def test_a_thing_of_no_known_class_may_be_the_one(self) -> None:
        """A noun the lexicon cannot class might be what the act is on."""
        assert fits("pack-move", ["money", "other"], default_task_lexicon())


class TestFittingKind:
    def test_a_kind_that_fits_is_kept(self) -> None:
        """`None`: nothing to steer."""
        lex = default_task_lexicon()
        assert None is fitting_kind("cook", "food", ["food"], [("pay", 0.9)], [], lex)

    @pytest.mark.parametrize("head", ["", "other", "person"])
    def test_an_object_of_no_sure_class_vetoes_nothing(self, head: str) -> None:
        """A name or an unknown thing says too little to veto the kind read."""
        lex = default_task_lexicon()
        assert None is fitting_kind("cook", head, [head], [("pay", 0.9)], [], lex)

    def test_the_first_candidate_that_fits_takes_its_place(self) -> None:
        """Candidates are tried in order; an empty one or one that does not fit is passed."""
        lex = default_task_lexicon()
        preferred = [("", 1.0), ("garden", 1.0), ("pay", 0.8)]
        assert ("pay", 0.8) == fitting_kind("pack-move", "money", ["money"], preferred, [], lex)

    def test_the_models_best_that_fits_has_its_chance_among_those_that_fit(self) -> None:
        """The word model answers last: its kinds that cannot act on the thing are left out."""
        lex = default_task_lexicon()
        ranked = [("pack-move", 0.9), ("pay", 0.06), ("other", 0.02), ("garden", 0.02)]
        kind, chance = fitting_kind("pack-move", "money", ["money"], [], ranked, lex) or ("", 0)
        assert ("pay", 0.75) == (kind, round(chance, 2))


@pytest.mark.parametrize(
    ("task", "vetoed"),
    [
        ("move savings into the isa", "pack-move"),  # money is never packed in boxes
        ("iron tabs w/ orange juice", "wash"),  # tablets are never ironed
        ("cook up a budget for the month", "cook"),
        ("tidy up my account settings", "tidy"),
    ],
)
def test_the_class_vetoes_a_kind_that_cannot_act_on_it(task: str, vetoed: str) -> None:
    """A kind that cannot act on the task's thing gives way to one that can."""
    assert vetoed != ss.read_task(task).kind


@pytest.mark.parametrize(
    ("task", "kind"),
    [
        ("move savings into the isa", "pay"),
        ("pack the kids medicines for the trip", "pack-move"),  # medicines go in a bag
        ("bank, card got declined in Lisbon", "call"),  # "bank" is no verb of paying
    ],
)
def test_the_kind_that_fits_is_read(task: str, kind: str) -> None:
    """The kind steered to, and one a class lets stand."""
    assert kind == ss.read_task(task).kind
