using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Polis.Citizens.Reports.Api;

/// <summary>The problem details the reports' operator API returns (RFC 7807); Open311 has its own errors (Open311Errors).</summary>
internal static class CitizensReportProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"There is no {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
