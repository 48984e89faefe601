"""Train the safety net's word model and its judge; write `data/safety/en.model.json`.

    python scripts/train_safety_model.py            # train, print the cross-checked figures, write
    python scripts/train_safety_model.py --check    # train and compare with the shipped file
    python scripts/train_safety_model.py --trial new.tsv  # a new part's worth, on the old lines

Two stages, both multinomial logistic regressions learned by plain stochastic gradient
descent in a fixed order, so the same lines give the same weights, byte for byte:

1. **The word model** reads the text layer's words and word pairs
   (`smallsteps.text._scorer.features`) and learns from every training line.
2. **The judge** weighs the word model's reading against the rules' signals
   (`smallsteps.text._scorer.cues`) and says whether to show a notice and for whom. It learns
   only from lines the rules were never tuned on (`FRESH`), with the word model's scores taken
   out of fold (each line scored by a word model that did not learn from it), so it learns how
   far to trust each reader on words neither has seen.

Training lines: the tuned set and the training parts in `TRAIN`. The held-out slices in
`HELD_OUT` are never read here. Messages longer than `max_words` are left out, as the safety
net leaves such texts to the rules.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pathlib
import sys
from collections.abc import Iterable, Sequence

from labelled import DATA, EVERYDAY, everyday_training, rows
from written import write_or_check

import smallsteps as ss
from smallsteps.text._safety import cues
from smallsteps.text._scorer import CLASSES, WordModel, features

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/smallsteps/data/safety/en.model.json"
TUNED = (DATA / "safety" / "tuned.tsv",)
"""Lines the rules were tuned on: the word model learns from them, the judge does not."""
FRESH = tuple(sorted((DATA / "safety").glob("train_*.tsv")))
"""Lines the rules were never tuned on: both stages learn from them, with the everyday text
the other readers were tuned on (`labelled.EVERYDAY`: tasks and thoughts, none a crisis)."""
POSTS = (DATA / "posts" / "tuned.tsv", *sorted((DATA / "posts").glob("train_*.tsv")))
"""Long forum posts: the post judge learns from them."""
LABELS = {"none": "none", "crisis": "writer", "other": "other"}
SETTINGS = {
    "epochs": 30,
    "rate": 0.3,
    "l2": 2e-2,
    "keep": 0.1,
    "judge_epochs": 40,
    "judge_rate": 0.05,
    "judge_l2": 1e-3,
    "judge_cue_l2": 10.0,
    "folds": 5,
    "group_folds": 0,
    "post_epochs": 40,
    "post_rate": 0.05,
    "post_l2": 1e-3,
    "post_keep": 0.03,
    "threshold": 0.65,
    "hold_threshold": 0.75,
    "firm_threshold": 0.95,
    "post_threshold": 0.65,
    "max_words": 100,
    "part_words": 60,
    "post_words": 5000,
}
"""How the two stages are learned and read. `keep`: the smallest weight worth shipping.

`judge_cue_l2`: 10 since the twenty-eighth session (1 before): the short judge holds the
rules' cues (`RULE_CUES`: which rule spoke, about whom, at what level) to ten times its `l2`.
The rules are weighed against the very training parts the judge learns from (every session's
changes were checked over them), so on those lines the rules' cues look surer than they are
on new text, and the judge learned to trust them too much. Out of sample (two rounds of
training parts, 5,695 lines, each read by a model retrained without them): crisis 2,044 to
2,049 of 2,098, supporters 579 to 580 of 600, false alarms 315 to 309 of 2,997. The same
with the twenty-eighth session's rule changes (branch `issue15-rules28`) read 2,050, 580
and 320: those changes still raise false alarms, so the judge's trust was not their only
trouble.

`firm_threshold`: 0.95 since the twenty-ninth session. The judge that trusts the rules'
cues less (`judge_cue_l2`) reads hyperbole and goodbyes with a firm frame as surer of none
than before, but under 0.98: out of sample (two groups of training parts, every sixth file
from the first and from the fourth, 11,619 lines, each read by a model retrained without
its group), 0.98 read crisis 4,779 of 5,007, supporters 937 of 979, false alarms 569 of
5,633; 0.95 and 0.9 the same crisis and supporters and 551 and 546 false alarms ("if i have to
do one more spreadsheet ill die", "this is goodbye to my students"); 0.85 lost a crisis line
("sh'd after school. again") for 8 more. With the contrast pairs learned (`train_zzpairs`):
0.9 read 4,782 crisis and 513 false alarms, 0.92 517, 0.95 4,783 and 524. Retrained in full,
the judge read "honestly i miss cutting" (a firm frame of a yearning for self-harm) as 90.4%
none: 0.95 keeps it, with room, for 11 false alarms out of sample. Two guards came with
it: a piece of a list that reads as surely as a message saying only it keeps the rules'
crisis level (`_weigh`), and a plain wish beside a denial is still held back only at 0.98
(`_weigh.BESIDE_A_DENIAL`).
Before: 0.98 since the twenty-second session (0.97 in the twenty-first, 0.95 in the
twentieth, 0.9 before): retrained with the twenty-second session's parts (many stories
of recovery and milestones among them), the judge read "100 days no self harm and i want to
die" as 97.1% none; at 0.98 no training line moved between right and wrong (two look-alikes
moved from the gentle notice to the crisis one; at 0.99, four look-alikes newly drew one).
Before:
retrained with slice 21, the judge read "100 days no self harm and i want to die" as 92%
none and held the plain wish back; retrained with slice 22 and two parts of new parents,
students and people on wards (many recoveries among them), as 96%. At 0.97 no training
line moved (weighed over every one with the same model). A plain wish of now beside a
milestone said in the same breath is the rules' to keep (`SafetyRules` reads it as no
story of recovery); the judge, which learned that milestones are mostly safe, should need
to be very sure to hold it back. Standing it whenever a milestone is said (a threshold of
1) moved eight training look-alikes to a crisis notice: the rules' firm frames also hear
"i could honestly say no" to a clinician's question.

`group_folds`: 1 scores each training part by a word model that never saw that part (its
writer's voice) for the judge; tried in the eighteenth session and left off: its cross-check
is the more honest (93.4% recall at 4.5% false alarms against 94.6% at 4.1%), the held-out
slices read the same within two lines, but the judge it teaches holds back the rules more
often (five of the tests' plain examples went unheard, one with random folds)."""
GATES = (
    "h:accident", "h:everyday_reason", "h:game", "h:grief", "h:idiom", "h:medical_care",
    "h:negation", "h:past_time", "h:pet_care", "h:recovered", "h:safe_context", "h:sport",
    "h:topic", "h:travel",
)  # fmt: skip
"""The judge's stance cues (`WordModel.gates`): each carries the word model's reading apart.

Chosen on the cross-check below (the stance experiment of the thirteenth session): with them
and the `spoken` model, 5.3% false alarms at 96% recall against 6.1% without."""

Example = tuple[dict[str, float], int]


Line = tuple[list[str], str, int]
"""A labelled line: its features, its text, its class index."""


def lines(labelled: Iterable[tuple[str, str, str]], max_words: int) -> list[Line]:
    """(features, text, class index) of every labelled line short enough for the model."""
    out = []
    for _, expected, text in labelled:
        reading = ss.default_safety_rules().read(text)
        if 0 < len(reading.words) <= max_words:
            found = features(reading.words, reading.bases)
            out.append((found, text, CLASSES.index(LABELS[expected])))
    return out


def digest(key: str) -> bytes:
    """A short digest of a line: the fixed order lines are learned in, and their folds."""
    return hashlib.blake2b(key.encode(), digest_size=8).digest()


def learn(
    data: Sequence[Example],
    epochs: int,
    rate: float,
    l2: float,
    width: int = 3,
    heavier: tuple[str, ...] = (),
    times: float = 1.0,
) -> dict[str, list[float]]:
    """Softmax regression over named features with values; the bias under the key `""`.

    `width` is the number of classes; a label is a class's index. Features whose names
    start with one of `heavier` are held to `times` the `l2` (see `judge_cue_l2`).
    """
    weights: dict[str, list[float]] = {"": [0.0] * width}
    shrink: dict[str, float] = {}
    keys = ["\x1f".join(sorted(x)) for x, _ in data]
    for epoch in range(epochs):
        for i in sorted(range(len(data)), key=lambda i: digest(f"{epoch}:{keys[i]}")):
            x, label = data[i]
            named = [("", 1.0), *x.items()]
            ws = []
            for f, v in named:
                k = shrink.get(f)
                if k is None:
                    k = shrink[f] = l2 * (times if heavier and f.startswith(heavier) else 1.0)
                ws.append((weights.setdefault(f, [0.0] * width), v, k))
            totals = [sum(w[c] * v for w, v, _ in ws) for c in range(width)]
            top = max(totals)
            exps = [math.exp(t - top) for t in totals]
            whole = sum(exps)
            for c in range(width):
                grad = exps[c] / whole - (c == label)
                if abs(grad) < 1e-5:
                    continue
                for w, v, k in ws:
                    w[c] -= rate * (grad * v + k * w[c])
    return weights


def word_examples(data: Sequence[Line]) -> list[Example]:
    """The word model's examples: each feature present with value 1."""
    return [(dict.fromkeys(found, 1.0), label) for found, _, label in data]


def _table(weights: dict[str, list[float]] | None) -> dict[str, tuple[float, ...]]:
    return {f: tuple(w) for f, w in (weights or {}).items()}


def as_model(
    weights: dict[str, list[float]],
    judge: dict[str, list[float]] | None,
    posts: dict[str, list[float]] | None = None,
    spoken: dict[str, list[float]] | None = None,
) -> WordModel:
    """A `WordModel` from learned weights (for scoring while training)."""
    bias = weights.get("", [0.0, 0.0, 0.0])
    second = (spoken or {}).get("", [0.0, 0.0, 0.0])
    return WordModel(
        "en",
        (bias[0], bias[1], bias[2]),
        {f: w for f, w in _table(weights).items() if f},
        _table(judge),
        _table(posts),
        SETTINGS["threshold"],
        SETTINGS["post_threshold"],
        int(SETTINGS["max_words"]),
        int(SETTINGS["part_words"]),
        int(SETTINGS["post_words"]),
        spoken={f: w for f, w in _table(spoken).items() if f},
        spoken_bias=(second[0], second[1], second[2]),
        gates=GATES if spoken is not None else (),
    )


def spoke(text: str) -> bool:
    """Whether the rules spoke on a line, at some level (what the `spoken` model learns from)."""
    rules = ss.default_safety_rules()
    return any(c.startswith("rule:") for c in rules.cues(rules.read(text)))


def learn_words(data: Sequence[Line]) -> dict[str, list[float]]:
    """A word model learned from lines, with the word model's settings."""
    return learn(word_examples(data), int(SETTINGS["epochs"]), SETTINGS["rate"], SETTINGS["l2"])


def out_of_fold(
    tuned: list[Line],
    fresh: list[Line],
    settings: dict[str, float],
    groups: Sequence[str] = (),
) -> list[Example]:
    """The judge's examples for the fresh lines, each scored by a word model blind to it.

    With `groups` (each fresh line's part), a part's lines share a fold, so each line is
    scored by a word model that never saw its writer's voice: the judge then learns how far
    to trust the word model on a voice it has not met. A line without a group (`""`) gets a
    fold of its own, from its text.
    """
    folds = int(settings["folds"])
    keys = [g or text for (_, text, _), g in zip(fresh, groups or [""] * len(fresh), strict=True)]
    fold_of = [int.from_bytes(digest(k), "big") % folds for k in keys]
    rules = ss.default_safety_rules()
    out: list[Example | None] = [None] * len(fresh)
    spoken = [spoke(text) for _, text, _ in tuned], [spoke(text) for _, text, _ in fresh]
    for k in range(folds):
        learnt = [f for f, fold in zip(fresh, fold_of, strict=True) if fold != k]
        said = [f for f, fold, s in zip(fresh, fold_of, spoken[1], strict=True) if fold != k and s]
        model = as_model(
            learn_words([*tuned, *learnt]),
            None,
            spoken=learn_words([*(t for t, s in zip(tuned, spoken[0], strict=True) if s), *said]),
        )
        for i, (_, text, label) in enumerate(fresh):
            if fold_of[i] == k:
                reading = rules.read(text)
                x = model.judge_features(model.scores(reading), rules.cues(reading), reading)
                out[i] = (x, label)
    return [e for e in out if e is not None]


def cross_check(
    examples: list[Example],
    stage: str,
    thresholds: Sequence[float],
    folds: int,
    hold: float = 0.0,
    scored: int | None = None,
    record: list[tuple[int, float, bool]] | None = None,
) -> dict[float, dict[str, float]]:
    """A judge's figures on its own lines, each judged by a judge that did not learn it.

    For each threshold (the chance of "none" below which a notice shows): recall on the
    writer's lines, the supporter notice on `other` lines, false alarms on `none` lines.
    With `hold`, a line the rules spoke on also gets a notice while the chance of "none" is
    under `hold` (their signals stand: see `hold_threshold`). With `scored`, only the first
    `scored` lines count in the figures (all are learned): a trial part's own lines, put
    last, then never weigh on the comparison with a run without them. With `record`, each
    counted line's (place, chance of none, other before writer) is appended to it.
    """
    keys = ["\x1f".join(sorted(x)) + str(i) for i, (x, _) in enumerate(examples)]
    fold_of = [int.from_bytes(digest(k), "big") % folds for k in keys]
    judged: list[tuple[int, float, bool]] = []  # (label, chance of none, other before writer)
    spoke = [bool(_SPOKE.intersection(x)) for x, _ in examples]
    for k in range(folds):
        table = _table(
            learn_stage([e for e, f in zip(examples, fold_of, strict=True) if f != k], stage)
        )
        model = as_model({}, None)
        for i, ((x, label), f) in enumerate(zip(examples, fold_of, strict=True)):
            if f == k and (scored is None or i < scored):
                p = model.judged(x, table)
                none = 0.0 if spoke[i] and p.none < hold else p.none  # the rules' signals stand
                judged.append((label, none, p.other > p.writer))
                if record is not None:
                    record.append((i, none, p.other > p.writer))
    out = {}
    by = {c: [j for j in judged if j[0] == i] for i, c in enumerate(CLASSES)}
    for t in thresholds:
        out[t] = {
            "recall": sum(n < t for _, n, _ in by["writer"]) / max(1, len(by["writer"])),
            "supporter": sum(n < t and o for _, n, o in by["other"]) / max(1, len(by["other"])),
            "false_alarms": sum(n < t for _, n, _ in by["none"]) / max(1, len(by["none"])),
        }
    return out


_SPOKE = frozenset({"writer:crisis", "writer:concern", "other:crisis", "other:concern"})
"""The judge's cues that say the rules spoke about someone (not a topic), at some level."""


def learn_stage(examples: Sequence[Example], stage: str) -> dict[str, list[float]]:
    """Learn one judge (`"judge"` or `"post"`) with its own settings.

    The short judge holds the rules' cues to `judge_cue_l2` times its `l2` (`RULE_CUES`).
    """
    return learn(
        examples,
        int(SETTINGS[f"{stage}_epochs"]),
        SETTINGS[f"{stage}_rate"],
        SETTINGS[f"{stage}_l2"],
        heavier=RULE_CUES if stage == "judge" else (),
        times=SETTINGS["judge_cue_l2"],
    )


RULE_CUES = ("rule:", "writer:", "other:", "topic:")
"""The judge's cues that say what the rules heard (`_safety.cues`), not which words were found."""


def post_examples(model: WordModel, paths: Iterable[pathlib.Path]) -> list[Example]:
    """The post judge's examples: every labelled post read with the finished short stages."""
    rules = ss.default_safety_rules()
    out = []
    for path in paths:
        for _, expected, text in rows(path):
            reading = rules.read(text)
            # the whole post by its signals alone: with its phrase families too, the post
            # judge cross-checked worse (at 3.9% false alarms, 92.6% recall against 94.7%)
            x = model.post_features(reading, cues(rules.signals(reading)), rules.cues)
            out.append((x, CLASSES.index(LABELS[expected])))
    return out


def _rounded(weights: dict[str, list[float]], keep: float) -> dict[str, list[float]]:
    return {
        f: [round(v, 3) for v in w]
        for f, w in sorted(weights.items())
        if f == "" or max(abs(v) for v in w) >= keep
    }


def model_data(
    weights: dict[str, list[float]],
    judge: dict[str, list[float]],
    posts: dict[str, list[float]],
    spoken: dict[str, list[float]],
    sizes: dict[str, int],
) -> dict[str, object]:
    """The model file's contents: small weights dropped, the rest rounded."""
    bias = weights.pop("")
    spoken_bias = spoken.pop("")
    shown = (
        "threshold",
        "post_threshold",
        "hold_threshold",
        "firm_threshold",
        "max_words",
        "part_words",
        "post_words",
    )
    return {
        "format": 1,
        "lang": "en",
        "classes": list(CLASSES),
        "threshold": SETTINGS["threshold"],
        "post_threshold": SETTINGS["post_threshold"],
        "hold_threshold": SETTINGS["hold_threshold"],
        "firm_threshold": SETTINGS["firm_threshold"],
        **{k: int(SETTINGS[k]) for k in shown[4:]},
        "trained": {
            "tuned": [_name(p) for p in TUNED],
            "fresh": [_name(p) for p in FRESH],
            "everyday": [_name(p) for p in EVERYDAY],
            "posts": [_name(p) for p in POSTS],
            **sizes,
            "settings": {k: v for k, v in SETTINGS.items() if k not in shown},
        },
        "bias": [round(v, 3) for v in bias],
        "features": _rounded(weights, SETTINGS["keep"]),
        "judge": _rounded(judge, 0.0),
        "posts": _rounded(posts, SETTINGS["post_keep"]),
        "spoken_bias": [round(v, 3) for v in spoken_bias],
        "spoken": _rounded(spoken, SETTINGS["keep"]),
        "gates": list(GATES),
    }


def _name(path: pathlib.Path) -> str:
    return str(path.relative_to(DATA.parent.parent))


def _print(title: str, figures: dict[float, dict[str, float]], shipped: float) -> None:
    print(title)
    for t, f in figures.items():
        mark = " <- shipped" if t == shipped else ""
        print(
            f"  notice below {t:.0%} none: recall {f['recall']:.1%}, "
            f"supporter {f['supporter']:.1%}, false alarms {f['false_alarms']:.1%}{mark}"
        )


def write_errors(
    path: pathlib.Path,
    record: Sequence[tuple[int, float, bool]],
    parts: Sequence[tuple[str, list[Line]]],
    labelled: Sequence[tuple[str, str, str]],
    max_words: int,
) -> None:
    """Write the cross-checked lines read wrong at the shipped threshold, with their family.

    For reading the training lines' errors by family (never the held-out slices): a crisis
    line with no notice, a supporter line without the supporter notice, a look-alike with
    one. Columns: part, family, expected, chance of none, text.
    """
    read = ss.default_safety_rules().read
    family = {text: fam for fam, _, text in labelled if 0 < len(read(text).words) <= max_words}
    where = [(name, line) for name, part in parts for line in part]
    out = []
    for i, none, other in sorted(record):
        name, (_, text, label) = where[i]
        shown = none < SETTINGS["threshold"]
        right = (not shown) if label == 0 else (shown and (other if label == 2 else True))
        if not right:
            fam = family.get(text, "everyday")
            out.append(f"{name}\t{fam}\t{CLASSES[label]}\t{none:.3f}\t{text}")
    path.write_text("\n".join(out) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    """Train the three stages, print the judges' cross-checked figures, write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument(
        "--try",
        dest="tries",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="cross-check with a changed setting; nothing is written",
    )
    parser.add_argument("--posts-only", action="store_true", help="skip the short judge's check")
    parser.add_argument(
        "--errors",
        type=pathlib.Path,
        metavar="TSV",
        help="write each cross-checked line the shipped threshold reads wrong; write no model",
    )
    parser.add_argument(
        "--trial",
        action="append",
        default=[],
        type=pathlib.Path,
        metavar="TSV",
        help="learn these lines too, cross-check on the other lines alone; write nothing",
    )
    args = parser.parse_args(argv)
    for change in args.tries:
        key, _, value = change.partition("=")
        SETTINGS[key] = float(value)
    folds = int(SETTINGS["folds"])
    max_words = int(SETTINGS["max_words"])
    thresholds = (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.85, 0.9)
    tuned = lines([r for p in TUNED for r in rows(p)], max_words)
    parts = [(p.stem, lines(rows(p), max_words)) for p in FRESH]
    parts.append(("", lines(everyday_training(), max_words)))
    old = sum(len(part) for _, part in parts)
    parts.extend((p.stem, lines(rows(p), max_words)) for p in args.trial)
    fresh = [line for _, part in parts for line in part]
    groups = [name for name, part in parts for _ in part] if SETTINGS["group_folds"] else []
    judged = out_of_fold(tuned, fresh, SETTINGS, groups)
    if not args.posts_only:
        _print(
            f"the judge, cross-checked on {len(fresh)} messages the rules were never tuned on:",
            cross_check(judged, "judge", thresholds, folds),
            SETTINGS["threshold"],
        )
        hold = SETTINGS["hold_threshold"]
        _print(
            f"the same, the rules' signals standing while the chance of none is under {hold}:",
            cross_check(judged, "judge", thresholds, folds, hold),
            SETTINGS["threshold"],
        )
        for standing in (0.0, hold) if args.trial else ():
            _print(
                f"the same on the {old} lines without the trial parts, signals standing under "
                f"{standing} (compare with the figures of a run without them):",
                cross_check(judged, "judge", thresholds, folds, standing, scored=old),
                SETTINGS["threshold"],
            )
    if args.errors:
        record: list[tuple[int, float, bool]] = []
        cross_check(judged, "judge", thresholds, folds, SETTINGS["hold_threshold"], record=record)
        write_errors(args.errors, record, parts, [r for p in FRESH for r in rows(p)], max_words)
        return 0
    judge = learn_stage(judged, "judge")
    weights = learn_words([*tuned, *fresh])
    spoken = learn_words([line for line in [*tuned, *fresh] if spoke(line[1])])
    short = as_model(weights, judge, spoken=spoken)
    posted = post_examples(short, POSTS)
    _print(
        f"the post judge, cross-checked on {len(posted)} long posts ({folds * 2} folds):",
        cross_check(posted, "post", thresholds, folds * 2),
        SETTINGS["post_threshold"],
    )
    posts = learn_stage(posted, "post")
    sizes = {"tuned_lines": len(tuned), "fresh_lines": len(fresh), "post_lines": len(posted)}
    data = model_data(weights, judge, posts, spoken, sizes)
    text = json.dumps(data, separators=(",", ":")) + "\n"
    if args.tries or args.trial:
        return 0
    counts = f"{len(data['features'])} word features, {len(judge)} judge, {len(data['posts'])} post"  # type: ignore[arg-type]
    return write_or_check(OUT, text, args.check, f"{counts} features")


if __name__ == "__main__":
    sys.exit(main())
