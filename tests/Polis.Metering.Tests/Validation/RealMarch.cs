using Polis.Metering.Registers;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Validation;

/// <summary>March 2020 of the real heat meter with one fault of each kind injected into its reads.</summary>
internal static class RealMarch
{
    private const double Capacity = 100_000;

    /// <summary>
    /// The reads of [<paramref name="from"/>, +31 days] with: +40 kWh on every read from 2020-03-10T12Z (a spike hour),
    /// the read of 2020-03-12T06Z lost (a 2-hour gap), those of 2020-03-14T01Z–05Z lost (a 6-hour gap), the read of
    /// 2020-03-16T12Z 50 too low (a decrease), a 5-digit register that wraps between 2020-03-20T08Z and 09Z, a meter
    /// exchange at <paramref name="exchange"/> (final and initial reads), one read repeated and all of them shuffled.
    /// </summary>
    public static MeterReads[] Faulty(DateTimeOffset from, DateTimeOffset exchange)
    {
        var reads = Between(from, from.AddDays(31))
            .Where(r => r.At != Utc("2020-03-12T06:00:00Z") && (r.At < Utc("2020-03-14T01:00:00Z") || r.At > Utc("2020-03-14T05:00:00Z")))
            .Select(r => r.At >= Utc("2020-03-10T12:00:00Z") ? r with { Value = r.Value + 40 } : r)
            .Select(r => r.At == Utc("2020-03-16T12:00:00Z") ? r with { Value = r.Value - 50 } : r)
            .ToList();
        // 46081.8769230769 + 40 at 2020-03-20T08Z becomes 99,999 on the 5-digit register.
        var offset = 99_999 - (At(Utc("2020-03-20T08:00:00Z")) + 40);
        reads = [.. reads.Select(r => r with { Value = (r.Value + offset) % Capacity })];
        var tenZ = reads.Single(r => r.At == Utc("2020-03-25T10:00:00Z")).Value;
        var elevenZ = reads.Single(r => r.At == Utc("2020-03-25T11:00:00Z")).Value;
        var final = tenZ + ((elevenZ - tenZ) * (exchange - Utc("2020-03-25T10:00:00Z")) / TimeSpan.FromHours(1));
        var random = new Random(2020);
        var old = reads.Where(r => r.At < exchange).Append(reads.Single(r => r.At == Utc("2020-03-05T01:00:00Z"))).OrderBy(_ => random.Next()).ToArray();
        var @new = reads.Where(r => r.At > exchange).Select(r => r with { Value = r.Value - final }).ToArray();
        return
        [
            new(new RegisterInstallation("HM-660", from.AddYears(-5), exchange) { FinalRead = final, Capacity = Capacity }, old),
            new(new RegisterInstallation("HM-661", exchange) { InitialRead = 0, Capacity = Capacity }, @new),
        ];
    }
}
