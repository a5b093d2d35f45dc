using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Mail.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class MailAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attachments",
                schema: "mail",
                table: "outgoing_mails",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attachments",
                schema: "mail",
                table: "outgoing_mails");
        }
    }
}
