"""Helpers for tests that run the portal in a process of its own, as production does."""

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def database_url():
    """The test database, for a process started by a test (it sees only committed data)."""
    params = connection.settings_dict
    return (
        f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:{params['PORT']}/"
        f"{params['NAME']}"
    )


def production_env(**env):
    """The environment production needs (portal/settings/production.py), plus ``env``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k" * 10 + "-Zq8v#Lr2@xW9!pT4s&Nc6^Hm1*Bd7%Yf3Ju5Ee0Gi-Ka8Ob",
        "ALLOWED_HOSTS": "boligsosial.example.no",
        **env,
    }


def run_python(code, env, timeout=120):
    """Run ``code`` with a fresh interpreter in the repository; returns the CompletedProcess."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serving(command, env, port, log_path, timeout=120):
    """Run a server (``command``, listening on ``port``) until the block ends. Its standard
    output and error go to ``log_path``. Waits until the port accepts connections, or fails with
    the server's own output."""
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)  # noqa: S603
    try:
        deadline = time.monotonic() + timeout
        while True:
            if server.poll() is not None:
                raise AssertionError(Path(log_path).read_text())
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError(Path(log_path).read_text()) from None
                time.sleep(0.1)  # polling for the port, not waiting a fixed time
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)
