"""Who a task is for, or done with, when that is not the person typing it.

"dads repeat prescription" is ordered for dad, "buy the sugar tablets for mother in law" is
bought for her, "go over spellings with ava" is done with Ava, and "go through dads wardrobe
w/ him" with dad. The steps then name them (`_tasks`): the title says who it is for, and one
step checks with them. Three small readers, tried in order: done *with* someone, a thing of
*theirs*, done *for* them. The words for family and the people a person cares for are data
(`[sets] kin` in `data/tasks/lexicon/reading.toml`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from ._taskcues import Token
from ._tasklex import TaskLexicon
from .text._lexicon import lexicon

__all__ = ["Whom", "named_as", "owned_object", "whom", "whose"]


class Whom(NamedTuple):
    """Someone a task is for or done with.

    Attributes:
        who: As typed, a name with its capital ("dad", "mother in law", "the twins", "Ben").
        together: Whether it is done with them ("help ben with..."), not only for them.
        owned: Whether a thing of theirs was named ("dads repeat prescription").
    """

    who: str
    together: bool = False
    owned: bool = False


_WITH: Final = frozenset({"with", "w", "help", "helping"})
_FOR: Final = frozenset({"for"})
_ASK: Final = frozenset({"get", "ask"})
"""Verbs that bring a helper in: "get dev to help", "ask tom to hold it"."""
_AWAY: Final = frozenset({"to", "at", "from", "by", "near"})
"""Words before a possessive that make it a place ("drive to grandmas"), not an owner."""
_BACK: Final = frozenset({"him", "her", "them"})
_MANY: Final = frozenset({"kids", "twins", "children", "boys", "girls"})
"""Family words in the plural that own what follows them ("kids passports")."""
_NAMED_BY: Final = frozenset({"he", "she", "they", "his", "her", "their", "hes", "shes", ""})
"""Words after an unknown word that show it is a name ("for tomas, he needs it")."""


def _kin(words: Sequence[str], at: int, lex: TaskLexicon) -> int:
    """How many words a family word at `at` spans ("mother in law": 3), or 0."""
    found = lex.noun_at(words, at)
    if found is None or found[1] != "person":
        return 0
    base = " ".join(found[2])
    kin = lex.sets.get("kin", frozenset())
    return found[0] if base in kin or words[at] in kin else 0


def _name(tokens: Sequence[Token], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at` reads as a person's name: no noun, verb or little word."""
    if at >= len(tokens):
        return False
    word, typed = tokens[at].word, tokens[at].typed
    little = (
        lex.sets["determiners"] | lex.sets["prepositions"] | lex.sets["object_stop"]
        | lex.sets.get("not_names", frozenset()) | lex.sets.get("pronoun_people", frozenset())
        | lex.sets.get("no_owner", frozenset()) | lex.sets.get("animals", frozenset())
    )  # fmt: skip
    return (
        len(word) > 1
        and typed.isalpha()
        and not typed.isupper()
        and word not in little
        and word not in lex.maps["days"]
        and word not in lex.maps["when"]
        and lex.noun_at([word], 0) is None
        and not lex.is_verb(word)
    )


def _capital(typed: str) -> str:
    return typed[:1].upper() + typed[1:]


def _person_at(tokens: Sequence[Token], at: int, lex: TaskLexicon) -> tuple[str, int]:
    """The person starting at `at` (after "the" or "my"), and the index after them."""
    words = [t.word for t in tokens]
    start = at
    while at < len(words) and words[at] in ("the", "my", "our"):
        at += 1
    size = _kin(words, at, lex) if at < len(words) else 0
    if size:
        lead = "the " if words[start:at] == ["the"] else ""
        found = lex.noun_at(words, at)
        base = found[2][0] if found is not None and size == 1 and not lead else ""
        if base and words[at] == f"{base}s" and words[at] not in _MANY:
            return base, at + 1  # "for mums present": mum
        return lead + " ".join(t.typed for t in tokens[at : at + size]), at + size
    if at == start and _name(tokens, at, lex):
        name, at = _capital(tokens[at].typed), at + 1
        while at < len(tokens) and tokens[at].typed.istitle() and tokens[at].typed.isalpha():
            name, at = f"{name} {tokens[at].typed}", at + 1  # "Mrs Okafor"
        return name, at
    return "", at


def _ends_name(tokens: Sequence[Token], at: int, lex: TaskLexicon) -> bool:
    """Whether the word after a lower-case name lets it stand as one ("with ava | b4")."""
    if at >= len(tokens) or not tokens[at].word:
        return True
    word = tokens[at].word
    return (
        word in _NAMED_BY
        or word in lex.maps["days"]
        or word in lex.maps["when"]
        or word in lex.sets["deadline"]
        or word in lex.sets["prepositions"]
        or word in lex.sets.get("list_joins", frozenset())
    )


def _owner(tokens: Sequence[Token], at: int, lex: TaskLexicon) -> str:
    """The owner a possessive at `at` names: "dads", "dad's", "priya's" (not "to grandmas").

    Also a name at the start of a part before a medicine ("lily calpol at 6"), and family
    words in the plural before a thing ("kids passports").
    """
    token = tokens[at]
    word, typed = token.word, token.typed.casefold()
    marked = typed.endswith(("'s", "\u2019s"))
    starts = at == 0 or not tokens[at - 1].word
    if not (marked or starts or word.endswith("s")) or not word:
        return ""  # most words: no look-up at all
    if at and tokens[at - 1].word in _AWAY:
        return ""
    words = [t.word for t in tokens[at : at + 3]]  # this word and the two after it
    nxt = lex.noun_at(words, 1) if len(words) > 1 else None
    nxt_word = words[1] if len(words) > 1 else ""
    if nxt_word in ("his", "her", "their", "its") or _a_clause(words, lex):
        return ""  # "the neighbours their key", "jo's moved out": no thing of theirs
    whole = lex.noun_at(words, 0) if starts else None
    if whole is not None and whole[0] > 1:
        return ""  # "repeat prescription": one thing, no owner
    if starts and nxt is not None and nxt[1] in _given(lex) and _name(tokens, at, lex):
        return _capital(token.typed)  # "lily calpol at 6"
    if marked:
        bare = Token(token.typed[:-2], word[:-1])
        if nxt_word == "day":
            return ""  # "mother's day"
        if _kin([bare.word], 0, lex):
            return bare.typed
        known = bare.word in lexicon("en").known and not bare.typed.istitle()
        return _capital(bare.typed) if _name([bare], 0, lex) and not known else ""
    if word in _MANY and nxt is not None and nxt[1] != "person":
        return f"the {token.typed}"  # "kids lunch accounts": the kids' lunch accounts
    found = lex.noun_at(words, 0)
    plural_s = found is not None and found[0] == 1 and word == f"{found[2][0]}s"
    if not plural_s or word in _MANY or not _kin(words, 0, lex):
        return ""
    after = nxt is not None or (len(words) > 2 and lex.noun_at(words, 2) is not None)
    return found[2][0] if after and found is not None else ""  # "dads repeat prescription"


def _a_clause(words: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether the words after a possessive-looking word go on as a clause ("jo's moved out").

    A word of `[sets] after_owner` ("been", "not"), or a verb in -ed or -ing with no thing
    after it ("Sam's selling"), not "Mia's reading log" nor "Priya's visit".
    """
    nxt = words[1] if len(words) > 1 else ""
    if nxt in lex.sets.get("after_owner", frozenset()):
        return True
    if not nxt.endswith(("ed", "ing")) or lex.noun_at(words, 1) is not None:
        return False
    return not (len(words) > 2 and lex.noun_at(words, 2) is not None)


def _given(lex: TaskLexicon) -> frozenset[str]:
    """Classes given to someone ("calpol for Ben"): a name after them is a person."""
    return lex.sets.get("owned_by_name", frozenset())


def _with_someone(tokens: Sequence[Token], lex: TaskLexicon, owner: str) -> Whom | None:
    """Done together: "with ava", "w/ dad", "help ben", "w/ him" (the owner named before)."""
    for at, token in enumerate(tokens):
        helper = [t.word for t in tokens[at + 2 : at + 4]] in (["to", "help"], ["to", "hold"])
        if token.word in _ASK and helper and _name(tokens, at + 1, lex):
            return Whom(_capital(tokens[at + 1].typed), together=True)  # "get dev to help"
        if token.word not in _WITH or at + 1 >= len(tokens):
            continue
        if tokens[at + 1].word in _BACK and owner:
            return Whom(owner, together=True, owned=True)
        theirs = _kin_of(tokens, at + 1, lex)
        if theirs:
            return Whom(theirs, together=True)  # "w Sami's mum": the mum, not Sami
        who, after = _person_at(tokens, at + 1, lex)
        typed = tokens[after - 1].typed if who else ""
        if who and (typed.istitle() or _kin([tokens[after - 1].word], 0, lex)):
            return Whom(who, together=True)
        if who and _ends_name(tokens, after, lex):
            return Whom(who, together=True)  # "with ava b4 friday", "help ben with"
    return None


def _kin_of(tokens: Sequence[Token], at: int, lex: TaskLexicon) -> str:
    """Someone's family named by a possessive at `at`: "Sami's mum", "jo's dad", or ""."""
    if not tokens[at].typed.casefold().endswith(("'s", "\u2019s")) or at + 1 >= len(tokens):
        return ""
    owner = _owner(tokens, at, lex)
    size = _kin([t.word for t in tokens], at + 1, lex)
    if not owner or not size:
        return ""
    return f"{owner}'s " + " ".join(t.typed for t in tokens[at + 1 : at + 1 + size])


def _of_someone(tokens: Sequence[Token], lex: TaskLexicon, owner: str) -> Whom | None:
    """A thing of theirs: "dads repeat prescription", "mum's tomatoes", "isla's room"."""
    return Whom(owner, owned=True) if owner else None


def _for_someone(tokens: Sequence[Token], lex: TaskLexicon, owner: str) -> Whom | None:
    """Done for them: "for mother in law", "for the twins", "for tomas, he needs it"."""
    for at, token in enumerate(tokens):
        if token.word not in _FOR or at + 1 >= len(tokens):
            continue
        words = [t.word for t in tokens]
        nxt = tokens[at + 1]
        if nxt.typed.casefold().endswith(("'s", "\u2019s")):
            found = _owner(tokens, at + 1, lex)
            if found:
                return Whom(found)
            continue
        who, after = _person_at(tokens, at + 1, lex)
        if not who:
            continue
        kin = _kin(words, after - 1, lex) or words[at + 1 : after][:1] == ["the"]
        follows = [w for w in words[after : after + 2] if w]
        given = at and (n := lex.noun_at(words, at - 1)) is not None and n[1] in _given(lex)
        if kin or given or follows[:1] in (["he"], ["she"], ["his"], ["her"], ["hes"], ["shes"]):
            return Whom(who)  # "for tomas, he needs it"; never "pack for Goa"
    return None


def _given_someone(tokens: Sequence[Token], lex: TaskLexicon, owner: str) -> Whom | None:
    """Got for them, a person between the verb and the thing: "book Mum a taxi"."""
    words = [t.word for t in tokens]
    if len(words) < 4 or lex.verb_at(words, 0) is None:
        return None
    who, after = _person_at(tokens, 1, lex)
    given = words[after : after + 1] in (["a"], ["an"]) and lex.noun_at(words, after + 1)
    return Whom(who) if who and given else None


_READERS: Final[tuple[Callable[[Sequence[Token], TaskLexicon, str], Whom | None], ...]] = (
    _with_someone,
    _of_someone,
    _for_someone,
    _given_someone,
)
"""The readers, in order: done with someone says most, then a thing of theirs, then for, then
a person a thing is got for ("book Mum a taxi")."""


def whom(tokens: Sequence[Token], lex: TaskLexicon) -> Whom | None:
    """Who the task is for or done with, or `None` when it is the person's own.

    Args:
        tokens: The task's tokens (every part, breaks as empty words).
        lex: The task lexicon.

    Example:
        >>> from smallsteps._taskreading import _tokens
        >>> from smallsteps._tasklex import default_task_lexicon
        >>> whom(_tokens("dads repeat prescription"), default_task_lexicon())
        Whom(who='dad', together=False, owned=True)
    """
    owner = next(
        (
            o
            for at in range(len(tokens))
            if not (at and tokens[at - 1].word in _FOR) and (o := _owner(tokens, at, lex))
        ),
        "",
    )  # "present for priya's little one" is for Priya, not a thing of hers
    for reader in _READERS:
        found = reader(tokens, lex, owner)
        if found is not None:
            return found
    return None


def whose(said: str) -> str:
    """A person as a step says them, made possessive: "your dad's", "the twins'", "Tomas's"."""
    last = said.rsplit(" ", 1)[-1]
    plural = last.islower() and last.endswith("s") and not last.endswith("ss")
    return f"{said}'" if plural else f"{said}'s"


def named_as(found: Whom) -> str:
    """The person as a step names them: "your dad" for a family word typed bare, else as typed."""
    bare = found.who.islower() and not found.who.startswith(("the ", "your ", "my "))
    return f"your {found.who}" if bare else found.who


def owned_object(said: str, found: Whom | None, lex: TaskLexicon, typed: Sequence[str] = ()) -> str:
    """The object with its owner when a possessive was read apart from it.

    "dads repeat prescription": "your dad's repeat prescription"; "kids passports": "the
    kids' passports". Only an owner typed just before the object's words (`typed`, the
    task's folded words) owns it: "the curtains in the kids room" are not the kids'. An
    object that names the owner already ("nan's dog"), or no object, stays as it is.
    """
    if found is None or not said:
        return said
    words = said.casefold().split()
    key = next((w for w in found.who.casefold().split() if w != "the"), "")
    if found.together and len(words) > 2 and words[-1] == key and words[-2] in _WITH:
        return " ".join(said.split()[:-2])  # "spellings with ava": the spellings
    if found.together and words[0] == key:  # "help ben with his spellings": the spellings
        after = said.split()[1:]
        after = after[1:] if after[:1] and after[0].casefold() in _WITH else after
        return " ".join(after) or said
    if not found.owned or not key:
        return said
    rest = said.split(" ", 1)[1] if len(words) > 1 else ""
    if words[0] == key and rest and found.who.istitle():
        return rest  # "lily calpol": Lily's, and the calpol is the thing
    if words[0] in (key, f"{key}s", f"{key}'s", f"{key}\u2019s") and rest:
        return f"{whose(named_as(found))} {rest}"  # "dads senior railcard", "kids passports"
    if any(w.startswith(key) for w in words):
        return said
    if words[0] in lex.sets["determiners"]:
        said, words = (said.split(" ", 1)[1], words[1:]) if " " in said else ("", [])
    owners = [i for i, w in enumerate(typed) if w in (key, f"{key}s")]
    if not said or not any(words[0] in typed[i + 1 : i + 3] for i in owners):
        return said
    return f"{whose(named_as(found))} {said}"
