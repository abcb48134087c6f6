using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Receivables;
using SalesCrm.Web.Localization;

namespace SalesCrm.Tests.Web.Receivables;

/// <summary>AR-1/AR-3/CON-5 pages name every value they show in English and 简体中文.</summary>
public sealed class ReceivableTextsTests
{
    private static readonly Texts Texts = new();

    public static TheoryData<string> Languages => [.. Texts.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryReceivableValue_AndEveryLedgerStatus_HasAText(string language)
    {
        var keys = Names<AgingBucket>().Concat(Names<ReceivableEntryKind>()).Concat(Names<DeductionKind>()).Concat(Names<DebtStatus>()).Concat(Names<QueryStatus>()).Concat(Names<SalesCrm.Domain.Notifications.NotificationKind>())
            .Concat(Enum.GetNames<ContractStatus>().Select(s => $"ContractLedger.Status.{s}"));

        Assert.Empty(keys.Except(Texts.Catalogue(language).Keys));
    }

    private static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => $"{typeof(TEnum).Name}.{n}");
}
