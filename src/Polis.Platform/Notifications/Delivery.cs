namespace Polis.Platform.Notifications;

/// <summary>One notification of one alarm change to one target, kept in an outbox until delivered or given up.</summary>
public sealed record Delivery(
    Guid Id,
    Guid TargetId,
    Guid AlarmId,
    string Change,
    string PayloadJson,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    int? LastStatusCode,
    string? LastError);
