"""Deadlines of claimants and their cases: facts read from the records, computed by claims.calc.deadlines, stored
so that a recomputation can flag what moved, and marked done by whom and when.

Freshness. A flush hook (notes.py) notes which claimants' facts changed (the claimant, their part in a case, a
case and its hearings, an outcome, a calculation) or which court closure day changed. :func:`refresh` brings the
organisation's stored deadlines up to date, chunk by chunk (facts.py, store.py): every claimant the first time,
when the rule files changed or when asked (``everything``); otherwise only the claimants the notes reach and those
whose deadlines the passing of days can move (plan.py says which and why). It is what the daily job runs
(``flask deadlines refresh``, before office hours) and what an administrator's change of closure days or settings
runs.

A page never runs it beyond one chunk of claimants. A page that shows some claimants' deadlines brings those claimants up to date first
(:func:`refresh_claimants`); a list of the whole organisation's (dashboard, reminders, calendar, digest) reads what
is stored, after taking in the notes left since the last refresh where they reach at most one chunk of claimants
(:func:`refresh_pending`; an organisation of at most one chunk of claimants is refreshed whole, as bounded), and :func:`freshness` says
when the stored deadlines were last computed, so that a page can say so where the daily job is late.

Flags. A deadline whose date had been shown and then moves (and had not already passed) gets ``previous_due_on``,
``changed_at`` and the reason on its row, and a :class:`DeadlineNotice` for each lawyer and paralegal of the
claimant's open cases: the in-app reminders list shows it until seen, the daily digest mails it once.

Where: refreshing.py refreshes (the whole organisation, some claimants, the notes waiting, after an administrator's
change) and says how fresh the result is; fresh_reads.py holds the page reads that refresh what they show first.
"""

from __future__ import annotations

from claims.models import Deadline
from claims.services.deadlines import counts
from claims.services.deadlines.fresh_reads import (
    case_deadlines,
    claimant_deadlines,
    due_deadlines,
    due_groups,
    my_sections,
)
from claims.services.deadlines.notes import init_app as _note_changes
from claims.services.deadlines.reads import (
    SOON_DAYS,
    CaseDeadlines,
    ClaimantRef,
    DeadlineGroup,
    DeadlineView,
    DueCounts,
    DueGroup,
    DueGroups,
    DueItem,
    count_due_deadlines,
    count_notices,
    due_counts,
    followed_claimant_ids,
    notices_for,
    single,
    soon_until,
    window_counts,
)
from claims.services.deadlines.refreshing import (
    Freshness,
    RefreshResult,
    freshness,
    refresh,
    refresh_after_change,
    refresh_claimants,
    refresh_pending,
)
from claims.services.deadlines.sweep import count_overdue_before, mark_overdue_done_before
from claims.services.deadlines.writes import mark_done, mark_notices_seen, reopen

__all__ = [
    "SOON_DAYS",
    "CaseDeadlines",
    "ClaimantRef",
    "Deadline",
    "DeadlineGroup",
    "DeadlineView",
    "DueCounts",
    "DueGroup",
    "DueGroups",
    "DueItem",
    "Freshness",
    "RefreshResult",
    "case_deadlines",
    "claimant_deadlines",
    "count_due_deadlines",
    "count_overdue_before",
    "count_notices",
    "due_counts",
    "window_counts",
    "due_deadlines",
    "due_groups",
    "followed_claimant_ids",
    "freshness",
    "init_app",
    "mark_done",
    "mark_notices_seen",
    "mark_overdue_done_before",
    "my_sections",
    "notices_for",
    "refresh",
    "refresh_claimants",
    "refresh_after_change",
    "refresh_pending",
    "reopen",
    "single",
    "soon_until",
]


def init_app(app) -> None:
    _note_changes(app)
    counts.init_app(app)
