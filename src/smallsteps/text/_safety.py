"""The safety net's reader: families and frames from data, who a signal is about, its level.

`SafetyRules.find` reads a text with the shared text layer, finds the phrases of each family,
drops those inside an everyday idiom, matches the frames, and tells for each match who it is
about (the writer, someone else, or a topic) and how strong it is (crisis or concern).
"""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Final

import attrs

from .._errors import Looked, ValidationError, word_shown
from ._frames import Match
from ._normalise import Reading
from ._phrases import Hit
from ._rulebook import Rulebook, parse_rulebook
from ._who import About, about_of, names_someone

__all__ = ["About", "Level", "SafetyRules", "Signal", "WarningSigns", "cues", "parse_rules"]


_STORY_REACH: Final = 20
"""How many words before a signal a phrase of past time may stand and still tell it as past."""
_TENSE_REACH: Final = 2
"""How many words before a wish its verb in the past tense may stand ("i was so ready to die")."""
_DATES_REACH: Final = 2
"""How many words after a recovery a phrase of now may stand and date it ("a year clean today")."""


class Level(enum.Enum, metaclass=Looked):
    """How strong what was found is: `none`, `concern` (gentle resources) or `crisis`."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"

    @classmethod
    def _missing_(cls, value: object) -> Level:
        raise ValidationError("level", f"{word_shown(value)} is not one of none, concern, crisis")

    @property
    def rank(self) -> int:
        """0, 1 or 2, for comparing levels."""
        return ("none", "concern", "crisis").index(self.value)


@attrs.frozen
class Signal:
    """One sign of crisis language, for the host app's audit and escalation.

    It is never shown to the person as a label, and smallsteps never logs it.

    Attributes:
        family: The kind of signal (`"explicit"`, `"plan-method"`, `"self-harm"`, `"coded"`).
        level: `Level.CRISIS` or `Level.CONCERN` (a negation came before it, or it is weak).
        about: Who it is about.
        words: The words found, as the text layer read them.
        rule: The frame or detector that found it.
        negated: Whether a negation came before it ("i'm not going to hurt myself").
    """

    family: str
    level: Level
    about: About
    words: str = ""
    rule: str = ""
    negated: bool = False


@attrs.frozen
class WarningSigns:
    """Kinds of warning sign that, found together in one message, earn a gentle check.

    Attributes:
        kinds: The families, one for each kind of sign (an ending, a belonging settled...).
        strong: The kinds of which one must be among those found.
        unless: Families that, found anywhere in the message, say it is something else.
        least: How many different kinds must be found.
    """

    kinds: tuple[str, ...] = ()
    strong: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    least: int = 2


class SafetyRules(Rulebook):
    """The crisis-language rules of one language: phrase families and frames, as data.

    Build them with `ss.default_safety_rules()` or `ss.load_safety_rules(path)`; combine
    with `|` (phrases of the same family are joined, frames of the same id replaced; the
    right-hand rules' warning signs replace these when they have any).

    Attributes:
        warning: The warning signs read together (`[warning_signs]` in the data file).
    """

    unblocked: ClassVar[frozenset[str]] = frozenset(
        {"past_time", "past_tense", "now_time", "recovered_now"}
    )
    told_by_tense: ClassVar[frozenset[str]] = frozenset(
        {"explicit", "passive", "burden", "hopeless-death"}
    )
    """Families of a wish, which a verb in the past tense tells as past (`past_tense`)."""
    uncued: ClassVar[frozenset[str]] = frozenset({"past_tense"})
    """Families the judge is not given as cues (`families_in`): "i was", "i wanted" are
    everywhere in crisis messages told as now, and as a cue it taught the judge that a past
    tense leans to risk (twenty-seventh session, out of sample on eight training parts: 17
    false alarms more for 2 crisis messages); it only dates a wish for the rules."""
    unblocking: ClassVar[frozenset[str]] = frozenset({"literal", "attempt"})

    precise_negation: ClassVar[bool] = True
    """"not ok, i want to die" is a crisis: the "not" is about "ok" (see `Rulebook`)."""

    warning: WarningSigns = WarningSigns()

    def __or__(self, other: SafetyRules) -> SafetyRules:
        joined = super().__or__(other)
        if isinstance(joined, SafetyRules):
            joined.warning = other.warning if other.warning.kinds else self.warning
        return joined

    def find(self, text: str) -> tuple[Signal, ...]:
        """Return the signals in a text, in the order they appear."""
        return self.signals(self.read(text))

    def families_in(self, reading: Reading) -> frozenset[str]:
        """The phrase families found in a reading (the judge reads them beside the signals).

        Right after `signals` on the same reading, its phrases are not looked for again.
        """
        seen = getattr(self, "_seen", None)
        if seen is not None and seen[0] is reading:
            return frozenset(seen[1]) - self.uncued
        return frozenset(h.family for h in self.hits(reading)) - self.uncued

    def cues(self, reading: Reading) -> list[str]:
        """The judge's cues for a reading: its signals and its families (see `cues`)."""
        return cues(self.signals(reading), self.families_in(reading))

    def said_writer(self, reading: Reading) -> bool:
        """Whether a word gave one of a reading's signals to the writer ("i", "me", "my").

        A signal the writer holds only by default (no one named: "gave away his pots and
        said goodbye") is not said so. Right after `signals` on the same reading, its
        reading is not done again.
        """
        seen = getattr(self, "_said", None)
        if seen is None or seen[0] is not reading:
            self.signals(reading)
            seen = self._said
        return bool(seen[1])

    def signals(self, reading: Reading) -> tuple[Signal, ...]:
        """Return the signals in a text already read (`read`), in the order they appear."""
        hits = self.hits(reading)
        self._seen = (reading, frozenset(h.family for h in hits))
        topics = [h for h in hits if h.family == "topic"]
        topic_starts = [h.start for h in topics]
        games = [h.start for h in hits if h.family == "game"]  # only in the match's own clause
        signals: list[Signal] = []
        unsaid: list[int] = []  # signals for the writer only by default: no word said so
        spans: list[Match] = []  # each signal's match: where its words are, whether denied
        for match in self.matches(reading, hits):
            about, explicit = about_of(reading, match, self._lexicon)
            if match.frame.needs_subject and not explicit:
                continue
            topic = match.frame.topic
            loose = topic == "strong" or not explicit or about is About.OTHER
            if topic and loose and _near(topics, topic_starts, match, 12):
                about = About.TOPIC
            if _in_clause(reading, games, match.start):
                about = About.TOPIC  # "im gonna die so many times in the dlc": a game's death
            level = (
                Level.CONCERN if match.negated or match.frame.level == "concern" else Level.CRISIS
            )
            words = " ".join(reading.words[match.start : match.end])
            if about is About.WRITER and not explicit:
                unsaid.append(len(signals))
            signals.append(
                Signal(match.frame.family, level, about, words, match.frame.id, match.negated)
            )
            spans.append(match)
        said_writer = any(s.about is About.WRITER for i, s in enumerate(signals) if i not in unsaid)
        others = [s for s in signals if s.about is About.OTHER]
        supporter = any(s.family == "supporter" for s in others)
        named = others and not said_writer and names_someone(reading, self._lexicon)
        if unsaid and (supporter or named):
            # A supporter's worry, or someone else named and the writer never: what no word
            # gave the writer is theirs ("my dad gave his things away and said goodbye").
            for i in unsaid:
                signals[i] = attrs.evolve(signals[i], about=About.OTHER)
        if supporter:  # a supporter's message: the writer at risk only where "i" speaks
            for i, signal in enumerate(signals):
                if signal.about is About.WRITER and not self._clause_has(
                    reading, spans[i].start, "writer_subject"
                ):
                    signals[i] = attrs.evolve(signal, about=About.OTHER)
        if any(h.family == "self_as_other" for h in hits):  # "my friend (me) wants to die"
            said_writer = True
            signals = [
                attrs.evolve(s, about=About.WRITER) if s.about is About.OTHER else s
                for s in signals
            ]
        if self._a_story_of_recovery(reading, hits, signals, spans):
            signals = [attrs.evolve(s, level=Level.NONE) for s in signals]
        self._said = (reading, said_writer)
        if not any(s.about is not About.TOPIC for s in signals):
            signals.extend(self._warning_signs(reading, hits))
        return tuple(signals)

    def _a_story_of_recovery(
        self, reading: Reading, hits: Sequence[Hit], signals: Sequence[Signal], spans: list[Match]
    ) -> bool:
        """Whether the writer tells what happened then, from a place of recovery now.

        Every signal about the writer is told as past (a `past_time` phrase in its clause or
        in the few words before it: "two years ago", "back in 2019", "when i was 16", unless
        the writer spoke of now in between: "a year ago i tried. im fine now but i want to
        die" is a wish of now), none
        has a `now_time` phrase in its clause ("tonight", "again", "still", "last night"; one
        just after a recovery dates it: "a year clean today"), and the message says where the
        writer is now, in a clause of the writer's (`recovered_now`: "14 months clean", "the
        thoughts have gone quiet", "in a good place"). A denied signal ("i have not wanted to
        die since") needs no telling: when every signal about the writer is denied and a
        recovery is said, it is a milestone. The signals stay, at level none, for the host's
        audit. A past told without a recovery now, or with a relapse said anywhere ("im
        right back there tonight"), is left as it is.
        """
        writer = [i for i, s in enumerate(signals) if s.about is About.WRITER]
        told = [spans[i] for i in writer if not spans[i].negated]  # denied: nothing to tell
        said = [h for h in hits if h.family == "recovered_now"]
        if any(h.family == "relapse" for h in hits):
            return False  # "a year since my last attempt. im right back there tonight"
        if writer and said and not told:
            return True  # a milestone, every signal denied: "100 days no self harm"
        if not told or not any(self._clause_has(reading, h.start, "writer") for h in said):
            return False
        past = [h.start for h in hits if h.family == "past_time"]
        tense = [h.start for h in hits if h.family == "past_tense"]
        dated = [*said, *(h for h in hits if h.family == "past_time")]
        now = [  # "a year clean today", "three years ago today": a now just after dates it
            h.start
            for h in hits
            if h.family == "now_time"
            and not any(r.start <= h.start <= r.end + _DATES_REACH for r in dated)
        ]
        marks = sorted([*now, *(h.start for h in said)])  # where the writer speaks of now
        for match in told:
            if _in_piece(reading, now, match.start):
                return False  # "i tried last night"; "a year ago i tried, today i graduated" is
                # two pieces
            first, last = reading.clause_of(match.start)
            if any(first <= at < last for at in past):
                continue  # dated in its own clause: "i wanted to die back then"
            if match.frame.family in self.told_by_tense and any(
                max(first, match.start - _TENSE_REACH) <= at <= match.start for at in tense
            ):
                continue  # a wish in the past tense: "i wanted to die every day. now i coach"
            before = [at for at in past if min(first, match.start - _STORY_REACH) <= at < first]
            if not before:
                return False
            # dated only by a past before its clause, and the writer spoke of now in between:
            # "a year ago i tried. im fine now but i want to die" is a wish of now
            i = bisect.bisect_right(marks, max(before))
            if i < len(marks) and marks[i] < first:
                return False
        return True

    def _clause_has(self, reading: Reading, at: int, word_class: str) -> bool:
        """Whether the clause of word `at` has a word of a lexicon class.

        `writer_subject`: the writer speaks in it ("i"); `writer`: it names the writer at all.
        The class's places in the reading are found once, so a long clause asked about for
        each of many signals stays linear.
        """
        first, last = reading.clause_of(at)
        found = self._places(reading, word_class)
        i = bisect.bisect_left(found, first)
        return i < len(found) and found[i] < last

    def _places(self, reading: Reading, word_class: str) -> list[int]:
        """Where the words of a lexicon class are in a reading (kept for the last reading)."""
        kept: tuple[Reading, dict[str, list[int]]] | None = getattr(self, "_kept_places", None)
        if kept is None or kept[0] is not reading:
            kept = (reading, {})
            self._kept_places = kept
        found = kept[1].get(word_class)
        if found is None:
            words = self._lexicon.classes.get(word_class, frozenset())
            found = kept[1][word_class] = [i for i, w in enumerate(reading.words) if w in words]
        return found

    def _warning_signs(self, reading: Reading, hits: Sequence[Hit]) -> list[Signal]:
        """A gentle check when kinds of warning sign meet in a message about the writer.

        Only when no frame spoke, the writer names themself more often than anyone else
        ("i", "me", not "my" alone; a message naming no one is the writer's), and nothing
        says it is a trip, a topic, a game or grief.
        """
        signs = self.warning
        found = {h.family for h in hits}
        kinds = [k for k in signs.kinds if k in found]
        if len(kinds) < signs.least or not signs.strong.intersection(kinds):
            return []
        if {h.family for h in hits if h.family not in self.quiet} & signs.unless:
            return []  # a trip, a topic, a game... said outright
        quiet = [h for h in hits if h.family in self.quiet]
        around = self._book.near(reading, quiet, signs.unless)  # what says it is something else
        if {h.family for h in around} & signs.unless:
            return []
        blocked = {i for h in around if h.family in self.blocking for i in range(h.start, h.end)}
        if blocked:  # signs inside an idiom ("the end of me") are not signs
            kept = [h for h in quiet if blocked.isdisjoint(range(h.start, h.end))]
            found = {h.family for h in hits if h.family not in self.quiet}
            found |= {h.family for h in kept}
            kinds = [k for k in signs.kinds if k in found]
            if len(kinds) < signs.least or not signs.strong.intersection(kinds):
                return []
        if found & signs.unless:  # a quiet one ("for now"), outside any idiom
            return []
        classes = self._lexicon.classes_of
        writer = sum("writer" in classes(w) and w != "my" for w in reading.words)
        others = sum("other_pronoun" in classes(w) for w in reading.words)
        named = any("person" in classes(w) for w in reading.words)
        if (others and others >= writer) or not (writer or not (others or named)):
            return []  # someone else's, or someone named and no "i" ("been walking" is mine)
        words = " ".join(k.removeprefix("sign_") for k in kinds)
        return [Signal("warning-signs", Level.CONCERN, About.WRITER, words, "warning-signs")]


def cues(signals: Iterable[Signal], families: Iterable[str] = ()) -> list[str]:
    """What the word model's judge reads of the rules, in a fixed order.

    Each rule that spoke (`"rule:unsafe"`), who each signal is about at what level
    (`"writer:crisis"`; `"writer:none"` is a story told from recovery), and each phrase
    family found, whether or not a frame made it a signal (`"h:travel"`, `"h:method"`):
    what the words are about, which the judge weighs with the word model's reading.
    """
    found = {f"h:{family}" for family in families}
    for s in signals:
        if s.level is not Level.NONE:
            found.add(f"rule:{s.rule}")
        found.add(f"{s.about.value}:{s.level.value}")
    return sorted(found)


def _in_piece(reading: Reading, starts: Sequence[int], at: int) -> bool:
    """Whether any of `starts` lies in the piece of word `at` (its clause, cut at commas)."""
    first = reading.piece_of(at)
    last = reading.clause_of(at)[1]
    following = [p for p in reading.pieces if at < p < last]
    last = following[0] if following else last
    return any(first <= start < last for start in starts)


def _in_clause(reading: Reading, starts: Sequence[int], at: int) -> bool:
    """Whether any of `starts` lies in the clause of word `at`."""
    first, last = reading.clause_of(at)
    return any(first <= start < last for start in starts)


def _near(hits: Sequence[Hit], starts: Sequence[int], match: Match, window: int) -> bool:
    """Whether a hit (sorted by start, `starts` their starts) lies within `window` words.

    A hit inside the match itself does not count: "death would be a relief" is not about
    the topic of death because its own word is one.
    """
    at = bisect.bisect_left(starts, match.start - window - 12)
    return any(
        h.start <= match.end + window
        and h.end >= match.start - window
        and not (match.start <= h.start and h.end <= match.end)
        for h in itertools.takewhile(lambda h: h.start <= match.end + window, hits[at:])
    )


def parse_rules(data: Mapping[str, Any], lang: str = "en") -> tuple[SafetyRules, list[str]]:
    """Build safety rules from a data file's tables; return them with the problems found."""
    rules, problems = parse_rulebook(data, SafetyRules, lang)
    table = data.get("warning_signs", {})
    if not isinstance(table, Mapping):
        return rules, [*problems, "warning_signs: expected a table"]
    names: dict[str, tuple[str, ...]] = {}
    for key in ("kinds", "strong", "unless"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"warning_signs: {key}: expected a list of family names")
            value = []
        unknown = [v for v in value if v not in rules.families]
        problems.extend(f"warning_signs: {key}: no family {v!r:.40}" for v in unknown)
        names[key] = tuple(value)
    least = table.get("least", 2)
    if isinstance(least, bool) or not isinstance(least, int) or not 1 <= least <= 10:
        problems.append("warning_signs: least: expected a whole number from 1 to 10")
        least = 2
    rules.warning = WarningSigns(
        names["kinds"], frozenset(names["strong"]), frozenset(names["unless"]), least
    )
    return rules, problems
