"""smallsteps: a deterministic small-step recommender for depression recovery self-care.

It supports daily routines and mood self-care; it does not diagnose, treat or assess risk.

Example:
    >>> import smallsteps as ss
    >>> checkin = ss.CheckIn(energy=1, minutes=5, posture="lying", time_of_day="morning")
    >>> plan = ss.recommend(checkin)
    >>> len(plan.suggestions)
    3
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import text as text
    from ._breakdown import Breakdown, break_down
    from ._calendar import to_ical
    from ._catalog import BUILTIN_CATEGORIES, Catalog
    from ._convert import from_dict, from_json, make_converter, to_dict, to_json
    from ._distortions import Distortion, Question, distortions
    from ._errors import CatalogError, UnknownActivityError, ValidationError
    from ._exchange import JOURNAL_SCHEMA
    from ._insights import Insight, Insights, insights
    from ._journal import Journal, JournalError, Kept
    from ._journalbase import JournalBase, JournalStore, MemoryJournal
    from ._loader import (
        PLUGIN_GROUP,
        default_catalog,
        installed_catalog,
        load_catalog,
        parse_catalog,
    )
    from ._locale import Locale, available_locales, parse_locale
    from ._model import (
        Activity,
        Category,
        CheckIn,
        Entry,
        Plan,
        Reason,
        Step,
        Suggestion,
        format_duration,
    )
    from ._notice import notice_words
    from ._recommend import Recommender, fit_steps, recommend
    from ._records import KINDS, RECORD_KINDS
    from ._reframe import Detected, Reframe, Span, reframe
    from ._resourcebook import (
        Resource,
        ResourceBook,
        country_of,
        default_resources,
        load_resources,
    )
    from ._resources import help_pointer, safety_plan
    from ._review import MoodPoint, WeeklyReview, mood_series, weekly_review
    from ._routineday import RoutineDay, RoutineWeek
    from ._routines import (
        Routine,
        RoutineItem,
        bare_minimum,
        default_routines,
        load_routines,
        parse_routines,
    )
    from ._rules import (
        DEFAULT_RULES,
        KEEP,
        REJECT,
        SHARED_FIELDS,
        Context,
        Reach,
        Rule,
        Verdict,
        personal_rule,
        plan_rule,
        prefer_tags,
        rule_name,
        shared_rule,
    )
    from ._safety import (
        About,
        Detector,
        Level,
        SafetyCheck,
        SafetyNotice,
        SafetyRules,
        Signal,
        WarningSigns,
        WordModel,
        check_safety,
        default_safety_model,
        default_safety_rules,
        load_safety_model,
        load_safety_rules,
    )
    from ._safetyplan import SafetyPlan, SafetyPlanSection
    from ._selftalk import ProofEntry, ProofList, ThoughtRecord
    from ._sizing import FIRST_STEP_SECONDS, size_steps, split_step
    from ._talk import Glimmer, SelfTalk, self_talk
    from ._taskitems import TaskKind, TaskTemplate
    from ._tasklex import TaskLexicon, default_task_lexicon
    from ._taskread import TaskReading, read_task
    from ._tasks import TaskBook, default_tasks, load_tasks, parse_tasks
    from ._tone import BANNED_PHRASES, MAX_GRADE, MAX_STEP_WORDS, lint_text, reading_grade
    from ._values import Value, Values
    from ._vocab import Completion, Energy, LifeArea, Posture, Sense, Tier, TimeOfDay
    from ._week import PlannedActivity, WeekPlan, due, nudge_for, plan_week, planned_week

# Where each public name lives; `__getattr__` imports it from there on first use.
_EXPORTS: dict[str, str] = {
    "About": "_safety",
    "Activity": "_model",
    "BANNED_PHRASES": "_tone",
    "BUILTIN_CATEGORIES": "_catalog",
    "Breakdown": "_breakdown",
    "Catalog": "_catalog",
    "CatalogError": "_errors",
    "Category": "_model",
    "CheckIn": "_model",
    "Completion": "_vocab",
    "Context": "_rules",
    "DEFAULT_RULES": "_rules",
    "Detected": "_reframe",
    "Detector": "_safety",
    "Distortion": "_distortions",
    "Energy": "_vocab",
    "Entry": "_model",
    "FIRST_STEP_SECONDS": "_sizing",
    "Glimmer": "_talk",
    "Insight": "_insights",
    "Insights": "_insights",
    "JOURNAL_SCHEMA": "_exchange",
    "Journal": "_journal",
    "JournalBase": "_journalbase",
    "JournalError": "_journal",
    "JournalStore": "_journalbase",
    "KEEP": "_rules",
    "KINDS": "_records",
    "Kept": "_journal",
    "Level": "_safety",
    "LifeArea": "_vocab",
    "Locale": "_locale",
    "MAX_GRADE": "_tone",
    "MAX_STEP_WORDS": "_tone",
    "MemoryJournal": "_journalbase",
    "MoodPoint": "_review",
    "PLUGIN_GROUP": "_loader",
    "Plan": "_model",
    "PlannedActivity": "_week",
    "Posture": "_vocab",
    "ProofEntry": "_selftalk",
    "ProofList": "_selftalk",
    "Question": "_distortions",
    "RECORD_KINDS": "_records",
    "REJECT": "_rules",
    "Reach": "_rules",
    "Reason": "_model",
    "Recommender": "_recommend",
    "Reframe": "_reframe",
    "Resource": "_resourcebook",
    "ResourceBook": "_resourcebook",
    "Routine": "_routines",
    "RoutineDay": "_routineday",
    "RoutineItem": "_routines",
    "RoutineWeek": "_routineday",
    "Rule": "_rules",
    "SHARED_FIELDS": "_rules",
    "SafetyCheck": "_safety",
    "SafetyNotice": "_safety",
    "SafetyPlan": "_safetyplan",
    "SafetyPlanSection": "_safetyplan",
    "SafetyRules": "_safety",
    "SelfTalk": "_talk",
    "Sense": "_vocab",
    "Signal": "_safety",
    "Span": "_reframe",
    "Step": "_model",
    "Suggestion": "_model",
    "TaskBook": "_tasks",
    "TaskKind": "_taskitems",
    "TaskLexicon": "_tasklex",
    "TaskReading": "_taskread",
    "TaskTemplate": "_taskitems",
    "ThoughtRecord": "_selftalk",
    "Tier": "_vocab",
    "TimeOfDay": "_vocab",
    "UnknownActivityError": "_errors",
    "ValidationError": "_errors",
    "Value": "_values",
    "Values": "_values",
    "Verdict": "_rules",
    "WarningSigns": "_safety",
    "WeekPlan": "_week",
    "WeeklyReview": "_review",
    "WordModel": "_safety",
    "available_locales": "_locale",
    "bare_minimum": "_routines",
    "break_down": "_breakdown",
    "check_safety": "_safety",
    "country_of": "_resourcebook",
    "default_catalog": "_loader",
    "default_resources": "_resourcebook",
    "default_routines": "_routines",
    "default_safety_model": "_safety",
    "default_safety_rules": "_safety",
    "default_task_lexicon": "_tasklex",
    "default_tasks": "_tasks",
    "distortions": "_distortions",
    "due": "_week",
    "fit_steps": "_recommend",
    "format_duration": "_model",
    "from_dict": "_convert",
    "from_json": "_convert",
    "help_pointer": "_resources",
    "insights": "_insights",
    "installed_catalog": "_loader",
    "lint_text": "_tone",
    "load_catalog": "_loader",
    "load_resources": "_resourcebook",
    "load_routines": "_routines",
    "load_safety_model": "_safety",
    "load_safety_rules": "_safety",
    "load_tasks": "_tasks",
    "make_converter": "_convert",
    "mood_series": "_review",
    "notice_words": "_notice",
    "nudge_for": "_week",
    "parse_catalog": "_loader",
    "parse_locale": "_locale",
    "parse_routines": "_routines",
    "parse_tasks": "_tasks",
    "personal_rule": "_rules",
    "plan_rule": "_rules",
    "plan_week": "_week",
    "planned_week": "_week",
    "prefer_tags": "_rules",
    "read_task": "_taskread",
    "reading_grade": "_tone",
    "recommend": "_recommend",
    "reframe": "_reframe",
    "rule_name": "_rules",
    "safety_plan": "_resources",
    "self_talk": "_talk",
    "shared_rule": "_rules",
    "size_steps": "_sizing",
    "split_step": "_sizing",
    "to_dict": "_convert",
    "to_ical": "_calendar",
    "to_json": "_convert",
    "weekly_review": "_review",
}

__all__ = [
    "BANNED_PHRASES",
    "BUILTIN_CATEGORIES",
    "DEFAULT_RULES",
    "FIRST_STEP_SECONDS",
    "JOURNAL_SCHEMA",
    "KEEP",
    "KINDS",
    "MAX_GRADE",
    "MAX_STEP_WORDS",
    "PLUGIN_GROUP",
    "RECORD_KINDS",
    "REJECT",
    "SHARED_FIELDS",
    "About",
    "Activity",
    "Breakdown",
    "Catalog",
    "CatalogError",
    "Category",
    "CheckIn",
    "Completion",
    "Context",
    "Detected",
    "Detector",
    "Distortion",
    "Energy",
    "Entry",
    "Glimmer",
    "Insight",
    "Insights",
    "Journal",
    "JournalBase",
    "JournalError",
    "JournalStore",
    "Kept",
    "Level",
    "LifeArea",
    "Locale",
    "MemoryJournal",
    "MoodPoint",
    "Plan",
    "PlannedActivity",
    "Posture",
    "ProofEntry",
    "ProofList",
    "Question",
    "Reach",
    "Reason",
    "Recommender",
    "Reframe",
    "Resource",
    "ResourceBook",
    "Routine",
    "RoutineDay",
    "RoutineItem",
    "RoutineWeek",
    "Rule",
    "SafetyCheck",
    "SafetyNotice",
    "SafetyPlan",
    "SafetyPlanSection",
    "SafetyRules",
    "SelfTalk",
    "Sense",
    "Signal",
    "Span",
    "Step",
    "Suggestion",
    "TaskBook",
    "TaskKind",
    "TaskLexicon",
    "TaskReading",
    "TaskTemplate",
    "ThoughtRecord",
    "Tier",
    "TimeOfDay",
    "UnknownActivityError",
    "ValidationError",
    "Value",
    "Values",
    "Verdict",
    "WarningSigns",
    "WeekPlan",
    "WeeklyReview",
    "WordModel",
    "__version__",
    "available_locales",
    "bare_minimum",
    "break_down",
    "check_safety",
    "country_of",
    "default_catalog",
    "default_resources",
    "default_routines",
    "default_safety_model",
    "default_safety_rules",
    "default_task_lexicon",
    "default_tasks",
    "distortions",
    "due",
    "fit_steps",
    "format_duration",
    "from_dict",
    "from_json",
    "help_pointer",
    "insights",
    "installed_catalog",
    "lint_text",
    "load_catalog",
    "load_resources",
    "load_routines",
    "load_safety_model",
    "load_safety_rules",
    "load_tasks",
    "make_converter",
    "mood_series",
    "notice_words",
    "nudge_for",
    "parse_catalog",
    "parse_locale",
    "parse_routines",
    "parse_tasks",
    "personal_rule",
    "plan_rule",
    "plan_week",
    "planned_week",
    "prefer_tags",
    "read_task",
    "reading_grade",
    "recommend",
    "reframe",
    "rule_name",
    "safety_plan",
    "self_talk",
    "shared_rule",
    "size_steps",
    "split_step",
    "to_dict",
    "to_ical",
    "to_json",
    "weekly_review",
]


def __getattr__(name: str) -> Any:
    # Names are imported on first use, so `import smallsteps` stays quick (PEP 562).
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"smallsteps.{module}"), name)
        globals()[name] = value
        return value
    if name.startswith("_") and not name.startswith("__"):  # a private module, as before
        try:
            return importlib.import_module(f"smallsteps.{name}")
        except ModuleNotFoundError:
            pass
    if name in ("text", "testing"):  # public submodules, served on first use
        return importlib.import_module(f"smallsteps.{name}")
    if name == "__version__":
        from importlib.metadata import version

        return version("smallsteps")
    raise AttributeError(f"module 'smallsteps' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
