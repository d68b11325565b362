"""Read wrk --latency output on stdin and print one row: req/s, p50, p99 (ms), errors, queries."""

import re
import sys


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main():
    name, queries = sys.argv[1], sys.argv[2]
    text = sys.stdin.read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = to_ms(re.search(r"\s50%\s+([\d.]+\w+)", text).group(1))
    p99 = to_ms(re.search(r"\s99%\s+([\d.]+\w+)", text).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    error_count = int(errors.group(1)) if errors else 0
    if socket:
        error_count += sum(int(n) for n in socket.groups())
    print(f"{name:<15} {rps:>10.1f} {p50:>10.1f} {p99:>10.1f} {error_count:>8} {queries:>8}")


if __name__ == "__main__":
    main()
