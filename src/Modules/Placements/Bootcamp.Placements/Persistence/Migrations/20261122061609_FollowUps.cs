using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Placements.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class FollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follow_up_people",
                schema: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    preferred_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    session_end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    authorised_to_work = table.Column<bool>(type: "boolean", nullable: true),
                    consent_withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_waves",
                schema: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    offset_months = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_employed = table.Column<bool>(type: "boolean", nullable: true),
                    answered_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    answered_still_seeking = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_waves", x => x.id);
                    table.ForeignKey(
                        name: "FK_follow_up_waves_follow_up_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "placements",
                        principalTable: "follow_up_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                schema: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    in_tech_field = table.Column<bool>(type: "boolean", nullable: false),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    salary_band = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    wave_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verified_by = table.Column<Guid>(type: "uuid", nullable: true),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placements", x => x.id);
                    table.ForeignKey(
                        name: "FK_placements_follow_up_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "placements",
                        principalTable: "follow_up_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_dispatches",
                schema: "placements",
                columns: table => new
                {
                    wave_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_dispatches", x => new { x.wave_id, x.kind });
                    table.ForeignKey(
                        name: "FK_follow_up_dispatches_follow_up_waves_wave_id",
                        column: x => x.wave_id,
                        principalSchema: "placements",
                        principalTable: "follow_up_waves",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_links",
                schema: "placements",
                columns: table => new
                {
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    wave_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_links", x => x.token_hash);
                    table.ForeignKey(
                        name: "FK_follow_up_links_follow_up_waves_wave_id",
                        column: x => x.wave_id,
                        principalSchema: "placements",
                        principalTable: "follow_up_waves",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_links_wave_id",
                schema: "placements",
                table: "follow_up_links",
                column: "wave_id");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_people_application_id",
                schema: "placements",
                table: "follow_up_people",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_people_participant_id",
                schema: "placements",
                table: "follow_up_people",
                column: "participant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_people_session_id_session_end_date",
                schema: "placements",
                table: "follow_up_people",
                columns: new[] { "session_id", "session_end_date" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_waves_person_id_number",
                schema: "placements",
                table: "follow_up_waves",
                columns: new[] { "person_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_waves_status_due_on",
                schema: "placements",
                table: "follow_up_waves",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_placements_person_id_start_date",
                schema: "placements",
                table: "placements",
                columns: new[] { "person_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "IX_placements_wave_id",
                schema: "placements",
                table: "placements",
                column: "wave_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_dispatches",
                schema: "placements");

            migrationBuilder.DropTable(
                name: "follow_up_links",
                schema: "placements");

            migrationBuilder.DropTable(
                name: "placements",
                schema: "placements");

            migrationBuilder.DropTable(
                name: "follow_up_waves",
                schema: "placements");

            migrationBuilder.DropTable(
                name: "follow_up_people",
                schema: "placements");
        }
    }
}
