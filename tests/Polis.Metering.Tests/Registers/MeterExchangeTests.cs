using Polis.Metering.Readings;
using Polis.Metering.Registers;
using static Polis.Metering.Tests.Registers.Reads;

namespace Polis.Metering.Tests.Registers;

public sealed class MeterExchangeTests
{
    private static readonly RegisterInstallation Old = new("old", H(-24), H(10 + (20 / 60.0))) { FinalRead = 1000.5 };
    private static readonly RegisterInstallation New = new("new", H(10 + (20 / 60.0))) { InitialRead = 0 };

    [Fact]
    public void Convert_ExchangeWithFinalAndInitialReads_AddsBothMetersInTheExchangeHour()
    {
        // [10,11) = old meter 1000 → 1000.5 (final, 10:20) + new meter 0 (initial, 10:20) → 2.5 = 3.0.
        MeterReads[] meters =
        [
            new(Old, new[] { R(9, 999), R(10, 1000) }),
            new(New, new[] { R(11, 2.5), R(12, 4) }),
        ];

        var conversion = RegisterConverter.Convert(Hourly(9, 12), meters, Options);

        Assert.Equal([1, 3, 1.5], Quantities(conversion));
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Valid, v.Quality));
        var note = Assert.Single(conversion.Notes);
        Assert.Equal(H(10), note.IntervalStart);
        Assert.True(note.Findings.HasFlag(RegisterFindings.MeterExchange));
        Assert.Contains("meter old removed at 2026-01-05T10:20:00Z with final read 1000.5", note.Reason, StringComparison.Ordinal);
        Assert.Contains("meter new installed at 2026-01-05T10:20:00Z with initial read 0", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ExchangeSnappedOntoABoundary_NotesTheHourOnEachSide()
    {
        // Exchanged at 10:00:20, within the snap tolerance: the old meter's last hour ends with its final read (1001),
        // the new meter's first hour starts from its initial read (0).
        var at = H(10 + (20 / 3600.0));
        MeterReads[] meters =
        [
            new(Old with { RemovedAt = at, FinalRead = 1001 }, new[] { R(9, 999.5) }),
            new(New with { InstalledAt = at }, new[] { R(11, 2.5) }),
        ];

        var conversion = RegisterConverter.Convert(Hourly(9, 11), meters, Options);

        Assert.Equal([1.5, 2.5], Quantities(conversion));
        Assert.Equal([H(9), H(10)], conversion.Notes.Select(n => n.IntervalStart));
        Assert.All(conversion.Notes, n => Assert.Equal(RegisterFindings.MeterExchange, n.Findings));
    }

    [Fact]
    public void Convert_ExchangeWithoutFinalRead_LeavesTheExchangeHourAnUnprovenGap()
    {
        MeterReads[] meters =
        [
            new(Old with { FinalRead = null }, new[] { R(9, 999), R(10, 1000) }),
            new(New, new[] { R(11, 2.5), R(12, 4) }),
        ];

        var conversion = RegisterConverter.Convert(Hourly(9, 12), meters, Options);

        Assert.Equal([1, double.NaN, 1.5], Quantities(conversion));
        Assert.Equal(new RegisterGap(H(10), H(11), null), Assert.Single(conversion.Gaps));
    }

    [Fact]
    public void Convert_ReadsOutsideAnInstallation_AreReportedAndNotUsed()
    {
        // The old meter still reported at 11:00 after its removal; the new one "read" 5 before it was installed.
        MeterReads[] meters =
        [
            new(Old, new[] { R(9, 999), R(10, 1000), R(11, 1001.7) }),
            new(New, new[] { R(10, 5), R(11, 2.5), R(12, 4) }),
        ];

        var conversion = RegisterConverter.Convert(Hourly(9, 12), meters, Options);

        Assert.Equal([1, 3, 1.5], Quantities(conversion));
        Assert.Equal(RegisterReadOutcome.OutsideInstallation, conversion.Outcomes[0][2]);
        Assert.Equal(RegisterReadOutcome.OutsideInstallation, conversion.Outcomes[1][0]);
        Assert.Equal(2, conversion.Count(RegisterReadOutcome.OutsideInstallation));
    }

    [Fact]
    public void Convert_TwoInstallationsAtOnce_FlagsTheOverlapQuestionable()
    {
        MeterReads[] meters =
        [
            new(RegisterInstallation.Always("a"), new[] { R(0, 10), R(1, 11) }),
            new(RegisterInstallation.Always("b"), new[] { R(0, 50), R(1, 52) }),
        ];

        var conversion = RegisterConverter.Convert(Hourly(0, 1), meters, Options);

        var value = Assert.Single(conversion.Intervals);
        Assert.Equal(3, value.Quantity);
        Assert.Equal(ReadingQuality.Questionable, value.Quality);
        Assert.Equal(RegisterFindings.OverlappingInstallations, Assert.Single(conversion.Notes).Findings);
    }
}
