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

    def test_converter_is_extensible(self) -> None:
        """make_converter returns a fresh converter a host app can extend."""
        converter = ss.make_converter()
        converter.register_unstructure_hook(complex, lambda c: [c.real, c.imag])
        assert [1.0, 2.0] == converter.unstructure(1 + 2j)
        assert json.dumps(ss.to_dict(ss.Step("Sip", 1)))
