using Egov.Field.Reports;

namespace Egov.Field.Findings;

/// <summary>
/// What follows a completed inspection once its results and orders are committed: the orders are served to the
/// owners and the report is drafted for the inspector's line. Both run outside any transaction of this module (the
/// notification secretary, the approvals module and the audit chain write through their own connections, which a
/// transaction held here would block on SQLite), and both are safe to repeat: the hourly job runs this for every
/// inspection a crash or an outage left behind.
/// </summary>
internal sealed class AfterCompletion(OrderService orders, InspectionReports reports)
{
    /// <summary>Serves the unserved orders and drafts the undrafted reports, of one inspection or all.</summary>
    public async Task RunAsync(Guid? inspectionId, CancellationToken cancellationToken)
    {
        await orders.ServePendingAsync(inspectionId, cancellationToken);
        await reports.DraftPendingAsync(inspectionId, cancellationToken);
    }
}
