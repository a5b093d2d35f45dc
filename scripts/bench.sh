#!/usr/bin/env bash
# Runs every benchmark (application intake over HTTP vs raw inserts, selection over 10,000 applicants) against a
# PostgreSQL cluster it starts itself, and prints one table. Arguments are passed on, e.g. --requests 5000 --clients 32.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
exec dotnet run -c Release --project bench/Bootcamp.Benchmarks -- "$@"
