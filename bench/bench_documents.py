"""Complaints for a 150-claimant group case, end to end, against the docxtpl floor; prints the figures.

    .venv/bin/python bench/bench_documents.py [--claimants 150] [--template labour_complaint.th] [--database-url ...]

End to end is what the app's group run does: load the case from the database, build every claimant's context
from their stored calculation (claim table, amounts in words, dates), render the template once per claimant in
the sandboxed environment, zip, and record each document. A second figure adds recomputing every calculation
first. The floor renders the same template the same number of times with docxtpl from contexts prepared
beforehand (no database, no zip; the same filters), compiling the template on every render as docxtpl does: the
ratio says what the app adds to, or saves on, the rendering itself (the app compiles a template once per process
and renders it for every claimant).
Targets (issue 5): end to end under 15 s; ratio at most 1.5. Not a test: it prints, it asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docxtpl import DocxTemplate  # noqa: E402

from claims import create_app  # noqa: E402
from claims.documents.manifest import template  # noqa: E402
from claims.documents.render import make_environment  # noqa: E402
from claims.extensions import db  # noqa: E402
from claims.models import Calculation, Case  # noqa: E402
from claims.services import documents  # noqa: E402
from claims.services.calculations.computing import computed_values  # noqa: E402
from claims.services.documents.context import build_context, load_case_data  # noqa: E402
from tests.factories import Factory, wage_claim  # noqa: E402

ON = date(2024, 3, 1)


def _build_case(make: Factory, claimants: int) -> tuple:
    org = make.org(name="Bench legal aid", address="1 Road, Bangkok", phone="02 000 0000")
    lawyer = make.user(role="lawyer", org=org, name="ทนายความ ทดสอบ", licence_number="12345/2550")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(
        org=org, reference="BENCH-150", court_id=court.id, lawyer_id=lawyer.id, black_number="1/2567"
    )
    agency = make.respondent(org=org, licence_number="2/2550", address="9 Road, Bangkok")
    make.defendant(case, agency)
    for n in range(1, claimants + 1):
        person = make.claimant(org=org, pseudonym=f"BW-{n:03d}", legal_name=f"นาย คนงาน ที่{n}")
        make.identity_document(person, number=f"P{n:07d}")
        make.party(case, person, position=n)
        make.calculation(case, person, wage_claim(rate=str(9000 + 37 * n)))
    db.session.commit()
    return lawyer, case


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimants", type=int, default=150)
    parser.add_argument("--template", default="labour_complaint.th")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    spec = template(args.template)
    with app.app_context():
        db.drop_all()
        db.create_all()
        started = time.perf_counter()
        lawyer, case = _build_case(Factory(db.session), args.claimants)
        print(
            f"{args.claimants} claimants with computed calculations set up in {time.perf_counter() - started:.1f} s"
        )
        lawyer_id, case_id = lawyer.id, case.id
        db.session.remove()

        # End to end, as the group run does it.
        lawyer, case = db.session.get(type(lawyer), lawyer_id), db.session.get(Case, case_id)
        started = time.perf_counter()
        made = documents.generate_many(lawyer, case, [(spec.name, "claimant")], None, ON)
        end_to_end = time.perf_counter() - started
        with zipfile.ZipFile(io.BytesIO(made.content)) as archive:
            count = len(archive.namelist())
        print(f"end to end: {count} documents, zip {len(made.content) / 1e6:.1f} MB, {end_to_end:.2f} s")
        db.session.remove()

        # The same, recomputing every calculation first.
        lawyer, case = db.session.get(type(lawyer), lawyer_id), db.session.get(Case, case_id)
        started = time.perf_counter()
        for calculation in db.session.query(Calculation).filter_by(case_id=case_id):
            for key, value in computed_values(calculation.data).items():
                setattr(calculation, key, value)
        db.session.commit()
        recompute = time.perf_counter() - started
        documents.generate_many(lawyer, case, [(spec.name, "claimant")], None, ON)
        with_compute = time.perf_counter() - started
        print(
            f"with recomputing the {args.claimants} calculations first: {with_compute:.2f} s (compute {recompute:.2f} s)"
        )

        # The floor: plain docxtpl, contexts prepared beforehand.
        data = load_case_data(db.session.get(Case, case_id), today=ON)
        contexts = [
            build_context(data, spec, scope="claimant", claimant_id=link.claimant_id, on=ON, version=0)
            for link in data.links
        ]
        content = spec.path().read_bytes()
        env = make_environment(spec.language, spec.digits)
        started = time.perf_counter()
        for context in contexts:
            tpl = DocxTemplate(io.BytesIO(content))
            tpl.render(context, jinja_env=env, autoescape=True)
            tpl.save(io.BytesIO())
        floor = time.perf_counter() - started
        print(f"floor (docxtpl alone, {len(contexts)} renders): {floor:.2f} s")
        print(f"ratio end to end / floor: {end_to_end / floor:.2f} (target <= 1.5)")
        print(f"peak RSS: {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
