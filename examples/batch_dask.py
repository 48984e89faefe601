"""Prepare plans for many people at once with Dask: one recommender per partition.

Each partition of check-ins builds one `Recommender` and calls `recommend_many`, so the
catalog's index is made once per worker process and shared by every check-in there. Needs the
`dask` extra: `pip install "smallsteps[dask]"`.

Run it with:
    python examples/batch_dask.py                           # 1,000 people, in this process
    python examples/batch_dask.py --cluster --workers 2 --people 200000
    python examples/batch_dask.py --cluster --people 200000 --draw-on-workers
    python examples/batch_dask.py --scheduler tcp://10.0.0.5:8786 --people 1000000

With no arguments it uses Dask's synchronous scheduler, which starts in no time: handy for a
first look, and for the docs test that runs every example. `--cluster` starts a local cluster
of worker processes (one thread each, one per core by default); `--scheduler` sends the same
work to a running Dask scheduler, such as one spread over several machines.

By default the check-ins are made here and handed to Dask with `from_sequence`, which hashes
and ships every one of them from this process: past a few thousand people that, not the
plans, takes most of the time. With `--draw-on-workers` each partition draws its own share
instead, the way a real job would read its share from storage, and the work spreads out.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import dask.bag as db

import smallsteps as ss

NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
"""The time the plans are made for: smallsteps never reads the clock."""


def make_people(count: int, seed: int = 0) -> list[dict[str, Any]]:
    """Draw `count` check-ins as plain dicts, the way they would arrive from a database.

    Nearly every one differs from the others (minutes 1 to 60, liked categories), as in real
    traffic, so the figures measure plans and not de-duplication.

    Args:
        count: How many people.
        seed: The seed of the `random.Random` that draws them.

    Returns:
        One `ss.to_dict(CheckIn)` dict per person.
    """
    rng = random.Random(seed)
    categories = [c.id for c in ss.BUILTIN_CATEGORIES]
    return [
        ss.to_dict(
            ss.CheckIn(
                energy=rng.randint(0, 4),
                minutes=rng.randint(1, 60),
                posture=rng.choice(list(ss.Posture)),
                time_of_day=rng.choice(list(ss.TimeOfDay)),
                outdoors=rng.random() < 0.2,
                likes=rng.sample(categories, rng.choice((0, 0, 1, 2))),
            )
        )
        for _ in range(count)
    ]


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


def count_partition(people: Iterable[dict[str, Any]]) -> list[Counter[str]]:
    """Make the plans of one partition and keep only a count of each first suggestion.

    For large runs: the plans stay on the workers and only the counts travel back.

    Args:
        people: Check-in dicts.

    Returns:
        One counter: the first suggestion's activity id, and `"(plans)"` for the plan count.
    """
    recommender = ss.Recommender()
    checkins = [ss.from_dict(person, ss.CheckIn) for person in people]
    counts: Counter[str] = Counter()
    for plan in recommender.recommend_many(checkins, limit=3, now=NOW):
        counts["(plans)"] += 1
        if plan.suggestions:
            counts[plan.suggestions[0].activity.id] += 1
    return [counts]


def people_bag(people: Sequence[Any], partitions: int) -> Any:
    """Cut check-in dicts (or anything else) into a Dask bag of `partitions` pieces.

    Dask hashes every item here, on this machine, to name the pieces: for millions of people,
    let each partition read its own check-ins where they are stored instead.

    Args:
        people: Check-in dicts.
        partitions: How many pieces.

    Returns:
        A `dask.bag.Bag`.
    """
    # Dask ships no type hints for `from_sequence`.
    return db.from_sequence(people, npartitions=partitions)  # type: ignore[no-untyped-call]


BLOCK = 1_000
"""How many people `drawn_bag` draws with one seed."""


def drawn_bag(count: int, partitions: int) -> Any:
    """A bag whose partitions each draw their own share of `count` check-in dicts.

    Only block numbers travel to the workers: block `k` of `BLOCK` people draws
    `make_people(size, seed=k)`, so the population is the same however it is cut.

    Args:
        count: How many people in all.
        partitions: How many pieces.

    Returns:
        A `dask.bag.Bag` of check-in dicts.
    """
    blocks = [(k, min(BLOCK, count - k * BLOCK)) for k in range(-(-count // BLOCK))]
    return people_bag(blocks, min(partitions, len(blocks))).map_partitions(_draw)


def _draw(shares: Iterable[tuple[int, int]]) -> list[dict[str, Any]]:
    return [person for seed, size in shares for person in make_people(size, seed=seed)]


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
    """Make the plans of a bag of check-in dicts, and add up the counts of `count_partition`.

    Args:
        bag: A bag from `people_bag`.
        scheduler: As for `plan_population`.

    Returns:
        The counts of every partition together.
    """
    parts: list[Counter[str]] = bag.map_partitions(count_partition).compute(scheduler=scheduler)
    return sum(parts, Counter())


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
    parser.add_argument("--partitions", type=int, help="default: 4 per worker")
    parser.add_argument(
        "--draw-on-workers", action="store_true", help="each partition draws its own check-ins"
    )
    args = parser.parse_args(argv)
    people = [] if args.draw_on_workers else make_people(args.people)
    with contextlib.ExitStack() as stack:
        start = time.perf_counter()
        client = _client(args, stack)
        workers = len(client.scheduler_info()["workers"]) if client is not None else 1
        where = "the synchronous scheduler"
        if client is not None:
            where = f"{workers} Dask worker{'s' if workers != 1 else ''}"
            print(f"Started {where} in {time.perf_counter() - start:.1f} s.")
        start = time.perf_counter()
        partitions = args.partitions or 4 * workers
        if args.draw_on_workers:
            bag = drawn_bag(args.people, partitions)
        else:
            bag = people_bag(people, partitions)
            print(f"Cut {len(people):,} check-ins into {partitions} parts in {_since(start)}.")
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
