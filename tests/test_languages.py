"""The safety net in Spanish and Portuguese: rules read beside the English, never instead."""

from __future__ import annotations

import pathlib

import pytest

import smallsteps as ss
from smallsteps.text._languages import _loaded, _looks_like, other_languages, rules_of, shipped

from .helpers import load_script

DATA = pathlib.Path(__file__).resolve().parent / "data"


def _score(path: pathlib.Path, locale: str | None) -> tuple[float, float, float]:
    """(crisis recall, supporter notice, false alarms) of a labelled set."""
    got: dict[str, list[bool]] = {"crisis": [], "other": [], "none": []}
    for _, expected, text in load_script("labelled").rows(path):
        notice = ss.check_safety(text, locale=locale).notice
        if expected == "crisis":
            got[expected].append(notice is not None and notice.kind in ("crisis", "gentle"))
        elif expected == "other":
            got[expected].append(notice is not None and notice.kind == "supporter")
        else:
            got[expected].append(notice is not None)
    return tuple(sum(v) / len(v) for v in got.values())  # type: ignore[return-value]


def test_what_ships() -> None:
    assert shipped() == ("es", "pt")


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_every_word_of_a_phrase_is_a_key_word(lang: str) -> None:
    """`scripts/key_words.py` writes `data/text/<lang>-keys.txt` from the rules."""
    lexicon = ss.text.lexicon(lang)
    words = rules_of(lang)._book.words
    assert [w for w in sorted(words) if w.isalpha() and not lexicon.is_key(w)] == []


@pytest.mark.parametrize(
    ("lang", "text", "level", "about"),
    [
        ("es", "ya no quiero vivir, quiero matarme", "crisis", "writer"),
        ("es", "ojala no despertar manana", "crisis", "writer"),
        ("es", "todos estarian mejor sin mi", "crisis", "writer"),
        ("es", "ya tengo las pastillas guardadas para esta noche", "crisis", "writer"),
        ("es", "cuantas pastillas se necesitan para morir", "crisis", "writer"),
        ("es", "me corte los brazos otra vez", "crisis", "writer"),
        ("es", "intente matarme anoche", "crisis", "writer"),
        ("es", "adios a todos, gracias por todo, ya no voy a estar", "crisis", "writer"),
        ("es", "no me siento a salvo conmigo misma", "crisis", "writer"),
        ("es", "toi pensando en suisidarme", "crisis", "writer"),  # slips mended first
        ("es", "mi amiga dice que se quiere matar", "crisis", "other"),
        ("es", "no me voy a matar, solo estoy cansada", "concern", "writer"),  # a denial
        ("es", "me muero de risa jaja", "none", None),
        ("es", "este calor me mata", "none", None),
        ("es", "me corte el dedo cocinando", "none", None),
        pytest.param(
            "es",
            "me voy de viaje, adios a todos",
            "none",
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="tenth session: the Spanish word model reads a travel goodbye as risk "
                "(the rules do not); a known false alarm",
            ),
        ),
        ("pt", "eu quero morrer", "crisis", "writer"),
        ("pt", "vou me matar hoje a noite", "crisis", "writer"),
        ("pt", "minha familia seria mais feliz se eu nao existisse", "crisis", "writer"),
        ("pt", "to com medo do que eu posso fazer", "crisis", "writer"),
        ("pt", "minha filha quer se matar", "crisis", "other"),
        ("pt", "morrendo de rir kkkk", "none", None),
        ("pt", "cortei o dedo cozinhando", "none", None),
    ],
)
def test_each_family_with_an_example(lang: str, text: str, level: str, about: str | None) -> None:
    check = ss.check_safety(text, locale=lang)
    assert check.level.value == level
    assert (check.about.value if check.about else None) == about


def test_the_english_floor_stays_whatever_the_locale() -> None:
    assert ss.check_safety("i want to die", locale="es-MX").level is ss.Level.CRISIS
    assert ss.check_safety("this traffic is killing me", locale="pt-BR").notice is None


@pytest.mark.parametrize(
    ("text", "langs"),
    [
        ("quiero morir, ya no aguanto mas", ["es"]),
        ("eu nao aguento mais, quero morrer", ["pt"]),
        ("dinner at casa de la playa tonight with the whole team from work, so good", []),
        ("my friend from sao paulo says que sera sera", []),
    ],
)
def test_a_text_is_read_in_the_languages_it_looks_written_in(text: str, langs: list[str]) -> None:
    found = list(other_languages(text, None))
    assert found == [rules_of(lang) for lang in langs]


def test_a_long_english_text_with_a_borrowed_word_or_two_is_english() -> None:
    text = (
        "we went to the casa de la playa place for dinner and it was lovely, then walked home "
        "along the river and talked about work and the kids and how the week went for a while"
    )
    words = text.split()
    assert not _looks_like(words, _loaded("es")[1])


@pytest.mark.parametrize(
    ("path", "recall", "supporter", "alarms"),
    [
        # Development sets: the rules were tuned on them and the word models learned from them
        # (tenth session): es 100%, 100%, 8.3% and 100%, 91.7%, 11.2%; pt 100%, 86.7%, 5.2%
        # and 100%, 91.7%, 11.2%. Fifteenth session: the English model, retrained, reads one
        # more Spanish look-alike as a gentle concern (es_dev 9.4%).
        # Sixteenth: with the English judge aside on their texts, 4.2%, 5.0%, 4.2%, 6.2%.
        # Seventeenth: the English model retrained on slice 18 and two journal parts reads
        # one more es_dev2 look-alike as a gentle concern (6.2%).
        ("languages/es_dev.tsv", 1.0, 1.0, 0.05),
        ("languages/es_dev2.tsv", 1.0, 0.9, 0.07),
        ("languages/pt_dev.tsv", 1.0, 0.9, 0.05),
        ("languages/pt_dev2.tsv", 1.0, 0.9, 0.07),
        # Held out. Slice 2, written blind after the rules were tuned: the rules alone read
        # es 59.3%, 63.6%, 15.4% and pt 65.2%, 41.7%, 7.6%; with the word models (which never
        # saw it) es 96.6%, 81.8%, 14.1% and pt 95.7%, 75.0%, 7.6%. Slice 3, written blind
        # before the word models: rules alone es 61.4%, 50%, 20.8% and pt 60.5%, 50%, 11.8%;
        # with them es 98.2%, 75%, 16.9% and pt 93.3%, 58.3%, 10.5%. Slice 4, written blind
        # before the Portuguese model learned part c: es 95.7%, 75%, 25.3%; pt 92.9%, 81.8%,
        # 20.2% (93.8%, 81.8%, 22.3% with the model before).
        # Twelfth session, the English model retrained on slices 12 and 13 and parts w to z
        # (and sure before it holds back): es slice 2 95.8% recall (one line fewer), false
        # alarms one line fewer on es 2, 3 and 4 and pt 3 and 4.
        # Sixteenth session: the English model learned slice 17, whose messages mix English
        # with Spanish and other languages, and its judge alone began to read Spanish and
        # Portuguese words; a text written in one of them is now that language's net to
        # judge (the English judge alone stands aside). Against the fifteenth session's
        # figures: false alarms es 2 9.0% (same), pt 2 6.3% to 5.1%, es 3 15.6% to 10.4%,
        # pt 3 9.2% to 7.9%, es 4 24.2% to 22.1%, pt 4 21.3% to 20.2%; supporters pt 3 58.3%
        # to 83.3%, es 4 75% to 83.3%; recall one line fewer on pt 3 (93.3% to 92.4%) and
        # es 4 (95.7% to 94.8%). Twentieth session, the English model that learned slice 21
        # and four parts: es 4 false alarms 22.1% to 23.2% (an English mention of suicide not
        # held back, and the English judge alone once).
        ("heldout/es_safety_2.tsv", 0.95, 0.81, 0.10),
        ("heldout/pt_safety_2.tsv", 0.95, 0.75, 0.06),
        ("heldout/es_safety_3.tsv", 0.98, 0.83, 0.11),
        ("heldout/pt_safety_3.tsv", 0.92, 0.83, 0.08),
        ("heldout/es_safety_4.tsv", 0.94, 0.83, 0.24),
        ("heldout/pt_safety_4.tsv", 0.92, 0.81, 0.21),
    ],
)
def test_the_labelled_sets(path: str, recall: float, supporter: float, alarms: float) -> None:
    """A floor under today's figures, read with the set's locale (see the Safety page)."""
    found = _score(DATA / path, pathlib.Path(path).name[:2])
    assert found[0] >= recall
    assert found[1] >= supporter
    assert found[2] <= alarms


def test_the_word_models_match_their_training() -> None:
    """`scripts/train_language_model.py --check`: the shipped files are what the lines give."""
    assert 0 == load_script("train_language_model").main(["--check"])
