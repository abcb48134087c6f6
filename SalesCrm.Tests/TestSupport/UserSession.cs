using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Features.Admin;
using SalesCrm.Web.Features.Catalogue;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Leads;
using SalesCrm.Web.Features.Leads.Import;
using SalesCrm.Web.Features.Notifications;
using SalesCrm.Web.Features.Ownership;

namespace SalesCrm.Tests.TestSupport;

/// <summary>One signed-in user's scope: the feature services a page of theirs would inject.</summary>
public sealed class UserSession(IServiceProvider services)
{
    public CustomerService Customers => services.GetRequiredService<CustomerService>();

    public OwnershipService Ownership => services.GetRequiredService<OwnershipService>();

    public LeadService Leads => services.GetRequiredService<LeadService>();

    public DisputeService Disputes => services.GetRequiredService<DisputeService>();

    public PoolService Pool => services.GetRequiredService<PoolService>();

    public SalesCrm.Web.Features.Pipeline.OpportunityService Opportunities => services.GetRequiredService<SalesCrm.Web.Features.Pipeline.OpportunityService>();

    /// <summary>The scope's own provider, for what a test composes itself (a background job).</summary>
    public IServiceProvider Services => services;

    public SalesCrm.Web.Features.Contracts.ContractService Contracts => services.GetRequiredService<SalesCrm.Web.Features.Contracts.ContractService>();

    public LeadImportService LeadImports => services.GetRequiredService<LeadImportService>();

    public LeadImportReports ImportReports => services.GetRequiredService<LeadImportReports>();

    public NotificationService Notifications => services.GetRequiredService<NotificationService>();

    public NotificationSignal Signal => services.GetRequiredService<NotificationSignal>();

    public UserAdminService Admin => services.GetRequiredService<UserAdminService>();

    public ProductService Products => services.GetRequiredService<ProductService>();

    public SalesCrm.Web.Features.Receivables.MonthlyStatementService MonthlyStatements => services.GetRequiredService<SalesCrm.Web.Features.Receivables.MonthlyStatementService>();

    public SalesCrm.Web.Features.Receivables.ReceivableService Receivables => services.GetRequiredService<SalesCrm.Web.Features.Receivables.ReceivableService>();

    public SalesCrm.Web.Features.Receivables.ContractLedgerService Ledger => services.GetRequiredService<SalesCrm.Web.Features.Receivables.ContractLedgerService>();

    public SalesCrm.Web.Features.Receivables.CustomerStatementService CustomerStatements => services.GetRequiredService<SalesCrm.Web.Features.Receivables.CustomerStatementService>();

    public SalesCrm.Web.Features.Complaints.ServiceRequestService Service => services.GetRequiredService<SalesCrm.Web.Features.Complaints.ServiceRequestService>();

    public SalesCrm.Web.Features.Complaints.ServiceDashboardService ServiceDashboard => services.GetRequiredService<SalesCrm.Web.Features.Complaints.ServiceDashboardService>();

    public SalesCrm.Web.Features.Visits.VisitService Visits => services.GetRequiredService<SalesCrm.Web.Features.Visits.VisitService>();

    public SalesCrm.Web.Features.Visits.AgendaService Agenda => services.GetRequiredService<SalesCrm.Web.Features.Visits.AgendaService>();

    public SalesCrm.Web.Features.Visits.ReturnVisitService ReturnVisits => services.GetRequiredService<SalesCrm.Web.Features.Visits.ReturnVisitService>();

    public SalesCrm.Web.Features.Visits.ComplianceService Compliance => services.GetRequiredService<SalesCrm.Web.Features.Visits.ComplianceService>();
    public SalesCrm.Web.Features.Tiers.TierService Tiers => services.GetRequiredService<SalesCrm.Web.Features.Tiers.TierService>();

    public LostCustomerService Lost => services.GetRequiredService<LostCustomerService>();

    public OnboardingService Onboarding => services.GetRequiredService<OnboardingService>();

    public SalesCrm.Web.Features.Care.CareService Care => services.GetRequiredService<SalesCrm.Web.Features.Care.CareService>();

    public SalesCrm.Web.Features.Exports.ExportService Exports => services.GetRequiredService<SalesCrm.Web.Features.Exports.ExportService>();

    public SalesCrm.Web.Features.Performance.TargetService Targets => services.GetRequiredService<SalesCrm.Web.Features.Performance.TargetService>();

    public SalesCrm.Web.Features.Performance.PerformanceService Performance => services.GetRequiredService<SalesCrm.Web.Features.Performance.PerformanceService>();

    public SalesCrm.Web.Features.Performance.ReviewService Reviews => services.GetRequiredService<SalesCrm.Web.Features.Performance.ReviewService>();

    public SalesCrm.Web.Features.Performance.FigureRecordsService FigureRecords => services.GetRequiredService<SalesCrm.Web.Features.Performance.FigureRecordsService>();

    public HandOverService HandOver => services.GetRequiredService<HandOverService>();

    public SalesCrm.Web.Features.Home.MyDayService MyDay => services.GetRequiredService<SalesCrm.Web.Features.Home.MyDayService>();

    public UserManager<CrmUser> Users => services.GetRequiredService<UserManager<CrmUser>>();
}
