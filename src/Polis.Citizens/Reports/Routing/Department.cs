namespace Polis.Citizens.Reports.Routing;

/// <summary>A city department that works on reports, and who supervises it (escalations go there after the department).</summary>
public sealed record Department(string Id, string Name, string? Supervisor = null);
