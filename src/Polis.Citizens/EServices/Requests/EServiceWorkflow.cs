namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// Which status may follow which. Staff move a request along
/// <c>submitted → in_review → (needs_information ⇄ in_review) → approved | rejected</c>, then <c>approved → completed</c>;
/// a rejection needs a reason. Only the resident takes a request out of <c>needs_information</c> (by answering, back
/// to <c>in_review</c>), and only the resident withdraws one that is not yet decided. Pure: the store calls it
/// inside its transaction with the status it has just read, so two staff members cannot both move the same request.
/// </summary>
public static class EServiceWorkflow
{
    private static readonly Dictionary<EServiceRequestStatus, EServiceRequestStatus[]> Staff = new()
    {
        [EServiceRequestStatus.Submitted] = [EServiceRequestStatus.InReview],
        [EServiceRequestStatus.InReview] = [EServiceRequestStatus.NeedsInformation, EServiceRequestStatus.Approved, EServiceRequestStatus.Rejected],
        [EServiceRequestStatus.Approved] = [EServiceRequestStatus.Completed],
    };

    /// <summary>The statuses staff may set from <paramref name="from"/>.</summary>
    public static IReadOnlyList<EServiceRequestStatus> StaffNext(EServiceRequestStatus from) => Staff.TryGetValue(from, out var next) ? next : [];

    public static EServiceWorkflowRefusal? StaffChange(EServiceRequestStatus from, EServiceRequestStatus to, string? reason)
    {
        if (from == to)
        {
            return EServiceWorkflowRefusal.Unchanged;
        }

        if (!StaffNext(from).Contains(to))
        {
            return EServiceWorkflowRefusal.NotAllowed;
        }

        return to == EServiceRequestStatus.Rejected && string.IsNullOrWhiteSpace(reason) ? EServiceWorkflowRefusal.ReasonRequired : null;
    }

    public static EServiceWorkflowRefusal? Withdraw(EServiceRequestStatus from) =>
        from is EServiceRequestStatus.Submitted or EServiceRequestStatus.InReview or EServiceRequestStatus.NeedsInformation ? null : EServiceWorkflowRefusal.NotWithdrawable;

    public static EServiceWorkflowRefusal? AnswerInformation(EServiceRequestStatus from, bool hasText, int attachments)
    {
        if (from != EServiceRequestStatus.NeedsInformation)
        {
            return EServiceWorkflowRefusal.NotAwaitingInformation;
        }

        return hasText || attachments > 0 ? null : EServiceWorkflowRefusal.InformationRequired;
    }
}
