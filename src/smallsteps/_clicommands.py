"""The command line's answers: the check-in, and each subcommand that answers one question.

Each command says its words in the locale of `--locale` (or the locale settings) and asks
the library in it (`locale=`), so a plan, a breakdown, a reframe, a routine, insights and a
week all speak one language. With `--json` it prints the value for scripts instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import io
import sys
from pathlib import Path
from typing import NoReturn

import smallsteps as ss

from ._clijournal import entries, kept, recent, save
from ._clisettings import country_of, journal_path, locale_of, now
from ._cliwords import crisis_words, shown, words_in
from ._console import Console, Quit, notice_text, session
from ._weekwords import week_words

__all__ = [
    "break_down",
    "catalog_in",
    "checkin",
    "due",
    "insights",
    "reframe",
    "routine",
    "safety_plan",
    "suggest",
    "week",
]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def catalog_in(locale: str | None) -> ss.Catalog:
    """The installed catalog, the default's words in `locale` (plugins' words stay theirs)."""
    if locale is None:
        return ss.installed_catalog()
    return ss.installed_catalog(base=ss.default_catalog(locale=locale))


def _usage_error(args: argparse.Namespace, message: str) -> NoReturn:
    """Print the subcommand's usage and the message, and exit with code 2."""
    parser: argparse.ArgumentParser = args.parser
    parser.error(message)


def _emit(args: argparse.Namespace, value: object, text: str) -> int:
    print(ss.to_json(value) if args.json else text)
    return 0


def checkin(args: argparse.Namespace) -> int:
    """The interactive check-in: ask, plan, walk the steps, rate, and keep the entry."""
    locale = locale_of(args)
    words = words_in(locale)
    at = now()
    history = recent(entries(args), at)  # a journal problem shows before any question
    if isinstance(sys.stdin, io.TextIOWrapper):  # a stray byte is a wrong answer, not a crash
        sys.stdin.reconfigure(errors="replace")
    print(words["hello"])
    console = Console(country_of(args), locale)
    try:
        entry = session(console, at, history, catalog_in(locale))
    except Quit as stop:
        print(stop.message)
        return 0
    if entry is None:
        return 0
    if args.no_save:
        print(words["not_saved"])
        return 0
    path = journal_path(args)
    save(path, entry)
    print(words["saved"].format(path=path))
    return 0


def suggest(args: argparse.Namespace) -> int:
    """`smallsteps suggest`: a plan for the energy, minutes, posture and time given."""
    at, locale = now(), locale_of(args)
    checkin = ss.CheckIn(
        args.energy, args.minutes, args.posture, args.time_of_day or ss.TimeOfDay.from_time(at)
    )
    history = recent(entries(args), at)
    recommender = ss.Recommender(catalog_in(locale))
    plan = recommender.recommend(
        checkin, history, args.limit, at, country=country_of(args), locale=locale
    )
    return _emit(args, plan, str(plan))


def _with_help(
    text: str, notice: ss.SafetyNotice | None, help_line: str, locale: str | None
) -> str:
    """The text and the help line, or a notice instead.

    A gentle check beside steps that already show it (a breakdown's, a reframe's) keeps the
    text.
    """
    if notice is not None and notice.kind != "gentle":
        return notice_text(notice, locale)
    return f"{text}\n\n{help_line}" if help_line else text


def _text(args: argparse.Namespace, empty: str) -> str:
    """The person's words from the arguments; a usage error when there are none."""
    text = " ".join(args.text)
    if not text.strip():
        _usage_error(args, words_in(locale_of(args))[empty])
    return text


def break_down(args: argparse.Namespace) -> int:
    """`smallsteps break-down TEXT`: the task in small steps, or a notice instead."""
    locale = locale_of(args)
    task = _text(args, "empty_task")
    try:
        found = ss.break_down(task, args.energy, country=country_of(args), locale=locale)
    except ss.ValidationError as error:
        _usage_error(args, str(error))
    return _emit(args, found, _with_help(str(found), found.notice, found.help, locale))


def reframe(args: argparse.Namespace) -> int:
    """`smallsteps reframe TEXT`: a few kind questions about the thought, or a notice."""
    locale = locale_of(args)
    thought = _text(args, "empty_thought")
    try:
        found = ss.reframe(thought, country=country_of(args), locale=locale)
    except ss.ValidationError as error:
        _usage_error(args, str(error))
    return _emit(args, found, _with_help(str(found), found.notice, found.help, locale))


def routine(args: argparse.Namespace) -> int:
    """`smallsteps routine [NAME]`: the routines by name, or one sized to the energy."""
    locale = locale_of(args)
    words = words_in(locale)
    routines = ss.default_routines(locale=locale)
    if args.name is None:
        lines = [words["routines_intro"]]
        lines += [
            words["routine_line"].format(id=r.id, title=r.title, description=r.description)
            for r in routines.values()
        ]
        return _emit(args, list(routines.values()), "\n".join(lines))
    check = ss.check_safety(args.name, country_of(args), locale=locale)
    if check.notice is not None:
        return _emit(args, check, notice_text(check.notice, locale))
    if args.name not in routines:
        close = difflib.get_close_matches(args.name, sorted(routines), n=1, cutoff=0.6)
        hint = words["routine_hint"].format(close=close[0]) if close else ""
        said = shown(args.name, words)
        names = ", ".join(routines)
        _usage_error(args, words["routine_unknown"].format(name=said, hint=hint, names=names))
    if args.energy is None:
        _usage_error(args, words["routine_energy"])
    sized = routines[args.name].for_energy(args.energy, catalog=catalog_in(locale))
    return _emit(args, sized, str(sized))


def insights(args: argparse.Namespace) -> int:
    """`smallsteps insights`: what seemed to go with a lift in mood, by activity and kind."""
    locale = locale_of(args)
    words = words_in(locale)
    found = ss.insights(entries(args), catalog_in(locale), locale=locale)
    lines: list[str] = []
    for heading, listed in (
        (words["insights_activities"], found.activities),
        (words["insights_categories"], found.categories),
    ):
        if listed:  # one entry counts under its activity and its kind: say which is which
            lines += [*([""] if lines else []), heading, *(f"- {i.sentence}" for i in listed)]
    text = "\n".join([*lines, "", found.note]) if lines else words["insights_empty"]
    return _emit(args, found, text)


def week(args: argparse.Namespace) -> int:
    """`smallsteps week`: a gentle week planned, saved or written as a calendar if asked."""
    at, locale = now(), locale_of(args)
    start = dt.date.fromisoformat(args.start) if args.start else at.date()
    journal = kept(args)
    planned = ss.plan_week(
        start, recent(journal.entries(), at), values=journal.values(), times=args.times or
        [ss.TimeOfDay.from_time(at)], energy=args.energy, catalog=catalog_in(locale),
        tz=at.tzinfo, locale=locale,
    )  # fmt: skip
    if args.save and not args.no_save:
        save(journal_path(args), *planned.entries())
    if args.ical:
        Path(args.ical).write_text(ss.to_ical(planned, now=at), encoding="utf-8", newline="")
    said = words_in(locale)["week_reason"]
    reasons = [
        f"  {said.format(title=i.title, reasons=' '.join(i.reasons))}" for i in planned.items
    ]
    return _emit(args, planned, "\n".join([str(planned), "", *reasons]))


def due(args: argparse.Namespace) -> int:
    """`smallsteps due`: the next planned activity not done yet, with a short nudge."""
    at, locale = now(), locale_of(args)
    words = words_in(locale)
    found = entries(args)
    planned = ss.planned_week(found, at.date(), catalog_in(locale), locale=locale)
    aware = [e for e in found if (e.at.tzinfo is None) == (at.tzinfo is None)]
    item = ss.due(planned, aware, at) if all(i.at.tzinfo for i in planned.items) else None
    if item is None:
        return _emit(args, None, words["due_nothing"])
    weekday = week_words(locale)[f"weekday.{_WEEKDAYS[item.at.weekday()]}"]
    line = words["due_line"].format(weekday=weekday, clock=f"{item.at:%H:%M}", nudge=item.nudge)
    return _emit(args, item, line)


def safety_plan(args: argparse.Namespace) -> int:
    """`smallsteps safety-plan`: the six steps, blank, to fill in at a calmer moment."""
    locale = locale_of(args)
    plan = ss.safety_plan(locale=locale)
    lines = [crisis_words(locale)["plan_intro"], ""]
    blank = words_in(locale)["plan_blank"]
    for n, section in enumerate(plan.sections, start=1):
        lines += [f"{n}. {section.title}", f"   {section.prompt}", blank, ""]
    lines.append(ss.help_pointer(country=country_of(args), locale=locale))
    return _emit(args, plan, "\n".join(lines))
