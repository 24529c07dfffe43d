using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>Body of POST /api/v1/metering/meters/{id}/exchange: the new meter, the instant, and the two register reads taken.</summary>
public sealed record ExchangeRequest(string? NewMeterId, string? At, double? FinalRead, double? InitialRead)
{
    internal (MeterExchange Exchange, Dictionary<string, string[]> Errors) ToExchange(string oldMeterId)
    {
        var fields = new RequestFields();
        var exchange = new MeterExchange(oldMeterId, fields.Required(NewMeterId, "newMeterId", 100), fields.Instant(At, "at", required: true) ?? default,
            fields.Read(FinalRead, "finalRead", required: true) ?? 0, fields.Read(InitialRead, "initialRead", required: true) ?? 0);
        return (exchange, fields.Errors);
    }
}
