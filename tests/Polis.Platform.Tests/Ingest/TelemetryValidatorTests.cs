using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;

namespace Polis.Platform.Tests.Ingest;

public sealed class TelemetryValidatorTests
{
    private const long Now = 1_800_000_000_000;
    private static readonly DeviceProfile Profile = new("aq", "AQ", null, 60, null, [new TelemetryKeyDefinition("pm25", "ug/m3", 0, 1000), new TelemetryKeyDefinition("label")]);

    private static Rejection? Validate(params TelemetryPoint[] points) =>
        TelemetryValidator.Validate(points, Profile, Now, TimeSpan.FromMinutes(10));

    [Fact]
    public void Validate_InRangeAndUnknownKeys_Accepted()
    {
        Assert.Null(Validate(
            new TelemetryPoint("pm25", Now, TelemetryValue.FromNumber(0)),
            new TelemetryPoint("pm25", Now, TelemetryValue.FromNumber(1000)),
            new TelemetryPoint("label", Now, TelemetryValue.FromString("x")),
            new TelemetryPoint("not-in-profile", Now, TelemetryValue.FromString("free"))));
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(1000.5)]
    public void Validate_OutsideRange_OutOfRange(double value)
    {
        var rejection = Validate(new TelemetryPoint("pm25", Now, TelemetryValue.FromNumber(value)));

        Assert.Equal(RejectionReason.OutOfRange, rejection?.Reason);
        Assert.Contains("pm25", rejection!.Value.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StringForRangedKey_InvalidValue()
    {
        Assert.Equal(RejectionReason.InvalidValue, Validate(new TelemetryPoint("pm25", Now, TelemetryValue.FromString("12")))?.Reason);
    }

    [Theory]
    [InlineData(11 * 60_000)]
    [InlineData(-(Now - TelemetryValidator.EarliestTimestamp) - 1)]
    public void Validate_TimestampBeyondSkewOrBefore2000_InvalidTimestamp(long offset)
    {
        Assert.Equal(RejectionReason.InvalidTimestamp, Validate(new TelemetryPoint("label", Now + offset, TelemetryValue.FromString("x")))?.Reason);
    }

    [Fact]
    public void Validate_WithinSkew_Accepted()
    {
        Assert.Null(Validate(new TelemetryPoint("pm25", Now + (9 * 60_000), TelemetryValue.FromNumber(5))));
    }
}
