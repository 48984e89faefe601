"""Breaking a task into micro-steps sized to today's energy (the sizing is in `_sizing`).

`break_down` checks the text for crisis language, finds the template or kind in the task book,
and sizes every step: a step bigger than the energy level allows is swapped for its written
parts, or, with none, kept to a time box. Same text and energy, same steps, always.
"""

from __future__ import annotations

import attrs

from ._errors import ValidationError
from ._locale import parse_locale
from ._model import Step, _energy, _given
from ._resources import help_pointer
from ._safety import SafetyCheck, SafetyNotice, check_safety
from ._sizing import FIRST_STEP_SECONDS, size_steps, split_step
from ._strings import language_of
from ._taskending import REACH, durative, ending, key_acts
from ._taskread import TaskReading
from ._tasks import TaskBook, _Found, default_tasks
from ._tasksteps import hazard_notes, side_note
from ._tasktext import boxed, breakdown_lines, frame_in, said_in, step_in, time_box
from ._taskwhose import at_the_place, their_own, with_own_thing
from ._vocab import Energy
from .text._safety import Level

__all__ = ["FIRST_STEP_SECONDS", "Breakdown", "break_down", "size_steps", "split_step"]

# -- the breakdown -------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Breakdown:
    """A task broken into micro-steps for one energy level: what `break_down` returns.

    Attributes:
        task: The task as the person typed it.
        energy: The energy level the steps are sized for.
        title: A short name for the task (the template's, or the person's own words).
        source: What the steps came from: `"template:<id>"` or `"kind:<id>"`; empty when
            `notice` is set.
        object: What the task is about: the person's own words for a kind ("your landlord"),
            the template's `object` for a template.
        why: One sentence on how the task was matched.
        steps: The steps to show now, the first small and physical, the last a moment to
            notice how it went. Empty when `notice` is set.
        later: The steps after these, sized the same way, for when the person is ready.
        anchor: Something already done to attach the first step to ("After you brush your
            teeth"); see `habit_stack`.
        first_step_only: At `Energy(0)`, a line saying the first step alone is a complete
            win (the first step is marked `win`); empty at other levels.
        notice: The safety notice, set instead of steps when the task holds crisis language.
        help: The standing, low-key line saying where help is.
        note: The person's own side note, kept in their words ("Your note: only one dose"),
            so a caution they wrote is never lost; empty when there is none.
        done: What the task says is already done, in their words, with a line to skip the
            steps it covers ("You said: label already printed. Skip any step that is
            done."); empty when it says none.
        deadline: A calm line when the task says when it is due ("It is due Friday; today's
            step is enough for today"), else empty.
        caution: A safety line for a hazard of the task that a step alone cannot hold ("If
            you smell gas, leave the building, then call the gas emergency line from
            outside."); empty when there is none. Show it with the steps.
        reading: What the task reader found: the verb and its kind, the object and its
            class, people, deadline, what is done, side comments, hazards (`TaskReading`).
        locale: The language tag the breakdown was asked for in (`break_down(...,
            locale=...)`): its sentences, `habit_stack` and `str(breakdown)` speak it; `None`
            for English. The person's own words stay as typed.
    """

    task: str
    energy: Energy
    title: str
    source: str
    object: str
    why: str
    steps: tuple[Step, ...]
    later: tuple[Step, ...] = ()
    anchor: str = ""
    first_step_only: str = ""
    notice: SafetyNotice | None = None
    help: str = ""
    deadline: str = ""
    reading: TaskReading | None = None
    note: str = ""
    done: str = ""
    caution: str = ""
    locale: str | None = attrs.field(default=None, kw_only=True)

    @property
    def crisis(self) -> bool:
        """Whether the task held crisis language; then `notice` is set and `steps` is empty.

        A gentler signal ("try again friday", read as a possible plan) keeps the steps and
        sets a `notice` of kind `"gentle"` beside them: show both.
        """
        return self.notice is not None and not self.steps

    @property
    def total_seconds(self) -> int:
        """About how long the steps shown now take together, in seconds."""
        return sum(step.seconds for step in self.steps)

    @property
    def habit_stack(self) -> str:
        """The first step attached to something already done, or `""` without an anchor.

        For example "After you brush your teeth, walk to the bathroom".
        """
        if not self.anchor or not self.steps:
            return ""
        first = self.steps[0].text
        step = f"{first[:1].lower()}{first[1:]}"
        if self.locale is None:
            return f"{self.anchor}, {step}"
        return frame_in(parse_locale(self.locale).tag)["habit_stack"].format(
            anchor=self.anchor, step=step
        )

    def split(self, index: int) -> Breakdown:
        """Break step `index` of `steps` into smaller steps, like opening a nested to-do.

        The step is replaced by its parts, or by a smaller time box (see `split_step`). A step
        of 30 seconds or less is as small as it gets, and the breakdown comes back unchanged.

        Args:
            index: The position in `steps`, from 0.

        Returns:
            A new breakdown with more, smaller steps.

        Raises:
            ValidationError: If `index` is not a position in `steps`.
        """
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValidationError("index", f"expected a whole number, got {type(index).__name__}")
        if not -len(self.steps) <= index < len(self.steps):
            raise ValidationError(
                "index",
                f"{index} is not a step; there are {len(self.steps)} (0 to {len(self.steps) - 1})",
            )
        index %= len(self.steps)
        step, pieces = self.steps[index], split_step(self.steps[index])
        if (
            self.locale is not None
            and not step.parts
            and pieces[0].text != step.text
            and boxed(parse_locale(self.locale).tag)
        ):  # a time box in the locale's words
            text = time_box(step.text, pieces[0].seconds, self.locale)
            pieces = (attrs.evolve(pieces[0], text=text),)
        steps = (*self.steps[:index], *pieces, *self.steps[index + 1 :])
        return attrs.evolve(self, steps=steps)

    def __repr__(self) -> str:
        if self.crisis:
            return f"<Breakdown crisis energy={int(self.energy)}>"
        return (
            f"<Breakdown {self.source} energy={int(self.energy)} steps={len(self.steps)} "
            f"later={len(self.later)}>"
        )

    def __str__(self) -> str:
        if self.notice is not None and self.crisis:
            return _notice_lines(self.notice)
        if self.locale is not None:
            lines = breakdown_lines(self, self.locale)
            gentle = ["", _notice_lines(self.notice)] if self.notice is not None else []
            return "\n".join([*lines, *gentle])
        head = f"{self.title} (energy {int(self.energy)}, {self.energy.label.lower()}):"
        lines = [head]
        for i, step in enumerate(self.steps, start=1):
            mark = "  (stopping here counts)" if step.win and i < len(self.steps) else ""
            lines.append(f"  {i}. {step}{mark}")
        if self.later:
            lines.append(f"  ({len(self.later)} more when you are ready)")
        if self.first_step_only:
            lines.append(self.first_step_only)
        if self.caution:
            lines.append(self.caution)
        if self.note:
            lines.append(self.note)
        if self.done:
            lines.append(self.done)
        if self.deadline:
            lines.append(self.deadline)
        if self.habit_stack:
            lines.append(f"Idea: {self.habit_stack}.")
        if self.notice is not None:  # a gentle check beside the steps
            lines += ["", _notice_lines(self.notice)]
        return "\n".join(lines)


def _notice_lines(notice: SafetyNotice) -> str:
    lines = [notice.message]
    lines += [f"  {r.name}: {r.phone or r.text or r.web}" for r in notice.resources]
    return "\n".join([*lines, notice.emergency])


def break_down(
    task: str,
    energy: Energy | int = Energy.LOW,
    *,
    country: str | None = None,
    tasks: TaskBook | None = None,
    locale: str | None = None,
) -> Breakdown:
    """Break a task a person typed into micro-steps sized to today's energy.

    The text goes through `check_safety` first: crisis language gives a breakdown with the
    safety `notice` and no steps. Otherwise a template is matched by its phrases, or a kind is
    picked by the task's verb, and the steps are sized with `size_steps`: the lower the energy,
    the smaller each step and the more of them, with fewer shown at once. The first step is
    small and physical (at most 2 minutes, 30 seconds at `Energy(0)`). The last step shown is a
    moment to notice how it went.

    Args:
        task: The task in the person's words, any length, any alphabet.
        energy: The energy level right now, 0 to 4.
        country: An ISO 3166-1 code, to put that country's crisis lines first in a notice.
        locale: A language tag (`"es-MX"`, `"en-GB"`): every sentence of the breakdown (the
            title, the steps, `why`, the notes, safety cues and deadline line, the notice and
            `str(breakdown)`) in that language where a translation ships, English otherwise,
            with no error for a language that has none. The steps, their sizes and their
            number never change with it; the person's own words (an object, a name, their
            note) stay as typed inside the locale's sentences. Its region is the country
            when `country` is not given.
        tasks: The templates and kinds; `default_tasks()` when `None`. A host's own texts
            are translated only where an overlay was written from those very words.

    Returns:
        The breakdown.

    Raises:
        ValidationError: If `task` is not text or is empty, `energy` is not a level, or
            `locale` is not a language tag.

    Example:
        >>> bd = break_down("clean the bathroom", energy=1)
        >>> bd.source
        'template:clean-bathroom'
        >>> bd.steps[0].seconds <= 30
        True
    """
    if not isinstance(task, str):
        raise ValidationError("task", f"expected text, got {type(task).__name__}")
    if not task.strip():
        raise ValidationError("task", "expected a few words about the task, got empty text")
    level = _energy(energy)
    book = _book(tasks)
    check = check_safety(task, country, locale=locale)
    spoke = {s.rule for s in check.signals if s.level is not Level.NONE}
    if (
        "warning-signs" in spoke
        and spoke <= {"warning-signs", "word-model"}
        and check.level is not Level.CRISIS
    ):
        # A to-do list is made of times, things and chores: everyday warning signs read
        # together mean nothing here, even with the word model's gentle agreement. Every
        # frame still speaks, and so does the word model on its own.
        check = SafetyCheck()
    gentle = check.notice is not None and check.notice.kind == "gentle"
    if check.notice is not None and not gentle:
        local = help_pointer(country=country, locale=locale)
        return Breakdown(
            task, level, "", "", "", "", (), notice=check.notice, help=local, locale=locale
        )
    found = book._find(task)
    words = book._words
    sized = size_steps(found.steps, level, first_cap=FIRST_STEP_SECONDS, boxed=durative(words))
    count = ending(sized, level.steps_shown, key_acts(words, found.keys), REACH[level])
    shown, later = list(sized[:count]), sized[count:]
    if level == Energy.EMPTY:
        shown[0] = attrs.evolve(shown[0], win=True)
    shown[-1] = attrs.evolve(shown[-1], win=True)
    closing = Step(str(words["notice"]), int(words["notice_seconds"]), win=True)
    english = Breakdown(
        task=task,
        energy=level,
        title=found.title,
        source=found.source,
        object=found.object,
        why=found.why,
        steps=(*shown, closing),
        later=later,
        anchor=found.anchor,
        first_step_only=str(words["first_step_only"]) if level == Energy.EMPTY else "",
        help=help_pointer(country=country, locale=locale),
        deadline=_deadline(str(words["deadline"]), found.reading.deadline),
        reading=found.reading,
        notice=check.notice,
        note=side_note(words, found.reading),
        done=str(words["done"]).format(done=found.reading.done) if found.reading.done else "",
        caution=hazard_notes(words, found.reading.hazards, task.casefold().split()),
    )
    said = english if locale is None else _said(english, book, found, locale)
    made = found.source.removeprefix("template:")  # the person's thing where English stands
    return attrs.evolve(
        said,
        steps=at_the_place(
            their_own(with_own_thing(said.steps, made, found.reading, words), found.reading, words),
            found.reading,
            words,
        ),
        later=at_the_place(
            their_own(with_own_thing(said.later, made, found.reading, words), found.reading, words),
            found.reading,
            words,
        ),
    )


def _said(english: Breakdown, book: TaskBook, found: _Found, locale: str) -> Breakdown:
    """The breakdown built in English, said in `locale`: the same steps, in other words.

    The person's words (their note, what they said is done, the objects and names in the
    steps' slots) stay as typed; the sentences around them are the locale's.
    """
    said, reading = said_in(book, found, locale), found.reading
    notes = [said.hazards[h].get("note", "") for h in reading.hazards]
    english_only = set(found.added) if language_of(locale) != "en" else set()
    if language_of(locale) != "en":  # a step rewritten in the person's words: its own, said
        texts = {**said.texts}
        texts.update({n: texts[o] for n, o in found.swapped if texts.get(o, o) != o})
        said = said._replace(texts=texts)
    return attrs.evolve(
        english,
        title=english.title if said.title == found.plain else said.title,
        object=said.object,
        why=said.why,
        anchor=said.anchor,
        steps=tuple(
            step_in(s, said.texts, locale) for s in english.steps if s.text not in english_only
        ),
        later=tuple(
            step_in(s, said.texts, locale) for s in english.later if s.text not in english_only
        ),
        first_step_only=said.words["first_step_only"] if english.first_step_only else "",
        deadline=said.deadline,
        note=side_note(said.words, reading),
        done=said.words["done"].format(done=reading.done) if reading.done else "",
        caution=" ".join(dict.fromkeys(n for n in notes if n)),
        locale=locale,
    )


def _deadline(line: str, when: str) -> str:
    return line.format(deadline=when) if when else ""


def _book(value: TaskBook | None) -> TaskBook:
    return _given("tasks", value, TaskBook, default_tasks)
