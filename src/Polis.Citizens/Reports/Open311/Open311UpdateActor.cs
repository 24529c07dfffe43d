using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Who an Open311 update's status change is by, in FixMyStreet's terms. FixMyStreet forwards its users' updates with
/// the report's state after them: a reopen (OPEN or REOPEN on a fixed or closed report) is only offered to the
/// report's creator, so it is the reporter's reopen, under the reporter's window; any other status change comes from
/// the city's own side (a staff client, FixMyStreet's council users) and is a staff move.
/// </summary>
public static class Open311UpdateActor
{
    /// <summary>The actor kind; null when a reopen names an e-mail that is not the reporter's (the report is not theirs to reopen).</summary>
    public static ReportLifecycleActor? Of(Report report, ReportStatus requested, string? email)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (requested != ReportStatus.Confirmed || report.Status is not (ReportStatus.Fixed or ReportStatus.Closed))
        {
            return ReportLifecycleActor.Staff;
        }

        // The client speaks for the reporter; when both sides give an e-mail they must agree.
        var reporterEmail = report.Contact.Email;
        return email is null || reporterEmail is null || string.Equals(email.Trim(), reporterEmail.Trim(), StringComparison.OrdinalIgnoreCase)
            ? ReportLifecycleActor.Reporter
            : null;
    }
}
