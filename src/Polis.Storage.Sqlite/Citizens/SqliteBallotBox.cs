using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;
using Polis.Platform.Hosting;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// The ballot box in the embedded database (citizens_poll_voters, citizens_ballots, citizens_poll_results; migration
/// 0022). A cast is one IMMEDIATE transaction: it takes SQLite's write lock first, so concurrent casts run one after
/// the other; the voter row's primary key refuses a second vote and the ballot is appended at the chain's head only
/// when the voter row went in.
/// </summary>
public sealed class SqliteBallotBox(SqliteDatabase database) : IBallotBox
{
    private const string EntryColumns = "sequence, answers, receipt_hash, district_id, district_salt, district_digest, previous_hash, entry_hash";

    public async Task<BallotCastOutcome> CastAsync(string pollId, string userId, string receiptHash, string district, string answers, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginImmediateAsync(connection, cancellationToken);
        if (await ScalarAsync(connection, transaction, "SELECT 1 FROM citizens_poll_results WHERE poll_id = $poll", cancellationToken, ("$poll", pollId)) is not null)
        {
            return BallotCastOutcome.Sealed;
        }

        await using (var voter = Command(connection, transaction, "INSERT OR IGNORE INTO citizens_poll_voters (poll_id, user_id) VALUES ($poll, $user)", ("$poll", pollId), ("$user", userId)))
        {
            if (await voter.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return BallotCastOutcome.AlreadyVoted;
            }
        }

        var head = await ScalarAsync(connection, transaction,
            "SELECT sequence || ' ' || entry_hash FROM citizens_ballots WHERE poll_id = $poll ORDER BY sequence DESC LIMIT 1", cancellationToken, ("$poll", pollId)) as string;
        var (sequence, previous) = head?.Split(' ') is [var s, var h] ? (long.Parse(s, System.Globalization.CultureInfo.InvariantCulture) + 1, h) : (1L, BallotChain.Genesis);
        var entry = BallotChain.Append(pollId, sequence, previous, receiptHash, district, answers);
        await using (var ballot = Command(connection, transaction, $"INSERT INTO citizens_ballots (poll_id, {EntryColumns}) VALUES ($poll, $seq, $answers, $receipt, $district, $salt, $digest, $previous, $hash)",
            ("$poll", pollId), ("$seq", entry.Sequence), ("$answers", entry.Answers), ("$receipt", entry.ReceiptHash), ("$district", entry.District),
            ("$salt", entry.DistrictSalt), ("$digest", entry.DistrictDigest), ("$previous", entry.PreviousHash), ("$hash", entry.EntryHash)))
        {
            await ballot.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return BallotCastOutcome.Recorded;
    }

    public async Task<bool> HasVotedAsync(string pollId, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT 1 FROM citizens_poll_voters WHERE poll_id = $poll AND user_id = $user", cancellationToken, ("$poll", pollId), ("$user", userId)) is not null;
    }

    public async Task<IReadOnlyList<BallotEntry>> ReadEntriesAsync(string pollId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadEntriesAsync(connection, null, pollId, cancellationToken);
    }

    public async Task<PollResults?> GetResultsAsync(string pollId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ResultsAsync(connection, null, pollId, cancellationToken);
    }

    public async Task<PollResults> SealAsync(string pollId, Func<IReadOnlyList<BallotEntry>, PollResults> count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(count);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginImmediateAsync(connection, cancellationToken);
        if (await ResultsAsync(connection, transaction, pollId, cancellationToken) is { } sealedBefore)
        {
            return sealedBefore;
        }

        var results = count(await ReadEntriesAsync(connection, transaction, pollId, cancellationToken));
        await using (var insert = Command(connection, transaction, "INSERT INTO citizens_poll_results (poll_id, results, sealed_at) VALUES ($poll, $results, $at)",
            ("$poll", pollId), ("$results", JsonSerializer.Serialize(results, ApiJson.Options)), ("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>BEGIN IMMEDIATE: the write lock is taken up front (waiting up to busy_timeout), so the reads inside see the final head.</summary>
    private static Task<SqliteTransaction> BeginImmediateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(connection.BeginTransaction(deferred: false));
    }

    private static async Task<PollResults?> ResultsAsync(SqliteConnection connection, SqliteTransaction? transaction, string pollId, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, transaction, "SELECT results FROM citizens_poll_results WHERE poll_id = $poll", cancellationToken, ("$poll", pollId)) is string json
            ? JsonSerializer.Deserialize<PollResults>(json, ApiJson.Options)
            : null;

    private static async Task<List<BallotEntry>> ReadEntriesAsync(SqliteConnection connection, SqliteTransaction? transaction, string pollId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT {EntryColumns} FROM citizens_ballots WHERE poll_id = $poll ORDER BY sequence", ("$poll", pollId));
        return await command.ReadAllAsync(r => new BallotEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)), cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        PollRows.Bind(command, parameters);
        return command;
    }
}
