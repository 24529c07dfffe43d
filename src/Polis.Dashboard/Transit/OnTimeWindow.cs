namespace Polis.Dashboard.Transit;

/// <summary>
/// On time is at most 1 minute early and at most 5 minutes late (both inclusive), the band most agencies report.
/// One definition for the overview's tile, the transit map's colours and the on-time performance charts.
/// </summary>
public static class OnTimeWindow
{
    public const int EarliestSeconds = -60;

    public const int LatestSeconds = 300;

    public static bool Contains(double delaySeconds) => delaySeconds is >= EarliestSeconds and <= LatestSeconds;

    /// <summary>Early, on time or late by the window.</summary>
    public static Punctuality Judge(double delaySeconds) =>
        delaySeconds < EarliestSeconds ? Punctuality.Early : delaySeconds > LatestSeconds ? Punctuality.Late : Punctuality.OnTime;
}
