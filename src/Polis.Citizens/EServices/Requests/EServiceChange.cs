namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// A change asked of a request, applied by the store in one transaction: <see cref="Decide"/> judges the status read
/// inside it; on success the status, one history entry and any <see cref="Attachments"/> are written together.
/// With <see cref="OwnerUserId"/> set, another resident's request is treated as not found.
/// </summary>
public sealed record EServiceChange(
    long RequestId,
    DateTimeOffset At,
    string Actor,
    EServiceHistoryKind Kind,
    Func<EServiceRequestStatus, EServiceDecision> Decide,
    string? Text,
    bool Public,
    IReadOnlyList<NewAttachment> Attachments,
    string? OwnerUserId = null);
