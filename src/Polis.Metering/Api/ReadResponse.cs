using System.Text.Json.Serialization;
using Polis.Metering.Ingest;

namespace Polis.Metering.Api;

/// <summary>A stored register read as the API shows it; <see cref="ConflictingValues"/> only when other values arrived for the same instant.</summary>
public sealed record ReadResponse(
    DateTimeOffset Instant,
    double Value,
    DateTimeOffset Received,
    ReadSource Source,
    int Duplicates,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? ConflictingValues)
{
    public static ReadResponse From(StoredRegisterRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(read.At, read.Value, read.ReceivedAt, read.Source, read.Duplicates, read.IsConflicted ? read.ConflictingValues : null);
    }
}
