#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: restores tools, builds once in Release, installs what the tests
# need (PostgreSQL server binaries unless a Docker engine answers, and the system packages later suites use) and runs
# all test projects.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
apt_updated=
need_pkg() {  # need_pkg <command-or-path> <debian package>
  if command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; then return; fi
  if ! command -v apt-get >/dev/null; then echo "Missing $1 and no apt-get: install $2 yourself." >&2; exit 1; fi
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  echo "Installing $2…"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
}

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
dotnet tool restore >/dev/null
# Its output only when it fails (dotnet build prints a summary even with -clp:ErrorsOnly): on success the line below is
# the first one.
if ! build_log=$(dotnet build Bootcamp.sln -c Release -nologo -clp:ErrorsOnly 2>&1); then
  echo "$build_log"
  exit 1
fi

# The first line says which PostgreSQL the integration tests use and why: the test assembly's entry point runs the very
# choice its fixture makes (a container when a Docker engine answers, else this machine's binaries), so the two cannot
# disagree; the line is the last it prints, whatever a library logs before it. With neither, PostgreSQL 15 is installed
# and the choice asked again.
postgres_choice() { dotnet tests/Bootcamp.IntegrationTests/bin/Release/net10.0/Bootcamp.IntegrationTests.dll | tail -n 1; }
if ! choice=$(postgres_choice); then
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null; then
    need_pkg /usr/lib/postgresql/15/bin/pg_ctl postgresql-15
  fi
  choice=$(postgres_choice) || { echo "$choice" >&2; exit 1; }
fi
echo "$choice"

# Debian's Chromium for the browser tests: Playwright drives it by its path and never downloads a browser. A font too,
# so pages and failure screenshots render text (-print -quit: no SIGPIPE under pipefail).
need_pkg /usr/bin/chromium chromium
if ! find /usr/share/fonts -type f \( -name '*.ttf' -o -name '*.otf' \) -print -quit 2>/dev/null | grep -q .; then
  need_pkg /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
fi
# poppler-utils for the certificate and impact report tests: they read the PDFs back with pdftotext and pdffonts, as a
# person's viewer would, and render report pages with pdftoppm.
need_pkg pdftotext poppler-utils

log=$(mktemp)
set +e
dotnet test Bootcamp.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
set -e

# One closing line for CI, summed over every test project.
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}'; }
echo "$(sum Passed) passed, $(sum Failed) failed, $(sum Skipped) skipped"
rm -f "$log"
exit "$code"
