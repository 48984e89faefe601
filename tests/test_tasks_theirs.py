"""A task done for someone else names their things as theirs, never as "your"."""

from __future__ import annotations

import smallsteps as ss


def _texts(bd: ss.Breakdown) -> list[str]:
    out = []
    for step in bd.steps + bd.later:
        out += [step.text, *(p.text for p in step.parts)]
    return out


def test_a_prescription_for_dad_names_his_box() -> None:
    for task, who in (
        ("sort dad's repeat prescription", "your dad"),
        ("order mums meds", "your mum"),
    ):
        texts = _texts(ss.break_down(task, 2))
        assert f"Pick up {who}'s medicine box and the repeat slip" in texts, task
        assert "Count how many days of medicine are left" in texts, task
        assert not any("your medicine box" in t for t in texts), task


def test_a_form_for_someone_else_asks_for_their_details() -> None:
    texts = _texts(ss.break_down("fill in the visa form for Dad", 2))
    assert "Fill in Dad's name, address and the date" in texts
    assert "Fill in your name, address and the date" not in texts


def test_ones_own_task_keeps_your() -> None:
    texts = _texts(ss.break_down("order my repeat prescription", 2))
    assert "Pick up your medicine box and the repeat slip" in texts
    texts = _texts(ss.break_down("fill in the visa form", 2))
    assert "Fill in your name, address and the date" in texts


def test_a_call_to_someone_is_not_done_for_them() -> None:
    texts = _texts(ss.break_down("ring mum about her repeat prescription", 2))
    assert not any("mum's medicine box" in t for t in texts)


def test_another_language_keeps_its_own_words() -> None:
    english = _texts(ss.break_down("sort dad's repeat prescription", 2))
    spanish = _texts(ss.break_down("sort dad's repeat prescription", 2, locale="es"))
    assert len(spanish) <= len(english)
    assert not any("medicine box" in t for t in spanish)
