using Polis.Platform.Telemetry;

namespace Polis.Platform.Tests.Telemetry;

public sealed class QueryParsingTests
{
    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("15m", 900_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("1w", 604_800_000)]
    [InlineData("PT15M", 900_000)]
    [InlineData("P1D", 86_400_000)]
    [InlineData("900000", 900_000)]
    public void TryParseInterval_KnownForms_Milliseconds(string text, long expected)
    {
        Assert.True(QueryParsing.TryParseInterval(text, out var ms));
        Assert.Equal(expected, ms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("5x")]
    [InlineData("PTxyz")]
    [InlineData("1.5h")]
    public void TryParseInterval_Garbage_False(string text)
    {
        Assert.False(QueryParsing.TryParseInterval(text, out _));
    }

    [Fact]
    public void TryParseInstant_UnixMsAndIso_SameInstant()
    {
        Assert.True(QueryParsing.TryParseInstant("1767225600000", out var unix));
        Assert.True(QueryParsing.TryParseInstant("2026-01-01T00:00:00Z", out var iso));
        Assert.True(QueryParsing.TryParseInstant("2026-01-01T01:00:00+01:00", out var offset));
        Assert.Equal(unix, iso);
        Assert.Equal(unix, offset);
        Assert.False(QueryParsing.TryParseInstant("next tuesday", out _));
    }

    [Theory]
    [InlineData(null, Aggregation.Avg)]
    [InlineData("SUM", Aggregation.Sum)]
    [InlineData("last", Aggregation.Last)]
    public void TryParseAggregation_Known_Parsed(string? text, Aggregation expected)
    {
        Assert.True(QueryParsing.TryParseAggregation(text, out var agg));
        Assert.Equal(expected, agg);
    }

    [Fact]
    public void TryParseAggregation_Unknown_False()
    {
        Assert.False(QueryParsing.TryParseAggregation("median", out _));
        Assert.False(QueryParsing.TryParseAggregation("7", out _));
    }
}
