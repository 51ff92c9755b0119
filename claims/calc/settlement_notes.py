"""The warnings and the basis of one settlement comparison, each said once.

A module of its own so that the comparison (claims.calc.settlement) and the pricing of its loans
(claims.calc.settlement_loans) can both add to them without importing each other.
"""

from __future__ import annotations

from claims.calc.text import Text
from claims.rules.model import RuleCitation


class Notes:
    """The warnings and the basis of one comparison, each said once."""

    def __init__(self) -> None:
        self.warnings: list[Text] = []
        self.basis: list[RuleCitation | Text] = []
        self._said: set[object] = set()

    def _once(self, key: object) -> bool:
        if key in self._said:
            return False
        self._said.add(key)
        return True

    def warn(self, text: Text, key: object = None) -> None:
        if key is None or self._once(key):
            self.warnings.append(text)

    def cite(self, citation: RuleCitation) -> None:
        if self._once((citation.rule, citation.effective_from)):
            self.basis.append(citation)

    def explain(self, text: Text, key: object = None) -> None:
        if key is None or self._once(key):
            self.basis.append(text)
