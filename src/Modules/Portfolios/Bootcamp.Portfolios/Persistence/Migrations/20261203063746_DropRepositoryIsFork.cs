using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Portfolios.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class DropRepositoryIsFork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_fork",
                schema: "portfolios",
                table: "synced_repositories");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_fork",
                schema: "portfolios",
                table: "synced_repositories",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
