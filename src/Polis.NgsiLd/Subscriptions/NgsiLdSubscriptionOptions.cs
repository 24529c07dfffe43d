using System.ComponentModel.DataAnnotations;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>NGSI-LD notification delivery under <c>Polis:NgsiLd:Subscriptions</c>.</summary>
public sealed class NgsiLdSubscriptionOptions
{
    public const string SectionName = "Polis:NgsiLd:Subscriptions";

    /// <summary>Readings waiting for matching; beyond it new ones are dropped (and logged) rather than slowing ingest.</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before the one retry of a notification that failed with a network error, a timeout, 429 or 5xx.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
