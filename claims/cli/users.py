"""flask users create|list|unlock|reset-two-factor: administer accounts from the command line (the first admin, scripted set-up)."""

from __future__ import annotations

import sys

import click
import sqlalchemy as sa
from flask.cli import AppGroup

from claims.extensions import db
from claims.models import Organisation, User
from claims.models.enums import Role
from claims.security.passwords import password_problem
from claims.services import logins, two_factor

users = AppGroup("users", help="Create and list user accounts.")


@users.command("create")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--org", "org_code", required=True, help="Organisation code; created if new (with --org-name).")
@click.option("--org-name", default=None)
@click.password_option()
def create(email: str, name: str, role: str, org_code: str, org_name: str | None, password: str) -> None:
    problem = password_problem(password, email=email, name=name)
    if problem is not None:
        click.echo(problem, err=True)
        sys.exit(2)
    if db.session.scalar(sa.select(User).where(sa.func.lower(User.email) == email.lower())):
        click.echo(f"A user with e-mail {email} already exists.", err=True)
        sys.exit(2)
    org = db.session.scalar(sa.select(Organisation).where(Organisation.code == org_code))
    if org is None:
        org = Organisation(code=org_code, name=org_name or org_code)
        db.session.add(org)
        db.session.flush()
    user = User(org_id=org.id, email=email, name=name, role=Role(role))
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    click.echo(f"created {role} {email} in {org.code}")


@users.command("unlock")
@click.option("--email", required=True)
def unlock(email: str) -> None:
    """Forget the failed logins counted for an e-mail address, so its lockout ends now."""
    if logins.unlock(email):
        click.echo(f"failed logins of {email} forgotten")
    else:
        click.echo(f"no failed logins counted for {email}")


@users.command("reset-two-factor")
@click.option("--email", required=True)
def reset_two_factor(email: str) -> None:
    """Turn off two-step login for a user who lost both the phone and the recovery codes (check who they are
    first). Their sessions end; they log in with the password and may turn it on again."""
    if two_factor.reset(email):
        click.echo(f"two-step login turned off for {email}")
    else:
        click.echo(f"two-step login was not on for {email}", err=True)
        sys.exit(1)


@users.command("list")
def list_users() -> None:
    for user in db.session.scalars(sa.select(User).order_by(User.org_id, User.email)):
        state = "archived" if user.archived_at else "active"
        click.echo(f"{user.organisation.code}\t{user.email}\t{user.role.value}\t{state}")
