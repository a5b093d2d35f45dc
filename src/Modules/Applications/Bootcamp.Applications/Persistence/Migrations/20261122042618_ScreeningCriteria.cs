using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Applications.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ScreeningCriteria : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "screening_ratings",
                schema: "applications",
                table: "applications",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "screening_ratings",
                schema: "applications",
                table: "applications");
        }
    }
}
