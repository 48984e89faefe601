"""Locales: tags, fallback chains, the shipped translations, and the pseudo-locale."""

from __future__ import annotations

import pathlib
import re
import tomllib
from importlib import resources
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import smallsteps as ss
from smallsteps._locale import (
    PSEUDO,
    missing_and_stale,
    overlay,
    placeholders,
    pseudo,
    source_hash,
)

from .helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHIPPED = [t for t in ss.available_locales() if t not in ("en", PSEUDO)]
ENGLISH = ss.notice_words(ss.default_resources())
DOCUMENTS = load_script("translation_status").documents()
"""Every document a locale translates, in English, by name ("notice", "cli-crisis")."""
PAIRS = [(tag, name) for tag in SHIPPED for name in DOCUMENTS]
WHOLE = [(tag, name) for tag, name in PAIRS if name in load_script("translation_status").REQUIRED]
"""The documents a shipped locale must translate whole; the catalog may be partial."""


def _script() -> Any:
    return load_script("translation_status")


def _banned(tag: str) -> list[str]:
    path = resources.files("smallsteps") / "data" / "locales" / tag / "tone.toml"
    words: list[str] = tomllib.loads(path.read_text("utf-8"))["banned"]
    return words


def _texts(value: str | tuple[str, ...]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


class TestTags:
    @pytest.mark.parametrize(
        ("tag", "chain"),
        [
            ("es-MX", ("es-MX", "es", "en")),
            ("pt_br", ("pt-BR", "pt", "en")),
            ("es-419", ("es", "en")),
            ("zh-Hant-TW", ("zh-TW", "zh", "en")),
            ("EN", ("en",)),
        ],
    )
    def test_the_fallback_chain(self, tag: str, chain: tuple[str, ...]) -> None:
        assert ss.parse_locale(tag).chain == chain

    @pytest.mark.parametrize("tag", ["", "e", "es-", "123", "es MX", "español"])
    def test_a_malformed_tag_is_a_validation_error(self, tag: str) -> None:
        with pytest.raises(ss.ValidationError, match="locale"):
            ss.parse_locale(tag)
        with pytest.raises(ss.ValidationError, match="locale"):
            ss.help_pointer(locale=tag)

    def test_an_unknown_locale_falls_back_to_english_without_error(self) -> None:
        assert ss.notice_words(ss.default_resources(), "fr-FR") == ENGLISH
        assert ss.help_pointer(locale="zz") == ss.help_pointer()

    def test_what_ships(self) -> None:
        assert ss.available_locales()[:2] == ("en", PSEUDO)
        assert {"es", "pt"} <= set(SHIPPED)


class TestShippedTranslations:
    """The checks a translator's work must pass before a release."""

    @pytest.mark.parametrize(("tag", "document"), WHOLE)
    def test_every_id_is_translated_and_none_is_stale(self, tag: str, document: str) -> None:
        missing, stale = missing_and_stale(document, DOCUMENTS[document], tag)
        assert (missing, stale) == ([], []), f"{tag}: missing {missing}, stale {stale}"

    @pytest.mark.parametrize(("tag", "document"), PAIRS)
    def test_nothing_is_stale(self, tag: str, document: str) -> None:
        assert missing_and_stale(document, DOCUMENTS[document], tag)[1] == []

    @pytest.mark.parametrize(("tag", "document"), PAIRS)
    def test_placeholders_and_lists_match(self, tag: str, document: str) -> None:
        english = DOCUMENTS[document]
        for key, (text, _) in overlay(tag, document).items():
            assert placeholders(text) == placeholders(english[key]), key
            assert type(text) is type(english[key]), key
            assert len(_texts(text)) == len(_texts(english[key])), key

    @pytest.mark.parametrize(("tag", "document"), PAIRS)
    def test_the_tone_rules_of_the_language_hold(self, tag: str, document: str) -> None:
        banned = _banned(tag)
        assert len(banned) >= 15
        found = [
            (key, word)
            for key, (text, _) in overlay(tag, document).items()
            for sentence in _texts(text)
            for word in banned
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence.casefold())
        ]
        assert found == []

    @pytest.mark.parametrize("tag", SHIPPED)
    def test_a_translation_reads_differently_from_the_english(self, tag: str) -> None:
        words = ss.notice_words(ss.default_resources(), tag)
        same = [k for k in ENGLISH if words[k] == ENGLISH[k] and not k.startswith("way_wh")]
        assert same == []

    def test_the_status_script_reports_every_locale_complete(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        script = _script()
        assert script.main([]) == 0
        out = capsys.readouterr().out
        for tag, name in WHOLE:
            total = len(DOCUMENTS[name])
            assert f"| {tag} | {name} | {total} of {total} | - | - |" in out

    def test_the_script_writes_an_overlay_a_locale_then_uses(
        self, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        script = _script()
        monkeypatch.setattr(script, "LOCALES", tmp_path)
        given_file = tmp_path / "words.toml"
        given_file.write_text('message = "Bonjour."\nway_call = "appelle le {phone}"\n', "utf-8")
        out = script.write("fr", given_file)
        data = tomllib.loads(out.read_text("utf-8"))
        assert data["message"] == {"text": "Bonjour.", "source": source_hash(ENGLISH["message"])}
        assert set(data) == {"message", "way_call"}


class TestTranslatedNotices:
    def test_a_notice_in_spanish_with_mexicos_lines(self) -> None:
        notice = ss.check_safety("i want to die", locale="es-MX").notice
        assert notice is not None
        assert notice.message.startswith("Parece que")
        assert "Línea de la Vida: llama al 800 911 2000" in notice.lines
        assert notice.emergency == "Si estás en peligro ahora mismo, llama ya al 911."
        assert notice.safety_plan.sections[0].title == "Señales de alerta"
        assert str(notice).splitlines()[2] == "Línea de la Vida: llama al 800 911 2000"

    def test_a_supporter_notice_in_portuguese(self) -> None:
        notice = ss.check_safety("my friend says she wants to die", locale="pt-BR").notice
        assert notice is not None
        assert notice.kind == "supporter"
        assert notice.message.startswith("Parece que há alguém")
        assert notice.lines[0].startswith("CVV, Centro de Valorização da Vida: ligue 188")

    def test_the_help_line_in_the_persons_language(self) -> None:
        assert ss.help_pointer(locale="es-CL") == (
            "Si sientes que todo te supera, hay ayuda a cualquier hora: Línea de Prevención "
            "del Suicidio, llama al *4141, o findahelpline.com"
        )
        checkin = ss.CheckIn(1, 5, "sitting", "evening")
        assert ss.recommend(checkin, locale="pt-BR").help.startswith("Se tudo parecer")

    def test_english_stays_the_default(self) -> None:
        notice = ss.check_safety("i want to die", country="AU").notice
        assert notice is not None
        assert notice.lines[0] == str(notice.resources[0])
        assert notice.lines[0].startswith("Lifeline: call 13 11 14, text 0477 13 11 14")

    def test_a_hosts_own_words_are_never_replaced_by_a_translation_of_others(self) -> None:
        book = ss.default_resources()
        mine = attrs.evolve(book, notice={**book.notice, "message": "Our own words."})
        words = ss.notice_words(mine, "es")
        assert words["message"] == "Our own words."  # its English changed: no translation fits
        assert words["negated_message"] != ENGLISH["negated_message"]  # the rest still does


class TestPseudoLocale:
    """en-XA: any sentence that skips the machinery shows up as plain English."""

    @pytest.mark.parametrize(
        "text", ["i want to die", "im not going to hurt myself", "my brother wants to die"]
    )
    def test_no_plain_english_is_left_in_a_notice(self, text: str) -> None:
        notice = ss.check_safety(text, locale="en-XA", country="GB").notice
        assert notice is not None
        shown = [notice.message, notice.emergency, *notice.options]
        shown += [t for s in notice.safety_plan.sections for t in (s.title, s.prompt)]
        assert all(s.startswith("⟦") and s.endswith("⟧") for s in shown)
        printed = str(notice)
        for english in ENGLISH.values():
            for sentence in _texts(english):
                assert sentence not in printed
        # a line's ways are in the notice's words too; its name and number are the line's own
        assert "çáll 116 123" in printed

    def test_the_help_line(self) -> None:
        assert ss.help_pointer(locale="en-XA", country="US").startswith("⟦")

    @given(st.text(alphabet="abc {}xyz._/", max_size=40))
    def test_placeholders_survive(self, text: str) -> None:
        assert placeholders(pseudo(text)) == placeholders(text)


class TestCatalogInALocale:
    """`default_catalog(locale=...)`: the activities' words through the overlays."""

    def test_the_pseudo_locale_reaches_every_word_of_the_catalog(self) -> None:
        english, pseudo_ = ss.default_catalog(), ss.default_catalog(locale=PSEUDO)
        assert [a.id for a in pseudo_] == [a.id for a in english]
        for plain, foreign in zip(english, pseudo_, strict=True):
            texts = [foreign.title, *(s.text for s in foreign.steps)] + (
                [foreign.note] if plain.note else []
            )
            assert all(t.startswith("⟦") for t in texts), plain.id
            assert [s.seconds for s in foreign.steps] == [s.seconds for s in plain.steps]
            assert (foreign.energy, foreign.postures, foreign.tags) == (
                plain.energy, plain.postures, plain.tags,
            )  # fmt: skip
        assert all(c.title.startswith("⟦") for c in pseudo_.categories.values())

    def test_a_plan_in_the_pseudo_locale_picks_the_same_activities(self) -> None:
        checkin = ss.CheckIn(1, 10, "sitting", "morning")
        plain = ss.recommend(checkin)
        foreign = ss.recommend(checkin, locale=PSEUDO)
        assert [s.activity.id for s in foreign.suggestions] == [
            s.activity.id for s in plain.suggestions
        ]
        assert all(s.activity.title.startswith("⟦") for s in foreign.suggestions)
        assert all(step.text.startswith("⟦") for s in foreign.suggestions for step in s.steps)

    def test_a_suggestion_alone_speaks_its_plans_locale(self) -> None:
        """`str(suggestion)` outside `str(plan)`: the frame ("Why:", what waits) in the locale."""
        checkin = ss.CheckIn(1, 10, "sitting", "morning")
        english = str(ss.recommend(checkin).suggestions[0])
        foreign = str(ss.recommend(checkin, locale=PSEUDO).suggestions[0])
        assert "Why:" in english
        assert "Why:" not in foreign
        assert "⟦Whý: ~⟧" in foreign

    def test_a_locale_with_no_catalog_overlay_is_english(self) -> None:
        assert ss.default_catalog(locale="fr-CA") == ss.default_catalog()
        assert ss.default_catalog(locale="en-GB") is ss.default_catalog()
        with pytest.raises(ss.ValidationError, match="locale"):
            ss.default_catalog(locale="not a tag!")

    def test_the_catalogs_english_is_a_document_to_translate(self) -> None:
        words = DOCUMENTS["catalog"]
        catalog = ss.default_catalog()
        assert words["drink-a-glass-of-water.steps"] == tuple(
            s.text for s in catalog["drink-a-glass-of-water"].steps
        )
        assert words["category.glimmer.title"] == "Glimmers"
        assert len([k for k in words if k.endswith(".title")]) == len(catalog) + len(
            catalog.categories
        )


@pytest.mark.parametrize(
    ("tag", "title", "first_step"),
    [
        ("es-MX", "Bebe un vaso de agua", "Llena un vaso de agua"),
        ("pt-BR", None, None),
    ],
)
def test_the_catalog_speaks_spanish_and_portuguese(
    tag: str, title: str | None, first_step: str | None
) -> None:
    """Every activity of the default catalog has its words in Spanish and Portuguese."""
    english, local = ss.default_catalog(), ss.default_catalog(locale=tag)
    water = local["drink-a-glass-of-water"]
    if title is not None:
        assert (water.title, water.steps[0].text) == (title, first_step)
    same = [a.id for a, b in zip(english, local, strict=True) if a.title == b.title]
    assert len(same) <= 3, same  # a few words are the same in both languages
    assert all(
        len(b.steps) == len(a.steps) and all(s.text for s in b.steps)
        for a, b in zip(english, local, strict=True)
    )


class TestTheEnginesOwnSentences:
    """The recommender's reasons, said by id (`data/strings.toml`), in the plan's locale."""

    CHECKIN = ss.CheckIn(1, 10, "sitting", "morning", likes=["rest"])

    def test_every_reason_of_a_pseudo_plan_went_through_the_machinery(self) -> None:
        grid = [
            ss.CheckIn(e, m, p, t)
            for e in range(5)
            for m in (2, 30)
            for p in ("lying", "standing")
            for t in ("morning", "night")
        ]
        reasons = [
            r.text
            for checkin in [self.CHECKIN, *grid]
            for s in ss.recommend(checkin, locale=PSEUDO, limit=5).suggestions
            for r in s.reasons
        ]
        assert len(reasons) > 100
        assert [r for r in reasons if not r.startswith("⟦")] == []

    @pytest.mark.parametrize(
        ("tag", "first", "whole"),
        [
            (
                "es-MX",
                "El primer paso toma alrededor de 5 segundos.",
                "Todo cabe en alrededor de 1 minuto.",
            ),
            (
                "pt-BR",
                "O primeiro passo leva cerca de 5 segundos.",
                "Tudo cabe em cerca de 1 minuto.",
            ),
        ],
    )
    def test_a_plan_in_spanish_or_portuguese_gives_its_reasons_there(
        self, tag: str, first: str, whole: str
    ) -> None:
        plan = ss.recommend(self.CHECKIN, locale=tag)
        texts = [r.text for r in plan.suggestions[0].reasons]
        assert texts[0] == first
        assert whole in texts
        english = {r.text for s in ss.recommend(self.CHECKIN).suggestions for r in s.reasons}
        assert not english & {r.text for s in plan.suggestions for r in s.reasons}
        assert ss.from_json(ss.to_json(plan), ss.Plan) == plan

    def test_english_is_said_as_before_and_pickles(self) -> None:
        import pickle

        from smallsteps._say import Said, say

        said = say("reason.first_step", seconds=40)
        assert said == "The first step takes about 40 seconds."
        assert isinstance(said, Said)
        again = pickle.loads(pickle.dumps(said))
        assert (again, again.key, dict(again.values)) == (said, said.key, {"seconds": 40})

    def test_a_sentence_said_again_is_the_same_and_values_keep_their_kind(self) -> None:
        """Rules say few sentences many times: each is rendered once, by value and kind."""
        from smallsteps._say import say

        assert say("reason.first_step", seconds=40) is say("reason.first_step", seconds=40)
        assert say("reason.lifted", lift=2.0, times=3) != say("reason.lifted", lift=2, times=3)
        listed = say("reason.liked_group", group=["music"], category="")  # not a key: said anew
        assert "['music']" in listed
        assert listed == say("reason.liked_group", group=["music"], category="")

    @pytest.mark.parametrize(
        ("tag", "seconds", "said"),
        [
            ("es", 1, "alrededor de 1 segundo"),
            ("es", 120, "alrededor de 2 minutos"),
            ("pt", 60, "cerca de 1 minuto"),
            ("pt", 0, "cerca de 0 segundo"),  # Portuguese counts 0 as "one" (CLDR)
        ],
    )
    def test_durations_take_the_languages_plural(self, tag: str, seconds: int, said: str) -> None:
        from smallsteps._say import in_locale, say

        assert in_locale(say("reason.fits_whole", seconds=seconds), tag).endswith(f"{said}.")


class TestAPlanAsText:
    """`str(plan)` of a plan asked for in a locale speaks it, frame and all."""

    def test_no_plain_english_in_a_pseudo_plan(self) -> None:
        for checkin in (
            ss.CheckIn(1, 10, "sitting", "morning"),
            ss.CheckIn(4, 1, "lying", "night"),
        ):
            text = " ".join(str(ss.recommend(checkin, locale=PSEUDO)).split())
            while re.search(r"⟦[^⟦⟧]*⟧", text):  # take out what went through, innermost first
                text = re.sub(r"⟦[^⟦⟧]*⟧", "", text)
            assert re.findall(r"[A-Za-z]+", text) == []

    @pytest.mark.parametrize(
        ("tag", "head", "why"),
        [
            ("es-MX", "Energía 1 (muy baja), 10 minutos, sentándote, mañana:", "Por qué:"),
            ("pt-BR", "Energia 1 (muito baixa), 10 minutos, numa cadeira, manhã:", "Por quê:"),
        ],
    )
    def test_a_plan_in_spanish_or_portuguese(self, tag: str, head: str, why: str) -> None:
        text = str(ss.recommend(ss.CheckIn(1, 10, "sitting", "morning"), locale=tag))
        assert text.startswith(head)
        assert why in text
        assert "Why:" not in text
        assert "about" not in text

    def test_english_plans_read_as_before(self) -> None:
        plan = ss.recommend(ss.CheckIn(1, 10, "sitting", "morning"))
        assert plan.locale is None
        assert str(plan).startswith("Energy 1 (very low), 10 minutes, sitting, morning:")

    def test_the_energy_labels_say_what_energy_says(self) -> None:
        from smallsteps._strings import strings

        assert [strings()[f"energy.label_{int(e)}"] for e in ss.Energy] == [
            e.label for e in ss.Energy
        ]
