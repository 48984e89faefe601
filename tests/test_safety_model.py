"""The safety net's second reader: the word model, its two judges, and how they join the rules."""

from __future__ import annotations

import json
import math
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss
from smallsteps.text import read
from smallsteps.text._modelfile import parse_model
from smallsteps.text._safety import cues
from smallsteps.text._scorer import CLASSES, Scores, features

from .helpers import load_script

TRAINER = load_script("train_safety_model")
EVALUATOR = load_script("evaluate_safety")
LABELLED = load_script("labelled")
RULES_ONLY = EVALUATOR.RULES_ONLY
SHIPPED = pathlib.Path(ss.__file__).parent / "data" / "safety" / "en.model.json"


DAY = (
    "so today was one of those long ones. work ran late because the printer jammed twice and "
    "my manager wanted the report before five. i missed the bus, walked home in the drizzle, "
    "and found the cat had knocked a plant off the windowsill. cleaned it up, made pasta, "
    "called my sister about her birthday plans."
)
BURIED = (
    "honestly though i have the pills counted out in the drawer and i think tonight is the "
    "night, i am so done with all of it."
)
DAY_LATER = (
    "we are thinking of a picnic if the weather holds, or the little italian place near the "
    "station if it does not. i am tired but it was fine really. tomorrow i want to get the "
    "washing done and maybe start that book my friend lent me. anyway just wanted to write "
    "the day down somewhere before bed, it helps me switch off."
)


def _kind(text: str, model: ss.WordModel | None = None) -> str:
    notice = ss.check_safety(text, model=model).notice
    return notice.kind if notice else "none"


class TestEverydayWords:
    @pytest.mark.parametrize(
        "text",
        [
            "ok",
            "hi",
            "no",
            "done",
            "pretty good today",
            "fine thanks",
            "tired tbh",
            "feeling great, standing up and about",
            "tighten the loose tap",
            "hide the cats pill in some ham",
            "took my meds, now coffee",
            "what can you do",
        ],
    )
    def test_everyday_messages_get_no_notice(self, text: str) -> None:
        """Short everyday messages, where one word's weight could tip the sum, stay quiet."""
        assert "none" == _kind(text)


class TestTwoReaders:
    @pytest.mark.parametrize(
        "text",
        [
            "im holding on by a thread and the thread is fraying",
            "after i drop the kids at school tomorrow im ending it",
            "ordered something online for it. should arrive thursday",
        ],
    )
    def test_the_word_model_hears_what_the_rules_miss(self, text: str) -> None:
        """Lines no phrase or frame reads: the rules alone are silent, the two readers are not."""
        assert "none" == _kind(text, RULES_ONLY)
        check = ss.check_safety(text)
        assert check.notice is not None
        assert "word-model" in {s.rule for s in check.signals}

    def test_a_denial_keeps_its_gentle_notice(self) -> None:
        """A denial keeps the gentle notice the content rules ask for: never held back."""
        check = ss.check_safety("im not going to hurt myself, i just needed to vent")
        assert "gentle" == (check.notice and check.notice.kind)
        assert any(s.negated for s in check.signals)

    def test_the_writer_is_never_demoted_to_a_supporter(self) -> None:
        check = ss.check_safety("my friend keeps cutting and i want to die too")
        assert (ss.About.WRITER, "crisis") == (check.about, check.notice and check.notice.kind)

    @pytest.mark.parametrize(
        ("writer", "other", "about"),
        [
            (0.96, 0.01, ss.About.WRITER),  # 96 times surer of the writer: the judge says whom
            (0.90, 0.08, ss.About.OTHER),  # 11 times: the rules' reading stands
            (0.01, 0.96, ss.About.OTHER),
        ],
    )
    def test_the_judge_says_the_writer_only_when_far_surer(
        self, monkeypatch: pytest.MonkeyPatch, writer: float, other: float, about: ss.About
    ) -> None:
        """Where the rules hear only someone else, the judge says "the writer" at 15 times surer.

        The rules read whom from the words around a signal; the judge, which read whole
        messages, says whom when it is `WHOM_RATIO` times surer of the writer (a goodbye
        told through someone who "doesnt know" it). Its reading is fixed here, so the test
        holds whatever the weights learned.
        """
        text = "my sister cut last night"
        assert {ss.About.OTHER} == {s.about for s in ss.default_safety_rules().find(text)}
        sure = Scores(none=1 - writer - other, writer=writer, other=other)
        monkeypatch.setattr(ss.WordModel, "judged", lambda self, x, table=None: sure)
        check = ss.check_safety(text)
        assert about == check.about
        kind = "crisis" if about is ss.About.WRITER else "supporter"
        assert kind == (check.notice and check.notice.kind)

    @pytest.mark.parametrize(
        ("text", "about"),
        [
            # the rules heard her at risk, and the writer's words only tell it
            (
                "my ex keeps texting that everyone would be better off without her and that "
                "she has a plan. i dont want her to die",
                ss.About.OTHER,
            ),
            # a writer's plain wish beside someone else's risk keeps the writer's notice
            ("my friend keeps cutting and i want to die too", ss.About.WRITER),
        ],
    )
    def test_a_supporters_telling_is_read_by_the_judge(
        self, monkeypatch: pytest.MonkeyPatch, text: str, about: ss.About
    ) -> None:
        """The rules hear the writer and someone else; a judge far surer of someone else.

        Twenty-eighth session: it is a supporter's message, unless the writer's own plain
        wish was heard (a firm frame). The judge's reading is fixed here.
        """
        found = {s.about for s in ss.default_safety_rules().find(text)}
        assert {ss.About.WRITER, ss.About.OTHER} <= found
        sure = Scores(none=0.02, writer=0.01, other=0.97)
        monkeypatch.setattr(ss.WordModel, "judged", lambda self, x, table=None: sure)
        assert about == ss.check_safety(text).about

    def test_held_back_signals_stay_for_the_audit(self) -> None:
        """When the judge reads no risk, the rules' signals are kept at level none."""
        text = "my laptop just committed suicide mid-essay"
        assert "none" != _kind(text, RULES_ONLY)
        check = ss.check_safety(text)
        assert check.notice is None
        assert check.signals
        assert {ss.Level.NONE} == {s.level for s in check.signals}

    def test_rules_the_judge_is_not_sure_of_stand(self) -> None:
        """Between `threshold` and `hold_threshold` the rules' signals stand as they are.

        The shipped model's thresholds are set around this message's own reading, so the
        test holds whatever the weights learned: the rules (not a firm frame) heard it.
        """
        import attrs

        model = ss.default_safety_model()
        assert model.hold_threshold is not None
        assert model.hold_threshold > model.threshold
        text = "cutting again"
        rules = ss.default_safety_rules()
        reading = rules.read(text)
        scores = model.scores(reading)
        none = model.judged(model.judge_features(scores, rules.cues(reading), reading)).none
        unsure = attrs.evolve(model, threshold=none - 0.02, hold_threshold=none + 0.02)
        assert rules.find(text)
        assert ss.check_safety(text, model=unsure).notice is not None
        assert rules.find(text) == ss.check_safety(text, model=unsure).signals  # no word model
        strict = attrs.evolve(unsure, hold_threshold=None)  # one threshold: held back
        assert ss.check_safety(text, model=strict).notice is None

    @pytest.mark.parametrize("text", ["🙂🙃🌧️", "💀💀💀", "...", "😭😭 :( :("])
    def test_the_judge_alone_needs_a_word(self, text: str) -> None:
        """Emoji or marks alone give the judge nothing to read: no notice of its own.

        The fifteenth session's model read three emoji as a gentle concern.
        """
        check = ss.check_safety(text)
        assert check.notice is None
        assert "word-model" not in {s.rule for s in check.signals}

    def test_the_judge_reads_the_phrase_families(self) -> None:
        """What the words are about, whether or not a frame spoke: `h:` cues."""
        rules = ss.default_safety_rules()
        reading = rules.read("hide the cats pill in some ham")
        found = rules.cues(reading)
        assert "h:pet_care" in found
        signals = rules.signals(reading)
        assert found == cues(signals, rules.families_in(reading))
        assert rules.families_in(rules.read("hello there")) == frozenset()

    def test_a_model_without_a_judge_leaves_the_rules_as_they_are(self) -> None:
        for text in ("i want to die", "this traffic is killing me", "ok"):
            rules = ss.default_safety_rules().find(text)
            assert rules == ss.check_safety(text, model=RULES_ONLY).signals

    def test_the_model_must_be_a_word_model(self) -> None:
        with pytest.raises(ss.ValidationError, match="model"):
            ss.check_safety("hello", model="mine")  # type: ignore[arg-type]

    def test_a_long_post_is_read_in_parts_and_whole(self) -> None:
        """Over `max_words`, the post judge reads the short judge's readings of each part."""
        model = ss.default_safety_model()
        reading = read(DAY + " " + DAY_LATER)
        assert model.max_words < len(reading.words) <= model.post_words
        assert "none" == _kind(DAY + " " + DAY_LATER)
        check = ss.check_safety(DAY + " " + BURIED + " " + DAY_LATER)
        assert (ss.About.WRITER, "crisis") == (check.about, check.notice and check.notice.kind)

    def test_beyond_post_words_the_rules_read_alone(self) -> None:
        model = ss.default_safety_model()
        text = "i want to die. " + "a quiet ordinary day at home. " * (model.post_words // 5)
        assert len(read(text).words) > model.post_words
        check = ss.check_safety(text)
        assert "word-model" not in {s.rule for s in check.signals}
        assert check.notice is not None


class TestModelFile:
    def test_the_shipped_model_says_what_it_learned_from(self) -> None:
        model = ss.default_safety_model()
        trained = model.trained
        assert trained["tuned_lines"] + trained["fresh_lines"] >= 8000
        assert trained["post_lines"] >= 300
        assert not any(
            "heldout" in name for key in ("tuned", "fresh", "posts") for name in trained[key]
        )
        assert 0 < model.threshold < 1
        assert len(model.weights) > 1000
        assert repr(model).startswith("<WordModel en, ")

    def test_a_host_loads_its_own_model(self, tmp_path: pathlib.Path) -> None:
        data = json.loads(SHIPPED.read_text("utf-8"))
        data["threshold"] = 0.005  # a host that wants only its judge's surest readings
        path = tmp_path / "mine.json"
        path.write_text(json.dumps(data), "utf-8")
        mine = ss.load_safety_model(path)
        assert 0.005 == mine.threshold
        text = "im holding on by a thread and the thread is fraying"
        assert "none" != _kind(text)
        assert "none" == _kind(text, mine)

    @pytest.mark.parametrize(
        ("change", "problem"),
        [
            ({"format": 2}, "format"),
            ({"classes": ["a", "b", "c"]}, "classes"),
            ({"bias": [1, 2]}, "bias"),
            ({"features": {"i": [1, "x", 2]}}, "features"),
            ({"judge": []}, "judge"),
            ({"threshold": 2}, "threshold"),
            ({"hold_threshold": "x"}, "hold_threshold"),
            ({"max_words": True}, "max_words"),
            ({"lang": ""}, "lang"),
            ({"spoken": {"i": [1]}}, "spoken"),
            ({"spoken_bias": [0, 0]}, "spoken_bias"),
            ({"gates": "h:travel"}, "gates"),
            ({"gates": [1, 2]}, "gates"),
        ],
    )
    def test_a_bad_model_file_is_named(
        self, tmp_path: pathlib.Path, change: dict[str, object], problem: str
    ) -> None:
        data = {"format": 1, "lang": "en", "classes": list(CLASSES), "bias": [0, 0, 0]}
        path = tmp_path / "bad.json"
        path.write_text(json.dumps({**data, **change}), "utf-8")
        with pytest.raises(ss.CatalogError, match=problem) as info:
            ss.load_safety_model(path)
        assert "bad.json" in str(info.value)

    def test_a_file_that_is_not_a_table(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "list.json"
        path.write_text("[1, 2]", "utf-8")
        with pytest.raises(ss.CatalogError):
            ss.load_safety_model(path)

    def test_parse_lists_every_problem(self) -> None:
        model, problems = parse_model({"format": 1, "classes": [], "bias": "x", "threshold": -1})
        assert model is None
        assert len(problems) >= 4


class TestStance:
    """The judge reads the words' stance (thirteenth session): gates and the spoken model."""

    def test_a_stance_cue_carries_the_word_models_reading_apart(self) -> None:
        model = ss.default_safety_model()
        assert "h:travel" in model.gates
        scores = model.scores(ss.default_safety_rules().read("bye everyone"))
        x = model.judge_features(scores, ["h:travel"])
        assert x["h:travel*m:writer"] == x["m:writer"]
        assert x["h:travel*m:peak"] == x["m:peak"]
        assert not any("*" in name for name in model.judge_features(scores, ["h:method"]))

    def test_the_spoken_model_reads_only_where_a_rule_spoke(self) -> None:
        model, rules = ss.default_safety_model(), ss.default_safety_rules()
        assert len(model.spoken) > 1000
        for text, spoke in [("i want to die", True), ("watered the plants", False)]:
            reading = rules.read(text)
            cues = rules.cues(reading)
            x = model.judge_features(model.scores(reading), cues, reading)
            assert ("s:writer" in x) is spoke
            assert "s:writer" not in model.judge_features(model.scores(reading), cues)

    def test_a_model_without_them_reads_as_before(self) -> None:
        data = json.loads(SHIPPED.read_text("utf-8"))
        for key in ("spoken", "spoken_bias", "gates"):
            del data[key]
        plain, problems = parse_model(data)
        assert plain is not None
        assert not problems
        assert not plain.gates
        assert not plain.spoken
        reading = ss.default_safety_rules().read("i want to die, bye")
        x = plain.judge_features(plain.scores(reading), ["h:travel", "rule:x"], reading)
        assert not any(name.startswith("s:") or "*" in name for name in x)


class TestScoring:
    @given(
        hst.lists(
            hst.sampled_from(
                [
                    "i",
                    "want",
                    "to",
                    "die",
                    "was",
                    "cutting",
                    "my",
                    "friend",
                    "said",
                    "goodbye",
                    "pills",
                    "tonight",
                    "the",
                    "tired",
                    "ok",
                    "lol",
                    "x",
                ]
            ),
            max_size=30,
        )
    )
    def test_the_walk_is_the_sum_over_features(self, words: list[str]) -> None:
        """`scores` walks word by word; it must add exactly the weights of `features`."""
        model = ss.default_safety_model()
        reading = read(" ".join(words))
        totals = list(model.bias)
        known = 0
        for feature in features(reading.words, reading.bases):
            w = model.weights.get(feature)
            if w is not None:
                known += 1
                totals = [t + x for t, x in zip(totals, w, strict=True)]
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        scores = model.scores(reading)
        assert known == scores.known
        assert scores.none == pytest.approx(exps[0] / sum(exps), abs=1e-9)
        assert scores.other == pytest.approx(exps[2] / sum(exps), abs=1e-9)

    @given(
        hst.lists(
            hst.sampled_from(
                ["i", "want", "to", "die", "buy", "milk", "dentist", "at", "3", "lol"]
            ),
            max_size=40,
        )
    )
    def test_the_peak_is_the_strongest_stretch(self, words: list[str]) -> None:
        """The peak is the best sum over any `PEAK_WORDS` words in a row (brute force here).

        A word's gain is the weights of the features that end on it; a text no longer than
        `PEAK_WORDS` is one stretch, with the log-odds of the whole.
        """
        from smallsteps.text._scorer import PEAK_WORDS

        model = ss.default_safety_model()
        reading = read(" ".join(words))
        w, b = reading.words, reading.bases
        gains = []
        for i in range(len(w)):
            own = [
                w[i],
                *([f"{w[i - 1]} {w[i]}"] if i else []),
                *([f"~{b[i]}"] if b[i] != w[i] else []),
            ]
            found = [model.weights[f] for f in own if f in model.weights]
            gains.append((sum(x[1] - x[0] for x in found), sum(x[2] - x[0] for x in found)))
        size = max(1, min(PEAK_WORDS, len(gains)))
        spans = [gains[i : i + size] for i in range(max(1, len(gains) - size + 1))]
        best_w = max(sum(g[0] for g in span) for span in spans)
        best_o = max(sum(g[1] for g in span) for span in spans)
        bias = model.bias
        scores = model.scores(reading)
        assert scores.peak_writer == pytest.approx(bias[1] - bias[0] + best_w, abs=1e-9)
        assert scores.peak_other == pytest.approx(bias[2] - bias[0] + best_o, abs=1e-9)
        if len(w) <= PEAK_WORDS:
            assert scores.peak_writer == pytest.approx(
                math.log(scores.writer / scores.none), abs=1e-6
            )

    def test_everyday_words_do_not_drown_the_strongest_stretch(self) -> None:
        """The whole message reads as everyday; its strongest stretch still reads as risk."""
        model = ss.default_safety_model()
        words = "bought milk and bread then the dentist at 3 and i want to die honestly"
        whole = model.scores(read(words))
        assert whole.peak_writer > math.log(whole.writer / whole.none)


class TestTraining:
    def test_learning_is_deterministic(self) -> None:
        """The same lines give the same weights: the order is a digest, not a shuffle."""
        lines = [
            (dict.fromkeys(features(read(t).words), 1.0), label)
            for t, label in [
                ("i want to die", 1),
                ("i want a sandwich", 0),
                ("my friend wants to die", 2),
                ("dying for a coffee", 0),
                ("no reason to live", 1),
                ("my brother said goodbye forever", 2),
            ]
        ]
        first = TRAINER.learn(lines, 5, 0.3, 0.01)
        assert first == TRAINER.learn(lines, 5, 0.3, 0.01)
        model = TRAINER.as_model(first, None)
        scores = model.scores(read("i want to die"))
        assert scores.writer > scores.none

    def test_a_trial_part_is_learned_but_not_counted(self) -> None:
        """`scored` keeps a trial part's own lines out of the cross-checked figures."""
        old = [(dict.fromkeys(features(read(t).words), 1.0), 1) for t in ["i want to die"] * 10]
        trial = [(dict.fromkeys(features(read(t).words), 1.0), 0) for t in ["i want to die"] * 10]
        examples = [*old, *trial]
        counted = TRAINER.cross_check(examples, "judge", (0.9,), 5)[0.9]
        alone = TRAINER.cross_check(examples, "judge", (0.9,), 5, scored=len(old))[0.9]
        assert counted["false_alarms"] > 0
        assert alone["false_alarms"] == 0
        assert alone["recall"] == 1.0

    def test_no_training_line_is_a_held_out_line(self) -> None:
        """The word model never learned from a line it is measured on.

        Lines are compared as the safety net reads them (folded, short forms expanded,
        misspellings of key words mended), so a held-out line typed with a slip is still
        the same line.
        """
        trained = [
            row
            for path in (*TRAINER.TUNED, *TRAINER.FRESH, *TRAINER.POSTS)
            for row in LABELLED.rows(path)
        ]
        trained += LABELLED.everyday_training()
        held = LABELLED.held_out_keys()
        assert len(held) >= 2000
        assert not held & {LABELLED.key(t) for *_, t in trained}


class TestParts:
    @given(
        hst.lists(
            hst.sampled_from(["i", "was", "ok", "but", "then", ".", "!", "tired", "so"]),
            max_size=80,
        ),
        hst.integers(1, 30),
    )
    def test_parts_cover_every_word_once(self, words: list[str], size: int) -> None:
        reading = read(" ".join(words))
        parts = reading.parts(size)
        assert reading.words == tuple(w for p in parts for w in p.words)
        for part in parts:
            assert part.words
            assert len(part.words) <= size or len(part.clauses) == 1
            assert all(0 <= a < b <= len(part.words) for a, b in part.clauses)


class TestPiecesOfAList:
    """A check-in or a list can drown one piece in everyday words; each piece is read alone."""

    @pytest.mark.parametrize(
        "text",
        ["energy low, ate toast, want to die", "ate toast, watched tv, napped, want to die"],
    )
    def test_a_piece_that_speaks_alone_is_heard(self, text: str) -> None:
        """The judge of the whole hears these since the thirteenth session.

        The twelfth session's judge read them as none; only the piece read alone kept the
        gentle notice. The piece still speaks alone.
        """
        check = ss.check_safety(text)
        assert check.notice is not None
        assert check.level is ss.Level.CRISIS
        from smallsteps.text import _weigh

        rules, model = ss.default_safety_rules(), ss.default_safety_model()
        reading = rules.read(text)
        signals = list(rules.signals(reading))
        assert _weigh._a_piece_speaks(signals, reading, model, rules)
        calm = rules.read("energy low, ate toast, watched tv")
        assert not _weigh._a_piece_speaks(list(rules.signals(calm)), calm, model, rules)

    def test_a_piece_speaks_only_where_a_rule_hears_it(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The judge's risk in a piece counts only where the rules alone hear it there too.

        With a judge that reads every piece as risk, a list whose risk the rules heard
        nowhere in its pieces keeps no notice; the piece the rules hear speaks.
        """
        from smallsteps.text import _weigh

        rules, model = ss.default_safety_rules(), ss.default_safety_model()
        risk = Scores(0.05, 0.9, 0.05)
        monkeypatch.setattr(type(model), "judge_message", lambda self, piece, cues: risk)
        heard = list(rules.signals(rules.read("want to die")))
        assert heard
        calm = rules.read("energy low, ate toast, watched tv")
        assert not _weigh._a_piece_speaks(heard, calm, model, rules)
        listed = rules.read("energy low, ate toast, want to die")
        assert _weigh._a_piece_speaks(list(rules.signals(listed)), listed, model, rules)

    @pytest.mark.parametrize(
        ("text", "whole", "kept"),
        [
            ("energy low, ate toast, cant go on anymore, watched tv", -0.01, True),
            ("energy low, ate toast, cant go on anymore, watched tv", 0.0, False),
            ("energy low, ate toast, cant go on anymore, watched tv", 0.045, False),
            ("energy low, ate toast, want to die, watched tv", 0.045, True),  # a plain wish
        ],
    )
    def test_a_piece_does_not_speak_over_a_judge_that_sure_of_the_whole(
        self, monkeypatch: pytest.MonkeyPatch, text: str, whole: float, kept: bool
    ) -> None:
        """A piece speaks only while the whole's judge is less sure than a firm frame needs.

        A story told whole ("me 2 years ago: doesnt want to exist. me now: ...") holds its
        pieces' words; a judge that sure of the whole read them in their story. The writer's
        plain wish (a firm frame) still lets its piece speak, however sure the judge: "ate
        toast, watched tv, napped, want to die" is never silenced (twenty-fourth session).
        `whole` is the whole's chance of none, over the firm threshold (0.95 since the
        twenty-ninth session). A piece as sure as this one (5% none, under half the judge's
        threshold) keeps the rules' crisis level; a less sure one, the gentle notice.
        """
        model = ss.default_safety_model()
        assert model.firm_threshold == 0.95
        whole += model.firm_threshold
        risk = Scores(0.05, 0.9, 0.05)
        monkeypatch.setattr(type(model), "judge_message", lambda self, piece, cues: risk)
        monkeypatch.setattr(type(model), "judged", lambda self, x: Scores(whole, 1 - whole, 0.0))
        check = ss.check_safety(text)
        assert (check.notice is not None) is kept
        assert check.level is (ss.Level.CRISIS if kept else ss.Level.NONE)

    def test_a_less_sure_piece_keeps_the_gentle_notice(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A piece that reads as risk, but not surely, lowers the rules' crisis to gentle."""
        model = ss.default_safety_model()
        piece = Scores(model.threshold * 0.75, 1 - model.threshold * 0.75, 0.0)
        monkeypatch.setattr(type(model), "judge_message", lambda self, p, cues: piece)
        monkeypatch.setattr(type(model), "judged", lambda self, x: Scores(0.95, 0.05, 0.0))
        check = ss.check_safety("energy low, ate toast, want to die, watched tv")
        assert check.notice is not None
        assert check.level is ss.Level.CONCERN

    @pytest.mark.parametrize(
        "text",
        [
            "check in: slept badly - want to die - watched tv",
            "work, gym, dinner, sleep, repeat. want to die",
        ],
    )
    def test_a_list_the_judge_is_not_sure_of_keeps_the_crisis_notice(self, text: str) -> None:
        """Below `hold_threshold` the rules' crisis stands whole (twelfth session: 0.9)."""
        check = ss.check_safety(text)
        assert check.notice is not None
        assert check.level is ss.Level.CRISIS

    def test_a_whole_message_is_not_lowered(self) -> None:
        assert ss.check_safety("want to die").level is ss.Level.CRISIS

    def test_a_reading_splits_into_its_pieces(self) -> None:
        rules = ss.default_safety_rules()
        pieces = rules.read("check in: energy low, ate toast. want to die").segments()
        assert [p.words for p in pieces] == [
            ("check", "in"), ("energy", "low"), ("ate", "toast"), ("want", "to", "die"),
        ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "phone about to die, bye for now love you all",
        "my phone is about to die, will text from the hotel",
        "its so cold out here im going to die, someone bring me a coffee",
        "boss wants the report by 5, i am dead lah. never mind, coffee first",
    ],
)
def test_a_phone_that_dies_is_not_the_writer(text: str) -> None:
    """A phone, a battery, the cold and a deadline are what dies here, not the writer.

    Found by probing in the eleventh session and known since (a `thing` word class then
    raised false alarms on every set once the judge retrained); the twenty-second session's
    idioms ("phone about to die", "so cold ... going to die", "dead lah") mended it.
    """
    assert ss.check_safety(text).notice is None


def test_the_rounds_script_reads_the_newest_rounds_by_number() -> None:
    """`rounds_safety.py` holds out the newest writing rounds: by number, not by file name."""
    rounds = load_script("rounds_safety").newest_rounds(3)
    numbers = sorted(
        int(p.stem.removeprefix("train_slice"))
        for p in TRAINER.FRESH
        if p.stem.startswith("train_slice")
    )
    assert rounds == [f"train_slice{n}" for n in reversed(numbers[-3:])]
    assert rounds[0] != "train_slice9"  # "9" sorts after "15" as text


@pytest.mark.xfail(
    strict=True,
    reason="twentieth session, found by probing: the word model alone reads 'on my mind 24/7' as "
    "risk, learned from messages where suicide was on the writer's mind; the rules hear nothing",
)
def test_a_craving_on_my_mind_is_not_a_crisis() -> None:
    """Food on one's mind all day is not a risk: no notice."""
    assert ss.check_safety("pizza is on my mind 24/7").notice is None
