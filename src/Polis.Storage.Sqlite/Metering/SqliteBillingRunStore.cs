using Microsoft.Data.Sqlite;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// Billing runs in the embedded database: the targets of a period in two set queries (assignments with their service
/// points and accounts, installations with their meters' kinds), run records, and settlement in one immediate
/// transaction per batch, so the read of the current bill and the write of its outcome cannot interleave with another
/// run's (and the unique key on service point, kind and period backs it up).
/// </summary>
public sealed class SqliteBillingRunStore(SqliteDatabase database) : IBillingRunStore
{
    private const string AccountFilter = "($all = 1 OR sp.account_id IN (SELECT value FROM json_each($accounts)))";

    public async Task<IReadOnlyList<BillingTarget>> ListTargetsAsync(
        BillPeriod period, DateTimeOffset fromUtc, DateTimeOffset toUtc, IReadOnlyList<string>? accountIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var assignments = connection.CreateCommand();
        assignments.CommandText =
            $"""
            SELECT a.name, sp.address, sp.account_id, {Prefixed("t", BillingRows.AssignmentColumns)}
            FROM metering_tariff_assignments t JOIN metering_service_points sp ON sp.id = t.service_point_id JOIN metering_accounts a ON a.id = sp.account_id
            WHERE t.from_date < $to AND {AccountFilter}
            ORDER BY t.service_point_id, t.meter_kind, t.from_date
            """;
        BindFilter(assignments, accountIds, ("$to", BillingRows.Date(period.To)));
        var rows = await assignments.ReadAllAsync(r => (Name: r.GetString(0), Address: r.GetString(1), AccountId: r.GetString(2), Assignment: BillingRows.ReadAssignment(r, 3)), cancellationToken);

        await using var installations = connection.CreateCommand();
        installations.CommandText =
            $"""
            SELECT m.kind, {Prefixed("i", MeteringRows.InstallationColumns)}
            FROM metering_installations i JOIN metering_meters m ON m.id = i.meter_id JOIN metering_service_points sp ON sp.id = i.service_point_id
            WHERE i.installed_at < $toMs AND (i.removed_at IS NULL OR i.removed_at > $fromMs) AND {AccountFilter}
            ORDER BY i.service_point_id, i.installed_at, i.id
            """;
        BindFilter(installations, accountIds, ("$fromMs", MeteringRows.Ms(fromUtc)), ("$toMs", MeteringRows.Ms(toUtc)));
        var installed = (await installations.ReadAllAsync(r => (Kind: (MeterKind)r.GetInt32(0), Installation: ReadInstallation(r)), cancellationToken))
            .ToLookup(x => (x.Installation.ServicePointId, x.Kind), x => x.Installation);

        var targets = new List<BillingTarget>();
        foreach (var group in rows.GroupBy(r => (r.Assignment.ServicePointId, r.Assignment.MeterKind)))
        {
            var all = group.Select(r => r.Assignment).ToList();
            // The one in force at the period's start and any after it; older history does not matter here.
            var first = Math.Max(0, all.FindLastIndex(a => a.From <= period.From));
            var head = group.First();
            targets.Add(new BillingTarget(group.Key.ServicePointId, head.AccountId, head.Name, head.Address, group.Key.MeterKind, all[first..], [.. installed[group.Key]]));
        }

        return targets;
    }

    public async Task<IReadOnlyList<string>> UnknownAccountsAsync(IReadOnlyList<string> accountIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT j.value FROM json_each($accounts) j WHERE NOT EXISTS (SELECT 1 FROM metering_accounts a WHERE a.id = j.value)";
        command.Parameters.AddWithValue("$accounts", BillJson.Serialize(accountIds));
        return await command.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    public async Task<long> StartRunAsync(BillPeriod period, IReadOnlyList<string>? accountIds, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO metering_billing_runs (period_from, period_to, account_ids, actor, started_at) VALUES ($from, $to, $accounts, $actor, $at) RETURNING id";
        MeteringRows.Bind(command, ("$from", BillingRows.Date(period.From)), ("$to", BillingRows.Date(period.To)),
            ("$accounts", accountIds is null ? null : BillJson.Serialize(accountIds)), ("$actor", actor), ("$at", MeteringRows.Ms(at)));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task FinishRunAsync(BillingRunSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE metering_billing_runs SET finished_at = $at, summary = $summary WHERE id = $id";
        MeteringRows.Bind(command, ("$id", summary.RunId), ("$at", MeteringRows.Ms(summary.FinishedAt)), ("$summary", BillJson.Serialize(summary)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BillSettled>> SettleAsync(long runId, IReadOnlyList<ComputedBill> bills, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bills);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var writes = new BillSettlementWrites(connection);
        var settled = new List<BillSettled>(bills.Count);
        foreach (var (servicePointId, bill) in bills)
        {
            var current = await writes.CurrentAsync(servicePointId, bill, cancellationToken);
            var decision = BillSettlement.Decide(current?.Current, bill);
            var id = current?.Id ?? 0;
            if (decision.Kind == SettlementKind.Issued)
            {
                id = await writes.IssueAsync(runId, servicePointId, bill, at, cancellationToken);
            }
            else if (decision.Kind == SettlementKind.Adjusted)
            {
                await writes.AdjustAsync(id, runId, decision.Adjustment!, bill, at, cancellationToken);
            }

            settled.Add(new BillSettled(servicePointId, bill.Subject.MeterKind, id, decision));
        }

        await transaction.CommitAsync(cancellationToken);
        return settled;
    }

    public async Task<Page<BillingRunRecord>> ListRunsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM metering_billing_runs";
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {BillingRows.RunColumns} FROM metering_billing_runs ORDER BY id DESC LIMIT $limit OFFSET $offset";
        MeteringRows.Bind(select, ("$limit", limit), ("$offset", offset));
        return new Page<BillingRunRecord>(await select.ReadAllAsync(BillingRows.ReadRun, cancellationToken), total, offset, limit);
    }

    public Task<BillingRunRecord?> GetRunAsync(long id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, "metering_billing_runs", BillingRows.RunColumns, id, BillingRows.ReadRun, cancellationToken);

    private static void BindFilter(SqliteCommand command, IReadOnlyList<string>? accountIds, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        MeteringRows.Bind(command, ("$all", accountIds is null ? 1 : 0), ("$accounts", BillJson.Serialize(accountIds ?? [])));
        MeteringRows.Bind(command, parameters);
    }

    private static string Prefixed(string alias, string columns) => string.Join(", ", columns.Split(", ").Select(c => $"{alias}.{c}"));

    /// <summary>An installation read after the one leading column of the query.</summary>
    private static Installation ReadInstallation(SqliteDataReader r) => new(
        r.GetInt64(1), r.GetString(2), r.GetString(3), MeteringRows.Instant(r.GetInt64(4)), r.IsDBNull(5) ? null : MeteringRows.Instant(r.GetInt64(5)),
        r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7));
}
