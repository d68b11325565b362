"""``/helse/``: can this app server serve? For the load balancer, the container runtime and
monitoring (docs/deployment.md).

It checks what every page needs, the database and the shared cache (Redis), and answers 200 with
``"status": "ok"`` or 503 with ``"status": "error"`` and which check failed. A failed check names
only the kind of error (``OperationalError``), never its message: messages carry host names, user
names and ports. The task queue is reported but never fails the check: a stopped worker delays
search indexing and mail, and taking every app server out of the load balancer for it would
take the whole site down.

The middleware answers before any other, so the probe works as load balancers send it: by the
server's own address (not in ALLOWED_HOSTS), over plain HTTP (no redirect to HTTPS), never from a
cache and without a session.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone

from django_tasks_db.models import DBTaskResult

HEALTH_PATH = "/helse/"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    try:
        if cache.get(key) != "1":
            raise RuntimeError("the cache did not return what was stored")
    finally:
        cache.delete(key)


def timed(check):
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # noqa: BLE001 (any failure means «not fit to serve»)
        return {"status": "error", "error": type(error).__name__}
    return {"status": "ok", "seconds": round(time.perf_counter() - started, 4)}


def task_queue():
    """How much work waits for `manage.py db_worker`, when tasks are queued in the database."""
    if not settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
        return {"backend": "immediate"}
    waiting = DBTaskResult.objects.ready()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    return {
        "backend": "database",
        "waiting": waiting.count(),
        "oldest_waiting_seconds": round((timezone.now() - oldest).total_seconds()) if oldest else 0,
        "failed": DBTaskResult.objects.failed().count(),
    }


def health(request):
    checks = {"database": timed(check_database), "cache": timed(check_cache)}
    healthy = all(check["status"] == "ok" for check in checks.values())
    body = {"status": "ok" if healthy else "error", "checks": checks}
    if checks["database"]["status"] == "ok":
        body["tasks"] = task_queue()
    response = JsonResponse(body, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health(request)
        return self.get_response(request)
