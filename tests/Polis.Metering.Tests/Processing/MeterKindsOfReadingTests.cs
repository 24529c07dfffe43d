using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;

namespace Polis.Metering.Tests.Processing;

/// <summary>The validator's other inputs: interval-value meters (no conversion) and a meter exchange inside the window.</summary>
public sealed class MeterKindsOfReadingTests : IDisposable
{
    private static readonly DateTimeOffset From = RealHeatMeter.Utc("2019-01-07T00:00:00Z");
    private static readonly DateTimeOffset To = RealHeatMeter.Utc("2019-01-10T00:00:00Z");
    private readonly ValidationHarness _h = new();

    [Fact]
    public async Task IntervalMeter_ValuesStampedAtTheirEnd_GoStraightToVee_OffGridOnesAreNotUsed()
    {
        var meter = new Meter("hm-int", MeterKind.Heat, "SN-int", null, null, 1, 60, MeteringDatabase.Start, MeteringDatabase.Start) { ReadingType = MeterReadingType.Interval };
        Assert.True(await _h.Db.Meters.CreateAsync(meter));
        var hourly = Hourly(RealHeatMeter.Between(From, To));
        var offGrid = RealHeatMeter.Utc("2019-01-08T10:00:00Z");
        var late = RealHeatMeter.Utc("2019-01-08T12:00:00Z");
        var stamped = hourly.Select(v => v.End == offGrid ? new RegisterRead(v.End.AddMinutes(20), v.Quantity)
            : v.End == late ? new RegisterRead(v.End.AddSeconds(30), v.Quantity) : new RegisterRead(v.End, v.Quantity));

        await _h.StoreAsync("hm-int", stamped);
        await _h.Service.DrainAsync();

        var measured = hourly.Where(v => v.End != offGrid).ToList();
        var expected = VeeEngine.Run(new VeeInput(IntervalGrid.Between(From, To, TimeSpan.FromHours(1)), ValidationHarness.City.Value.Zone) { Measured = measured },
            new VeeOptions(), _h.Db.Time);
        var stored = await _h.SeriesAsync("hm-int");
        Assert.Equal(expected.Series.Values.Select(SeriesChanges.ToStored), stored);
        Assert.Equal(72, stored.Count);
        Assert.Equal(ReadingQuality.Estimated, stored.Single(v => v.Value.End == offGrid).Value.Quality);
        Assert.Equal(hourly.Single(v => v.End == late).Quantity, stored.Single(v => v.Value.End == late).Value.Quantity);
    }

    [Fact]
    public async Task ExchangeInsideTheWindow_EachMetersSeriesEndsOrStartsWithTheTechniciansReads()
    {
        await _h.Db.AccountAsync();
        await _h.Db.ServicePointAsync();
        await _h.Db.MeterAsync("m-old");
        await _h.Db.MeterAsync("m-new");
        var at = RealHeatMeter.Utc("2019-01-08T12:00:00Z");
        Assert.Equal(InstallationOutcome.Saved, (await _h.Db.Installations.SaveAsync(new Installation(0, "m-old", "sp-1", From, null, RealHeatMeter.At(From), null), MeterKind.Heat)).Outcome);
        Assert.Equal(InstallationOutcome.Saved, (await _h.Db.Installations.ExchangeAsync(new MeterExchange("m-old", "m-new", at, RealHeatMeter.At(at), 0), MeterKind.Heat)).Outcome);
        var real = RealHeatMeter.Between(From, To);
        await _h.StoreAsync("m-old", real.Where(r => r.At > From && r.At < at));
        await _h.StoreAsync("m-new", real.Where(r => r.At > at).Select(r => r with { Value = r.Value - RealHeatMeter.At(at) }));

        await _h.Service.DrainAsync();

        var old = await _h.SeriesAsync("m-old");
        var replacement = await _h.SeriesAsync("m-new");
        Assert.Equal((From, at), (old[0].Value.Start, old[^1].Value.End));
        Assert.Equal((at, To), (replacement[0].Value.Start, replacement[^1].Value.End));
        Assert.Contains("meter-exchange", old[0].Rule, StringComparison.Ordinal);
        Assert.Contains("meter-exchange", old[^1].Rule, StringComparison.Ordinal);
        Assert.Contains("meter-exchange", replacement[0].Rule, StringComparison.Ordinal);
        Assert.All(old.Concat(replacement), v => Assert.Equal(ReadingQuality.Valid, v.Value.Quality));
        Assert.Equal(RealHeatMeter.At(To) - RealHeatMeter.At(From), old.Concat(replacement).Sum(v => v.Value.Quantity), 6);
    }

    [Fact]
    public async Task Multiplier_ScalesConsumptionNotTheStoredReads()
    {
        var meter = new Meter("hm-x10", MeterKind.Heat, "SN-x10", null, 6, 10, 60, MeteringDatabase.Start, MeteringDatabase.Start);
        Assert.True(await _h.Db.Meters.CreateAsync(meter));
        var reads = RealHeatMeter.Between(From, To);
        await _h.StoreAsync("hm-x10", reads);

        await _h.Service.DrainAsync();

        var stored = await _h.SeriesAsync("hm-x10");
        Assert.Equal(10 * (RealHeatMeter.At(To) - RealHeatMeter.At(From)), stored.Sum(v => v.Value.Quantity), 6);
        Assert.Equal(reads[0].Value, (await _h.Db.Reads.ListAsync("hm-x10", From, To, 10))[0].Value);
    }

    public void Dispose() => _h.Dispose();

    private static List<IntervalValue> Hourly(RegisterRead[] reads) =>
        [.. reads.Zip(reads.Skip(1), (a, b) => new IntervalValue(a.At, b.At, b.Value - a.Value, ReadingQuality.Valid))];
}
