"""The task's word classes: a word that may be a verb or a noun, read by where it stands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss
from smallsteps._taskcues import kindless
from smallsteps._tasklex import default_task_lexicon
from smallsteps._taskread import read_by_rules
from smallsteps._taskwordclass import a_thing_here, in_another_thing, noun_or_verb

LEX = default_task_lexicon()


class TestNounOrVerb:
    @pytest.mark.parametrize("word", ["run", "book", "order", "post", "water", "charge", "shift"])
    def test_words_both_lexicons_or_the_set_list(self, word: str) -> None:
        """A word the verb lexicon and the noun lexicon (or `noun_or_verb`) both hold."""
        assert noun_or_verb(word, LEX)

    @pytest.mark.parametrize("word", ["descale", "dentist", "the", "renew"])
    def test_a_verb_alone_or_a_noun_alone_is_not_both(self, word: str) -> None:
        """A verb no noun list holds, or a noun that is no verb, is one class only."""
        assert not noun_or_verb(word, LEX)


class TestWhereTheWordStands:
    @pytest.mark.parametrize(
        "task",
        [
            "the school run tmrw",  # after a determiner, first in the task
            "the run to the tip",
            "Sam's swim at 5",  # after an owner
            "the weekly order",  # after a word that describes
            "new iron",
            "bank charges on the joint account",  # a bank is never charged
            "iron leaking everywhere",  # before how it is
            "lock is stuck",
        ],
    )
    def test_a_thing_where_it_stands(self, task: str) -> None:
        """The word names a thing: the task has no verb."""
        assert "" == read_by_rules(task).verb

    @pytest.mark.parametrize(
        ("task", "verb"),
        [
            ("water the plants", "water"),  # first in the task
            ("post the parcel", "post"),
            ("book the dentist", "book"),
            ("need to charge the phone", "charge"),  # after "to"
            ("pls post the card", "post"),  # after "pls"
            ("gotta file the receipts", "file"),
            ("must order the cake", "order"),
            ("3 parcels to post", "post"),
            ("have a shower", "shower"),  # a light verb: the thing is the act
            ("tablet updates tonight", "update"),  # its object typed first
            ("meds order", "order"),
        ],
    )
    def test_a_verb_where_it_stands(self, task: str, verb: str) -> None:
        """The word is the task's verb."""
        assert verb == read_by_rules(task).verb

    def test_a_thing_after_a_determiner_whatever_the_word(self) -> None:
        """After a determiner any verb of the lexicon names a thing ("the clean")."""
        assert a_thing_here(["the", "clean"], 1, 1, LEX)

    def test_an_owner_typed_with_an_apostrophe(self) -> None:
        """A word typed as an owner ("Sam's") is followed by a thing."""
        assert a_thing_here(["sams", "swim"], 1, 0, LEX, frozenset({0}))
        assert not a_thing_here(["swim", "sams"], 0, 0, LEX)

    @given(hst.lists(hst.sampled_from(["the", "run", "bank", "to", "2", "new", "is", "x"])))
    def test_any_words(self, words: list[str]) -> None:
        """Any words, any place: an answer, never an error."""
        for at in range(len(words)):
            assert a_thing_here(words, at, 0, LEX) in (True, False)


class TestTheKindOfATaskWithNoVerb:
    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("iron leaking everywhere", "fix"),  # the state says it
            ("lock is stuck", "fix"),
            ("new iron", "buy"),
            ("bank charges on the joint account", "pay"),  # no device to charge
            ("food bank shift sat 9-12", "other"),  # no packing, no bank visit
            ("water rates", "pay"),  # no watering
        ],
    )
    def test_the_thing_says_the_act(self, task: str, kind: str) -> None:
        assert kind == ss.read_task(task).kind

    def test_the_head_of_a_compound_speaks(self) -> None:
        """Of two nouns that each name an act, the last: "meds order" is ordered."""
        assert "order" == kindless(LEX, ["meds", "order"], "")

    def test_a_word_whose_act_cannot_be_says_none(self) -> None:
        """A run after groceries is an errand: its noun kind (exercise) is not read."""
        assert "exercise" != kindless(LEX, ["grocery", "run"], "")
        assert "exercise" == kindless(LEX, ["morning", "run"], "")


class TestACompoundIsOneThing:
    @pytest.mark.parametrize(
        ("words", "said", "found"),
        [
            (["food", "bank", "shift"], "bank", "other"),  # the end of a charity
            (["bank", "holiday", "plans"], "bank", "event"),  # the start of a day off
            (["go", "to", "the", "bank"], "bank", ""),  # the bank itself
            (["dentist", "appointment"], "dentist", ""),  # still the dentist's
            (["pay", "the", "gas", "bill"], "bill", ""),  # a bill is a bill
        ],
    )
    def test_a_part_of_another_thing(self, words: list[str], said: str, found: str) -> None:
        """The class of the longer thing a word names only part of, or ""."""
        assert found == in_another_thing(words, frozenset({said}), LEX)

    @pytest.mark.parametrize(
        ("task", "template"),
        [
            ("go to the bank", "template:go-to-the-bank-or-cash-machine"),
            ("replace the light bulb", "template:change-a-light-bulb"),  # no plant bulb
            ("pay the water bill", "template:pay-a-bill"),
        ],
    )
    def test_a_template_for_the_thing_itself_answers(self, task: str, template: str) -> None:
        assert template == ss.break_down(task).source

    @pytest.mark.parametrize("task", ["food bank shift sat 9-12", "bank holiday plans"])
    def test_no_template_for_a_part_of_it(self, task: str) -> None:
        """The word "bank" inside "food bank" or "bank holiday" never meets the bank visit."""
        assert "template:go-to-the-bank-or-cash-machine" != ss.break_down(task).source


class TestAnAppointmentToGoTo:
    @pytest.mark.parametrize(
        "task", ["dentist 3pm thurs", "gp 9.10 monday", "hair appt 3pm", "optician 11am sat"]
    )
    def test_with_its_clock_time_it_is_booked_already(self, task: str) -> None:
        reading = ss.read_task(task)
        assert ("other", "appointment") == (reading.kind, reading.object_class)

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("dentist for Ella", "book"),  # no time: still to book
            ("gp appt for my knee - lines open 8am, be quick", "book"),  # when to ring
            ("GP at 8am sharp for an appt", "call"),  # an appointment to ask for
            ("book dentist 3pm thurs", "book"),  # the verb says it
        ],
    )
    def test_otherwise_its_usual_act(self, task: str, kind: str) -> None:
        assert kind == ss.read_task(task).kind

    def test_the_steps_get_you_there(self) -> None:
        breakdown = ss.break_down("dentist 3pm thurs", energy=ss.Energy(2))
        assert "Go to your dentist" == breakdown.title
        assert "kind:other/appointment" == breakdown.source
        assert "Put your card, any letter and your questions by the door" in [
            s.text for s in breakdown.steps
        ]
