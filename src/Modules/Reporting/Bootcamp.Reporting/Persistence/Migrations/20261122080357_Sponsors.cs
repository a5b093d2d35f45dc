using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Sponsors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sponsors",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sponsors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sponsorships",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sponsor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sponsorships", x => x.id);
                    table.CheckConstraint("ck_sponsorships_session_or_year", "(session_id IS NULL) <> (year IS NULL)");
                    table.ForeignKey(
                        name: "FK_sponsorships_sponsors_sponsor_id",
                        column: x => x.sponsor_id,
                        principalSchema: "reporting",
                        principalTable: "sponsors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sponsors_name",
                schema: "reporting",
                table: "sponsors",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sponsorships_sponsor_id_session_id",
                schema: "reporting",
                table: "sponsorships",
                columns: new[] { "sponsor_id", "session_id" },
                unique: true,
                filter: "session_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_sponsorships_sponsor_id_year",
                schema: "reporting",
                table: "sponsorships",
                columns: new[] { "sponsor_id", "year" },
                unique: true,
                filter: "year IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sponsorships",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "sponsors",
                schema: "reporting");
        }
    }
}
