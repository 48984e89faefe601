"""Helping someone with a thing is the thing's task, done for them: "help dad with online banking".

The verb "help" says nothing of what to do; the thing after "with" does. Where the rules read
the person as the task's object (the thing after "with" lost), the task is read again as the
thing for that person ("online banking for dad": set it up for your dad). A thing of their own
kept as the object ("help sam with his homework") is done together, and stays as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._taskread import TaskReading

__all__ = ["helped"]

_HELP: Final = re.compile(
    r"^\s*help(?:ing)?\s+(?P<who>\S+(?:\s+\S+){0,2}?)\s+with\s+(?P<what>\S.*)$", re.IGNORECASE
)
""""help <one to three words> with <the thing>"."""


def helped(task: str, reading: TaskReading) -> str:
    """The task as the thing for the person helped, or `""` when it is not one to read so.

    Args:
        task: The task in the person's words.
        reading: The rules' reading of it.

    Returns:
        "online banking for dad" for "help dad with online banking", when the reading's
        verb is "help" and its object the person; else `""`.
    """
    if reading.verb not in ("help", "help with") or reading.object_class != "person":
        return ""
    found = _HELP.match(task)
    return f"{found['what']} for {found['who']}" if found else ""
