using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Privacy.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents",
                schema: "privacy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    data_concerned = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: true),
                    discovered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    people_concerned = table.Column<int>(type: "integer", nullable: true),
                    risk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    risk_assessment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    commission_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    people_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_number",
                schema: "privacy",
                table: "incidents",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidents",
                schema: "privacy");
        }
    }
}
