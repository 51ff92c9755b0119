"""The API token pages: a case worker makes and revokes their own; an admin sees and revokes the organisation's;
the secret is shown once and only its hash is kept; every change is audited and nothing is deleted."""

from __future__ import annotations

import re

import sqlalchemy as sa

from claims.models import ApiToken, AuditEntry
from claims.services import api_tokens


def test_a_token_is_made_shown_once_and_revoked(db, login_as):
    client = login_as("paralegal")
    page = client.post("/account/api-tokens", {"name": "sync script", "write": "y", "days": "30"})
    assert page.status_code == 200
    secret = re.search(r"ct_[A-Za-z0-9_\-]{20,}", page.get_data(as_text=True)).group(0)
    token = db.session.scalar(sa.select(ApiToken))
    assert token.scope_list == ["read", "write"] and token.expires_at is not None
    assert secret not in token.token_hash
    again = client.get("/account/api-tokens").get_data(as_text=True)
    assert secret not in again and "sync script" in again
    client.post(f"/account/api-tokens/{token.id}/revoke")
    assert db.session.get(ApiToken, token.id).revoked_at is not None
    actions = [e.action.value for e in db.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["create", "archive"]


def test_a_token_needs_a_name(db, login_as):
    client = login_as("lawyer")
    page = client.post("/account/api-tokens", {"name": ""})
    assert db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 0
    assert page.status_code == 200 and "ct_" not in page.get_data(as_text=True)


def test_an_advisor_may_not_make_one(db, login_as):
    assert login_as("advisor").get("/account/api-tokens").status_code == 403


def test_someone_elses_token_cannot_be_revoked_but_an_admin_revokes_any_of_the_organisation(
    db, make, login_as
):
    owner = make.user(role="lawyer")
    db.session.commit()
    token, _secret = api_tokens.create_token(owner, "laptop", ["read"], None)
    colleague = login_as("lawyer")
    assert colleague.post(f"/account/api-tokens/{token.id}/revoke").status_code == 404
    outsider = login_as("admin", org=make.org())
    assert outsider.post(f"/account/api-tokens/{token.id}/revoke").status_code == 404
    assert "laptop" not in outsider.get("/admin/api-tokens").get_data(as_text=True)
    assert db.session.get(ApiToken, token.id).revoked_at is None
    admin = login_as("admin")
    listing = admin.get("/admin/api-tokens").get_data(as_text=True)
    assert "laptop" in listing and owner.name in listing
    admin.post(f"/account/api-tokens/{token.id}/revoke", {"back": "admin"})
    revoked = db.session.get(ApiToken, token.id)
    assert revoked.revoked_at is not None and revoked.revoked_by_id == admin.user.id
    assert db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 1  # revoked, not deleted
