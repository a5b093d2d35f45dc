using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Applications.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AuditByActorAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_actor_id_at",
                schema: "applications",
                table: "audit_entries",
                columns: new[] { "actor_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_at",
                schema: "applications",
                table: "audit_entries",
                column: "at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entries_actor_id_at",
                schema: "applications",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "IX_audit_entries_at",
                schema: "applications",
                table: "audit_entries");
        }
    }
}
