"""Locales for energy words, steps cut smaller, routines, insights, the review and the week.

Every sentence of these parts comes from a document by id (`strings`, `energy`, `routines`,
`insights`, `week`) through the locale machinery, so the pseudo-locale `en-XA` reaches it: a
sentence that shows plain English under `en-XA` skipped the machinery. The person's own words
stay as typed; ids, numbers and choices never change with the locale.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any

import attrs
import pytest

import smallsteps as ss
from smallsteps import _locale, _strings
from smallsteps._locale import PSEUDO, Localized, source_hash
from smallsteps._localized import localized_catalog

from .helpers import load_script

MONDAY = dt.date(2026, 12, 7)
LOW = [ss.Energy(0), ss.Energy(1)]
DAY = "{done} of {total} today."
VALUES = ss.Values.build({"relationships": "being there for my brother", "recreation": "music"})


def foreign(text: str) -> bool:
    """Whether a sentence went through the machinery: in `en-XA`, it is in ⟦brackets⟧."""
    return text.startswith("⟦") and text.endswith("⟧")


def leftover(text: str) -> list[str]:
    """The words of `text` outside every ⟦...⟧: English that skipped the machinery."""
    text = " ".join(text.split())
    while re.search(r"⟦[^⟦⟧]*⟧", text):  # take out what went through, innermost first
        text = re.sub(r"⟦[^⟦⟧]*⟧", "", text)
    return re.findall(r"[A-Za-z]+", text)


def journal() -> list[ss.Entry]:
    """A journal that gives every kind of insight and review sentence."""
    at = dt.datetime(2026, 12, 7, 10)
    entries = [
        ss.Entry("open-one-letter", at + dt.timedelta(days=d), mood_before=4, mood_after=7,
                 mastery=8)
        for d in range(6)
    ]  # fmt: skip
    entries += [
        ss.Entry("drink-a-glass-of-water", at + dt.timedelta(days=d), mood_before=4, mood_after=3)
        for d in range(6, 10)
    ]
    entries.append(ss.Entry("sip-of-water", at, mood_before=3, mood_after=5))
    entries.append(ss.Entry("step-outside", at + dt.timedelta(days=1)))
    entries += [ss.Entry("dim-the-lights", at + dt.timedelta(days=d)) for d in (2, 3)]
    return entries


class TestEnergyWords:
    """`Energy.label_in` and `Energy.description_in`: the levels' words in a locale."""

    def test_the_english_properties_read_as_before(self) -> None:
        assert [e.label for e in ss.Energy] == [
            "Running on empty", "Very low", "Low", "Some energy", "Good energy",
        ]  # fmt: skip
        assert ss.Energy(0).description == "Tiny actions of a few seconds, and rest."
        assert all(e.label_in(None) == e.label for e in ss.Energy)
        assert all(e.description_in(None) == e.description for e in ss.Energy)

    def test_the_pseudo_locale_reaches_every_word(self) -> None:
        words = [w for e in ss.Energy for w in (e.label_in(PSEUDO), e.description_in(PSEUDO))]
        assert all(foreign(w) for w in words), words

    def test_a_shipped_label_and_an_unknown_locale(self) -> None:
        assert ss.Energy(1).label_in("es-MX") == "Muy baja"
        assert ss.Energy(1).label_in("fr-FR") == "Very low"
        assert ss.Energy(2).description_in("zz") == ss.Energy(2).description

    @pytest.mark.parametrize("method", ["label_in", "description_in"])
    def test_a_malformed_tag_is_a_validation_error(self, method: str) -> None:
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            getattr(ss.Energy(1), method)("not a tag!")


class TestStepsCutSmaller:
    """The time box of a step cut smaller for low energy ("for 30 seconds") in a locale."""

    def test_english_is_said_as_before(self) -> None:
        wipe, tidy = ss.Step("Wipe the sink", 300), ss.Step("Tidy one shelf, slowly", 300)
        assert ss.size_steps([wipe], 1)[0].text == "Wipe the sink for 2 minutes"
        assert ss.size_steps([tidy], 0)[0].text == "Tidy one shelf, slowly, for 30 seconds"
        assert type(ss.size_steps([wipe], 1)[0].text) is str
        assert str(ss.split_step(wipe)[0]) == "Wipe the sink for 2 minutes"

    def test_a_plan_in_the_pseudo_locale_boxes_its_steps_there(self) -> None:
        """A catalog's step too big for the energy is cut to a box said in the plan's words."""
        shelf = ss.Activity(
            id="tidy-a-shelf", title="Tidy a shelf", category="home", energy=0,
            steps=[ss.Step("Tidy one shelf", 300), ss.Step("Put one thing back, slowly", 300)],
            postures=["sitting"],
        )  # fmt: skip
        catalog = localized_catalog(ss.Catalog([shelf]), PSEUDO)
        checkin = ss.CheckIn(0, 10, "sitting", "morning")
        plan = ss.Recommender(catalog).recommend(checkin, locale=PSEUDO)
        texts = [step.text for step in plan.suggestions[0].steps]
        assert texts == [
            "⟦⟦Tîdý öñé šhélf ~~~~⟧ för ⟦30 šéçöñdš ~~~⟧ ~~~~~⟧",
            "⟦⟦Pût öñé thîñg báçk, šlöwlý ~~~~~~~~⟧, för ⟦30 šéçöñdš ~~~⟧ ~~~~~~⟧",
        ]
        assert leftover(str(plan)) == []
        english = ss.Recommender(ss.Catalog([shelf])).recommend(checkin)
        assert [s.text for s in english.suggestions[0].steps] == [
            "Tidy one shelf for 30 seconds",
            "Put one thing back, slowly, for 30 seconds",
        ]

    def test_every_step_of_the_default_catalog_cut_smaller_in_the_pseudo_locale(self) -> None:
        boxed = []
        for activity in ss.default_catalog(locale=PSEUDO):
            for energy in LOW:
                for step in ss.fit_steps(activity, ss.CheckIn(energy, 60, "sitting", "morning")):
                    assert foreign(step.text), step.text
                    assert leftover(str(step)) == []
                    if _strings.says_its_time(step):
                        boxed.append(step.text)
        assert len(boxed) > 50
        assert all(text.startswith("⟦⟦") and " för ⟦" in text for text in boxed)

    @pytest.mark.parametrize("tag", [PSEUDO, "es", "pt-BR"])
    def test_which_steps_are_boxed_is_decided_from_the_english(self, tag: str) -> None:
        """The same steps are cut, to the same times, in every language."""
        english, local = ss.default_catalog(), ss.default_catalog(locale=tag)
        for energy in ss.Energy:
            for plain, said in zip(english, local, strict=True):
                a, b = ss.size_steps(plain.steps, energy), ss.size_steps(said.steps, energy)
                assert [s.seconds for s in a] == [s.seconds for s in b]
                assert [_strings.says_its_time(s) for s in a] == [
                    _strings.says_its_time(s) for s in b
                ]
                assert [_locale.english_of(s.text) for s in b] == [s.text for s in a]

    def test_a_locale_for_the_words_of_a_plain_step(self) -> None:
        wipe = ss.Step("Wipe the sink", 300)
        said = ss.size_steps([wipe], 1, locale=PSEUDO)[0]
        assert said.text == "⟦Wipe the sink för ⟦2 mîñûtéš ~~~⟧ ~~~~~⟧"  # its words stay
        assert ss.split_step(wipe, locale=PSEUDO)[0] == said
        assert ss.size_steps([wipe], 1, locale="fr-CA")[0].text == "Wipe the sink for 2 minutes"
        assert str(said).startswith("⟦")

    @pytest.mark.parametrize("call", [ss.size_steps, ss.split_step])
    def test_a_malformed_tag_is_a_validation_error(self, call: Any) -> None:
        short = ss.Step("Sip", 5)  # nothing to cut: the tag is checked all the same
        args = ([short], 1) if call is ss.size_steps else (short,)
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            call(*args, locale="español")

    def test_a_translated_box(self, translator: dict[tuple[str, str], Any]) -> None:
        """A language's own words for the box, as a translator ships them, by id."""
        translator["fr", "energy"] = {
            "box.for": ("{text} pendant {time}", source_hash("{text} for {time}")),
            "box.minutes_other": ("{n} minutes", source_hash("{n} minutes")),
        }
        wipe = ss.Step("Essuyer l'évier", 300)
        assert ss.size_steps([wipe], 1, locale="fr-FR")[0].text == (
            "Essuyer l'évier pendant 2 minutes"
        )
        # an id with no translation shows its English
        assert ss.size_steps([wipe], 0, locale="fr")[0].text == "Essuyer l'évier pendant 30 seconds"

    def test_a_step_in_a_locale_says_its_time_there(self) -> None:
        step = ss.default_catalog(locale="es")["drink-a-glass-of-water"].steps[0]
        assert str(step) == "Llena un vaso de agua (alrededor de 20 segundos)"
        assert isinstance(step.text, Localized)
        assert (step.text.english, step.text.tag) == ("Fill a glass with water", "es")

    def test_localized_words_pickle_and_round_trip(self) -> None:
        plan = ss.recommend(ss.CheckIn(0, 10, "lying", "night"), locale=PSEUDO)
        again = pickle.loads(pickle.dumps(plan))
        assert again == plan
        step = again.suggestions[0].steps[0]
        assert isinstance(step.text, Localized)
        assert step.text.tag == PSEUDO
        assert ss.from_json(ss.to_json(plan), ss.Plan) == plan


class TestRoutinesInALocale:
    """`default_routines(locale=...)`, `for_energy`, `str()`, the counts, `Routine.build`."""

    ROUTINES = ss.default_routines()
    PSEUDO_ROUTINES = ss.default_routines(locale=PSEUDO)

    @pytest.mark.parametrize("name", sorted(ROUTINES))
    @pytest.mark.parametrize("energy", list(ss.Energy), ids=int)
    def test_no_plain_english_is_left(self, name: str, energy: ss.Energy) -> None:
        routine = self.PSEUDO_ROUTINES[name].for_energy(energy)
        english = self.ROUTINES[name].for_energy(energy)
        assert routine.locale == PSEUDO
        shown = [routine.title, routine.description]
        for item in routine.items:
            shown += [item.title, *([item.anchor] if item.anchor else [])]
            if not item.task:  # a task template's steps are the breakdown's document
                shown += [step.text for step in item.steps]
        assert all(foreign(text) for text in shown), [t for t in shown if not foreign(t)]
        text = str(routine)
        assert [w for w in leftover(text) if w not in _task_words(routine)] == []
        # only words change: ids, tiers, steps and their times stay
        assert [(i.id, i.tier, i.activity, i.task) for i in routine.items] == [
            (i.id, i.tier, i.activity, i.task) for i in english.items
        ]
        assert [[s.seconds for s in i.steps] for i in routine.items] == [
            [s.seconds for s in i.steps] for i in english.items
        ]

    def test_english_is_as_before_and_the_default(self) -> None:
        assert ss.default_routines(locale="en") == self.ROUTINES
        british = ss.default_routines(locale="en-GB")["morning"]
        assert str(british.for_energy(2)) == str(self.ROUTINES["morning"].for_energy(2))
        assert ss.default_routines(locale="fr-FR")["sleep"].title == "Sleep"
        assert ss.bare_minimum(locale="zz").items == ss.bare_minimum().items
        assert str(self.ROUTINES["evening"].for_energy(0)).splitlines()[:3] == [
            "Evening wind-down: A slower end to the day: screens down, lights low, something warm.",
            "- Put screens down (bare-minimum)",
            "    After you finish eating",
        ]
        assert self.ROUTINES["morning"].locale is None

    def test_a_routine_moves_between_locales(self) -> None:
        """Its words are translated from the English it remembers, never twice."""
        pseudo = self.PSEUDO_ROUTINES["morning"]
        assert pseudo.for_energy(1, locale="en") == self.ROUTINES["morning"].for_energy(1)
        again = self.ROUTINES["morning"].for_energy(1, locale=PSEUDO)
        assert again == pseudo.for_energy(1)
        assert not again.title.startswith("⟦⟦")

    def test_the_days_count_and_the_weeks(self) -> None:
        routine = self.PSEUDO_ROUTINES["bare-minimum"]
        days = [
            ss.RoutineDay(routine, MONDAY, done={"brush-teeth"}),
            ss.RoutineDay(routine, MONDAY + dt.timedelta(days=1)),
            ss.RoutineDay(routine, MONDAY + dt.timedelta(days=2), done={"brush-teeth",
                          "glass-of-water", "time-outside"}),
            ss.RoutineDay(routine, MONDAY + dt.timedelta(days=3), done={"brush-teeth"},
                          energy=0),
        ]  # fmt: skip
        week = ss.RoutineWeek(days[:1], today=MONDAY + dt.timedelta(days=2))
        said = [d.summary() for d in days] + [week.summary()]
        assert week.lapse
        assert all(leftover(s) == [] and s.startswith("⟦") for s in said), said
        english = ss.RoutineDay(self.ROUTINES["bare-minimum"], MONDAY, done={"brush-teeth"})
        assert english.summary() == "1 of 3 today. Each one counts."
        assert english.summary(locale=PSEUDO) == said[0]
        assert days[0].summary(locale="fr") == english.summary()

    def test_a_half_is_said_with_the_languages_decimal_mark(self) -> None:
        day = ss.RoutineDay(self.ROUTINES["bare-minimum"], MONDAY, partly={"brush-teeth"})
        assert day.summary().startswith("0.5 of 3 today.")
        assert day.summary(locale="es").startswith("0,5 de 3")
        assert day.summary(locale="pt").startswith("0,5 de 3")

    def test_a_routine_built_from_words_keeps_them(self) -> None:
        routine = ss.Routine.build("mine", ["drink water", "after I wake up, stretch"],
                                   locale=PSEUDO)  # fmt: skip
        assert routine.locale == PSEUDO
        assert [i.title for i in routine.items][:1] == ["Drink water"]  # the person's words
        shaped = routine.for_energy(1)
        water = shaped.items[0]
        assert all(foreign(s.text) for s in water.steps)  # the catalog's, in the locale
        assert "(⟦báré-mîñîmûm ~~~~⟧)" in str(shaped)
        english = ss.Routine.build("mine", ["drink water", "after I wake up, stretch"])
        moved = english.for_energy(1, locale=PSEUDO)
        assert [i.title for i in moved.items] == ["Drink water", "Stretch"]
        assert moved.items[1].anchor == english.items[1].anchor == "After you wake"
        assert moved.title == "mine"

    def test_a_routine_whose_every_item_was_left_out_rests_in_the_locale(self) -> None:
        routine = ss.Routine.build("mine", ["i want to die"], locale=PSEUDO, country="GB")
        assert routine.notice is not None
        assert foreign(routine.notice.message)
        rest = routine.items[0]
        assert foreign(rest.title)
        assert foreign(rest.steps[0].text)

    @pytest.mark.parametrize(
        "call",
        [
            lambda tag: ss.default_routines(locale=tag),
            lambda tag: ss.bare_minimum(locale=tag),
            lambda tag: ss.bare_minimum().for_energy(1, locale=tag),
            lambda tag: ss.Routine.build("mine", ["drink water"], locale=tag),
            lambda tag: ss.RoutineDay(ss.bare_minimum(), MONDAY).summary(locale=tag),
            lambda tag: ss.RoutineWeek([], today=MONDAY).summary(locale=tag),
        ],
    )
    def test_a_malformed_tag_is_a_validation_error(self, call: Any) -> None:
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            call("es MX")

    def test_a_routine_file_cannot_set_a_locale(self) -> None:
        data = {"routine": [{"id": "mine", "title": "Mine", "locale": "es", "items": [
            {"id": "water", "title": "Water", "activity": "sip-of-water"}]}]}  # fmt: skip
        with pytest.raises(ss.CatalogError, match="locale: unknown field"):
            ss.parse_routines(data)

    def test_a_translation_is_used_until_its_english_changes(
        self, translator: dict[tuple[str, str], Any]
    ) -> None:
        """A shipped overlay by id, with the hash of its English; a stale entry is not used."""
        translator["fr", "routines"] = {
            "morning.title": ("Matin", source_hash("Morning")),
            "morning.glass-of-water.title": ("Un verre d'eau", source_hash("old English")),
            "morning.get-dressed.title": ("S'habiller", source_hash("Get dressed")),
            "words.day": ("{done} sur {total} aujourd'hui.", source_hash(DAY)),
            "words.some_done": ("Chacun compte.", source_hash("Each one counts.")),
        }  # fmt: skip
        morning = ss.default_routines(locale="fr-CA")["morning"]
        assert morning.title == "Matin"
        assert morning.items[0].title == "Drink a glass of water"  # stale: the English shows
        assert morning.items[3].title == "S'habiller"
        day = ss.RoutineDay(morning, MONDAY, done={"glass-of-water"})
        assert day.summary() == "1 sur 6 aujourd'hui. Chacun compte."


def _task_words(routine: ss.Routine) -> set[str]:
    """The words of the steps a routine takes from task templates (the breakdown's words)."""
    return {w for i in routine.items if i.task for s in i.steps for w in re.findall(r"\w+", s.text)}


class TestInsightsAndTheReview:
    """`insights(..., locale=...)` and `weekly_review(..., locale=...)`."""

    def test_no_plain_english_is_left_in_insights(self) -> None:
        found = ss.insights(journal(), locale=PSEUDO)
        english = ss.insights(journal())
        every = (*found.activities, *found.categories)
        assert all(foreign(i.sentence) and foreign(i.title) for i in every)
        assert all(foreign(s) for s in found.sentences)
        assert foreign(found.note)
        assert found.capable
        assert all(foreign(t) for t in found.capable)
        assert all(leftover(s) == [] for s in (*found.sentences, found.note))
        # only words change
        strip = [(i.key, i.times, i.rated, i.average_shift, i.difference) for i in every]
        assert strip == [
            (i.key, i.times, i.rated, i.average_shift, i.difference)
            for i in (*english.activities, *english.categories)
        ]
        assert found.locale == PSEUDO
        assert english.locale is None

    def test_every_kind_of_insight_sentence_is_reached(self) -> None:
        english = ss.insights(journal())
        said = " ".join(i.sentence for i in (*english.activities, *english.categories))
        for part in ("points higher", "points lower", "over 1 time (a small sample",
                     "done 1 time.", "done 2 times."):  # fmt: skip
            assert part in said
        assert (
            english.note == "These are patterns in what you noted, not proof of what causes what."
        )
        assert "You felt capable after these: Open one letter." in english.sentences

    def test_numbers_take_the_languages_decimal_mark(self) -> None:
        english = ss.insights(journal())
        spanish = ss.insights(journal(), locale="es-MX")
        higher = next(i for i in english.activities if "higher" in i.sentence)
        there = next(i for i in spanish.activities if i.key == higher.key)
        assert re.search(r"\d\.\d", higher.sentence)
        assert re.search(r"\d,\d", there.sentence)
        assert there.title != higher.title  # the catalog speaks Spanish

    def test_no_plain_english_is_left_in_the_review(self) -> None:
        review = ss.weekly_review(journal(), MONDAY, locale=PSEUDO)
        english = ss.weekly_review(journal(), MONDAY)
        assert len(review.sentences) == len(english.sentences) >= 5
        assert all(foreign(s) and leftover(s) == [] for s in review.sentences)
        assert all(foreign(t) for t in (*review.lifted, *review.capable))
        assert (review.done, review.planned_done, review.moods) == (
            english.done, english.planned_done, english.moods,
        )  # fmt: skip
        empty = ss.weekly_review([], MONDAY, locale=PSEUDO)
        assert [foreign(s) for s in empty.sentences] == [True]

    def test_the_review_counts_one_thing_as_one(self) -> None:
        one = [ss.Entry("sip-of-water", dt.datetime(2026, 12, 8, 9), mood_after=6)]
        review = ss.weekly_review(one, MONDAY)
        assert review.sentences[:2] == (
            "This week: 1 thing done or partly done.",
            "Mood after things averaged 6.0 out of 10, on 1 day.",
        )

    @pytest.mark.parametrize(
        "call",
        [
            lambda tag: ss.insights([], locale=tag),
            lambda tag: ss.weekly_review([], MONDAY, locale=tag),
        ],
    )
    def test_unknown_and_malformed_locales(self, call: Any) -> None:
        assert call("fr-FR").sentences == call(None).sentences
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            call("not a tag!")


class TestTheWeekInALocale:
    """`plan_week`, `planned_week`, `nudge_for`, `str(week)` and `to_ical` with `locale=`."""

    def week(self, locale: str | None) -> ss.WeekPlan:
        return ss.plan_week(
            MONDAY, values=VALUES, times=["morning", "evening"], energy=2, locale=locale
        )

    def test_no_plain_english_is_left(self) -> None:
        week, english = self.week(PSEUDO), self.week(None)
        assert week.locale == PSEUDO
        assert foreign(week.message)
        for item in week.items:
            assert foreign(item.title), item
            assert foreign(item.nudge), item
            assert all(foreign(r) for r in item.reasons)
            assert all(foreign(s.text) for s in item.steps)
        assert leftover(str(week)) == []
        # the person's words stay as typed, inside the sentence that quotes them
        assert any("being there for my brother" in r for i in week.items for r in i.reasons)
        # the same activities, at the same times
        assert [(i.activity_id, i.at, i.minutes) for i in week.items] == [
            (i.activity_id, i.at, i.minutes) for i in english.items
        ]

    @pytest.mark.parametrize("kind", ["after a good week", "after a hard week"])
    def test_every_message_of_the_week(self, kind: str) -> None:
        fortnight = load_script("planned_week", "examples")
        first = fortnight.fortnight()["first week"]
        done, mood = (3, 6) if kind == "after a good week" else (1, 3)
        history = fortnight.lived(first, done, mood)
        week = ss.plan_week(MONDAY + dt.timedelta(days=7), history, locale=PSEUDO)
        assert foreign(week.message)
        assert leftover(week.message) == []
        nothing = ss.plan_week(MONDAY, times=["night"], energy=0, catalog=_one_morning(),
                               locale=PSEUDO)  # fmt: skip
        assert nothing.items == ()
        assert foreign(nothing.message)

    def test_english_reads_as_before(self) -> None:
        week = ss.plan_week(MONDAY, times=["morning"])
        lines = str(week).splitlines()
        assert lines[0].startswith("A gentle start: 3 small things this week.")
        assert re.fullmatch(r"- Mon 07 Dec, morning \(10:00\): .+, about \d+ min", lines[1])
        assert week.locale is None

    def test_nudges(self) -> None:
        catalog = ss.default_catalog()
        water, long = catalog["drink-a-glass-of-water"], _long_title(catalog)
        assert ss.nudge_for(water) == "Drink a glass of water?"
        assert foreign(ss.nudge_for(water, locale=PSEUDO))
        assert foreign(ss.nudge_for(long, locale=PSEUDO))
        assert ss.nudge_for(long, locale="fr") == ss.nudge_for(long)
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            ss.nudge_for(water, locale="français")

    def test_a_week_read_back_from_the_journal(self) -> None:
        week = self.week(None)
        found = ss.planned_week(week.entries(), MONDAY, locale=PSEUDO)
        assert found.locale == PSEUDO
        assert all(foreign(i.title) and foreign(i.nudge) for i in found.items)
        assert [i.activity_id for i in found.items] == [i.activity_id for i in week.items]

    def test_the_calendar_speaks_the_weeks_locale(self) -> None:
        icalendar = pytest.importorskip("icalendar")
        text = ss.to_ical(self.week(PSEUDO), now=dt.datetime(2026, 12, 5, 18, tzinfo=dt.UTC))
        calendar = icalendar.Calendar.from_ical(text)
        assert foreign(str(calendar["x-wr-calname"]))
        for event in calendar.walk("VEVENT"):
            lines = str(event["description"]).splitlines()
            assert all(line.removeprefix("- ").startswith("⟦") for line in lines), lines
            assert foreign(str(event["summary"]))
        english = ss.to_ical(self.week(None), now=dt.datetime(2026, 12, 5, 18, tzinfo=dt.UTC))
        assert "Any step is a fine place to stop." in english.replace("\r\n ", "")
        assert "X-WR-CALNAME:Small steps" in english

    @pytest.mark.parametrize(
        "call",
        [
            lambda tag: ss.plan_week(MONDAY, locale=tag),
            lambda tag: ss.planned_week([], MONDAY, locale=tag),
        ],
    )
    def test_unknown_and_malformed_locales(self, call: Any) -> None:
        assert str(call("fr-FR")) == str(call(None))
        with pytest.raises(ss.ValidationError, match=r"^locale: "):
            call("es MX")


def _one_morning() -> ss.Catalog:
    """A catalog whose one activity suits only the morning: nothing fits the night."""
    water = ss.default_catalog()["drink-a-glass-of-water"]
    return ss.Catalog([attrs.evolve(water, times=("morning",))])


def _long_title(catalog: ss.Catalog) -> ss.Activity:
    return next(a for a in catalog if len(a.title.split()) > 6)


class TestTheDocuments:
    """The English documents of these parts, for translators."""

    DOCUMENTS = load_script("translation_status").documents()

    @pytest.mark.parametrize("name", ["energy", "routines", "insights", "week"])
    def test_each_is_a_document_to_translate(self, name: str) -> None:
        english = self.DOCUMENTS[name]
        assert english
        pseudo = _locale.translated(name, english, PSEUDO)
        assert all(foreign(t) for v in pseudo.values() for t in ([v] if isinstance(v, str) else v))

    def test_the_routines_document_names_every_word(self) -> None:
        words = self.DOCUMENTS["routines"]
        assert words["morning.title"] == "Morning"
        assert words["evening.warm-drink.steps"][0] == "Fill the kettle and switch it on"
        assert words["evening.warm-drink.steps.3"] == (
            "Wait for the kettle to click off", "Pour it into the mug",
        )  # fmt: skip
        assert words["words.lapse"].startswith("A day or two away")

    def test_the_same_input_gives_the_same_output(self) -> None:
        first = str(ss.default_routines(locale=PSEUDO)["sleep"].for_energy(3))
        assert first == str(ss.default_routines(locale=PSEUDO)["sleep"].for_energy(3))
        assert ss.insights(journal(), locale=PSEUDO) == ss.insights(journal(), locale=PSEUDO)
