"""The safety net: crisis language, idioms, resources, the notice, the plan and privacy."""

from __future__ import annotations

import datetime as dt
import pathlib
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss
from smallsteps import testing

DATA = pathlib.Path(__file__).parent / "data"


def _lines(pattern: str) -> list[str]:
    return [
        line.strip()
        for path in sorted(DATA.glob(pattern))
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


CRISIS = [t for t in _lines("safety_*crisis.txt") if t not in _lines("safety_*not_crisis.txt")]
NOT_CRISIS = _lines("safety_*not_crisis.txt")


class TestLabelledSet:
    def test_set_is_large_enough(self) -> None:
        """The labelled set has at least 80 statements on each side."""
        assert len(CRISIS) >= 80
        assert len(NOT_CRISIS) >= 80

    def test_recall(self) -> None:
        """At least 95% of crisis statements are flagged."""
        missed = [t for t in CRISIS if not ss.check_safety(t).crisis]
        assert len(missed) <= 0.05 * len(CRISIS), missed

    def test_false_alarms(self) -> None:
        """At most 5% of idioms, grief, pain, sadness and harsh self-talk are flagged."""
        flagged = [t for t in NOT_CRISIS if ss.check_safety(t).crisis]
        assert len(flagged) <= 0.05 * len(NOT_CRISIS), flagged


class TestCheckSafety:
    def test_issue_examples(self) -> None:
        """Coded language is caught; an everyday idiom is not."""
        check = ss.check_safety("honestly i just want to kms")
        assert check.crisis
        assert ["coded"] == [s.kind for s in check.signals]
        assert check.notice is not None
        assert not ss.check_safety("this traffic is killing me").crisis

    def test_negated_still_gets_the_notice(self) -> None:
        """A negated statement still shows resources, with a gentler message."""
        check = ss.check_safety("I'm not going to hurt myself")
        assert check.crisis
        assert check.negated
        assert check.notice is not None
        plain = ss.check_safety("I want to hurt myself").notice
        assert plain is not None
        assert check.notice.message != plain.message

    @pytest.mark.parametrize(
        "text",
        [
            "I want to KILL MYSELF",
            "i want to kill myslef",
            "k1ll mys3lf",
            "i wanna diiie",
            "Im suicidal",
        ],
    )
    def test_spelling_case_and_look_alikes(self, text: str) -> None:
        """Case, missing apostrophes, misspellings, stretched and look-alike letters match."""
        assert ss.check_safety(text).crisis

    @given(text=hst.text(max_size=2000))
    def test_any_text(self, text: str) -> None:
        """Any text gives a result; the notice is there exactly when crisis is true."""
        check = ss.check_safety(text)
        assert check.crisis == bool(check.signals) == (check.notice is not None)

    def test_very_long_text(self) -> None:
        """A very long text in any alphabet is handled, and a signal deep inside is found."""
        text = "夜は長い。 " * 20_000 + "i want to end my life" + " ok" * 20_000
        assert ss.check_safety(text).crisis

    @pytest.mark.parametrize(
        ("text", "country"), [(42, None), (None, None), ("hi", "GBR"), ("hi", 7)]
    )
    def test_bad_arguments(self, text: object, country: object) -> None:
        """Bad arguments raise ValidationError without echoing the text."""
        with pytest.raises(ss.ValidationError) as info:
            ss.check_safety(text, country)  # type: ignore[arg-type]
        assert info.value.field in {"text", "country"}

    def test_error_messages_hold_no_text(self) -> None:
        """A person's words never appear in an error message."""
        with pytest.raises(ss.ValidationError) as info:
            ss.check_safety("i want to end my life", country="nowhere")
        assert "end my life" not in str(info.value)


class TestResources:
    @pytest.mark.parametrize("code", ["US", "CA", "GB", "IE", "AU", "NZ"])
    def test_known_countries(self, code: str) -> None:
        """Each required country has a line, verified on a date, ahead of the fallback."""
        lines = ss.default_resources().for_country(code.lower())
        assert lines[0].country == code
        assert all(isinstance(r.last_verified, dt.date) for r in lines)
        assert lines[-1].web == "https://findahelpline.com"

    def test_numbers_from_the_content_guide(self) -> None:
        """The numbers match the content guide: 988, 116 123, 13 11 14 and its text line."""
        book = ss.default_resources()
        assert "988" == book.for_country("US")[0].phone == book.for_country("CA")[0].phone
        assert "116 123" == book.for_country("GB")[0].phone == book.for_country("IE")[0].phone
        au = book.for_country("AU")[0]
        assert ("13 11 14", "Text 0477 13 11 14") == (au.phone, au.text)

    def test_unknown_or_no_country_gets_the_fallback(self) -> None:
        """Without a known country there is still somewhere to turn."""
        book = ss.default_resources()
        assert [book.fallback] == list(book.for_country(None)) == list(book.for_country("FR"))

    def test_notice_has_non_phone_options(self) -> None:
        """The notice offers text lines, the safety plan, grounding and the emergency line."""
        notice = ss.check_safety("i want to die", "GB").notice
        assert notice is not None
        assert any(r.text for r in notice.resources)
        assert len(notice.options) >= 3
        assert notice.grounding is not None
        assert notice.grounding.id in ss.default_catalog()
        assert "emergency number" in notice.emergency
        assert notice.safety_plan == ss.safety_plan()

    def test_host_app_adds_a_country(self, tmp_path: pathlib.Path) -> None:
        """A host app adds or overrides countries with a file, as with catalogs."""
        path = tmp_path / "lines.toml"
        path.write_text(
            '[fallback]\nname = "Find A Helpline"\nweb = "https://findahelpline.com"\n'
            '[[line]]\ncountry = "fr"\nname = "3114"\nphone = "3114"\n'
            "last_verified = 2026-11-23\n",
            encoding="utf-8",
        )
        book = ss.default_resources() | ss.load_resources(path)
        assert ["3114", "Find A Helpline"] == [r.name for r in book.for_country("FR")]
        assert "Samaritans" == book.for_country("GB")[0].name
        check = ss.check_safety("i want to die", "FR", resources=book)
        assert check.notice is not None
        assert "3114" == check.notice.resources[0].phone


class TestRulesAsData:
    def test_extend_the_rules(self, tmp_path: pathlib.Path) -> None:
        """A rules file adds signals and idioms; `|` combines it with the defaults."""
        path = tmp_path / "extra.toml"
        path.write_text(
            '[[signal]]\nid = "local-slang"\nkind = "coded"\n'
            "thought_patterns = ['\\bnot long for this\\b']\n",
            encoding="utf-8",
        )
        rules = ss.default_safety_rules() | ss.load_safety_rules(path)
        assert ss.check_safety("feel like im not long for this", rules=rules).crisis
        assert not ss.check_safety("feel like im not long for this").crisis

    def test_bad_pattern(self, tmp_path: pathlib.Path) -> None:
        """A broken pattern names the file and the signal."""
        path = tmp_path / "bad.toml"
        path.write_text(
            '[[signal]]\nid = "x"\nkind = "coded"\nthought_patterns = ["(unclosed"]\n', "utf-8"
        )
        with pytest.raises(
            ss.CatalogError, match="signal x: thought_patterns: not a valid pattern"
        ):
            ss.load_safety_rules(path)


class TestSafetyPlan:
    def test_blank_six_sections(self) -> None:
        """The template has the six Stanley-Brown sections, all blank."""
        plan = ss.safety_plan()
        assert 6 == len(plan.sections)
        assert all(s.entries == () and s.prompt for s in plan.sections)
        assert "Making my surroundings safer" == plan.sections[-1].title

    def test_fill_returns_a_copy(self) -> None:
        """Filling a section returns a new plan; the template stays blank."""
        plan = ss.safety_plan().fill(3, ["My sister"])
        assert ("My sister",) == plan.sections[3].entries
        assert () == ss.safety_plan().sections[3].entries
        with pytest.raises(ss.ValidationError, match="index"):
            plan.fill(6, [])


class TestEdges:
    def test_check_round_trips_through_json(self) -> None:
        """A safety check, with its notice, resources and dates, survives JSON."""
        check = ss.check_safety("i want to die", "AU")
        assert check == ss.from_json(ss.to_json(check), ss.SafetyCheck)

    def test_plans_carry_a_help_pointer(self) -> None:
        """Every plan carries the low-key help pointer, and its text shows it."""
        plan = ss.recommend(testing.make_checkin())
        assert "findahelpline.com" in plan.help
        assert str(plan).endswith(plan.help)

    def test_no_sockets(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A full run of the public API opens no network socket."""

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("smallsteps tried to open a socket")

        monkeypatch.setattr(socket.socket, "__init__", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        ss.default_catalog.cache_clear()
        ss.default_safety_rules.cache_clear()
        ss.default_resources.cache_clear()
        ss.default_tasks.cache_clear()
        plan = ss.recommend(testing.make_checkin(), now=testing.FIXED_NOW)
        ss.from_json(ss.to_json(ss.break_down("reply to my landlord", energy=0)), ss.Breakdown)
        ss.from_json(ss.to_json(plan), ss.Plan)
        ss.check_safety("i want to die", "US")
        ss.check_safety("this traffic is killing me")
        ss.safety_plan()
        ss.lint_text("Put one dish in the sink", step=True)
        ss.Recommender(testing.tiny_catalog()).recommend(testing.make_checkin(energy=0))


def test_a_notice_reads_as_plain_text() -> None:
    """`str(notice)`: the words, each line with its ways to reach it, the emergency line."""
    notice = ss.check_safety("i want to end my life", country="GB").notice
    assert notice is not None
    text = str(notice)
    assert text.startswith(notice.message)
    assert "Samaritans: call 116 123" in text
    assert notice.emergency in text
    assert all(f"- {option}" in text for option in notice.options)
    assert not ss.lint_text(text)
    fallback = notice.resources[-1]
    assert f"{fallback.name}: {fallback.web}" == str(fallback)
