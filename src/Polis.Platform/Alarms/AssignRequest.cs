namespace Polis.Platform.Alarms;

/// <summary>Body of PUT /api/v1/alarms/{id}/assignee; null or empty unassigns.</summary>
public sealed record AssignRequest(string? Assignee);
