"""The demo story from the seeds, loaded by ``flask demo load`` and ``flask setup`` (idempotent).

Everything is told with pseudonyms and clearly fictional names ("Demo Person 001 (ตัวอย่าง)"); the seeds' own
names are changed already and none of them is used. The figures are the seeds' (see shared/domain/brief.md):

- LC-01: 43 berry pickers back from Sweden sue the recruitment agency at the Central Labour Court, 191,374 THB
  each (8,229,082 THB). Eleven settle with the agency and withdraw with the court's approval; 32 continue,
  claiming 6,123,968 THB. Some of the eleven have been paid, some only in part.
- LC-02: 44 berry pickers, 179,305 THB each (7,889,420 THB). Court-led conciliation fails, then a settlement:
  cash, the agency's loans cancelled, and one worker (BP-60) recovers two land title deeds. Two workers (BP-42,
  BP-43) are plaintiffs in both labour cases: one person can be in several cases.
- CR-01: the criminal case against the agency and its broker (Criminal Court, Human Trafficking Cases Division),
  linked to LC-01, with berry pickers as injured persons.
- CR-02: the fishing boat off Somalia (seed 004, case 2): a Cambodian man (FB-01) under protection, a
  consultation meeting deciding to claim 570,000 THB while he wished 1,000,000 THB, and his advance testimony
  before he goes home. The seed's intervals are kept (identified -> meeting 115 days -> testimony 18 days later
  -> return home 104 days later) but anchored on ``today`` so that the testimony is always a coming hearing.
- CR-03: the Myanmar couple of the Phetchaburi farm (seed 004, case 1), with the seed's real dates: returned
  home on 4 Aug 2014, Supreme Court judgment No. 1340/2560 of 11 Apr 2017 read on 24 Jul 2017, 900,000 THB of
  compensation, enforcement tried, nothing received: an award tracked for people already abroad.
- CR-04: Petchabun (seed 001): a criminal case at the Phetchabun Provincial Court, 14 injured persons claiming
  49,000 THB each (686,000 THB), and an MDT case conference whose action items are due around today.

Idempotent: records are looked up by their natural keys (organisation code, user e-mail, court code, respondent
name, claimant pseudonym, case reference) and only missing ones are created. What belongs to a case (its parties,
hearings, outcomes, payments, timeline) and to a claimant (documents, consents, timeline) is created together with
that case or claimant, never added to one that is already there: a second run, on the same day or a later one,
changes nothing and never undoes or duplicates what users did to the demo since (a hearing moved or marked held).

It is a loader, not a user action: it writes the models directly in one transaction, with one flush per batch,
and one CREATE audit entry per created record, authored by the demo administrator. Dates of the live cases are
relative to ``today``; hearing times are naive local (court) times.
"""

from __future__ import annotations

from claims.demo.data import DEMO_PASSWORD
from claims.demo.loader import DemoReport, load_demo

__all__ = ["DEMO_PASSWORD", "DemoReport", "load_demo"]
