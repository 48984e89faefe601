"""The thinking-pattern readers that ship with smallsteps, loaded once from their data.

The rules (`data/thinking/en.toml`) and the pattern model (`data/thinking/en.model.json`)
that `reframe` reads a thought with; see `smallsteps.text._thinking` and
`smallsteps.text._patterns` for what each does.
"""

from __future__ import annotations

import functools

from ._errors import CatalogError
from .text._patterns import PatternModel, parse_pattern_model
from .text._thinking import ThinkingRules, parse_thinking

__all__ = ["default_pattern_model", "default_thinking_rules"]


@functools.cache
def default_thinking_rules() -> ThinkingRules:
    """Return the rules that find thinking patterns (`smallsteps/data/thinking/en.toml`)."""
    from ._resources import _package_data

    rules, problems = parse_thinking(_package_data("thinking/en.toml"))
    if problems:
        raise CatalogError("smallsteps/data/thinking/en.toml", problems)
    return rules


@functools.cache
def default_pattern_model() -> PatternModel:
    """Return the pattern model that ships with smallsteps (`data/thinking/en.model.json`).

    The thinking-pattern finder's second reader (see the Reframing page of the docs).
    """
    import json
    from importlib import resources

    name = "smallsteps/data/thinking/en.model.json"
    text = (resources.files("smallsteps") / "data" / "thinking" / "en.model.json").read_text()
    model, problems = parse_pattern_model(json.loads(text))
    if model is None:
        raise CatalogError(name, problems)
    return model
