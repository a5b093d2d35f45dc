using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Portfolios.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Portfolios : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "github_responses",
                schema: "portfolios",
                columns: table => new
                {
                    url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    e_tag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    next_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_github_responses", x => x.url);
                });

            migrationBuilder.CreateTable(
                name: "portfolios",
                schema: "portfolios",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    track_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    preferred_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    git_hub_login = table.Column<string>(type: "character varying(39)", maxLength: 39, nullable: true),
                    git_hub_user_id = table.Column<long>(type: "bigint", nullable: true),
                    git_hub_verified = table.Column<bool>(type: "boolean", nullable: false),
                    git_hub_linked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    git_hub_linked_by = table.Column<Guid>(type: "uuid", nullable: true),
                    sync_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last_sync_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_synced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rate_limited_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    public_slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portfolios", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "synced_repositories",
                schema: "portfolios",
                columns: table => new
                {
                    portfolio_id = table.Column<Guid>(type: "uuid", nullable: false),
                    git_hub_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    html_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    stars = table.Column<int>(type: "integer", nullable: false),
                    pushed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    homepage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    has_readme = table.Column<bool>(type: "boolean", nullable: false),
                    is_fork = table.Column<bool>(type: "boolean", nullable: false),
                    synced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    gone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shown = table.Column<bool>(type: "boolean", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: true),
                    milestone_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description_fr = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: true),
                    description_en = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: true),
                    demo_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_synced_repositories", x => new { x.portfolio_id, x.git_hub_id });
                    table.ForeignKey(
                        name: "FK_synced_repositories_portfolios_portfolio_id",
                        column: x => x.portfolio_id,
                        principalSchema: "portfolios",
                        principalTable: "portfolios",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_portfolios_application_id",
                schema: "portfolios",
                table: "portfolios",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_portfolios_participant_id",
                schema: "portfolios",
                table: "portfolios",
                column: "participant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portfolios_public_slug",
                schema: "portfolios",
                table: "portfolios",
                column: "public_slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portfolios_session_id",
                schema: "portfolios",
                table: "portfolios",
                column: "session_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "github_responses",
                schema: "portfolios");

            migrationBuilder.DropTable(
                name: "synced_repositories",
                schema: "portfolios");

            migrationBuilder.DropTable(
                name: "portfolios",
                schema: "portfolios");
        }
    }
}
