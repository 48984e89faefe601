"""Reframes and task breakdowns in a locale: every sentence through the documents, by id."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import smallsteps as ss
from smallsteps import _locale
from smallsteps._distortions import distortion_words
from smallsteps._locale import PSEUDO, source_hash
from smallsteps._talk import selftalk_words
from smallsteps._tasktext import task_words

from .helpers import load_script

THOUGHTS = [
    *(d.example_thought for d in ss.distortions()),
    "I am depressed",
    "I'm a burden",
    "I am broken",
    "I'm not good enough",
    "nobody cares about me",
    "I had toast for breakfast",
    "im not going to hurt myself but im so useless",
]
"""A thought for each pattern and self-label, one with none, one with a gentle check."""

TASKS = [
    *(t.title for t in ss.default_tasks().templates),
    "reply to my landlord by friday",
    "ring boss and Sam by 3pm",
    "ring auntie Rose",
    "sort the shed before the frost",
    "fix the bike chain on the 14th",
    "clean the oven w/ bleach",
    "fix the boiler - smell gas",
    "give ellie her calpol",
    "post the parcel (label already printed)",
    "meds!!",
    "get the tree up",
]
"""Every template, and tasks for kinds with people, deadlines, notes, hazards and no object."""


def _foreign(text: str) -> bool:
    return text.startswith("⟦") and text.endswith("⟧")


def _step_tree(steps: tuple[ss.Step, ...]) -> Iterator[ss.Step]:
    for step in steps:
        yield step
        yield from _step_tree(step.parts)


def _shape(steps: tuple[ss.Step, ...]) -> list[Any]:
    return [(s.seconds, s.win, _shape(s.parts)) for s in steps]


def _reframe_texts(r: ss.Reframe) -> list[str]:
    texts = [q.text for q in r.questions] + list(r.starters)
    texts += [t for d in r.distortions for t in (d.name, d.description)]
    texts += [t for t in (r.identity, r.experiment, r.help) if t]
    return texts + ([r.activity.title] if r.activity is not None else [])


def _breakdown_texts(bd: ss.Breakdown) -> list[str]:
    steps = [s.text for s in _step_tree((*bd.steps, *bd.later))]
    lines = (bd.first_step_only, bd.deadline, bd.note, bd.done, bd.caution, bd.anchor)
    texts = [bd.title, bd.why, bd.help, bd.habit_stack, *steps, *lines]
    return [t for t in texts if t] + ([bd.object] if bd.source.startswith("template") else [])


def _printed_lines(text: str) -> list[str]:
    """The lines a person reads, less list marks and the crisis lines' own names and links."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(\d+\.|-)?\s*", "", line)
        if line and not re.match(r"^Find A Helpline: https://", line):
            out.append(line)
    return out


class TestReframeInThePseudoLocale:
    """en-XA: a sentence of a reframe that skips the machinery shows as plain English."""

    @pytest.mark.parametrize("thought", THOUGHTS)
    def test_every_sentence_is_foreign_and_the_thought_is_the_persons(self, thought: str) -> None:
        english, foreign = ss.reframe(thought), ss.reframe(thought, locale=PSEUDO)
        assert [t for t in _reframe_texts(foreign) if not _foreign(t)] == []
        assert foreign.thought == thought
        assert [d.spans for d in foreign.distortions] == [d.spans for d in english.distortions]
        assert [d.id for d in foreign.distortions] == [d.id for d in english.distortions]
        assert [q.id for q in foreign.questions] == [q.id for q in english.questions]
        assert foreign.activity is not None
        assert english.activity is not None
        assert foreign.activity.id == english.activity.id

    @pytest.mark.parametrize("thought", THOUGHTS)
    def test_str_speaks_the_locale(self, thought: str) -> None:
        r = ss.reframe(thought, locale=PSEUDO)
        lines = _printed_lines(str(r))
        assert [line for line in lines if not line.startswith("⟦")] == []
        assert f'"{thought}"' in str(r)  # the person's words, as written, in the frame

    def test_a_crisis_reframe_is_the_notice_in_the_locale(self) -> None:
        r = ss.reframe("i want to die", locale=PSEUDO)
        assert r.crisis
        assert r.notice is not None
        assert str(r) == r.notice.message
        assert _foreign(str(r))

    def test_the_patterns_and_the_self_talk_reach_every_sentence(self) -> None:
        for d in ss.distortions(locale=PSEUDO):
            assert all(_foreign(t) for t in (d.name, d.description, d.example_thought)), d.id
        talk = ss.self_talk(locale=PSEUDO)
        texts = [*talk.affirmations, *talk.starters, *talk.identity.values(), *talk.words.values()]
        texts += [t for ts in talk.icy_path.values() for t in ts]
        texts += [s.text for g in talk.glimmers for s in g.steps]
        assert [t for t in texts if not _foreign(t)] == []
        assert [g.id for g in talk.glimmers] == [g.id for g in ss.self_talk().glimmers]
        assert {k: len(v) for k, v in talk.icy_path.items()} == {
            k: len(v) for k, v in ss.self_talk().icy_path.items()
        }

    def test_the_proof_list_and_the_thought_records_notice(self) -> None:
        proof = ss.ProofList()
        assert _foreign(proof.summary(locale=PSEUDO))
        for n in (1, 2):
            proof = proof.adding("Went to the appointment", dt.date(2026, 11, 19 + n))
            said = proof.summary(locale=PSEUDO)
            assert _foreign(said)
            assert f"{n} " in said
        record = ss.ThoughtRecord("At home", {"sad": 90}, "I want to die")
        notice = record.safety(locale=PSEUDO).notice
        assert notice is not None
        assert _foreign(notice.message)


class TestBreakdownInThePseudoLocale:
    """en-XA over every template and a set of kinds, at every energy level."""

    @pytest.mark.parametrize("task", TASKS)
    def test_every_sentence_is_foreign_and_the_structure_is_the_same(self, task: str) -> None:
        for energy in ss.Energy:
            english = ss.break_down(task, energy)
            foreign = ss.break_down(task, energy, locale=PSEUDO)
            assert [t for t in _breakdown_texts(foreign) if not _foreign(t)] == [], energy
            assert (foreign.source, foreign.task, foreign.reading) == (
                english.source, english.task, english.reading,
            )  # fmt: skip
            assert _shape(foreign.steps) == _shape(english.steps)
            assert _shape(foreign.later) == _shape(english.later)
            assert bool(foreign.habit_stack) == bool(english.habit_stack)

    @pytest.mark.parametrize("task", TASKS)
    def test_str_speaks_the_locale(self, task: str) -> None:
        for energy in (0, 2, 4):
            lines = _printed_lines(str(ss.break_down(task, energy, locale=PSEUDO)))
            assert [line for line in lines if not line.startswith("⟦")] == [], energy

    def test_the_persons_words_stay_as_typed_in_the_locales_frame(self) -> None:
        rose = ss.break_down("ring auntie Rose", 2, locale=PSEUDO)
        assert "auntie Rose" in rose.title
        assert "auntie Rose" in rose.steps[0].text
        frost = ss.break_down("sort the shed before the frost", 2, locale=PSEUDO)
        assert "the frost" in frost.deadline
        assert "before" not in frost.deadline
        friday = ss.break_down("reply to my landlord by friday", 2, locale=PSEUDO)
        assert "Friday" not in friday.deadline  # a day is the library's word, said there
        parcel = ss.break_down("post the parcel (label already printed)", 2, locale=PSEUDO)
        assert "label already printed" in parcel.done
        boss = ss.break_down("ring boss and Sam", 2, locale=PSEUDO)
        assert "boss" in boss.title
        assert "your boss" not in boss.title
        assert "Sam" in boss.steps[1].text

    def test_a_step_kept_to_a_time_box_says_it_in_the_locale(self) -> None:
        boxes = 0
        for task, energy in itertools.product(TASKS, ss.Energy):
            english = ss.break_down(task, energy)
            foreign = ss.break_down(task, energy, locale=PSEUDO)
            for plain, said in zip(english.steps, foreign.steps, strict=True):
                if re.search(r" for \d+ (second|minute)s?$", plain.text):
                    boxes += 1
                    assert said.text.endswith("⟧")
                    assert " for " not in said.text
        assert boxes > 10

    def test_splitting_a_step_keeps_the_locale(self) -> None:
        bd = ss.break_down("sort the shed", 4, locale=PSEUDO)
        whole = [i for i, s in enumerate(bd.steps) if not s.parts and s.seconds > 30]
        split = bd.split(whole[0])
        assert split.locale == PSEUDO
        assert all(_foreign(s.text) for s in split.steps)
        assert len(split.steps) == len(ss.break_down("sort the shed", 4).split(whole[0]).steps)


class TestEnglishAndUnknownLocales:
    """English output is unchanged; a language with no overlay is English, with no error."""

    @pytest.mark.parametrize("locale", ["fr", "en", "en-GB"])
    def test_a_reframe_in_a_locale_with_no_overlay_is_english(self, locale: str) -> None:
        for thought in THOUGHTS:
            english, other = ss.reframe(thought), ss.reframe(thought, locale=locale)
            if locale == "en-GB":  # the region picks the country's lines, not the words
                english = ss.reframe(thought, country="GB")
            assert attrs.evolve(other, locale=None) == english
            assert str(other) == str(english)

    @pytest.mark.parametrize("locale", ["fr", "en"])
    def test_a_breakdown_in_a_locale_with_no_overlay_is_english(self, locale: str) -> None:
        for task, energy in itertools.product(TASKS, (0, 1, 2, 4)):
            english = ss.break_down(task, energy)
            other = ss.break_down(task, energy, locale=locale)
            assert attrs.evolve(other, locale=None) == english, (task, energy)
            assert (str(other), other.habit_stack) == (str(english), english.habit_stack)
            assert attrs.evolve(other.split(0), locale=None) == english.split(0)

    def test_the_self_talk_and_the_patterns(self) -> None:
        assert ss.self_talk(locale="fr") == ss.self_talk()
        assert ss.distortions(locale="fr") == ss.distortions()
        proof = ss.ProofList().adding("A hard day", dt.date(2026, 11, 20))
        assert proof.summary(locale="fr") == proof.summary()
        assert proof.summary() == "1 hard thing already got through. It is on the list for good."

    @pytest.mark.parametrize(
        "call",
        [
            lambda tag: ss.reframe("I'll never feel better", locale=tag),
            lambda tag: ss.break_down("clean the bathroom", 1, locale=tag),
            lambda tag: ss.self_talk(locale=tag),
            lambda tag: ss.distortions(locale=tag),
            lambda tag: ss.ProofList().summary(locale=tag),
        ],
    )
    @pytest.mark.parametrize("tag", ["not a tag!", "español", "e"])
    def test_a_malformed_tag_is_a_validation_error_naming_the_field(
        self, call: Any, tag: str
    ) -> None:
        with pytest.raises(ss.ValidationError, match="locale"):
            call(tag)


@pytest.fixture
def overlays(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """Overlays for a made-up language `xx`, by document: what a translator would ship."""
    written: dict[str, dict[str, Any]] = {}
    shipped = _locale.overlay

    def overlay(tag: str, document: str) -> Any:
        return written.get(document, {}) if tag == "xx" else shipped(tag, document)

    monkeypatch.setattr(_locale, "overlay", overlay)
    _locale._translated.cache_clear()
    yield written
    _locale._translated.cache_clear()
    from smallsteps import _talk, _tasktext

    _talk._in_locale.cache_clear()
    _tasktext.frame_in.cache_clear()


def _entry(english: Any, text: Any) -> tuple[Any, str]:
    return (text, source_hash(english))


class TestARealTranslation:
    """An overlay is used where it was written from today's English, by id, slot and all."""

    def test_a_template_and_its_frame(self, overlays: dict[str, dict[str, Any]]) -> None:
        english = task_words()
        steps = english["task.washing-up.steps"]
        overlays["tasks"] = {
            "task.washing-up.title": _entry("Do the washing up", "Fregar los platos"),
            "task.washing-up.steps": _entry(steps, tuple(f"Paso {n}" for n in range(len(steps)))),
            "words.notice": _entry(english["words.notice"], "Nota cómo te sientes"),
            "words.why_template": _entry(english["words.why_template"], "De {title}: {phrase}"),
        }
        bd = ss.break_down("do the washing up", 4, locale="xx-MX")
        assert bd.title == "Fregar los platos"
        assert bd.why == "De Fregar los platos: do washing up"
        assert bd.steps[0].text == "Paso 0"
        assert bd.steps[-1].text == "Nota cómo te sientes"
        assert "Fregar los platos" in str(bd)

    def test_a_kinds_slot_is_filled_with_the_persons_words(
        self, overlays: dict[str, dict[str, Any]]
    ) -> None:
        english = task_words()
        bd = ss.break_down("ring auntie Rose", 2)
        key = f"kind.{bd.source.removeprefix('kind:')}"
        title = english[f"{key}.title"]
        assert "{" in str(title)
        overlays["tasks"] = {
            f"{key}.title": _entry(title, "Llama a {object}"),
            "words.title_wrong": _entry(title, "{people}"),  # an id English lacks: unused
        }
        assert ss.break_down("ring auntie Rose", 2, locale="xx").title == "Llama a auntie Rose"

    def test_a_stale_or_changed_english_or_other_placeholders_show_the_english(
        self, overlays: dict[str, dict[str, Any]]
    ) -> None:
        overlays["distortions"] = {
            "question.friend": ("¿Qué le dirías a un amigo?", "00000000"),  # stale
            "distortion.fortune-telling.name": _entry("Fortune telling", "Adivinar el futuro"),
        }
        r = ss.reframe("I'll never feel better", locale="xx")
        assert r.distortions[0].name == "Adivinar el futuro"
        assert ss.reframe("I had toast", locale="xx").questions[0].text == (
            "What would you say to a friend who had this thought?"
        )
        mine = ss.TaskBook(
            [ss.TaskTemplate("washing-up", "Wash my cups", "home", ["cups"], [ss.Step("Go", 10)])],
            [],
        )
        overlays["tasks"] = {
            "task.washing-up.title": _entry("Do the washing up", "Fregar"),
            "words.note": _entry("Your note: {note}", "Tu nota"),  # its placeholder is lost
        }
        assert ss.break_down("cups", 2, tasks=mine, locale="xx").title == "Wash my cups"
        noted = ss.break_down("wash the cups (the blue ones)", 2, locale="xx")
        assert noted.note == "Your note: the blue ones"

    def test_the_self_talk(self, overlays: dict[str, dict[str, Any]]) -> None:
        english = selftalk_words()
        overlays["selftalk"] = {
            "words.proof_count_one": _entry(english["words.proof_count_one"], "{count} cosa"),
            "words.proof_count_other": _entry(english["words.proof_count_other"], "{count} cosas"),
        }
        proof = ss.ProofList().adding("A hard day", dt.date(2026, 11, 20))
        assert proof.summary(locale="xx") == "1 cosa"
        assert proof.adding("Another", dt.date(2026, 11, 21)).summary(locale="xx") == "2 cosas"


class TestTheDocuments:
    """What a translator sees: the three documents, by id, in the status script."""

    def test_the_status_script_lists_them(self) -> None:
        documents = load_script("translation_status").documents()
        assert documents["distortions"] == distortion_words()
        assert documents["selftalk"] == selftalk_words()
        assert documents["tasks"] == task_words()

    def test_ids_say_where_each_text_is(self) -> None:
        words = task_words()
        template = ss.default_tasks().template("washing-up")
        assert words["task.washing-up.steps"] == tuple(s.text for s in template.steps)
        assert words["task.washing-up.steps.2"] == tuple(p.text for p in template.steps[1].parts)
        assert str(words["hazard.gas.note"]).startswith("If you smell gas")
        assert words["when.friday"] == "Friday"
        talk = selftalk_words()
        assert talk["affirmation.ask-for-help"] == "I am allowed to ask for help."
        assert distortion_words()["question.friend"] == ss.reframe("I had toast").questions[0].text

    def test_the_new_english_frame_keeps_the_tone_rules(self) -> None:
        frames = {
            **{k: v for k, v in task_words().items() if k.startswith("words.")},
            **{k: v for k, v in distortion_words().items() if k.startswith("words.")},
            **{k: v for k, v in selftalk_words().items() if k.startswith("words.")},
        }
        problems = {
            k: ss.lint_text(v) for k, v in frames.items() if isinstance(v, str) and ss.lint_text(v)
        }
        assert problems == {}


def test_why_names_the_kind_and_the_class_in_the_locale() -> None:
    """`why` says the kind's and the class's names through the tasks document."""
    english = ss.break_down("sell the old bike", 2)
    pseudo = ss.break_down("sell the old bike", 2, locale="en-XA")
    assert english.source == pseudo.source == "kind:sell/vehicle+bike"
    assert '"sell"' in english.why
    assert "(vehicle)" in english.why
    assert "(vehicle)" not in pseudo.why
    assert "⟦véhîçlé" in pseudo.why
    assert "the old bike" in pseudo.why  # the person's own words stay as typed
