using Microsoft.Extensions.Options;

namespace SalesCrm.Web.Features.Receivables;

/// <summary>
/// Every <see cref="ReceivableOptions.CheckEvery"/> on the app's clock: AR-1, owning reps are alerted once when an
/// allowed debt's promised date passes unpaid (<see cref="ReceivableService.AlertOverdueDebtsAsync"/>) and once per overdue
/// step of any other receivable (<see cref="ReceivableService.AlertOverdueAsync"/>); AR-2, at the start
/// of a month the department head is told once that last month's statement is ready (<see cref="MonthlyStatementService.AnnounceAsync"/>).
/// </summary>
public sealed class ReceivablesJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReceivableOptions> options, ILogger<ReceivablesJob> logger)
    : PeriodicJob(scopes, time)
{
    protected override TimeSpan Every => options.Value.CheckEvery;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ReceivableService>().AlertOverdueDebtsAsync(cancellationToken);
        await services.GetRequiredService<ReceivableService>().AlertOverdueAsync(cancellationToken);
        await services.GetRequiredService<MonthlyStatementService>().AnnounceAsync(cancellationToken);
    }

    protected override void RunFailed(Exception exception) => logger.ReceivablesRunFailed(exception);
}
