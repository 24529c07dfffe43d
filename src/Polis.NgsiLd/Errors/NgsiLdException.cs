namespace Polis.NgsiLd.Errors;

/// <summary>
/// A request the NGSI-LD API refuses, carrying the spec's error type so the endpoint can answer in the
/// NGSI-LD error format. Parsers throw it from deep inside recursive descent, where a result type
/// would have to be threaded through every rule.
/// </summary>
public sealed class NgsiLdException : Exception
{
    public NgsiLdException()
        : this(NgsiLdErrorTypes.BadRequestData, "Bad request data", "The request is not valid.")
    {
    }

    public NgsiLdException(string message)
        : this(NgsiLdErrorTypes.BadRequestData, "Bad request data", message)
    {
    }

    public NgsiLdException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorType = NgsiLdErrorTypes.BadRequestData;
        Title = "Bad request data";
        StatusCode = 400;
    }

    public NgsiLdException(string errorType, string title, string message, int statusCode = 400)
        : base(message)
    {
        ErrorType = errorType;
        Title = title;
        StatusCode = statusCode;
    }

    public string ErrorType { get; }

    public string Title { get; }

    public int StatusCode { get; }

    public static NgsiLdException BadRequest(string message) => new(NgsiLdErrorTypes.BadRequestData, "Bad request data", message);

    public static NgsiLdException InvalidRequest(string message) => new(NgsiLdErrorTypes.InvalidRequest, "Invalid request", message);

    public static NgsiLdException AlreadyExists(string message) => new(NgsiLdErrorTypes.AlreadyExists, "Already exists", message, 409);

    public static NgsiLdException NotFound(string message) => new(NgsiLdErrorTypes.ResourceNotFound, "Resource not found", message, 404);
}
