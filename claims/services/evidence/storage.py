"""Where evidence files' bytes are kept: behind a small interface, so the folder on disk of a single office and an
object store at scale are one setting apart (``CLAIMS_EVIDENCE_STORE``).

A store keeps bytes under a key the service makes (random, 32 hex digits): never a name that came with the upload,
so no name can reach outside the store, overwrite another file or be guessed. A store has no delete: evidence is
archived, never removed (``discard`` only takes back a file whose record was never saved).

At scale (several web machines, terabytes of scans) the files go to an S3-compatible object store (AWS S3, MinIO,
Ceph, Wasabi) with ``CLAIMS_EVIDENCE_STORE=s3``: :class:`S3Store`, through boto3 (the AWS SDK, which every
S3-compatible service is tested against: request signing, retries and error codes are not worth writing by hand).
The bucket is private; the app streams each file to the user after its own access check, as from the folder, so no
link to the store ever leaves it. Credentials come from boto3's own chain (``AWS_ACCESS_KEY_ID`` and
``AWS_SECRET_ACCESS_KEY``, an instance role, a profile): never from the app's settings.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import BinaryIO, Protocol

KEY = re.compile(r"[0-9a-f]{32}")


class StoreError(RuntimeError):
    """The store is misconfigured or cannot be reached (not something a user did)."""


class EvidenceStore(Protocol):
    def put(self, key: str, source: BinaryIO) -> None: ...
    def open(self, key: str) -> BinaryIO: ...
    def exists(self, key: str) -> bool: ...
    def discard(self, key: str) -> None: ...


def _checked(key: str) -> str:
    if not isinstance(key, str) or not KEY.fullmatch(key):
        raise ValueError("not an evidence key")
    return key


class LocalStore:
    """Files in a folder, two hex digits of fan-out (a folder of 40,000 files is slow to list and back up)."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def path(self, key: str) -> Path:
        key = _checked(key)
        return self.root / key[:2] / key

    def put(self, key: str, source: BinaryIO) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = target.with_suffix(".part")
        source.seek(0)
        # Written to a side name and renamed: a crash mid-copy leaves no half file under the key.
        with open(partial, "xb") as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)

    def open(self, key: str) -> BinaryIO:
        return open(self.path(key), "rb")

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def discard(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)


class S3Store:
    """Files as objects ``<prefix><key>`` in one private bucket, each written with server-side encryption unless
    the setting turns it off (a MinIO without a key server refuses it). A PUT is atomic: no half object is ever
    seen under a key."""

    def __init__(self, bucket: str, prefix: str = "evidence/", *, client=None, encryption: str = "AES256"):
        if not bucket:
            raise StoreError("CLAIMS_EVIDENCE_STORE=s3 needs CLAIMS_EVIDENCE_S3_BUCKET")
        self.bucket = bucket
        self.prefix = prefix
        self.encryption = encryption
        self.client = client

    def name(self, key: str) -> str:
        return f"{self.prefix}{_checked(key)}"

    def put(self, key: str, source: BinaryIO) -> None:
        source.seek(0)
        extra = {"ServerSideEncryption": self.encryption} if self.encryption else {}
        self.client.put_object(Bucket=self.bucket, Key=self.name(key), Body=source, **extra)

    def open(self, key: str) -> BinaryIO:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.name(key))["Body"]
        except self.client.exceptions.NoSuchKey:
            raise FileNotFoundError(key) from None

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.name(key))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def discard(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.name(key))


def s3_client(config):
    """A boto3 S3 client for the settings (endpoint and region optional: AWS by default)."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=config.get("CLAIMS_EVIDENCE_S3_ENDPOINT") or None,
        region_name=config.get("CLAIMS_EVIDENCE_S3_REGION") or None,
    )


# One client a process: boto3 clients are thread-safe and costly to make (they load the service's model).
_clients: dict[tuple, object] = {}


def store_for(config) -> EvidenceStore:
    kind = (config.get("CLAIMS_EVIDENCE_STORE") or "local").lower()
    if kind == "local":
        return LocalStore(config["CLAIMS_EVIDENCE_DIR"])
    if kind == "s3":
        where = (config.get("CLAIMS_EVIDENCE_S3_ENDPOINT"), config.get("CLAIMS_EVIDENCE_S3_REGION"))
        if where not in _clients:
            _clients[where] = s3_client(config)
        return S3Store(
            config.get("CLAIMS_EVIDENCE_S3_BUCKET") or "",
            config.get("CLAIMS_EVIDENCE_S3_PREFIX", "evidence/"),
            client=_clients[where],
            encryption=config.get("CLAIMS_EVIDENCE_S3_ENCRYPTION", "AES256"),
        )
    raise StoreError(f"CLAIMS_EVIDENCE_STORE={kind!r}: 'local' or 's3'.")
