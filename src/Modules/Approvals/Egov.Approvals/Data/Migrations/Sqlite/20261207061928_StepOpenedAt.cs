using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StepOpenedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "opened_at",
                table: "approvals_steps",
                type: "TEXT",
                nullable: true);

            // A step already open took its turn at its document's last change (or before it, if held since): the closest time stored.
            migrationBuilder.Sql(@"
                UPDATE approvals_steps SET opened_at =
                    (SELECT d.updated_at FROM approvals_documents AS d WHERE d.id = approvals_steps.document_id)
                WHERE state IN ('Pending', 'Held');");

            migrationBuilder.CreateIndex(
                name: "ix_approvals_steps_assignee_number_opened_at_id",
                table: "approvals_steps",
                columns: new[] { "assignee_number", "opened_at", "id" },
                filter: "state IN ('Pending', 'Held')");

            migrationBuilder.CreateIndex(
                name: "ix_approvals_steps_stand_in_number_opened_at_id",
                table: "approvals_steps",
                columns: new[] { "stand_in_number", "opened_at", "id" },
                filter: "state IN ('Pending', 'Held')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_approvals_steps_assignee_number_opened_at_id",
                table: "approvals_steps");

            migrationBuilder.DropIndex(
                name: "ix_approvals_steps_stand_in_number_opened_at_id",
                table: "approvals_steps");

            migrationBuilder.DropColumn(
                name: "opened_at",
                table: "approvals_steps");
        }
    }
}
