using SalesCrm.Domain.Care;
using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Care;

/// <summary>CUS-4: birthdays and holidays of the coming seven days, across the turn of the year and on 29 February.</summary>
public sealed class CareRemindersTests
{
    [Fact]
    public void CUS4_On28December_NewYearsDayIsComing_AcrossTheYearTurn()
    {
        var holidays = CareReminders.Holidays(new DateOnly(2026, 12, 28));

        Assert.Equal((Holiday.NewYearsDay, new DateOnly(2027, 1, 1)), (Assert.Single(holidays).Holiday, holidays[0].On));
    }

    [Fact]
    public void CUS4_AHolidayExactlySevenDaysAway_IsIncluded_EightDaysAwayIsNot()
    {
        Assert.Equal([Holiday.MidAutumn, Holiday.NationalDay], CareReminders.Holidays(new DateOnly(2026, 9, 24)).Select(h => h.Holiday));
        Assert.Equal([Holiday.MidAutumn], CareReminders.Holidays(new DateOnly(2026, 9, 23)).Select(h => h.Holiday));
    }

    [Fact]
    public void CUS4_ABirthdayOn2January_IsRemindedOn28December()
    {
        Assert.Equal(new DateOnly(2027, 1, 2), CareReminders.NextBirthday(new DateOnly(1980, 1, 2), new DateOnly(2026, 12, 28)));
    }

    [Theory]
    [InlineData(2027, 2, 28)]
    [InlineData(2028, 2, 29)]
    public void CUS4_A29FebruaryBirthday_FallsOn28FebruaryInOtherYears(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), CareReminders.NextBirthday(new DateOnly(1988, 2, 29), new DateOnly(year, 2, 22)));
    }

    [Fact]
    public void CUS4_ABirthdayToday_IsComingToday_YesterdaysIsNextYear()
    {
        Assert.Equal(new DateOnly(2026, 5, 3), CareReminders.NextBirthday(new DateOnly(1975, 5, 3), new DateOnly(2026, 5, 3)));
        Assert.Equal(new DateOnly(2027, 5, 2), CareReminders.NextBirthday(new DateOnly(1975, 5, 2), new DateOnly(2026, 5, 3)));
    }

    [Fact]
    public void CUS4_TheContactsWithABirthdayInTheComingWeek_SoonestFirst()
    {
        var customer = Customer.Register(new CustomerBuilder().Profile, CommercialTerms.Default,
        [
            new ContactDetails(null, "Wang Fang", null, "138 0013 8000", null, new DateOnly(1979, 1, 3)),
            new ContactDetails(null, "Li Lei", null, "139 0013 9000", null, new DateOnly(1985, 12, 30)),
            new ContactDetails(null, "Zhao Min", null, "137 0013 7000", null, new DateOnly(1990, 1, 5)),
            new ContactDetails(null, "Chen Jie", null, "136 0013 6000", null, null),
        ], Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), Company.Calendar);

        var birthdays = CareReminders.Birthdays(customer.Contacts, new DateOnly(2026, 12, 28));

        Assert.Equal([("Li Lei", new DateOnly(2026, 12, 30), 2), ("Wang Fang", new DateOnly(2027, 1, 3), 6)], birthdays.Select(b => (b.Name, b.On, b.DaysAway)));
        Assert.All(birthdays, b => Assert.Equal(customer.Id, b.CustomerId));
    }
}
