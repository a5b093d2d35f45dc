using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Surveys.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "interview_notes",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    protected_notes = table.Column<string>(type: "text", nullable: false),
                    written_by = table.Column<Guid>(type: "uuid", nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interview_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    track_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    last_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    preferred_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    excluded_from_aggregates = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "questionnaires",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    track_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questionnaires", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "session_evaluations",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    structure = table.Column<int>(type: "integer", nullable: false),
                    curriculum = table.Column<int>(type: "integer", nullable: false),
                    instructors = table.Column<int>(type: "integer", nullable: false),
                    pace = table.Column<int>(type: "integer", nullable: false),
                    support = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    questionnaire_id = table.Column<Guid>(type: "uuid", nullable: true),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    link_number = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invitations", x => x.id);
                    table.ForeignKey(
                        name: "FK_invitations_participants_participant_id",
                        column: x => x.participant_id,
                        principalSchema: "surveys",
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_invitations_questionnaires_questionnaire_id",
                        column: x => x.questionnaire_id,
                        principalSchema: "surveys",
                        principalTable: "questionnaires",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "questions",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    questionnaire_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    text_fr = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    text_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    skill_area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    choices = table.Column<string>(type: "jsonb", nullable: false),
                    correct_choice = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    required = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questions", x => x.id);
                    table.ForeignKey(
                        name: "FK_questions_questionnaires_questionnaire_id",
                        column: x => x.questionnaire_id,
                        principalSchema: "surveys",
                        principalTable: "questionnaires",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<Guid>(type: "uuid", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_answers", x => x.id);
                    table.ForeignKey(
                        name: "FK_answers_invitations_invitation_id",
                        column: x => x.invitation_id,
                        principalSchema: "surveys",
                        principalTable: "invitations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_answers_questions_question_id",
                        column: x => x.question_id,
                        principalSchema: "surveys",
                        principalTable: "questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_answers_invitation_id_question_id",
                schema: "surveys",
                table: "answers",
                columns: new[] { "invitation_id", "question_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_answers_question_id",
                schema: "surveys",
                table: "answers",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "IX_interview_notes_session_id",
                schema: "surveys",
                table: "interview_notes",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_participant_id_kind_session_id",
                schema: "surveys",
                table: "invitations",
                columns: new[] { "participant_id", "kind", "session_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invitations_questionnaire_id",
                schema: "surveys",
                table: "invitations",
                column: "questionnaire_id");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_session_id",
                schema: "surveys",
                table: "invitations",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_token_hash",
                schema: "surveys",
                table: "invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participants_application_id",
                schema: "surveys",
                table: "participants",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_participants_session_id",
                schema: "surveys",
                table: "participants",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_questionnaires_track_id_kind_version",
                schema: "surveys",
                table: "questionnaires",
                columns: new[] { "track_id", "kind", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_questions_questionnaire_id_position",
                schema: "surveys",
                table: "questions",
                columns: new[] { "questionnaire_id", "position" });

            migrationBuilder.CreateIndex(
                name: "IX_session_evaluations_session_id",
                schema: "surveys",
                table: "session_evaluations",
                column: "session_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answers",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "interview_notes",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "session_evaluations",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "questions",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "participants",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "questionnaires",
                schema: "surveys");
        }
    }
}
