using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>
/// Register reads under /api/v1/metering: a meter's or a service point's reads over a range (JSON or CSV), bulk import
/// from head-end systems with a per-row report, and the meter devices heard without a meter.
/// </summary>
public static class MeterReadEndpoints
{
    public static IEndpointRouteBuilder MapMeteringReadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/meters/{id}/reads", GetMeterReadsAsync).WithName("GetMeterReads").WithSummary("A meter's register reads in [from, to), oldest first (format=csv for CSV).");
        group.MapPost("/meters/{id}/reads", ImportMeterReadsAsync).WithName("ImportMeterReads")
            .WithSummary("Imports a meter's register reads (text/csv instant,value or a JSON array): each row accepted, duplicate, conflicting or refused with its reason.")
            .Accepts<IReadOnlyList<ImportReadRequest>>("application/json", MeteringCsv.MediaType)
            .RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/reads", ImportReadsAsync).WithName("ImportReads")
            .WithSummary("Imports register reads of many meters (text/csv meterId,instant,value or a JSON array); rows of unknown meters are refused.")
            .Accepts<IReadOnlyList<ImportReadRequest>>("application/json", MeteringCsv.MediaType)
            .RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/service-points/{id}/reads", GetServicePointReadsAsync).WithName("GetServicePointReads")
            .WithSummary("A service point's register reads in [from, to), meter by meter as they were installed there.");
        group.MapGet("/unassigned-devices", ListUnassignedAsync).WithName("ListUnassignedMeterDevices")
            .WithSummary("Meter devices whose readings arrive while no meter reports as them (kept in telemetry, back-filled once a meter is registered).");
        return endpoints;
    }

    public static async Task<Results<Ok<MeterSeries<ReadResponse>>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetMeterReadsAsync(
        string id, string? from, string? to, int? limit, string? format, HttpRequest request, IMeterStore meters, IRegisterReadStore reads, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(reads);
        var (range, errors) = SeriesRange.Parse(request, from, to, limit, format, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await meters.GetAsync(id, cancellationToken) is not { } meter)
        {
            return MeteringProblems.NotFound("meter", id);
        }

        var stored = await reads.ListAsync(id, range.From, range.To, range.Limit, cancellationToken);
        return range.Csv
            ? TypedResults.Text(MeteringCsv.Reads(stored.Select(r => (id, r)), withMeter: false), MeteringCsv.MediaType)
            : TypedResults.Ok(new MeterSeries<ReadResponse>(id, MeterKinds.UnitOf(meter.Kind), range.From, range.To, stored.Select(ReadResponse.From).ToList()));
    }

    public static async Task<Results<Ok<ServicePointSeries<ReadResponse>>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetServicePointReadsAsync(
        string id, string? from, string? to, int? limit, string? format, HttpRequest request, IServicePointStore servicePoints, IInstallationStore installations,
        IRegisterReadStore reads, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(servicePoints);
        ArgumentNullException.ThrowIfNull(installations);
        ArgumentNullException.ThrowIfNull(reads);
        var (range, errors) = SeriesRange.Parse(request, from, to, limit, format, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await servicePoints.GetAsync(id, cancellationToken) is null)
        {
            return MeteringProblems.NotFound("service point", id);
        }

        var parts = new List<InstallationSeries<StoredRegisterRead>>();
        foreach (var installation in await installations.ListAsync(new InstallationQuery(ServicePointId: id, From: range.From, To: range.To), cancellationToken))
        {
            if (range.Within(installation) is { } window)
            {
                parts.Add(new(installation, await reads.ListAsync(installation.MeterId, window.From, window.To, range.Limit, cancellationToken)));
            }
        }

        return range.Csv
            ? TypedResults.Text(MeteringCsv.Reads(parts.SelectMany(p => p.Values.Select(r => (p.Installation.MeterId, r))), withMeter: true), MeteringCsv.MediaType)
            : TypedResults.Ok(new ServicePointSeries<ReadResponse>(id, range.From, range.To,
                parts.Select(p => new InstallationSeries<ReadResponse>(p.Installation, p.Values.Select(ReadResponse.From).ToList())).ToList()));
    }

    public static async Task<Results<Ok<ReadImportReport>, ProblemHttpResult>> ImportMeterReadsAsync(
        string id, HttpRequest request, IMeterStore meters, ReadImporter importer, IOptions<MeteringIngestOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(options);
        if (await meters.GetAsync(id, cancellationToken) is not { } meter)
        {
            return MeteringProblems.NotFound("meter", id);
        }

        var (rows, problem) = await ReadImportBody.ReadAsync(request, withMeter: false, options.Value.MaxImportRows, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await importer.ImportAsync(rows!, id, meter.ReadingType == MeterReadingType.Interval ? meter.Interval : null, cancellationToken));
    }

    public static async Task<Results<Ok<ReadImportReport>, ProblemHttpResult>> ImportReadsAsync(
        HttpRequest request, ReadImporter importer, IOptions<MeteringIngestOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(options);
        var (rows, problem) = await ReadImportBody.ReadAsync(request, withMeter: true, options.Value.MaxImportRows, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await importer.ImportAsync(rows!, null, cancellationToken));
    }

    public static async Task<Ok<IReadOnlyList<UnassignedDevice>>> ListUnassignedAsync(IUnassignedDeviceStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.ListAsync(cancellationToken));
    }
}
