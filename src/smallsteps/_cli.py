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
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, NoReturn, TypeVar

import smallsteps as ss

from ._console import MINUTES, TEXT, Console, Quit, crisis_words, notice_text, session, whole
from ._errors import word_shown

__all__ = ["TEXT", "default_journal_path", "main"]

T = TypeVar("T")


_HISTORY_DAYS: Final = 14


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


def _locale(args: argparse.Namespace) -> str | None:
    """`--locale`, else the language and territory of the locale settings (`es_MX.UTF-8`).

    It chooses the language of the safety notice and the help line (Spanish and Portuguese
    ship; others fall back to English) and lets the safety net read that language too.
    """
    if getattr(args, "locale", None):
        return str(args.locale)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            found = re.match(r"([A-Za-z]{2,3})(?:_([A-Za-z]{2}))?(?:[.@]|$)", value)
            if found is None or found.group(1).upper() in ("C", "POSIX"):
                return None
            return "-".join(p for p in found.groups() if p)
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


def _checkin(args: argparse.Namespace) -> int:
    now = _now()
    history = _recent(_entries(args), now)  # a journal problem shows before any question
    if isinstance(sys.stdin, io.TextIOWrapper):  # a stray byte is a wrong answer, not a crash
        sys.stdin.reconfigure(errors="replace")
    print(TEXT["hello"])
    try:
        entry = session(Console(_country(args), _locale(args)), now, history)
    except Quit as stop:
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
    recommender = ss.Recommender(ss.installed_catalog())
    plan = recommender.recommend(
        checkin, history, args.limit, now, country=_country(args), locale=_locale(args)
    )
    return _emit(args, plan, str(plan))


def _with_help(
    text: str,
    notice: ss.SafetyNotice | None,
    help_line: str,
    *,
    beside: bool = False,
    locale: str | None = None,
) -> str:
    """The text and the help line, or a notice instead.

    A gentle check `beside` steps that already show it (a breakdown's) keeps the text.
    """
    if notice is not None and not (beside and notice.kind == "gentle"):
        return notice_text(notice, locale)
    return f"{text}\n\n{help_line}" if help_line else text


def _break_down(args: argparse.Namespace) -> int:
    try:
        found = ss.break_down(
            " ".join(args.text), args.energy, country=_country(args), locale=_locale(args)
        )
    except ss.ValidationError as error:
        _usage_error(args, str(error))
    text = _with_help(str(found), found.notice, found.help, beside=True, locale=_locale(args))
    return _emit(args, found, text)


def _reframe(args: argparse.Namespace) -> int:
    try:
        found = ss.reframe(" ".join(args.text), country=_country(args), locale=_locale(args))
    except ss.ValidationError as error:
        _usage_error(args, str(error))
    text = _with_help(str(found), found.notice, found.help, beside=True, locale=_locale(args))
    return _emit(args, found, text)


def _routine(args: argparse.Namespace) -> int:
    routines = ss.default_routines()
    if args.name is None:
        lines = [TEXT["routines_intro"]]
        lines += [
            TEXT["routine_line"].format(id=r.id, title=r.title, description=r.description)
            for r in routines.values()
        ]
        return _emit(args, list(routines.values()), "\n".join(lines))
    check = ss.check_safety(args.name, _country(args), locale=_locale(args))
    if check.notice is not None:
        return _emit(args, check, notice_text(check.notice, _locale(args)))
    if args.name not in routines:
        close = difflib.get_close_matches(args.name, sorted(routines), n=1, cutoff=0.6)
        hint = TEXT["routine_hint"].format(close=close[0]) if close else ""
        names = ", ".join(routines)
        _usage_error(
            args, TEXT["routine_unknown"].format(name=word_shown(args.name), hint=hint, names=names)
        )
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


def _kept(args: argparse.Namespace) -> ss.MemoryJournal:
    """The journal's entries and records in memory; empty with `--no-save` or no file yet."""
    journal = ss.MemoryJournal()
    path = _journal_path(args)
    if not args.no_save and path.exists():
        with ss.Journal.open(path) as source, tempfile.TemporaryDirectory() as folder:
            source.export_json(Path(folder) / "journal.json")
            journal.import_json(Path(folder) / "journal.json")
    return journal


def _import(args: argparse.Namespace) -> int:
    path = _journal_path(args)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with ss.Journal.open(path) as journal:
        added = journal.import_json(args.file)
    if args.json:
        print(json.dumps({"added": added, "journal": str(path)}))
    else:
        print(TEXT["imported"].format(count=added, path=path))
    return 0


def _delete(args: argparse.Namespace) -> int:
    path = _journal_path(args)
    what = args.kind or TEXT["delete_everything"]
    if not path.exists():
        print(TEXT["delete_nothing"])
        return 0
    if not args.yes and input(TEXT["delete_ask"].format(what=what, path=path)).strip() != "yes":
        print(TEXT["delete_kept"])
        return 0
    with ss.Journal.open(path) as journal:
        count = journal.delete(args.kind)
    print(json.dumps({"deleted": count}) if args.json else TEXT["deleted"].format(count=count))
    return 0


def _week(args: argparse.Namespace) -> int:
    now = _now()
    start = dt.date.fromisoformat(args.start) if args.start else now.date()
    kept = _kept(args)
    week = ss.plan_week(
        start, _recent(kept.entries(), now), values=kept.values(), times=args.times or
        [ss.TimeOfDay.from_time(now)], energy=args.energy, catalog=ss.installed_catalog(),
        tz=now.tzinfo,
    )  # fmt: skip
    if args.save and not args.no_save:
        path = _journal_path(args)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with ss.Journal.open(path) as journal:
            journal.add_many(week.entries())
    if args.ical:
        Path(args.ical).write_text(ss.to_ical(week, now=now), encoding="utf-8", newline="")
    reasons = [f"  {i.title}: {' '.join(i.reasons)}" for i in week.items]
    return _emit(args, week, "\n".join([str(week), "", *reasons]))


def _due(args: argparse.Namespace) -> int:
    now = _now()
    entries = _entries(args)
    week = ss.planned_week(entries, now.date())
    aware = [e for e in entries if (e.at.tzinfo is None) == (now.tzinfo is None)]
    item = ss.due(week, aware, now) if all(i.at.tzinfo for i in week.items) else None
    if item is None:
        return _emit(args, None, TEXT["due_nothing"])
    return _emit(args, item, f"{item.at:%a %H:%M}: {item.nudge}")


def _export(args: argparse.Namespace) -> int:
    journal = _kept(args)
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
    plan = ss.safety_plan(locale=_locale(args))
    lines = [crisis_words(_locale(args))["plan_intro"], ""]
    for n, section in enumerate(plan.sections, start=1):
        lines += [f"{n}. {section.title}", f"   {section.prompt}", TEXT["plan_blank"], ""]
    lines.append(ss.help_pointer(country=_country(args), locale=_locale(args)))
    return _emit(args, plan, "\n".join(lines))


# -- arguments ----------------------------------------------------------------------------


def _energy_arg(value: str) -> ss.Energy:
    try:
        return ss.Energy(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(
            TEXT["bad_energy"].format(value=word_shown(value))
        ) from None


def _number_arg(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            return whole(low, high)(value)
        except ValueError:
            message = TEXT["bad_number"].format(value=word_shown(value), low=low, high=high)
            raise argparse.ArgumentTypeError(message) from None

    return parse


def _locale_arg(value: str) -> str:
    try:
        return ss.parse_locale(value).tag
    except ss.ValidationError:
        raise argparse.ArgumentTypeError(
            TEXT["bad_locale"].format(value=word_shown(value))
        ) from None


def _country_arg(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise argparse.ArgumentTypeError(TEXT["bad_country"].format(value=word_shown(value)))
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
    parser.add_argument(
        "--locale",
        metavar="TAG",
        type=_locale_arg,
        default=default(None),
        help=TEXT["opt_locale"],
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
        "--minutes", type=_number_arg(1, 1440), default=MINUTES, help=TEXT["opt_minutes"]
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
    sub = command("import", _import)
    sub.add_argument("file", metavar="FILE", help=TEXT["opt_import"])
    sub = command("delete", _delete)
    sub.add_argument("--kind", choices=ss.KINDS, help=TEXT["opt_kind"])
    sub.add_argument("--yes", action="store_true", help=TEXT["opt_yes"])
    sub = command("week", _week)
    sub.add_argument(
        "--energy", type=_energy_arg, default=ss.Energy.VERY_LOW, help=TEXT["opt_energy"]
    )
    sub.add_argument("--times", nargs="+", choices=times, help=TEXT["opt_times"])
    sub.add_argument("--start", metavar="YYYY-MM-DD", help=TEXT["opt_start"])
    sub.add_argument("--save", action="store_true", help=TEXT["opt_save_week"])
    sub.add_argument("--ical", metavar="FILE", help=TEXT["opt_ical"])
    command("due", _due)
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
