"""How the word model's judge weighs the rules' signals together with the words.

`weigh` is the safety net's second reading (see `smallsteps.check_safety`): the rules hear
phrases, the word model reads the words, and its judge says whether the rules' signals
stand, are held back, or are joined by one of its own. `verdict_of` picks the level and whom
it is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from ._normalise import Reading
from ._safety import About, Level, SafetyRules, Signal, cues
from ._scorer import Scores, WordModel

__all__ = ["BESIDE_A_DENIAL", "WHOM_RATIO", "WORDS_ALONE", "verdict_of", "weigh"]

WHOM_RATIO: Final = 15.0
"""How much surer the judge must be of the writer than of someone else to say so, over the rules.

The rules read whom from the words around a signal ("he doesnt know it was goodbye" reads
as about him); the judge learned whom from whole messages. When the rules heard only someone
else and the short judge reads the writer at least this much surer, the writer's own notice
shows. Cross-checked on 26,754 lines the rules were never tuned on (twenty-second session,
each line judged by a judge that did not learn it): with the rules' reading alone the
writer's own notice reached 8,634 of 9,235 writers at risk and the supporter notice 1,531 of
1,664 supporters; with the judge's at 15 times surer, 8,675 writers and the same supporters;
at 3 times, 8,690 and 1,527; at 8, 8,679 and 1,528. Fifteen is the most writers for no
supporter lost ("my sister cut last night" reads 11 times surer of the writer, and is a
sister's). The other way (the rules heard the writer, the judge someone else) would give 47
supporters more and no writer fewer on that cross-check, and is not done: a writer who says
they are at risk always gets their own notice. Measured on English only.
"""


WORDS_ALONE: Final = 0.95
"""How sure of none the word model alone must be to keep the judge alone from speaking.

No rule heard a risk, the judge read one from the words together with the phrase families
found (a goodbye, a letter, a grave), and the words alone read everyday life this surely:
"goodbye london, moving to glasgow for the residency, last night out with the crew". Out of
sample (twenty-seventh session: 5,695 lines of two rounds of training parts, each read by a
judge that had not learned it), the judge alone gave 319 writers at risk, 156 supporters and
79 false alarms their notice; at 0.95 it keeps 4 false alarms from it and no one at risk (the
surest writer at risk the words read at 0.876: "new start they keep saying. i have a new
start planned alright, the train line behind the hostel at 2am").
"""


BESIDE_A_DENIAL: Final = 0.98
"""How sure of none the judge must be to hold back a plain wish said beside a denial.

A denial's words stay in the message when the judge reads it without the denial's cues
("100 days no self harm and i want to die" read 93% none so), and the judge learned those
words from milestones, which are mostly safe: a plain wish beside them needs the surer
judge the firm threshold asked for before the twenty-ninth session (`firm_threshold` 0.98),
wherever the firm threshold itself now stands.
"""


def weigh(
    signals: list[Signal], reading: Reading, model: WordModel, rules: SafetyRules
) -> list[Signal]:
    """Let the word model's judge weigh the rules' signals together with the words.

    A message (up to `model.max_words`) is judged whole; a post (up to `model.post_words`)
    a few sentences at a time and then whole. When the judge reads no risk, the rules'
    signals are held back when it is sure (`hold_threshold`): kept, at level none, for the
    host's audit (when it is less sure, they stand as they are); a denied signal ("i'm
    not going to hurt myself") always stays, so the gentle notice still shows, and so does a
    gentle (concern) signal when the word model on its own reads risk. When it
    reads risk, a `word-model` signal joins them, with the rules' level and whom they spoke
    about when they spoke (a gentle reading stays gentle, the writer first), or about the
    writer when the rules heard only someone else and the short judge is far surer of the
    writer (`WHOM_RATIO`); alone (and only
    when the message has a word: emoji or marks alone give it nothing to read), it is
    about whom the judge reads, a crisis when the judge is sure (the chance of none under
    half the threshold) and a concern otherwise. A story the rules read as told from
    recovery stands unless the judge is that sure. The writer's plain wish (a firm frame)
    is held back only by a judge sure enough (`firm_threshold`), and one that reads it
    without the denials beside it ("100 days no self harm and i want to die": the judge had
    learned a denial as none, and read the whole at 98.2%). Longer texts, and models without a
    judge, leave the rules' signals as they are.
    """
    scores = model.scores(reading) if model.judge and model.reads(reading) else None
    if scores is not None:
        verdict = model.judged(
            model.judge_features(scores, cues(signals, rules.families_in(reading)), reading)
        )
        threshold = model.threshold
        hold = threshold if model.hold_threshold is None else model.hold_threshold
    elif model.judge and model.reads_post(reading):
        # the parts are read as messages, with their phrase families; the whole by its
        # signals alone (families over a whole post cross-checked worse: see the trainer)
        verdict = model.judge_post(reading, cues(signals), rules.cues)
        threshold = hold = model.post_threshold
    else:
        return signals
    recovered = any(s.about is About.WRITER and s.level is Level.NONE for s in signals)
    if recovered and _whole(verdict, model, scores, signals, rules, reading) >= threshold / 2:
        return signals  # a story told from recovery (see `SafetyRules`), unless surely not
    if threshold <= verdict.none < hold:
        return signals  # the rules spoke, and the judge is not sure enough to hold them back
    # A firm frame needs a surer short judge to hold it back; a post's judge holds every
    # signal at its own threshold (the firm threshold is the short judge's).
    firm = hold if model.firm_threshold is None or scores is None else model.firm_threshold
    if threshold <= verdict.none < firm and _firm(signals, rules):
        return signals  # "100 days clean and i want to die": a plain wish needs more to hold
    if scores is not None and _firm(signals, rules) and any(s.negated for s in signals):
        # a denial beside a plain wish says nothing of the wish: judged without it
        undenied = [s for s in signals if not s.negated]
        x = model.judge_features(scores, cues(undenied, rules.families_in(reading)), reading)
        if threshold <= model.judged(x).none < max(firm, BESIDE_A_DENIAL):
            return signals
    piece = (
        _surest_piece(signals, reading, model, rules)
        if verdict.none >= threshold
        and (verdict.none < firm or _firm(signals, rules))
        and scores is not None
        else 1.0
    )
    if piece < threshold / 2:
        # one piece of a list, read alone, is as sure a risk as a message saying only it
        # ("ate toast, watched tv, want to die"): the whole drowned it out, the rules stand
        return signals
    if piece < threshold:
        # a piece read alone is a risk the whole drowned out: the gentle notice (unless the
        # judge of the whole is as sure as a firm frame needs and no firm frame was heard:
        # it read that piece in its story)
        return [
            attrs.evolve(s, level=Level.CONCERN) if s.level is Level.CRISIS else s for s in signals
        ]
    if verdict.none >= threshold:
        # Two weak readings that agree keep the gentle notice: the rules at the concern level,
        # and the word model on its own reading risk ("i stopped caring whether i live or die").
        words_say = scores is not None and scores.none < 0.5
        return [
            s
            if s.negated or s.level is Level.NONE or (words_say and s.level is Level.CONCERN)
            else attrs.evolve(s, level=Level.NONE)
            for s in signals
        ]
    level, about = verdict_of([s for s in signals if s.about is not About.TOPIC])
    if (about is None or level is Level.NONE) and not any(map(_has_letter, reading.words)):
        return signals  # emoji or marks alone: the judge alone has no words to go on
    if about is None or level is Level.NONE:  # the judge alone: its own reading of whom
        if scores is not None and scores.none >= WORDS_ALONE:
            return signals  # no rule heard it and the words alone read everyday life
        about = About.WRITER if verdict.writer >= verdict.other else About.OTHER
        level = Level.CRISIS if verdict.none < threshold / 2 else Level.CONCERN
    elif _sure_of_the_writer(about, verdict, model, scores):
        about = About.WRITER  # its signal about the writer comes first
    elif _sure_of_another(about, verdict, model, scores) and (
        not rules.said_writer(reading) or _told_of_another(signals, rules)
    ):
        # no word gave the writer the risk ("gave away his pots"), or the rules heard someone
        # else at risk too and the writer's words only tell it ("she told me theres a rope")
        about = About.OTHER
        signals = [
            attrs.evolve(s, about=About.OTHER) if s.about is About.WRITER else s for s in signals
        ]
    words = " | ".join(model.strongest(reading))
    return [*signals, Signal("word-model", level, about, words, "word-model")]


def _sure_of_the_writer(
    about: About, verdict: Scores, model: WordModel, scores: Scores | None
) -> bool:
    """Whether the short judge says the writer, where the rules heard only someone else."""
    return (
        about is About.OTHER
        and scores is not None
        and model.lang == "en"
        and verdict.writer > WHOM_RATIO * verdict.other
    )


def _sure_of_another(
    about: About, verdict: Scores, model: WordModel, scores: Scores | None
) -> bool:
    """Whether the short judge says someone else, where the rules gave the writer by default.

    Asked only when no word gave a signal to the writer (`SafetyRules.said_writer`): the
    rules read the writer where no one is named ("skipper of the boat next to ours gave away
    his pots and said goodbye"), the judge reads whom from the whole message. Out of sample
    (twenty-seventh session: 5,695 lines of two rounds of training parts, each read by a judge
    that had not learned it), 8 supporters read as writers by default had the judge at least
    118 times surer of someone else; of the 234 writers at risk the rules read only by
    default, none had the judge surer of someone else (the surest, 0.79 times: "asking for
    my friend ... ok its me"). The same `WHOM_RATIO` as the other way.
    """
    return (
        about is About.WRITER
        and scores is not None
        and model.lang == "en"
        and verdict.other > WHOM_RATIO * verdict.writer
    )


def _told_of_another(signals: Sequence[Signal], rules: SafetyRules) -> bool:
    """Whether the rules heard someone else at risk, and no plain wish of the writer's.

    With the judge far surer of someone else (`_sure_of_another`), the writer's words are a
    supporter's telling: "my flatmate has cuts on her arms and i dont know how to ask", "my
    husband hid the letters and now i found a rope in the garage". Out of sample
    (twenty-eighth session, 5,695 lines of two rounds of training parts, each read by a judge
    that had not learned it), 4 supporters given the writer's notice had both, and no writer
    at risk; without the rules hearing someone else, 2 writers at risk would have lost
    their own notice. A writer's plain wish (a firm frame) always keeps it. Over every tuned
    and training line, 14 supporters got their notice and no other line moved.
    """
    return not _firm(signals, rules) and any(
        s.about is About.OTHER and s.level is not Level.NONE for s in signals
    )


def _firm(signals: Sequence[Signal], rules: SafetyRules) -> bool:
    """Whether a signal is a firm frame's (see `Frame.firm`): the writer's own, not denied."""
    firm = rules.firm_frames()
    return any(
        s.rule in firm and s.about is About.WRITER and s.level is Level.CRISIS and not s.negated
        for s in signals
    )


def _a_piece_speaks(
    signals: Sequence[Signal], reading: Reading, model: WordModel, rules: SafetyRules
) -> bool:
    """Whether a piece of a many-piece message, judged alone, reads as risk for the writer.

    See `_surest_piece`, whose reading this is at the judge's threshold.
    """
    return _surest_piece(signals, reading, model, rules) < model.threshold


def _surest_piece(
    signals: Sequence[Signal], reading: Reading, model: WordModel, rules: SafetyRules
) -> float:
    """The judge's chance of none for the surest piece of a message that speaks alone.

    1.0 when no piece does. A piece speaks when it reads as risk for the writer (under the
    judge's threshold, the writer at least as likely as someone else).

    A check-in or a list ("energy low, ate toast, want to die, watched tv") can drown one
    piece in everyday words; the judge then reads the whole as none. When the rules heard a
    crisis about the writer, each piece in which the rules alone hear it again is judged on
    its own words and cues, and one that reads as risk keeps the rules' signals, at the
    gentle level (the two readings differ), or as they are when the piece reads as surely as
    the judge alone needs for a crisis (under half its threshold: twenty-ninth session, with
    the firm threshold lowered to 0.95, "ate toast, watched tv, napped, want to die" kept
    its crisis notice so). Both readers must hear the same piece: a piece
    the judge alone reads as risk ("I feel ready to stop", "deleting them all") beside a rule
    heard elsewhere was a false alarm (twenty-third session: over the 35,131 tuned, training
    and everyday lines 36 look-alikes lost a gentle notice and no crisis or supporter line
    moved; over 4,606 lines of twelve parts read by a model that had not learned them, 7
    look-alikes lost it and no crisis line did). It is asked only while the judge of the
    whole is less sure than a firm frame needs (`firm_threshold`), or a firm frame (the
    writer's plain wish) was heard: the whole message holds the piece's words, and a judge
    that sure of the whole had read the piece in its story ("me 2 years ago: doesnt want to
    exist. me now: has opinions about sourdough"); a plain wish in a list ("ate toast,
    watched tv, napped, want to die") is never left to it. Twenty-fourth session, over the
    40,177 tuned, training and everyday lines: 104 look-alikes lost the gentle notice and no
    crisis or supporter line moved; read by models that had not learned them, over two
    rounds of training parts (5,695 lines), 11 look-alikes lost it (8 not denials) and no
    crisis line did.
    """
    if model.lang != "en" or not any(map(_writers_crisis, signals)):
        return 1.0  # measured on English; the Spanish and Portuguese nets are not yet
    pieces = reading.segments()
    if len(pieces) < 2:
        return 1.0
    surest = 1.0
    for piece in pieces:
        if not model.reads(piece):
            continue
        heard = rules.signals(piece)
        if not any(map(_writers_crisis, heard)):
            continue  # no rule hears the writer's risk in this piece alone: nothing to agree with
        alone = model.judge_message(piece, cues(heard, rules.families_in(piece)))
        if alone.none < model.threshold and alone.writer >= alone.other:
            surest = min(surest, alone.none)
    return surest


def _writers_crisis(signal: Signal) -> bool:
    """Whether a signal says the writer is in crisis, undenied."""
    return signal.about is About.WRITER and signal.level is Level.CRISIS and not signal.negated


def _whole(
    verdict: Scores,
    model: WordModel,
    scores: Scores | None,
    signals: Sequence[Signal],
    rules: SafetyRules,
    reading: Reading,
) -> float:
    """The judge's chance of none for a message read whole, without its strongest stretch.

    A story told from recovery has its strongest words in the past ("when i was 16 i took a
    handful of pills"): it is judged by the whole message, not by that stretch.
    """
    if scores is None:
        return verdict.none
    x = model.judge_features(scores, cues(signals, rules.families_in(reading)), reading)
    return model.judged({k: v for k, v in x.items() if not k.startswith("m:peak")}).none


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


def verdict_of(signals: Sequence[Signal]) -> tuple[Level, About | None]:
    """The level and who it is about: the writer first, then someone else, then a topic."""
    for about in (About.WRITER, About.OTHER):
        levels = [s.level for s in signals if s.about is about and s.level is not Level.NONE]
        if levels:
            return max(levels, key=lambda lv: lv.rank), about
    return Level.NONE, (About.TOPIC if signals else None)
