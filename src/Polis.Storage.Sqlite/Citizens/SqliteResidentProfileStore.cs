using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Citizens.Residents;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Verified residents' profiles in the embedded database (citizens_resident_profiles, migration 0022).</summary>
public sealed class SqliteResidentProfileStore(SqliteDatabase database) : IResidentProfileStore
{
    public async Task SaveAsync(ResidentProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO citizens_resident_profiles (user_id, district_id, birth_date, verified_at, verified_by) VALUES ($user, $district, $birth, $at, $by)
            ON CONFLICT (user_id) DO UPDATE SET district_id = excluded.district_id, birth_date = excluded.birth_date,
                verified_at = excluded.verified_at, verified_by = excluded.verified_by
            """;
        PollRows.Bind(command, ("$user", profile.UserId), ("$district", profile.DistrictId),
            ("$birth", profile.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$at", profile.VerifiedAt.ToUnixTimeMilliseconds()), ("$by", profile.VerifiedBy));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ResidentProfile?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, district_id, birth_date, verified_at, verified_by FROM citizens_resident_profiles WHERE user_id = $user";
        PollRows.Bind(command, ("$user", userId));
        var found = await command.ReadAllAsync(r => new ResidentProfile(r.GetString(0), r.GetString(1),
            DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), r.GetString(4)), cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<bool> DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM citizens_resident_profiles WHERE user_id = $user";
        PollRows.Bind(command, ("$user", userId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
