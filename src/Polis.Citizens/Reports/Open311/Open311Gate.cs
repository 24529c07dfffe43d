using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The checks every Open311 call starts with (the reads run them as an endpoint filter, the POSTs after their api_key): the format extension, then <c>jurisdiction_id</c> (optional, since this
/// endpoint serves one jurisdiction, but a wrong one is the spec's 404).
/// </summary>
public static class Open311Gate
{
    /// <summary>The gate as an endpoint filter for the reads: the handler runs only when the call may go on.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<Open311Options>>().Value;
        var (_, refusal) = Check(http.GetRouteValue("format") as string, http.Request.Query["jurisdiction_id"], options);
        return refusal ?? await next(context);
    }

    /// <summary>The format of a call that passed <see cref="FilterAsync"/>.</summary>
    public static Open311Format FormatOf(string format) => Open311Results.ParseFormat(format) ?? Open311Format.Json;

    /// <summary>The format to answer in and, when the call cannot go on, the error answer.</summary>
    public static (Open311Format Format, IResult? Refusal) Check(string? extension, string? jurisdictionId, Open311Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Open311Results.ParseFormat(extension) is not { } format)
        {
            return (Open311Format.Json, Open311Results.BadRequest(Open311Format.Json, $"Unknown format '{extension}': use .json or .xml."));
        }

        return !string.IsNullOrEmpty(jurisdictionId) && !string.Equals(jurisdictionId, options.JurisdictionId, StringComparison.OrdinalIgnoreCase)
            ? (format, Open311Results.NotFound(format, $"jurisdiction_id '{jurisdictionId}' not found."))
            : (format, null);
    }
}
