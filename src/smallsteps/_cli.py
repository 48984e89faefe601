"""The command line: a gentle check-in, and the library's answers as text or JSON.

`smallsteps` (or `python -m smallsteps`) with no subcommand runs an interactive check-in on
stdin and stdout. Each subcommand answers one question, as readable text or, with `--json`,
as JSON for scripts. This module is a front end at the edge: the one place in smallsteps that
reads the clock, opens files and prints. `import smallsteps` never imports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, NoReturn, TypeVar

import smallsteps as ss

__all__ = ["TEXT", "default_journal_path", "main"]

T = TypeVar("T")

TEXT: Final[dict[str, str]] = {
    # argparse
    "about": "Small, gentle steps for hard days: a check-in, plans, task breakdowns and "
    "routines. It supports daily routines and mood self-care. It is not a treatment or a "
    "crisis service.",
    "exit_codes": "Exit codes: 0 all went well, 1 the journal or a catalog could not be used, "
    "2 a usage error, 130 stopped with Ctrl-C.",
    "checkin": "Check in, pick one small activity and go through it step by step (the default).",
    "suggest": "Suggest a few small activities for your energy, time and posture.",
    "break-down": "Break a task into small steps sized to your energy.",
    "reframe": "Look at a harsh thought again, with a few kind questions.",
    "routine": "Show a routine sized to your energy, or list the routines.",
    "insights": "Show patterns in your journal: what seemed to go with a lift in mood.",
    "export": "Write your whole journal as JSON.",
    "safety-plan": "Show a blank safety plan to fill in.",
    "opt_journal": "The journal file (default: $SMALLSTEPS_JOURNAL, else a per-user data folder).",
    "opt_no_save": "Keep nothing: read no history and write no journal.",
    "opt_country": "A two-letter country code (US, GB, AU), to show that country's crisis "
    "lines first. Default: from your locale settings.",
    "opt_json": "Print JSON for scripts instead of text.",
    "opt_energy": "Your energy right now, 0 (running on empty) to 4 (good energy).",
    "opt_minutes": "The minutes you have (default: %(default)s).",
    "opt_posture": "Where your body is right now (default: %(default)s).",
    "opt_time": "The part of the day (default: from the clock).",
    "opt_limit": "How many suggestions, 1 to 20 (default: %(default)s).",
    "opt_task": "The task, in your own words.",
    "opt_thought": "The thought, in your own words.",
    "opt_routine": "The routine's name; leave it out to list the routines.",
    "opt_output": "Write the JSON to this file (readable only by you) instead of the screen.",
    "bad_energy": "'{value}' is not an energy level; use a whole number from 0 to 4",
    "bad_number": "'{value}' is not a whole number from {low} to {high}",
    "bad_country": "'{value}' is not a two-letter country code, such as US or GB",
    "routine_unknown": "there is no routine called '{name}'{hint}. The routines are: {names}",
    "routine_hint": " (did you mean '{close}'?)",
    "routine_energy": "give --energy 0 to 4 with a routine name, to size its steps",
    # the check-in
    "hello": "Hello. This is a short check-in, one small step at a time. "
    "Type q at any question to stop.",
    "energy_intro": "How much energy do you have right now?",
    "energy_level": "  {level}  {label}: {description}",
    "energy_ask": "Energy, 0 to 4: ",
    "energy_expected": "a whole number from 0 to 4",
    "minutes_ask": "How many minutes do you have? [{default}]: ",
    "minutes_expected": "a whole number of minutes from 1 to 1440",
    "posture_ask": "Are you lying, sitting or standing? ",
    "posture_expected": "lying, sitting or standing (or 1, 2 or 3)",
    "time_ask": "Which part of the day is it: morning, afternoon, evening or night? [{default}]: ",
    "time_expected": "morning, afternoon, evening or night",
    "nothing_fits": "Nothing fits right now. Resting counts too.",
    "pick_ask": "Which one would you like to try? Type its number, press Enter for 1, "
    "or type none: ",
    "pick_expected": "a number from 1 to {count}, or none",
    "none_picked": "That is fine. Resting counts too. Take care.",
    "mood_before_ask": "Before you start: how is your mood right now, 0 to 10? "
    "Press Enter to skip: ",
    "mood_after_ask": "How is your mood now, 0 to 10? Press Enter to skip: ",
    "mood_expected": "a whole number from 0 to 10, or press Enter to skip",
    "steps_intro": "One step at a time. Type d when a step is done (or press Enter), "
    "s for smaller steps, or x to stop here.",
    "step": "Step {n} of {total}: {step}",
    "step_ask": "  d done, s smaller, x stop [d]: ",
    "step_expected": "d for done, s for smaller, or x to stop",
    "smaller": "Here it is in smaller parts:",
    "smaller_one": "Here is a smaller version.",
    "smallest": "This step is as small as it gets. Doing part of it counts too.",
    "stopped": "Stopping here is a whole win. Choosing what is enough for today counts.",
    "all_done": "That is every step for now. Nice work.",
    "more_later": "{count} more when you are ready. Stopping here counts.",
    "saved": "Saved to your journal: {path}",
    "not_saved": "Nothing was saved, as you asked (--no-save).",
    "again": "Sorry, that did not fit. Please type {expected}.",
    "goodbye": "Stopping here. Take care of yourself.",
    # the safety notice
    "notice_options": "Other ways to get support:",
    "notice_grounding": "A grounding step, {title}:",
    "notice_plan": "A blank safety plan to fill in: smallsteps safety-plan",
    "notice_supporter_options": "How to be with them now:",
    "notice_supporter_plan": (
        "A blank safety plan they could fill in with you: smallsteps safety-plan"
    ),
    "crisis_stop_ask": "Would you like to stop here for now? (y/n) [y]: ",
    "crisis_stopped": "Okay. The lines above are there any time, day or night. Take care.",
    "crisis_go_on": "Okay, we can go on gently. The lines above stay there if you need them.",
    # the other subcommands
    "routines_intro": "Routines you can show, by name (smallsteps routine NAME --energy 0-4):",
    "routine_line": "  {id}: {title}. {description}",
    "insights_empty": "Nothing in the journal yet. After a few check-ins, patterns show here.",
    "insights_activities": "By activity:",
    "insights_categories": "By kind of activity (the same entries, counted by kind):",
    "exported": "Journal entries saved: {count}, in {path}",
    "plan_intro": "A blank safety plan. Fill it in at a calmer moment, ideally with someone "
    "you trust.",
    "plan_blank": "   ________________________________",
    "error": "smallsteps: {error}",
}
"""Every fixed string the command line prints, in one place so the tests can lint them all."""

_QUIT: Final = frozenset({"q", "quit"})
_HISTORY_DAYS: Final = 14
_MINUTES: Final = 5


# -- where things live --------------------------------------------------------------------


def default_journal_path() -> Path:
    """Return where the journal lives when `--journal` is not given.

    `$SMALLSTEPS_JOURNAL` when it is set; else `journal.db` in a `smallsteps` folder in the
    per-user data folder: `$XDG_DATA_HOME` (default `~/.local/share`) on Linux,
    `~/Library/Application Support` on macOS, `%APPDATA%` on Windows.

    Returns:
        The path; the file and its folder may not exist yet.
    """
    chosen = os.environ.get("SMALLSTEPS_JOURNAL")
    if chosen:
        return Path(chosen).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / "smallsteps" / "journal.db"


def _journal_path(args: argparse.Namespace) -> Path:
    return Path(args.journal).expanduser() if args.journal else default_journal_path()


def _country(args: argparse.Namespace) -> str | None:
    """`--country`, else the territory of the locale settings (`en_GB.UTF-8` is GB)."""
    if args.country:
        return str(args.country)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            found = re.match(r"[A-Za-z]{2,3}_([A-Za-z]{2})\b", value)
            return found.group(1).upper() if found else None
    return None


def _now() -> dt.datetime:
    """The one clock reading: local time, with its time zone."""
    return dt.datetime.now().astimezone()


def _entries(args: argparse.Namespace) -> list[ss.Entry]:
    """Every journal entry; none with `--no-save` or before the file exists (nothing created)."""
    path = _journal_path(args)
    if args.no_save or not path.exists():
        return []
    with ss.Journal.open(path) as journal:
        return journal.entries()


def _recent(entries: list[ss.Entry], now: dt.datetime) -> list[ss.Entry]:
    """The last two weeks, times without a zone read as local time (as this CLI writes them)."""
    aware = [
        e
        if e.at.tzinfo is not None
        else ss.from_dict({**ss.to_dict(e), "at": e.at.astimezone().isoformat()}, ss.Entry)
        for e in entries
    ]
    return ss.MemoryJournal(aware).recent(days=_HISTORY_DAYS, now=now)


def _save(path: Path, entry: ss.Entry) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with ss.Journal.open(path) as journal:
        journal.add(entry)


# -- the safety notice --------------------------------------------------------------------


def _notice_text(notice: ss.SafetyNotice) -> str:
    """The notice as plain text: warm words, the lines, the emergency line, other options.

    A notice for a supporter (someone worried about another person) lists how to be with
    them instead of other ways to get support, and offers the plan to fill in together.
    """
    supporter = notice.kind == "supporter"
    lines = [notice.message, ""]
    lines += [f"  {line}. {line.note}".rstrip() for line in notice.resources]
    heading = TEXT["notice_supporter_options" if supporter else "notice_options"]
    lines += ["", notice.emergency, "", heading]
    lines += [f"  - {option}" for option in notice.options]
    if notice.grounding is not None:
        lines.append(TEXT["notice_grounding"].format(title=notice.grounding.title.lower()))
        lines += [f"  - {step.text}" for step in notice.grounding.steps[:3]]
    lines.append(TEXT["notice_supporter_plan" if supporter else "notice_plan"])
    return "\n".join(lines)


# -- the interactive check-in -------------------------------------------------------------


class _Quit(Exception):  # noqa: N818 - stopping is a choice, not an error
    """The person chose to stop; the message says goodbye."""

    def __init__(self, message: str = TEXT["goodbye"]) -> None:
        super().__init__(message)
        self.message = message


class _Console:
    """Asks questions on stdin, checks every answer for crisis language, re-asks kindly."""

    def __init__(self, country: str | None) -> None:
        self.country = country

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
                raise _Quit
            try:
                return parse(answer)
            except ValueError:
                print(TEXT["again"].format(expected=expected))

    def _crisis(self, answer: str) -> bool:
        """Show the notice for crisis language and offer to stop; `True` to ask again."""
        check = ss.check_safety(answer, self.country)
        if check.notice is None:
            return False
        print(f"\n{_notice_text(check.notice)}\n")
        reply = input(TEXT["crisis_stop_ask"]).strip()
        if reply.lower() not in ("n", "no") or ss.check_safety(reply, self.country).crisis:
            raise _Quit(TEXT["crisis_stopped"])
        print(TEXT["crisis_go_on"])
        return True


def _whole(low: int, high: int, default: int | None = None) -> Callable[[str], int]:
    def parse(answer: str) -> int:
        if not answer and default is not None:
            return default
        value = int(answer)
        if not low <= value <= high:
            raise ValueError(answer)
        return value

    return parse


def _mood(answer: str) -> int | None:
    return None if answer.lower() in ("", "skip", "q") else _whole(0, 10)(answer)


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
        return _whole(1, count, default=1)(answer) - 1

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


def _walk(console: _Console, suggestion: ss.Suggestion) -> ss.Completion:
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


def _session(console: _Console, now: dt.datetime, history: list[ss.Entry]) -> ss.Entry | None:
    """Ask, plan, walk, rate: the entry to record, or `None` when nothing was picked."""
    print(TEXT["energy_intro"])
    for level in ss.Energy:
        words = {"label": level.label, "description": level.description}
        print(TEXT["energy_level"].format(level=int(level), **words))
    energy = console.ask(TEXT["energy_ask"], _whole(0, 4), TEXT["energy_expected"])
    minutes = console.ask(
        TEXT["minutes_ask"].format(default=_MINUTES),
        _whole(1, 1440, _MINUTES),
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
    plan = ss.Recommender(ss.installed_catalog()).recommend(checkin, history, now=now)
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


def _checkin(args: argparse.Namespace) -> int:
    now = _now()
    history = _recent(_entries(args), now)  # a journal problem shows before any question
    if isinstance(sys.stdin, io.TextIOWrapper):  # a stray byte is a wrong answer, not a crash
        sys.stdin.reconfigure(errors="replace")
    print(TEXT["hello"])
    try:
        entry = _session(_Console(_country(args)), now, history)
    except _Quit as stop:
        print(stop.message)
        return 0
    if entry is None:
        return 0
    if args.no_save:
        print(TEXT["not_saved"])
        return 0
    path = _journal_path(args)
    _save(path, entry)
    print(TEXT["saved"].format(path=path))
    return 0


# -- the one-shot subcommands -------------------------------------------------------------


def _usage_error(args: argparse.Namespace, message: str) -> NoReturn:
    """Print the subcommand's usage and the message, and exit with code 2."""
    parser: argparse.ArgumentParser = args.parser
    parser.error(message)


def _emit(args: argparse.Namespace, value: object, text: str) -> int:
    print(ss.to_json(value) if args.json else text)
    return 0


def _suggest(args: argparse.Namespace) -> int:
    now = _now()
    checkin = ss.CheckIn(
        args.energy, args.minutes, args.posture, args.time_of_day or ss.TimeOfDay.from_time(now)
    )
    history = _recent(_entries(args), now)
    plan = ss.Recommender(ss.installed_catalog()).recommend(checkin, history, args.limit, now)
    return _emit(args, plan, str(plan))


def _with_help(
    text: str, notice: ss.SafetyNotice | None, help_line: str, *, beside: bool = False
) -> str:
    """The text and the help line, or a notice instead.

    A gentle check `beside` steps that already show it (a breakdown's) keeps the text.
    """
    if notice is not None and not (beside and notice.kind == "gentle"):
        return _notice_text(notice)
    return f"{text}\n\n{help_line}" if help_line else text


def _break_down(args: argparse.Namespace) -> int:
    try:
        found = ss.break_down(" ".join(args.text), args.energy, country=_country(args))
    except ss.ValidationError as error:
        _usage_error(args, str(error))
    text = _with_help(str(found), found.notice, found.help, beside=True)
    return _emit(args, found, text)


def _reframe(args: argparse.Namespace) -> int:
    try:
        found = ss.reframe(" ".join(args.text), country=_country(args))
    except ss.ValidationError as error:
        _usage_error(args, str(error))
    return _emit(args, found, _with_help(str(found), found.notice, found.help))


def _routine(args: argparse.Namespace) -> int:
    routines = ss.default_routines()
    if args.name is None:
        lines = [TEXT["routines_intro"]]
        lines += [
            TEXT["routine_line"].format(id=r.id, title=r.title, description=r.description)
            for r in routines.values()
        ]
        return _emit(args, list(routines.values()), "\n".join(lines))
    check = ss.check_safety(args.name, _country(args))
    if check.notice is not None:
        return _emit(args, check, _notice_text(check.notice))
    if args.name not in routines:
        close = difflib.get_close_matches(args.name, sorted(routines), n=1, cutoff=0.6)
        hint = TEXT["routine_hint"].format(close=close[0]) if close else ""
        names = ", ".join(routines)
        _usage_error(args, TEXT["routine_unknown"].format(name=args.name, hint=hint, names=names))
    if args.energy is None:
        _usage_error(args, TEXT["routine_energy"])
    routine = routines[args.name].for_energy(args.energy, catalog=ss.installed_catalog())
    return _emit(args, routine, str(routine))


def _insights(args: argparse.Namespace) -> int:
    found = ss.insights(_entries(args), ss.installed_catalog())
    lines: list[str] = []
    for heading, insights in (
        (TEXT["insights_activities"], found.activities),
        (TEXT["insights_categories"], found.categories),
    ):
        if insights:  # one entry counts under its activity and its kind: say which is which
            lines += [*([""] if lines else []), heading, *(f"- {i.sentence}" for i in insights)]
    text = "\n".join([*lines, "", found.note]) if lines else TEXT["insights_empty"]
    return _emit(args, found, text)


def _export(args: argparse.Namespace) -> int:
    journal = ss.MemoryJournal(_entries(args))
    if args.output:
        count = journal.export_json(args.output)
        if args.json:
            print(json.dumps({"entries": count, "output": str(args.output)}))
        else:
            print(TEXT["exported"].format(count=count, path=args.output))
        return 0
    with tempfile.TemporaryDirectory() as folder:  # the same format as a file export
        target = Path(folder) / "journal.json"
        journal.export_json(target)
        print(target.read_text(encoding="utf-8"))
    return 0


def _safety_plan(args: argparse.Namespace) -> int:
    plan = ss.safety_plan()
    lines = [TEXT["plan_intro"], ""]
    for n, section in enumerate(plan.sections, start=1):
        lines += [f"{n}. {section.title}", f"   {section.prompt}", TEXT["plan_blank"], ""]
    lines.append(ss.help_pointer())
    return _emit(args, plan, "\n".join(lines))


# -- arguments ----------------------------------------------------------------------------


def _energy_arg(value: str) -> ss.Energy:
    try:
        return ss.Energy(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(TEXT["bad_energy"].format(value=value)) from None


def _number_arg(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            return _whole(low, high)(value)
        except ValueError:
            message = TEXT["bad_number"].format(value=value, low=low, high=high)
            raise argparse.ArgumentTypeError(message) from None

    return parse


def _country_arg(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise argparse.ArgumentTypeError(TEXT["bad_country"].format(value=value))
    return value.upper()


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    """The options every command takes; a subcommand's copy keeps the top level's value."""

    def default(value: object) -> Any:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--journal", metavar="PATH", default=default(None), help=TEXT["opt_journal"]
    )
    parser.add_argument(
        "--no-save", action="store_true", default=default(False), help=TEXT["opt_no_save"]
    )
    parser.add_argument(
        "--country",
        metavar="CC",
        type=_country_arg,
        default=default(None),
        help=TEXT["opt_country"],
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smallsteps", description=TEXT["about"], epilog=TEXT["exit_codes"]
    )
    parser.add_argument("--version", action="version", version=f"smallsteps {ss.__version__}")
    _common(parser, top=True)
    parser.set_defaults(run=_checkin)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=TEXT[name], description=TEXT[name])
        _common(sub, top=False)
        if name != "checkin":
            sub.add_argument("--json", action="store_true", help=TEXT["opt_json"])
        sub.set_defaults(run=run, parser=sub)
        return sub

    command("checkin", _checkin)
    sub = command("suggest", _suggest)
    sub.add_argument("--energy", type=_energy_arg, required=True, help=TEXT["opt_energy"])
    sub.add_argument(
        "--minutes", type=_number_arg(1, 1440), default=_MINUTES, help=TEXT["opt_minutes"]
    )
    postures = [p.value for p in ss.Posture]
    sub.add_argument("--posture", choices=postures, default="sitting", help=TEXT["opt_posture"])
    times = [t.value for t in ss.TimeOfDay]
    sub.add_argument("--time-of-day", choices=times, help=TEXT["opt_time"])
    sub.add_argument("--limit", type=_number_arg(1, 20), default=3, help=TEXT["opt_limit"])
    sub = command("break-down", _break_down)
    sub.add_argument("text", nargs="+", metavar="TEXT", help=TEXT["opt_task"])
    sub.add_argument("--energy", type=_energy_arg, default=ss.Energy.LOW, help=TEXT["opt_energy"])
    sub = command("reframe", _reframe)
    sub.add_argument("text", nargs="+", metavar="TEXT", help=TEXT["opt_thought"])
    sub = command("routine", _routine)
    sub.add_argument("name", nargs="?", metavar="NAME", help=TEXT["opt_routine"])
    sub.add_argument("--energy", type=_energy_arg, help=TEXT["opt_energy"])
    command("insights", _insights)
    sub = command("export", _export)
    sub.add_argument("--output", metavar="FILE", help=TEXT["opt_output"])
    command("safety-plan", _safety_plan)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments after the program name; `sys.argv[1:]` when `None`.

    Returns:
        The exit code: 0 when all went well (or the person stopped, which is fine), 1 when the
        journal or a catalog cannot be used, 2 for a usage error (from argparse), 130 after
        Ctrl-C.
    """
    given = sys.argv[1:] if argv is None else argv
    # Bytes that are not UTF-8 arrive as lone surrogates, which a strict UTF-8 output cannot
    # print: each becomes the replacement character instead.
    plain = [a.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for a in given]
    args = _parser().parse_args(plain)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except EOFError:
        print(f"\n{TEXT['goodbye']}")
        return 0
    except KeyboardInterrupt:
        print(f"\n{TEXT['goodbye']}")
        return 130
    except BrokenPipeError:  # the reader stopped reading (`| head`): leave quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (ss.ValidationError, OSError) as error:  # JournalError and CatalogError among them
        print(TEXT["error"].format(error=error), file=sys.stderr)
        return 1
    except ValueError as error:
        if sys.stdout is None or sys.stdout.closed:  # the output was closed under us
            return 0
        raise error
