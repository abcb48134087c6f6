using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SalesTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SalesTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ScopeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    SetById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SalesTargets_AspNetUsers_SetById",
                        column: x => x.SetById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // AR-2's collection targets become collection targets of the one KPI-1 model, ids and all.
            migrationBuilder.Sql(
                "INSERT INTO SalesTargets (Id, Kind, Scope, ScopeId, PeriodKind, Year, Number, Amount, SetById, SetAt, Version) " +
                "SELECT Id, 'Collections', 'Person', CollectorId, 'Month', YEAR(Month), MONTH(Month), Amount, SetById, SetAt, Version FROM CollectionTargets;");

            migrationBuilder.DropTable(
                name: "CollectionTargets");

            migrationBuilder.CreateTable(
                name: "SigningCredits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    FirstForCustomer = table.Column<bool>(type: "bit", nullable: false),
                    VoidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningCredits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SigningCredits_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalesTargets_Kind_Scope_ScopeId_PeriodKind_Year_Number",
                table: "SalesTargets",
                columns: new[] { "Kind", "Scope", "ScopeId", "PeriodKind", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SalesTargets_SetById",
                table: "SalesTargets",
                column: "SetById");

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_ContractId",
                table: "SigningCredits",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_ContractNumber",
                table: "SigningCredits",
                column: "ContractNumber");

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_CustomerId",
                table: "SigningCredits",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_RegionId_SignedOn",
                table: "SigningCredits",
                columns: new[] { "RegionId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_RepId_SignedOn",
                table: "SigningCredits",
                columns: new[] { "RepId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningCredits_SignedOn",
                table: "SigningCredits",
                column: "SignedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SigningCredits");

            migrationBuilder.CreateTable(
                name: "CollectionTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    CollectorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Currency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SetById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionTargets_AspNetUsers_CollectorId",
                        column: x => x.CollectorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollectionTargets_AspNetUsers_SetById",
                        column: x => x.SetById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionTargets_CollectorId_Month",
                table: "CollectionTargets",
                columns: new[] { "CollectorId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionTargets_SetById",
                table: "CollectionTargets",
                column: "SetById");

            migrationBuilder.Sql(
                "INSERT INTO CollectionTargets (Id, CollectorId, Month, Amount, Currency, SetById, SetAt, Version) " +
                "SELECT Id, ScopeId, DATEFROMPARTS(Year, Number, 1), Amount, 'CNY', SetById, SetAt, Version FROM SalesTargets " +
                "WHERE Kind = 'Collections' AND Scope = 'Person' AND PeriodKind = 'Month';");

            migrationBuilder.DropTable(
                name: "SalesTargets");
        }
    }
}
