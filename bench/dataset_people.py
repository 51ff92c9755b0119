"""The claimants of the bench data set (bench/dataset_rows.py), and what is kept about each: identity documents,
consents and protection orders."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench import dataset_words as words
from bench.dataset_records import EARLIEST, at


@dataclass
class ClaimantInfo:
    org: int
    anchor: date  # the day their work ended
    nationality: str
    identified: bool
    returned: bool
    criminal: bool = False
    petition: str | None = None
    has_work: bool = False
    judgment: tuple[date, str] | None = None  # a labour judgment still open to appeal: (read on, reference)
    labour_filed: date | None = None
    planned: bool = False  # not home yet, a return planned (claimants.planned_return_on = anchor + 60 days)
    followers: set[int] = field(default_factory=set)


class People:
    def _claimants(self) -> None:
        rng = self.rng
        nationalities = [code for code, weight, _ in words.NATIONALITIES for _ in range(weight)]
        languages = {code: lang for code, _, lang in words.NATIONALITIES}
        self.org_claimants: list[list[int]] = []
        span = (self.today - EARLIEST).days

        def make():
            for index, org_id in enumerate(self.org_ids):
                count = self.per_org("claimants", index)
                if index == 0:
                    count = max(count, 12)  # the national organisation keeps its shape at the tiniest scale
                first = self.ids("claimants", count)
                self.org_claimants.append(list(range(first, first + count)))
                advisors = self.users[index]["advisor"]
                for n in range(count):
                    claimant_id = first + n
                    nationality = rng.choice(nationalities)
                    given, family = words.NAMES[nationality]
                    name = f"{rng.choice(given)} {rng.choice(family)}"
                    # More claimants in recent years: the network grew.
                    anchor = EARLIEST + timedelta(days=int(span * math.sqrt(rng.random())) - 60)
                    identified = rng.random() < 0.75
                    returned = (
                        rng.random() < 0.7
                    )  # home again (Thai workers from abroad, migrants to their country)
                    status = (
                        "identified"
                        if identified
                        else rng.choice(
                            ("not_screened", "not_screened", "screened_not_identified", "declined_assistance")
                        )
                    )
                    planned = not returned and rng.random() < 0.5
                    info = ClaimantInfo(index, anchor, nationality, identified, returned, planned=planned)
                    self.claimants[claimant_id] = info
                    created = at(max(EARLIEST, anchor + timedelta(days=20)), 9)
                    yield {
                        **self.common(org_id, created),
                        "id": claimant_id,
                        "pseudonym": f"{words.ORGANISATIONS[index][0]}-{n + 1:06d}",
                        "legal_name": name,
                        "sex": rng.choice(("female", "male", "male", "female", "not_recorded")),
                        "gender_identity": None,
                        "date_of_birth": date(
                            1960 + rng.randrange(48), rng.randrange(1, 13), rng.randrange(1, 29)
                        ),
                        "guardian_name": None,
                        "guardian_relationship": None,
                        "guardian_contact": None,
                        "nationality": nationality,
                        "languages": languages[nationality]
                        if nationality == "TH"
                        else f"{languages[nationality]},th",
                        "document_language": "th",
                        "interpreter_needed": nationality != "TH" and rng.random() < 0.7,
                        "home_country": nationality,
                        "home_province": rng.choice(words.PROVINCES[nationality]),
                        "home_district": rng.choice(words.DISTRICTS),
                        "phone": f"0{rng.randrange(60, 100)} {rng.randrange(1000):03d} {rng.randrange(10000):04d}",
                        "address": f"{rng.randrange(1, 300)} Moo {rng.randrange(1, 15)}",
                        "address_for_service": None,
                        "contact_abroad": None,
                        "partner_organisation": None,
                        "trafficking_status": status,
                        "identified_on": anchor + timedelta(days=10) if identified else None,
                        "identifying_agency": "Provincial Social Development Office" if identified else None,
                        "identifying_official": None,
                        "protection_order": False,
                        "protection_note": None,
                        "planned_return_on": anchor + timedelta(days=60) if planned else None,
                        "returned_home_on": anchor + timedelta(days=30) if returned else None,
                        "advisor_id": rng.choice(advisors) if rng.random() < 0.05 else None,
                        "notes": None,
                    }

        self.claimant_rows = list(make())

    def _share_the_job(self, members: list[int]) -> None:
        """The bench lawyer's group case: workers who left the same job on the same day and went home a month
        later, so that their deadlines are in every state on any day: the six-month follow-up visit due within
        weeks, the three-month one past, the twelve-month one later, the Fund request without a date."""
        anchor = self.today - timedelta(days=197)
        first = self.org_claimants[0][0]
        for claimant_id in members:
            info = self.claimants[claimant_id]
            info.anchor, info.returned, info.planned = anchor, True, False
            row = self.claimant_rows[claimant_id - first]
            row["returned_home_on"] = anchor + timedelta(days=30)
            row["planned_return_on"] = None
            if claimant_id == self.claimant_id:
                # The claimant whose page is benched: identified, and under a protection order (the page's
                # whereabouts rule has something to decide), whatever the seed.
                info.identified = True
                row.update(
                    trafficking_status="identified", identifying_agency="Provincial Social Development Office"
                )
            row["identified_on"] = anchor + timedelta(days=10) if info.identified else None

    def _identity_documents(self):
        for claimant_id, claimant in self.claimants.items():
            if claimant_id % 5 in (1, 2, 3):
                yield {
                    **self.common(self.org_ids[claimant.org], at(claimant.anchor, 9)),
                    "id": self.ids("identity_documents"),
                    "claimant_id": claimant_id,
                    "kind": "national_id" if claimant.nationality == "TH" else "passport",
                    "number": f"{claimant.nationality}{claimant_id:08d}",
                    "issuing_country": claimant.nationality,
                    "expires_on": claimant.anchor + timedelta(days=3650),
                    "held_by": "claimant" if claimant_id % 4 else "employer",
                }

    def _consents(self):
        for claimant_id, claimant in self.claimants.items():
            if claimant_id % 10 < 7:
                yield {
                    **self.common(self.org_ids[claimant.org], at(claimant.anchor, 9)),
                    "id": self.ids("consents"),
                    "claimant_id": claimant_id,
                    "purpose": "store_data",
                    "partner_name": None,
                    "given_on": claimant.anchor + timedelta(days=20),
                    "method": "thumbprint" if claimant_id % 3 == 0 else "written",
                    "withdrawn_on": None,
                    "note": None,
                }

    def _protection_orders(self):
        for claimant_id, claimant in self.claimants.items():
            if claimant.identified and (claimant_id % 20 == 0 or claimant_id == self.claimant_id):
                start = claimant.anchor + timedelta(days=15)
                yield {
                    **self.common(self.org_ids[claimant.org], at(start, 9)),
                    "id": self.ids("protection_orders"),
                    "claimant_id": claimant_id,
                    "ordering_office": "Witness Protection Office",
                    "legal_basis": "Witness Protection in Criminal Cases Act B.E. 2546",
                    "kind": "special" if claimant_id % 40 == 0 else "shelter",
                    "valid_from": start,
                    "valid_to": None
                    if claimant_id % 60 == 0 or claimant_id == self.claimant_id
                    else start + timedelta(days=365),
                    "note": None,
                }
