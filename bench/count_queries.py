"""Print how many SQL queries one anonymous request for a path needs (after a warm-up request)."""

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
