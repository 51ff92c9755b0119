"""The cyclic garbage collector held back while one claim is parsed or computed (issue 16).

A claim of ten years of monthly records makes some 20,000 objects that hold others (lines, their words, amounts due,
credits), and nearly all of them are still in use when the collector looks: they are the breakdown being built, or
the claim being read. Left on, the collector walks them again and again as they are made (a young-generation pass
every 700 objects), promotes them, and every few claims walks the whole process (the rule book, its memoised
look-ups, every module) because so many objects were promoted. Measured on bench/bench_calc.py's claimants (one
process, gc.callbacks timing each pass): 1.9 ms of 6.8 ms CPU per claimant went to collections, 0.2 ms with the
collector held back.

Held back for one call, the objects are walked once, by a young-generation pass made as the call returns (where
the call made enough objects for a pass to be due), and most are freed by reference counting when the caller drops
the breakdown. The pass is the one the collector would have made at the next allocation, but always of the young
generation: left to the collector, every tenth such pass was a middle-generation one, which moved a claim still in
use into the oldest generation, and every 70-100 claims that made the collector walk the whole process (the rule
book, its memoised look-ups, every module): measured with gc.callbacks on bench/bench_calc.py's claimants, one
full pass of some 45 ms per 100-200 claimants, 0.2-0.45 ms a claimant, none since. The older generations are
collected when the rest of the program allocates, as before. Nothing is lost: reference counting frees everything
that is not part of a cycle as before, and a cycle made during the call is collected by the pass after it. What
one call may hold back is bounded by what that call makes.

Safe with threads: the collector is switched off only where it was on, and switched back on by the call that
switched it off; a thread that starts while another holds it back finds it off and leaves it alone. At worst a
collection runs in the middle of a call, which changes nothing but the time.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

_YOUNG = gc.get_threshold()[0]  # objects made before a young-generation pass is due
_P = ParamSpec("_P")
_R = TypeVar("_R")


def collector_held(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` with the cyclic garbage collector held back while it runs (see the module's docstring)."""

    @wraps(function)
    def held(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()
            if (
                gc.get_count()[0] > _YOUNG
            ):  # the pass due at the next allocation, of the young generation only
                gc.collect(0)

    return held
