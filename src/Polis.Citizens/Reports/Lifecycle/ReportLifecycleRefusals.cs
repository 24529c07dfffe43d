namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>Titles and details of <see cref="ReportLifecycleRefusal"/>, worded for RFC 7807 problem details.</summary>
public static class ReportLifecycleRefusals
{
    /// <summary>A short title, the same for every occurrence of the refusal (the problem's <c>title</c>).</summary>
    public static string Title(ReportLifecycleRefusal refusal) => refusal switch
    {
        ReportLifecycleRefusal.Unchanged => "Status unchanged",
        ReportLifecycleRefusal.NotForward => "Status change not allowed",
        ReportLifecycleRefusal.NotOpen => "Report not open",
        ReportLifecycleRefusal.OriginalRequired => "Original report required",
        ReportLifecycleRefusal.NoteRequired => "Note required",
        ReportLifecycleRefusal.NoteTooLong => "Note too long",
        ReportLifecycleRefusal.NotAllowedForReporter => "Not allowed for the reporter",
        ReportLifecycleRefusal.NotResolved => "Report not resolved",
        ReportLifecycleRefusal.WindowPassed => "Reopen window passed",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    /// <summary>What went wrong and what is allowed instead (the problem's <c>detail</c>).</summary>
    public static string Detail(ReportLifecycleRefusal refusal, ReportStatus from, ReportStatus to, ReportLifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fromName = ReportStatuses.Name(from);
        var toName = ReportStatuses.Name(to);
        return refusal switch
        {
            ReportLifecycleRefusal.Unchanged => $"The report is already '{toName}'.",
            ReportLifecycleRefusal.NotForward => $"A report cannot go from '{fromName}' back to '{toName}': staff move reports forward only.",
            ReportLifecycleRefusal.NotOpen => $"Only an open report can become '{toName}'; this one is '{fromName}'.",
            ReportLifecycleRefusal.OriginalRequired => "A duplicate must name the original report (duplicate_of), which cannot be the report itself.",
            ReportLifecycleRefusal.NoteRequired => "Marking a report 'not_responsible' needs a note saying who is responsible.",
            ReportLifecycleRefusal.NoteTooLong => $"A note may hold at most {options.MaxNoteLength} characters.",
            ReportLifecycleRefusal.NotAllowedForReporter => "The reporter may only confirm a fix ('fixed' to 'closed') or reopen ('fixed' or 'closed' to 'confirmed').",
            ReportLifecycleRefusal.NotResolved => $"The report is '{fromName}': only a fixed or closed report can be confirmed or reopened.",
            ReportLifecycleRefusal.WindowPassed => $"A fix can be confirmed or reopened within {options.ReopenWindowDays} days only.",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
    }
}
