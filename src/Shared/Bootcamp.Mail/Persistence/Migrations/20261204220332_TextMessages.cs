using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Mail.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class TextMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "channel",
                schema: "mail",
                table: "outgoing_mails",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Email");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "channel",
                schema: "mail",
                table: "outgoing_mails");
        }
    }
}
