using Microsoft.Data.Sqlite;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// The prepared statements of one settlement transaction: the current bill of a service point, kind and period (the
/// issued document or the last adjustment's recomputed one), the insert of a bill or an adjustment, and the record of
/// how far each tariff version has billed.
/// </summary>
internal sealed class BillSettlementWrites : IAsyncDisposable
{
    private readonly SqliteCommand _current;
    private readonly SqliteCommand _bill;
    private readonly SqliteCommand _adjustment;
    private readonly SqliteCommand _billed;

    public BillSettlementWrites(SqliteConnection connection)
    {
        _current = Prepare(connection,
            """
            SELECT b.id, coalesce((SELECT a.recomputed FROM metering_bill_adjustments a WHERE a.bill_id = b.id ORDER BY a.id DESC LIMIT 1), b.document)
            FROM metering_bills b WHERE b.service_point_id = $servicePoint AND b.meter_kind = $kind AND b.period_from = $from AND b.period_to = $to
            """, "$servicePoint", "$kind", "$from", "$to");
        _bill = Prepare(connection,
            """
            INSERT INTO metering_bills (run_id, service_point_id, meter_kind, account_id, period_from, period_to, tariff_id, currency, total, issued_at, document)
            VALUES ($run, $servicePoint, $kind, $account, $from, $to, $tariff, $currency, $total, $at, $document) RETURNING id
            """, "$run", "$servicePoint", "$kind", "$account", "$from", "$to", "$tariff", "$currency", "$total", "$at", "$document");
        _adjustment = Prepare(connection,
            "INSERT INTO metering_bill_adjustments (bill_id, run_id, total, issued_at, document, recomputed) VALUES ($bill, $run, $total, $at, $document, $recomputed)",
            "$bill", "$run", "$total", "$at", "$document", "$recomputed");
        _billed = Prepare(connection,
            """
            INSERT INTO metering_tariff_versions_billed (tariff_id, version_from, billed_until) VALUES ($tariff, $version, $until)
            ON CONFLICT (tariff_id, version_from) DO UPDATE SET billed_until = max(billed_until, excluded.billed_until)
            """, "$tariff", "$version", "$until");
    }

    /// <summary>The bill's id and the current bill, or null when none was issued.</summary>
    public async Task<(long Id, Bill Current)?> CurrentAsync(string servicePointId, Bill bill, CancellationToken cancellationToken)
    {
        Set(_current, servicePointId, (int)bill.Subject.MeterKind, BillingRows.Date(bill.Period.From), BillingRows.Date(bill.Period.To));
        await using var reader = await _current.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), BillJson.Deserialize<Bill>(reader.GetString(1))) : null;
    }

    public async Task<long> IssueAsync(long runId, string servicePointId, Bill bill, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Set(_bill, runId, servicePointId, (int)bill.Subject.MeterKind, bill.Subject.AccountId, BillingRows.Date(bill.Period.From), BillingRows.Date(bill.Period.To),
            bill.TariffId, bill.Currency, BillingRows.Money(bill.Total), MeteringRows.Ms(at), BillingRows.Serialize(bill));
        var id = (long)(await _bill.ExecuteScalarAsync(cancellationToken))!;
        await RecordVersionsAsync(bill, cancellationToken);
        return id;
    }

    public async Task AdjustAsync(long billId, long runId, BillAdjustment adjustment, Bill recomputed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Set(_adjustment, billId, runId, BillingRows.Money(adjustment.Total), MeteringRows.Ms(at), BillJson.Serialize(adjustment), BillingRows.Serialize(recomputed));
        await _adjustment.ExecuteNonQueryAsync(cancellationToken);
        await RecordVersionsAsync(recomputed, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _current.DisposeAsync();
        await _bill.DisposeAsync();
        await _adjustment.DisposeAsync();
        await _billed.DisposeAsync();
    }

    /// <summary>Each version part of the bill has billed up to the part's end: its prices are now fixed up to there.</summary>
    private async Task RecordVersionsAsync(Bill bill, CancellationToken cancellationToken)
    {
        foreach (var part in bill.Lines.Select(l => (TariffId: l.TariffId ?? bill.TariffId, l.TariffVersion, l.Part.To)).Distinct())
        {
            Set(_billed, part.TariffId, BillingRows.Date(part.TariffVersion), BillingRows.Date(part.To));
            await _billed.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
