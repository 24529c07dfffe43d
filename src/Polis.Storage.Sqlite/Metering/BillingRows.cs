using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Columns, row readers and value formats of the billing tables (migration 0018): local dates as yyyy-MM-dd, money as invariant decimal text.</summary>
internal static class BillingRows
{
    public const string AssignmentColumns = "service_point_id, meter_kind, tariff_id, from_date, assigned_at, assigned_by";

    public const string RunColumns = "id, period_from, period_to, account_ids, actor, started_at, finished_at, summary";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static TariffAssignment ReadAssignment(SqliteDataReader r, int first) => new(
        r.GetString(first), (MeterKind)r.GetInt32(first + 1), r.GetString(first + 2), Date(r.GetString(first + 3)),
        MeteringRows.Instant(r.GetInt64(first + 4)), r.GetString(first + 5));

    public static BillingRunRecord ReadRun(SqliteDataReader r) => new(
        r.GetInt64(0), Date(r.GetString(1)), Date(r.GetString(2)),
        r.IsDBNull(3) ? null : BillJson.Deserialize<List<string>>(r.GetString(3)),
        r.GetString(4), MeteringRows.Instant(r.GetInt64(5)), r.IsDBNull(6) ? null : MeteringRows.Instant(r.GetInt64(6)),
        r.IsDBNull(7) ? null : BillJson.Deserialize<BillingRunSummary>(r.GetString(7)));

    public static string Serialize(Bill bill) => BillJson.Serialize(bill);
}
