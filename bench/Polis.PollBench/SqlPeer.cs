using System.Diagnostics;
using System.Security.Cryptography;
using Polis.Storage.Sqlite;

namespace Polis.PollBench;

/// <summary>
/// The peer: the same two inserts per vote as plain SQL through Microsoft.Data.Sqlite on a fresh polis.db with the same
/// pragmas (WAL, synchronous=FULL) and the same concurrency — one IMMEDIATE transaction: voter row, chain head, ballot.
/// No HTTP, no authentication, no validation, no hashing of a canonical encoding beyond one SHA-256.
/// </summary>
internal static class SqlPeer
{
    public static async Task<(int Ballots, double Seconds)> RunAsync(int voters, int concurrency)
    {
        var directory = Directory.CreateTempSubdirectory("polis-pollbench-peer-").FullName;
        var database = new SqliteDatabase(Path.Combine(directory, "polis.db"));
        database.Migrate();
        await using (var connection = await database.OpenAsync())
        await using (var poll = connection.CreateCommand())
        {
            poll.CommandText = "INSERT INTO citizens_polls VALUES ('peer', '{}', 1, 0, 0, 0, 'bench', 0)";
            await poll.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, voters, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) => await CastAsync(database, $"user-{i}"));
        var seconds = clock.Elapsed.TotalSeconds;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return (voters, seconds);
    }

    private static async Task CastAsync(SqliteDatabase database, string user)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO citizens_poll_voters (poll_id, user_id) VALUES ('peer', $user)";
        command.Parameters.AddWithValue("$user", user);
        if (await command.ExecuteNonQueryAsync() == 0)
        {
            return;
        }

        command.CommandText = "SELECT coalesce(max(sequence), 0) FROM citizens_ballots WHERE poll_id = 'peer'";
        var sequence = (long)(await command.ExecuteScalarAsync())! + 1;
        var hash = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(sequence)));
        command.CommandText = "INSERT INTO citizens_ballots VALUES ('peer', $seq, 'use=park;extras=cafe', $receipt, 'district-1', 's', 'd', 'p', $hash)";
        command.Parameters.AddWithValue("$seq", sequence);
        command.Parameters.AddWithValue("$receipt", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        command.Parameters.AddWithValue("$hash", hash);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
