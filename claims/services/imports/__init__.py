"""Imports (issue 14): claimants and their claim data from a spreadsheet, previewed, decided and committed whole.

The order of an import:
1. :func:`reading.read_upload` reads the file into rows of text (limits, formulas and error cells refused);
2. the web layer checks every row with the forms a person fills in (claims/web/imports/rows.py);
3. :func:`prepare` matches the rows to people already recorded (by external id; possible duplicates for a
   decision), checks each claimant as their save would and each claimant's merged claim document with the
   engine's parser, and records the import with its problems (:class:`ImportRun`): nothing else is written;
4. :func:`commit` writes everything in one transaction, audited record by record, or nothing (a file of more
   than QUEUE_OVER rows on the task queue, with progress); the import keeps what it created and changed, and the
   rows it waited with are dropped.

Only case workers (who may create claimants) import. A protected person's whereabouts are never shown in a
preview to a user the whereabouts rule does not name, and such a user's file cannot change them.
"""

from __future__ import annotations

from claims.models import ImportRun, ImportStatus
from claims.services.imports.committing import STALLED, cancel, check_stale, commit, execute, progress
from claims.services.imports.common import QUEUE_OVER, require_importer
from claims.services.imports.preparing import prepare
from claims.services.imports.reading import FileProblem, read_upload
from claims.services.imports.reads import Preview, get_run, list_runs, load_preview

__all__ = [
    "QUEUE_OVER",
    "STALLED",
    "FileProblem",
    "ImportRun",
    "ImportStatus",
    "Preview",
    "cancel",
    "check_stale",
    "commit",
    "execute",
    "get_run",
    "list_runs",
    "load_preview",
    "prepare",
    "progress",
    "read_upload",
    "require_importer",
]
