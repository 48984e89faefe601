"""Whom the words are about: the writer, someone else, or a topic."""

from __future__ import annotations

import enum

from .._errors import Looked, ValidationError, word_shown

__all__ = ["About"]


class About(enum.Enum, metaclass=Looked):
    """Who the words are about: the `writer`, someone `other`, or a `topic` in general."""

    WRITER = "writer"
    OTHER = "other"
    TOPIC = "topic"

    @classmethod
    def _missing_(cls, value: object) -> About:
        raise ValidationError("about", f"{word_shown(value)} is not one of writer, other, topic")
