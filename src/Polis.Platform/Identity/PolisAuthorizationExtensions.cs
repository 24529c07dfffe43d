using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Polis.Platform.Identity;

/// <summary>Endpoint conventions for operator APIs.</summary>
public static class PolisAuthorizationExtensions
{
    /// <summary>
    /// The usual rule for an operator API group: safe methods (GET, HEAD, OPTIONS) need
    /// <see cref="PolisPolicies.Read"/>, everything else <see cref="PolisPolicies.Write"/>, so viewers cannot write.
    /// Apply to a module's <c>/api/v1/...</c> group; the device API must not use it (devices use their own tokens).
    /// </summary>
    public static TBuilder RequirePolisAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Finally: the HTTP method metadata of every endpoint in a group is known only at this point.
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods;
            var readOnly = methods is { Count: > 0 } && methods.All(IsSafe);
            endpoint.Metadata.Add(new AuthorizeAttribute(readOnly ? PolisPolicies.Read : PolisPolicies.Write));
        });
        return builder;
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
