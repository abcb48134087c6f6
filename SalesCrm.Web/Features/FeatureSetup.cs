using SalesCrm.Web.Features.Admin;
using SalesCrm.Web.Features.Customers;

namespace SalesCrm.Web.Features;

public static class FeatureSetup
{
    /// <summary>The feature services pages call; scoped, so each circuit gets its own and reads its own user.</summary>
    public static IServiceCollection AddCrmFeatures(this IServiceCollection services)
    {
        services.AddScoped<CustomerService>();
        services.AddScoped<UserAdminService>();
        return services;
    }
}
