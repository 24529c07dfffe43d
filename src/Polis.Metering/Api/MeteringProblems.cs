using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Metering.Api;

/// <summary>The problem details the metering API returns (RFC 7807).</summary>
internal static class MeteringProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"There is no {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult InUse(string what, string id, string reason) =>
        TypedResults.Problem($"The {what} '{id}' is still in use: {reason}.", statusCode: StatusCodes.Status409Conflict, title: $"{Capitalised(what)} in use");

    public static ProblemHttpResult Malformed(string detail) =>
        TypedResults.Problem(detail + " Nothing was stored.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed body");

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    /// <summary>The problem of a registry operation that failed for want of a record or for a conflict (field errors are validation problems).</summary>
    public static ProblemHttpResult Failed<T>(OperationResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status == OperationStatus.NotFound ? NotFound(result.Detail!) : Conflict(result.Detail!);
    }

    public static Results<NoContent, ProblemHttpResult> Deleted(RegistryDeletion deletion, string what, string id, string inUse) => deletion switch
    {
        RegistryDeletion.Deleted => TypedResults.NoContent(),
        RegistryDeletion.NotFound => NotFound(what, id),
        _ => InUse(what, id, inUse),
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
