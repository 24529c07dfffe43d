using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Commands;

/// <summary>Commands (RPC) to devices under <c>Polis:Commands</c>.</summary>
public sealed class CommandOptions
{
    public const string SectionName = "Polis:Commands";

    /// <summary>How long a two-way call waits for the answer when the caller gives no timeout (ThingsBoard: 10 s).</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MinTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Upper bound of a timeout: an HTTP call should not hang longer than this.</summary>
    public TimeSpan MaxTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a persistent command waits for its device when the caller gives no expiration.</summary>
    public TimeSpan DefaultPersistentTtl { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan MaxPersistentTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often expired and timed-out persistent commands are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest method name accepted.</summary>
    [Range(1, 1024)]
    public int MaxMethodLength { get; set; } = 128;
}
