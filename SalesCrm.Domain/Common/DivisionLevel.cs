namespace SalesCrm.Domain.Common;

/// <summary>The three levels of <see cref="AdministrativeDivisions"/>: 省级, 地级 and 县级 (GB/T 2260).</summary>
public enum DivisionLevel
{
    /// <summary>A province, autonomous region or municipality: code <c>xx0000</c>.</summary>
    Province = 1,

    /// <summary>A prefecture-level city, prefecture, league or autonomous prefecture: code <c>xxxx00</c>.</summary>
    City = 2,

    /// <summary>A county, district, county-level city or banner (and the statistics' development zones).</summary>
    County = 3,
}
