using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OwnershipDisputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OwnershipDisputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CollisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimantRegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerRegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompanyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EvidenceKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnershipDisputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnershipDisputes_Collisions_CollisionId",
                        column: x => x.CollisionId,
                        principalTable: "Collisions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_OwnershipDisputes_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipDisputes_ClaimantId_CustomerId",
                table: "OwnershipDisputes",
                columns: new[] { "ClaimantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipDisputes_ClaimantRegionId_OpenedAt",
                table: "OwnershipDisputes",
                columns: new[] { "ClaimantRegionId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipDisputes_CollisionId",
                table: "OwnershipDisputes",
                column: "CollisionId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipDisputes_CustomerId",
                table: "OwnershipDisputes",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipDisputes_OwnerRegionId_Status_OpenedAt",
                table: "OwnershipDisputes",
                columns: new[] { "OwnerRegionId", "Status", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OwnershipDisputes");
        }
    }
}
