"""Evidence in an S3-compatible object store (``CLAIMS_EVIDENCE_STORE=s3``, issue 18: "kept on disk by default and
in object storage at scale"). moto plays S3 in memory, so these run the real boto3 calls the app makes against AWS,
MinIO or Ceph: the upload, the preview and download behind the app's own access check, the missing file, the
encryption setting, and the settings that stop the app at start."""

from __future__ import annotations

import io

import boto3
import pytest
import sqlalchemy as sa
from moto import mock_aws

from claims.config import ConfigurationError, build_config
from claims.models import EvidenceFile
from claims.services.evidence import storage
from tests.services.test_evidence import JPEG_BYTES, PDF_BYTES
from tests.web.test_evidence import fetch, post_file, stored, text

BUCKET = "claims-evidence-test"


@pytest.fixture
def s3(app, monkeypatch):
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", "ap-southeast-1"),
    ):
        monkeypatch.setenv(name, value)
    with mock_aws():
        client = boto3.client("s3", region_name="ap-southeast-1")
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"}
        )
        monkeypatch.setitem(app.config, "CLAIMS_EVIDENCE_STORE", "s3")
        monkeypatch.setitem(app.config, "CLAIMS_EVIDENCE_S3_BUCKET", BUCKET)
        monkeypatch.setattr(storage, "_clients", {})  # a client made inside the mock, dropped after it
        yield client


@pytest.fixture
def team(db, make, login_as):
    """A lawyer's case with one claimant."""
    lawyer = login_as("lawyer")
    claimant = make.claimant(pseudonym="EV-S3")
    case = make.case(reference="EV-S3-CASE", lawyer_id=lawyer.user.id)
    make.party(case, claimant)
    db.session.commit()
    return lawyer, claimant, case


def objects(client) -> dict[str, dict]:
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    return {o["Key"]: client.head_object(Bucket=BUCKET, Key=o["Key"]) for o in listed}


def test_an_upload_goes_to_the_bucket_encrypted_and_comes_back_only_through_the_app(
    app, db, team, login_as, s3
):
    lawyer, claimant, _ = team
    before = stored(app)
    response = post_file(lawyer, claimant.id, PDF_BYTES, "สลิป.pdf")
    assert response.status_code == 302
    record = db.session.scalar(sa.select(EvidenceFile))
    found = objects(s3)
    assert list(found) == [f"evidence/{record.storage_key}"]  # the random key, never the upload's name
    assert found[f"evidence/{record.storage_key}"]["ServerSideEncryption"] == "AES256"
    assert stored(app) == before  # nothing written to the folder
    download = fetch(lawyer, f"/evidence/{record.id}/file")
    assert download.status_code == 200 and download.data == PDF_BYTES
    assert download.headers["Content-Disposition"].startswith("attachment")
    preview = fetch(lawyer, f"/evidence/{record.id}/file?inline=1")
    assert preview.data == PDF_BYTES and preview.headers["Content-Type"] == "application/pdf"
    # The store holds no rule of its own: the app's check still decides (an advisor reaches no evidence).
    assert login_as("advisor").get(f"/evidence/{record.id}/file").status_code == 403


def test_a_file_missing_from_the_bucket_is_not_found_not_a_500(app, db, team, s3):
    lawyer, claimant, _ = team
    post_file(lawyer, claimant.id, JPEG_BYTES, "photo.jpg", kind="photo", title="Dormitory")
    record = db.session.scalar(sa.select(EvidenceFile))
    s3.delete_object(Bucket=BUCKET, Key=f"evidence/{record.storage_key}")
    assert fetch(lawyer, f"/evidence/{record.id}/file").status_code == 404
    assert "Dormitory" in text(lawyer.get(f"/evidence/{record.id}"))


def test_encryption_can_be_turned_off_for_a_store_without_it_and_the_prefix_is_a_setting(
    app, db, team, s3, monkeypatch
):
    monkeypatch.setitem(app.config, "CLAIMS_EVIDENCE_S3_ENCRYPTION", "")
    monkeypatch.setitem(app.config, "CLAIMS_EVIDENCE_S3_PREFIX", "office-a/")
    lawyer, claimant, _ = team
    post_file(lawyer, claimant.id, PDF_BYTES, "a.pdf")
    ((name, head),) = objects(s3).items()
    assert name.startswith("office-a/") and "ServerSideEncryption" not in head


def test_the_store_refuses_a_key_that_is_not_its_own(s3):
    store = storage.S3Store(BUCKET, client=s3)
    for key in ("../../etc/passwd", "a" * 31, "A" * 32, "../" + "a" * 29):
        with pytest.raises(ValueError):
            store.put(key, io.BytesIO(b"x"))
    good = "0123456789abcdef" * 2
    assert not store.exists(good)
    store.put(good, io.BytesIO(b"payslip"))
    assert store.exists(good) and store.open(good).read() == b"payslip"
    store.discard(good)
    assert not store.exists(good)
    with pytest.raises(FileNotFoundError):
        store.open(good)


def test_the_settings_are_read_from_the_environment_and_a_bucket_is_required(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_EVIDENCE_STORE", "s3")
    monkeypatch.delenv("CLAIMS_EVIDENCE_S3_BUCKET", raising=False)
    with pytest.raises(ConfigurationError, match="CLAIMS_EVIDENCE_S3_BUCKET"):
        build_config(str(tmp_path))
    monkeypatch.setenv("CLAIMS_EVIDENCE_S3_BUCKET", "ngo-evidence")
    monkeypatch.setenv("CLAIMS_EVIDENCE_S3_ENDPOINT", "https://minio.example.org")
    config = build_config(str(tmp_path))
    assert config["CLAIMS_EVIDENCE_S3_BUCKET"] == "ngo-evidence"
    assert config["CLAIMS_EVIDENCE_S3_ENDPOINT"] == "https://minio.example.org"
    monkeypatch.setenv("CLAIMS_EVIDENCE_STORE", "ftp")
    with pytest.raises(ConfigurationError, match="'local' \\(a folder\\) or 's3'"):
        build_config(str(tmp_path))
