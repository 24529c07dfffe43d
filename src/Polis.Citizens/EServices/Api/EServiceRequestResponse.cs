using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.EServices.Api;

/// <summary>A request as listed: reference, service, status by name, answers, booked slot.</summary>
public sealed record EServiceRequestResponse(
    long Id,
    string Reference,
    string ServiceCode,
    string Status,
    string Department,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Answers,
    string? SlotId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string? ResidentUserId)
{
    /// <summary>Staff see whose request it is; a resident sees their own without it.</summary>
    public static EServiceRequestResponse From(EServiceRequest request, bool forStaff)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new EServiceRequestResponse(request.Id, request.Reference, request.ServiceCode, EServiceRequestStatuses.Name(request.Status), request.Department,
            request.Answers, request.SlotId, request.SubmittedAt, request.UpdatedAt, forStaff ? request.ResidentUserId : null);
    }
}
