using System.Text.Json;

namespace Polis.Platform.Commands;

/// <summary>Checks an RPC request against the options and turns it into an <see cref="RpcCommand"/>.</summary>
public static class RpcRequestValidator
{
    /// <param name="request">The body as posted.</param>
    /// <param name="oneWayRoute">True for /oneway, false for /twoway, null for the plain route (the body decides).</param>
    /// <param name="options">Timeout and expiry bounds.</param>
    /// <param name="now">The current time (Unix ms), for expiration times.</param>
    /// <param name="maxPayloadBytes">The device payload limit; the request sent to the device must fit in it.</param>
    public static (RpcCommand? Command, Dictionary<string, string[]> Errors) Validate(RpcRequest? request, bool? oneWayRoute, CommandOptions options, long now, int maxPayloadBytes)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            errors["body"] = ["A JSON body with at least \"method\" is required."];
            return (null, errors);
        }

        var method = request.Method;
        if (string.IsNullOrWhiteSpace(method))
        {
            errors["method"] = ["method is required."];
        }
        else if (method.Length > options.MaxMethodLength || method.Any(char.IsControl))
        {
            errors["method"] = [$"method is 1 to {options.MaxMethodLength} printable characters."];
        }

        var timeout = options.DefaultTimeout;
        if (request.Timeout is { } ms)
        {
            timeout = TimeSpan.FromMilliseconds(Math.Clamp(ms, -1, (long)options.MaxTimeout.TotalMilliseconds + 1));
            if (timeout < options.MinTimeout || timeout > options.MaxTimeout)
            {
                errors["timeout"] = [$"timeout is between {options.MinTimeout.TotalMilliseconds:0} and {options.MaxTimeout.TotalMilliseconds:0} ms."];
            }
        }

        if (oneWayRoute is { } routeOneWay && request.Oneway is { } bodyOneWay && bodyOneWay != routeOneWay)
        {
            errors["oneway"] = [$"oneway is {(routeOneWay ? "true" : "false")} on this route."];
        }

        var persistent = request.Persistent ?? false;
        var expiresAt = persistent ? Expiry(request, options, now, errors) : null;
        if (!persistent && (request.ExpirationTime is not null || request.Ttl is not null))
        {
            errors["persistent"] = ["expirationTime and ttl apply to persistent commands only (\"persistent\": true)."];
        }

        var paramsJson = request.Params is { ValueKind: not JsonValueKind.Undefined } p ? p.GetRawText() : "{}";
        if (errors.Count == 0 && RpcPayloads.Request(method!, paramsJson).Length > maxPayloadBytes)
        {
            errors["params"] = [$"The request to the device would exceed the {maxPayloadBytes}-byte payload limit."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new RpcCommand(method!, paramsJson, timeout, oneWayRoute ?? request.Oneway ?? false, persistent, expiresAt), errors);
    }

    private static long? Expiry(RpcRequest request, CommandOptions options, long now, Dictionary<string, string[]> errors)
    {
        var max = now + (long)options.MaxPersistentTtl.TotalMilliseconds;
        if (request.ExpirationTime is not null && request.Ttl is not null)
        {
            errors["expirationTime"] = ["Give expirationTime or ttl, not both."];
            return null;
        }

        if (request.Ttl is { } ttl)
        {
            if (ttl <= 0 || ttl > options.MaxPersistentTtl.TotalMilliseconds)
            {
                errors["ttl"] = [$"ttl is between 1 and {options.MaxPersistentTtl.TotalMilliseconds:0} ms."];
                return null;
            }

            return now + ttl;
        }

        if (request.ExpirationTime is { } at)
        {
            if (at <= now || at > max)
            {
                errors["expirationTime"] = [$"expirationTime is a Unix time in ms after now and at most {options.MaxPersistentTtl.TotalDays:0.##} days ahead."];
                return null;
            }

            return at;
        }

        return now + (long)options.DefaultPersistentTtl.TotalMilliseconds;
    }
}
