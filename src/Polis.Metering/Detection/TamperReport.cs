namespace Polis.Metering.Detection;

/// <summary>The tamper flags one message of a meter device carried (key → raised), with the reading's instant.</summary>
public sealed record TamperReport(string DeviceId, IReadOnlyDictionary<string, bool> Flags, DateTimeOffset At)
{
    /// <summary>The telemetry keys read as tamper flags: any tampering, the terminal cover opened, a magnetic field at the meter.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["tamper", "tamperCover", "tamperMagnetic"];

    public bool AnyRaised => Flags.Values.Any(raised => raised);
}
