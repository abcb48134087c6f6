using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComputedTier",
                table: "Customers",
                type: "TEXT",
                maxLength: 1,
                nullable: false,
                defaultValue: "C");

            migrationBuilder.AddColumn<long>(
                name: "LostAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LostNote",
                table: "Customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LostReasonId",
                table: "Customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReactivatedAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TierOverriddenAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TierOverriddenById",
                table: "Customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TierOverride",
                table: "Customers",
                type: "TEXT",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TierOverrideReason",
                table: "Customers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CareRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareRecords_AspNetUsers_ById",
                        column: x => x.ById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareRecords_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SatisfactionScore = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLateEntry = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastEditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactLogs_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLogs_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LostReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LostReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CollectionAcknowledgedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CollectionAcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ServiceAcknowledgedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceAcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingNotices_AspNetUsers_CollectionAcknowledgedById",
                        column: x => x.CollectionAcknowledgedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnboardingNotices_AspNetUsers_ServiceAcknowledgedById",
                        column: x => x.ServiceAcknowledgedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnboardingNotices_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlannedContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PurposeText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlannedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactLogId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedContacts_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlannedContacts_AspNetUsers_PlannedById",
                        column: x => x.PlannedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlannedContacts_ContactLogs_ContactLogId",
                        column: x => x.ContactLogId,
                        principalTable: "ContactLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlannedContacts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_LostReasonId",
                table: "Customers",
                column: "LostReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_RegionId_ComputedTier",
                table: "Customers",
                columns: new[] { "RegionId", "ComputedTier" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Status_LostAt",
                table: "Customers",
                columns: new[] { "Status", "LostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CareRecords_ById",
                table: "CareRecords",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_CareRecords_CustomerId_At",
                table: "CareRecords",
                columns: new[] { "CustomerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_AuthorId_OccurredAt",
                table: "ContactLogs",
                columns: new[] { "AuthorId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_CustomerId_OccurredAt",
                table: "ContactLogs",
                columns: new[] { "CustomerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_IsLateEntry_EnteredAt",
                table: "ContactLogs",
                columns: new[] { "IsLateEntry", "EnteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingNotices_CollectionAcknowledgedById",
                table: "OnboardingNotices",
                column: "CollectionAcknowledgedById");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingNotices_CustomerId",
                table: "OnboardingNotices",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingNotices_RaisedAt",
                table: "OnboardingNotices",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingNotices_ServiceAcknowledgedById",
                table: "OnboardingNotices",
                column: "ServiceAcknowledgedById");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedContacts_AssigneeId_Status_DueOn",
                table: "PlannedContacts",
                columns: new[] { "AssigneeId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedContacts_ContactLogId",
                table: "PlannedContacts",
                column: "ContactLogId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedContacts_CustomerId_Status_DueOn",
                table: "PlannedContacts",
                columns: new[] { "CustomerId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedContacts_PlannedById",
                table: "PlannedContacts",
                column: "PlannedById");

            migrationBuilder.AddForeignKey(
                name: "FK_Customers_LostReasons_LostReasonId",
                table: "Customers",
                column: "LostReasonId",
                principalTable: "LostReasons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Customers_LostReasons_LostReasonId",
                table: "Customers");

            migrationBuilder.DropTable(
                name: "CareRecords");

            migrationBuilder.DropTable(
                name: "LostReasons");

            migrationBuilder.DropTable(
                name: "OnboardingNotices");

            migrationBuilder.DropTable(
                name: "PlannedContacts");

            migrationBuilder.DropTable(
                name: "ContactLogs");

            migrationBuilder.DropIndex(
                name: "IX_Customers_LostReasonId",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_RegionId_ComputedTier",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Status_LostAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ComputedTier",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LostAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LostNote",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LostReasonId",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ReactivatedAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "TierOverriddenAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "TierOverriddenById",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "TierOverride",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "TierOverrideReason",
                table: "Customers");
        }
    }
}
