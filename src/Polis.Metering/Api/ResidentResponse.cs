namespace Polis.Metering.Api;

/// <summary>A resident linked to an account as operators see it: who (id, e-mail, name; null when the user was deleted since), since when, by whom.</summary>
public sealed record ResidentResponse(string UserId, string? Email, string? DisplayName, DateTimeOffset LinkedAt, string LinkedBy);
