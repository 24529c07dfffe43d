namespace Polis.NgsiLd.Errors;

/// <summary>The error type URIs of ETSI GS CIM 009 (clause 5.5.2); clients switch on these, not on titles.</summary>
public static class NgsiLdErrorTypes
{
    private const string Prefix = "https://uri.etsi.org/ngsi-ld/errors/";

    public const string InvalidRequest = Prefix + "InvalidRequest";

    public const string BadRequestData = Prefix + "BadRequestData";

    public const string ResourceNotFound = Prefix + "ResourceNotFound";

    public const string AlreadyExists = Prefix + "AlreadyExists";

    public const string OperationNotSupported = Prefix + "OperationNotSupported";

    public const string TooManyResults = Prefix + "TooManyResults";

    public const string InternalError = Prefix + "InternalError";
}
