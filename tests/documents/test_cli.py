"""``flask documents generate|list|lint``: files written per claimant, what is missing reported as the app does
(and nothing written), and the template check from the command line."""

from __future__ import annotations

import io

from docx import Document

from tests.factories import wage_claim


def _case(make, db, *, with_calculation=True):
    lawyer = make.user(role="lawyer")
    case = make.case(
        reference="LC-CLI", black_number="ร.7/2567", lawyer_id=lawyer.id, court_id=make.court().id
    )
    make.defendant(case, make.respondent())
    people = []
    for n in (1, 2):
        person = make.claimant(pseudonym=f"CLI-{n}", legal_name=f"Worker {n}")
        make.party(case, person, position=n)
        if with_calculation or n == 1:
            make.calculation(case, person, wage_claim())
        people.append(person)
    db.session.commit()
    return case, people


def test_generate_writes_one_file_per_claimant(app, db, make, tmp_path):
    case, _ = _case(make, db)
    result = app.test_cli_runner().invoke(
        args=[
            "documents",
            "generate",
            "--case",
            "ร.7/2567",
            "--template",
            "labour_complaint.en",
            "--out",
            str(tmp_path),
            "--date",
            "2024-03-01",
        ]
    )
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [
        "LC-CLI_labour_complaint_CLI-1_en_2024-03-01.docx",
        "LC-CLI_labour_complaint_CLI-2_en_2024-03-01.docx",
    ]
    text = "\n".join(p.text for p in Document(io.BytesIO((tmp_path / files[1]).read_bytes())).paragraphs)
    assert "Worker 2" in text and "Worker 1" not in text


def test_one_claimant_and_the_joint_document(app, db, make, tmp_path):
    case, people = _case(make, db)
    runner = app.test_cli_runner()
    one = runner.invoke(
        args=[
            "documents",
            "generate",
            "--case",
            "LC-CLI",
            "--template",
            "labour_complaint.th",
            "--out",
            str(tmp_path / "one"),
            "--claimant",
            "CLI-2",
        ]
    )
    assert one.exit_code == 0, one.output
    assert [p.name for p in (tmp_path / "one").iterdir()][0].startswith("LC-CLI_labour_complaint_CLI-2_th_")
    joint = runner.invoke(
        args=[
            "documents",
            "generate",
            "--case",
            str(case.id),
            "--template",
            "labour_complaint.th",
            "--out",
            str(tmp_path / "joint"),
            "--joint",
        ]
    )
    assert joint.exit_code == 0, joint.output
    assert [p.name for p in (tmp_path / "joint").iterdir()][0].startswith("LC-CLI_labour_complaint_joint_th_")


def test_missing_data_is_reported_per_claimant_and_nothing_written(app, db, make, tmp_path):
    _case(make, db, with_calculation=False)
    result = app.test_cli_runner().invoke(
        args=[
            "documents",
            "generate",
            "--case",
            "LC-CLI",
            "--template",
            "labour_complaint.en",
            "--out",
            str(tmp_path / "out"),
        ]
    )
    assert result.exit_code == 2
    assert "CLI-2: a computed calculation in this case" in result.output
    assert "Worker 2" not in result.output
    assert not (tmp_path / "out").exists()


def test_unknown_case_and_template(app, db, make, tmp_path):
    _case(make, db)
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=[
            "documents",
            "generate",
            "--case",
            "NOPE",
            "--template",
            "labour_complaint.en",
            "--out",
            str(tmp_path),
        ]
    )
    assert result.exit_code == 2 and "no case with id, black number or reference 'NOPE'" in result.output
    result = runner.invoke(
        args=["documents", "generate", "--case", "LC-CLI", "--template", "nope.en", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2 and "no template named 'nope.en'" in result.output


def test_list_and_lint(app, tmp_path):
    runner = app.test_cli_runner()
    listing = runner.invoke(args=["documents", "list"])
    assert "labour_complaint.th" in listing.output and "mdt_summary.en" in listing.output
    document = Document()
    document.add_paragraph("{{ claimant.nmae }}")
    path = tmp_path / "t.docx"
    document.save(path)
    result = runner.invoke(args=["documents", "lint", str(path)])
    assert result.exit_code == 1
    assert "'claimant' has no field 'nmae'" in result.output
