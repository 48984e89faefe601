"""The task reader's knowledge: verbs to action kinds, nouns to object classes, as data.

`data/tasks/lexicon/verbs.toml` maps verbs and phrasal verbs to about 30 action kinds (clean, pay,
ask for money owed, cancel...), with readings that depend on the object ("take" a tablet is
taking a medicine, "take" a parcel is posting it). `data/tasks/lexicon/objects.toml` maps nouns to
about 40 object classes (appliance, bill, person...) with the hazards they carry. This module
only loads them into look-up tables; `_taskread` reads a task with them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from ._errors import ValidationError, must_be
from .text import Speller, lexicon

__all__ = ["TaskLexicon", "UsualAct", "default_task_lexicon"]

PARTICLES: Final = frozenset(
    [
        "up", "out", "off", "back", "in", "on", "down", "over", "away", "round", "around",
        "through", "about", "along", "together", "apart",
    ]
)  # fmt: skip
"""The particles of phrasal verbs, which may come after the object ("ring mum back")."""


class _Phrases:
    """Phrases of one or more words, found by their first word, longest first."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in entries:
            words = tuple(phrase.replace("-", " ").split())
            if words:
                self._by_first.setdefault(words[0], []).append((words, value))
        for found in self._by_first.values():
            found.sort(key=lambda e: (-len(e[0]), e[0]))
        self.entries: dict[tuple[str, ...], str] = {
            w: v for found in self._by_first.values() for w, v in found
        }

    def starts(self, forms: Iterable[str]) -> bool:
        """Whether a phrase starts with one of a word's `forms`."""
        return any(f in self._by_first for f in forms)

    def at(
        self, words: Sequence[str], i: int, irregular: Mapping[str, str]
    ) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest phrase starting at word `i`: (its length, its value, its words)."""
        if not isinstance(words, tuple | list) or isinstance(i, bool) or not isinstance(i, int):
            raise ValidationError("words", "expected a list of words and a word's index")
        if not 0 <= i < len(words):
            return None
        if not all(isinstance(w, str) for w in words[i : i + 4]):
            raise ValidationError("words", "expected a list of words, each text")
        for first in _forms(words[i], irregular):
            for phrase, value in self._by_first.get(first, ()):
                if i + len(phrase) <= len(words) and all(
                    p in _forms(w, irregular)
                    for p, w in zip(phrase[1:], words[i + 1 :], strict=False)
                ):
                    return len(phrase), value, phrase
        return None


def _forms(word: str, irregular: Mapping[str, str]) -> tuple[str, ...]:
    """The text layer's forms of a word, and its irregular base ("bought": "buy")."""
    found = lexicon("en").forms(word)
    base = irregular.get(word)
    return (*found, base) if base else found


@attrs.frozen
class UsualAct:
    """What is usually done with a family of things (`objects.toml [acts.*]`).

    Attributes:
        kind: The usual act ("return" for a dish someone lent you).
        object_class: The class the steps read the thing as, or "".
        when: What else the task says for the act to hold: "owned", "running out", "verb",
            "alone", "usual" (a noun's own usual act), "class" (its class's), or "".
        verbs: Verbs of other kinds the family turns to its act ("trim" a pet's claws).
    """

    kind: str
    object_class: str = ""
    when: str = ""
    verbs: frozenset[str] = frozenset()


@attrs.frozen(repr=False)
class TaskLexicon:
    """Verbs and nouns for reading tasks: build it with `default_task_lexicon()`.

    Attributes:
        kinds: The action kinds, in file order.
        opposite: Each kind's opposite kinds (a template of one never answers the other).
        classes: The object classes, in file order.
        class_hazards: The hazards each class carries (an appliance: electric).
        sets: The reader's little words by use (`lead`, `object_stop`, `deadline`...), from
            `data/tasks/lexicon/reading.toml`.
        maps: Its word tables: `days` ("fri": "Friday"), `when`, `pronouns`, `consumable`.
        ambiguous_nouns: Nouns of more than one class ("tablet": a medicine or a device),
            from `objects.toml [ambiguous]`.
        acts: Each family of things with its usual act (`objects.toml [acts.*]`), the nouns
            of `verbs.toml [usual_kind]` by their act (as the family `usual.KIND`, when
            "usual"), and each class with one (`[class_acts]`, as the family `class.CLASS`,
            when "class").
    """

    kinds: tuple[str, ...]
    opposite: Mapping[str, frozenset[str]]
    classes: tuple[str, ...]
    class_hazards: Mapping[str, tuple[str, ...]]
    verbs: _Phrases
    nouns: _Phrases
    hazard_words: _Phrases
    noun_kinds: _Phrases
    cues: _Phrases
    states: _Phrases
    usual_kinds: _Phrases
    by_object: Mapping[str, Mapping[str, str]]
    by_class: Mapping[str, str]
    ambiguous_verbs: Mapping[str, tuple[str, ...]]
    irregular: Mapping[str, str]
    sets: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    maps: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    acts: Mapping[str, UsualAct] = attrs.field(factory=dict)
    act_nouns: Mapping[str, _Phrases] = attrs.field(factory=dict)
    ambiguous_nouns: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    _speller: Speller | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def __repr__(self) -> str:
        return (
            f"<TaskLexicon {len(self.verbs.entries)} verbs, {len(self.kinds)} kinds, "
            f"{len(self.nouns.entries)} nouns, {len(self.classes)} classes>"
        )

    def verb_at(self, words: Sequence[str], i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest verb or phrasal verb at word `i`: (length, kind, its base words)."""
        return self.verbs.at(words, i, self.irregular)

    def noun_at(self, words: Sequence[str], i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest noun at word `i`: (length, class, its base words).

        A word the lexicon does not list may still say its class by its ending
        (`reading.toml [noun_endings]`: "amoxicillin" and "omeprazole" are medicines).
        """
        found = self.nouns.at(words, i, self.irregular)
        if found is None and i < len(words) and len(words[i]) >= 6:
            word = words[i]
            for ending, cls in self.maps.get("noun_endings", {}).items():
                if word.endswith(ending) and word.isalpha():
                    return 1, cls, (word,)
        return found

    def acts_at(self, words: Sequence[str], i: int) -> list[tuple[int, str, tuple[str, ...]]]:
        """Each family of things whose noun starts at word `i`: (length, family, base words).

        A noun may be in more than one family ("rx" is reordered or collected), in file order;
        the family of its class (`class.bill`, `objects.toml [class_acts]`) comes last.
        """
        if not 0 <= i < len(words) or not isinstance(words[i], str):
            return []
        forms = _forms(words[i], self.irregular)
        starting = (p for p in self.act_nouns.values() if p.starts(forms))
        found = (p.at(words, i, self.irregular) for p in starting)
        return [(n[0], n[1], n[2]) for n in found if n is not None]

    def hazard_at(self, words: Sequence[str], i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The hazard a word or phrase at word `i` names ("ladder": height)."""
        return self.hazard_words.at(words, i, self.irregular)

    def noun_kind_at(self, words: Sequence[str], i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """A noun that says the kind when no verb does ("yoga": exercise) at word `i`."""
        return self.noun_kinds.at(words, i, self.irregular)

    def usual_kind_at(
        self, words: Sequence[str], i: int
    ) -> tuple[int, str, tuple[str, ...]] | None:
        """The usual action for a noun jotted alone ("dentist": book) at word `i`."""
        return self.usual_kinds.at(words, i, self.irregular)

    def state_at(self, words: Sequence[str], i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """A thing's state that says the kind when no verb does ("leaking": fix) at word `i`."""
        return self.states.at(words, i, self.irregular)

    def cue_at(self, words: Sequence[str], i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """A phrase that settles the kind wherever it is ("owes me") at word `i`."""
        return self.cues.at(words, i, self.irregular)

    def kind_for(self, verb: str, default: str, object_class: str) -> str:
        """The kind a verb means with this object: an object rule first, then its default."""
        rule = self.by_object.get(verb, {}).get(object_class)
        return rule or default

    def mend(self, word: str) -> str:
        """The verb or noun a misspelt word is a slip of ("aplly": "apply"), or `""`.

        Only a word the lexicon does not know, of five letters or more, not itself a common
        English word, within a small edit distance of exactly one verb or noun.
        """
        if self.verbs.at((word,), 0, self.irregular) or self.nouns.at((word,), 0, self.irregular):
            return ""
        speller = self._speller
        if speller is None:  # made on first use: the one-word verbs and nouns
            keys = [w[0] for w in (*self.verbs.entries, *self.nouns.entries) if len(w) == 1]
            # a word of a longer noun is known ("pill organiser" is no slip of "organise")
            nouns = (*self.nouns.entries, *(n for p in self.act_nouns.values() for n in p.entries))
            phrases = {w for n in nouns if len(n) > 1 or n not in self.nouns.entries for w in n}
            speller = Speller(keys, lexicon("en").known | phrases)
            object.__setattr__(self, "_speller", speller)
        return speller.mend(word)

    def is_verb(self, word: str) -> bool:
        """Whether a typed word can start a verb of the lexicon."""
        must_be("word", word, str, "one word of text")
        return self.verb_at((word,), 0) is not None


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    return value if isinstance(value, Mapping) else {}


def parse_task_lexicon(
    verbs: Mapping[str, Any], objects: Mapping[str, Any], reading: Mapping[str, Any]
) -> TaskLexicon:
    """Build the lexicon from the tables of `verbs.toml`, `objects.toml` and `reading.toml`."""
    kinds = _table(verbs, "kind")
    classes = _table(objects, "class")
    acts = _table(objects, "acts")
    by_class = _table(objects, "class_acts")
    usual = {str(n): str(k) for n, k in _table(verbs, "usual_kind").items()}
    irregular = {
        **{str(k): str(v) for k, v in _table(verbs, "irregular").items()},
        **{str(k): str(v) for k, v in _table(objects, "irregular_plural").items()},
    }
    return TaskLexicon(
        kinds=tuple(kinds),
        opposite={k: frozenset(t.get("opposite", ())) for k, t in kinds.items()},
        classes=tuple(classes),
        class_hazards={c: tuple(t.get("hazard", ())) for c, t in classes.items()},
        verbs=_Phrases((v, k) for k, t in kinds.items() for v in t.get("verbs", ())),
        nouns=_Phrases((n, c) for c, t in classes.items() for n in t.get("nouns", ())),
        hazard_words=_Phrases((str(w), str(h)) for w, h in _table(objects, "hazard_words").items()),
        noun_kinds=_Phrases((str(n), str(k)) for n, k in _table(verbs, "noun_kind").items()),
        cues=_Phrases((str(n), str(k)) for n, k in _table(verbs, "cue").items()),
        states=_Phrases((str(n), str(k)) for n, k in _table(verbs, "state").items()),
        usual_kinds=_Phrases(usual.items()),
        by_object={
            str(v): {str(c): str(k) for c, k in rules.items()}
            for v, rules in _table(verbs, "by_object").items()
        },
        by_class={str(c): str(k) for c, k in _table(verbs, "by_class").items()},
        ambiguous_verbs={str(v): tuple(ks) for v, ks in _table(verbs, "ambiguous").items()},
        ambiguous_nouns={str(n): tuple(cs) for n, cs in _table(objects, "ambiguous").items()},
        irregular=irregular,
        sets={str(k): frozenset(map(str, v)) for k, v in _table(reading, "sets").items()},
        maps={
            str(k): {str(a): str(b) for a, b in v.items()}
            for k, v in reading.items()
            if k != "sets" and isinstance(v, Mapping)
        },
        acts={
            **{
                str(f): UsualAct(
                    str(t["kind"]),
                    str(t.get("class", "")),
                    str(t.get("when", "")),
                    frozenset(map(str, t.get("verbs", ()))),
                )
                for f, t in acts.items()
            },
            **{f"usual.{k}": UsualAct(k, "", "usual") for k in sorted(set(usual.values()))},
            **{
                f"class.{c}": UsualAct(str(t["kind"]), str(c), "class") for c, t in by_class.items()
            },
        },
        act_nouns={
            **{
                str(f): _Phrases((str(n), str(f)) for n in t.get("nouns", ()))
                for f, t in acts.items()
            },
            "usual": _Phrases(_usual_nouns(usual, acts)),
            "class": _Phrases(_class_nouns(classes, by_class, acts, _table(objects, "ambiguous"))),
        },
    )


def _usual_nouns(usual: Mapping[str, str], acts: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """The nouns of `verbs.toml [usual_kind]` as families by their act: (noun, `usual.KIND`).

    A noun a family of `[acts.*]` reads keeps that family's act alone ("prescription" is
    reordered, whatever the table says).
    """
    kept = {str(n) for t in acts.values() for n in t.get("nouns", ())}
    return ((n, f"usual.{k}") for n, k in usual.items() if n not in kept)


def _class_nouns(
    classes: Mapping[str, Any],
    by_class: Mapping[str, Any],
    acts: Mapping[str, Any],
    ambiguous: Mapping[str, Any],
) -> Iterable[tuple[str, str]]:
    """The nouns of each class with a usual act (`objects.toml [class_acts]`): (noun, family).

    A noun that may mean a class with another act or none ("fine": a bill or not; "bin" is
    tidied either way), that a family of `[acts.*]` reads, or that the class names as an
    exception keeps no act of its class.
    """
    act = {str(c): str(t["kind"]) for c, t in by_class.items()}
    kept = {str(n) for t in acts.values() for n in t.get("nouns", ())} | {
        str(n) for n, cs in ambiguous.items() if len({act.get(str(c), "") for c in cs}) > 1
    }
    for c, t in by_class.items():
        apart = kept | set(map(str, t.get("except", ())))
        nouns = classes.get(c, {}).get("nouns", ())
        yield from ((str(n), f"class.{c}") for n in nouns if str(n) not in apart)


@functools.cache
def default_task_lexicon() -> TaskLexicon:
    """The verbs, nouns and little words that ship with smallsteps, in `data/tasks/lexicon/`."""
    from ._resources import _package_data

    return parse_task_lexicon(
        _package_data("tasks/lexicon/verbs.toml"),
        _package_data("tasks/lexicon/objects.toml"),
        _package_data("tasks/lexicon/reading.toml"),
    )
