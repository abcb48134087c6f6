namespace SalesCrm.Tests.TestSupport;

/// <summary>Trait values the test script filters on.</summary>
public static class TestCategories
{
    /// <summary>CAL-1: tests the test script runs again with the process in other time zones, to prove the company calendar, not the server, decides.</summary>
    public const string CompanyCalendar = "CompanyCalendar";
}
