"""Rule tables: dated legal values with their sources. Data and its loader; imports nothing from the app."""

from claims.rules.model import (
    NoRuleInForce,
    Rule,
    RuleBook,
    RuleCitation,
    RuleEntry,
    RuleValue,
    Source,
    Unit,
    UnknownRule,
)

__all__ = [
    "NoRuleInForce",
    "Rule",
    "RuleBook",
    "RuleCitation",
    "RuleEntry",
    "RuleValue",
    "Source",
    "Unit",
    "UnknownRule",
]
