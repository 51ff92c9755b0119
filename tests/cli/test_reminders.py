"""``flask reminders send``: each case worker mailed once a day, in their language, with pseudonyms only; a failed
send retried by the next run; no SMTP host, no mail and no record."""

from __future__ import annotations

import smtplib
from datetime import date

import pytest

from claims.models import DeadlineNotice, ReminderDigest
from tests.services.test_reminders import NOW, TODAY, world

DAY = "2025-03-20"


class FakeSMTP:
    """Stands in for smtplib.SMTP: records every message; ``fail`` makes the next connection refuse to send."""

    sent: list = []
    connections: list = []
    fail = False

    def __init__(self, host, port, timeout=None):
        FakeSMTP.connections.append((host, port))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def starttls(self):
        pass

    def login(self, user, password):
        pass

    def send_message(self, message):
        if FakeSMTP.fail:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        FakeSMTP.sent.append(message)


@pytest.fixture
def smtp(app, monkeypatch):
    from claims import clock

    FakeSMTP.sent, FakeSMTP.connections, FakeSMTP.fail = [], [], False
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)
    for key in ("CLAIMS_SMTP_HOST", "CLAIMS_BASE_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setitem(app.config, "CLAIMS_SMTP_HOST", "smtp.example.org")
    monkeypatch.setitem(app.config, "CLAIMS_MAIL_FROM", "reminders@example.org")
    monkeypatch.setitem(app.config, "CLAIMS_BASE_URL", "https://claims.example.org")
    return FakeSMTP


def run(app, *args):
    return app.test_cli_runner().invoke(args=["reminders", "send", *args])


def body(message, subtype="plain") -> str:
    return message.get_body(preferencelist=(subtype,)).get_content()


def test_a_second_run_the_same_day_sends_nothing(app, db, make, smtp):
    lawyer = make.user(role="lawyer", email="lawyer@example.org")
    w = world(make, db, lawyer)  # the colleague's case has a deadline soon too: two mails
    first = run(app, "--date", DAY)
    assert first.exit_code == 0, first.output
    assert sorted(m["To"] for m in smtp.sent) == sorted(["lawyer@example.org", w["colleague"].email])
    second = run(app, "--date", DAY)
    assert second.exit_code == 0, second.output
    assert len(smtp.sent) == 2
    assert "sent 0" in second.output and "already done 2" in second.output
    rows = db.session.scalars(db.select(ReminderDigest)).all()
    assert {(r.day, r.sent_at is not None, r.error) for r in rows} == {(date(2025, 3, 20), True, None)}


def test_the_mail_lists_pseudonyms_dates_and_links_never_legal_names(app, db, make, smtp):
    lawyer = make.user(role="lawyer", email="lawyer@example.org", locale="en")
    w = world(make, db, lawyer)
    assert run(app, "--date", DAY).exit_code == 0
    mail = next(m for m in smtp.sent if m["To"] == "lawyer@example.org")
    text, html = body(mail), body(mail, "html")
    # 1 overdue (BP-01), 1 soon (BP-02), 1 hearing within 7 days (24 Mar), no move.
    assert mail["Subject"] == "Reminders for 20 March 2025: 3 to act on"
    assert mail["From"] == "reminders@example.org"
    assert (
        "- 17 Mar 2025 (3 days late): Last day to appeal the labour court's judgment in LC-01 · BP-01 [unverified]"
        in text
    )
    assert "BP-01" in text and "BP-02" in text and "LC-02" in text
    assert "17 Apr 2025 (in 28 days)" in text
    assert f"https://claims.example.org/claimants/{w['a'].id}" in text
    assert f'href="https://claims.example.org/claimants/{w["b"].id}"' in html
    for part in (text, html):
        assert "Legal Name" not in part


def test_a_thai_digest_gives_buddhist_era_dates(app, db, make, smtp):
    lawyer = make.user(role="lawyer", email="somchai@example.org", locale="th")
    world(make, db, lawyer)
    assert run(app, "--date", DAY).exit_code == 0
    mail = next(m for m in smtp.sent if m["To"] == "somchai@example.org")
    text = body(mail)
    # 20 Mar 2025 is 20 มีนาคม 2568 (2025 + 543); the appeal of BP-02 is due 17 Apr 2568.
    assert "2568" in mail["Subject"] and "2025" not in mail["Subject"]
    assert "2568" in text and "2025" not in text
    assert "BP-02" in text and "Legal Name" not in text


def test_a_failed_send_is_retried_on_the_next_run(app, db, make, smtp):
    lawyer = make.user(role="lawyer", email="lawyer@example.org")
    world(make, db, lawyer)
    smtp.fail = True
    failed = run(app, "--date", DAY)
    assert failed.exit_code == 1
    assert "SMTPServerDisconnected" in failed.output
    rows = db.session.scalars(db.select(ReminderDigest)).all()
    assert len(rows) == 2 and all(r.sent_at is None and r.error for r in rows)
    smtp.fail = False
    retried = run(app, "--date", DAY)
    assert retried.exit_code == 0, retried.output
    assert len(smtp.sent) == 2
    db.session.expire_all()
    assert all(
        r.sent_at is not None and r.error is None for r in db.session.scalars(db.select(ReminderDigest))
    )
    assert run(app, "--date", DAY).exit_code == 0
    assert len(smtp.sent) == 2  # sent once each, however often it runs


def test_moved_deadlines_are_mailed_once(app, db, make, smtp):
    from claims.models import CourtClosure
    from claims.services import deadlines

    lawyer = make.user(role="lawyer", email="lawyer@example.org")
    world(make, db, lawyer)
    deadlines.refresh(lawyer.org_id, today=TODAY)
    db.session.add(CourtClosure(org_id=lawyer.org_id, day=date(2025, 4, 17), reason="Flood"))
    db.session.commit()
    assert run(app, "--date", DAY).exit_code == 0
    mine = next(m for m in smtp.sent if m["To"] == "lawyer@example.org")
    assert "Deadlines that moved" in body(mine)
    notice = db.session.scalar(db.select(DeadlineNotice).where(DeadlineNotice.user_id == lawyer.id))
    assert notice.mailed_at is not None
    assert run(app, "--date", "2025-03-21").exit_code == 0
    tomorrow = [m for m in smtp.sent[2:] if m["To"] == "lawyer@example.org"]
    assert tomorrow and "Deadlines that moved" not in body(tomorrow[0])


def test_nobody_with_nothing_due_is_mailed_and_a_rerun_does_not_mail_them(app, db, make, smtp):
    idle = make.user(role="paralegal", email="idle@example.org")
    make.user(role="advisor", email="advisor@example.org")  # not a case worker: not even considered
    db.session.commit()
    assert run(app, "--date", DAY).exit_code == 0
    assert smtp.sent == []
    rows = db.session.scalars(db.select(ReminderDigest)).all()
    assert [(r.user_id, r.items, r.sent_at) for r in rows] == [(idle.id, 0, None)]
    assert "already done 1" in run(app, "--date", DAY).output


def test_without_an_smtp_host_the_command_fails_and_sends_and_records_nothing(
    app, db, make, smtp, monkeypatch
):
    monkeypatch.setitem(app.config, "CLAIMS_SMTP_HOST", None)
    lawyer = make.user(role="lawyer", email="lawyer@example.org")
    world(make, db, lawyer)
    result = run(app, "--date", DAY)
    assert result.exit_code == 1
    assert "CLAIMS_SMTP_HOST is not set" in result.output
    assert smtp.sent == [] and smtp.connections == []
    assert db.session.scalars(db.select(ReminderDigest)).all() == []


def test_a_dry_run_prints_and_sends_and_records_nothing(app, db, make, smtp, monkeypatch):
    monkeypatch.setitem(app.config, "CLAIMS_SMTP_HOST", None)
    lawyer = make.user(role="lawyer", email="lawyer@example.org")
    world(make, db, lawyer)
    result = run(app, "--date", DAY, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "would send to lawyer@example.org: 3 items" in result.output
    assert smtp.sent == [] and smtp.connections == []
    assert db.session.scalars(db.select(ReminderDigest)).all() == []


def test_a_bad_date_is_refused_with_the_format(app, db, smtp):
    result = run(app, "--date", "20/03/25")
    assert result.exit_code == 2
    assert "Write the year in full (four digits)" in result.output
