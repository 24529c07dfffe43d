using System.Globalization;

namespace Polis.Contracts.Telemetry;

/// <summary>
/// One telemetry value. Numbers and booleans live in <see cref="Number"/> (booleans as 0/1) so rollups can
/// aggregate them; strings and JSON objects live in <see cref="Text"/> and are stored but never aggregated.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct TelemetryValue(
    [property: Id(0)] TelemetryValueKind Kind,
    [property: Id(1)] double Number,
    [property: Id(2)] string? Text)
{
    public static TelemetryValue FromNumber(double value) => new(TelemetryValueKind.Number, value, null);

    public static TelemetryValue FromBoolean(bool value) => new(TelemetryValueKind.Boolean, value ? 1 : 0, null);

    public static TelemetryValue FromString(string value) => new(TelemetryValueKind.Text, 0, value);

    public static TelemetryValue FromJson(string rawJson) => new(TelemetryValueKind.Json, 0, rawJson);

    /// <summary>True when the value takes part in rollups (count, sum, min, max, last).</summary>
    public bool IsNumeric => Kind is TelemetryValueKind.Number or TelemetryValueKind.Boolean;

    public override string ToString() => Kind switch
    {
        TelemetryValueKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        TelemetryValueKind.Boolean => Number != 0 ? "true" : "false",
        _ => Text ?? string.Empty,
    };
}
