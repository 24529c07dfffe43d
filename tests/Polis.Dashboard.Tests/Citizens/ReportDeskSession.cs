namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// A dashboard session for the report pages: the city in Copenhagen's zone and no escalation sweep, so levels stay as
/// filed and the pages and the API are compared on reports that hold still.
/// </summary>
public abstract class ReportDeskSession : DashboardSession
{
    protected override string[] PolisArguments => ["--Polis:City:TimeZone", "Europe/Copenhagen", "--Polis:Citizens:Escalation:Enabled", "false"];
}
