namespace Polis.Platform.Notifications;

/// <summary>One HTTP attempt of a delivery: when, the status code (null when no answer) and the error.</summary>
public sealed record DeliveryAttempt(Guid DeliveryId, int Number, DateTimeOffset At, int? StatusCode, string? Error, double DurationMs);
