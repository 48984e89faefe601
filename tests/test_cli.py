"""The command line, driven as a real process: `python -m smallsteps` and the console script."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import select
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

import pytest

import smallsteps as ss
from smallsteps._cli import TEXT, default_journal_path

CRISIS = "I want to kill myself"
SUBCOMMANDS = (
    "checkin",
    "suggest",
    "break-down",
    "reframe",
    "routine",
    "insights",
    "export",
    "safety-plan",
)
# energy, minutes, posture, time of day: the plan below, with a step that splits smaller
CHECKIN = ("1", "10", "sitting", "afternoon")


def cli_env(tmp_path: pathlib.Path) -> dict[str, str]:
    """The environment: the journal in `tmp_path`, no locale country, nothing from $HOME."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env |= {
        "SMALLSTEPS_JOURNAL": str(tmp_path / "data" / "journal.db"),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }
    return env


def run(
    tmp_path: pathlib.Path, *args: str, answers: tuple[str, ...] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m smallsteps ARGS`, typing `answers` one a line (then end of input)."""
    return subprocess.run(
        [sys.executable, "-m", "smallsteps", *args],
        input="".join(f"{a}\n" for a in answers or ()),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(tmp_path),
        timeout=60,
    )


def run_together(
    tmp_path: pathlib.Path, commands: Sequence[tuple[str, ...]]
) -> list[subprocess.CompletedProcess[str]]:
    """Run independent commands at the same time (no input), to keep the suite quick."""
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "smallsteps", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=cli_env(tmp_path),
        )
        for args in commands
    ]
    results = []
    for args, proc in zip(commands, started, strict=True):
        out, err = proc.communicate(timeout=60)
        results.append(subprocess.CompletedProcess(args, proc.returncode, out, err))
    return results


def saved(tmp_path: pathlib.Path) -> list[ss.Entry]:
    """The entries in the test journal."""
    with ss.Journal.open(tmp_path / "data" / "journal.db") as journal:
        return journal.entries()


def the_plan() -> ss.Plan:
    """The plan the CLI shows for `CHECKIN` with an empty journal."""
    checkin = ss.CheckIn(int(CHECKIN[0]), int(CHECKIN[1]), CHECKIN[2], CHECKIN[3])
    return ss.Recommender(ss.installed_catalog()).recommend(checkin)


def every_step() -> tuple[str, ...]:
    """A "done" for each step of the first suggestion."""
    return ("d",) * len(the_plan().suggestions[0].steps)


def a_checkin_with(
    steps: tuple[str, ...], mood_before: str = "4", mood_after: str = "6"
) -> tuple[str, ...]:
    """The answers of a check-in that picks the first suggestion and goes through `steps`."""
    return (*CHECKIN, "1", mood_before, *steps, mood_after)


class TestInteractiveCheckIn:
    def test_a_full_session_saves_one_entry(self, tmp_path: pathlib.Path) -> None:
        """Done, smaller, done, stop, mood: the plan and steps show, and one entry is saved."""
        plan = the_plan()
        first = plan.suggestions[0]
        second_step = first.steps[1]
        smaller = ss.split_step(second_step)
        assert len(first.steps) >= 3
        assert smaller != (second_step,)  # the test's premise: step 2 can get smaller

        result = run(tmp_path, answers=a_checkin_with(("d", "s", "d", "x")))

        assert 0 == result.returncode, result.stderr
        assert "" == result.stderr
        assert str(plan).split("\n\n")[0] in result.stdout  # the plan's heading
        assert f"1. {first.activity.title}" in result.stdout
        assert str(first.steps[0]) in result.stdout
        total = len(first.steps) - 1 + len(smaller)
        assert TEXT["step"].format(n=2, total=total, step=smaller[0]) in result.stdout
        assert TEXT["stopped"] in result.stdout
        assert TEXT["saved"].format(path=tmp_path / "data" / "journal.db") in result.stdout
        [entry] = saved(tmp_path)
        assert first.activity.id == entry.activity_id
        assert (4, 6) == (entry.mood_before, entry.mood_after)
        assert ss.Completion.PARTLY == entry.done
        assert ss.Energy(1) == entry.energy
        assert entry.at.tzinfo is not None

    def test_the_journal_file_is_private(self, tmp_path: pathlib.Path) -> None:
        """The folder is created, and the file is readable by its owner only."""
        result = run(tmp_path, answers=a_checkin_with(("x",)))
        assert 0 == result.returncode, result.stderr
        path = tmp_path / "data" / "journal.db"
        if os.name == "posix":
            assert 0o600 == stat.S_IMODE(path.stat().st_mode)
        [entry] = saved(tmp_path)
        assert ss.Completion.NOT_DONE == entry.done

    def test_enter_takes_the_defaults(self, tmp_path: pathlib.Path) -> None:
        """Enter: 5 minutes, the clock's time of day, the first idea, each step done, no mood."""
        result = run(tmp_path, answers=("2", "", "standing", "", "", "", *[""] * 30))
        assert 0 == result.returncode, result.stderr
        assert "Energy 2 (low), 5 minutes, standing," in result.stdout
        assert TEXT["all_done"] in result.stdout
        [entry] = saved(tmp_path)
        assert ss.Completion.DONE == entry.done
        assert (None, None) == (entry.mood_before, entry.mood_after)

    def test_no_save_writes_nothing(self, tmp_path: pathlib.Path) -> None:
        """With --no-save the session runs and no file appears."""
        result = run(tmp_path, "--no-save", answers=a_checkin_with(every_step()))
        assert 0 == result.returncode, result.stderr
        assert TEXT["not_saved"] in result.stdout
        assert [] == list(tmp_path.iterdir())

    def test_invalid_answers_are_asked_again(self, tmp_path: pathlib.Path) -> None:
        """Each unfitting answer gets a kind line saying what fits, then the question again."""
        answers = ("7", "lots", "1", "0", "10", "s", "sit", "noon", "aft", "9", "none")
        result = run(tmp_path, answers=answers)
        assert 0 == result.returncode, result.stderr
        out = result.stdout
        for hint in ("energy_expected", "minutes_expected", "posture_expected", "time_expected"):
            assert TEXT["again"].format(expected=TEXT[hint]) in out
        assert 6 == out.count("Sorry, that did not fit")
        assert 3 == out.count(TEXT["energy_ask"])
        assert "Energy 1 (very low), 10 minutes, sitting, afternoon:" in out
        assert TEXT["none_picked"] in out
        assert not (tmp_path / "data").exists()

    def test_q_stops_gently(self, tmp_path: pathlib.Path) -> None:
        """Typing q at a question ends the check-in kindly, saving nothing."""
        result = run(tmp_path, answers=("1", "q"))
        assert 0 == result.returncode
        assert result.stdout.rstrip().endswith(TEXT["goodbye"])
        assert not (tmp_path / "data").exists()


class TestCrisisAtAPrompt:
    def test_shows_the_notice_and_offers_to_stop(self, tmp_path: pathlib.Path) -> None:
        """Crisis words at any prompt show the notice with the lines; Enter stops gently."""
        result = run(tmp_path, "--country", "US", answers=("1", CRISIS, ""))
        notice = ss.check_safety(CRISIS, "US").notice
        assert notice is not None
        assert 0 == result.returncode
        assert notice.message in result.stdout
        assert "988" in result.stdout
        assert "findahelpline.com" in result.stdout
        assert notice.emergency in result.stdout
        assert TEXT["crisis_stop_ask"] in result.stdout
        assert result.stdout.rstrip().endswith(TEXT["crisis_stopped"])
        assert not (tmp_path / "data").exists()

    def test_going_on_asks_the_question_again(self, tmp_path: pathlib.Path) -> None:
        """Saying no to stopping asks the question again; the words are never taken as an answer."""
        result = run(tmp_path, answers=(CRISIS, "n", "1", "5", "lying", "", "none"))
        assert 0 == result.returncode
        assert TEXT["crisis_go_on"] in result.stdout
        assert 2 == result.stdout.count(TEXT["energy_ask"])
        assert "findahelpline.com" in result.stdout
        assert TEXT["none_picked"] in result.stdout

    def test_the_country_comes_from_the_locale(self, tmp_path: pathlib.Path) -> None:
        """Without --country, a locale such as en_GB.UTF-8 puts that country's lines first."""
        env = cli_env(tmp_path) | {"LANG": "en_GB.UTF-8"}
        result = subprocess.run(
            [sys.executable, "-m", "smallsteps", "reframe", CRISIS],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert 0 == result.returncode
        assert "Samaritans: call 116 123" in result.stdout


class TestLanguage:
    """The notice and the help line in the person's language (`--locale`, or the settings)."""

    def test_a_spanish_check_in_hears_spanish_and_answers_in_it(
        self, tmp_path: pathlib.Path
    ) -> None:
        result = run(tmp_path, "--locale", "es-MX", answers=("quiero matarme", "s"))
        assert 0 == result.returncode
        assert "Parece que ahora mismo todo pesa mucho." in result.stdout
        assert "Línea de la Vida: llama al 800 911 2000" in result.stdout
        assert "Si estás en peligro ahora mismo, llama ya al 911." in result.stdout
        assert "Otras formas de recibir apoyo:" in result.stdout
        assert "¿Quieres parar aquí por ahora? (s/n) [s]: " in result.stdout
        assert result.stdout.rstrip().endswith("Cuídate.")

    def test_the_language_comes_from_the_settings(self, tmp_path: pathlib.Path) -> None:
        env = cli_env(tmp_path) | {"LANG": "pt_BR.UTF-8"}
        result = subprocess.run(
            [sys.executable, "-m", "smallsteps", "safety-plan"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
        )
        assert 0 == result.returncode
        assert "Se tudo parecer pesado demais, há ajuda a qualquer hora: CVV" in result.stdout
        assert "1. Sinais de alerta" in result.stdout
        assert "Um plano de segurança em branco." in result.stdout

    def test_a_tag_that_is_not_a_tag_is_a_usage_error(self, tmp_path: pathlib.Path) -> None:
        result = run(tmp_path, "suggest", "--locale", "español", "2", "10", "sitting")
        assert 2 == result.returncode
        assert "is not a language tag" in result.stderr


class TestEndingEarly:
    def test_end_of_input_keeps_what_was_saved(self, tmp_path: pathlib.Path) -> None:
        """End of input: a kind goodbye, exit 0, no traceback; earlier entries stay, none added."""
        assert 0 == run(tmp_path, answers=a_checkin_with(every_step())).returncode
        before = saved(tmp_path)
        for partial in (("2", "10"), (*CHECKIN, "1", "5", "d")):
            result = run(tmp_path, answers=partial)
            assert 0 == result.returncode
            assert "Traceback" not in result.stderr
            assert result.stdout.rstrip().endswith(TEXT["goodbye"])
        assert 1 == len(before)
        assert before == saved(tmp_path)

    @pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process is POSIX")
    def test_ctrl_c_exits_130(self, tmp_path: pathlib.Path) -> None:
        """Ctrl-C at a prompt: a kind goodbye, exit 130, no traceback."""
        proc = subprocess.Popen(
            [sys.executable, "-m", "smallsteps"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=cli_env(tmp_path),
            # a test runner started in the background may ignore SIGINT; a terminal never does
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        assert proc.stdout is not None
        shown = b""
        deadline = time.monotonic() + 30
        while TEXT["energy_ask"].encode() not in shown and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 1)
            if ready:
                shown += os.read(proc.stdout.fileno(), 4096)
        proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=30)
        assert 130 == proc.returncode
        assert b"Traceback" not in err
        assert TEXT["goodbye"].encode() in rest


class TestSubcommands:
    def test_suggest_round_trips_as_json(self, tmp_path: pathlib.Path) -> None:
        """`suggest --json` is the plan as `ss.to_json`, and reads back as a Plan."""
        args = ("suggest", "--energy", "2", "--minutes", "10", "--posture", "lying")
        result = run(tmp_path, *args, "--time-of-day", "evening", "--limit", "4", "--json")
        assert 0 == result.returncode, result.stderr
        plan = ss.from_json(result.stdout, ss.Plan)
        assert 4 == len(plan.suggestions)
        assert ss.CheckIn(2, 10, "lying", "evening") == plan.checkin
        assert result.stdout.strip() == ss.to_json(plan)

    def test_suggest_learns_from_the_journal(self, tmp_path: pathlib.Path) -> None:
        """An activity just done gives way in `suggest`; --no-save reads no history."""
        assert 0 == run(tmp_path, answers=a_checkin_with(every_step())).returncode
        [entry] = saved(tmp_path)
        args: tuple[str, ...] = ("suggest", "--energy", CHECKIN[0], "--minutes", CHECKIN[1])
        args += ("--posture", CHECKIN[2], "--time-of-day", CHECKIN[3], "--json")
        with_history = ss.from_json(run(tmp_path, *args).stdout, ss.Plan)
        without = ss.from_json(run(tmp_path, "--no-save", *args).stdout, ss.Plan)
        assert entry.activity_id not in {s.activity.id for s in with_history.suggestions}
        assert entry.activity_id == without.suggestions[0].activity.id

    def test_json_reads_back(self, tmp_path: pathlib.Path) -> None:
        """Each subcommand's --json is the library value, and reads back as it."""
        cases: dict[tuple[str, ...], type[Any]] = {
            ("break-down", "reply to my landlord", "--energy", "0"): ss.Breakdown,
            ("reframe", "I always mess everything up"): ss.Reframe,
            ("routine", "morning", "--energy", "3"): ss.Routine,
            ("insights",): ss.Insights,
            ("safety-plan",): ss.SafetyPlan,
        }
        results = run_together(tmp_path, [(*args, "--json") for args in cases])
        for result, cls in zip(results, cases.values(), strict=True):
            assert 0 == result.returncode, (result.args, result.stderr)
            value = ss.from_json(result.stdout, cls)
            assert result.stdout.strip() == ss.to_json(value)

    def test_break_down_json_has_steps(self, tmp_path: pathlib.Path) -> None:
        """The breakdown's JSON holds the steps, the same as the library gives."""
        result = run(tmp_path, "break-down", "clean", "the", "kitchen", "--json")
        data = json.loads(result.stdout)
        expected = ss.break_down("clean the kitchen", ss.Energy.LOW)
        assert [s.text for s in expected.steps] == [s["text"] for s in data["steps"]]

    def test_routine_list(self, tmp_path: pathlib.Path) -> None:
        """With no name, `routine` lists the routines, as text or as a JSON list."""
        text = run(tmp_path, "routine").stdout
        data: list[dict[str, Any]] = json.loads(run(tmp_path, "routine", "--json").stdout)
        names = list(ss.default_routines())
        assert all(f"  {name}: " in text for name in names)
        assert names == [r["id"] for r in data]

    def test_export(self, tmp_path: pathlib.Path) -> None:
        """`export` prints what `--output FILE` writes: a private file `import_json` reads."""
        assert 0 == run(tmp_path, answers=a_checkin_with(every_step())).returncode
        printed = json.loads(run(tmp_path, "export", "--json").stdout)
        target = tmp_path / "export.json"
        result = run(tmp_path, "export", "--output", str(target))
        assert TEXT["exported"].format(count=1, path=target) in result.stdout
        assert printed == json.loads(target.read_text("utf-8"))
        if os.name == "posix":
            assert 0o600 == stat.S_IMODE(target.stat().st_mode)
        assert 1 == ss.MemoryJournal().import_json(target)

    def test_readable_text(self, tmp_path: pathlib.Path) -> None:
        """Without --json, each answer is readable text with the pointer to help."""
        outputs = {
            "suggest": run(tmp_path, "suggest", "--energy", "2").stdout,
            "break-down": run(tmp_path, "break-down", "clean the kitchen").stdout,
            "insights": run(tmp_path, "insights").stdout,
            "safety-plan": run(tmp_path, "safety-plan").stdout,
        }
        assert outputs["suggest"].startswith("Energy 2 (low), 5 minutes, sitting,")
        assert outputs["break-down"].startswith("Wipe the kitchen surfaces (energy 2, low):")
        assert TEXT["insights_empty"] == outputs["insights"].strip()
        assert "1. Warning signs" in outputs["safety-plan"]
        for name in ("suggest", "break-down", "safety-plan"):
            assert ss.help_pointer() in outputs[name]
        assert not (tmp_path / "data").exists()  # reading an absent journal creates nothing

    def test_crisis_text_shows_the_notice(self, tmp_path: pathlib.Path) -> None:
        """Crisis words in a TEXT argument show the notice with the lines, exit 0."""
        notice = ss.check_safety(CRISIS).notice
        assert notice is not None
        commands = [
            ("--country", "GB", name, CRISIS) for name in ("break-down", "reframe", "routine")
        ]
        for result in run_together(tmp_path, commands):
            assert 0 == result.returncode, result.args
            assert notice.message in result.stdout
            assert "116 123" in result.stdout
            assert "findahelpline.com" in result.stdout

    def test_a_gentle_check_keeps_the_reframe(self, tmp_path: pathlib.Path) -> None:
        """A denial beside a harsh thought: the reframe, then the gentle notice with the lines."""
        text = "im not going to hurt myself but im so useless"
        notice = ss.check_safety(text).notice
        assert notice is not None
        assert "gentle" == notice.kind
        result = run(tmp_path, "--country", "GB", "reframe", text)
        assert 0 == result.returncode
        assert result.stdout.startswith(f'The thought: "{text}"')
        assert notice.message in result.stdout
        assert "116 123" in result.stdout

    def test_someone_else_at_risk_shows_the_supporter_notice(self, tmp_path: pathlib.Path) -> None:
        """Words about another person at risk show the supporter notice, with the same lines."""
        text = "my friend keeps saying she wants to kill herself"
        notice = ss.check_safety(text).notice
        assert notice is not None
        assert "supporter" == notice.kind
        (result,) = run_together(tmp_path, [("--country", "GB", "break-down", text)])
        assert 0 == result.returncode
        assert notice.message in result.stdout
        assert TEXT["notice_supporter_options"] in result.stdout
        assert all(option in result.stdout for option in notice.options)
        assert "116 123" in result.stdout


class TestUsage:
    def test_help(self, tmp_path: pathlib.Path) -> None:
        """--help on the program and on every subcommand prints usage and a description."""
        commands = ["", *SUBCOMMANDS]
        results = run_together(tmp_path, [(*([c] if c else []), "--help") for c in commands])
        for command, result in zip(commands, results, strict=True):
            assert 0 == result.returncode, result.args
            assert result.stdout.startswith(f"usage: smallsteps {command}".rstrip())
            words = " ".join(TEXT[command or "about"].split()[:4])
            assert words in " ".join(result.stdout.split()), result.args

    def test_version(self, tmp_path: pathlib.Path) -> None:
        """--version prints the installed version."""
        result = run(tmp_path, "--version")
        assert 0 == result.returncode
        assert f"smallsteps {ss.__version__}" == result.stdout.strip()

    def test_usage_errors_exit_2(self, tmp_path: pathlib.Path) -> None:
        """A bad argument or value: usage and a message naming it on stderr, exit 2."""
        cases = {
            ("frob",): "invalid choice: 'frob'",
            ("suggest", "--energy", "9"): "argument --energy: '9' is not an energy level",
            ("suggest",): "the following arguments are required: --energy",
            ("suggest", "--energy", "1", "--minutes", "0"): "argument --minutes: '0'",
            ("break-down",): "the following arguments are required: TEXT",
            ("reframe", " "): "thought: expected a few words",
            ("routine", "mornin"): "(did you mean 'morning'?)",
            ("routine", "morning"): TEXT["routine_energy"],
            ("--country", "USA", "insights"): "argument --country: 'USA'",
        }
        for result, words in zip(run_together(tmp_path, list(cases)), cases.values(), strict=True):
            assert 2 == result.returncode, result.args
            assert "usage: smallsteps" in result.stderr
            assert words in result.stderr, result.args

    def test_a_damaged_journal_exits_1(self, tmp_path: pathlib.Path) -> None:
        """A file that is not a journal: one line on stderr, no traceback, exit 1, file kept."""
        path = tmp_path / "data" / "journal.db"
        path.parent.mkdir()
        path.write_text("my shopping list\n")
        for args in (("insights",), ()):
            result = run(tmp_path, *args, answers=("1",))
            assert 1 == result.returncode
            assert result.stderr.startswith("smallsteps: journal: ")
            assert "Traceback" not in result.stderr
            assert TEXT["energy_ask"] not in result.stdout
        assert "my shopping list\n" == path.read_text()

    def test_the_console_script(self, tmp_path: pathlib.Path) -> None:
        """The installed `smallsteps` script runs the same program."""
        script = shutil.which("smallsteps", path=str(pathlib.Path(sys.executable).parent))
        if script is None:
            pytest.skip("the smallsteps script is not installed next to this Python")
        result = subprocess.run(
            [script, "--help"], capture_output=True, text=True, env=cli_env(tmp_path), timeout=60
        )
        assert 0 == result.returncode
        assert result.stdout.startswith("usage: smallsteps")


class TestInProcess:
    def test_every_fixed_string_passes_the_tone_rules(self) -> None:
        """All the text the CLI itself prints passes `ss.lint_text`."""
        problems = {key: ss.lint_text(text) for key, text in TEXT.items()}
        assert {} == {key: found for key, found in problems.items() if found}

    def test_default_journal_path(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
    ) -> None:
        """$SMALLSTEPS_JOURNAL first, else the platform's per-user data folder."""
        monkeypatch.setenv("SMALLSTEPS_JOURNAL", str(tmp_path / "mine.db"))
        assert tmp_path / "mine.db" == default_journal_path()
        monkeypatch.delenv("SMALLSTEPS_JOURNAL")
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setattr(sys, "platform", "linux")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        assert tmp_path / "xdg" / "smallsteps" / "journal.db" == default_journal_path()
        monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
        expected = pathlib.Path.home() / ".local" / "share" / "smallsteps" / "journal.db"
        assert expected == default_journal_path()
        monkeypatch.setattr(sys, "platform", "darwin")
        expected = pathlib.Path.home() / "Library" / "Application Support" / "smallsteps"
        assert expected / "journal.db" == default_journal_path()
        monkeypatch.setattr(sys, "platform", "win32")
        monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
        assert tmp_path / "Roaming" / "smallsteps" / "journal.db" == default_journal_path()

    def test_import_smallsteps_leaves_the_cli_out(self) -> None:
        """`import smallsteps` does not import the command line."""
        code = "import sys, smallsteps; print('smallsteps._cli' in sys.modules)"
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert "False" == result.stdout.strip()


def test_bytes_that_are_not_utf8_in_an_argument() -> None:
    """With a strict UTF-8 output, a byte like FF in an argument was a traceback."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    done = subprocess.run(
        [sys.executable, "-m", "smallsteps", "--no-save", "reframe", b"\xff i always fail"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert 0 == done.returncode
    assert b"Traceback" not in done.stderr


def test_a_closed_output_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing to a closed output was a traceback (`ValueError: I/O operation on closed file`)."""
    import io

    from smallsteps._cli import main

    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(sys, "stdout", closed)
    assert 0 == main(["--no-save", "safety-plan"])


def test_insights_say_which_is_which(tmp_path: pathlib.Path) -> None:
    """One entry is counted under its activity and under its kind: each list has a heading."""
    path = tmp_path / "journal.db"
    with ss.Journal.open(path) as journal:
        for day in range(8):
            at = dt.datetime(2026, 11, 20, 9) + dt.timedelta(days=day)
            journal.add(ss.Entry("warm-drink-in-a-mug", at, mood_before=3, mood_after=5))
    out = run(tmp_path, "--journal", str(path), "insights").stdout
    assert out.index(TEXT["insights_activities"]) < out.index("Make a warm drink")
    assert out.index(TEXT["insights_categories"]) < out.index("Nourishment:")


def test_a_sentence_given_as_an_option_is_counted(tmp_path: pathlib.Path) -> None:
    """The usage error says how long it was, never what it said (the fuzzer found it)."""
    result = run(tmp_path, "suggest", "--energy", "my plugh canary secret")
    assert 2 == result.returncode
    assert "plugh" not in result.stderr
    assert "a text of 22 characters" in result.stderr


class TestPlanKeepAndDelete:
    """`week`, `due`, `import` and `delete`: the planned week and everything the journal keeps."""

    def test_a_week_is_planned_saved_and_due(self, tmp_path: pathlib.Path) -> None:
        ics = tmp_path / "week.ics"
        start = (dt.date.today() + dt.timedelta(days=1)).isoformat()
        args = ("week", "--times", "morning", "evening", "--start", start, "--save")
        result = run(tmp_path, *args, "--ical", str(ics))
        assert result.returncode == 0, result.stderr
        assert "A gentle start: 3 small things" in result.stdout
        assert ics.read_text("utf-8").count("BEGIN:VEVENT") == 3
        due = run(tmp_path, "due")
        assert due.returncode == 0
        assert due.stdout.strip().endswith("?")
        assert len(due.stdout.split(":", 2)[-1].split()) <= 6
        planned = run(tmp_path, "export", "--json")
        assert len(json.loads(planned.stdout)["entries"]) == 3

    def test_export_delete_import_round_trip(self, tmp_path: pathlib.Path) -> None:
        start = (dt.date.today() + dt.timedelta(days=1)).isoformat()
        assert run(tmp_path, "week", "--start", start, "--save").returncode == 0
        path = tmp_path / "data" / "journal.db"
        with ss.Journal.open(path) as journal:
            kept_at = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
            journal.keep(ss.ProofEntry("Went to the appointment", dt.date(2026, 11, 20)), kept_at)
        target = tmp_path / "all.json"
        assert run(tmp_path, "export", "--output", str(target)).returncode == 0
        asked = run(tmp_path, "delete", answers=("no",))
        assert TEXT["delete_kept"] in asked.stdout
        result = run(tmp_path, "delete", "--kind", "planned", "--yes", "--json")
        assert json.loads(result.stdout) == {"deleted": 3}
        assert json.loads(run(tmp_path, "delete", "--yes", "--json").stdout) == {"deleted": 1}
        imported = run(tmp_path, "import", str(target))
        assert TEXT["imported"].format(count=4, path=path) in imported.stdout
        with ss.Journal.open(path) as journal:
            assert len(journal.entries()) == 3
            assert journal.proof_list().entries[0].text == "Went to the appointment"
        assert run(tmp_path, "delete", "--kind", "plans").returncode == 2
