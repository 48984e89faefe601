"""The person's own words carried into the steps (`_taskcarry`): the "ok" bucket of round 32.

Round 32's blind judge called 64 breakdowns "ok": on topic, but losing what the person typed
that matters (the message's words, whom to ask, a thing to leave out, someone needed, someone
else's part, the topic). Most tasks here are made up for each cause; a few are round 32's.
"""

from __future__ import annotations

import pytest

import smallsteps as ss
from smallsteps._taskcarry import CARRY_RULES, carried

from .helpers import assert_steps_keep_tone
from .helpers import step_texts as _texts


def _shown(task: str, energy: int = 2) -> list[str]:
    return [s.text for s in ss.break_down(task, energy=energy).steps]


@pytest.mark.parametrize(
    ("task", "step"),
    [
        (
            "text sam that im running late and ask if 7 is ok",
            "Write down what to say: you're running late",
        ),
        ("text sam that im running late and ask if 7 is ok", "Ask if 7 is ok"),
        (
            "message priya that we cant make the party",
            "Write down what to say: you cant make the party",
        ),
        (
            "remind me to text jo that I cant do saturday cos im on lates and ask if sunday "
            "works instead",
            "Write down what to say: you cant do saturday cos you're on lates",
        ),
    ],
)
def test_a_message_says_what_the_person_typed(task: str, step: str) -> None:
    """The step that plans a message's words says them, in the second person."""
    assert step in _shown(task)


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("ask dev if he can lend me his drill", "Ask Dev if he can lend you his drill"),
        ("ask Marcus to carry the laundry basket down the stairs", "Ask Marcus to carry"),
        ("ask teacher please speak slow", "Ask your teacher to speak slow"),
        ("ask last 3 customers for google reviews", "Ask your last 3 customers for google reviews"),
        (
            "ask tom if he can reach the box on the top shelf in the wardrobe when he comes "
            "round tomorrow",
            "Ask Tom if he can reach the box on the top shelf in the wardrobe",
        ),
        (
            "remind ben to order the cat food before we run out",
            "Ask Ben to order the cat food",
        ),
        (
            "remind ben to order the cat food before we run out and also the big bag of compost",
            "Ask Ben to order the cat food and the big bag of compost",
        ),
        ("ask sam to pick up milk and also bread", "Ask Sam to pick up milk and bread"),
    ],
)
def test_what_to_ask_names_whom_to_ask(task: str, step: str) -> None:
    assert any(s.startswith(step) for s in _shown(task))


def test_a_question_asked_is_no_condition_to_check() -> None:
    """A question asked is what to ask, never a condition to check first.

    "ask tom if he can..." once gave "Check first whether he can reach the box on the".
    """
    steps = _texts("ask tom if he can reach the box on the top shelf in the wardrobe")
    assert not any(s.startswith("Check first whether") for s in steps)


@pytest.mark.parametrize(
    "task",
    ["ask for a deadline extension", "ask my neighbour to feed the cat", "ask the neighbours"],
)
def test_an_ask_that_is_the_task_itself_adds_nothing(task: str) -> None:
    """An ask that is the task itself, or one the template asks already, is not asked twice.

    "ask for a deadline extension"; "Ask your neighbour the favour".
    """
    plan = ss.break_down(task, energy=4)
    assert sum(s.text.startswith("Ask ") for s in (*plan.steps, *plan.later)) <= 1


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("water plants (not the cactus!!)", "Leave out the cactus this time"),
        ("hoover downstairs except the dining room", "Leave out the dining room this time"),
        (
            "ring the surgery for an appointment not with the locum",
            "Ask for a time that is not with the locum",
        ),
    ],
)
def test_a_thing_left_out_is_said(task: str, step: str) -> None:
    assert step in _texts(task)


@pytest.mark.parametrize(
    "task",
    ["light not working - get electrician, not touching it", "not yet, maybe when jill is here"],
)
def test_a_not_with_no_thing_after_it_leaves_nothing_out(task: str) -> None:
    assert not carried(task, ss.read_task(task)).left_out


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("smoke alarm batteries (need someone w/ ladder)", "Ask someone with a ladder to help you"),
        ("hang the big mirror, need someone with a drill", "Ask someone with a drill to help you"),
    ],
)
def test_someone_needed_is_asked(task: str, step: str) -> None:
    assert step in _shown(task)


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("bursary form dad needs to sign", "Ask your dad to sign and date the form where it asks"),
        ("permission slip - dad has to sign", "Ask your dad to sign it"),
    ],
)
def test_someone_elses_part_is_asked_of_them(task: str, step: str) -> None:
    assert any(s.startswith(step) for s in _texts(task, energy=4))


@pytest.mark.parametrize(
    ("task", "step"),
    [
        (
            "revise for the maths test on friday especially integration by parts",
            "Start with integration by parts",
        ),
        ("prep for stats exam, focus on regression", "Start with regression"),
        ("chem mock revision - organic", "Start with organic"),
    ],
)
def test_a_study_session_starts_with_the_topic_typed(task: str, step: str) -> None:
    steps = _shown(task)
    assert step in steps
    assert not any(s.startswith("Choose one small topic") for s in steps)


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("spare key cut for brenda next door", "Give the spare key to Brenda"),
        ("spare key cut for Lena next door", "Give the spare key to Lena"),
    ],
)
def test_a_thing_for_someone_ends_with_them(task: str, step: str) -> None:
    assert step == _texts(task)[-1]


def test_papers_for_the_accountant_are_sent_to_them() -> None:
    """Once tuned as sending papers, the accountant's own template answers and ends on the send."""
    steps = _texts("receipts shoebox to accountant")
    assert any(s.startswith("Send them") for s in steps)


@pytest.mark.parametrize(
    "task",
    [
        "buy warm coat for winter, is very cold here",
        "poppy wreath for sunday",
        "bank shifts for dec - put my name down",
        "batch cook for nights (chilli? freezes ok)",
    ],
)
def test_a_time_after_for_is_nobody(task: str) -> None:
    assert not carried(task, ss.read_task(task)).given_to


@pytest.mark.parametrize(
    "task",
    [
        "remind me to text jo that I cant do saturday cos im on lates and ask if sunday works",
        "water plants (not the cactus!!)",
        "ask tom if he can reach the box on the top shelf in the wardrobe",
        "smoke alarm batteries (need someone w/ ladder)",
        "bursary form dad needs to sign",
        "revise for the maths test on friday especially integration by parts",
        "spare key cut for brenda next door",
    ],
)
@pytest.mark.parametrize("energy", [0, 2, 4])
def test_carried_steps_keep_the_tone_rules(task: str, energy: int) -> None:
    """Each step opens with a verb of the list and keeps to about 15 words."""
    assert_steps_keep_tone(task, energy, 15)


@pytest.mark.parametrize("locale", ["es", "pt-BR"])
@pytest.mark.parametrize(
    "task",
    [
        "remind me to text jo that I cant do saturday cos im on lates and ask if sunday works",
        "bursary form dad needs to sign",
        "water plants (not the cactus!!)",
    ],
)
def test_a_translation_keeps_its_own_steps(task: str, locale: str) -> None:
    """A translation says a rewritten step as the step it replaced, and leaves out one added.

    An added step is English only, as the steps for someone else are.
    """
    plan = ss.break_down(task, energy=4, locale=locale)
    english = set(_texts(task, energy=4))
    assert not english.intersection(s.text for s in (*plan.steps, *plan.later))


def test_the_rules_are_one_visible_list() -> None:
    names = [rule.__name__ for rule in CARRY_RULES]
    assert names[0] == "no_check_of_the_question"  # before what to ask takes its place
    assert names.index("say_what") < names.index("ask_what")  # the question after the words
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("send money to my mother (check the rate)", "Check the rate"),
        ("open ISA account? ask at bank what it is exactly", "Ask at bank what it is exactly"),
        ("pip form, ask mum to help w/ section 3", "Ask your mum to help with section 3"),
        ("visit nan in the home - bring biscuits", "Put biscuits by the door, ready to bring"),
    ],
)
def test_a_step_typed_aside_is_a_step(task: str, step: str) -> None:
    assert step in _texts(task)


@pytest.mark.parametrize(
    "task",
    [
        "put up curtain pole in Bea's room (use the wire detector first!!)",
        "blackout blinds bedroom - measure window first",
        "swap shift w/ priya for the 14th - ask b4 rota goes up",
    ],
)
def test_a_step_aside_said_already_or_cut_short_adds_nothing(
    task: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An aside a step says already, or a clause cut short, adds no step.

    "Check for pipes and wires with a detector" says it already; "ask b4 rota goes up" is
    cut short.
    """
    after = _texts(task, energy=4)
    monkeypatch.setattr("smallsteps._tasks.with_their_words", lambda steps, *_: (steps, ()))
    assert after == _texts(task, energy=4)


def test_a_thing_to_bring_takes_the_place_of_the_general_one() -> None:
    steps = _texts("visit nan in the home - bring biscuits", energy=4)
    assert not any(s.startswith("Put anything you want to bring") for s in steps)


def test_parents_eve_is_an_event_not_a_person() -> None:
    """A swap "for parents eve" messages Kerry, never "parents Eve"."""
    steps = _shown("swap tues shift w/ kerry for parents eve")
    assert "Message Kerry to ask about the swap, with both dates" in steps
    assert not any("Eve" in s for s in steps)


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("van mot due 19th - book at kev's", "Ring Kev's or use their booking page"),
        ("book car service at Kwik Fit", "Find the number for Kwik Fit"),
        ("book a table at Nandos for fri", "Check Nandos could suit everyone"),
    ],
)
def test_a_place_named_for_a_booking_is_where_it_is_booked(task: str, step: str) -> None:
    assert step in _texts(task)


def test_a_relatives_home_is_no_business() -> None:
    assert "" == ss.read_task("book a taxi to mum's").place


@pytest.mark.parametrize(
    ("task", "step"),
    [
        ("change bedding kids rooms", "Stand up and walk over to the kids' bed"),
        ("change dads bed", "Stand up and walk over to your dad's bed"),
        ("change the sheets", "Stand up and walk over to your bed"),
    ],
)
def test_a_bed_changed_for_someone_is_theirs(task: str, step: str) -> None:
    assert step == _shown(task)[0]


@pytest.mark.parametrize(
    ("task", "step"),
    [
        (
            "call landlord for the mould in bathroom again",
            "Write down what to say or ask about the mould in bathroom",
        ),
        ("text mum for the recipe", "Write down what you want to say about the recipe"),
    ],
)
def test_what_a_call_is_for_is_what_it_is_about(task: str, step: str) -> None:
    assert step in _shown(task)


@pytest.mark.parametrize(
    "task", ["ring the garage for an appointment", "client call 9.30 - logo brief for the bakery"]
)
def test_a_booking_or_a_thing_for_someone_else_is_no_topic(task: str) -> None:
    assert not carried(task, ss.read_task(task)).about


@pytest.mark.parametrize(
    ("task", "title", "step"),
    [
        ("sort dads medication", "Give your dad your dad's medication", "to your dad the way"),
        ("grans meds", "Give your gran your gran's meds", "to your gran the way"),
        ("kids calpol dose", "Give the kids the kids' calpol dose", "to the kids the way"),
    ],
)
def test_one_person_is_named_once(task: str, title: str, step: str) -> None:
    """A possessive typed without its apostrophe and its owner are one person, said once."""
    plan = ss.break_down(task, energy=2)
    assert plan.title == title
    assert any(step in s for s in _texts(task))
    assert not any(" and your " in s or " and the kids" in s for s in [plan.title, *_texts(task)])


def test_two_people_are_still_two() -> None:
    assert ss.break_down("ring mum and dad", energy=2).title.startswith("Ring your mum")
    from smallsteps._tasksteps import _one_each

    assert _one_each(["mum", "dad"]) == ["mum", "dad"]
    assert _one_each(["Sam", "Jo", "sam"]) == ["Sam", "Jo"]


@pytest.mark.parametrize(
    ("task", "title"),
    [
        ("calpol 0-3 month dose - check w/ pharmacist b4 giving, NOT guessing", "Give your child"),
        ("calpol before bed", "Give your child calpol"),
        ("calpol for ella at 6", "Give Ella calpol"),
    ],
)
def test_a_childs_medicine_is_given_never_taken(task: str, title: str) -> None:
    """A child's medicine gets the steps for giving it, the dose checked; never "Take"."""
    plan = ss.break_down(task, energy=2)
    assert plan.title.startswith(title)
    assert "pharmacist" not in plan.title
    assert not any(s.startswith("Take ") for s in _texts(task))
    assert any("ask a pharmacist" in s for s in _texts(task))


@pytest.mark.parametrize(
    ("task", "title"),
    [("take my tablets", "Take your medicine"), ("pick up calpol + plasters while im out", "Buy")],
)
def test_your_own_medicine_and_shopping_stay_as_they_were(task: str, title: str) -> None:
    assert ss.break_down(task, energy=2).title.startswith(title)


@pytest.mark.parametrize(
    "task",
    [
        "lock the back gate key away - he went out at 2am again",
        "pay the window cleaner he came tuesday and i didnt have change",
        "wifi at the new place, box came today",
    ],
)
def test_a_time_told_as_past_is_no_deadline(task: str) -> None:
    """A time in a clause told as past is when something happened, not when it is due."""
    assert ss.read_task(task).deadline == ""
    assert ss.break_down(task, energy=2).deadline == ""


@pytest.mark.parametrize(
    ("task", "due"),
    [
        ("note the man said he will come back sunday, keep the two books", "Sunday"),
        ("pay rent by friday", "Friday"),
        ("boiler man coming 3pm - he was late last time", "at 3pm"),
    ],
)
def test_a_time_to_come_is_still_a_deadline(task: str, due: str) -> None:
    assert ss.read_task(task).deadline == due
