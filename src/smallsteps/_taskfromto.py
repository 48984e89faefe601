"""A thing typed with where it comes from or where it goes, and no verb: fetched or taken.

A person's list often names a thing and a place or a person, with no verb: "dosette box
from the chemist", "garri and palm oil from the african shop", "old tins to the recycling
bank", "eggs down to Margaret". The little word says the act: "from" is fetching it, "to"
with a word of carrying is taking it there. Read by its nouns alone, the thing or the place
picks a different task (a pill box filled, eggs bought at Margaret's, garri fixed). Two head
rules (in `_taskhead.HEAD_RULES`) say the act:

- `a_thing_from_a_place`: "X from Y", X a thing alone, is "buy X from Y" at a shop and
  "collect X from Y" where it waits (a chemist, a depot, a parcel); "pick X from Y" is
  "pick up X from Y" (collected, never posted).
- `a_thing_to_someone`: "X down to Y", "X round to Y", X a thing alone and Y no verb, is
  "bring X to Y" for a person (taken to their door and handed over) and "drop off X to Y"
  for a place; a place that says its own task (`[destinations]`: the tip, the recycling)
  is "take X to Y". A bare "to" says too many acts to read ("flights to Lagos").

The words are data (`reading.toml [sets] head_from_*`, `head_to_*`); each rule answers `""`
when it has nothing to say.
"""

from __future__ import annotations

import re
from typing import Final

from ._taskcues import destination
from ._tasklex import TaskLexicon

__all__ = ["a_thing_from_a_place", "a_thing_to_someone"]

_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)
_FIRST_PART: Final = re.compile(
    r"^(?P<head>[^,;:.!?()]+?)(?P<rest>(?:\s*[,;:.!?(]|\s[-\u2013\u2014]+\s).*)?$"
)
_PICKED_UP: Final = re.compile(r"^\s*(?:pick|picks|picking)\s+up\s+(?=\S)", re.IGNORECASE)
"""A fetch said as such: "pick up new thermal bag from the hub" is collected, never a start."""
_PICK: Final = re.compile(r"^(?P<lead>\s*)pick\s+(?!up\b)(?P<thing>.+?)\s+from\s+", re.IGNORECASE)
_MOST_WORDS: Final = 5
"""A thing of more words than this, before "from" or "to", is no thing alone."""


def _words(text: str) -> list[str]:
    return [w.casefold().replace("'", "").replace("\u2019", "") for w in _WORD.findall(text)]


def _set(lex: TaskLexicon, name: str) -> frozenset[str]:
    return lex.sets.get(name, frozenset())


def _thing_alone(words: list[str], lex: TaskLexicon) -> bool:
    """Whether words are a thing alone: no verb at its start, no little word of a clause.

    A word that is a verb's, past any determiner, says an act or a trip: "return the parcel
    to the post office", "the run to the tip".
    """
    lead = _set(lex, "lead")
    if not 0 < len(words) <= _MOST_WORDS or words[0] in lead:
        return False
    head = _without_the(words, lex)
    noun = lex.noun_at(head, 0) if head else None
    if not head or (lex.verb_at(head, 0) is not None and (noun is None or noun[0] < 2)):
        return False
    clause = _set(lex, "head_not_things") - {"my", "and"}
    return not clause.intersection(words) and all(w.isalpha() or w.isdigit() for w in words)


def _class_of(words: list[str], lex: TaskLexicon) -> str:
    """The class of a thing's last noun ("letter": document), or `""`."""
    found = lex.noun_at(words, len(words) - 1) if words else None
    return found[1] if found is not None else ""


def _split(task: str) -> tuple[str, str]:
    """The task's first part (up to a comma, stop or spaced dash) and the rest, as typed."""
    found = _FIRST_PART.match(task.strip())
    if found is None:
        return task.strip(), ""
    return found["head"].strip(), found["rest"] or ""


def a_thing_from_a_place(task: str, lex: TaskLexicon) -> str:
    """A thing typed with the place it comes from is fetched: bought at a shop, else collected.

    "garri and palm oil from the african shop": "buy garri and palm oil from the african
    shop" (a shop of `[sets] shops`, or a place whose last word is one of
    `head_from_shop_words`); "dosette box from the chemist", "parcel from the depot":
    "collect ..." (a place of `head_from_collected`, one of `fetched_from` or a business, or
    a thing that waits to be collected, `head_from_waiting`: a parcel). The first part has
    one "from" (`head_from_words`), a thing alone before it whose last word is a noun of the
    lexicon, and no time after it ("from monday");
    a thing that came from someone (`head_from_not` classes: "letter from the council") or
    moved away from a place (`head_from_not_after`: "fig away from the radiator") is no
    thing to fetch. "pick my parcel from the post office" (a "pick" with no "up") is "pick up
    my parcel from the post office": collected, never posted.
    """
    head, rest = _split(task)
    picked = _PICK.match(head)
    if picked is not None:
        return f"{picked['lead']}pick up {head[picked.end('lead') + 5 :].lstrip()}{rest}".strip()
    said = _PICKED_UP.match(head)
    if said is not None:  # "pick up X from Y": collected, or left as typed
        found = _from_a_place(head[said.end() :], rest, lex, fetched=True)
        return found if found.startswith("collect ") else ""
    return _from_a_place(head, rest, lex, fetched=False)


def _from_a_place(head: str, rest: str, lex: TaskLexicon, *, fetched: bool) -> str:
    """`a_thing_from_a_place` for a first part without its "pick": `fetched` if "pick up".

    A person or a pet picked up ("pick up the kids from school") is no thing to collect.
    """
    words = _words(head)
    froms = [i for i, w in enumerate(words) if w in _set(lex, "head_from_words")]
    if len(froms) != 1 or not 1 < froms[0] + 1 < len(words):
        return ""
    thing, place = words[: froms[0]], _without_the(words[froms[0] + 1 :], lex)
    if not place or _a_time(place[0], lex) or thing[-1] in _set(lex, "head_from_not_after"):
        return ""  # "new pickup time from monday", "fig away from the radiator"
    kind = _class_of(thing, lex)
    if not _thing_alone(thing, lex) or not kind or kind in _set(lex, "head_from_not"):
        return ""  # "letter from the council": it came from them, nothing to fetch
    said = " ".join(place)
    shop = said in _set(lex, "shops") or place[-1] in _set(lex, "head_from_shop_words")
    waiting = thing[-1] in _set(lex, "head_from_waiting")  # "my parcel from the post office"
    collected = said in _set(lex, "head_from_collected") or waiting
    if shop and not collected:
        return f"buy {head}{rest}".strip()
    business = _class_of(place, lex) == "organisation" or place[0] in _set(lex, "fetched_from")
    # picked up: collected, unless a person or a pet, or a thing "pick up" already buys or
    # takes ("pick up some tomato plants from the garden centre": `[by_object]` says buy)
    usual = lex.by_object.get("pick up", {}).get(kind, "other")
    fetched = fetched and usual == "other" and kind not in _set(lex, "head_from_not_picked")
    return f"collect {head}{rest}".strip() if collected or business or fetched else ""


def _without_the(words: list[str], lex: TaskLexicon) -> list[str]:
    """Words without their leading determiners: "the african shop" is "african shop"."""
    at = next((i for i, w in enumerate(words) if w not in lex.sets["determiners"]), len(words))
    return words[at:]


def _a_time(word: str, lex: TaskLexicon) -> bool:
    """Whether a word is a day or a number: "from monday", "from sundays", "from 3"."""
    days = lex.maps.get("days", {})
    return word in days or word.removesuffix("s") in days or word[:1].isdigit()


def a_thing_to_someone(task: str, lex: TaskLexicon) -> str:
    """A thing typed with where it goes is taken there: "bring X to Y", "drop off X to Y".

    "eggs down to Margaret": "bring eggs to Margaret" (someone: a name, or a person of the
    lexicon); "forms down to the office": "drop off forms to the office"; "old tins to the
    recycling bank": "take old tins to the recycling bank" (a place of `[destinations]` says
    its own task).
    The first part has one "to" (`head_to_words`) after a thing alone, and no verb right
    after it ("P60 to keep"); a word of carrying before it (`head_to_particles`: "down",
    "round") or a place that says its task is needed, as a bare "to" says many acts
    ("flights to Lagos", "letter to the council", "bank transfer to the nursery").
    """
    head, rest = _split(task)
    typed = head.split()
    words = [(_words(w) or [""])[0] for w in typed]
    tos = [i for i, w in enumerate(words) if w in _set(lex, "head_to_words")]
    if len(tos) != 1 or not 0 < tos[0] < len(words) - 1:
        return ""
    at = tos[0]
    if words[at - 1] in _set(lex, "head_to_returns"):
        return ""  # "van keys back to the office": taken back, a return of its own
    end = at - 1 if words[at - 1] in _set(lex, "head_to_particles") else at
    after = words[at + 1 :]
    left = _set(lex, "head_to_not_after")
    if after[:1] and (after[0] in left or " ".join(after[:2]) in left or after[0][:1].isdigit()):
        return ""  # "down to the last scoop", "pressure down to 0.5": how much is left
    if after[:1] == ["be"] or (lex.verb_at(after, 0) is not None and not lex.noun_at(after, 0)):
        return ""  # "P60 to keep", "harness to be checked": an act on the thing
    carried = end < at  # "eggs down to Margaret": carried there
    gone_to = bool(destination(lex, ["to", *after]))  # "the recycling bank" says its task
    if not (carried or gone_to) or not _thing_alone(words[:end], lex):
        return ""  # "flights to Lagos", "letter to the council": no carrying said
    thing, place = " ".join(typed[:end]), " ".join(typed[at + 1 :])
    to_whom = _without_the(after, lex)
    named = bool(to_whom) and typed[at + 1][:1].isupper() and not _class_of(to_whom[:1], lex)
    someone = named or _class_of(to_whom[:1], lex) == "person"  # "to Margaret", "to nan"
    verb = "take" if gone_to else "bring" if someone else "drop off"
    return f"{verb} {thing} to {place}{rest}".strip()
