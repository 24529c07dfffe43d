using Microsoft.Data.Sqlite;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Issued bills and their adjustments in the embedded database (metering_bills, metering_bill_adjustments).</summary>
public sealed class SqliteBillStore(SqliteDatabase database) : IBillStore
{
    private const string ListColumns =
        """
        b.id, b.run_id, b.account_id, b.service_point_id, b.meter_kind, b.period_from, b.period_to, b.tariff_id, b.currency, b.total, b.issued_at,
        (SELECT group_concat(a.total, ' ') FROM metering_bill_adjustments a WHERE a.bill_id = b.id)
        """;

    public async Task<Page<BillListItem>> ListAsync(BillQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        const string Where =
            """
             WHERE ($from IS NULL OR b.period_from = $from) AND ($account IS NULL OR b.account_id = $account) AND ($servicePoint IS NULL OR b.service_point_id = $servicePoint)
            """;
        void Bind(SqliteCommand c) => MeteringRows.Bind(c, ("$from", query.PeriodFrom is { } from ? BillingRows.Date(from) : null),
            ("$account", query.AccountId), ("$servicePoint", query.ServicePointId));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM metering_bills b" + Where;
        Bind(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {ListColumns} FROM metering_bills b{Where} ORDER BY b.period_from, b.account_id, b.service_point_id, b.meter_kind LIMIT $limit OFFSET $offset";
        Bind(select);
        MeteringRows.Bind(select, ("$limit", query.Limit), ("$offset", query.Offset));
        return new Page<BillListItem>(await select.ReadAllAsync(ReadItem, cancellationToken), total, query.Offset, query.Limit);
    }

    public async Task<StoredBill?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var bill = connection.CreateCommand();
        bill.CommandText = "SELECT run_id, service_point_id, issued_at, document FROM metering_bills WHERE id = $id";
        bill.Parameters.AddWithValue("$id", id);
        var found = (await bill.ReadAllAsync(r => (RunId: r.GetInt64(0), ServicePointId: r.GetString(1), IssuedAt: MeteringRows.Instant(r.GetInt64(2)), Document: r.GetString(3)), cancellationToken))
            .FirstOrDefault();
        if (found.Document is null)
        {
            return null;
        }

        await using var adjustments = connection.CreateCommand();
        adjustments.CommandText = "SELECT id, run_id, issued_at, document, recomputed FROM metering_bill_adjustments WHERE bill_id = $id ORDER BY id";
        adjustments.Parameters.AddWithValue("$id", id);
        var list = await adjustments.ReadAllAsync(
            r => new StoredAdjustment(r.GetInt64(0), r.GetInt64(1), MeteringRows.Instant(r.GetInt64(2)), BillJson.Deserialize<BillAdjustment>(r.GetString(3)), BillJson.Deserialize<Bill>(r.GetString(4))),
            cancellationToken);
        return new StoredBill(id, found.RunId, found.ServicePointId, found.IssuedAt, BillJson.Deserialize<Bill>(found.Document), list);
    }

    private static BillListItem ReadItem(SqliteDataReader r)
    {
        var issued = BillingRows.Money(r.GetString(9));
        var adjustments = r.IsDBNull(11) ? [] : r.GetString(11).Split(' ').Select(BillingRows.Money).ToList();
        return new BillListItem(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), (MeterKind)r.GetInt32(4), BillingRows.Date(r.GetString(5)),
            BillingRows.Date(r.GetString(6)), r.GetString(7), r.GetString(8), issued, adjustments.Count, issued + adjustments.Sum(), MeteringRows.Instant(r.GetInt64(10)));
    }
}
