using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Receivables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Receivables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TotalAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Settlement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    InvoicedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CollectedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreditedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DeductedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    IsSettled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgingFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Debt = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PromisedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DebtRequestedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DebtRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DebtDecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DebtDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DebtRefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DebtOverdueAlertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenQueries = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Entries = table.Column<string>(type: "TEXT", nullable: true),
                    Queries = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receivables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Receivables_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Receivables_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Receivables_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Receivables_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_ContractId",
                table: "Receivables",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_CustomerId",
                table: "Receivables",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_Debt_PromisedDate",
                table: "Receivables",
                columns: new[] { "Debt", "PromisedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_IsSettled_AgingFrom",
                table: "Receivables",
                columns: new[] { "IsSettled", "AgingFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OwnerId_IsSettled_AgingFrom",
                table: "Receivables",
                columns: new[] { "OwnerId", "IsSettled", "AgingFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_RegionId_IsSettled_AgingFrom",
                table: "Receivables",
                columns: new[] { "RegionId", "IsSettled", "AgingFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Receivables");
        }
    }
}
