using SalesCrm.Domain.Organisation;

namespace SalesCrm.Web.Logging;

/// <summary>
/// Every structured log event of the app in one place (source-generated, no boxing). Denied access and refused
/// sign-ins are always logged (STYLE: every denied access is logged).
/// </summary>
internal static partial class CrmLog
{
    [LoggerMessage(1001, LogLevel.Warning, "Access denied: user {UserId} ({Role}) tried to {Action} {Target}")]
    public static partial void AccessDenied(this ILogger logger, Guid userId, CrmRole role, string action, string target);

    [LoggerMessage(1002, LogLevel.Warning, "Sign-in failed for {Email}: locked out {LockedOut}, not allowed {NotAllowed}")]
    public static partial void SignInFailed(this ILogger logger, string email, bool lockedOut, bool notAllowed);

    [LoggerMessage(1003, LogLevel.Warning, "Entra sign-in refused for {Email}: {Reason}")]
    public static partial void EntraRefused(this ILogger logger, string? email, string reason);

    [LoggerMessage(1004, LogLevel.Information, "Entra user {UserId} signed in as {Role}")]
    public static partial void EntraSignedIn(this ILogger logger, Guid userId, CrmRole role);

    [LoggerMessage(2001, LogLevel.Information, "Customer {CustomerId} registered by {UserId} for owner {OwnerId}")]
    public static partial void CustomerRegistered(this ILogger logger, Guid customerId, Guid userId, Guid ownerId);

    [LoggerMessage(2002, LogLevel.Information, "Customer {CustomerId} updated by {UserId}")]
    public static partial void CustomerUpdated(this ILogger logger, Guid customerId, Guid userId);

    [LoggerMessage(2003, LogLevel.Information, "Customer {CustomerId}: save by {UserId} refused, someone else saved first")]
    public static partial void CustomerConflict(this ILogger logger, Guid customerId, Guid userId);

    [LoggerMessage(2004, LogLevel.Warning, "Ownership claim refused (OWN-3): user {UserId} registered customer {CustomerId} owned by {OwnerId}, matched on {MatchedOn}")]
    public static partial void ClaimRefused(this ILogger logger, Guid userId, Guid customerId, Guid ownerId, Domain.Ownership.MatchKind matchedOn);

    [LoggerMessage(2005, LogLevel.Information, "Customer {CustomerId} transferred from {FromOwnerId} to {ToOwnerId} by {ManagerId} (OWN-5)")]
    public static partial void CustomerTransferred(this ILogger logger, Guid customerId, Guid fromOwnerId, Guid toOwnerId, Guid managerId);

    [LoggerMessage(2061, LogLevel.Information, "{Count} customers of {LeaverId} handed over by {ManagerId}; account closed: {AccountClosed} (OWN-7)")]
    public static partial void CustomersHandedOver(this ILogger logger, Guid leaverId, int count, Guid managerId, bool accountClosed);

    [LoggerMessage(2010, LogLevel.Information, "Dispute {DisputeId} about customer {CustomerId} opened by {ClaimantId} against owner {OwnerId} (OWN-5)")]
    public static partial void DisputeOpened(this ILogger logger, Guid disputeId, Guid customerId, Guid claimantId, Guid ownerId);

    [LoggerMessage(2011, LogLevel.Information, "Dispute {DisputeId} about customer {CustomerId} {Outcome} by {ManagerId} (OWN-5)")]
    public static partial void DisputeDecided(this ILogger logger, Guid disputeId, Guid customerId, Domain.Ownership.DisputeStatus outcome, Guid managerId);

    [LoggerMessage(2012, LogLevel.Information, "Customer {CustomerId} released to the pool from owner {OwnerId} after {Days} days without contact (OWN-6)")]
    public static partial void ReleasedToPool(this ILogger logger, Guid customerId, Guid ownerId, int days);

    [LoggerMessage(2013, LogLevel.Information, "Customer {CustomerId} claimed from the pool by {UserId} (OWN-6)")]
    public static partial void ClaimedFromPool(this ILogger logger, Guid customerId, Guid userId);

    [LoggerMessage(2015, LogLevel.Warning, "Pool claim of customer {CustomerId} for {RepId} by {UserId} refused by rule {Rule} (OWN-6)")]
    public static partial void PoolClaimRefused(this ILogger logger, Guid customerId, Guid repId, Guid userId, string rule);

    [LoggerMessage(2016, LogLevel.Information, "Owner {OwnerId} reminded that customer {CustomerId} goes to the pool in {Days} days (OWN-6)")]
    public static partial void PoolReleaseReminded(this ILogger logger, Guid customerId, Guid ownerId, int days);

    [LoggerMessage(2014, LogLevel.Error, "The pool release run failed; the next run tries again (OWN-6)")]
    public static partial void PoolReleaseFailed(this ILogger logger, Exception exception);

    [LoggerMessage(2020, LogLevel.Information, "Opportunity {OpportunityId}: {Action} by {UserId} (PIPE-1/2)")]
    public static partial void OpportunityChanged(this ILogger logger, Guid opportunityId, string action, Guid userId);

    [LoggerMessage(2040, LogLevel.Information, "Contract {ContractId}: {Action} by {UserId} (CON-1..4)")]
    public static partial void ContractChanged(this ILogger logger, Guid contractId, string action, Guid userId);

    [LoggerMessage(2060, LogLevel.Information, "Export: {Kind} of {RecordId} taken by {UserId}, {Rows} rows (SEC-3)")]
    public static partial void Exported(this ILogger logger, Features.Exports.ExportKind kind, Guid userId, Guid? recordId, int? rows);

    [LoggerMessage(2006, LogLevel.Information, "Lead {LeadId}: {Action} by {UserId} (LEAD-1/2)")]
    public static partial void LeadChanged(this ILogger logger, Guid leadId, string action, Guid userId);

    [LoggerMessage(2007, LogLevel.Information, "Lead import by {UserId} (LEAD-1): {Created} created, {Owned} already owned, {Invalid} invalid, {NotProcessed} not processed")]
    public static partial void LeadsImported(this ILogger logger, Guid userId, int created, int owned, int invalid, int notProcessed);

    [LoggerMessage(2008, LogLevel.Warning, "Lead import by {UserId}: row {Row} could not be saved; the other rows go on")]
    public static partial void ImportRowFailed(this ILogger logger, Exception exception, Guid userId, int row);

    [LoggerMessage(3001, LogLevel.Information, "Administrator {AdminId} {Action} user {UserId}")]
    public static partial void UserAdministered(this ILogger logger, Guid adminId, string action, Guid userId);

    [LoggerMessage(5001, LogLevel.Information, "Product {ProductId} {Action} by {UserId} (CON-1)")]
    public static partial void ProductChanged(this ILogger logger, Guid productId, string action, Guid userId);

    [LoggerMessage(5002, LogLevel.Information, "Product {ProductId}: save by {UserId} refused, someone else saved first")]
    public static partial void ProductConflict(this ILogger logger, Guid productId, Guid userId);

    [LoggerMessage(6001, LogLevel.Warning, "The notification bell could not count unread notifications; it keeps its last count and tries again")]
    public static partial void BellCountFailed(this ILogger logger, Exception exception);

    [LoggerMessage(4001, LogLevel.Information, "Seeded the demo organisation: {Regions} regions, {Users} users, {Customers} customers")]
    public static partial void DemoSeeded(this ILogger logger, int regions, int users, int customers);

    [LoggerMessage(4004, LogLevel.Information, "Seeded the demo product catalogue: {Products} products")]
    public static partial void DemoCatalogueSeeded(this ILogger logger, int products);

    [LoggerMessage(4006, LogLevel.Information, "Seeded {Requests} demo service requests")]
    public static partial void DemoServiceRequestsSeeded(this ILogger logger, int requests);

    [LoggerMessage(4005, LogLevel.Information, "Seeded {Contracts} demo contracts")]
    public static partial void DemoContractsSeeded(this ILogger logger, int contracts);

    [LoggerMessage(4002, LogLevel.Warning, "No administrator exists. Start once with --Bootstrap:AdminEmail=<e-mail> --Bootstrap:AdminPassword=<password> to create one")]
    public static partial void NoAdministrator(this ILogger logger);

    [LoggerMessage(4003, LogLevel.Information, "Created the first administrator {UserId}")]
    public static partial void AdministratorCreated(this ILogger logger, Guid userId);

    [LoggerMessage(4007, LogLevel.Critical, "The database records migrations {Migrations} this version does not have: it was made by an earlier, unreleased schema. Start-up stopped before migrating. Delete the App_Data/ folder, or point Database:ConnectionString at a new database")]
    public static partial void UnknownMigrations(this ILogger logger, string migrations);

    [LoggerMessage(4008, LogLevel.Information, "SEC-4: encrypted {ContactDetails} complaint contact details and {Pdfs} issued PDFs that an earlier version kept in clear; masked {AuditEntries} audit entries of contact details")]
    public static partial void ClearTextEncrypted(this ILogger logger, int contactDetails, int pdfs, int auditEntries);

    [LoggerMessage(4009, LogLevel.Information, "KPI-2: credited {Credits} signings of {Contracts} contract numbers signed before performance figures existed")]
    public static partial void SigningsCredited(this ILogger logger, int credits, int contracts);
}
