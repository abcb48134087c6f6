using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Pipeline;
using SalesCrm.Web.Auth;

namespace SalesCrm.Web.Data.Auditing;

/// <summary>
/// Turns pending changes into <see cref="AuditEntry"/> rows (SEC-2). Child entities are filed under their aggregate,
/// so a contact's change shows in the customer's history. Confidential values (SEC-4) are recorded masked.
/// </summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> Ignored = [nameof(AggregateRoot.Version), nameof(Entity.Id), nameof(Contact.CustomerId), nameof(Customer.NameKey), nameof(Customer.LastContactAt)];

    private static readonly HashSet<string> UserFields =
        [nameof(CrmUser.DisplayName), nameof(CrmUser.Role), nameof(CrmUser.RegionId), nameof(CrmUser.IsDisabled), nameof(CrmUser.Email)];

    public static bool IsBusinessRecord(EntityEntry entry) =>
        entry.Entity is Customer or Contact or Region or Opportunity or Product or Domain.Contracts.Contract or Domain.Receivables.Receivable or Domain.Targets.SalesTarget or Domain.Targets.MonthVerification
        or Domain.Targets.TargetTalk or Domain.Targets.ImprovementPlan
        or Domain.Complaints.ServiceRequest or Domain.Visits.ContactLog or Domain.Visits.PlannedContact or Domain.Care.CareRecord or LostReason or OnboardingNotice
        || OwnedPart(entry) is not null;

    public static IEnumerable<AuditEntry> Collect(ChangeTracker tracker, AuditActor actor, DateTimeOffset at)
    {
        foreach (var entry in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            var target = Target(entry);
            if (target is null)
            {
                continue;
            }

            var (type, id, subject) = target.Value;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };

            foreach (var (name, original, current) in Values(entry, action))
            {
                // Compare the values themselves: two different phone numbers may look alike once masked.
                if (Equals(original, current))
                {
                    continue;
                }

                var confidential = IsConfidentialText(entry, name);
                var oldValue = Format(original, confidential);
                var newValue = Format(current, confidential);

                yield return new AuditEntry
                {
                    At = at,
                    ActorId = actor.UserId,
                    ActorName = actor.Name,
                    EntityType = type,
                    EntityId = id,
                    Action = action,
                    Field = entry.Entity is Contact ? $"Contact.{name}" : OwnedPart(entry) is { } part ? $"{part.Path}.{name}" : name,
                    Subject = subject,
                    OldValue = oldValue,
                    NewValue = newValue,
                };
            }
        }
    }

    /// <summary>Each audited field's value before and after. A value object mapped as a complex type (a list price) is one field.</summary>
    private static IEnumerable<(string Name, object? Original, object? Current)> Values(EntityEntry entry, AuditAction action)
    {
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name) || property.Metadata.IsShadowProperty() || (entry.Entity is CrmUser && !UserFields.Contains(name)))
            {
                continue;
            }

            yield return (name, action == AuditAction.Created ? null : property.OriginalValue, action == AuditAction.Deleted ? null : property.CurrentValue);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            yield return (complex.Metadata.Name, action == AuditAction.Created ? null : Original(complex), action == AuditAction.Deleted ? null : complex.CurrentValue);
        }
    }

    /// <summary>EF keeps a complex property's original values per column; the value object is put back together from them.</summary>
    private static Money Original(ComplexPropertyEntry complex) => complex.Metadata.ClrType == typeof(Money)
        ? new Money((decimal)complex.Property(nameof(Money.Amount)).OriginalValue!, (string)complex.Property(nameof(Money.Currency)).OriginalValue!)
        : throw new NotSupportedException($"The audit trail does not know how to record a {complex.Metadata.ClrType.Name} yet.");

    private static (string Type, Guid Id, string? Subject)? Target(EntityEntry entry) => entry.Entity switch
    {
        Customer c => (nameof(Customer), c.Id, null),
        Contact k => (nameof(Customer), k.CustomerId, k.Name),
        Region r => (nameof(Region), r.Id, null),
        Opportunity o => (nameof(Opportunity), o.Id, null),
        Product p => (nameof(Product), p.Id, null),
        Domain.Contracts.Contract c => (nameof(Domain.Contracts.Contract), c.Id, null),
        Domain.Receivables.Receivable r => (nameof(Domain.Receivables.Receivable), r.Id, null),
        Domain.Targets.SalesTarget t => (nameof(Domain.Targets.SalesTarget), t.Id, null),
        Domain.Targets.MonthVerification v => (nameof(Domain.Targets.MonthVerification), v.Id, v.Period.ToString()),
        Domain.Targets.TargetTalk t => (nameof(Domain.Targets.TargetTalk), t.Id, t.Period.ToString()),
        Domain.Targets.ImprovementPlan p => (nameof(Domain.Targets.ImprovementPlan), p.Id, p.Period.ToString()),
        Domain.Complaints.ServiceRequest r => (nameof(Domain.Complaints.ServiceRequest), r.Id, null),
        Domain.Visits.ContactLog l => (nameof(Domain.Visits.ContactLog), l.Id, null),
        Domain.Visits.PlannedContact p => (nameof(Domain.Visits.PlannedContact), p.Id, null),
        Domain.Care.CareRecord r => (nameof(Customer), r.CustomerId, "Care"),
        LostReason r => (nameof(LostReason), r.Id, null),
        OnboardingNotice n => (nameof(OnboardingNotice), n.Id, null),
        CrmUser u => ("User", u.Id, null),
        _ => OwnedPart(entry) is { } part ? (part.RootType, part.RootId, null) : null,
    };

    /// <summary>
    /// A part an aggregate owns and stores with it (a contract's terms, lines and approvals; an opportunity's needs) is
    /// filed under the aggregate, its field named by its path, e.g. "Terms.Lines[2].UnitPrice".
    /// </summary>
    private static (string RootType, Guid RootId, string Path)? OwnedPart(EntityEntry entry)
    {
        var type = entry.Metadata;
        var ownership = type.FindOwnership();
        if (ownership?.PrincipalToDependent is null || entry.Property(ownership.Properties[0].Name).CurrentValue is not Guid rootId)
        {
            return null;
        }

        var path = new List<string>();
        while (ownership?.PrincipalToDependent is { } navigation)
        {
            var step = navigation.Name;
            if (navigation.IsCollection && ReferenceEquals(type, entry.Metadata))
            {
                var ordinal = type.FindPrimaryKey()!.Properties.Except(ownership.Properties).First();
                step += $"[{entry.Property(ordinal.Name).CurrentValue}]";
            }

            path.Insert(0, step);
            type = ownership.PrincipalEntityType;
            ownership = type.FindOwnership();
        }

        return (type.ClrType.Name, rootId, string.Join('.', path));
    }

    /// <summary>SEC-4: free text that holds a phone number or an e-mail address, recorded masked like a contact's.</summary>
    private static bool IsConfidentialText(EntityEntry entry, string name) =>
        entry.Entity is Domain.Complaints.ServiceRequest && name == nameof(Domain.Complaints.ServiceRequest.ContactDetails);

    private static string? Format(object? value, bool confidential) =>
        confidential && value is string text ? Domain.Complaints.ServiceRequest.MaskContactDetails(text) : Format(value);

    private static string? Format(object? value) => value switch
    {
        null => null,
        PhoneNumber phone => phone.Masked,
        EmailAddress email => email.Masked,
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
