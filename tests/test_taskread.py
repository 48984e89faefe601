"""Reading a task: the verb and its kind, the object and its class, people, deadline, asides."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss
from smallsteps._taskread import read_by_rules

from .helpers import load_script

EVALUATOR = load_script("evaluate_tasks")
DATA = pathlib.Path(__file__).parent / "data"


class TestLabelledSets:
    def test_sets_are_large_enough(self) -> None:
        """At least 400 tasks with their expected kind, a held-out slice written first."""
        tuned = EVALUATOR.rows(EVALUATOR.TUNED)
        heldout = EVALUATOR.rows(EVALUATOR.SLICES[0])
        assert len(tuned) + len(heldout) >= 400
        assert len(heldout) >= 200
        assert not {t for *_, t in tuned} & {t for *_, t in heldout}

    @pytest.mark.parametrize(
        ("number", "right", "wrong", "classes"),
        [
            # blind, twelfth session; never learned from, but read while issue 16's second
            # round was built (thirteenth session): 97.1% expected kind, 0.7% wrong, the
            # object's class 71.5% (before it: 90.5%, 6.6%, 59.9%). With the models that
            # learned slice 16 (fifteenth session): 97.8%, 0.0%, 73.0%. With the models that
            # learned slice 17 too (fifteenth session, its second round): 97.8%, 0.7%, 72.3%.
            # With the models that learned slice 20 and a part written apart (eighteenth
            # session): 97.8%, 0.7%, 71.5%.
            (14, 0.97, 0.01, 0.71),
            # blind, thirteenth session (148 tasks typed in a hurry): 77.7% expected kind,
            # 16.2% another, class 62.2%. Tuned on in the fourteenth session: its rules with
            # the models from before it 80.4%, 13.5%, 64.2%; learned by the models, 99.3%,
            # 0.7%, 83.8%. Twenty-sixth session, the models retrained after the word-class
            # reading: 98.0%, 2.0% (3 of 148), 81.8%.
            (15, 0.97, 0.03, 0.80),
            # blind, fourteenth session (busy parents, shift workers, carers, trades; never
            # read while building): before the round 78.4% expected kind, 16.9% another,
            # class 66.9%; after it 80.4%, 16.2%, 67.6%. Judged blind, then tuned on in the
            # fifteenth session: learned by the models, 100.0%, 0.0%, 85.1%. Twenty-sixth
            # session, the models retrained after the word-class reading: 99.3%, 0.7%, 82.4%.
            (16, 0.99, 0.01, 0.82),
            # written blind in the fifteenth session, judged blind on the code before its
            # first round: 78.7% expected kind, 17.7% another, class 51.8%. Tuned on from
            # the fifteenth session's second round: learned by the models, 100.0%, 0.0%,
            # 80.1%. With the usual acts (fifteenth session, third round): 99.3%, 0.7%, 78.7%;
            # "jess's casserole dish" is read as going back to Jess (class `person`, labelled
            # `dishes`) and "bbq b4 sat" as a barbecue to cook (labelled `assemble`, `other`).
            # Nineteenth session, the class model that learned a second part written apart
            # (`train_zb`, whose writer classes some things otherwise): 99.3%, 0.7%, 75.9%.
            (17, 0.99, 0.01, 0.75),
            # blind, fifteenth session (people working from home, new parents, farmers,
            # long-term illness, first jobs; never read while building): 82.6% expected
            # kind, 16.7% another, class 59.0% on the code after the session's first round;
            # after its second, 85.4%, 13.9%, 59.7%. Judged blind, then tuned on in the
            # sixteenth session: its rules with the models from before it 87.5%, 11.8%,
            # 61.1%; learned by the models, 99.3%, 0.7%, 80.6%. Eighteenth session: "look
            # into" is a firm verb (finding out, never the model's buying), and one task
            # labelled buy ("look into a proper desk chair") reads as finding out: 97.9%.
            # Thirtieth session, the models retrained with the second round of the
            # twenty-ninth and the dash readings: 97.9%, 2.1%, class 78.5% to 77.1% (two
            # tasks' class lost in the retraining; the kind unchanged). Thirty-first, with
            # the thirtieth session's round learned: 97.9%, 2.1%, class 76.4% (one more).
            (18, 0.97, 0.03, 0.76),
            # blind, sixteenth session (ADHD list dumps, the self-employed, grandparents,
            # flatshares, carers, students abroad; five lines other sets already held were
            # dropped, 145 left; never read while building): 66.2% expected kind, 26.9%
            # another, class 53.1% on the fifteenth session's code; 66.9%, 25.5%, 53.1%
            # after the sixteenth session's round. Its second round reads two to-dos typed
            # as one apart (`_tasknext`), its third lets a loose verb meet the thing's usual
            # act: together 66.9%, 26.9%, 52.4% (two tasks move from no kind to another, one
            # from its class; the slice was never read, figures only). Learned by the models
            # in the seventeenth session: 97.9%, 2.1%, 82.1%; with slice 20 and a part
            # written apart learned too (eighteenth), 97.9%, 2.1%, 79.3%.
            # Nineteenth session, with `train_zb` learned: 97.9%, 2.1%, 77.9%.
            # Thirty-fourth session, the models retrained on the head reading (`_taskhead`):
            # 96.6%, 3.4%, 80.7% (one task's kind lost; the slice was never read, figures only).
            (19, 0.96, 0.035, 0.77),
            # blind, seventeenth session (low days, voice-to-text, trades and gig work, shift
            # workers, the retired, new parents, newcomers, growers; one line another set held
            # was dropped, 149 left; never read while building): 79.2% expected kind, 17.4%
            # another, class 60.4% on the sixteenth session's code; with the models that
            # learned slice 19, 79.2%, 17.4%, 61.7%. Learned by the models in the eighteenth
            # session: 98.0%, 2.0%, 81.9%.
            # Nineteenth session, with `train_zb` learned: 98.0%, 2.0%, 78.5%.
            # Thirty-third session, with round 32 learned: classes 77.9% (one task fewer).
            (20, 0.97, 0.03, 0.77),
            # blind, eighteenth session (shared family lists, students and young workers,
            # carers, stallholders and small shops, the smallest version of a task, rented
            # flats, events to plan; four lines other sets held were dropped, 146 left; never
            # read while building): 71.9% expected kind, 24.7% another, class 59.6% on the
            # seventeenth session's code; with the models that learned slice 20 and a part
            # written apart (`tests/data/tasks/train_za.tsv`), 74.7%, 23.3%, 59.6%. Its misses
            # were read at that session's end; learned by the models in the nineteenth:
            # 97.9%, 2.1%, 84.2%.
            (21, 0.97, 0.03, 0.82),
            # blind, nineteenth session (voice notes to a phone, a first bit of a job, renters
            # and sharers, older people and their children, school-age children, animals,
            # hobbies and volunteering, shifts and gig work; one line another set held was
            # dropped, 149 left; never read while building): 72.7% expected kind, 21.3%
            # another, class 54.7% on the eighteenth session's code (150 lines); with the
            # session's fixes and the models that learned slice 21 and a second part written
            # apart (`tests/data/tasks/train_zb.tsv`), 72.5%, 20.1%, 56.4%. The thirty-first
            # session's retrained models (its new templates' titles learned) read one more
            # task's class another way: 75.2%, 17.4%, 55.7%.
            (22, 0.72, 0.21, 0.55),
            # written before any rule changed in the round of the object's class vetoing a
            # kind, by the helper that then changed them (not blind) (89 everyday tasks:
            # chores, money, admin, health, pets, garden, repairs, study, digital, social;
            # terse, typos, names, deadlines, asides,
            # second-language English): 95.5% expected kind, 4.5% another, class 78.7% on
            # the code before the round; read once more at its end: the same. Read at the
            # end of the twenty-sixth session (the word-class reading, the models retrained;
            # its lines never read): 94.4%, 5.6%, 77.5% (one task moved to another kind).
            (23, 0.94, 0.06, 0.77),
            # written before the rule changes of the twenty-sixth session, by the helper that
            # then changed them (not blind) (146 everyday tasks, about half built around
            # words that can be a noun or a verb and tasks with no verb; two lines other sets
            # held were dropped): 74.7% expected kind, 21.2% another, class 56.8% on the code
            # before the session; at its end (the word-class reading, the models retrained
            # with a part written after it, never from it): 75.3%, 19.9%, 58.9%.
            (24, 0.75, 0.20, 0.58),
        ],
    )
    def test_held_out_slices(self, number: int, right: float, wrong: float, classes: float) -> None:
        """A floor under today's share reaching the expected kind, a ceiling on a wrong one.

        So a regression shows; the figures are in docs/explanation/breaking-tasks-down.md.
        Slices 1 to 13 and 15 to 21, the tuned part and the parts written apart are what the
        kind and class models learned from; slices 14, 22, 23 and 24 are held out from them.
        """
        result = EVALUATOR.evaluate(EVALUATOR.SLICES[number - 1])
        assert result["right"] >= right
        assert result["wrong"] <= wrong
        assert result["class"] >= classes

    def test_the_model_learned_its_training_tasks(self) -> None:
        """Not a measure: a check that the shipped weights are the ones its tasks give."""
        for path in (EVALUATOR.TUNED, *EVALUATOR.SLICES[:13], *EVALUATOR.SLICES[14:21]):
            assert EVALUATOR.evaluate(path)["right"] >= 0.95

    @pytest.mark.parametrize(
        ("task", "object_class"),
        [
            ("fix the wobbly chair leg", "furniture"),  # the rules read a leg: the model vetoes
            ("use my inhaler before the walk", "topical-medicine"),  # finer than the model's
            ("I need to call the school", "organisation"),  # too rare for the model to judge
            ("give ellie her calpol", "for-someone"),  # the task's shape says so
            ("apply for a parking permit", "document"),  # no class read: the model's, sure
        ],
    )
    def test_the_class_model_weighs_the_rules_class(self, task: str, object_class: str) -> None:
        assert object_class == ss.read_task(task).object_class

    def test_the_shipped_model_matches_its_training(self) -> None:
        trainer = load_script("train_task_model")
        assert 0 == trainer.main(["--check"])


def test_everyday_tasks_raise_no_safety_notice() -> None:
    """No tuned task and no template's title gets a safety notice.

    "change my password for the bank" or "update my will" is admin, not a goodbye.
    """
    tasks = [t for *_, t in EVALUATOR.rows(EVALUATOR.TUNED)]
    tasks += [t.title for t in ss.default_tasks().templates]
    tasks += ["hide the cats pill in some ham", "give the dog his worming tablet hidden in food"]
    assert [] == [t for t in tasks if ss.check_safety(t).notice is not None]


class TestReading:
    @pytest.mark.parametrize(
        ("task", "verb", "kind", "object_class"),
        [
            ("ring mum back", "ring back", "call", "person"),  # a phrasal verb around its object
            ("put the bins out", "put out", "tidy", "rubbish"),
            ("take the jumper back", "take back", "return", "clothing"),
            ("take my tablets", "take", "take-medicine", "medicine"),  # the object settles it
            ("get my deposit back from the landlord", "get back", "ask-money-owed", "money"),
            ("stop the netflix subscription", "stop", "cancel", "subscription"),
            ("start a standing order for the rent", "start", "set-up", "money"),
            ("do the washing up", "do", "wash", "dishes"),  # "up" belongs to the noun
            ("give sam a ring", "give", "call", ""),  # a light verb and its action noun
            ("get the boiler service booked", "get", "book", "appointment"),
            (
                "get out of the gym contract",
                "get out of",
                "cancel",
                "subscription",
            ),  # not a workout
            ("finish the course of amoxicillin", "finish", "take-medicine", "medicine"),  # -cillin
            ("warehouse job application, closes sun", "", "apply", "document"),  # closes: when
            ("grant application due end of month", "", "apply", "money"),  # a grant is money
            ("send the signed lease back to the agent", "send back", "post", "document"),
            ("hulu - get rid, never watch it", "get rid", "cancel", "subscription"),  # before
            ("drop the ebay parcel at the post office", "drop", "post", "parcel"),  # the place
            ("bring the cat to the vet", "bring", "pet-care", "pet"),
            ("nudge jake re the festival money", "nudge", "ask-money-owed", "person"),  # owed
            ("iron tablet with breakfast", "", "take-medicine", "medicine"),  # a noun, no verb
            ("dentist appt for the kids", "", "book", "appointment"),
            ("new school shoes for jack", "", "buy", "clothing"),
        ],
    )
    def test_verb_kind_and_class(self, task: str, verb: str, kind: str, object_class: str) -> None:
        reading = ss.read_task(task)
        assert (verb, kind) == (reading.verb, reading.kind)
        if object_class:
            assert object_class == reading.object_class

    def test_the_object_is_kept_whole_with_its_owner(self) -> None:
        reading = ss.read_task("sort out the kids dentist appt by fri")
        assert "the kids dentist appt" == reading.object
        assert "appt" == reading.thing
        assert "Friday" == reading.deadline

    def test_people_by_name(self) -> None:
        assert ("Priya",) == ss.read_task("text priya back").people
        assert "Sam" in ss.read_task("Ring Sam about Saturday").people
        assert "mum" in ss.read_task("send mum the photos").people

    @pytest.mark.parametrize("task", ["reply to him", "text her back", "pay them back"])
    def test_a_pronoun_is_a_person_and_never_a_name(self, task: str) -> None:
        """A pronoun is no one's name: the steps keep the word as typed, or say someone."""
        reading = ss.read_task(task)
        assert () == reading.people
        steps = " ".join(s.text for s in ss.break_down(task, energy=2).steps)
        assert not any(w in steps.split() for w in ("Him", "Her", "Them"))

    @pytest.mark.parametrize(
        ("task", "person", "title"),
        [
            ("text auntie jo about sunday", "auntie Jo", "Message auntie Jo"),
            ("give jack his calpol at 6", "Jack", "Give Jack his calpol"),
            ("tell my boss im unwell", "your boss", "Message your boss"),
            ("ring Anna Maria about Sunday", "Anna Maria", "Ring Anna Maria"),
            ("post the birthday card to auntie Rose", "auntie Rose", ""),
            ("write a thank you card to Mrs Patel", "Mrs Patel", ""),
        ],
    )
    def test_names_stay_whole(self, task: str, person: str, title: str) -> None:
        """A family word keeps its name, a name before "his" is a name, "im" never is one."""
        assert person in ss.read_task(task).people
        assert not title or title == ss.break_down(task, energy=2).title

    @pytest.mark.parametrize(
        ("task", "people"),
        [
            ("apologise to Jade", ("Jade",)),  # "to" is no name
            ("chase up the landlord re deposit", ("the landlord",)),  # nor is "up"
            ("ring Anna Maria", ("Anna Maria",)),  # nor "Anna" on its own
        ],
    )
    def test_little_words_and_parts_of_names_are_no_names(
        self, task: str, people: tuple[str, ...]
    ) -> None:
        assert people == ss.read_task(task).people

    def test_a_new_clause_after_a_person_ends_the_object(self) -> None:
        reading = ss.read_task("call Nan its her birthday")
        assert ("Nan", "person") == (reading.object, reading.object_class)

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("order more dog food b4 we run out", "order"),  # the verb says it, not "run out"
            ("cancel the gym before it renews", "cancel"),
            ("milk runs out tmrw", "buy"),  # no verb: the phrase settles it
            ("get my eyes tested", "book"),  # someone else does the work
            ("get the boiler serviced", "book"),
            ("chase the council about the bins", "message"),  # no money named
            ("take the dog to the vets", "pet-care"),
            ("sort out the spare room before mum visits", "tidy"),  # the deadline says when
        ],
    )
    def test_the_verb_settles_the_kind_before_a_phrase_elsewhere(
        self, task: str, kind: str
    ) -> None:
        assert kind == ss.read_task(task).kind

    @pytest.mark.parametrize(
        ("task", "kind", "obj"),
        [
            ("get pizza delivered for the kids party", "order", "pizza"),  # not delivering it
            ("get the smart speaker working", "set-up", "the smart speaker"),
            ("get the new dishwasher hooked up", "set-up", "the new dishwasher"),
            ("get the boiler serviced", "book", "the boiler"),  # the result is not the object
            ("get the car washed", "wash", "the car"),
        ],
    )
    def test_a_light_verb_asks_for_the_result_its_participle_names(
        self, task: str, kind: str, obj: str
    ) -> None:
        """A light verb's participle says what is asked ("get X delivered"), and is no object."""
        reading = ss.read_task(task)
        assert (kind, obj) == (reading.kind, reading.object)

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("turn off auto renew on the vpn", "cancel"),  # a switch that stops a payment
            ("turn on 2fa for my email", "set-up"),
            ("copy the wedding photos onto the hard drive", "back-up-update-device"),
            ("write a cheque for the babysitter", "pay"),
            ("clip the rabbits nails", "pet-care"),  # a pet's, not a hedge's
            ("give the car a wash", "wash"),
        ],
    )
    def test_the_object_says_what_the_verb_does(self, task: str, kind: str) -> None:
        """The rules' object rules; the word model may weigh a task otherwise."""
        assert kind == read_by_rules(task).kind

    @pytest.mark.parametrize(
        ("task", "kind"),
        [("train tix to manchester", "book"), ("need a new drill bit set", "buy")],
    )
    def test_a_verb_that_opens_a_known_noun_is_the_noun(self, task: str, kind: str) -> None:
        """Tickets ("train tix") are not training; a "drill bit set" is a thing to buy."""
        assert kind == ss.read_task(task).kind

    def test_a_pronoun_before_the_object_receives_it(self) -> None:
        assert "the invoice" == ss.read_task("email them the invoice").object

    @pytest.mark.parametrize(
        ("task", "deadline"),
        [
            ("clear the gutters before the frost", "before the frost"),
            ("cancel the gym b4 it renews", "before it renews"),  # "b4" is "before" too
            ("pay the gas bill by the 12th", "the 12th"),
            ("renew passport, due end of month", "end of month"),
            ("book the vet tmrw", "tomorrow"),
            ("hoover the stairs", ""),
            ("ring the council about the bins, 2nd week running", ""),  # a count, not a date
            ("book mums 2nd dose", ""),
            ("sell the 2nd hand pram", ""),
        ],
    )
    def test_deadlines(self, task: str, deadline: str) -> None:
        assert deadline == ss.read_task(task).deadline

    def test_what_is_done_and_side_comments_are_set_apart(self) -> None:
        """Neither what is done nor a side comment picks the kind."""
        reading = ss.read_task("bags already packed, just need to load the car")
        assert "bags already packed" == reading.done
        assert ("load", "pack-move") == (reading.verb, reading.kind)
        aside = ss.read_task("buy milk (price going up next month)")
        assert ("buy", "food") == (aside.kind, aside.object_class)
        assert "price going up next month" == aside.aside
        comment = ss.read_task("new school shoes for jack, feet grown again")
        assert "buy" == comment.kind

    def test_giving_back_to_a_person_is_not_a_shop_return(self) -> None:
        """A person by "next door" or a capitalised name; "to argos" may be a shop."""
        assert "person" == ss.read_task("give the ladder back to next door").object_class
        assert ("person", ("Jo",)) == (
            ss.read_task("return the drill to Jo").object_class,
            ss.read_task("return the drill to Jo").people,
        )
        assert "appliance" == ss.read_task("return the blender to argos").object_class

    def test_emergencies_come_first_whatever_the_task(self) -> None:
        assert "emergency-gas" in ss.read_task("gas leak smell - call the gas board").hazards
        bd = ss.break_down("gas leak smell - call the gas board", energy=0)
        assert "gas" in bd.steps[0].text

    def test_medicine_for_someone_else(self) -> None:
        """Giving a child her medicine checks it is not given already, first."""
        bd = ss.break_down("give Ellie her calpol", energy=2)
        assert "kind:take-medicine/for-someone" == bd.source
        assert any("not given already" in s.text for s in bd.steps[:3])

    def test_money_owed_and_money_owing_never_meet(self) -> None:
        assert "ask-money-owed" == ss.read_task("remind dave he owes me 40").kind
        assert "pay" == ss.read_task("send tom the 20 i owe him").kind

    @pytest.mark.parametrize(
        ("task", "hazard"),
        [
            ("clear the gutters", "height"),
            ("change the fuse in the plug", "electric"),
            ("bleach the bathroom floor", "chemical"),
        ],
    )
    def test_hazards(self, task: str, hazard: str) -> None:
        assert hazard in ss.read_task(task).hazards

    def test_fixed_wiring_is_switched_off_at_the_fuse_box(self) -> None:
        """A light fitting's wall switch leaves the wires live: the step says the fuse box.

        A plug-in appliance keeps the step for its plug; the caution names an electrician.
        """
        fitting = ss.break_down("replace the light fitting in the hall", energy=2)
        assert "wired" in fitting.reading.hazards  # type: ignore[union-attr]
        texts = [s.text for s in (*fitting.steps, *fitting.later)]
        assert any("fuse box" in t and "wall switch is not enough" in t for t in texts)
        assert "electrician" in fitting.caution
        toaster = ss.break_down("fix the toaster", energy=2)
        assert any("at the wall" in s.text for s in toaster.steps)
        assert "" == toaster.caution

    def test_a_hazards_caution_is_shown_beside_the_steps(self) -> None:
        """The line a step cannot hold ("if you smell gas...") is in `caution` and in `str`."""
        bd = ss.break_down("fix the gas hob", energy=2)
        assert "smell gas" in bd.caution
        assert bd.caution in str(bd)
        assert bd.caution == ss.to_dict(bd)["caution"]

    def test_no_hazard_for_paperwork(self) -> None:
        """A gas bill is paperwork, not a gas appliance."""
        assert () == ss.read_task("pay the gas bill").hazards


class TestAnyText:
    @given(hst.text(max_size=300))
    def test_never_crashes(self, text: str) -> None:
        reading = ss.read_task(text)
        assert 0 <= reading.confidence <= 1
        assert len(reading.object) <= 60

    def test_long_text_is_read_from_its_start_only(self) -> None:
        reading = ss.read_task("wash the car " + "and then " * 50_000)
        assert "wash" == reading.kind


class TestNounLedTasks:
    """Tasks that name a thing and no verb, as many people jot them (issue 16)."""

    @pytest.mark.parametrize(
        ("task", "verb", "kind"),
        [
            ("aplly for provisional driving licence", "apply for", "apply"),  # a slip mended
            ("cancle netflix", "cancel", "cancel"),
            ("descale the kettel", "descale", "clean"),
        ],
    )
    def test_a_misspelt_verb_or_noun_is_read_as_meant(
        self, task: str, verb: str, kind: str
    ) -> None:
        reading = ss.read_task(task)
        assert (verb, kind) == (reading.verb, reading.kind)

    def test_a_common_word_is_never_mended(self) -> None:
        assert "" == ss.default_task_lexicon().mend("fridge")
        assert "" == ss.default_task_lexicon().mend("kettle")  # known: nothing to mend

    @pytest.mark.parametrize(
        ("task", "kind"),
        [
            ("tap leaking again", "fix"),
            ("car wont start", "fix"),  # "start" belongs to the state, not the task
            ("boiler making a weird noise", "fix"),
            ("bathroom smells", "clean"),
            ("garden overgrown", "garden"),
            ("return the broken kettle", "return"),  # a verb says what to do: still a return
        ],
    )
    def test_a_state_says_what_to_do_when_no_verb_does(self, task: str, kind: str) -> None:
        assert kind == read_by_rules(task).kind

    def test_a_list_of_things_from_a_shop_is_shopping(self) -> None:
        reading = ss.read_task("toothpaste, shampoo, deodorant")  # "shampoo" is a verb too
        assert ("buy", "") == (reading.kind, reading.verb)
        assert "toothpaste, shampoo and deodorant" == reading.object
        assert "call" == ss.read_task("milk, then ring mum").kind  # something to do

    def test_a_word_inside_a_longer_noun_names_no_action(self) -> None:
        """A return on its own is one; "tax return" is a document to fill in."""
        assert "return" != ss.read_task("do your tax return").kind
        assert "renew" == ss.read_task("passport, trip in june").kind


class TestHazardsNamedAnywhere:
    """A hazard the person names in a note still brings its safety step (issue 16)."""

    @pytest.mark.parametrize(
        ("task", "hazard"),
        [
            ("test the smoke alarm - need the step ladder", "height"),  # a check, on a ladder
            ("clear the gutters - ladder, get Sam to foot it", "height"),  # in the note
            ("move the piano", "heavy"),
        ],
    )
    def test_a_named_hazard_counts(self, task: str, hazard: str) -> None:
        assert hazard in ss.read_task(task).hazards

    @pytest.mark.parametrize("task", ["buy a ladder", "practise piano 20 mins"])
    def test_no_hazard_without_hands_on_work(self, task: str) -> None:
        assert () == ss.read_task(task).hazards


class TestSpeller:
    def test_one_slip_mends_to_the_one_key_word(self) -> None:
        from smallsteps.text import Speller

        speller = Speller(["apply", "kettle", "cancel", "parcel"], known={"fridge"})
        assert ("apply", "kettle", "cancel") == tuple(
            speller.mend(w) for w in ("aplly", "kettel", "cancle")
        )
        assert "" == speller.mend("fridge")  # a common word is never a slip
        assert "" == speller.mend("parcal" + "x")  # two slips away: nothing

    @pytest.mark.parametrize(
        ("keys", "known", "field"),
        [(None, set(), "keys"), ([3], set(), "keys"), (["apply"], "words", "known")],
    )
    def test_bad_arguments_are_named(self, keys: object, known: object, field: str) -> None:
        from smallsteps.text import Speller

        with pytest.raises(ss.ValidationError, match=f"^{field}: "):
            Speller(keys, known)  # type: ignore[arg-type]
        with pytest.raises(ss.ValidationError, match=r"^word: "):
            Speller(["apply"], set()).mend(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("task", "deadline"),
    [
        ("hall light flickering. breaker off b4 touching anything", ""),  # an order of steps
        ("tidy before leaving", ""),
        ("finish essay before spring", "before spring"),
        ("ring mum before the wedding", "before the wedding"),
    ],
)
def test_before_an_action_is_the_order_of_steps_not_a_deadline(task: str, deadline: str) -> None:
    assert deadline == ss.read_task(task).deadline


class TestAnAnimalsTask:
    """A task for an animal is its care: never the person's own health, nor a chat."""

    @pytest.mark.parametrize(
        ("task", "kind", "animal"),
        [
            ("book the cat in for her jabs", "book", "the cat"),  # the vet, not the GP
            ("vet appt for Pepper, she's limping", "book", "Pepper"),  # a name beside the vet
            ("ring the vets about Luna's stitches", "call", "Luna"),  # "Luna's": a pet's
            ("give Milo his worming tablet", "pet-care", "Milo"),  # a dose for a pet
            ("walk Bruno", "pet-care", "Bruno"),  # walking a name: a dog
            ("clip Biscuit's nails, he hates it", "pet-care", "Biscuit"),  # not gardening
            ("check the dog for ticks after the walk", "check-test", "the dog"),
            ("ring the vet about the results", "call", ""),  # the vet alone: "your pet"
        ],
    )
    def test_the_animal_and_its_kind(self, task: str, kind: str, animal: str) -> None:
        reading = ss.read_task(task)
        assert (kind, "pet", animal) == (reading.kind, reading.object_class, reading.animal)
        assert animal not in reading.people

    @pytest.mark.parametrize(
        "task",
        [
            "call mum about the dog",  # a chat with mum
            "ask the neighbour to feed the cat",  # a message to the neighbour
            "walk Sam to school",  # a child walked somewhere
            "weedkiller on the patio - keep the dog inside",  # the dog only mentioned
            "give Ellie her calpol",  # a child's dose
        ],
    )
    def test_a_person_or_a_mention_is_no_animals_task(self, task: str) -> None:
        assert "" == ss.read_task(task).animal

    def test_a_dose_for_an_animal_is_the_vets(self) -> None:
        """A pet's medicine takes the vet's dose note, never the pharmacist's step."""
        reading = ss.read_task("give the dog his antibiotics")
        assert "pet-dose" in reading.hazards
        assert "medicine-dose" not in reading.hazards


class TestAPartAndItsWhole:
    """A part on a thing ("X on the Y") keeps the thing, and takes its class (issue 16)."""

    @pytest.mark.parametrize(
        ("task", "said", "object_class"),
        [
            (
                "fix the wobbly leg on the kitchen table",
                "the kitchen table's wobbly leg",
                "furniture",
            ),
            ("fix the zip on my coat", "your coat's zip", "clothing"),
            ("replace the handle on the fridge door", "the fridge door's handle", "appliance"),
            ("tighten the chain on my bike", "your bike's chain", "vehicle-part"),
            ("mend the hole in my fav jumper", "the hole in your fav jumper", "clothing"),  # a flaw
        ],
    )
    def test_the_whole_is_kept(self, task: str, said: str, object_class: str) -> None:
        reading = ss.read_task(task)
        assert (said, object_class) == (reading.object, reading.object_class)

    @pytest.mark.parametrize(
        ("task", "said"),
        [
            (
                "sort out the dripping tap in the kitchen",
                "the dripping tap in the kitchen",
            ),  # a place
            ("fix the handle on it", "the handle"),  # "it" names nothing
            ("fix the leg on monday", "the leg"),  # a day, not a whole
            ("fix the wobbly chair leg", "the wobbly chair leg"),  # no preposition
        ],
    )
    def test_no_whole_is_made_up(self, task: str, said: str) -> None:
        assert said == ss.read_task(task).object


class TestTheWayOfGettingInTouch:
    """The channel a task names: the verb's, a phrase anywhere, a word for one (issue 16)."""

    @pytest.mark.parametrize(
        ("task", "channel"),
        [
            ("email the landlord about the damp", "email"),  # the verb's own way
            ("message the council by email about the bins", "email"),  # a phrase anywhere
            ("proper letter not email to the landlord", "letter"),  # "not email": passed over
            ("ring the landlord about the boiler", "call"),
            ("whatsapp the group about sat", "text"),
            ("report the pothole on the council website", "form"),
            ("pop in to the surgery in person about my records", "in-person"),
            ("message the landlord about the damp", ""),  # no way named
            ("fix my phone screen", ""),  # a phone to fix, not a call
        ],
    )
    def test_the_channel(self, task: str, channel: str) -> None:
        assert channel == ss.read_task(task).channel


class TestACommentAfterTheObject:
    """A comment run on after the object's noun is no part of it (issue 16)."""

    @pytest.mark.parametrize(
        ("task", "said"),
        [
            ("sell keyboard nobody plays it", "keyboard"),  # a clause
            ("send back amazon parcel wrong colour", "amazon parcel"),  # what is wrong
            ("cancel old car insurance now car's sold", "old car insurance"),
            ("ring BT abt broadband dropping every evening", "BT"),  # "abt": about
            ("sort out laptop keeps crashing", "laptop"),  # its state
            ("walk the dog properly not just round the block", "the dog"),  # an adverb
            ("piano 20 mins, grade 3 exam soon", "piano"),  # a time, with no verb
            ("take antibiotics 3x day", "antibiotics"),  # a count
            ("buy a stepladder that's actually safe", "a stepladder"),
            ("dm Jo congrats on the baby", "Jo"),  # a message reaches the person
        ],
    )
    def test_the_object_ends_at_its_noun(self, task: str, said: str) -> None:
        assert said == ss.read_task(task).object

    @pytest.mark.parametrize(
        ("task", "said"),
        [
            ("electric - send meter reading", "meter reading"),  # a noun of two words
            ("do the online first aid course", "the online first aid course"),  # "first aid"
            ("tidy the kids toys", "the kids toys"),  # a thing of theirs follows the person
            ("book the train to Leeds for Nan's 80th", "the train to Leeds"),  # cut whole
        ],
    )
    def test_a_noun_of_several_words_is_kept(self, task: str, said: str) -> None:
        assert said == ss.read_task(task).object


class TestWhichPartIsTheTask:
    """The part that says what to do, read apart from comments and side steps (issue 16)."""

    @pytest.mark.parametrize(
        ("task", "kind", "said"),
        [
            ("dishwasher tabs n bleach, running low", "buy", "dishwasher tabs"),  # a state
            (
                "schengen visa application - book biometrics after",
                "apply",
                "schengen visa application",
            ),
            ("woolies - milk bread eggs + oat milk", "buy", "milk bread eggs oat milk"),  # a shop
            ("pack for Cebu, passport already in bag", "pack-move", "your bag"),  # a trip
            ("give Sam his drill back", "return", "Sam's drill"),  # back to Sam
            ("do the Ocado order, slot tues", "order", "the Ocado order"),  # not a parcel
            ("iron tablets with orange juice not tea", "take-medicine", "iron tablets"),
        ],
    )
    def test_the_task_and_its_object(self, task: str, kind: str, said: str) -> None:
        reading = ss.read_task(task)
        assert (kind, said) == (reading.kind, reading.object)

    def test_a_company_in_capitals_is_not_a_person(self) -> None:
        reading = ss.read_task("pay DSTV before dem cut am")
        assert ("organisation", ()) == (reading.object_class, reading.people)

    def test_money_in_other_words_is_money_owed(self) -> None:
        assert "ask-money-owed" == ss.read_task("remind Ngozi about the 15k she borrowed").kind
        assert "ask-money-owed" == ss.read_task("ask Ramesh for the 2000 rs for petrol").kind

    def test_a_cue_inside_a_deadline_says_when_not_what(self) -> None:
        """A cue after "b4" says when; "finish the course" is a dose only with a medicine."""
        reading = ss.read_task("finish the food hygiene course modules b4 the link expires")
        assert "study" == reading.kind
        assert "take-medicine" == ss.read_task("antibiotics 3x a day, finish the course").kind


class TestThisRoundsReading:
    @pytest.mark.parametrize(
        ("task", "said"),
        [
            ("what is that 9.99 on my statement every month", "what is that 9.99"),
            ("acuvue oasys -2.25 both eyes running out", "acuvue oasys -2.25 both eyes"),
        ],
    )
    def test_a_number_with_a_point_is_kept_whole(self, task: str, said: str) -> None:
        """A price or a lens power ("9.99", "-2.25") is one number, never a break."""
        assert said == ss.read_task(task).object

    def test_a_price_is_no_time_and_a_time_with_a_point_is(self) -> None:
        """A price ("9.99") is no time of day; "5.40" and "10:30" are."""
        assert "" == ss.read_task("what is that 9.99 on my statement").deadline
        assert "at 5.40" == ss.read_task("parents evening 5.40 w Ms Khan").deadline
        assert "at 10:30" == ss.read_task("dentist 10:30").deadline

    @pytest.mark.parametrize(
        ("task", "said"),
        [
            ("bathroom door sticks plane the bottom", "bathroom door"),
            ("buy glue sticks for school", "glue sticks"),
            ("buy glue sticks", "glue sticks"),
        ],
    )
    def test_what_it_does_wrong_ends_it_with_more_said(self, task: str, said: str) -> None:
        """The door ends at "sticks plane the bottom"; "glue sticks" stays a thing."""
        assert said == ss.read_task(task).object

    @pytest.mark.parametrize("task", ["chase the refund again", "ask nicely for the 15k back"])
    def test_how_or_when_is_never_a_person(self, task: str) -> None:
        """Words like "again" and "nicely" say how or when, never whom to message."""
        people = ss.read_task(task).people
        assert not {"Again", "Nicely"} & set(people)

    @pytest.mark.parametrize(
        ("task", "said", "note"),
        [
            ("weedkiller on the patio keep the dog in till its dry", "weedkiller", "keep the dog"),
            ("calpol for lily max 4 in 24hrs write times down", "calpol", "write times down"),
            ("wobbly chair leg glue + clamp", "wobbly chair leg", "glue"),
            ("fuse box keeps tripping find which socket it is, dry hands", "fuse box", "dry hands"),
        ],
    )
    def test_a_side_step_after_the_thing_is_the_persons_note(
        self, task: str, said: str, note: str
    ) -> None:
        """The thing named first is the task; a side step after it is kept as their note."""
        bd = ss.break_down(task, energy=2)
        assert said in bd.object or said in bd.title.casefold()
        assert note in bd.note

    def test_what_a_thing_keeps_doing_is_not_a_side_step(self) -> None:
        """A laptop that "keeps nagging" is a complaint about it; the task updates it."""
        bd = ss.break_down("laptop keeps nagging to update, just let it do it tonight", energy=2)
        assert "template:update-your-laptop" == bd.source

    def test_a_vet_named_in_another_part_makes_the_booking_the_animals(self) -> None:
        """A vet in another part ("vet for biscuit, ... - book it") means the pet's jab."""
        r = ss.read_task("vet for biscuit, booster due in march - book it")
        assert ("book", "pet") == (r.kind, r.object_class)

    def test_a_part_stays_a_part_of_its_whole(self) -> None:
        """A car wiper stays a part: the class model's car never swallows it."""
        assert "vehicle-part" == ss.read_task("fix the car wiper").object_class
