"""Fit rules on the task's verb and clauses: a firm verb's own act, a why or a when.

Two of the fit rules (and the place a thing is carried to, which `on_the_task_itself` lets
answer) of `_taskfit.TEMPLATE_FITS`, kept here to keep that module small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._taskcues import destination
from ._tasklex import TaskLexicon
from ._taskwords import keywords

if TYPE_CHECKING:
    from ._taskfit import Candidate

__all__ = ["by_its_cue", "its_own_act", "not_booked_again", "not_on_why_or_when", "to_its_place"]


def its_own_act(c: Candidate, lex: TaskLexicon) -> str:
    """A firm verb of no kind of its own is done only by a template that names it.

    "print off the tax return" is printing: a template that answers the kind `other` (as
    the tax return's does) would answer another act. The verbs are `[sets] firm_verbs`
    whose kind is `other` ("print", "photocopy"); the template names the verb in its
    matched phrase or at the start of its title.
    """
    r = c.reading
    if r.kind != "other" or r.verb not in lex.sets.get("firm_verbs", frozenset()):
        return ""
    title = frozenset(keywords(c.template.title.split()[0])) if c.template.title else frozenset()
    if c.verb and (c.verb <= c.matched or c.verb <= title):
        return ""
    return f"the task's verb {r.verb!r} is an act of its own, not the template's"


def not_booked_again(c: Candidate, lex: TaskLexicon) -> str:
    """A thing to go to at its time never gets the steps for booking it.

    "driving lesson tues 5pm" is booked already (`_taskvisit.to_go_to` reads it as one to
    go to: kind `other`, class `appointment`, no verb, or a verb that takes things along:
    "project meeting mon 2pm - bring slides"): a template whose first kind is `book` would
    book it again, and one whose phrase misses the thing gone to answers a word beside it
    ("project" is no work task to start).
    """
    r = c.reading
    along = lex.sets.get("taken_along", frozenset())
    to_go_to = (
        r.kind == "other" and r.object_class == "appointment" and (not r.verb or r.verb in along)
    )
    if to_go_to and c.template.kinds[:1] == ("book",):
        return "a thing to go to at its time, and a template for booking one"
    thing = r.thing.casefold()
    if to_go_to and thing and not c.matched & {thing, thing.removesuffix("s")}:
        return "a thing to go to at its time, and a phrase beside it"
    return ""


def not_on_why_or_when(c: Candidate, lex: TaskLexicon) -> str:
    """A phrase needing a word of a clause that says why or when never answers.

    "go to bank for BVN linking before they block my account": the account is why it is
    pressing, not what to do. The clause opens with a word of `[sets] reason_words` and its
    own subject ("before they", "so she", "if it"), after the task's first two words;
    "pots in before the frost" says when, and its frost may still match.
    """
    words = list(c.reading.words)
    stops = lex.sets.get("reason_words", frozenset())
    subjects = lex.sets.get("subjects", frozenset())
    at = next(
        (i for i, w in enumerate(words[:-1]) if i > 1 and w in stops and words[i + 1] in subjects),
        len(words),
    )
    if at == len(words) or c.matched <= frozenset(keywords(" ".join(words[:at]))):
        return ""
    return "matched on why or when the task is due, not on the task"


def to_its_place(c: Candidate, lex: TaskLexicon) -> bool:
    """Whether the phrase names where the task takes or puts its thing.

    The place a carrying verb takes the thing to, where that place says the task's kind:
    "take clothes to charity shop" is what "Take things to a charity shop" does, though the
    shop is no part of the object (`[destinations]`, `[sets] carry`).
    """
    r = c.reading
    said = c.matched - c.verb
    if not said or not r.verb:
        return False
    words = list(r.words)
    into = words.index("into") + 1 if "into" in words else len(words)
    if said <= frozenset(keywords(" ".join(words[into:]))):
        return True  # "sort mum's medicines into the dosette box": the box is what is filled
    if r.verb.split()[0] not in lex.sets.get("carry", frozenset()):
        return False
    if destination(lex, r.words) != r.kind:
        return False
    places = lex.maps.get("destinations", {})
    task = frozenset(keywords(" ".join(r.words)))
    return any(said <= (place := frozenset(keywords(key))) and place <= task for key in places)


def by_its_cue(c: Candidate, lex: TaskLexicon) -> bool:
    """Whether the phrase names the words that say the act of a task typed with no verb.

    "old pram on fb marketplace": "on marketplace" says it is sold (`verbs.toml [cue]`), so
    the template for selling on Marketplace answers, whatever class the pram is read as.
    """
    r = c.reading
    said = c.matched - c.verb
    if r.verb or not said or r.kind not in c.template.kinds:
        return False
    words = list(r.words)
    cues = [(at, lex.cue_at(words, at)) for at in range(len(words))]
    return any(
        said <= frozenset(keywords(" ".join(words[at : at + found[0]])))
        for at, found in cues
        if found is not None and found[1] == r.kind
    )
