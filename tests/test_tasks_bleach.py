"""A cleaning job that names bleach uses bleach alone, never a second product beside it."""

from __future__ import annotations

import smallsteps as ss

OTHERS = ("toilet cleaner", "mould cleaner", "grout cleaner")


def _texts(bd: ss.Breakdown) -> list[str]:
    out = []
    for step in bd.steps + bd.later:
        out += [step.text.casefold(), *(p.text.casefold() for p in step.parts)]
    return out


def test_bleach_named_means_no_other_product() -> None:
    for task in ("clean toilet w bleach", "bleach the shower mould", "bleach the grout"):
        texts = _texts(ss.break_down(task, 2))
        assert not any(o in t for t in texts for o in OTHERS), task
        assert any("bleach" in t for t in texts), task


def test_without_bleach_the_template_keeps_its_own_product() -> None:
    texts = _texts(ss.break_down("clean the toilet", 2))
    assert any("toilet cleaner" in t for t in texts)
    assert not any("bleach" in t for t in texts)
