namespace Polis.Transit.Realtime.Alerts;

/// <summary>What one delay check changes: alerts to add, to replace (new minutes), and ids to delete (cleared).</summary>
public sealed record DelayAlertPlan(IReadOnlyList<ServiceAlert> Add, IReadOnlyList<ServiceAlert> Replace, IReadOnlyList<string> Delete);
