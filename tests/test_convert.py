"""The converter at the edge: plain data and JSON in and out, exactly."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss

from . import strategies as st


def _plain(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return type(value) in (str, int, float, bool, type(None))


_SCALARS = hst.none() | hst.booleans() | hst.integers() | hst.floats() | hst.text(max_size=60)
_JSON = hst.recursive(
    _SCALARS,
    lambda inner: hst.lists(inner, max_size=4) | hst.dictionaries(hst.text(max_size=8), inner),
    max_leaves=12,
)
_FIELDS = ["energy", "minutes", "posture", "time_of_day", "outdoors", "likes", "avoids"]
_NEAR = hst.fixed_dictionaries(
    {}, optional=dict.fromkeys([*_FIELDS, "activity_id", "at", "checkin", "suggestions"], _JSON)
)
JSON_LIKE = _JSON | _NEAR
"""Any data `json.loads` can give, and objects with the names of real fields."""


class TestRoundTrip:
    @given(value=st.steps | st.activities() | st.checkins)
    def test_values(self, value: object) -> None:
        """Steps, activities and check-ins survive to_dict and to_json exactly."""
        data = ss.to_dict(value)
        assert _plain(data)
        assert value == ss.from_dict(data, type(value))
        assert value == ss.from_json(ss.to_json(value), type(value))

    @given(catalog=st.catalogs, checkin=st.checkins, history=st.histories())
    def test_plans(self, catalog: ss.Catalog, checkin: ss.CheckIn, history: list[ss.Entry]) -> None:
        """Plans, with their suggestions and reasons, survive JSON exactly."""
        plan = ss.Recommender(catalog).recommend(checkin, history)
        assert _plain(ss.to_dict(plan))
        assert plan == ss.from_json(ss.to_json(plan), ss.Plan)

    @given(
        entry=hst.builds(
            ss.Entry,
            activity_id=st.slugs,
            at=st.moments,
        )
    )
    def test_entries(self, entry: ss.Entry) -> None:
        """Entries keep their time exactly, as ISO 8601 text."""
        data = ss.to_dict(entry)
        assert entry.at.isoformat() == data["at"]
        assert entry == ss.from_dict(data, ss.Entry)

    def test_aware_times(self) -> None:
        """Time zones survive the round trip."""
        at = dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        entry = ss.Entry("sip-water", at)
        assert "2026-11-22T08:30:00-05:00" == ss.to_dict(entry)["at"]
        assert entry == ss.from_json(ss.to_json(entry), ss.Entry)

    def test_enums_by_value(self) -> None:
        """Enums become their plain values."""
        checkin = ss.CheckIn(energy=2, minutes=5, posture="sitting", time_of_day="evening")
        assert {
            "energy": 2,
            "minutes": 5,
            "posture": "sitting",
            "time_of_day": "evening",
            "outdoors": False,
            "likes": [],
            "avoids": [],
        } == ss.to_dict(checkin)

    def test_json_keeps_any_alphabet(self) -> None:
        """Text in any alphabet goes through JSON unharmed."""
        step = ss.Step("Trink einen Schluck Wasser 💧 水を一口", 5)
        text = ss.to_json(step)
        assert "水を一口" in text
        assert step == ss.from_json(text.encode("utf-8"), ss.Step)


class TestErrors:
    def test_bad_data_names_every_field(self) -> None:
        """Structuring bad data raises ValidationError naming each bad field."""
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict({"energy": 9, "minutes": 5, "posture": "sofa"}, ss.CheckIn)
        message = str(info.value)
        assert "energy: 9 is not a level" in message
        assert "posture: 'sofa'" in message
        assert "time_of_day" in message

    def test_invariants_checked(self) -> None:
        """Rules the types cannot express (minutes above 0) are still enforced."""
        data = {"energy": 1, "minutes": 0, "posture": "lying", "time_of_day": "night"}
        with pytest.raises(ss.ValidationError, match="minutes"):
            ss.from_dict(data, ss.CheckIn)

    @pytest.mark.parametrize("data", [None, [], "energy", 3])
    def test_not_a_mapping(self, data: object) -> None:
        """Data of the wrong shape is a ValidationError, not a TypeError."""
        with pytest.raises(ss.ValidationError):
            ss.from_dict(data, ss.CheckIn)

    @pytest.mark.parametrize("text", ["", "{", "[1,", b"\xff\xfe"])
    def test_not_json(self, text: str | bytes) -> None:
        """Text that is not JSON is a ValidationError."""
        with pytest.raises(ss.ValidationError, match=r"^json: not valid JSON"):
            ss.from_json(text, ss.CheckIn)

    def test_bad_datetime(self) -> None:
        """A time that is not ISO 8601 is named."""
        with pytest.raises(ss.ValidationError, match="ISO 8601"):
            ss.from_dict({"activity_id": "sip", "at": "last tuesday"}, ss.Entry)

    @pytest.mark.parametrize("title", [None, {"a": 1}, 5])
    def test_text_is_never_made_of_something_else(self, title: object) -> None:
        """`None` was stored as the text "None", a dict as its repr."""
        data = {"id": "a", "title": title, "category": "rest", "energy": 0}
        data["steps"] = [{"text": "Sit", "seconds": 5}]
        with pytest.raises(ss.ValidationError, match=r"^title: expected text"):
            ss.from_dict(data, ss.Activity)

    def test_values_as_a_form_sends_them(self) -> None:
        """A form sends text: "2" is energy 2, "Sitting" the posture sitting."""
        data = {"energy": "2", "minutes": 5, "posture": " Sitting", "time_of_day": "MORNING"}
        checkin = ss.from_dict(data, ss.CheckIn)
        assert (ss.Energy.LOW, ss.Posture.SITTING) == (checkin.energy, checkin.posture)
        assert ss.TimeOfDay.MORNING == checkin.time_of_day
        with pytest.raises(ss.ValidationError, match="energy"):
            ss.from_dict({**data, "energy": "5"}, ss.CheckIn)

    @pytest.mark.parametrize(
        ("changes", "field", "named"),
        [
            ({"minutes": "ten"}, "minutes", "expected a whole number, got 'ten'"),
            ({"minutes": 2.5}, "minutes", "expected a whole number, got 2.5"),
            ({"minutes": True}, "minutes", "expected a whole number, got True"),
            ({"minutes": 0}, "minutes", "expected whole minutes from 1 to 1440, got 0"),
            ({"outdoors": "false"}, "outdoors", "expected true or false, got 'false'"),
            ({"likes": 3}, "likes", "expected a list, got 3"),
            ({"likes": "movement"}, "likes", "expected a list, got 'movement'"),  # not letters
            ({"avoids": None}, "avoids", "expected a list, got None"),
            ({"energy": True}, "energy", "got True"),  # true is not energy 1
        ],
    )
    def test_the_field_is_the_path_and_the_message_names_the_value(
        self, changes: dict[str, object], field: str, named: str
    ) -> None:
        """`error.field` is where the problem is; the message says what was found there."""
        data = {"energy": 1, "minutes": 5, "posture": "lying", "time_of_day": "night", **changes}
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict(data, ss.CheckIn)
        assert field == info.value.field
        assert named in str(info.value)

    def test_nested_problems_have_paths_into_the_data(self) -> None:
        """In a plan, the path leads from the plan to the value, one problem after another."""
        checkin = {"energy": 1, "minutes": 0, "posture": "lying", "time_of_day": "night"}
        data = {"checkin": checkin, "suggestions": [{"activity": 3, "steps": [], "reasons": []}]}
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict(data, ss.Plan)
        assert "checkin.minutes" == info.value.field
        assert str(info.value).split("; ") == [
            "checkin.minutes: expected whole minutes from 1 to 1440, got 0",
            "suggestions[0].activity: expected an object with the fields of Activity, got 3",
            "suggestions[0].score: required field missing",
        ]

    def test_long_text_in_the_wrong_place_is_counted_not_repeated(self) -> None:
        """A person's words sent where a number belongs never come back in the message."""
        words = "today I could not get out of bed and " * 5
        data = {"energy": 1, "minutes": words, "posture": "lying", "time_of_day": "night"}
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict(data, ss.CheckIn)
        assert f"got a text of {len(words)} characters" in str(info.value)
        assert "bed" not in str(info.value)

    @pytest.mark.parametrize("field", ["posture", "time_of_day", "energy"])
    def test_a_sentence_where_one_word_belongs_is_counted_not_repeated(self, field: str) -> None:
        """Even a short sentence typed as a posture never comes back in the message."""
        words = "so tired i cant move"
        data = {"energy": 1, "minutes": 5, "posture": "lying", "time_of_day": "night"}
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict({**data, field: words}, ss.CheckIn)
        assert f"a text of {len(words)} characters" in str(info.value)
        assert "tired" not in str(info.value)

    def test_a_type_where_the_data_belongs_is_named(self) -> None:
        """`from_dict(CheckIn, data)`, the arguments swapped, once raised `AttributeError`."""
        with pytest.raises(ss.ValidationError, match="cls"):
            ss.from_dict(ss.CheckIn, {"energy": 1})  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "said"),
        [
            ('{"likes": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
            ('{"minutes": ' + "9" * 5_000 + "}", "too long"),
        ],
    )
    def test_json_python_cannot_read_is_named(self, text: str, said: str) -> None:
        """Deep nesting raised `RecursionError`, a 5,000-digit number a plain `ValueError`."""
        with pytest.raises(ss.ValidationError, match=said):
            ss.from_json(text, ss.CheckIn)

    def test_many_problems_are_listed_up_to_a_bound(self) -> None:
        """50,000 bad steps made a message of 3 MB: the first ten, then how many more."""
        data = {"id": "a", "title": "t", "category": "rest", "energy": 0, "steps": [1] * 500}
        with pytest.raises(ss.ValidationError) as info:
            ss.from_dict(data, ss.Activity)
        assert "and 490 more problems" in str(info.value)
        assert len(str(info.value)) < 2_000

    @given(data=JSON_LIKE)
    def test_any_data_is_a_value_or_a_validation_error(self, data: object) -> None:
        """Whatever JSON a front end receives, `from_dict` builds the value or names a field."""
        for cls in (ss.CheckIn, ss.Entry, ss.Plan):
            problem: ss.ValidationError | None = None
            try:
                ss.from_dict(data, cls)
            except ss.ValidationError as error:
                problem = error
            if problem is not None:
                assert problem.field
                assert str(problem).startswith(f"{problem.field}: ")

    def test_converter_is_extensible(self) -> None:
        """make_converter returns a fresh converter a host app can extend."""
        converter = ss.make_converter()
        converter.register_unstructure_hook(complex, lambda c: [c.real, c.imag])
        assert [1.0, 2.0] == converter.unstructure(1 + 2j)
        assert json.dumps(ss.to_dict(ss.Step("Sip", 1)))
