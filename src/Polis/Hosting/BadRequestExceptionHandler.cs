using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Polis.Hosting;

/// <summary>
/// Turns request-binding failures (unparsable query values, malformed JSON bodies) into 400 problem
/// details that say which parameter failed and, for JSON, where — instead of a bare "Bad Request".
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var detail = badRequest.InnerException is JsonException json
            ? $"{badRequest.Message} {json.Message}"
            : badRequest.Message;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = "Bad request", Detail = detail },
        });
    }
}
