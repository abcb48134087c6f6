using SalesCrm.Domain.Care;
using SalesCrm.Domain.Common;

namespace SalesCrm.Tests.Domain.Care;

/// <summary>CUS-4: a care action is recorded with what it was.</summary>
public sealed class CareRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CUS4_AGiftIsRecordedWithWhatItWas_ByWhomAndWhen()
    {
        var by = Guid.NewGuid();

        var record = CareRecord.Record(Guid.NewGuid(), CareAction.Gift, " 中秋月饼礼盒 Mid-Autumn mooncakes ", by, Now);

        Assert.Equal((CareAction.Gift, "中秋月饼礼盒 Mid-Autumn mooncakes", by, Now), (record.Action, record.Note, record.ById, record.At));
    }

    [Fact]
    public void CUS4_ACareRecordNeedsAKnownActionAndANote()
    {
        var error = Assert.Throws<DomainValidationException>(() => CareRecord.Record(Guid.NewGuid(), (CareAction)0, " ", Guid.NewGuid(), Now));

        Assert.Equal([("Action", "Care.ActionRequired"), ("Note", "Care.NoteRequired")], error.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void CUS4_ANoteTooLong_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => CareRecord.Record(Guid.NewGuid(), CareAction.Call, new string('x', CareRecord.NoteMaxLength + 1), Guid.NewGuid(), Now));

        Assert.Equal(("Note", "Field.TooLong"), (Assert.Single(error.Errors).Field, error.Errors[0].Code));
    }
}
