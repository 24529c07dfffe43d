using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Support;

/// <summary>Who filed a report, as "me too" counts residents: the city-app account, else the Open311 account id or e-mail.</summary>
public static class ReportReporter
{
    public static string? Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(report.ReporterUserId, report.Contact.AccountId, report.Contact.Email);
    }

    public static string? Of(string? reporterUserId, string? accountId, string? email) =>
        new[] { reporterUserId, accountId, email }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
