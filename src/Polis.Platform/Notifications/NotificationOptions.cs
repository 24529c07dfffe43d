using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Notifications;

/// <summary>Webhook delivery under <c>Polis:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Polis:Notifications";

    /// <summary>Waits before attempts 2, 3, …; the last value repeats until <see cref="MaxAttempts"/>.</summary>
    public IList<TimeSpan> Backoff { get; } = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)];

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan WaitBefore(int attemptsMade) =>
        Backoff.Count == 0 ? TimeSpan.FromMinutes(1) : Backoff[Math.Min(attemptsMade - 1, Backoff.Count - 1)];
}
