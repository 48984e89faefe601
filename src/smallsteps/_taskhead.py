"""Which words are a task's head and which are its context: the task re-said around its head.

A person types the act and its thing with the context around it: a reason ("(wedding of
Marek)", "tutor said..."), how to do it ("use the step stool not a chair"), where the shop is
("near the vets"), who is to do it ("get Tom to do it, not me on the steps"), or only the
things they need ("food shop - pasta, tins, eggs"). The reader finds a task's verb and thing
by its words; a word of the context read as the task's own (the step stool, the vets, the
wedding) answers a different task. So before the rules read a task, each rule of
`HEAD_RULES` (one small named callable in one visible list, in order) may re-say it around
its head, each seeing the last one's words:

- `without_a_reason_in_brackets`: a reason told in brackets is never the task
  ("rabbit-proof the chargers (she chewed the laptop cable)").
- `without_a_side_clause`: a later part that opens with a word of `[sets] head_side_openers`
  (a tool to use, a thing not to do, a reason) or says what someone said is context; so is a
  place told after "near" (`head_side_cuts`).
- `handed_to_someone`: "get Tom to do it", "ask Mark to fit it", "get the shop to set it up":
  the task is asking them, so it is re-said as "ask Tom to change the bulb on the landing",
  the thing from the part it was typed in.
- `a_thing_then_its_act`: "P60 to keep", "harness to be checked": the act on the thing.
- `the_part_that_says_the_act`: a symptom typed first is why; a later thing whose noun says
  its act is the head ("back pain - physio exercises 10 mins": the exercises).
- `a_thing_from_a_place`, `a_thing_to_someone` (`_taskfromto`): "dosette box from the
  chemist" is collected, "eggs down to Margaret" dropped off.
- `a_list_to_get`: a need typed with no verb ("food shop - pasta, tins, eggs", "packed lunch
  stuff - bread, cheese", "clover hay + nuggets", "pepper's lead - clip is broke, new one"):
  things to get, so it is bought.

The words are data (`reading.toml [sets] head_*`); each rule answers `""` when it has nothing
to say, and a task it re-said is never re-said again (`headed(headed(t)) == headed(t)`).
The person's own words still reach the steps: `_taskcarry` reads the task as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from . import _taskcues as cues
from ._taskcues import Token
from ._taskfromto import a_thing_from_a_place, a_thing_to_someone
from ._tasklex import PARTICLES, TaskLexicon
from ._taskreading import TaskReading

__all__ = ["HEAD_RULES", "as_asked", "headed", "with_context_hazards"]

HeadRule = Callable[[str, TaskLexicon], str]

_BRACKETS: Final = re.compile(r"\s*\(([^()]*)\)\s*")
_PARTS: Final = re.compile(r"(\s*(?:[,;.!?]+|\s[-\u2013\u2014]+\s|\s\+\s)\s*)")
"""The marks between a task's parts, kept: commas, stops, dashes between spaces."""
_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.casefold().replace("'", "").replace("\u2019", "") for w in _WORD.findall(text)]


def _first(text: str) -> str:
    """The first word of a text, folded, or `""`."""
    words = _words(text)
    return words[0] if words else ""


def _set(lex: TaskLexicon, name: str) -> frozenset[str]:
    return lex.sets.get(name, frozenset())


def _parts(task: str) -> list[str]:
    """The task's parts between commas, stops and spaced dashes, each stripped."""
    return [p.strip() for p in _PARTS.split(task)[::2] if p.strip()]


def _has_verb(text: str, lex: TaskLexicon) -> bool:
    """Whether a part opens with a verb, past the little words that lead ("need to", "pls").

    A thing of two words or more that opens with a verb's word ("packed lunch") is no verb.
    """
    words = _words(text)
    lead = _set(lex, "lead")
    i = next((n for n, w in enumerate(words) if w not in lead), len(words))
    if i >= len(words) or lex.verb_at(words, i) is None:
        return False
    noun = lex.noun_at(words, i)
    return noun is None or noun[0] < 2


def _plain_thing(text: str, lex: TaskLexicon) -> bool:
    """Whether a part is a thing alone: no verb, little word, pronoun or particle in it."""
    words = _words(text)
    little = (
        _set(lex, "lead") | _set(lex, "prepositions") | PARTICLES | _set(lex, "head_not_things")
    )
    loose: list[str] = []  # the words outside any noun of two words ("back pain")
    i = 0
    while i < len(words):
        noun = lex.noun_at(words, i)
        step = noun[0] if noun is not None and noun[0] > 1 else 1
        loose += words[i : i + 1] if step == 1 else []
        i += step
    if not words or _has_verb(text, lex) or little.intersection(loose):
        return False
    return all(lex.verb_at(words, i) is None or lex.noun_at(words, i) for i in range(1, len(words)))


def without_a_reason_in_brackets(task: str, lex: TaskLexicon) -> str:
    """A reason told in brackets is context: "rabbit-proof the chargers (she chewed the cable)".

    A part in brackets whose first word is one of `[sets] head_bracket_reasons` (someone
    who did something, "no ...": "(no ladders till then)", "(he prefers cash??)") is left
    out, when two words stay outside it; any other part in brackets stays, as typed.
    """
    if "(" not in task:
        return ""
    reasons = _set(lex, "head_bracket_reasons")

    def said(found: re.Match[str]) -> str:
        inside = _words(found.group(1))
        return " " if inside[:1] and inside[0] in reasons else found.group(0)

    outside = re.sub(r"\s+", " ", _BRACKETS.sub(said, task)).strip()
    if outside == re.sub(r"\s+", " ", task).strip() or len(_words(outside)) < 2:
        return ""
    return outside


def without_a_side_clause(task: str, lex: TaskLexicon) -> str:
    """A later part that says how, what not, or why is context, and so is a place "near" one.

    "smoke alarm chirping - new 9v battery, use the step stool not a chair": the step stool
    is how, never the task. A part opening with a word (or two: "stop using it") of `[sets]
    head_side_openers`, or whose second word is one of `head_said` ("tutor said thats where
    i lost marks"), is left out when another part stays, and so is a part of three words or
    fewer opening with one of `head_side_short` ("dont throw"), and a visit
    (`head_side_visits`: "go round sunday") with a part after it that says what to do there,
    its day kept; in a part, the words from one of `head_side_cuts` ("near the vets ...") to
    the next little word of place or a day are left out when two words stay before it
    ("campsite near tekapo for labour weekend": the weekend stays).
    """
    openers = _set(lex, "head_side_openers")
    said = _set(lex, "head_said")
    cuts = _set(lex, "head_side_cuts")
    pieces = _PARTS.split(task)
    out: list[str] = []
    when: list[str] = []  # the day of a visit left out ("go round sunday"): still when
    changed = False
    for n, piece in enumerate(pieces):
        if n % 2:  # a mark between parts
            out.append(piece)
            continue
        words = _words(piece)
        short = len(words) <= 3 and _first(piece) in _set(lex, "head_side_short")
        side = bool(words) and (
            words[0] in openers
            or " ".join(words[:2]) in openers
            or short
            or (len(words) > 1 and words[1] in said)
        )
        visit = " ".join(words[:2]) in _set(lex, "head_side_visits") and n + 1 < len(pieces)
        if n and (side or visit):
            if out:
                out.pop()  # the mark before it
            days = lex.maps.get("days", {})
            when.extend(w for w in piece.split() if visit and _first(w) in days)
            changed = True
            continue
        typed = piece.split()
        cut = next(
            (i for i, w in enumerate(typed) if i >= 2 and _words(w) and _words(w)[0] in cuts),
            None,
        )
        if cut is not None:
            stops = _set(lex, "prepositions") | set(lex.maps.get("days", {}))
            end = next(
                (i for i in range(cut + 1, len(typed)) if _first(typed[i]) in stops), len(typed)
            )
            piece = " ".join(typed[:cut] + typed[end:])
            changed = True
        out.append(piece)
    said_task = " ".join(["".join(out).strip(" ,;-"), *when]).strip()
    return said_task if changed and len(_words(said_task)) >= 2 else ""


_HANDED: Final = re.compile(
    r"\b(?:get|ask|have)\s+(?P<who>(?:the\s+)?[^\W\d_][\w'\u2019]*(?:\s+[^\W\d_]+){0,2}?)\s+to\s+(?P<act>[^\W\d_]+)"
    r"(?:\s+(?P<it>it|them|this|that|one))?(?:\s+(?P<particle>[a-z]+))?(?P<rest>[^,;.!?]*)",
    re.IGNORECASE,
)
""""get Tom to do it", "ask Mark to fit it", "get the shop to set it up", "get gaz to sign"."""


def handed_to_someone(task: str, lex: TaskLexicon) -> str:
    """A task handed to someone is asking them: "get Tom to do it" is "ask Tom to ...".

    The one asked is a name, a word for a person or "the" and a word ("the shop"), never a
    word of `[sets] head_not_handed` ("get it to", "get back to"). The thing asked for is the
    part typed before ("Change the bulb on the landing, get Tom to do it": "ask Tom to change
    the bulb on the landing"; "Voiceover on the new phone, get the shop to set it up": "ask
    the shop to set up Voiceover on the new phone"). The parts after it (whose doing it is
    not: "not me on the steps") are left out. A task that opens with "ask" already says it;
    one who helps (`[sets] head_helping_acts`: "get someone to hold it") takes no task over;
    a part before with a verb of its own and no "it" to hand over is a second act ("Sort the
    post, ask Priya to read the letters").
    """
    found = _HANDED.search(task)
    if found is None or _words(task)[:1] == ["ask"]:
        return ""
    who = found["who"]
    if found["act"].casefold() in _set(lex, "head_helping_acts"):
        return ""  # "get someone to hold it": a helper, the task still the person's
    if not _someone(who, lex) or lex.verb_at([found["act"].casefold()], 0) is None:
        return ""  # "get flowers delivered to mum": no one asked
    before = [p for p in _parts(task[: found.start()]) if _words(p)]
    act, particle = found["act"], found["particle"] or ""
    if particle.casefold() not in PARTICLES:
        rest = f" {particle}{found['rest']}" if particle else found["rest"]
        particle = ""
    else:
        rest = found["rest"]
    rest = rest.rstrip()
    if not before:
        return f"ask {who} to {act} {particle}{rest}".replace("  ", " ").strip()
    thing = before[-1]
    if _has_verb(thing, lex) and not found["it"]:
        return ""  # "Sort the post, ask Priya to read the letters": two acts, each its own
    opens = _has_verb(thing, lex) and not lex.noun_at(_words(thing), 0)
    if opens and act.casefold() == "do":  # "Change the bulb ..., get Tom to do it"
        said = f"ask {who} to {thing[:1].lower()}{thing[1:]}{rest}"
    elif act.casefold() == "do":  # "leaves out of the gutter - get the lad next door to do it"
        said = f"ask {who} to sort {thing}{rest}"  # a job named with no verb: sorted
    else:
        verb = f"{act} {particle}".strip()
        said = f"ask {who} to {verb} {thing}{rest}"
    return re.sub(r"\s+", " ", said).strip()


def _someone(who: str, lex: TaskLexicon) -> bool:
    """Whether words name someone to ask: a name, a person or a business, or a word unknown.

    "Tom", "gaz", "the shop", "the lad next door"; never a thing ("flowers") or a word of
    `[sets] head_not_handed` ("get it to", "get back to").
    """
    words = _words(who)
    if not words or words[-1] in _set(lex, "head_not_handed"):
        return False
    if who[:1].isupper():
        return True  # "Mark" is a name, whatever "mark" does
    if words[0] != "the" and len(words) > 1:
        return False
    head = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    noun = lex.noun_at([head], 0)
    if noun is not None:  # "the shop": a place of business, asked as a whole
        business = head != words[0] and noun[1] == "other"
        return noun[1] in _set(lex, "head_asked_classes") or business
    return lex.verb_at([head], 0) is None


_TO_ACT: Final = re.compile(
    r"^(?P<thing>[^,;.!?]+?)\s+to\s+(?:be\s+)?(?P<act>[^\W\d_]+)(?P<rest>.*)$", re.IGNORECASE
)


def a_thing_then_its_act(task: str, lex: TaskLexicon) -> str:
    """A thing typed first with its act after "to": "P60 to keep", "harness to be checked".

    The thing is a thing alone (no verb, little word or pronoun in it: never "need to wash",
    "railcard before the trip to see gran") of up to four words, and the word after "to" (or
    "to be") is a verb of the lexicon, in any form; the task is re-said verb first ("keep
    P60", "check Bramble's harness").
    """
    found = _TO_ACT.match(task.strip())
    if found is None or not _plain_thing(found["thing"], lex):
        return ""
    verb = lex.verb_at([found["act"].casefold()], 0)
    if verb is None or verb[0] != 1 or len(_words(found["thing"])) > 4:
        return ""
    return f"{' '.join(verb[2])} {found['thing'].strip()}{found['rest']}".strip()


def a_list_to_get(task: str, lex: TaskLexicon) -> str:
    """A need typed with no verb is things to get: re-said as buying them.

    The first part opens with no verb and a later part says a new one is needed
    (`head_new_one`: "new one", "the old one rips": "tarp for the wet days, the old one
    rips"); or the first part is a thing alone (`_plain_thing`) and ends in a word of `[sets]
    head_need_words` ("food shop", "packed lunch stuff") with two or more things listed after
    it, none opening with a verb in its base form ("frozen veg" is a thing); or the task is
    two things joined by "+", each a thing alone
    whose last word is of a class that is bought (`head_bought_classes`: "clover hay +
    nuggets", "nappies + wipes"; never "car mot + service").
    """
    parts = _parts(task)
    if not parts or _has_verb(parts[0], lex):
        return ""
    new_one = _set(lex, "head_new_one")
    if len(parts) > 1 and any(" ".join(_without_the(_words(p))) in new_one for p in parts[1:]):
        owner, _, thing = parts[0].partition("'s ")
        new = "" if _first(parts[0]) == "new" else "a new "  # "new iron, the old one died"
        if thing and " " not in owner.strip():
            return f"buy {new}{thing} for {owner.strip()}"
        return f"buy {new}{parts[0]}"
    if not _plain_thing(parts[0], lex):
        return ""
    first = _words(parts[0])
    need = _set(lex, "head_need_words")
    rest = parts[1:]
    listed = len(rest) >= 2 and not any(_bidden(p, lex) for p in rest)
    if listed and first[-1] in need:
        things = ", ".join(rest)
        purpose = " ".join(parts[0].split()[:-1])
        if first[-1] in _set(lex, "head_need_for") and purpose:
            return f"buy {things} for {purpose}"
        return f"buy {things}"
    bought = _set(lex, "head_bought_classes")
    joined = task.count(" + ") == 1 and len(parts) == 2 and _plain_thing(parts[1], lex)
    if joined and all(_bought(p, lex, bought) for p in parts):
        return f"buy {parts[0]} and {parts[1]}"
    return ""


def _without_the(words: list[str]) -> list[str]:
    """Words without a leading "the": "the old one rips" is "old one rips"."""
    return words[1:] if words[:1] == ["the"] else words


def _bidden(part: str, lex: TaskLexicon) -> bool:
    """Whether a part opens with a verb as bidden, in its base form: "pick up bread".

    A listed thing whose first word is a verb's other form is a thing: "frozen veg", "wraps".
    """
    words = _words(part)
    found = lex.verb_at(words, 0) if words and _has_verb(part, lex) else None
    return found is not None and words[0] == found[2][0]


def _bought(part: str, lex: TaskLexicon, bought: frozenset[str]) -> bool:
    """Whether a thing's last word is a noun of a class that is bought."""
    words = _words(part)
    found = lex.noun_at(words, len(words) - 1) if words else None
    return found is not None and found[1] in bought


def the_part_that_says_the_act(task: str, lex: TaskLexicon) -> str:
    """Of two things typed with no verb, the one whose noun says the act is the head.

    "back pain - physio exercises 10 mins": the back pain is why, the physio exercises are
    what to do (nouns that say their kind: `noun_kind_at`, `usual_kind_at`). The first part is
    a thing alone whose words say no kind; a later part opens with no verb and holds such a
    noun. The task is re-said with that part first ("physio exercises 10 mins - back pain").
    Only where the first part is the why: a thing of a class of `[sets] head_why_classes`
    (the body: "back pain", "sore knee"); "cracked phone screen - insurance claim" stays.
    """
    parts = _parts(task)
    if len(parts) < 2 or not _plain_thing(parts[0], lex) or _says_a_kind(parts[0], lex):
        return ""
    first = _words(parts[0])
    why = lex.noun_at(first, len(first) - 1)
    if why is None or why[1] not in _set(lex, "head_why_classes"):
        return ""
    for n, part in enumerate(parts[1:], start=1):
        if not _has_verb(part, lex) and _says_a_kind(part, lex):
            rest = [p for i, p in enumerate(parts) if i not in (0, n)]
            return " - ".join([part, parts[0], *rest])
    return ""


def _says_a_kind(part: str, lex: TaskLexicon) -> bool:
    """Whether a noun in the part says its act by itself ("physio exercises", "yoga")."""
    words = _words(part)
    return any(lex.noun_kind_at(words, i) or lex.usual_kind_at(words, i) for i in range(len(words)))


def as_asked(reading: TaskReading, rules: TaskReading) -> TaskReading:
    """A task handed over reads as asking them, whatever its other words weigh.

    The word model weighs "ask Sam to clear the loft hatch" by the hatch; the rules read a
    message to Sam, and that stands when the head rule handed the task over, with the
    rules' hazards: the person is on no ladder.
    """
    if rules.kind not in ("message", "call") or rules.object_class != "person":
        return reading
    return attrs.evolve(
        reading,
        kind=rules.kind,
        object_class=rules.object_class,
        confidence=rules.confidence,
        hazards=rules.hazards,
    )


def with_context_hazards(
    reading: TaskReading, typed: Sequence[Token], lex: TaskLexicon
) -> TaskReading:
    """The reading with any hazard its context names: a calm step for the ladder typed aside."""
    every = [lex.mend(t.word) or t.word for t in typed]
    found = cues.hazards(reading.words, every, lex, reading.kind, reading.object_class)
    more = tuple(h for h in found if h not in reading.hazards)
    return attrs.evolve(reading, hazards=(*reading.hazards, *more)) if more else reading


HEAD_RULES: Final[tuple[HeadRule, ...]] = (
    without_a_reason_in_brackets,
    without_a_side_clause,
    handed_to_someone,
    a_thing_then_its_act,
    a_thing_from_a_place,
    a_thing_to_someone,
    a_list_to_get,
    the_part_that_says_the_act,
)
"""The rules that re-say a task around its head, in order; each sees the last one's words."""


def headed(task: str, lex: TaskLexicon, rules: tuple[HeadRule, ...] = HEAD_RULES) -> str:
    """The task re-said around its head, or as typed when no rule has anything to say.

    Args:
        task: The task in the person's words.
        lex: The lexicon with `[sets] head_*`.
        rules: The rules, in order (`HEAD_RULES`).

    Returns:
        The task's words with its context left out and its head said plainly.

    Example:
        >>> from smallsteps._tasklex import default_task_lexicon
        >>> headed("Change the bulb on the landing, get Tom to do it, not me on the steps.",
        ...        default_task_lexicon())
        'ask Tom to change the bulb on the landing'
    """
    for rule in rules:
        said = rule(task, lex)
        if said:
            task = said
    return task
