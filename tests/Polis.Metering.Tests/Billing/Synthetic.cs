using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Tests.Billing;

/// <summary>Simple interval data and subjects for bills checked by hand.</summary>
internal static class Synthetic
{
    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static BillSubject Subject(MeterKind kind = MeterKind.Electricity) => new()
    {
        AccountId = "A-1001",
        MeterId = "M-42",
        MeterKind = kind,
        AccountName = "Karen Blixen",
        ServicePointAddress = "Strandvejen 111, 2960 Rungsted Kyst",
    };

    /// <summary>Hourly values (UTC) from local midnight to local midnight, each <paramref name="perHour"/> of the local time.</summary>
    public static IntervalValue[] Hourly(BillPeriod period, Func<DateTimeOffset, double> perHour, TimeZoneInfo? zone = null)
    {
        zone ??= Copenhagen;
        var start = Midnight(period.From, zone);
        var end = Midnight(period.To, zone);
        var values = new List<IntervalValue>();
        for (var t = start; t < end; t = t.AddHours(1))
        {
            var local = TimeZoneInfo.ConvertTime(t, zone);
            values.Add(new IntervalValue(t, t.AddHours(1), perHour(local), ReadingQuality.Valid));
        }

        return [.. values];
    }

    public static IntervalValue[] Hourly(BillPeriod period, double perHour, TimeZoneInfo? zone = null) => Hourly(period, _ => perHour, zone);

    /// <summary>Local midnight as an instant (the zones used here have no DST change at midnight).</summary>
    public static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static BillLine Line(Bill bill, string key) => Assert.Single(bill.Lines, l => l.Key == key);

    public static Bill Billed(BillResult result)
    {
        Assert.True(result.IsBilled, result.Refusal?.Message);
        return result.Bill!;
    }
}
