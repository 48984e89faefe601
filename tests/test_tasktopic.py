"""What a message or a call is about, and dates that are no deadline (issue 16)."""

from __future__ import annotations

import pytest

import smallsteps as ss


class TestTopic:
    @pytest.mark.parametrize(
        ("task", "topic"),
        [
            ("text Sam back re sat", "Saturday"),
            ("email my manager re flexible hours after leave", "flexible hours after leave"),
            ("whatsapp the NCT group about meeting up", "meeting up"),
            ("ring the council about my bins, they missed them", "your bins"),
            ("clean the bathroom", ""),
            ("re the boiler", ""),
        ],
    )
    def test_the_words_after_about_or_re_are_the_topic(self, task: str, topic: str) -> None:
        """The topic ends at a break, a new clause or five words; "my" is "your"."""
        assert topic == ss.read_task(task).topic

    def test_a_message_names_what_it_is_about(self) -> None:
        """The step that plans the words says the topic, in place of a plain one."""
        texts = [s.text for s in ss.break_down("whatsapp the NCT group about meeting up", 0).steps]
        assert "Write down what you want to say about meeting up" == texts[1]

    def test_a_call_saved_as_a_template_names_it_before_the_call(self) -> None:
        """A saved call gets the topic before the words to say, once."""
        bd = ss.break_down("ring the bank about the card", energy=2)
        texts = [s.text for s in (*bd.steps, *bd.later)]
        about = texts.index("Write down what to say or ask about the card")
        assert about < next(i for i, t in enumerate(texts) if t.startswith("Press call"))
        assert 1 == sum("the card" in t for t in texts)

    def test_a_task_of_another_kind_gets_no_topic_step(self) -> None:
        """Cleaning "about" nothing: the steps are the cleaning's own."""
        bd = ss.break_down("clean the kitchen, worried about the landlord visit", energy=2)
        assert not any("about" in s.text for s in (*bd.steps, *bd.later))


class TestNoDeadline:
    @pytest.mark.parametrize(
        ("task", "deadline"),
        [
            ("text Sam back re sat", ""),
            ("book a table for Priya's 30th", ""),
            ("card for mum's 60th birthday on the 12th", "on the 12th"),
            ("pay the water bill by fri", "Friday"),
        ],
    )
    def test_a_topic_or_a_birthday_is_no_deadline(self, task: str, deadline: str) -> None:
        """A day after "re" is the topic; someone's 30th is their birthday."""
        assert deadline == ss.read_task(task).deadline
