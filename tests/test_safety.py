"""The safety net: crisis language, idioms, resources, the notice, the plan and privacy."""

from __future__ import annotations

import datetime as dt
import math
import pathlib
import re
import socket
import tomllib
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as hst

import smallsteps as ss
from smallsteps import testing
from smallsteps.text import read
from smallsteps.text._weigh import WORDS_ALONE

from .helpers import load_script

DATA = pathlib.Path(__file__).parent / "data"


EVALUATOR = load_script("evaluate_safety")  # the sets and their reader, one copy
TUNED = EVALUATOR.rows(EVALUATOR.TUNED)
TRAINING = [row for path in EVALUATOR.TRAINING for row in EVALUATOR.rows(path)]
SLICES = {EVALUATOR.slice_number(p): EVALUATOR.rows(p) for p in EVALUATOR.SLICES}
POSTS = {EVALUATOR.slice_number(p): EVALUATOR.rows(p) for p in EVALUATOR.POSTS}  # held out
EVERYDAY = EVALUATOR.everyday(EVALUATOR.EVERYDAY_HELD_OUT)  # tasks and thoughts held out
HELDOUT = [row for rows in SLICES.values() for row in rows]
SLICE_FLOORS: list[dict[str, Any]] = tomllib.loads(
    (pathlib.Path(__file__).parent / "data" / "heldout" / "safety_floors.toml").read_text("utf-8")
)["slice"]
"""A floor under each held-out slice's figures, with what it read when (`history`)."""


def _kind(text: str, model: ss.WordModel | None = None) -> str:
    """What the person would see: crisis, gentle, supporter, or none."""
    notice = ss.check_safety(text, model=model).notice
    return notice.kind if notice else "none"


def _score(
    rows: list[tuple[str, str, str]], model: ss.WordModel | None = None
) -> tuple[float, float, float]:
    """(recall on crisis lines, supporter notices on `other` lines, any notice on `none`)."""
    kinds = [(expected, _kind(text, model)) for _, expected, text in rows]
    crisis = [k for e, k in kinds if e == "crisis"]
    other = [k for e, k in kinds if e == "other"]
    none = [k for e, k in kinds if e == "none"]
    return (
        sum(k in ("crisis", "gentle") for k in crisis) / max(1, len(crisis)),
        sum(k == "supporter" for k in other) / max(1, len(other)),
        sum(k != "none" for k in none) / max(1, len(none)),
    )


class TestLabelledSets:
    def test_sets_are_large_enough(self) -> None:
        """At least 800 statements with 400 crisis and 400 look-alikes; a held-out slice of 200."""
        both = TUNED + TRAINING + HELDOUT
        assert len(both) >= 800
        assert sum(e == "crisis" for _, e, _ in both) >= 400
        assert sum(e == "none" for _, e, _ in both) >= 400
        assert all(len(rows) >= 200 for rows in SLICES.values())
        assert not {t for *_, t in TUNED + TRAINING} & {t for *_, t in HELDOUT}

    def test_tuned_set(self) -> None:
        """On the lines the rules were tuned on and the word model learned from."""
        recall, supporter, alarms = _score(TUNED)
        assert recall >= 0.97
        assert supporter >= 0.9
        assert alarms <= 0.026  # 2.5% (twelfth session: the judge holds back only when sure)

    def test_the_rules_alone_keep_their_floor(self) -> None:
        """The rules without the word model, on their tuned set: 87%, 73%, 4.0% today."""
        recall, supporter, alarms = _score(TUNED, EVALUATOR.RULES_ONLY)
        assert recall >= 0.85
        assert supporter >= 0.7
        assert alarms <= 0.045

    @pytest.mark.parametrize(
        "floor", SLICE_FLOORS, ids=[f"slice {f['number']}" for f in SLICE_FLOORS]
    )
    def test_held_out_slices(self, floor: dict[str, Any]) -> None:
        """On lines never tuned on nor learned from, a floor under today's figures.

        The figures themselves are in docs/explanation/safety.md and are printed by
        scripts/evaluate_safety.py; the issue's targets (97% recall, 3% false alarms) are
        not met. Slices 1 to 23 became training parts once a newer slice was written.
        """
        found = _score(SLICES[floor["number"]])
        assert found[0] >= floor["recall"]
        assert found[1] >= floor["supporter"]
        assert found[2] <= floor["alarms"]

    def test_every_held_out_slice_has_a_floor(self) -> None:
        """A new slice gets its floor when it is first read."""
        assert sorted(SLICES) == sorted(f["number"] for f in SLICE_FLOORS)

    @pytest.mark.parametrize(
        ("number", "recall", "supporter", "alarms"),
        [
            # thirteenth session: 87.5%, 3 of 6, 2.4% (one post of 42; twelfth: 0%; slice 8,
            # eleventh session: 89.6, 6, 7.1); sixteenth, the model that learned slice 17:
            # 85.4% (one crisis post fewer), 3 of 6, 2.4%
            (9, 0.85, 0.5, 0.025),
            # blind, fourteenth session, read once: 93.8%, 4 of 6, 4.8% (two posts of 42: a
            # story from recovery and talk about the topic); seventeenth session, the model
            # retrained with Englishes read as spoken: 93.8%, 4 of 6, 7.1% (a third post);
            # eighteenth, the model that learned slice 19: 91.7%, 4 of 6, 7.1%
            (10, 0.91, 0.66, 0.075),
            # blind, twenty-fourth session, read once: 95.8%, 5 of 6, 23.8% (10 posts of 42,
            # 9 of them the gentle check a denial keeps by design, in posts that vent low mood;
            # 1 other, 2.4%); the twenty-third session's model: 93.8%, 5 of 6, 23.8% (8 and 2)
            (11, 0.93, 0.8, 0.25),
        ],
    )
    def test_held_out_long_posts(
        self, number: int, recall: float, supporter: float, alarms: float
    ) -> None:
        """Long forum posts never tuned on nor learned from."""
        found = _score(POSTS[number])
        assert found[0] >= recall
        assert found[1] >= supporter
        assert found[2] <= alarms

    def test_held_out_everyday_text(self) -> None:
        """Tasks and thoughts held out from every reader: few notices, fewer in their place.

        A crisis or supporter notice takes the place of the steps or the reframe: 18 of 2,275
        (0.8%). A gentle check sits beside them: 33 more (51, 2.2%, any notice).
        """
        kinds = [_kind(text) for *_, text in EVERYDAY]
        assert sum(k in ("crisis", "supporter") for k in kinds) <= 0.01 * len(kinds)
        assert sum(k != "none" for k in kinds) <= 0.025 * len(kinds)

    @pytest.mark.parametrize(
        "family",
        sorted({f for f, e, _ in TUNED if e == "crisis" and f != "earlier"}),
    )
    def test_every_crisis_family_is_heard(self, family: str) -> None:
        """Each family is caught in at least 90% of its tuned lines."""
        lines = [t for f, e, t in TUNED if f == family and e == "crisis"]
        caught = [t for t in lines if _kind(t) in ("crisis", "gentle")]
        assert len(caught) >= 0.9 * len(lines)


class TestWhoAndHow:
    """How a careful reader tells who is at risk, and reads what is said without naming it."""

    @pytest.mark.parametrize(
        "text",
        [
            "my family would be better off without me",  # the family is named first
            "theyd all be relieved if i was gone for good",
            "swallowed my mums tablets an hour ago",  # "mums" owns the tablets
            "if my sister asks, tell her i was not scared at the end",  # she is told
            "gave my cat to the neighbour. i wont be needing anything now",
            "if a lorry hit me on the way home i wouldnt mind",
        ],
    )
    def test_the_writer_is_at_risk(self, text: str) -> None:
        check = ss.check_safety(text)
        assert (ss.About.WRITER, "crisis") == (check.about, check.notice and check.notice.kind)

    @pytest.mark.parametrize(
        "text",
        [
            "found a goodbye letter in my husbands coat pocket",
            "sam gave me his xbox and said he wont need it. should i be worried",
            "my friend keeps saying goodbye to everyone and now shes not answering, what do i do",
        ],
    )
    def test_a_supporter_gets_the_supporter_notice(self, text: str) -> None:
        check = ss.check_safety(text)
        assert (ss.About.OTHER, "supporter") == (check.about, check.notice and check.notice.kind)

    @pytest.mark.parametrize(
        "text",
        [
            "best mate went off grid and left his cat with me. said hes not coming back",
            "someone in my halls gave away all his stuff this week and said he wont need it",
            "random person on a live stream said goodbye and that tonight was the night. i"
            " reported it, what else can i do",
        ],
    )
    def test_the_judge_reads_someone_else_where_the_rules_gave_the_writer_by_default(
        self, text: str
    ) -> None:
        """No word gave the writer the risk (no "i", no "my"): the judge reads whom."""
        assert ss.check_safety(text, model=EVALUATOR.RULES_ONLY).about is ss.About.WRITER
        check = ss.check_safety(text)
        assert (ss.About.OTHER, "supporter") == (check.about, check.notice and check.notice.kind)

    def test_the_judge_alone_keeps_quiet_where_the_words_read_everyday_life(self) -> None:
        """No rule heard it, and the words alone are sure of none (`WORDS_ALONE`)."""
        text = "goodbye london, moving to glasgow for the residency, last night out with the crew"
        reading = ss.text.read(text)
        model = ss.default_safety_model()
        assert model.scores(reading).none >= WORDS_ALONE
        assert ss.check_safety(text).notice is None

    @pytest.mark.parametrize(
        "text",
        [
            "gave away my guitar today, wont need it anymore",
            "handed out my tools and said goodbye to everyone at the market. its done",
        ],
    )
    def test_a_goodbye_the_writer_owns_stays_the_writers(self, text: str) -> None:
        check = ss.check_safety(text)
        assert (ss.About.WRITER, "crisis") == (check.about, check.notice and check.notice.kind)

    @pytest.mark.parametrize(
        "text",
        [
            "our flatmate gave away his guitar and said goodbye, how can we help him",
            "my uncle said his last goodbye to the dog, should we go round",
            "the old man next door wrote letters to everyone. should i have called someone",
        ],
    )
    def test_a_worry_said_for_us_is_a_supporters(self, text: str) -> None:
        """'How can we help', 'should we go round', 'should i have called': the rules alone."""
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert "supporter-worry" in {s.rule for s in check.signals}

    @pytest.mark.parametrize(
        "text",
        [
            "giving my plants to my neighbour while im away for the summer",
            "gave away my winter clothes before the move, wont need them in spain",
            "my plan for tonight: pizza, bath, bed",
            "the date on saturday will be a flop",
        ],
    )
    def test_everyday_settling_and_plans_are_not_a_crisis(self, text: str) -> None:
        assert ss.check_safety(text).notice is None

    @pytest.mark.parametrize(
        "text",
        [
            "work was fine, ate pasta, wanna be dead, gonna watch a movie",  # a film after
            "exam tmrw - gonna end it tonight. anyway did u see the show",
        ],
    )
    def test_an_unsaid_subject_is_the_writer(self, text: str) -> None:
        """A piece of a clause opening on the signal, no one named: the writer's, by grammar.

        Said so, it is not turned into talk about a topic by a film or a show nearby.
        """
        signals = ss.default_safety_rules().find(text)
        assert any(s.about is ss.About.WRITER and s.level.value == "crisis" for s in signals)

    @pytest.mark.parametrize(
        "text",
        [
            "watched a film about a man who wants to die, so sad",
            "my brother is a mess, wants to be dead he says",
        ],
    )
    def test_a_named_subject_still_decides(self, text: str) -> None:
        signals = ss.default_safety_rules().find(text)
        assert not any(s.about is ss.About.WRITER and s.level.value == "crisis" for s in signals)

    def test_a_plan_without_its_name_gets_a_gentle_check(self) -> None:
        """A time and a mind made up: not certain, so at least the gentler notice."""
        check = ss.check_safety("sunday night. ive made up my mind")
        assert check.notice is not None
        assert "plan-method" in {s.family for s in check.signals}

    @pytest.mark.parametrize("word", ["want", "kill", "life"])
    def test_a_slipped_finger_in_a_short_key_word(self, word: str) -> None:
        """A slip of one letter in a short key word still reads as that word.

        Every slip after the first letter (a neighbouring key, or a letter missing), unless
        the slip is a word itself.
        """
        lex = ss.text.lexicon("en")
        text = "i want to kill myself, i hate my life"
        for typo in _slips(word):
            if lex.is_word(typo):
                continue
            assert ss.check_safety(text.replace(word, typo, 1)).crisis, typo

    def test_short_real_words_are_never_corrected(self) -> None:
        lex = ss.text.lexicon("en")
        for word in ("sad", "dad", "wed", "kys", "new", "ant"):
            assert lex.resolve(word) == (word,) or word == "kys"
        assert "keys" not in lex.resolve("kys")


def _slips(word: str) -> list[str]:
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    near = {r[i]: r[max(0, i - 1) : i] + r[i + 1 : i + 2] for r in rows for i in range(len(r))}
    out = [word[:i] + word[i + 1 :] for i in range(1, len(word))]
    out += [word[:i] + n + word[i + 1 :] for i in range(1, len(word)) for n in near[word[i]]]
    return out


class TestCheckSafety:
    @pytest.mark.parametrize(
        ("text", "family"),
        [
            ("i want to die", "explicit"),
            ("ive counted out my pills for tonight", "plan-method"),
            ("how many sleeping pills would kill someone", "lethality"),
            ("by the time you read this i will be gone", "goodbye"),
            ("the urge to cut is so strong tonight", "self-harm"),
            ("i took all my tablets an hour ago", "recent-act"),
            ("i keep hoping a bus hits me", "passive"),
            ("honestly i just want to kms", "coded"),
            ("everyone would be better off without me", "burden"),
            ("there is no reason to live any more", "hopeless-death"),
            ("i dont trust myself tonight", "unsafe"),
        ],
    )
    def test_families(self, text: str, family: str) -> None:
        """Each family of the safety issue is found and named, about the writer."""
        check = ss.check_safety(text)
        assert family in {s.family for s in check.signals}
        assert (ss.Level.CRISIS, ss.About.WRITER) == (check.level, check.about)
        assert check.notice is not None
        assert "crisis" == check.notice.kind

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("relapsed tonight after 9 months clean, cut deep", "crisis"),
            ("cut again last night after 3 months clean", "crisis"),
            ("broke my streak today, 40 days clean and now fresh cuts", "crisis"),
            ("9 months clean from cutting and so proud", "none"),
            ("no relapses since march, 6 months clean", "none"),
        ],
    )
    def test_a_relapse_is_no_story_of_recovery(self, text: str, level: str) -> None:
        """Recovery's words ("months clean") never cancel a relapse said in the same clause.

        `spares = { recovered = "relapse" }` (twenty-fourth session: 25 training crisis
        lines the rules alone had missed, none broken). Read by the rules alone.
        """
        assert level == ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level.value

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("by the time u see this it will be done", "crisis"),
            ("by the time yall get this im gone", "crisis"),
            ("just want to go to sleep for good", "crisis"),
            ("i could sleep for good after that shift lol", "none"),
            ("gonna log off for good. not the app. me", "crisis"),
            ("honestly ready to log off from life", "crisis"),
            ("logging off for the night, see u tmrw", "none"),
        ],
    )
    def test_a_goodbye_in_other_words(self, text: str, level: str) -> None:
        """Whoever reads it and however it reaches them; sleep for good, not "could sleep".

        Logging off for good is the algospeak of an ending (from a forum, the word model's
        judge weighs the rest).
        """
        assert level == ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level.value

    @pytest.mark.parametrize(
        ("text", "rule"),
        [
            ("honestly dont think i can keep living", "cannot-go-on"),
            ("i cant bear to keep existing like this", "cannot-go-on"),
            ("had enough of waking up tbh", "fed-up-going-on"),
            ("would it be so bad if i just wasnt here any more", "fed-up-going-on"),
        ],
    )
    def test_going_on_living_is_a_compound(self, text: str, rule: str) -> None:
        """Not going on living is read from small words (cannot, tired of) and a living word."""
        check = ss.check_safety(text)
        assert rule in {s.rule for s in check.signals}
        assert ss.Level.CRISIS == check.level

    @pytest.mark.parametrize(
        "text",
        [
            "i cant keep going to the gym this week",
            "i dont want to be around him any more",
            "cant wait to live in spain",
            "tired of waking up at 5 for the early shift",
        ],
    )
    def test_going_on_with_a_place_or_person_is_not(self, text: str) -> None:
        """Going on with an everyday place, person or time after it is not about living."""
        rules = {s.rule for s in ss.check_safety(text).signals}
        assert not rules & {"cannot-go-on", "fed-up-going-on"}

    @pytest.mark.parametrize(
        "text",
        [
            "been crossing roads without looking, honestly whatever happens happens",
            "stopped wearing my helmet, i feel so tired of all of it",
        ],
    )
    def test_warning_signs_together_get_a_gentle_check(self, text: str) -> None:
        """Two kinds of warning sign, one strong, from the writer: a concern, a gentle notice."""
        check = ss.check_safety(text)
        assert "warning-signs" in {s.rule for s in check.signals}
        assert (ss.Level.CONCERN, ss.About.WRITER) == (check.level, check.about)
        assert check.notice is not None
        assert "gentle" == check.notice.kind

    @pytest.mark.parametrize(
        "text",
        [
            "last msg for a while, exams start monday",  # only for now
            "left my spare keys with mum while im on holiday",  # a trip
            "he left his savings to his nephew and signed it",  # someone else
            "my brother stopped wearing his helmet, whatever happens happens he says",
            "my prescription ran out, how do i get an emergency supply",  # one kind only
        ],
    )
    def test_warning_signs_need_the_writer_and_no_everyday_reason(self, text: str) -> None:
        """A trip, someone else, or a single kind of sign: no warning-signs signal."""
        assert "warning-signs" not in {s.rule for s in ss.check_safety(text).signals}

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("i wish i could die", "crisis"),  # not the idiom "i could just die (of ...)"
            ("im so tired i could die", "crisis"),  # a known miss until the tenth session
            ("so embarrassed i could die", "none"),
            ("this cake is so good i could die", "none"),
            ("i feel like cutting", "crisis"),  # a wish, then the act
            ("honestly i miss cutting", "crisis"),  # missing the act is an urge
            ("i miss cutting hair at the salon", "none"),  # a thing after it: a job
            ("i'd be fine with just fading away one day", "crisis"),  # not "the urges are fading"
            ("the urges are fading now, proud of myself", "none"),
            ("i stopped being scared of dying. now im kinda hoping for it", "concern"),
            ("ngl i drive way too fast lately, kind of hoping", "concern"),  # ngl is no idiom here
            ("i want to cut the cake", "none"),
            ("need to cut back on spending", "none"),
        ],
    )
    def test_an_idiom_never_hides_a_plain_wish(self, text: str, level: str) -> None:
        """Everyday idioms are narrow: "i wish i could die" is never read as hyperbole."""
        assert level == ss.check_safety(text).level.value

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("work then gym then wish i was dead lol", "crisis"),  # a laugh over a wish
            ("i just want to be dead lmao anyway", "crisis"),
            ("he fell off the stage, i was dead lol", "none"),  # laughter
            ("i used to want to die. i got help. i want to die again", "crisis"),  # not a game
            ("my character died again lol", "none"),
        ],
    )
    def test_a_laugh_after_a_wish_leaves_the_wish(self, text: str, level: str) -> None:
        """Laughter ("i was dead lol") is no wish; "wish i was dead lol" is (the rules alone)."""
        assert level == ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level.value

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("came home and sat with the pills in my hand for an hour", "crisis"),
            ("i keep looking at the bridge on my way to work", "crisis"),
            ("been staring at the knife block all evening", "crisis"),
            ("held the blade for ages last night", "crisis"),
            ("picked up the pills from boots after work", "none"),  # an errand, no dwelling
            ("holding my inhaler in my hand for the walk", "none"),  # ordinary care
        ],
    )
    def test_attention_that_dwells_on_a_means(self, text: str, level: str) -> None:
        """Sitting with, staring at or holding a means for a long time is a plan's sign.

        Read by the rules alone: the floor hears it without the word model.
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert level == check.level.value

    @pytest.mark.parametrize(
        ("text", "about"),
        [
            ("the truth is i dont intend to be here for it", "writer"),
            ("im not planning to be around much longer lol", "writer"),
            ("jokes on them, they wont have to deal with me much longer", "writer"),
            ("dont bother returning the book, i wont need it where im going", "writer"),
            ("my mate said you lot wont have to put up with me soon", "other"),  # his words
            ("im not planning to be around for the party, working late", None),  # an event
            ("my sister sent me a goodbye text", "other"),  # the writer is given to
        ],
    )
    def test_not_being_around_ahead(self, text: str, about: str | None) -> None:
        """Not being around ahead, said as an intent or a plan, is a goodbye.

        "They won't have to deal with me" is the writer's own going; a party missed for work
        is not a goodbye. Read by the rules alone.
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert (check.about.value if check.about else None) == about

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("might just catch the bus for good this time", "crisis"),
            ("time to catch the bus, if u know u know", "crisis"),
            ("ready to log out of life permanently", "crisis"),
            ("been thinking about taking the long sleep", "crisis"),
            ("game over for me irl. no respawn", "crisis"),
            ("gotta catch the bus at 7 tmrw", "none"),  # a bus
            ("the long sleep after a night shift is the best", "none"),  # a sleep
            ("they will end the show after season 3", "none"),  # a show
        ],
    )
    def test_coded_words_with_their_marker(self, text: str, level: str) -> None:
        """Algospeak that is everyday English alone speaks with its marker.

        "for good", "if u know", or its own form ("log out of life"). Read by the rules alone.
        """
        assert level == ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level.value

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("having passive SI again today", "crisis"),
            ("active si, i have a plan", "crisis"),
            ("therapist says my SI is chronic, whatever, today its bad", "crisis"),
            ("i have passive SI but no intent, just tired", "crisis"),
            ("ready to meet my maker tbh", "crisis"),  # an old idiom met by readiness
            ("suicide is on my mind 24/7", "crisis"),  # thoughts that will not leave
            ("ending it is always in my head", "crisis"),
            ("pizza is on my mind 24/7", "none"),
            ("death metal is all i think about", "none"),
            ("my grandads death is on my mind today, miss him", "none"),  # grief
            ("studying SI risk factors for my psych exam", "none"),  # a topic
            ("my si joint is killing me after the long drive", "none"),  # a hip
            ("si, claro, nos vemos manana", "none"),  # Spanish
            ("the printer finally gave up the ghost", "none"),  # an idiom alone
        ],
    )
    def test_the_clinics_shorthand_and_old_idioms(self, text: str, level: str) -> None:
        """The clinic's "SI", an idiom of dying with a wish, and death that will not leave one.

        Read by the rules alone.
        """
        assert level == ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level.value

    @pytest.mark.parametrize(
        ("text", "idiom"),
        [
            ("wanted to die for like 2 hours straight then slept", False),  # a stretch of time
            ("i wanted to die for a while tonight", False),
            ("sometimes i think id rather die than go on", False),  # the rest of a life
            ("would rather be dead than carry on like this", False),
            ("im dying for a coffee", True),
            ("id rather die than sit through another meeting", True),
            ("that cake is to die for", True),
        ],
    )
    def test_words_that_make_an_idiom_literal(self, text: str, idiom: bool) -> None:
        """An idiom's words made literal by what follows them no longer hide a wish.

        "dying for a coffee" is an idiom; "dying for two hours" is a stretch of time, and
        "rather die than go on" a wish to die. Read by the rules alone.
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert (check.level is ss.Level.NONE) is idiom

    def test_idiom_is_not_a_crisis(self) -> None:
        """Everyday idioms get nothing."""
        for text in ("this traffic is killing me", "dying for a coffee", "suicide sprints again"):
            check = ss.check_safety(text)
            assert (ss.Level.NONE, None) == (check.level, check.notice)

    def test_food_out_of_the_freezer_is_not_losing_ones_nerve(self) -> None:
        """Taking food out to thaw is an errand; "chicken out" before a plan is still heard."""
        rules = EVALUATOR.RULES_ONLY
        assert (
            ss.check_safety("chicken out of freezer tonight for tmrw", model=rules).notice is None
        )
        check = ss.check_safety("scared ill chicken out tonight but the plan is set", model=rules)
        assert check.level is not ss.Level.NONE

    def test_a_key_cut_at_a_shop_is_not_an_act(self) -> None:
        """A spare key cut is an errand; a cut said beside "myself" and "again" is still heard."""
        rules = EVALUATOR.RULES_ONLY
        errand = "key cut for next door (in case i lock myself out again)"
        assert ss.check_safety(errand, model=rules).notice is None
        check = ss.check_safety("got a key cut then cut myself again", model=rules)
        assert check.level is ss.Level.CRISIS

    def test_negated_still_gets_a_gentle_notice(self) -> None:
        """A negated statement is a concern: resources, with a gentler message."""
        check = ss.check_safety("I'm not going to hurt myself")
        assert ss.Level.CONCERN == check.level
        assert check.notice is not None
        assert "gentle" == check.notice.kind
        plain = ss.check_safety("I want to hurt myself").notice
        assert plain is not None
        assert check.notice.message != plain.message

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("im not ok i want to die", "crisis"),  # "not" negates "ok", not the wish
            ("i am not really going to hurt myself", "concern"),  # only bridge words between
            ("no thoughts of hurting myself", "concern"),
        ],
    )
    def test_a_negation_governs_only_what_follows_it(self, text: str, level: str) -> None:
        """A negation softens a signal only with nothing but bridge words between them."""
        assert level == ss.check_safety(text).level.value

    def test_an_errand_the_word_model_once_misread_gets_no_notice(self) -> None:
        """A known false alarm of the tenth session's model, gone since the twelfth's."""
        assert ss.check_safety("catching the train tonight").notice is None

    @pytest.mark.parametrize(
        "text",
        ["tonight is the night, finally finishing my thesis", "taking the bridge route tonight"],
    )
    @pytest.mark.xfail(
        strict=True,
        reason="tenth session, found by probing: a plan's words ('tonight is the night', a "
        "bridge or a train with a time) read as a plan even when the sentence names an "
        "errand; known false alarms (the rules read both)",
    )
    def test_an_errand_with_a_plans_words_gets_no_notice(self, text: str) -> None:
        assert ss.check_safety(text).notice is None

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("i attempted suicide last week", "crisis"),
            ("my sister tried to kill herself last month", "supporter"),
            ("stopped taking my heart meds on purpose last week", "crisis"),
            ("just out of the psych ward after my attempt. first day home", "crisis"),
            ("day 3 after the overdose. liver ok apparently", "crisis"),
        ],
    )
    def test_an_attempt_is_never_read_as_grief(self, text: str, kind: str) -> None:
        """Grief's words of time ("last month") cancel a death, never an attempt (`spares`).

        The rules alone hear these; before, "last week" read as grief and hid them.
        """
        assert _kind(text, EVALUATOR.RULES_ONLY) == kind

    @pytest.mark.parametrize(
        "text",
        [
            "my brother died by suicide last week",  # a death: grief, no notice
            "my dad took his own life last year and i miss him",
        ],
    )
    def test_a_death_last_month_is_still_grief(self, text: str) -> None:
        assert _kind(text, EVALUATOR.RULES_ONLY) == "none"

    @pytest.mark.parametrize(
        "text",
        [
            "a year ago i tried to end my life, today i graduated. so glad i stayed",
            "three years ago today i tried to end my life. i am in a good place now",
        ],
    )
    def test_a_now_in_another_piece_or_dating_a_past_keeps_a_story_of_recovery(
        self, text: str
    ) -> None:
        """A "today" in the next piece, or just after "years ago", does not make the act now."""
        assert _kind(text, EVALUATOR.RULES_ONLY) == "none"

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("bad day. my dads talking about ending it again", "supporter"),
            ("my brothers been saving his pain meds and i found the stash", "supporter"),
            ("my mates gonna kill himself he said", "supporter"),
            ("i want to die, my mums cooking dinner", "crisis"),  # she cooks; i am at risk
        ],
    )
    def test_an_owners_word_before_a_verb_is_the_one_who_does_it(
        self, text: str, kind: str
    ) -> None:
        """An owner word typed for "dad's" before "talking", "been", "gonna" is the one doing it."""
        assert _kind(text, EVALUATOR.RULES_ONLY) == kind

    def test_a_story_told_from_recovery_gets_no_notice(self) -> None:
        """What happened then, told from a recovery now: the signals stay, at level none."""
        text = (
            "when i was 16 i took a handful of pills from the bathroom cabinet and ended up in "
            "hospital for three days. nobody at home talked about it after that, my dad drove "
            "me back and my mum made soup. i am 34 now, i have a job i like and a daughter, "
            "and i am in a good place."
        )
        check = ss.check_safety(text)
        assert (ss.Level.NONE, None) == (check.level, check.notice)
        assert check.signals  # heard, and kept for the host's audit
        assert {ss.Level.NONE} == {s.level for s in check.signals}
        unsaid = text.replace(
            "i am 34 now, i have a job i like and a daughter, and i am in a good place",
            "i think about it most days",
        )
        assert ss.check_safety(unsaid).level is ss.Level.CRISIS  # no recovery said: heard

    @pytest.mark.parametrize(
        "text",
        [
            "back in 2019 i was cutting every day and tonight i cut again",  # now, not then
            "two years ago i took an overdose and i want to do it again",  # a signal of now
            "two years ago i took an overdose",  # a past with no recovery said
        ],
    )
    def test_a_past_with_a_present_is_still_heard(self, text: str) -> None:
        """The story rule needs every signal told as past and a recovery said now."""
        assert ss.check_safety(text).notice is not None

    @pytest.mark.parametrize(
        "text",
        [
            "100 days no self harm",  # a milestone: the act is denied and the recovery said
            "nine months no cutting today!! scars are fading",  # "today" dates the recovery
            "3 weeks no sh",
        ],
    )
    def test_a_milestone_gets_no_notice(self, text: str) -> None:
        """Every signal denied and a recovery said: a milestone, kept for audit, no notice."""
        check = ss.check_safety(text)
        assert check.notice is None
        assert check.signals
        assert {ss.Level.NONE} == {s.level for s in check.signals}

    @pytest.mark.parametrize(
        "text",
        [
            "100 days no self harm and i want to die",  # a signal of now beside it
            "i havent cut since march but tonight i will",
        ],
    )
    def test_a_milestone_beside_a_signal_of_now_is_heard(self, text: str) -> None:
        """A milestone never silences a signal that is not denied."""
        assert ss.check_safety(text).level is ss.Level.CRISIS

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("a year ago i tried. im fine now but i want to die", "crisis"),
            ("last year i tried. im in a good place now but honestly i want to die", "crisis"),
            ("two years ago i tried to kill myself, now im doing well", "none"),
            ("i was in a dark place last winter and wanted to die. im doing better now", "none"),
        ],
    )
    def test_a_wish_after_a_word_of_now_is_no_story_of_recovery(
        self, text: str, level: str
    ) -> None:
        """A past before a clause dates it only when the writer has not spoken of now between.

        "a year ago" reached over "im fine now" and dated "i want to die" as past: a story
        of recovery, no notice (twenty-fourth session, found by probing; the rules and the
        model both). Read by the rules alone and with the word model.
        """
        assert level == ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level.value
        assert (ss.check_safety(text).notice is None) is (level == "none")

    @pytest.mark.parametrize(
        "text",
        [
            "when i was 19 i tried to end it. im 41 now and genuinely happy these days",
            "my diary from 2017 is full of wanting to die. i barely recognise that girl",
            "my younger self wanted to be gone. its well behind me now, therapy helped me",
        ],
    )
    def test_a_past_self_and_a_present_told_plainly_are_a_story_of_recovery(
        self, text: str
    ) -> None:
        """A past self and a present said plainly make a story of recovery to the rules.

        "that girl", "my younger self", "2017"; "im 41 now", "genuinely happy these days".
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert check.signals
        assert check.notice is None

    @pytest.mark.parametrize(
        "text",
        [
            "a year since my last suicide attempt. its 2am and im right back there tonight",
            "when i was 19 i tried to end it. im 41 now and the thoughts are back",
            "im fine honestly, but when im driving home i keep planning how to end it",
            # the old act or wish again, said without its words (twenty-fifth session, found
            # by probing: no notice at all, the rules and the model, before and after the
            # session's wider reading of a present)
            "when i was 19 i tried to end it. im 41 now and i want to try again",
            "two years ago i tried to kill myself. im in a good place now but i think about "
            "doing it again",
            "back in 2019 i wanted to die. im safe now but tonight i feel that way again",
            "two years ago i tried to kill myself. now i have a plan to do it right",
        ],
    )
    def test_a_relapse_or_a_now_keeps_a_past_from_being_a_story(self, text: str) -> None:
        """A relapse said anywhere keeps a story of recovery from silencing the past.

        "right back there", "the thoughts are back"; and "when i am" is now, never a past.
        """
        assert ss.check_safety(text, model=EVALUATOR.RULES_ONLY).notice is not None
        assert ss.check_safety(text).notice is not None

    @pytest.mark.parametrize(
        ("text", "heard"),
        [
            ("used to self harm. started again this week", True),
            ("i self harmed as a teen. im 30 now and doing it again", True),
            ("used to self harm, havent started again in 3 years", False),
        ],
    )
    def test_an_act_then_a_relapse_in_another_clause_is_heard(self, text: str, heard: bool) -> None:
        """An act of self-harm, then a relapse said in another clause, is a signal.

        "used to" beside the act is a recovery that cancels it; a relapse after it ("started
        again this week") spares it (twenty-fifth session: no notice before, rules or model).
        """
        assert (ss.check_safety(text, model=EVALUATOR.RULES_ONLY).notice is not None) is heard

    @pytest.mark.parametrize(
        "text",
        [
            "a year since the hospital today, but honestly i want to die just as much as i did "
            "back then",
            "two years since my last attempt and i was so proud. its 2am and i want to die "
            "again, exact same feeling as back then",
        ],
    )
    def test_a_wish_of_now_beside_words_of_recovery_is_heard(self, text: str) -> None:
        """Words of recovery in a wish's own clause do not cancel a wish said as of now.

        "i want to die just as much as back then" compares now with then (twenty-sixth
        session: the rules heard nothing, "back then" cancelled the frames); "i wanted to"
        and "i used to want to" are no wish of now, and a wish elsewhere in the piece ("a
        talk about suicide years ago ... i want to understand") spares nothing.
        """
        assert ss.check_safety(text, model=EVALUATOR.RULES_ONLY).level is ss.Level.CRISIS
        assert ss.check_safety(text).level is ss.Level.CRISIS

    @pytest.mark.parametrize(
        "text",
        [
            "i used to want to die, now i want to live",
            "back then i wanted to die every day. proud of how far ive come",
            "our church is holding a talk about suicide in older men. my friend's son died "
            "that way years ago and i want to understand",
        ],
    )
    def test_a_wish_that_is_not_of_now_spares_nothing(self, text: str) -> None:
        assert ss.check_safety(text, model=EVALUATOR.RULES_ONLY).notice is None

    def test_a_past_self_felt_again_tonight_is_heard(self) -> None:
        """A past self felt again tonight is a wish of now.

        Found by probing in the twenty-fifth session: the rules heard the wish again, but the
        judge read "i barely recognise that girl" as a story of recovery and held the signals
        back (a strict xfail); heard since the twenty-sixth session's retrain.
        """
        text = "i barely recognise that girl who wanted to die. but tonight i feel like her again"
        assert ss.check_safety(text, model=EVALUATOR.RULES_ONLY).notice is not None
        assert ss.check_safety(text).notice is not None

    @pytest.mark.parametrize(("none", "level"), [(0.8, "crisis"), (0.95, "none")])
    def test_a_plain_wish_needs_a_surer_judge_to_be_held_back(
        self, none: float, level: str
    ) -> None:
        """A firm frame ("i want to die") stands until the judge's none reaches `firm`.

        A judge that reads no risk at 80% holds back other signals (its hold is 75%), but
        not the writer's own plain wish; at 95% it holds that back too.
        """
        judge = {"": (math.log(none), math.log(1 - none), -30.0)}
        model = ss.WordModel("en", (0.0, 0.0, 0.0), {}, judge, threshold=0.65)
        model = attrs.evolve(model, hold_threshold=0.75, firm_threshold=0.9)
        assert ss.check_safety("i want to die", model=model).level is ss.Level(level)
        assert ss.check_safety("i feel like a burden to everyone", model=model).notice is None

    def test_a_relapse_after_a_milestone_keeps_its_notice(self) -> None:
        """A relapse after a milestone keeps its notice, at the gentle level.

        The rules hear the act; the judge, which learned many milestones, reads the whole as
        a story of recovery, so a piece of it keeps the notice gently. A crisis until the
        sixteenth session's retrain (the model learned slice 17's stories from recovery);
        the lines show either way.
        """
        check = ss.check_safety("9 months no cutting but last night i did it again")
        assert check.level is not ss.Level.NONE
        assert check.notice is not None
        assert any(s.rule == "recent-act" for s in check.signals)

    @pytest.mark.parametrize(
        ("text", "about"),
        [
            ("asking for a friend lol how many sleeping pills is too many", "writer"),
            ("asking for a friend, how high does a bridge need to be", "writer"),
            ("asking for my friend, how many pills would kill her", "other"),
        ],
    )
    def test_asking_for_a_friend_is_the_writers_cover(self, text: str, about: str) -> None:
        """'For a friend' is the classic cover for the writer's own question; 'my friend' is not."""
        check = ss.check_safety(text)
        assert check.level is ss.Level.CRISIS
        assert check.about is ss.About(about)

    @pytest.mark.parametrize(
        ("text", "about"),
        [
            ("my cousin said i wont be here next week, whats that mean", "other"),
            ("the lad on my shift said i wont be around much longer", "other"),
            ("my sister messaged me thank you for everything, love you all", "other"),
            ("my uncle asked me to look after his dog if anything happens", "other"),
            ("just wanted to say i love you all, im sorry for everything", "writer"),
            ("i told her i wont be around much longer", "writer"),
            ("called mum, wrote my goodbye letter, fed the cat", "writer"),
            ("my 14 year old keeps cutting her arms", "other"),  # someone named by their age
            ("our 13yo has been cutting", "other"),
            ("my grandad has been giving away his medals to everyone", "other"),  # he leads
            ("theyd all be fine once im gone", "writer"),  # the writer is in the goodbye
            ("im 15 years old and i want to die", "writer"),
            ("my cousin texted me 'i love you all, goodbye' and went quiet", "other"),  # quoted
            ("my brother texted 'i am sorry for everything' at 2am", "other"),
            ("i texted her i love you all goodbye", "writer"),  # the writer speaks
        ],
    )
    def test_what_someone_else_said_is_theirs(self, text: str, about: str) -> None:
        """What someone else said is theirs; the writer's own words stay the writer's.

        An "i" quoted after someone else's verb of speech is theirs, and so is a goodbye
        said to "me"; "on my team" is a place, not the speaker; the writer's own "say" and
        "wrote my" stay the writer's. Read by the rules alone (the judge weighs the rest).
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert check.level is not ss.Level.NONE
        assert check.about is ss.About(about)

    @pytest.mark.parametrize(
        ("text", "about"),
        [
            ("walked the dog, rang my sister, did the crossword, thought of ending it", "writer"),
            ("rang my sister and thought about ending it all", "writer"),
            ("visited mum then thought about ending it", "writer"),
            ("my mum called my sister and talked about ending it", "other"),  # mum leads
            ("visited my brother, he keeps talking about ending it", "other"),  # named again
            ("worried about my daughter, keeps talking about ending it", "other"),  # no contact
            ("my son came home late, keeps saying he wants to die", "other"),  # named again
            ("my brother is a mess, wants to be dead", "other"),  # the same subject goes on
            ("worked, gym, texted my ex (mistake), wrote a goodbye note, tv", "writer"),  # aside
            ("rang my dad today, wrote goodbye letters", "writer"),
            ("texted my mum, she wrote back that she wants to die", "other"),  # she speaks
            # dictated, no stops: "so um i" takes the floor back from the one reported
            ("my counsellor her said to tell the app so um i want my life to be over", "writer"),
            ("my bf keeps saying hes fine but i know hed be happier if i was dead", "writer"),
            ("my sister said she wants to die and i dont know what to do", "other"),
            # someone else as the subject inside the words: they are the one at risk
            ("gf keeps saying shes a burden and id be happier if she was gone", "other"),
            ("they said hes ok now but i dont think he is safe", "other"),
            # a speech verb in an earlier clause, "i" speaking in the signal's own
            ("mum keeps texting about rent. honestly i just want to die", "writer"),
            ("mum thinks im doing better but tbh i want to be dead", "writer"),
            ("my sister messaged me last night. i think she wants to die", "other"),
            # said by someone else, told after the words
            ("my brother texted me. i cant do this anymore he said", "other"),
            ("work fine, i self harmed tuesday, mum says hi", "writer"),  # mum says her own
        ],
    )
    def test_the_subject_of_a_diarys_piece(self, text: str, about: str) -> None:
        """In a diary's list of the day, an unsaid subject is the writer's.

        Someone rung or visited is the verb's object, with a word or two of aside after
        them; someone who did something in an earlier piece may go on doing it ("my brother
        is a mess, wants to be dead"). After someone reported speaking, "so", "but" or "and"
        with "i" gives the writer the floor again; someone else named as the subject inside
        a signal's own words is the one at risk.
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert check.level is not ss.Level.NONE
        assert check.about is ss.About(about)

    @pytest.mark.parametrize(
        ("text", "about", "kind"),
        [
            ("my son has been cutting, i found blood on his sheets", "other", "supporter"),
            (
                "a girl in my group rolled up her sleeves and i saw cuts, lots of them",
                "other",
                "supporter",
            ),
            ("i found my old razor and cut again last night", "writer", "crisis"),
            ("i tried to end my life last month", "writer", "crisis"),  # recent, not recovered
            ("i will do it tonight", "writer", "crisis"),
            ("cut again last night, nobody knows", "writer", "crisis"),  # a time, no object
            ("my sister cut last night", "other", "supporter"),
            ("my housemate keeps cutting and says its under control", "other", "supporter"),
            (
                "coworker posted a goodbye message and tagged her kids, none of us can reach her",
                "other",
                "supporter",
            ),
            ("i keep cutting", "writer", "crisis"),  # nothing cut but the self
            ("i saw the pills on the table and thought about taking them all", "writer", "crisis"),
            ("my friend keeps cutting and i want to die too", "writer", "crisis"),  # not speech
        ],
    )
    def test_who_is_at_risk_and_when(self, text: str, about: str, kind: str) -> None:
        """The one who finds or sees is not the one at risk; last month is not the past."""
        check = ss.check_safety(text)
        assert check.notice is not None
        assert (about, kind) == (check.about.value, check.notice.kind)  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("honestly dont care what happens to me anymore", "concern"),
            ("i stopped caring whether i live or die", "concern"),
            ("death would be a relief honestly", "crisis"),  # its own word is no topic
            ("is drowning quick", "crisis"),  # a question holding its lethal word
            ("if i end it tonight at least i wont see them leave", "crisis"),  # with a time
            ("so over this relationship, ending it tomorrow", "none"),  # ending something else
            ("scared that this time i wont fail", "crisis"),  # trying again
            # missed after the eighteenth session's retrain (the judge read the flight as a
            # trip); heard again since the model learned slice 20
            (
                "said goodbye to everyone and gave my cat away. at least i wont miss the flight",
                "crisis",
            ),
            ("said goodbye to everyone at the airport, see you in spain!", "none"),
            # seventh to twelfth session a known false alarm (the word model alone read "this
            # time i wont fail" as risk); the judge with its stance cues reads it as none
            ("this time i wont fail my driving test", "none"),
        ],
    )
    def test_passive_wishes_and_questions(self, text: str, level: str) -> None:
        """Not caring whether one lives is heard gently; a wish or a question fully."""
        assert level == ss.check_safety(text).level.value

    @pytest.mark.parametrize(
        "text",
        [
            "homework: ill do it after dinner",
            "i will do it later, need coffee first",
            "i cut my hair last night",
            "ive been cutting back on sugar",
        ],
    )
    def test_doing_it_later_is_a_to_do(self, text: str) -> None:
        """A plain "i'll do it" with no time of a plan is everyday: no crisis notice."""
        assert ss.check_safety(text).level is not ss.Level.CRISIS

    @pytest.mark.parametrize(
        ("text", "about"),
        [
            # people of work, school and faith are people too
            ("my manager keeps talking about not wanting to wake up", "other"),
            ("the farmer next door said hed rather not be around to see spring", "other"),
            ("worried about my tutor, he said he wants to end it", "other"),
            # "dads", typed for "dad's", before what he does: he is the one
            ("dads been talking about ending it since the harvest failed", "other"),
            # someone rung, written to or done for in a to-do list is not the one at risk
            ("call mum, buy milk, figure out how to die", "writer"),
            ("call the landlord, email lecturer, write the letter for mum for after", "writer"),
            ("hi sis, just wanted to say goodbye, take care of the cat for me", "writer"),
            ("dear pastor, by the time you read this i will have gone", "writer"),
            # someone's own state is theirs; someone's pills or gun may be the writer's means
            ("my sisters SI is really bad this week", "other"),
            ("my sons therapist says his ideation has got worse", "other"),
            ("got a bottle of my dads pills in my bag and im not going home", "writer"),
            # and the writer who names their boss is still the writer
            ("my manager is a nightmare and i want to die", "writer"),
            ("i told my therapist i want to die", "writer"),
        ],
    )
    def test_who_is_named_and_who_is_only_rung_or_written_to(self, text: str, about: str) -> None:
        """A person of any walk of life leads a clause; one rung or written to does not.

        Read by the rules alone (the judge weighs the rest).
        """
        check = ss.check_safety(text, model=EVALUATOR.RULES_ONLY)
        assert check.level is not ss.Level.NONE
        assert check.about is ss.About(about)

    def test_negation_never_silences_another_clause(self) -> None:
        """A negation in one clause leaves a crisis in another: still a crisis."""
        check = ss.check_safety("I won't do anything stupid but I want to die")
        assert ss.Level.CRISIS == check.level

    def test_someone_else_gets_a_supporter_notice(self) -> None:
        """Words about another person at risk get the supporter notice, with the same lines."""
        check = ss.check_safety("my friend keeps saying she wants to kill herself", "GB")
        assert (ss.Level.CRISIS, ss.About.OTHER) == (check.level, check.about)
        assert check.notice is not None
        assert "supporter" == check.notice.kind
        assert any("secret" in option for option in check.notice.options)
        assert check.notice.resources == ss.check_safety("i want to die", "GB").notice.resources  # type: ignore[union-attr]

    def test_someone_named_and_the_writer_never_gets_the_supporter_notice(self) -> None:
        """What no word gave the writer is the named person's: the supporter notice."""
        check = ss.check_safety("my dad gave away all his stuff and said goodbye")
        assert check.notice is not None
        assert "supporter" == check.notice.kind
        lonely = ss.check_safety("how many sleeping pills would kill someone")  # nobody named
        assert ss.About.WRITER == lonely.about

    def test_the_writer_comes_first(self) -> None:
        """When both the writer and someone else are at risk, the writer's notice shows."""
        check = ss.check_safety("my brother wants to die and honestly so do i, i want to die")
        assert ss.About.WRITER == check.about

    def test_a_topic_gets_no_notice(self) -> None:
        """Talk about the topic (an essay, a film) is read, but gets no notice."""
        check = ss.check_safety("writing my essay on suicide prevention for school")
        assert check.notice is None
        assert ss.Level.NONE == check.level

    @pytest.mark.parametrize(
        "text",
        [
            "I want to KILL MYSELF",
            "i want to kill myslef",
            "k1ll mys3lf",
            "i wanna diiiiie",
            "Im suicdal",
            "k i l l  m y s e l f",
            "wanttodie",
            "ireallywanttodietonight",
            "nobodywouldmissmeifiwasgone",
            "i w\u200bant to d\u200bie",
            "i want to k\u0456ll myself",
            "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45",
        ],
    )
    def test_spelling_case_and_look_alikes(self, text: str) -> None:
        """Case, misspellings, stretched, spaced, run-together and look-alike letters match."""
        assert ss.Level.CRISIS == ss.check_safety(text).level

    def test_a_message_typed_without_a_space_is_read_as_words(self) -> None:
        """A whole message run together splits into its words, the fewest that make it.

        Four parts at most, the twenty-second session's limit, left "iwanttokillmyself"
        as one unknown word; a long run of letters that no words make stays whole.
        """
        assert read("iwanttokillmyself").words == ("i", "want", "to", "kill", "myself")
        assert read("therapist").words == ("therapist",)
        letters = "qzxv" * 50
        assert read(letters).words == (letters,)

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("IWANTTOKILLMYSLEFTONITE", "i want to kill myself tonight"),  # a slip inside
            ("ijustwanttodieeee", "i just want to die"),  # a stretched key word inside
            ("imgonnakmsfr", "i am going to kms fr"),  # a coded word inside
            ("ihatemylifeandiwanttodie", "i hate my life and i want to die"),  # many parts
        ],
    )
    def test_a_slip_inside_a_message_typed_without_a_space_is_mended(
        self, text: str, words: str
    ) -> None:
        """A run of words with a slipped or stretched key word splits, the key word mended.

        Only when no split into words as typed is found, and only for a run of a few words
        (eleven letters or more): a long name stays whole ("sertraline" is no "s extra
        line"), and a letter alone is a part only when it is a word ("i", "a").
        """
        assert " ".join(read(text).words) == words
        for name in ("sertraline", "escitalopram", "mirtazapine", "propranolol"):
            assert read(name).words == (name,)
        assert ss.check_safety(text).notice is not None

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("thinkin bout killin myself", "thinking bout killing myself"),
            ("cuttin again", "cutting again"),
            ("i keep thinkin of endin it", "i keep thinking of ending it"),
            ("been feelin like dyin", "been feeling like dying"),
        ],
    )
    def test_a_clipped_ending_is_read_whole(self, text: str, words: str) -> None:
        """A word typed with "in" for "ing" is read whole, not split into two words.

        Before the twenty-sixth session "thinkin" read "thin kin", "killin" "kill in" and
        "cuttin" "cut tin": the run-together splitter found two words first. A word that
        is a word as typed stays ("robin", "cabin", "within").
        """
        assert " ".join(read(text).words) == words
        assert ss.check_safety(text, model=EVALUATOR.RULES_ONLY).notice is not None
        assert read("robin in the cabin within a skin").words[::2] == (
            "robin",
            "the",
            "within",
            "skin",
        )

    @pytest.mark.parametrize(
        ("text", "read"),
        [
            ("mi cyaan tek it nuh more", "cannot take it not more"),
            ("a'm feart, cannae be on ma ain", "scared"),  # never mended to "heart"
            ("i be only wahala for my people", "trouble"),
            ("locked masel oot the hoose", "myself"),
            ("gusto ko na mamatay", "die"),  # Tagalog mixed into English
            ("aaj phir se marna chahta hoon", "die"),  # Hindi in Latin letters
        ],
    )
    def test_englishes_as_spoken_read_as_their_words(self, text: str, read: str) -> None:
        """Scots, Caribbean, Pidgin and Singlish words are read as the standard words."""
        words = " ".join(ss.default_safety_rules().read(text).words)
        assert read in words

    def test_a_dictated_caribbean_wish_is_heard_by_the_rules(self) -> None:
        check = ss.check_safety(
            "mi cyaan tek it nuh more, mi waan dead", model=EVALUATOR.RULES_ONLY
        )
        assert check.level is ss.Level.CRISIS

    @given(
        phrase=hst.sampled_from(["i want to die", "i want to kill myself", "i am suicidal"]),
        data=hst.data(),
    )
    def test_hidden_characters_never_hide_a_phrase(self, phrase: str, data: hst.DataObject) -> None:
        """Zero-width characters, look-alike letters, leetspeak, case and spacing do not hide it."""
        look_alike = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456", "s": "5"}
        out = []
        for char in phrase:
            how = data.draw(hst.sampled_from(["same", "zero-width", "look-alike", "upper"]))
            if how == "zero-width":
                out.append(char + data.draw(hst.sampled_from(["\u200b", "\u200d", "\u2060"])))
            elif how == "look-alike" and char in look_alike and char != "s":
                out.append(look_alike[char])
            elif how == "upper":
                out.append(char.upper())
            else:
                out.append(char)
        assert ss.Level.CRISIS == ss.check_safety("".join(out)).level

    @given(text=hst.text(max_size=2000))
    def test_any_text(self, text: str) -> None:
        """Any text gives a result; a notice comes exactly with a level for a person."""
        check = ss.check_safety(text)
        shows = check.level is not ss.Level.NONE and check.about is not ss.About.TOPIC
        assert shows == (check.notice is not None) == check.crisis

    @given(
        text=hst.text(
            alphabet=hst.sampled_from(
                list("ab ki.,!?;:\n\t'\u2019-_*/@$|\u00e9\u200b\u00ad\u3000\u2026")
            ),
            max_size=60,
        )
    )
    def test_quick_sentences_are_the_regular_expressions(self, text: str) -> None:
        """The quick way to the words of each sentence gives what the patterns give."""
        from smallsteps.text import _typed as n

        slow = [t for t in (n._WORD.findall(s) for s in n._STOPS.split(text)) if t]
        from smallsteps.text import _marks

        marks = (",", _marks._OPENS, _marks._CLOSES)  # "," ends a piece; quotes open and close
        quick = ([w for w in s if w not in marks] for s in n._sentences(text))
        assert slow == [t for t in quick if t]

    @given(
        text=hst.lists(
            hst.sampled_from(
                [
                    *"ab ki.,!?-\u2014\n'/\"()",
                    " 2) ",
                    " \u2713 ",
                    "want ",
                    "die",
                    "kill ",
                    "myself",
                    " - ",
                    ", ",
                    "k i l l ",
                ]
            ),
            max_size=30,
        ).map("".join)
    )
    def test_both_ways_of_reading_agree(self, text: str) -> None:
        """Reading with and without places finds the same pieces in the same words.

        (Letters typed one at a time across a stop, "a!a", are joined by one way only.)
        """
        quick, placed = ss.text.read(text), ss.text.read(text, spans=True)
        assume(quick.words == placed.words and quick.clauses == placed.clauses)
        assert quick.pieces == placed.pieces
        assert quick.quotes == placed.quotes
        assert all(0 < i < len(quick.words) for i in quick.pieces)

    def test_a_comma_or_a_dash_begins_a_piece(self) -> None:
        reading = ss.text.read("work was fine, ate pasta - wanna be dead. ok, bye")
        pieces = [" ".join(reading.words[reading.piece_of(i) : i + 1]) for i in (4, 8, 10)]
        assert pieces == ["ate pasta", "want to be dead", "bye"]

    def test_very_long_text(self) -> None:
        """A very long text in any alphabet is handled, and a signal deep inside is found."""
        text = "夜は長い。 " * 20_000 + "i want to end my life" + " ok" * 20_000
        assert ss.check_safety(text).notice is not None

    @pytest.mark.parametrize(
        ("text", "country"), [(42, None), (None, None), ("hi", "GBR"), ("hi", 7)]
    )
    def test_bad_arguments(self, text: object, country: object) -> None:
        """Bad arguments raise ValidationError without echoing the text."""
        with pytest.raises(ss.ValidationError) as info:
            ss.check_safety(text, country)  # type: ignore[arg-type]
        assert info.value.field in {"text", "country"}

    @pytest.mark.parametrize(
        ("text", "heard"),
        [
            ("i took rat poison this morning and now im scared", True),
            ("drank bleach earlier, throat burning", True),
            ("swallowed weed killer from the shed", True),
            ("need to put down rat poison in the shed, mice again", False),
            ("i drank some bleach by accident while cleaning, is that bad", False),
            ("took the bleach back to the shop, wrong kind", False),
        ],
    )
    def test_a_poison_taken_is_an_act_whatever_the_amount(self, text: str, heard: bool) -> None:
        """No one takes bleach or rat poison for their health: taken at all, it is an act.

        Putting poison down, an accident and a bottle taken back to a shop get no notice
        (the last the rules hear and the judge holds back).
        """
        rules = ss.default_safety_rules().find(text)
        poison = any(s.rule == "recent-poison" and s.about is ss.About.WRITER for s in rules)
        if heard:
            assert poison
            assert ss.check_safety(text).crisis
        else:
            assert ss.check_safety(text).notice is None

    def test_error_messages_hold_no_text(self) -> None:
        """A person's words never appear in an error message."""
        with pytest.raises(ss.ValidationError) as info:
            ss.check_safety("i want to end my life", country="nowhere")
        assert "end my life" not in str(info.value)


class TestDetectors:
    def test_a_host_detector_adds_a_signal(self) -> None:
        """A host's own detector (a classifier, say) can raise a notice the rules missed."""

        def classifier(text: str) -> list[ss.Signal]:
            if "gray clouds forever" in text:
                return [ss.Signal("host-model", ss.Level.CRISIS, ss.About.WRITER, rule="model")]
            return []

        text = "only gray clouds forever now"
        assert ss.check_safety(text).notice is None
        check = ss.check_safety(text, detectors=[classifier])
        assert check.notice is not None
        assert ["host-model"] == [s.family for s in check.signals]

    def test_the_floor_stays_on(self) -> None:
        """A detector that finds nothing, or raises, never silences the rules."""

        def quiet(text: str) -> list[ss.Signal]:
            return []

        def broken(text: str) -> list[ss.Signal]:
            raise RuntimeError("model not loaded")

        check = ss.check_safety("i want to die", detectors=[quiet, broken])
        assert ss.Level.CRISIS == check.level
        assert ("broken",) == check.failed


class TestResources:
    @pytest.mark.parametrize("code", ["US", "CA", "GB", "IE", "AU", "NZ"])
    def test_known_countries(self, code: str) -> None:
        """Each required country has a line, verified on a date, ahead of the fallback."""
        lines = ss.default_resources().for_country(code.lower())
        assert lines[0].country == code
        assert all(isinstance(r.last_verified, dt.date) for r in lines)
        assert lines[-1].web == "https://findahelpline.com"

    def test_numbers_from_the_content_guide(self) -> None:
        """The numbers match the content guide: 988, 116 123, 13 11 14 and its text line."""
        book = ss.default_resources()
        assert "988" == book.for_country("US")[0].phone == book.for_country("CA")[0].phone
        assert "116 123" == book.for_country("GB")[0].phone == book.for_country("IE")[0].phone
        au = book.for_country("AU")[0]
        assert ("13 11 14", "Text 0477 13 11 14") == (au.phone, au.text)

    def test_unknown_or_no_country_gets_the_fallback(self) -> None:
        """Without a known country there is still somewhere to turn."""
        book = ss.default_resources()
        assert [book.fallback] == list(book.for_country(None)) == list(book.for_country("AQ"))

    def test_notice_has_non_phone_options(self) -> None:
        """The notice offers text lines, the safety plan, grounding and the emergency line."""
        notice = ss.check_safety("i want to die", "GB").notice
        assert notice is not None
        assert any(r.text for r in notice.resources)
        assert len(notice.options) >= 3
        assert notice.grounding is not None
        assert notice.grounding.id in ss.default_catalog()
        assert "call 999 now" in notice.emergency  # the country's own number
        assert notice.safety_plan == ss.safety_plan()
        nowhere = ss.check_safety("i want to die").notice
        assert nowhere is not None
        assert "your local emergency number" in nowhere.emergency

    def test_host_app_adds_a_country(self, tmp_path: pathlib.Path) -> None:
        """A host app adds or overrides countries with a file, as with catalogs."""
        path = tmp_path / "lines.toml"
        path.write_text(
            '[fallback]\nname = "Find A Helpline"\nweb = "https://findahelpline.com"\n'
            '[[line]]\ncountry = "fr"\nname = "3114"\nphone = "3114"\n'
            "last_verified = 2026-11-23\n",
            encoding="utf-8",
        )
        book = ss.default_resources() | ss.load_resources(path)
        assert ["3114", "Find A Helpline"] == [r.name for r in book.for_country("FR")]
        assert "Samaritans" == book.for_country("GB")[0].name
        check = ss.check_safety("i want to die", "FR", resources=book)
        assert check.notice is not None
        assert "3114" == check.notice.resources[0].phone

    def test_a_file_of_lines_alone_still_gets_a_whole_notice(self, tmp_path: pathlib.Path) -> None:
        """A host's file with no `[notice]` used on its own: the shipped words fill it in.

        It once loaded and then broke the notice at the moment of crisis (`KeyError`).
        """
        path = tmp_path / "lines.toml"
        path.write_text(
            '[fallback]\nname = "Find A Helpline"\nweb = "https://findahelpline.com"\n'
            '[[line]]\ncountry = "FR"\nname = "3114"\nphone = "3114"\n',
            encoding="utf-8",
        )
        check = ss.check_safety("i want to die", "FR", resources=ss.load_resources(path))
        assert check.notice is not None
        assert check.notice.message == ss.check_safety("i want to die").notice.message  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        ("text", "named"),
        [
            ('[notice]\nmessage = ""\n', "notice.message"),
            ("[notice]\noptions = 3\n", "notice.options"),
            ('notice = "hello"\n', "notice"),
            ("[[line]]\nname = 3\n", "line #1"),
            ('[[line]]\nname = "X"\nphone = 999\n', "line #1"),
            ('[[plan_section]]\ntitle = "Warning signs"\n', "plan_section #1"),
            ('emergency = "call"\n', "emergency"),
        ],
    )
    def test_a_resources_file_is_checked_whole_at_load_time(
        self, tmp_path: pathlib.Path, text: str, named: str
    ) -> None:
        """Every part the notice will read is checked when the file loads, naming the part."""
        path = tmp_path / "lines.toml"
        path.write_text(
            '[fallback]\nname = "Find A Helpline"\nweb = "https://findahelpline.com"\n' + text,
            encoding="utf-8",
        )
        with pytest.raises(ss.CatalogError) as raised:
            ss.load_resources(path)
        assert named in str(raised.value)

    def test_a_json_list_is_not_a_resources_file(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "lines.json"
        path.write_text("[1, 2]", encoding="utf-8")
        with pytest.raises(ss.CatalogError, match="expected a table"):
            ss.load_resources(path)

    def test_texting_is_offered_only_with_a_line_that_takes_texts(self) -> None:
        """With no country, no text line is listed: the option says where to find one."""
        alone = ss.check_safety("i want to die").notice
        assert alone is not None
        assert not any(r.text for r in alone.resources)
        assert "Find A Helpline" in alone.options[0]
        gb = ss.check_safety("i want to die", "GB").notice
        assert gb is not None
        assert any(r.text for r in gb.resources)
        assert gb.options[0].startswith("Text or chat with a line")
        de = ss.check_safety("i want to die", "DE").notice  # a chat, no text line
        assert de is not None
        assert de.options[0].startswith("Text or chat with a line")

    @pytest.mark.parametrize("call", [ss.safety_plan, ss.help_pointer])
    def test_a_country_code_is_not_a_resource_book(self, call: Any) -> None:
        """`safety_plan("GB")` once raised `AttributeError`."""
        with pytest.raises(ss.ValidationError, match="resources"):
            call("GB")


class TestRulesAsData:
    def test_extend_the_rules(self, tmp_path: pathlib.Path) -> None:
        """A rules file adds phrases to a family; the defaults stay on."""
        path = tmp_path / "extra.toml"
        path.write_text('[family.coded]\nphrases = ["ride the blue tram"]\n', encoding="utf-8")
        rules = ss.load_safety_rules(path)
        text = "i will ride the blue tram"  # a host's own coded phrase, unknown to the defaults
        assert ss.check_safety(text, rules=rules).notice is not None
        assert ss.check_safety(text).notice is None
        assert ss.check_safety("i want to die", rules=rules).notice is not None

    def test_compound_families(self, tmp_path: pathlib.Path) -> None:
        """A frame with `makes` makes a family that later frames use as a part."""
        path = tmp_path / "extra.toml"
        path.write_text(
            '[family.tend]\nphrases = ["water"]\n[family.green]\nphrases = ["ferns"]\n'
            '[family.away]\nphrases = ["forever"]\n'
            '[[frame]]\nid = "tending"\nfamily = "goodbye"\nmakes = "tending"\n'
            'parts = ["tend", "green"]\n'
            '[[frame]]\nid = "tending-forever"\nfamily = "goodbye"\n'
            'parts = ["tending", "away"]\norder = false\n',
            encoding="utf-8",
        )
        rules = ss.load_safety_rules(path)
        check = ss.check_safety("please water the ferns. forever", rules=rules)
        assert "tending-forever" in {s.rule for s in check.signals}
        assert "tending" not in {s.rule for s in check.signals}  # a compound is no signal
        assert not ss.check_safety("please water the ferns", rules=rules).signals

    def test_a_compound_must_come_before_its_use(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "bad.toml"
        path.write_text(
            '[family.a]\nphrases = ["aa"]\n'
            '[[frame]]\nid = "uses"\nfamily = "coded"\nparts = ["made"]\n'
            '[[frame]]\nid = "maker"\nfamily = "coded"\nmakes = "made"\nparts = ["a"]\n',
            encoding="utf-8",
        )
        with pytest.raises(ss.CatalogError, match="frame uses: parts: no family 'made'"):
            ss.load_safety_rules(path)

    @pytest.mark.parametrize(
        ("table", "problem"),
        [
            ('spares = { grief = ["attempt", 3] }', "spares: expected a table of family names"),
            ('leading = ["no_such_family"]', "leading: expected a list of family names"),
        ],
    )
    def test_bad_spares_and_leading(self, tmp_path: pathlib.Path, table: str, problem: str) -> None:
        """`spares` may list several families; `leading` names families; both are checked."""
        path = tmp_path / "bad.toml"
        path.write_text(table + "\n", encoding="utf-8")
        with pytest.raises(ss.CatalogError, match=problem):
            ss.load_safety_rules(path)

    def test_bad_about(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "bad.toml"
        path.write_text(
            '[[frame]]\nid = "x"\nfamily = "coded"\nparts = ["coded"]\nabout = "us"\n', "utf-8"
        )
        with pytest.raises(ss.CatalogError, match="frame x: about: expected writer or other"):
            ss.load_safety_rules(path)

    @pytest.mark.parametrize(
        ("phrase", "problem"),
        [
            ("back (there|where i (was|started))", "group inside a group in phrase of 34"),
            ("back (there", "unclosed group in phrase of 11 characters"),
        ],
    )
    def test_a_bad_group_names_the_problem(
        self, tmp_path: pathlib.Path, phrase: str, problem: str
    ) -> None:
        """A group inside a group would read its alternatives wrong: it is refused, not read."""
        path = tmp_path / "bad.toml"
        path.write_text(f'[family.a]\nphrases = ["{phrase}"]\n', "utf-8")
        with pytest.raises(ss.CatalogError, match=re.escape(problem)):
            ss.load_safety_rules(path)

    def test_bad_frame(self, tmp_path: pathlib.Path) -> None:
        """A frame naming a family that does not exist names the file and the frame."""
        path = tmp_path / "bad.toml"
        path.write_text('[[frame]]\nid = "x"\nfamily = "coded"\nparts = ["nope"]\n', "utf-8")
        with pytest.raises(ss.CatalogError, match="frame x: parts: no family 'nope'"):
            ss.load_safety_rules(path)


class TestSafetyPlan:
    def test_blank_six_sections(self) -> None:
        """The template has the six Stanley-Brown sections, all blank."""
        plan = ss.safety_plan()
        assert 6 == len(plan.sections)
        assert all(s.entries == () and s.prompt for s in plan.sections)
        assert "Making my surroundings safer" == plan.sections[-1].title

    def test_fill_returns_a_copy(self) -> None:
        """Filling a section returns a new plan; the template stays blank."""
        plan = ss.safety_plan().fill(3, ["My sister"])
        assert ("My sister",) == plan.sections[3].entries
        assert () == ss.safety_plan().sections[3].entries
        with pytest.raises(ss.ValidationError, match="index"):
            plan.fill(6, [])


class TestEdges:
    @given(
        hst.lists(hst.tuples(hst.integers(0, 30), hst.integers(1, 6), hst.booleans()), max_size=40)
    )
    def test_overlapping_frames_keep_what_the_plain_scan_keeps(
        self, spans: list[tuple[int, int, bool]]
    ) -> None:
        """The frames' overlap book (linear in a long text) keeps what a scan of all kept does."""
        from smallsteps.text._frames import Frame, Match, _keep

        frame = Frame("f", "explicit", ("explicit_alone",))
        matches = [Match(frame, a, a + n, neg) for a, n, neg in spans]
        plain: list[Match] = []
        for m in matches:
            overlap = [k for k in plain if k.start < m.end and m.start < k.end]
            if not overlap:
                plain.append(m)
            elif overlap[0].negated and not m.negated:
                plain[plain.index(overlap[0])] = m
        kept: list[Match] = []
        cover: dict[int, list[int]] = {}
        for m in matches:
            _keep(kept, cover, m)
        assert kept == plain

    def test_check_round_trips_through_json(self) -> None:
        """A safety check, with its notice, resources and dates, survives JSON."""
        check = ss.check_safety("i want to die", "AU")
        assert check == ss.from_json(ss.to_json(check), ss.SafetyCheck)

    def test_plans_carry_a_help_pointer(self) -> None:
        """Every plan carries the low-key help pointer, and its text shows it."""
        plan = ss.recommend(testing.make_checkin())
        assert "findahelpline.com" in plan.help
        assert str(plan).endswith(plan.help)

    def test_no_sockets(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A full run of the public API opens no network socket."""

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("smallsteps tried to open a socket")

        monkeypatch.setattr(socket.socket, "__init__", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        from smallsteps import _loader

        _loader._english.cache_clear()
        _loader._in_locale.cache_clear()
        ss.default_safety_rules.cache_clear()
        ss.default_resources.cache_clear()
        ss.default_tasks.cache_clear()
        plan = ss.recommend(testing.make_checkin(), now=testing.FIXED_NOW)
        ss.from_json(ss.to_json(ss.break_down("reply to my landlord", energy=0)), ss.Breakdown)
        ss.from_json(ss.to_json(plan), ss.Plan)
        ss.check_safety("i want to die", "US")
        ss.check_safety("this traffic is killing me")
        ss.safety_plan()
        ss.lint_text("Put one dish in the sink", step=True)
        ss.Recommender(testing.tiny_catalog()).recommend(testing.make_checkin(energy=0))


def test_a_notice_reads_as_plain_text() -> None:
    """`str(notice)`: the words, each line with its ways to reach it, the emergency line."""
    notice = ss.check_safety("i want to end my life", country="GB").notice
    assert notice is not None
    text = str(notice)
    assert text.startswith(notice.message)
    assert "Samaritans: call 116 123" in text
    assert notice.emergency in text
    assert all(f"- {option}" in text for option in notice.options)
    assert not ss.lint_text(text)
    fallback = notice.resources[-1]
    assert f"{fallback.name}: {fallback.web}" == str(fallback)


class TestWarningSignsData:
    def test_a_bad_table_is_named(self, tmp_path: pathlib.Path) -> None:
        """A warning-signs table naming no family, or a bad `least`, is a clear error."""
        path = tmp_path / "extra.toml"
        path.write_text('[warning_signs]\nkinds = ["no_such_family"]\nleast = 0\n', "utf-8")
        with pytest.raises(ss.CatalogError) as caught:
            ss.load_safety_rules(path)
        assert "no_such_family" in str(caught.value)
        assert "least" in str(caught.value)

    def test_host_rules_keep_the_shipped_signs(self, tmp_path: pathlib.Path) -> None:
        """Extra rules without warning signs keep the shipped ones; with their own, theirs."""
        path = tmp_path / "extra.toml"
        path.write_text('[family.boat]\nphrases = ["boat"]\n', "utf-8")
        extra = ss.load_safety_rules(path)
        joined = ss.default_safety_rules() | extra
        assert joined.warning == ss.default_safety_rules().warning
        own = '[family.boat]\nphrases = ["boat"]\n[warning_signs]\nkinds = ["boat"]\nleast = 1\n'
        path.write_text(own, "utf-8")
        assert ("boat",) == (ss.default_safety_rules() | ss.load_safety_rules(path)).warning.kinds


def test_quiet_families_open_no_context() -> None:
    """Warning signs are everyday words: a long ordinary text reads no context around them."""
    rules = ss.default_safety_rules()
    text = "tired after the weekend, went to the shop tomorrow. " * 50
    reading = rules.read(text)
    families = {h.family for h in rules.hits(reading)}
    assert families & rules.quiet  # the signs are found...
    assert not families & rules.context  # ...and open nothing around them


class TestReadingIsTheSameWhateverLoadedFirst:
    """The lexicon holds every shipped key word from the start (`data/text/en-keys.txt`)."""

    PROGRAM = """
import sys
import smallsteps as ss
from smallsteps._thinkers import default_thinking_rules
from smallsteps.text import read
from smallsteps.text._weigh import WORDS_ALONE
order = sys.argv[1]
if order == "safety":
    ss.default_safety_rules()
elif order == "thinking":
    default_thinking_rules()
print(read("i dont wnat to be alvie anymore, wanttodie tbh").words)
"""

    def test_reading_does_not_depend_on_which_reader_loaded_first(self) -> None:
        """Mending a misspelling once depended on whether the safety rules were loaded."""
        import subprocess
        import sys

        seen = {
            subprocess.run(
                [sys.executable, "-c", self.PROGRAM, order],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for order in ("nothing", "safety", "thinking")
        }
        assert 1 == len(seen)
        assert "'alive'" in seen.pop()

    def test_a_hosts_rules_do_not_change_how_others_read(self, tmp_path: pathlib.Path) -> None:
        text = "feeling zorblaxx and tired"  # a slip of the host's word, before and after
        before = ss.text.read(text).words
        path = tmp_path / "mine.toml"
        path.write_text('[family.explicit]\nphrases = ["zorblax"]\n', "utf-8")
        ss.check_safety(text, rules=ss.load_safety_rules(path))
        assert before == ss.text.read(text).words

    def test_the_key_word_file_is_what_the_readers_use(self) -> None:
        """Every word of a shipped phrase is a key word (`scripts/key_words.py` writes them)."""
        from smallsteps._thinkers import default_thinking_rules

        lex = ss.text.lexicon("en")
        words = ss.default_safety_rules()._book.words | default_thinking_rules()._book.words
        assert all(lex.is_key(w) for w in words if w.isalpha())
