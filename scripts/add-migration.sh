#!/usr/bin/env bash
# Adds an EF Core migration to one module, in that module's schema, and keeps the generated types internal
# (the architecture tests allow one public type per module implementation: its ModuleDefinition).
#   scripts/add-migration.sh Sessions AddTracks
#   scripts/add-migration.sh src/Shared/Bootcamp.Mail/Bootcamp.Mail.csproj Initial MailDbContext   (platform stores)
set -euo pipefail
module=${1:?module name (e.g. Sessions) or path to a platform project .csproj}
name=${2:?migration name, e.g. AddTracks}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
# Build first: dotnet ef cannot read an unrestored project, and a stale assembly would carry an old model snapshot.
dotnet build tools/Bootcamp.DesignTime/Bootcamp.DesignTime.csproj -nologo -v q -clp:ErrorsOnly
if [[ "$module" == *.csproj ]]; then
  project="$module"
  context=${3:?DbContext name for a platform project}
  assembly=$(basename "$project" .csproj)
else
  project="src/Modules/$module/Bootcamp.$module/Bootcamp.$module.csproj"
  context="${module}DbContext"
  assembly="Bootcamp.$module"
fi
dotnet ef migrations add "$name" \
  --project "$project" \
  --startup-project tools/Bootcamp.DesignTime/Bootcamp.DesignTime.csproj \
  --context "$context" \
  --output-dir Persistence/Migrations
for f in "$(dirname "$project")/Persistence/Migrations/"*.cs; do
  sed -i -E 's/^(    )?public (partial class|class)/\1internal \2/' "$f"
done
echo "Migration $name added to $context."
