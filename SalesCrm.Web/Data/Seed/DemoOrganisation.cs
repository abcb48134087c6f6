using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Data.Seed;

/// <summary>
/// The demo organisation of Development: two regions, one user per role in the east plus a second sales rep there (two
/// reps of one region, as in OWN-3 collisions a manager settles), and a sales manager and rep in the south.
/// </summary>
public static class DemoOrganisation
{
    public const string Password = "SalesCrm#2026";
    public const string East = "华东大区 East China";
    public const string South = "华南大区 South China";

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("admin@demo.salescrm", "管理员 Admin", CrmRole.Administrator, East),
        new("director@demo.salescrm", "王建国 Wang Jianguo", CrmRole.MarketingDirector, East),
        new("manager.east@demo.salescrm", "李娜 Li Na", CrmRole.SalesManager, East),
        new("rep.east@demo.salescrm", "张伟 Zhang Wei", CrmRole.SalesRep, East),
        new("rep2.east@demo.salescrm", "马丽 Ma Li", CrmRole.SalesRep, East),
        new("am.east@demo.salescrm", "刘洋 Liu Yang", CrmRole.AccountManager, East),
        new("service.east@demo.salescrm", "陈静 Chen Jing", CrmRole.ServiceAgent, East),
        new("servicemgr.east@demo.salescrm", "赵敏 Zhao Min", CrmRole.ServiceManager, East),
        new("legal@demo.salescrm", "孙丽 Sun Li", CrmRole.Legal, East),
        new("collector@demo.salescrm", "周强 Zhou Qiang", CrmRole.Collector, East),
        new("manager.south@demo.salescrm", "黄磊 Huang Lei", CrmRole.SalesManager, South),
        new("rep.south@demo.salescrm", "吴芳 Wu Fang", CrmRole.SalesRep, South),
    ];
}
