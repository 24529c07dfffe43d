using Polis.Metering.Readings;
using Polis.Metering.Registers;
using static Polis.Metering.Tests.Registers.Reads;

namespace Polis.Metering.Tests.Registers;

public sealed class RegisterConverterTests
{
    [Fact]
    public void Convert_HourlyReadsOnBoundaries_GiveRegisterDifferences()
    {
        RegisterRead[] reads = [R(0, 100), R(1, 101.5), R(2, 104), R(3, 104)];

        var conversion = RegisterConverter.Convert(Hourly(0, 3), reads, Options);

        Assert.Equal([1.5, 2.5, 0], Quantities(conversion));
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Valid, v.Quality));
        Assert.Equal(H(1), conversion.Intervals[1].Start);
        Assert.Equal(H(2), conversion.Intervals[1].End);
        Assert.Empty(conversion.Notes);
        Assert.Empty(conversion.Gaps);
        Assert.All(conversion.Outcomes[0], o => Assert.Equal(RegisterReadOutcome.Used, o));
    }

    [Fact]
    public void Convert_ReadsOffTheGrid_ApportionLinearlyAcrossBoundaries()
    {
        // 00:40 → 01:20 moved the register by 4 over 40 min: 20 min (2) fall in each hour.
        // [00,01) = 2 (00:00 → 00:40) + 2 = 4; [01,02) = 2 + 1 (01:20 → 02:00) = 3.
        RegisterRead[] reads = [R(0, 100), R(40 / 60.0, 102), R(80 / 60.0, 106), R(2, 107)];

        var conversion = RegisterConverter.Convert(Hourly(0, 2), reads, Options);

        Assert.Equal(4, conversion.QuantityAt(0), 12);
        Assert.Equal(3, conversion.QuantityAt(1), 12);
        Assert.All(conversion.Notes, n => Assert.Equal(RegisterFindings.Apportioned, n.Findings));
        Assert.Equal(2, conversion.Notes.Count);
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Valid, v.Quality));
    }

    [Fact]
    public void Convert_ReadsWithinSnapTolerance_CountAsTakenOnTheBoundary()
    {
        // 30 s, 45 s late and 40 s early: all within the 1 min tolerance. 02:01:30 is 90 s late: apportioned.
        RegisterRead[] reads = [R(30 / 3600.0, 100), R(1 + (45 / 3600.0), 103), R(2 - (40 / 3600.0), 104), R(3 + (90 / 3600.0), 105.5)];

        var conversion = RegisterConverter.Convert(Hourly(0, 3), reads, Options);

        Assert.Equal(3, conversion.QuantityAt(0));
        Assert.Equal(1, conversion.QuantityAt(1));
        // [02,03) holds 60 of the 61.5 minutes between 02:00 (snapped) and 03:01:30: 1.5 × 60 / 61.5.
        Assert.Equal(1.5 * 60 / 61.5, conversion.QuantityAt(2), 12);
        var note = Assert.Single(conversion.Notes);
        Assert.Equal(H(2), note.IntervalStart);
        Assert.Equal(RegisterFindings.Apportioned, note.Findings);
    }

    [Fact]
    public void Convert_RegisterWrapsAtCapacity_AddsTheWrapBackAndNotesIt()
    {
        // A 5-digit register: 100,000 − 99,999.5 + 0.7 = 1.2 across the wrap.
        RegisterRead[] reads = [R(0, 99_998.5), R(1, 99_999.5), R(2, 0.7), R(3, 2.0)];

        var conversion = RegisterConverter.Convert(Hourly(0, 3), reads, Options, RegisterInstallation.CapacityOfDigits(5));

        Assert.Equal([1.0, 1.2, 1.3], Quantities(conversion).Select(q => Math.Round(q, 9)));
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Valid, v.Quality));
        var note = Assert.Single(conversion.Notes);
        Assert.Equal(RegisterFindings.Rollover, note.Findings);
        Assert.Contains("rolled over at its capacity 100000", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_DecreaseThatIsNoRollover_FlagsTheIntervalsAroundTheSuspectRead()
    {
        // 101 → 99 is a decrease; the pairs using 101 or 99 are questionable, the last one is not.
        RegisterRead[] reads = [R(0, 100), R(1, 101), R(2, 99), R(3, 102), R(4, 103)];

        var conversion = RegisterConverter.Convert(Hourly(0, 4), reads, Options);

        Assert.Equal([1, -2, 3, 1], Quantities(conversion));
        Assert.Equal(
            [ReadingQuality.Questionable, ReadingQuality.Questionable, ReadingQuality.Questionable, ReadingQuality.Valid],
            conversion.Intervals.Select(v => v.Quality));
        Assert.Equal(3, conversion.Notes.Count);
        Assert.All(conversion.Notes, n => Assert.Equal(RegisterFindings.Decrease, n.Findings));
        Assert.Contains("went down from 101 at 2026-01-05T01:00:00Z to 99 at 2026-01-05T02:00:00Z", conversion.Notes[1].Reason, StringComparison.Ordinal);
        Assert.Contains("next to a register decrease", conversion.Notes[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_DecreaseFarFromCapacity_IsNoRollover()
    {
        RegisterRead[] reads = [R(0, 50_000), R(1, 49_990)];

        var conversion = RegisterConverter.Convert(Hourly(0, 1), reads, Options, 100_000);

        Assert.Equal(-10, conversion.QuantityAt(0));
        Assert.Equal(ReadingQuality.Questionable, Assert.Single(conversion.Intervals).Quality);
    }

    [Fact]
    public void Convert_SameInstantSameValue_IgnoresTheDuplicate()
    {
        RegisterRead[] reads = [R(0, 100), R(1, 101), R(1, 101), R(2, 103)];

        var conversion = RegisterConverter.Convert(Hourly(0, 2), reads, Options);

        Assert.Equal([1, 2], Quantities(conversion));
        Assert.Equal([RegisterReadOutcome.Used, RegisterReadOutcome.Duplicate, RegisterReadOutcome.Used, RegisterReadOutcome.Used], conversion.Outcomes[0]);
        Assert.Empty(conversion.Notes);
    }

    [Fact]
    public void Convert_SameInstantDifferentValue_UsesTheLastReceivedAndFlags()
    {
        RegisterRead[] reads = [R(0, 100), R(1, 101), R(1, 105), R(2, 106)];

        var conversion = RegisterConverter.Convert(Hourly(0, 2), reads, Options);

        Assert.Equal([5, 1], Quantities(conversion));
        Assert.Equal(RegisterReadOutcome.Superseded, conversion.Outcomes[0][1]);
        Assert.All(conversion.Intervals, v => Assert.Equal(ReadingQuality.Questionable, v.Quality));
        Assert.All(conversion.Notes, n => Assert.Equal(RegisterFindings.DuplicateConflict, n.Findings));
        Assert.Contains("2 reads at 2026-01-05T01:00:00Z disagree (101, 105)", conversion.Notes[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_OutOfOrderReads_SortsThemAndReportsTheLateOnes()
    {
        RegisterRead[] sorted = [R(0, 100), R(1, 101), R(2, 103), R(3, 104)];
        RegisterRead[] shuffled = [sorted[2], sorted[0], sorted[1], sorted[3]];

        var conversion = RegisterConverter.Convert(Hourly(0, 3), shuffled, Options);

        Assert.Equal(Quantities(RegisterConverter.Convert(Hourly(0, 3), sorted, Options)), Quantities(conversion));
        Assert.Equal([RegisterReadOutcome.Used, RegisterReadOutcome.UsedOutOfOrder, RegisterReadOutcome.UsedOutOfOrder, RegisterReadOutcome.Used], conversion.Outcomes[0]);
        Assert.Equal(2, conversion.Count(RegisterReadOutcome.UsedOutOfOrder));
    }

    [Fact]
    public void Convert_MissingReads_LeaveAGapWithTheProvenConsumption()
    {
        // Reads at 02:00 and 03:00 are lost: 01:00 → 04:00 is 3 h, beyond 1.5 steps, so [01,04) is a gap of 110 − 101 = 9.
        // After the last read (05:00) nothing is known: [05,07) is a gap without consumption.
        RegisterRead[] reads = [R(0, 100), R(1, 101), R(4, 110), R(5, 111)];

        var conversion = RegisterConverter.Convert(Hourly(0, 7), reads, Options);

        Assert.Equal([1, double.NaN, double.NaN, double.NaN, 1, double.NaN, double.NaN], Quantities(conversion));
        Assert.Equal([new RegisterGap(H(1), H(4), 9), new RegisterGap(H(5), H(7), null)], conversion.Gaps);
        Assert.Equal(2, conversion.Intervals.Count);
    }

    [Fact]
    public void Convert_GapAtTheGridStart_CountsOnlyTheConsumptionInsideTheGrid()
    {
        // 23:00 the day before → 01:00 is one long pair of 2: one hour of it (1) lies in [00,01).
        RegisterRead[] reads = [R(-1, 99), R(1, 101), R(2, 102)];

        var conversion = RegisterConverter.Convert(Hourly(0, 2), reads, Options);

        Assert.Equal(new RegisterGap(H(0), H(1), 1), Assert.Single(conversion.Gaps));
        Assert.Equal(1, conversion.QuantityAt(1));
    }

    [Fact]
    public void Convert_DecreaseAcrossAGap_LeavesItsConsumptionUnproven()
    {
        RegisterRead[] reads = [R(0, 100), R(1, 101), R(4, 90), R(5, 91)];

        var conversion = RegisterConverter.Convert(Hourly(0, 5), reads, Options);

        Assert.Equal(new RegisterGap(H(1), H(4), null), Assert.Single(conversion.Gaps));
        Assert.Contains(conversion.Notes, n => n.IntervalStart == H(2) && n.Findings == RegisterFindings.Decrease);
    }

    [Fact]
    public void Convert_QuarterHourGridFromHourlyReads_ProvesEachHourAsAGap()
    {
        RegisterRead[] reads = [R(0, 100), R(1, 104), R(2, 106)];

        var conversion = RegisterConverter.Convert(Quarters(0, 2), reads, Options);

        Assert.Empty(conversion.Intervals);
        Assert.Equal(new RegisterGap(H(0), H(2), 6), Assert.Single(conversion.Gaps));
    }

    [Fact]
    public void Convert_RejectedReads_AreReportedAndSkipped()
    {
        RegisterRead[] reads = [R(0, 100), R(1, double.NaN), R(1, -5), R(1, 101), R(2, double.PositiveInfinity), R(2, 103)];

        var conversion = RegisterConverter.Convert(Hourly(0, 2), reads, Options);

        Assert.Equal([1, 2], Quantities(conversion));
        Assert.Equal(3, conversion.Count(RegisterReadOutcome.Rejected));
        Assert.Equal(3, conversion.Count(RegisterReadOutcome.Used));
    }
}
