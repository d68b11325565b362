"""Print how many SQL queries one anonymous request for a path needs (after a warm-up request).

    .venv/bin/python -m bench.count_queries /eksempler/     # from the project root

Run it as a module: run as a script, its own folder comes first on sys.path and ``search`` is
bench/search.py instead of the search app (every count failed that way)."""

import sys

import django
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def main():
    django.setup()
    client = Client(HTTP_HOST="127.0.0.1")
    path = sys.argv[1]
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    print(len(queries.captured_queries))


if __name__ == "__main__":
    main()
