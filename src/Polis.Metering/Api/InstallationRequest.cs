using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>Body of POST /api/v1/metering/installations and PUT /api/v1/metering/installations/{id}.</summary>
public sealed record InstallationRequest(string? MeterId, string? ServicePointId, string? From, string? To, double? InitialRead, double? FinalRead)
{
    internal (Installation Installation, Dictionary<string, string[]> Errors) ToInstallation(long id)
    {
        var fields = new RequestFields();
        var from = fields.Instant(From, "from", required: true);
        var to = fields.Instant(To, "to", required: false);
        if (from is { } start && to is { } end && end <= start)
        {
            fields.Fail("to", "to must be after from: an installation covers [from, to).");
        }

        var finalRead = fields.Read(FinalRead, "finalRead");
        if (finalRead is not null && To is null)
        {
            fields.Fail("finalRead", "A final read is taken when the meter is removed: give to as well.");
        }

        var installation = new Installation(id, fields.Required(MeterId, "meterId", 100), fields.Required(ServicePointId, "servicePointId", 100),
            from ?? default, to, fields.Read(InitialRead, "initialRead"), finalRead);
        return (installation, fields.Errors);
    }
}
