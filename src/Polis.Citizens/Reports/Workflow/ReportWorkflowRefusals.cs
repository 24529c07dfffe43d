using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Workflow;

/// <summary>
/// Words and HTTP statuses of a refused <see cref="ReportWorkflowResult"/>: the lifecycle's own titles and details
/// (<see cref="ReportLifecycleRefusals"/>) plus the workflow's. 400 when the request lacks something it needs (a note,
/// an original that exists), 409 when the report's state forbids the move, 404 for an unknown report.
/// </summary>
public static class ReportWorkflowRefusals
{
    /// <summary>The machine-readable reason: the lifecycle refusal's name, else the outcome's (e.g. NotForward, OriginalNotFound).</summary>
    public static string Reason(ReportWorkflowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Refusal is { } refusal ? refusal.ToString() : result.Outcome.ToString();
    }

    public static int StatusCode(ReportWorkflowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            ReportWorkflowOutcome.NotFound => StatusCodes.Status404NotFound,
            ReportWorkflowOutcome.OriginalNotFound => StatusCodes.Status400BadRequest,
            ReportWorkflowOutcome.Refused when result.Refusal is ReportLifecycleRefusal.OriginalRequired or ReportLifecycleRefusal.NoteRequired or ReportLifecycleRefusal.NoteTooLong
                => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
    }

    public static string Title(ReportWorkflowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            ReportWorkflowOutcome.Refused => ReportLifecycleRefusals.Title(result.Refusal!.Value),
            ReportWorkflowOutcome.NotFound => "Unknown report",
            ReportWorkflowOutcome.OriginalNotFound => "Unknown original report",
            ReportWorkflowOutcome.OriginalIsDuplicate => "Original is a duplicate",
            _ => "Concurrent change",
        };
    }

    public static string Detail(ReportWorkflowResult result, long reportId, string? duplicateOf, ReportLifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            ReportWorkflowOutcome.Refused => ReportLifecycleRefusals.Detail(result.Refusal!.Value, result.From!.Value, result.To!.Value, options),
            ReportWorkflowOutcome.NotFound => $"There is no report '{reportId}'.",
            ReportWorkflowOutcome.OriginalNotFound => $"duplicateOf names report '{duplicateOf}', which does not exist.",
            ReportWorkflowOutcome.OriginalIsDuplicate => $"Report '{duplicateOf}' is itself a duplicate: name its original instead.",
            _ => $"Report '{reportId}' kept changing while this change was decided; read it again and retry.",
        };
    }
}
