"""The command line in a locale, routines' task steps in one, and the whole library once.

Every sentence the command line shows comes from a document by id (`cli`, `cli-crisis`, and
the library's own), so under the pseudo-locale `en-XA` none of it is plain English: what is
left outside ⟦brackets⟧ is argparse's own words, option names and metavars, ids, numbers,
the person's own words, and the crisis lines' own names and numbers.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import pathlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

import smallsteps as ss
from smallsteps import _cli, _cliwords, _locale, _routines
from smallsteps._cli import TEXT, main
from smallsteps._cliwords import ANSWERS, CRISIS_WORDS, cli_words
from smallsteps._locale import PSEUDO, source_hash

from .helpers import load_script

CRISIS = "I want to kill myself"
TASK = "tidy the kitchen for Ellie"
THOUGHT = "I always mess everything up"
COUNTRY = "GB"
ARGPARSE: tuple[str, ...] = ()
"""argparse's own words that stay English: none (its usage line, headings, help option,
error frame and the messages it builds speak the locale: see `_cli._argparse`)."""
COMMANDS = ("smallsteps", *(name for name, _ in _cli._COMMANDS))
"""The program's and the subcommands' names: ids."""


def the_lines(country: str = COUNTRY) -> list[str]:
    """The crisis lines' own words (names, numbers, addresses, how to text) for a country."""
    notice = ss.check_safety(CRISIS, country, locale=PSEUDO).notice
    assert notice is not None
    return [*notice.lines, *(str(r) for r in notice.resources)]


def leftover(text: str, *allowed: str) -> list[str]:
    """The English words of `text` that skipped the machinery (outside every ⟦...⟧).

    Taken out first: what went through, argparse's words, option names, metavars and
    choices, the names of the commands, and the `allowed` texts (the person's own words).
    """
    text = " ".join(text.split())
    for words in sorted(allowed, key=len, reverse=True):
        text = text.replace(" ".join(words.split()), " ")
    while re.search(r"⟦[^⟦⟧]*⟧", text):  # innermost first
        text = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
    for words in sorted(ARGPARSE, key=len, reverse=True):
        text = text.replace(words, " ")
    text = re.sub(r"\{[^{}]*\}", " ", text)  # choices
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)  # option names
    text = re.sub(r"\b[A-Z][A-Z_-]*[A-Z]\b", " ", text)  # metavars: TEXT, YYYY-MM-DD
    found = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)
    return [w for w in found if w not in COMMANDS]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path, capsys: Any) -> Any:
    """Run `main(args)` with `answers` on stdin: (exit code, stdout, stderr).

    The journal is in `tmp_path`; no locale settings but those a test sets.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMALLSTEPS_JOURNAL", str(tmp_path / "journal.db"))

    def run(*args: str, answers: Sequence[str] = ()) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{a}\n" for a in answers)))
        try:
            code = main(list(args))
        except SystemExit as stop:  # --help, a usage error
            code = int(stop.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def pseudo(*args: str) -> tuple[str, ...]:
    return ("--locale", PSEUDO, "--country", COUNTRY, *args)


def journal_with_a_lift(path: pathlib.Path) -> None:
    """Eight check-ins with a lift in mood: enough for insights by activity and by kind."""
    with ss.Journal.open(path) as journal:
        for day in range(8):
            at = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC) + dt.timedelta(days=day)
            journal.add(ss.Entry("warm-drink-in-a-mug", at, mood_before=3, mood_after=5))


class TestEverySubcommandInThePseudoLocale:
    """Each subcommand's text output under `--locale en-XA`: no plain English sentence."""

    @pytest.mark.parametrize("command", ["", *(name for name in COMMANDS[1:])])
    def test_help(self, cli: Any, command: str) -> None:
        code, out, _ = cli(*pseudo(*([command] if command else []), "--help"))
        assert code == 0
        assert out.startswith("⟦ûšágé: ")
        assert leftover(out) == []

    @pytest.mark.parametrize(
        "args",
        [
            ("suggest", "--energy", "1"),
            ("suggest", "--energy", "0", "--minutes", "1", "--posture", "lying"),
            ("break-down", TASK, "--energy", "0"),
            ("break-down", "reply to my landlord by friday, smell gas"),
            ("reframe", THOUGHT),
            ("routine",),
            ("routine", "morning", "--energy", "4"),
            ("routine", "get-out-of-bed", "--energy", "3"),
            ("insights",),
            ("week", "--times", "morning", "evening"),
            ("due",),
            ("safety-plan",),
            ("delete",),
        ],
        ids=lambda a: " ".join(a)[:30],
    )
    def test_a_command_that_answers(self, cli: Any, args: tuple[str, ...]) -> None:
        code, out, err = cli(*pseudo(*args))
        assert (code, err) == (0, "")
        assert out.strip()
        assert leftover(out, TASK, THOUGHT, "Ellie", *the_lines()) == []

    @pytest.mark.parametrize(
        "text", [CRISIS, "my friend keeps saying she wants to kill herself", "i want to die"]
    )
    @pytest.mark.parametrize("command", ["break-down", "reframe", "routine"])
    def test_a_notice_instead(self, cli: Any, command: str, text: str) -> None:
        code, out, _ = cli(*pseudo(command, text))
        notice = ss.check_safety(text, COUNTRY, locale=PSEUDO).notice
        assert notice is not None
        assert code == 0
        assert notice.message in out
        assert "116 123" in out
        assert leftover(out, *the_lines()) == []

    def test_a_gentle_check_keeps_the_reframe(self, cli: Any) -> None:
        text = "im not going to hurt myself but im so useless"
        code, out, _ = cli(*pseudo("reframe", text))
        assert code == 0
        assert text in out
        assert leftover(out, text, *the_lines()) == []

    def test_the_journal_commands(self, cli: Any, tmp_path: pathlib.Path) -> None:
        """Insights with patterns, a week saved and due, export, delete and import."""
        journal_with_a_lift(tmp_path / "journal.db")
        start = (dt.date.today() + dt.timedelta(days=1)).isoformat()
        target = tmp_path / "all.json"
        runs = [
            cli(*pseudo("insights")),
            cli(*pseudo("week", "--start", start, "--save", "--ical", str(tmp_path / "w.ics"))),
            cli(*pseudo("due")),
            cli(*pseudo("export", "--output", str(target))),
            cli(*pseudo("delete", "--kind", "planned"), answers=["no"]),
            cli(*pseudo("delete", "--kind", "planned"), answers=["yes"]),
            cli(*pseudo("delete", "--yes")),
            cli(*pseudo("import", str(target))),
        ]
        assert [code for code, _, _ in runs] == [0] * len(runs)
        outs = [out for _, out, _ in runs]
        assert "~⟧" in outs[0]
        assert outs[2].strip().endswith("~⟧")  # the nudge, in the locale
        assert [leftover(out) for out in outs] == [[]] * len(runs)
        assert json.loads(cli(*pseudo("export"))[1])["entries"]  # JSON stays JSON

    @pytest.mark.parametrize(
        "args",
        [
            ("suggest", "--energy", "9"),
            ("suggest", "--energy", "my plugh canary secret"),
            ("suggest", "--energy", "1", "--minutes", "0"),
            ("suggest", "--energy", "1", "--limit", "x"),
            ("--country", "USA", "insights"),
            ("--locale", "es MX", "insights"),
            ("reframe", " "),
            ("break-down", " "),
            ("routine", "mornin"),
            ("routine", "morning"),
            ("suggest",),
            ("frob",),
        ],
        ids=lambda a: " ".join(a)[:30],
    )
    def test_a_usage_error(self, cli: Any, args: tuple[str, ...]) -> None:
        code, out, err = cli(*pseudo(*args))
        assert (code, out) == (2, "")
        assert "érrör:" in err
        assert leftover(err, "'frob'") == []  # a command typed wrong is the person's
        assert "plugh" not in err

    def test_the_check_finds_english(self, cli: Any) -> None:
        """Without the locale, the same outputs are all left over: the check is not blind."""
        for args in (("--help",), ("routine",), ("safety-plan",), ("suggest", "--energy", "1")):
            assert len(leftover(cli(*args)[1])) > 5, args

    def test_the_locale_settings_choose_it_too(
        self, cli: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("LANG", "en_XA.UTF-8")
        code, out, _ = cli("safety-plan")
        assert code == 0
        assert out.startswith("⟦")
        assert cli("--locale", "en", "safety-plan")[1] == cli("--locale", "en-GB", "safety-plan")[1]


class TestTheCheckInInThePseudoLocale:
    """The interactive check-in: every prompt, message and answer in the locale."""

    def test_a_whole_session(self, cli: Any) -> None:
        """A wrong answer, done, smaller, done, stop, moods: nothing plain English."""
        answers = ["9", "1", "10", "sitting", "afternoon", "1", "4", "d", "s", "d", "x", "6"]
        code, out, err = cli(*pseudo("--no-save"), answers=answers)
        assert (code, err) == (0, "")
        assert out.count("⟦") > 40
        assert leftover(out) == []

    def test_the_names_of_postures_and_times_are_the_locales(self, cli: Any) -> None:
        """Typed as a number, an id or the locale's word; the default is said in the locale."""
        lying = str(_locale.translated("strings", {"p": "lying"}, PSEUDO)["p"])
        answers = ["1", "10", lying, "", "1", "", "x", ""]
        code, out, _ = cli(*pseudo("--no-save"), answers=answers)
        assert code == 0
        assert f"⟧, {lying}, ⟦" in out  # the plan's heading: the posture typed in the locale
        assert leftover(out) == []

    @pytest.mark.parametrize(
        "answers",
        [
            [CRISIS, "n", "q"],  # the notice, go on gently, then stop
            [CRISIS],  # the notice, then stop (an empty reply stops)
            ["1", "10", "sitting", "night", "none"],
            ["1", "10", "sitting", "night"],  # the input ends: goodbye
        ],
        ids=["go-on", "stop", "none-picked", "end-of-input"],
    )
    def test_stopping_at_any_point(self, cli: Any, answers: list[str]) -> None:
        code, out, _ = cli(*pseudo("--no-save"), answers=answers)
        assert code == 0
        assert leftover(out, *the_lines()) == []

    def test_saved(self, cli: Any, tmp_path: pathlib.Path) -> None:
        answers = ["1", "10", "sitting", "night", "1", "", *["d"] * 12, ""]
        code, out, _ = cli(*pseudo(), answers=answers)
        assert code == 0
        assert str(tmp_path / "journal.db") in out
        assert leftover(out, str(tmp_path / "journal.db")) == []


class TestEnglishAndOtherLocales:
    """English reads as before; an unknown locale is English; a malformed tag is an error."""

    def test_english_reads_as_before(self, cli: Any) -> None:
        out = cli("--no-save", "suggest", "--help")[1]
        assert "The minutes you have (default: 5)." in " ".join(out.split())
        assert "Where your body is right now (default: sitting)." in " ".join(out.split())
        assert "\ncommands:\n" in cli("--help")[1]
        plan = cli("--no-save", "safety-plan")[1]
        assert plan.startswith(TEXT["plan_intro"])
        assert cli("routine")[1].splitlines()[0] == TEXT["routines_intro"]
        assert cli("due")[1].strip() == TEXT["due_nothing"]
        err = cli("suggest", "--energy", "a b")[2]
        assert "'a b'" not in err
        assert "a text of 3 characters is not an energy level" in err

    @pytest.mark.parametrize("tag", ["fr-FR", "zz", "en-GB"])
    def test_an_unknown_locale_is_english(self, cli: Any, tag: str) -> None:
        for args in (("safety-plan",), ("routine", "sleep", "--energy", "1"), ("--help",)):
            english = cli("--country", COUNTRY, *args)[1]
            assert cli("--locale", tag, "--country", COUNTRY, *args)[1] == english
        answers = ["1", "10", "sitting", "night", "none"]
        english = cli("--country", COUNTRY, "--no-save", answers=answers)[1]
        said = cli("--locale", tag, "--country", COUNTRY, "--no-save", answers=answers)[1]
        assert said == english

    @pytest.mark.parametrize("tag", ["es MX", "español", "e"])
    def test_a_malformed_tag_is_a_usage_error_naming_the_option(self, cli: Any, tag: str) -> None:
        code, _, err = cli("--locale", tag, "routine")
        assert code == 2
        assert "argument --locale: " in err
        assert "is not a language tag" in err

    def test_the_words_ship_with_the_safety_notice(self, cli: Any) -> None:
        """Spanish ships the words around a notice (cli-crisis), and the rest (cli)."""
        out = cli("--locale", "es", "--country", "MX", "reframe", CRISIS)[1]
        words = _cliwords.crisis_words("es")
        assert words["notice_options"] in out
        assert words["notice_options"] != TEXT["notice_options"]
        routine = cli("--locale", "es", "routine")[1]
        assert routine.splitlines()[0] != TEXT["routines_intro"]
        assert routine.splitlines()[0] == cli("--locale", "es-MX", "routine")[1].splitlines()[0]


class TestATranslation:
    """A `cli` overlay by id: its sentences, and the answers it takes besides the English."""

    def test_sentences_and_answers(self, cli: Any, translator: dict[tuple[str, str], Any]) -> None:
        translator["fr", "cli"] = {
            "hello": ("Bonjour. Tapez q pour arrêter.", source_hash(TEXT["hello"])),
            "routines_intro": ("Les routines :", source_hash("old English")),  # stale
            "answer.done": (("f", "fait"), source_hash(ANSWERS["done"])),
            "answer.stop": (("a", "arrêt", "q"), source_hash(ANSWERS["stop"])),
            "stopped": ("Arrêter ici compte.", source_hash(TEXT["stopped"])),
        }
        answers = ["1", "10", "sitting", "night", "1", "", "fait", "d", "A", ""]
        code, out, _ = cli("--locale", "fr-CA", "--no-save", answers=answers)
        assert code == 0
        assert out.startswith("Bonjour. Tapez q pour arrêter.\n")
        assert "Arrêter ici compte." in out
        assert TEXT["again"].split("{")[0] not in out  # every answer was taken
        assert cli("--locale", "fr", "routine")[1].splitlines()[0] == TEXT["routines_intro"]

    def test_an_answer_list_of_another_length_is_not_used(
        self, translator: dict[tuple[str, str], Any]
    ) -> None:
        translator["fr", "cli"] = {"answer.done": (("f",), source_hash(ANSWERS["done"]))}
        assert _cliwords.words_in("fr").answers("done") == ("d", "done")


class TestTheDocument:
    """What a translator of the command line sees."""

    def test_the_status_script_lists_it(self) -> None:
        documents = load_script("translation_status").documents()
        assert documents["cli"] == cli_words()
        assert set(documents["cli-crisis"]) == set(CRISIS_WORDS)

    def test_every_text_is_in_one_document(self) -> None:
        """Each id of cli.toml is in `cli` or in `cli-crisis`, once; a line to write on in none."""
        words = cli_words()
        assert set(CRISIS_WORDS).isdisjoint(words)
        assert set(TEXT) - set(words) - set(CRISIS_WORDS) == {"plan_blank"}
        assert {k for k in words if k.startswith("answer.")} == {f"answer.{k}" for k in ANSWERS}

    def test_the_pseudo_locale_reaches_every_text(self) -> None:
        words = _cliwords.words_in(PSEUDO)
        assert all(words[k].startswith("⟦") for k in TEXT if k != "plan_blank")
        assert words.answers("done") == ("⟦d ~⟧", "⟦döñé ~⟧", "d", "done")

    def test_help_texts_have_no_argparse_fields(self) -> None:
        """`{default}` is filled by the command line: a translation cannot break argparse."""
        assert not [k for k, v in TEXT.items() if "%(" in v]


# -- (2) routines: the items that come from task templates ----------------------------------

FROM_TEMPLATES = [
    ("morning", "get-dressed"),
    ("morning", "breakfast"),
    ("morning", "short-walk"),
    ("get-out-of-bed", "get-dressed"),
]


def _tree(steps: tuple[ss.Step, ...]) -> Iterator[ss.Step]:
    for step in steps:
        yield step
        yield from _tree(step.parts)


def _foreign(text: str) -> bool:
    return text.startswith("⟦") and text.endswith("⟧")


class TestRoutineItemsFromTaskTemplates:
    """A routine's items that take a task template's steps say them in the routine's locale."""

    @pytest.mark.parametrize(("routine", "item"), FROM_TEMPLATES)
    @pytest.mark.parametrize("energy", list(ss.Energy), ids=int)
    def test_their_steps_are_the_tasks_document(
        self, routine: str, item: str, energy: ss.Energy
    ) -> None:
        said = ss.default_routines(locale=PSEUDO)[routine].for_energy(energy)
        english = ss.default_routines()[routine].for_energy(energy)
        items = {i.id: i for i in said.items}
        if item not in items:  # not in this energy's tiers
            assert item not in {i.id for i in english.items}
            return
        mine = items[item]
        theirs = next(i for i in english.items if i.id == item)
        assert mine.task == theirs.task
        steps = list(_tree(mine.steps))
        assert all(_foreign(s.text) for s in steps), [s.text for s in steps]
        assert [s.seconds for s in steps] == [s.seconds for s in _tree(theirs.steps)]
        assert [s.win for s in steps] == [s.win for s in _tree(theirs.steps)]
        assert leftover(str(said)) == []

    def test_a_template_step_remembers_its_english(self) -> None:
        """So it is sized as in English, and a box says its time in the locale."""
        item = ss.default_routines()["morning"].items[3]
        assert item.task == "get-dressed"
        english = item.resolve()
        said = item.resolve(locale=PSEUDO)
        template = ss.default_tasks().template("get-dressed")
        assert english.steps == template.steps
        assert [_locale.english_of(s.text) for s in said.steps] == [s.text for s in english.steps]
        low = ss.default_routines(locale=PSEUDO)["morning"].for_energy(2).items
        boxed = [s.text for i in low if i.task for s in i.steps if "šéçöñdš" in s.text]
        assert all(_foreign(t) for t in boxed)

    def test_english_and_unknown_locales_are_as_before(self) -> None:
        english = str(ss.default_routines()["morning"].for_energy(4))
        assert "    Stand up and open your clothes drawer (about 20 seconds)" in english
        for tag in ("en", "en-GB", "fr-FR", "zz"):
            routine = ss.default_routines(locale=tag)["morning"].for_energy(4)
            assert str(routine) == english
        item = ss.default_routines()["morning"].items[3]
        assert item.resolve(locale="fr").steps == item.resolve().steps

    def test_a_malformed_tag_is_a_validation_error(self) -> None:
        item = ss.default_routines()["morning"].items[3]
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            item.resolve(locale="es MX")

    def test_a_translated_template(self, translator: dict[tuple[str, str], Any]) -> None:
        template = ss.default_tasks().template("get-dressed")
        english = tuple(s.text for s in template.steps)
        french = tuple(f"étape {n}" for n in range(1, len(english) + 1))
        translator["fr", "tasks"] = {
            "task.get-dressed.steps": (french, source_hash(english)),
        }
        _routines._defaults_in.cache_clear()
        morning = ss.default_routines(locale="fr")["morning"].for_energy(4)
        dressed = next(i for i in morning.items if i.id == "get-dressed")
        assert [s.text for s in dressed.steps] == list(french[: len(dressed.steps)])
        _routines._defaults_in.cache_clear()

    def test_a_routine_built_from_words_says_the_steps_found_in_its_locale(self) -> None:
        """The person's words stay; the steps found for them are said in the locale.

        A template's or a kind's steps, the person's words in their slots; a template's title
        where no words name the item.
        """
        items = ["get dressed", "call mum", "🙂"]
        said = ss.Routine.build("my mornings", items, locale=PSEUDO)
        english = ss.Routine.build("my mornings", items)
        assert said.title == english.title == "my mornings"
        assert [i.title for i in said.items][:2] == ["Get dressed", "Call mum"]
        assert _foreign(said.items[2].title)
        assert english.items[2].title == 'Make a start on "this task"'
        for mine, theirs in zip(said.items, english.items, strict=True):
            steps = list(_tree(mine.steps))
            assert all(_foreign(s.text) for s in steps)
            assert [s.seconds for s in steps] == [s.seconds for s in _tree(theirs.steps)]
        assert any("mum" in s.text for s in said.items[1].steps)
        assert leftover(str(said.for_energy(2)), "my mornings", "Get dressed", "Call mum") == []


# -- the whole library, once ----------------------------------------------------------------


def test_the_whole_library_speaks_the_pseudo_locale(cli: Any, tmp_path: pathlib.Path) -> None:
    """The whole library under `en-XA`: no plain English left (issue 19, "Done when").

    A plan, a breakdown, a reframe, a notice, a routine, insights, a weekly review, a week
    plan and the command line.
    """
    now = dt.datetime(2026, 12, 7, 10, tzinfo=dt.UTC)
    entries = [
        ss.Entry("warm-drink-in-a-mug", now - dt.timedelta(days=d), mood_before=3, mood_after=6)
        for d in range(1, 8)
    ]
    plan = ss.recommend(ss.CheckIn(1, 10, "sitting", "morning"), entries, now=now,
                        locale=PSEUDO)  # fmt: skip
    breakdown = ss.break_down(TASK, 1, locale=PSEUDO)
    reframed = ss.reframe(THOUGHT, locale=PSEUDO)
    notice = ss.check_safety(CRISIS, COUNTRY, locale=PSEUDO).notice
    assert notice is not None
    routine = ss.default_routines(locale=PSEUDO)["morning"].for_energy(4)
    built = ss.Routine.build("mine", ["get dressed", "drink water"], locale=PSEUDO)
    found = ss.insights(entries, locale=PSEUDO)
    review = ss.weekly_review(entries, now.date() - dt.timedelta(days=7), locale=PSEUDO)
    week = ss.plan_week(now.date(), entries, times=["morning", "evening"], tz=dt.UTC,
                        locale=PSEUDO)  # fmt: skip
    texts = {
        "plan": str(plan),
        "breakdown": str(breakdown),
        "reframe": str(reframed),
        "notice": "\n".join([notice.message, notice.emergency, *notice.options, *notice.lines]),
        "routine": str(routine),
        "built": str(built.for_energy(1)),
        "insights": "\n".join([*(i.sentence for i in found.activities), found.note]),
        "review": str(review),
        "week": "\n".join([str(week), *(r for i in week.items for r in i.reasons)]),
        "nudges": "\n".join(i.nudge for i in week.items),
    }
    journal_with_a_lift(tmp_path / "journal.db")
    for args in (("suggest", "--energy", "1"), ("routine", "morning", "--energy", "2"),
                 ("insights",), ("week",), ("safety-plan",), ("reframe", THOUGHT)):  # fmt: skip
        texts[" ".join(args)] = cli(*pseudo(*args))[1]
    texts["checkin"] = cli(*pseudo("--no-save"), answers=["1", "5", "lying", "", "none"])[1]
    allowed = (TASK, THOUGHT, "Ellie", "mine", "Get dressed", "Drink water", *the_lines())
    assert all(text.count("⟦") > 1 for text in texts.values()), texts
    left = {name: leftover(text, *allowed) for name, text in texts.items()}
    assert left == {name: [] for name in texts}
