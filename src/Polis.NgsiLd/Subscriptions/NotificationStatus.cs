namespace Polis.NgsiLd.Subscriptions;

/// <summary>The read-only delivery figures of a subscription's notification member (clause 5.2.14).</summary>
public sealed record NotificationStatus(
    long TimesSent = 0,
    long TimesFailed = 0,
    DateTimeOffset? LastNotification = null,
    DateTimeOffset? LastSuccess = null,
    DateTimeOffset? LastFailure = null,
    string? LastError = null)
{
    public static NotificationStatus None { get; } = new();

    /// <summary>"failed" when the latest notification failed, else "ok" (the spec's notification.status).</summary>
    public string State => LastFailure is { } failed && (LastSuccess is not { } ok || failed > ok) ? "failed" : "ok";

    public NotificationStatus Sent(DateTimeOffset at, string? error) => error is null
        ? this with { TimesSent = TimesSent + 1, LastNotification = at, LastSuccess = at }
        : this with { TimesSent = TimesSent + 1, TimesFailed = TimesFailed + 1, LastNotification = at, LastFailure = at, LastError = error };
}
