using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.EServices.Api;

/// <summary>The problem details the e-services API returns (RFC 7807).</summary>
internal static class EServiceProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"There is no {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    public static ProblemHttpResult BadBody(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable body");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    /// <summary>A workflow refusal: 409, the request's current status does not allow it; a missing reason or answer is a 400.</summary>
    public static ProblemHttpResult Refused(EServiceWorkflowRefusal refusal, EServiceRequestStatus from, EServiceRequestStatus? to = null) => TypedResults.Problem(
        EServiceWorkflowRefusals.Detail(refusal, from, to),
        statusCode: refusal is EServiceWorkflowRefusal.ReasonRequired or EServiceWorkflowRefusal.InformationRequired ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict,
        title: EServiceWorkflowRefusals.Title(refusal));

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
