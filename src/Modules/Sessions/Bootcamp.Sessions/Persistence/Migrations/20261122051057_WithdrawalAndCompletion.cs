using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Sessions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class WithdrawalAndCompletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "completion_decided_at",
                schema: "sessions",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "withdrawal_reason",
                schema: "sessions",
                table: "participants",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_note",
                schema: "sessions",
                table: "participants",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "withdrawn_by",
                schema: "sessions",
                table: "participants",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "completion_overrides",
                schema: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_completion_overrides", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "completions",
                schema: "sessions",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule_outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attendance_rate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    capstone_done = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    override_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    overridden_by = table.Column<Guid>(type: "uuid", nullable: true),
                    overridden_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_completions", x => x.participant_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_end_date",
                schema: "sessions",
                table: "sessions",
                column: "end_date",
                filter: "completion_decided_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_code",
                schema: "sessions",
                table: "certificates",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_participant_id",
                schema: "sessions",
                table: "certificates",
                column: "participant_id",
                unique: true,
                filter: "revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_completion_overrides_participant_id_at",
                schema: "sessions",
                table: "completion_overrides",
                columns: new[] { "participant_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_completions_session_id",
                schema: "sessions",
                table: "completions",
                column: "session_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificates",
                schema: "sessions");

            migrationBuilder.DropTable(
                name: "completion_overrides",
                schema: "sessions");

            migrationBuilder.DropTable(
                name: "completions",
                schema: "sessions");

            migrationBuilder.DropIndex(
                name: "IX_sessions_end_date",
                schema: "sessions",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "completion_decided_at",
                schema: "sessions",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "withdrawal_note",
                schema: "sessions",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "withdrawn_by",
                schema: "sessions",
                table: "participants");

            migrationBuilder.AlterColumn<string>(
                name: "withdrawal_reason",
                schema: "sessions",
                table: "participants",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30,
                oldNullable: true);
        }
    }
}
