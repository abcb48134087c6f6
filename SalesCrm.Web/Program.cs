using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MudBlazor.Services;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Components;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Seed;
using SalesCrm.Web.Features;
using SalesCrm.Web.Features.Calendar;
using SalesCrm.Web.Features.Contracts;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Features.Performance;
using SalesCrm.Web.Features.Receivables;
using SalesCrm.Web.Localization;
using SalesCrm.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// Messages appear bottom-left: on a desktop over the drawer's empty foot, not over a page's title, status or Save button.
builder.Services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft);
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Texts>();
builder.Services.AddOptions<BootstrapOptions>().Bind(builder.Configuration.GetSection(BootstrapOptions.Section));
builder.AddCompanyCalendar();
builder.AddCrmData();
builder.AddCrmAuth();
builder.AddCrmSecurityHeaders();
builder.Services.AddCrmFeatures();
builder.AddCrmJobs();
builder.Services.AddHealthChecks().AddDbContextCheck<CrmDbContext>();

var app = builder.Build();

await app.InitialiseDatabaseAsync();

app.UseCrmSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/not-found", createScopeForErrors: true);
    app.UseHttpsRedirection();
}

app.UseBrandAssets();
app.UseRequestLocalization(o => o
    .AddSupportedCultures([.. Texts.Languages])
    .AddSupportedUICultures([.. Texts.Languages])
    .SetDefaultCulture(Texts.English));
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapLeadImportEndpoints();
app.MapContractEndpoints();
app.MapLedgerEndpoints();
app.MapPerformanceEndpoints();
app.MapCustomerStatementEndpoints();
app.MapHealthChecks("/health").AllowAnonymous();

if (app.Environment.IsDevelopment())
{
    app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()));
}

await app.RunAsync();

/// <summary>The entry point; public so integration and browser tests can host the app.</summary>
public partial class Program;
