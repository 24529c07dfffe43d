using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Polis.Platform.Identity;

/// <summary>Turns Identity failures into RFC 7807 results.</summary>
internal static class IdentityProblems
{
    /// <summary>Errors keyed by Identity's error code (as MapIdentityApi does), e.g. PasswordTooShort, DuplicateEmail.</summary>
    public static ValidationProblem From(IdentityResult result) => TypedResults.ValidationProblem(
        result.Errors
            .GroupBy(e => e.Code)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    public static ValidationProblem Validation(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        title: "Not Found", detail: $"No user with id '{id}'.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult LastAdmin() => TypedResults.Problem(
        title: "Conflict",
        detail: "This is the last admin; create or promote another admin first.",
        statusCode: StatusCodes.Status409Conflict);
}
