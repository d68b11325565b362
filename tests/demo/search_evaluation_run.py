"""Score the search against the evaluation set: top-3 hits, reciprocal rank and zero-result
queries, per kind. Used by tests/demo/test_search_evaluation.py and bench/search_eval.py."""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .search_evaluation_set import PENDING, QUERIES

RESULT_LINK = re.compile(
    r'<h2 class="ds-heading" data-size="xs"><a class="ds-link" href="([^"]+)">'
)
TOP = 3


@dataclass
class Outcome:
    query: str
    kind: str
    expected: list
    found: list  # result URLs of the first page

    @property
    def rank(self):
        for n, url in enumerate(self.found, 1):
            if any(url.endswith(e) for e in self.expected):
                return n
        return None

    @property
    def in_top(self):
        return self.rank is not None and self.rank <= TOP


@dataclass
class Report:
    outcomes: list = field(default_factory=list)
    skipped: int = 0  # pending queries whose pages do not exist yet

    def by_kind(self):
        kinds = defaultdict(list)
        for outcome in self.outcomes:
            kinds[outcome.kind].append(outcome)
        return dict(sorted(kinds.items()))

    @staticmethod
    def figures(outcomes):
        n = len(outcomes)
        top = sum(o.in_top for o in outcomes)
        mrr = sum(1 / o.rank for o in outcomes if o.rank) / n if n else 0
        zero = sum(not o.found for o in outcomes)
        return n, top, mrr, zero

    def share_in_top(self):
        n, top, _mrr, _zero = self.figures(self.outcomes)
        return top / n if n else 0

    def table(self):
        lines = [f"{'kind':<16} {'queries':>7} {'top-3':>6} {'share':>6} {'MRR':>5} {'zero':>5}"]
        for kind, outcomes in [*self.by_kind().items(), ("ALL", self.outcomes)]:
            n, top, mrr, zero = self.figures(outcomes)
            share = top / n if n else 0
            lines.append(f"{kind:<16} {n:>7} {top:>6} {share:>6.0%} {mrr:>5.2f} {zero:>5}")
        if self.skipped:
            lines.append(f"({self.skipped} queries for pages not yet on the site were skipped)")
        return "\n".join(lines)

    def misses(self):
        return [o for o in self.outcomes if not o.in_top]


def evaluate(fetch_html, page_exists, include_pending=True):
    """``fetch_html(query)`` returns the search page's HTML; ``page_exists(path)`` says whether a
    page with that URL is on the site (pending queries are skipped until one is)."""
    report = Report()
    cases = list(QUERIES)
    if include_pending:
        for case in PENDING:
            if any(page_exists(path) for path in case[1]):
                cases.append(case)
            else:
                report.skipped += 1
    for query, expected, kind in cases:
        found = RESULT_LINK.findall(fetch_html(query))
        report.outcomes.append(Outcome(query, kind, expected, found))
    return report
