using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Leads;

/// <summary>LEAD-1/LEAD-2: the lead's one state table — what <see cref="LeadFlow.CanMove"/> offers the page is exactly what the lead accepts.</summary>
public sealed class LeadFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<LeadStatus> Statuses => new(Enum.GetValues<LeadStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void LEAD2_EveryStepOffered_IsAccepted_AndEveryStepNotOffered_IsRefused(LeadStatus status)
    {
        foreach (var to in Enum.GetValues<LeadStatus>().Where(s => s != LeadStatus.New))
        {
            var lead = At(status);
            var step = () => Step(lead, to);
            if (LeadFlow.CanMove(status, to))
            {
                step();
                Assert.Equal(to, lead.Lead);
            }
            else
            {
                Assert.Equal($"Lead.CannotBecome{to}", Assert.Throws<DomainException>(step).Code);
                Assert.Equal(status, lead.Lead);
            }
        }
    }

    [Fact]
    public void LEAD2_OnlyALeadBeforeConversion_CanBeDisqualified_AndConvertingNeedsQualification()
    {
        Assert.True(LeadFlow.CanMove(LeadStatus.Qualified, LeadStatus.Disqualified));
        Assert.False(LeadFlow.CanMove(LeadStatus.Converted, LeadStatus.Disqualified));
        Assert.False(LeadFlow.CanMove(LeadStatus.Contacted, LeadStatus.Converted));
    }

    [Fact]
    public void LEAD2_DisqualifyingWithoutAReason_IsRefused_AndTheLeadStaysWhereItWas()
    {
        var lead = At(LeadStatus.Contacted);

        var error = Assert.Throws<DomainValidationException>(() => lead.Disqualify("  "));

        Assert.Equal("Lead.ReasonRequired", Assert.Single(error.Errors).Code);
        Assert.Equal(LeadStatus.Contacted, lead.Lead);
    }

    private static void Step(Customer lead, LeadStatus to)
    {
        switch (to)
        {
            case LeadStatus.Contacted: lead.MarkContacted(Now); break;
            case LeadStatus.Qualified: lead.Qualify(); break;
            case LeadStatus.Converted: lead.ConvertLead(); break;
            case LeadStatus.Disqualified: lead.Disqualify("No budget this year"); break;
            default: throw new ArgumentOutOfRangeException(nameof(to), to, null);
        }
    }

    private static Customer At(LeadStatus status)
    {
        var lead = Customer.RegisterLead(new CustomerBuilder().Named("Globex").Profile, new ContactDetails(null, "Li Lei", null, "138 0013 8000", null, null),
            Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(-1), Company.Calendar);
        var path = status switch
        {
            LeadStatus.New => [],
            LeadStatus.Contacted => [LeadStatus.Contacted],
            LeadStatus.Qualified => [LeadStatus.Qualified],
            LeadStatus.Converted => [LeadStatus.Qualified, LeadStatus.Converted],
            LeadStatus.Disqualified => new[] { LeadStatus.Disqualified },
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var step in path)
        {
            Step(lead, step);
        }

        return lead;
    }
}
