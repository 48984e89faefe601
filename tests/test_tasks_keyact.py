"""A loose verb's object says its usual act, and a kind's steps reach the act that counts."""

from __future__ import annotations

import pytest

import smallsteps as ss
from smallsteps._errors import ValidationError
from smallsteps._model import Step
from smallsteps._taskending import key_acts
from smallsteps._taskitems import TaskKind


class TestTheNounSaysTheAct:
    """A noun's usual act (`verbs.toml [usual_kind]`) for a loose verb, or a lone word."""

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("sort out the energy company", "call"),
            ("handle the energy supplier", "call"),
            ("deal with the car tax", "pay"),
            ("rent", "pay"),
            ("rent!!", "pay"),
            ("do 2 past papers", "study"),
        ],
    )
    def test_a_loose_verb_reads_the_noun_s_act(self, task: str, kind: str) -> None:
        """A loose verb on the energy company is a call; "rent" jotted alone is paid."""
        assert kind == ss.read_task(task).kind

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("sort the kids clothes into keep and charity piles", "tidy"),  # "into": sorting
            ("do my duolingo spanish", "practise"),  # two nouns disagree: the model's
            ("look at the gutters after the storm", "check-test"),  # "look at" means it
        ],
    )
    def test_a_verb_with_a_meaning_keeps_it(self, task: str, kind: str) -> None:
        """Words that say what the loose verb means, or a verb with its own, keep the reading."""
        assert kind == ss.read_task(task).kind

    def test_the_thing_s_own_words_say_no_other_act(self) -> None:
        """A gym bag is packed: "gym" inside the thing is no exercise."""
        assert "pack-move" == ss.read_task("gym bag for tomorrow").kind

    @pytest.mark.parametrize(
        ("task", "kind"),
        [("bathroom is disgusting", "clean"), ("kitchen is a mess", "tidy")],
    )
    def test_a_state_says_the_act(self, task: str, kind: str) -> None:
        """A dirty room is cleaned, a messy one tidied."""
        assert kind == ss.read_task(task).kind


class TestTheKeyAct:
    """A kind's pattern names its key act (`TaskKind.key_act`); the steps shown reach it."""

    def test_every_pattern_names_a_key_act(self) -> None:
        """Each pattern's key act is a step of its own, or a step with a word of `key_acts`."""
        book = ss.default_tasks()
        said = key_acts(book._words)
        assert said is not None

        def texts(step: Step) -> list[str]:
            return [step.text, *(t for p in step.parts for t in texts(p))]

        for kind in book.kinds:
            every = [t for s in kind.steps for t in texts(s)]
            assert kind.key_act or any(said(t) for t in every), kind.key

    def test_a_key_act_is_one_of_the_steps(self) -> None:
        """A key act no step holds is refused by name."""
        with pytest.raises(ValidationError, match="key_act"):
            TaskKind("tidy", "Tidy {object}", (Step("Stand up", 10),), key_act="Sit down")

    def test_the_key_act_ends_on_its_last_part(self) -> None:
        """A key step swapped for its parts at low energy ends on its last part."""
        parts = (Step("Do step one", 60), Step("Do step two", 60))
        kind = TaskKind(
            "assemble",
            "Build {object}",
            (Step("Open the box", 20), Step("Build it", 300, parts=parts)),
            key_act="Build it",
        )
        assert ("Build it", "Do step two") == kind.key_texts(kind.steps)

    @pytest.mark.parametrize(
        ("task", "key"),
        [
            ("sell the old sofa", "Write a listing for the old sofa and put it up"),
            ("give jack his calpol at 6", "Give his calpol to Jack the way the label says"),
        ],
    )
    def test_the_steps_shown_reach_it(self, task: str, key: str) -> None:
        """At energy 2 the listing is put up, the dose given: not the step before."""
        shown = [s.text for s in ss.break_down(task, energy=2).steps]
        assert key == shown[-2]

    def test_the_lowest_energy_still_shows_two(self) -> None:
        """At energy 0 the first step stays a whole win: no steps are added to reach the act."""
        assert 3 == len(ss.break_down("sell the old sofa", energy=0).steps)


class TestTheTemplatesKeyAct:
    """A saved template names its key act too (`TaskTemplate.key_act`)."""

    def test_a_template_s_key_act_is_one_of_its_steps(self) -> None:
        """Every template's key act, where it names one, is the text of one of its steps."""
        for template in ss.default_tasks().templates:
            if template.key_act:
                assert template.key_act in {s.text for s in template.steps}, template.id

    def test_the_steps_shown_reach_the_tricky_part(self) -> None:
        """At energy 2 an instrument's practice reaches the tricky part, not only the warm-up."""
        bd = ss.break_down("practise piano 20 mins", energy=2)
        assert "template:practise-an-instrument" == bd.source
        assert "Play the tricky part slowly, three times" == bd.steps[-2].text


class TestAJourneyIsNotTimeBoxed:
    """A step that goes somewhere keeps its words at low energy; a walk for itself is boxed."""

    def test_the_walk_to_the_shop_names_no_seconds(self) -> None:
        breakdown = ss.break_down("new bath mat for the bathroom", energy=0)
        steps = [s.text for s in (*breakdown.steps, *breakdown.later)]
        assert "Walk or drive to the shop" in steps
        assert not any("shop for" in s for s in steps)

    def test_a_walk_of_a_while_is_still_boxed(self) -> None:
        from smallsteps._sizing import size_steps
        from smallsteps._taskending import durative

        words = {"durative": ["walk"], "journey": ["walk to"]}
        steps = [Step("Walk round the block", 600), Step("Walk to the shop", 600)]
        sized = size_steps(steps, 0, boxed=durative(words))
        assert [s.text for s in sized] == [
            "Walk round the block for 30 seconds",
            "Walk to the shop",
        ]
