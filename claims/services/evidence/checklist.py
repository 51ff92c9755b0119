"""Which evidence supports which head of claim: the checklist on a claimant's page.

A lawyer proving unpaid wages needs the contract or another proof of the agreed pay, and proof of what was (not)
paid: payslips, bank statements, the chat where the employer promised to pay. The table says, per head a
calculation can have (claims.calc.breakdown.Head), the kinds of evidence that usually prove it; the checklist marks
those of the claimant's files. It is a reminder of what to ask for, not a rule of law: any evidence the court
accepts proves a head, so no legal source is needed or claimed, and nothing here is dated.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models.enums import EvidenceKind as K

# Interest and the surcharge follow from the heads they are charged on; a currency conversion is arithmetic.
SUPPORT: dict[str, tuple[K, ...]] = {
    "wages": (K.CONTRACT, K.PAYSLIP, K.BANK_RECORD, K.MESSAGE),
    "severance": (K.CONTRACT, K.PAYSLIP, K.MESSAGE),
    "notice": (K.CONTRACT, K.MESSAGE),
    "leave": (K.CONTRACT, K.PAYSLIP),
    "fees": (K.RECEIPT, K.CONTRACT, K.BANK_RECORD),
    "debt": (K.RECEIPT, K.BANK_RECORD, K.MESSAGE),
    "tip_fund": (K.PAYSLIP, K.BANK_RECORD, K.RECEIPT),
    "damages": (K.RECEIPT, K.CONTRACT, K.PHOTO),
    "compensation": (K.MEDICAL, K.PHOTO, K.RECEIPT),
}


@dataclass(frozen=True)
class KindMark:
    kind: K
    count: int


@dataclass(frozen=True)
class HeadCheck:
    head: str
    kinds: tuple[KindMark, ...]

    @property
    def supported(self) -> bool:
        return any(mark.count for mark in self.kinds)


def heads_of(summaries) -> list[str]:
    """The heads the claimant's calculations claim (from their stored summaries), in the table's order."""
    found = set()
    for summary in summaries:
        for part in [summary or {}, *((summary or {}).get("scenarios") or {}).values()]:
            found.update((part.get("subtotals") or {}).keys())
    return [head for head in SUPPORT if head in found]


def checklist(heads: list[str], counts: dict[K, int]) -> list[HeadCheck]:
    """For each head, the kinds that support it and how many files of each the claimant has."""
    return [
        HeadCheck(head, tuple(KindMark(kind, counts.get(kind, 0)) for kind in SUPPORT[head]))
        for head in heads
        if head in SUPPORT
    ]
