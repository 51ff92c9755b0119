"""The upload's test render: an uploaded template is made once with the sample data before it replaces anything.

It runs in a separate Python process with a ceiling on its memory (RLIMIT_AS) and its CPU time (RLIMIT_CPU),
and a wall-clock timeout, so a template that would exhaust the worker exhausts only that process, and the admin
is told why instead of the web server being killed. The sandbox's own limits (claims/documents/sandbox.py) still
apply inside it; the process is the backstop for what they cannot count (the XML parser, docxtpl's own work).

Run as ``python -m claims.documents.trial LANGUAGE DIGITS MEMORY SECONDS`` with the .docx on standard input (the
ceilings in bytes and CPU seconds; trial_render passes TRIAL_MEMORY and TRIAL_SECONDS); it prints one line
of JSON: {"outcome": "ok"}, or {"outcome": "error", "message": ..., "msgid": ..., "params": ...}, or
{"outcome": "memory"}.
"""

from __future__ import annotations

import json
import logging
import math
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext as _ln

from claims.documents.limits import TRIAL_MEMORY, TRIAL_SECONDS

log = logging.getLogger(__name__)

# The date the sample documents carry (the sample's own hearing and filing dates are around it).
SAMPLE_DAY = date(2024, 3, 1)
# Starting Python and importing the renderer, on a busy machine: not counted against the template.
_STARTUP_SECONDS = 30
_ROOT = Path(__file__).resolve().parents[2]


def trial_render(
    data: bytes, *, language: str, digits: str, memory: int = TRIAL_MEMORY, seconds: int = TRIAL_SECONDS
) -> str | None:
    """None when the template makes a document from the sample data within the limits; else why not, in the
    reader's language."""
    refused = trial_check(data, language=language, digits=digits, memory=memory, seconds=seconds)
    return refused[0] if refused else None


def trial_check(
    data: bytes, *, language: str, digits: str, memory: int = TRIAL_MEMORY, seconds: int = TRIAL_SECONDS
) -> tuple[str, int | None, str] | None:
    """As trial_render, with where: (why, the paragraph it failed at, that paragraph's words) when the failure is
    a tag's (claims/documents/lint_render.py), else (why, None, "")."""
    refused = _trial(data, language, digits, memory, seconds)
    if refused is None or isinstance(refused, tuple):
        return refused
    return refused, None, ""


def _trial(data: bytes, language: str, digits: str, memory: int, seconds: int):
    command = [sys.executable, "-m", "claims.documents.trial", language, digits, str(memory), str(seconds)]
    try:
        done = subprocess.run(
            command, input=data, capture_output=True, timeout=seconds + _STARTUP_SECONDS, cwd=_ROOT
        )
    except subprocess.TimeoutExpired:
        return _too_slow(seconds)
    except OSError as exc:  # no process can be started here: the sandbox's limits, in this process
        log.warning("template trial: cannot start a process (%s); rendering in-process", exc)
        return _in_process(data, language, digits)
    outcome = _outcome(done.stdout)
    if outcome.get("outcome") == "ok" and done.returncode == 0:
        return None
    if outcome.get("outcome") == "finding":
        line = outcome.get("line")
        return _translated(outcome), line if isinstance(line, int) else None, str(outcome.get("words") or "")
    if outcome.get("outcome") == "error":
        reason = _translated(outcome)
        return str(_l("The template cannot make a document from the sample data: %(reason)s", reason=reason))
    if outcome.get("outcome") == "memory" or done.returncode < 0:
        # Killed: SIGXCPU at the CPU ceiling, or the memory ceiling hit where Python could not say so.
        if done.returncode == -signal.SIGXCPU:
            return _too_slow(seconds)
        return str(
            _l(
                "Making a document from the template with the sample data needed more than %(mb)s MB of memory.",
                mb=memory // (1024 * 1024),
            )
        )
    # The trial itself broke (not the template): say so in the log, and check in this process instead.
    log.error("template trial failed to run (exit %s): %s", done.returncode, done.stderr[-2000:])
    return _in_process(data, language, digits)


def _too_slow(seconds: int) -> str:
    return str(
        _ln(
            "Making a document from the template with the sample data took longer than %(num)d second.",
            "Making a document from the template with the sample data took longer than %(num)d seconds.",
            seconds,
        )
    )


def _outcome(stdout: bytes) -> dict:
    lines = stdout.decode("utf-8", "replace").strip().splitlines()
    try:
        found = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        return {}
    return found if isinstance(found, dict) else {}


def _translated(outcome: dict) -> str:
    # The child has no app to translate with: it sends the message's English original and its values, and the
    # message is looked up here in the reader's language.
    msgid, params = outcome.get("msgid"), outcome.get("params")
    if isinstance(msgid, str) and isinstance(params, dict):
        return gettext(msgid, **params)
    return str(outcome.get("message") or "")


def _in_process(data: bytes, language: str, digits: str) -> str | None:
    from claims.documents.render import RenderError, render_docx
    from claims.documents.samples import load_sample_context

    try:
        render_docx(data, load_sample_context(), language=language, digits=digits, on=SAMPLE_DAY)
    except RenderError as exc:
        return str(
            _l("The template cannot make a document from the sample data: %(reason)s", reason=str(exc))
        )
    return None


def _message(exc: BaseException) -> dict:
    cause = exc.__cause__ or exc
    message = cause.args[0] if cause.args else None
    found = {"message": str(exc)}
    # flask_babel's lazy string keeps the English original and its values: sent so the parent translates them.
    if hasattr(message, "_args") and hasattr(message, "_kwargs") and message._args:
        found.update(msgid=message._args[0], params=message._kwargs)
    return found


def main(argv: list[str]) -> int:
    import resource

    from claims.documents.lint_render import first_sample_failure
    from claims.documents.render import RenderError, render_docx
    from claims.documents.samples import load_sample_context

    language, digits, memory, seconds = argv[1], argv[2], int(argv[3]), int(argv[4])
    context = load_sample_context()
    data = sys.stdin.buffer.read()
    # The ceilings from here on: the imports above are the trial's, not the template's.
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = math.ceil(used.ru_utime + used.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (spent + seconds, spent + seconds + 1))
    try:
        # Part by part first, so that a tag that fails is named with its paragraph; then the whole document.
        finding = first_sample_failure(data, language, digits, context)
        if finding is not None:
            print(json.dumps({"outcome": "finding", **finding}, default=str))
            return 2
        render_docx(data, context, language=language, digits=digits, on=SAMPLE_DAY)
    except MemoryError:
        print(json.dumps({"outcome": "memory"}))
        return 3
    except RenderError as exc:
        if isinstance(exc.__cause__, MemoryError):
            print(json.dumps({"outcome": "memory"}))
            return 3
        print(json.dumps({"outcome": "error", **_message(exc)}, default=str))
        return 2
    print(json.dumps({"outcome": "ok"}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
