"""The person's own terms for a task: what to keep to, what comes first, how much, and when.

People limit and order their tasks as they type them: "just the kitchen", "need GP letter
first", "15 mins", "3 emails", "mow if it's dry". `terms` reads them into the reading
(`TaskReading.only`, `first`, `amount`, `condition`), from the word lists of
`reading.toml [sets]` (`only_words`, `first_after`, `if_words`, `minute_units`...);
`with_terms` says them in the steps through the `{only}`, `{first}`, `{minutes}`,
`{amount}` and `{condition}` slots of `[words.terms]` in tasks.toml (by kind, else the
term's own line), never by pasting the task's words whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from ._model import Step
from ._taskcues import Token
from ._tasklex import TaskLexicon, default_task_lexicon
from ._taskreading import TaskReading

__all__ = ["terms", "with_terms"]

_STOPS: Final = frozenset(".;!?()[]\n:,")
_MINUTES: Final = re.compile(r"(\d{1,3})(mins?|minutes?)")
"""A number and its unit typed as one word ("15min", "20mins")."""
_SECOND_PERSON: Final = {
    "i": "you", "im": "you're", "i'm": "you're", "my": "your", "me": "you", "ive": "you've",
    "i've": "you've", "id": "you'd", "ill": "you'll", "mine": "yours", "myself": "yourself",
}  # fmt: skip


def _set(lex: TaskLexicon, name: str) -> frozenset[str]:
    return lex.sets.get(name, frozenset())


def _said(tokens: Sequence[Token]) -> str:
    """The words as the person typed them, first person turned to second ("my" to "your")."""
    out = []
    for t in tokens:
        key = t.typed.casefold().replace("\u2019", "'")
        out.append(_SECOND_PERSON.get(key, t.typed))
    return " ".join(out)


def _clause(
    tokens: Sequence[Token], at: int, lex: TaskLexicon, most: int = 7, fillers: bool = True
) -> list[Token]:
    """The words from `at` to the end of their clause: a mark, a joining word or a deadline.

    A filler ends it too ("just the kitchen asap"), unless `fillers` is false: a condition
    keeps its "already" and "still" ("if the carer already gave them").
    """
    ends = _set(lex, "terms_end") | _set(lex, "deadline")
    ends |= _set(lex, "fillers") if fillers else frozenset()
    out: list[Token] = []
    for t in tokens[at:]:
        if not t.word or t.typed in _STOPS or t.word in ends or len(out) == most:
            break
        out.append(t)
    return out


def _names_a_thing(tokens: Sequence[Token], lex: TaskLexicon) -> bool:
    words = [t.word for t in tokens]
    return any(lex.noun_at(words, i) is not None for i in range(len(words)))


def _only(tokens: Sequence[Token], lex: TaskLexicon) -> str:
    """What the steps keep to: "just the front room", "only the receipts" (not "just do it")."""
    for i, t in enumerate(tokens):
        if t.word not in _set(lex, "only_words"):
            continue
        if i and tokens[i - 1].word in _set(lex, "only_not_after"):  # "not just", "even just"
            continue
        phrase = _clause(tokens, i + 1, lex, most=5)
        words = [p.word for p in phrase]
        if not words or words[0] not in _set(lex, "determiners"):
            continue  # "just keep the streak", "only when Dev's around", "only ONE"
        if lex.verb_at(words, 1) is not None and lex.noun_at(words, 1) is None:
            continue
        if _names_a_thing(phrase[1:], lex):
            return _said(phrase)
    return ""


def _first(tokens: Sequence[Token], reading: TaskReading, lex: TaskLexicon) -> str:
    """What the person says comes first: "need GP letter first", "compare before renewing".

    "first" ends its clause ("first aid" and "her first passport" say no order); the words
    before it, back to a mark, are what comes first. Before a verb in -ing ("compare before
    renewing"), the verb before "before" is. What comes first is never the task's own verb.
    """
    for i, t in enumerate(tokens):
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        if t.word == "first" and (not after or after in _set(lex, "terms_end")):
            start = i
            while start and tokens[start - 1].word and tokens[start - 1].typed not in _STOPS:
                start -= 1
            said = list(tokens[start:i])
        elif t.word in ("before", "b4") and after.endswith("ing") and i:
            verb = lex.verb_at([tokens[i - 1].word], 0)
            said = [tokens[i - 1]] if verb and verb[2][0] == tokens[i - 1].word else []
        else:
            continue
        said = [p for n, p in enumerate(said) if n or p.word not in _set(lex, "first_drop")]
        words = [p.word for p in said]
        if len(said) == 1 and lex.noun_at(words, 0) is None and lex.verb_at(words, 0) is None:
            continue  # "valet first": no word the lexicon knows
        if not said or len(said) > 5 or " ".join(words) in reading.verb.split():
            continue
        verb = lex.verb_at(words, 0)
        if verb is not None and verb[1] == reading.kind:
            continue  # "back up phone pics b4 trading it in": the task itself
        if verb is not None and len(said) == 1 and reading.object:
            return f"{_said(said)} {reading.object}"  # "compare before renewing"
        it = reading.object if reading.object_class != "person" else ""
        return " ".join(it if p.word in ("it", "them") and it else _said([p]) for p in said)
    return ""


def _amount(tokens: Sequence[Token], lex: TaskLexicon) -> tuple[str, str]:
    """A time box in minutes ("15 mins": "15") and a number of things ("3 emails")."""
    minutes = count = ""
    numbers = lex.maps.get("number_words", {})
    for i, t in enumerate(tokens):
        before = tokens[i - 1].word if i else ""
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        if before in _set(lex, "amount_not_after"):
            continue  # "under 5 mins", "been 3 wks", "max 4 doses"
        joined = _MINUTES.fullmatch(t.word)
        if not minutes and (joined or (t.word.isdigit() and after in _set(lex, "minute_units"))):
            n = joined.group(1) if joined else t.word
            nxt = i + (1 if joined else 2)
            later = tokens[nxt].word if nxt < len(tokens) else ""
            if 0 < int(n) <= 90 and later not in _set(lex, "minutes_not_before"):
                minutes = n
            continue
        number = t.word if t.word.isdigit() else numbers.get(t.word, "")
        if count or not number or not 1 < int(number) <= 20 or not after.endswith("s"):
            continue
        noun = lex.noun_at([after], 0)
        thing = (noun is not None and noun[1] != "person") or after[:-1] in _set(lex, "measures")
        if thing and after not in _set(lex, "amount_not_things"):
            count = f"{t.typed} {tokens[i + 1].typed}"
    return minutes, count


def _condition(tokens: Sequence[Token], lex: TaskLexicon) -> str:
    """A condition to check first: "mow if it's dry", "only when Dev's around to foot it".

    Not a concession ("even if"), the task's own question ("ask if still available"), the
    person's own act ("if I miss one") or a filler ("if poss").
    """
    for i, t in enumerate(tokens):
        two = f"{t.word} {tokens[i + 1].word}" if i + 1 < len(tokens) else ""
        opens = 2 if two in _set(lex, "if_words") else 1 if t.word in _set(lex, "if_words") else 0
        if not opens or (i and tokens[i - 1].word in _set(lex, "if_not_after")):
            continue
        clause = _clause(tokens, i + opens, lex, fillers=False)
        words = [c.word for c in clause]
        if len(words) < 2 or (
            words[0] not in _set(lex, "if_subjects")
            and not (clause[0].typed[:1].isupper() and lex.noun_at(words, 0) is None)
        ):
            continue
        if set(words) & _set(lex, "if_not_with"):
            continue
        return _said(clause)
    return ""


def terms(tokens: Sequence[Token], reading: TaskReading, lex: TaskLexicon) -> TaskReading:
    """The reading with the person's terms read from the task's tokens."""
    minutes, count = _amount(tokens, lex)
    only = _only(tokens, lex)
    if only.casefold() in reading.object.casefold():
        only = ""  # "clean just the front room": the object says it already
    return attrs.evolve(
        reading,
        only=only,
        first=_first(tokens, reading, lex),
        minutes=minutes,
        amount=count,
        condition=_condition(tokens, lex),
    )


def _line(table: Mapping[str, Any], term: str, reading: TaskReading) -> str:
    keys = (f"{term}/{reading.kind}/{reading.object_class}", f"{term}/{reading.kind}", term)
    return next((str(table[k]) for k in keys if k in table), "")


_LITTLE: Final = frozenset({"them", "that", "this", "with", "your", "have", "been", "from", "they"})


def _mentions(steps: Sequence[Step], words: str) -> int | None:
    """The first step naming a word of `words` of four letters or more, or None."""
    found = re.findall(r"[a-z]+", words.casefold())
    wanted = {w for w in found if len(w) >= 4 and w not in _LITTLE}
    for n, step in enumerate(steps):
        if wanted & set(re.findall(r"[a-z]+", step.text.casefold())):
            return n
    return None


def with_terms(
    steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """The steps with the person's terms said (`[words.terms]`), each where it belongs.

    The condition is checked first of all, then what the person says comes first (a step
    already about it moves to the front); a time box, an amount and what to keep to go
    after the first step. A term a step already says adds nothing. English only, like the
    step for someone else: a translation keeps its own steps.
    """
    table = words.get("terms", {})
    urgent = any(h.startswith("emergency-") for h in reading.hazards)
    if not isinstance(table, Mapping) or not steps or urgent:
        return steps  # an emergency's own steps say it all
    seconds = int(table.get("seconds", 20))
    slots = {
        "only": reading.only, "first": reading.first, "minutes": reading.minutes,
        "amount": reading.amount, "condition": reading.condition, "object": reading.object,
    }  # fmt: skip
    out = list(steps)
    after_first = []
    for term in ("only", "minutes", "amount"):
        text = _line(table, term, reading) if slots[term] else ""
        said = slots[term] if term != "minutes" else f"{slots[term]} minutes"
        if text and said.casefold() not in " ".join(s.text for s in out).casefold():
            after_first.append(Step(_cap(text.format(**slots)), seconds))
    for step in after_first:
        timer = step.text.startswith("Set a timer")
        box = next((n for n, s in enumerate(out) if timer and s.text.startswith("Set a timer")), -1)
        if box >= 0:
            out[box] = attrs.evolve(out[box], text=step.text)  # "15 mins", not the usual ten
        else:
            out.insert(1 + after_first.index(step), step)
    if reading.first:
        at = _mentions(out, reading.first)
        text = _line(table, "first", reading)
        hazard = at is not None and at > 0 and out[at].text in _hazard_texts(words)
        if hazard and at is not None:
            out.insert(0, out.pop(at))  # "power off at the fuse box first": that step first
        elif at is None and text:
            typed = reading.first.casefold().split()
            turn = typed[0] in ("turn", "switch", "shut")  # "turn water off first"
            act = default_task_lexicon().verb_at(typed, 0)
            text = str(table.get("first_act", text)) if act is not None or turn else text
            switch = not turn and (
                ({"off", "on"} & set(typed) and act is None) or typed[0] == "water"
            )
            if switch and "first_switch" in table:  # "stopcock off first"
                text = str(table["first_switch"])
                the = "" if typed[0] in default_task_lexicon().sets["determiners"] else "the "
                slots["first"] = the + reading.first
            out.insert(0, Step(_cap(text.format(**slots)), seconds))
    if reading.condition and _mentions(out[:2], reading.condition) is None:
        text = _line(table, "condition", reading)
        if text:
            out.insert(0, Step(_cap(text.format(**slots)), seconds))
    return tuple(out)


def _hazard_texts(words: Mapping[str, Any]) -> set[str]:
    table = words.get("hazard", {})
    tables = table.values() if isinstance(table, Mapping) else ()
    return {str(t.get("text", "")) for t in tables if isinstance(t, Mapping)}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
