"""Generated inputs for the benchmarks: catalogs of any size, check-ins and small histories.

Everything here is deterministic: the same size and seed give the same values. The generated
activities are valid `smallsteps.Activity` values with a spread like the default catalog's;
their titles and steps are placeholders, not text for people.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from collections.abc import Iterable, Sequence

import smallsteps as ss

CATEGORIES = tuple(c.id for c in ss.BUILTIN_CATEGORIES)
"""The ten built-in category ids."""
POSTURES = tuple(p.value for p in ss.Posture)
TIMES = tuple(t.value for t in ss.TimeOfDay)
LIFE_AREAS = tuple(a.value for a in ss.LifeArea)
SENSES = tuple(s.value for s in ss.Sense)
MINUTES = (1, 2, 3, 5, 10, 15, 20, 30, 45, 60)
"""The minutes the sample check-ins choose from."""

# Roughly the default catalog's spread: most activities at energy 0 and 1, few at 3 and 4;
# most suit every time of day; two postures is the most common.
_ENERGY_WEIGHTS = (51, 78, 27, 12, 5)
_POSTURE_COUNT_WEIGHTS = (44, 86, 43)  # one, two or three postures
_TIME_COUNT_WEIGHTS = (2, 18, 41, 113)  # one to four times of day


def tag_vocabulary() -> tuple[str, ...]:
    """Return every tag the default catalog uses, sorted.

    They include `bare-minimum`, `wind-down` and `energizing`, the tags the default rules read.
    """
    return tuple(sorted({tag for activity in ss.default_catalog() for tag in activity.tags}))


def _activity(number: int, rng: random.Random, tags: Sequence[str]) -> ss.Activity:
    outdoors = rng.random() < 0.15
    postures = rng.sample(POSTURES, rng.choices((1, 2, 3), _POSTURE_COUNT_WEIGHTS)[0])
    times = rng.sample(TIMES, rng.choices((1, 2, 3, 4), _TIME_COUNT_WEIGHTS)[0])
    count = rng.randint(2, 6)
    # The first step is small, as in the default catalog; the others take 10 to 600 seconds.
    seconds = [rng.randint(10, 120)] + [rng.randint(10, 600) for _ in range(count - 1)]
    steps = [ss.Step(f"Do part {k} of item {number}", s) for k, s in enumerate(seconds, start=1)]
    return ss.Activity(
        id=f"gen-{number:06d}",
        title=f"Generated activity {number}",
        category="outdoors" if outdoors and rng.random() < 0.5 else rng.choice(CATEGORIES),
        energy=rng.choices(range(5), _ENERGY_WEIGHTS)[0],
        steps=steps,
        life_area=rng.choice(LIFE_AREAS),
        postures=postures,
        times=times,
        outdoors=outdoors,
        needs_person=rng.random() < 0.05,
        senses=rng.sample(SENSES, rng.choice((0, 0, 1, 2))),
        tags=rng.sample(tags, rng.choice((0, 1, 1, 2, 2, 3))),
        source="generated",
    )


def generate(n: int, seed: int = 0) -> ss.Catalog:
    """Build a catalog of `n` generated activities, ids `gen-000000` upwards.

    Args:
        n: How many activities.
        seed: The seed of the `random.Random` that draws every field.

    Returns:
        The catalog; the same `n` and `seed` always give an equal one.
    """
    rng = random.Random(seed)
    tags = tag_vocabulary()
    return ss.Catalog((_activity(i, rng, tags) for i in range(n)), source=f"<generated {n}>")


def _toml_string(text: str) -> str:
    # A JSON string with ASCII escapes is also a valid TOML basic string.
    return json.dumps(text, ensure_ascii=True)


def _toml_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"


def _toml_activity(activity: ss.Activity) -> str:
    lines = [
        "[[activity]]",
        f"id = {_toml_string(activity.id)}",
        f"title = {_toml_string(activity.title)}",
        f"category = {_toml_string(activity.category)}",
        f"energy = {int(activity.energy)}",
    ]
    if activity.life_area is not None:
        lines.append(f"life_area = {_toml_string(activity.life_area.value)}")
    lines += [
        f"postures = {_toml_list(p.value for p in activity.postures)}",
        f"times = {_toml_list(t.value for t in activity.times)}",
        f"outdoors = {'true' if activity.outdoors else 'false'}",
        f"needs_person = {'true' if activity.needs_person else 'false'}",
        f"senses = {_toml_list(s.value for s in activity.senses)}",
        f"tags = {_toml_list(activity.tags)}",
        f"source = {_toml_string(activity.source)}",
        "steps = [",
        *(f"  {{ text = {_toml_string(s.text)}, seconds = {s.seconds} }}," for s in activity.steps),
        "]",
    ]
    return "\n".join(lines)


def write_toml(catalog_or_n: ss.Catalog | int, path: os.PathLike[str] | str) -> ss.Catalog:
    """Write a catalog file in the format of `smallsteps/data/catalog/*.toml`.

    Only fields the generated activities use are written (no notes, no step parts).

    Args:
        catalog_or_n: The catalog to write, or a size to `generate` (seed 0).
        path: The file to write.

    Returns:
        The catalog written, so a caller can compare it with what `load_catalog` reads back.
    """
    catalog = generate(catalog_or_n) if isinstance(catalog_or_n, int) else catalog_or_n
    header = f"# {len(catalog)} generated activities for the benchmarks.\n\n"
    text = header + "\n\n".join(_toml_activity(a) for a in catalog) + "\n"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return catalog


# -- check-ins and histories ---------------------------------------------------------------

NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
"""The fixed `now` of the benchmarks."""


def sample_checkins(n: int, seed: int = 0, ids: Sequence[str] = ()) -> list[ss.CheckIn]:
    """Draw `n` varied check-ins: every energy, posture, time of day, minutes 1 to 60.

    About one in five says going outside is possible; about one in eight likes a category
    (or one of `ids`), and one in twelve avoids one.

    Args:
        n: How many check-ins.
        seed: The seed of the `random.Random` that draws them.
        ids: Activity ids the likes and avoids may name, besides the categories.

    Returns:
        The check-ins, in the order drawn.
    """
    rng = random.Random(seed)
    names = (*CATEGORIES, *ids)
    checkins = []
    for _ in range(n):
        likes = [rng.choice(names)] if rng.random() < 0.125 else []
        avoids = [rng.choice(names)] if rng.random() < 0.08 else []
        checkins.append(
            ss.CheckIn(
                energy=rng.randint(0, 4),
                minutes=rng.choice(MINUTES),
                posture=rng.choice(POSTURES),
                time_of_day=rng.choice(TIMES),
                outdoors=rng.random() < 0.2,
                likes=likes,
                avoids=[a for a in avoids if a not in likes],
            )
        )
    return checkins


def varied_checkins() -> list[ss.CheckIn]:
    """Return the fixed list of 20 check-ins the timing rows cycle through."""
    c = ss.CheckIn
    return [
        c(0, 1, "lying", "morning"),
        c(0, 2, "lying", "night"),
        c(0, 5, "sitting", "afternoon"),
        c(1, 5, "lying", "morning"),
        c(1, 2, "sitting", "evening"),
        c(1, 10, "standing", "afternoon", likes=["glimmer"]),
        c(1, 5, "lying", "night"),
        c(2, 10, "sitting", "morning"),
        c(2, 15, "standing", "afternoon", outdoors=True),
        c(2, 5, "sitting", "evening", avoids=["home"]),
        c(2, 30, "lying", "night"),
        c(3, 15, "standing", "morning", outdoors=True),
        c(3, 20, "sitting", "afternoon"),
        c(3, 10, "standing", "evening", likes=["movement"]),
        c(3, 45, "sitting", "night"),
        c(4, 30, "standing", "morning", outdoors=True),
        c(4, 60, "standing", "afternoon", outdoors=True, likes=["connection"]),
        c(4, 20, "sitting", "evening"),
        c(4, 5, "lying", "afternoon"),
        c(1, 3, "sitting", "morning", avoids=["rest"]),
    ]


def sample_history(
    ids: Sequence[str], now: dt.datetime, rng: random.Random, size: int = 8
) -> list[ss.Entry]:
    """Draw a small history that gives every history rule something to say.

    Two activities are done two to five times in the last eight days with mood ratings (so
    mood lifts and weekly repeats count), a few others once, one with enjoyment rated beside a
    guess (mostly above it), and one routine item without an activity, sometimes partly done
    or not done.

    Args:
        ids: The activity ids to draw from (at least two).
        now: The time the history leads up to.
        rng: The random source.
        size: About how many entries.

    Returns:
        The entries, in no particular order.
    """
    entries: list[ss.Entry] = []
    for favourite in rng.sample(list(ids), 2):
        for _ in range(rng.randint(2, 5)):
            before = rng.randint(2, 6)
            entries.append(
                ss.Entry(
                    favourite,
                    now - dt.timedelta(minutes=rng.randint(30, 8 * 24 * 60)),
                    mood_before=before,
                    mood_after=min(10, before + rng.choice((0, 1, 2, 2, 3))),
                )
            )
    for _ in range(max(0, size - len(entries) - 2)):
        entries.append(ss.Entry(rng.choice(ids), now - dt.timedelta(hours=rng.randint(1, 10 * 24))))
    guess = rng.randint(1, 6)
    entries.append(
        ss.Entry(
            rng.choice(ids),
            now - dt.timedelta(hours=rng.randint(2, 48)),
            enjoyment_predicted=guess,
            enjoyment=guess + rng.choice((-1, 1, 2)),
        )
    )
    entries.append(
        ss.Entry(
            "",
            now - dt.timedelta(minutes=rng.randint(5, 600)),
            routine_item="drink-water",
            done=rng.choice(("done", "done", "partly", "not-done")),
        )
    )
    return entries
