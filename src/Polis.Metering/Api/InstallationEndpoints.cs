using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Installations (a meter at a service point over [from, to)) under /api/v1/metering/installations.</summary>
public static class InstallationEndpoints
{
    public static IEndpointRouteBuilder MapMeteringInstallationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/installations").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListInstallations").WithSummary("Installations by meter or service point, those in place at some instant of [from, to).");
        group.MapPost("/", CreateAsync).WithName("CreateInstallation")
            .WithSummary("Installs a meter at a service point; refused when the meter is elsewhere or another meter of its kind is there meanwhile.")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id:long}", GetAsync).WithName("GetInstallation").WithSummary("One installation.");
        group.MapPut("/{id:long}", UpdateAsync).WithName("UpdateInstallation").WithSummary("Corrects an installation (or ends it: give to and finalRead).")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteInstallation").WithSummary("Deletes an installation entered by mistake.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<IReadOnlyList<Installation>>, ValidationProblem>> ListAsync(
        InstallationRegistry registry, string? meterId, string? servicePointId, string? from, string? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var fields = new RequestFields();
        var query = new InstallationQuery(meterId, servicePointId, fields.Instant(from, "from", required: false), fields.Instant(to, "to", required: false));
        return fields.IsValid ? TypedResults.Ok(await registry.Store.ListAsync(query, cancellationToken)) : TypedResults.ValidationProblem(fields.Errors);
    }

    public static Task<Results<Created<Installation>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        InstallationRequest request, InstallationRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.CreatedAsync(request.ToInstallation(0), i => registry.CreateAsync(i, cancellationToken), i => $"/api/v1/metering/installations/{i.Id}", i => i);
    }

    public static async Task<Results<Ok<Installation>, ProblemHttpResult>> GetAsync(long id, InstallationRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return await registry.Store.GetAsync(id, cancellationToken) is { } installation
            ? TypedResults.Ok(installation)
            : MeteringProblems.NotFound("installation", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Task<Results<Ok<Installation>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, InstallationRequest request, InstallationRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.OkAsync(request.ToInstallation(id), i => registry.UpdateAsync(i, cancellationToken), i => i);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, InstallationRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return await registry.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : MeteringProblems.NotFound("installation", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
