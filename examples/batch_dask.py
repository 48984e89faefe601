"""Prepare plans for many people at once with Dask: one recommender per partition.

Each partition builds one `Recommender` and calls `recommend_many`, so the catalog's index is
made once per worker process and shared by every check-in there. Needs the `dask` extra:
`pip install "smallsteps[dask]"`.

Run it with:
    python examples/batch_dask.py                           # 1,000 people, in this process
    python examples/batch_dask.py --cluster --people 400000 # one worker per core
    python examples/batch_dask.py --cluster --workers 1 --people 400000
    python examples/batch_dask.py --scheduler tcp://10.0.0.5:8786 --people 1000000

With no arguments it uses Dask's synchronous scheduler, which starts in no time: handy for a
first look, and for the docs test that runs every example. `--cluster` starts a local cluster
of worker processes (one thread each, one per core by default); `--scheduler` sends the same
work to a running Dask scheduler, such as one spread over several machines.

The defaults are the ones that scale, and that measure plans rather than repeats. People are
numbered, and no two of the first 403,200 share a check-in (`checkin_of`), so no worker saves
work by answering equal check-ins once. Each worker gets one partition and draws its own
people a block at a time, the way a real job would read its share from storage: only block
numbers travel, and a worker never holds more than a block of check-ins and plans. It counts
its plans where it made them, and the counts are added up on the workers, so one small
counter comes back. Nothing else crosses: each worker loads the catalog itself (for your own
catalog, load it in the partition from a file the workers can read, or
`client.scatter(catalog, broadcast=True)` once and pass the future). `--from-here` draws the
check-ins in this process instead and hands them over with `from_sequence`, which hashes and
ships every one of them from here: past a few thousand people that, not the plans, takes
most of the time.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import dask.bag as db

import smallsteps as ss

NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
"""The time the plans are made for: smallsteps never reads the clock."""

CATEGORIES = tuple(c.id for c in ss.BUILTIN_CATEGORIES)
LIKES = ((), *((c,) for c in CATEGORIES), *itertools.combinations(CATEGORIES, 2))
"""What a person may like: nothing, one category or two."""
POSTURES = tuple(ss.Posture)
TIMES = tuple(ss.TimeOfDay)
KINDS = 5 * 60 * len(POSTURES) * len(TIMES) * 2 * len(LIKES)
"""How many different check-ins people have: 403,200."""
STRIDE = 104_729
"""A prime that divides nothing in `KINDS`, so that `number * STRIDE % KINDS` shuffles them."""


def checkin_of(number: int) -> ss.CheckIn:
    """Person `number`'s check-in: the `number`-th of a fixed shuffle of every kind.

    Every combination of energy, minutes (1 to 60), posture, time of day, outdoors and up to
    two liked categories comes once in `KINDS` people, so up to that many every check-in
    differs, as in real traffic, and the figures measure plans, not de-duplication.
    """
    n = number * STRIDE % KINDS
    n, energy = divmod(n, 5)
    n, minutes = divmod(n, 60)
    n, posture = divmod(n, len(POSTURES))
    n, time_of_day = divmod(n, len(TIMES))
    likes, outdoors = divmod(n, 2)
    return ss.CheckIn(
        energy=energy,
        minutes=minutes + 1,
        posture=POSTURES[posture],
        time_of_day=TIMES[time_of_day],
        outdoors=bool(outdoors),
        likes=LIKES[likes],
    )


def make_people(count: int, start: int = 0) -> list[dict[str, Any]]:
    """The check-ins of people `start` to `start + count - 1`, as plain dicts.

    The way they would arrive from a database: one `ss.to_dict(CheckIn)` dict per person.
    """
    return [ss.to_dict(checkin_of(n)) for n in range(start, start + count)]


def plan_partition(people: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make the plans of one partition: one recommender, one `recommend_many` call.

    Args:
        people: Check-in dicts.

    Returns:
        The plans as plain dicts (`ss.to_dict`), in the same order.
    """
    recommender = ss.Recommender()
    checkins = [ss.from_dict(person, ss.CheckIn) for person in people]
    return [ss.to_dict(plan) for plan in recommender.recommend_many(checkins, limit=3, now=NOW)]


def count_partition(people: Iterable[dict[str, Any]]) -> Counter[str]:
    """Make the plans of one partition and keep only a count of each first suggestion.

    For large runs: the plans stay on the workers and only the counts travel back. The
    check-ins are planned `BLOCK` at a time, so a partition never holds more than a block's
    plans.

    Args:
        people: Check-in dicts.

    Returns:
        The first suggestion's activity id to how many plans it opened, and `"(plans)"` to
        the number of plans.
    """
    recommender = ss.Recommender()
    counts: Counter[str] = Counter()
    people = iter(people)
    while block := [ss.from_dict(person, ss.CheckIn) for person in itertools.islice(people, BLOCK)]:
        for plan in recommender.recommend_many(block, limit=3, now=NOW):
            counts["(plans)"] += 1
            if plan.suggestions:
                counts[plan.suggestions[0].activity.id] += 1
    return counts


def added_up(counts: Iterable[Counter[str]]) -> Counter[str]:
    """The counts of several partitions together."""
    return sum(counts, Counter())


def people_bag(people: Sequence[Any], partitions: int) -> Any:
    """Cut check-in dicts (or anything else) into a Dask bag of `partitions` pieces.

    Dask hashes every item here, on this machine, to name the pieces: for millions of people,
    let each partition read its own check-ins where they are stored instead (`drawn_bag`).

    Args:
        people: Check-in dicts.
        partitions: How many pieces.

    Returns:
        A `dask.bag.Bag`.
    """
    # Dask ships no type hints for `from_sequence`.
    return db.from_sequence(people, npartitions=partitions)  # type: ignore[no-untyped-call]


BLOCK = 1_000
"""How many people a partition draws and plans at a time."""


def drawn_bag(count: int, partitions: int) -> Any:
    """A bag whose partitions each draw their own share of `count` check-in dicts.

    Only block numbers travel to the workers, and a partition draws a block when it is
    about to plan it: block `k` is people `k * BLOCK` onwards, so the population is the same
    however it is cut.

    Args:
        count: How many people in all.
        partitions: How many pieces.

    Returns:
        A `dask.bag.Bag` of check-in dicts.
    """
    blocks = [(k * BLOCK, min(BLOCK, count - k * BLOCK)) for k in range(-(-count // BLOCK))]
    return people_bag(blocks, min(partitions, len(blocks))).map_partitions(DrawnPeople)


class DrawnPeople(Iterable[dict[str, Any]]):
    """The check-in dicts of some blocks of people, drawn a block at a time as they are read.

    A partition of `drawn_bag`: it holds only its block numbers, and pickles as small.
    """

    def __init__(self, blocks: Iterable[tuple[int, int]]) -> None:
        self.blocks = list(blocks)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for start, size in self.blocks:
            yield from make_people(size, start)


def plan_population(
    people: Sequence[dict[str, Any]], *, partitions: int, scheduler: Any = None
) -> list[dict[str, Any]]:
    """Make every person's plan with Dask, in the order given.

    Args:
        people: Check-in dicts.
        partitions: How many pieces to cut the population into.
        scheduler: A Dask scheduler name (`"synchronous"`), a `distributed.Client`, or `None`
            for the default (the active client, if any).

    Returns:
        The plans as plain dicts.
    """
    bag = people_bag(people, partitions).map_partitions(plan_partition)
    plans: list[dict[str, Any]] = bag.compute(scheduler=scheduler)
    return plans


def count_plans(bag: Any, scheduler: Any = None) -> Counter[str]:
    """Make the plans of a bag of check-in dicts and count them (`count_partition`).

    The counts are added up on the workers: one counter comes back.

    Args:
        bag: A bag from `people_bag` or `drawn_bag`.
        scheduler: As for `plan_population`.

    Returns:
        The counts of every partition together.
    """
    total: Counter[str] = bag.reduction(count_partition, added_up).compute(scheduler=scheduler)
    return total


def _client(args: argparse.Namespace, stack: contextlib.ExitStack) -> Any:
    """A `distributed.Client` for `--scheduler` or `--cluster`, closed with `stack`.

    Returns `None` for the synchronous run.
    """
    if not (args.scheduler or args.cluster):
        return None
    from distributed import Client, LocalCluster

    # distributed ships no type hints for these constructors.
    if args.scheduler:
        return stack.enter_context(Client(args.scheduler))  # type: ignore[no-untyped-call]
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    stack.enter_context(cluster)
    return stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]


def _since(start: float) -> str:
    return f"{time.perf_counter() - start:.2f} s"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0], allow_abbrev=False)
    parser.add_argument("--people", type=int, default=1_000, help="how many check-ins")
    parser.add_argument("--cluster", action="store_true", help="start a local cluster")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="with --cluster")
    parser.add_argument("--scheduler", help="the address of a running Dask scheduler")
    parser.add_argument("--partitions", type=int, help="default: one per worker")
    parser.add_argument(
        "--from-here", action="store_true", help="draw the check-ins here and ship them"
    )
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        start = time.perf_counter()
        client = _client(args, stack)
        workers = len(client.scheduler_info()["workers"]) if client is not None else 1
        where = "the synchronous scheduler"
        if client is not None:
            where = f"{workers} Dask worker{'s' if workers != 1 else ''}"
            print(f"Started {where} in {time.perf_counter() - start:.1f} s.")
        start = time.perf_counter()
        partitions = args.partitions or workers
        if args.from_here:
            bag = people_bag(make_people(args.people), partitions)
            print(f"Drew and cut {args.people:,} check-ins into {partitions} in {_since(start)}.")
        else:
            bag = drawn_bag(args.people, partitions)
        start = time.perf_counter()
        counts = count_plans(bag, "synchronous" if client is None else client)
        seconds = time.perf_counter() - start
    plans = counts.pop("(plans)", 0)
    print(f"Prepared {plans:,} plans in {seconds:.2f} s with {where}.")
    print(f"That is about {plans / seconds:,.0f} plans a second.")
    print("The first suggestions that came up most often:")
    for activity_id, times in counts.most_common(3):
        print(f"  {ss.default_catalog()[activity_id].title}: {times:,} plans")
    if client is None:
        print("Add --cluster to spread the work over worker processes.")


if __name__ == "__main__":
    main()
