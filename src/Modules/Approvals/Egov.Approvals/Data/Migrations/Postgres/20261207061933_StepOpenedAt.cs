using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StepOpenedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "opened_at",
                schema: "approvals",
                table: "steps",
                type: "timestamp with time zone",
                nullable: true);

            // A step already open took its turn at its document's last change (or before it, if held since): the closest time stored.
            migrationBuilder.Sql(@"
                UPDATE approvals.steps AS s SET opened_at = d.updated_at
                FROM approvals.documents AS d
                WHERE d.id = s.document_id AND s.state IN ('Pending', 'Held');");

            migrationBuilder.CreateIndex(
                name: "ix_steps_assignee_number_opened_at_id",
                schema: "approvals",
                table: "steps",
                columns: new[] { "assignee_number", "opened_at", "id" },
                filter: "state IN ('Pending', 'Held')");

            migrationBuilder.CreateIndex(
                name: "ix_steps_stand_in_number_opened_at_id",
                schema: "approvals",
                table: "steps",
                columns: new[] { "stand_in_number", "opened_at", "id" },
                filter: "state IN ('Pending', 'Held')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_steps_assignee_number_opened_at_id",
                schema: "approvals",
                table: "steps");

            migrationBuilder.DropIndex(
                name: "ix_steps_stand_in_number_opened_at_id",
                schema: "approvals",
                table: "steps");

            migrationBuilder.DropColumn(
                name: "opened_at",
                schema: "approvals",
                table: "steps");
        }
    }
}
