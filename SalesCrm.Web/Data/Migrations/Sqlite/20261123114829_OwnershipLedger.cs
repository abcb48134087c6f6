using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnershipLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OwnershipLedger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreviousOwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnershipLedger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnershipLedger_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OwnershipLedger_CustomerId_At",
                table: "OwnershipLedger",
                columns: new[] { "CustomerId", "At" });

            // Customers registered before the ledger existed get their first-contact line (OWN-1), so every owner has one.
            migrationBuilder.Sql("""
                INSERT INTO OwnershipLedger (Id, CustomerId, OwnerId, PreviousOwnerId, Change, At, DecidedById, Reason)
                SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12)),
                       Id, OwnerId, NULL, 'FirstContact', FirstContactAt, OwnerId, NULL
                FROM (SELECT hex(randomblob(16)) AS h, Id, OwnerId, FirstContactAt FROM Customers);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OwnershipLedger");
        }
    }
}
