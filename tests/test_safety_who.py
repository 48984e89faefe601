"""Who a signal is about, and what hides it: the reader's design, in the maintainers' words.

Each case is a shape of sentence the twenty-first session found read wrong in training
messages (never a held-out line, never a training line word for word). Read by the rules
alone, so the word model's judge cannot cover for the rules.
"""

from __future__ import annotations

import pytest

import smallsteps as ss
from smallsteps.text._lexicon import lexicon

RULES_ONLY = ss.WordModel("en", (0.0, 0.0, 0.0), {}, {})


def _about(text: str) -> str | None:
    check = ss.check_safety(text, model=RULES_ONLY)
    if check.level is ss.Level.NONE or check.about is None:
        return None
    return check.about.value


class TestWordsAreReadWhole:
    @pytest.mark.parametrize(
        "word", ["apologising", "organising", "realising", "socialising", "paralysed"]
    )
    def test_a_british_spelling_is_never_split(self, word: str) -> None:
        """Split, "organising" was "organ i sing": a writer the text never named."""
        assert ss.text.read(word).words == (word,)

    def test_a_slip_that_is_also_a_form_reads_as_meant(self) -> None:
        assert ss.text.read("feelin like dieing").words == ("feeling", "like", "dying")

    def test_a_run_together_key_phrase_is_still_split(self) -> None:
        assert ss.text.read("wanttodie").words == ("want", "to", "die")

    def test_the_other_spelling_is_known(self) -> None:
        assert lexicon("en")._spelt_otherwise("realising")
        assert not lexicon("en")._spelt_otherwise("sausage")


class TestListsHaveItems:
    def test_a_numbered_item_begins_a_piece(self) -> None:
        reading = ss.text.read("jobs 1) bins out 2) ring the gp (3) sleep")
        starts = [reading.words[i] for i in reading.pieces]
        assert starts == ["1", "2", "3"]

    def test_a_tick_ends_an_item(self) -> None:
        reading = ss.text.read("packed ✓ fed the cat ✓ done")
        assert [reading.words[i] for i in reading.pieces] == ["fed", "done"]

    def test_both_ways_of_reading_find_the_same_items(self) -> None:
        text = "list: (1) walk dog 2) tea ✓ toast • bed"
        assert ss.text.read(text).pieces == ss.text.read(text, spans=True).pieces


class TestRecoveryWordsNearACrisis:
    @pytest.mark.parametrize(
        "text",
        [
            "passed my theory test, then burned myself with the lighter again",
            "i want to die and i havent slept in four nights",
        ],
    )
    def test_everyday_words_of_recovery_do_not_hide_it(self, text: str) -> None:
        assert _about(text) == "writer"

    @pytest.mark.parametrize(
        "text",
        [
            "i wanted to die back then but the urge passed and im ok now",
            "havent cut in a year and im proud of that",
        ],
    )
    def test_a_recovery_still_is_one(self, text: str) -> None:
        assert ss.check_safety(text).level is not ss.Level.CRISIS

    @pytest.mark.parametrize(
        "text",
        [
            "i was suicidal most of my twenties. now im 35, married, and i love my life",
            "i didnt want to live when i first got sober. now i have a job and im in a good place",
        ],
    )
    def test_a_wish_in_the_past_tense_beside_a_recovery_is_a_story(self, text: str) -> None:
        """No phrase of past time needed: the verb's tense tells it (twenty-seventh session)."""
        assert _about(text) is None

    @pytest.mark.parametrize(
        "text",
        [
            "i took 30 pills. im ok now",  # an act, not a wish: the tense tells no story
            "i wanted to die all week but im fine now",  # a word of now in its piece
            "i wanted to die so badly today. im ok now i guess",
        ],
    )
    def test_a_past_tense_of_now_or_of_an_act_is_no_story(self, text: str) -> None:
        assert _about(text) == "writer"


WHO: list[tuple[str, str]] = [
    # a verb of speech with its own object: the "i" after it is the writer's
    ("he left me for my best mate i want to end my life", "writer"),
    # a reason after a wish is no attribution
    ("thinking about ending it since they told me the pain wont go", "writer"),
    # a list item that ends on what was said leaves the next item to the writer
    ("monday - mum said shes done with me - want to be dead", "writer"),
    # a quote still stands
    ("my brother said i want to die and hung up", "other"),
    ("my cousin texted me, i cant do this anymore", "other"),
    # "someone" in a question of means stands for the writer
    ("if someone swallowed a whole box of paracetamol how long would it take", "writer"),
    ("how many of these would it take to kill someone my weight", "writer"),
    # someone in particular is someone else
    ("someone in my group chat said they took a box of pills, what do i do", "other"),
    ("how can you help someone who keeps saying they want to die", "other"),
    ("my friend asked me what happens if someone cuts too deep", "other"),
    # the one asked, told or owning is not the one at risk; nor are the scars "they"
    ("asked my boyfriend to hide my razors tonight", "writer"),
    ("told my gran goodbye today and she didnt realise", "writer"),
    ("picking at my scars until they bleed again", "writer"),
    ("how many of dads sleeping pills would be too many", "writer"),
    # who said the words in quotation marks
    ('my nephew keeps writing "i want to die" on his arm', "other"),
    ("she told me \u201ci cant keep myself safe tonight\u201d", "other"),
    ('"i wont be here much longer" is what my uncle texted me', "other"),
    ('i keep thinking "i want to die" all day', "writer"),
    ('i told my counsellor "i want to die" and she went quiet', "writer"),
    # someone who does not know it is a witness, not the one doing it
    ("hugged my dad today. he doesnt know it was goodbye", "writer"),
    ("my grandson doesnt know its the last time he will see me", "writer"),
    ("my son doesnt know how to stop cutting", "other"),
    ("my friend doesnt know what to do, she keeps saying she wants to die", "other"),
    # the writer saying outright that the someone is themself
    ("my friend (me) wants to die lol what should they do", "writer"),
    ("ur girl wants to die tonight honestly", "writer"),
    ("asking for a friend (the friend is me): how many pills would it take", "writer"),
    ("some people want to die and the person is me", "writer"),
    ("my friend wants to die, what should i do", "other"),
    # the one a goodbye goes to is not the one saying it
    ("ive written to my sister and put my affairs in order. goodbye", "writer"),
    ("gave my guitar to my cousin and wrote everyone a note. goodbye", "writer"),
    ("how do i talk to my son about suicide, i think hes thinking about it", "other"),
    # the body a wound is on says whose it is, over whoever found it (twenty-sixth session)
    ("i found cuts on his arms after swimming", "other"),
    ("saw fresh scars on her legs and she wont talk about it", "other"),
    ("i have cuts on my arms again", "writer"),
    ("hiding the cuts on my arms from her all week", "writer"),
    # someone met through a band, a stage or a job is someone else
    ("our drummer keeps joking about kms but tonight he wasnt laughing", "other"),
    ("the sound engineer at our venue was standing on the roof edge", "other"),
    # a worried "how do i help" is no question of means; a question of means still is
    ("how do i help my mum she said she wants to die", "other"),
    ("how do i help myself, how many pills would kill me", "writer"),
    # a show on television is a topic; "she showed me" is not
    ("my friend showed me cuts on her arm and made me promise not to tell", "other"),
    # wounds on someone the writer names with "my" are theirs (twenty-seventh session)
    ("spotted cuts on my nephews arm at dinner, he pulled his sleeve down", "other"),
    ("there are new cuts on my arm again", "writer"),
    # someone named by the writer's tie to them is the subject: "a lad i work with"
    ("a lad i work with keeps saying kms and laughing, its not funny anymore", "other"),
    ("an account i follow posted that everyone would be better off without him", "other"),
    ("and i met up with friends but i still want to die", "writer"),
    # "me" after a call made is the one rung, not the one saying goodbye; "help me" asks
    ("my brother called me to say goodbye and now his phone is off", "other"),
    ("please help me say goodbye to this pain, i want to die", "writer"),
    # a quotation said by someone the writer names by a tie is theirs
    ('an account i follow posted "goodbye everyone" and deleted everything', "other"),
]
"""Sentences and who is at risk in them, read by the rules alone."""


@pytest.mark.parametrize(("text", "about"), WHO)
def test_who_is_meant(text: str, about: str) -> None:
    assert _about(text) == about


def test_someone_shutting_down_is_no_lethality_question() -> None:
    assert _about("how do i even talk to my son without him shutting down") is None


class TestQuotations:
    def test_the_words_inside_quotation_marks(self) -> None:
        reading = ss.text.read('my teen keeps writing "i want to die" in her notebook')
        assert [" ".join(reading.words[a:b]) for a, b in reading.quotes] == ["i want to die"]

    @pytest.mark.parametrize(
        "text",
        ["don't won't can't", "the dogs' bowls", "a 'quote with no end", "\u201cbye\u201d"],
    )
    def test_both_ways_of_reading_agree_on_quotations(self, text: str) -> None:
        assert ss.text.read(text).quotes == ss.text.read(text, spans=True).quotes

    def test_an_apostrophe_inside_a_word_opens_nothing(self) -> None:
        assert ss.text.read("don't won't can't").quotes == ()
