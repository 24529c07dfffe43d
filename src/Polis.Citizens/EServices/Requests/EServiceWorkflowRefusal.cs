namespace Polis.Citizens.EServices.Requests;

/// <summary>Why <see cref="EServiceWorkflow"/> refused a change (worded by <see cref="EServiceWorkflowRefusals"/>).</summary>
public enum EServiceWorkflowRefusal
{
    Unchanged,
    NotAllowed,
    ReasonRequired,
    NotWithdrawable,
    NotAwaitingInformation,
    InformationRequired,
}
