using Polis.Citizens.EServices.Requests;
using S = Polis.Citizens.EServices.Requests.EServiceRequestStatus;

namespace Polis.Citizens.Tests.EServices;

public sealed class EServiceWorkflowTests
{
    private static readonly (S From, S To)[] StaffMoves =
        [(S.Submitted, S.InReview), (S.InReview, S.NeedsInformation), (S.InReview, S.Approved), (S.InReview, S.Rejected), (S.Approved, S.Completed)];

    public static TheoryData<S, S> AllowedStaffMoves() => Pairs(StaffMoves);

    /// <summary>Every other pair of different statuses: staff may not make it.</summary>
    public static TheoryData<S, S> RefusedStaffMoves() =>
        Pairs(Enum.GetValues<S>().SelectMany(f => Enum.GetValues<S>().Select(t => (f, t))).Where(p => p.f != p.t && !StaffMoves.Contains(p)));

    [Theory]
    [MemberData(nameof(AllowedStaffMoves))]
    public void StaffChange_AlongTheWorkflow_Allowed(S from, S to) => Assert.Null(EServiceWorkflow.StaffChange(from, to, "Because."));

    [Theory]
    [MemberData(nameof(RefusedStaffMoves))]
    public void StaffChange_AnyOtherMove_NotAllowed(S from, S to) => Assert.Equal(EServiceWorkflowRefusal.NotAllowed, EServiceWorkflow.StaffChange(from, to, "Because."));

    [Fact]
    public void StaffChange_NeedsInformationBackToReview_OnlyTheResidentsAnswerDoesIt() =>
        Assert.Equal(EServiceWorkflowRefusal.NotAllowed, EServiceWorkflow.StaffChange(S.NeedsInformation, S.InReview, null));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void StaffChange_RejectWithoutReason_ReasonRequired(string? reason) =>
        Assert.Equal(EServiceWorkflowRefusal.ReasonRequired, EServiceWorkflow.StaffChange(S.InReview, S.Rejected, reason));

    [Fact]
    public void StaffChange_ApproveWithoutReason_Allowed() => Assert.Null(EServiceWorkflow.StaffChange(S.InReview, S.Approved, null));

    [Theory]
    [InlineData(S.Submitted)]
    [InlineData(S.InReview)]
    [InlineData(S.Approved)]
    public void StaffChange_SameStatus_Unchanged(S status) => Assert.Equal(EServiceWorkflowRefusal.Unchanged, EServiceWorkflow.StaffChange(status, status, null));

    [Theory]
    [InlineData(S.Submitted, true)]
    [InlineData(S.InReview, true)]
    [InlineData(S.NeedsInformation, true)]
    [InlineData(S.Approved, false)]
    [InlineData(S.Rejected, false)]
    [InlineData(S.Completed, false)]
    [InlineData(S.Withdrawn, false)]
    public void Withdraw_OnlyBeforeADecision(S from, bool allowed) =>
        Assert.Equal(allowed ? null : EServiceWorkflowRefusal.NotWithdrawable, EServiceWorkflow.Withdraw(from));

    [Fact]
    public void AnswerInformation_WhenAsked_WithTextOrFiles_Allowed()
    {
        Assert.Null(EServiceWorkflow.AnswerInformation(S.NeedsInformation, hasText: true, attachments: 0));
        Assert.Null(EServiceWorkflow.AnswerInformation(S.NeedsInformation, hasText: false, attachments: 1));
    }

    [Fact]
    public void AnswerInformation_Empty_InformationRequired() =>
        Assert.Equal(EServiceWorkflowRefusal.InformationRequired, EServiceWorkflow.AnswerInformation(S.NeedsInformation, hasText: false, attachments: 0));

    [Theory]
    [InlineData(S.Submitted)]
    [InlineData(S.InReview)]
    [InlineData(S.Approved)]
    [InlineData(S.Withdrawn)]
    public void AnswerInformation_NotAsked_Refused(S from) =>
        Assert.Equal(EServiceWorkflowRefusal.NotAwaitingInformation, EServiceWorkflow.AnswerInformation(from, hasText: true, attachments: 0));

    [Fact]
    public void Detail_NotAllowed_NamesWhatStaffMaySet()
    {
        Assert.Equal("A request cannot go from 'submitted' to 'approved'; from 'submitted' staff may set: in_review.",
            EServiceWorkflowRefusals.Detail(EServiceWorkflowRefusal.NotAllowed, S.Submitted, S.Approved));
        Assert.Equal("A request cannot go from 'completed' to 'in_review'; from 'completed' staff may set: nothing (it is final).",
            EServiceWorkflowRefusals.Detail(EServiceWorkflowRefusal.NotAllowed, S.Completed, S.InReview));
    }

    private static TheoryData<S, S> Pairs(IEnumerable<(S From, S To)> pairs)
    {
        var data = new TheoryData<S, S>();
        foreach (var (from, to) in pairs)
        {
            data.Add(from, to);
        }

        return data;
    }

    [Fact]
    public void Statuses_NamesRoundTrip()
    {
        foreach (var status in Enum.GetValues<S>())
        {
            Assert.Equal(status, EServiceRequestStatuses.Parse(EServiceRequestStatuses.Name(status)));
        }

        Assert.Null(EServiceRequestStatuses.Parse("approved-ish"));
    }
}
