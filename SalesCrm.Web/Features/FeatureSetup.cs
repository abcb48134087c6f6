using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Contracts;
using SalesCrm.Domain.Customers;
using SalesCrm.Web.Data.Events;
using SalesCrm.Web.Features.Admin;
using SalesCrm.Web.Features.Calendar;
using SalesCrm.Web.Features.Catalogue;
using SalesCrm.Web.Features.Complaints;
using SalesCrm.Web.Features.Contracts;
using SalesCrm.Web.Features.Contracts.Pdf;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Features.Leads;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Ownership;
using SalesCrm.Web.Features.Performance;
using SalesCrm.Web.Features.Pipeline;
using SalesCrm.Web.Features.Receivables;
using SalesCrm.Web.Features.Receivables.Pdf;
using SalesCrm.Web.Features.Visits;
using SalesCrm.Web.Features.Tiers;
using SalesCrm.Web.Features.Care;
using SalesCrm.Web.Localization;

namespace SalesCrm.Web.Features;

public static class FeatureSetup
{
    /// <summary>The feature services pages call; scoped, so each circuit gets its own and reads its own user.</summary>
    public static IServiceCollection AddCrmFeatures(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => CompanyTimeZone.Find(sp.GetRequiredService<IOptions<CompanyOptions>>().Value.TimeZone));
        services.AddScoped<CustomerService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<OwnershipService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<LeadService>();
        services.AddScoped<DisputeService>();
        services.AddScoped<PoolService>();
        services.AddScoped<OpportunityService>();
        services.AddScoped<LeadImportService>();
        services.AddScoped<ProductService>();
        services.AddScoped<ExportService>();
        services.AddScoped<ContractService>();
        services.TryAddSingleton<ContractPdfRenderer>();
        services.TryAddSingleton<CustomerStatementPdfRenderer>();
        services.TryAddSingleton<MonthlyStatementPdfRenderer>();
        services.TryAddSingleton<ContractDocuments>();
        services.AddScoped<ReceivableService>();
        services.AddScoped<ContractLedgerService>();
        services.AddScoped<CustomerStatementService>();
        services.AddScoped<MonthlyStatementService>();
        services.AddScoped<ServiceRequestService>();
        services.AddScoped<ReturnVisitService>();
        services.AddScoped<Home.MyDayService>();
        services.AddScoped<ServiceDashboardService>();
        services.AddScoped<VisitService>();
        services.AddScoped<AgendaService>();
        services.AddScoped<ComplianceService>();
        services.AddScoped<TierService>();
        services.AddScoped<LostCustomerService>();
        services.AddScoped<OnboardingService>();
        services.AddScoped<CareService>();
        services.AddScoped<TargetService>();
        services.AddScoped<PerformanceService>();
        services.AddScoped<FigureRecordsService>();
        services.AddScoped<HandOverService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<PerformanceExportService>();
        services.TryAddSingleton<LeadImportReports>();
        services.TryAddSingleton<Texts>();
        services.TryAddSingleton<NotificationSignal>();
        services.AddSingleton<ICommitObserver>(sp => sp.GetRequiredService<NotificationSignal>());
        services.TryAddSingleton<NameKeyIndex>();
        return services.AddCrmConsequences();
    }

    /// <summary>
    /// What a change causes elsewhere: each domain event's handlers, beside the feature they update, run in the save
    /// that raised it (STYLE: a consequence is written once). Order within an event is the order here.
    /// </summary>
    private static IServiceCollection AddCrmConsequences(this IServiceCollection services)
    {
        services.TryAddSingleton<DomainEventDispatcher>();
        services.TryAddSingleton<CustomerGrading>();
        services.TryAddSingleton<RegradeOnContract>();

        // OWN-5/OWN-6: ownership follows the customer everywhere.
        services.AddHandler<CustomerOwnerChanged, OpportunitiesFollowCustomer>();
        services.AddHandler<CustomerOwnerChanged, ContractsFollowCustomer>();
        services.AddHandler<CustomerOwnerChanged, ReceivablesFollowCustomer>();
        services.AddHandler<CustomerOwnerChanged, PlansFollowCustomer>();
        services.AddHandler<CustomerRegionChanged, ServiceRequestsFollowCustomerRegion>();

        // CON-3/CON-4: what signing a contract causes; TIER-1: what ending one causes.
        services.AddHandler<ContractSigned, ReceivableOpensAtSigning>();
        services.AddHandler<ContractSigned, CustomerRecordsSigning>();
        services.AddHandler<ContractSigned, OpportunitySignedByContract>();
        services.AddSingleton<IHandles<ContractSigned>>(sp => sp.GetRequiredService<RegradeOnContract>());
        services.AddSingleton<IHandles<ContractEnded>>(sp => sp.GetRequiredService<RegradeOnContract>());

        // KPI-2: the performance figures follow signings and terminations.
        services.TryAddSingleton<SigningCreditsFollowContracts>();
        services.AddSingleton<IHandles<ContractSigned>>(sp => sp.GetRequiredService<SigningCreditsFollowContracts>());
        services.AddSingleton<IHandles<ContractEnded>>(sp => sp.GetRequiredService<SigningCreditsFollowContracts>());
        return services;
    }

    private static void AddHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : DomainEvent
        where THandler : class, IHandles<TEvent> =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHandles<TEvent>, THandler>());

    /// <summary>The features' settings, bound from configuration and validated on start, and the background jobs.</summary>
    public static WebApplicationBuilder AddCrmJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PoolOptions>().Bind(builder.Configuration.GetSection(PoolOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PipelineOptions>().Bind(builder.Configuration.GetSection(PipelineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ContractOptions>().Bind(builder.Configuration.GetSection(ContractOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ReceivableOptions>().Bind(builder.Configuration.GetSection(ReceivableOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ServiceOptions>().Bind(builder.Configuration.GetSection(ServiceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<VisitOptions>().Bind(builder.Configuration.GetSection(VisitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<TierOptions>().Bind(builder.Configuration.GetSection(TierOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PerformanceOptions>().Bind(builder.Configuration.GetSection(PerformanceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<CareOptions>().Bind(builder.Configuration.GetSection(CareOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<PoolReleaseJob>();
        builder.Services.AddHostedService<ReceivablesJob>();
        builder.Services.AddHostedService<PerformanceJob>();
        builder.Services.AddHostedService<ServiceSlaJob>();
        builder.Services.AddHostedService<ReturnVisitJob>();
        builder.Services.AddHostedService<TierJob>();
        return builder;
    }
}
