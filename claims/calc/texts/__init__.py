"""The catalogues of the engine's words, one module per locale: ``TEMPLATES`` (key -> template with ``{name}``
fields) and how that locale writes a date, a month, an amount, a percentage and a currency. The full catalogues
(en, th) are packages that keep their templates in modules by concern and gather them into ``TEMPLATES``.

Every key is in every full catalogue (en, th) with the same fields (tests/calc/test_texts.py checks it). The
PARTIAL catalogues hold only the words of the claimant's settlement sheet, each key with the fields of its English
one; every key they lack is written in English. The English catalogue
writes exactly the words the engine wrote before it had catalogues, so stored snapshots and the English pages
read the same; change an English template only together with the tests and documents that quote it.
"""

from __future__ import annotations

from types import ModuleType

from claims.calc.texts import en, fil, km, lo, my, th, vi

DEFAULT_LOCALE = "en"
CATALOGUES: dict[str, ModuleType] = {"en": en, "th": th, "my": my, "km": km, "lo": lo, "vi": vi, "fil": fil}
PARTIAL = frozenset({"my", "km", "lo", "vi", "fil"})
