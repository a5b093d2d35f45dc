using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Attendance.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Delivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "note",
                schema: "attendance",
                table: "class_meetings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attendance_corrections",
                schema: "attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_mark = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to_mark = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    to_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_corrections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_marks",
                schema: "attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mark = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_marks", x => x.id);
                    table.ForeignKey(
                        name: "FK_attendance_marks_class_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "attendance",
                        principalTable: "class_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                schema: "attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    track_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_capstone = table.Column<bool>(type: "boolean", nullable: false),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "milestone_progress",
                schema: "attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    milestone_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestone_progress", x => x.id);
                    table.ForeignKey(
                        name: "FK_milestone_progress_milestones_milestone_id",
                        column: x => x.milestone_id,
                        principalSchema: "attendance",
                        principalTable: "milestones",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_corrections_session_id_changed_at",
                schema: "attendance",
                table: "attendance_corrections",
                columns: new[] { "session_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_marks_meeting_id_participant_id",
                schema: "attendance",
                table: "attendance_marks",
                columns: new[] { "meeting_id", "participant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attendance_marks_session_id_participant_id",
                schema: "attendance",
                table: "attendance_marks",
                columns: new[] { "session_id", "participant_id" });

            migrationBuilder.CreateIndex(
                name: "IX_milestone_progress_milestone_id",
                schema: "attendance",
                table: "milestone_progress",
                column: "milestone_id");

            migrationBuilder.CreateIndex(
                name: "IX_milestone_progress_participant_id_milestone_id",
                schema: "attendance",
                table: "milestone_progress",
                columns: new[] { "participant_id", "milestone_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_milestone_progress_session_id",
                schema: "attendance",
                table: "milestone_progress",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_milestones_one_capstone_per_track",
                schema: "attendance",
                table: "milestones",
                column: "track_id",
                unique: true,
                filter: "is_capstone AND NOT is_archived");

            migrationBuilder.CreateIndex(
                name: "IX_milestones_track_id_position",
                schema: "attendance",
                table: "milestones",
                columns: new[] { "track_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_corrections",
                schema: "attendance");

            migrationBuilder.DropTable(
                name: "attendance_marks",
                schema: "attendance");

            migrationBuilder.DropTable(
                name: "milestone_progress",
                schema: "attendance");

            migrationBuilder.DropTable(
                name: "milestones",
                schema: "attendance");

            migrationBuilder.DropColumn(
                name: "note",
                schema: "attendance",
                table: "class_meetings");
        }
    }
}
