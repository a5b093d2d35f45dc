using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Applications.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Selection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "waitlist_rank",
                schema: "applications",
                table: "applications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "selection_decisions",
                schema: "applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rank_in_category = table.Column<int>(type: "integer", nullable: false),
                    rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lottery_seed = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    spill_over = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_selection_decisions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_selection_decisions_application_id",
                schema: "applications",
                table: "selection_decisions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_selection_decisions_session_id_decided_at",
                schema: "applications",
                table: "selection_decisions",
                columns: new[] { "session_id", "decided_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "selection_decisions",
                schema: "applications");

            migrationBuilder.DropColumn(
                name: "waitlist_rank",
                schema: "applications",
                table: "applications");
        }
    }
}
