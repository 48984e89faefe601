"""A kind's steps for the job the person's own words name (issue 16, sixteenth session)."""

from __future__ import annotations

import pytest

import smallsteps as ss


class TestTheJobTheWordsName:
    @pytest.mark.parametrize(
        ("task", "source", "says"),
        [
            ("look into swimming lessons for the kids", "kind:check-test+into", "swimming lessons"),
            ("look into a new mattress", "kind:check-test+into", "three options"),
            ("research a new sofa", "kind:check-test+into", "options"),
            ("set up my pension login on the portal", "kind:set-up+app", "confirm"),
            ("unpack the boxes in the spare room", "kind:pack-move+unpack", "its room"),
            ("muck out the rabbits' pen", "kind:pet-care+muck", "fresh bedding"),
            ("get the van booked in for its service", "kind:book/vehicle+service", "garage"),
            ("pelvic floor exercises", "kind:exercise+pelvic", "sheet"),
            ("pelvic floor reps before bed", "kind:exercise+pelvic", "sheet"),
            ("cover the veg patch before the frost", "kind:garden/outdoor-area+cover", "fleece"),
            ("cover the dahlias before the frost", "kind:garden/plant+cover", "fleece"),
            ("spray the roses for greenfly", "kind:garden/plant+spray", "label"),
            ("prune the plum tree", "kind:garden/plant+prune", "secateurs"),
            ("prick out the chilli seedlings", "kind:garden/plant+seedlings", "compost"),
            ("check my blood sugar before lunch", "kind:check-test/body+sugar", "strip"),
            ("bp morning and night this week", "kind:check-test/body+bp", "cuff"),
        ],
    )
    def test_the_variant_for_the_job_answers(self, task: str, source: str, says: str) -> None:
        """The steps are the job's own, not the kind's general shell, and say its thing."""
        bd = ss.break_down(task, energy=2)
        assert source == bd.source
        assert says in " ".join(s.text for s in (*bd.steps, *bd.later))

    def test_a_vehicle_to_hire_keeps_the_hire_steps(self) -> None:
        """A van booked for a move is a hire; only a service or repair goes to the garage."""
        assert "kind:book/vehicle" == ss.break_down("book a van for the move", 2).source

    def test_packing_is_not_unpacking(self) -> None:
        """Packing a bag keeps its own steps."""
        assert "+unpack" not in ss.break_down("pack a bag for the weekend", 2).source

    def test_a_shift_to_cover_is_no_garden(self) -> None:
        """Covering is a garden job only for a plant or the garden itself."""
        assert "garden" != ss.read_task("cover Sam's shift on friday").kind


class TestNineteenthSession:
    """The jobs a read slice showed answered wrong (issue 16, nineteenth session)."""

    def test_furniture_taken_apart_is_not_carried_whole(self) -> None:
        bd = ss.break_down("take the bed frame apart b4 movers come sat", 2)
        assert "kind:pack-move/furniture+apart" == bd.source
        texts = [s.text for s in (*bd.steps, *bd.later)]
        assert any("screws in a bag" in t for t in texts)
        assert any(t.startswith("Ask someone to help you lift") for t in texts)

    def test_something_dropped_off_is_handed_over(self) -> None:
        bd = ss.break_down("drop off the cake tin at Jos", 2)
        assert "kind:other+drop" == bd.source
        assert any("over at the counter" in s.text for s in (*bd.steps, *bd.later))

    def test_a_person_dropped_off_is_taken_not_handed_over(self) -> None:
        bd = ss.break_down("drop the kids at school", 2)
        assert bd.source.startswith("kind:other/person")
        assert not any("in your bag" in s.text for s in (*bd.steps, *bd.later))

    def test_a_line_dropped_is_a_message(self) -> None:
        assert "message" == ss.read_task("drop a line to auntie").kind

    def test_a_number_for_the_diary_is_noted_not_an_essay(self) -> None:
        bd = ss.break_down("note down my mood in the diary", 2)
        assert "kind:write+diary" == bd.source
        assert not any("heading" in s.text for s in (*bd.steps, *bd.later))

    def test_anything_charged_gets_the_charger(self) -> None:
        for task in ("charge the lamps before load shedding", "charge the torch"):
            assert ss.break_down(task, 2).source.endswith("+charge")

    @pytest.mark.parametrize("task", ["wash the lettuce", "wash the veg for tea"])
    def test_food_is_rinsed_without_soap(self, task: str) -> None:
        bd = ss.break_down(task, 4)
        texts = " ".join(s.text for s in (*bd.steps, *bd.later)).casefold()
        assert "kind:wash/food" == bd.source
        assert "cold running water" in texts
        assert "soapy" not in texts

    def test_raw_meat_is_never_rinsed(self) -> None:
        bd = ss.break_down("wash the chicken", 4)
        texts = " ".join(s.text for s in (*bd.steps, *bd.later)).casefold()
        assert "do not rinse" in texts
        assert "soapy" not in texts

    @pytest.mark.parametrize(
        "task", ["put down rat poison in the shed", "sprinkle ant powder by the back door"]
    )
    def test_a_poison_is_put_down_by_the_label_out_of_reach(self, task: str) -> None:
        bd = ss.break_down(task, 2)
        assert bd.reading is not None
        assert "poison" in bd.reading.hazards
        assert "kind:other+poison" == bd.source
        texts = [s.text for s in (*bd.steps, *bd.later)]
        assert any("children and pets cannot reach" in t for t in texts)
        assert any("as the label says" in t for t in texts)

    @pytest.mark.parametrize(
        ("task", "says"),
        [
            ("rat bait in the chicken coop", "as the label says"),
            ("poison for the mice", "as the label says"),
            ("wasps nest by the back door", "pest control"),
            ("clear the hornets nest in the shed", "pest control"),
        ],
    )
    def test_pests_are_dealt_with_never_cared_for(self, task: str, says: str) -> None:
        """No brush, bowl or treat for a pest, no cloth in the hand by a wasps' nest."""
        bd = ss.break_down(task, 2)
        assert bd.reading is not None
        assert "pet-care" != bd.reading.kind
        texts = " ".join(s.text for s in (*bd.steps, *bd.later))
        assert says in texts
        assert not any(word in texts for word in ("brush", "treat", "cloth"))

    @pytest.mark.parametrize(
        "task", ["give Rex his metacam", "apoquel for Max", "bute for the horse, half a sachet"]
    )
    def test_a_medicine_made_for_animals_is_the_animal_s_dose(self, task: str) -> None:
        """Never a treat and a stroke for the medicine, never the pharmacist's dose."""
        bd = ss.break_down(task, 2)
        assert "kind:pet-care/pet+tablet" == bd.source
        texts = " ".join(s.text for s in (*bd.steps, *bd.later))
        assert "vet's label" in texts
        assert "pharmacist" not in texts

    def test_a_pet_rat_is_still_a_pet(self) -> None:
        assert "pet-care" == ss.read_task("feed the rats").kind
        assert "pet-care" == ss.read_task("take the pet rats to the vet").kind

    def test_a_call_is_never_turned_into_an_order(self) -> None:
        """What the call is about never changes the act: "ring the gp about my meds running out"."""
        assert "call" == ss.read_task("ring the gp about my meds running out").kind

    def test_a_service_due_is_booked(self) -> None:
        assert "book" == ss.read_task("car needs a service").kind

    def test_buying_a_poison_needs_no_safety_step(self) -> None:
        bd = ss.break_down("buy ant powder", 2)
        assert not any("children and pets" in s.text for s in (*bd.steps, *bd.later))

    @pytest.mark.parametrize("task", ["having the dog put down on friday", "put the cat to sleep"])
    def test_a_pet_put_to_sleep_gets_the_vet_visit_readied_gently(self, task: str) -> None:
        bd = ss.break_down(task, 2)
        assert "template:get-ready-for-a-pets-last-vet-visit" == bd.source


def test_a_measure_named_alone_is_checked() -> None:
    """Blood sugars jotted with no verb are measured (`objects.toml [acts.measure]`)."""
    r = ss.read_task("blood sugars x4 today")
    assert ("check-test", "body") == (r.kind, r.object_class)
