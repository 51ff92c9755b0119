"""Complaints for a 150-claimant group case, end to end, against the least work a renderer must do; prints both.

    .venv/bin/python bench/bench_documents.py [--claimants 150] [--template labour_complaint.th] [--database-url ...]

End to end is what the app's group run does: load the case from the database, build every claimant's context
from their stored calculation (claim table, amounts in words, dates), render the template once per claimant in
the sandboxed environment, zip, and record each document. A second figure adds recomputing every calculation
first. The floor is the least work a correct renderer must do, from the same contexts prepared beforehand (no
database, no records, no zip of zips): parse and patch the template once, compile it once, and for each claimant
render its XML and write the package with the unchanged parts copied as compressed bytes
(claims/documents/package.py, without the app's per-process cache and per-document budget). Its documents must be
the app's byte for byte: the bench stops if one differs. docxtpl's own path (every part opened, saved and zipped
again for every document: what the app did before) is timed on a few documents beside them.
Target (issue 16): end to end at most 3x the floor. Not a test: it prints, and asserts only that the bytes agree.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims import create_app  # noqa: E402
from claims.documents.manifest import template  # noqa: E402
from claims.documents.package import prepare  # noqa: E402
from claims.documents.render import forget_prepared, make_environment, render_with_docxtpl  # noqa: E402
from claims.extensions import db  # noqa: E402
from claims.models import Calculation, Case  # noqa: E402
from claims.services import documents  # noqa: E402
from claims.services.calculations.computing import computed_values  # noqa: E402
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
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the best counted")
    parser.add_argument("--docxtpl", type=int, default=10, help="documents made by docxtpl's path for scale")
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

        # The floor works from the app's own contexts, planned outside its timing.
        lawyer, case = db.session.get(type(lawyer), lawyer_id), db.session.get(Case, case_id)
        contexts = [
            item.context for item in documents.plan(lawyer, case, [(spec.name, "claimant")], None, ON)
        ]
        db.session.remove()
        content = spec.path().read_bytes()

        # End to end as the group run does it, and the floor, in turns (the machine's noise falls on both);
        # each starts cold on the template: parsed and compiled once in the run.
        app_runs, floor_runs = [], []
        for _run in range(args.repeat):
            forget_prepared()
            lawyer, case = db.session.get(type(lawyer), lawyer_id), db.session.get(Case, case_id)
            started = time.perf_counter()
            made = documents.generate_many(lawyer, case, [(spec.name, "claimant")], None, ON)
            app_runs.append(time.perf_counter() - started)
            db.session.remove()

            started = time.perf_counter()
            prepared = prepare(content, make_environment(spec.language, spec.digits))
            floor_documents = [prepared.render(context, ON) for context in contexts]
            floor_runs.append(time.perf_counter() - started)

        with zipfile.ZipFile(io.BytesIO(made.content)) as archive:
            app_documents = [archive.read(name) for name in archive.namelist()]
        if floor_documents != app_documents:
            sys.exit("the floor's documents are not the app's byte for byte")
        count = len(app_documents)
        end_to_end, floor = min(app_runs), min(floor_runs)
        print(
            f"end to end: {count} documents, zip {len(made.content) / 1e6:.1f} MB, {end_to_end:.2f} s, "
            f"{end_to_end * 1000 / count:.1f} ms a document (best of {args.repeat}; first run of the process "
            f"{app_runs[0]:.2f} s)"
        )
        print(
            f"floor (parse and compile once, render and package each): {floor:.2f} s, "
            f"{floor * 1000 / count:.1f} ms a document (best of {args.repeat}); identical bytes: {count} documents"
        )
        print(
            f"ratio end to end / floor: {end_to_end / floor:.2f} (target <= 3; "
            f"median of the runs {statistics.median(app_runs) / statistics.median(floor_runs):.2f})"
        )

        # The same end to end, recomputing every calculation first.
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

        # docxtpl's path on a few documents, for scale: every part opened, saved and zipped again each time.
        sample = contexts[: args.docxtpl]
        started = time.perf_counter()
        for context, expected in zip(sample, app_documents, strict=False):
            old = render_with_docxtpl(content, context, language=spec.language, digits=spec.digits, on=ON)
            if old != expected:
                sys.exit("docxtpl's document is not the app's byte for byte")
        per_old = (time.perf_counter() - started) * 1000 / max(len(sample), 1)
        print(f"docxtpl's path: {per_old:.1f} ms a document ({len(sample)} documents, identical bytes)")
        print(f"peak RSS: {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
