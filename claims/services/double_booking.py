"""Double booking: a lawyer booked at two hearings at once, read from plain columns of the scheduled hearings.

It reads nothing itself: the calendar (claims.services.calendar) and the claimant's schedule read the hearings and
ask here.
Split from claims.services.calendar, which had grown past its size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from claims.models import Hearing
from claims.models.enums import HearingStatus

# A hearing's length is not recorded, so "at the same time" is taken as "starting within this long of each other":
# a morning session is usually over within three hours. A setting of presentation, not a rule of law: change it
# here if the lawyers find it flags too much or too little.
SAME_TIME_WINDOW = timedelta(hours=3)


def attending_lawyer_id(hearing: Hearing) -> int | None:
    """Who goes to the hearing: its own lawyer where one is named, else the case's lawyer."""
    return hearing.lawyer_id or hearing.case.lawyer_id


class Booking(NamedTuple):
    """What double booking needs of a scheduled hearing, read as plain columns (a week of a national organisation
    has a thousand of them: no need to build a thousand hearings with their cases)."""

    id: int
    starts_at: datetime
    ends_at: datetime | None
    court_id: int | None
    lawyer_id: int | None  # the attending lawyer
    case_reference: str

    @classmethod
    def of(cls, hearing: Hearing) -> Booking:
        return cls(
            hearing.id,
            hearing.starts_at,
            hearing.ends_at,
            hearing.court_id,
            attending_lawyer_id(hearing),
            hearing.case.reference,
        )


@dataclass(frozen=True)
class Clash:
    """The other hearing a lawyer is booked at: enough to say where and when without loading it."""

    hearing_id: int
    case_reference: str
    starts_at: datetime


def _clash(a: Booking, b: Booking) -> bool:
    """Whether one lawyer cannot attend both ``a`` and ``b`` (both scheduled, same attending lawyer).

    Where both record when they are expected to end, they clash when their times overlap. Where one does not (courts
    rarely say), "at the same time" is taken as starting within SAME_TIME_WINDOW (three hours, inclusive) of each
    other on the same day, in different courts: the lawyer cannot be in two courthouses at once. In the same court
    two hearings one after the other are ordinary (one lawyer, two rooms, a morning), so there only the same start
    time is a clash. Two hearings with no court recorded (an office, or not yet known) count as different places.
    """
    if a.starts_at.date() != b.starts_at.date():
        return False
    if a.starts_at == b.starts_at:
        return True
    if a.ends_at is not None and b.ends_at is not None:
        return a.starts_at < b.ends_at and b.starts_at < a.ends_at
    same_court = a.court_id is not None and a.court_id == b.court_id
    return not same_court and abs(a.starts_at - b.starts_at) <= SAME_TIME_WINDOW


def find_clashes(
    hearings: list[Hearing] | list[Booking], only: set[int] | None = None
) -> dict[int, list[Clash]]:
    """{hearing id: the other hearings its attending lawyer is booked at} for scheduled hearings only: a
    postponed or cancelled hearing is not happening, so it cannot clash. Bookings are scheduled hearings
    already; of a Hearing, ``hearing.case`` must be loaded. With ``only``, the clashes of those hearings alone
    (every hearing still counts as the other side): a busy week has a thousand hearings, of which the page shows
    eighty, and one lawyer's fifty a day clash with one another 2,500 times."""
    by_lawyer: dict[int, list[Booking]] = defaultdict(list)
    for hearing in hearings:
        if not isinstance(hearing, Booking):
            if hearing.status != HearingStatus.SCHEDULED:
                continue
            hearing = Booking.of(hearing)
        if hearing.lawyer_id is not None:
            by_lawyer[hearing.lawyer_id].append(hearing)
    found: dict[int, list[Clash]] = defaultdict(list)
    for booked in by_lawyer.values():
        booked.sort(key=lambda h: (h.starts_at, h.id))
        if only is not None and not any(h.id in only for h in booked):
            continue
        for i, a in enumerate(booked):
            for b in booked[i + 1 :]:
                if b.starts_at.date() != a.starts_at.date():
                    break  # sorted by start: no later hearing is on a's day
                if only is not None and a.id not in only and b.id not in only:
                    continue
                if _clash(a, b):
                    found[a.id].append(Clash(b.id, b.case_reference, b.starts_at))
                    found[b.id].append(Clash(a.id, a.case_reference, a.starts_at))
    if only is not None:
        return {key: value for key, value in found.items() if key in only}
    return dict(found)
