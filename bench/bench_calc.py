"""Compute full claims for 1,000 claimants with ten years of monthly records each, and print the figures.

    .venv/bin/python bench/bench_calc.py [--claimants 1000] [--workers 2]

Each claimant: one Thai employment period of 120 monthly records (overtime and holiday hours every month, a
payment short of the wage each month), dismissal without notice at the end (severance, pay in lieu), a loan at 3% a
month with repayments, and a TIP Fund item. The figure that matters is the wall time for all claimants; the work is
split over worker processes (the machine has 2 cores), each returning the totals only. Peak memory is measured with
tracemalloc in one process computing a sample of claimants.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.calc import compute_claim, parse_claim  # noqa: E402
from claims.rules.loader import load_rulebook  # noqa: E402


def claimant(n: int) -> dict:
    payments = [
        {"on": f"{year}-{month:02d}-28", "amount": str(9000 + (n % 7) * 100)}
        for year in range(2014, 2024)
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
                "repayments": [{"on": f"{y}-06-30", "amount": "5000"} for y in range(2014, 2024)],
            }
        ],
        "fund_items": [{"item": "living_allowance", "quantity": 3, "requested_on": "2024-01-10"}],
    }


def _work(ns: list[int]) -> tuple[int, int, Decimal]:
    book = load_rulebook()
    lines = 0
    total = Decimal(0)
    for n in ns:
        breakdown = compute_claim(parse_claim(claimant(n)), book)
        lines += len(breakdown.lines)
        total += breakdown.totals()["THB"].amount
    return len(ns), lines, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claimants", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()
    ns = list(range(args.claimants))
    chunks = [ns[i :: args.workers] for i in range(args.workers)]
    started = time.perf_counter()
    if args.workers == 1:
        results = [_work(ns)]
    else:
        with ProcessPoolExecutor(args.workers) as pool:
            results = list(pool.map(_work, chunks))
    elapsed = time.perf_counter() - started
    count = sum(r[0] for r in results)
    lines = sum(r[1] for r in results)
    print(f"claimants: {count}, records each: 120 months, lines: {lines:,}, workers: {args.workers}")
    print(f"total time: {elapsed:.2f} s   per claimant: {elapsed / count * 1000:.2f} ms")
    tracemalloc.start()
    _work(list(range(20)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory (tracemalloc, 20 claimants in one process): {peak / 1e6:.1f} MB")
    print(f"check: sum of all totals {sum(r[2] for r in results):,} THB, computed on {date(2025, 6, 30)}")


if __name__ == "__main__":
    main()
