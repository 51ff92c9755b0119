"""Compute full claims for 1,000 claimants with ten years of monthly records each, and print the figures.

    .venv/bin/python bench/bench_calc.py [--claimants 1000] [--workers 1,2] [--shape varied|repeat] [--digest]

Each claimant (``--shape varied``, the default) is what a lawyer would enter from payslips: one Thai employment
period of 120 monthly records written out one by one, with days worked, overtime and holiday hours that change from
month to month; a payment short of the wage each month, some unlawful deductions for food; dismissal without notice
at the end (severance, pay in lieu, unused leave); every fourth claimant withheld wilfully (the 7-day surcharge); a
loan at 3% a month with repayments; recruitment fees above the cap; two TIP Fund items; and a criminal compensation
claim. Every head of the engine runs. ``--shape repeat`` is the earlier, easier input: one record with
``"repeat": "monthly"`` and the same figures every month.

What is timed: reading each claim from its JSON text (``json.loads``), ``parse_claim``, ``compute_claim`` and the
totals, for every claimant, plus starting the worker processes. The JSON texts are written before the clock starts
(as files waiting on disk would be), and the worker processes inherit them (fork), so nothing is pickled. The rule
book is loaded once per process, as in the app. Nothing computed for one claimant is reused for another beyond the
rule look-ups the engine memoises per rule book (which the app keeps too).

Each worker count runs in a fresh process, so none starts with look-ups another run memoised. On the 2-vCPU test
machine two workers slow each other down (compare the CPU per claimant of 1 and 2 workers): 2 workers are not twice
as fast as 1. The machine is shared: compare runs by their ratio to the floor and by CPU, not by wall time alone.

The floor, timed right after the engine with the same workers and the same claimants: a naive Decimal loop over as
many lines as the engine made for each claimant, reading the same JSON, turning the records' figures and the payments
into Decimals, and for each line one product, rounded half up and added. No rules, no dates, no words: the least
any engine must do to print those lines.

Printed apart, in one process: where the CPU goes claim by claim (``json.loads``, ``parse_claim``, ``compute_claim``,
the totals), and what making the breakdown's lines costs by itself, each one made again from its finished figures.

Not timed, printed apart: turning a breakdown into JSON (``to_dict``, which writes every formula: a group case only
sums, a single claim is printed), and peak memory: the largest resident set of a process and, with tracemalloc, the
peak of Python allocations while computing 20 claimants in one process.

``--digest`` times nothing: it prints one SHA-256 of every claimant's output, in order: the JSON the API answers
(``to_dict``, every formula written) and its lines and warnings rendered in Thai. An engine change that is meant to
change no figure and no word leaves it as it was; compare it before and after.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.calc import compute_claim, parse_claim, render_line, render_warning, to_dict  # noqa: E402
from claims.calc.lines import Line, rounded  # noqa: E402
from claims.rules.loader import load_rulebook  # noqa: E402

YEARS = range(2014, 2024)
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(year: int, month: int) -> int:
    return 29 if month == 2 and year % 4 == 0 else MONTH_DAYS[month - 1]


def _records(n: int) -> list[dict]:
    records = []
    for i, (year, month) in enumerate((y, m) for y in YEARS for m in range(1, 13)):
        record = {
            "start": f"{year}-{month:02d}-01",
            "end": f"{year}-{month:02d}-{_last_day(year, month):02d}",
            "days_worked": 24 + (n + i) % 4,
            "overtime_hours": str((n * 7 + i * 13) % 31),
        }
        if (n + i) % 3:
            record["holiday_hours"] = str(8 * ((n + i) % 3))
        if (n + i) % 10 == 0:
            record["holiday_overtime_hours"] = "3.5"
        records.append(record)
    return records


def claimant(n: int) -> dict:
    """One claimant: ten years of monthly records, every head (see the module's docstring)."""
    payments = [
        {"on": f"{year}-{month:02d}-28", "amount": str(9000 + (n * 31 + month * 17 + year) % 1500)}
        for year in YEARS
        for month in range(1, 13)
    ]
    deductions = [
        {
            "kind": "food",
            "amount": "600",
            "on": f"{year}-06-30",
            "lawful": False,
            "reason": "food promised free",
        }
        for year in YEARS
    ]
    return {
        "claimant": f"worker {n}",
        "jurisdiction": "th",
        "computed_on": "2025-06-30",
        "currency": "THB",
        "employment": [
            {
                "employer": f"Factory {n % 50}",
                "start": "2014-01-01",
                "end": "2023-12-31",
                "pay_basis": "monthly",
                "rate": str(11000 + (n % 9) * 250),
                "currency": "THB",
                "workplace": "th",
                "province": ("bangkok", "samut_sakhon", "chon_buri", "phuket")[n % 4],
                "normal_hours_per_day": "8",
                "overtime_multiplier": "1.5",
                "wilful_withholding": n % 4 == 0,
                "unused_annual_leave_days": str(n % 6),
                "records": _records(n),
                "payments": payments,
                "deductions": deductions,
                "termination": {"by_employer": True},
            }
        ],
        "loans": [
            {
                "lender": "Agency",
                "principal": str(40000 + (n % 5) * 5000),
                "taken_on": "2013-11-01",
                "rate": "0.03",
                "rate_per": "month",
                "repayments": [{"on": f"{y}-06-30", "amount": "5000"} for y in YEARS],
                "collateral": "land title deed",
            }
        ],
        "recruitment": {
            "placement": "th",
            "outcome": "not_as_promised",
            "monthly_wage": "12000",
            "fees": [
                {
                    "kind": "service_fee",
                    "payee": "Agency",
                    "amount": str(20000 + n % 7 * 1000),
                    "paid_on": "2013-10-15",
                    "ilo_category": "fee",
                },
                {
                    "kind": "travel",
                    "payee": "Agency",
                    "amount": "4500",
                    "paid_on": "2013-12-20",
                    "ilo_category": "related_cost",
                },
                {
                    "kind": "medical",
                    "payee": "Clinic",
                    "amount": "1200",
                    "paid_on": "2013-11-05",
                    "ilo_category": "related_cost",
                },
            ],
        },
        "fund_items": [
            {"item": "living_allowance", "quantity": 3, "requested_on": "2024-01-10"},
            {"item": "loss_of_income", "quantity": 30, "rate": "330", "requested_on": "2024-01-10"},
        ],
        "compensation": {
            "case": f"Black case {n}/2567",
            "heads": [
                {"kind": "unpaid_wages", "from_head": "wages"},
                {"kind": "medical_costs", "amount": str(3000 + n % 11 * 100), "basis": "hospital receipts"},
                {"kind": "general_damages", "amount": "50000", "basis": "entered by the lawyer"},
            ],
        },
    }


def repeat_claimant(n: int) -> dict:
    """The earlier, easier input: one record repeated monthly with the same figures every month; no deductions, no
    wilful withholding, no recruitment fees, no compensation."""
    payments = [
        {"on": f"{year}-{month:02d}-28", "amount": str(9000 + (n % 7) * 100)}
        for year in YEARS
        for month in range(1, 13)
    ]
    return {
        "claimant": f"worker {n}",
        "jurisdiction": "th",
        "computed_on": "2025-06-30",
        "currency": "THB",
        "employment": [
            {
                "employer": f"Factory {n % 50}",
                "start": "2014-01-01",
                "end": "2023-12-31",
                "pay_basis": "monthly",
                "rate": "12000",
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "normal_hours_per_day": "8",
                "overtime_multiplier": "1.5",
                "records": [
                    {
                        "start": "2014-01-01",
                        "end": "2023-12-31",
                        "repeat": "monthly",
                        "days_worked": 26,
                        "overtime_hours": str(10 + n % 5),
                        "holiday_hours": "8",
                    }
                ],
                "payments": payments,
                "termination": {"by_employer": True},
            }
        ],
        "loans": [
            {
                "lender": "Agency",
                "principal": "60000",
                "taken_on": "2013-11-01",
                "rate": "0.03",
                "rate_per": "month",
                "repayments": [{"on": f"{y}-06-30", "amount": "5000"} for y in YEARS],
            }
        ],
        "fund_items": [{"item": "living_allowance", "quantity": 3, "requested_on": "2024-01-10"}],
    }


SHAPES = {"varied": claimant, "repeat": repeat_claimant}

# The claims as JSON text, written before the clock starts; forked workers inherit the list.
TEXTS: list[str] = []


def _work(indexes: range) -> tuple[int, list[int], Decimal, float, int]:
    """Compute the claims at ``indexes``: (claimants, lines of each, sum of THB totals, CPU seconds, peak RSS in
    kB)."""
    cpu = time.process_time()
    book = load_rulebook()
    lines = []
    total = Decimal(0)
    for i in indexes:
        breakdown = compute_claim(parse_claim(json.loads(TEXTS[i])), book)
        lines.append(len(breakdown.lines))
        total += breakdown.totals()["THB"].amount
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return len(indexes), lines, total, time.process_time() - cpu, rss


_CENT = Decimal("0.01")
_NOT_FIGURES = {"start", "end", "due", "repeat", "holiday_entitled"}


def _naive(job: tuple[range, list[int]]) -> tuple[Decimal, float]:
    """The floor: for each claim, read its JSON, turn its figures (the records' numbers, the payments) into
    Decimals, and make as many amounts as the engine made lines, each one product rounded half up and added: no
    rules, no dates, no words. (sum, CPU seconds)."""
    cpu = time.process_time()
    indexes, counts = job
    total = Decimal(0)
    for i, lines in zip(indexes, counts, strict=True):
        claim = json.loads(TEXTS[i])
        figures = []
        rate = Decimal(0)
        for period in claim["employment"]:
            rate = Decimal(period["rate"]) / 240
            for record in period["records"]:
                figures += [Decimal(value) for key, value in record.items() if key not in _NOT_FIGURES]
            figures += [Decimal(payment["amount"]) for payment in period.get("payments", ())]
        size = len(figures)
        for k in range(lines):
            total += (figures[k % size] * rate).quantize(_CENT, ROUND_HALF_UP)
    return total, time.process_time() - cpu


def _pooled(function, jobs: list, workers: int) -> tuple[list, float]:
    """``function`` over ``jobs``, one a worker (in this process for one), and the wall time."""
    started = time.perf_counter()
    if workers == 1:
        results = [function(jobs[0])]
    else:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(function, jobs))
    return results, time.perf_counter() - started


def _run(count: int, workers: int) -> None:
    chunks = [range(i, count, workers) for i in range(workers)]
    results, elapsed = _pooled(_work, chunks, workers)
    done = sum(r[0] for r in results)
    lines = sum(sum(r[1]) for r in results)
    cpu = sum(r[3] for r in results)
    print(
        f"workers {workers}: {done} claimants, {lines:,} lines, total {elapsed:.2f} s wall, "
        f"{elapsed / done * 1000:.2f} ms per claimant; CPU {cpu / done * 1000:.2f} ms per claimant; "
        f"peak RSS per process {max(r[4] for r in results) / 1024:.0f} MB"
    )
    print(f"  check: sum of all totals {sum(r[2] for r in results):,} THB")
    floor, floor_elapsed = _pooled(
        _naive, [(chunk, r[1]) for chunk, r in zip(chunks, results, strict=True)], workers
    )
    floor_cpu = sum(f[1] for f in floor)
    print(
        f"  floor, a naive Decimal loop over as many lines (read the JSON, one product rounded and added per line): "
        f"{floor_elapsed:.2f} s wall, CPU {floor_cpu / done * 1000:.2f} ms per claimant; "
        f"the engine takes {elapsed / floor_elapsed:.1f}x its wall time, {cpu / floor_cpu:.1f}x its CPU"
    )


def _apart(count: int) -> None:
    """What is not in the timed figure: JSON output of whole breakdowns, and Python's peak allocations."""
    book = load_rulebook()
    sample = range(min(count, 20))
    started = time.perf_counter()
    for i in sample:
        json.dumps(to_dict(compute_claim(parse_claim(json.loads(TEXTS[i])), book)))
    with_output = (time.perf_counter() - started) / len(sample)
    started = time.perf_counter()
    for i in sample:
        compute_claim(parse_claim(json.loads(TEXTS[i])), book)
    without = (time.perf_counter() - started) / len(sample)
    print(
        f"apart: a claim printed as JSON (to_dict, every formula written) {with_output * 1000:.2f} ms, "
        f"{(with_output - without) * 1000:.2f} ms more than computing it"
    )
    tracemalloc.start()
    for i in sample:
        compute_claim(parse_claim(json.loads(TEXTS[i])), book).totals()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"apart: peak Python allocations (tracemalloc, {len(sample)} claimants in one process) {peak / 1e6:.1f} MB"
    )


def _split(count: int) -> None:
    """Where one process's CPU goes, claim by claim: reading the JSON, parse_claim, compute_claim, the totals; and,
    apart, what making the breakdown's lines costs by itself: each line made again (Line(), its amount rounded)
    from its finished figures, words and basis, as compute_claim made it."""
    book = load_rulebook()
    for i in range(
        min(count, 20)
    ):  # the rule look-ups memoised, as in the timed runs after their first claims
        compute_claim(parse_claim(json.loads(TEXTS[i])), book).totals()
    sample = range(min(count, 200))
    spent = dict.fromkeys(("loads", "parse", "compute", "totals", "lines"), 0.0)
    clock = time.process_time
    # The cyclic collector's passes, timed apart (gc.callbacks): they fall in whichever stage allocates when one
    # is due, the pass held back from compute_claim (claims/calc/collector.py) among them.
    passes = {"young": [0.0, 0], "full": [0.0, 0]}
    started_pass = [0.0]

    def timed_pass(phase: str, info: dict) -> None:
        if phase == "start":
            started_pass[0] = clock()
        else:
            kind = passes["full" if info["generation"] == 2 else "young"]
            kind[0] += clock() - started_pass[0]
            kind[1] += 1

    gc.callbacks.append(timed_pass)
    for i in sample:
        started = clock()
        data = json.loads(TEXTS[i])
        read = clock()
        claim = parse_claim(data)
        parsed = clock()
        breakdown = compute_claim(claim, book)
        computed = clock()
        breakdown.totals()
        summed = clock()
        spent["loads"] += read - started
        spent["parse"] += parsed - read
        spent["compute"] += computed - parsed
        spent["totals"] += summed - computed
        fields = [
            (ln.head, ln.label_text, ln.amount, ln.currency, ln._formula, ln.basis, ln.period, ln.flags)
            + (ln.counted, ln.scenario, ln.notes_text)
            for ln in breakdown.lines
        ]
        del breakdown, claim, data
        counting = [
            list(kind) for kind in passes.values()
        ]  # the passes of the lines made again are not the claim's
        started = clock()
        lines = [
            Line(h, label, None if a is None else rounded(a.amount, a.currency), *rest)
            for h, label, a, *rest in fields
        ]
        spent["lines"] += clock() - started
        del lines
        for kind, before in zip(passes.values(), counting, strict=True):
            kind[:] = before
    gc.callbacks.remove(timed_pass)
    each = {stage: seconds / len(sample) * 1000 for stage, seconds in spent.items()}
    print(
        f"split (CPU per claimant, {len(sample)} claimants in one process): json.loads {each['loads']:.2f} ms, "
        f"parse_claim {each['parse']:.2f} ms, compute_claim {each['compute']:.2f} ms, totals {each['totals']:.2f} ms; "
        f"of compute_claim, making its lines alone from their finished figures {each['lines']:.2f} ms"
    )
    young, full = passes["young"], passes["full"]
    print(
        f"  of the claim's stages, the cyclic collector's passes {(young[0] + full[0]) / len(sample) * 1000:.2f} ms: "
        f"{young[1]} young-generation passes ({young[0] / len(sample) * 1000:.2f} ms a claimant), "
        f"{full[1]} full passes ({full[0] / len(sample) * 1000:.2f} ms a claimant)"
    )


def output_digest(data: dict, book) -> bytes:
    """SHA-256 of one claim's output: its JSON as the API writes it, and its words in Thai (tests/calc pins a few)."""
    document = to_dict(compute_claim(parse_claim(data), book))
    digest = hashlib.sha256(json.dumps(document, ensure_ascii=False).encode())
    thai = {
        "lines": [render_line(line, "th") for line in document["lines"]],
        "warnings": [render_warning(warning, "th") for warning in document["warnings"]],
    }
    digest.update(json.dumps(thai, ensure_ascii=False).encode())
    return digest.digest()


def _claimant_digest(i: int) -> bytes:
    return output_digest(json.loads(TEXTS[i]), load_rulebook())


def _digest(count: int, workers: int) -> None:
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        digests = list(pool.map(_claimant_digest, range(count), chunksize=10))
    print(
        f"digest of {count} claimants' output (JSON and Thai words): {hashlib.sha256(b''.join(digests)).hexdigest()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claimants", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to run, e.g. 1,2")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="varied")
    parser.add_argument("--quiet", action="store_true", help="print the timed figures only")
    parser.add_argument(
        "--digest", action="store_true", help="print a digest of every output instead of timing"
    )
    args = parser.parse_args()
    make = SHAPES[args.shape]
    TEXTS[:] = [json.dumps(make(n)) for n in range(args.claimants)]
    records = sum(len(p["records"]) for p in json.loads(TEXTS[0])["employment"])
    months = sum(len(p.get("payments", [])) for p in json.loads(TEXTS[0])["employment"])
    if not args.quiet:
        print(
            f"{args.claimants} claimants, shape {args.shape!r}: {records} record(s) in the input, {months} payments, "
            f"ten years of monthly figures each; CPUs: {os.cpu_count()}"
        )
    counts = [int(w) for w in args.workers.split(",")]
    if args.digest:
        _digest(args.claimants, max(counts))
        return
    if len(counts) == 1:
        _run(args.claimants, counts[0])
    else:
        # Each configuration in a fresh process, so that none starts with the rule look-ups another memoised.
        for workers in counts:
            command = [sys.executable, __file__, "--claimants", str(args.claimants), "--shape", args.shape]
            subprocess.run([*command, "--workers", str(workers), "--quiet"], check=True)
    if not args.quiet:
        _split(args.claimants)
        _apart(args.claimants)


if __name__ == "__main__":
    main()
