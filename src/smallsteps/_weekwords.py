"""A planned week's words and its weekly review's: the `week` document in a locale.

English is the source: `data/week.toml`, by id ("message.first", "nudge.movement",
"review.note", "weekday.mon"). A locale's overlay (`data/locales/<tag>/week.toml`) holds the
ones it translates, each with the hash of its English. The times of day are said with the
`strings` document's words ("time.morning"). This module knows a week by its fields only, so
`_week`, `_review` and `_calendar` can build on it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from ._locale import parse_locale
from ._strings import document_in

if TYPE_CHECKING:
    from ._week import WeekPlan

__all__ = ["tag_of", "week_text", "week_words"]

_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS: Final = (
    *("jan", "feb", "mar", "apr", "may", "jun"),
    *("jul", "aug", "sep", "oct", "nov", "dec"),
)


def tag_of(locale: str | None) -> str | None:
    """A checked locale's tag; `None` for English (`None` or "en").

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    tag = None if locale is None else parse_locale(locale).tag
    return None if tag == "en" else tag


def week_words(locale: str | None) -> dict[str, str]:
    """The `week` document in a locale, by id ("message.first"); English for `None`."""
    return {k: str(v) for k, v in document_in("week", locale).items()}


def week_text(week: WeekPlan) -> str:
    """`str(week)`: its message, then a line for each planned activity, in its locale."""
    words = week_words(week.locale)
    times = document_in("strings", week.locale)
    lines = [week.message]
    for offset in range(7):
        day = week.start + dt.timedelta(days=offset)
        date = words["line.day"].format(
            weekday=words[f"weekday.{_WEEKDAYS[day.weekday()]}"],
            date=f"{day.day:02d}",
            month=words[f"month.{_MONTHS[day.month - 1]}"],
        )
        for item in week.on(day):
            line = words["line.item"].format(
                day=date,
                time=times[f"time.{item.time_of_day.value}"],
                clock=f"{item.at:%H:%M}",
                title=item.title,
                minutes=item.minutes,
            )
            lines.append(f"- {line}")
    return "\n".join(lines)
