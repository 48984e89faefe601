"""examples/batch_dask.py: the plans Dask prepares are the plans `recommend` gives."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Any

import pytest

import smallsteps as ss

from .helpers import load_script

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

EXAMPLE = pathlib.Path(__file__).resolve().parent.parent / "examples" / "batch_dask.py"


# Registered as "batch_dask", so worker processes can import its functions by that name.
example = load_script("batch_dask", "examples", "batch_dask")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of one worker, threads in this process (quick to start)."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def expected_plans(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recommender = ss.Recommender()
    return [
        ss.to_dict(recommender.recommend(ss.from_dict(p, ss.CheckIn), (), 3, example.NOW))
        for p in people
    ]


def test_plans_on_a_cluster_match_recommend(client: Any) -> None:
    """200 people over 4 partitions on a one-worker cluster: each plan as `recommend` makes it."""
    people = example.make_people(200, start=3_000)
    plans = example.plan_population(people, partitions=4, scheduler=client)
    assert expected_plans(people) == plans
    assert all(plan["suggestions"] for plan in plans)


def test_counts_add_up(client: Any) -> None:
    """The counting run sees every person once and counts each first suggestion."""
    people = example.make_people(120, start=4_000)
    counts = example.count_plans(example.people_bag(people, 3), client)
    firsts = [plan["suggestions"][0]["activity"]["id"] for plan in expected_plans(people)]
    assert 120 == counts.pop("(plans)")
    assert {i: firsts.count(i) for i in set(firsts)} == dict(counts)


def test_drawn_bag_is_the_same_population_however_it_is_cut(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Block k of `BLOCK` people is people k * BLOCK onwards, drawn where it is planned: 50."""
    monkeypatch.setattr(example, "BLOCK", 20)
    people = example.drawn_bag(50, 3).compute(scheduler=client)
    assert example.make_people(50) == people
    assert people == example.drawn_bag(50, 2).compute(scheduler=client)
    assert people == example.drawn_bag(50, 7).compute(scheduler=client)
    counts = example.count_plans(example.drawn_bag(50, 3), client)
    assert 50 == counts["(plans)"]


def test_every_check_in_differs() -> None:
    """People are numbered and no two of the first `KINDS` share a check-in (20,000 here)."""
    assert 403_200 == example.KINDS
    checkins = [example.checkin_of(n) for n in range(20_000)]
    assert len(checkins) == len(set(checkins))
    assert example.checkin_of(7) == example.checkin_of(7 + example.KINDS)


def test_synchronous_scheduler_gives_the_same_plans() -> None:
    """The no-argument run's scheduler makes the same plans as the cluster."""
    people = example.make_people(60, start=5_000)
    assert expected_plans(people) == example.plan_population(
        people, partitions=2, scheduler="synchronous"
    )


def test_main_prints_the_rate(capsys: pytest.CaptureFixture[str]) -> None:
    """With a small population the script reports how many plans it prepared."""
    example.main(["--people", "50"])
    out = capsys.readouterr().out
    assert "Prepared 50 plans" in out
    assert "plans a second" in out
