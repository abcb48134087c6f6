using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;
using SalesCrm.Domain.Customers;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Protection;
using SalesCrm.Web.Features.Customers;
using SalesCrm.Web.Features.Exports;
using SalesCrm.Web.Localization;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Leads.Import;

/// <summary>
/// LEAD-1 for many leads at once: a CSV file (UTF-8, header row in English or Chinese) is read and checked whole before
/// any row is applied; then every row is registered through <see cref="CustomerService.RegisterLeadAsync"/>, the one
/// claim (OWN-1..4): the same validation, matching, collision record and notification as the lead form, each row in
/// its own transaction, so a bad row never stops or half-applies the others. Reading the file takes time in
/// proportion to its size, whatever it holds: every line counts towards <see cref="MaxRows"/>, a row has at most
/// <see cref="MaxColumns"/> values, and cancelling stops the reading too.
/// </summary>
public sealed class LeadImportService(
    IDbContextFactory<CrmDbContext> dbFactory,
    CurrentUserAccessor currentUser,
    CustomerService customers,
    ContactMatchKeys matchKeys,
    LeadImportReports reports,
    ExportService exports,
    Texts texts,
    TimeProvider time,
    CompanyCalendar calendar,
    ILogger<LeadImportService> logger)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <summary>The template has nine columns; a row of thousands of commas is no lead file, and its report would be rows × columns.</summary>
    public const int MaxColumns = 100;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, SourceChannel> _sources = SourceNames(texts);

    /// <summary>
    /// Imports <paramref name="file"/>. Rows without an Owner value go to <paramref name="ownerId"/> (null: the signed-in
    /// user). Progress is reported at most about a hundred times. Cancelling while the file is read throws
    /// <see cref="OperationCanceledException"/> (nothing was applied); after that it stops after the row being saved, and
    /// the rows after it are reported as not processed.
    /// </summary>
    public async Task<LeadImportResult> ImportAsync(
        Stream file, Guid? ownerId, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var user = await currentUser.RequireAsync();
        if (!CustomerAccess.CanImportLeads(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "import", "leads");
            throw new AccessDeniedException("Only sales managers, the director and administrators import leads.");
        }

        var (text, unreadable) = await ReadTextAsync(file, cancellationToken);
        var (parsed, invalid) = text is null ? (null, unreadable) : Parse(text, cancellationToken);
        if (parsed is null)
        {
            return LeadImportResult.Refused(invalid!);
        }

        var batch = new Batch(user, parsed);
        if (await OwnerAsync(user, ownerId ?? user.Id, null, cancellationToken) is not { } defaultOwner)
        {
            return LeadImportResult.Refused(new LeadImportRefusal(
                "Import.OwnerNotAllowed", "You cannot make this person the owner of leads. Choose yourself or a sales colleague you lead.", []));
        }

        batch.Owners[string.Empty] = defaultOwner;
        var dataRows = Enumerable.Range(1, parsed.Records.Count - 1).Where(i => !IsBlank(parsed.Records[i])).ToList();
        var step = Math.Max(1, dataRows.Count / 100);
        var rows = new List<LeadImportRow>(dataRows.Count);
        progress?.Report(new ImportProgress(0, dataRows.Count));
        foreach (var index in dataRows)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                rows.Add(new LeadImportRow(index + 1, parsed.Records[index], batch.Value(index, LeadImportColumn.CompanyName), LeadImportOutcome.NotProcessed));
                continue;
            }

            rows.Add(await ImportRowAsync(batch, index));
            if (rows.Count % step == 0 || rows.Count == dataRows.Count)
            {
                progress?.Report(new ImportProgress(rows.Count, dataRows.Count));
            }
        }

        var result = new LeadImportResult(parsed.Columns, rows, parsed.Unknown, Cancelled: cancellationToken.IsCancellationRequested);
        logger.LeadsImported(
            user.Id, result.Count(LeadImportOutcome.Created), result.Count(LeadImportOutcome.AlreadyOwned) + result.Count(LeadImportOutcome.DuplicateInFile),
            result.Count(LeadImportOutcome.Invalid), result.Count(LeadImportOutcome.NotProcessed));
        return result with { ReportId = reports.Keep(user.Id, result) };
    }

    /// <summary>
    /// The report of the user's import as a CSV file, while it is kept (<see cref="LeadImportReports"/>); null for anyone
    /// else. SEC-3: it holds the file's leads and who owns the companies already owned, so its download is an export.
    /// </summary>
    public async Task<byte[]?> ReportAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.RequireAsync();
        if (reports.Find(reportId, user) is not { } result)
        {
            return null;
        }

        var csv = LeadImportCsv.Report(result, texts, calendar);
        await exports.RecordAsync(user, ExportKind.LeadImportReport, reportId, null, result.Rows.Count, cancellationToken);
        return csv;
    }

    private async Task<LeadImportRow> ImportRowAsync(Batch batch, int index)
    {
        var row = index + 1;
        var values = batch.File.Records[index];
        string Value(LeadImportColumn column) => batch.Value(index, column);
        string? Optional(LeadImportColumn column) => Value(column) is { Length: > 0 } value ? value : null;
        var company = Value(LeadImportColumn.CompanyName);
        if (values.Skip(batch.File.Columns.Count).Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            return Invalid(row, values, company, [new ValidationError(string.Empty, "Import.TooManyValues",
                "This row has more values than the header has columns. A value that contains a comma must be in double quotes.")]);
        }

        var errors = new List<ValidationError>();
        SourceChannel? source = null;
        if (Optional(LeadImportColumn.Source) is { } sourceText)
        {
            if (_sources.TryGetValue(Key(sourceText), out var channel))
            {
                source = channel;
            }
            else
            {
                errors.Add(new ValidationError(nameof(LeadFormModel.Source), "Import.UnknownSource", "Unknown source channel."));
            }
        }

        var owner = await RowOwnerAsync(batch, Value(LeadImportColumn.Owner));
        if (owner is null)
        {
            errors.Add(new ValidationError(nameof(LeadFormModel.OwnerId), "Import.OwnerUnknown", "Not a sales colleague you may make the owner of a lead."));
        }

        var lead = new LeadFormModel
        {
            CompanyName = company,
            ContactName = Value(LeadImportColumn.ContactName),
            ContactTitle = Optional(LeadImportColumn.ContactTitle),
            Phone = Optional(LeadImportColumn.Phone),
            Email = Optional(LeadImportColumn.Email),
            Needs = Optional(LeadImportColumn.Needs),
            Industry = Optional(LeadImportColumn.Industry),
            Source = source,
            OwnerId = owner?.Id,
        };
        if (errors.Count > 0)
        {
            // Tell every problem of the row at once, not only the import's own.
            var today = calendar.Today(time);
            errors.AddRange(Customer.CheckLead(lead.ToProfile(), lead.ToContact(), today).Select(e => e with { Field = LeadFormModel.FieldOf(e.Field) }));
            return Invalid(row, values, company, errors);
        }

        CustomerSaveResult saved;
        try
        {
            // The row being saved is finished even when the user cancels: cancelling stops before the next row.
            saved = await customers.RegisterLeadAsync(lead, CancellationToken.None);
        }
        catch (DbUpdateException e)
        {
            logger.ImportRowFailed(e, batch.User.Id, row);
            return Invalid(row, values, company, [new ValidationError(string.Empty, "Import.SaveFailed", "This row could not be saved. Try it again.")]);
        }

        var keys = KeysOf(lead).ToList();
        switch (saved.Outcome)
        {
            case SaveOutcome.Saved:
                foreach (var key in keys)
                {
                    batch.Claimed.TryAdd(key, row);
                }

                return new LeadImportRow(row, values, company, LeadImportOutcome.Created, LeadId: saved.Id, Owner: owner!.Name);
            case SaveOutcome.Collision:
                // OWN-3: the claim refused it. If an earlier row of this file made the lead it matches, say so.
                var first = keys.Select(k => batch.Claimed.TryGetValue(k, out var r) ? r : (int?)null).FirstOrDefault(r => r is not null);
                return new LeadImportRow(
                    row, values, company, first is null ? LeadImportOutcome.AlreadyOwned : LeadImportOutcome.DuplicateInFile,
                    Match: saved.Matches is [var oldest, ..] ? oldest : null, FirstRow: first);
            default:
                return Invalid(row, values, company, saved.Errors ?? []);
        }
    }

    /// <summary>The row's Owner (an e-mail address or user name), or the import's owner when the row names none; null when not allowed.</summary>
    private async Task<Owner?> RowOwnerAsync(Batch batch, string login)
    {
        var key = login.ToUpperInvariant();
        if (!batch.Owners.TryGetValue(key, out var owner))
        {
            owner = await OwnerAsync(batch.User, null, key, CancellationToken.None);
            batch.Owners[key] = owner;
        }

        return owner;
    }

    /// <summary>An active user found by id or by normalised e-mail or user name, if <see cref="CustomerAccess.CanAssignOwner"/> lets the user make them owner.</summary>
    private async Task<Owner?> OwnerAsync(CurrentUser user, Guid? id, string? login, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidates = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        candidates = id is { } ownerId ? candidates.Where(u => u.Id == ownerId) : candidates.Where(u => u.NormalizedEmail == login || u.NormalizedUserName == login);
        var candidate = await candidates.Select(u => new { u.Id, u.DisplayName, u.Role, u.RegionId }).FirstOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        if (!CustomerAccess.CanAssignOwner(user, candidate.Id, candidate.Role, candidate.RegionId))
        {
            logger.AccessDenied(user.Id, user.Role, "assign owner", $"user {candidate.Id}");
            return null;
        }

        return new Owner(candidate.Id, candidate.DisplayName);
    }

    /// <summary>The OWN-2 keys a row claims with, to tell a later row of the same file that it repeats an earlier one.</summary>
    private IEnumerable<string> KeysOf(LeadFormModel lead)
    {
        if (CompanyNameKey.For(lead.CompanyName) is { Length: > 0 } name)
        {
            yield return "name:" + name;
        }

        if (lead.Phone is not null && matchKeys.PhoneHashOf(lead.Phone) is { } phone)
        {
            yield return "phone:" + phone;
        }

        if (lead.Email is not null && matchKeys.EmailHashOf(lead.Email) is { } email)
        {
            yield return "email:" + email;
        }
    }

    private static async Task<(string? Text, LeadImportRefusal? Refusal)> ReadTextAsync(Stream file, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (bytes.Length + read > MaxFileBytes)
            {
                return (null, new LeadImportRefusal("Import.TooLarge", "The file is larger than 5 MB. Split it into smaller files.", [(MaxFileBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture)]));
            }

            bytes.Write(chunk, 0, read);
        }

        try
        {
            return (StrictUtf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, new LeadImportRefusal("Import.NotUtf8", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.", []));
        }
    }

    /// <summary>
    /// The whole file as records, with its header understood; or why it cannot be imported at all. One pass over the
    /// records and one over their values: a file of commas and line breaks is refused at its first row over a limit.
    /// </summary>
    private static (ImportFile? File, LeadImportRefusal? Refusal) Parse(string text, CancellationToken cancellationToken)
    {
        var records = new List<IReadOnlyList<string>>();
        try
        {
            foreach (var record in CsvReader.Read(text))
            {
                cancellationToken.ThrowIfCancellationRequested();

                // A blank line costs as much to read as a lead, so every line after the header counts.
                if (records.Count > MaxRows)
                {
                    return (null, new LeadImportRefusal("Import.TooManyRows", "The file has more than 10,000 rows. Split it into smaller files.", [MaxRows.ToString("N0", CultureInfo.InvariantCulture)]));
                }

                if (record.Count > MaxColumns)
                {
                    return (null, new LeadImportRefusal(
                        "Import.TooManyColumns", $"Row {records.Count + 1} has more than {MaxColumns} columns.",
                        [(records.Count + 1).ToString(CultureInfo.InvariantCulture), MaxColumns.ToString(CultureInfo.InvariantCulture)]));
                }

                records.Add(record);
            }
        }
        catch (CsvFormatException e)
        {
            return (null, new LeadImportRefusal("Import.UnclosedQuote", e.Message, [e.Row.ToString(CultureInfo.InvariantCulture)]));
        }

        if (records.Count == 0 || IsBlank(records[0]))
        {
            return (null, new LeadImportRefusal("Import.Empty", "The file is empty. Its first row must name the columns.", []));
        }

        var header = records[0];
        var filled = FilledColumns(records, header.Count, cancellationToken);
        var map = new Dictionary<LeadImportColumn, int>();
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (LeadImportColumns.Match(name) is { } column)
            {
                if (!map.TryAdd(column, i))
                {
                    return (null, new LeadImportRefusal("Import.DuplicateColumn", "A column appears twice in the header.", [name]));
                }
            }
            else if (name.Length > 0 || filled[i])
            {
                unknown.Add(name.Length > 0 ? name : $"#{i + 1}");
            }
        }

        var missing = LeadImportColumns.Required.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return (null, new LeadImportRefusal("Import.MissingColumns", "Required columns are missing; nothing was imported.", [string.Join(", ", missing.Select(LeadImportColumns.Describe))]));
        }

        if (!LeadImportColumns.Reachable.Any(map.ContainsKey))
        {
            return (null, new LeadImportRefusal("Import.MissingReachable", "The file needs a phone or an e-mail column; nothing was imported.",
                [.. LeadImportColumns.Reachable.Select(LeadImportColumns.Describe)]));
        }

        if (!records.Skip(1).Any(r => !IsBlank(r)))
        {
            return (null, new LeadImportRefusal("Import.NoRows", "The file has a header but no rows.", []));
        }

        return (new ImportFile([.. header], map, unknown, records), null);
    }

    /// <summary>Which of the header's columns hold a value in some row: one look at each value, not one scan of the rows per column.</summary>
    private static bool[] FilledColumns(List<IReadOnlyList<string>> records, int width, CancellationToken cancellationToken)
    {
        var filled = new bool[width];
        foreach (var record in records.Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < Math.Min(width, record.Count); i++)
            {
                filled[i] |= !string.IsNullOrWhiteSpace(record[i]);
            }
        }

        return filled;
    }

    private static bool IsBlank(IReadOnlyList<string> record) => record.All(string.IsNullOrWhiteSpace);

    private static LeadImportRow Invalid(int row, IReadOnlyList<string> values, string company, IReadOnlyList<ValidationError> errors) =>
        new(row, values, company, LeadImportOutcome.Invalid, Errors: errors);

    /// <summary>Source channels by enum name and by their English and Chinese texts: <c>ColdCall</c>, <c>Cold call</c>, <c>陌生拜访</c>.</summary>
    private static Dictionary<string, SourceChannel> SourceNames(Texts texts)
    {
        var names = new Dictionary<string, SourceChannel>(StringComparer.Ordinal);
        foreach (var channel in Enum.GetValues<SourceChannel>())
        {
            names.TryAdd(Key(channel.ToString()), channel);
            foreach (var language in Texts.Languages)
            {
                if (texts.Catalogue(language).TryGetValue($"{nameof(SourceChannel)}.{channel}", out var text))
                {
                    names.TryAdd(Key(text), channel);
                }
            }
        }

        return names;
    }

    private static string Key(string value) => new([.. value.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_')).Select(char.ToLowerInvariant)]);

    private sealed record Owner(Guid Id, string Name);

    private sealed record ImportFile(
        IReadOnlyList<string> Columns, IReadOnlyDictionary<LeadImportColumn, int> Map, IReadOnlyList<string> Unknown, IReadOnlyList<IReadOnlyList<string>> Records);

    /// <summary>One import's state: its file, the owners found so far (by normalised login; "" is the import's owner) and the keys its created rows claimed.</summary>
    private sealed class Batch(CurrentUser user, ImportFile file)
    {
        public CurrentUser User { get; } = user;
        public ImportFile File { get; } = file;
        public Dictionary<string, Owner?> Owners { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Claimed { get; } = new(StringComparer.Ordinal);

        public string Value(int index, LeadImportColumn column)
        {
            var record = File.Records[index];
            return File.Map.TryGetValue(column, out var i) && i < record.Count ? CsvFormulas.Restore(record[i].Trim()) : string.Empty;
        }
    }
}
