// Startup assembly for `dotnet ef`; see scripts/add-migration.sh. It does nothing when run.
return 0;
