namespace Polis.Metering.Api;

/// <summary>The offset and limit of a listing, checked.</summary>
internal static class Paging
{
    public const int MaxLimit = 1_000;

    public static (int Offset, int Limit, Dictionary<string, string[]>? Errors) Check(int? offset, int? limit) =>
        offset is < 0 || limit is < 1 or > MaxLimit
            ? (0, 0, new Dictionary<string, string[]>(StringComparer.Ordinal) { ["paging"] = [$"offset must be >= 0 and limit between 1 and {MaxLimit}."] })
            : (offset ?? 0, limit ?? 100, null);
}
