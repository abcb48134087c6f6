using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCrm.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VerifiedCollection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // KPI-2: a month's verified figures (JSON) also hold the collection rate's money, Collected and Due; the
            // JSON column needs no change, and months verified before read them as null.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
