using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Egov.Field.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "field_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    template_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    building_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    building_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_assignments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_corrective_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    building_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    building_label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    template_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    template_version = table.Column<int>(type: "INTEGER", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reinspection_assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    addressees = table.Column<int>(type: "INTEGER", nullable: true),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    escalated_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_corrective_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_inbox",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_inbox", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "field_item_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reading = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    device_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    submission_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    superseded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    archived_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_item_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_outbox_deliveries",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_outbox_deliveries", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "field_outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_until = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_photo_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    received = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_photo_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    template_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    building_use = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    answer = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_template_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    stored_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_template_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "field_assigned_inspectors",
                columns: table => new
                {
                    assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employee_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_assigned_inspectors", x => new { x.assignment_id, x.employee_number });
                    table.ForeignKey(
                        name: "fk_field_assigned_inspectors_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "field_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "field_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    template_version = table.Column<int>(type: "INTEGER", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_inspections", x => x.id);
                    table.ForeignKey(
                        name: "fk_field_inspections_field_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "field_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "field_photo_chunks",
                columns: table => new
                {
                    upload_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offset = table.Column<long>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_photo_chunks", x => new { x.upload_id, x.offset });
                    table.ForeignKey(
                        name: "fk_field_photo_chunks_photo_uploads_upload_id",
                        column: x => x.upload_id,
                        principalTable: "field_photo_uploads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "field_inspection_items",
                columns: table => new
                {
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reading = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    photos = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    device_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    submission_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_inspection_items", x => new { x.inspection_id, x.item_code });
                    table.ForeignKey(
                        name: "fk_field_inspection_items_field_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "field_inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_field_assigned_inspectors_employee_number",
                table: "field_assigned_inspectors",
                column: "employee_number");

            migrationBuilder.CreateIndex(
                name: "ix_field_assignments_agency_code_status",
                table: "field_assignments",
                columns: new[] { "agency_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_field_assignments_plan_id_building_id",
                table: "field_assignments",
                columns: new[] { "plan_id", "building_id" });

            migrationBuilder.CreateIndex(
                name: "ix_field_corrective_orders_inspection_id_item_code",
                table: "field_corrective_orders",
                columns: new[] { "inspection_id", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_field_corrective_orders_reinspection_assignment_id",
                table: "field_corrective_orders",
                column: "reinspection_assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_field_corrective_orders_status_due_on",
                table: "field_corrective_orders",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_field_inspections_assignment_id",
                table: "field_inspections",
                column: "assignment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_field_item_history_inspection_id_item_code",
                table: "field_item_history",
                columns: new[] { "inspection_id", "item_code" });

            migrationBuilder.CreateIndex(
                name: "ix_field_outbox_deliveries_status",
                table: "field_outbox_deliveries",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_field_outbox_messages_processed_at_next_attempt_at",
                table: "field_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_field_photo_uploads_assignment_id",
                table: "field_photo_uploads",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_field_photo_uploads_uploaded_by_client_id",
                table: "field_photo_uploads",
                columns: new[] { "uploaded_by", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_field_plans_agency_code_year",
                table: "field_plans",
                columns: new[] { "agency_code", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_field_plans_client_id",
                table: "field_plans",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_field_submissions_assignment_id",
                table: "field_submissions",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_field_template_versions_code_version",
                table: "field_template_versions",
                columns: new[] { "code", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "field_assigned_inspectors");

            migrationBuilder.DropTable(
                name: "field_corrective_orders");

            migrationBuilder.DropTable(
                name: "field_inbox");

            migrationBuilder.DropTable(
                name: "field_inspection_items");

            migrationBuilder.DropTable(
                name: "field_item_history");

            migrationBuilder.DropTable(
                name: "field_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "field_outbox_messages");

            migrationBuilder.DropTable(
                name: "field_photo_chunks");

            migrationBuilder.DropTable(
                name: "field_plans");

            migrationBuilder.DropTable(
                name: "field_submissions");

            migrationBuilder.DropTable(
                name: "field_template_versions");

            migrationBuilder.DropTable(
                name: "field_inspections");

            migrationBuilder.DropTable(
                name: "field_photo_uploads");

            migrationBuilder.DropTable(
                name: "field_assignments");
        }
    }
}
