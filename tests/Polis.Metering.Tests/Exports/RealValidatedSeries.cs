using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Exports;

/// <summary>
/// Validated hourly intervals of the real Danish heat meter (meter 660), made the way production makes them: its
/// register reads through <see cref="RegisterConverter"/> and <see cref="VeeEngine"/> (with 62 days of history), and
/// saved with <see cref="IIntervalStore.SaveAsync"/> under a meter installed at a service point of an account.
/// </summary>
internal static class RealValidatedSeries
{
    public const string AccountId = "acct-660", ServicePointId = "sp-660", MeterId = "hm-660";

    /// <summary>The account, service point and heat meter (hourly) installed from 2018-01-01.</summary>
    public static async Task RegisterAsync(MeteringDatabase db, string accountId = AccountId, string servicePointId = ServicePointId, string meterId = MeterId)
    {
        await db.AccountAsync(accountId);
        await db.ServicePointAsync(servicePointId, accountId);
        await db.MeterAsync(meterId);
        var saved = await db.Installations.SaveAsync(new Installation(0, meterId, servicePointId, Utc("2018-01-01T00:00:00Z"), null, 5_000, null), MeterKind.Heat);
        Assert.NotNull(saved.Saved);
    }

    /// <summary>
    /// Validates the real reads of [<paramref name="from"/>, <paramref name="to"/>) without those at <paramref name="lost"/>
    /// (so VEE estimates them) and saves the series; returns what was saved.
    /// </summary>
    public static async Task<IReadOnlyList<StoredInterval>> SaveAsync(MeteringDatabase db, DateTimeOffset from, DateTimeOffset to, string meterId = MeterId, params DateTimeOffset[] lost)
    {
        var reads = Between(from, to).Where(r => !lost.Contains(r.At)).ToArray();
        var conversion = RegisterConverter.Convert(IntervalGrid.Between(from, to, TimeSpan.FromHours(1)), reads, new RegisterOptions());
        var result = VeeEngine.Run(VeeInput.FromRegisters(conversion, Copenhagen) with { History = ValidatedHistory(from) }, new VeeOptions(), db.Time);
        List<StoredInterval> values = [.. result.Series.Values.Select(v => new StoredInterval(v.Value, v.Rules == VeeRules.None ? null : VeeRuleIds.Format(v.Rules), v.Reason))];
        var audit = result.Audit.Select(a => new IntervalAuditRecord(a.IntervalStart, a.IntervalEnd, a.OldQuantity, a.OldQuality, a.NewQuantity, a.NewQuality, a.Rule, a.Reason, a.Actor, a.At)).ToList();
        await db.Intervals.SaveAsync([new IntervalWrite(meterId, values, audit, "vee", db.Time.GetUtcNow())]);
        return values;
    }

    /// <summary>An analyst's edit of one value (quality Edited), saved over the series.</summary>
    public static async Task<StoredInterval> EditAsync(MeteringDatabase db, StoredInterval original, double quantity)
    {
        var edited = new StoredInterval(original.Value with { Quantity = quantity, Quality = ReadingQuality.Edited }, "analyst-edit", "meter photo");
        var entry = new IntervalAuditRecord(original.Value.Start, original.Value.End, original.Value.Quantity, original.Value.Quality, quantity, ReadingQuality.Edited,
            "analyst-edit", "meter photo", "analyst", db.Time.GetUtcNow());
        await db.Intervals.SaveAsync([new IntervalWrite(MeterId, [edited], [entry], "analyst", db.Time.GetUtcNow())]);
        return edited;
    }
}
