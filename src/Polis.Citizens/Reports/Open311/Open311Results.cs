using Microsoft.AspNetCore.Http;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Open311 answers: a body in the requested format, or the spec's errors, a list of {code, description}
/// (<c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;&lt;/error&gt;&lt;/errors&gt;</c> in XML) with the HTTP status as code.
/// </summary>
public static class Open311Results
{
    public static IResult Ok(Open311Format format, string rootName, object body) => Body(format, rootName, body, StatusCodes.Status200OK);

    public static IResult Error(Open311Format format, int status, string description) =>
        Body(format, "errors", new Open311List("error", [Open311Object.Of(("code", status), ("description", description))]), status);

    public static IResult BadRequest(Open311Format format, string description) => Error(format, StatusCodes.Status400BadRequest, description);

    public static IResult NotFound(Open311Format format, string description) => Error(format, StatusCodes.Status404NotFound, description);

    public static IResult Forbidden(Open311Format format, string description) => Error(format, StatusCodes.Status403Forbidden, description);

    /// <summary>The format named by a path's extension; an unknown one answers in JSON (the caller gets a 400).</summary>
    public static Open311Format? ParseFormat(string? extension) => extension?.ToLowerInvariant() switch
    {
        "json" => Open311Format.Json,
        "xml" => Open311Format.Xml,
        _ => null,
    };

    private static IResult Body(Open311Format format, string rootName, object body, int status) => Results.Text(
        Open311Writer.Write(format, rootName, body),
        format == Open311Format.Xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8",
        System.Text.Encoding.UTF8,
        status);
}
