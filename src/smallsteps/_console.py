"""The command line's interactive check-in: a console that asks, and a walk through steps.

Every question is read for crisis language first: the safety notice comes before anything
else, with the choice to stop there. `_clicommands` runs it; this module only asks and
answers, in the words of the locale it is given (`_cliwords`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Final, TypeVar

import smallsteps as ss

from ._cliwords import ANSWERS, Words, crisis_words, words_in
from ._locale import PSEUDO
from ._strings import document_in

__all__ = ["MINUTES", "Console", "Quit", "notice_text", "session", "whole"]

T = TypeVar("T")

MINUTES: Final = 5
"""The minutes offered when the person does not say."""


# -- the safety notice --------------------------------------------------------------------


def notice_text(notice: ss.SafetyNotice, locale: str | None = None) -> str:
    """The notice as plain text: warm words, the lines, the emergency line, other options.

    A notice for a supporter (someone worried about another person) lists how to be with
    them instead of other ways to get support, and offers the plan to fill in together. With
    a locale whose words ship, the words around the notice are in its language, and so is
    the grounding step where the catalog's words for it ship; the lines' own notes are
    English data, shown only in English.
    """
    words = crisis_words(locale)
    english = _plain_english(locale)
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
    grounding = notice.grounding if english else _grounding_in(notice.grounding, locale)
    if grounding is not None:
        lines.append(words["notice_grounding"].format(title=grounding.title.lower()))
        lines += [f"  - {step.text}" for step in grounding.steps[:3]]
    lines.append(words["notice_supporter_plan" if supporter else "notice_plan"])
    return "\n".join(lines)


def _plain_english(locale: str | None) -> bool:
    """Whether a locale reads English as it is (`en-XA` stands for another language)."""
    return locale is None or (
        ss.parse_locale(locale).language == "en" and ss.parse_locale(locale).tag != PSEUDO
    )


def _grounding_in(activity: ss.Activity | None, locale: str | None) -> ss.Activity | None:
    """The grounding step in the locale's words, or `None` where they do not ship."""
    catalog = ss.default_catalog()
    if activity is None or locale is None or activity.id not in catalog:
        return None
    said = ss.default_catalog(locale=locale)[activity.id]
    pairs = [(said.title, activity.title)]
    pairs += [(a.text, b.text) for a, b in zip(said.steps[:3], activity.steps[:3], strict=False)]
    return said if all(a != b for a, b in pairs) else None


# -- the check-in -------------------------------------------------------------


class Quit(Exception):  # noqa: N818 - stopping is a choice, not an error
    """The person chose to stop; the message says goodbye."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Console:
    """Asks questions on stdin, checks every answer for crisis language, re-asks kindly.

    Its words are the locale's (`words`), and so are the answers it takes, besides the
    English ones and numbers.
    """

    def __init__(self, country: str | None, locale: str | None = None) -> None:
        self.country = country
        self.locale = locale
        self.words: Words = words_in(locale)

    def ask(
        self,
        prompt: str,
        parse: Callable[[str], T],
        expected: str,
        *,
        stops: bool = True,
    ) -> T:
        """Ask until `parse` takes the answer; crisis words first show the notice.

        With `stops`, a quit word (`answer.quit`) stops the check-in.
        """
        while True:
            answer = input(prompt).strip()
            if answer and self._crisis(answer):
                continue
            if stops and answer.casefold() in self.words.answers("quit"):
                raise Quit(self.words["goodbye"])
            try:
                return parse(answer)
            except ValueError:
                print(self.words["again"].format(expected=expected))

    def _crisis(self, answer: str) -> bool:
        """Show the notice for crisis language and offer to stop; `True` to ask again."""
        check = ss.check_safety(answer, self.country, locale=self.locale)
        if check.notice is None:
            return False
        print(f"\n{notice_text(check.notice, self.locale)}\n")
        reply = input(self.words["crisis_stop_ask"]).strip()
        again = ss.check_safety(reply, self.country, locale=self.locale)
        if reply.casefold() not in self.words.answers("no") or again.crisis:
            raise Quit(self.words["crisis_stopped"])
        print(self.words["crisis_go_on"])
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


def _mood(words: Words) -> Callable[[str], int | None]:
    def parse(answer: str) -> int | None:
        skipped = not answer or answer.casefold() in words.answers("skip")
        return None if skipped else whole(0, 10)(answer)

    return parse


def _one_of(names: Mapping[str, str], default: str | None = None) -> Callable[[str], str]:
    """An id of `names` (id -> the locale's word), by number, by id or word, or by a start."""
    options = list(names)

    def parse(answer: str) -> str:
        if not answer and default is not None:
            return default
        if answer.isdigit() and 1 <= int(answer) <= len(options):
            return options[int(answer) - 1]
        said = answer.casefold()
        found = {o for o in options if said and _starts(said, o, names[o].casefold())}
        if len(found) != 1:
            raise ValueError(answer)
        return found.pop()

    return parse


def _starts(answer: str, *words: str) -> bool:
    return any(word.startswith(answer) for word in words)


def _pick(count: int, words: Words) -> Callable[[str], int | None]:
    def parse(answer: str) -> int | None:
        if answer.casefold() in words.answers("none"):
            return None
        return whole(1, count, default=1)(answer) - 1

    return parse


def _step_answer(words: Words) -> Callable[[str], str]:
    """The step's answer: done (also for an empty answer), smaller or stop.

    The locale's words win a tie with the English ones.
    """
    actions = {"": "done"}
    for action in ("stop", "smaller", "done"):  # the English first, then the locale's
        actions.update(dict.fromkeys(ANSWERS[action], action))
    for action in ("stop", "smaller", "done"):
        actions.update(dict.fromkeys(words.answers(action, english=False), action))

    def parse(answer: str) -> str:
        action = actions.get(answer.casefold())
        if action is None:
            raise ValueError(answer)
        return action

    return parse


def _walk(console: Console, suggestion: ss.Suggestion) -> ss.Completion:
    """Go through the steps one at a time; return how much was done."""
    words = console.words
    print(f"\n{suggestion.activity.title}\n{words['steps_intro']}")
    queue, done = list(suggestion.steps), 0
    answer = _step_answer(words)
    while queue:
        print(words["step"].format(n=done + 1, total=done + len(queue), step=queue[0]))
        action = console.ask(words["step_ask"], answer, words["step_expected"], stops=False)
        if action == "done":
            done += 1
            queue.pop(0)
        elif action == "smaller":
            parts = ss.split_step(queue[0], locale=console.locale)
            if parts == (queue[0],):
                print(words["smallest"])
                continue
            if len(parts) == 1:
                print(words["smaller_one"])
            else:
                print(words["smaller"], *(f"  - {part}" for part in parts), sep="\n")
            queue[:1] = parts
        else:
            print(words["stopped"])
            return ss.Completion.PARTLY if done else ss.Completion.NOT_DONE
    print(words["all_done"])
    if suggestion.more_steps:
        print(words["more_later"].format(count=suggestion.more_steps))
    return ss.Completion.DONE


def _names(table: str, ids: list[str], locale: str | None) -> dict[str, str]:
    """Each id and its word in the locale (the `strings` document: "posture.lying")."""
    said = document_in("strings", locale)
    return {i: str(said[f"{table}.{i}"]) for i in ids}


def session(
    console: Console, now: dt.datetime, history: list[ss.Entry], catalog: ss.Catalog
) -> ss.Entry | None:
    """Ask, plan, walk, rate: the entry to record, or `None` when nothing was picked."""
    words, locale = console.words, console.locale
    print(words["energy_intro"])
    for level in ss.Energy:
        said = {"label": level.label_in(locale), "description": level.description_in(locale)}
        print(words["energy_level"].format(level=int(level), **said))
    energy = console.ask(words["energy_ask"], whole(0, 4), words["energy_expected"])
    minutes = console.ask(
        words["minutes_ask"].format(default=MINUTES),
        whole(1, 1440, MINUTES),
        words["minutes_expected"],
    )
    postures = _names("posture", [p.value for p in ss.Posture], locale)
    posture = console.ask(words["posture_ask"], _one_of(postures), words["posture_expected"])
    times = _names("time", [t.value for t in ss.TimeOfDay], locale)
    clock = ss.TimeOfDay.from_time(now).value
    time_of_day = console.ask(
        words["time_ask"].format(default=times[clock]),
        _one_of(times, clock),
        words["time_expected"],
    )
    checkin = ss.CheckIn(energy, minutes, posture, time_of_day)
    plan = ss.Recommender(catalog).recommend(
        checkin, history, now=now, country=console.country, locale=locale
    )
    print(f"\n{plan}\n")
    if not plan.suggestions:
        print(words["nothing_fits"])
        return None
    count = len(plan.suggestions)
    chosen = console.ask(
        words["pick_ask"],
        _pick(count, words),
        words["pick_expected"].format(count=count),
        stops=False,
    )
    if chosen is None:
        print(words["none_picked"])
        return None
    suggestion = plan.suggestions[chosen]
    mood_before = console.ask(words["mood_before_ask"], _mood(words), words["mood_expected"])
    completion = _walk(console, suggestion)
    mood_after = console.ask(
        words["mood_after_ask"], _mood(words), words["mood_expected"], stops=False
    )
    return ss.Entry(
        suggestion.activity.id,
        now,
        done=completion,
        mood_before=mood_before,
        mood_after=mood_after,
        energy=checkin.energy,
    )
