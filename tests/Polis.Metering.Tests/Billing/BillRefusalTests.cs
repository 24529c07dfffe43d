using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>Nothing is billed from unvalidated or incomplete data, nor with a tariff that is not in force.</summary>
public sealed class BillRefusalTests
{
    private static readonly BillPeriod November = BillPeriod.Month(2026, 11);
    private static readonly DateTimeOffset FirstHour = new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero);

    private static BillRefusal Refused(BillResult result)
    {
        Assert.False(result.IsBilled);
        Assert.Null(result.Bill);
        return result.Refusal!;
    }

    [Fact]
    public void Compute_OneQuestionableInterval_RefusesAndNamesIt()
    {
        var values = Hourly(November, 0.5);
        values[5] = values[5] with { Quality = ReadingQuality.Questionable };

        var refusal = Refused(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values));

        Assert.Equal(BillRefusalReason.UnbillableData, refusal.Reason);
        Assert.Equal(new BillProblem(BillProblemKind.Questionable, FirstHour.AddHours(5), FirstHour.AddHours(6)), Assert.Single(refusal.Problems));
        Assert.Contains("A-1001", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-01T04:00Z–2026-11-01T05:00Z is questionable", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_MissingIntervals_RefusesWithMergedGapsInsideAndAtTheEnd()
    {
        var values = Hourly(November, 0.5).ToList();
        values.RemoveRange(100, 3);
        values.RemoveAt(values.Count - 1);

        var refusal = Refused(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values.ToArray()));

        Assert.Equal(
            [
                new BillProblem(BillProblemKind.Missing, FirstHour.AddHours(100), FirstHour.AddHours(103)),
                new BillProblem(BillProblemKind.Missing, FirstHour.AddHours(719), FirstHour.AddHours(720)),
            ],
            refusal.Problems);
        Assert.Equal(2, refusal.ProblemCount);
    }

    [Fact]
    public void Compute_NoIntervals_RefusesTheWholePeriodAsMissing()
    {
        var refusal = Refused(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, []));

        Assert.Equal(new BillProblem(BillProblemKind.Missing, FirstHour, FirstHour.AddHours(720)), Assert.Single(refusal.Problems));
    }

    [Fact]
    public void Compute_DuplicateInterval_RefusesAsOverlapping()
    {
        var values = Hourly(November, 0.5).ToList();
        values.Insert(10, values[10]);

        var refusal = Refused(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values.ToArray()));

        Assert.Equal(BillProblemKind.Overlapping, Assert.Single(refusal.Problems).Kind);
    }

    [Fact]
    public void Compute_NotANumber_RefusesAsInvalid()
    {
        var values = Hourly(November, 0.5);
        values[3] = values[3] with { Quantity = double.NaN };

        var refusal = Refused(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values));

        Assert.Equal(BillProblemKind.Invalid, Assert.Single(refusal.Problems).Kind);
    }

    [Fact]
    public void Compute_ValuesOutsideThePeriod_AreIgnored()
    {
        var values = Hourly(new BillPeriod(new DateOnly(2026, 10, 31), new DateOnly(2026, 12, 2)), 0.5);

        var bill = Billed(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values));

        Assert.Equal(360m, bill.Consumption);
    }

    [Fact]
    public void Compute_ManyProblems_KeepsTheFirstTwentyAndCountsAll()
    {
        var values = Hourly(November, 0.5);
        for (var i = 0; i < values.Length; i += 2)
        {
            values[i] = values[i] with { Quality = ReadingQuality.Questionable };
        }

        var refusal = Refused(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values));

        Assert.Equal(BillRefusal.MaxProblems, refusal.Problems.Count);
        Assert.Equal(360, refusal.ProblemCount);
        Assert.Contains("357 more", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TariffEndingInsideThePeriod_RefusesAsNotInForce()
    {
        var tariff = TestTariffs.Of(MeterKind.Electricity, Version(Start, new DateOnly(2026, 11, 20), [Flat(1m)]));

        var refusal = Refused(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, Hourly(November, 0.5)));

        Assert.Equal(BillRefusalReason.TariffNotInForce, refusal.Reason);
        Assert.Contains("2026-11-20", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_InvalidTariff_RefusesWithTheValidationErrors()
    {
        var tariff = Electricity(Tiered((100m, 1m), (50m, 2m)));

        var refusal = Refused(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, Hourly(November, 0.5)));

        Assert.Equal(BillRefusalReason.InvalidTariff, refusal.Reason);
        Assert.Contains("versions[0].charges[0].blocks[1].size", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WaterMeterOnElectricityTariff_RefusesAsMismatch()
    {
        var refusal = Refused(BillCalculator.Compute(Subject(MeterKind.Water), November, Electricity(Flat(1m)), Copenhagen, Hourly(November, 0.5)));

        Assert.Equal(BillRefusalReason.MeterKindMismatch, refusal.Reason);
    }
}
