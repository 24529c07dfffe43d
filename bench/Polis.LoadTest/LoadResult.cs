using System.Text.Json.Serialization;

namespace Polis.LoadTest;

/// <summary>One run's figures; printed as one JSON line so scripts can collect them.</summary>
public sealed record LoadResult
{
    public required string Label { get; init; }

    public required int Qos { get; init; }

    public required int Clients { get; init; }

    public required int MessagesPerClient { get; init; }

    public required int InFlight { get; init; }

    public required int PayloadBytes { get; init; }

    public required long Sent { get; init; }

    /// <summary>QoS 1: PUBACKs with a success reason code; QoS 0: equal to <see cref="Sent"/>.</summary>
    public required long Acked { get; init; }

    public required long Errors { get; init; }

    public string? FirstError { get; init; }

    public required bool TimedOut { get; init; }

    /// <summary>First publish to last PUBACK (QoS 1) or to last send (QoS 0).</summary>
    public required double ElapsedSeconds { get; init; }

    public required double MessagesPerSecond { get; init; }

    public double? AckP50Ms { get; init; }

    public double? AckP95Ms { get; init; }

    public double? AckP99Ms { get; init; }

    public double? AckMaxMs { get; init; }

    /// <summary>With --metrics-url: first publish until the readings counter covered every message.</summary>
    public double? StoredAfterSeconds { get; init; }

    public double? StoredMessagesPerSecond { get; init; }

    public double? ReadingsStored { get; init; }

    public double? GroupCommits { get; init; }

    public double? ReadingsPerCommit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }
}
