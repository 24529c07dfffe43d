using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Polis.Dashboard.Components.Shared;

/// <summary>
/// The pages call the API's own handlers in process (metering, polls), so a page and its endpoint validate alike and
/// say the same thing; this turns a handler's result into its value or the problem's sentences.
/// </summary>
public sealed record PageAnswer<T>(T? Value, string? Problem)
{
    public bool IsOk => Problem is null;

    public static PageAnswer<T> Of(IResult result) => result switch
    {
        Ok<T> ok => new PageAnswer<T>(ok.Value, null),
        Created<T> created => new PageAnswer<T>(created.Value, null),
        ValidationProblem invalid => new PageAnswer<T>(default, string.Join(" ", invalid.ProblemDetails.Errors.SelectMany(e => e.Value))),
        ProblemHttpResult problem => new PageAnswer<T>(default, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "The request was refused."),
        _ => new PageAnswer<T>(default, "The request was refused."),
    };
}
