namespace Polis.Citizens.EServices.Requests;

/// <summary>Problem-detail titles and details for <see cref="EServiceWorkflowRefusal"/>.</summary>
public static class EServiceWorkflowRefusals
{
    public static string Title(EServiceWorkflowRefusal refusal) => refusal switch
    {
        EServiceWorkflowRefusal.Unchanged => "Status unchanged",
        EServiceWorkflowRefusal.NotAllowed => "Status change not allowed",
        EServiceWorkflowRefusal.ReasonRequired => "Reason required",
        EServiceWorkflowRefusal.NotWithdrawable => "Request cannot be withdrawn",
        EServiceWorkflowRefusal.NotAwaitingInformation => "No information requested",
        EServiceWorkflowRefusal.InformationRequired => "Information required",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    public static string Detail(EServiceWorkflowRefusal refusal, EServiceRequestStatus from, EServiceRequestStatus? to = null)
    {
        var fromName = EServiceRequestStatuses.Name(from);
        var toName = to is { } t ? EServiceRequestStatuses.Name(t) : "?";
        return refusal switch
        {
            EServiceWorkflowRefusal.Unchanged => $"The request is already '{fromName}'.",
            EServiceWorkflowRefusal.NotAllowed => $"A request cannot go from '{fromName}' to '{toName}'; from '{fromName}' staff may set: " +
                (EServiceWorkflow.StaffNext(from) is { Count: > 0 } next ? string.Join(", ", next.Select(EServiceRequestStatuses.Name)) : "nothing (it is final)") + ".",
            EServiceWorkflowRefusal.ReasonRequired => "Rejecting a request needs a reason the resident can read.",
            EServiceWorkflowRefusal.NotWithdrawable => $"Only a request not yet decided can be withdrawn; this one is '{fromName}'.",
            EServiceWorkflowRefusal.NotAwaitingInformation => $"The city has not asked for information on this request; it is '{fromName}'.",
            EServiceWorkflowRefusal.InformationRequired => "Answer with a text, one or more attachments, or both.",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
    }
}
