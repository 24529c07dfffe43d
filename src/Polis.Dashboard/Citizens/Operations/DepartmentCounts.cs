using Polis.Citizens.Reports.ServiceLevels;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>A department of the routing settings, by id and name, with its open reports counted by SLA state.</summary>
public sealed record DepartmentCounts(string Id, string Name, QueueSummary Counts);
