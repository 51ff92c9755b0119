"""``flask documents generate|list|lint|sweep``: make documents from the command line (scripting, the benchmark).

``sweep``: settle the group runs whose worker is gone (see claims/services/documents/jobs.py).

``generate --case REF --template NAME --out DIR``: REF is the case id, its black case number or the
organisation's reference. Without ``--claimant`` a per-claimant template is made for every claimant of the case
(one file each) and a joint-only template once; ``--joint`` asks for the joint document of a template that can be
made both ways. What is missing is reported per claimant exactly as the app reports it, and nothing is written
(exit status 2).
"""

from __future__ import annotations

import os
import sys
import zipfile
from datetime import date
from io import BytesIO
from pathlib import Path

import click
import sqlalchemy as sa
from flask.cli import AppGroup

from claims import clock
from claims.cli.params import DATE
from claims.documents.lint import lint_template
from claims.documents.manifest import ManifestError, template, templates
from claims.documents.pdf import PdfUnavailable, pdf_available
from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, User
from claims.models.enums import Role
from claims.services import documents as service
from claims.services.documents import jobs as job_service
from claims.services.errors import ValidationFailed
from claims.services.exports import queued as export_runs

documents = AppGroup(
    "documents", help="Make Word (and PDF) documents from the templates in document_templates/."
)


def _find_case(ref: str) -> Case:
    query = sa.select(Case).where(Case.archived_at.is_(None))
    if ref.isdigit():
        case = db.session.get(Case, int(ref))
        if case is not None and case.archived_at is None:
            return case
    cases = list(db.session.scalars(query.where(sa.or_(Case.black_number == ref, Case.reference == ref))))
    if len(cases) != 1:
        raise click.UsageError(
            f"no case with id, black number or reference {ref!r}"
            if not cases
            else f"{ref!r} names several cases"
        )
    return cases[0]


def _acting_user(case: Case, email: str | None) -> User:
    if email:
        user = db.session.scalar(sa.select(User).where(sa.func.lower(User.email) == email.lower()))
        if user is None or user.org_id != case.org_id:
            raise click.UsageError(f"no user {email} in the case's organisation")
        return user
    if case.lawyer is not None:
        return case.lawyer
    admin = db.session.scalar(
        sa.select(User).where(User.org_id == case.org_id, User.role == Role.ADMIN, User.archived_at.is_(None))
    )
    if admin is None:
        raise click.UsageError("the case has no lawyer and its organisation no admin: pass --user EMAIL")
    return admin


def _find_claimant(case: Case, ref: str) -> int:
    query = (
        sa.select(Claimant.id)
        .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
        .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
    )
    if ref.isdigit():
        query = query.where(sa.or_(Claimant.id == int(ref), CaseClaimant.position == int(ref)))
    else:
        query = query.where(Claimant.pseudonym == ref)
    ids = list(db.session.scalars(query))
    if len(ids) != 1:
        raise click.UsageError(f"no single claimant {ref!r} in case {case.reference}")
    return ids[0]


@documents.command("generate")
@click.option("--case", "case_ref", required=True, help="Case id, black case number or reference.")
@click.option("--template", "name", required=True, help="Template name (flask documents list).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--claimant", "claimant_ref", default=None, help="One claimant: id, plaintiff number or pseudonym."
)
@click.option("--joint", is_flag=True, help="The joint document listing every plaintiff.")
@click.option("--pdf", is_flag=True, help="Also write a PDF of each document (needs LibreOffice).")
@click.option("--date", "on", type=DATE, default=None, help="Document date.")
@click.option("--user", "email", default=None, help="Act as this user (default: the case's lawyer).")
def generate(case_ref, name, out_dir, claimant_ref, joint, pdf, on, email) -> None:
    case = _find_case(case_ref)
    user = _acting_user(case, email)
    try:
        spec = template(name)
    except ManifestError as exc:
        raise click.UsageError(str(exc)) from None
    scope = "joint" if joint or spec.scopes == ("joint",) else "claimant"
    if scope not in spec.scopes:
        raise click.UsageError(f"{name} cannot be made {'jointly' if joint else 'per claimant'}")
    if pdf and not pdf_available():
        click.echo(
            "LibreOffice is not installed here: no PDF can be made; the .docx files are written.", err=True
        )
        pdf = False
    claimant_ids = [_find_claimant(case, claimant_ref)] if claimant_ref else None
    day: date = on or clock.today()
    try:
        made = service.generate_many(user, case, [(name, scope)], claimant_ids, day, pdf=pdf)
    except service.MissingData as exc:
        click.echo(f"Nothing was made: data is missing for {name}.", err=True)
        for who, what in exc.missing.items():
            for item in what:
                click.echo(f"  {who or case.reference}: {item}", err=True)
        sys.exit(2)
    except (ValidationFailed, service.DocumentFailed, PdfUnavailable) as exc:
        click.echo(f"Nothing was made: {exc}", err=True)
        sys.exit(2)
    out_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(BytesIO(made.content)) as archive:
        for info in archive.infolist():
            target = out_dir / info.filename
            # Written aside and renamed into place: the folder may be a share another machine reads from, which
            # must never see half a document.
            partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            partial.write_bytes(archive.read(info))
            os.replace(partial, target)
            click.echo(str(target))


@documents.command("list", with_appcontext=False)
def list_templates() -> None:
    for spec in templates().values():
        click.echo(f"{spec.name:28} {spec.language:3} {','.join(spec.scopes):16} {','.join(spec.case_kinds)}")


@documents.command("lint", with_appcontext=False)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--template", "name", default=None, help="Check against this template's language and digits.")
def lint(path: Path, name: str | None) -> None:
    """Check a .docx template file as the admin's upload page does: unknown data, curly quotes, split tags, its
    size, and a test render on the sample data within memory and time limits."""
    spec = template(name) if name else None
    report = lint_template(
        path.read_bytes(),
        language=spec.language if spec else "th",
        digits=spec.digits if spec else "arabic",
        trial=True,
    )
    for finding in report.findings:
        click.echo(f"{finding.severity}: {finding}")
    click.echo("ok" if report.ok else f"{len(report.errors)} error(s): the template would be refused")
    sys.exit(0 if report.ok else 1)


@documents.command("sweep")
def sweep() -> None:
    """Settle the group runs whose worker is gone (no heartbeat for CLAIMS_JOB_STALE_AFTER seconds): a running
    run is marked failed, a queued one sent to the queue again; the same for the exports made on the queue, whose
    files past CLAIMS_EXPORT_KEEP_DAYS are dropped. Safe to run from cron at any interval."""
    outcome = job_service.sweep()
    click.echo(
        f"{outcome.get('failed', 0)} run(s) marked failed, {outcome.get('resent', 0)} queued run(s) sent again"
    )
    # The same cron settles the exports made on the queue and drops the files past CLAIMS_EXPORT_KEEP_DAYS.
    exported = export_runs.sweep()
    click.echo(f"{exported['failed']} export(s) marked failed, {exported['expired']} export file(s) expired")
