"""The vocabulary and the domain values: construction, validation, readable output."""

from __future__ import annotations

import datetime as dt

import pytest

import smallsteps as ss
from smallsteps.testing import make_activity, make_checkin


class TestEnergy:
    def test_five_levels(self) -> None:
        """There are exactly five levels, 0 to 4, each with a label and a description."""
        assert [0, 1, 2, 3, 4] == [int(e) for e in ss.Energy]
        assert all(e.label and e.description for e in ss.Energy)

    def test_lower_energy_smaller_and_fewer_steps(self) -> None:
        """Step size and steps shown both grow with energy, starting at 30 seconds."""
        sizes = [e.step_seconds for e in ss.Energy]
        shown = [e.steps_shown for e in ss.Energy]
        assert sizes == sorted(set(sizes))
        assert shown == sorted(set(shown))
        assert 30 == ss.Energy(0).step_seconds

    @pytest.mark.parametrize("bad", [7, -1, 2.5, "high", None])
    def test_invalid_level(self, bad: object) -> None:
        """An unknown level raises ValidationError naming the field and the value."""
        with pytest.raises(ss.ValidationError, match=r"^energy: .*" + repr(bad)[:3]):
            ss.Energy(bad)  # type: ignore[arg-type]


class TestTimeOfDay:
    @pytest.mark.parametrize(
        ("hour", "expected"),
        [
            (4, "night"),
            (5, "morning"),
            (11, "morning"),
            (12, "afternoon"),
            (16, "afternoon"),
            (17, "evening"),
            (21, "evening"),
            (22, "night"),
            (0, "night"),
        ],
    )
    def test_from_time(self, hour: int, expected: str) -> None:
        """Clock times map to parts of the day at the documented boundaries."""
        assert ss.TimeOfDay(expected) == ss.TimeOfDay.from_time(dt.time(hour, 0))
        assert ss.TimeOfDay(expected) == ss.TimeOfDay.from_time(dt.datetime(2026, 1, 1, hour))

    def test_from_time_rejects_other_types(self) -> None:
        """A string is not a time."""
        with pytest.raises(ss.ValidationError, match="when"):
            ss.TimeOfDay.from_time("10:00")  # type: ignore[arg-type]


class TestCheckIn:
    def test_plain_values_convert(self) -> None:
        """Plain ints, strings and clock times become vocabulary values."""
        checkin = make_checkin(time_of_day=dt.time(23, 5))
        assert ss.Energy.VERY_LOW is checkin.energy
        assert ss.Posture.LYING is checkin.posture
        assert ss.TimeOfDay.NIGHT is checkin.time_of_day

    @pytest.mark.parametrize(
        ("changes", "field", "value"),
        [
            ({"energy": 7}, "energy", "7"),
            ({"minutes": 0}, "minutes", "0"),
            ({"minutes": -3}, "minutes", "-3"),
            ({"minutes": 2000}, "minutes", "2000"),
            ({"minutes": True}, "minutes", "True"),
            ({"minutes": 5.5}, "minutes", "5.5"),
            ({"posture": "sofa"}, "posture", "'sofa'"),
            ({"time_of_day": "noon"}, "time_of_day", "'noon'"),
            ({"outdoors": "yes"}, "outdoors", "'yes'"),
            ({"likes": "movement"}, "likes", "'movement'"),
            ({"avoids": ["Not An Id"]}, "avoids", "a text of 9 characters"),  # a sentence: counted
        ],
    )
    def test_invalid_values(self, changes: dict[str, object], field: str, value: str) -> None:
        """Each invalid value raises ValidationError whose message names field and value."""
        with pytest.raises(ss.ValidationError) as info:
            make_checkin(**changes)
        assert field == info.value.field
        assert str(info.value).startswith(f"{field}: ")
        assert value in str(info.value)
        assert isinstance(info.value, ValueError)

    def test_likes_are_sorted_and_unique(self) -> None:
        """Likes are kept as a sorted tuple without repeats, for stable output."""
        assert ("glimmer", "movement") == make_checkin(
            likes=["movement", "glimmer", "movement"]
        ).likes


class TestActivity:
    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"title": ""}, "title"),
            ({"title": "   "}, "title"),
            ({"id": "Sip Water"}, "id"),
            ({"id": "sip--water"}, "id"),
            ({"category": "Movement"}, "category"),
            ({"energy": 5}, "energy"),
            ({"steps": []}, "steps"),
            ({"steps": ["Take a sip"]}, "steps[0]"),
            ({"postures": []}, "postures"),
            ({"times": ["noon"]}, "times"),
            ({"senses": ["sixth"]}, "senses"),
            ({"tags": ["Wind Down"]}, "tags"),
            ({"outdoors": 1}, "outdoors"),
            ({"life_area": "work"}, "life_area"),
        ],
    )
    def test_invalid_values(self, changes: dict[str, object], field: str) -> None:
        """Invalid fields raise ValidationError naming the field."""
        with pytest.raises(ss.ValidationError) as info:
            make_activity("sip-water", **changes)
        assert info.value.field == field

    def test_collections_are_ordered(self) -> None:
        """Postures, times and senses keep the vocabulary's order; tags sort alphabetically."""
        activity = make_activity(
            "sip-water",
            postures=["standing", "lying"],
            times=["night", "morning"],
            tags=["b", "a", "b"],
        )
        assert (ss.Posture.LYING, ss.Posture.STANDING) == activity.postures
        assert (ss.TimeOfDay.MORNING, ss.TimeOfDay.NIGHT) == activity.times
        assert ("a", "b") == activity.tags

    def test_defaults_allow_every_posture_and_time(self) -> None:
        """An activity without postures or times starts from anywhere, at any time."""
        activity = make_activity(
            "sip-water",
        )
        assert tuple(ss.Posture) == activity.postures
        assert tuple(ss.TimeOfDay) == activity.times

    def test_short_repr_and_total(self) -> None:
        """The repr is one short line; total_seconds adds up the steps."""
        activity = make_activity(
            "sip-water", steps=[ss.Step("Reach for the glass", 5), ss.Step("Sip", 10)]
        )
        assert "<Activity 'sip-water' nourishment energy=0>" == repr(activity)
        assert 15 == activity.total_seconds

    def test_frozen(self) -> None:
        """Values cannot be changed after construction."""
        activity = make_activity(
            "sip-water",
        )
        with pytest.raises(AttributeError):
            activity.title = "Other"  # type: ignore[misc]


class TestStep:
    @pytest.mark.parametrize("seconds", [0, -5, 1.5, True, "10"])
    def test_seconds_must_be_positive_whole(self, seconds: object) -> None:
        """Seconds are a whole number above zero."""
        with pytest.raises(ss.ValidationError, match=r"^seconds: "):
            ss.Step("Sip", seconds)  # type: ignore[arg-type]

    def test_str_says_the_duration(self) -> None:
        """A step prints with an approximate, human duration."""
        assert "Stretch your arms (about 2 minutes)" == str(ss.Step("Stretch your arms", 100))


class TestFormatDuration:
    @pytest.mark.parametrize(
        ("seconds", "expected"),
        [
            (1, "about 1 second"),
            (45, "about 45 seconds"),
            (60, "about 1 minute"),
            (89, "about 1 minute"),
            (90, "about 2 minutes"),
            (600, "about 10 minutes"),
        ],
    )
    def test_phrases(self, seconds: int, expected: str) -> None:
        """Durations read the way a person says them."""
        assert expected == ss.format_duration(seconds)


class TestEntry:
    def test_needs_a_datetime(self) -> None:
        """An entry's time is a datetime, not a date or text."""
        with pytest.raises(ss.ValidationError, match=r"^at: "):
            ss.Entry("sip-water", "2026-11-22")  # type: ignore[arg-type]


class TestReprs:
    """A REPL shows short reprs, and never a person's own words (issue 18)."""

    def test_short_reprs(self) -> None:
        checkin = make_checkin()
        assert repr(checkin).startswith("<CheckIn energy=1 minutes=5 lying")
        assert repr(ss.MemoryJournal()) == "<MemoryJournal 0 entries>"
        routine = ss.default_routines()["morning"]
        day = ss.RoutineDay(routine, dt.date(2026, 12, 5), energy=1)
        assert repr(day).startswith("<RoutineDay 'morning' 2026-12-05 energy=1 0 of")

    def test_an_entry_repr_counts_the_words(self) -> None:
        entry = ss.Entry("", dt.datetime(2026, 12, 5), task="call mum", note="so tired")
        assert "mum" not in repr(entry)
        assert "tired" not in repr(entry)
        assert "a task of 8 characters" in repr(entry)
        assert "a note of 8 characters" in repr(entry)


class TestPlanText:
    def test_plain_text(self) -> None:
        """str(plan) is text a person can read: titles, steps with durations, reasons."""
        activity = make_activity(
            "sip-water", steps=[ss.Step("Reach for the glass", 5), ss.Step("Sip", 10)]
        )
        suggestion = ss.Suggestion(
            activity,
            activity.steps[:1],
            (ss.Reason("fits_posture", "You can start it lying down."),),
            1.0,
        )
        plan = ss.Plan(make_checkin(), (suggestion,))
        text = str(plan)
        assert text.startswith("Energy 1 (very low), 5 minutes, lying, morning:")
        assert "1. Take a sip of water" in text
        assert "Reach for the glass (about 5 seconds)" in text
        assert "1 more when you are ready" in text
        assert "Why: You can start it lying down." in text
        assert "<Plan 1 suggestions for energy=1 minutes=5 lying morning>" == repr(plan)
        assert "<Suggestion 'sip-water' score=1>" == repr(suggestion)

    def test_a_long_why_breaks_between_words(self) -> None:
        """The command line printed "Why:" as one line, which a terminal breaks mid-word."""
        activity = make_activity("sip-water")
        said = "You can start it lying down and stop at any point, since a sip is enough."
        reasons = tuple(ss.Reason(f"rule_{n}", said) for n in range(4))
        text = str(ss.Suggestion(activity, activity.steps[:1], reasons, 1.0))
        why = text[text.index("  Why: ") :].splitlines()
        assert len(why) > 1
        assert all(len(line) <= 88 for line in why)
        assert " ".join(line.strip() for line in why) == "Why: " + " ".join([said] * 4)

    def test_empty_plan_text(self) -> None:
        """An empty plan still says something kind."""
        assert "Resting counts too." in str(ss.Plan(make_checkin(), ()))
