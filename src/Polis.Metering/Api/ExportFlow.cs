using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Polis.Metering.Api;

/// <summary>
/// The one flow of every consumption view and export: a bad range or resolution answers 400, a record the caller cannot
/// see (unknown, or another household's) 404, and only then is the response made.
/// </summary>
internal static class ExportFlow
{
    public static async Task<Results<TOk, ValidationProblem, ProblemHttpResult>> RunAsync<TRecord, TOk>(
        (ExportQuery Query, Dictionary<string, string[]> Errors) parsed, Func<Task<TRecord?>> find, string what, string id, Func<TRecord, ExportQuery, Task<TOk>> respond)
        where TRecord : class
        where TOk : IResult
    {
        if (parsed.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parsed.Errors);
        }

        return await find() is { } record ? await respond(record, parsed.Query) : MeteringProblems.NotFound(what, id);
    }
}
