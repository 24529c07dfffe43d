using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Customer accounts in the embedded database (metering_accounts).</summary>
public sealed class SqliteAccountStore(SqliteDatabase database) : IAccountStore
{
    private const string Table = "metering_accounts";

    public Task<Page<CustomerAccount>> ListAsync(string? search, int offset, int limit, CancellationToken cancellationToken = default) =>
        MeteringSql.PageAsync(database, Table, MeteringRows.AccountColumns,
            search is null ? string.Empty : @" WHERE id LIKE $q ESCAPE '\' OR name LIKE $q ESCAPE '\'",
            c => c.Parameters.AddWithValue("$q", search is null ? DBNull.Value : MeteringRows.Contains(search)),
            offset, limit, MeteringRows.ReadAccount, cancellationToken);

    public Task<CustomerAccount?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.GetAsync(database, Table, MeteringRows.AccountColumns, id, MeteringRows.ReadAccount, cancellationToken);

    public Task<bool> CreateAsync(CustomerAccount account, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database,
            $"INSERT INTO {Table} ({MeteringRows.AccountColumns}) VALUES ($id, $name, $kind, $email, $phone, $created, $updated)",
            c => MeteringRows.BindAccount(c, account), cancellationToken);

    public Task<bool> UpdateAsync(CustomerAccount account, CancellationToken cancellationToken = default) =>
        MeteringSql.WriteAsync(database,
            $"UPDATE {Table} SET name = $name, kind = $kind, email = $email, phone = $phone, updated_at = $updated WHERE id = $id",
            c => MeteringRows.BindAccount(c, account), cancellationToken);

    public Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        MeteringSql.DeleteAsync(database, Table, id, ["SELECT 1 FROM metering_service_points WHERE account_id = $id"], cancellationToken);
}
