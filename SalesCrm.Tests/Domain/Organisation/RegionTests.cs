using SalesCrm.Domain.Common;
using SalesCrm.Domain.Organisation;

namespace SalesCrm.Tests.Domain.Organisation;

public sealed class RegionTests
{
    [Fact]
    public void NewRegion_HasTheTrimmedName()
    {
        Assert.Equal("华东大区 East China", Region.Create("  华东大区 East China ").Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RegionWithoutName_IsRefused(string name)
    {
        Assert.Equal("Region.NameRequired", Assert.Throws<DomainException>(() => Region.Create(name)).Code);
    }

    [Fact]
    public void NameLongerThan100Characters_IsRefused()
    {
        Assert.Equal("Field.TooLong", Assert.Throws<DomainException>(() => Region.Create(new string('东', 101))).Code);
    }

    [Fact]
    public void RefusedRename_KeepsTheOldName()
    {
        var region = Region.Create("East");

        Assert.Throws<DomainException>(() => region.Rename(" "));
        Assert.Equal("East", region.Name);
    }

    [Fact]
    public void AppointedSalesManager_LeadsTheRegion()
    {
        var region = Region.Create("East");
        var manager = Guid.NewGuid();

        region.AppointSalesManager(manager);

        Assert.Equal(manager, region.SalesManagerId);
    }
}
