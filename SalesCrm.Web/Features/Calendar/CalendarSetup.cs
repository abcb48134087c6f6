using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features.Calendar;

public static class CalendarSetup
{
    /// <summary>CAL-1: <c>Company:TimeZone</c>, checked on start with a message that names the bad value (the calendar is built from it in <see cref="FeatureSetup"/>).</summary>
    public static WebApplicationBuilder AddCompanyCalendar(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CompanyOptions>().Bind(builder.Configuration.GetSection(CompanyOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CompanyOptions>, CompanyOptionsValidator>();
        return builder;
    }

    private sealed class CompanyOptionsValidator : IValidateOptions<CompanyOptions>
    {
        public ValidateOptionsResult Validate(string? name, CompanyOptions options) =>
            CompanyTimeZone.TryFind(options.TimeZone, out _, out var error) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(error!);
    }
}
