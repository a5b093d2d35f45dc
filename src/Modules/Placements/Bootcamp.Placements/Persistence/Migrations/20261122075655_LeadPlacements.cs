using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Placements.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class LeadPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_placements_follow_up_people_person_id",
                schema: "placements",
                table: "placements");

            migrationBuilder.AlterColumn<Guid>(
                name: "person_id",
                schema: "placements",
                table: "placements",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "lead_id",
                schema: "placements",
                table: "placements",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_placements_lead_id_start_date",
                schema: "placements",
                table: "placements",
                columns: new[] { "lead_id", "start_date" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_placements_one_owner",
                schema: "placements",
                table: "placements",
                sql: "num_nonnulls(person_id, lead_id) = 1");

            migrationBuilder.AddForeignKey(
                name: "FK_placements_follow_up_people_person_id",
                schema: "placements",
                table: "placements",
                column: "person_id",
                principalSchema: "placements",
                principalTable: "follow_up_people",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_placements_placement_leads_lead_id",
                schema: "placements",
                table: "placements",
                column: "lead_id",
                principalSchema: "placements",
                principalTable: "placement_leads",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_placements_follow_up_people_person_id",
                schema: "placements",
                table: "placements");

            migrationBuilder.DropForeignKey(
                name: "FK_placements_placement_leads_lead_id",
                schema: "placements",
                table: "placements");

            migrationBuilder.DropIndex(
                name: "IX_placements_lead_id_start_date",
                schema: "placements",
                table: "placements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_placements_one_owner",
                schema: "placements",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "lead_id",
                schema: "placements",
                table: "placements");

            migrationBuilder.AlterColumn<Guid>(
                name: "person_id",
                schema: "placements",
                table: "placements",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_placements_follow_up_people_person_id",
                schema: "placements",
                table: "placements",
                column: "person_id",
                principalSchema: "placements",
                principalTable: "follow_up_people",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
