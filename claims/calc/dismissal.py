"""A dismissal without just cause, as the claim states it: what must go with it (checked when a claim is read).

RA 8042 s.10 gives an overseas Filipino worker dismissed "without just, valid or authorized cause" the salaries for
the unexpired portion of the contract: the claim needs the contract's last day, and a dismissal that is the
employer's act and not for misconduct. The last day of the employment period is the dismissal date.
"""

from __future__ import annotations

from datetime import date

from claims.calc.inputs import Termination
from claims.calc.reader import Reader


def check_dismissal(r: Reader, term: Termination, path: str, end: date | None) -> None:
    if term.without_just_cause:
        if not term.by_employer:
            r.bad(f"{path}.without_just_cause", "needs by_employer: a dismissal is the employer's act")
        if term.misconduct:
            r.bad(
                f"{path}.without_just_cause",
                "cannot be given with misconduct: a dismissal for misconduct has a just cause",
            )
        if term.contract_end is None:
            r.bad(
                f"{path}.contract_end",
                "is required for a dismissal without just cause: the last day of the contract as signed",
            )
    elif term.contract_end is not None:
        r.bad(
            f"{path}.contract_end",
            "needs without_just_cause: true (the unexpired portion is due only for a dismissal without just cause)",
        )
    if term.contract_end is not None and end is not None and term.contract_end <= end:
        r.bad(
            f"{path}.contract_end",
            f"must be after the employment's end ({end.isoformat()}, the dismissal date): nothing of the contract "
            "is left to pay",
        )
