"""Calculations: each claimant's claim document in a case, its computed breakdown, and what a rule change did to it.

The document is kept in exactly the format of docs/claim-format.md (the CLI and the API read the same JSON), and
every edit is checked by running the engine's own parser on the whole edited document: a problem comes back with
its field path, which is turned into a message next to the form field, and nothing is written. A valid edit is
computed at once, so the stored breakdown (the snapshot) always belongs to the stored document; the fingerprint of
the rule files it was computed under says when a rule table has changed since.

The rule book is injectable: :func:`current_rules` is the one place that reads it, and a test replaces it on this
package (the modules below call it through the package, so the replacement is the one they use).

- computing: the rule book, its fingerprint, checking and computing a document;
- documents: a calculation's document, its items, sections and settings, work records placed by date;
- templates: group cases, the case's shared terms copied into every claimant's calculation;
- changes: what a rule change did to a calculation;
- reads: a case's totals, a claimant's calculations, the calculation page;
- lookups: the access checks and the case's claimant rows the others share.
"""

from __future__ import annotations

from claims.services.calculations.changes import (
    Changes,
    LineChange,
    changed_since_computed,
    compare,
    what_changed,
)
from claims.services.calculations.computing import (
    CurrentRules,
    check_document,
    computed_values,
    current_rules,
    rules_fingerprint,
)
from claims.services.calculations.documents import (
    LIST_SECTIONS,
    OBJECT_SECTIONS,
    PERIOD_SECTIONS,
    SETTINGS_KEYS,
    compute,
    create_calculation,
    get_item,
    get_object,
    item_path,
    remove_item,
    save_document,
    set_item,
    set_object,
    start_calculation,
)
from claims.services.calculations.reads import (
    HEAD_ORDER,
    CalculationPage,
    CaseCalculations,
    ClaimantTotals,
    HeadGroup,
    breakdown_groups,
    case_group_totals,
    case_totals,
    claimant_calculations,
    find_calculation,
    load_calculation_page,
    load_case_calculations,
)
from claims.services.calculations.templates import (
    CONTRACT_TERMS,
    apply_template,
    get_template,
    recompute_case,
    save_template,
    template_document,
)

__all__ = [
    "CONTRACT_TERMS",
    "HEAD_ORDER",
    "LIST_SECTIONS",
    "OBJECT_SECTIONS",
    "PERIOD_SECTIONS",
    "SETTINGS_KEYS",
    "CalculationPage",
    "CaseCalculations",
    "Changes",
    "ClaimantTotals",
    "CurrentRules",
    "HeadGroup",
    "LineChange",
    "apply_template",
    "breakdown_groups",
    "case_group_totals",
    "case_totals",
    "changed_since_computed",
    "check_document",
    "claimant_calculations",
    "compare",
    "compute",
    "computed_values",
    "create_calculation",
    "current_rules",
    "find_calculation",
    "get_item",
    "get_object",
    "get_template",
    "item_path",
    "load_calculation_page",
    "load_case_calculations",
    "recompute_case",
    "remove_item",
    "rules_fingerprint",
    "save_document",
    "save_template",
    "set_item",
    "set_object",
    "start_calculation",
    "template_document",
    "what_changed",
]
