namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// A checked submission: the store gives it an id and a reference number. <see cref="Actor"/> is how history names the
/// resident; <see cref="SlotCapacity"/> is the booked slot's.
/// </summary>
public sealed record NewEServiceRequest(
    string ServiceCode,
    string ResidentUserId,
    string Actor,
    string Department,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Answers,
    string? SlotId,
    int SlotCapacity,
    DateTimeOffset SubmittedAt);
