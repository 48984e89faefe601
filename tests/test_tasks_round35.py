"""Round 34's wrong readings, mended by cause: a thing fetched or taken, and more.

The causes: a thing fetched from a place or taken to someone, a renewal that is no
passport, a thing held named with its day, a thing named with what befell it, and acts of
work the lexicon lacked.

Most tasks here are made up for each cause; a few are round 34's own lines.
"""

from __future__ import annotations

import pathlib

import pytest

import smallsteps as ss
from smallsteps._taskfromto import a_thing_from_a_place, a_thing_to_someone
from smallsteps._tasklex import default_task_lexicon

from .helpers import assert_steps_keep_tone
from .helpers import step_texts as _texts

DATA = pathlib.Path(__file__).parent / "data"


def _source(task: str) -> str:
    return ss.break_down(task, energy=2).source


# 1. A thing typed with where it comes from is fetched, with where it goes taken there.


@pytest.mark.parametrize(
    ("task", "said"),
    [
        ("garri and palm oil from the african shop", "buy garri and palm oil from the"),
        ("big tub of yoghurt from the farm shop", "buy big tub of yoghurt from"),
        ("milk and bread from aldi", "buy milk and bread from aldi"),
        ("dosette box from the chemist", "collect dosette box from the chemist"),
        ("my parcel from the post office", "collect my parcel from the post office"),
        ("spare keys from the estate agent", "collect spare keys from the estate agent"),
        ("pick my parcel from the post office", "pick up my parcel from the post office"),
    ],
)
def test_a_thing_from_a_place_is_bought_at_a_shop_else_collected(task: str, said: str) -> None:
    assert a_thing_from_a_place(task, default_task_lexicon()).startswith(said)


@pytest.mark.parametrize(
    "task",
    [
        "letter from the council",
        "email from school about the trip",
        "ring mum from work",
        "new pickup time from monday",
        "fiddle leaf fig away from the radiator",
        "stock from sunday's chicken carcass",
    ],
)
def test_a_thing_that_came_from_someone_is_not_fetched(task: str) -> None:
    assert a_thing_from_a_place(task, default_task_lexicon()) == ""


@pytest.mark.parametrize(
    ("task", "said"),
    [
        ("eggs down to Margaret", "bring eggs to Margaret"),
        ("cake round to Jan, she is poorly", "bring cake to Jan, she is poorly"),
        ("soup over to the neighbours", "bring soup to the neighbours"),
        ("forms down to the office", "drop off forms to the office"),
        ("old tins to the recycling bank", "take old tins to the recycling bank"),
    ],
)
def test_a_thing_to_someone_is_taken_there(task: str, said: str) -> None:
    assert a_thing_to_someone(task, default_task_lexicon()) == said


@pytest.mark.parametrize(
    "task",
    [
        "P60 to keep",
        "harness to be checked",
        "need to wash the car",
        "gabapentin dose changed to 300",
        "van keys back to the office by 7",
        "flights to Lagos for xmas",
        "letter to the council re the potholes",
        "bruno's down to the last scoop - get dog biscuits",
        "boiler pressure down to 0.5",
    ],
)
def test_an_act_after_to_is_no_place(task: str) -> None:
    assert a_thing_to_someone(task, default_task_lexicon()) == ""


@pytest.mark.parametrize(
    "task", ["garri and palm oil from the african shop", "a sack of flour from the farm shop"]
)
def test_a_thing_from_a_shop_is_bought_there(task: str) -> None:
    assert _source(task).startswith("kind:buy")
    assert not any("fix" in t.casefold() for t in _texts(task))


@pytest.mark.parametrize(
    "task", ["collect the keys from the estate agent", "collect the spare tent from the depot"]
)
def test_a_thing_collected_gets_the_steps_to_collect_it(task: str) -> None:
    assert _source(task) == "kind:other+collect"
    texts = _texts(task)
    assert any(t.startswith("Collect ") and "counter" in t for t in texts)
    assert not any("post" in t.casefold() for t in texts)


@pytest.mark.parametrize(
    "task", ["dosette box from the chemist", "blood pressure tablets collect thurs"]
)
def test_medicine_from_the_chemist_is_collected_never_taken_or_filled(task: str) -> None:
    assert _source(task) == "template:pick-up-a-prescription"


@pytest.mark.parametrize(
    ("task", "who"), [("eggs down to Margaret", "Margaret"), ("soup round to Dev", "Dev")]
)
def test_food_taken_to_a_person_is_handed_to_them_never_bought(task: str, who: str) -> None:
    assert _source(task) == "kind:other/food+bring"
    texts = _texts(task)
    assert any(t.startswith("Hand ") and t.endswith(who) for t in texts)
    assert not any("Pay" in t or "basket" in t for t in texts)


def test_a_thing_brought_to_an_appointment_keeps_the_appointment() -> None:
    assert _source("job centre monday 10:30 bring passport") != "kind:other/food+bring"


def test_a_parcel_picked_from_the_post_office_is_collected_never_posted() -> None:
    task = "pick my parcel from the post office before they return it"
    assert "post-a-parcel" not in _source(task)
    assert not any("postage" in t for t in _texts(task))


@pytest.mark.parametrize(
    "task", ["pick up new thermal bag from the hub", "picking up the spare charger from the depot"]
)
def test_a_thing_picked_up_from_a_place_is_collected_never_a_blank_start(task: str) -> None:
    """Said with "pick up", a thing from a place is fetched: collected, not the fallback."""
    assert _source(task).startswith("kind:other+collect")


@pytest.mark.parametrize(
    ("task", "source"),
    [
        ("pick up the kids from school", "template:pick-up-the-kids"),
        ("pick up milk from tesco", "kind:buy/food"),
    ],
)
def test_a_person_picked_up_or_food_from_a_shop_keeps_its_own_reading(
    task: str, source: str
) -> None:
    assert _source(task) == source


# 2. A renewal that is no passport: insurance is compared, a safety check booked.


@pytest.mark.parametrize(
    "task",
    [
        "ebike insurance renewal (courier cover)",
        "landlord insurance renewal - compare, dont just auto renew",
        "pet insurance renewal next month",
    ],
)
def test_an_insurance_renewal_is_compared_never_a_photo(task: str) -> None:
    assert _source(task).startswith("kind:renew/insurance")
    texts = _texts(task)
    assert any("compar" in t for t in texts)
    assert not any("photo" in t for t in texts)


@pytest.mark.parametrize(
    "task",
    [
        "flat 2 gas safety cert - expires on the 3rd, is the engineer booked?",
        "gas safety certificate expires next month",
    ],
)
def test_a_safety_certificate_books_the_check(task: str) -> None:
    texts = _texts(task)
    assert any("book" in t.casefold() for t in texts)
    assert not any("photo" in t for t in texts)


@pytest.mark.parametrize("task", ["passport renewal", "renew my driving licence"])
def test_a_passport_or_licence_is_still_renewed_with_its_form(task: str) -> None:
    assert _source(task) == "template:renew-a-document"


# 3. A thing named with what befell it is fixed; acts of work the lexicon lacked.


@pytest.mark.parametrize(
    ("task", "source"),
    [
        ("flat 1 bathroom fan dead - check fuse first, power off at the board", "kind:fix"),
        ("hall extractor fan dead", "kind:fix"),
        ("mums wheelchair tyre flat again", "template:pump-up-wheelchair-tyres"),
        ("reimage Claire's laptop", "kind:back-up-update-device"),
        ("re-image the spare laptop for the new starter", "kind:back-up-update-device"),
    ],
)
def test_a_state_or_a_work_verb_says_the_act(task: str, source: str) -> None:
    assert _source(task).startswith(source)


@pytest.mark.parametrize("task", ["Lunch club weds", "book club sunday", "youth club fri"])
def test_a_thing_held_named_with_its_day_is_gone_to(task: str) -> None:
    assert _source(task) == "kind:other/appointment"
    assert not any("cancel" in t.casefold() for t in _texts(task))


def test_a_conference_abstract_is_written_never_booked() -> None:
    assert not _source("conference abstract deadline 20th").startswith("kind:book")


@pytest.mark.parametrize(
    "task",
    [
        "collect the keys from the estate agent",
        "eggs down to Margaret",
        "flat 2 gas safety cert - expires on the 3rd, is the engineer booked?",
    ],
)
@pytest.mark.parametrize("energy", [0, 2, 4])
def test_the_new_steps_open_with_a_verb_and_stay_short(task: str, energy: int) -> None:
    assert_steps_keep_tone(task, energy, 16)


# 4. Someone else's medicine is given to them, never taken by the person.


@pytest.mark.parametrize(
    ("task", "who"),
    [
        ("mums baclofen - dont give extra even if she asks, check the dose on the box", "mum"),
        ("grans paracetamol - dont give more than 4 a day, check the box", "gran"),
        ("dads inhaler - check how many puffs on the box", "dad"),
    ],
)
def test_a_relatives_medicine_is_given_never_taken(task: str, who: str) -> None:
    assert _source(task) == "kind:take-medicine/for-someone"
    texts = _texts(task)
    assert any(t.startswith("Give ") and f"your {who}" in t for t in texts)
    assert not any(t.startswith("Take ") for t in texts)
    assert any("dose" in t for t in texts)


def test_a_fixed_rate_is_a_thing_and_the_broker_is_rung() -> None:
    """A fixed rate names a deal, never a fix: the part that says the act is the call."""
    assert _source("fixed rate ends june, speak to broker").startswith("kind:call")


# 5. A safety note leads: a thing smelling of burning or a plug that ran hot.


@pytest.mark.parametrize(
    "task",
    [
        "hairdryer smells of burning - stop using it, get a new one before the weekend",
        "kettle smells of burning - stop using it, get a new one",
        "charger plug was hot last night - check the cable, dont charge it overnight in the hall",
    ],
)
@pytest.mark.parametrize("energy", [0, 2])
def test_a_burning_smell_or_a_hot_plug_puts_the_safety_step_first(task: str, energy: int) -> None:
    texts = _texts(task, energy)
    assert "switch off" in texts[0]
    assert not _source(task).startswith("kind:cancel")  # "stop using it" is no subscription


@pytest.mark.parametrize(
    ("task", "title"),
    [
        ("bus pass renewal", "Renew bus pass"),
        ("ebike insurance renewal (courier cover)", "Renew ebike insurance"),
        ("boiler repair", "Fix boiler"),
    ],
)
def test_a_word_that_repeats_the_act_is_not_named_twice(task: str, title: str) -> None:
    """`[kind_echoes]`: "Renew bus pass", never "Renew bus pass renewal" (nor a stray comma)."""
    plan = ss.break_down(task, energy=2)
    assert plan.source.startswith("kind:")
    assert plan.title == title
