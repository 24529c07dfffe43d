namespace Polis.Gateway.Mqtt;

/// <summary>
/// The topic ACL of the ThingsBoard device API. Every device uses the same literal <c>v1/devices/me/...</c>
/// topics, so the ACL is about the shape of the topic; which device is meant comes from the connection.
/// </summary>
internal static class DeviceTopics
{
    public const string Telemetry = "v1/devices/me/telemetry";
    public const string Attributes = "v1/devices/me/attributes";
    private const string AttributesRequestPrefix = "v1/devices/me/attributes/request/";
    private const string AttributesResponsePrefix = "v1/devices/me/attributes/response/";
    private const string RpcResponsePrefix = "v1/devices/me/rpc/response/";
    private const string RpcRequestPrefix = "v1/devices/me/rpc/request/";

    private static readonly string[][] SubscribeFilters =
    [
        ["v1", "devices", "me", "attributes"],
        ["v1", "devices", "me", "attributes", "response", "+"],
        ["v1", "devices", "me", "rpc", "request", "+"],
        ["v1", "devices", "me", "rpc", "response", "+"],
    ];

    public static DevicePublishKind ClassifyPublish(string? topic) => topic switch
    {
        null or "" => DevicePublishKind.NotAllowed,
        Telemetry => DevicePublishKind.Telemetry,
        Attributes => DevicePublishKind.Attributes,
        _ when HasIdSuffix(topic, AttributesRequestPrefix) => DevicePublishKind.AttributesRequest,
        _ when HasIdSuffix(topic, RpcResponsePrefix) => DevicePublishKind.RpcResponse,
        _ when HasIdSuffix(topic, RpcRequestPrefix) => DevicePublishKind.RpcRequest,
        _ => DevicePublishKind.NotAllowed,
    };

    /// <summary>The request id: the last level of an RPC or attribute request/response topic.</summary>
    public static string IdOf(string topic) => topic[(topic.LastIndexOf('/') + 1)..];

    public static string AttributesResponse(string requestId) => AttributesResponsePrefix + requestId;

    /// <summary>A server-to-device RPC request (what a PUBACK acknowledges).</summary>
    public static bool IsRpcRequest(string? topic) => topic is not null && HasIdSuffix(topic, RpcRequestPrefix);

    /// <summary>True when a subscription to <paramref name="filter"/> receives RPC requests (<c>+</c> or one id).</summary>
    public static bool ReceivesRpcRequests(string? filter) => filter is not null && HasIdSuffix(filter, RpcRequestPrefix);

    /// <summary>
    /// True when <paramref name="filter"/> is one of the device filters or narrower (a literal id where the
    /// allowed filter has <c>+</c>). Anything that could match another topic (<c>#</c>, <c>+</c> elsewhere) is refused.
    /// </summary>
    public static bool IsSubscribeAllowed(string? filter)
    {
        if (string.IsNullOrEmpty(filter) || filter.Contains('#', StringComparison.Ordinal))
        {
            return false;
        }

        var levels = filter.Split('/');
        foreach (var allowed in SubscribeFilters)
        {
            if (Narrows(levels, allowed))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Narrows(string[] levels, string[] allowed)
    {
        if (levels.Length != allowed.Length)
        {
            return false;
        }

        for (var i = 0; i < levels.Length; i++)
        {
            var ok = allowed[i] == "+"
                ? levels[i].Length > 0
                : string.Equals(levels[i], allowed[i], StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // The id is one non-empty level: "request/7" yes, "request/7/x" or "request/" no.
    private static bool HasIdSuffix(string topic, string prefix) =>
        topic.Length > prefix.Length
        && topic.StartsWith(prefix, StringComparison.Ordinal)
        && topic.IndexOf('/', prefix.Length) < 0;
}
