using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Platform.Devices;

namespace Polis.Metering.Api;

/// <summary>
/// The one flow of every registry write: the request's field errors answer 400 at once; otherwise the registry decides
/// (its field errors 400, a missing record 404, a conflict 409) and a success answers with the response shape.
/// </summary>
internal static class RegistryResults
{
    public static async Task<Results<Created<TResponse>, ValidationProblem, ProblemHttpResult>> CreatedAsync<TRecord, TResponse>(
        (TRecord Record, Dictionary<string, string[]> Errors) request, Func<TRecord, Task<OperationResult<TRecord>>> write, Func<TRecord, string> location, Func<TRecord, TResponse> respond)
    {
        if (request.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(request.Errors);
        }

        var result = await write(request.Record);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created(location(result.Value!), respond(result.Value!)),
            OperationStatus.Invalid => TypedResults.ValidationProblem(result.Errors!),
            _ => MeteringProblems.Failed(result),
        };
    }

    public static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> OkAsync<TRecord, TValue, TResponse>(
        (TRecord Record, Dictionary<string, string[]> Errors) request, Func<TRecord, Task<OperationResult<TValue>>> write, Func<TValue, TResponse> respond)
    {
        if (request.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(request.Errors);
        }

        var result = await write(request.Record);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Ok(respond(result.Value!)),
            OperationStatus.Invalid => TypedResults.ValidationProblem(result.Errors!),
            _ => MeteringProblems.Failed(result),
        };
    }
}
