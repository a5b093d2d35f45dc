#!/usr/bin/env bash
# Adds an EF Core migration to one module, in that module's schema, and keeps the generated types internal
# (the architecture tests allow one public type per module implementation: its ModuleDefinition).
#   scripts/add-migration.sh Sessions AddTracks
set -euo pipefail
module=${1:?module name, e.g. Sessions}
name=${2:?migration name, e.g. AddTracks}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
project="src/Modules/$module/Bootcamp.$module/Bootcamp.$module.csproj"
dotnet ef migrations add "$name" \
  --project "$project" \
  --startup-project tools/Bootcamp.DesignTime/Bootcamp.DesignTime.csproj \
  --context "${module}DbContext" \
  --output-dir Persistence/Migrations \
  --namespace "Bootcamp.$module.Persistence.Migrations"
for f in "src/Modules/$module/Bootcamp.$module/Persistence/Migrations/"*.cs; do
  sed -i -E 's/^(    )?public (partial class|class)/\1internal \2/' "$f"
done
echo "Migration $name added to $module."
