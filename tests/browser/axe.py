"""axe-core, the accessibility engine, pinned in tests/browser/axe/package-lock.json and run inside each page.

A fresh clone has no node_modules: the first browser test installs the locked version with ``npm ci`` into a cache
directory named by the lock file's hash (``$XDG_CACHE_HOME/claims-tests``, else ``~/.cache/claims-tests``), so every
checkout of the same lock shares one copy and a changed lock gets a new one. Without npm, or when the registry cannot
be reached, the tests that scan are skipped saying why, and fail under CI (tests/system.py).

The source is evaluated through the DevTools protocol (``page.evaluate``), which the page's Content-Security-Policy
does not govern, so the app's headers stay exactly as a user's browser gets them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from tests import system

LOCK_DIR = Path(__file__).parent / "axe"
SOURCE = Path("node_modules/axe-core/axe.min.js")
# What fails a page. Moderate and minor findings are printed by report() but do not fail a journey.
FAILING = ("serious", "critical")


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claims-tests"


def _install(target: Path) -> None:
    npm = shutil.which("npm")
    if not npm:
        system.missing(
            "npm is not installed (apt-get install npm): axe-core cannot be installed for the browser tests"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    # Two test runs of different checkouts may start at once: one installs, the other waits and finds it there.
    with open(target.parent / f"{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / SOURCE).exists():
            return
        work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f"{target.name}.tmp-"))
        for name in ("package.json", "package-lock.json"):
            shutil.copy(LOCK_DIR / name, work / name)
        done = subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0 or not (work / SOURCE).exists():
            shutil.rmtree(work, ignore_errors=True)
            system.missing(f"npm ci could not install axe-core from {LOCK_DIR}: {done.stderr.strip()[-500:]}")
        work.rename(target)


@cache
def source() -> str:
    """axe.min.js of the locked version, installed on first use."""
    lock = (LOCK_DIR / "package-lock.json").read_bytes()
    target = _cache_root() / f"axe-{hashlib.sha256(lock).hexdigest()[:16]}"
    if not (target / SOURCE).exists():
        _install(target)
    return (target / SOURCE).read_text(encoding="utf-8")


def scan(page) -> list[dict]:
    """The violations axe finds on the page as it is now (every rule axe runs by default, WCAG 2.2 AA included)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(source() + "\n;true")
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary, html: n.html}))
            }));
        }"""
    )


def report(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['impact']}: {v['id']} ({v['help']}), {len(v['nodes'])} node(s)")
        lines.extend(f"    {n['target']}: {n['html'][:160]}" for n in v["nodes"][:5])
    return "\n".join(lines)


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in FAILING]
