"""A fixed workload of new check-ins, to count its machine instructions under cachegrind.

On a shared machine wall time moves with other people's work by a fifth or more, and a
change of a few percent is lost in it; the instructions a workload executes do not move.
Run the workload twice under `valgrind --tool=cachegrind --cache-sim=no`, once with
`--setup-only` (the imports, the catalog, the check-ins and histories, a warm index), and
divide the difference of the two `I refs` by the number of plans (see `benchmarks/README.md`).
The garbage collector is switched off after the setup, so that its pauses, which depend on
what else the process holds, are not counted.
"""

from __future__ import annotations

import argparse
import gc
import random

import fresh

import catalogs
import smallsteps as ss


def _history(catalog: ss.Catalog, size: int, rng: random.Random) -> list[ss.Entry]:
    return catalogs.sample_history(catalog.ids, catalogs.NOW, rng, size=size) if size else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("workload", choices=("recommend", "recommend_many"))
    parser.add_argument("--history", type=int, default=0, help="entries in each history")
    parser.add_argument("--plans", type=int, default=1000, help="how many plans")
    parser.add_argument("--size", type=int, default=0, help="a generated catalog of this size")
    parser.add_argument("--setup-only", action="store_true", help="stop before the plans")
    args = parser.parse_args()
    catalog = catalogs.generate(args.size) if args.size else ss.default_catalog()
    names = fresh.names_of(catalog)
    now = catalogs.NOW
    rng = random.Random(4)
    recommender = ss.Recommender(catalog)
    warmup = fresh.distinct_checkins(300, 3, names)
    for checkin in warmup:  # the first level of the index, as in use
        recommender.recommend(checkin, _history(catalog, args.history, rng), 3, now)
    checkins = fresh.distinct_checkins(args.plans, 100, names, frozenset(warmup))
    histories = [_history(catalog, args.history, rng) for _ in checkins]
    gc.disable()
    if args.setup_only:
        return
    if args.workload == "recommend_many":
        recommender.recommend_many(checkins, histories, limit=3, now=now)
    else:
        for checkin, history in zip(checkins, histories, strict=True):
            recommender.recommend(checkin, history, 3, now)


if __name__ == "__main__":
    main()
