using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimantRegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerRegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EvidenceKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
