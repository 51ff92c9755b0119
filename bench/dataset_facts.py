"""Calculations and deadlines of the bench data set (bench/dataset_rows.py): the engine is run a few hundred times,
never once per claimant, and its results are shared.

Calculations: a few hundred claim documents (wage claims of one to three months, some with recruitment costs lost
and a loan from the agency), each computed once; every calculation made from a document stores its text and its
breakdown as they are.

Deadlines: the engine's deadlines for each (profile of facts, month the work ended), shifted to each claimant's
own day and inserted directly, with the states a page shows (done, overdue, soon, later, cannot be computed, no
time limit, moved and flagged).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from bench.dataset_records import at

CALCULATION_SHARE = 0.3  # of the parties of labour cases; every plaintiff of the bench lawyer's group case
REFERENCE = "@REF@"
WAGE_MONTHS = 24  # the monthly wages in each claimant's deadline facts


def claim_document(rng, end: date) -> dict:
    months = rng.randint(1, 3)
    start = date(end.year, end.month, 1)
    for _ in range(months - 1):
        start = (start - timedelta(days=1)).replace(day=1)
    records = []
    first = start
    while first <= end:
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        last = min(last, end)
        # A part month cannot hold 26 days worked (parse_claim refuses more days than a record's period has).
        days = min(26, (last - first).days + 1)
        records.append({"start": first.isoformat(), "end": last.isoformat(), "days_worked": days})
        first = last + timedelta(days=1)
    document = {
        "jurisdiction": "th",
        "computed_on": (end + timedelta(days=60)).isoformat(),
        "currency": "THB",
        "employment": [
            {
                "employer": "Factory",
                "start": start.isoformat(),
                "end": end.isoformat(),
                "pay_basis": "monthly",
                "rate": str(rng.choice((9000, 10000, 12000, 15000, 18000))),
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "wilful_withholding": rng.random() < 0.5,
                "records": records,
            }
        ],
    }
    if rng.random() < 0.3:
        taken = start - timedelta(days=90)
        document["damages"] = [
            {
                "kind": "recruitment_costs_lost",
                "amount": str(rng.randint(20, 200) * 1000),
                "description": "recruitment costs lost after deceptive recruitment",
                "basis": "expenses the agency made the worker pay",
                "on": (end + timedelta(days=30)).isoformat(),
            }
        ]
        document["loans"] = [
            {
                "lender": "the recruitment agency",
                "principal": str(rng.randint(3, 9) * 10000),
                "taken_on": taken.isoformat(),
                "rate": "0.03",
                "rate_per": "month",
                "repayments": [{"on": (taken + timedelta(days=60)).isoformat(), "amount": "5000"}],
            }
        ]
        document["projection_date"] = (end + timedelta(days=730)).isoformat()
    return document


class Facts:
    def _documents(self) -> list[tuple[str, str, str, str]]:
        """(end of work as text, document JSON, breakdown JSON, rules fingerprint), a few hundred at full scale."""
        from claims.models.calculation import summarise
        from claims.services.calculations import computed_values

        count = max(6, min(300, round(300 * self.scale**0.5)))
        span = (self.today - timedelta(days=120) - date(2013, 6, 1)).days
        found = []
        for n in range(count):
            end = date(2013, 6, 1) + timedelta(days=span * n // count)
            values = computed_values(claim_document(self.rng, end))
            found.append(
                (
                    end,
                    json.dumps(values["data"]),
                    json.dumps(values["result"]),
                    json.dumps(summarise(values["result"])),
                    values["rules_fingerprint"],
                )
            )
        return found

    def _calculations(self):
        documents = self._documents()
        ends = [end for end, *_ in documents]
        import bisect

        for case in self.cases:
            if case.kind != "labour":
                continue
            big = case.id == self.group_case_id
            org_id = self.org_ids[case.org]
            # A group case's plaintiffs share their contract: one document for all of them.
            anchor = self.claimants[case.claimant_ids[0]].anchor
            index = min(len(documents) - 1, bisect.bisect_left(ends, anchor))
            end, data, result, summary, fingerprint = documents[index]
            computed = at(min(self.today, case.opened + timedelta(days=30)), 9)
            for claimant_id in case.claimant_ids:
                if not big and self.rng.random() > CALCULATION_SHARE:
                    continue
                self.claimants[claimant_id].has_work = True
                yield {
                    **self.common(org_id, computed),
                    "id": self.ids("calculations"),
                    "case_id": case.id,
                    "claimant_id": claimant_id,
                    "data": data,
                    "result": result,
                    "summary": summary,
                    "computed_at": computed,
                    "rules_fingerprint": fingerprint,
                }

    # ---------------------------------------------------------------- deadlines

    def _deadline_template(self, profile: tuple, month: date) -> list[tuple]:
        """The engine's deadlines for a claimant of ``profile`` whose work ended on ``month``'s first day."""
        from claims.calc import deadlines as engine
        from claims.calc.text import to_json
        from claims.services.calculations import current_rules

        returned, planned, abroad, identified, criminal, petition, judgment = profile
        anchor = month
        # The facts of a full case file, as bench/bench_deadlines.py gives every claimant: their work (two years of
        # monthly wages up to the last day) with the claim not yet filed, the agency fee of a Thai worker placed
        # abroad. The data set's rows hold less (a calculation for CALCULATION_SHARE of the labour parties, most
        # claims filed), so a refresh (bench_pages.py --refresh) computes fewer deadlines from them (about 2.5 a
        # claimant) than these (about 8): the size issue 16 measured the engine storing.
        wages = tuple(_months_before(anchor, n) for n in range(WAGE_MONTHS - 1, -1, -1))
        facts = engine.Facts(
            today=self.today,
            last_day_of_work=anchor,
            wage_due_dates=wages,
            # A Thai worker placed abroad by a Thai agency paid its fee a year before the work ended (s.46 refund).
            agency_fee_paid_on=anchor - timedelta(days=365) if abroad else None,
            returned_home_on=anchor + timedelta(days=30) if returned else None,
            planned_return_on=anchor + timedelta(days=60) if planned else None,
            judgments=(engine.Judgment("labour", anchor + timedelta(days=judgment), REFERENCE),)
            if judgment
            else (),
            in_criminal_case=criminal,
            petition_44_1_filed={"filed": True, "to_file": False}.get(petition),
            first_witness_hearing_on=anchor + timedelta(days=200) if petition == "to_file" else None,
            identified_as_victim_on=anchor + timedelta(days=10) if identified else None,
        )
        computed = engine.compute_deadlines(
            facts, current_rules().book, self._working_days, warn_within_days=14
        )
        return [
            (
                d.key,
                json.dumps(to_json(d.label)),
                json.dumps(to_json(d.missing)) if d.missing is not None else None,
                d.due_on,
                d.unverified,
                d.warning,
            )
            for d in computed
        ]

    def _deadlines(self) -> None:
        from claims.calc import deadlines as engine
        from claims.services.calculations import current_rules

        self._working_days = engine.WorkingDays({})
        templates: dict[tuple, list[tuple]] = {}
        notices = []
        soon = self.today + timedelta(days=30)

        group = set(next(c for c in self.cases if c.id == self.group_case_id).claimant_ids)

        def make():
            for claimant_id, claimant in self.claimants.items():
                org_id = self.org_ids[claimant.org]
                judgment = claimant.judgment
                profile = (
                    claimant.returned,
                    claimant.planned,
                    claimant.nationality == "TH",
                    claimant.identified,
                    claimant.criminal,
                    claimant.petition if claimant.criminal else None,
                    # In months: one engine run serves every claimant whose dates fall alike.
                    _months(judgment[0] - claimant.anchor) if judgment else None,
                )
                month = claimant.anchor.replace(day=1)
                key = (profile, month)
                if key not in templates:
                    templates[key] = self._deadline_template(profile, month)
                shift = timedelta(days=(claimant.anchor - month).days)
                followers = sorted(claimant.followers)
                done_by = followers[0] if followers else self.users[claimant.org]["lawyer"][0]
                dated = [n for n, row in enumerate(templates[key]) if row[3] is not None]
                first_dated, second_dated = (dated + [None, None])[:2]
                for n, (name, label, missing, due, unverified, warning) in enumerate(templates[key]):
                    if judgment:
                        name = name.replace(REFERENCE, judgment[1])
                        label = label.replace(REFERENCE, judgment[1])
                    due_on = due + shift if due is not None else None
                    if n == first_dated and claimant_id in group:
                        # The group's first dated deadline falls due today: one large group on the dashboard,
                        # in this week, soon, not done (follow-up deadlines played this part until visits
                        # replaced them).
                        due_on = self.today
                    late = n == second_dated and claimant_id in group
                    if late:
                        # And its second a week ago, still open: the overdue lists of the dashboard and reminders
                        # fill their page at every scale (the group case has 100-150 plaintiffs), as the
                        # follow-up deadlines made them fill before.
                        due_on = self.today - timedelta(days=7)
                    done = (
                        not late and due_on is not None and due_on < self.today and (claimant_id + n) % 10 < 7
                    )
                    moved = due_on is not None and self.today <= due_on <= soon and (claimant_id + n) % 7 == 0
                    deadline_id = self.ids("deadlines")
                    if moved:
                        for user_id in followers:
                            notices.append(
                                {
                                    "org_id": org_id,
                                    "id": self.ids("deadline_notices"),
                                    "user_id": user_id,
                                    "deadline_id": deadline_id,
                                    "old_due_on": due_on - timedelta(days=1),
                                    "new_due_on": due_on,
                                    "reason": "closure",
                                    "created_at": self.now,
                                    "seen_at": None,
                                    "mailed_at": None,
                                }
                            )
                    yield {
                        **self.common(org_id, self.now),
                        "id": deadline_id,
                        "claimant_id": claimant_id,
                        "key": name,
                        "label": label,
                        "missing": missing,
                        "due_on": due_on,
                        "unverified": unverified,
                        "warning": warning,
                        "computed_at": self.now,
                        "previous_due_on": due_on - timedelta(days=1) if moved else None,
                        "changed_at": self.now if moved else None,
                        "change_reason": "closure" if moved else None,
                        "done_at": at(due_on, 15) if done else None,
                        "done_by_id": done_by if done else None,
                        "done_note": None,
                    }

        self.out.insert("deadlines", make())
        self.out.insert("deadline_notices", notices)
        self.deadline_templates = len(templates)
        from claims.models.base import utcnow

        fingerprint = current_rules().fingerprint
        # As if the daily refresh had just run: no page recomputes the organisation on its first visit.
        self.out.insert(
            "deadline_rule_states",
            [
                {"org_id": org_id, "rules_fingerprint": fingerprint, "refreshed_at": utcnow()}
                for org_id in self.org_ids
            ],
        )


def _months_before(day: date, months: int) -> date:
    """The first of the month ``months`` before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _months(gap: timedelta) -> int:
    """A gap in days rounded to whole months of 30 days, kept in days."""
    return max(1, round(gap.days / 30)) * 30
