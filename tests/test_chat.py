"""The chat example (examples/chat.py): scripted conversations, safety first, odd input, tone."""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smallsteps as ss
from smallsteps import testing

from .helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
CRISIS = "I want to kill myself"


chat = load_script("chat", "examples", "example_chat")

Check = str | Callable[[list[str]], bool]


def run(script: Sequence[tuple[str, Check]], session: Any = None) -> list[list[str]]:
    """Play a script of (message, expected substring or predicate); return every reply."""
    session = session or chat.ChatSession()
    replies = []
    for message, expected in script:
        reply = session.reply(message, NOW)
        if isinstance(expected, str):
            assert expected in "\n".join(reply), (message, reply)
        else:
            assert expected(reply), (message, reply)
        replies.append(reply)
    return replies


def idea_titles(reply: list[str]) -> list[str]:
    """The titles in a plan reply's numbered list ("1. Title: first step")."""
    (ideas,) = [m for m in reply if m.startswith("1. ")]
    return [line.split(". ", 1)[1].split(": ", 1)[0] for line in ideas.splitlines()]


def notice(text: str, country: str | None = None) -> list[str]:
    """The safety notice for a text, as the chat shows it."""
    found = ss.check_safety(text, country).notice
    assert found is not None
    return list(chat.notice_messages(found))


def split_catalog() -> ss.Catalog:
    """One activity whose first step has written parts."""
    tidy = testing.make_activity(
        "tidy-the-desk",
        title="Tidy one corner of the desk",
        category="home",
        steps=[
            ss.Step(
                "Clear one corner of the desk",
                30,
                parts=(ss.Step("Pick up one cup", 10), ss.Step("Set it by the door", 15)),
            ),
            ss.Step("Wipe that corner", 20),
        ],
    )
    return ss.Catalog([tidy])


class TestPlan:
    def test_energy_then_plan(self) -> None:
        """Words about energy and posture build a check-in; each change gives a new plan."""
        run(
            [
                ("hello", "Here is what I can do"),
                ("I'm wiped out", "energy 0 (running on empty), 5 minutes, sitting"),
                ("I'm in bed", "energy 0 (running on empty), 5 minutes, lying down"),
                ("I have 10 minutes", "10 minutes, lying down"),
            ]
        )

    def test_asks_for_energy_first(self) -> None:
        """Without an energy level it asks, listing the five levels; a bare number answers."""
        levels = [f"{int(e)}: {e.label}" for e in ss.Energy]
        run(
            [
                ("I have 10 minutes", lambda r: all(level in "\n".join(r) for level in levels)),
                ("1", "energy 1 (very low), 10 minutes"),
            ]
        )

    @pytest.mark.parametrize(
        ("message", "energy", "minutes", "posture"),
        [
            ("energy 1", 1, 5, "sitting"),
            ("I'm wiped out", 0, 5, "sitting"),
            ("low", 2, 5, "sitting"),
            ("pretty good today", 3, 5, "sitting"),
            ("feeling great, standing up and about", 4, 5, "standing"),
            ("tired, lying down, I have half an hour", 1, 30, "lying"),
            ("so tired, in bed with 2 minutes", 1, 2, "lying"),
        ],
    )
    def test_words_to_checkin(self, message: str, energy: int, minutes: int, posture: str) -> None:
        """Everyday words become the check-in the plan is made for."""
        session = chat.ChatSession()
        session.reply(message, NOW)
        expected = ss.CheckIn(energy, minutes, posture, time_of_day="morning")
        assert expected == session.checkin(NOW)

    @pytest.mark.parametrize(
        "script",
        [
            ["energy 0"],
            ["I'm so tired", "I'm in bed"],
            ["pretty good today", "I have an hour", "standing"],
            ["low", "sitting", "I can go outside"],
        ],
    )
    def test_plan_is_the_librarys(self, script: list[str]) -> None:
        """The plan shown is the library's plan for the same check-in: titles, in order."""
        session = chat.ChatSession()
        reply = [session.reply(message, NOW) for message in script][-1]
        expected = ss.Recommender().recommend(session.checkin(NOW), now=NOW)
        assert expected.suggestions
        assert testing.plan_titles(expected) == idea_titles(reply)
        assert expected == session.plan
        assert expected.suggestions[0].steps[0].text in reply[1]

    def test_pick_then_steps_one_by_one(self) -> None:
        """A number shows that activity's first step; next, all and done walk the rest."""
        session = chat.ChatSession()
        session.reply("energy 1", NOW)
        suggestion = session.plan.suggestions[1]
        steps = ss.size_steps(suggestion.activity.steps, ss.Energy(1))
        assert len(steps) >= 3
        run(
            [
                ("2", f"1. {steps[0]}"),
                ("next", f"2. {steps[1]}"),
                ("all", f"{len(steps)}. {steps[-1]}"),
                ("done", "That was every step"),
            ],
            session,
        )
        assert suggestion.activity.title in session.reply("the second one", NOW)[0]

    def test_pick_words_and_range(self) -> None:
        """Saying "the first one" is the same as 1; a number past the plan gets the count."""
        first = chat.ChatSession()
        first.reply("energy 2", NOW)
        one = chat.ChatSession()
        one.reply("energy 2", NOW)
        assert one.reply("1", NOW) == first.reply("the first one", NOW)
        assert "There are 3 ideas" in one.reply("5", NOW)[0]

    def test_steps_before_a_plan(self) -> None:
        """Next, all and smaller with nothing in focus say what to do first."""
        run(
            [
                ("next", "There is nothing to show yet"),
                ("smaller", "There is nothing to show yet"),
                ("energy 1", "Say a number"),
                ("more", "Say a number from the list first"),
            ]
        )


class TestSmaller:
    def test_smaller_uses_the_written_parts(self) -> None:
        """Saying "smaller" opens the step in focus into its parts, numbered in place."""
        session = chat.ChatSession(ss.Recommender(split_catalog()))
        run(
            [
                ("energy 1", "Tidy one corner of the desk"),
                ("1", "1. Clear one corner of the desk"),
                ("smaller", "1. Pick up one cup (about 10 seconds)\n2. Set it by the door"),
                ("next", "3. Wipe that corner"),
                ("smaller", "about as small as it gets"),
            ],
            session,
        )

    def test_smaller_on_a_breakdown_step(self) -> None:
        """Saying "smaller N" splits a breakdown's Nth step, as ss.split_step does."""
        task = ss.break_down("reply to my landlord", ss.Energy.LOW)
        at = next(i for i, step in enumerate(task.steps) if len(ss.split_step(step)) > 1)
        pieces = ss.split_step(task.steps[at])
        expected = "\n".join(f"{n}. {p}" for n, p in enumerate(pieces, start=at + 1))
        run([("break down reply to my landlord", task.title), (f"smaller {at + 1}", expected)])

    def test_smaller_past_the_steps_shown(self) -> None:
        """A step number not shown yet gets the range to choose from."""
        session = chat.ChatSession(ss.Recommender(split_catalog()))
        run([("energy 1", "Tidy"), ("1", "Clear"), ("smaller 9", "from 1 to 1")], session)


class TestBreakDown:
    @pytest.mark.parametrize(
        "message",
        [
            "break down clean the bathroom",
            "Break it down: clean the bathroom",
            "help me clean the bathroom",
            "I need to clean the bathroom",
            "how do I start to clean the bathroom",
        ],
    )
    def test_ways_to_ask(self, message: str) -> None:
        """Each way of asking gives the library's breakdown of the task."""
        task = ss.break_down("clean the bathroom", ss.Energy.LOW)
        reply = chat.ChatSession().reply(message, NOW)
        assert reply[0].startswith(f"{task.title}, in small steps for energy 2")
        assert "\n".join(f"{n}. {s}" for n, s in enumerate(task.steps, 1)) in reply[1].replace(
            " (stopping here counts)", ""
        )

    def test_energy_said_before_sizes_the_steps(self) -> None:
        """A breakdown uses the energy already told; "more" shows the later steps."""
        task = ss.break_down("do the dishes", ss.Energy(0))
        assert task.later
        run(
            [
                ("I'm wiped out", "energy 0"),
                ("break down do the dishes", f"1. {task.steps[0]}"),
                ("more", f"{len(task.steps) + len(task.later)}. {task.later[-1]}"),
            ]
        )

    def test_no_task_given(self) -> None:
        """Saying "break down" with no task asks what to break down."""
        run([("break down", "What would you like to break down?")])

    def test_after_a_notice_the_chat_stays_and_never_shows_the_menu(self) -> None:
        """A reply that asks nothing right after a crisis notice gets the lines again."""
        replies = run(
            [
                ("i want to die", "emergency number"),
                ("ok", chat.STILL_HERE),
                ("thanks", chat.LINES_HEADING),
                ("my energy is 1", "small things"),  # asked something: answered as usual
                ("ok", "did not catch"),
            ]
        )
        assert not any("Here is what I can do" in line for line in replies[1] + replies[2])

    def test_a_breakdown_says_its_caution(self) -> None:
        """A hazard's safety line ("if you smell gas...") comes with the steps."""
        caution = ss.break_down("fix the gas hob", ss.Energy.LOW).caution
        assert caution
        run([("break down fix the gas hob", caution)])


class TestReframe:
    def test_harsh_thought_then_questions_one_at_a_time(self) -> None:
        """A harsh thought gets the pattern and one question; each answer gets the next."""
        result = ss.reframe("I'm so useless")
        questions = [q.text for q in result.questions]
        assert len(questions) == 3
        pattern = f"It may be {result.distortions[0].name.lower()}"
        run(
            [
                ("I'm so useless", lambda r: pattern in r[1] and questions[0] in r),
                ("one mistake is one mistake", lambda r: questions[1] in r),
                ("I'm so useless", lambda r: questions[2] in r),
                ("I get things wrong sometimes", "A balanced thought could start"),
                ("energy 2", "Here are a few small things"),
            ]
        )

    def test_thought_prefix(self) -> None:
        """A message starting "thought:" reframes what follows, patterns or not."""
        result = ss.reframe("I never get anything right")
        run([("thought: I never get anything right", result.questions[0].text)])
        gentle = ss.reframe("the bus was late")
        run([("Thought: the bus was late", gentle.questions[0].text)])

    def test_skip(self) -> None:
        """Saying "skip" leaves the questions; the next message is read as usual."""
        run(
            [
                ("I always mess things up", "say skip"),
                ("skip", "leave it there"),
                ("energy 1", "energy 1 (very low)"),
            ]
        )


class TestSafety:
    def test_crisis_at_the_start(self) -> None:
        """Crisis language gets the notice and nothing else: lines, fallback, emergency."""
        reply = chat.ChatSession().reply(CRISIS, NOW)
        assert notice(CRISIS) == reply
        assert any("findahelpline.com" in m for m in reply)
        assert "emergency number" in reply[-1]

    def test_someone_else_at_risk(self) -> None:
        """A supporter gets the supporter notice: how to be with them, the same lines."""
        text = "my son told me he has been cutting himself, what do i do"
        reply = chat.ChatSession().reply(text, NOW)
        found = ss.check_safety(text).notice
        assert found is not None
        assert "supporter" == found.kind
        assert reply == notice(text)
        assert chat.SUPPORTER_HEADING in reply
        assert any("findahelpline.com" in m for m in reply)

    def test_crisis_in_the_middle(self) -> None:
        """Mid-conversation, with a plan and a step in focus, the notice is all there is."""
        session = chat.ChatSession()
        run([("energy 1", "Say a number"), ("1", "first step")], session)
        assert notice("I don't want to be here anymore") == session.reply(
            "I don't want to be here anymore", NOW
        )

    @pytest.mark.parametrize(
        "message",
        [
            "break down I want to end it all",
            "help me kms",
            "thought: I want to die",
            "I'm so useless, I want to die",
            "1 I want to kill myself",
        ],
    )
    def test_crisis_inside_a_request(self, message: str) -> None:
        """Inside a request the notice replaces the request's answer."""
        session = chat.ChatSession()
        session.reply("energy 1", NOW)
        assert notice(message) == session.reply(message, NOW)
        assert session.breakdown is None
        assert session.steps == ()

    def test_a_spanish_speaker_is_heard_and_answered_in_spanish(self) -> None:
        """With a locale, the net reads that language and the notice speaks it."""
        reply = chat.ChatSession(locale="es-MX").reply("ya no quiero vivir, quiero matarme", NOW)
        assert reply[0].startswith("Parece que ahora mismo todo pesa mucho.")
        assert "Línea de la Vida: llama al 800 911 2000" in reply
        assert reply[-1] == "Si estás en peligro ahora mismo, llama ya al 911."

    def test_country_lines_first(self) -> None:
        """With a country, its crisis lines come before the international fallback."""
        reply = chat.ChatSession(country="GB").reply(CRISIS, NOW)
        assert "Samaritans: call 116 123" in reply[1]
        assert "Find A Helpline" in reply[3]


class TestOddInput:
    @pytest.mark.parametrize(
        "message",
        [
            "",
            "   ",
            "asdfghjkl",
            "?!",
            "x" * 10_000,
            "🙂🙃🌧️",
            "אני לא יודע",
            "مرحبا كيف حالك",
            "\x00\n\t",
        ],
        ids=["empty", "spaces", "nonsense", "marks", "10k", "emoji", "hebrew", "arabic", "control"],
    )
    def test_a_kind_not_caught(self, message: str) -> None:
        """Nonsense, empty, huge, emoji or right-to-left text gets a kind reply and the menu."""
        reply = chat.ChatSession().reply(message, NOW)
        assert reply[0] == "Sorry, I did not catch that."
        assert chat.MENU in reply

    @given(st.text(max_size=300))
    def test_any_text_gets_a_reply(self, message: str) -> None:
        """Any text, fresh or mid-conversation, never crashes and always gets a reply."""
        for warm_up in ([], ["energy 1", "1"], ["I'm so useless"]):
            session = chat.ChatSession()
            for said in warm_up:
                session.reply(said, NOW)
            reply = session.reply(message, NOW)
            assert reply
            assert all(isinstance(m, str) and m for m in reply)


FULL_SCRIPT = [
    "hi",
    "what can you do",
    "what's next?",
    "plan my week",
    "whats next",
    "I'm wiped out",
    "I'm in bed",
    "I have 10 minutes",
    "1",
    "next",
    "smaller",
    "all",
    "done",
    "the second one",
    "more",
    "break down reply to my landlord",
    "smaller 3",
    "more",
    "I need to do the dishes",
    "I'm so useless",
    "I could be kinder",
    "I get things wrong sometimes",
    "thought: nobody likes me",
    "skip",
    "asdf",
    "",
    CRISIS,
    "pretty good today",
    "I can go outside",
    "3",
    "bye",
]


def test_same_script_same_replies() -> None:
    """Two sessions given the same messages at the same time say the same things."""
    assert run([(m, lambda r: True) for m in FULL_SCRIPT]) == run(
        [(m, lambda r: True) for m in FULL_SCRIPT]
    )


def test_every_reply_passes_the_tone_check() -> None:
    """Every message the bot sends, on every path, passes ss.lint_text."""
    replies = run([(m, lambda r: bool(r)) for m in FULL_SCRIPT])
    testing.assert_kind_text(*(m for reply in replies for m in reply))
    demo = run([(m, lambda r: bool(r)) for m in chat.DEMO])
    testing.assert_kind_text(*(m for reply in demo for m in reply))


def test_goodbye_ends_and_forgets() -> None:
    """Saying "bye" gets "stopping counts", ends the session and forgets the plan."""
    session = chat.ChatSession()
    session.reply("energy 1", NOW)
    assert "Stopping counts" in session.reply("bye", NOW)[0]
    assert session.finished
    assert session.plan is None


class TestMain:
    def test_demo(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no arguments it plays the demo: "you:" and "smallsteps:" lines."""
        assert 0 == chat.main([])
        lines = capsys.readouterr().out.splitlines()
        assert len(chat.DEMO) == len([line for line in lines if line.startswith("you: ")])
        out = "\n".join(lines)
        assert "smallsteps: Here are a few small things" in out

    def test_help_does_not_play_the_demo(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`--help` once played the demo conversation."""
        with pytest.raises(SystemExit) as ended:
            chat.main(["--help"])
        assert 0 == ended.value.code
        out = capsys.readouterr().out
        assert "--interactive" in out
        assert "you: " not in out

    def test_a_bad_country_is_named_at_once(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Checked before the chat starts, not when a notice is needed."""
        with pytest.raises(SystemExit) as ended:
            chat.main(["--country", "XYZ"])
        assert 2 == ended.value.code
        assert "two-letter" in capsys.readouterr().err

    def test_interactive_ends_at_end_of_input(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--interactive reads lines until the input ends, then returns 0."""
        monkeypatch.setattr(sys, "stdin", io.StringIO("energy 1\n1\n"))
        assert 0 == chat.main(["--interactive"])
        out = capsys.readouterr().out
        assert out.count("> ") == 3
        assert "Here is the first step:" in out

    def test_interactive_ends_at_bye(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--interactive stops after "bye", before reading more."""
        monkeypatch.setattr(sys, "stdin", io.StringIO("bye\nenergy 1\n"))
        assert 0 == chat.main(["--interactive"])
        out = capsys.readouterr().out
        assert "Stopping counts" in out
        assert "small things" not in out

    def test_interactive_ends_at_ctrl_c(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Ctrl-C ends the loop quietly."""

        def interrupted(prompt: str) -> str:
            raise KeyboardInterrupt

        monkeypatch.setattr("builtins.input", interrupted)
        assert 0 == chat.main(["--interactive"])


def test_whats_next_answers_from_the_week() -> None:
    """No week yet: an offer to plan one; then the next planned thing, with its nudge."""
    replies = run(
        [
            ("what's next?", "Say plan my week"),
            ("plan my week", "A gentle start: 3 small things"),
            ("what's next?", "Any part of it counts."),
        ]
    )
    week = ss.plan_week(NOW.date(), times=[ss.TimeOfDay.from_time(NOW)], tz=NOW.tzinfo)
    first = ss.due(week, [], NOW)
    assert first is not None
    assert replies[2][1].startswith(first.nudge)


def test_whats_next_during_steps_is_the_next_step() -> None:
    """With an activity's steps in focus, "what's next" is its next step, not the week."""
    session = chat.ChatSession()
    for message in ("pretty low today", "I have 10 minutes and I am sitting", "1"):
        session.reply(message, NOW)
    assert not any("planned week" in line for line in session.reply("whats next", NOW))
