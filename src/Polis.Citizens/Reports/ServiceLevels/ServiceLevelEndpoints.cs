using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The city's routing (<c>/api/v1/citizens/routing</c>) and service levels (<c>/api/v1/citizens/service-levels</c>):
/// whole documents, read by operators, replaced by admins; a refused document lists every fault in one problem details
/// and changes nothing.
/// </summary>
public static class ServiceLevelEndpoints
{
    public static IEndpointRouteBuilder MapServiceLevelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens").WithTags("Citizens").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/routing", GetRoutingAsync).WithName("GetReportRouting").WithSummary("Departments, routing rules and the default department.");
        group.MapPut("/routing", PutRoutingAsync).WithName("PutReportRouting").WithSummary("Replaces the routing (validated as a whole).").RequireAuthorization(PolisPolicies.Admin);
        group.MapGet("/service-levels", GetServiceLevelsAsync).WithName("GetServiceLevels").WithSummary("The working calendar and SLA policies.");
        group.MapPut("/service-levels", PutServiceLevelsAsync).WithName("PutServiceLevels").WithSummary("Replaces the calendar and policies (validated as a whole).")
            .RequireAuthorization(PolisPolicies.Admin);
        return endpoints;
    }

    public static async Task<Ok<RoutingDocument>> GetRoutingAsync(ServiceLevelSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return TypedResults.Ok(await settings.GetRoutingAsync(cancellationToken));
    }

    public static async Task<Results<Ok<RoutingDocument>, ValidationProblem>> PutRoutingAsync(
        RoutingDocument? document, ClaimsPrincipal user, ServiceLevelSettings settings, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = await settings.SaveRoutingAsync(document, user.ActorName(), timeProvider.GetUtcNow(), cancellationToken);
        return problems.Any ? Refused(problems, "The routing was not saved.") : TypedResults.Ok(await settings.GetRoutingAsync(cancellationToken));
    }

    public static async Task<Ok<ServiceLevelDocument>> GetServiceLevelsAsync(ServiceLevelSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return TypedResults.Ok(await settings.GetServiceLevelsAsync(cancellationToken));
    }

    public static async Task<Results<Ok<ServiceLevelDocument>, ValidationProblem>> PutServiceLevelsAsync(
        ServiceLevelDocument? document, ClaimsPrincipal user, ServiceLevelSettings settings, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = await settings.SaveServiceLevelsAsync(document, user.ActorName(), timeProvider.GetUtcNow(), cancellationToken);
        return problems.Any ? Refused(problems, "The service levels were not saved.") : TypedResults.Ok(await settings.GetServiceLevelsAsync(cancellationToken));
    }

    private static ValidationProblem Refused(ServiceLevelProblems problems, string detail) =>
        TypedResults.ValidationProblem(problems.ToDictionary(), detail, title: "Invalid document");
}
