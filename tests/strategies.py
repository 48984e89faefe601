"""Hypothesis strategies for smallsteps' values, in one place."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import smallsteps as ss

energies = st.sampled_from(ss.Energy)
postures = st.sampled_from(ss.Posture)
times_of_day = st.sampled_from(ss.TimeOfDay)
minutes = st.sampled_from([1, 2, 3, 5, 10, 15, 30, 60, 120]) | st.integers(1, ss._model.MAX_MINUTES)
categories = st.sampled_from([c.id for c in ss.BUILTIN_CATEGORIES])
slugs = st.from_regex(r"[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
texts = st.text(st.characters(codec="utf-8"), min_size=1).filter(str.strip)
tags = st.sampled_from(["wind-down", "energizing", "music", "nature", "water", "sleep"])

steps = st.builds(
    ss.Step,
    text=texts,
    seconds=st.integers(1, 1200),
    posture=st.none() | postures,
)


@st.composite
def activities(draw: st.DrawFn, ids: st.SearchStrategy[str] = slugs) -> ss.Activity:
    """Any valid activity, with the default categories."""
    return ss.Activity(
        id=draw(ids),
        title=draw(texts),
        category=draw(categories),
        energy=draw(energies),
        steps=draw(st.lists(steps, min_size=1, max_size=6)),
        life_area=draw(st.none() | st.sampled_from(ss.LifeArea)),
        postures=draw(st.sets(postures, min_size=1)),
        times=draw(st.sets(times_of_day, min_size=1)),
        outdoors=draw(st.booleans()),
        needs_person=draw(st.booleans()),
        senses=draw(st.sets(st.sampled_from(ss.Sense))),
        tags=draw(st.sets(tags, max_size=3)),
        source=draw(st.sampled_from(["", "glimmers", "micro-movement"])),
        note=draw(st.sampled_from(["", "Any amount counts."])),
    )


catalogs = st.lists(activities(), max_size=25, unique_by=lambda a: a.id).map(ss.Catalog)

checkins = st.builds(
    ss.CheckIn,
    energy=energies,
    minutes=minutes,
    posture=postures,
    time_of_day=times_of_day,
    outdoors=st.booleans(),
    likes=st.lists(categories, max_size=2),
    avoids=st.lists(categories, max_size=2),
)

moments = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 1, 1))


def histories(ids: st.SearchStrategy[str] = slugs) -> st.SearchStrategy[list[ss.Entry]]:
    """Lists of entries over the given activity ids, all without a time zone."""
    return st.lists(st.builds(ss.Entry, activity_id=ids, at=moments), max_size=12)


@st.composite
def _nested(draw: st.DrawFn, depth: int = 2, most: int = 1800) -> ss.Step:
    """A step whose parts (and their parts) are each no longer than it."""
    seconds = draw(st.integers(1, most))
    parts: list[ss.Step] = []
    if depth and draw(st.booleans()):
        parts = draw(st.lists(_nested(depth - 1, seconds), min_size=1, max_size=3))
    return ss.Step(draw(texts), seconds, win=draw(st.booleans()), parts=parts)


nested_steps = _nested()
"""Steps with nested parts, as task templates have."""
