using BenchmarkDotNet.Attributes;
using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Tariffs;

namespace Polis.Benchmarks;

/// <summary>
/// Bill computation for one month of hourly data on a time-of-use tariff (weekday/weekend/holiday day types, three
/// periods, a standing charge, an electricity tax and VAT): October 2026 in Europe/Copenhagen, 745 hourly values
/// with the 25-hour day. 1,000 accounts with different consumption, billed in turn per invocation, as a run would;
/// the figure is per bill. Peer in the same run: a bare loop summing the same values (the floor of any single
/// pass over them).
/// </summary>
[MemoryDiagnoser]
public class BillComputationBenchmarks
{
    private const int Accounts = 1_000;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly BillPeriod October = BillPeriod.Month(2026, 10);

    private readonly Tariff _tariff = TimeOfUseTariff();
    private BillPlan _plan = null!;
    private IntervalValue[][] _values = [];
    private BillSubject[] _subjects = [];

    [GlobalSetup]
    public void Setup()
    {
        _plan = BillPlan.Create(_tariff, October, Zone);
        var random = new Random(6);
        var start = _plan.StartUtc;
        var hours = (int)(_plan.EndUtc - start).TotalHours;
        _values = [.. Enumerable.Range(0, Accounts).Select(_ => Enumerable.Range(0, hours)
            .Select(h => new IntervalValue(start.AddHours(h), start.AddHours(h + 1), Math.Round(random.NextDouble() * 2, 3), ReadingQuality.Valid))
            .ToArray())];
        _subjects = [.. Enumerable.Range(0, Accounts).Select(i => new BillSubject { AccountId = $"A-{i}", MeterId = $"M-{i}", MeterKind = MeterKind.Electricity })];
        if (!BillCalculator.Compute(_plan, _subjects[0], _values[0]).IsBilled)
        {
            throw new InvalidOperationException("The benchmark's bill was refused.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Accounts)]
    public double SumOnlyPeer()
    {
        var total = 0.0;
        foreach (var values in _values)
        {
            foreach (var value in values)
            {
                total += value.Quantity;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Accounts)]
    public decimal ComputeBillSharedPlan()
    {
        var total = 0m;
        for (var i = 0; i < Accounts; i++)
        {
            total += BillCalculator.Compute(_plan, _subjects[i], _values[i]).Bill!.Total;
        }

        return total;
    }

    [Benchmark]
    public BillPlan CreatePlan() => BillPlan.Create(_tariff, October, Zone);

    private static Tariff TimeOfUseTariff()
    {
        static TimeWindow W(int from, int to, string period) => new() { From = new ClockTime(from, 0), To = new ClockTime(to, 0), Period = period };
        var tou = new TimeOfUseCharge
        {
            Description = "Energy",
            Periods = [new() { Name = "night", UnitPrice = 0.95m }, new() { Name = "day", UnitPrice = 1.45m }, new() { Name = "peak", UnitPrice = 2.85m }],
            DayTypes =
            [
                new() { Name = "weekday", Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], Windows = [W(0, 6, "night"), W(6, 17, "day"), W(17, 21, "peak"), W(21, 24, "day")] },
                new() { Name = "weekend", Days = [DayOfWeek.Saturday, DayOfWeek.Sunday], Windows = [W(0, 6, "night"), W(6, 24, "day")] },
            ],
            Holidays = new() { DayType = "weekend", Dates = [new DateOnly(2026, 12, 25)] },
        };
        return new Tariff
        {
            Id = "bench-tou",
            Name = "Electricity, time of use",
            MeterKind = MeterKind.Electricity,
            Currency = "DKK",
            Versions =
            [
                new TariffVersion
                {
                    From = new DateOnly(2026, 1, 1),
                    Charges = [tou, new StandingCharge { Description = "Subscription", PerDay = 1.50m }, new LevyCharge { Description = "Electricity tax", PerUnit = 0.727m }],
                    Taxes = [new PercentTax { Description = "VAT", Percent = 25m }],
                },
            ],
        };
    }
}
