namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>One department's open reports by SLA state: what the operators' queue page shows per department.</summary>
public sealed record QueueSummary(string Department, int Open, int OnTrack, int DueSoon, int Overdue, int Unscheduled);
