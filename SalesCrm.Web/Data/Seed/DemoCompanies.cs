using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;

namespace SalesCrm.Web.Data.Seed;

/// <summary>Deterministic, realistic-looking demo customers: Chinese and English company names, valid USCCs, contacts.</summary>
internal static class DemoCompanies
{
    private static readonly string[] Cities = ["上海", "苏州", "杭州", "南京", "宁波", "无锡", "广州", "深圳", "东莞", "佛山", "厦门", "合肥"];

    /// <summary>Where each city's companies register (a district's market regulation bureau, or the city's own), in GB/T 2260 codes.</summary>
    private static readonly string[] RegistrationDivisions = ["310115", "320505", "330106", "320106", "330212", "320214", "440106", "440305", "441900", "440606", "350203", "340104"];

    private static readonly string[] Brands = ["华信", "恒远", "金桥", "瑞丰", "宏达", "天成", "博源", "锦程", "鼎盛", "凯达", "新纪元", "中联"];
    private static readonly (string Trade, string Industry)[] Trades =
    [
        ("精密机械", "机械制造 Machinery"), ("电子科技", "电子 Electronics"), ("医疗器械", "医疗 Medical devices"),
        ("新材料", "化工材料 Materials"), ("物流", "物流 Logistics"), ("食品", "食品饮料 Food & beverage"),
        ("汽车零部件", "汽车 Automotive"), ("智能装备", "自动化 Automation"),
    ];

    private static readonly string[] Suffixes = ["有限公司", "股份有限公司", "科技有限公司", "(集团)有限公司"];

    private static readonly string[] EnglishNames =
    [
        "Greenfield Logistics Co., Ltd.", "Pacific Rim Trading Ltd.", "Northstar Medical Devices Inc.", "Blue Harbor Foods Co., Ltd.",
        "Summit Automation GmbH", "Everbright Electronics Corp.", "Silverline Packaging Ltd.", "Crescent Materials LLC",
        "Orion Precision Tools Co., Ltd.", "Maple Leaf Auto Parts Inc.", "Redwood Industrial Supply Ltd.", "Atlas Robotics Co., Ltd.",
        "Harborview Cold Chain Ltd.", "Keystone Chemicals Inc.", "Lighthouse Analytics Co., Ltd.", "Riverbend Textiles Ltd.",
        "Sterling Energy Systems Inc.", "Bright Horizon Education Ltd.", "Cobalt Semiconductors Corp.", "Westlake Furniture Co., Ltd.",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"];
    private static readonly string[] GivenNames = ["伟", "芳", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛"];
    private static readonly string[] Titles = ["采购经理 Purchasing manager", "总经理 General manager", "技术总监 CTO", "财务主管 Finance lead", "行政主管 Office manager"];
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static IEnumerable<(CustomerProfile Profile, CommercialTerms Terms, ContactDetails[] Contacts)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var english = i % 3 == 2 && i / 3 < EnglishNames.Length;
            var trade = Trades[random.Next(Trades.Length)];
            // The English-named companies have their address in Pudong, Shanghai.
            var city = english ? 0 : random.Next(Cities.Length);
            var name = english
                ? EnglishNames[(i / 3) % EnglishNames.Length]
                : $"{Cities[city]}{Brands[random.Next(Brands.Length)]}{trade.Trade}{Suffixes[random.Next(Suffixes.Length)]}";
            if (!keys.Add(CompanyNameKey.For(name)))
            {
                // OWN-2: one company, one customer: the demo never registers a company twice.
                i--;
                continue;
            }

            var profile = new CustomerProfile(
                name,
                random.Next(4) == 0 ? null : NewUscc(random, RegistrationDivisions[city]),
                trade.Industry,
                (CompanySize)random.Next(1, 6),
                (IndustryPosition)random.Next(1, 5),
                english ? $"{random.Next(1, 999)} Century Avenue, Pudong, Shanghai" : $"{Cities[random.Next(Cities.Length)]}市高新区科技路{random.Next(1, 300)}号",
                (SourceChannel)random.Next(1, 8),
                "年度设备采购，关注交期与售后响应。Annual equipment purchase; delivery time and after-sales response matter.",
                random.Next(2) == 0 ? "偏好微信沟通 Prefers WeChat" : null,
                (CustomerStatus)random.Next(1, 4));
            var terms = new CommercialTerms((SettlementMethod)random.Next(1, 3), (CreditStanding)random.Next(1, 5));
            var contacts = Enumerable.Range(0, random.Next(1, 3)).Select(k => NewContact(random, i, k)).ToArray();
            yield return (profile, terms, contacts);
        }
    }

    private static ContactDetails NewContact(Random random, int company, int index)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var given = GivenNames[random.Next(GivenNames.Length)];
        var phone = $"1{random.Next(3, 9)}{random.Next(0, 10)} {random.Next(1000, 10000)} {random.Next(1000, 10000)}";
        var birthday = new DateOnly(random.Next(1965, 2000), random.Next(1, 13), random.Next(1, 29));
        return new ContactDetails(null, surname + given, Titles[random.Next(Titles.Length)], phone, $"contact{company}.{index}@example.com", birthday);
    }

    /// <summary>
    /// CUS-1: a code as a market regulation bureau issues one to a company (9 工商, 1 企业), with a real division, a new-style
    /// organisation code (MA and six characters) completed by its check digit, and the check character.
    /// </summary>
    private static string NewUscc(Random random, string division)
    {
        var first16 = "91" + division + "MA" + new string(Enumerable.Range(0, 6).Select(_ => UsccAlphabet[random.Next(UsccAlphabet.Length)]).ToArray());
        var first17 = first16 + Uscc.OrganisationCheckCharacter(first16);
        return first17 + Uscc.CheckCharacter(first17);
    }
}
