using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Parameter binding shared by the poll and resident stores.</summary>
internal static class PollRows
{
    public const int ConstraintViolation = 19;

    public static void Bind(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
