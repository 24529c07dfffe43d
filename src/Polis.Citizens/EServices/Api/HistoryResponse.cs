using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.EServices.Api;

/// <summary>One history entry as answered: kind and statuses by name.</summary>
public sealed record HistoryResponse(long Id, DateTimeOffset At, string Actor, string Kind, string? OldStatus, string NewStatus, string? Text, bool Public)
{
    public static HistoryResponse From(EServiceHistoryEntry entry, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new HistoryResponse(entry.Id, entry.At, actor ?? entry.Actor, entry.Kind.ToString().ToLowerInvariant(),
            entry.OldStatus is { } old ? EServiceRequestStatuses.Name(old) : null, EServiceRequestStatuses.Name(entry.NewStatus), entry.Text, entry.Public);
    }
}
