namespace Polis.Citizens.EServices.Requests;

/// <summary>Where an e-service request stands; <see cref="EServiceWorkflow"/> says which may follow which.</summary>
public enum EServiceRequestStatus
{
    Submitted,
    InReview,
    NeedsInformation,
    Approved,
    Rejected,
    Completed,
    Withdrawn,
}
