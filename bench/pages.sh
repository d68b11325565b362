#!/usr/bin/env bash
# Load-test the public pages: gunicorn (production settings, DEBUG off, 2 workers) on 127.0.0.1
# against PostgreSQL with the demo content, driven by wrk. Prints requests/s, p50 and p99 per page,
# and the SQL queries each page needs.
#
#   bash bench/pages.sh                 # uses/creates the database portal_bench on local PostgreSQL
#   BENCH_DATABASE_URL=postgres://... bash bench/pages.sh
#   DURATION=20s CONNECTIONS=16 bash bench/pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8123}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
BIN=.venv/bin

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null || { echo "Installer wrk: apt-get install wrk"; exit 1; }; }

if [ -z "${BENCH_DATABASE_URL:-}" ]; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  if [ "$(su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='portal'\"")" != "1" ]; then
    su postgres -c "psql -qc \"CREATE ROLE portal LOGIN PASSWORD 'portal' CREATEDB\""
  fi
  if [ "$(su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='portal_bench'\"")" != "1" ]; then
    su postgres -c "createdb -O portal portal_bench"
  fi
  BENCH_DATABASE_URL="postgres://portal:portal@127.0.0.1:5432/portal_bench"
fi

export DATABASE_URL="$BENCH_DATABASE_URL"
export PYTHONPATH="$PWD"
export DJANGO_SETTINGS_MODULE=portal.settings.production
# Production settings need a shared cache: Debian's redis-server on loopback, without persistence.
if [ -z "${REDIS_URL:-}" ]; then
  redis-cli -p 6391 ping >/dev/null 2>&1 || \
    redis-server --port 6391 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
  export REDIS_URL="redis://127.0.0.1:6391/1"
fi
export SECRET_KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export SECURE_SSL_REDIRECT=false
export PAGE_CACHE=${PAGE_CACHE:-off}  # rendering, not the page cache (bench/scale.py --cached)

$BIN/python manage.py migrate --noinput -v0
$BIN/python manage.py load_demo_content -v0 >/dev/null
$BIN/python manage.py collectstatic --noinput -v0

$BIN/gunicorn portal.wsgi:application --workers 2 --bind "127.0.0.1:$PORT" \
  --access-logfile /dev/null --error-logfile /tmp/bench-gunicorn.log --daemon --pid /tmp/bench-gunicorn.pid
trap 'kill "$(cat /tmp/bench-gunicorn.pid)" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.2; done

PROCESS=/arbeidsprosesser/planlegge-lede-og-utvikle/organisering-og-tverrfaglig-samarbeid/
PAGES=(
  "home|/"
  "process|$PROCESS"
  "phase 2|${PROCESS}fase-2-utarbeide-kunnskapsgrunnlag/"
  "example index|/eksempler/"
  "example|/eksempler/asker-velferdslab/"
)

echo
echo "gunicorn 2 workers, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, PostgreSQL, DEBUG off"
printf '%-15s %10s %10s %10s %8s %8s\n' page "req/s" "p50 ms" "p99 ms" errors queries
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
  [ "$status" = 200 ] || { echo "$name ($path) svarte $status"; exit 1; }
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path")
  queries=$($BIN/python -m bench.count_queries "$path")
  echo "$out" | $BIN/python bench/parse_wrk.py "$name" "$queries"
done
