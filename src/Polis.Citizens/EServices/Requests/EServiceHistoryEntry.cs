namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// One change of a request, with who and when: a status change (old and new), a comment, or the resident's
/// information. <see cref="Public"/> entries are shown to the resident; internal notes are staff-only.
/// </summary>
public sealed record EServiceHistoryEntry(
    long Id,
    long RequestId,
    DateTimeOffset At,
    string Actor,
    EServiceHistoryKind Kind,
    EServiceRequestStatus? OldStatus,
    EServiceRequestStatus NewStatus,
    string? Text,
    bool Public);
