"""A chat-style front end: free messages in, short kind messages out (the shape of a bot).

Play the scripted demo:   python examples/chat.py
Chat in a terminal:       python examples/chat.py --interactive

`ChatSession.reply` is pure: the time is an argument, nothing is read or printed, and the same
messages give the same replies. Every message goes through `ss.check_safety` before anything
else; crisis language gets the safety notice and nothing more. The intents are one ordered
list, `INTENTS`: the first matcher that finds something wins, and its handler replies.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, Final

import smallsteps as ss

DEFAULT_MINUTES: Final = 5
"""The minutes a plan assumes until the person says otherwise."""
DEFAULT_POSTURE: Final = ss.Posture.SITTING
"""The posture a plan assumes until the person says otherwise."""

MENU: Final = "\n".join(
    [
        "Here is what I can do:",
        "- Tell me your energy, 0 to 4 or in your own words, and I will suggest small things.",
        "- Ask me to break down a task, like: break down do the dishes.",
        "- Share a harsh thought, like: thought: I mess everything up.",
        "- Say plan my week for a few small things ahead, then ask what's next.",
        "- Say bye when you want to stop. Stopping counts.",
    ]
)


@dataclasses.dataclass(frozen=True)
class Said:
    """One message, ready for matching.

    Attributes:
        text: The message as the person typed it.
        plain: Lowercased words joined by single spaces, apostrophes dropped ("im in bed").
        words: The same words as a tuple.
        now: When it was said.
    """

    text: str
    plain: str
    words: tuple[str, ...]
    now: dt.datetime

    @classmethod
    def of(cls, text: str, now: dt.datetime) -> Said:
        """Read a message: lowercase it and split it into words."""
        words = tuple(re.findall(r"[^\W_]+", re.sub(r"['\u2019]", "", text.lower())))
        return cls(text, " ".join(words), words, now)

    def has(self, *phrases: str) -> bool:
        """Whether any of the phrases appears as whole words."""
        padded = f" {self.plain} "
        return any(f" {phrase} " in padded for phrase in phrases)


class ChatSession:
    """One conversation: the little it remembers, and the replies to each message.

    Args:
        recommender: The recommender to plan with; the default catalog and rules when `None`.
        country: An ISO 3166-1 code, to put that country's crisis lines first.
        locale: A language tag ("es-MX"): the safety notice in that language where it ships,
            and the safety net reading it too; the chat's own words stay English.
        week: A planned week (`ss.plan_week`) the host kept: "what's next?" answers from it.
    """

    def __init__(
        self,
        recommender: ss.Recommender | None = None,
        *,
        country: str | None = None,
        locale: str | None = None,
        week: ss.WeekPlan | None = None,
    ) -> None:
        self.recommender = recommender or ss.Recommender()
        self.week = week  # a planned week the host kept, or one planned in the chat
        self.lived: list[ss.Entry] = []  # what was done from the week, in this chat
        self.country = country
        self.locale = locale
        self.finished = False
        self.after_notice: ss.SafetyNotice | None = None  # the last safety notice shown
        self.reset()

    def reset(self) -> None:
        """Forget the conversation: the check-in, the plan, the steps and any questions."""
        self.energy: ss.Energy | None = None
        self.minutes: int | None = None
        self.posture: ss.Posture | None = None
        self.outdoors = False
        self.asked_energy = False
        self.plan: ss.Plan | None = None
        self.breakdown: ss.Breakdown | None = None
        self.steps: tuple[ss.Step, ...] = ()  # the steps in focus: an activity's or a task's
        self.shown = 0  # how many of them were shown
        self.batch = 0  # where the last lot shown began: "smaller" splits that step
        self.questions: tuple[str, ...] = ()  # reframe questions not asked yet
        self.closing: tuple[str, ...] = ()  # said after the last answer; set while reframing

    def reply(self, message: str, now: dt.datetime) -> list[str]:
        """Answer one message.

        Args:
            message: What the person typed, any length, any alphabet.
            now: The current time (the part of the day shapes the plan).

        Returns:
            The bot's messages, at least one.
        """
        said = Said.of(message, now)
        check = ss.check_safety(said.text, self.country, locale=self.locale)
        if check.notice is not None:
            self.questions = self.closing = ()
            if check.notice.kind != "gentle":
                self.after_notice = check.notice
            return notice_messages(check.notice)
        for _name, matches, handle in INTENTS:
            found = matches(self, said)
            if found is not None and found is not False:  # 0 and "" are finds too
                self.after_notice = None
                return handle(self, said, found)
        if self.after_notice is not None:  # right after a notice: stay, never the menu
            return stay_with(self.after_notice)
        return didnt_catch(self, said, None)

    def checkin(self, now: dt.datetime) -> ss.CheckIn:
        """The check-in the conversation has built so far (energy must be known)."""
        assert self.energy is not None
        return ss.CheckIn(
            energy=self.energy,
            minutes=self.minutes or DEFAULT_MINUTES,
            posture=self.posture or DEFAULT_POSTURE,
            time_of_day=ss.TimeOfDay.from_time(now),
            outdoors=self.outdoors,
        )

    def focus(self, steps: tuple[ss.Step, ...], shown: int) -> None:
        """Put steps in focus, with the first `shown` of them already on screen."""
        self.steps, self.shown, self.batch = steps, shown, 0


def notice_messages(notice: ss.SafetyNotice) -> list[str]:
    """The safety notice as chat messages: warm words, lines, other options, the emergency."""
    lines = list(notice.lines)  # "Samaritans: call 116 123, ...", in the notice's words
    if notice.kind == "supporter":  # someone worried about another person: how to be with them
        return [notice.message, *lines, SUPPORTER_HEADING, *notice.options, notice.emergency]
    return [notice.message, *lines, *notice.options, notice.emergency]


SUPPORTER_HEADING: Final = "How to be with them now:"


def stay_with(notice: ss.SafetyNotice) -> list[str]:
    """What to say after a safety notice to a message that asks nothing else: stay, calmly.

    Never the cheerful menu: the lines again, one small grounding step when the notice has
    one, and the emergency reminder.
    """
    lines = [f"- {line}" for line in notice.lines]
    messages = [STILL_HERE, "\n".join([LINES_HEADING, *lines])]
    if notice.grounding is not None and notice.grounding.steps:
        messages.append(f"If it helps, one small thing: {notice.grounding.steps[0]}")
    return [*messages, notice.emergency]


STILL_HERE: Final = "I am still here. You do not have to say more than you want to."
LINES_HEADING: Final = "The people at these lines are there any time:"


def numbered(steps: Sequence[ss.Step], start: int = 1, *, wins: bool = False) -> str:
    """Steps as numbered lines; with `wins`, marks where stopping is a complete win."""
    lines = []
    for n, step in enumerate(steps, start=start):
        mark = " (stopping here counts)" if wins and step.win and n < start + len(steps) - 1 else ""
        lines.append(f"{n}. {step}{mark}")
    return "\n".join(lines)


# -- matchers: each returns what it found, or None ------------------------------------------

STOP_WORDS: Final = frozenset({"stop", "bye", "goodbye", "quit", "exit"})
STOP_PHRASES: Final = frozenset({"good night", "goodnight", "see you", "thats enough", "thats all"})
MENU_PHRASES: Final = frozenset(
    {"help", "help please", "what can you do", "what do you do", "menu", "options", "start"}
)
GREETINGS: Final = frozenset({"hi", "hello", "hey", "hiya"})
ORDINALS: Final = {"1": 0, "first": 0, "2": 1, "second": 1, "3": 2, "third": 2, "4": 3, "5": 4}
ORDINALS_ALONE: Final = {"one": 0, "two": 1, "three": 2}  # only alone: "the second one"
PICK_FILLER: Final = frozenset({"the", "one", "number", "option", "please", "pick", "try", "lets"})
NEXT_PHRASES: Final = frozenset({"next", "next step", "next one", "what next", "then what"})
DONE_PHRASES: Final = frozenset({"done", "did it", "i did it", "finished"})
PLAN_WEEK_PHRASES: Final = frozenset({"plan my week", "plan the week", "plan a week", "my week"})
WHATS_NEXT_PHRASES: Final = frozenset(
    {"whats next", "what is next", "whats due", "what is due", "whats planned", "whats on"}
)
ALL_PHRASES: Final = frozenset({"more", "all", "show all", "all steps", "the rest", "more please"})
TASK_OPENINGS: Final = re.compile(
    r"^\s*(?:please\s+)?(?:help me(?: with| to)?|i need to|i have to|how do i (?:even )?start"
    r"(?: with| to)?)\s+(?P<task>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
BREAK_DOWN: Final = re.compile(
    r"^\s*(?:please\s+|can you\s+)?break\s+(?:it\s+)?down\b\s*:?\s*(?P<task>.*)",
    re.IGNORECASE | re.DOTALL,
)
THOUGHT: Final = re.compile(r"^\s*thought\s*:\s*(?P<thought>.*)", re.IGNORECASE | re.DOTALL)

ENERGY_PHRASES: Final = (  # most specific first
    ("running on empty", 0), ("wiped out", 0), ("nothing left", 0), ("cant move", 0),
    ("very low", 1), ("really low", 1), ("so tired", 1), ("not good", 1), ("not great", 1),
    ("not bad", 3), ("pretty good", 3), ("quite good", 3), ("some energy", 3),
    ("good energy", 4), ("really good", 4), ("very good", 4),
    ("empty", 0), ("exhausted", 0), ("drained", 0), ("wiped", 0),
    ("feeling down", 1), ("tired", 1), ("awful", 1), ("terrible", 1), ("rough", 1), ("bad", 1),
    ("low", 2), ("meh", 2), ("so so", 2),
    ("alright", 3), ("fine", 3), ("decent", 3),
    ("good", 4), ("great", 4), ("energetic", 4),
)  # fmt: skip
POSTURE_PHRASES: Final = (
    (ss.Posture.LYING, ("in bed", "lying", "laying", "lie down", "lay down")),
    (ss.Posture.SITTING, ("sitting", "sat", "on the sofa", "on the couch", "at my desk")),
    (ss.Posture.STANDING, ("standing", "on my feet", "up and about")),
)
NUMBER_WORDS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "five": 5, "ten": 10, "twenty": 20}
MINUTES: Final = re.compile(r"\b(\d{1,4}|an?|one|two|five|ten|twenty) ?(mins?|minutes?|hours?)\b")


def wants_to_stop(chat: ChatSession, said: Said) -> bool:
    """A short message that starts with stop, bye, quit..., or says good night."""
    short = bool(said.words) and said.words[0] in STOP_WORDS and len(said.words) <= 4
    return short or said.plain in STOP_PHRASES


def thought_given(chat: ChatSession, said: Said) -> str | None:
    """A message that starts "thought:", with the thought after it."""
    found = THOUGHT.match(said.text)
    return (found["thought"].strip() or None) if found else None


def break_down_asked(chat: ChatSession, said: Said) -> str | None:
    """Asks to break a task down ("break down X"): the task, or "" when none came with it."""
    found = BREAK_DOWN.match(said.text)
    return found["task"].strip() if found else None


def harsh_thought(chat: ChatSession, said: Said) -> ss.Reframe | None:
    """A message the library reads as a harsh thought (a thinking pattern or a self-label)."""
    if not said.words or chat.closing:
        return None
    result = ss.reframe(said.text, country=chat.country, locale=chat.locale)
    return result if result.distortions or result.identity else None


def task_given(chat: ChatSession, said: Said) -> str | None:
    """Names a task ("help me X", "I need to X", "how do I start X"): the task."""
    found = TASK_OPENINGS.match(said.text)
    return found["task"].strip() if found else None


def wants_menu(chat: ChatSession, said: Said) -> bool:
    """Asks what the bot can do ("help", "what can you do"), or says hello."""
    greeting = bool(said.words) and said.words[0] in GREETINGS and len(said.words) <= 3
    return said.plain in MENU_PHRASES or greeting


def picked(chat: ChatSession, said: Said) -> int | None:
    """A number or "the first one" while a plan is showing: its position, from 0."""
    if chat.plan is None or not chat.plan.suggestions or len(said.words) > 4:
        return None
    if len(said.words) == 1 and said.words[0] in ORDINALS_ALONE:
        return ORDINALS_ALONE[said.words[0]]
    picks = {ORDINALS[w] for w in said.words if w in ORDINALS}
    extra = [w for w in said.words if w not in ORDINALS and w not in PICK_FILLER]
    if extra or len(picks) != 1:
        return None
    return picks.pop()


def wants_next(chat: ChatSession, said: Said) -> bool:
    """Asks for the next step ("next"), or says a step is done."""
    return said.plain in NEXT_PHRASES | DONE_PHRASES


def asks_about_the_week(chat: ChatSession, said: Said) -> str | None:
    """Asks to plan the week ("plan my week"), or what is next in it ("what's next?")."""
    if said.plain in PLAN_WEEK_PHRASES:
        return "plan"
    if said.plain in WHATS_NEXT_PHRASES and not (chat.steps and chat.shown < len(chat.steps)):
        return "next"  # with steps still in focus, "what's next" is their next step
    return None


def wants_all(chat: ChatSession, said: Said) -> bool:
    """Asks for every step left ("more", "all", "the rest")."""
    return said.plain in ALL_PHRASES


def wants_smaller(chat: ChatSession, said: Said) -> int | None:
    """Asks for a smaller step ("smaller", "too big"): its number from 1, or 0 for the current."""
    if "smaller" not in said.words and not said.has("too big", "too hard", "too long"):
        return None
    numbers = [int(w) for w in said.words if w.isdigit() and len(w) <= 3]
    return numbers[0] if numbers else 0


@dataclasses.dataclass(frozen=True)
class Told:
    """The parts of a check-in one message told; `None` where it said nothing."""

    energy: ss.Energy | None = None
    minutes: int | None = None
    posture: ss.Posture | None = None
    outdoors: bool | None = None


def checkin_told(chat: ChatSession, said: Said) -> Told | None:
    """Energy, minutes, posture or going outside, in the person's words."""
    told = Told(_energy(chat, said), _minutes(said), _posture(said), _outdoors(said))
    return None if told == Told() else told


def _energy(chat: ChatSession, said: Said) -> ss.Energy | None:
    number = re.search(r"\b(?:energy|level)(?: is| of| at)? ([0-4])\b", said.plain)
    if number:
        return ss.Energy(int(number[1]))
    if re.fullmatch(r"[0-4]", said.plain) and (chat.plan is None or chat.asked_energy):
        return ss.Energy(int(said.plain))
    return next((ss.Energy(n) for phrase, n in ENERGY_PHRASES if said.has(phrase)), None)


def _minutes(said: Said) -> int | None:
    if said.has("half an hour"):
        return 30
    if said.has("a few minutes", "a couple of minutes"):
        return 5
    found = MINUTES.search(said.plain)
    if not found:
        return None
    amount = NUMBER_WORDS.get(found[1]) or int(found[1])
    amount *= 60 if found[2].startswith("hour") else 1
    return min(max(amount, 1), 24 * 60)


def _posture(said: Said) -> ss.Posture | None:
    return next((p for p, phrases in POSTURE_PHRASES if said.has(*phrases)), None)


def _outdoors(said: Said) -> bool | None:
    if not said.has("outside", "outdoors", "go out"):
        return None
    return not said.has("cant", "cannot", "not", "no", "dont", "wont")


def reframe_pending(chat: ChatSession, said: Said) -> bool:
    """Any other message while a reframe is under way is an answer (or "skip")."""
    return bool(chat.closing)


# -- handlers: each returns the messages ----------------------------------------------------


def say_goodbye(chat: ChatSession, said: Said, found: Any) -> list[str]:
    """Say goodbye warmly, forget the conversation and mark the session finished."""
    chat.reset()
    chat.finished = True
    return ["Okay, we can stop here. Stopping counts, whenever it happens.", "Take care."]


def show_menu(chat: ChatSession, said: Said, found: Any) -> list[str]:
    """Say hello to a greeting, then show the menu and where help is."""
    hello = ["Hello, it is good to hear from you."] if said.words[0] in GREETINGS else []
    return [*hello, MENU, ss.help_pointer()]


def look_at_thought(chat: ChatSession, said: Said, found: ss.Reframe | str) -> list[str]:
    """Show the thinking pattern found and ask the first question; keep the rest for later."""
    result = (
        found
        if isinstance(found, ss.Reframe)
        else ss.reframe(found, country=chat.country, locale=chat.locale)
    )
    if result.notice is not None:
        return notice_messages(result.notice)
    messages = ["That sounds like a hard thought to carry. We can look at it together."]
    for pattern in result.distortions[:1]:
        messages.append(f"It may be {pattern.name.lower()}: {pattern.description}")
    if result.identity:
        messages.append(f"Another way to say it: {result.identity}")
    first, *rest = [q.text for q in result.questions]
    chat.questions = tuple(rest)
    chat.closing = (
        *(f"A balanced thought could start like this: {s}" for s in result.starters[:1]),
        *([result.experiment] if result.experiment else []),
        "Looking at a thought at all counts.",
    )
    return [*messages, first, "You can answer in your own words, or say skip."]


def answer_question(chat: ChatSession, said: Said, found: Any) -> list[str]:
    """Thank the person for an answer, then ask the next question or close the reframe."""
    if said.plain in ("skip", "skip it", "not now", "later"):
        chat.questions = chat.closing = ()
        return ["Okay, we can leave it there. Looking at it at all counts."]
    if chat.questions:
        question, *rest = chat.questions
        chat.questions = tuple(rest)
        return ["Thank you for thinking about it.", question]
    closing, chat.closing = chat.closing, ()
    return ["Thank you for thinking about it.", *closing]


def break_down_task(chat: ChatSession, said: Said, found: str) -> list[str]:
    """Break a task into steps sized to the energy told (low when not told yet)."""
    if not found:
        return ["What would you like to break down? For example: break down do the dishes."]
    energy = ss.Energy.LOW if chat.energy is None else chat.energy
    bd = ss.break_down(found, energy, country=chat.country, locale=chat.locale)
    if bd.crisis and bd.notice is not None:
        return notice_messages(bd.notice)
    chat.breakdown = bd
    chat.focus((*bd.steps, *bd.later), len(bd.steps))
    messages = [
        f"{bd.title}, in small steps for energy {int(energy)} ({energy.label.lower()}):",
        numbered(bd.steps, wins=True),
    ]
    if bd.caution:  # a hazard's safety line, beside the steps
        messages.append(bd.caution)
    if bd.first_step_only:
        messages.append(bd.first_step_only)
    if bd.later:
        more = "is 1 more step" if len(bd.later) == 1 else f"are {len(bd.later)} more steps"
        messages.append(f"There {more} for later. Say more when you are ready.")
    if bd.habit_stack:
        messages.append(f"Idea: {bd.habit_stack}.")
    messages.append("Say smaller if the first step feels too big.")
    if bd.notice is not None:  # a gentle check beside the steps
        messages += notice_messages(bd.notice)
    return messages


def pick_activity(chat: ChatSession, said: Said, found: int) -> list[str]:
    """Put the picked activity's steps in focus and show the first one."""
    assert chat.plan is not None
    count = len(chat.plan.suggestions)
    if found >= count:
        return [f"There are {count} ideas. Say a number from 1 to {count}."]
    suggestion = chat.plan.suggestions[found]
    sized = ss.size_steps(suggestion.activity.steps, chat.plan.checkin.energy)
    chat.focus((*suggestion.steps, *sized[len(suggestion.steps) :]), 1)
    messages = [f"{suggestion.activity.title}. Here is the first step:", numbered(chat.steps[:1])]
    if suggestion.activity.note:
        messages.append(suggestion.activity.note)
    if len(chat.steps) > 1:
        return [*messages, "Say next for the next step, or all to see them all."]
    return [*messages, "That is the only step. Trying it counts."]


def next_step(chat: ChatSession, said: Said, found: Any) -> list[str]:
    """Show the next step in focus, one at a time."""
    counts = ["That counts."] if said.plain in DONE_PHRASES else []
    if not chat.steps:
        return [*counts, *_nothing_in_focus(chat)]
    if chat.shown >= len(chat.steps):
        return [*counts, "That was every step. However far you got, it counts."]
    chat.batch, chat.shown = chat.shown, chat.shown + 1
    step = numbered(chat.steps[chat.batch : chat.shown], chat.shown)
    if chat.shown == len(chat.steps):
        return [*counts, step, "That is the last one. Stopping anywhere counts."]
    return [*counts, step]


def all_steps(chat: ChatSession, said: Said, found: Any) -> list[str]:
    """Show every step in focus not shown yet."""
    if not chat.steps:
        return _nothing_in_focus(chat)
    if chat.shown >= len(chat.steps):
        return ["That was every step. However far you got, it counts."]
    chat.batch, chat.shown = chat.shown, len(chat.steps)
    rest = numbered(chat.steps[chat.batch :], chat.batch + 1)
    return [rest, "Stopping after any of them counts."]


def the_week(chat: ChatSession, said: Said, found: str) -> list[str]:
    """Plan a gentle week, or say what is due next in it, with its nudge."""
    if found == "plan":
        energy = chat.energy if chat.energy is not None else ss.Energy.VERY_LOW
        start = said.now.date()
        when = ss.TimeOfDay.from_time(said.now)
        chat.week = ss.plan_week(start, chat.lived, times=[when], energy=energy, tz=said.now.tzinfo)
        return [str(chat.week), "Ask what's next whenever you like."]
    if chat.week is None:
        return ["There is no planned week yet. Say plan my week and I will make a gentle one."]
    item = ss.due(chat.week, chat.lived, said.now)
    if item is None:
        return ["Nothing planned is due right now. Rest counts too."]
    return [
        f"Next: {item.at:%A} {item.time_of_day}, {item.title.lower()}, about {item.minutes} min.",
        f"{item.nudge} Any part of it counts.",
    ]


def make_smaller(chat: ChatSession, said: Said, found: int) -> list[str]:
    """Split the step in focus (or step `found`) into smaller ones, in place."""
    if not chat.steps:
        return _nothing_in_focus(chat)
    index = found - 1 if found else chat.batch
    if not 0 <= index < chat.shown:
        return [f"Say a step number from 1 to {chat.shown}, like: smaller 1."]
    pieces = ss.split_step(chat.steps[index])
    if pieces == (chat.steps[index],):
        return ["That step is about as small as it gets. Trying it, or resting, both count."]
    chat.steps = (*chat.steps[:index], *pieces, *chat.steps[index + 1 :])
    chat.shown += len(pieces) - 1
    chat.batch = index
    return ["Here it is in smaller pieces:", numbered(pieces, index + 1)]


def update_checkin(chat: ChatSession, said: Said, found: Told) -> list[str]:
    """Take in what the message told; ask for the energy, or show a plan once it is known."""
    if found.energy is not None:
        chat.energy = found.energy
    if found.minutes is not None:
        chat.minutes = found.minutes
    if found.posture is not None:
        chat.posture = found.posture
    if found.outdoors is not None:
        chat.outdoors = found.outdoors
    if chat.energy is None:
        chat.asked_energy = True
        levels = [f"{int(e)}: {e.label}. {e.description}" for e in ss.Energy]
        return ["Thank you for telling me.", "How is your energy right now?\n" + "\n".join(levels)]
    chat.asked_energy = False
    return show_plan(chat, said.now)


def show_plan(chat: ChatSession, now: dt.datetime) -> list[str]:
    """Recommend for the check-in so far and show the plan, numbered, first steps only."""
    checkin = chat.checkin(now)
    chat.plan = chat.recommender.recommend(checkin, now=now)
    chat.breakdown = None
    chat.focus((), 0)
    if not chat.plan.suggestions:
        return ["Nothing fits right now, and that is okay. Resting counts too.", chat.plan.help]
    where = {"lying": "lying down", "sitting": "sitting", "standing": "standing"}
    minutes = f"{checkin.minutes} minute{'s' if checkin.minutes != 1 else ''}"
    head = (
        f"Here are a few small things for energy {int(checkin.energy)} "
        f"({checkin.energy.label.lower()}), {minutes}, {where[checkin.posture]}:"
    )
    ideas = "\n".join(
        f"{n}. {s.activity.title}: {s.steps[0]}"
        for n, s in enumerate(chat.plan.suggestions, start=1)
    )
    messages = [head, ideas, "Say a number to see its steps. Doing none of them is okay too."]
    guesses = ((minutes, chat.minutes), (str(DEFAULT_POSTURE), chat.posture))
    guessed = [guess for guess, told in guesses if told is None]
    if guessed:
        messages.append(f"I guessed {' and '.join(guessed)}. Tell me if that is different.")
    return [*messages, chat.plan.help]


def didnt_catch(chat: ChatSession, said: Said, found: Any) -> list[str]:
    """Say kindly that the message was not understood, and show the menu."""
    return ["Sorry, I did not catch that.", MENU, ss.help_pointer()]


def _nothing_in_focus(chat: ChatSession) -> list[str]:
    if chat.plan is not None and chat.plan.suggestions:
        return ["Say a number from the list first, and I will show its steps."]
    return ["There is nothing to show yet. Tell me your energy, or ask me to break down a task."]


Intent = tuple[
    str, Callable[[ChatSession, Said], Any], Callable[[ChatSession, Said, Any], list[str]]
]

INTENTS: Final[tuple[Intent, ...]] = (
    ("stop", wants_to_stop, say_goodbye),
    ("thought", thought_given, look_at_thought),
    ("break down", break_down_asked, break_down_task),
    ("harsh thought", harsh_thought, look_at_thought),
    ("task", task_given, break_down_task),
    ("menu", wants_menu, show_menu),
    ("pick", picked, pick_activity),
    ("week", asks_about_the_week, the_week),
    ("next", wants_next, next_step),
    ("all", wants_all, all_steps),
    ("smaller", wants_smaller, make_smaller),
    ("answer", reframe_pending, answer_question),
    ("check-in", checkin_told, update_checkin),
)
"""The intents in order: (name, matcher, handler). The first matcher that finds something wins;
with none, `didnt_catch` answers."""


# -- the edge: the demo and the terminal loop -----------------------------------------------

DEMO_NOW: Final = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
DEMO: Final = (
    "hi",
    "pretty low today",
    "I have 10 minutes and I am sitting",
    "2",
    "smaller",
    "next",
    "break down reply to my landlord",
    "smaller 3",
    "I'm so useless",
    "No, one mistake is one mistake",
    "skip",
    "bye",
)


def show(who: str, message: str) -> None:
    """Print one chat line, continuation lines indented under the first."""
    indent = "\n" + " " * (len(who) + 2)
    print(f"{who}: {message.replace(chr(10), indent)}")


def play(chat: ChatSession, script: Sequence[str], now: dt.datetime) -> None:
    """Play a scripted conversation and print it."""
    for message in script:
        show("you", message)
        for line in chat.reply(message, now):
            show("smallsteps", line)


def chat_in_terminal(chat: ChatSession) -> int:
    """Read messages from standard input until bye, end of input, or Ctrl-C."""
    show("smallsteps", "Hello. Tell me how your energy is, or say help to see what I can do.")
    while not chat.finished:
        try:
            message = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            break
        now = dt.datetime.now().astimezone()  # the clock is read here, at the edge, only
        for line in chat.reply(message, now):
            show("smallsteps", line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Play the demo conversation, or chat in the terminal with `--interactive`."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python examples/chat.py",
        description="A small chat over smallsteps: the demo conversation, or your own.",
    )
    parser.add_argument(
        "--interactive", action="store_true", help="chat in the terminal instead of the demo"
    )
    parser.add_argument("--country", metavar="CC", help="two-letter code for crisis lines")
    parser.add_argument("--locale", metavar="TAG", help="language tag for the safety notice")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        ss.default_resources().for_country(args.country)  # checks the code now, not in a crisis
        if args.locale:
            ss.parse_locale(args.locale)
    except ss.ValidationError as error:
        parser.error(str(error))
    session = ChatSession(country=args.country, locale=args.locale)
    if args.interactive:
        return chat_in_terminal(session)
    play(session, DEMO, DEMO_NOW)
    return 0


if __name__ == "__main__":
    main()
