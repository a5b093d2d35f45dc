using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Applications.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class StatusLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "status_links",
                schema: "applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_for = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_links", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_links_application_id_expires_at",
                schema: "applications",
                table: "status_links",
                columns: new[] { "application_id", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "IX_status_links_token_hash",
                schema: "applications",
                table: "status_links",
                column: "token_hash",
                unique: true);

            // The link each applicant already holds (from the confirmation mail) keeps working: it becomes their first
            // status link, valid for the usual period from today. Erased applications hold a random hash that no token
            // matches; they are not carried over.
            migrationBuilder.Sql("""
                INSERT INTO applications.status_links (id, application_id, token_hash, issued_at, expires_at, issued_for)
                SELECT gen_random_uuid(), id, status_token_hash, submitted_at, now() + interval '180 days', 'applications.confirmation'
                FROM applications.applications
                WHERE email NOT LIKE '%@erased.invalid'
                """);

            migrationBuilder.DropIndex(
                name: "IX_applications_status_token_hash",
                schema: "applications",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "status_token_hash",
                schema: "applications",
                table: "applications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_links",
                schema: "applications");

            migrationBuilder.AddColumn<byte[]>(
                name: "status_token_hash",
                schema: "applications",
                table: "applications",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateIndex(
                name: "IX_applications_status_token_hash",
                schema: "applications",
                table: "applications",
                column: "status_token_hash",
                unique: true);
        }
    }
}
