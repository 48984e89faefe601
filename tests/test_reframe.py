"""Reframing: detection on the labelled set, questions, the thought record, kinder self-talk."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smallsteps as ss

from .helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent
IDS = [d.id for d in ss.distortions()]


EVALUATOR = load_script("evaluate_reframe")
LABELLED = EVALUATOR.labelled()


class TestLabelledSet:
    """The issue's bar, measured by scripts/evaluate_reframe.py on tests/data/thoughts.txt."""

    def test_the_set_is_big_enough(self) -> None:
        distorted = [ids for ids, _ in LABELLED if ids]
        assert len(distorted) >= 60
        for d in IDS:
            assert sum(ids[0] == d for ids in distorted) >= 5, d
        assert sum(not ids for ids, _ in LABELLED) >= 30
        assert {i for ids in distorted for i in ids} <= set(IDS)

    def test_the_right_pattern_is_found_and_neutral_statements_are_left_alone(self) -> None:
        result = EVALUATOR.evaluate()
        assert result["main_found"] >= 0.78
        assert result["neutral_clear"] >= 0.90

    def test_few_labelled_thoughts_are_a_crisis(self) -> None:
        """Harsh thoughts are not crisis language: at most 1% get the safety notice.

        A few do on purpose ("i'm a waste of space" reads as burden, a risk sign).
        """
        flagged = [t for _, t in LABELLED if ss.reframe(t).crisis]
        assert len(flagged) <= 0.01 * len(LABELLED), flagged

    def test_the_held_out_slice(self) -> None:
        """On thoughts never tuned on, a floor under today's figures, so a regression shows.

        The issue asks for 90% of distorted thoughts and 95% of neutral ones: not met yet.
        """
        result = EVALUATOR.evaluate(EVALUATOR.HELDOUT)
        assert result["main_found"] >= 0.65
        assert result["neutral_clear"] >= 0.9
        second = EVALUATOR.evaluate(EVALUATOR.HELDOUT_2)
        assert second["main_found"] >= 0.75
        assert second["neutral_clear"] >= 0.9


class TestReframe:
    def test_the_issue_example(self) -> None:
        r = ss.reframe("I'll never feel better")
        assert ["fortune-telling"] == [d.id for d in r.distortions]
        (span,) = r.distortions[0].spans
        assert "I'll never feel better" == span.text == r.thought[span.start : span.end]
        assert 2 <= len(r.questions) <= 3
        assert r.starters
        assert "plan-a-pleasant-thing" == r.activity.id if r.activity else False

    def test_no_one_cares_suggests_one_short_message(self) -> None:
        r = ss.reframe("no one cares about me")
        assert "mind-reading" in [d.id for d in r.distortions]
        assert r.activity is not None
        assert "send-a-check-in-text" == r.activity.id
        assert "message" in r.experiment

    @pytest.mark.parametrize(
        ("thought", "kind"),
        [
            ("I am depressed", "depressed"),
            ("I'm a failure", "self-label"),
            ("im useless", "self-label"),
            ("I feel like im broken", "broken"),
            ("I am not good enough", "not-enough"),
        ],
    )
    def test_self_labels_get_a_person_first_reframe(self, thought: str, kind: str) -> None:
        assert ss.self_talk().identity[kind] == ss.reframe(thought).identity

    def test_feeling_a_burden_gets_the_safety_notice_first(self) -> None:
        """Feeling a burden to others is a known warning sign: the notice comes first."""
        assert ss.reframe("I'm a burden to everyone").crisis

    def test_nothing_found_still_asks_the_gentle_questions(self) -> None:
        r = ss.reframe("I had toast for breakfast")
        assert () == r.distortions
        assert ["friend", "another-view", "kinder-view"] == [q.id for q in r.questions]
        assert "" == r.identity

    def test_negation_is_respected(self) -> None:
        assert () == ss.reframe("I'm not a failure").distortions
        assert () == ss.reframe("I don't think everyone hates me").distortions
        assert () == ss.reframe("It wasn't a disaster after all").distortions

    def test_questions_follow_the_documented_rule(self) -> None:
        """First questions of each pattern in thought order, then second ones, up to three."""
        r = ss.reframe("I should be over this by now, I'm such an idiot")
        assert ["strict-rules", "labeling"] == [d.id for d in r.distortions]
        assert ["wish-not-rule", "whole-person", "friend"] == [q.id for q in r.questions]

    def test_crisis_text_returns_the_notice(self) -> None:
        r = ss.reframe("I'm worthless and I want to die", country="US")
        assert r.crisis
        assert r.notice is not None
        assert () == r.distortions
        assert () == r.questions
        assert "US" == r.notice.resources[0].country
        assert r.notice.message == str(r)

    def test_a_gentle_check_sits_beside_the_reframe(self) -> None:
        """A denial beside a harsh thought: the reframe stays, with the gentle notice."""
        r = ss.reframe("im not going to hurt myself but im so useless")
        assert r.notice is not None
        assert "gentle" == r.notice.kind
        assert not r.crisis
        assert ["labeling"] == [d.id for d in r.distortions]
        assert r.questions
        text = str(r)
        assert text.startswith("The thought:")
        assert text.endswith(str(r.notice))
        assert "<Reframe labeling>" == repr(r)

    @pytest.mark.parametrize("thought", ["", "  \n", None, 3])
    def test_bad_input(self, thought: object) -> None:
        with pytest.raises(ss.ValidationError, match=r"^thought: "):
            ss.reframe(thought)  # type: ignore[arg-type]

    @given(st.text(min_size=1).filter(str.strip))
    def test_any_text(self, text: str) -> None:
        """No crash, the same answer twice, only known pattern names, spans that point true."""
        r = ss.reframe(text)
        assert r == ss.reframe(text)
        assert {d.id for d in r.distortions} <= set(IDS)
        if not r.crisis:
            assert 2 <= len(r.questions) <= 3
        for d in r.distortions:
            assert all(text[s.start : s.end] == s.text for s in d.spans)

    def test_long_text(self) -> None:
        r = ss.reframe("I always mess up. " * 2000)
        assert "overgeneralization" in [d.id for d in r.distortions]

    @pytest.mark.parametrize("thought", ["I'll never feel better", "no one cares", "I had toast"])
    def test_round_trips_through_json(self, thought: str) -> None:
        r = ss.reframe(thought)
        assert r == ss.from_json(ss.to_json(r), ss.Reframe)


class TestThoughtRecord:
    def record(self) -> ss.ThoughtRecord:
        return ss.ThoughtRecord(
            situation="Sent a message, no reply", moods={"sad": 80}, thought="Nobody likes me"
        )

    def test_columns_fill_in_and_the_thought_stays(self) -> None:
        rec = (
            self.record()
            .with_evidence(supporting=["No reply in a day"], against=["She replied last week"])
            .with_balanced_thought("She is often busy on Mondays", belief=60)
            .rerate({"sad": 55})
        )
        assert "Nobody likes me" == rec.thought
        assert ("No reply in a day",) == rec.evidence_for
        assert 60 == rec.belief
        assert {"sad": -25} == rec.mood_shift
        assert {"sad": 80} == self.record().moods
        assert rec == ss.from_json(ss.to_json(rec), ss.ThoughtRecord)

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            (lambda r: r.with_moods({"sad": 101}), "moods"),
            (lambda r: r.rerate({"sad": -1}), "rerated"),
            (lambda r: r.with_balanced_thought("Okay", belief=200), "belief"),
            (lambda r: r.with_balanced_thought("  "), "balanced_thought"),
            (lambda r: r.with_evidence(supporting=[""]), "evidence_for"),
        ],
    )
    def test_ratings_and_texts_are_checked(self, change: object, field: str) -> None:
        with pytest.raises(ss.ValidationError, match=rf"^{field}"):
            change(self.record())  # type: ignore[operator]

    def test_errors_do_not_hold_the_persons_words(self) -> None:
        with pytest.raises(ss.ValidationError) as info:
            self.record().with_moods({"secretly ashamed": 150})
        assert "ashamed" not in str(info.value)

    def test_safety_checks_every_column(self) -> None:
        assert not self.record().safety().crisis
        worried = self.record().with_evidence(against=["I want to end my life"])
        assert worried.safety("GB").crisis


class TestSelfTalk:
    def test_the_content_is_there(self) -> None:
        talk = ss.self_talk()
        assert len(talk.affirmations) >= 10
        assert len(talk.starters) >= 5
        assert {"depressed", "self-label", "burden", "broken", "not-enough"} <= set(talk.identity)
        assert all(len(talk.icy_path[kind]) >= 5 for kind in ("fear", "slip", "look-ahead"))
        assert len(talk.glimmers) >= 6
        assert all(len(g.steps) == 3 for g in talk.glimmers)

    def test_the_proof_list(self) -> None:
        proof = ss.ProofList()
        assert proof.summary()
        proof = proof.adding("Went to the appointment", dt.date(2026, 11, 20)).adding(
            "Got up and showered", dt.date(2026, 11, 18)
        )
        assert [dt.date(2026, 11, 18), dt.date(2026, 11, 20)] == [e.date for e in proof.entries]
        assert proof.summary().startswith("2 hard things")
        assert proof == ss.from_json(ss.to_json(proof), ss.ProofList)
        with pytest.raises(ss.ValidationError, match=r"^date: "):
            proof.adding("x", "yesterday")  # type: ignore[arg-type]


class TestPatternModel:
    """The thinking-pattern finder's second reader (`data/thinking/en.model.json`)."""

    def test_the_model_finds_what_the_rules_miss_with_a_whole_clause(self) -> None:
        """A pattern the rules do not read is added, quoted with a whole clause."""
        from smallsteps._thinkers import default_thinking_rules

        thought = "the dread in my stomach means tomorrows exam will go badly"
        ruled = {e[0] for e in default_thinking_rules().find(thought)}
        assert "emotional-reasoning" not in ruled
        found = {d.id: d for d in ss.reframe(thought).distortions}
        assert "emotional-reasoning" in found
        (span,) = found["emotional-reasoning"].spans
        assert span.text == thought[span.start : span.end] == thought

    def test_plain_tasks_are_not_thoughts(self) -> None:
        for text in ("I need to clean the bathroom", "i have to call the dentist"):
            assert () == ss.reframe(text).distortions

    def test_the_shipped_model_says_what_it_learned_from(self) -> None:
        from smallsteps._thinkers import default_pattern_model

        model = default_pattern_model()
        assert ("none", *IDS) == model.classes
        assert model.trained["lines"] >= 2500
        assert not any("heldout" in p for p in model.trained["tuned"] + model.trained["fresh"])
        assert 0 < model.threshold <= 1
        assert repr(model) == f"<PatternModel en, {len(IDS)} patterns>"

    @pytest.mark.parametrize(
        ("change", "problem"),
        [
            ({"format": 2}, "format"),
            ({"classes": ["a", "b"]}, "classes"),
            ({"bias": [0]}, "bias"),
            ({"features": {"x": [0, "a"]}}, "features"),
            ({"threshold": 3}, "threshold"),
            ({"lang": 5}, "lang"),
        ],
    )
    def test_a_bad_model_file_lists_its_problems(
        self, change: dict[str, object], problem: str
    ) -> None:
        from smallsteps.text._patterns import parse_pattern_model

        data = {"format": 1, "lang": "en", "classes": ["none", "x"], "bias": [0, 0]}
        model, problems = parse_pattern_model({**data, **change})
        assert model is None
        assert any(problem in p for p in problems)

    def test_the_shipped_model_matches_its_training(self) -> None:
        """The pattern model is what its thoughts give.

        It had drifted from them by one thought's worth until the ninth session retrained it.
        """
        assert 0 == load_script("train_pattern_model").main(["--check"])

    def test_the_held_out_slices_with_the_model(self) -> None:
        """Floors under the fifth session's figures (rules alone: 64% to 80% main found).

        Slice 3 lost a point in the sixth session: five more of its 222 thoughts now get the
        safety notice (harsh self-talk beside a wish to die became training lines), and a
        thought with a notice is not reframed. In the seventh session one more did (the
        judge's strongest stretch), 92.8%. In the twelfth one thought of slice 1 did (86.98%).
        """
        floors = {1: (0.86, 0.93), 2: (0.93, 0.93), 3: (0.92, 0.92), 4: (0.9, 0.9)}
        for number, paths in enumerate(EVALUATOR.HELDOUTS, start=1):
            result = EVALUATOR.evaluate(paths)
            assert result["main_found"] >= floors[number][0], number
            assert result["neutral_clear"] >= floors[number][1], number
