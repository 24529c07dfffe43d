namespace Polis.LoadTest;

/// <summary>How one call ended; <see cref="Error"/> describes anything but an answer.</summary>
public readonly record struct RpcCallOutcome(RpcCallStatus Status, string? Error = null)
{
    public static readonly RpcCallOutcome Answered = new(RpcCallStatus.Answered);

    public static readonly RpcCallOutcome TimedOut = new(RpcCallStatus.TimedOut, "timed out");
}
