"""The rows of the bench data set (bench/dataset.py), table by table, in the order their keys need.

Every row is a dict of stored values (see bench/dataset_insert.py): enum values, amounts in hundredths, JSON text.
One ``random.Random`` drives everything, in a fixed order, so a seed gives the same data set on the same day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from werkzeug.security import generate_password_hash

from bench import dataset_words as words
from bench.dataset_facts import Facts
from bench.dataset_people import ClaimantInfo, People
from bench.dataset_records import EARLIEST, CaseRecords, at
from claims.models.matchkey import document_rows, name_rows

BENCH_EMAIL = "lawyer1@nat.bench.example"
BENCH_PASSWORD = "bench-password"
BIG_GROUP = 150


@dataclass
class CaseInfo:
    id: int
    org: int
    kind: str
    reference: str
    opened: date
    filed: date | None
    ends: date
    stage: str
    status: str
    lawyer_id: int
    paralegal_id: int
    court_id: int | None
    claimant_ids: list[int]
    links: list[int] = field(default_factory=list)  # case_claimants ids, in the same order
    linked: list[int] = field(default_factory=list)  # cases on the same facts


class World(People, CaseRecords, Facts):
    def __init__(self, rng, today: date, scale: float, shares, full: dict):
        self.rng = rng
        self.today = today
        self.now = at(today, 10)
        self.scale = scale
        self.shares = shares
        self.full = full
        self.next_id: dict[str, int] = {}
        self.users: list[dict[str, list[int]]] = []
        self.claimants: dict[int, ClaimantInfo] = {}
        self.cases: list[CaseInfo] = []
        self.name_search = words.NAMES["TH"][0][0]
        self.offer_id = 0

    def ids(self, table: str, n: int = 1) -> int:
        first = self.next_id.get(table, 1)
        self.next_id[table] = first + n
        return first

    def common(self, org_id: int, created: datetime) -> dict:
        return {
            "org_id": org_id,
            "version": 1,
            "archived_at": None,
            "archived_by_id": None,
            "created_at": created,
            "updated_at": created,
        }

    def _match_keys(self, documents: list[dict]):
        """What the app keeps at every flush (claims.models.matchkey), for rows inserted in bulk: the intake
        check's sound keys of every name and the keys of the identity documents' numbers."""
        for row in self.claimant_rows:
            yield from name_rows(row["org_id"], row["legal_name"], claimant_id=row["id"])
        for org_id, respondent_id, name in self.respondent_names:
            yield from name_rows(org_id, name, respondent_id=respondent_id)
        for row in documents:
            yield from document_rows(row["org_id"], row["claimant_id"], [row["number"]])

    def per_org(self, what: str, org_index: int) -> int:
        return max(1, round(self.full[what] * self.scale * self.shares[org_index]))

    # ---------------------------------------------------------------- the order of the tables

    def generate(self, out) -> None:
        self.out = out
        self._organisations()
        self._users()
        self._courts()
        self._respondents()
        self._claimants()
        self._cases()
        # After the cases: the group case's members share the facts of one job (see _share_the_job).
        out.insert("claimants", self.claimant_rows)
        out.insert("case_claimants", self._links())
        out.insert("case_respondents", self._case_respondents())
        out.insert("case_links", self._case_links())
        out.insert("hearings", self._hearings())
        out.insert("calculations", self._calculations())
        self._outcomes()
        out.insert("timeline_entries", self._timeline())
        out.insert("offers", self._offers())
        documents = list(self._identity_documents())
        out.insert("identity_documents", documents)
        out.insert("match_keys", self._match_keys(documents))
        out.insert("consents", self._consents())
        out.insert("protection_orders", self._protection_orders())
        out.insert("court_closures", self._court_closures())
        self._deadlines()

    # ---------------------------------------------------------------- organisations, users, courts, respondents

    def _organisations(self) -> None:
        self.org_ids = []
        found = []
        for index, (code, name) in enumerate(words.ORGANISATIONS[: len(self.shares)]):
            org_id = self.ids("organisations")
            self.org_ids.append(org_id)
            found.append(
                {
                    "id": org_id,
                    "name": name,
                    "code": code,
                    "address": f"{index + 10}/1 Charoen Krung Road, Bangkok 10500",
                    "phone": f"02 {index + 100} 0000",
                    "email": f"office@{code.lower()}.bench.example",
                    "follow_up_months": "3,6,12",
                    "petition_warn_days": 14,
                    "created_at": at(EARLIEST, 9),
                }
            )
        self.org_id = self.org_ids[0]
        self.out.insert("organisations", found)

    def _users(self) -> None:
        password_hash = generate_password_hash(
            BENCH_PASSWORD, method="scrypt"
        )  # once: scrypt is slow on purpose
        found = []
        for index, org_id in enumerate(self.org_ids):
            code = words.ORGANISATIONS[index][0].lower()
            lawyers = max(2, round(self.per_org("cases", index) / 1500))
            roles = {
                "admin": 2,
                "lawyer": lawyers,
                "paralegal": max(1, lawyers // 2),
                "advisor": max(1, lawyers // 4),
            }
            mine: dict[str, list[int]] = {}
            for role, count in roles.items():
                for n in range(1, count + 1):
                    user_id = self.ids("users")
                    mine.setdefault(role, []).append(user_id)
                    found.append(
                        {
                            **self.common(org_id, at(EARLIEST, 9)),
                            "id": user_id,
                            "email": f"{role}{n}@{code}.bench.example",
                            "name": f"{role.title()} {n} ({code.upper()})",
                            "password_hash": password_hash,
                            "role": role,
                            "locale": "en" if n % 3 == 0 else "th",
                            "phone": f"08{index} {n:03d} 0000",
                            "licence_number": f"{n:05d}/2555" if role == "lawyer" else None,
                            "last_login_at": None,
                            "session_version": 0,
                            "totp_secret": None,
                            "totp_last_step": None,
                        }
                    )
            self.users.append(mine)
        self.user_id = self.users[0]["lawyer"][0]
        self.other_lawyer_id = self.users[0]["lawyer"][1]
        self.out.insert("users", found)

    def _courts(self) -> None:
        found = []
        self.courts = {"labour": [], "criminal": []}
        for code, name_th, name_en, province, hears in words.COURTS:
            court_id = self.ids("courts")
            self.courts[hears].append(court_id)
            found.append(
                {
                    "id": court_id,
                    "code": code,
                    "name_th": name_th,
                    "name_en": name_en,
                    "province": province,
                    "org_id": None,
                }
            )
        self.own_courts = []
        for index, org_id in enumerate(self.org_ids):
            court_id = self.ids("courts")
            self.own_courts.append(court_id)
            code = words.ORGANISATIONS[index][0]
            found.append(
                {
                    "id": court_id,
                    "code": f"{code}-LABOUR-OFFICE",
                    "name_th": "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด",
                    "name_en": f"Provincial Labour Protection Office ({code})",
                    "province": words.PROVINCES["TH"][index],
                    "org_id": org_id,
                }
            )
        self.out.insert("courts", found)

    def _respondents(self) -> None:
        rng = self.rng
        found = []
        self.respondents: list[list[int]] = []
        kinds = list(words.RESPONDENT_TRADES)
        for index, org_id in enumerate(self.org_ids):
            count = max(60, self.per_org("cases", index) // 40)  # a page of them at the least
            first = self.ids("respondents", count)
            self.respondents.append(list(range(first, first + count)))
            for n in range(count):
                kind = kinds[0] if n % 3 == 0 else rng.choice(kinds)
                name = f"{rng.choice(words.RESPONDENT_WORDS)} {words.RESPONDENT_TRADES[kind]} {n + 1}"
                found.append(
                    {
                        **self.common(org_id, at(EARLIEST, 9)),
                        "id": first + n,
                        "name": name,
                        "kind": kind,
                        "licence_number": f"LIC-{index}-{n:05d}" if kind == "recruitment_agency" else None,
                        "country": "TH" if n % 5 else rng.choice(("MY", "SE", "TW", "KR")),
                        "status": rng.choice(("operating", "operating", "suspended", "closed", "unknown")),
                        # Some agencies reopen under another name: the successor is an earlier one of theirs.
                        "successor_id": first + n - 1 if n and n % 17 == 0 else None,
                        "address": f"{n + 1} Soi {n % 50 + 1}, {rng.choice(words.PROVINCES['TH'])}",
                        "notes": None,
                    }
                )
        self.out.insert("respondents", found)
        self.respondent_names = [(row["org_id"], row["id"], row["name"]) for row in found]

    # ---------------------------------------------------------------- claimants and cases

    def _group_size(self, available: int) -> int:
        r = self.rng.random()
        if r < 0.90:
            size = 1
        elif r < 0.98:
            size = self.rng.randint(2, 10)
        elif r < 0.996:
            size = self.rng.randint(11, 50)
        else:
            size = self.rng.randint(51, BIG_GROUP)
        return min(size, available)

    def _cases(self) -> None:
        rng = self.rng
        found = []
        for index, org_id in enumerate(self.org_ids):
            code = words.ORGANISATIONS[index][0]
            pool = list(self.org_claimants[index])
            rng.shuffle(pool)
            cursor = 0
            count = self.per_org("cases", index)
            lawyers = self.users[index]["lawyer"]
            paralegals = self.users[index]["paralegal"]
            serial = 0
            made = 0
            while made < count:
                big = index == 0 and made == 0
                if big:
                    # The group's workers are in its two cases only: the rest of the organisation's cases share
                    # the other claimants (one person can be in several cases), whatever the scale.
                    size = min(BIG_GROUP, len(pool) // 2)
                    members, pool = pool[:size], pool[size:]
                else:
                    size = self._group_size(len(pool))
                    members = [pool[(cursor + k) % len(pool)] for k in range(size)]
                    cursor += size
                kind = "labour" if big else rng.choice(("labour",) * 12 + ("criminal",) * 7 + ("civil",))
                first_anchor = min(self.claimants[c].anchor for c in members)
                opened = (
                    self.today - timedelta(days=150)
                    if big
                    else max(EARLIEST, first_anchor + timedelta(days=rng.randint(15, 120)))
                )
                ends = opened + timedelta(days=900 if big else rng.randint(240, 1600))
                lawyer = self.user_id if big else rng.choice(lawyers)
                twins = [kind]
                if (big or (size > 1 and kind == "labour" and rng.random() < 0.3)) and made + 1 < count:
                    twins.append("criminal")
                for twin_kind in twins:
                    serial += 1
                    made += 1
                    case = self._case(
                        index, org_id, code, serial, twin_kind, members, opened, ends, lawyer, paralegals, big
                    )
                    found.append(case)
                if len(twins) == 2:
                    self.cases[-2].linked.append(self.cases[-1].id)
        self.group_case_id = self.cases[0].id
        self.group_size = len(self.cases[0].claimant_ids)
        self.claimant_id = self.cases[0].claimant_ids[1]
        self._share_the_job(self.cases[0].claimant_ids)
        found = self._interleave(found)
        self.out.insert("cases", found)

    def _interleave(self, case_rows: list[dict]) -> list[dict]:
        """Number claimants and cases in the order they were created, across organisations.

        Each organisation's rows are generated together, so their ids (and the order the rows lie on disk) came
        out in one block per organisation: PostgreSQL then saw ``org_id`` perfectly correlated with the table's
        order and preferred the plain organisation index where a national network's interleaved records favour
        the composite ones. Renumbering by creation time gives the order a shared database grows in; every table
        generated afterwards follows the new order."""
        claimant_ids = {
            row["id"]: new
            for new, row in enumerate(sorted(self.claimant_rows, key=lambda r: (r["created_at"], r["id"])), 1)
        }
        for row in self.claimant_rows:
            row["id"] = claimant_ids[row["id"]]
        self.claimant_rows.sort(key=lambda r: r["id"])
        self.claimants = {claimant_ids[old]: info for old, info in self.claimants.items()}
        self.claimants = dict(sorted(self.claimants.items()))
        self.org_claimants = [sorted(claimant_ids[c] for c in members) for members in self.org_claimants]
        self.claimant_id = claimant_ids[self.claimant_id]
        case_ids = {
            row["id"]: new
            for new, row in enumerate(sorted(case_rows, key=lambda r: (r["created_at"], r["id"])), 1)
        }
        for row in case_rows:
            row["id"] = case_ids[row["id"]]
        for case in self.cases:
            case.id = case_ids[case.id]
            case.linked = [case_ids[c] for c in case.linked]
            case.claimant_ids = [claimant_ids[c] for c in case.claimant_ids]
        self.group_case_id = case_ids[self.group_case_id]
        self.cases.sort(key=lambda c: c.id)
        return sorted(case_rows, key=lambda r: r["id"])

    def _case(
        self, index, org_id, code, serial, kind, members, opened, ends, lawyer, paralegals, big
    ) -> dict:
        rng = self.rng
        case_id = self.ids("cases")
        filed = opened + timedelta(days=rng.randint(20, 90))
        if filed > self.today:
            filed = None
        if ends <= self.today:
            closed = kind == "criminal" or rng.random() < 0.8
            stage, status = ("closed", "closed") if closed else ("enforcement", "open")
        else:
            progress = (self.today - opened).days / max(1, (ends - opened).days)
            stage = "trial"
            for limit, name in (
                (0.1, "intake"),
                (0.2, "preparation"),
                (0.35, "filed"),
                (0.5, "conciliation"),
                (0.85, "trial"),
                (0.95, "judgment"),
                (1.01, "appeal"),
            ):
                if progress < limit:
                    stage = name
                    break
            if big:
                stage = "conciliation"
            if filed is None:
                stage = "intake"
            status = "suspended" if rng.random() < 0.02 and not big else "open"
        prefix = "LC" if kind == "labour" else "CR" if kind == "criminal" else "CV"
        reference = f"{prefix}-{opened.year}-{serial:05d}"
        courts = self.courts["criminal" if kind == "criminal" else "labour"]
        court_id = courts[0] if big else rng.choice(courts) if rng.random() < 0.97 else self.own_courts[index]
        paralegal = rng.choice(paralegals)
        info = CaseInfo(
            case_id,
            index,
            kind,
            reference,
            opened,
            filed,
            ends,
            stage,
            status,
            lawyer,
            paralegal,
            court_id,
            list(members),
        )
        self.cases.append(info)
        for claimant_id in members:
            claimant = self.claimants[claimant_id]
            if status != "closed":
                claimant.followers.update((lawyer, paralegal))
            if kind == "criminal":
                claimant.criminal = True
            elif kind == "labour" and filed is not None and claimant.labour_filed is None:
                claimant.labour_filed = filed
        size = len(members)
        work = words.WORK[case_id % len(words.WORK)]
        return {
            **self.common(org_id, at(opened, 9)),
            "id": case_id,
            "reference": reference,
            "title": f"{size} workers ({work})"
            if size > 1
            else f"{work.capitalize()}: unpaid wages and fees",
            "kind": kind,
            "court_id": court_id,
            "office": None,
            "black_number": f"{serial}/{filed.year + 543}" if filed else None,
            "red_number": f"{serial}/{ends.year + 543}" if stage in ("closed", "enforcement") else None,
            "filed_on": filed,
            "stage": stage,
            "status": status,
            "lawyer_id": lawyer,
            "paralegal_id": paralegal,
            "summary": f"{size} claimant(s) recruited for {work}.",
            "offence": "ความผิดฐานค้ามนุษย์" if kind == "criminal" else None,
        }
