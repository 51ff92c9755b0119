"""The Jinja sandbox that templates render in, with the limits of claims/documents/limits.py.

Jinja's own sandbox keeps a template from Python's internals (no ``__class__``, no unsafe callables) and makes
lists and dicts read-only; it does not bound what a template may cost. This one does, at every place a template
can make work or memory out of a few characters of source:
- loops and calls: every turn of a ``for`` (its iterable is wrapped when the template is compiled) and every
  call of a macro, method or filter is a step of the document's budget, and ``range`` refuses more than
  MAX_RANGE numbers;
- operators: ``*``, ``**``, ``+`` and ``%`` are checked before they run (``'x' * 10**9``, ``9**9**9``, a
  ``%999999999s`` width), and ``~`` before it joins;
- calls, macros and filters: a filter or method that takes a width or a count is checked before it runs,
  every result after (MAX_TEXT characters, MAX_ITEMS items), and text has only the methods templates use (no
  ``ljust(10**9)``, no ``format`` with a width);
- output: every piece of XML a part prints counts against MAX_OUTPUT, and the clock is checked as it goes.
Checks at compile time (Jinja folds constant expressions) run the same guards, so an expression that would break
a limit is left to fail when rendered, where the limit's message reaches the person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from flask_babel import lazy_gettext as _l
from jinja2 import Template, nodes, pass_context
from jinja2.compiler import CodeGenerator, optimizeconst
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from claims.documents.limits import (
    MAX_ITEMS,
    MAX_NUMBER_BITS,
    MAX_RANGE,
    MAX_TEXT,
    RenderLimit,
    current_budget,
    too_long,
)

# Text methods a template may call (fields.py's text values): reading and tidying, never padding or formatting.
TEXT_METHODS = frozenset(
    {
        "upper",
        "lower",
        "title",
        "capitalize",
        "strip",
        "lstrip",
        "rstrip",
        "replace",
        "split",
        "rsplit",
        "splitlines",
        "startswith",
        "endswith",
        "count",
        "find",
        "isdigit",
        "isalpha",
        "isspace",
    }
)
# Filters whose numeric arguments set the size of what they make (a width, a count of pieces).
_SIZED_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate", "batch", "slice", "round"})
_PRINTF_WIDTH = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_LOOP_GUARD = "_claims_counted_loop"


def size_of(value, limit: int = MAX_TEXT) -> int:
    """Roughly the characters a value prints as (a list: its items'), counted until ``limit`` is passed."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple | set | frozenset | dict):
        items = value.values() if isinstance(value, dict) else value
        total = len(value)
        for item in items:
            if total > limit:
                break
            total += size_of(item, limit - total)
        return total
    return 0


def _check_value(value):
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_NUMBER_BITS:
        raise RenderLimit(_l("The template computes a number too large to print."))
    if isinstance(value, list | tuple | set | frozenset | dict) and len(value) > MAX_ITEMS:
        raise RenderLimit(_l("The template makes a list of more than %(n)s items.", n=f"{MAX_ITEMS:,}"))
    if size_of(value) > MAX_TEXT:
        raise too_long()
    return value


def _tick() -> None:
    spent = current_budget()
    if spent is not None:
        spent.count_step()


def _bounded(items: Iterable) -> list:
    """An iterator made into a list, refused as soon as it passes the limits (not after it has filled memory)."""
    out = []
    size = 0
    for item in items:
        out.append(item)
        size += size_of(item) + 1
        if len(out) > MAX_ITEMS or size > MAX_TEXT:
            raise too_long()
        if not len(out) % 256:
            _tick()
    return out


def _check_printf(template: str, args) -> None:
    for width, precision in _PRINTF_WIDTH.findall(template):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_TEXT):
                raise too_long()


def safe_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise RenderLimit(_l("range() may count to %(n)s in a template.", n=f"{MAX_RANGE:,}"))
    return numbers


@pass_context
def _counted_loop(_context, iterable):
    """The iterable of a ``for``, counting each turn against the document's budget."""
    spent = current_budget()
    if isinstance(iterable, Iterator):
        iterable = _bounded(iterable)
    for item in iterable:
        if spent is not None:
            spent.count_step()
        yield item


def _guard_filter(name: str, fn):
    @functools.wraps(fn)  # keeps Jinja's pass_context / pass_environment marks
    def guarded(*args, **kwargs):
        _tick()
        args = list(args)
        # The filtered value comes after the context or environment that Jinja passes first.
        at = 1 if getattr(fn, "jinja_pass_arg", None) is not None else 0
        if len(args) > at and isinstance(args[at], Iterator):
            args[at] = _bounded(args[at])
        if name in _SIZED_FILTERS:
            for arg in [*args[at + 1 :], *kwargs.values()]:
                if isinstance(arg, int) and abs(arg) > MAX_TEXT:
                    raise too_long()
        elif name == "format" and len(args) > at and isinstance(args[at], str):
            _check_printf(args[at], tuple(args[at + 1 :]))
        elif name == "replace" and len(args) > at + 2:
            _check_replace(args[at], args[at + 1], args[at + 2])
        result = fn(*args, **kwargs)
        return result if isinstance(result, Iterator) else _check_value(result)

    return guarded


def _check_replace(text, old, new) -> None:
    text, old, new = str(text), str(old), str(new)
    grows = len(new) - len(old)
    if grows > 0 and len(text) + (text.count(old) if old else len(text) + 1) * grows > MAX_TEXT:
        raise too_long()


class _GuardedCodeGenerator(CodeGenerator):
    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame) -> None:
        # ``a ~ b ~ c``: the parts are measured before they are joined.
        self.write("environment.guarded_concat(context, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class GuardedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with a cost limit on everything a template can make (the module's doc)."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options):
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # lipsum(n=...) writes paragraphs by the thousand
        self.globals["range"] = safe_range
        self.filters[_LOOP_GUARD] = _counted_loop

    def guard_filters(self) -> None:
        """Wrap every filter in the guards; called once the environment has all its filters."""
        for name, fn in list(self.filters.items()):
            if name != _LOOP_GUARD and not getattr(fn, "_claims_guarded", False):
                guarded = _guard_filter(name, fn)
                guarded._claims_guarded = True
                self.filters[name] = guarded

    def wrap_str_format(self, value):
        # Jinja hands out a sandboxed str.format; its widths ("{:>999999999}") are not bounded, and templates
        # format with filters: format is refused like any text method not in TEXT_METHODS.
        return None

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, str) and callable(value):
            return attr in TEXT_METHODS
        return True

    def call_binop(self, context, operator: str, left, right):
        _tick()
        if operator == "*":
            for text, times in ((left, right), (right, left)):
                counted = isinstance(times, int) and isinstance(text, str | list | tuple)
                if counted and max(times, 0) * max(size_of(text), 1) > MAX_TEXT:
                    raise too_long()
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
            if max(left.bit_length(), 1) * right > MAX_NUMBER_BITS:
                raise RenderLimit(_l("The template computes a number too large to print."))
        elif (
            operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple)
        ):
            if size_of(left) + size_of(right) > MAX_TEXT:
                raise too_long()
        elif operator == "%" and isinstance(left, str):
            _check_printf(left, right)
        return _check_value(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        _tick()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str) and getattr(__obj, "__name__", "") == "replace" and len(args) >= 2:
            _check_replace(owner, args[0], args[1])
        result = super().call(__context, __obj, *args, **kwargs)
        return result if isinstance(result, Iterator | range | Namespace) else _check_value(result)

    def guarded_concat(self, context, parts: tuple):
        texts = [part if isinstance(part, str) else str(part) for part in parts]
        if sum(len(t) for t in texts) > MAX_TEXT:
            raise too_long()
        return markup_join(parts) if context.eval_ctx.autoescape else str_join(parts)

    def _generate(self, source, name, filename, defer_init=False):
        # Every loop's iterable counted: done on the tree just before code generation, so the lint walks the
        # template as written.
        for loop in source.find_all(nodes.For):
            counted = nodes.Filter(loop.iter, _LOOP_GUARD, [], [], None, None, lineno=loop.iter.lineno)
            counted.set_environment(self)
            loop.iter = counted
        return super()._generate(source, name, filename, defer_init=defer_init)


class GuardedTemplate(Template):
    """A template part whose printed pieces count against the document's budget (size and time)."""

    def render(self, *args, **kwargs) -> str:
        context = self.new_context(dict(*args, **kwargs))
        try:
            return self.environment.concat(_counted_output(self.root_render_func(context)))
        except Exception:
            self.environment.handle_exception()


def _counted_output(pieces: Iterable[str]) -> Iterator[str]:
    spent = current_budget()
    for piece in pieces:
        if spent is not None:
            spent.count_output(len(piece))
        yield piece


GuardedEnvironment.template_class = GuardedTemplate
