namespace Polis.Citizens.EServices.Requests;

/// <summary>What a change does given the status the store read: a new status (null keeps it), or a refusal.</summary>
public sealed record EServiceDecision(EServiceRequestStatus? To, EServiceWorkflowRefusal? Refusal)
{
    public static EServiceDecision Keep { get; } = new(null, null);

    public static EServiceDecision MoveTo(EServiceRequestStatus to) => new(to, null);

    public static EServiceDecision Refuse(EServiceWorkflowRefusal refusal) => new(null, refusal);

    /// <summary>A refusal from the workflow, or else the move.</summary>
    public static EServiceDecision Of(EServiceWorkflowRefusal? refusal, EServiceRequestStatus to) => refusal is { } r ? Refuse(r) : MoveTo(to);
}
