"""The command line's interactive check-in: a console that asks, and a walk through steps.

Every question is read for crisis language first: the safety notice comes before anything
else, with the choice to stop there. `_cli` runs it; this module only asks and answers.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Final, TypeVar

import smallsteps as ss

__all__ = [
    "CRISIS_WORDS",
    "MINUTES",
    "TEXT",
    "Console",
    "Quit",
    "crisis_words",
    "notice_text",
    "session",
    "whole",
]

T = TypeVar("T")

TEXT: Final[dict[str, str]] = tomllib.loads(
    (resources.files("smallsteps") / "data" / "cli.toml").read_text("utf-8")
)["text"]
"""Every fixed string the command line prints, from `data/cli.toml`, so the tests lint them all."""

CRISIS_WORDS: Final = (
    "notice_options",
    "notice_grounding",
    "notice_plan",
    "notice_supporter_options",
    "notice_supporter_plan",
    "crisis_stop_ask",
    "crisis_stopped",
    "crisis_go_on",
    "plan_intro",
)
"""The command line's own words around a safety notice and the blank safety plan: the
`cli-crisis` document, translated with the notice (`data/locales/<tag>/cli-crisis.toml`);
the rest of the command line is English."""


def crisis_words(locale: str | None) -> dict[str, str]:
    """The command line's words around a notice, in the locale's language where they ship."""
    from ._locale import translated

    english = {k: TEXT[k] for k in CRISIS_WORDS}
    return {k: str(v) for k, v in translated("cli-crisis", english, locale).items()}


_QUIT: Final = frozenset({"q", "quit"})
MINUTES: Final = 5
"""The minutes offered when the person does not say."""


# -- the safety notice --------------------------------------------------------------------


def notice_text(notice: ss.SafetyNotice, locale: str | None = None) -> str:
    """The notice as plain text: warm words, the lines, the emergency line, other options.

    A notice for a supporter (someone worried about another person) lists how to be with
    them instead of other ways to get support, and offers the plan to fill in together. With
    a locale whose words ship, the words around the notice are in its language; the lines'
    own notes, and the grounding step's (the catalog is English), are shown only in English.
    """
    words = crisis_words(locale)
    english = ss.parse_locale(locale).language == "en" if locale else True
    supporter = notice.kind == "supporter"
    lines = [notice.message, ""]
    shown = notice.lines or tuple(str(line) for line in notice.resources)
    lines += [
        f"  {text}. {line.note if english else ''}".rstrip()
        for text, line in zip(shown, notice.resources, strict=False)
    ]
    heading = words["notice_supporter_options" if supporter else "notice_options"]
    lines += ["", notice.emergency, "", heading]
    lines += [f"  - {option}" for option in notice.options]
    if notice.grounding is not None and english:
        lines.append(words["notice_grounding"].format(title=notice.grounding.title.lower()))
        lines += [f"  - {step.text}" for step in notice.grounding.steps[:3]]
    lines.append(words["notice_supporter_plan" if supporter else "notice_plan"])
    return "\n".join(lines)


# -- the check-in -------------------------------------------------------------


class Quit(Exception):  # noqa: N818 - stopping is a choice, not an error
    """The person chose to stop; the message says goodbye."""

    def __init__(self, message: str = TEXT["goodbye"]) -> None:
        super().__init__(message)
        self.message = message


class Console:
    """Asks questions on stdin, checks every answer for crisis language, re-asks kindly."""

    def __init__(self, country: str | None, locale: str | None = None) -> None:
        self.country = country
        self.locale = locale

    def ask(
        self,
        prompt: str,
        parse: Callable[[str], T],
        expected: str,
        *,
        quit_words: frozenset[str] = _QUIT,
    ) -> T:
        """Ask until `parse` takes the answer; crisis words first show the notice."""
        while True:
            answer = input(prompt).strip()
            if answer and self._crisis(answer):
                continue
            if answer.lower() in quit_words:
                raise Quit
            try:
                return parse(answer)
            except ValueError:
                print(TEXT["again"].format(expected=expected))

    def _crisis(self, answer: str) -> bool:
        """Show the notice for crisis language and offer to stop; `True` to ask again."""
        check = ss.check_safety(answer, self.country, locale=self.locale)
        if check.notice is None:
            return False
        words = crisis_words(self.locale)
        print(f"\n{notice_text(check.notice, self.locale)}\n")
        reply = input(words["crisis_stop_ask"]).strip()
        again = ss.check_safety(reply, self.country, locale=self.locale)
        if reply.lower() not in ("n", "no") or again.crisis:
            raise Quit(words["crisis_stopped"])
        print(words["crisis_go_on"])
        return True


def whole(low: int, high: int, default: int | None = None) -> Callable[[str], int]:
    """A whole number from `low` to `high` (`default` for an empty answer); else `ValueError`."""

    def parse(answer: str) -> int:
        if not answer and default is not None:
            return default
        value = int(answer)
        if not low <= value <= high:
            raise ValueError(answer)
        return value

    return parse


def _mood(answer: str) -> int | None:
    return None if answer.lower() in ("", "skip", "q") else whole(0, 10)(answer)


def _one_of(options: Sequence[str], default: str | None = None) -> Callable[[str], str]:
    """A word from `options`, by number, by name or by the start of a name."""

    def parse(answer: str) -> str:
        if not answer and default is not None:
            return default
        if answer.isdigit() and 1 <= int(answer) <= len(options):
            return options[int(answer) - 1]
        found = [o for o in options if answer and o.startswith(answer.lower())]
        if len(found) != 1:
            raise ValueError(answer)
        return found[0]

    return parse


def _pick(count: int) -> Callable[[str], int | None]:
    def parse(answer: str) -> int | None:
        if answer.lower() in ("none", "n", "no", "q"):
            return None
        return whole(1, count, default=1)(answer) - 1

    return parse


_STEP_ANSWERS: Final = {
    **dict.fromkeys(("", "d", "done"), "done"),
    **dict.fromkeys(("s", "smaller"), "smaller"),
    **dict.fromkeys(("x", "stop", "q"), "stop"),
}


def _step_answer(answer: str) -> str:
    action = _STEP_ANSWERS.get(answer.lower())
    if action is None:
        raise ValueError(answer)
    return action


def _walk(console: Console, suggestion: ss.Suggestion) -> ss.Completion:
    """Go through the steps one at a time; return how much was done."""
    print(f"\n{suggestion.activity.title}\n{TEXT['steps_intro']}")
    queue, done = list(suggestion.steps), 0
    while queue:
        print(TEXT["step"].format(n=done + 1, total=done + len(queue), step=queue[0]))
        action = console.ask(
            TEXT["step_ask"], _step_answer, TEXT["step_expected"], quit_words=frozenset()
        )
        if action == "done":
            done += 1
            queue.pop(0)
        elif action == "smaller":
            parts = ss.split_step(queue[0])
            if parts == (queue[0],):
                print(TEXT["smallest"])
                continue
            if len(parts) == 1:
                print(TEXT["smaller_one"])
            else:
                print(TEXT["smaller"], *(f"  - {part}" for part in parts), sep="\n")
            queue[:1] = parts
        else:
            print(TEXT["stopped"])
            return ss.Completion.PARTLY if done else ss.Completion.NOT_DONE
    print(TEXT["all_done"])
    if suggestion.more_steps:
        print(TEXT["more_later"].format(count=suggestion.more_steps))
    return ss.Completion.DONE


def session(console: Console, now: dt.datetime, history: list[ss.Entry]) -> ss.Entry | None:
    """Ask, plan, walk, rate: the entry to record, or `None` when nothing was picked."""
    print(TEXT["energy_intro"])
    for level in ss.Energy:
        words = {"label": level.label, "description": level.description}
        print(TEXT["energy_level"].format(level=int(level), **words))
    energy = console.ask(TEXT["energy_ask"], whole(0, 4), TEXT["energy_expected"])
    minutes = console.ask(
        TEXT["minutes_ask"].format(default=MINUTES),
        whole(1, 1440, MINUTES),
        TEXT["minutes_expected"],
    )
    postures = [p.value for p in ss.Posture]
    posture = console.ask(TEXT["posture_ask"], _one_of(postures), TEXT["posture_expected"])
    clock = ss.TimeOfDay.from_time(now).value
    time_of_day = console.ask(
        TEXT["time_ask"].format(default=clock),
        _one_of([t.value for t in ss.TimeOfDay], clock),
        TEXT["time_expected"],
    )
    checkin = ss.CheckIn(energy, minutes, posture, time_of_day)
    recommender = ss.Recommender(ss.installed_catalog())
    plan = recommender.recommend(
        checkin, history, now=now, country=console.country, locale=console.locale
    )
    print(f"\n{plan}\n")
    if not plan.suggestions:
        print(TEXT["nothing_fits"])
        return None
    count = len(plan.suggestions)
    chosen = console.ask(
        TEXT["pick_ask"],
        _pick(count),
        TEXT["pick_expected"].format(count=count),
        quit_words=frozenset(),
    )
    if chosen is None:
        print(TEXT["none_picked"])
        return None
    suggestion = plan.suggestions[chosen]
    mood_before = console.ask(TEXT["mood_before_ask"], _mood, TEXT["mood_expected"])
    completion = _walk(console, suggestion)
    mood_after = console.ask(
        TEXT["mood_after_ask"], _mood, TEXT["mood_expected"], quit_words=frozenset()
    )
    return ss.Entry(
        suggestion.activity.id,
        now,
        done=completion,
        mood_before=mood_before,
        mood_after=mood_after,
        energy=checkin.energy,
    )
