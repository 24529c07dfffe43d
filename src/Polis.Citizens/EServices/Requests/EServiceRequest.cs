namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// A resident's application for an e-service: the form's answers, the booked slot of an appointment service, and where
/// it stands. <see cref="Reference"/> (<c>ES-2026-000042</c>) is what the resident quotes on the phone.
/// </summary>
public sealed record EServiceRequest(
    long Id,
    string Reference,
    string ServiceCode,
    string ResidentUserId,
    EServiceRequestStatus Status,
    string Department,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Answers,
    string? SlotId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);
