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

from ._breakdown import FIRST_STEP_SECONDS, Breakdown, break_down, size_steps, split_step
from ._catalog import BUILTIN_CATEGORIES, Catalog
from ._convert import from_dict, from_json, make_converter, to_dict, to_json
from ._errors import CatalogError, UnknownActivityError, ValidationError
from ._insights import Insight, Insights, insights
from ._journal import Journal, JournalBase, JournalError, JournalStore, MemoryJournal
from ._loader import PLUGIN_GROUP, default_catalog, installed_catalog, load_catalog, parse_catalog
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
from ._recommend import Recommender, fit_steps, recommend
from ._reframe import Detected, Distortion, Question, Reframe, Span, distortions, reframe
from ._resources import (
    Resource,
    ResourceBook,
    SafetyPlan,
    SafetyPlanSection,
    default_resources,
    help_pointer,
    load_resources,
    safety_plan,
)
from ._routines import (
    Routine,
    RoutineDay,
    RoutineItem,
    RoutineWeek,
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
    SafetyCheck,
    SafetyNotice,
    SafetyRules,
    Signal,
    check_safety,
    default_safety_rules,
    load_safety_rules,
)
from ._selftalk import Glimmer, ProofEntry, ProofList, SelfTalk, ThoughtRecord, self_talk
from ._tasks import TaskBook, TaskKind, TaskTemplate, default_tasks, load_tasks, parse_tasks
from ._tone import BANNED_PHRASES, MAX_STEP_WORDS, lint_text
from ._vocab import Completion, Energy, LifeArea, Posture, Sense, Tier, TimeOfDay

__all__ = [
    "BANNED_PHRASES",
    "BUILTIN_CATEGORIES",
    "DEFAULT_RULES",
    "FIRST_STEP_SECONDS",
    "KEEP",
    "MAX_STEP_WORDS",
    "PLUGIN_GROUP",
    "REJECT",
    "SHARED_FIELDS",
    "Activity",
    "Breakdown",
    "Catalog",
    "CatalogError",
    "Category",
    "CheckIn",
    "Completion",
    "Context",
    "Detected",
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
    "LifeArea",
    "MemoryJournal",
    "Plan",
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
    "TaskTemplate",
    "ThoughtRecord",
    "Tier",
    "TimeOfDay",
    "UnknownActivityError",
    "ValidationError",
    "Verdict",
    "__version__",
    "bare_minimum",
    "break_down",
    "check_safety",
    "default_catalog",
    "default_resources",
    "default_routines",
    "default_safety_rules",
    "default_tasks",
    "distortions",
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
    "load_safety_rules",
    "load_tasks",
    "make_converter",
    "parse_catalog",
    "parse_routines",
    "parse_tasks",
    "personal_rule",
    "plan_rule",
    "prefer_tags",
    "recommend",
    "reframe",
    "rule_name",
    "safety_plan",
    "self_talk",
    "shared_rule",
    "size_steps",
    "split_step",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version

        return version("smallsteps")
    raise AttributeError(f"module 'smallsteps' has no attribute {name!r}")
