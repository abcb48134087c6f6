namespace SalesCrm.Domain.Care;

/// <summary>CUS-4: the holidays customer care reminds of.</summary>
public enum Holiday
{
    NewYearsDay = 1,
    SpringFestival = 2,
    DragonBoat = 3,
    MidAutumn = 4,
    NationalDay = 5,
}
