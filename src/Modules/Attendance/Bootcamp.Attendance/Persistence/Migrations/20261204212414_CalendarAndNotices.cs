using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Attendance.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CalendarAndNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "sequence",
                schema: "attendance",
                table: "class_meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                schema: "attendance",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_feeds", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "session_calendar_settings",
                schema: "attendance",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    evening_reminder = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_calendar_settings", x => x.session_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_class_meetings_date",
                schema: "attendance",
                table: "class_meetings",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_calendar_feeds_token_hash",
                schema: "attendance",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_feeds",
                schema: "attendance");

            migrationBuilder.DropTable(
                name: "session_calendar_settings",
                schema: "attendance");

            migrationBuilder.DropIndex(
                name: "IX_class_meetings_date",
                schema: "attendance",
                table: "class_meetings");

            migrationBuilder.DropColumn(
                name: "sequence",
                schema: "attendance",
                table: "class_meetings");
        }
    }
}
