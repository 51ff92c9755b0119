"""The demo loader: one transaction, natural keys, one audit entry per created record."""

from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from claims import clock
from claims.demo.cases import CaseRecords
from claims.demo.claimants import Claimants
from claims.demo.common import court_day
from claims.demo.criminal import CriminalCases
from claims.demo.data import (
    COURTS,
    DEMO_ORG_CODE,
    DEMO_ORG_LETTERHEAD,
    DEMO_ORG_NAME,
    DEMO_PASSWORD,
    DEMO_USERS,
    FORTNIGHT,
    RESPONDENTS,
)
from claims.demo.directory import Directory
from claims.demo.labour import LabourCases
from claims.extensions import db
from claims.models import (
    AuditEntry,
    Case,
    Claimant,
    Court,
    Hearing,
    Organisation,
    Respondent,
    User,
)
from claims.models.base import utcnow
from claims.models.enums import (
    AuditAction,
)
from claims.services import records


@dataclass
class DemoReport:
    logins: list[tuple[str, str]]
    users: int = 0
    claimants: int = 0
    cases: int = 0
    hearings: int = 0
    created: int = 0
    already_present: int = 0
    created_by_table: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"demo organisation ready: {self.users} users, {self.claimants} claimants, {self.cases} cases, "
            f"{self.hearings} hearings (created {self.created}, already present {self.already_present})"
        )


def load_demo(today: date | None = None) -> DemoReport:
    """Load the demo organisation and its story; return what is there. Running it again changes nothing."""
    loader = _Loader(today or clock.today())
    try:
        loader.run()
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return loader.report()


class _Loader(Claimants, CaseRecords, LabourCases, CriminalCases, Directory):
    def __init__(self, today: date):
        self.session = db.session
        self.today = today
        self.created: list = []
        self.present = 0
        self.org: Organisation | None = None
        self.org_is_new = False
        self.users: dict[str, User] = {}
        self.courts: dict[str, Court] = {}
        self.respondents: dict[str, Respondent] = {}
        self.claimants: dict[str, Claimant] = {}
        self.new_claimants: set[str] = set()
        self.cases: dict[str, Case] = {}
        self._person_no = 0

    # ------------------------------------------------------------ plumbing

    def days(self, n: int) -> date:
        return self.today + timedelta(days=n)

    @property
    def double_booked_day(self) -> date:
        """The court day, about two weeks ahead, on which the demo lawyer is due at CR-01's witness examination
        and CR-02's advance testimony at once: the clash the calendar flags. Both hearings take this one day, so
        the story holds whatever day of the week the demo is loaded on."""
        return court_day(self.days(FORTNIGHT))

    def add(self, record):
        self.session.add(record)
        self.created.append(record)
        return record

    def _existing(self, model, key_column, keys, *, org_scoped: bool = True) -> dict:
        if org_scoped and self.org_is_new:
            return {}  # a new organisation owns nothing yet: no need to ask
        query = sa.select(model).where(key_column.in_(list(keys)))
        if org_scoped:
            query = query.where(model.org_id == self.org.id)
        found = {getattr(record, key_column.key): record for record in self.session.scalars(query)}
        self.present += len(found)
        return found

    @property
    def admin(self) -> User:
        return self.users["admin@demo.example"]

    @property
    def lawyer(self) -> User:
        return self.users["lawyer@demo.example"]

    @property
    def paralegal(self) -> User:
        return self.users["paralegal@demo.example"]

    @property
    def advisor(self) -> User:
        return self.users["advisor@demo.example"]

    def run(self) -> None:
        self._organisation_users_courts()
        self.session.flush()  # ids of the organisation, the users and the courts
        self._respondents()
        self._claimants()
        self._cases()
        self._directory()
        self.session.flush()  # every other record, batched per table
        self._audit()

    def report(self) -> DemoReport:
        org_id = self.org.id

        def count(model):
            return (
                sa.select(sa.func.count(model.id))
                .where(model.org_id == org_id, model.archived_at.is_(None))
                .scalar_subquery()
            )

        users, claimants, cases, hearings = self.session.execute(
            sa.select(count(User), count(Claimant), count(Case), count(Hearing))
        ).one()
        by_table: dict[str, int] = {}
        for record in self.created:
            by_table[record.__tablename__] = by_table.get(record.__tablename__, 0) + 1
        return DemoReport(
            logins=[(email, role.value) for email, _name, role, _extra in DEMO_USERS],
            users=users,
            claimants=claimants,
            cases=cases,
            hearings=hearings,
            created=len(self.created),
            already_present=self.present,
            created_by_table=by_table,
        )

    def _audit(self) -> None:
        """One CREATE entry per created record, with its values as records.create writes them, inserted in
        one executemany (the entries need no ids back)."""
        rows = []
        for record in self.created:
            if isinstance(record, Court):
                continue  # shared reference data: no organisation to file the entry under
            is_org = isinstance(record, Organisation)
            rows.append(
                {
                    "org_id": record.id if is_org else record.org_id,
                    "user_id": self.admin.id,
                    "at": utcnow(),
                    "action": AuditAction.CREATE,
                    "entity_type": record.__tablename__,
                    "entity_id": record.id,
                    "label": (f"Organisation {record.code}" if is_org else record.safe_label())[:200],
                    "changes": records.creation_changes(record),
                }
            )
        if rows:
            self.session.execute(sa.insert(AuditEntry), rows)

    # ------------------------------------------------------------ organisation, users, courts, respondents

    def _organisation_users_courts(self) -> None:
        session = self.session
        self.org = session.scalar(sa.select(Organisation).where(Organisation.code == DEMO_ORG_CODE))
        if self.org is None:
            self.org = self.add(Organisation(code=DEMO_ORG_CODE, name=DEMO_ORG_NAME, **DEMO_ORG_LETTERHEAD))
            self.org_is_new = True
        else:
            self.present += 1
        # E-mails are unique across organisations: look them up everywhere.
        self.users = self._existing(User, User.email, [u[0] for u in DEMO_USERS], org_scoped=False)
        missing = [u for u in DEMO_USERS if u[0] not in self.users]
        if missing:
            password_hash = generate_password_hash(DEMO_PASSWORD, method=User.PASSWORD_METHOD)  # once: slow
            for email, name, role, extra in missing:
                self.users[email] = self.add(
                    User(
                        organisation=self.org,
                        email=email,
                        name=name,
                        role=role,
                        password_hash=password_hash,
                        **extra,
                    )
                )
        self.courts = self._existing(Court, Court.code, [c[0] for c in COURTS], org_scoped=False)
        for code, name_th, name_en, province in COURTS:
            if code not in self.courts:
                self.courts[code] = self.add(
                    Court(code=code, name_th=name_th, name_en=name_en, province=province)
                )

    def _respondents(self) -> None:
        names = {key: spec["name"] for key, spec in RESPONDENTS.items()}
        found = self._existing(Respondent, Respondent.name, names.values())
        for key, spec in RESPONDENTS.items():
            existing = found.get(spec["name"])
            self.respondents[key] = existing or self.add(Respondent(org_id=self.org.id, **spec))
        agency = self.respondents["agency"]
        if agency.id is None:  # created now: link it to the company it reopened as
            agency.successor = self.respondents["successor"]
