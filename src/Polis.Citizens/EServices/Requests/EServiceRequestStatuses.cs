namespace Polis.Citizens.EServices.Requests;

/// <summary>The wire names of <see cref="EServiceRequestStatus"/> (snake case, as stored and answered).</summary>
public static class EServiceRequestStatuses
{
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<EServiceRequestStatus>().Select(Name)];

    public static string Name(EServiceRequestStatus status) => status switch
    {
        EServiceRequestStatus.Submitted => "submitted",
        EServiceRequestStatus.InReview => "in_review",
        EServiceRequestStatus.NeedsInformation => "needs_information",
        EServiceRequestStatus.Approved => "approved",
        EServiceRequestStatus.Rejected => "rejected",
        EServiceRequestStatus.Completed => "completed",
        EServiceRequestStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static EServiceRequestStatus? Parse(string? name)
    {
        var trimmed = name?.Trim().ToLowerInvariant();
        return Enum.GetValues<EServiceRequestStatus>().Cast<EServiceRequestStatus?>().FirstOrDefault(s => Name(s!.Value) == trimmed);
    }

    /// <summary>Still being worked on: a booking in such a request holds its appointment slot.</summary>
    public static bool IsActive(EServiceRequestStatus status) => status is not (EServiceRequestStatus.Rejected or EServiceRequestStatus.Withdrawn);
}
