"""The command line: a gentle check-in, and the library's answers as text or JSON.

`smallsteps` (or `python -m smallsteps`) with no subcommand runs an interactive check-in on
stdin and stdout. Each subcommand answers one question, as readable text or, with `--json`,
as JSON for scripts. These modules are a front end at the edge: the one place in smallsteps
that reads the clock, opens files and prints. `import smallsteps` never imports them. Each
has one job:

- `_cli` (here): the arguments, their help, and `main`.
- `_clicommands`: the check-in and the subcommands that answer a question.
- `_clijournal`: reading and writing the journal; export, import and delete.
- `_clisettings`: where the journal lives, the country, the locale, the clock.
- `_console`: the interactive check-in's questions and its walk through steps.
- `_cliwords`: every word it shows, by id, in the locale (`data/cli.toml` is the English).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, Final

import smallsteps as ss

from . import _clicommands as commands
from . import _clijournal as journal
from ._clisettings import default_journal_path, given_locale, locale_of
from ._cliwords import TEXT, shown, words_in
from ._console import MINUTES, whole

__all__ = ["TEXT", "default_journal_path", "main"]

_COMMANDS: tuple[tuple[str, Callable[[argparse.Namespace], int]], ...] = (
    ("checkin", commands.checkin),
    ("suggest", commands.suggest),
    ("break-down", commands.break_down),
    ("reframe", commands.reframe),
    ("routine", commands.routine),
    ("insights", commands.insights),
    ("export", journal.export),
    ("import", journal.import_),
    ("delete", journal.delete),
    ("week", commands.week),
    ("due", commands.due),
    ("safety-plan", commands.safety_plan),
)
"""Each subcommand and what runs it, in the order `--help` lists them."""


# -- arguments ----------------------------------------------------------------------------


def _types(words: Mapping[str, str]) -> dict[str, Callable[[str], Any]]:
    """The checks of the options' values, their messages in the locale's words."""

    def energy(value: str) -> ss.Energy:
        try:
            return ss.Energy(int(value))
        except ValueError:
            message = words["bad_energy"].format(value=shown(value, words))
            raise argparse.ArgumentTypeError(message) from None

    def locale(value: str) -> str:
        try:
            return ss.parse_locale(value).tag
        except ss.ValidationError:
            message = words["bad_locale"].format(value=shown(value, words))
            raise argparse.ArgumentTypeError(message) from None

    def country(value: str) -> str:
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            message = words["bad_country"].format(value=shown(value, words))
            raise argparse.ArgumentTypeError(message)
        return value.upper()

    return {"energy": energy, "locale": locale, "country": country}


def _number(words: Mapping[str, str], low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            return whole(low, high)(value)
        except ValueError:
            message = words["bad_number"].format(value=shown(value, words), low=low, high=high)
            raise argparse.ArgumentTypeError(message) from None

    return parse


def _help(words: Mapping[str, str], key: str, **values: object) -> str:
    """A help text in the locale's words; argparse reads `%` as its own, so it is doubled."""
    return words[key].format(**values).replace("%", "%%")


def _common(parser: argparse.ArgumentParser, words: Mapping[str, str], top: bool) -> None:
    """The options every command takes; a subcommand's copy keeps the top level's value."""

    def default(value: object) -> Any:
        return value if top else argparse.SUPPRESS

    types = _types(words)
    parser.add_argument(
        "--journal", metavar="PATH", default=default(None), help=_help(words, "opt_journal")
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        default=default(False),
        help=_help(words, "opt_no_save"),
    )
    for name, metavar in (("country", "CC"), ("locale", "TAG")):
        parser.add_argument(
            f"--{name}",
            metavar=metavar,
            type=types[name],
            default=default(None),
            help=_help(words, f"opt_{name}"),
        )


def _parser_class(words: Mapping[str, str]) -> type[argparse.ArgumentParser]:
    """An `ArgumentParser` whose own words (usage, options, help, errors) are in `words`.

    The messages argparse builds inside (a missing or invalid argument) stay its own.
    """

    class Formatter(argparse.HelpFormatter):
        def add_usage(
            self,
            usage: str | None,
            actions: Any,
            groups: Any,
            prefix: str | None = None,
        ) -> None:
            said = words["usage_prefix"] if prefix is None else prefix  # "": a subcommand's prog
            super().add_usage(usage, actions, groups, said)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.update(formatter_class=Formatter, add_help=False)
            super().__init__(*args, **kwargs)
            self._optionals.title = words["options_title"]
            self._positionals.title = words["positionals_title"]
            self.add_argument("-h", "--help", action="help", help=_help(words, "opt_help"))

        def error(self, message: str) -> Any:
            self.print_usage(sys.stderr)
            said = words["usage_error"].format(prog=self.prog, message=_argparse(message, words))
            self.exit(2, f"{said}\n")

    return Parser


_ARGPARSE: Final = (
    ("argparse_argument", re.compile(r"argument (?P<name>\S+?): (?P<message>.*)", re.S)),
    ("argparse_required", re.compile(r"the following arguments are required: (?P<names>.*)")),
    ("argparse_unknown", re.compile(r"unrecognized arguments: (?P<names>.*)")),
    (
        "argparse_choice",
        re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)"),
    ),
    ("argparse_one", re.compile(r"expected one argument")),
    ("argparse_value", re.compile(r"invalid \w+ value: (?P<value>.*)")),
)
"""argparse's own messages (English in every Python it runs on), and their ids in `words`."""


def _argparse(message: str, words: Mapping[str, str]) -> str:
    """A message argparse built, said again in `words`; one it does not know, as it is."""
    for key, pattern in _ARGPARSE:
        found = pattern.fullmatch(message)
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = _argparse(values["message"], words)
            return words[key].format(**values)
    return message


def _parser(words: Mapping[str, str]) -> argparse.ArgumentParser:
    """The arguments of `smallsteps` and its subcommands, their help in `words`."""
    parser = _parser_class(words)(
        prog="smallsteps", description=_help(words, "about"), epilog=_help(words, "exit_codes")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"smallsteps {ss.__version__}",
        help=_help(words, "opt_version"),
    )
    _common(parser, words, top=True)
    parser.set_defaults(run=commands.checkin)
    subparsers = parser.add_subparsers(title=words["commands_title"], metavar="COMMAND")
    subs: dict[str, argparse.ArgumentParser] = {}
    for name, run in _COMMANDS:
        about = _help(words, name)
        sub = subs[name] = subparsers.add_parser(name, help=about, description=about)
        _common(sub, words, top=False)
        if name != "checkin":
            sub.add_argument("--json", action="store_true", help=_help(words, "opt_json"))
        sub.set_defaults(run=run, parser=sub)
    energy = _types(words)["energy"]
    postures = [p.value for p in ss.Posture]
    times = [t.value for t in ss.TimeOfDay]

    def option(command: str, *names: str, key: str, **kwargs: Any) -> None:
        default = kwargs.get("default")
        said = _help(words, key, default=getattr(default, "value", default))
        subs[command].add_argument(*names, help=said, **kwargs)

    option("suggest", "--energy", key="opt_energy", type=energy, required=True)
    option("suggest", "--minutes", key="opt_minutes", type=_number(words, 1, 1440), default=MINUTES)
    option("suggest", "--posture", key="opt_posture", choices=postures, default="sitting")
    option("suggest", "--time-of-day", key="opt_time", choices=times)
    option("suggest", "--limit", key="opt_limit", type=_number(words, 1, 20), default=3)
    option("break-down", "text", key="opt_task", nargs="+", metavar="TEXT")
    option("break-down", "--energy", key="opt_energy", type=energy, default=ss.Energy.LOW)
    option("reframe", "text", key="opt_thought", nargs="+", metavar="TEXT")
    option("routine", "name", key="opt_routine", nargs="?", metavar="NAME")
    option("routine", "--energy", key="opt_energy", type=energy)
    option("export", "--output", key="opt_output", metavar="FILE")
    option("import", "file", key="opt_import", metavar="FILE")
    option("delete", "--kind", key="opt_kind", choices=ss.KINDS)
    option("delete", "--yes", key="opt_yes", action="store_true")
    option("week", "--energy", key="opt_energy", type=energy, default=ss.Energy.VERY_LOW)
    option("week", "--times", key="opt_times", nargs="+", choices=times)
    option("week", "--start", key="opt_start", metavar="YYYY-MM-DD")
    option("week", "--save", key="opt_save_week", action="store_true")
    option("week", "--ical", key="opt_ical", metavar="FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Its words are those of `--locale` (or the locale settings: `LC_ALL`, `LC_MESSAGES`,
    `LANG`), English where a sentence is not translated; argparse's own words ("usage:")
    stay English.

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
    args = _parser(words_in(given_locale(plain))).parse_args(plain)
    words = words_in(locale_of(args))
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except EOFError:
        print(f"\n{words['goodbye']}")
        return 0
    except KeyboardInterrupt:
        print(f"\n{words['goodbye']}")
        return 130
    except BrokenPipeError:  # the reader stopped reading (`| head`): leave quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (ss.ValidationError, OSError) as error:  # JournalError and CatalogError among them
        print(words["error"].format(error=error), file=sys.stderr)
        return 1
    except ValueError as error:
        if sys.stdout is None or sys.stdout.closed:  # the output was closed under us
            return 0
        raise error
