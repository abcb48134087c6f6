using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SalesCrm.Web.Data.Seed;

/// <summary>What a newcomer needs after <c>dotnet run</c>: where the app is and how to sign in.</summary>
internal static class DemoBanner
{
    public static void Print(IServerAddressesFeature? addresses)
    {
        var urls = addresses?.Addresses.ToList() ?? [];
        Console.WriteLine();
        Console.WriteLine("  SalesCrm is running: " + (urls.Count > 0 ? string.Join("  ", urls) : "(no address)"));
        Console.WriteLine($"  Demo sign-ins (password {DemoOrganisation.Password}):");
        foreach (var user in DemoOrganisation.Users)
        {
            Console.WriteLine($"    {user.Email,-34} {user.Role,-18} {user.Region}");
        }

        Console.WriteLine();
    }
}
