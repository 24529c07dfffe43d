using Polis.Platform.Geography;

namespace Polis.Storage.Sqlite.Geography;

/// <summary>The city's geography in the embedded SQLite database: one table, replaced in one transaction.</summary>
public sealed class SqliteGeographyStore(SqliteDatabase database) : IGeographyStore
{
    public async Task ReplaceAsync(IReadOnlyList<GeographyFeature> features, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = connection.CreateCommand())
        {
            clear.CommandText = "DELETE FROM geography_features";
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        // One prepared insert reused for every feature: thousands of streets stay one short transaction.
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO geography_features (position, kind, feature_id, name, geometry_json) VALUES ($position, $kind, $id, $name, $geometry)";
        var position = insert.Parameters.Add("$position", Microsoft.Data.Sqlite.SqliteType.Integer);
        var kind = insert.Parameters.Add("$kind", Microsoft.Data.Sqlite.SqliteType.Text);
        var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
        var name = insert.Parameters.Add("$name", Microsoft.Data.Sqlite.SqliteType.Text);
        var geometry = insert.Parameters.Add("$geometry", Microsoft.Data.Sqlite.SqliteType.Text);
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            position.Value = i;
            kind.Value = feature.Kind == GeographyKind.District ? "district" : "street";
            id.Value = (object?)feature.Id ?? DBNull.Value;
            name.Value = feature.Name;
            geometry.Value = feature.GeometryJson;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<GeographyFeature>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, feature_id, name, geometry_json FROM geography_features ORDER BY position";
        return await command.ReadAllAsync(
            r => new GeographyFeature(r.GetString(0) == "district" ? GeographyKind.District : GeographyKind.Street, r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3)),
            cancellationToken);
    }
}
