using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Surveys.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class PreviousLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "previous_token_hash",
                schema: "surveys",
                table: "invitations",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_invitations_previous_token_hash",
                schema: "surveys",
                table: "invitations",
                column: "previous_token_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_invitations_previous_token_hash",
                schema: "surveys",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "previous_token_hash",
                schema: "surveys",
                table: "invitations");
        }
    }
}
