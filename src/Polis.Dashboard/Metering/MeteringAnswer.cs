using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Polis.Dashboard.Metering;

/// <summary>
/// The pages call the metering API's own handlers in process, so a page and its endpoint validate alike and say the
/// same thing; this turns a handler's result into its value or the problem's sentences.
/// </summary>
public sealed record MeteringAnswer<T>(T? Value, string? Problem)
{
    public bool IsOk => Problem is null;

    public static MeteringAnswer<T> Of(IResult result) => result switch
    {
        Ok<T> ok => new MeteringAnswer<T>(ok.Value, null),
        ValidationProblem invalid => new MeteringAnswer<T>(default, string.Join(" ", invalid.ProblemDetails.Errors.SelectMany(e => e.Value))),
        ProblemHttpResult problem => new MeteringAnswer<T>(default, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "The request was refused."),
        _ => new MeteringAnswer<T>(default, "The request was refused."),
    };
}
