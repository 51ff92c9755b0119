"""The journey beyond the courtroom, per quarter (issue 15): the counts the workshops ask for.

Every figure is a select of the records it counts (one row per person, visit or referral), shared by the
aggregate on the report page and the list its link opens, so a number and its records cannot drift apart. The
page reads six aggregate queries whatever the number of records. Only the user's organisation; archived
claimants, events, stays, returns, visits and referrals never count. What each figure means is in ``notes`` of
claims.web.reports.journey_workbook and in docs/reports.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _

from claims.extensions import db
from claims.models import (
    Assistance,
    Claimant,
    FollowUpVisit,
    IdentificationEvent,
    Referral,
    ReturnHome,
    ShelterStay,
)
from claims.models.enums import ExploitationForm, IdentificationStatus, ReferralStatus, Sex
from claims.services import protection
from claims.services.paging import Listing
from claims.services.reports.filters import BadFilter, Period, ReportFilters

PAGE_SIZE = 50
# The key of "not recorded" (no nationality, no form ticked) in links and groups.
NONE = "none"
SEXES = tuple(s.value for s in Sex)
FORMS = tuple(f.value for f in ExploitationForm)
PEOPLE_FIGURES = ("identified", "assisted", "not_assisted", "returned")
VISIT_FIGURES = ("visits_due", "visits_on_time", "visits_late", "visits_not_done")
# "identified_by_end" is the "out of" of assisted and not assisted; "visits_due" that of the visits' outcomes.
FIGURES = (*PEOPLE_FIGURES, "identified_by_end", *VISIT_FIGURES, "referrals_made", "referrals_completed")


def this_quarter(today: date) -> ReportFilters:
    return ReportFilters(year=today.year, quarter=(today.month - 1) // 3 + 1)


def _live(user):
    return [Claimant.org_id == user.org_id, Claimant.archived_at.is_(None)]


def _between(column, period: Period):
    return sa.and_(column >= period.start, column <= period.end)


def _first_identified(user):
    """Per person, the day of their first live 'identified' event: a person identified again (after a new
    screening, or a correction) counts in the quarter they were first identified, and once."""
    return (
        sa.select(
            IdentificationEvent.claimant_id.label("claimant_id"),
            sa.func.min(IdentificationEvent.occurred_on).label("day"),
        )
        .where(
            IdentificationEvent.org_id == user.org_id,
            IdentificationEvent.archived_at.is_(None),
            IdentificationEvent.status == IdentificationStatus.IDENTIFIED,
        )
        .group_by(IdentificationEvent.claimant_id)
        .subquery("first_identified")
    )


def _padded_forms():
    return sa.literal(",").concat(Claimant.exploitation_forms).concat(",")


def _has_form(form: str):
    """The person names this form (``NONE``: names none). Forms are stored comma-separated; the closed list's
    values hold no comma, and no two of them match each other through LIKE's "_" (checked in the tests)."""
    if form == NONE:
        return Claimant.exploitation_forms == ""
    return _padded_forms().like(f"%,{form},%")


def _completed_in(period: Period):
    # The day a completed referral was completed is the day its feedback came back: the status itself carries
    # no date, and a referral is completed by the answer of the agency it went to.
    return sa.and_(Referral.status == ReferralStatus.COMPLETED, _between(Referral.feedback_on, period))


def _assisted(period: Period):
    stay = (
        sa.select(ShelterStay.id)
        .where(
            ShelterStay.claimant_id == Claimant.id,
            ShelterStay.archived_at.is_(None),
            ShelterStay.stay_from <= period.end,
            sa.or_(ShelterStay.stay_to.is_(None), ShelterStay.stay_to >= period.start),
        )
        .correlate(Claimant)
        .exists()
    )
    aid = (
        sa.select(Assistance.id)
        .where(
            Assistance.claimant_id == Claimant.id,
            Assistance.archived_at.is_(None),
            _between(Assistance.received_on, period),
        )
        .correlate(Claimant)
        .exists()
    )
    referral = (
        sa.select(Referral.id)
        .where(Referral.claimant_id == Claimant.id, Referral.archived_at.is_(None), _completed_in(period))
        .correlate(Claimant)
        .exists()
    )
    return sa.or_(stay, aid, referral)


def _return_day(period: Period):
    return (
        sa.select(sa.func.min(ReturnHome.returned_on))
        .where(
            ReturnHome.claimant_id == Claimant.id,
            ReturnHome.archived_at.is_(None),
            _between(ReturnHome.returned_on, period),
        )
        .correlate(Claimant)
        .scalar_subquery()
    )


def _on_time():
    return sa.and_(FollowUpVisit.visited_on.is_not(None), FollowUpVisit.visited_on <= FollowUpVisit.due_on)


def _late():
    return sa.and_(FollowUpVisit.visited_on.is_not(None), FollowUpVisit.visited_on > FollowUpVisit.due_on)


def _not_done():
    return FollowUpVisit.visited_on.is_(None)


def _made_in(period: Period):
    return _between(Referral.referred_on, period)


def figure_select(user, period: Period, figure: str) -> sa.Select:
    """The records a figure counts, one row each, with the columns the list shows: the person (id, pseudonym,
    nationality, sex), the day that placed the record in the period, and a second day where there is one."""
    person = (Claimant.id, Claimant.pseudonym, Claimant.nationality, Claimant.sex)
    if figure in ("identified", "identified_by_end", "assisted", "not_assisted"):
        first = _first_identified(user)
        query = (
            sa.select(*person, first.c.day.label("day"), sa.null().label("other_day"))
            .select_from(Claimant)
            .join(first, first.c.claimant_id == Claimant.id)
            .where(*_live(user))
        )
        if figure == "identified":
            return query.where(_between(first.c.day, period))
        # Assisted or not: of the people identified by the end of the period (those still being helped).
        query = query.where(first.c.day <= period.end)
        if figure == "identified_by_end":
            return query
        assisted = _assisted(period)
        return query.where(assisted if figure == "assisted" else sa.not_(assisted))
    if figure == "returned":
        day = _return_day(period)
        return (
            sa.select(*person, day.label("day"), sa.null().label("other_day"))
            .where(*_live(user))
            .where(day.is_not(None))
        )
    if figure in VISIT_FIGURES:
        query = (
            sa.select(*person, FollowUpVisit.due_on.label("day"), FollowUpVisit.visited_on.label("other_day"))
            .select_from(FollowUpVisit)
            .join(Claimant, Claimant.id == FollowUpVisit.claimant_id)
            .where(
                *_live(user),
                FollowUpVisit.org_id == user.org_id,
                FollowUpVisit.archived_at.is_(None),
                _between(FollowUpVisit.due_on, period),
            )
        )
        outcome = {"visits_on_time": _on_time, "visits_late": _late, "visits_not_done": _not_done}.get(figure)
        return query.where(outcome()) if outcome else query
    if figure in ("referrals_made", "referrals_completed"):
        made = figure == "referrals_made"
        return (
            sa.select(
                *person,
                (Referral.referred_on if made else Referral.feedback_on).label("day"),
                (Referral.feedback_on if made else Referral.referred_on).label("other_day"),
            )
            .select_from(Referral)
            .join(Claimant, Claimant.id == Referral.claimant_id)
            .where(
                *_live(user),
                Referral.org_id == user.org_id,
                Referral.archived_at.is_(None),
                _made_in(period) if made else _completed_in(period),
            )
        )
    raise ValueError(figure)


@dataclass
class Breakdown:
    """One row of a table by sex: a nationality or a form of exploitation (``NONE``: not recorded)."""

    key: str
    by_sex: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_sex.values())


@dataclass
class JourneyReport:
    filters: ReportFilters
    period: Period
    identified_by_sex: dict[str, int]
    by_nationality: list[Breakdown]
    by_form: list[Breakdown]
    identified_by_end: int
    assisted: int
    returned: int
    visits_due: int
    visits_on_time: int
    visits_late: int
    referrals_made: int
    referrals_completed: int

    @property
    def identified(self) -> int:
        return sum(self.identified_by_sex.values())

    @property
    def not_assisted(self) -> int:
        return self.identified_by_end - self.assisted

    @property
    def visits_not_done(self) -> int:
        return self.visits_due - self.visits_on_time - self.visits_late


def _rows(counts, order) -> list[Breakdown]:
    groups: dict[str, Breakdown] = {}
    for key, sex, n in counts:
        key = key or NONE
        groups.setdefault(key, Breakdown(key)).by_sex[str(getattr(sex, "value", sex))] = n
    return sorted(groups.values(), key=order)


def _count(query: sa.Select) -> int:
    counted = query.order_by(None).subquery()
    return db.session.scalar(sa.select(sa.func.count()).select_from(counted)) or 0


def build(user, filters: ReportFilters) -> JourneyReport:
    from claims.services.reports import require_reports

    require_reports(user)
    period = filters.period()
    identified = figure_select(user, period, "identified").subquery()
    nationality = sa.func.coalesce(identified.c.nationality, "")
    by_nationality = db.session.execute(
        sa.select(nationality, identified.c.sex, sa.func.count()).group_by(nationality, identified.c.sex)
    ).all()
    # A person who suffered two forms counts under each: the rows overlap, and their sum is not the total.
    forms = sa.union_all(
        *[sa.select(sa.literal(f, sa.String).label("form")) for f in (*FORMS, NONE)]
    ).subquery("forms")
    people = (
        sa.select(Claimant.id, Claimant.sex, Claimant.exploitation_forms)
        .where(Claimant.id.in_(sa.select(identified.c.id)))
        .subquery("people")
    )
    padded = sa.literal(",").concat(people.c.exploitation_forms).concat(",")
    names_form = sa.or_(
        sa.and_(forms.c.form == NONE, people.c.exploitation_forms == ""),
        padded.like(sa.literal("%,").concat(forms.c.form).concat(",%")),
    )
    by_form = db.session.execute(
        sa.select(forms.c.form, people.c.sex, sa.func.count())
        .select_from(people)
        .join(forms, names_form)
        .group_by(forms.c.form, people.c.sex)
    ).all()
    # The "out of" and its parts from the select their lists read (assisted: that select narrowed).
    identified_by_end, assisted = db.session.execute(
        figure_select(user, period, "identified_by_end")
        .with_only_columns(sa.func.count(), sa.func.count(sa.case((_assisted(period), 1))))
        .order_by(None)
    ).one()
    returned = _count(figure_select(user, period, "returned"))
    visits = figure_select(user, period, "visits_due")
    due, on_time, late = db.session.execute(
        visits.with_only_columns(
            sa.func.count(), sa.func.count(sa.case((_on_time(), 1))), sa.func.count(sa.case((_late(), 1)))
        ).order_by(None)
    ).one()
    # Not done is what is left of the visits due: on time, late and not done split them (visited_on set or not,
    # and if set, on or before the due date or after it), so it needs no count of its own.
    made, completed = db.session.execute(
        sa.select(
            sa.func.count(sa.case((_made_in(period), 1))), sa.func.count(sa.case((_completed_in(period), 1)))
        )
        .select_from(Referral)
        .join(Claimant, Claimant.id == Referral.claimant_id)
        .where(
            *_live(user),
            Referral.org_id == user.org_id,
            Referral.archived_at.is_(None),
            sa.or_(_made_in(period), _completed_in(period)),
        )
    ).one()
    nat_rows = _rows(by_nationality, lambda b: (b.key == NONE, -b.total, b.key))
    form_rows = _rows(by_form, lambda b: (b.key == NONE, FORMS.index(b.key) if b.key in FORMS else 99))
    by_sex: dict[str, int] = {}
    for row in nat_rows:
        for sex, n in row.by_sex.items():
            by_sex[sex] = by_sex.get(sex, 0) + n
    return JourneyReport(
        filters,
        period,
        by_sex,
        nat_rows,
        form_rows,
        identified_by_end,
        assisted,
        returned,
        due,
        on_time,
        late,
        made,
        completed,
    )


@dataclass(frozen=True)
class Figure:
    figure: str
    nationality: str | None = None  # a country code, or NONE
    sex: str | None = None
    form: str | None = None  # an ExploitationForm value, or NONE


def parse_figure(args) -> Figure:
    figure = args.get("figure", "")
    if figure not in FIGURES:
        raise BadFilter(_("Unknown figure."))
    nationality = args.get("nationality") or None
    if (
        nationality
        and nationality != NONE
        and not (len(nationality) == 2 and nationality.isascii() and nationality.isalpha())
    ):
        raise BadFilter(_("Unknown nationality."))
    sex = args.get("sex") or None
    if sex and sex not in SEXES:
        raise BadFilter(_("Unknown sex."))
    form = args.get("form") or None
    if form and form not in (*FORMS, NONE):
        raise BadFilter(_("Unknown form of exploitation."))
    if figure != "identified" and (nationality or sex or form):
        raise BadFilter(_("Only the people identified are listed by nationality, sex or form."))
    return Figure(
        figure, nationality.upper() if nationality and nationality != NONE else nationality, sex, form
    )


@dataclass
class JourneyRow:
    claimant_id: int | None  # None: a protected person the user may not see named
    pseudonym: str | None
    nationality: str | None
    sex: str
    day: date | None
    other_day: date | None


@dataclass
class JourneyRecords:
    figure: Figure
    rows: list[JourneyRow]
    listing: Listing


def find(user, filters: ReportFilters, fig: Figure, page: int = 1) -> JourneyRecords:
    from claims.services.reports import require_reports

    require_reports(user)
    query = figure_select(user, filters.period(), fig.figure)
    if fig.nationality == NONE:
        query = query.where(Claimant.nationality.is_(None) | (Claimant.nationality == ""))
    elif fig.nationality:
        query = query.where(Claimant.nationality == fig.nationality)
    if fig.sex:
        query = query.where(Claimant.sex == fig.sex)
    if fig.form:
        query = query.where(_has_form(fig.form))
    listing = Listing.of(page, _count(query), PAGE_SIZE)
    # A protected person is counted, and listed without a name or a link for a user the whereabouts rule
    # does not name: their pseudonym with the day they were identified or went home could single them out.
    hidden = sa.case((protection.whereabouts_hidden_sql(user), 1), else_=0).label("hidden")
    found = db.session.execute(
        query.add_columns(hidden)
        .order_by(sa.text("day"), Claimant.id)
        .limit(PAGE_SIZE)
        .offset(listing.offset)
    ).all()
    rows = [
        JourneyRow(
            None if r.hidden else r.id,
            None if r.hidden else r.pseudonym,
            r.nationality,
            str(getattr(r.sex, "value", r.sex)),
            r.day,
            r.other_day,
        )
        for r in found
    ]
    return JourneyRecords(fig, rows, listing)
