using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Surveys.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class OneConsentRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "excluded_from_aggregates",
                schema: "surveys",
                table: "participants");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "excluded_from_aggregates",
                schema: "surveys",
                table: "participants",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
