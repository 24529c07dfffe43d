using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Tests.Reports.Lifecycle;

public sealed class ReportLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ReportLifecycle _lifecycle;

    public ReportLifecycleTests() => _lifecycle = new ReportLifecycle(new ReportLifecycleOptions { ReopenWindowDays = 14, MaxNoteLength = 20 }, _clock);

    private static ReportLifecycleChange Staff(ReportStatus to, string? note = null, string? duplicateOf = null) =>
        new(to, ReportLifecycleActor.Staff, note, duplicateOf);

    private static ReportLifecycleChange Reporter(ReportStatus to) => new(to, ReportLifecycleActor.Reporter);

    private ReportLifecycleState Moved(ReportLifecycleState state, ReportLifecycleChange change)
    {
        var result = _lifecycle.Apply("r1", state, change);
        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        return result.State!;
    }

    [Theory]
    [InlineData(ReportStatus.Submitted, ReportStatus.Confirmed)]
    [InlineData(ReportStatus.Submitted, ReportStatus.Fixed)]
    [InlineData(ReportStatus.Confirmed, ReportStatus.Investigating)]
    [InlineData(ReportStatus.Investigating, ReportStatus.ActionScheduled)]
    [InlineData(ReportStatus.InProgress, ReportStatus.Closed)]
    [InlineData(ReportStatus.Fixed, ReportStatus.Closed)]
    public void Apply_StaffForward_MovesAndWritesHistory(ReportStatus from, ReportStatus to)
    {
        var result = _lifecycle.Apply("r1", new ReportLifecycleState(from), Staff(to, "  on it  "));

        Assert.True(result.Succeeded);
        Assert.Equal(to, result.State!.Status);
        Assert.Equal(new ReportLifecycleEntry(ReportLifecycleActor.Staff, Start, from, to, "on it"), result.Entry);
    }

    [Theory]
    [InlineData(ReportStatus.Fixed, ReportStatus.InProgress)]
    [InlineData(ReportStatus.ActionScheduled, ReportStatus.Confirmed)]
    [InlineData(ReportStatus.Closed, ReportStatus.Confirmed)]
    [InlineData(ReportStatus.Duplicate, ReportStatus.Fixed)]
    [InlineData(ReportStatus.NotResponsible, ReportStatus.Closed)]
    [InlineData(ReportStatus.Confirmed, ReportStatus.Submitted)]
    public void Apply_StaffBackward_IsRefusedAsNotForward(ReportStatus from, ReportStatus to)
    {
        var result = _lifecycle.Apply("r1", new ReportLifecycleState(from), Staff(to));

        Assert.False(result.Succeeded);
        Assert.Equal(ReportLifecycleRefusal.NotForward, result.Refusal);
        Assert.Null(result.State);
        Assert.Null(result.Entry);
    }

    [Fact]
    public void Apply_SameStatus_IsRefusedAsUnchanged() =>
        Assert.Equal(ReportLifecycleRefusal.Unchanged, _lifecycle.Apply("r1", new ReportLifecycleState(ReportStatus.Confirmed), Staff(ReportStatus.Confirmed)).Refusal);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("r1")]
    public void Apply_DuplicateWithoutOtherOriginal_IsRefused(string? original) =>
        Assert.Equal(ReportLifecycleRefusal.OriginalRequired, _lifecycle.Apply("r1", ReportLifecycleState.New, Staff(ReportStatus.Duplicate, duplicateOf: original)).Refusal);

    [Fact]
    public void Apply_DuplicateWithOriginal_RecordsTheOriginal()
    {
        var state = Moved(new ReportLifecycleState(ReportStatus.Investigating), Staff(ReportStatus.Duplicate, duplicateOf: " r0 "));

        Assert.Equal(ReportStatus.Duplicate, state.Status);
        Assert.Equal("r0", state.DuplicateOf);
        Assert.Equal("closed", ReportStatuses.ToOpen311(state.Status));
    }

    [Fact]
    public void Apply_DuplicateOfAFixedReport_IsRefusedAsNotOpen() =>
        Assert.Equal(ReportLifecycleRefusal.NotOpen, _lifecycle.Apply("r1", new ReportLifecycleState(ReportStatus.Fixed, Start), Staff(ReportStatus.Duplicate, duplicateOf: "r0")).Refusal);

    [Theory]
    [InlineData(null, ReportLifecycleRefusal.NoteRequired)]
    [InlineData(" ", ReportLifecycleRefusal.NoteRequired)]
    [InlineData("This is a note that is far too long", ReportLifecycleRefusal.NoteTooLong)]
    public void Apply_NotResponsibleWithoutAGoodNote_IsRefused(string? note, ReportLifecycleRefusal expected) =>
        Assert.Equal(expected, _lifecycle.Apply("r1", ReportLifecycleState.New, Staff(ReportStatus.NotResponsible, note)).Refusal);

    [Fact]
    public void Apply_NotResponsibleWithNote_Ends()
    {
        var result = _lifecycle.Apply("r1", ReportLifecycleState.New, Staff(ReportStatus.NotResponsible, "Utility company"));

        Assert.Equal(ReportStatus.NotResponsible, result.State!.Status);
        Assert.Equal("Utility company", result.Entry!.Note);
    }

    [Fact]
    public void Apply_ReporterConfirmsFixWithinWindow_Closes()
    {
        var fixedState = Moved(new ReportLifecycleState(ReportStatus.InProgress), Staff(ReportStatus.Fixed));
        Assert.Equal(Start, fixedState.ResolvedAt);
        _clock.Advance(TimeSpan.FromDays(14));

        var result = _lifecycle.Apply("r1", fixedState, Reporter(ReportStatus.Closed));

        Assert.Equal(ReportStatus.Closed, result.State!.Status);
        Assert.Equal(Start, result.State.ResolvedAt);
        Assert.Equal(ReportLifecycleActor.Reporter, result.Entry!.Actor);
        Assert.Equal(Start.AddDays(14), result.Entry.At);
    }

    [Fact]
    public void Apply_ReporterAfterWindow_IsRefused()
    {
        var fixedState = Moved(new ReportLifecycleState(ReportStatus.InProgress), Staff(ReportStatus.Fixed));
        _clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));

        Assert.Equal(ReportLifecycleRefusal.WindowPassed, _lifecycle.Apply("r1", fixedState, Reporter(ReportStatus.Closed)).Refusal);
        Assert.Equal(ReportLifecycleRefusal.WindowPassed, _lifecycle.Apply("r1", fixedState, Reporter(ReportStatus.Confirmed)).Refusal);
    }

    [Fact]
    public void Apply_ReporterReopensTwice_CountsReopeningsAndRestartsTheWindow()
    {
        var state = Moved(ReportLifecycleState.New, Staff(ReportStatus.Fixed));
        state = Moved(state, Reporter(ReportStatus.Confirmed));
        Assert.Equal((ReportStatus.Confirmed, 1, (DateTimeOffset?)null), (state.Status, state.Reopenings, state.ResolvedAt));

        _clock.Advance(TimeSpan.FromDays(30));
        state = Moved(state, Staff(ReportStatus.Closed));
        Assert.Equal(Start.AddDays(30), state.ResolvedAt);
        _clock.Advance(TimeSpan.FromDays(1));
        state = Moved(state, Reporter(ReportStatus.Confirmed));

        Assert.Equal(2, state.Reopenings);
        Assert.True(ReportStatuses.IsOpen(state.Status));
    }

    [Fact]
    public void Apply_StaffMovingToConfirmed_DoesNotCountAReopening() =>
        Assert.Equal(0, Moved(ReportLifecycleState.New, Staff(ReportStatus.Confirmed)).Reopenings);

    [Theory]
    [InlineData(ReportStatus.Submitted, ReportStatus.Confirmed, ReportLifecycleRefusal.NotResolved)]
    [InlineData(ReportStatus.InProgress, ReportStatus.Closed, ReportLifecycleRefusal.NotResolved)]
    [InlineData(ReportStatus.Fixed, ReportStatus.InProgress, ReportLifecycleRefusal.NotAllowedForReporter)]
    [InlineData(ReportStatus.Submitted, ReportStatus.Fixed, ReportLifecycleRefusal.NotAllowedForReporter)]
    [InlineData(ReportStatus.Confirmed, ReportStatus.Duplicate, ReportLifecycleRefusal.NotAllowedForReporter)]
    [InlineData(ReportStatus.Duplicate, ReportStatus.Confirmed, ReportLifecycleRefusal.NotResolved)]
    public void Apply_ReporterOutsideTheirRights_IsRefused(ReportStatus from, ReportStatus to, ReportLifecycleRefusal expected) =>
        Assert.Equal(expected, _lifecycle.Apply("r1", new ReportLifecycleState(from, Start), Reporter(to)).Refusal);

    [Fact]
    public void Apply_ResolvedWithoutResolutionTime_RefusesTheReporter() =>
        Assert.Equal(ReportLifecycleRefusal.WindowPassed, _lifecycle.Apply("r1", new ReportLifecycleState(ReportStatus.Fixed), Reporter(ReportStatus.Closed)).Refusal);

    [Fact]
    public void Refusals_EveryRefusal_HasTitleAndDetail()
    {
        foreach (var refusal in Enum.GetValues<ReportLifecycleRefusal>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ReportLifecycleRefusals.Title(refusal)));
            Assert.EndsWith(".", ReportLifecycleRefusals.Detail(refusal, ReportStatus.Fixed, ReportStatus.InProgress, _lifecycle.Options), StringComparison.Ordinal);
        }

        Assert.Equal("A report cannot go from 'fixed' back to 'in_progress': staff move reports forward only.",
            ReportLifecycleRefusals.Detail(ReportLifecycleRefusal.NotForward, ReportStatus.Fixed, ReportStatus.InProgress, _lifecycle.Options));
    }
}
