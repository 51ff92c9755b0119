"""What the group-run tests share: a case of claimants with computed claims and an uploaded annex template."""

from __future__ import annotations

import io

from docx import Document

from claims.models import DocumentTemplateVersion
from tests.factories import wage_claim


def annex_template() -> bytes:
    document = Document()
    document.add_paragraph("{{ claimant.pseudonym }}: {{ claimant.claim.total|money }}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def case_with_annex(db, make, *, prefix: str, claimants: int, **case_values):
    """A case with ``claimants`` plaintiffs (``prefix``-1, -2, ...), each with a computed wage claim, a defendant,
    and version 1 of the calculation annex; committed. Returns (lawyer, case)."""
    lawyer = make.user(role="lawyer")
    case = make.case(lawyer_id=lawyer.id, **case_values)
    make.defendant(case, make.respondent())
    for n in range(1, claimants + 1):
        person = make.claimant(pseudonym=f"{prefix}-{n}")
        make.party(case, person, position=n)
        make.calculation(case, person, wage_claim())
    db.session.add(
        DocumentTemplateVersion(
            org_id=case.org_id,
            name="calculation_annex.en",
            number=1,
            content=annex_template(),
            sha256="0" * 64,
            filename="t.docx",
            lint_notices=[],
        )
    )
    db.session.commit()
    return lawyer, case
