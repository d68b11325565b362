"""How many requests the fuzz suite sent, how long they took and how many answered 5xx.

Each test process counts its own (tests/fuzz/conftest.py); under pytest-xdist every worker hands
its counts to the controller when it finishes, and tests/conftest.py adds them up, so the one
summary line at the end of `make test` is the whole suite's figure on any number of workers.
"""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class FuzzStats:
    requests: Counter = field(default_factory=Counter)  # per group: "api", "pages", "forms"
    server_errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def as_dict(self):
        return {
            "requests": dict(self.requests),
            "server_errors": dict(self.server_errors),
            "seconds": self.seconds,
        }

    def add(self, counts):
        self.requests.update(counts.get("requests", {}))
        self.server_errors.update(counts.get("server_errors", {}))
        self.seconds += counts.get("seconds", 0.0)

    def summary(self, profile):
        total = sum(self.requests.values())
        if not total:
            return ""
        groups = ", ".join(f"{group} {count}" for group, count in sorted(self.requests.items()))
        return (
            f"Fuzz ({profile}): {total} requests ({groups}) in {self.seconds:.1f} s of request "
            f"time, {sum(self.server_errors.values())} answered 5xx"
        )
