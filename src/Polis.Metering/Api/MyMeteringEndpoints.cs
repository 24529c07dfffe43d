using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Exports;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Residents;
using Polis.Platform.City;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>
/// <c>/api/v1/me/metering</c>: a signed-in resident's own accounts, consumption and downloads (resident role only;
/// operators use the operator routes). Only the accounts an operator linked to the resident are reachable; any other id
/// answers 404 exactly like an unknown one. The resident's bills are <see cref="MyBillEndpoints"/>.
/// </summary>
public static class MyMeteringEndpoints
{
    public static IEndpointRouteBuilder MapMyMeteringEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/me/metering").WithTags("Residents").RequireAuthorization(PolisPolicies.Resident);
        group.MapGet("/accounts", ListAccountsAsync).WithName("ListMyMeteringAccounts").WithSummary("The signed-in resident's accounts with their service points and meters.");
        group.MapGet("/service-points/{id}/consumption", GetConsumptionAsync).WithName("GetMyConsumption")
            .WithSummary("Validated consumption in [from, to) by interval, hour, day or month, with quality, totals per unit and the year before.");
        group.MapGet("/service-points/{id}/green-button", GetGreenButtonAsync).WithName("GetMyGreenButton")
            .WithSummary("The service point's consumption in [from, to) as a Green Button (NAESB ESPI) Atom feed.");
        group.MapGet("/service-points/{id}/consumption.csv", GetCsvAsync).WithName("GetMyConsumptionCsv")
            .WithSummary("The service point's consumption in [from, to) as CSV.");
        return endpoints;
    }

    public static async Task<Ok<MyAccountResponse[]>> ListAccountsAsync(
        ClaimsPrincipal user, ResidentAccess access, ExportPlanner planner, IInstallationStore installations, IMeterStore meters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(installations);
        ArgumentNullException.ThrowIfNull(meters);
        var result = new List<MyAccountResponse>();
        foreach (var account in await access.AccountsAsync(user, cancellationToken))
        {
            var servicePoints = new List<MyServicePointResponse>();
            foreach (var servicePoint in await planner.ServicePointsOfAsync(account.Id, cancellationToken))
            {
                var installed = new List<MyMeterResponse>();
                foreach (var installation in await installations.ListAsync(new InstallationQuery(ServicePointId: servicePoint.Id), cancellationToken))
                {
                    if (await meters.GetAsync(installation.MeterId, cancellationToken) is { } meter)
                    {
                        installed.Add(new MyMeterResponse(meter.Id, meter.Kind, MeterKinds.UnitOf(meter.Kind), meter.Serial, meter.IntervalMinutes, installation.From, installation.To));
                    }
                }

                servicePoints.Add(new MyServicePointResponse(servicePoint.Id, servicePoint.Kind, servicePoint.Address, servicePoint.DistrictId, installed));
            }

            result.Add(new MyAccountResponse(account.Id, account.Name, account.Kind, servicePoints));
        }

        return TypedResults.Ok(result.ToArray());
    }

    public static Task<Results<Ok<ConsumptionReport>, ValidationProblem, ProblemHttpResult>> GetConsumptionAsync(
        string id, string? from, string? to, string? resolution, HttpRequest request, ClaimsPrincipal user, ResidentAccess access, ConsumptionReader reader,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken) =>
        ExportFlow.RunAsync(ExportQuery.Parse(request, from, to, resolution, ExportEndpoints.Now(time)), () => access.ServicePointAsync(user, id, cancellationToken),
            "service point", id, async (servicePoint, query) =>
                TypedResults.Ok(await reader.ReadAsync(servicePoint, query.From, query.To, query.Resolution, city.Value.Zone, cancellationToken)));

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetGreenButtonAsync(
        string id, string? from, string? to, HttpRequest request, ClaimsPrincipal user, ResidentAccess access, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken) =>
        ExportFlow.RunAsync(ExportQuery.Parse(request, from, to, null, ExportEndpoints.Now(time)), () => access.ServicePointAsync(user, id, cancellationToken),
            "service point", id, (servicePoint, query) => ExportEndpoints.Downloads(planner, intervals, city).ServicePointGreenButtonAsync(servicePoint, query, cancellationToken));

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetCsvAsync(
        string id, string? from, string? to, string? resolution, HttpRequest request, ClaimsPrincipal user, ResidentAccess access, ExportPlanner planner,
        IIntervalStore intervals, IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken) =>
        ExportFlow.RunAsync(ExportQuery.Parse(request, from, to, resolution, ExportEndpoints.Now(time)), () => access.ServicePointAsync(user, id, cancellationToken),
            "service point", id, (servicePoint, query) => ExportEndpoints.Downloads(planner, intervals, city).ServicePointCsvAsync(servicePoint, query, cancellationToken));
}
