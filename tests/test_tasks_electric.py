"""An electrical fault in a task: switch off at the fuse box, hands off, an electrician."""

from __future__ import annotations

import smallsteps as ss


def test_a_sparking_switch_gets_an_electrician_not_a_repair() -> None:
    bd = ss.break_down("light switch in hall sparking", 2)
    texts = [s.text for s in bd.steps + bd.later]
    assert bd.reading is not None
    assert "emergency-electric" in bd.reading.hazards
    assert texts[0].startswith("Switch that circuit off at the fuse box")
    assert texts[1].startswith("Keep away from sparks")
    assert any("electrician" in t for t in texts)
    assert not any(t.startswith("Look up how to fix") for t in texts)
    assert "electrician" in bd.caution


def test_a_buzzing_socket_is_an_emergency_whatever_the_verb() -> None:
    bd = ss.break_down("socket in kitchen buzzing", 0)
    assert bd.reading is not None
    assert "emergency-electric" in bd.reading.hazards
    # Read as a fault to fix or as a call to make, the first step is the safety one.
    first = bd.steps[0].text
    assert first.startswith(("Keep away from sparks", "Switch that circuit off at the fuse box"))
    assert not any(s.text.startswith("Look up how to fix") for s in bd.steps + bd.later)


def test_a_plain_socket_or_a_hot_tub_is_no_emergency() -> None:
    assert "emergency-electric" not in ss.read_task("put a new socket cover on").hazards
    assert "emergency-electric" not in ss.read_task("plug in the hot tub").hazards
    assert "emergency-electric" not in ss.read_task("fix the dripping tap").hazards


def test_the_fault_is_no_part_of_the_thing() -> None:
    reading = ss.read_task("light switch in hall sparking")
    assert reading.object == "light switch in hall"
    assert "emergency-electric" in reading.hazards
