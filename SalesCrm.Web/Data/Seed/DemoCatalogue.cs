using SalesCrm.Domain.Catalogue;

namespace SalesCrm.Web.Data.Seed;

/// <summary>The demo product catalogue (CON-1): forklifts, spare parts, service and training, one older model discontinued.</summary>
internal static class DemoCatalogue
{
    /// <summary>Kept on record for old contracts but no longer offered, so the inactive filter has something to show.</summary>
    public const string Discontinued = "CPD20-G1";

    public static IReadOnlyList<ProductDetails> Products { get; } =
    [
        new("CPD15", "1.5吨电动平衡重叉车 (1.5 t electric counterbalance forklift)", "台", 68_000m, "CNY", "48 V 锂电池，门架 3 m。48 V lithium battery, 3 m mast."),
        new("CPD30", "3吨电动平衡重叉车 (3 t electric counterbalance forklift)", "台", 128_000m, "CNY", "80 V 锂电池，门架 4.5 m，侧移器。80 V lithium battery, 4.5 m mast, side shift."),
        new("CPCD50", "5吨柴油叉车 (5 t diesel forklift)", "台", 156_000m, "CNY", "国四排放，实心轮胎。China IV engine, solid tyres."),
        new("CQD16", "1.6吨前移式叉车 (1.6 t reach truck)", "台", 189_000m, "CNY", "窄巷道仓库用，起升 9 m。For narrow-aisle warehouses, 9 m lift."),
        new("CBD20", "2吨电动搬运车 (2 t electric pallet truck)", "台", 18_500m, "CNY", null),
        new(Discontinued, "2吨电动叉车（第一代）(2 t electric forklift, first generation)", "台", 79_000m, "CNY", "已由 CPD30 取代。Replaced by CPD30."),
        new("SP-BAT-80V", "80V锂电池组 (80 V lithium battery pack)", "套", 46_800m, "CNY", "适用于 CPD30。Fits CPD30."),
        new("SP-TYRE-650", "实心轮胎 6.50-10 (solid tyre 6.50-10)", "件", 1_280m, "CNY", null),
        new("SP-FORK-1220", "货叉 1220 mm (forks, 1220 mm)", "副", 2_450m, "CNY", null),
        new("SP-FILTER-KIT", "保养滤芯套装 (service filter kit)", "套", 680m, "CNY", "机油、燃油、空气滤芯各一。Oil, fuel and air filter."),
        new("SV-CARE-YEAR", "年度维保服务 (annual maintenance contract)", "年", 12_000m, "CNY", "每季度上门保养一次，48 小时内响应。A visit every quarter, response within 48 hours."),
        new("SV-REPAIR-HOUR", "上门维修工时 (on-site repair, per hour)", "小时", 380m, "CNY", null),
        new("TR-OPERATOR", "叉车司机操作培训 (forklift operator training)", "人次", 1_500m, "CNY", "两天，含考证辅导。Two days, with licence exam preparation."),
    ];
}
