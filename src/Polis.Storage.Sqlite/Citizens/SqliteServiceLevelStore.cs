using System.Text.Json;
using Polis.Citizens.Reports.ServiceLevels;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>The city's routing and service-level documents in the embedded database (citizens_service_level_documents, migration 0026).</summary>
public sealed class SqliteServiceLevelStore(SqliteDatabase database) : IServiceLevelStore
{
    private const string Routing = "routing";
    private const string ServiceLevels = "service-levels";

    public Task<RoutingDocument?> GetRoutingAsync(CancellationToken cancellationToken = default) => GetAsync<RoutingDocument>(Routing, cancellationToken);

    public Task SaveRoutingAsync(RoutingDocument document, string actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        SaveAsync(Routing, document, actor, at, cancellationToken);

    public Task<ServiceLevelDocument?> GetServiceLevelsAsync(CancellationToken cancellationToken = default) => GetAsync<ServiceLevelDocument>(ServiceLevels, cancellationToken);

    public Task SaveServiceLevelsAsync(ServiceLevelDocument document, string actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        SaveAsync(ServiceLevels, document, actor, at, cancellationToken);

    private async Task<T?> GetAsync<T>(string name, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM citizens_service_level_documents WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<T>(json, CitizensReportRows.Json) : null;
    }

    private async Task SaveAsync<T>(string name, T document, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO citizens_service_level_documents (name, document, updated_at, updated_by) VALUES ($name, $document, $at, $by)
            ON CONFLICT (name) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """;
        CitizensReportRows.Bind(command, ("$name", name), ("$document", JsonSerializer.Serialize(document, CitizensReportRows.Json)),
            ("$at", CitizensReportRows.Ms(at)), ("$by", actor));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
