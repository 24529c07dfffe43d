using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Citizens.Reports.Workflow;

namespace Polis.Citizens.Reports.Api;

/// <summary>A refused workflow change as an RFC 7807 problem, its reason code in the extension member <c>reason</c>.</summary>
public static class ReportWorkflowProblem
{
    public static ProblemHttpResult From(ReportWorkflowResult result, long reportId, string? duplicateOf, ReportWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return TypedResults.Problem(
            ReportWorkflowRefusals.Detail(result, reportId, duplicateOf, workflow.Options),
            statusCode: ReportWorkflowRefusals.StatusCode(result),
            title: ReportWorkflowRefusals.Title(result),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = ReportWorkflowRefusals.Reason(result) });
    }

    /// <summary>The entry of a stored change, or the problem of a refused one.</summary>
    public static Results<Ok<ReportHistoryResponse>, ValidationProblem, ProblemHttpResult> Answer(ReportWorkflowResult result, long reportId, string? duplicateOf, ReportWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? TypedResults.Ok(ReportHistoryResponse.From(result.Entry!)) : From(result, reportId, duplicateOf, workflow);
    }
}
