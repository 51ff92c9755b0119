"""What hangs off the bench data set's cases and claimants (bench/dataset_rows.py): parties, hearings, outcomes
and payments, the timeline, offers, identity documents, consents, protection orders, court closures."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from bench import dataset_words as words

EARLIEST = date(2013, 1, 1)
HEARINGS_AHEAD_DAYS = 365  # courts set hearings up to about a year ahead


def at(day: date, hour: int, minute: int = 0) -> datetime:
    # Naive local court time, as hearings are stored.
    return datetime.combine(day, time(hour, minute))


def court_day(day: date) -> date:
    """The Monday after a weekend day: courts sit on weekdays."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def cents(baht: int | float) -> int:
    return int(round(baht * 100))


HEARING_KINDS = {
    "labour": (
        "conciliation",
        "pretrial_conference",
        "witness_examination",
        "mediation",
        "witness_examination",
    ),
    "criminal": (
        "pretrial_conference",
        "advance_testimony",
        "witness_examination",
        "witness_examination",
        "other",
    ),
    "civil": ("mediation", "pretrial_conference", "witness_examination", "other"),
}
TIMES = ((9, 0), (9, 30), (10, 0), (13, 30))


class CaseRecords:
    def _links(self):
        rng = self.rng
        for case in self.cases:
            org_id = self.org_ids[case.org]
            first = self.ids("case_claimants", len(case.claimant_ids))
            case.links = list(range(first, first + len(case.claimant_ids)))
            claim = cents(rng.randint(20, 600) * 1000)
            for position, claimant_id in enumerate(case.claimant_ids, start=1):
                petition = filed_on = testimony = None
                if case.kind == "criminal":
                    role = "witness" if rng.random() < 0.03 else "injured_person"
                    petition = rng.choice(
                        ("to_file", "filed", "prosecutor_claims", "prosecutor_claims", "not_claiming")
                    )
                    if petition == "filed" and case.filed:
                        filed_on = case.filed + timedelta(days=30)
                    elif petition == "filed":
                        petition = "to_file"
                    self.claimants[claimant_id].petition = petition
                    if rng.random() < 0.2:
                        testimony = case.opened + timedelta(days=40)
                else:
                    role = "plaintiff" if position == 1 or case.kind != "labour" else "joint_plaintiff"
                    if len(case.claimant_ids) > 1:
                        role = "plaintiff"
                yield {
                    **self.common(org_id, at(case.opened, 9)),
                    "id": first + position - 1,
                    "case_id": case.id,
                    "claimant_id": claimant_id,
                    "role": role,
                    "position": position,
                    "claimed_amount": claim if case.kind != "criminal" else None,
                    "claimed_currency": "THB",
                    "petition_44_1": petition,
                    "petition_44_1_filed_on": filed_on,
                    "advance_testimony_on": testimony,
                }

    def _case_respondents(self):
        rng = self.rng
        for case in self.cases:
            yield {
                **self.common(self.org_ids[case.org], at(case.opened, 9)),
                "id": self.ids("case_respondents"),
                "case_id": case.id,
                "respondent_id": rng.choice(self.respondents[case.org]),
                "role": "accused" if case.kind == "criminal" else "defendant",
            }

    def _case_links(self):
        for case in self.cases:
            for other in case.linked:
                yield {
                    **self.common(self.org_ids[case.org], at(case.opened, 9)),
                    "id": self.ids("case_links"),
                    "case_id": case.id,
                    "other_case_id": other,
                    "note": "Same facts: the criminal case of the same workers.",
                }

    def _hearing_spans(self) -> float:
        """Days over which each case's hearings fall, summed: the gap between hearings that gives the target."""
        horizon = self.today + timedelta(days=HEARINGS_AHEAD_DAYS)
        total = 0
        for case in self.cases:
            start = case.filed or case.opened
            total += max(1, (min(case.ends, horizon) - start).days)
        return total

    def _hearings(self):
        rng = self.rng
        horizon = self.today + timedelta(days=HEARINGS_AHEAD_DAYS)
        target = sum(self.per_org("hearings", index) for index in range(len(self.org_ids)))
        gap = self._hearing_spans() / max(1, target)
        recent = self.today - timedelta(days=60)
        for case in self.cases:
            org_id = self.org_ids[case.org]
            start = case.filed or case.opened
            end = min(case.ends, horizon)
            span = max(1, (end - start).days)
            count = max(1, round(span / gap * rng.uniform(0.6, 1.4)))
            if case.id == self.group_case_id:
                count = max(count, 12)
            kinds = HEARING_KINDS[case.kind]
            offsets = sorted(rng.randrange(span) for _ in range(count))
            interpreter = (
                len(case.claimant_ids) > 1 or self.claimants[case.claimant_ids[0]].nationality != "TH"
            )
            first = self.ids("hearings", count)
            for n, offset in enumerate(offsets):
                day = court_day(start + timedelta(days=offset))
                hour, minute = TIMES[(case.id + n) % len(TIMES)]
                starts = at(day, hour, minute)
                kind = (
                    "judgment_reading"
                    if n == count - 1 and case.stage in ("closed", "enforcement")
                    else kinds[n % len(kinds)]
                )
                outcome = next_step = None
                if day >= self.today:
                    status = "scheduled"
                else:
                    r = rng.random()
                    unrecorded = 0.15 if day >= recent else 0.01
                    if r < unrecorded:
                        status = "scheduled"  # nobody recorded what happened
                    elif r < unrecorded + 0.08:
                        status = "postponed"
                    elif r < unrecorded + 0.12:
                        status = "cancelled"
                    else:
                        status = "held"
                        outcome = words.HEARING_OUTCOMES[(case.id + n) % len(words.HEARING_OUTCOMES)]
                        next_step = words.NEXT_STEPS[n % len(words.NEXT_STEPS)]
                past = status != "scheduled" or day < self.today
                yield {
                    **self.common(org_id, at(max(case.opened, day - timedelta(days=60)), 9)),
                    "id": first + n,
                    "case_id": case.id,
                    "starts_at": starts,
                    "ends_at": at(day, 12) if hour < 12 else None,
                    "court_id": None if n % 5 else case.court_id,
                    "room": f"Courtroom {(case.id + n) % 12 + 1}",
                    "kind": kind,
                    "status": status,
                    "must_attend": "All plaintiffs" if len(case.claimant_ids) > 1 else "The claimant",
                    "interpreter_language": "my" if interpreter else None,
                    "interpreter_booked": interpreter and past,
                    "outcome": outcome,
                    "next_step": next_step,
                    "support_transport": "Bus tickets" if n % 3 == 0 else None,
                    "support_lodging": None,
                    "support_allowance": cents(300 * len(case.claimant_ids)) if n % 3 == 0 else None,
                    "support_currency": "THB",
                    "transport_paid": past and n % 3 == 0,
                    "lodging_paid": False,
                    "allowance_paid": past and n % 3 == 0,
                    "prep_procedure_explained": past or n % 2 == 0,
                    "prep_questions_rehearsed": past,
                    "review_done": status == "held",
                    # Another lawyer goes to some hearings (the group case's second, whatever its size).
                    "lawyer_id": self.other_lawyer_id
                    if case.org == 0
                    and ((case.id + n) % 23 == 0 or (case.id == self.group_case_id and n == 1))
                    else None,
                }

    def _outcomes(self) -> None:
        """An outcome for each party of a decided case (judgment stage onwards), payments against most awards, and
        an enforcement step where the money did not come."""
        rng = self.rng
        outcomes, payments, steps = [], [], []
        for case in self.cases:
            if case.stage not in ("judgment", "appeal", "enforcement", "closed"):
                continue
            # Many closed cases never had their outcome entered (cases from before the tracker, referrals).
            if case.id != self.group_case_id and rng.random() < 0.4:
                continue
            decided = min(self.today - timedelta(days=1), case.opened + (case.ends - case.opened) * 85 // 100)
            kind = (
                "judgment"
                if case.kind == "criminal" or rng.random() < 0.55
                else rng.choice(("settlement", "settlement", "withdrawal", "dismissal"))
            )
            open_to_appeal = (
                case.stage in ("judgment", "appeal") and case.status != "closed" and kind == "judgment"
            )
            org_id = self.org_ids[case.org]
            for claimant_id in case.claimant_ids:
                outcome_id = self.ids("outcomes")
                amount = cents(rng.randint(10, 500) * 1000) if kind in ("judgment", "settlement") else None
                if open_to_appeal and case.kind == "labour":
                    self.claimants[claimant_id].judgment = (decided, case.reference)
                outcomes.append(
                    {
                        **self.common(org_id, at(decided, 9)),
                        "id": outcome_id,
                        "case_id": case.id,
                        "claimant_id": claimant_id,
                        "kind": kind,
                        "decided_on": decided,
                        "amount": amount,
                        "currency": "THB",
                        "description": "Ordered by the court." if kind == "judgment" else None,
                    }
                )
                if amount is None:
                    continue
                share = rng.random()
                if share < 0.5 and decided < self.today - timedelta(days=30):
                    parts = rng.randint(1, 3)
                    for part in range(parts):
                        received = decided + timedelta(days=30 * (part + 1))
                        if received >= self.today:
                            break
                        payments.append(
                            {
                                **self.common(org_id, at(received, 9)),
                                "id": self.ids("received_payments"),
                                "outcome_id": outcome_id,
                                "received_on": received,
                                "amount": max(100, amount // (parts + (1 if share < 0.25 else 0))),
                                "currency": "THB",
                                "payer": "The defendant",
                                "method": "transfer",
                                "note": None,
                            }
                        )
                elif kind == "judgment" and share > 0.8:
                    steps.append(
                        {
                            **self.common(org_id, at(decided, 9)),
                            "id": self.ids("enforcement_steps"),
                            "outcome_id": outcome_id,
                            "kind": rng.choice(("writ_requested", "writ_issued", "assets_not_found")),
                            "occurred_on": min(self.today, decided + timedelta(days=60)),
                            "note": None,
                        }
                    )
        self.out.insert("outcomes", outcomes)
        self.out.insert("received_payments", payments)
        self.out.insert("enforcement_steps", steps)

    def _timeline(self):
        """A note on every case, a task on some (open ones due around today, some overdue, some done), and the day
        a third of the claimants were told of their rights."""
        rng = self.rng
        for case in self.cases:
            org_id = self.org_ids[case.org]
            noted = min(self.today, case.opened + timedelta(days=rng.randint(1, 60)))
            yield self._entry(
                org_id,
                case.id,
                None,
                "note",
                noted,
                words.NOTES[case.id % len(words.NOTES)],
                case.paralegal_id,
            )
            group = case.id == self.group_case_id
            if group or rng.random() < 0.3:
                if group:  # the same at every scale: a task due next week
                    due, done = self.today + timedelta(days=7), False
                elif case.status == "closed":
                    due = min(self.today, case.ends) - timedelta(days=rng.randint(1, 90))
                    done = True
                else:
                    due = self.today + timedelta(days=rng.randint(-60, 30))
                    done = due < self.today and rng.random() < 0.5
                body = words.TASKS[case.id % len(words.TASKS)]
                # Every task reaches someone (issue 15): the case's paralegal, or its lawyer for one in three (the
                # group case's, so that the bench lawyer has "my tasks" at every scale). Not drawn from the
                # generator, so the rest of the data set stays as it was.
                lawyers = group or case.id % 3 == 0
                yield self._entry(
                    org_id,
                    case.id,
                    None,
                    "task",
                    due - timedelta(days=14),
                    body,
                    case.lawyer_id,
                    due_on=due,
                    done_by=case.paralegal_id if done else None,
                    assignee=case.lawyer_id if lawyers else case.paralegal_id,
                )
        for claimant_id, claimant in self.claimants.items():
            if claimant_id % 3 == 0 or claimant_id == self.claimant_id:
                told = claimant.anchor + timedelta(days=40)
                yield self._entry(
                    self.org_ids[claimant.org],
                    None,
                    claimant_id,
                    "rights_informed",
                    min(told, self.today),
                    "Told of their rights and how the case will go.",
                    self.users[claimant.org]["paralegal"][0],
                    channel="in_person",
                    language="th",
                )

    def _entry(
        self,
        org_id,
        case_id,
        claimant_id,
        kind,
        day: date,
        body,
        author,
        *,
        due_on=None,
        done_by=None,
        assignee=None,
        channel=None,
        language=None,
    ) -> dict:
        return {
            **self.common(org_id, at(day, 9)),
            "id": self.ids("timeline_entries"),
            "case_id": case_id,
            "claimant_id": claimant_id,
            "kind": kind,
            "occurred_on": day,
            "body": body,
            "channel": channel,
            "language": language,
            "told_by": None,
            "author_id": author,
            "due_on": due_on,
            "done_at": at(due_on, 16) if done_by else None,
            "done_by_id": done_by,
            "assignee_id": assignee,
        }

    def _offers(self):
        """The group case's offer (its settlement sheet), and one on a few open labour cases."""
        rng = self.rng
        for case in self.cases:
            big = case.id == self.group_case_id
            if not big and (case.kind != "labour" or case.status == "closed" or rng.random() > 0.02):
                continue
            offer_id = self.ids("offers")
            if big:
                self.offer_id = offer_id
            made = min(self.today, case.opened + timedelta(days=200))
            yield {
                **self.common(self.org_ids[case.org], at(made, 9)),
                "id": offer_id,
                "case_id": case.id,
                "claimant_id": None,
                "made_on": made,
                "made_by": "respondent",
                "status": "open",
                "currency": "THB",
                "cash": cents(50_000 * len(case.claimant_ids)),
                "instalments": json.dumps(
                    [{"due_on": (made + timedelta(days=90)).isoformat(), "amount": "20000.00"}]
                ),
                "cancels_loans": "[]",
                "returns_collateral": "[]",
                "other_terms": None,
                "conditions": json.dumps([{"kind": "withdraw_labour_case"}]),
                "split_rule": "pro_rata",
                "given_shares": "{}",
                "instalment_risk": "0.2500",
                "chance_of_winning": "0.8000",
                "share_collected": "0.4000",
                "months_to_judgment": 12,
                "months_to_payment": 9,
                "hearings": 4,
                "cost_per_hearing": cents(2500),
                "notes": None,
            }

    def _court_closures(self):
        for index, org_id in enumerate(self.org_ids):
            for n, court_id in enumerate((None, self.courts["labour"][0])):
                day = court_day(self.today + timedelta(days=20 + 7 * n + index))
                yield {
                    **self.common(org_id, at(self.today - timedelta(days=3), 9)),
                    "id": self.ids("court_closures"),
                    "court_id": court_id,
                    "day": day,
                    "reason": "Court closed (announced late)",
                }
