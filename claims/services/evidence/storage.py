"""Where evidence files' bytes are kept: behind a small interface, so the folder on disk of a single office and an
object store at scale are one setting apart (``CLAIMS_EVIDENCE_STORE``).

A store keeps bytes under a key the service makes (random, 32 hex digits): never a name that came with the upload,
so no name can reach outside the store, overwrite another file or be guessed. A store has no delete: evidence is
archived, never removed (``discard`` only takes back a file whose record was never saved).

Adding an object store (S3, MinIO, Ceph, Wasabi): no client library is installed here (the project adds none
without a reason to), so there is no such backend yet. To add one: put ``boto3`` in pyproject.toml, write a
class with the four methods of ``EvidenceStore`` below (``put``: ``upload_fileobj`` to ``<prefix><key>``;
``open``: the ``get_object`` body, a stream; ``exists``: ``head_object``; ``discard``: ``delete_object``), read the
bucket, prefix and endpoint from ``CLAIMS_EVIDENCE_S3_*`` keys, and return it from ``store_for`` for ``s3``. The
routes stream whatever ``open`` returns, so nothing else changes.
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


def store_for(config) -> EvidenceStore:
    kind = (config.get("CLAIMS_EVIDENCE_STORE") or "local").lower()
    if kind == "local":
        return LocalStore(config["CLAIMS_EVIDENCE_DIR"])
    raise StoreError(
        f"CLAIMS_EVIDENCE_STORE={kind!r}: only 'local' is available. An object store needs a client library "
        "(boto3) and a backend class: see claims/services/evidence/storage.py and docs/deployment.md."
    )
