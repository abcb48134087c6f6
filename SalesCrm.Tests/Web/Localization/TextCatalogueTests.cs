using System.Globalization;
using System.Text.RegularExpressions;
using SalesCrm.Domain.Care;
using SalesCrm.Domain.Complaints;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Visits;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Localization;

namespace SalesCrm.Tests.Web.Localization;

/// <summary>English and 简体中文 stay complete: a missing key would show the raw key (or English) to a user.</summary>
public sealed partial class TextCatalogueTests
{
    private static readonly Texts Texts = new();

    /// <summary>Where the customer and product forms' errors come from; region errors are shown by message, not by code.</summary>
    private static readonly string[] ErrorCodeSources = ["SalesCrm.Domain", "SalesCrm.Web/Features/Customers", "SalesCrm.Web/Features/Catalogue"];

    public static TheoryData<string> Languages => [.. Texts.Languages];

    public static TheoryData<string, Type> EnumsPerLanguage
    {
        get
        {
            var data = new TheoryData<string, Type>();
            Type[] enums = [typeof(CrmRole), typeof(CustomerStatus), typeof(CompanySize), typeof(IndustryPosition), typeof(SourceChannel),
                typeof(SettlementMethod), typeof(CreditStanding), typeof(AuditAction), typeof(Tier), typeof(OnboardingReason), typeof(Department),
                typeof(ContactKind), typeof(ContactPurpose), typeof(Priority), typeof(PlannedContactStatus), typeof(Holiday), typeof(CareAction),
                typeof(ServiceRequestKind), typeof(ServiceRequestStatus), typeof(ServiceCategory), typeof(Severity), typeof(SalesCrm.Web.Features.Complaints.ServiceWorklist),
                typeof(SlaState), typeof(SalesCrm.Web.Features.Exports.ExportKind)];
            foreach (var language in Texts.Languages)
            {
                foreach (var type in enums)
                {
                    data.Add(language, type);
                }
            }

            return data;
        }
    }

    [Fact]
    public void ChineseCatalogue_HasEveryEnglishKey()
    {
        Assert.Empty(Texts.Catalogue(Texts.English).Keys.Except(Texts.Catalogue(Texts.SimplifiedChinese).Keys));
    }

    [Fact]
    public void EnglishCatalogue_HasEveryChineseKey()
    {
        Assert.Empty(Texts.Catalogue(Texts.SimplifiedChinese).Keys.Except(Texts.Catalogue(Texts.English).Keys));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Catalogue_HasNoEmptyText(string language)
    {
        Assert.Empty(Texts.Catalogue(language).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
    }

    [Theory]
    [MemberData(nameof(EnumsPerLanguage))]
    public void EveryEnumValue_HasAText(string language, Type enumType)
    {
        var keys = Enum.GetNames(enumType).Select(name => $"{enumType.Name}.{name}");

        Assert.Empty(keys.Except(Texts.Catalogue(language).Keys));
    }

    [Fact]
    public void EveryRole_HasARoleHint()
    {
        var keys = Enum.GetNames<CrmRole>().Select(role => $"RoleHint.{role}");

        Assert.Empty(keys.Except(Texts.Catalogue(Texts.English).Keys));
    }

    [Fact]
    public void EveryKeyUsedInPagesAndComponents_IsInTheCatalogue()
    {
        var used = SourceTree.Files("SalesCrm.Web", "*.razor").Concat(SourceTree.Files("SalesCrm.Web", "*.cs"))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f.FullName)).Select(m => (File: f.Name, Key: m.Groups["key"].Value)))
            .ToList();

        Assert.Contains(used, u => u.File.EndsWith(".razor", StringComparison.Ordinal));
        Assert.Empty(used.Where(u => !Texts.Catalogue(Texts.English).ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Fact]
    public void EveryErrorCodeACustomerOrProductFormCanShow_HasAText()
    {
        var codes = ErrorCodeSources
            .SelectMany(project => SourceTree.Files(project, "*.cs"))
            .Where(f => !f.DirectoryName!.EndsWith("Organisation", StringComparison.Ordinal))
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f.FullName)).Select(m => m.Groups["code"].Value))
            .Where(code => code != "Validation.Failed")
            .ToHashSet();

        Assert.Contains("Uscc.Checksum", codes);
        Assert.Empty(codes.Except(Texts.Catalogue(Texts.SimplifiedChinese).Keys));
    }

    [Fact]
    public void ChineseUser_GetsChineseTextAndEnglishUserEnglish()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var chinese = Texts["Nav.Customers"];
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");

            Assert.Equal(("客户", "Customers"), (chinese, Texts["Nav.Customers"]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>A literal key in <c>T["..."]</c> or <c>t["..."]</c>; interpolated keys (<c>T[$"..."]</c>) do not match.</summary>
    [GeneratedRegex("""\b[Tt]\["(?<key>[^"]+)"[,\]]""")]
    private static partial Regex TextKey();

    /// <summary>An error code handed to a form: <c>new FieldError("X.Y", ...)</c>, <c>DomainException("X.Y", ...)</c>, <c>errors.Add(field, "X.Y", ...)</c>, <c>Invalid(field, "X.Y", ...)</c>.</summary>
    [GeneratedRegex("""(?:FieldError|DomainException|\bAdd|\bInvalid)\(\s*(?:[^",()]*(?:\([^)]*\))?\s*,\s*|\$"[^"]*"\s*,\s*)?"(?<code>[A-Z][A-Za-z]*\.[A-Z][A-Za-z]*)"[,)]""")]
    private static partial Regex ErrorCode();
}
